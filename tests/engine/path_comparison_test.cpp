// Compare restore paths over the batpak fixtures: every path's true view is the same index;
// batpak's own (faithful) paths disagree on `batches` (the cross-segment batch bug) and agree
// on every visible event of the fixtures whose read-back is path-independent. sameEntries
// says batpak's index and the true view agree exactly where their dumps do.
#include <QtTest>

#include <set>

#include "batscope/base/data_dir.h"
#include "batscope/restore/path_comparison.h"
#include "test_support.h"

using namespace batscope;

namespace {

ComparisonResult compareFixture(const QString& name) {
  auto dir = DataDir::open(test::fixtureData(name).toStdString());
  if (!dir) qFatal("cannot open fixture %s", qPrintable(name));
  InlineExecutor executor;
  return compareRestorePaths(*dir, &executor, nullptr);
}

}  // namespace

class PathComparisonTest : public QObject {
  Q_OBJECT

 private slots:
  void trueViewIdenticalEverywhere_data() {
    QTest::addColumn<QString>("fixture");
    for (const QString& f : test::allFixtures()) QTest::newRow(qPrintable(f)) << f;
  }
  void trueViewIdenticalEverywhere() {
    QFETCH(QString, fixture);
    const ComparisonResult r = compareFixture(fixture);
    QCOMPARE(r.paths.size(), size_t(4));
    QVERIFY(!r.cancelled);
    int opened = 0;
    for (const PathOutcome& p : r.paths) {
      if (!p.ok) {
        QVERIFY2(!p.error.empty(), restorePathChoiceName(p.requested));
        continue;
      }
      ++opened;
      QVERIFY2(p.trueViewIdentical, (std::string(restorePathChoiceName(p.requested)) + ": " + p.trueViewDifference).c_str());
      QVERIFY(p.trueViewEntries > 0 || p.visibleCount == 0);
    }
    QVERIFY(opened > 0);
    QVERIFY(r.trueViewsIdentical);
  }

  void batchesDisagree() {
    const ComparisonResult r = compareFixture(QStringLiteral("batches"));
    QVERIFY(r.trueViewsIdentical);
    QVERIFY(!r.disagreements.empty());
    bool diskPos = false, duplicates = false;
    std::set<uint64_t> seqs;
    for (const PathDisagreement& d : r.disagreements) {
      if (d.kind == PathDisagreement::Kind::DiskPos) diskPos = true;
      if (d.kind == PathDisagreement::Kind::Duplicates) duplicates = true;
      QVERIFY(d.valueA != d.valueB);
      seqs.insert(d.globalSequence);
    }
    QVERIFY(diskPos);
    QVERIFY(duplicates);
    QVERIFY(seqs.count(210));
    QVERIFY(seqs.count(211));
  }

  // sameEntries against an oracle built another way: the two dumps (every visible event's
  // fields, ids, hashes and frame) are the same wherever it finds batpak's index and the true
  // view hold the same entries. Also: an index is the same as itself, a true view is the same
  // with and without frame landmarks, and a cancelled comparison says "not the same".
  void sameEntriesWhereDumpsAgree() {
    int same = 0, differ = 0;
    for (const QString& fixture : test::allFixtures()) {
      const std::string data = test::fixtureData(fixture).toStdString();
      auto dir = test::openFixtureDir(fixture);
      const RestoreResult r = test::restoreOrFatal(dir, RestorePathChoice::Mmap);
      TrueViewOptions hashing;
      hashing.hashPayloads = true;  // the frame landmarks the window compares with
      auto truth = buildTrueView(dir, nullptr, nullptr, hashing);
      QVERIFY2(truth, qPrintable(fixture));
      QVERIFY2(sameEntries(*r.index, *r.index), qPrintable(fixture));
      QVERIFY2(sameEntries(*truth->index, *truth->index), qPrintable(fixture));
      // Without landmarks the true view's hashes come from decoding each frame.
      auto plainTruth = buildTrueView(dir);
      QVERIFY(plainTruth);
      QVERIFY2(sameEntries(*truth->index, *plainTruth->index), qPrintable(fixture));
      const bool agree = sameEntries(*r.index, *truth->index);
      const QString faithfulEvents = test::eventsOf(test::dumpInProcess(data, RestorePathChoice::Mmap, false));
      const QString trueEvents = test::eventsOf(test::dumpInProcess(data, RestorePathChoice::Mmap, true));
      QVERIFY(!faithfulEvents.isEmpty() && !trueEvents.isEmpty());
      // On these fixtures the converse holds too: no two indexes differ in hidden entries alone.
      QVERIFY2(agree == (faithfulEvents == trueEvents), qPrintable(fixture));
      if (agree) {
        ++same;
        std::atomic<bool> cancelled{true};
        QVERIFY2(!sameEntries(*r.index, *truth->index, &cancelled), qPrintable(fixture));
      } else {
        ++differ;
      }
    }
    // Most fixtures are read back as written; `batches`, `corrupt-crc` and four others are not.
    QCOMPARE(same, 15);
    QCOMPARE(differ, 6);
  }

