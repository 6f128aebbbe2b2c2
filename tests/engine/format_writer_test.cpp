// The write side of the format (format_writer.h, msgpack_writer.h) reproduces batpak 0.5.0's
// bytes exactly: every frame, segment header, SIDX footer, index.fbati, index.ckpt and
// visibility_ranges.fbv of every fixture is decoded and re-encoded, and must come out
// identical. Only bytes damaged on purpose are left out, and the test checks that what it
// leaves out is exactly what the fixture's DAMAGE.txt (and expected.json) say was damaged.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "batscope/base/bytes.h"
#include "batscope/base/data_dir.h"
#include "batscope/format/event_frame.h"
#include "batscope/base/file_system.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/format/segment_writer.h"
#include "batscope/format/sidx_footer_writer.h"
#include "batscope/format/snapshot_writer.h"
#include "batscope/format/visibility_ranges_writer.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/codec/msgpack_writer.h"
#include "batscope/format/segment.h"
#include "batscope/format/sidx_footer.h"
#include "batscope/format/snapshot.h"
#include "batscope/format/visibility_ranges.h"
#include "test_support.h"

using namespace batscope;
using batscope::test::fixturesDir;
using batscope::test::readBytes;

namespace {

// Every fixture directory (one with a data/ subdirectory), from the directory listing.
QStringList fixtureNames() {
  QStringList out;
  for (const QString& name : QDir(fixturesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
    if (QDir(fixturesDir() + "/" + name + "/data").exists()) out << name;
  return out;
}

QByteArray qb(const std::vector<uint8_t>& v) {
  return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
}
QByteArray qb(const uint8_t* p, uint64_t n) { return QByteArray(reinterpret_cast<const char*>(p), qsizetype(n)); }

QJsonObject readExpected(const QString& fixture) {
  QFile f(fixturesDir() + "/" + fixture + "/expected.json");
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

// ── What DAMAGE.txt says was done to a fixture ───────────────────────────────

struct FramePlace {
  QString file;
  uint64_t offset = 0, length = 0;
  bool operator<(const FramePlace& o) const {
    return std::tie(file, offset, length) < std::tie(o.file, o.offset, o.length);
  }
  bool operator==(const FramePlace& o) const { return file == o.file && offset == o.offset && length == o.length; }
};

struct Damage {
  std::set<FramePlace> crcBadFrames;      // a byte flipped inside a frame body
  std::set<FramePlace> tornFrames;        // segment cut inside a frame (length = full frame)
  std::map<QString, uint64_t> truncatedTo;  // segment -> new size
  QSet<QString> damagedArtifacts;         // index.fbati / index.ckpt / visibility_ranges.fbv flipped
  QStringList unrecognized;
};

Damage readDamage(const QString& fixture) {
  Damage d;
  QFile f(fixturesDir() + "/" + fixture + "/DAMAGE.txt");
  if (!f.open(QIODevice::ReadOnly)) return d;  // undamaged
  static const QRegularExpression frameFlip(
      R"(xor 0xFF at byte (\d+) of (\d+\.fbat) \(frame #\d+ at offset (\d+), length (\d+))");
  static const QRegularExpression artifactFlip(
      R"(xor 0xFF at byte (\d+) of (index\.fbati|index\.ckpt|visibility_ranges\.fbv) )");
  static const QRegularExpression truncated(R"(truncated (\d+\.fbat) from (\d+) to (\d+) bytes)");
  static const QRegularExpression cutFrame(R"(last frame at offset (\d+), length (\d+), cut at)");
  static const QRegularExpression removed(R"(^removed (index\.fbati|index\.ckpt)(, (index\.fbati|index\.ckpt))?$)");
  for (QString line : QString::fromUtf8(f.readAll()).split('\n')) {
    line = line.trimmed();
    if (line.isEmpty()) continue;
    if (!line.startsWith("->")) { d.unrecognized << line; continue; }
    line = line.mid(2).trimmed();
    if (auto m = frameFlip.match(line); m.hasMatch()) {
      const uint64_t byte = m.captured(1).toULongLong(), off = m.captured(3).toULongLong(),
                     len = m.captured(4).toULongLong();
      if (byte < off + 8 || byte >= off + len) d.unrecognized << "flipped byte outside the frame body: " + line;
      d.crcBadFrames.insert({m.captured(2), off, len});
    } else if (auto m = artifactFlip.match(line); m.hasMatch()) {
      d.damagedArtifacts.insert(m.captured(2));
    } else if (auto m = truncated.match(line); m.hasMatch()) {
      d.truncatedTo[m.captured(1)] = m.captured(3).toULongLong();
      if (auto c = cutFrame.match(line); c.hasMatch())
        d.tornFrames.insert({m.captured(1), c.captured(1).toULongLong(), c.captured(2).toULongLong()});
      // otherwise the cut fell on a frame boundary ("kept … frames"): no partial frame
    } else if (removed.match(line).hasMatch()) {
      // the artifact is simply absent
    } else {
      d.unrecognized << line;
    }
  }
  return d;
}

// ── Walking a fixture's frames ───────────────────────────────────────────────

struct FrameStats {
  uint64_t roundTripped = 0;
  uint64_t singles = 0, batchItems = 0, begins = 0, commits = 0, markersViaHelper = 0;
  uint64_t withCausation = 0, withFlags = 0, unhashedChains = 0;
  std::set<uint8_t> payloadArrayHeaders;  // 0x90 (any fixarray), 0xdc, 0xdd
  std::set<FramePlace> crcBad;
  std::set<FramePlace> torn;              // length = the frame's declared length
  uint64_t crcBadCount = 0, tornCount = 0;  // across fixtures (places repeat between fixtures)
  uint64_t headersRoundTripped = 0;
  uint64_t footersRoundTripped = 0, footerEntries = 0;
};

// Walks every segment of `fixture` (ascending id), re-encoding what reads.
void walkFixture(const QString& fixture, FrameStats& s) {
  auto dir = DataDir::open((fixturesDir() + "/" + fixture + "/data").toStdString());
  QVERIFY2(dir.ok(), qPrintable(dir.ok() ? QString() : QString::fromStdString(dir.error().toString())));
  QVERIFY(!(*dir)->segments().empty());
  bool inBatch = false;
  for (const SegmentFile& seg : (*dir)->segments()) {
    const QString file = QString::fromStdString(seg.name);
    auto mapped = (*dir)->mapSegment(seg);
    QVERIFY(mapped.ok());
    const uint8_t* data = (*mapped)->data();
    const uint64_t size = (*mapped)->size();

    // Segment header.
    auto header = parseSegmentHeader(data, size, seg.name);
    QVERIFY2(header.ok(), qPrintable(file));
    COMPARE_BYTES(qb(encodeSegmentHeader(header->header)), qb(data, header->framesStart), file + " header");
    ++s.headersRoundTripped;

    // SIDX footer, from its decoded entries (raw kinds).
    auto footer = readSidxFooter(data, size, seg.name);
    QVERIFY2(footer.ok(), qPrintable(file));
    uint64_t end = size;
    if (footer->present) {
      const SidxFooter& f = footer->footer;
      end = f.trailer.stringTableOffset;
      std::vector<SidxEntryInput> inputs;
      for (uint32_t i = 0; i < f.entryCount(); ++i) {
        const EntryRecord r = f.entry(i, seg.id);
        inputs.push_back(SidxEntryInput{r.eventId, std::string(r.entity), std::string(r.scope), f.rawKind(i),
                                        r.wallMs, r.clock, r.chain, r.offset, r.length, *r.globalSequence,
                                        r.correlationId, r.causationId});
      }
      COMPARE_BYTES(qb(encodeSidxFooter(end, inputs)), qb(data + end, size - end), file + " SIDX footer");
      ++s.footersRoundTripped;
      s.footerEntries += f.entryCount();
    }

    // Frames.
    uint64_t off = header->framesStart;
    bool torn = false;
    for (;;) {
      RawFrame raw;
      const FrameStatus st = readFrameAt(data, end, off, raw);
      if (st == FrameStatus::End) break;
      if (st == FrameStatus::CrcMismatch) {  // damaged on purpose: cannot round-trip
        s.crcBad.insert({file, off, raw.frameLen()});
        ++s.crcBadCount;
        off += raw.frameLen();
        continue;
      }
      if (st == FrameStatus::Truncated || st == FrameStatus::TooShort) {  // torn tail: not a frame
        s.torn.insert({file, off, st == FrameStatus::Truncated ? raw.frameLen() : 0});
        torn = true;
        ++s.tornCount;
        break;
      }
      QVERIFY2(st == FrameStatus::Ok,
               qPrintable(QString("%1 @%2: %3").arg(file).arg(off).arg(frameStatusText(st))));
      DecodedFrame fr;
      FrameDecodeError err;
      QVERIFY2(decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Bytes, fr, err),
               qPrintable(QString("%1 @%2: %3").arg(file).arg(off).arg(QString::fromStdString(err.message))));
      QCOMPARE(fr.payloadForm, PayloadForm::ByteArray);
      const std::vector<uint8_t> p = payloadBytes(raw.body, fr);
      const QByteArray original = qb(data + off, raw.frameLen());
      COMPARE_BYTES(qb(encodeFrame(fr.header, fr.hashChain, p.data(), p.size(), fr.entity, fr.scope)), original,
                    QString("%1 frame @%2").arg(file).arg(off));
      ++s.roundTripped;

      const uint16_t kind = fr.header.eventKind;
      if (isBatchMarkerKind(kind)) {
        (kind == kKindBatchBegin ? s.begins : s.commits)++;
        inBatch = kind == kKindBatchBegin;
        // The marker helper builds exactly batpak's marker header.
        QVERIFY(std::all_of(fr.header.eventId.bytes.begin(), fr.header.eventId.bytes.begin() + 8,
                            [](uint8_t b) { return b == 0; }));
        uint64_t batchId = 0;
        for (int i = 8; i < 16; ++i) batchId = (batchId << 8) | fr.header.eventId.bytes[i];
        const EventHeader h = batchMarkerHeader(kind, batchId, fr.header.timestampUs, fr.header.payloadSize);
        COMPARE_BYTES(qb(encodeFrame(h, std::nullopt, nullptr, 0, kBatchMarkerEntity, kBatchMarkerScope)), original,
                      QString("%1 marker @%2 via batchMarkerHeader").arg(file).arg(off));
        ++s.markersViaHelper;
      } else {
        (inBatch ? s.batchItems : s.singles)++;
        if (fr.header.causationId) ++s.withCausation;
        if (fr.header.flags) ++s.withFlags;
        if (fr.hashChain && isZero(fr.hashChain->eventHash) && !p.empty()) ++s.unhashedChains;
      }
      const uint8_t h = raw.body[fr.payloadValueOffset];
      s.payloadArrayHeaders.insert(h >= 0x90 && h <= 0x9f ? uint8_t(0x90) : h);
      off += raw.frameLen();
    }
    if (!torn)  // frames tile [framesStart, end) exactly
      QVERIFY2(off == end, qPrintable(QString("%1: frames end at %2, not at %3").arg(file).arg(off).arg(end)));
  }
}

// A view of the file system under which every segment is "long enough": the artifacts' own
// bytes are under test here, not whether the directory still matches their watermark
// (torn-tail-after-close cut the watermark segment, so batpak rejects its index.fbati).
class AnySegmentLengthFs : public FileSystem {
 public:
  bool isDirectory(const std::string& p) override { return base().isDirectory(p); }
  bool exists(const std::string& p) override { return base().exists(p); }
  Result<std::vector<DirEntry>> listDirectory(const std::string& d) override { return base().listDirectory(d); }
  Result<std::shared_ptr<const FileData>> mapFile(const std::string& p) override { return base().mapFile(p); }
  Result<uint64_t> fileSize(const std::string& p) override {
    if (p.size() > 5 && p.compare(p.size() - 5, 5, ".fbat") == 0 && base().exists(p))
      return std::numeric_limits<uint64_t>::max();
    return base().fileSize(p);
  }

 private:
  static FileSystem& base() { return FileSystem::posix(); }
};

struct ArtifactStats {
  QSet<QString> reencoded, skippedCrc;
};

}  // namespace

class FormatWriterTest : public QObject {
  Q_OBJECT

  static void addFixtureRows() {
    QTest::addColumn<QString>("fixture");
    const QStringList names = fixtureNames();
    QVERIFY2(names.size() >= 19, "expected the 19 batpak 0.5.0 fixtures");
    for (const QString& n : names) QTest::newRow(n.toUtf8().constData()) << n;
  }

  static void reencodeArtifacts(const QString& fixture, ArtifactStats& out) {
    const QString data = fixturesDir() + "/" + fixture + "/data";
    const std::string dir = data.toStdString();
    AnySegmentLengthFs fs;
    for (const QString& name : {QStringLiteral("index.fbati"), QStringLiteral("index.ckpt"),
                                QStringLiteral("visibility_ranges.fbv")}) {
      if (!QFile::exists(data + "/" + name)) continue;
      const QByteArray bytes = readBytes(data + "/" + name);
      QVERIFY(bytes.size() >= 12);
      const auto* d = reinterpret_cast<const uint8_t*>(bytes.constData());
      if (crc32(d + 12, bytes.size() - 12) != loadLE32(d + 8)) {  // damaged on purpose
        out.skippedCrc.insert(name);
        continue;
      }
      const QString what = fixture + "/" + name;
      if (name == "visibility_ranges.fbv") {
        const VisibilityLoad v = loadVisibilityRanges(fs, dir);
        QVERIFY2(v.present && !v.rejection, qPrintable(what));
        QVERIFY(!v.ranges.empty());
        COMPARE_BYTES(qb(encodeVisibilityRanges(v.ranges)), bytes, what);
        out.reencoded.insert(name);
        continue;
      }
      const bool mmap = name == "index.fbati";
      const SnapshotLoad load = mmap ? loadMmapSnapshot(fs, dir) : loadCheckpoint(fs, dir);
      QVERIFY2(load.snapshot, qPrintable(what + ": " + QString::fromStdString(load.rejection.error.toString())));
      const LoadedSnapshot& snap = *load.snapshot;
      QCOMPARE(snap.version, uint16_t(mmap ? 2 : 3));  // what 0.5.0 writes

      SnapshotContent c;
      c.watermarkSegmentId = snap.watermarkSegmentId;
      c.watermarkOffset = snap.watermarkOffset;
      c.allocator = snap.storedAllocator;
      c.interner = snap.interner;
      QVERIFY(!c.interner.empty());
      QCOMPARE(c.interner[0], std::string());
      std::unordered_map<std::string, uint32_t> ids;
      for (uint32_t i = 0; i < c.interner.size(); ++i)
        QVERIFY2(ids.emplace(c.interner[i], i).second, "interner strings are unique");
      for (size_t i = 0; i < snap.entryCount(); ++i) {
        const EntryRecord r = snap.entry(i);
        SnapshotEntryInput e;
        e.eventId = r.eventId;
        e.correlationId = r.correlationId;
        e.causationId = r.causationId;
        e.entity = std::string(r.entity);
        e.scope = std::string(r.scope);
        e.entityId = ids.at(e.entity);
        e.scopeId = ids.at(e.scope);
        // index.fbati kinds decode lossily: re-encode the raw u16; index.ckpt's is raw already.
        e.kind = mmap ? loadLE16(snap.file->data() + snap.fbatiEntryOffsets[i] + 24) : r.kind;
        e.wallMs = r.wallMs;
        e.clock = r.clock;
        e.chain = r.chain;
        e.segmentId = r.segmentId;
        e.offset = r.offset;
        e.length = r.length;
        e.globalSequence = *r.globalSequence;
        if (!mmap) {  // the ids as stored, too
          QCOMPARE(e.entityId, snap.checkpointEntries[i].entityId);
          QCOMPARE(e.scopeId, snap.checkpointEntries[i].scopeId);
        }
        c.entries.push_back(std::move(e));
      }
      // The routing summary recomputed from the entries is the one stored.
      const RoutingSummary routing = routingSummaryFor(c);
      QCOMPARE(routing.entryCount, uint64_t(c.entries.size()));
      QCOMPARE(routing.chunks.size(), snap.chunks.size());
      for (size_t k = 0; k < routing.chunks.size(); ++k) {
        QCOMPARE(routing.chunks[k].start, snap.chunks[k].start);
        QCOMPARE(routing.chunks[k].len, snap.chunks[k].len);
        QCOMPARE(routing.chunks[k].firstSequence, snap.chunks[k].firstSequence);
        QCOMPARE(routing.chunks[k].lastSequence, snap.chunks[k].lastSequence);
      }
      COMPARE_BYTES(qb(mmap ? encodeMmapIndex(c) : encodeCheckpoint(c)), bytes, what);
      out.reencoded.insert(name);
    }
  }

 private slots:
  // ── MsgpackWriter ──────────────────────────────────────────────────────────

  void uintBoundaries_data() {
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("0") << quint64(0) << QByteArray("00");
    QTest::newRow("127") << quint64(127) << QByteArray("7f");
    QTest::newRow("128") << quint64(128) << QByteArray("cc80");
    QTest::newRow("255") << quint64(255) << QByteArray("ccff");
    QTest::newRow("256") << quint64(256) << QByteArray("cd0100");
    QTest::newRow("65535") << quint64(65535) << QByteArray("cdffff");
    QTest::newRow("65536") << quint64(65536) << QByteArray("ce00010000");
    QTest::newRow("2^32-1") << quint64(0xffffffffull) << QByteArray("ceffffffff");
    QTest::newRow("2^32") << quint64(0x100000000ull) << QByteArray("cf0000000100000000");
    QTest::newRow("u64 max") << std::numeric_limits<quint64>::max() << QByteArray("cfffffffffffffffff");
  }
  void uintBoundaries() {
    QFETCH(quint64, value);
    QFETCH(QByteArray, hex);
    std::vector<uint8_t> out;
    MsgpackWriter(out).uint(value);
    QCOMPARE(qb(out).toHex(), hex);
    MsgpackReader r(out.data(), out.size());
    uint64_t back = 0;
    QVERIFY(r.readUInt(back));
    QCOMPARE(quint64(back), value);
    QVERIFY(r.atEnd());
  }

  void sintBoundaries_data() {
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QByteArray>("hex");
    // >= 0: the smallest UNSIGNED form (rmp-serde), never d0..d3.
    QTest::newRow("0") << qint64(0) << QByteArray("00");
    QTest::newRow("127") << qint64(127) << QByteArray("7f");
    QTest::newRow("128") << qint64(128) << QByteArray("cc80");
    QTest::newRow("255") << qint64(255) << QByteArray("ccff");
    QTest::newRow("256") << qint64(256) << QByteArray("cd0100");
    QTest::newRow("65535") << qint64(65535) << QByteArray("cdffff");
    QTest::newRow("65536") << qint64(65536) << QByteArray("ce00010000");
    QTest::newRow("2^32-1") << qint64(0xffffffffll) << QByteArray("ceffffffff");
    QTest::newRow("2^32") << qint64(0x100000000ll) << QByteArray("cf0000000100000000");
    QTest::newRow("i64 max") << std::numeric_limits<qint64>::max() << QByteArray("cf7fffffffffffffff");
    QTest::newRow("-1") << qint64(-1) << QByteArray("ff");
    QTest::newRow("-32") << qint64(-32) << QByteArray("e0");
    QTest::newRow("-33") << qint64(-33) << QByteArray("d0df");
    QTest::newRow("-128") << qint64(-128) << QByteArray("d080");
    QTest::newRow("-129") << qint64(-129) << QByteArray("d1ff7f");
    QTest::newRow("-32768") << qint64(-32768) << QByteArray("d18000");
    QTest::newRow("-32769") << qint64(-32769) << QByteArray("d2ffff7fff");
    QTest::newRow("i32 min") << qint64(INT32_MIN) << QByteArray("d280000000");
    QTest::newRow("i32 min - 1") << qint64(INT32_MIN) - 1 << QByteArray("d3ffffffff7fffffff");
    QTest::newRow("i64 min") << std::numeric_limits<qint64>::min() << QByteArray("d38000000000000000");
  }
  void sintBoundaries() {
    QFETCH(qint64, value);
    QFETCH(QByteArray, hex);
    std::vector<uint8_t> out;
    MsgpackWriter(out).sint(value);
    QCOMPARE(qb(out).toHex(), hex);
    MsgpackReader r(out.data(), out.size());
    int64_t back = 0;
    QVERIFY(r.readInt(back));
    QCOMPARE(qint64(back), value);
    QVERIFY(r.atEnd());
  }

  void strLengths_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("headerHex");
    QTest::newRow("0") << 0 << QByteArray("a0");
    QTest::newRow("31") << 31 << QByteArray("bf");
    QTest::newRow("32") << 32 << QByteArray("d920");
    QTest::newRow("255") << 255 << QByteArray("d9ff");
    QTest::newRow("256") << 256 << QByteArray("da0100");
    QTest::newRow("65535") << 65535 << QByteArray("daffff");
    QTest::newRow("65536") << 65536 << QByteArray("db00010000");
  }
  void strLengths() {
    QFETCH(int, length);
    QFETCH(QByteArray, headerHex);
    std::string s(size_t(length), 'x');
    for (int i = 0; i < length; ++i) s[size_t(i)] = char('a' + i % 26);
    std::vector<uint8_t> out;
    MsgpackWriter(out).str(s);
    const QByteArray bytes = qb(out);
    const QByteArray header = QByteArray::fromHex(headerHex);
    QCOMPARE(bytes.size(), header.size() + length);
    QCOMPARE(bytes.left(header.size()).toHex(), headerHex);
    QCOMPARE(bytes.mid(header.size()), QByteArray::fromStdString(s));
    MsgpackReader r(out.data(), out.size());
    std::string_view back;
    QVERIFY(r.readStr(back));
    QCOMPARE(std::string(back), s);
    QVERIFY(r.atEnd());
  }

  void containerHeaders_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("arrayHex");
    QTest::addColumn<QByteArray>("mapHex");
    QTest::newRow("0") << 0 << QByteArray("90") << QByteArray("80");
    QTest::newRow("15") << 15 << QByteArray("9f") << QByteArray("8f");
    QTest::newRow("16") << 16 << QByteArray("dc0010") << QByteArray("de0010");
    QTest::newRow("65535") << 65535 << QByteArray("dcffff") << QByteArray("deffff");
    QTest::newRow("65536") << 65536 << QByteArray("dd00010000") << QByteArray("df00010000");
  }
  void containerHeaders() {
    QFETCH(int, count);
    QFETCH(QByteArray, arrayHex);
    QFETCH(QByteArray, mapHex);
    std::vector<uint8_t> a, m;
    MsgpackWriter(a).arrayHeader(size_t(count));
    MsgpackWriter(m).mapHeader(size_t(count));
    QCOMPARE(qb(a).toHex(), arrayHex);
    QCOMPARE(qb(m).toHex(), mapHex);
    uint32_t n = 0;
    MsgpackReader ra(a.data(), a.size()), rm(m.data(), m.size());
    QVERIFY(ra.readArrayHeader(n));
    QCOMPARE(n, uint32_t(count));
    QVERIFY(rm.readMapHeader(n));
    QCOMPARE(n, uint32_t(count));
  }

