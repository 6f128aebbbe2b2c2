// verifyChains and batpakChainVerdicts check links in written (or global) order across all
// entities at once, in parallel chunks, and take the true view's payload verdicts where it
// hashed a frame. Here both are held against plain reference walks, one entity at a time with
// a fresh read of every frame (the definitions in hash_chain.h, written the simplest way), on
// every fixture and on deterministic damaged copies: flipped bytes with and without the
// frame's CRC fixed up (so a tampered payload or hash still reads), and swapped frames.
#include <QtTest>

#include <map>
#include <random>
#include <unordered_map>

#include "batscope/analysis/hash_chain.h"
#include "batscope/codec/blake3.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/restore/event_reader.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

QString hex(const Hash32& h) { return QByteArray(reinterpret_cast<const char*>(h.data()), 32).toHex(); }
QString hex(const Id128& id) { return QString::fromStdString(hexEncode(id)); }

// Everything a chain report says, one line per fact, for comparing two reports.
QStringList describe(const ChainReport& r) {
  QStringList out{QString("links %1 bytes %2").arg(r.links).arg(r.payloadBytesHashed)};
  for (const EntityChain& c : r.entities) {
    out << QString("%1 %2 links %3 unhashed %4 restarts %5 breaks %6")
               .arg(QString::fromStdString(c.entity), chainStatusName(c.status))
               .arg(c.links).arg(c.unhashedLinks).arg(c.restarts).arg(c.breakCount);
    for (uint64_t s : c.restartSequences) out << QString("  restart %1").arg(s);
    for (const ChainFork& f : c.forks)
      out << QString("  fork %1 gs %2 %3@%4 parent %5/%6 adjacent %7/%8")
                 .arg(hex(f.eventId)).arg(f.globalSequence).arg(QString::fromStdString(f.file)).arg(f.offset)
                 .arg(hex(f.parentEventId)).arg(f.parentGlobalSequence).arg(hex(f.adjacentEventId)).arg(f.adjacentGlobalSequence);
    if (const auto& b = c.firstBreak)
      out << QString("  break %1 gs %2 %3@%4 %5 stored %6/%7 expected %8 recomputed %9")
                 .arg(hex(b->eventId)).arg(b->globalSequence).arg(QString::fromStdString(b->file)).arg(b->offset)
                 .arg(QString::fromStdString(b->reason), hex(b->storedPrevHash), hex(b->storedEventHash),
                      hex(b->expectedPrevHash), b->recomputedHash ? hex(*b->recomputedHash) : QString("-"));
  }
  return out;
}

QStringList describe(const std::vector<BatpakChainVerdict>& verdicts) {
  QStringList out;
  for (const BatpakChainVerdict& v : verdicts)
    out << QString("%1 events %2 %3 %4 %5 %6")
               .arg(QString::fromStdString(v.entity)).arg(v.events).arg(v.intact ? "intact" : "broken")
               .arg(v.firstBreakGlobalSequence ? QString::number(*v.firstBreakGlobalSequence) : "-")
               .arg(v.firstBreakEventId ? hex(*v.firstBreakEventId) : "-", QString::fromStdString(v.reason));
  return out;
}

