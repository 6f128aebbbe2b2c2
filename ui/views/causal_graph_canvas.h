// The causal graph's drawing surface: the canvas (wheel zoom under the mouse, drag to pan),
// one item per event node, and the minimap that frames the visible part of a large graph.
// CausalGraphView fills it; nothing here knows the store.
#pragma once

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QPixmap>

#include <functional>

#include "batscope/analysis/causal_graph.h"

class QGraphicsSceneMouseEvent;

namespace batscope::ui {

// Node boxes in scene units, and the slot/layer grid the layout's placements map onto.
constexpr double kGraphSlotW = 180, kGraphNodeW = 160, kGraphNodeH = 52, kGraphLayerH = 104, kGraphMargin = 30;
inline QPointF graphNodeCentre(const NodePlacement& p) { return {p.x * kGraphSlotW, p.layer * kGraphLayerH}; }

class CausalGraphCanvas : public QGraphicsView {
  Q_OBJECT
 public:
  explicit CausalGraphCanvas(QWidget* parent = nullptr);
  void zoomBy(double factor);
 signals:
  void viewportChanged();
 protected:
  void wheelEvent(QWheelEvent* event) override;
  void scrollContentsBy(int dx, int dy) override;
  void resizeEvent(QResizeEvent* event) override;
};

// One event: a rounded box with its label; plainer as the view zooms out. A left click
// calls `activate` with the node index.
class CausalGraphNodeItem : public QGraphicsItem {
 public:
  CausalGraphNodeItem(std::function<void(int)> activate, int node, const QString* label, bool elision, bool focus);
  QRectF boundingRect() const override;
  void setColours(const QColor& fill, const QColor& text);
  int node() const { return node_; }
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override;

 protected:
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
  void mouseReleaseEvent(QGraphicsSceneMouseEvent* e) override;

 private:
  std::function<void(int)> activate_;
  int node_;
  const QString* label_;
  bool elision_, focus_;
  QColor fill_ = Qt::lightGray, text_ = Qt::black;
};

// A cached rendering of the whole scene with the visible area framed; click or drag to move.
class CausalGraphMinimap : public QWidget {
 public:
  explicit CausalGraphMinimap(CausalGraphCanvas* canvas);
  void refresh();
  void place();

 protected:
  void paintEvent(QPaintEvent*) override;
  void mousePressEvent(QMouseEvent* e) override;
  void mouseMoveEvent(QMouseEvent* e) override;

 private:
  void centreAt(QPointF pt);
  CausalGraphCanvas* canvas_;
  QPixmap pixmap_;
  QRectF target_;
};

}  // namespace batscope::ui
