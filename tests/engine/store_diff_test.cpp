// diffStores and `batscope-cli diff`: stores the Batscope writer makes and then changes the
// ways issue 14 names (appends, a payload byte changed with its hash left, a payload changed
// and re-hashed, a truncated last segment, a fence cancelled on one side), and every fixture
// against itself and against its archive.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "batscope/analysis/store_diff.h"
#include "batscope/archive/archive.h"
#include "batscope/codec/blake3.h"
#include "batscope/format/frame_layout.h"
#include "damage_test_support.h"
#include "store_test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// A store written with a seeded writer and a synthetic clock: the same calls give the same
// bytes. `fence`: the last `fenced` events go inside a fence, committed or cancelled.
enum class Fence { None, Commit, Cancel };
bool writeStore(const QString& dir, int events, uint64_t seed, Fence fence = Fence::None, int fenced = 0) {
  int64_t clock = 1767225600000000;
  StoreConfig cfg;
  cfg.seed = seed;
  cfg.clockUs = [&clock] { return clock += 1000; };
  cfg.segmentMaxBytes = 16 << 10;  // several segments
  auto store = Store::open(dir.toStdString(), cfg);
  if (!store) return false;
  for (int i = 0; i < events; ++i) {
    if (fence != Fence::None && i == events - fenced && !(*store)->beginFence()) return false;
    const std::string entity = "account:" + std::to_string(i % 7);
    if (!(*store)->append(entity, "billing", 0x1001, payloadOf(uint64_t(i), 40))) return false;
  }
  if (fence == Fence::Commit && !(*store)->commitFence()) return false;
  if (fence == Fence::Cancel && !(*store)->cancelFence()) return false;
  return bool((*store)->close());
}

// Appends `events` more to the store at `dir` (reopened, as a live store goes on).
bool appendMore(const QString& dir, int events) {
  StoreConfig cfg;
  cfg.seed = 99;
  cfg.segmentMaxBytes = 16 << 10;
  auto store = Store::open(dir.toStdString(), cfg);
  if (!store) return false;
  for (int i = 0; i < events; ++i)
    if (!(*store)->append("account:" + std::to_string(i % 3), "billing", 0x1001, payloadOf(uint64_t(i), 40))) return false;
  return bool((*store)->close());
}

struct DiffOpened {
  std::shared_ptr<DataDir> dir;
  std::shared_ptr<Index> index;
};

DiffOpened openSide(const QString& path, RestorePathChoice choice = RestorePathChoice::Mmap) {
  DiffOpened o;
  o.dir = *DataDir::open(path.toStdString());
  o.index = restoreOrFatal(o.dir, choice).index;
  return o;
}

StoreDiff diffOf(const DiffOpened& a, const DiffOpened& b) {
  ThreadPoolExecutor pool(2);
  return diffStores(DiffSide{a.dir.get(), a.index.get()}, DiffSide{b.dir.get(), b.index.get()}, &pool);
}

// The tampering tests' victim: the `nth` event frame of the store, and a payload byte that can
// change without changing the frame's length.
struct Victim {
  QString file;
  WalkedFrame frame;
  uint64_t payloadByte = 0;  // file offset
  DecodedFrame decoded;
  QByteArray bytes;  // the whole segment file
};

bool findVictim(const QString& dir, int nth, Victim& v) {
  auto d = DataDir::open(dir.toStdString());
  if (!d) return false;
  const StoreWalk walk = walkStore(**d);
  int seen = 0;
  for (const SegmentWalk& s : walk.segments)
    for (const WalkedFrame& f : s.frames) {
      if (!f.decoded || isBatchMarkerKind(f.kind) || seen++ < nth) continue;
      v.file = dir + "/" + QString::fromStdString(s.file.name);
      v.frame = f;
      v.bytes = readBytes(v.file);
      const uint8_t* frame = reinterpret_cast<const uint8_t*>(v.bytes.constData()) + f.offset;
      FrameDecodeError err;
      if (!decodeFrameBody(frame + 8, f.length - 8, PayloadMode::Any, v.decoded, err)) return false;
      const std::optional<uint64_t> at = oneBytePayloadByte(frame, f.length);
      if (!at) return false;
      v.payloadByte = f.offset + *at;
      return true;
    }
  return false;
}

void fixCrc(QByteArray& bytes, const WalkedFrame& f) {
  resealFrame(reinterpret_cast<uint8_t*>(bytes.data()) + f.offset, f.length);
}

const EntityDiff* entityNamed(const StoreDiff& d, const std::string& name) {
  for (const EntityDiff& e : d.entities)
    if (e.entity == name) return &e;
  return nullptr;
}

