#include "views/causal_graph_canvas.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace batscope::ui {

CausalGraphCanvas::CausalGraphCanvas(QWidget* parent) : QGraphicsView(parent) {
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
  setOptimizationFlags(QGraphicsView::DontSavePainterState);
}

void CausalGraphCanvas::zoomBy(double factor) {
  const double current = transform().m11();
  const double next = std::clamp(current * factor, 0.002, 8.0);
  scale(next / current, next / current);
  emit viewportChanged();
}

void CausalGraphCanvas::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0) return QGraphicsView::wheelEvent(event);
  zoomBy(std::pow(1.18, steps));
  event->accept();
}

void CausalGraphCanvas::scrollContentsBy(int dx, int dy) {
  QGraphicsView::scrollContentsBy(dx, dy);
  emit viewportChanged();
}

void CausalGraphCanvas::resizeEvent(QResizeEvent* event) {
  QGraphicsView::resizeEvent(event);
  emit viewportChanged();
}

CausalGraphNodeItem::CausalGraphNodeItem(std::function<void(int)> activate, int node, const QString* label,
                                         bool elision, bool focus)
    : activate_(std::move(activate)), node_(node), label_(label), elision_(elision), focus_(focus) {
  setData(0, node);
}

QRectF CausalGraphNodeItem::boundingRect() const {
  return {-kGraphNodeW / 2 - 2, -kGraphNodeH / 2 - 2, kGraphNodeW + 4, kGraphNodeH + 4};
}

void CausalGraphNodeItem::setColours(const QColor& fill, const QColor& text) {
  fill_ = fill;
  text_ = text;
  update();
}

void CausalGraphNodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) {
  const QRectF r(-kGraphNodeW / 2, -kGraphNodeH / 2, kGraphNodeW, kGraphNodeH);
  const double lod = option->levelOfDetailFromTransform(p->worldTransform());
  if (lod < 0.3) {  // far out: a plain block, no text
    p->fillRect(r, focus_ ? QColor(255, 140, 0) : fill_);
    return;
  }
  QPen pen(focus_ ? QColor(255, 130, 0) : fill_.darker(elision_ ? 130 : 160), focus_ ? 3.5 : 1.2);
  if (elision_) pen.setStyle(Qt::DashLine);
  p->setPen(pen);
  p->setBrush(fill_);
  p->drawRoundedRect(r, 8, 8);
  if (lod < 0.55) return;
  p->setPen(text_);
  QFont f = p->font();
  f.setPointSizeF(9);
  p->setFont(f);
  p->drawText(r.adjusted(6, 3, -6, -3), Qt::AlignCenter, *label_);
}

void CausalGraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
  e->button() == Qt::LeftButton ? e->accept() : e->ignore();
}

void CausalGraphNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* e) {
  if (e->button() != Qt::LeftButton || !boundingRect().contains(e->pos())) return;
  activate_(node_);
}

CausalGraphMinimap::CausalGraphMinimap(CausalGraphCanvas* canvas) : QWidget(canvas), canvas_(canvas) {
  setFixedSize(200, 130);
  setCursor(Qt::CrossCursor);
  setToolTip(QObject::tr("Overview: click or drag to move the view"));
}

void CausalGraphMinimap::refresh() {
  QGraphicsScene* scene = canvas_->scene();
  const QRectF src = scene ? scene->sceneRect() : QRectF();
  if (!scene || src.isEmpty() || scene->items().isEmpty()) {
    pixmap_ = QPixmap();
    hide();
    return;
  }
  const double s = std::min((width() - 4) / src.width(), (height() - 4) / src.height());
  target_ = QRectF(0, 0, src.width() * s, src.height() * s);
  target_.moveCenter(QPointF(width() / 2.0, height() / 2.0));
  pixmap_ = QPixmap(size());
  pixmap_.fill(Qt::transparent);
  QPainter p(&pixmap_);
  scene->render(&p, target_, src);
  p.end();
  raise();
  place();
  update();
}

void CausalGraphMinimap::place() {
  // A quarter of the view at most, so it never hides much of the graph it summarises; in a
  // view too small for that to be legible, none.
  const QSize view = canvas_->viewport()->size();
  const QSize wanted(std::min(200, view.width() / 4), std::min(130, view.height() / 4));
  const bool fits = wanted.width() >= 80 && wanted.height() >= 50;
  if (fits && wanted != size()) {
    setFixedSize(wanted);
    refresh();  // renders at the new size, then places it again
    return;
  }
  const QRectF visible = canvas_->mapToScene(canvas_->viewport()->rect()).boundingRect();
  const bool needed = fits && !pixmap_.isNull() && !visible.contains(canvas_->sceneRect().adjusted(20, 20, -20, -20));
  setVisible(needed);
  move(canvas_->viewport()->width() - width() - 8, canvas_->viewport()->height() - height() - 8);
}

void CausalGraphMinimap::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  QColor bg = palette().color(QPalette::Base);
  bg.setAlpha(245);
  p.fillRect(rect(), bg);
  p.setPen(palette().color(QPalette::Mid));
  p.drawRect(rect().adjusted(0, 0, -1, -1));
  p.drawPixmap(0, 0, pixmap_);
  const QRectF src = canvas_->sceneRect();
  if (src.isEmpty()) return;
  const QRectF visible = canvas_->mapToScene(canvas_->viewport()->rect()).boundingRect();
  const double s = target_.width() / src.width();
  QRectF frame(target_.left() + (visible.left() - src.left()) * s, target_.top() + (visible.top() - src.top()) * s,
               visible.width() * s, visible.height() * s);
  frame = frame.intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
  p.setPen(QPen(QColor(220, 60, 40), 1.5));
  p.setBrush(QColor(220, 60, 40, 30));
  p.drawRect(frame);
}

void CausalGraphMinimap::mousePressEvent(QMouseEvent* e) { centreAt(e->position()); }

void CausalGraphMinimap::mouseMoveEvent(QMouseEvent* e) {
  if (e->buttons() & Qt::LeftButton) centreAt(e->position());
}

void CausalGraphMinimap::centreAt(QPointF pt) {
  const QRectF src = canvas_->sceneRect();
  if (target_.isEmpty()) return;
  const double s = target_.width() / src.width();
  canvas_->centerOn(src.left() + (pt.x() - target_.left()) / s, src.top() + (pt.y() - target_.top()) / s);
}

}  // namespace batscope::ui
