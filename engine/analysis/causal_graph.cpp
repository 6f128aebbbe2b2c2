// The causal graph around one event and its tidy layered layout (causal_graph.h).
#include "batscope/analysis/causal_graph.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>
#include <unordered_map>

#include "batscope/restore/index.h"

namespace batscope {

namespace {
constexpr uint64_t kElisionSequence = std::numeric_limits<uint64_t>::max();

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }
}  // namespace

size_t CausalGraph::eventNodeCount() const {
  size_t n = 0;
  for (const GraphNode& node : nodes) n += node.isElision() ? 0 : 1;
  return n;
}

int32_t CausalGraph::nodeOf(uint32_t row) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].row == row) return int32_t(i);
  return -1;
}

namespace {

// Each candidate's causal parent inside the candidate set (a position in `rows`), or -1.
std::vector<int32_t> causalParents(const Index& index, const std::vector<uint32_t>& rows,
                                   const std::unordered_map<uint32_t, uint32_t>& slotOf) {
  const size_t n = rows.size();
  std::vector<int32_t> parent(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const auto cause = index.causationId(rows[i]);
    if (!cause) continue;
    const uint32_t p = index.findById(*cause);
    if (p == Index::kNoRow || p == rows[i]) continue;
    auto it = slotOf.find(p);
    if (it != slotOf.end()) parent[i] = int32_t(it->second);
  }
  return parent;
}

// Breaks causal cycles (only a corrupt store has them) so the parents form a forest.
void breakCycles(std::vector<int32_t>& parent) {
  const size_t n = parent.size();
  std::vector<uint8_t> state(n, 0);  // 0 new, 1 on the current walk, 2 done
  std::vector<uint32_t> walk;
  for (size_t i = 0; i < n; ++i) {
    if (state[i]) continue;
    walk.clear();
    int32_t cur = int32_t(i);
    while (cur >= 0 && state[size_t(cur)] == 0) { state[size_t(cur)] = 1; walk.push_back(uint32_t(cur)); cur = parent[size_t(cur)]; }
    if (cur >= 0 && state[size_t(cur)] == 1) parent[size_t(cur)] = -1;  // cycle closes at `cur`
    for (uint32_t w : walk) state[w] = 2;
  }
}

// Elides big fan-outs the breadth-first walk did not see (correlation members attached to an
// ancestor, say): the candidates removed, with their subtrees; `hidden` counts them per parent
// row. The focus (position 0) and its ancestors always stay.
template <typename LimitFor>
std::vector<uint8_t> elideFanOuts(const Index& index, const std::vector<uint32_t>& rows,
                                  const std::unordered_map<uint32_t, uint32_t>& slotOf,
                                  const std::vector<uint32_t>& ancestors, const std::vector<int32_t>& parent,
                                  const LimitFor& limitFor, std::unordered_map<uint32_t, uint32_t>& hidden) {
  const size_t n = rows.size();
  std::vector<uint8_t> forced(n, 0), removed(n, 0);
  forced[0] = 1;
  for (uint32_t a : ancestors)
    if (auto it = slotOf.find(a); it != slotOf.end()) forced[it->second] = 1;
  std::vector<std::vector<uint32_t>> children(n);
  for (size_t i = 0; i < n; ++i)
    if (parent[i] >= 0) children[size_t(parent[i])].push_back(uint32_t(i));
  for (size_t p = 0; p < n; ++p) {
    auto& kids = children[p];
    const size_t limit = limitFor(rows[p]);
    if (kids.size() <= limit) continue;
    std::stable_sort(kids.begin(), kids.end(), [&](uint32_t a, uint32_t b) {
      return index.entry(rows[a]).globalSequence < index.entry(rows[b]).globalSequence;
    });
    size_t keep = limit;
    for (uint32_t k : kids) keep -= (forced[k] && keep > 0) ? 1 : 0;
    for (uint32_t k : kids) {
      if (forced[k]) continue;
      if (keep > 0) { --keep; continue; }
      removed[k] = 1;
      ++hidden[rows[p]];
    }
  }
  std::vector<uint32_t> stack;
  for (size_t i = 0; i < n; ++i)
    if (removed[i]) stack.push_back(uint32_t(i));
  while (!stack.empty()) {
    const uint32_t k = stack.back();
    stack.pop_back();
    for (uint32_t c : children[k])
      if (!removed[c]) { removed[c] = 1; stack.push_back(c); }
  }
  return removed;
}

// Edges: causation parent -> child; correlation edges chain the forest's roots (each tree
// holds a member of the focus's correlation group) in sequence order.
void addEdges(CausalGraph& g, bool correlation) {
  std::vector<uint32_t> roots;
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].parent >= 0)
      g.edges.push_back({uint32_t(g.nodes[i].parent), uint32_t(i), EdgeKind::Causation});
    else
      roots.push_back(uint32_t(i));
  }
  if (correlation && roots.size() > 1) {
    std::sort(roots.begin(), roots.end(), [&](uint32_t a, uint32_t b) {
      return std::pair(g.nodes[a].sequence, a) < std::pair(g.nodes[b].sequence, b);
    });
    for (size_t i = 1; i < roots.size(); ++i) g.edges.push_back({roots[i - 1], roots[i], EdgeKind::Correlation});
  }
}

}  // namespace