// A 300-event store at `a` and its copy at `b` where one payload bit of the 120th event frame
// is flipped (hashes left as they were; its CRC fixed or not).
bool writeTwinWithPayloadBitFlipped(const QString& a, const QString& b, bool fixCrcToo, Victim& v) {
  if (!writeStore(a, 300, 7) || !copyDataDir(a, b) || !findVictim(b, 120, v)) return false;
  v.bytes[qsizetype(v.payloadByte)] = char(uint8_t(v.bytes[qsizetype(v.payloadByte)]) ^ 1);
  if (fixCrcToo) fixCrc(v.bytes, v.frame);
  return writeBytes(v.file, v.bytes);
}

}  // namespace

class StoreDiffTest : public QObject {
  Q_OBJECT
 private slots:
  // A store against itself, and against its own archive: identical, every entity settled.
  void fixtureAgainstItselfAndItsArchive_data() {
    QTest::addColumn<QString>("fixture");
    for (const QString& f : allFixtures()) QTest::newRow(f.toUtf8().constData()) << f;
  }
  void fixtureAgainstItselfAndItsArchive() {
    QFETCH(QString, fixture);
    const DiffOpened a = openSide(fixtureData(fixture)), b = openSide(fixtureData(fixture));
    const StoreDiff same = diffOf(a, b);
    QVERIFY2(same.identical(), storeDiffText(same).c_str());
    QCOMPARE(same.entitiesWith(EntityDiff::Verdict::Identical), same.entities.size());
    QCOMPARE(same.eventsA, uint64_t(a.index->visibleRows().size()));

    QTemporaryDir tmp;
    const std::string archivePath = tmp.filePath("store.batpak.tar.zst").toStdString();
    QVERIFY(createArchive(fixtureData(fixture).toStdString(), archivePath));
    auto archive = openArchive(archivePath);
    QVERIFY(archive);
    const StoreDiff againstArchive = diffOf(a, openSide(QString::fromStdString((*archive)->dataDir())));
    QVERIFY2(againstArchive.identical(), storeDiffText(againstArchive).c_str());
  }

  // A comparison abandoned before it starts says so and finds nothing; one let run does not.
  void cancelStopsTheComparison() {
    const DiffOpened a = openSide(fixtureData(QStringLiteral("multi-segment"))),
                     b = openSide(fixtureData(QStringLiteral("multi-segment")));
    ThreadPoolExecutor pool(2);
    std::atomic<bool> cancel{true};
    const StoreDiff abandoned = diffStores(DiffSide{a.dir.get(), a.index.get()}, DiffSide{b.dir.get(), b.index.get()}, &pool, &cancel);
    QVERIFY(abandoned.cancelled);
    QCOMPARE(abandoned.onlyInACount + abandoned.onlyInBCount + abandoned.bytesDifferCount, uint64_t(0));
    cancel = false;
    const StoreDiff whole = diffStores(DiffSide{a.dir.get(), a.index.get()}, DiffSide{b.dir.get(), b.index.get()}, &pool, &cancel);
    QVERIFY(!whole.cancelled);
    QVERIFY(whole.identical());
  }

  // B is A with events appended (a live store against last week's copy).
  void appendsExtendTheChains() {
    QTemporaryDir tmp;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b");
    QVERIFY(writeStore(a, 300, 7));
    QVERIFY(copyDataDir(a, b));
    QVERIFY(appendMore(b, 30));
    const StoreDiff d = diffOf(openSide(a), openSide(b));
    QVERIFY(!d.identical());
    QCOMPARE(d.onlyInACount, uint64_t(0));
    QCOMPARE(d.onlyInBCount, uint64_t(30));
    QCOMPARE(d.bytesDifferCount, uint64_t(0));
    QCOMPARE(d.renumberedCount, uint64_t(0));
    QCOMPARE(d.entitiesWith(EntityDiff::Verdict::Diverged), size_t(0));
    QCOMPARE(d.entitiesWith(EntityDiff::Verdict::BExtendsA), size_t(3));  // account:0..2 got more
    QCOMPARE(d.entitiesWith(EntityDiff::Verdict::Identical), size_t(4));
    const EntityDiff* e = entityNamed(d, "account:0");
    QVERIFY(e && e->b && !e->a);
    QCOMPARE(e->commonPrefix, e->eventsA);
    QCOMPARE(e->eventsB, e->eventsA + 10);
    // The other way round: A extends B.
    const StoreDiff r = diffOf(openSide(b), openSide(a));
    QCOMPARE(r.entitiesWith(EntityDiff::Verdict::AExtendsB), size_t(3));
    QCOMPARE(r.onlyInACount, uint64_t(30));
  }

