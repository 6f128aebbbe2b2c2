// Checking only what a followed store appended (chain_extension.h): the extended chains and
// batpak's verdicts are exactly what a whole check of the grown store gives, through
// appends, batches, rotations, a batch caught half written, a torn last frame and a tampered
// new payload; where the new frames cannot be settled alone (hidden events) it gives up.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include "batscope/analysis/chain_extension.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/format/frame_layout.h"
#include "batscope/restore/true_view.h"
#include "damage_test_support.h"
#include "store_test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// A whole check of the store at `dir`, as the window's background phase runs it.
struct WholeCheck {
  std::shared_ptr<DataDir> dir;
  RestoreResult restore;
  std::shared_ptr<TrueViewResult> truth;
  std::optional<ChainCoverage> coverage;
  CheckedChains checked;
};

WholeCheck wholeCheck(const QString& path) {
  WholeCheck w;
  auto d = DataDir::open(path.toStdString());
  if (!d) qFatal("%s", d.error().toString().c_str());
  w.dir = *d;
  w.restore = restoreOrFatal(w.dir, RestorePathChoice::Mmap);
  TrueViewOptions options;
  options.hashPayloads = true;
  options.physicalWalk = true;
  auto truth = buildTrueView(w.dir, nullptr, nullptr, options);
  if (!truth) qFatal("%s", truth.error().toString().c_str());
  w.truth = std::make_shared<TrueViewResult>(std::move(*truth));
  w.coverage = chainCoverage(*w.truth->walk);
  w.checked.chains = verifyChains(*w.dir, *w.restore.index, *w.truth->index);
  w.checked.verdicts = batpakChainVerdicts(*w.dir, *w.restore.index, *w.truth->walk, nullptr, w.truth->index.get());
  if (w.coverage) w.checked.coverage = *w.coverage;
  w.checked.faithfulRows = w.restore.index->entryCount();
  return w;
}

QString hexOf(const Hash32& h) { return QString::fromStdString(hexEncode(h.data(), h.size())); }

// Every field a view shows (the timing aside).
QString differences(const CheckedChains& got, const CheckedChains& want) {
  QStringList out;
  const ChainReport &a = got.chains, &b = want.chains;
  if (a.links != b.links) out << QString("links %1 != %2").arg(a.links).arg(b.links);
  if (a.payloadBytesHashed != b.payloadBytesHashed)
    out << QString("payload bytes %1 != %2").arg(a.payloadBytesHashed).arg(b.payloadBytesHashed);
  if (a.entities.size() != b.entities.size())
    return (out << QString("entities %1 != %2").arg(a.entities.size()).arg(b.entities.size())).join("; ");
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityChain &x = a.entities[i], &y = b.entities[i];
    const QString e = QString::fromStdString(y.entity);
    if (x.entity != y.entity) out << e + ": name " + QString::fromStdString(x.entity);
    if (x.status != y.status) out << e + ": status " + chainStatusName(x.status) + " != " + chainStatusName(y.status);
    if (x.links != y.links || x.unhashedLinks != y.unhashedLinks || x.restarts != y.restarts || x.breakCount != y.breakCount)
      out << e + QString(": links/unhashed/restarts/breaks %1/%2/%3/%4 != %5/%6/%7/%8")
                     .arg(x.links).arg(x.unhashedLinks).arg(x.restarts).arg(x.breakCount)
                     .arg(y.links).arg(y.unhashedLinks).arg(y.restarts).arg(y.breakCount);
    if (x.restartSequences != y.restartSequences) out << e + ": restart sequences";
    if (x.forks.size() != y.forks.size()) out << e + ": forks";
    if (x.lastEventHash != y.lastEventHash) out << e + ": last hash " + hexOf(x.lastEventHash) + " != " + hexOf(y.lastEventHash);
    if (x.firstBreak.has_value() != y.firstBreak.has_value()) {
      out << e + ": first break present " + QString::number(x.firstBreak.has_value());
    } else if (x.firstBreak) {
      const ChainBreak &p = *x.firstBreak, &q = *y.firstBreak;
      if (p.eventId != q.eventId || p.globalSequence != q.globalSequence || p.segmentId != q.segmentId ||
          p.offset != q.offset || p.reason != q.reason || p.storedPrevHash != q.storedPrevHash ||
          p.expectedPrevHash != q.expectedPrevHash || p.recomputedHash != q.recomputedHash || p.file != q.file)
        out << e + ": first break " + QString::fromStdString(p.reason) + " @" + QString::number(p.offset) + " != " +
                   QString::fromStdString(q.reason) + " @" + QString::number(q.offset);
    }
  }
  if (got.verdicts.size() != want.verdicts.size())
    return (out << QString("verdicts %1 != %2").arg(got.verdicts.size()).arg(want.verdicts.size())).join("; ");
  for (size_t i = 0; i < got.verdicts.size(); ++i) {
    const BatpakChainVerdict &x = got.verdicts[i], &y = want.verdicts[i];
    const QString e = "verdict " + QString::fromStdString(y.entity);
    if (x.entity != y.entity || x.events != y.events || x.intact != y.intact || x.reason != y.reason ||
        x.firstBreakGlobalSequence != y.firstBreakGlobalSequence || x.firstBreakEventId != y.firstBreakEventId ||
        x.lastEventHash != y.lastEventHash)
      out << e + QString(": events %1 intact %2 '%3' != events %4 intact %5 '%6'")
                     .arg(x.events).arg(x.intact).arg(QString::fromStdString(x.reason))
                     .arg(y.events).arg(y.intact).arg(QString::fromStdString(y.reason));
  }
  if (got.faithfulRows != want.faithfulRows) out << QString("rows %1 != %2").arg(got.faithfulRows).arg(want.faithfulRows);
  return out.join("; ");
}