CausalGraph buildCausalGraph(const Index& index, uint32_t row, const GraphOptions& options,
                             const std::atomic<bool>* cancel) {
  CausalGraph g;
  if (row >= index.entryCount()) return g;
  g.focusRow = row;

  std::vector<uint32_t> rows;                      // candidate event rows, in insertion order
  std::unordered_map<uint32_t, uint32_t> slotOf;   // row -> position in `rows`
  std::unordered_map<uint32_t, uint32_t> hidden;   // parent row -> children hidden by elision
  auto add = [&](uint32_t r) {
    if (slotOf.count(r)) return true;
    if (rows.size() >= std::max<size_t>(options.maxNodes, 1)) { g.truncated = true; return false; }
    slotOf.emplace(r, uint32_t(rows.size()));
    rows.push_back(r);
    return true;
  };
  auto limitFor = [&](uint32_t parentRow) {
    auto it = options.childLimits.find(parentRow);
    return it != options.childLimits.end() ? it->second : options.maxChildrenShown;
  };

  add(row);
  const std::vector<uint32_t> anc = index.ancestors(row, options.ancestorDepth);
  for (uint32_t a : anc) add(a);

  // Descendants breadth first, as Index::descendants walks them, eliding big fan-outs as we go.
  std::vector<uint32_t> frontier{row};
  std::unordered_map<uint32_t, bool> seen{{row, true}};
  for (size_t depth = 0; depth < options.descendantDepth && !frontier.empty() && !g.truncated; ++depth) {
    std::vector<uint32_t> next;
    for (uint32_t r : frontier) {
      if (cancelled(cancel)) return g;
      std::vector<uint32_t> kids = index.effectsOf(r);
      std::stable_sort(kids.begin(), kids.end(), [&](uint32_t a, uint32_t b) {
        return index.entry(a).globalSequence < index.entry(b).globalSequence;
      });
      const size_t limit = limitFor(r);
      size_t kept = 0;
      for (uint32_t child : kids) {
        if (seen.count(child)) continue;
        seen.emplace(child, true);
        if (kept >= limit) { ++hidden[r]; continue; }
        if (!add(child)) break;
        ++kept;
        next.push_back(child);
      }
      if (g.truncated) break;
    }
    frontier = std::move(next);
  }

  if (options.includeCorrelationGroup && !g.truncated) {
    for (uint32_t m : index.correlated(index.correlationId(row)))
      if (!add(m)) break;
  }
  if (cancelled(cancel)) return g;

  const size_t n = rows.size();
  std::vector<int32_t> parent = causalParents(index, rows, slotOf);
  breakCycles(parent);

  const std::vector<uint8_t> removed = elideFanOuts(index, rows, slotOf, anc, parent, limitFor, hidden);

  // Emit nodes: event nodes in insertion order (focus first), then elision nodes.
  std::vector<int32_t> nodeIndex(n, -1);
  g.nodes.reserve(n + hidden.size());
  for (size_t i = 0; i < n; ++i) {
    if (removed[i]) continue;
    nodeIndex[i] = int32_t(g.nodes.size());
    GraphNode node;
    node.row = rows[i];
    node.sequence = index.entry(rows[i]).globalSequence;
    g.nodes.push_back(node);
  }
  for (size_t i = 0; i < n; ++i)
    if (nodeIndex[i] >= 0 && parent[i] >= 0) g.nodes[size_t(nodeIndex[i])].parent = nodeIndex[size_t(parent[i])];
  g.focus = 0;
  // Elision nodes, in parent order (deterministic).
  std::vector<std::pair<uint32_t, uint32_t>> elided(hidden.begin(), hidden.end());
  std::sort(elided.begin(), elided.end());
  for (const auto& [parentRow, count] : elided) {
    auto it = slotOf.find(parentRow);
    if (it == slotOf.end() || nodeIndex[it->second] < 0 || count == 0) continue;
    GraphNode node;
    node.parent = nodeIndex[it->second];
    node.hiddenCount = count;
    node.sequence = kElisionSequence;
    g.nodes.push_back(node);
  }

  addEdges(g, options.includeCorrelationGroup);
  return g;
}

