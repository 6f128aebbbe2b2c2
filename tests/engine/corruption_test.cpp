// Damaged data directories: every bad input batpak 0.5.0 can meet on disk, applied to a COPY
// of a fixture. Each case checks that nothing crashes, that the outcome is the one batpak
// would have (open error vs fallback, FORMAT.md §2.6, §5.2, §8.5, §9.3, §10.1, §10.6, gotchas
// 22/31), and that the Error or Finding names the damaged file and the byte offset of the
// damage, computed here from the bytes that were damaged.
#include <zlib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>
#include <map>

#include "batscope/restore/event_reader.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/format/segment.h"
#include "batscope/format/sidx_footer.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// ---------------------------------------------------------------- bytes and files

QByteArray readBytes(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
  return f.write(bytes) == bytes.size();
}

quint32 zlibCrc(const QByteArray& b, qsizetype from, qsizetype len) {
  return quint32(::crc32(0L, reinterpret_cast<const Bytef*>(b.constData() + from), uInt(len)));
}
quint32 zlibCrc(const QByteArray& b) { return zlibCrc(b, 0, b.size()); }

void putBE32(QByteArray& b, qsizetype at, quint32 v) {
  for (int i = 0; i < 4; ++i) b[at + i] = char((v >> (24 - 8 * i)) & 0xff);
}
void putLE(QByteArray& b, qsizetype at, quint64 v, int bytes) {
  for (int i = 0; i < bytes; ++i) b[at + i] = char((v >> (8 * i)) & 0xff);
}

// The CRC32 of [12, EOF) stored LE at 8: index.fbati, index.ckpt, visibility_ranges.fbv.
void fixArtifactCrc(QByteArray& b) { putLE(b, 8, zlibCrc(b, 12, b.size() - 12), 4); }

QString copyFixture(QTemporaryDir& tmp, const QString& fixture) {
  const QString to = tmp.filePath("data");
  return copyDataDir(fixtureData(fixture), to) ? to : QString();
}

// 64 KiB (or n bytes) of reproducible noise.
QByteArray noise(qsizetype n, quint32 seed) {
  QRandomGenerator gen(seed);
  QByteArray b(n, '\0');
  for (qsizetype i = 0; i < n; ++i) b[i] = char(gen.generate() & 0xff);
  return b;
}

// A frame envelope around `body`: [len u32 BE][crc32 u32 BE][body].
QByteArray frameOf(const QByteArray& body) {
  QByteArray f(8, '\0');
  putBE32(f, 0, quint32(body.size()));
  putBE32(f, 4, zlibCrc(body));
  return f + body;
}

// P as batpak stores it: a msgpack array of uints, bytes >= 0x80 as `cc XX` (§3.1, gotcha 1).
QByteArray byteArrayPayload(const QByteArray& p) {
  QByteArray out;
  const quint32 n = quint32(p.size());
  if (n <= 15) {
    out.append(char(0x90 | n));
  } else if (n <= 0xffff) {
    out.append(char(0xdc));
    out.append(char(n >> 8));
    out.append(char(n & 0xff));
  } else {
    out.append(char(0xdd));
    QByteArray len(4, '\0');
    putBE32(len, 0, n);
    out.append(len);
  }
  for (char c : p) {
    if (quint8(c) >= 0x80) out.append(char(0xcc));
    out.append(c);
  }
  return out;
}

// ---------------------------------------------------------------- opening

struct Opened {
  std::shared_ptr<DataDir> dir;
  std::optional<RestoreResult> restore;
  std::optional<Error> error;
};

Opened openStore(const QString& path, RestorePathChoice choice = RestorePathChoice::Mmap) {
  Opened o;
  auto d = DataDir::open(path.toStdString());
  if (!d) {
    o.error = d.error();
    return o;
  }
  o.dir = *d;
  RestoreOptions ro;
  ro.path = choice;
  auto r = restoreIndex(o.dir, ro);
  if (!r) o.error = r.error();
  else o.restore = std::move(*r);
  return o;
}

// The static walk of one segment of an UNDAMAGED fixture (frame offsets, lengths, ids).
SegmentWalk walkPristine(const QString& fixture, uint64_t segmentId) {
  auto d = DataDir::open(fixtureData(fixture).toStdString());
  if (!d) return {};
  const SegmentFile* seg = (*d)->segmentById(segmentId);
  if (!seg) return {};
  auto file = (*d)->mapSegment(*seg);
  if (!file) return {};
  return walkSegment(*seg, **file);
}

// ---------------------------------------------------------------- findings and errors

QString describe(const std::vector<Finding>& fs) {
  QStringList out;
  for (const Finding& f : fs) out << QString::fromStdString(f.toString());
  return out.isEmpty() ? QStringLiteral("(no findings)") : out.join('\n');
}

