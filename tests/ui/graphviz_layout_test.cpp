// Graphviz dot (libgvc) as the small-graph layout: every node placed, causes above their
// effects, no two nodes of a rank on the same spot; large graphs are refused.
#include <QtTest>

#include <map>
#include <set>

#include "graphviz_layout.h"

using namespace batscope;
using namespace batscope::ui;

class GraphvizLayoutTest : public QObject {
  Q_OBJECT
 private slots:
  void smallForestIsLaidOut() {
    const CausalGraph g = makeSyntheticForest(60, 7);
    const auto layout = layoutWithGraphviz(g);
    QVERIFY(layout.has_value());
    QCOMPARE(layout->nodes.size(), g.nodes.size());
    for (const GraphEdge& e : g.edges)
      if (e.kind == EdgeKind::Causation) QVERIFY(layout->nodes[e.from].layer < layout->nodes[e.to].layer);
    std::map<uint32_t, std::set<long>> taken;
    for (const NodePlacement& p : layout->nodes) {
      const long x = std::lround(p.x * 100);
      QVERIFY2(taken[p.layer].insert(x).second, "two nodes on one spot");
    }
  }
  void largeGraphsAreRefused() {
    QVERIFY(!layoutWithGraphviz(makeSyntheticForest(kGraphvizMaxNodes + 1, 3)).has_value());
  }
};

QTEST_MAIN(GraphvizLayoutTest)
#include "graphviz_layout_test.moc"
