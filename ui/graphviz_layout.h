// Graphviz `dot` (through libgvc) as an alternative layout of a small causal graph. Only for
// small neighbourhoods: dot is known to take minutes on a few hundred nodes with high fan-in,
// so it refuses graphs above kGraphvizMaxNodes and the view falls back to our own layout.
#pragma once

#include <optional>

#include "batscope/analysis/causal_graph.h"

namespace batscope::ui {

inline constexpr size_t kGraphvizMaxNodes = 200;

// Lays `graph` out with dot; layers are dot's ranks (distinct y), x is in node slots like
// layoutLayered's. Empty when the graph is too large or Graphviz fails.
std::optional<GraphLayout> layoutWithGraphviz(const CausalGraph& graph);

}  // namespace batscope::ui