// The extension's chains and verdicts are those a whole check of the store at `dir` gives now.
#define VERIFY_AS_WHOLE_CHECK(extension, dir)                                          \
  do {                                                                                 \
    const QString unlike = differences((extension).checked, wholeCheck(dir).checked);  \
    QVERIFY2(unlike.isEmpty(), qPrintable(unlike));                                    \
  } while (0)

// Extends `base` over the store at `path` now.
std::optional<ChainExtension> extendOver(const QString& path, const CheckedChains& base, const Index* truth) {
  auto d = DataDir::open(path.toStdString());
  if (!d) return std::nullopt;
  const RestoreResult now = restoreOrFatal(*d, RestorePathChoice::Mmap);
  return extendChains(**d, *now.index, base, truth);
}

StoreConfig smallSegments(uint64_t segmentBytes = 64 << 10) {
  StoreConfig cfg;
  cfg.segmentMaxBytes = segmentBytes;
  cfg.fsync = false;
  return cfg;
}

// A store being written, in a temporary directory.
struct LiveWriter {
  explicit LiveWriter(uint64_t segmentBytes = 64 << 10) {
    if (auto opened = Store::open(dir.toStdString(), smallSegments(segmentBytes))) store = std::move(*opened);
  }
  QTemporaryDir tmp;
  const QString dir = tmp.filePath("live");
  std::unique_ptr<Store> store;
};

bool appendSingles(Store& store, int from, int count, int entities) {
  for (int i = from; i < from + count; ++i)
    if (!store.append("account:" + std::to_string(i % entities), "billing", 0x1001, payloadOf(uint64_t(i), 60))) return false;
  return true;
}

// 100 events over 5 entities written to `live`, and the whole check of them in `base`.
bool writeAndCheck(LiveWriter& live, WholeCheck& base) {
  if (!live.store || !appendSingles(*live.store, 0, 100, 5)) return false;
  base = wholeCheck(live.dir);
  return base.coverage.has_value();
}