namespace {
// The left and right outline of a laid-out subtree, one entry per depth below its top,
// stored deepest first (so adding a parent level is a push_back); value + off = position.
struct Contour {
  std::vector<double> left, right;
  double off = 0;
  size_t size() const { return left.size(); }
};

// Places subtree `b` (its top level at 0) right of `acc` with at least `sep` between them at
// every common depth; merges b's outline into acc and returns b's shift. O(min heights).
double mergeRight(Contour& acc, Contour& b, double sep) {
  const size_t la = acc.size(), lb = b.size(), common = std::min(la, lb);
  double shift = -std::numeric_limits<double>::infinity();
  for (size_t d = 0; d < common; ++d)
    shift = std::max(shift, acc.right[la - 1 - d] + acc.off - (b.left[lb - 1 - d] + b.off) + sep);
  if (common == 0) shift = 0;
  b.off += shift;
  if (lb <= la) {
    for (size_t d = 0; d < lb; ++d) acc.right[la - 1 - d] = b.right[lb - 1 - d] + b.off - acc.off;
    b = Contour{};
  } else {
    for (size_t d = 0; d < la; ++d) b.left[lb - 1 - d] = acc.left[la - 1 - d] + acc.off - b.off;
    acc = std::move(b);
    b = Contour{};
  }
  return shift;
}
}  // namespace

namespace {

// Children in CSR form (node p's children are kids[offset[p]..offset[p+1])), each range
// sorted by (sequence, node index).
struct ChildLists {
  std::vector<uint32_t> offset, kids;
};

ChildLists childrenBySequence(const CausalGraph& graph) {
  const size_t n = graph.nodes.size();
  ChildLists out{std::vector<uint32_t>(n + 1, 0), std::vector<uint32_t>(n)};
  for (const GraphNode& node : graph.nodes)
    if (node.parent >= 0 && size_t(node.parent) < n) ++out.offset[size_t(node.parent) + 1];
  std::partial_sum(out.offset.begin(), out.offset.end(), out.offset.begin());
  std::vector<uint32_t> fill(out.offset.begin(), out.offset.end() - 1);
  for (size_t i = 0; i < n; ++i) {
    const int32_t p = graph.nodes[i].parent;
    if (p >= 0 && size_t(p) < n) out.kids[fill[size_t(p)]++] = uint32_t(i);
  }
  auto bySequence = [&](uint32_t a, uint32_t b) {
    return std::pair(graph.nodes[a].sequence, a) < std::pair(graph.nodes[b].sequence, b);
  };
  for (size_t p = 0; p < n; ++p)
    if (out.offset[p + 1] - out.offset[p] > 1)
      std::sort(out.kids.begin() + out.offset[p], out.kids.begin() + out.offset[p + 1], bySequence);
  return out;
}

// Absolute positions from the relative ones, top down (pre-order), then shifted so the
// leftmost node is at 0.
void placeAbsolute(const ChildLists& children, const std::vector<uint32_t>& placedRoots,
                   const std::vector<int32_t>& treeParent, const std::vector<double>& rel, GraphLayout& out) {
  double minX = std::numeric_limits<double>::infinity(), maxX = -minX;
  std::vector<uint32_t> stack;
  for (uint32_t root : placedRoots) {
    stack.push_back(root);
    out.nodes[root].x = rel[root];
    while (!stack.empty()) {
      const uint32_t v = stack.back();
      stack.pop_back();
      minX = std::min(minX, out.nodes[v].x);
      maxX = std::max(maxX, out.nodes[v].x);
      for (uint32_t i = children.offset[v]; i < children.offset[v + 1]; ++i) {
        const uint32_t c = children.kids[i];
        if (treeParent[c] != int32_t(v)) continue;
        out.nodes[c].x = out.nodes[v].x + rel[c];
        stack.push_back(c);
      }
    }
  }
  for (NodePlacement& p : out.nodes) p.x -= minX;
  out.width = maxX - minX + 1;
}

}  // namespace

