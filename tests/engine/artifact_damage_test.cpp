// Damaged index artifacts in a COPY of a fixture: SIDX footers, index.fbati, index.ckpt,
// visibility_ranges.fbv, routing chunks out of range. Each falls back exactly as batpak does
// (FORMAT.md §8.5, §9.3, §10.1) with a finding naming the file and offset.
#include "damage_test_support.h"

using namespace batscope;
using namespace batscope::test;

class ArtifactDamageTest : public QObject {
  Q_OBJECT

 private slots:
  // ------------------------------------------------------------------ 6. corrupt SIDX footer
  // §2.5/§10.3: one invalid footer abandons the parallel rebuild; the sequential fallback
  // frame-scans that segment (no gaps, so the synthesized sequences equal the durable ones).
  void corruptSidxFooterFallsBack_data() {
    QTest::addColumn<int>("segment");
    QTest::addColumn<QString>("damage");
    QTest::newRow("000010 entry_count 0xffffffff") << 10 << "count-huge";
    QTest::newRow("000001 entry_count 0xffffffff") << 1 << "count-huge";
    QTest::newRow("000037 entry_count 0xffffffff") << 37 << "count-huge";
    QTest::newRow("000010 entry_count + 1") << 10 << "count-plus-one";
    QTest::newRow("000010 string_table_offset past the entries") << 10 << "sto-past-entries";
    QTest::newRow("000010 string table not an array") << 10 << "table-not-array";
    QTest::newRow("000010 entry 2 entity_idx out of range") << 10 << "entity-idx";
  }
  void corruptSidxFooterFallsBack() {
    QFETCH(int, segment);
    QFETCH(QString, damage);
    const std::string seg = segName(uint64_t(segment));
    const Opened pristineOpen = openStore(fixtureData("no-checkpoint"));
    VERIFY_OPENED(pristineOpen);
    QCOMPARE(sourceName(*pristineOpen.restore), QString(restoreSourceName(RestoreSource::SealedSidxRebuild)));
    const auto pristineSeqs = sequencesById(*pristineOpen.restore->index);
    QCOMPARE(pristineSeqs.size(), size_t(1000));

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "no-checkpoint");
    QVERIFY(!dir.isEmpty());
    const QString segPath = dir + "/" + QString::fromStdString(seg);
    QByteArray bytes = readBytes(segPath);
    const qsizetype size = bytes.size();
    const auto trailer = readSidxTrailer(reinterpret_cast<const uint8_t*>(bytes.constData()), uint64_t(size));
    QVERIFY(trailer);
    const quint64 trailerAt = quint64(size) - kSidxTrailerBytes;
    const quint64 entriesAt = trailerAt - quint64(trailer->entryCount) * kSidxEntryBytes;
    quint64 expectedOffset = 0;
    if (damage == "count-huge") {
      putLE(bytes, qsizetype(trailerAt + 8), 0xffffffffu, 4);
      expectedOffset = trailerAt + 8;  // the entry_count field
    } else if (damage == "count-plus-one") {
      putLE(bytes, qsizetype(trailerAt + 8), trailer->entryCount + 1, 4);
      expectedOffset = trailerAt;      // string_table_offset now lies past entries_start
    } else if (damage == "sto-past-entries") {
      putLE(bytes, qsizetype(trailerAt), quint64(size), 8);
      expectedOffset = trailerAt;
    } else if (damage == "table-not-array") {
      bytes[qsizetype(trailer->stringTableOffset)] = char(0xc1);
      expectedOffset = trailer->stringTableOffset;
    } else {
      QVERIFY(trailer->entryCount > 2);
      putLE(bytes, qsizetype(entriesAt + 2 * kSidxEntryBytes + 16), 0xffff, 4);
      expectedOffset = entriesAt + 2 * kSidxEntryBytes;
    }
    QVERIFY(writeBytes(segPath, bytes));

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
    const RestoreResult& r = *o.restore;
    QCOMPARE(pathName(r), QString("Rebuild"));
    QCOMPARE(sourceName(r), QString(restoreSourceName(RestoreSource::FrameScanFallback)));
    QCOMPARE(quint64(r.report.restoredEntries), quint64(1000));
    QCOMPARE(quint64(r.report.tailEntries), quint64(0));
    QCOMPARE(quint64(r.index->visibleRows().size()), quint64(1000));
    QCOMPARE(quint64(r.index->allocator()), quint64(1000));
    VERIFY_FINDING(r.findings, "fallback", seg, expectedOffset);
    QCOMPARE(countFindings(r.findings, "fallback"), 1);
    VERIFY_FINDING(r.findings, "footer", seg, expectedOffset);
    QCOMPARE(sequencesById(*r.index), pristineSeqs);
    quint64 fromSegment = 0;
    for (uint32_t row = 0; row < r.index->entryCount(); ++row) {
      const IndexEntry& e = r.index->entry(row);
      if (e.segmentId != uint64_t(segment)) {
        QCOMPARE(int(e.origin), int(EntryOrigin::SidxFooter));
        continue;
      }
      ++fromSegment;
      QCOMPARE(int(e.origin), int(EntryOrigin::FrameScan));
    }
    QCOMPARE(fromSegment, quint64(trailer->entryCount));

    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(sequencesById(*t->index), pristineSeqs);
  }

  // ------------------------------------------------------------------ 7. snapshot artifacts
  // §8.5/§9.3/§10.1: a rejected index.fbati falls back to index.ckpt, a rejected checkpoint to
  // the rebuild; the finding names the artifact and the field that failed.
  void corruptSnapshotArtifactsFallBack_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("file1");
    QTest::addColumn<QString>("damage1");
    QTest::addColumn<qint64>("offset1");
    QTest::addColumn<QString>("file2");
    QTest::addColumn<QString>("damage2");
    QTest::addColumn<qint64>("offset2");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("source");
    QTest::addColumn<quint64>("restored");
    QTest::addColumn<quint64>("tail");
    const int mmap = int(RestoreSource::MmapSnapshot), ckpt = int(RestoreSource::Checkpoint),
              sidx = int(RestoreSource::SealedSidxRebuild);
    const QString fbati = "index.fbati", ck = "index.ckpt";
    QTest::newRow("multi-segment undamaged") << "multi-segment" << fbati << "none" << qint64(-1) << "" << "" << qint64(-1)
                                             << "Mmap" << mmap << quint64(5100) << quint64(0);
    QTest::newRow("fbati body byte flipped") << "multi-segment" << fbati << "flip@-100" << qint64(8) << "" << "" << qint64(-1)
                                             << "Checkpoint" << ckpt << quint64(5000) << quint64(100);
    QTest::newRow("fbati CRC byte flipped") << "multi-segment" << fbati << "flip@9" << qint64(8) << "" << "" << qint64(-1)
                                            << "Checkpoint" << ckpt << quint64(5000) << quint64(100);
    QTest::newRow("fbati truncated to 5 bytes") << "multi-segment" << fbati << "truncate@5" << qint64(0) << "" << "" << qint64(-1)
                                                << "Checkpoint" << ckpt << quint64(5000) << quint64(100);
    QTest::newRow("fbati wrong magic") << "multi-segment" << fbati << "magic" << qint64(0) << "" << "" << qint64(-1)
                                       << "Checkpoint" << ckpt << quint64(5000) << quint64(100);
    QTest::newRow("fbati version 3") << "multi-segment" << fbati << "version@3" << qint64(6) << "" << "" << qint64(-1)
                                     << "Checkpoint" << ckpt << quint64(5000) << quint64(100);
    QTest::newRow("ckpt body byte flipped") << "stale-checkpoint" << ck << "flip@-100" << qint64(8) << "" << "" << qint64(-1)
                                            << "Rebuild" << sidx << quint64(750) << quint64(0);
    QTest::newRow("ckpt CRC byte flipped") << "stale-checkpoint" << ck << "flip@10" << qint64(8) << "" << "" << qint64(-1)
                                           << "Rebuild" << sidx << quint64(750) << quint64(0);
    QTest::newRow("ckpt truncated to 5 bytes") << "stale-checkpoint" << ck << "truncate@5" << qint64(0) << "" << "" << qint64(-1)
                                               << "Rebuild" << sidx << quint64(750) << quint64(0);
    QTest::newRow("ckpt wrong magic") << "stale-checkpoint" << ck << "magic" << qint64(0) << "" << "" << qint64(-1)
                                      << "Rebuild" << sidx << quint64(750) << quint64(0);
    // The version is outside the CRC's range and checked after it (§8.5 steps 3-4).
    QTest::newRow("ckpt version 9") << "stale-checkpoint" << ck << "version@9" << qint64(6) << "" << "" << qint64(-1)
                                    << "Rebuild" << sidx << quint64(750) << quint64(0);
    QTest::newRow("both flipped") << "multi-segment" << fbati << "flip@-100" << qint64(8) << ck << "flip@-100" << qint64(8)
                                  << "Rebuild" << sidx << quint64(5100) << quint64(0);
  }
  void corruptSnapshotArtifactsFallBack() {
    QFETCH(QString, fixture);
    QFETCH(QString, file1);
    QFETCH(QString, damage1);
    QFETCH(qint64, offset1);
    QFETCH(QString, file2);
    QFETCH(QString, damage2);
    QFETCH(qint64, offset2);
    QFETCH(QString, path);
    QFETCH(int, source);
    QFETCH(quint64, restored);
    QFETCH(quint64, tail);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, fixture);
    QVERIFY(!dir.isEmpty());
    QVERIFY(applyDamage(dir + "/" + file1, damage1));
    if (!file2.isEmpty()) QVERIFY(applyDamage(dir + "/" + file2, damage2));

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
    const RestoreResult& r = *o.restore;
    QCOMPARE(pathName(r), path);
    QCOMPARE(sourceName(r), QString(restoreSourceName(RestoreSource(source))));
    QCOMPARE(quint64(r.report.restoredEntries), restored);
    QCOMPARE(quint64(r.report.tailEntries), tail);
    QCOMPARE(quint64(r.index->entryCount()), restored + tail);
    QCOMPARE(quint64(r.index->visibleRows().size()), restored + tail);
    int expectedFallbacks = 0;
    if (offset1 >= 0) {
      ++expectedFallbacks;
      VERIFY_FINDING(r.findings, "fallback", file1.toStdString(), quint64(offset1));
    }
    if (offset2 >= 0) {
      ++expectedFallbacks;
      VERIFY_FINDING(r.findings, "fallback", file2.toStdString(), quint64(offset2));
    }
    QVERIFY2(countFindings(r.findings, "fallback") == expectedFallbacks, qPrintable(describe(r.findings)));

    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(quint64(t->index->visibleRows().size()), restored + tail);
    // Given what the restore loaded (the damaged file's rejection included), the true view
    // is the one that loads the files itself.
    QVERIFY(r.snapshots && r.snapshots->mmap.has_value() && (r.snapshots->mmap->snapshot || r.snapshots->checkpoint));
    TrueViewOptions reuse;
    reuse.snapshots = r.snapshots;
    auto u = buildTrueView(o.dir, nullptr, nullptr, reuse);
    QVERIFY(u);
    const QString difference = trueViewResultDifference(*t, *u);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
  }

  // ------------------------------------------------------------------ 8. visibility ranges
  // §6.2/gotcha 24: an unusable visibility_ranges.fbv is ignored: hidden events reappear.
  void corruptVisibilityRangesUnhide_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<qint64>("offset");  // -1: no finding expected
    QTest::addColumn<quint64>("visible");
    QTest::newRow("undamaged") << "none" << qint64(-1) << quint64(62);
    QTest::newRow("body byte flipped") << "flip@20" << qint64(8) << quint64(69);
    QTest::newRow("last byte flipped") << "flip@-1" << qint64(8) << quint64(69);
    QTest::newRow("CRC byte flipped") << "flip@11" << qint64(8) << quint64(69);
    QTest::newRow("truncated to 5 bytes") << "truncate@5" << qint64(0) << quint64(69);
    QTest::newRow("wrong magic") << "magic" << qint64(0) << quint64(69);
    QTest::newRow("version 2") << "version@2" << qint64(6) << quint64(69);
    QTest::newRow("garbage body, valid CRC") << "garbage-body" << qint64(12) << quint64(69);
  }
  void corruptVisibilityRangesUnhide() {
    QFETCH(QString, damage);
    QFETCH(qint64, offset);
    QFETCH(quint64, visible);
    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "visibility");
    QVERIFY(!dir.isEmpty());
    QVERIFY(applyDamage(dir + "/visibility_ranges.fbv", damage));

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
    const RestoreResult& r = *o.restore;
    QCOMPARE(pathName(r), QString("Mmap"));
    QCOMPARE(quint64(r.report.restoredEntries), quint64(69));
    QCOMPARE(quint64(r.index->entryCount()), quint64(69));
    QCOMPARE(quint64(r.index->allocator()), quint64(69));
    QCOMPARE(quint64(r.index->visibleRows().size()), visible);
    const std::vector<uint64_t> hidden = r.index->hiddenSequences();
    if (offset < 0) {
      QCOMPARE(hidden, (std::vector<uint64_t>{20, 21, 22, 23, 24, 25, 48}));
      QVERIFY2(countFindings(r.findings, "visibility") == 0, qPrintable(describe(r.findings)));
    } else {
      QVERIFY(hidden.empty());
      VERIFY_FINDING(r.findings, "visibility", "visibility_ranges.fbv", quint64(offset));
      QCOMPARE(countFindings(r.findings, "visibility"), 1);
    }
    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(quint64(t->index->visibleRows().size()), visible);
  }

  // ------------------------------------------------------------------ 11. routing chunks
  // §8.4/gotcha 17: chunks slice the entries before validation; start+len past entry_count
  // panics batpak (the open cannot succeed), a gap silently drops entries.
  void routingChunkOutOfRange_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("delta");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<quint64>("restored");
    QTest::addColumn<quint64>("tail");
    QTest::newRow("fbati chunk len 11 of 10") << "tiny" << "index.fbati" << "len" << 1 << true << quint64(0) << quint64(0);
    QTest::newRow("fbati chunk start 1") << "tiny" << "index.fbati" << "start" << 1 << true << quint64(0) << quint64(0);
    QTest::newRow("fbati chunk len 9 (gap)") << "tiny" << "index.fbati" << "len" << -1 << false << quint64(9) << quint64(0);
    QTest::newRow("ckpt chunk len 601 of 600") << "stale-checkpoint" << "index.ckpt" << "len" << 1 << true << quint64(0) << quint64(0);
    QTest::newRow("ckpt chunk len 599 (gap)") << "stale-checkpoint" << "index.ckpt" << "len" << -1 << false << quint64(599) << quint64(150);
  }
  void routingChunkOutOfRange() {
    QFETCH(QString, fixture);
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(int, delta);
    QFETCH(bool, fails);
    QFETCH(quint64, restored);
    QFETCH(quint64, tail);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, fixture);
    QVERIFY(!dir.isEmpty());
    const QString artifact = dir + "/" + file;
    QByteArray bytes = readBytes(artifact);
    // The first chunk's field: `chunks` [ { start, len, … } ] — the value follows its key.
    const qsizetype chunks = bytes.indexOf(QByteArray("\xa6" "chunks"));
    QVERIFY(chunks > 0);
    const QByteArray key = field == "len" ? QByteArray("\xa3" "len") : QByteArray("\xa5" "start");
    const qsizetype at = bytes.indexOf(key, chunks) + key.size();
    QVERIFY(at > chunks + 7 && at < chunks + 40);
    const quint8 marker = quint8(bytes[at]);
    quint64 value = 0;
    if (marker <= 0x7f) {
      value = marker;
      QVERIFY(qint64(value) + delta >= 0 && qint64(value) + delta <= 0x7f);
      bytes[at] = char(value + delta);
    } else {
      QCOMPARE(marker, quint8(0xcd));  // u16 BE
      value = (quint64(quint8(bytes[at + 1])) << 8) | quint8(bytes[at + 2]);
      const quint64 v = quint64(qint64(value) + delta);
      bytes[at + 1] = char(v >> 8);
      bytes[at + 2] = char(v & 0xff);
    }
    fixArtifactCrc(bytes);
    QVERIFY(writeBytes(artifact, bytes));

    const Opened o = openStore(dir);
    if (fails) {
      QVERIFY2(o.error, "batpak panics on this file: the open must fail");
      QCOMPARE(QString::fromStdString(o.error->file), file);
      QVERIFY2(QString::fromStdString(o.error->message).contains("panic"), qPrintable(errorText(o)));
      return;
    }
    VERIFY_OPENED(o);
    const RestoreResult& r = *o.restore;
    QCOMPARE(pathName(r), file == "index.fbati" ? QString("Mmap") : QString("Checkpoint"));
    QCOMPARE(quint64(r.report.restoredEntries), restored);
    QCOMPARE(quint64(r.report.tailEntries), tail);
    QCOMPARE(quint64(r.index->entryCount()), restored + tail);
    QCOMPARE(quint64(r.index->allocator()), restored + tail + 1);
    QCOMPARE(r.index->hiddenSequences(), std::vector<uint64_t>{restored});  // the dropped last entry
    QCOMPARE(countFindings(r.findings, "fallback"), 0);
  }
};

QTEST_GUILESS_MAIN(ArtifactDamageTest)
#include "artifact_damage_test.moc"