bool appendBatch(Store& store, const std::string& entity, int n) {
  std::vector<BatchItem> batch;
  for (int i = 0; i < n; ++i) batch.push_back(item(entity, "shop", 0x2001, payloadOf(uint64_t(i), 30)));
  return bool(store.appendBatch(batch));
}

// The newest segment file of `dir` and its walk.
std::pair<QString, SegmentWalk> newestSegment(const QString& dir) {
  auto d = DataDir::open(dir.toStdString());
  if (!d || (*d)->segments().empty()) return {};
  const SegmentFile& s = (*d)->segments().back();
  return {dir + "/" + QString::fromStdString(s.name), walkSegmentOf(**d, s)};
}

}  // namespace

class ChainExtensionTest : public QObject {
  Q_OBJECT
 private slots:
  // Appends, batches and rotations, extended poll after poll from the previous extension:
  // each time the same chains and verdicts as a whole check.
  void appendsExtendLikeAWholeCheck() {
    LiveWriter live;
    QVERIFY(live.store);
    Store* const store = live.store.get();
    const QString& dir = live.dir;
    QVERIFY(appendSingles(*store, 0, 300, 13));
    QVERIFY(appendBatch(*store, "order:0", 8));
    const WholeCheck base = wholeCheck(dir);
    QVERIFY(base.coverage);
    CheckedChains checked = base.checked;
    int written = 0;
    for (int poll = 0; poll < 4; ++poll) {
      QVERIFY(appendSingles(*store, 1000 * (poll + 1), 250, 17));  // new entities too
      QVERIFY(appendBatch(*store, "order:" + std::to_string(poll + 1), 5));
      written += 255;
      const std::optional<ChainExtension> ext = extendOver(dir, checked, base.truth->index.get());
      QVERIFY2(ext, qPrintable(QString("poll %1").arg(poll)));
      QCOMPARE(ext->newLinks, uint64_t(255));
      VERIFY_AS_WHOLE_CHECK(*ext, dir);
      QVERIFY(!ext->checked.chains.anyBroken());
      checked = ext->checked;
    }
    QVERIFY(checked.coverage.segments.size() > base.checked.coverage.segments.size());  // it rotated
    QCOMPARE(checked.chains.links, base.checked.chains.links + uint64_t(written));
    // Sealing writes the active segment's footer: nothing new to check, and nothing breaks.
    QVERIFY(store->close());
    const std::optional<ChainExtension> sealed = extendOver(dir, checked, base.truth->index.get());
    QVERIFY(sealed);
    QCOMPARE(sealed->newLinks, uint64_t(0));
    VERIFY_AS_WHOLE_CHECK(*sealed, dir);
  }

  // The whole check ran while a batch was half written and the last frame torn: the batch
  // and the torn event are checked once they are whole.
  void aHalfWrittenBatchIsCheckedOnceCommitted() {
    LiveWriter writer(1 << 20);  // one segment
    QVERIFY(writer.store);
    Store* const store = writer.store.get();
    const QString& live = writer.dir;
    const QString early = writer.tmp.filePath("early");
    QVERIFY(appendSingles(*store, 0, 100, 5));
    QVERIFY(appendBatch(*store, "order:1", 6));
    QVERIFY(appendSingles(*store, 100, 20, 5));
    QVERIFY(copyDataDir(live, early));
    auto [file, walk] = newestSegment(early);
    // Cut inside the batch's third event frame: BEGIN and two events stand, the rest is torn.
    const WalkedFrame* begin = nullptr;
    for (const WalkedFrame& f : walk.frames)
      if (f.kind == kKindBatchBegin) begin = &f;
    QVERIFY(begin);
    const WalkedFrame* third = begin + 3;
    QVERIFY(third < walk.frames.data() + walk.frames.size());
    QVERIFY(QFile::resize(file, qint64(third->offset + third->length / 2)));

    const WholeCheck base = wholeCheck(early);
    QVERIFY(base.coverage);
    QCOMPARE(base.coverage->segments.back().end, begin->offset);
    const std::optional<ChainExtension> ext = extendOver(live, base.checked, base.truth->index.get());
    QVERIFY(ext);
    QCOMPARE(ext->newLinks, uint64_t(6 + 20));
    VERIFY_AS_WHOLE_CHECK(*ext, live);

    // A torn single event likewise.
    QVERIFY(appendSingles(*store, 200, 10, 5));
    const QString early2 = writer.tmp.filePath("early2");
    QVERIFY(copyDataDir(live, early2));
    auto [file2, walk2] = newestSegment(early2);
    const WalkedFrame& last = walk2.frames.back();
    QVERIFY(QFile::resize(file2, qint64(last.offset + 10)));
    const WholeCheck base2 = wholeCheck(early2);
    QVERIFY(base2.coverage);
    QCOMPARE(base2.coverage->segments.back().end, last.offset);
    const std::optional<ChainExtension> ext2 = extendOver(live, base2.checked, base2.truth->index.get());
    QVERIFY(ext2);
    QCOMPARE(ext2->newLinks, uint64_t(1));
    VERIFY_AS_WHOLE_CHECK(*ext2, live);
  }

