// The causal graph around one event (issue 5): its causal ancestors and descendants (depth
// limited) and, optionally, its correlation group, as a forest (causation is a single optional
// parent). Huge fan-outs are elided behind "expand" nodes. Laid out by a tidy layered tree
// layout (depth -> layer, leaves left to right, parents centred over their children), which is
// crossing-free for causation edges and O(n log n). No Qt.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

namespace batscope {

class Index;

struct GraphOptions {
  size_t ancestorDepth = 8;
  size_t descendantDepth = 4;
  bool includeCorrelationGroup = false;
  size_t maxNodes = 50000;         // hard cap on event nodes (elision nodes not counted)
  size_t maxChildrenShown = 50;    // more children than this: the rest hide behind one elision node
  // Per-parent overrides of maxChildrenShown (Index row -> limit): what "expand" raises.
  std::map<uint32_t, size_t> childLimits;
};

enum class EdgeKind : uint8_t { Causation, Correlation };

struct GraphNode {
  static constexpr uint32_t kNoRow = 0xffffffffu;
  uint32_t row = kNoRow;        // Index row; kNoRow for an elision node
  int32_t parent = -1;          // node index of the causal parent in this graph; -1 = root
  uint32_t hiddenCount = 0;     // elision node: how many children of `parent` it stands for
  uint64_t sequence = 0;        // global sequence (orders siblings); elision nodes sort last
  bool isElision() const { return row == kNoRow; }
};

struct GraphEdge {
  uint32_t from = 0, to = 0;    // node indices
  EdgeKind kind = EdgeKind::Causation;
};

struct CausalGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  int32_t focus = -1;           // node index of the focus event (-1 for synthetic graphs)
  uint32_t focusRow = GraphNode::kNoRow;
  bool truncated = false;       // maxNodes was reached
  size_t eventNodeCount() const;
  // Node index of `row`, or -1.
  int32_t nodeOf(uint32_t row) const;
};

// Builds the graph around visible `row` of `index`. Thread-safe for concurrent readers of
// `index` (only const queries). Cancellable: returns what it has when *cancel turns true.
CausalGraph buildCausalGraph(const Index& index, uint32_t row, const GraphOptions& options = {},
                             const std::atomic<bool>* cancel = nullptr);

struct NodePlacement {
  uint32_t layer = 0;  // depth from the node's forest root
  double x = 0;        // horizontal position in slot units (distinct nodes of a layer are >= 1 apart)
};

struct GraphLayout {
  std::vector<NodePlacement> nodes;  // parallel to CausalGraph::nodes
  uint32_t layerCount = 0;
  double width = 0;                  // slots: every x is in [0, width)
  bool cancelled = false;
};

// Tidy layered layout of the causation forest: children ordered by global sequence, leaves
// placed left to right, parents centred over their children, roots (ordered by sequence)
// side by side. Causal cycles (possible in a corrupt store) are broken at the node reached
// first. O(n log n); checks *cancel every few thousand nodes.
GraphLayout layoutLayered(const CausalGraph& graph, const std::atomic<bool>* cancel = nullptr);

// A random causation forest of `nodes` nodes (random fan-out, some high fan-out nodes, several
// roots) for tests and benchmarks. Rows are 0..nodes-1, sequence = row.
CausalGraph makeSyntheticForest(size_t nodes, uint64_t seed);

}  // namespace batscope
