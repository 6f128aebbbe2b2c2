// The causal graph model and its layered layout (causal_graph.h): on the `causal` fixture the
// graph holds exactly {row} ∪ Index::ancestors ∪ Index::descendants (depth limits honoured,
// the correlation group when asked); causation edges go from layer L to L+1, nodes of a layer
// never overlap and causation edges never cross; big fan-outs are elided; a 50,000-node
// synthetic forest lays out (times printed for 500, 5,000 and 50,000 nodes).
#include <QElapsedTimer>
#include <QtTest>

#include <set>

#include "batscope/analysis/causal_graph.h"
#include "batscope/restore/index.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {
std::shared_ptr<Index> open(const QString& fixture) { return restoredIndex(fixture); }

std::set<uint32_t> eventRows(const CausalGraph& g) {
  std::set<uint32_t> out;
  for (const GraphNode& n : g.nodes)
    if (!n.isElision()) out.insert(n.row);
  return out;
}

std::set<uint32_t> expectedRows(const Index& idx, uint32_t row) {
  std::set<uint32_t> out{row};
  for (uint32_t a : idx.ancestors(row, 2)) out.insert(a);
  for (uint32_t d : idx.descendants(row, 2)) out.insert(d);
  return out;
}

// Layer, overlap and crossing checks; returns an empty string when the layout is sound.
// Crossings are checked pairwise per adjacent layer pair for at most `maxPairsPerLayer` edges.
QString checkLayout(const CausalGraph& g, const GraphLayout& l, size_t maxEdgesPerLayer = 400) {
  if (l.nodes.size() != g.nodes.size()) return "size mismatch";
  std::map<uint32_t, std::vector<double>> layers;
  for (size_t i = 0; i < g.nodes.size(); ++i) layers[l.nodes[i].layer].push_back(l.nodes[i].x);
  for (auto& [layer, xs] : layers) {
    std::sort(xs.begin(), xs.end());
    for (size_t i = 1; i < xs.size(); ++i)
      if (xs[i] - xs[i - 1] < 1.0 - 1e-9) return QString("overlap in layer %1 at x=%2").arg(layer).arg(xs[i]);
  }
  std::map<uint32_t, std::vector<std::pair<double, double>>> edgesByLayer;
  for (const GraphEdge& e : g.edges) {
    if (e.kind != EdgeKind::Causation) continue;
    const auto& a = l.nodes[e.from];
    const auto& b = l.nodes[e.to];
    if (b.layer != a.layer + 1) return QString("edge %1->%2 spans layers %3->%4").arg(e.from).arg(e.to).arg(a.layer).arg(b.layer);
    auto& v = edgesByLayer[a.layer];
    if (v.size() < maxEdgesPerLayer) v.push_back({a.x, b.x});
  }
  for (const auto& [layer, v] : edgesByLayer)
    for (size_t i = 0; i < v.size(); ++i)
      for (size_t j = i + 1; j < v.size(); ++j)
        if ((v[i].first - v[j].first) * (v[i].second - v[j].second) < 0)
          return QString("crossing edges between layers %1 and %2").arg(layer).arg(layer + 1);
  return {};
}
}  // namespace

class CausalGraphTest : public QObject {
  Q_OBJECT
 private slots:
  void nodesAreAncestorsAndDescendants() {
    auto idx = open("causal");
    size_t checked = 0, withBoth = 0;
    for (uint32_t row : idx->visibleRows()) {
      for (auto [ad, dd] : {std::pair<size_t, size_t>{1u << 20, 1u << 20}, {1, 1}, {2, 3}, {0, 2}}) {
        GraphOptions o;
        o.ancestorDepth = ad;
        o.descendantDepth = dd;
        o.maxChildrenShown = 1u << 20;
        const CausalGraph g = buildCausalGraph(*idx, row, o);
        std::set<uint32_t> expected{row};
        for (uint32_t a : idx->ancestors(row, ad)) expected.insert(a);
        for (uint32_t d : idx->descendants(row, dd)) expected.insert(d);
        QCOMPARE(eventRows(g), expected);
        QCOMPARE(g.nodes.size(), expected.size());  // no elision nodes, no duplicates
        QVERIFY(g.focus >= 0);
        QCOMPARE(g.nodes[size_t(g.focus)].row, row);
        QVERIFY(!g.truncated);
        // Every causation edge is a real causation link.
        for (const GraphEdge& e : g.edges) {
          QCOMPARE(e.kind, EdgeKind::Causation);
          QCOMPARE(*idx->causationId(g.nodes[e.to].row), idx->eventId(g.nodes[e.from].row));
        }
        const GraphLayout l = layoutLayered(g);
        const QString problem = checkLayout(g, l);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Layer = depth from the root: the focus sits below its (limited) ancestor chain.
        QCOMPARE(size_t(l.nodes[size_t(g.focus)].layer), idx->ancestors(row, ad).size());
        ++checked;
      }
      if (!idx->ancestors(row).empty() && !idx->descendants(row).empty()) ++withBoth;
    }
    QVERIFY(checked >= 800);
    QVERIFY(withBoth > 10);
  }

