// Damaged frames in a COPY of a fixture: CRC mismatches, truncated frames, bogus lengths,
// bodies that do not decode, payloads nested past rmp-serde's limit. Each case checks that
// the outcome is batpak's (FORMAT.md §2.6, §5.2) and that the finding names the damaged file
// and the byte offset computed from the damage.
#include "damage_test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// A copy of a fixture with one frame of its last segment, 000037.fbat, damaged, opened on the
// default path. That segment has no footer, so it is frame-scanned.
struct DamagedFrame {
  SegmentWalk pristine;  // the undamaged walk of 000037.fbat
  WalkedFrame victim;    // the damaged frame, as it was
  Opened opened;         // the damaged copy
};

// Copies `fixture` into `tmp`, rewrites the bytes of its 000037.fbat through
// `damage(bytes, victim)`, the victim being frame `frame` of the segment's `segmentFrames`,
// and opens the copy. Check QTest::currentTestFailed() after.
template <class Damage>
void damageFrame(QTemporaryDir& tmp, const QString& fixture, int frame, int segmentFrames, Damage damage,
                 DamagedFrame& out) {
  out.pristine = walkPristine(fixture, 37);
  QCOMPARE(int(out.pristine.frames.size()), segmentFrames);
  out.victim = out.pristine.frames[frame];
  const QString dir = copyFixture(tmp, fixture);
  QVERIFY(!dir.isEmpty());
  const QString segPath = dir + "/000037.fbat";
  QByteArray bytes = readBytes(segPath);
  CHECKED(damage(bytes, out.victim));
  QVERIFY(writeBytes(segPath, bytes));
  out.opened = openStore(dir);
  VERIFY_OPENED(out.opened);
}

}  // namespace

class FrameDamageTest : public QObject {
  Q_OBJECT