// The reference chain walk: each entity's links (chainLinksOf) one after another, every frame
// read afresh; an event_hash -> link map of the links seen so far finds a fork's parent.
EntityChain referenceEntity(const DataDir& dir, const std::string& entity, const std::vector<ChainLink>& links,
                            uint64_t& bytes) {
  EntityChain chain;
  chain.entity = entity;
  Hash32 expected{};
  const ChainLink* previous = nullptr;
  bool sawHashed = false;
  std::map<Hash32, const ChainLink*> seen;
  for (const ChainLink& l : links) {
    const IndexEntry& e = l.index->entry(l.row);
    const Id128 id = l.index->eventId(l.row);
    const HashChain stored = l.index->hashChain(l.row);
    ++chain.links;
    auto advance = [&] {
      seen.emplace(stored.eventHash, &l);
      expected = stored.eventHash;
      previous = &l;
    };
    auto breakHere = [&](const char* reason, std::optional<Hash32> recomputed) {
      ++chain.breakCount;
      if (!chain.firstBreak)
        chain.firstBreak = ChainBreak{entity, id, e.globalSequence, segmentFileName(e.segmentId), e.offset, reason,
                                      stored.prevHash, expected, stored.eventHash, recomputed, e.segmentId};
    };
    if (isZero(stored.prevHash) && isZero(stored.eventHash)) {
      ++chain.unhashedLinks;
      advance();
      continue;
    }
    const FrameRead fr = readFrameAtPosition(dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
    if (!fr.ok || fr.frame.header.eventId != id) {
      breakHere("payload unreadable", std::nullopt);
      advance();
      continue;
    }
    sawHashed = true;
    bytes += fr.payload.size();
    const Hash32 recomputed = blake3(fr.payload.data(), fr.payload.size());
    if (stored.prevHash != expected) {
      const auto parent = seen.find(stored.prevHash);
      if (isZero(stored.prevHash) && e.clock == 0) {
        ++chain.restarts;
        chain.restartSequences.push_back(e.globalSequence);
      } else if (parent != seen.end() && previous) {
        const ChainLink& p = *parent->second;
        chain.forks.push_back(ChainFork{id, e.globalSequence, segmentFileName(e.segmentId), e.offset,
                                        p.index->eventId(p.row), p.index->entry(p.row).globalSequence,
                                        previous->index->eventId(previous->row),
                                        previous->index->entry(previous->row).globalSequence});
      } else {
        breakHere("prev_hash mismatch", recomputed);
        advance();
        continue;
      }
    }
    if (recomputed != stored.eventHash) breakHere("event_hash != blake3(payload)", recomputed);
    advance();
  }
  chain.status = chain.breakCount ? EntityChain::Status::Broken
                 : (!sawHashed && chain.unhashedLinks) ? EntityChain::Status::Unhashed
                                                       : EntityChain::Status::Verified;
  std::sort(chain.restartSequences.begin(), chain.restartSequences.end());
  return chain;
}

ChainReport referenceChains(const DataDir& dir, const Index& faithful, const Index& truth) {
  std::map<std::string, bool> names;
  for (uint32_t r = 0; r < truth.entryCount(); ++r)
    if (!truth.isSuperseded(r)) names[std::string(truth.entity(r))] = true;
  for (uint32_t r = 0; r < faithful.entryCount(); ++r)
    if (!faithful.isSuperseded(r) && truth.findById(faithful.eventId(r)) == Index::kNoRow)
      names[std::string(faithful.entity(r))] = true;
  ChainReport report;
  for (const auto& [name, _] : names) {
    const std::vector<ChainLink> links = chainLinksOf(faithful, &truth, name);
    if (links.empty()) continue;
    report.entities.push_back(referenceEntity(dir, name, links, report.payloadBytesHashed));
    report.links += report.entities.back().links;
  }
  return report;
}

// batpak's verify_chain, entity by entity: visible events in global order, the payload from
// the frame that carries the event's id, stop at the first mismatch.
std::vector<BatpakChainVerdict> referenceVerdicts(const DataDir& dir, const Index& index, const StoreWalk& walk) {
  std::map<std::string, std::vector<uint32_t>> rowsOf;
  for (uint32_t row : index.visibleRows()) rowsOf[std::string(index.entity(row))].push_back(row);
  std::vector<BatpakChainVerdict> out;
  for (const auto& [entity, rows] : rowsOf) {
    BatpakChainVerdict v;
    v.entity = entity;
    v.events = rows.size();
    Hash32 expected{};
    for (uint32_t row : rows) {
      const IndexEntry& e = index.entry(row);
      const Id128 id = index.eventId(row);
      const FramePos disk{e.segmentId, e.offset, e.length};
      const std::optional<FramePos> own = walk.find(id);
      FrameRead fr = readFrameAtPosition(dir, own.value_or(disk), PayloadMode::Any);
      if (!fr.ok && own && !(*own == disk)) fr = readFrameAtPosition(dir, disk, PayloadMode::Any);
      const char* reason = nullptr;
      if (!fr.ok) {
        reason = "payload unreadable";
      } else {
        const HashChain chain = fr.frame.hashChain.value_or(HashChain{});
        if (chain.prevHash != expected) reason = "prev_hash mismatch";
        else if (chain.eventHash != blake3(fr.payload.data(), fr.payload.size())) reason = "event_hash != blake3(payload)";
        expected = chain.eventHash;
      }
      if (reason) {
        v.intact = false;
        v.firstBreakGlobalSequence = e.globalSequence;
        v.firstBreakEventId = id;
        v.reason = reason;
        break;
      }
    }
    out.push_back(std::move(v));
  }
  return out;
}

// Damages one segment of the copy at `dir`: flips bytes inside a frame (fixing the frame's
// CRC when `fixCrc`, so a tampered payload or hash still reads), or swaps two whole frames
// of the same length (the hashes no longer follow each other).
void damage(const QString& dir, std::mt19937_64& rng, bool fixCrc) {
  auto d = DataDir::open(dir.toStdString());
  QVERIFY(d);
  const StoreWalk walk = walkStore(**d);
  std::vector<const SegmentWalk*> segs;
  for (const SegmentWalk& s : walk.segments)
    if (s.frames.size() > 2) segs.push_back(&s);
  if (segs.empty()) return;
  const SegmentWalk& s = *segs[rng() % segs.size()];
  QFile f(dir + "/" + QString::fromStdString(s.file.name));
  QVERIFY(f.open(QIODevice::ReadWrite));
  QByteArray bytes = f.readAll();
  const WalkedFrame& a = s.frames[rng() % s.frames.size()];
  if (rng() % 4 == 0) {  // swap with another frame of the same length, when there is one
    for (const WalkedFrame& b : s.frames)
      if (b.offset != a.offset && b.length == a.length) {
        const QByteArray fa = bytes.mid(qsizetype(a.offset), a.length), fb = bytes.mid(qsizetype(b.offset), b.length);
        bytes.replace(qsizetype(a.offset), a.length, fb);
        bytes.replace(qsizetype(b.offset), b.length, fa);
        break;
      }
  } else {
    const int flips = 1 + int(rng() % 3);
    for (int i = 0; i < flips; ++i) {
      const qsizetype at = qsizetype(a.offset + 8 + rng() % (a.length - 8));
      bytes[at] = char(bytes[at] ^ char(1 + rng() % 255));
    }
    if (fixCrc) resealFrame(reinterpret_cast<uint8_t*>(bytes.data()) + a.offset, a.length);
  }
  QVERIFY(f.seek(0));
  QCOMPARE(f.write(bytes), bytes.size());
}

// Everything a walk holds, a line per segment and per frame, for comparing two walks.
QStringList describe(const StoreWalk& walk) {
  QStringList out;
  for (const SegmentWalk& s : walk.segments) {
    out << QString("%1 header=%2 %3 trailer=%4 footer=%5 %6 frames=[%7,%8) stop=%9 %10 markers=%11/%12 events=%13")
               .arg(QString::fromStdString(s.file.name))
               .arg(s.header.has_value())
               .arg(QString::fromStdString(s.headerError))
               .arg(s.trailer.has_value())
               .arg(s.footerValid)
               .arg(QString::fromStdString(s.footerError))
               .arg(s.framesStart)
               .arg(s.framesEnd)
               .arg(s.stoppedAt ? QString::number(*s.stoppedAt) : QString("-"))
               .arg(QString::fromStdString(s.stopReason))
               .arg(s.beginMarkers)
               .arg(s.commitMarkers)
               .arg(s.eventFrames);
    for (const WalkedFrame& f : s.frames)
      out << QString("  @%1+%2 crc=%3 decoded=%4 kind=%5 %6")
                 .arg(f.offset)
                 .arg(f.length)
                 .arg(f.crcOk)
                 .arg(f.decoded)
                 .arg(f.kind)
                 .arg(QString::fromStdString(hexEncode(f.eventId)));
    for (const SegmentWalk::Crc& c : s.crcMismatches)
      out << QString("  crc @%1+%2 %3 %4").arg(c.offset).arg(c.length).arg(c.stored).arg(c.computed);
  }
  return out;
}

struct Seen {
  int stores = 0, broken = 0, forks = 0, batpakBroken = 0;
  uint64_t landmarkedRows = 0;
  int walksReleased = 0;
};

// Both implementations, with and without the true view's payload verdicts, on `dir`.
void checkAgainstReference(const QString& dir, const QString& what, Seen& seen) {
  auto d = DataDir::open(dir.toStdString());
  if (!d) return;  // a damaged copy that does not open has no chains
  RestoreOptions ro;
  auto r = restoreIndex(*d, ro);
  if (!r) return;
  auto plain = buildTrueView(*d);
  TrueViewOptions hashing;
  hashing.hashPayloads = true;
  hashing.physicalWalk = true;
  auto hashed = buildTrueView(*d, nullptr, nullptr, hashing);
  QVERIFY(plain && hashed);
  QCOMPARE(hashed->index->entryCount(), plain->index->entryCount());
  // Where the true view recorded a frame's landmarks, they give the hashes a whole decode of
  // the frame gives (and the payload's length).
  // Every hashed frame that decodes canonically has them, in a batch or not.
  for (uint32_t row = 0; row < hashed->index->entryCount(); ++row) {
    HashChain atLandmarks;
    uint64_t payloadBytes = 0;
    if (!hashed->index->hashChainAtLandmarks(row, atLandmarks, payloadBytes)) {
      if (!hashed->index->payloadHashMatches(row)) continue;
      const IndexEntry& e = hashed->index->entry(row);
      const FrameRead fr = readFrameAtPosition(**d, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
      DecodedFrame canonical;
      QVERIFY2(!fr.ok || !decodeCanonicalFrameBody(fr.raw.body, fr.raw.bodyLen, PayloadMode::Any, canonical) ||
                   canonical.payloadForm != PayloadForm::ByteArray,
               qPrintable(QString("%1: row %2 was hashed without landmarks").arg(what).arg(row)));
      continue;
    }
    ++seen.landmarkedRows;
    const HashChain decoded = hashed->index->hashChain(row);
    QVERIFY2(atLandmarks.prevHash == decoded.prevHash && atLandmarks.eventHash == decoded.eventHash, qPrintable(what));
    const FrameRead fr = readFrameAtPosition(**d, FramePos{hashed->index->entry(row).segmentId, hashed->index->entry(row).offset,
                                                           hashed->index->entry(row).length}, PayloadMode::Any);
    if (fr.ok) QCOMPARE(payloadBytes, uint64_t(fr.payload.size()));
  }
  const ChainReport reference = referenceChains(**d, *r->index, *plain->index);
  const QStringList want = describe(reference);
  ++seen.stores;
  seen.broken += reference.anyBroken();
  seen.forks += reference.forkCount() > 0;
  ThreadPoolExecutor pool(2);
  QCOMPARE(describe(verifyChains(**d, *r->index, *plain->index)), want);
  QCOMPARE(describe(verifyChains(**d, *r->index, *hashed->index, nullptr, {}, &pool)), want);
  const StoreWalk walk = walkStore(**d);
  // The walk the true view's pass gives is walkStore's, and finds every event where it does.
  QVERIFY(hashed->walk);
  QVERIFY2(describe(*hashed->walk) == describe(walk), qPrintable(what));
  for (const SegmentWalk& s : walk.segments)
    for (const WalkedFrame& f : s.frames)
      if (f.decoded) QVERIFY2(hashed->walk->find(f.eventId) == walk.find(f.eventId), qPrintable(what));
  const std::vector<BatpakChainVerdict> verdicts = referenceVerdicts(**d, *r->index, walk);
  seen.batpakBroken += std::any_of(verdicts.begin(), verdicts.end(), [](const auto& v) { return !v.intact; });
  const QStringList wantVerdicts = describe(verdicts);
  QVERIFY2(describe(batpakChainVerdicts(**d, *r->index, walk)) == wantVerdicts, qPrintable(what));
  QVERIFY2(describe(batpakChainVerdicts(**d, *r->index, walk, &pool, hashed->index.get())) == wantVerdicts,
           qPrintable(what));
  QVERIFY2(describe(batpakChainVerdicts(**d, *r->index, *hashed->walk, &pool, hashed->index.get())) == wantVerdicts,
           qPrintable(what));
  // The counts stand for the frames; where the true view's index answers find(), the frames
  // may go (as the window lets them) and find() still gives every event's position.
  for (const SegmentWalk& s : walk.segments) QCOMPARE(s.frameCount(), uint64_t(s.frames.size()));
  if (hashed->walk->releaseFrames()) {
    ++seen.walksReleased;
    for (size_t k = 0; k < walk.segments.size(); ++k) {
      QVERIFY(hashed->walk->segments[k].frames.empty());
      QCOMPARE(hashed->walk->segments[k].frameCount(), walk.segments[k].frameCount());
    }
    for (const SegmentWalk& s : walk.segments)
      for (const WalkedFrame& f : s.frames)
        if (f.decoded) QVERIFY2(hashed->walk->find(f.eventId) == walk.find(f.eventId), qPrintable(what));
    QVERIFY2(describe(batpakChainVerdicts(**d, *r->index, *hashed->walk, &pool, hashed->index.get())) == wantVerdicts,
             qPrintable(what));
  }
  // Without the landmarks (the window lets them go too), the frames are decoded instead.
  hashed->index->releaseFrameLandmarks();
  QVERIFY2(describe(verifyChains(**d, *r->index, *hashed->index, nullptr, {}, &pool)) == want, qPrintable(what));
  QVERIFY2(describe(batpakChainVerdicts(**d, *r->index, *hashed->walk, &pool, hashed->index.get())) == wantVerdicts,
           qPrintable(what));
}

}  // namespace

class ChainOracleTest : public QObject {
  Q_OBJECT
 private slots:
  void fixtures_data() {
    QTest::addColumn<QString>("fixture");
    for (const QString& f : allFixtures()) QTest::newRow(f.toUtf8().constData()) << f;
  }
  void fixtures() {
    QFETCH(QString, fixture);
    CHECKED(checkAgainstReference(fixtureData(fixture), fixture, seen_));
  }

  // Several hundred damaged copies in all: every fixture, a dozen each.
  void damagedCopies_data() {
    QTest::addColumn<QString>("fixture");
    for (const QString& f : allFixtures()) QTest::newRow(f.toUtf8().constData()) << f;
  }
  void damagedCopies() {
    QFETCH(QString, fixture);
    std::mt19937_64 rng(qHash(fixture));
    for (int k = 0; k < 12; ++k) {
      QTemporaryDir tmp;
      QVERIFY(copyDataDir(fixtureData(fixture), tmp.path()));
      for (int n = 1 + int(rng() % 3); n > 0; --n) CHECKED(damage(tmp.path(), rng, rng() % 2 == 0));
      CHECKED(checkAgainstReference(tmp.path(), fixture + QString(" copy %1").arg(k), seen_));
    }
  }

  // The damage reached what the comparison is about: breaks of every kind were compared.
  void cleanupTestCase() {
    qInfo("%d stores compared: %d with a broken chain, %d with a fork, %d where batpak's walk stops",
          seen_.stores, seen_.broken, seen_.forks, seen_.batpakBroken);
    QVERIFY(seen_.broken > seen_.stores / 4);
    QVERIFY(seen_.forks > 0);
    QVERIFY(seen_.batpakBroken > seen_.stores / 4);
    QVERIFY(seen_.landmarkedRows > uint64_t(seen_.stores) * 10);  // the fast path was the common one
    QVERIFY(seen_.walksReleased > seen_.stores / 4);  // and letting the frames go was checked often
  }

 private:
  Seen seen_;
};

QTEST_GUILESS_MAIN(ChainOracleTest)
#include "chain_oracle_test.moc"
