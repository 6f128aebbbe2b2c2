// The restore planner's choices, reports and timings on real fixtures, and its executor
// independence (a plain thread pool and the inline executor give identical indexes).
#include <QtTest>

#include "batscope/base/executor.h"
#include "batscope/format/segment.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {
RestoreResult restore(const QString& fixture, RestorePathChoice path, Executor* ex = nullptr) {
  auto dir = DataDir::open(fixtureData(fixture).toStdString());
  if (!dir) qFatal("%s", dir.error().toString().c_str());
  RestoreOptions ro;
  ro.path = path;
  ro.executor = ex;
  auto r = restoreIndex(*dir, ro);
  if (!r) qFatal("%s", r.error().toString().c_str());
  return std::move(*r);
}

bool hasFinding(const RestoreResult& r, const std::string& category, const std::string& file) {
  for (const Finding& f : r.findings)
    if (f.category() == category && f.file == file) return true;
  return false;
}
}  // namespace

class RestorePlannerTest : public QObject {
  Q_OBJECT
 private slots:
  void choosesBatpaksPath_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("source");
    QTest::addColumn<qulonglong>("restored");
    QTest::addColumn<qulonglong>("tail");
    const int mmap = int(RestorePathChoice::Mmap), ckpt = int(RestorePathChoice::Checkpoint),
              rebuild = int(RestorePathChoice::Rebuild), scan = int(RestorePathChoice::Scan);
    const int sSnap = int(RestoreSource::MmapSnapshot), sCkpt = int(RestoreSource::Checkpoint),
              sSidx = int(RestoreSource::SealedSidxRebuild), sScan = int(RestoreSource::FrameScanFallback);
    QTest::newRow("multi-segment default") << "multi-segment" << mmap << "Mmap" << sSnap << 5100ull << 0ull;
    // Snapshot disabled: the stale checkpoint (5000 entries, watermark 93) + tail replay.
    QTest::newRow("multi-segment checkpoint") << "multi-segment" << ckpt << "Checkpoint" << sCkpt << 5000ull << 100ull;
    QTest::newRow("multi-segment rebuild") << "multi-segment" << rebuild << "Rebuild" << sSidx << 5100ull << 0ull;
    QTest::newRow("multi-segment scan") << "multi-segment" << scan << "Rebuild" << sScan << 5100ull << 0ull;
    QTest::newRow("batches default") << "batches" << mmap << "Mmap" << sSnap << 221ull << 2ull;
    QTest::newRow("torn-tail-after-close") << "torn-tail-after-close" << mmap << "Checkpoint" << sCkpt << 700ull << 99ull;
    QTest::newRow("no-checkpoint") << "no-checkpoint" << mmap << "Rebuild" << sSidx << 1000ull << 0ull;
    QTest::newRow("torn-tail") << "torn-tail" << mmap << "Rebuild" << sScan << 999ull << 0ull;
    QTest::newRow("stale-checkpoint") << "stale-checkpoint" << mmap << "Checkpoint" << sCkpt << 600ull << 150ull;
    QTest::newRow("corrupt-both") << "corrupt-both" << mmap << "Rebuild" << sSidx << 800ull << 0ull;
    QTest::newRow("compacted rebuild") << "compacted" << rebuild << "Rebuild" << sScan << 450ull << 0ull;
  }
  void choosesBatpaksPath() {
    QFETCH(QString, fixture);
    QFETCH(int, choice);
    QFETCH(QString, path);
    QFETCH(int, source);
    QFETCH(qulonglong, restored);
    QFETCH(qulonglong, tail);
    const RestoreResult r = restore(fixture, RestorePathChoice(choice));
    QCOMPARE(QString(openIndexPathName(r.report.path)), path);
    QCOMPARE(int(r.report.source), source);
    QCOMPARE(qulonglong(r.report.restoredEntries), restored);
    QCOMPARE(qulonglong(r.report.tailEntries), tail);
  }

  void fallbacksAreFindings() {
    const RestoreResult snap = restore("corrupt-snapshot", RestorePathChoice::Mmap);
    QVERIFY(hasFinding(snap, "fallback", "index.fbati"));
    const RestoreResult both = restore("corrupt-both", RestorePathChoice::Mmap);
    QVERIFY(hasFinding(both, "fallback", "index.fbati"));
    QVERIFY(hasFinding(both, "fallback", "index.ckpt"));
    const RestoreResult torn = restore("torn-tail", RestorePathChoice::Mmap);
    QVERIFY(hasFinding(torn, "fallback", "000037.fbat"));  // the footer-less last segment
    QVERIFY(hasFinding(torn, "torn-tail", "000037.fbat"));
    const RestoreResult orphan = restore("batches-incomplete-tail", RestorePathChoice::Mmap);
    bool orphanCommit = false;
    for (const Finding& f : orphan.findings) orphanCommit |= f.code == FindingCode::OrphanCommitSkipped;
    QVERIFY(orphanCommit);
  }

  void timesEveryPhaseAndSegment() {
    const RestoreResult rebuild = restore("no-checkpoint", RestorePathChoice::Rebuild);
    QCOMPARE(rebuild.segments.size(), size_t(37));
    for (const SegmentTiming& s : rebuild.segments) {
      QCOMPARE(s.how, SegmentRead::FooterParallel);
      QVERIFY(s.durationMs >= 0);
      QVERIFY(s.bytesRead > 0);
    }
    QVERIFY(!rebuild.phases.empty());
    const RestoreResult scan = restore("no-checkpoint", RestorePathChoice::Scan);
    QCOMPARE(scan.segments.size(), size_t(37));
    uint64_t entries = 0;
    for (const SegmentTiming& s : scan.segments) { QCOMPARE(s.how, SegmentRead::FrameScan); entries += s.entries; }
    QCOMPARE(entries, uint64_t(1000));
    // Tail replay after a snapshot only reads segments from the watermark on.
    const RestoreResult ckpt = restore("stale-checkpoint", RestorePathChoice::Mmap);
    QVERIFY(!ckpt.segments.empty());
    for (const SegmentTiming& s : ckpt.segments) QVERIFY(s.segmentId >= 22);
  }

  void executorsAgree() {
    ThreadPoolExecutor pool(4);
    InlineExecutor inlineEx;
    for (const char* f : {"multi-segment", "no-checkpoint", "batches"}) {
      const RestoreResult a = restore(f, RestorePathChoice::Rebuild, &pool);
      const RestoreResult b = restore(f, RestorePathChoice::Rebuild, &inlineEx);
      QCOMPARE(a.index->entryCount(), b.index->entryCount());
      for (uint32_t row = 0; row < a.index->entryCount(); ++row) {
        QCOMPARE(a.index->eventId(row), b.index->eventId(row));
        QCOMPARE(a.index->entry(row).globalSequence, b.index->entry(row).globalSequence);
        QCOMPARE(a.index->entry(row).offset, b.index->entry(row).offset);
      }
    }
  }

  void cancelStopsTheRestore() {
    auto dir = DataDir::open(fixtureData("no-checkpoint").toStdString());
    QVERIFY(dir.ok());
    std::atomic<bool> cancel{true};
    RestoreOptions ro;
    ro.path = RestorePathChoice::Scan;
    ro.cancel = &cancel;
    auto r = restoreIndex(*dir, ro);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(Error::Code::Cancelled));
  }

  void progressIsReported() {
    auto dir = DataDir::open(fixtureData("torn-tail").toStdString());
    QVERIFY(dir.ok());
    RestoreOptions ro;
    double last = -1;
    int calls = 0;
    ro.progress = [&](const std::string&, double f) { ++calls; last = f; };
    QVERIFY(restoreIndex(*dir, ro).ok());
    QVERIFY(calls > 5);
    QCOMPARE(last >= 0.0, true);
  }

  void segmentDiscoveryFollowsBatpak() {
    QTemporaryDir tmp;
    for (const char* name : {"000002.fbat", "1.fbat", "0000010.fbat", "abc.fbat", "000003.fbat.compact-src",
                             ".fbat", "000004.FBAT", "index.fbati", "+5.fbat", "000006.fbat.tmp"}) {
      QFile f(tmp.filePath(name));
      QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto segs = discoverSegments(FileSystem::posix(), tmp.path().toStdString());
    QVERIFY(segs.ok());
    QStringList got;
    for (const SegmentFile& s : *segs) got << QString("%1=%2").arg(QString::fromStdString(s.name)).arg(s.id);
    QCOMPARE(got, QStringList({"1.fbat=1", "000002.fbat=2", "0000010.fbat=10"}));
  }

  void indexEntryIsPacked() {
    QCOMPARE(sizeof(IndexEntry), size_t(64));
    const RestoreResult r = restore("multi-segment", RestorePathChoice::Mmap);
    // ids and hashes stay in the mapped snapshot: resident bytes per entry stay well under 96.
    QVERIFY2(double(r.index->residentBytes()) / double(r.index->entryCount()) < 96.0,
             QByteArray::number(double(r.index->residentBytes()) / double(r.index->entryCount())).constData());
  }
};

QTEST_GUILESS_MAIN(RestorePlannerTest)
#include "restore_planner_test.moc"