 private slots:
  // ------------------------------------------------------------------ 1. bad frame CRC
  // §2.6/§5.2: a CRC mismatch ends the scan of that segment; the true view skips only the
  // frame. The last segment of torn-tail / crash-no-close has no footer, so it is scanned.
  void crcMismatchEndsFooterlessSegment_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("frame");
    QTest::addColumn<int>("segmentFrames");  // complete frames in 000037.fbat (expected.json)
    QTest::addColumn<quint64>("events");     // batpak's event count of the undamaged fixture
    QTest::newRow("crash-no-close frame 0") << "crash-no-close" << 0 << 25 << quint64(1000);
    QTest::newRow("crash-no-close frame 12") << "crash-no-close" << 12 << 25 << quint64(1000);
    QTest::newRow("crash-no-close last frame") << "crash-no-close" << 24 << 25 << quint64(1000);
    QTest::newRow("torn-tail frame 5") << "torn-tail" << 5 << 24 << quint64(999);
    QTest::newRow("torn-tail last whole frame") << "torn-tail" << 23 << 24 << quint64(999);
  }
  void crcMismatchEndsFooterlessSegment() {
    QFETCH(QString, fixture);
    QFETCH(int, frame);
    QFETCH(int, segmentFrames);
    QFETCH(quint64, events);
    const std::string seg = segName(37);
    QTemporaryDir tmp;
    DamagedFrame damaged;
    CHECKED(damageFrame(tmp, fixture, frame, segmentFrames, [](QByteArray& bytes, const WalkedFrame& victim) {
      const qsizetype flipAt = qsizetype(victim.offset + 8 + (victim.length - 8) / 2);
      bytes[flipAt] = char(bytes[flipAt] ^ 0xff);
    }, damaged));
    const auto& [pristine, victim, o] = damaged;
    QVERIFY(pristine.header);

    // Faithful: the scan of 000037.fbat stops at the damaged frame.
    const RestoreResult& r = *o.restore;
    const quint64 lost = quint64(segmentFrames - frame);
    QCOMPARE(pathName(r), QString("Rebuild"));
    QCOMPARE(sourceName(r), QString(restoreSourceName(RestoreSource::FrameScanFallback)));
    QCOMPARE(quint64(r.report.restoredEntries), events - lost);
    QCOMPARE(quint64(r.report.tailEntries), quint64(0));
    QCOMPARE(quint64(r.index->entryCount()), events - lost);
    QCOMPARE(quint64(r.index->visibleRows().size()), events - lost);
    QCOMPARE(quint64(r.index->allocator()), events - lost);  // frame-scan renumbers densely (§7)
    VERIFY_FINDING(r.findings, "fallback", seg, std::nullopt);
    VERIFY_FINDING(r.findings, "crc", seg, victim.offset);
    QCOMPARE(countFindings(r.findings, "crc"), 1);
    // torn-tail's torn frame lies after the damage: the scan never reaches it.
    QCOMPARE(countFindings(r.findings, "torn-tail"), 0);
    for (int j = 0; j < segmentFrames; ++j) {
      const uint32_t row = r.index->findById(pristine.frames[j].eventId);
      if (j < frame) {
        QVERIFY2(row != Index::kNoRow, qPrintable(QString("frame %1 lost").arg(j)));
        QCOMPARE(quint64(r.index->entry(row).segmentId), quint64(37));
        QCOMPARE(quint64(r.index->entry(row).offset), quint64(pristine.frames[j].offset));
      } else {
        QVERIFY2(row == Index::kNoRow, qPrintable(QString("frame %1 still indexed").arg(j)));
      }
    }

    // batpak's get of the damaged frame (§11.3 step 3).
    const FrameRead fr = readFrameAtPosition(*o.dir, FramePos{37, victim.offset, victim.length}, PayloadMode::Bytes);
    QVERIFY(!fr.ok);
    QCOMPARE(QString::fromStdString(fr.error), QString("CRC mismatch in segment 37 at offset %1").arg(victim.offset));

    // True view: only the damaged frame is missing.
    auto t = buildTrueView(o.dir);
    QVERIFY2(t, t ? "" : t.error().toString().c_str());
    VERIFY_FINDING(t->findings, "crc", seg, victim.offset);
    QCOMPARE(countFindings(t->findings, "crc"), 1);
    if (pristine.stoppedAt) VERIFY_FINDING(t->findings, "torn-tail", seg, *pristine.stoppedAt);
    QCOMPARE(quint64(t->index->entryCount()), events - 1);
    for (int j = 0; j < segmentFrames; ++j) {
      const uint32_t row = t->index->findById(pristine.frames[j].eventId);
      if (j == frame) {
        QVERIFY(row == Index::kNoRow);
      } else {
        QVERIFY2(row != Index::kNoRow, qPrintable(QString("true view lost frame %1").arg(j)));
        QCOMPARE(quint64(t->index->entry(row).offset), quint64(pristine.frames[j].offset));
      }
    }

    // Chains: the next link of the damaged event's entity points at a hash nobody holds.
    const std::string victimEntity = pristineEntity(fixture, 37, victim.offset);
    QVERIFY(!victimEntity.empty());
    std::optional<int> next;
    for (int j = frame + 1; j < segmentFrames && !next; ++j)
      if (pristineEntity(fixture, 37, pristine.frames[j].offset) == victimEntity) next = j;
    const ChainReport chains = verifyChains(*o.dir, *r.index, *t->index);
    QVERIFY(!chains.entities.empty());
    bool sawVictimEntity = false;
    for (const EntityChain& c : chains.entities) {
      if (c.entity != victimEntity) {
        QVERIFY2(c.status == EntityChain::Status::Verified, c.entity.c_str());
        continue;
      }
      sawVictimEntity = true;
      if (!next) {
        QCOMPARE(QString(chainStatusName(c.status)), QString("verified"));
        continue;
      }
      QCOMPARE(QString(chainStatusName(c.status)), QString("broken"));
      QVERIFY(c.firstBreak);
      QCOMPARE(QString::fromStdString(c.firstBreak->reason), QString("prev_hash mismatch"));
      QCOMPARE(QString::fromStdString(c.firstBreak->file), QString::fromStdString(seg));
      QCOMPARE(quint64(c.firstBreak->offset), quint64(pristine.frames[*next].offset));
      QCOMPARE(hex(c.firstBreak->eventId), hex(pristine.frames[*next].eventId));
      QCOMPARE(quint64(c.breakCount), quint64(1));
    }
    QVERIFY(sawVictimEntity);
  }

  // ------------------------------------------------------------------ 2. truncated frame
  void truncatedFrameIsTornTail_data() {
    QTest::addColumn<int>("frame");
    QTest::addColumn<QString>("cut");  // where inside frame `frame` the file now ends
    QTest::newRow("last frame, mid-body") << 24 << "mid-body";
    QTest::newRow("last frame, one byte short") << 24 << "one-short";
    QTest::newRow("last frame, inside its 8-byte header") << 24 << "in-header";
    QTest::newRow("frame 10, mid-body") << 10 << "mid-body";
    QTest::newRow("frame 0, inside its 8-byte header") << 0 << "in-header";
    QTest::newRow("frame 10, clean cut at its start") << 10 << "boundary";
  }
  void truncatedFrameIsTornTail() {
    QFETCH(int, frame);
    QFETCH(QString, cut);
    const std::string seg = segName(37);
    const bool torn = cut != "boundary";
    QTemporaryDir tmp;
    DamagedFrame damaged;
    CHECKED(damageFrame(tmp, "crash-no-close", frame, 25, [&](QByteArray& bytes, const WalkedFrame& victim) {
      uint64_t cutAt = victim.offset;
      if (cut == "mid-body") cutAt = victim.offset + 8 + (victim.length - 8) / 2;
      else if (cut == "one-short") cutAt = victim.offset + victim.length - 1;
      else if (cut == "in-header") cutAt = victim.offset + 5;
      bytes.truncate(qsizetype(cutAt));
    }, damaged));
    const auto& [pristine, victim, o] = damaged;

    const RestoreResult& r = *o.restore;
    const quint64 expected = 1000 - quint64(25 - frame);
    QCOMPARE(pathName(r), QString("Rebuild"));
    QCOMPARE(quint64(r.report.restoredEntries), expected);
    QCOMPARE(quint64(r.index->entryCount()), expected);
    QCOMPARE(quint64(r.index->visibleRows().size()), expected);
    if (torn) {
      VERIFY_FINDING(r.findings, "torn-tail", seg, victim.offset);
      QCOMPARE(countFindings(r.findings, "torn-tail"), 1);
    } else {
      QVERIFY2(countFindings(r.findings, "torn-tail") == 0, qPrintable(describe(r.findings)));
    }
    QCOMPARE(countFindings(r.findings, "crc"), 0);
    for (int j = 0; j < 25; ++j)
      QCOMPARE(r.index->findById(pristine.frames[j].eventId) != Index::kNoRow, j < frame);

    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(quint64(t->index->entryCount()), expected);
    if (torn) VERIFY_FINDING(t->findings, "torn-tail", seg, victim.offset);
    else QCOMPARE(countFindings(t->findings, "torn-tail"), 0);

    const StoreWalk walk = walkStore(*o.dir);
    const SegmentWalk& last = walk.segments.back();
    QCOMPARE(last.file.name, seg);
    QCOMPARE(int(last.frames.size()), frame);
    QCOMPARE(last.stoppedAt.has_value(), torn);
    if (torn) QCOMPARE(quint64(*last.stoppedAt), quint64(victim.offset));
  }

  // ------------------------------------------------------------------ 3. bogus frame length
  // §2.3/§2.6: len > 256 MiB or a body past EOF ends the segment's scan; nothing is allocated
  // for the claimed length.
  void bogusFrameLengthStopsScan_data() {
    QTest::addColumn<int>("frame");
    QTest::addColumn<qint64>("len");  // -1: the segment's file size
    QTest::addColumn<QString>("faithfulCategory");
    QTest::newRow("0x7fffffff, frame 10") << 10 << qint64(0x7fffffff) << "frame";
    QTest::newRow("0x7fffffff, last frame") << 24 << qint64(0x7fffffff) << "frame";
    QTest::newRow("0xffffffff, frame 10") << 10 << qint64(0xffffffff) << "frame";
    QTest::newRow("256 MiB + 1, frame 10") << 10 << qint64(0x10000001) << "frame";
    QTest::newRow("exactly 256 MiB (past EOF), frame 10") << 10 << qint64(0x10000000) << "torn-tail";
    QTest::newRow("file size, frame 0") << 0 << qint64(-1) << "torn-tail";
    QTest::newRow("file size, frame 10") << 10 << qint64(-1) << "torn-tail";
  }
  void bogusFrameLengthStopsScan() {
    QFETCH(int, frame);
    QFETCH(qint64, len);
    QFETCH(QString, faithfulCategory);
    const std::string seg = segName(37);
    QTemporaryDir tmp;
    DamagedFrame damaged;
    quint32 newLen = 0;
    CHECKED(damageFrame(tmp, "crash-no-close", frame, 25, [&](QByteArray& bytes, const WalkedFrame& victim) {
      newLen = len < 0 ? quint32(bytes.size()) : quint32(len);
      putBE32(bytes, qsizetype(victim.offset), newLen);
    }, damaged));
    const auto& [pristine, victim, o] = damaged;

    const RestoreResult& r = *o.restore;
    const quint64 expected = 1000 - quint64(25 - frame);
    QCOMPARE(quint64(r.report.restoredEntries), expected);
    QCOMPARE(quint64(r.index->entryCount()), expected);
    VERIFY_FINDING(r.findings, faithfulCategory.toStdString(), seg, victim.offset);
    QCOMPARE(countFindings(r.findings, "crc"), 0);
    for (int j = 0; j < 25; ++j)
      QCOMPARE(r.index->findById(pristine.frames[j].eventId) != Index::kNoRow, j < frame);

    // get at the recorded position: `len` is checked against the stored window (§11.3 step 2).
    const FrameRead fr = readFrameAtPosition(*o.dir, FramePos{37, victim.offset, victim.length}, PayloadMode::Bytes);
    QVERIFY(!fr.ok);
    QCOMPARE(QString::fromStdString(fr.error), QString("frame truncated: expected %1 bytes").arg(8 + quint64(newLen)));

    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(quint64(t->index->entryCount()), expected);
    VERIFY_FINDING(t->findings, "torn-tail", seg, victim.offset);

    const StoreWalk walk = walkStore(*o.dir);
    QVERIFY(walk.segments.back().stoppedAt);
    QCOMPARE(quint64(*walk.segments.back().stoppedAt), quint64(victim.offset));
  }

  // ------------------------------------------------------------------ 4. undecodable, CRC-valid
  // Gotcha 22: a CRC-valid frame whose msgpack does not decode is skipped, the scan goes on.
  void undecodableFrameIsSkipped_data() {
    QTest::addColumn<int>("frame");
    QTest::addColumn<QString>("garbage");
    QTest::newRow("frame 0, 0xc1 bytes") << 0 << "c1";
    QTest::newRow("frame 12, 0xc1 bytes") << 12 << "c1";
    QTest::newRow("frame 12, zero bytes") << 12 << "zeros";
    QTest::newRow("frame 12, map claims 4 entries") << 12 << "map-count";
    QTest::newRow("last frame, 0xc1 bytes") << 24 << "c1";
  }
  void undecodableFrameIsSkipped() {
    QFETCH(int, frame);
    QFETCH(QString, garbage);
    const std::string seg = segName(37);
    QTemporaryDir tmp;
    DamagedFrame damaged;
    CHECKED(damageFrame(tmp, "crash-no-close", frame, 25, [&](QByteArray& bytes, const WalkedFrame& victim) {
      const qsizetype bodyAt = qsizetype(victim.offset + 8);
      const qsizetype bodyLen = qsizetype(victim.length - 8);
      QByteArray body = bytes.mid(bodyAt, bodyLen);
      if (garbage == "c1") body.fill(char(0xc1));
      else if (garbage == "zeros") body.fill('\0');
      else {
        QCOMPARE(quint8(body[0]), quint8(0x83));  // FramePayload: fixmap of 3
        body[0] = char(0x84);
      }
      bytes.replace(bodyAt, bodyLen, body);
      putBE32(bytes, qsizetype(victim.offset + 4), zlibCrc(body));
    }, damaged));
    const auto& [pristine, victim, o] = damaged;

    const RestoreResult& r = *o.restore;
    QCOMPARE(pathName(r), QString("Rebuild"));
    QCOMPARE(quint64(r.report.restoredEntries), quint64(999));
    QCOMPARE(quint64(r.index->entryCount()), quint64(999));
    VERIFY_FINDING(r.findings, "decode", seg, victim.offset);
    QCOMPARE(countFindings(r.findings, "decode"), 1);
    QCOMPARE(countFindings(r.findings, "crc"), 0);
    for (int j = 0; j < 25; ++j) {
      const uint32_t row = r.index->findById(pristine.frames[j].eventId);
      QCOMPARE(row != Index::kNoRow, j != frame);
      if (row != Index::kNoRow) QCOMPARE(quint64(r.index->entry(row).offset), quint64(pristine.frames[j].offset));
    }

    const FrameRead fr = readFrameAtPosition(*o.dir, FramePos{37, victim.offset, victim.length}, PayloadMode::Bytes);
    QVERIFY(!fr.ok);
    QVERIFY2(QString::fromStdString(fr.error).startsWith("serialization error"), fr.error.c_str());

    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(quint64(t->index->entryCount()), quint64(999));
    VERIFY_FINDING(t->findings, "decode", seg, victim.offset);

    // The static walk (like the oracle's) stops at a frame that does not decode.
    const StoreWalk walk = walkStore(*o.dir);
    QVERIFY(walk.segments.back().stoppedAt);
    QCOMPARE(quint64(*walk.segments.back().stoppedAt), quint64(victim.offset));
  }

  // ------------------------------------------------------------------ 5a. deep nesting (frame)
  // The payload VALUE of frame 10 replaced by `depth` nested arrays (CRC valid). §2.6: the
  // index scan accepts any msgpack value there; rmp-serde stops at its depth limit of 1024
  // (then the frame is undecodable and skipped). Neither may cost stack proportional to depth.
  void deeplyNestedPayloadValue_data() {
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("indexed");
    QTest::newRow("5 levels") << 5 << true;
    QTest::newRow("600 levels (inside rmp-serde's 1024)") << 600 << true;
    QTest::newRow("1021 levels (rmp-serde's last: 2 + 1021 < 1024)") << 1021 << true;
    QTest::newRow("1022 levels (rmp-serde: depth limit exceeded)") << 1022 << false;
    QTest::newRow("100000 levels") << 100000 << false;
  }
  void deeplyNestedPayloadValue() {
    QFETCH(int, depth);
    QFETCH(bool, indexed);
    const int k = 10;
    const std::string seg = segName(37);
    QTemporaryDir tmp;
    ReplacedPayload rp;
    QVERIFY(replacePayloadValue(tmp, PayloadMode::Skip, [&](const DecodedFrame&) {
      QByteArray nested(depth, char(0x91));
      nested.append(char(0x00));
      return nested;
    }, rp));
    const QString& dir = rp.dir;
    const SegmentWalk& pristine = rp.pristine;
    const WalkedFrame& victim = rp.victim;
    const QByteArray& newFrame = rp.newFrame;
    const qint64 delta = rp.delta;

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
    const RestoreResult& r = *o.restore;
    QCOMPARE(quint64(r.index->entryCount()), quint64(indexed ? 1000 : 999));
    if (indexed) {
      QVERIFY2(countFindings(r.findings, "decode") == 0, qPrintable(describe(r.findings)));
      const uint32_t row = r.index->findById(victim.eventId);
      QVERIFY(row != Index::kNoRow);
      QCOMPARE(quint64(r.index->entry(row).offset), quint64(victim.offset));
      QCOMPARE(quint64(r.index->entry(row).length), quint64(newFrame.size()));
    } else {
      VERIFY_FINDING(r.findings, "decode", seg, victim.offset);
      QVERIFY(r.index->findById(victim.eventId) == Index::kNoRow);
    }
    for (int j = k + 1; j < 25; ++j) {  // the scan goes on, the later frames moved by delta
      const uint32_t row = r.index->findById(pristine.frames[j].eventId);
      QVERIFY2(row != Index::kNoRow, qPrintable(QString("frame %1 lost").arg(j)));
      QCOMPARE(qint64(r.index->entry(row).offset), qint64(pristine.frames[j].offset) + delta);
    }

    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    QCOMPARE(quint64(t->index->entryCount()), quint64(indexed ? 1000 : 999));
    if (!indexed) VERIFY_FINDING(t->findings, "decode", seg, victim.offset);

    // Everything that reads the frame again must survive it too.
    const StoreWalk walk = walkStore(*o.dir);
    QCOMPARE(walk.segments.size(), size_t(37));
    (void)verifyChains(*o.dir, *r.index, *t->index);
    QVERIFY(!dumpInProcess(dir.toStdString(), RestorePathChoice::Mmap, false).empty());
    QVERIFY(!dumpInProcess(dir.toStdString(), RestorePathChoice::Mmap, true).empty());
  }

  // ------------------------------------------------------------------ 5b. deep nesting (P)
  // A well-formed byte-array payload whose bytes P are `depth` nested arrays. The frame indexes
  // normally; batpak's get decodes P with rmp-serde (depth limit 1024) into JSON (§11.3 step 5).
  void deeplyNestedPayloadBytes_data() {
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("getFails");
    QTest::newRow("10 levels") << 10 << false;
    QTest::newRow("300 levels (inside rmp-serde's 1024)") << 300 << false;
    QTest::newRow("2000 levels") << 2000 << true;
    QTest::newRow("100000 levels") << 100000 << true;
  }
  void deeplyNestedPayloadBytes() {
    QFETCH(int, depth);
    QFETCH(bool, getFails);
    const std::string seg = segName(37);
    QByteArray p(depth, char(0x91));
    p.append(char(0xc0));
    QTemporaryDir tmp;
    ReplacedPayload rp;
    bool byteArray = false;
    QVERIFY(replacePayloadValue(tmp, PayloadMode::Bytes, [&](const DecodedFrame& df) {
      byteArray = df.payloadForm == PayloadForm::ByteArray;
      return byteArrayPayload(p);
    }, rp));
    QVERIFY(byteArray);
    const QString& dir = rp.dir;
    const WalkedFrame& victim = rp.victim;
    const QByteArray& newFrame = rp.newFrame;

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
    const RestoreResult& r = *o.restore;
    QCOMPARE(quint64(r.index->entryCount()), quint64(1000));
    QCOMPARE(countFindings(r.findings, "decode"), 0);
    const uint32_t row = r.index->findById(victim.eventId);
    QVERIFY(row != Index::kNoRow);
    const FramePos pos{37, victim.offset, uint32_t(newFrame.size())};
    QCOMPARE(quint64(r.index->entry(row).length), quint64(pos.length));

    const FrameRead fr = readFrameAtPosition(*o.dir, pos, PayloadMode::Bytes);
    QVERIFY2(fr.ok, fr.error.c_str());
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(fr.payload.data()), qsizetype(fr.payload.size())), p);

    // The dump decodes P: no crash, and get fails exactly when batpak's would.
    const std::string dump = dumpInProcess(dir.toStdString(), RestorePathChoice::Mmap, false);
    QVERIFY(!dump.empty());
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(dump));
    QVERIFY(doc.isObject());
    QJsonObject event;
    for (const QJsonValue& v : doc.object().value("events").toArray())
      if (v.toObject().value("event_id").toString() == hex(victim.eventId)) event = v.toObject();
    QVERIFY(!event.isEmpty());
    QCOMPARE(event.contains("read_error"), getFails);
    QCOMPARE(event.value("payload").isNull(), getFails);

    // The chain check hashes P: the stored event_hash is that of the original payload.
    auto t = buildTrueView(o.dir);
    QVERIFY(t);
    const ChainReport chains = verifyChains(*o.dir, *r.index, *t->index);
    bool checked = false;
    const std::string victimEntity = pristineEntity("crash-no-close", 37, victim.offset);  // replacePayloadValue's fixture
    QVERIFY(!victimEntity.empty());
    for (const EntityChain& c : chains.entities) {
      if (c.entity != victimEntity) continue;
      checked = true;
      QVERIFY(c.firstBreak);
      QCOMPARE(QString::fromStdString(c.firstBreak->reason), QString("event_hash != blake3(payload)"));
      QCOMPARE(QString::fromStdString(c.firstBreak->file), QString::fromStdString(seg));
      QCOMPARE(quint64(c.firstBreak->offset), quint64(victim.offset));
      QCOMPARE(quint64(c.breakCount), quint64(1));
    }
    QVERIFY(checked);
    QVERIFY(!dumpInProcess(dir.toStdString(), RestorePathChoice::Mmap, true).empty());
  }
};

QTEST_GUILESS_MAIN(FrameDamageTest)
#include "frame_damage_test.moc"