  // A new payload changed after it was written (CRC fixed, hashes left): a break, the same
  // first break a whole check names, in the chains and in batpak's verdict.
  void aTamperedNewPayloadBreaksItsChain() {
    LiveWriter live;
    WholeCheck base;
    QVERIFY(writeAndCheck(live, base));
    const QString& dir = live.dir;
    QVERIFY(appendSingles(*live.store, 100, 30, 5));
    auto [file, walk] = newestSegment(dir);
    const WalkedFrame victim = walk.frames[walk.frames.size() - 12];
    QByteArray bytes = readBytes(file);
    uint8_t* frame = reinterpret_cast<uint8_t*>(bytes.data()) + victim.offset;
    const std::optional<uint64_t> at = oneBytePayloadByte(frame, victim.length);
    QVERIFY(at);
    frame[*at] ^= 1;
    resealFrame(frame, victim.length);
    QVERIFY(writeBytes(file, bytes));

    const std::optional<ChainExtension> ext = extendOver(dir, base.checked, base.truth->index.get());
    QVERIFY(ext);
    QVERIFY(ext->checked.chains.anyBroken());
    QVERIFY(wholeCheck(dir).checked.chains.anyBroken());
    VERIFY_AS_WHOLE_CHECK(*ext, dir);
  }

  // A reader sees events inside an open fence like any other (nothing on disk says the fence
  // is open). Once it is cancelled they are hidden: frames batpak does not list, which the
  // extension cannot place among the store's links, so it leaves them to a whole check.
  void hiddenEventsNeedAWholeCheck() {
    LiveWriter live;
    WholeCheck base;
    QVERIFY(writeAndCheck(live, base));
    const QString& dir = live.dir;
    Store* const store = live.store.get();
    QVERIFY(store->beginFence());
    QVERIFY(appendSingles(*store, 100, 10, 5));
    const std::optional<ChainExtension> open = extendOver(dir, base.checked, base.truth->index.get());
    QVERIFY(open);
    VERIFY_AS_WHOLE_CHECK(*open, dir);
    QVERIFY(store->cancelFence());
    QVERIFY(appendSingles(*store, 200, 10, 5));
    QVERIFY(!extendOver(dir, base.checked, base.truth->index.get()));
  }