  // The true view compared with batpak's index as it is read (TrueViewOptions::agreeWith)
  // shares that index exactly where sameEntries says a true view built in full agrees with
  // it; elsewhere it is that full true view. On every restore path batpak's index can come
  // from (each holds its ids in another layout), with the window's walk options; the findings
  // and the walk are those of the full build either way.
  void comparingPassSharesExactlyWhereEntriesAgree() {
    int shared = 0, built = 0;
    for (const QString& fixture : test::allFixtures()) {
      auto dir = test::openFixtureDir(fixture);
      for (RestorePathChoice path : {RestorePathChoice::Mmap, RestorePathChoice::Checkpoint,
                                     RestorePathChoice::Rebuild, RestorePathChoice::Scan}) {
        RestoreOptions ro;
        ro.path = path;
        auto r = restoreIndex(dir, ro);
        if (!r) continue;  // a path this fixture's artifacts do not offer
        const QString where = fixture + " " + restorePathChoiceName(path);
        TrueViewOptions full;
        full.hashPayloads = full.physicalWalk = full.walkMarkersOnly = true;
        TrueViewOptions comparing = full;
        comparing.agreeWith = r->index;
        auto a = buildTrueView(dir, nullptr, nullptr, full);
        auto b = buildTrueView(dir, nullptr, nullptr, comparing);
        QVERIFY2(a && b, qPrintable(where));
        QVERIFY2(!a->sharesFaithfulIndex, qPrintable(where));
        const bool agree = sameEntries(*r->index, *a->index);
        QVERIFY2(b->sharesFaithfulIndex == agree, qPrintable(where));
        if (agree) {
          QVERIFY2(b->index == r->index, qPrintable(where));
          ++shared;
        } else {
          QVERIFY2(b->index != r->index && sameEntries(*a->index, *b->index), qPrintable(where));
          QVERIFY2(b->phases.front().name == "compare with batpak's index (differs)", qPrintable(where));
          ++built;
        }
        QVERIFY2(trueViewDifference(*a->index, *b->index).empty(), qPrintable(where));
        QCOMPARE(b->findings.size(), a->findings.size());
        for (size_t i = 0; i < a->findings.size(); ++i) QCOMPARE(b->findings[i].toString(), a->findings[i].toString());
        QCOMPARE(b->walk->segments.size(), a->walk->segments.size());
        QVERIFY2(b->walk->findsThroughIndex() == a->walk->findsThroughIndex(), qPrintable(where));
        for (size_t k = 0; k < a->walk->segments.size(); ++k) {
          const SegmentWalk &x = a->walk->segments[k], &y = b->walk->segments[k];
          QVERIFY2(x.frameCount() == y.frameCount() && x.eventFrames == y.eventFrames && x.listed == y.listed &&
                       x.frames.size() == y.frames.size() && x.stoppedAt == y.stoppedAt,
                   qPrintable(where));
        }
      }
    }
    // Both outcomes occur (the counts are over fixtures and paths).
    QVERIFY(shared > 0);
    QVERIFY(built > 0);
    qInfo("shared %d, built in full %d", shared, built);
  }

  void faithfulPathsAgree_data() {
    QTest::addColumn<QString>("fixture");
    for (const char* f : {"multi-segment", "visibility", "varied-payloads", "compacted"}) QTest::newRow(f) << QString::fromLatin1(f);
  }
  void faithfulPathsAgree() {
    QFETCH(QString, fixture);
    const ComparisonResult r = compareFixture(fixture);
    for (const PathOutcome& p : r.paths) QVERIFY2(p.ok, p.error.c_str());
    for (const PathDisagreement& d : r.disagreements)
      QVERIFY2(!d.visible, (std::string(disagreementKindName(d.kind)) + " seq " + std::to_string(d.globalSequence) + ": " +
                            d.valueA + " vs " + d.valueB).c_str());
  }
};

QTEST_GUILESS_MAIN(PathComparisonTest)
#include "path_comparison_test.moc"