bool hasFinding(const std::vector<Finding>& fs, const std::string& category, const std::string& file,
                std::optional<uint64_t> offset) {
  for (const Finding& f : fs)
    if (f.category == category && f.file == file && (!offset || f.offset == offset)) return true;
  return false;
}

int countFindings(const std::vector<Finding>& fs, const std::string& category) {
  int n = 0;
  for (const Finding& f : fs) n += f.category == category;
  return n;
}

QString missingFinding(const std::vector<Finding>& fs, const std::string& category, const std::string& file,
                       std::optional<uint64_t> offset) {
  return QString("expected a [%1] finding naming %2%3, got:\n%4")
      .arg(QString::fromStdString(category), QString::fromStdString(file),
           offset ? QString(" @%1").arg(*offset) : QString(), describe(fs));
}

#define VERIFY_FINDING(fs, category, file, offset)                                        \
  QVERIFY2(hasFinding((fs), (category), (file), (offset)),                                \
           qPrintable(missingFinding((fs), (category), (file), (offset))))

QString errorText(const Opened& o) {
  return o.error ? QString::fromStdString(o.error->toString()) : QStringLiteral("(open succeeded)");
}

#define VERIFY_OPENED(o) QVERIFY2(!(o).error && (o).restore, qPrintable(errorText(o)))

QString pathName(const RestoreResult& r) { return QString(openIndexPathName(r.report.path)); }
QString sourceName(const RestoreResult& r) { return QString(restoreSourceName(r.report.source)); }

std::string segName(uint64_t id) { return segmentFileName(id); }

QString hex(const Id128& id) { return QString::fromStdString(hexEncode(id)); }

// event id (hex) -> global sequence of every entry.
std::map<std::string, uint64_t> sequencesById(const Index& index) {
  std::map<std::string, uint64_t> out;
  for (uint32_t row = 0; row < index.entryCount(); ++row)
    out[hexEncode(index.eventId(row))] = index.entry(row).globalSequence;
  return out;
}

}  // namespace