  // Damage among the new frames (a flipped byte anywhere in them, a cut anywhere): the
  // extension gives up or gives exactly what a whole check of the damaged store gives.
  void damagedNewFramesAreNeverMisjudged() {
    LiveWriter writer(1 << 20);
    QVERIFY(writer.store);
    Store* const store = writer.store.get();
    const QString& live = writer.dir;
    QVERIFY(appendSingles(*store, 0, 60, 4));
    const WholeCheck base = wholeCheck(live);
    QVERIFY(base.coverage);
    const uint64_t from = base.coverage->segments.back().end;
    QVERIFY(appendSingles(*store, 60, 20, 4));
    QVERIFY(appendBatch(*store, "order:1", 4));
    QVERIFY(appendSingles(*store, 80, 10, 4));
    auto [liveFile, walk] = newestSegment(live);
    const QByteArray grown = readBytes(liveFile);
    const QString name = QFileInfo(liveFile).fileName();
    int extended = 0, gaveUp = 0;
    for (int k = 0; k < 80; ++k) {
      const QString copy = writer.tmp.filePath(QString("damaged%1").arg(k));
      QVERIFY(copyDataDir(live, copy));
      QByteArray bytes = grown;
      const qsizetype span = bytes.size() - qsizetype(from);
      if (k < 60) {
        const qsizetype at = qsizetype(from) + span * k / 60 + k % 7;
        bytes[at] = char(bytes[at] ^ (1 << (k % 8)));
      } else {
        bytes.truncate(qsizetype(from) + span * (k - 60) / 20 + 3);
      }
      QVERIFY(writeBytes(copy + "/" + name, bytes));
      auto d = DataDir::open(copy.toStdString());
      QVERIFY(d);
      const RestoreResult now = restoreOrFatal(*d, RestorePathChoice::Mmap);
      // The window extends only a store that grew over the one checked (appendedOnly).
      bool grew = now.index->entryCount() >= base.checked.faithfulRows;
      for (uint32_t r = 0; grew && r < base.checked.faithfulRows; ++r) {
        const IndexEntry &a = now.index->entry(r), &b = base.restore.index->entry(r);
        grew = a.globalSequence == b.globalSequence && a.offset == b.offset && a.segmentId == b.segmentId &&
               a.length == b.length && a.bits == b.bits;
      }
      if (!grew) continue;
      const std::optional<ChainExtension> ext = extendChains(**d, *now.index, base.checked, base.truth->index.get());
      if (!ext) {
        ++gaveUp;
        continue;
      }
      ++extended;
      const QString unlike = differences(ext->checked, wholeCheck(copy).checked);
      QVERIFY2(unlike.isEmpty(), qPrintable(QString("damage %1: %2").arg(k).arg(unlike)));
    }
    qInfo("%d extended, %d gave up", extended, gaveUp);
    QVERIFY2(extended > 0 && gaveUp > 0, qPrintable(QString("%1 extended, %2 gave up").arg(extended).arg(gaveUp)));
  }

  // A sealed segment is not read again (it takes no more frames) while its size stays; one
  // that grew anyway leaves the store to a whole check.
  void aSealedSegmentThatGrowsIsCheckedWhole() {
    LiveWriter live;
    QVERIFY(live.store);
    QVERIFY(appendSingles(*live.store, 0, 400, 7));  // several segments, all but the last sealed
    const WholeCheck base = wholeCheck(live.dir);
    QVERIFY(base.coverage);
    QVERIFY(base.coverage->segments.size() > 2);
    QVERIFY(base.coverage->segments.front().sealed);
    QVERIFY(!base.coverage->segments.back().sealed);
    QVERIFY(appendSingles(*live.store, 400, 10, 7));
    const std::optional<ChainExtension> ext = extendOver(live.dir, base.checked, base.truth->index.get());
    QVERIFY(ext);
    QCOMPARE(ext->newLinks, uint64_t(10));
    QFile first(live.dir + "/" + QString::fromStdString(segmentFileName(base.coverage->segments.front().segmentId)));
    QVERIFY(first.open(QIODevice::Append));
    QVERIFY(first.write(QByteArray(16, 'x')) == 16);
    first.close();
    QVERIFY(!extendOver(live.dir, base.checked, base.truth->index.get()));
  }

