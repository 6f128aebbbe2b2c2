// The causal graph of the current event (issue 5): its ancestors and descendants (depth
// adjustable) and optionally its correlation group, laid out by the engine's tidy layered
// layout (causal_graph.h) on the thread pool (cancellable), drawn in a QGraphicsView with
// wheel zoom, drag pan, fit and a minimap. Nodes are coloured by entity or kind; causation
// edges are solid arrows, correlation edges dashed. Clicking a node makes it the current
// event; clicking an elision ("+N more") node expands that fan-out. Exports SVG and PNG.
#pragma once

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QWidget>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

#include "batscope/analysis/causal_graph.h"

class QAction;
class QAction;
class QGraphicsScene;
class QLabel;
class QSpinBox;

namespace batscope::ui {

class StoreSession;
class ViewState;
class CausalGraphCanvas;
class CausalGraphMinimap;
class CausalGraphNodeItem;

class CausalGraphView : public QWidget {
  Q_OBJECT
 public:
  // Below this zoom a node's label cannot be read: Fit goes no smaller.
  static constexpr double kLegibleScale = 0.6;
  enum class ColourBy { Entity, Kind };
  // Everything a worker computes for one graph (graph, layout, labels, edge paths).
  struct Built;

  CausalGraphView(StoreSession* session, ViewState* viewState, QWidget* parent = nullptr);
  ~CausalGraphView() override;

  // ---- options (the toolbar sets the same) ----
  void setAncestorDepth(int depth);
  void setDescendantDepth(int depth);
  void setIncludeCorrelationGroup(bool on);
  void setColourBy(ColourBy by);
  // More children than this under one parent hide behind an elision node (default 50).
  void setMaxChildrenShown(size_t limit);

  // ---- what is shown ----
  QGraphicsScene* scene() const { return scene_; }
  CausalGraphCanvas* canvas() const { return canvas_; }
  bool isBusy() const { return busy_; }
  // The graph on the scene (empty before the first one is ready).
  const CausalGraph& graph() const;
  // Where node `node` of graph() sits in the scene (its centre).
  QPointF nodePosition(int node) const;
  const GraphLayout& layout() const;
  // Index rows of the event nodes on the scene.
  std::vector<uint32_t> shownRows() const;
  // The scene item of an event row / of a graph node, or nullptr.
  QGraphicsItem* itemForRow(uint32_t row) const;
  QGraphicsItem* itemForNode(int node) const;
  // What a click on node `node` does: select its event, or expand an elision node.
  void activateNode(int node);

  // ---- actions ----
  void fitToView();
  void zoomIn();
  void zoomOut();
  bool exportSvg(const QString& path);
  bool exportPng(const QString& path);
  // Rebuilds for the current event (also done on every currentRowChanged); cancels a running one.
  void rebuild();
  void cancel();

 signals:
  // A graph has been laid out and put on the scene.
  void graphReady();

 private:
  void startBuild(uint32_t row);
  void onBuilt();
  void populateScene(const std::shared_ptr<Built>& built);
  void recolour();
  void updateLegend();
  void clearGraph();
  void updateStatus();

  StoreSession* session_;
  ViewState* viewState_;
  QGraphicsScene* scene_;
  CausalGraphCanvas* canvas_;
  CausalGraphMinimap* minimap_;
  QSpinBox* ancestorSpin_;
  QSpinBox* descendantSpin_;
  QLabel* legend_ = nullptr;  // what arrows, arcs, fills and the frame mean
  QAction* correlationAction_ = nullptr;
  QAction* graphvizAction_ = nullptr;
  QAction* colourByEntityAction_ = nullptr;
  QAction* colourByKindAction_ = nullptr;
  QAction* cancelAction_;
  QLabel* status_;

  GraphOptions options_;
  ColourBy colourBy_ = ColourBy::Entity;
  std::shared_ptr<Built> shown_;
  std::vector<CausalGraphNodeItem*> nodeItems_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  QFutureWatcher<std::shared_ptr<Built>>* watcher_;
  uint64_t generation_ = 0;
  uint32_t pendingRow_ = 0xffffffffu;
  bool busy_ = false;
  bool fitPending_ = true;
};

}  // namespace batscope::ui
