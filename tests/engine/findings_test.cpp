// Findings as kind codes plus arguments (engine/base/findings): the kind table matches the
// enum, each pattern's placeholders match what its call sites pass, the English text is
// built in one pass, and the vocabulary the UI translates covers every word the engine
// passes as an argument.
#include <QtTest>

#include <algorithm>
#include <regex>
#include <set>

#include "batscope/base/findings.h"
#include "batscope/format/segment.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/restore/true_view.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

int highestPlaceholder(const std::string& pattern) {
  int highest = 0;
  for (size_t i = 0; i + 1 < pattern.size(); ++i)
    if (pattern[i] == '%' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') highest = std::max(highest, pattern[i + 1] - '0');
  return highest;
}

}  // namespace

class FindingsTest : public QObject {
  Q_OBJECT

 private slots:
  void kindTableFollowsTheEnum() {
    const auto& kinds = findingKinds();
    QVERIFY(kinds.size() > 30);
    std::set<std::string> names;
    for (size_t i = 0; i < kinds.size(); ++i) {
      QCOMPARE(size_t(kinds[i].code), i);
      QCOMPARE(&findingKind(kinds[i].code), &kinds[i]);
      QVERIFY2(names.insert(kinds[i].name).second, kinds[i].name);
      QVERIFY(std::string(kinds[i].category).size() > 0);
      QVERIFY(std::string(kinds[i].pattern).size() > 10);
    }
  }

  // Placeholders run %1..%N without gaps, so the UI's translated pattern can use them all.
  void placeholdersHaveNoGaps() {
    for (const FindingKind& k : findingKinds()) {
      const std::string p = k.pattern;
      for (int n = 1; n <= highestPlaceholder(p); ++n)
        QVERIFY2(p.find("%" + std::to_string(n)) != std::string::npos, k.name);
    }
  }

  void englishTextIsBuiltInOnePass() {
    QCOMPARE(substituteFindingArgs("a %1 b %2 c %1", {"x", "%2"}), std::string("a x b %2 c x"));
    QCOMPARE(substituteFindingArgs("100%1 and %9", {"%"}), std::string("100% and %9"));
    const Finding f = makeFinding(FindingCode::TornTailStopsScan, "000002.fbat", 4096,
                                  {frameStatusText(FrameStatus::Truncated)});
    QCOMPARE(f.severity, Finding::Severity::Warning);
    QCOMPARE(std::string(f.category()), std::string("torn-tail"));
    QCOMPARE(f.toString(), std::string("warning [torn-tail] 000002.fbat @4096: torn frame at end of segment "
                                       "(frame body truncated); the scan of this segment stops here"));
  }

  void everyFrameStatusIsATerm() {
    const auto& terms = findingTerms();
    auto isTerm = [&](const char* word) {
      return std::any_of(terms.begin(), terms.end(), [&](const char* t) { return std::string(t) == word; });
    };
    for (FrameStatus s : {FrameStatus::End, FrameStatus::TooShort, FrameStatus::Truncated, FrameStatus::TooLarge,
                          FrameStatus::CrcMismatch})
      QVERIFY2(isTerm(frameStatusText(s)), frameStatusText(s));
    for (const char* w : {"corruption", "CRC mismatch", "visible", "hidden"}) QVERIFY2(isTerm(w), w);
  }

  // Every finding a fixture produces passes as many arguments as its pattern names.
  void fixtureFindingsFillTheirPatterns() {
    int seen = 0;
    for (const QString& fixture : allFixtures()) {
      auto dir = DataDir::open(fixtureData(fixture).toStdString());
      QVERIFY(dir.ok());
      std::vector<Finding> findings;
      for (RestorePathChoice path : {RestorePathChoice::Mmap, RestorePathChoice::Rebuild, RestorePathChoice::Scan}) {
        RestoreOptions o;
        o.path = path;
        auto r = restoreIndex(*dir, o);
        if (!r) continue;
        findings.insert(findings.end(), r->findings.begin(), r->findings.end());
        if (path != RestorePathChoice::Mmap) continue;
        auto truth = buildTrueView(*dir);
        QVERIFY(truth.ok());
        findings.insert(findings.end(), truth->findings.begin(), truth->findings.end());
        const CrossCheckResult cc = crossCheck(**dir, *r->index, *truth->index);
        findings.insert(findings.end(), cc.findings.begin(), cc.findings.end());
      }
      for (const Finding& f : findings) {
        ++seen;
        QVERIFY2(int(f.args.size()) == highestPlaceholder(findingKind(f.code).pattern), f.toString().c_str());
      }
    }
    QVERIFY(seen > 10);
  }
};

QTEST_GUILESS_MAIN(FindingsTest)
#include "findings_test.moc"