  // One payload byte changed, the hashes left and the CRC fixed: the same event id with other
  // bytes, and its entity diverges there.
  void payloadChangedHashLeft() {
    QTemporaryDir tmp;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b");
    Victim v;
    QVERIFY(writeTwinWithPayloadBitFlipped(a, b, /*fixCrc=*/true, v));
    const StoreDiff d = diffOf(openSide(a), openSide(b));
    QCOMPARE(d.bytesDifferCount, uint64_t(1));
    QCOMPARE(hexEncode(d.bytesDiffer.at(0).a.eventId), hexEncode(v.frame.eventId));
    QCOMPARE(d.onlyInACount + d.onlyInBCount, uint64_t(0));
    QCOMPARE(d.entitiesWith(EntityDiff::Verdict::Diverged), size_t(1));
    const EntityDiff* e = entityNamed(d, std::string(v.decoded.entity));
    QVERIFY(e);
    QCOMPARE(QString(entityVerdictName(e->verdict)), QString("diverged"));
    QCOMPARE(QString::fromStdString(e->difference), QString("frame bytes"));
    QCOMPARE(hexEncode(e->a->eventId), hexEncode(v.frame.eventId));
    // Side by side, the fields that differ are the payload and the frame's CRC.
    const DiffOpened sa = openSide(a), sb = openSide(b);
    QStringList differing;
    for (const DiffField& f : compareEventFields(*sa.dir, *e->a, *sb.dir, *e->b))
      if (f.differs) differing << QString::fromStdString(f.name);
    QCOMPARE(differing, QStringList({"payload", "crc32"}));
  }

  // The same byte changed without fixing the CRC: B's frame does not read, and the side by
  // side says so first, not after every field only A has.
  void payloadChangedCrcLeft() {
    QTemporaryDir tmp;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b");
    Victim v;
    QVERIFY(writeTwinWithPayloadBitFlipped(a, b, /*fixCrc=*/false, v));
    const DiffOpened sa = openSide(a), sb = openSide(b);
    const StoreDiff d = diffOf(sa, sb);
    const EntityDiff* e = entityNamed(d, std::string(v.decoded.entity));
    QVERIFY(e && e->a && e->b);
    QCOMPARE(QString(entityVerdictName(e->verdict)), QString("diverged"));
    const std::vector<DiffField> fields = compareEventFields(*sa.dir, *e->a, *sb.dir, *e->b);
    QVERIFY(!fields.empty());
    QCOMPARE(QString::fromStdString(fields.front().name), QString("frame"));
    QVERIFY(fields.front().differs && fields.front().a.empty());
    QVERIFY2(QString::fromStdString(fields.front().b).startsWith("unreadable: "), fields.front().b.c_str());
  }

  // A payload changed and its event_hash recomputed (the chain's next prev_hash no longer
  // names it): read from the frames (--path scan), the chains diverge on their hashes.
  void payloadChangedAndRehashed() {
    QTemporaryDir tmp;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b");
    QVERIFY(writeStore(a, 300, 7));
    QVERIFY(copyDataDir(a, b));
    // A victim whose new hash packs into as many bytes as the old one (the frame keeps its length).
    Victim v;
    bool done = false;
    for (int nth = 50; nth < 250 && !done; ++nth) {
      if (!findVictim(b, nth, v) || !v.decoded.hashChain) continue;
      QByteArray changed = v.bytes;
      changed[qsizetype(v.payloadByte)] = char(uint8_t(changed[qsizetype(v.payloadByte)]) ^ 1);
      const uint8_t* body = reinterpret_cast<const uint8_t*>(changed.constData()) + v.frame.offset + 8;
      const Hash32 fresh = blake3(payloadBytes(body, v.decoded).data(), payloadBytes(body, v.decoded).size());
      auto packed = [](const Hash32& h) {
        std::vector<uint8_t> out{0xdc, 0x00, 0x20};
        for (uint8_t x : h) {
          if (x >= 0x80) out.push_back(0xcc);
          out.push_back(x);
        }
        return out;
      };
      const std::vector<uint8_t> oldHash = packed(v.decoded.hashChain->eventHash), newHash = packed(fresh);
      if (oldHash.size() != newHash.size()) continue;
      const QByteArray frame = changed.mid(qsizetype(v.frame.offset), v.frame.length);
      const qsizetype at = frame.lastIndexOf(QByteArray(reinterpret_cast<const char*>(oldHash.data()), qsizetype(oldHash.size())));
      if (at < 0) continue;
      changed.replace(qsizetype(v.frame.offset) + at, qsizetype(newHash.size()),
                      QByteArray(reinterpret_cast<const char*>(newHash.data()), qsizetype(newHash.size())));
      fixCrc(changed, v.frame);
      QVERIFY(writeBytes(v.file, changed));
      done = true;
    }
    QVERIFY(done);
    const StoreDiff d = diffOf(openSide(a, RestorePathChoice::Scan), openSide(b, RestorePathChoice::Scan));
    QCOMPARE(d.bytesDifferCount, uint64_t(1));
    QCOMPARE(d.entitiesWith(EntityDiff::Verdict::Diverged), size_t(1));
    const EntityDiff* e = entityNamed(d, std::string(v.decoded.entity));
    QVERIFY(e);
    QCOMPARE(QString::fromStdString(e->difference), QString("hashes"));
    QCOMPARE(hexEncode(e->b->eventId), hexEncode(v.frame.eventId));
  }

