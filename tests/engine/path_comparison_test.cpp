// Compare restore paths over the batpak fixtures: every path's true view is the same index;
// batpak's own (faithful) paths disagree on `batches` (the cross-segment batch bug) and agree
// on every visible event of the fixtures whose read-back is path-independent.
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