GraphLayout layoutLayered(const CausalGraph& graph, const std::atomic<bool>* cancel) {
  GraphLayout out;
  const size_t n = graph.nodes.size();
  out.nodes.resize(n);
  if (n == 0) return out;

  const ChildLists children = childrenBySequence(graph);
  const std::vector<uint32_t>& offset = children.offset;
  const std::vector<uint32_t>& kids = children.kids;
  auto bySequence = [&](uint32_t a, uint32_t b) {
    return std::pair(graph.nodes[a].sequence, a) < std::pair(graph.nodes[b].sequence, b);
  };
  if (cancelled(cancel)) { out.cancelled = true; return out; }

  std::vector<uint32_t> roots;
  for (size_t i = 0; i < n; ++i)
    if (graph.nodes[i].parent < 0 || size_t(graph.nodes[i].parent) >= n) roots.push_back(uint32_t(i));
  std::sort(roots.begin(), roots.end(), bySequence);

  // Post-order: each subtree is packed as tightly as its outline allows (Reingold–Tilford
  // style: siblings in sequence order, >= 1 slot apart at every depth, parent centred over its
  // first and last child), which keeps the layer order = depth-first order: no crossings.
  std::vector<uint8_t> visited(n, 0);
  std::vector<int32_t> treeParent(n, -1);
  std::vector<double> rel(n, 0);      // position relative to the tree parent (or forest slot for a root)
  std::vector<Contour> contour(n);
  Contour forest;
  std::vector<uint32_t> placedRoots;
  size_t work = 0;
  struct Frame { uint32_t node; uint32_t cursor; };
  std::vector<Frame> stack;
  auto layTree = [&](uint32_t root) {
    visited[root] = 1;
    out.nodes[root].layer = 0;
    stack.push_back({root, offset[root]});
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.cursor < offset[f.node + 1]) {
        const uint32_t c = kids[f.cursor++];
        if (visited[c]) continue;  // cycles only
        visited[c] = 1;
        treeParent[c] = int32_t(f.node);
        out.nodes[c].layer = out.nodes[f.node].layer + 1;
        out.layerCount = std::max(out.layerCount, out.nodes[c].layer + 1);
        stack.push_back({c, offset[c]});
        continue;
      }
      const uint32_t v = f.node;
      stack.pop_back();
      Contour acc;
      double first = 0, last = 0;
      bool any = false;
      for (uint32_t i = offset[v]; i < offset[v + 1]; ++i) {
        const uint32_t c = kids[i];
        if (treeParent[c] != int32_t(v)) continue;
        if (!any) {
          acc = std::move(contour[c]);
          rel[c] = 0;
          any = true;
        } else {
          rel[c] = mergeRight(acc, contour[c], 1.0);
          last = rel[c];
        }
      }
      const double centre = any ? (first + last) / 2 : 0;
      for (uint32_t i = offset[v]; i < offset[v + 1]; ++i)
        if (treeParent[kids[i]] == int32_t(v)) rel[kids[i]] -= centre;
      acc.off -= centre;
      acc.left.push_back(-acc.off);
      acc.right.push_back(-acc.off);
      contour[v] = std::move(acc);
      if ((++work & 4095) == 0 && cancelled(cancel)) { out.cancelled = true; return; }
    }
    // Trees side by side, with a slot of air between them.
    rel[root] = placedRoots.empty() ? 0 : mergeRight(forest, contour[root], 2.0);
    if (placedRoots.empty()) forest = std::move(contour[root]);
    placedRoots.push_back(root);
  };
  out.layerCount = 1;
  for (uint32_t r : roots) {
    layTree(r);
    if (out.cancelled) return out;
  }
  for (size_t i = 0; i < n; ++i)  // unreachable from a root: a cycle; start a tree there
    if (!visited[i]) {
      layTree(uint32_t(i));
      if (out.cancelled) return out;
    }
  contour.clear();

  placeAbsolute(children, placedRoots, treeParent, rel, out);
  return out;
}

CausalGraph makeSyntheticForest(size_t nodes, uint64_t seed) {
  CausalGraph g;
  g.nodes.reserve(nodes);
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  auto fanOut = [&]() -> size_t {
    const double u = unit(rng);
    if (u < 0.02) return 10 + size_t(unit(rng) * 70);  // the occasional big fan-out
    if (u < 0.35) return 0;
    if (u < 0.65) return 1;
    if (u < 0.85) return 2;
    return 3 + size_t(unit(rng) * 3);
  };
  std::vector<uint32_t> queue;
  size_t head = 0;
  auto addNode = [&](int32_t parent) {
    GraphNode node;
    node.row = uint32_t(g.nodes.size());
    node.parent = parent;
    node.sequence = node.row;
    g.nodes.push_back(node);
    queue.push_back(node.row);
    if (parent >= 0) g.edges.push_back({uint32_t(parent), node.row, EdgeKind::Causation});
  };
  while (g.nodes.size() < nodes) {
    if (head == queue.size() || unit(rng) < 0.0005) addNode(-1);  // a new root
    const uint32_t p = queue[head++];
    for (size_t k = fanOut(); k > 0 && g.nodes.size() < nodes; --k) addNode(int32_t(p));
  }
  return g;
}

}  // namespace batscope