  // The last segment cut inside a frame: the events it held are missing (or unreadable) in B.
  void truncatedLastSegment() {
    QTemporaryDir tmp;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b");
    QVERIFY(writeStore(a, 300, 7));
    QVERIFY(copyDataDir(a, b));
    auto d0 = DataDir::open(b.toStdString());
    QVERIFY(d0);
    const SegmentWalk last = walkStore(**d0).segments.back();
    QVERIFY(last.frames.size() > 2);
    const WalkedFrame& cut = last.frames[last.frames.size() - 2];  // its footer and two frames go
    QFile f(b + "/" + QString::fromStdString(last.file.name));
    QVERIFY(f.resize(qint64(cut.offset + cut.length / 2)));
    QVERIFY(QFile::remove(b + "/index.fbati"));  // no snapshot that still lists them
    QVERIFY(!QFile::exists(b + "/index.ckpt") || QFile::remove(b + "/index.ckpt"));
    const StoreDiff d = diffOf(openSide(a), openSide(b));
    QVERIFY(!d.identical());
    QVERIFY(d.onlyInACount >= 1);
    QCOMPARE(d.onlyInBCount, uint64_t(0));
    QCOMPARE(d.entitiesWith(EntityDiff::Verdict::Diverged), size_t(0));
    QVERIFY(d.entitiesWith(EntityDiff::Verdict::AExtendsB) >= 1);
  }

  // The same writes, the last ten inside a fence committed in A and cancelled in B.
  void fenceCancelledOnOneSide() {
    QTemporaryDir tmp;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b");
    QVERIFY(writeStore(a, 200, 7, Fence::Commit, 10));
    QVERIFY(writeStore(b, 200, 7, Fence::Cancel, 10));
    const StoreDiff d = diffOf(openSide(a), openSide(b));
    QCOMPARE(d.visibilityDiffersCount, uint64_t(10));
    QCOMPARE(d.onlyInACount + d.onlyInBCount, uint64_t(0));
    QCOMPARE(d.bytesDifferCount, uint64_t(0));
    QCOMPARE(d.entitiesWith(EntityDiff::Verdict::Diverged), size_t(0));
    QVERIFY(d.entitiesWith(EntityDiff::Verdict::AExtendsB) >= 1);
    for (const DiffPair& p : d.visibilityDiffers) {
      QVERIFY(p.a.visible);
      QVERIFY(!p.b.visible);
    }
  }

  // The CLI: text and JSON, exit 0 when identical and 1 when not; an archive as a side.
  void cli() {
    QTemporaryDir tmp;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b");
    QVERIFY(writeStore(a, 200, 7));
    QVERIFY(copyDataDir(a, b));
    QVERIFY(appendMore(b, 5));
    const ProcessResult same = runCli({"diff", a, a});
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.contains("The stores hold the same events."));
    const ProcessResult differ = runCli({"diff", a, b, "--format", "json"});
    QCOMPARE(differ.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(differ.out).object();
    QCOMPARE(root.value("identical").toBool(), false);
    QCOMPARE(root.value("only_in_b_count").toInt(), 5);
    QVERIFY(root.value("entities").toArray().size() >= 7);
    const QString archive = tmp.filePath("a.batpak.tar.zst");
    QVERIFY(createArchive(a.toStdString(), archive.toStdString()));
    QCOMPARE(runCli({"diff", archive, a}).exitCode, 0);
    QCOMPARE(runCli({"diff", a, tmp.filePath("missing")}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(StoreDiffTest)
#include "store_diff_test.moc"