  // A store with damage gives no coverage: it is checked whole each time.
  void damageGivesNoCoverage() {
    LiveWriter live;
    QVERIFY(live.store);
    QVERIFY(appendSingles(*live.store, 0, 100, 5));
    live.store.reset();  // sealed
    const QString& dir = live.dir;
    auto [file, walk] = newestSegment(dir);
    QVERIFY(walk.frames.size() > 50);
    QByteArray bytes = readBytes(file);
    bytes[qsizetype(walk.frames[50].offset + 20)] ^= 0x40;  // a CRC mismatch
    QVERIFY(writeBytes(file, bytes));
    QVERIFY(!wholeCheck(dir).coverage);
  }

  // The window's walk lists only batch markers and CRC mismatches where the true view's index
  // answers find(): on every fixture it counts, covers and finds exactly as the full walk
  // does, and lists fewer frames wherever the index answers for it.
  void aMarkersOnlyWalkCoversAndFindsTheSame() {
    int shorter = 0;
    for (const QString& fixture : test::allFixtures()) {
      auto dir = test::openFixtureDir(fixture);
      TrueViewOptions full, markers;
      full.physicalWalk = markers.physicalWalk = true;
      markers.walkMarkersOnly = true;
      auto a = buildTrueView(dir, nullptr, nullptr, full);
      auto b = buildTrueView(dir, nullptr, nullptr, markers);
      QVERIFY(a && b);
      const StoreWalk &wa = *a->walk, &wb = *b->walk;
      QCOMPARE(wb.segments.size(), wa.segments.size());
      for (size_t k = 0; k < wa.segments.size(); ++k) {
        const SegmentWalk &x = wa.segments[k], &y = wb.segments[k];
        QVERIFY2(x.frameCount() == y.frameCount() && x.eventFrames == y.eventFrames &&
                     x.beginMarkers == y.beginMarkers && x.commitMarkers == y.commitMarkers &&
                     x.crcMismatches.size() == y.crcMismatches.size() && x.stoppedAt == y.stoppedAt &&
                     x.footerValid == y.footerValid && bool(x.header) == bool(y.header),
                 qPrintable(fixture));
        QCOMPARE(x.listed, SegmentWalk::Listed::All);
        if (y.listed == SegmentWalk::Listed::MarkersAndCrcMismatches)
          QCOMPARE(uint64_t(y.frames.size()), y.beginMarkers + y.commitMarkers + uint64_t(y.crcMismatches.size()));
        else
          QCOMPARE(y.frames.size(), x.frames.size());
      }
      // Only a walk that finds through the index lists fewer frames.
      bool listsFewer = false;
      for (const SegmentWalk& y : wb.segments) listsFewer |= y.listed != SegmentWalk::Listed::All;
      QVERIFY2(!listsFewer || wb.findsThroughIndex(), qPrintable(fixture));
      shorter += listsFewer;
      const auto ca = chainCoverage(wa), cb = chainCoverage(wb);
      QCOMPARE(bool(cb), bool(ca));
      if (ca) {
        QCOMPARE(cb->segments.size(), ca->segments.size());
        for (size_t k = 0; k < ca->segments.size(); ++k)
          QVERIFY2(ca->segments[k].segmentId == cb->segments[k].segmentId && ca->segments[k].end == cb->segments[k].end &&
                       ca->segments[k].sealed == cb->segments[k].sealed && ca->segments[k].size == cb->segments[k].size,
                   qPrintable(fixture));
      }
      // Where each event's frame is, against a walk that maps the frames themselves.
      const StoreWalk frames = walkStore(*dir);
      const RestoreResult r = test::restoreOrFatal(dir, RestorePathChoice::Mmap);
      for (uint32_t row = 0; row < r.index->entryCount(); ++row) {
        const Id128 id = r.index->eventId(row);
        QVERIFY2(frames.find(id) == wb.find(id), qPrintable(fixture + " row " + QString::number(row)));
      }
      // Released, neither tells coverage any more.
      if (b->walk->releaseFrames()) QVERIFY(!chainCoverage(*b->walk));
    }
    QVERIFY2(shorter >= 10, qPrintable(QString::number(shorter)));
  }
};

QTEST_GUILESS_MAIN(ChainExtensionTest)
#include "chain_extension_test.moc"