  // Vec<u8>: the array header follows the same boundaries; every byte is a uint.
  void byteArrays_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("headerHex");
    QTest::newRow("0") << 0 << QByteArray("90");
    QTest::newRow("15") << 15 << QByteArray("9f");
    QTest::newRow("16") << 16 << QByteArray("dc0010");
    QTest::newRow("65535") << 65535 << QByteArray("dcffff");
    QTest::newRow("65536") << 65536 << QByteArray("dd00010000");
  }
  void byteArrays() {
    QFETCH(int, length);
    QFETCH(QByteArray, headerHex);
    std::vector<uint8_t> p(static_cast<size_t>(length));
    QByteArray expected = QByteArray::fromHex(headerHex);
    for (int i = 0; i < length; ++i) {
      p[size_t(i)] = uint8_t(i * 7);
      if (p[size_t(i)] >= 0x80) expected.append(char(0xcc));
      expected.append(char(p[size_t(i)]));
    }
    std::vector<uint8_t> out;
    MsgpackWriter(out).byteArray(p.data(), p.size());
    COMPARE_BYTES(qb(out), expected, "byteArray");
  }

  void binsIdsAndHashes() {
    auto enc = [](auto&& f) {
      std::vector<uint8_t> out;
      MsgpackWriter w(out);
      f(w);
      return qb(out);
    };
    const std::initializer_list<std::pair<int, const char*>> bins = {
        {0, "c400"}, {255, "c4ff"}, {256, "c50100"}, {65535, "c5ffff"}, {65536, "c600010000"}};
    for (auto [n, hex] : bins) {
      const std::vector<uint8_t> p(size_t(n), 0xab);
      const QByteArray b = enc([&](MsgpackWriter& w) { w.bin(p.data(), p.size()); });
      const QByteArray header = QByteArray::fromHex(hex);
      QCOMPARE(b.left(header.size()).toHex(), QByteArray(hex));
      QCOMPARE(b.mid(header.size()), QByteArray(n, char(0xab)));
    }
    Id128 id;
    QVERIFY(parseId128("01a211b2-0b5d-73ac-8cd1-653ccc7d90ea", id));
    QCOMPARE(enc([&](MsgpackWriter& w) { w.id128(id); }).toHex(),
             QByteArray("c41001a211b20b5d73ac8cd1653ccc7d90ea"));
    QCOMPARE(enc([&](MsgpackWriter& w) { w.optionalId128(id); }).toHex(),
             QByteArray("c41001a211b20b5d73ac8cd1653ccc7d90ea"));
    QCOMPARE(enc([&](MsgpackWriter& w) { w.optionalId128(std::nullopt); }).toHex(), QByteArray("c0"));
    Hash32 h{};
    h[0] = 0x3b; h[1] = 0xde; h[31] = 0x80;
    QCOMPARE(enc([&](MsgpackWriter& w) { w.hash32(h); }).toHex(),
             QByteArray("dc00203bccde") + QByteArray(29 * 2, '0') + QByteArray("cc80"));
    QCOMPARE(enc([](MsgpackWriter& w) { w.nil(); w.boolean(false); w.boolean(true); }).toHex(), QByteArray("c0c2c3"));
  }

  // ── Pure encoders on hand-made values ──────────────────────────────────────

  void segmentHeaderLayout() {
    const QByteArray h = qb(encodeSegmentHeader(SegmentHeader{1, 0, 1795593210717791333, 1}));
    // FORMAT.md §14.1
    QCOMPARE(h.toHex(), QByteArray("4642415400000031" "84a776657273696f6e01a5666c61677300"
                                   "aa637265617465645f6e73cf18eb3a82fdefe465"
                                   "aa7365676d656e745f696401"));
    QCOMPARE(qb(encodeSegmentHeader(SegmentHeader{1, 0, 5, 200})).toHex().right(4), QByteArray("ccc8"));
  }

  void recommendedChunkCounts() {
    QCOMPARE(recommendedRestoreChunkCount(0), uint64_t(1));
    QCOMPARE(recommendedRestoreChunkCount(1), uint64_t(1));
    QCOMPARE(recommendedRestoreChunkCount(65536), uint64_t(1));
    QCOMPARE(recommendedRestoreChunkCount(65537), uint64_t(2));
    QCOMPARE(recommendedRestoreChunkCount(65536ull * 32), uint64_t(32));
    QCOMPARE(recommendedRestoreChunkCount(65536ull * 32 + 1), uint64_t(32));
    QCOMPARE(recommendedRestoreChunkCount(65536ull * 1000), uint64_t(32));
  }

  void routingSummaryShape() {
    // Sequence order; entity runs over (entity bytes, wall_ms, clock, event_id).
    Id128 lo, hi;
    hi.bytes[0] = 1;
    const std::string e = "\xc3\xa9t\xc3\xa9";  // "été": sorts after ASCII bytewise
    std::vector<RoutingKey> keys = {
        {"b", 5, 0, lo, 10}, {"a", 9, 0, lo, 11}, {e, 1, 0, lo, 12}, {"a", 2, 7, hi, 13},
        {"a", 2, 7, lo, 14}, {"b", 5, 1, lo, 15}, {"z", 0, 0, lo, 16},
    };
    const RoutingSummary r = buildRoutingSummary(keys, 3);
    QCOMPARE(r.entryCount, uint64_t(7));
    QCOMPARE(r.chunkCount, uint64_t(3));
    QCOMPARE(r.chunks.size(), size_t(3));  // 7 = 3 + 2 + 2
    QCOMPARE(r.chunks[0].start, uint64_t(0)); QCOMPARE(r.chunks[0].len, uint64_t(3));
    QCOMPARE(r.chunks[0].firstSequence, uint64_t(10)); QCOMPARE(r.chunks[0].lastSequence, uint64_t(12));
    QCOMPARE(r.chunks[1].start, uint64_t(3)); QCOMPARE(r.chunks[1].len, uint64_t(2));
    QCOMPARE(r.chunks[2].start, uint64_t(5)); QCOMPARE(r.chunks[2].len, uint64_t(2));
    QCOMPARE(r.chunks[2].lastSequence, uint64_t(16));
    QCOMPARE(r.entityRuns.size(), size_t(4));
    // a: (2,7,lo)=14, (2,7,hi)=13, (9,..)=11
    QCOMPARE(r.entityRuns[0].entity, std::string("a"));
    QCOMPARE(r.entityRuns[0].start, uint64_t(0)); QCOMPARE(r.entityRuns[0].len, uint64_t(3));
    QCOMPARE(r.entityRuns[0].firstSequence, uint64_t(14)); QCOMPARE(r.entityRuns[0].lastSequence, uint64_t(11));
    QCOMPARE(r.entityRuns[1].entity, std::string("b"));
    QCOMPARE(r.entityRuns[1].firstSequence, uint64_t(10)); QCOMPARE(r.entityRuns[1].lastSequence, uint64_t(15));
    QCOMPARE(r.entityRuns[2].entity, std::string("z"));
    QCOMPARE(r.entityRuns[3].entity, e);
    QCOMPARE(r.entityRuns[3].start, uint64_t(6)); QCOMPARE(r.entityRuns[3].len, uint64_t(1));

    // More chunks than entries: empty chunks are dropped and chunk_count says so.
    const RoutingSummary few = buildRoutingSummary({keys[0], keys[1]}, 5);
    QCOMPARE(few.chunkCount, uint64_t(2));
    QCOMPARE(few.chunks[1].start, uint64_t(1));
    QCOMPARE(few.chunks[1].len, uint64_t(1));

    // No entries: no chunks, no runs.
    std::vector<uint8_t> out;
    MsgpackWriter w(out);
    writeRoutingSummary(w, buildRoutingSummary({}));
    QCOMPARE(qb(out), QByteArray("\x84\xab" "entry_count" "\x00\xab" "chunk_count" "\x00\xa6" "chunks" "\x90\xab"
                                 "entity_runs" "\x90", 48));
  }

  // batpak sorts the snapshot entries by global sequence, stably, before writing them.
  void snapshotEntriesSortedStably() {
    auto entry = [](uint8_t id, uint64_t seq, uint32_t clock) {
      SnapshotEntryInput e;
      e.eventId.bytes[15] = id;
      e.correlationId = e.eventId;
      e.entityId = 1;
      e.scopeId = 2;
      e.entity = "a";
      e.scope = "s";
      e.kind = 0x1001;
      e.clock = clock;
      e.globalSequence = seq;
      e.segmentId = 1;
      e.length = 100;
      return e;
    };
    const SnapshotEntryInput a = entry(1, 5, 0), b = entry(2, 1, 1), c = entry(3, 5, 2);
    auto content = [](std::vector<SnapshotEntryInput> entries) {
      SnapshotContent s;
      s.watermarkSegmentId = 1;
      s.watermarkOffset = 4096;
      s.allocator = 6;
      s.interner = {"", "a", "s"};
      s.entries = std::move(entries);
      return s;
    };
    const SnapshotContent unsorted = content({a, b, c}), sorted = content({b, a, c}), swapped = content({b, c, a});
    QCOMPARE(qb(encodeMmapIndex(unsorted)), qb(encodeMmapIndex(sorted)));
    QCOMPARE(qb(encodeCheckpoint(unsorted)), qb(encodeCheckpoint(sorted)));
    QVERIFY(encodeMmapIndex(sorted) != encodeMmapIndex(swapped));  // equal sequences keep input order
    QVERIFY(encodeCheckpoint(sorted) != encodeCheckpoint(swapped));
    const std::vector<uint8_t> f = encodeMmapIndex(unsorted);
    const uint64_t entriesAt = f.size() - 3 * kFbatiEntryBytes;
    QCOMPARE(loadLE64(f.data() + entriesAt + 122), uint64_t(1));
    QCOMPARE(int(f[entriesAt + 2 * kFbatiEntryBytes]), 3);  // event_id LE: low byte first (c)
    // The routing summary's entity may come from the interner.
    SnapshotContent noStrings = unsorted;
    for (SnapshotEntryInput& e : noStrings.entries) e.entity.clear(), e.scope.clear();
    QCOMPARE(qb(encodeCheckpoint(noStrings)), qb(encodeCheckpoint(unsorted)));
    const RoutingSummary r = routingSummaryFor(noStrings);
    QCOMPARE(r.entityRuns.size(), size_t(1));
    QCOMPARE(r.entityRuns[0].entity, std::string("a"));
    QCOMPARE(r.entityRuns[0].len, uint64_t(3));
    QCOMPARE(r.entityRuns[0].firstSequence, uint64_t(5));  // clock 0 = a, although b has sequence 1
    QCOMPARE(r.entityRuns[0].lastSequence, uint64_t(5));   // clock 2 = c
  }

  void visibilityRangesNormalizeAndDelete() {
    const std::vector<uint8_t> f = encodeVisibilityRanges({{10, 12}, {5, 3}, {0, 2}, {2, 4}});
    QByteArray body = QByteArray::fromHex("81a672616e67657392"
                                          "82a5737461727400a3656e6404"
                                          "82a573746172740aa3656e640c");
    QByteArray expected = QByteArray("FBATVR") + QByteArray::fromHex("0100");
    const uint32_t crc = crc32(reinterpret_cast<const uint8_t*>(body.constData()), body.size());
    for (int i = 0; i < 4; ++i) expected.append(char(crc >> (8 * i)));
    COMPARE_BYTES(qb(f), expected + body, "visibility_ranges.fbv");
    QVERIFY(encodeVisibilityRanges({}).empty());
    QVERIFY(encodeVisibilityRanges({{7, 7}, {9, 1}}).empty());
  }

  void sidxFooterInternsEntityBeforeScope() {
    SidxEntryInput a;
    a.entity = "s";  // also used as a scope later: one shared table
    a.scope = "x";
    SidxEntryInput b;
    b.entity = "e";
    b.scope = "s";
    b.causationId = Id128{};
    b.causationId->bytes[15] = 1;
    const QByteArray f = qb(encodeSidxFooter(1000, {a, b}));
    QCOMPARE(f.size(), 1 + 2 * 3 + 2 * 154 + 16);
    QCOMPARE(f.left(7), QByteArray("\x93\xa1s\xa1x\xa1" "e", 7));
    const auto* e1 = reinterpret_cast<const uint8_t*>(f.constData()) + 7 + 154;
    QCOMPARE(loadLE32(e1 + 16), 2u);   // "e"
    QCOMPARE(loadLE32(e1 + 20), 0u);   // "s"
    QCOMPARE(int(e1[138]), 1);         // causation u128 LE: low byte first
    QCOMPARE(f.right(16).toHex(), QByteArray("e803000000000000" "02000000" "53494458"));
    // Empty footer (clean close right after open): 90 + trailer.
    QCOMPARE(qb(encodeSidxFooter(57, {})).toHex(), QByteArray("90" "3900000000000000" "00000000" "53494458"));
  }

  // ── Fixtures ───────────────────────────────────────────────────────────────

  void fixtureDamageIsUnderstood_data() { addFixtureRows(); }
  void fixtureDamageIsUnderstood() {
    QFETCH(QString, fixture);
    const Damage d = readDamage(fixture);
    QVERIFY2(d.unrecognized.isEmpty(), qPrintable(d.unrecognized.join("; ")));
    for (const auto& [file, size] : d.truncatedTo)
      QCOMPARE(uint64_t(QFileInfo(fixturesDir() + "/" + fixture + "/data/" + file).size()), size);
  }

  // Every frame (single appends, batch items, BEGIN/COMMIT markers), every segment header
  // and every SIDX footer re-encodes byte for byte.
  void segmentsRoundTrip_data() { addFixtureRows(); }
  void segmentsRoundTrip() {
    QFETCH(QString, fixture);
    FrameStats s;
    walkFixture(fixture, s);
    if (QTest::currentTestFailed()) return;
    const QJsonObject expected = readExpected(fixture);
    QVERIFY(!expected.isEmpty());
    const QJsonObject physical = expected["physical_frames"].toObject();

    // Frames that could not round-trip are exactly the damaged ones …
    const Damage damage = readDamage(fixture);
    QVERIFY(damage.crcBadFrames == s.crcBad);
    QVERIFY(damage.tornFrames == s.torn);
    if (fixture == "corrupt-crc" || fixture == "corrupt-crc-rebuild") QCOMPARE(s.crcBad.size(), size_t(1));
    // … and batpak's own static walk agrees.
    std::set<FramePlace> oracleCrcBad, oracleTorn;
    uint64_t footers = 0, headers = 0;
    for (const QJsonValue sv : expected["segments"].toArray()) {
      const QJsonObject seg = sv.toObject();
      const QString file = seg["file"].toString();
      for (const QJsonValue cv : seg["crc_mismatch_frames"].toArray())
        oracleCrcBad.insert({file, uint64_t(cv["offset"].toInteger()), uint64_t(cv["length"].toInteger())});
      if (seg["frame_walk_stopped"].isObject())
        oracleTorn.insert({file, uint64_t(seg["frame_walk_stopped"]["offset"].toInteger()), 0});
      if (seg["has_sidx_footer"].toBool()) ++footers;
      if (seg["header"].isObject()) ++headers;
    }
    QVERIFY(oracleCrcBad == s.crcBad);
    std::set<FramePlace> tornOffsets;
    for (FramePlace t : s.torn) { t.length = 0; tornOffsets.insert(t); }
    QVERIFY(oracleTorn == tornOffsets);

    QCOMPARE(s.roundTripped, uint64_t(physical["total"].toInteger()));
    QCOMPARE(s.begins, uint64_t(physical["batch_begin_markers"].toInteger()));
    QCOMPARE(s.commits, uint64_t(physical["batch_commit_markers"].toInteger()));
    QCOMPARE(s.singles + s.batchItems, uint64_t(physical["event_frames"].toInteger()));
    QCOMPARE(s.markersViaHelper, s.begins + s.commits);
    QCOMPARE(s.headersRoundTripped, headers);
    QCOMPARE(s.footersRoundTripped, footers);
    QVERIFY(s.roundTripped > 0);
  }

  // Across all fixtures the round trip met every frame shape the format has.
  void roundTripCoversEveryFrameShape() {
    FrameStats s;
    for (const QString& f : fixtureNames()) {
      walkFixture(f, s);
      if (QTest::currentTestFailed()) return;
    }
    QVERIFY(s.singles > 0);
    QVERIFY(s.batchItems > 0);
    QVERIFY(s.begins > 0);
    QVERIFY(s.commits > 0);
    QVERIFY(s.withCausation > 0);
    QVERIFY(s.withFlags > 0);
    QVERIFY(s.unhashedChains > 0);
    QVERIFY(s.payloadArrayHeaders.count(0x90));  // fixarray (incl. the empty marker payload)
    QVERIFY(s.payloadArrayHeaders.count(0xdc));
    QVERIFY(s.payloadArrayHeaders.count(0xdd));  // the 100 KiB payloads
    QCOMPARE(s.crcBadCount, uint64_t(2));  // corrupt-crc, corrupt-crc-rebuild
    QCOMPARE(s.tornCount, uint64_t(2));    // torn-tail, torn-tail-after-close
    QVERIFY(s.footerEntries > 0);
  }

  // index.fbati, index.ckpt and visibility_ranges.fbv re-encode byte for byte from their
  // decoded content (routing summary recomputed); only CRC-damaged ones are skipped.
  void artifactsRoundTrip_data() { addFixtureRows(); }
  void artifactsRoundTrip() {
    QFETCH(QString, fixture);
    ArtifactStats a;
    reencodeArtifacts(fixture, a);
    if (QTest::currentTestFailed()) return;
    const Damage damage = readDamage(fixture);
    QCOMPARE(a.skippedCrc, damage.damagedArtifacts);
    QSet<QString> present;
    for (const QString& n : {QStringLiteral("index.fbati"), QStringLiteral("index.ckpt"), QStringLiteral("visibility_ranges.fbv")})
      if (QFile::exists(fixturesDir() + "/" + fixture + "/data/" + n)) present.insert(n);
    QCOMPARE(a.reencoded + a.skippedCrc, present);
    QVERIFY((a.reencoded & a.skippedCrc).isEmpty());
  }

  void artifactsCoverage() {
    QMap<QString, int> reencoded;
    QSet<QString> skipped;
    for (const QString& f : fixtureNames()) {
      ArtifactStats a;
      reencodeArtifacts(f, a);
      if (QTest::currentTestFailed()) return;
      for (const QString& n : a.reencoded) reencoded[n]++;
      for (const QString& n : a.skippedCrc) skipped.insert(f + "/" + n);
    }
    QVERIFY(reencoded["index.fbati"] > 0);
    QVERIFY(reencoded["index.ckpt"] > 0);
    QVERIFY(reencoded["visibility_ranges.fbv"] > 0);
    QCOMPARE(skipped, (QSet<QString>{"corrupt-both/index.fbati", "corrupt-both/index.ckpt",
                                     "corrupt-checkpoint/index.ckpt", "corrupt-snapshot/index.fbati"}));
  }
};

QTEST_GUILESS_MAIN(FormatWriterTest)
#include "format_writer_test.moc"
