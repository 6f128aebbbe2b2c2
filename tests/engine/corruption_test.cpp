// Damaged directories and segment files in a COPY of a fixture: unreadable or garbage
// segments, bad data directory paths, and the CLI's report of open errors (FORMAT.md §10.6,
// gotchas 22/31). Frames are frame_damage_test's, index artifacts artifact_damage_test's.
#include "damage_test_support.h"

using namespace batscope;
using namespace batscope::test;

class CorruptionTest : public QObject {
  Q_OBJECT

 private slots:
  // ------------------------------------------------------------------ 9. unreadable segments
  // §10.6/gotcha 31: a frame-scanned segment that is empty, has a bad magic, an undecodable
  // header or version != 1 aborts the open; a segment read through its footer, or below the
  // snapshot's watermark segment, is never header-checked.
  void unreadableSegment_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<quint64>("segment");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<qint64>("offset");  // of the error; -2: inside the segment header
    QTest::addColumn<QString>("path");   // when the open succeeds
    QTest::addColumn<quint64>("events");
    QTest::newRow("0-byte segment, highest id, no snapshot")
        << "crash-no-close" << quint64(38) << "create-empty" << true << qint64(0) << "" << quint64(0);
    QTest::newRow("0-byte segment in a footer-only store")
        << "no-checkpoint" << quint64(38) << "create-empty" << true << qint64(0) << "" << quint64(0);
    QTest::newRow("3-byte segment") << "crash-no-close" << quint64(38) << "create-FBA" << true << qint64(0) << "" << quint64(0);
    QTest::newRow("magic only") << "crash-no-close" << quint64(38) << "create-FBAT" << true << qint64(4) << "" << quint64(0);
    QTest::newRow("header_len past EOF")
        << "crash-no-close" << quint64(38) << "create-hdrlen-past-eof" << true << qint64(4) << "" << quint64(0);
    QTest::newRow("wrong magic, frame-scanned") << "crash-no-close" << quint64(37) << "magic" << true << qint64(0) << "" << quint64(0);
    QTest::newRow("header version 2, frame-scanned")
        << "crash-no-close" << quint64(37) << "header-version-2" << true << qint64(-2) << "" << quint64(0);
    QTest::newRow("undecodable header, frame-scanned")
        << "crash-no-close" << quint64(37) << "header-c1" << true << qint64(-2) << "" << quint64(0);
    QTest::newRow("wrong magic, footer-bearing") << "no-checkpoint" << quint64(5) << "magic" << false << qint64(-1)
                                                 << "Rebuild" << quint64(1000);
    QTest::newRow("header version 2, footer-bearing")
        << "no-checkpoint" << quint64(5) << "header-version-2" << false << qint64(-1) << "Rebuild" << quint64(1000);
    QTest::newRow("0-byte segment below the watermark segment")
        << "multi-segment" << quint64(0) << "create-empty" << false << qint64(-1) << "Mmap" << quint64(5100);
    QTest::newRow("wrong magic below the watermark segment")
        << "multi-segment" << quint64(50) << "magic" << false << qint64(-1) << "Mmap" << quint64(5100);
    QTest::newRow("wrong magic on the watermark segment (footer valid)")
        << "multi-segment" << quint64(95) << "magic" << false << qint64(-1) << "Mmap" << quint64(5100);
    QTest::newRow("0-byte segment above the watermark segment")
        << "multi-segment" << quint64(96) << "create-empty" << true << qint64(0) << "" << quint64(0);
  }
  void unreadableSegment() {
    QFETCH(QString, fixture);
    QFETCH(quint64, segment);
    QFETCH(QString, damage);
    QFETCH(bool, fails);
    QFETCH(qint64, offset);
    QFETCH(QString, path);
    QFETCH(quint64, events);
    const std::string seg = segName(segment);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, fixture);
    QVERIFY(!dir.isEmpty());
    const QString segPath = dir + "/" + QString::fromStdString(seg);
    QByteArray bytes;
    quint64 framesStart = 0;
    if (damage.startsWith("create-")) {
      QVERIFY(!QFile::exists(segPath));
      if (damage == "create-FBA") bytes = "FBA";
      else if (damage == "create-FBAT") bytes = "FBAT";
      else if (damage == "create-hdrlen-past-eof") bytes = QByteArray("FBAT\x00\x00\x10\x00", 8) + QByteArray(10, '\x84');
    } else {
      bytes = readBytes(segPath);
      QVERIFY(bytes.size() > 57);
      framesStart = 8 + ((quint64(quint8(bytes[4])) << 24) | (quint64(quint8(bytes[5])) << 16) |
                         (quint64(quint8(bytes[6])) << 8) | quint64(quint8(bytes[7])));
      if (damage == "magic") {
        bytes[0] = 'X';
      } else if (damage == "header-c1") {
        bytes[8] = char(0xc1);
      } else {
        const qsizetype key = bytes.indexOf(QByteArray("\xa7version", 8));
        QVERIFY(key > 8 && key + 8 < qsizetype(framesStart));
        QCOMPARE(quint8(bytes[key + 8]), quint8(0x01));
        bytes[key + 8] = char(0x02);
      }
    }
    QVERIFY(writeBytes(segPath, bytes));

    const Opened o = openStore(dir);
    if (fails) {
      QVERIFY2(o.error, "the open should fail");
      QCOMPARE(QString::fromStdString(o.error->file), QString::fromStdString(seg));
      QVERIFY(o.error->offset);
      if (offset == -2) {
        QVERIFY2(*o.error->offset >= 8 && *o.error->offset < framesStart, qPrintable(errorText(o)));
      } else {
        QCOMPARE(quint64(*o.error->offset), quint64(offset));
      }
      QCOMPARE(int(o.error->code), int(Error::Code::Corrupt));
      // Batscope's own view still opens, naming the segment it had to skip.
      QVERIFY(o.dir);
      auto t = buildTrueView(o.dir);
      QVERIFY(t);
      VERIFY_FINDING(t->findings, "segment", seg, *o.error->offset);
      const StoreWalk walk = walkStore(*o.dir);
      bool walked = false;
      for (const SegmentWalk& w : walk.segments)
        if (w.file.name == seg) walked = !w.header && !w.headerError.empty();
      QVERIFY(walked);
    } else {
      VERIFY_OPENED(o);
      QCOMPARE(pathName(*o.restore), path);
      QCOMPARE(quint64(o.restore->index->entryCount()), events);
      QCOMPARE(quint64(o.restore->index->visibleRows().size()), events);
      if (path == "Mmap") QCOMPARE(quint64(o.restore->report.tailEntries), quint64(0));
      else QCOMPARE(sourceName(*o.restore), QString(restoreSourceName(RestoreSource::SealedSidxRebuild)));
    }
  }

  // ------------------------------------------------------------------ 10. not a directory
  void badDataDirectoryPath() {
    QTemporaryDir tmp;
    const QString file = tmp.filePath("plain.txt");
    QVERIFY(writeBytes(file, "not a store"));
    const Opened notDir = openStore(file);
    QVERIFY(notDir.error);
    QCOMPARE(QString::fromStdString(notDir.error->file), file);
    QCOMPARE(int(notDir.error->code), int(Error::Code::InvalidArgument));
    QVERIFY(QString::fromStdString(notDir.error->toString()).contains("not a directory"));

    const QString missing = tmp.filePath("no/such/store");
    const Opened gone = openStore(missing);
    QVERIFY(gone.error);
    QCOMPARE(QString::fromStdString(gone.error->file), missing);
    QCOMPARE(int(gone.error->code), int(Error::Code::NotFound));
    QVERIFY(!QFileInfo::exists(missing));  // a browse never creates the directory
  }

  // ------------------------------------------------------------------ 12. garbage segment
  void garbageSegment_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("offset");  // -2: inside the claimed header
    QTest::newRow("64 KiB of noise") << "noise" << qint64(0);
    QTest::newRow("noise with a SIDX trailer") << "noise-sidx" << qint64(0);
    QTest::newRow("FBAT, header_len 0xffffffff") << "hdrlen-huge" << qint64(4);
    QTest::newRow("FBAT, header_len 49, noise header") << "noise-header" << qint64(-2);
  }
  void garbageSegment() {
    QFETCH(QString, kind);
    QFETCH(qint64, offset);
    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "no-checkpoint");
    QVERIFY(!dir.isEmpty());
    QByteArray bytes = noise(64 * 1024, 0x5eed);
    if (bytes.startsWith("FBAT")) bytes[0] = 'X';
    if (bytes.endsWith("SIDX")) bytes[bytes.size() - 1] = 'Y';
    if (kind == "noise-sidx") {
      putLE(bytes, bytes.size() - 16, ~quint64(0), 8);  // string_table_offset past everything
      putLE(bytes, bytes.size() - 8, 5, 4);
      bytes.replace(bytes.size() - 4, 4, "SIDX");
    } else if (kind == "hdrlen-huge") {
      bytes.replace(0, 8, QByteArray("FBAT\xff\xff\xff\xff", 8));
    } else if (kind == "noise-header") {
      bytes.replace(0, 8, QByteArray("FBAT\x00\x00\x00\x31", 8));
      bytes[8] = char(0xc1);
    }
    QVERIFY(writeBytes(dir + "/000099.fbat", bytes));

    const Opened o = openStore(dir);
    QVERIFY2(o.error, "the open should fail");
    QCOMPARE(QString::fromStdString(o.error->file), QString("000099.fbat"));
    QVERIFY(o.error->offset);
    if (offset == -2) QVERIFY2(*o.error->offset >= 8 && *o.error->offset < 57, qPrintable(errorText(o)));
    else QCOMPARE(quint64(*o.error->offset), quint64(offset));

    // The same directory opened on the rebuild path fails the same way (no snapshot to skip it).
    const Opened rebuilt = openStore(dir, RestorePathChoice::Rebuild);
    QVERIFY(rebuilt.error);
    QCOMPARE(rebuilt.error->toString(), o.error->toString());

    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(quint64(t->index->entryCount()), quint64(1000));
    VERIFY_FINDING(t->findings, "segment", "000099.fbat", *o.error->offset);
    const StoreWalk walk = walkStore(*o.dir);
    QCOMPARE(walk.segments.back().file.name, std::string("000099.fbat"));
    QVERIFY(!walk.segments.back().header);
  }

  // ------------------------------------------------------------------ CLI
  void cliReportsOpenErrors_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("dump, 0-byte segment") << "dump" << "zero-byte-segment" << 2 << "000038.fbat at offset 0";
    QTest::newRow("dump, garbage segment") << "dump" << "garbage-segment" << 2 << "000099.fbat at offset 0";
    QTest::newRow("dump, routing chunk panic") << "dump" << "routing-panic" << 2 << "index.fbati";
    QTest::newRow("dump, missing directory") << "dump" << "missing-dir" << 2 << "no such directory";
    QTest::newRow("info, 0-byte segment") << "info" << "zero-byte-segment" << 2 << "000038.fbat at offset 0";
    QTest::newRow("verify, 0-byte segment") << "verify" << "zero-byte-segment" << 2 << "000038.fbat at offset 0";
    QTest::newRow("dump, corrupt visibility ranges (opens)") << "dump" << "corrupt-fbv" << 0 << "visibility_ranges.fbv @8";
  }
  void cliReportsOpenErrors() {
    QFETCH(QString, command);
    QFETCH(QString, scenario);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QTemporaryDir tmp;
    QString dir;
    if (scenario == "missing-dir") {
      dir = tmp.filePath("missing");
    } else if (scenario == "zero-byte-segment") {
      dir = copyFixture(tmp, "crash-no-close");
      QVERIFY(writeBytes(dir + "/000038.fbat", QByteArray()));
    } else if (scenario == "garbage-segment") {
      dir = copyFixture(tmp, "no-checkpoint");
      QByteArray b = noise(64 * 1024, 7);
      b[0] = 'X';
      QVERIFY(writeBytes(dir + "/000099.fbat", b));
    } else if (scenario == "routing-panic") {
      dir = copyFixture(tmp, "tiny");
      QByteArray b = readBytes(dir + "/index.fbati");
      const qsizetype at = b.indexOf(QByteArray("\xa3" "len"), b.indexOf("chunks")) + 4;
      QCOMPARE(quint8(b[at]), quint8(10));
      b[at] = 11;
      fixArtifactCrc(b);
      QVERIFY(writeBytes(dir + "/index.fbati", b));
    } else {
      dir = copyFixture(tmp, "visibility");
      QVERIFY(applyDamage(dir + "/visibility_ranges.fbv", "flip@20"));
    }
    QVERIFY(!dir.isEmpty());
    const ProcessResult r = runCli({command, dir});
    QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
    if (command != "dump") {
      QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
      return;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &perr);
    QVERIFY2(doc.isObject(), qPrintable(perr.errorString() + ": " + QString::fromUtf8(r.out.left(500))));
    const QJsonObject top = doc.object();
    QVERIFY(top.contains("open"));
    if (exitCode == 2) {
      QVERIFY(top.value("open").isNull());
      QVERIFY(top.value("open_error").isString());
      const QString err = top.value("open_error").toString();
      QVERIFY2(err.contains(mentions), qPrintable(err));
      if (scenario == "missing-dir") QVERIFY2(err.contains(dir), qPrintable(err));
      QVERIFY(!top.contains("events"));
    } else {
      QVERIFY(top.value("open").isObject());
      QVERIFY(!top.contains("open_error"));
      QCOMPARE(top.value("event_count").toInt(), 69);
      bool warned = false;
      for (const QJsonValue& w : top.value("warnings").toArray()) warned |= w.toString().contains(mentions);
      QVERIFY2(warned, r.out.left(2000).constData());
    }
  }

};

QTEST_GUILESS_MAIN(CorruptionTest)
#include "corruption_test.moc"