  void correlationGroup() {
    auto idx = open("causal");
    size_t grew = 0;
    for (uint32_t row : idx->visibleRows()) {
      GraphOptions o;
      o.includeCorrelationGroup = true;
      o.maxChildrenShown = 1u << 20;
      o.ancestorDepth = 2;
      o.descendantDepth = 2;
      const CausalGraph g = buildCausalGraph(*idx, row, o);
      std::set<uint32_t> expected{row};
      for (uint32_t a : idx->ancestors(row, 2)) expected.insert(a);
      for (uint32_t d : idx->descendants(row, 2)) expected.insert(d);
      for (uint32_t m : idx->correlated(idx->correlationId(row))) expected.insert(m);
      QCOMPARE(eventRows(g), expected);
      size_t roots = 0, corr = 0;
      for (const GraphNode& n : g.nodes) roots += n.parent < 0;
      for (const GraphEdge& e : g.edges) corr += e.kind == EdgeKind::Correlation;
      QCOMPARE(corr, roots - 1);  // the trees are chained by correlation edges
      grew += g.nodes.size() > expectedRows(*idx, row).size();
      const GraphLayout l = layoutLayered(g);
      const QString problem = checkLayout(g, l);
      QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY(grew > 0);  // the group adds events beyond the depth-2 neighbourhood
  }

  void elision() {
    auto idx = open("causal");
    // The event with the most direct effects.
    uint32_t best = Index::kNoRow;
    size_t most = 0;
    for (uint32_t row : idx->visibleRows())
      if (idx->effectsOf(row).size() > most) { most = idx->effectsOf(row).size(); best = row; }
    QVERIFY(most >= 3);
    GraphOptions o;
    o.descendantDepth = 1;
    o.maxChildrenShown = 2;
    CausalGraph g = buildCausalGraph(*idx, best, o);
    size_t elisions = 0;
    for (const GraphNode& n : g.nodes) {
      if (!n.isElision()) continue;
      ++elisions;
      QCOMPARE(n.parent, g.focus);
      QCOMPARE(size_t(n.hiddenCount), most - 2);
    }
    QCOMPARE(elisions, size_t(1));
    QCOMPARE(g.eventNodeCount(), size_t(1 + 2) + idx->ancestors(best, o.ancestorDepth).size());
    QVERIFY(checkLayout(g, layoutLayered(g)).isEmpty());
    // Expanding (a higher limit for that parent) shows them all.
    o.childLimits[best] = 1000;
    g = buildCausalGraph(*idx, best, o);
    for (const GraphNode& n : g.nodes) QVERIFY(!n.isElision());
    QCOMPARE(g.eventNodeCount(), size_t(1 + most) + idx->ancestors(best, o.ancestorDepth).size());

    // maxNodes caps the graph.
    GraphOptions capped;
    capped.maxNodes = 3;
    capped.descendantDepth = 10;
    for (uint32_t row : idx->visibleRows()) {
      for (size_t cap : {1, 2, 3, 5}) {
        capped.maxNodes = cap;
        g = buildCausalGraph(*idx, row, capped);
        QVERIFY(g.eventNodeCount() <= cap);
        QCOMPARE(g.nodes[size_t(g.focus)].row, row);
        for (const GraphEdge& e : g.edges)
          if (!g.nodes[e.to].isElision())
            QCOMPARE(*idx->causationId(g.nodes[e.to].row), idx->eventId(g.nodes[e.from].row));
        QVERIFY(checkLayout(g, layoutLayered(g)).isEmpty());
      }
    }
  }

  void syntheticForestLayouts() {
    for (size_t size : {size_t(500), size_t(5000), size_t(50000)}) {
      const CausalGraph g = makeSyntheticForest(size, 42 + size);
      QCOMPARE(g.nodes.size(), size);
      QElapsedTimer t;
      t.start();
      const GraphLayout l = layoutLayered(g);
      const double ms = t.nsecsElapsed() / 1e6;
      qInfo("layout of %zu nodes: %.2f ms (%u layers, width %.0f slots)", size, ms, l.layerCount, l.width);
      QVERIFY(!l.cancelled);
      const QString problem = checkLayout(g, l, size >= 50000 ? 300 : 2000);
      QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // Degenerate shapes: a 50,000-deep chain, a 50,000-wide star, a caterpillar.
    for (int shape = 0; shape < 3; ++shape) {
      CausalGraph g;
      for (uint32_t i = 0; i < 50000; ++i) {
        GraphNode node;
        node.row = node.sequence = i;
        node.parent = i == 0 ? -1 : shape == 0 ? int32_t(i - 1) : shape == 1 ? 0 : int32_t(i % 2 ? i - 1 : i - 2);
        if (node.parent >= 0) g.edges.push_back({uint32_t(node.parent), i, EdgeKind::Causation});
        g.nodes.push_back(node);
      }
      QElapsedTimer t;
      t.start();
      const GraphLayout l = layoutLayered(g);
      qInfo("layout of a 50,000-node %s: %.2f ms", shape == 0 ? "chain" : shape == 1 ? "star" : "caterpillar",
            t.nsecsElapsed() / 1e6);
      QVERIFY2(checkLayout(g, l, 300).isEmpty(), qPrintable(checkLayout(g, l, 300)));
    }
    // Cancelling stops it.
    const CausalGraph big = makeSyntheticForest(50000, 7);
    std::atomic<bool> cancel{true};
    QVERIFY(layoutLayered(big, &cancel).cancelled);
  }

  void emptyAndInvalid() {
    auto idx = open("causal");
    QVERIFY(buildCausalGraph(*idx, Index::kNoRow).nodes.empty());
    QVERIFY(layoutLayered(CausalGraph{}).nodes.empty());
  }
};

QTEST_GUILESS_MAIN(CausalGraphTest)
#include "causal_graph_test.moc"
