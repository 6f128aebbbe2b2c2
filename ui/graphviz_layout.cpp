#include "graphviz_layout.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <string>

namespace batscope::ui {

std::optional<GraphLayout> layoutWithGraphviz(const CausalGraph& graph) {
  if (graph.nodes.empty() || graph.nodes.size() > kGraphvizMaxNodes) return std::nullopt;
  // libgvc keeps global state: one layout at a time.
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  GVC_t* gvc = gvContext();
  if (!gvc) return std::nullopt;
  Agraph_t* g = agopen(const_cast<char*>("causal"), Agdirected, nullptr);
  agsafeset(g, const_cast<char*>("rankdir"), const_cast<char*>("TB"), const_cast<char*>(""));
  agsafeset(g, const_cast<char*>("nodesep"), const_cast<char*>("0.3"), const_cast<char*>(""));
  std::vector<Agnode_t*> nodes(graph.nodes.size());
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    std::string name = "n" + std::to_string(i);
    nodes[i] = agnode(g, name.data(), 1);
    agsafeset(nodes[i], const_cast<char*>("shape"), const_cast<char*>("box"), const_cast<char*>(""));
    agsafeset(nodes[i], const_cast<char*>("fixedsize"), const_cast<char*>("true"), const_cast<char*>(""));
    agsafeset(nodes[i], const_cast<char*>("width"), const_cast<char*>("1.6"), const_cast<char*>(""));
    agsafeset(nodes[i], const_cast<char*>("height"), const_cast<char*>("0.5"), const_cast<char*>(""));
  }
  for (const GraphEdge& e : graph.edges) {
    if (e.from >= nodes.size() || e.to >= nodes.size()) continue;
    Agedge_t* edge = agedge(g, nodes[e.from], nodes[e.to], nullptr, 1);
    if (e.kind == EdgeKind::Correlation)
      agsafeset(edge, const_cast<char*>("constraint"), const_cast<char*>("false"), const_cast<char*>(""));
  }
  std::optional<GraphLayout> out;
  if (gvLayout(gvc, g, "dot") == 0) {
    GraphLayout layout;
    layout.nodes.resize(graph.nodes.size());
    // dot's y grows upwards; ranks are distinct y values from the top.
    std::map<double, uint32_t, std::greater<double>> ranks;
    double minX = 1e300, maxX = -1e300;
    for (Agnode_t* n : nodes) {
      ranks.emplace(ND_coord(n).y, 0);
      minX = std::min(minX, ND_coord(n).x);
      maxX = std::max(maxX, ND_coord(n).x);
    }
    uint32_t r = 0;
    for (auto& [y, rank] : ranks) rank = r++;
    const double slot = 1.9 * 72.0;  // node width 1.6in plus separation, in points
    for (size_t i = 0; i < nodes.size(); ++i) {
      layout.nodes[i].layer = ranks[ND_coord(nodes[i]).y];
      layout.nodes[i].x = (ND_coord(nodes[i]).x - minX) / slot;
    }
    layout.layerCount = r;
    layout.width = (maxX - minX) / slot + 1;
    gvFreeLayout(gvc, g);
    out = std::move(layout);
  }
  agclose(g);
  gvFreeContext(gvc);
  return out;
}

}  // namespace batscope::ui