class CorruptionTest : public QObject {
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
    const SegmentWalk pristine = walkPristine(fixture, 37);
    QVERIFY(pristine.header);
    QCOMPARE(int(pristine.frames.size()), segmentFrames);
    const WalkedFrame victim = pristine.frames[frame];
    const std::string seg = segName(37);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, fixture);
    QVERIFY(!dir.isEmpty());
    const QString segPath = dir + "/000037.fbat";
    QByteArray bytes = readBytes(segPath);
    const qsizetype flipAt = qsizetype(victim.offset + 8 + (victim.length - 8) / 2);
    bytes[flipAt] = char(bytes[flipAt] ^ 0xff);
    QVERIFY(writeBytes(segPath, bytes));

    // Faithful: the scan of 000037.fbat stops at the damaged frame.
    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
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
    std::optional<int> next;
    for (int j = frame + 1; j < segmentFrames && !next; ++j)
      if (pristine.frames[j].entity == victim.entity) next = j;
    const ChainReport chains = verifyChains(*o.dir, *r.index, *t->index);
    QVERIFY(!chains.entities.empty());
    bool sawVictimEntity = false;
    for (const EntityChain& c : chains.entities) {
      if (c.entity != victim.entity) {
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
    const SegmentWalk pristine = walkPristine("crash-no-close", 37);
    QCOMPARE(int(pristine.frames.size()), 25);
    const WalkedFrame victim = pristine.frames[frame];
    const std::string seg = segName(37);
    uint64_t cutAt = victim.offset;
    if (cut == "mid-body") cutAt = victim.offset + 8 + (victim.length - 8) / 2;
    else if (cut == "one-short") cutAt = victim.offset + victim.length - 1;
    else if (cut == "in-header") cutAt = victim.offset + 5;
    const bool torn = cut != "boundary";

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "crash-no-close");
    QVERIFY(!dir.isEmpty());
    QVERIFY(QFile::resize(dir + "/000037.fbat", qint64(cutAt)));

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
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
    const SegmentWalk pristine = walkPristine("crash-no-close", 37);
    QCOMPARE(int(pristine.frames.size()), 25);
    const WalkedFrame victim = pristine.frames[frame];
    const std::string seg = segName(37);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "crash-no-close");
    QVERIFY(!dir.isEmpty());
    const QString segPath = dir + "/000037.fbat";
    QByteArray bytes = readBytes(segPath);
    const quint32 newLen = len < 0 ? quint32(bytes.size()) : quint32(len);
    putBE32(bytes, qsizetype(victim.offset), newLen);
    QVERIFY(writeBytes(segPath, bytes));

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
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
    const SegmentWalk pristine = walkPristine("crash-no-close", 37);
    QCOMPARE(int(pristine.frames.size()), 25);
    const WalkedFrame victim = pristine.frames[frame];
    const std::string seg = segName(37);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "crash-no-close");
    QVERIFY(!dir.isEmpty());
    const QString segPath = dir + "/000037.fbat";
    QByteArray bytes = readBytes(segPath);
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
    QVERIFY(writeBytes(segPath, bytes));

    const Opened o = openStore(dir);
    VERIFY_OPENED(o);
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
    const SegmentWalk pristine = walkPristine("crash-no-close", 37);
    QCOMPARE(int(pristine.frames.size()), 25);
    const WalkedFrame victim = pristine.frames[k];
    const std::string seg = segName(37);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "crash-no-close");
    QVERIFY(!dir.isEmpty());
    const QString segPath = dir + "/000037.fbat";
    const QByteArray bytes = readBytes(segPath);
    const QByteArray body = bytes.mid(qsizetype(victim.offset + 8), qsizetype(victim.length - 8));
    DecodedFrame df;
    FrameDecodeError fe;
    QVERIFY(decodeFrameBody(reinterpret_cast<const uint8_t*>(body.constData()), size_t(body.size()),
                            PayloadMode::Skip, df, fe));
    QByteArray nested(depth, char(0x91));
    nested.append(char(0x00));
    const QByteArray newBody = body.left(df.payloadValueOffset) + nested +
                               body.mid(df.payloadValueOffset + df.payloadValueLen);
    const QByteArray newFrame = frameOf(newBody);
    const qint64 delta = qint64(newFrame.size()) - qint64(victim.length);
    QVERIFY(writeBytes(segPath, bytes.left(qsizetype(victim.offset)) + newFrame +
                                    bytes.mid(qsizetype(victim.offset + victim.length))));

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
    const int k = 10;
    const SegmentWalk pristine = walkPristine("crash-no-close", 37);
    QCOMPARE(int(pristine.frames.size()), 25);
    const WalkedFrame victim = pristine.frames[k];
    const std::string seg = segName(37);

    QTemporaryDir tmp;
    const QString dir = copyFixture(tmp, "crash-no-close");
    QVERIFY(!dir.isEmpty());
    const QString segPath = dir + "/000037.fbat";
    const QByteArray bytes = readBytes(segPath);
    const QByteArray body = bytes.mid(qsizetype(victim.offset + 8), qsizetype(victim.length - 8));
    DecodedFrame df;
    FrameDecodeError fe;
    QVERIFY(decodeFrameBody(reinterpret_cast<const uint8_t*>(body.constData()), size_t(body.size()),
                            PayloadMode::Bytes, df, fe));
    QCOMPARE(int(df.payloadForm), int(PayloadForm::ByteArray));
    QByteArray p(depth, char(0x91));
    p.append(char(0xc0));
    const QByteArray newBody = body.left(df.payloadValueOffset) + byteArrayPayload(p) +
                               body.mid(df.payloadValueOffset + df.payloadValueLen);
    const QByteArray newFrame = frameOf(newBody);
    QVERIFY(writeBytes(segPath, bytes.left(qsizetype(victim.offset)) + newFrame +
                                    bytes.mid(qsizetype(victim.offset + victim.length))));

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
    for (const EntityChain& c : chains.entities) {
      if (c.entity != victim.entity) continue;
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

 private:
  // "none", "flip@N" (N < 0: from the end), "truncate@N", "magic", "version@V" (u16 LE at 6),
  // "garbage-body" (0xc1 from 12 to EOF, CRC fixed).
  static bool applyDamage(const QString& path, const QString& damage) {
    if (damage == "none") return QFile::exists(path);
    QByteArray b = readBytes(path);
    if (b.size() < 12) return false;
    const QString arg = damage.section('@', 1);
    if (damage.startsWith("flip@")) {
      qsizetype at = arg.toLongLong();
      if (at < 0) at += b.size();
      b[at] = char(b[at] ^ 0xff);
    } else if (damage.startsWith("truncate@")) {
      b.truncate(arg.toLongLong());
    } else if (damage == "magic") {
      b[0] = 'X';
    } else if (damage.startsWith("version@")) {
      putLE(b, 6, arg.toULongLong(), 2);
    } else if (damage == "garbage-body") {
      for (qsizetype i = 12; i < b.size(); ++i) b[i] = char(0xc1);
      fixArtifactCrc(b);
    } else {
      return false;
    }
    return writeBytes(path, b);
  }
};

QTEST_GUILESS_MAIN(CorruptionTest)
#include "corruption_test.moc"
