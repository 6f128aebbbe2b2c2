#include "views/causal_graph_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>

#include "graphviz_layout.h"
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPointer>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent>

#include <cmath>

#include "batscope/restore/index.h"
#include "views/causal_graph_canvas.h"
#include "models/event_table_model.h"
#include "number_text.h"
#include "store_session.h"
#include "theme.h"
#include "view_state.h"
#include "qt_executor.h"

namespace batscope::ui {

namespace {
std::shared_ptr<Index> sessionIndex(const StoreSession* s) {
  if (!s->index()) return {};
  if (s->background() && s->background()->truth && s->background()->truth->index.get() == s->index())
    return s->background()->truth->index;
  if (s->store()) return s->store()->restore.index;
  return {};
}

QColor colourFor(uint32_t key, bool dark) {
  const int hue = int(std::fmod(key * 137.50776, 360.0));  // golden angle: neighbouring ids differ
  return dark ? QColor::fromHsv(hue, 130, 120) : QColor::fromHsv(hue, 75, 250);
}
}  // namespace

struct CausalGraphView::Built {
  uint64_t generation = 0;
  uint32_t row = 0xffffffffu;
  CausalGraph graph;
  GraphLayout layout;
  std::vector<QString> labels;
  std::vector<QString> tooltips;  // the whole entity, kind, sequence, time and id of each node
  std::vector<uint32_t> entityKey;
  std::vector<uint16_t> kindKey;
  QPainterPath causation, correlation;
  QRectF bounds;
  double ms = 0;
  bool cancelled = false;
};

// ---- the view ----

CausalGraphView::CausalGraphView(StoreSession* session, ViewState* viewState, QWidget* parent)
    : QWidget(parent), session_(session), viewState_(viewState) {
  scene_ = new QGraphicsScene(this);
  canvas_ = new CausalGraphCanvas(this);
  canvas_->setScene(scene_);
  minimap_ = new CausalGraphMinimap(canvas_);
  minimap_->hide();
  watcher_ = new QFutureWatcher<std::shared_ptr<Built>>(this);

  auto* options = new QToolBar(this);
  options->setIconSize(QSize(16, 16));
  QToolBar* bar = options;
  bar->addWidget(new QLabel(tr("Ancestors "), bar));
  ancestorSpin_ = new QSpinBox(bar);
  ancestorSpin_->setRange(0, 10000);
  ancestorSpin_->setValue(int(options_.ancestorDepth));
  ancestorSpin_->setToolTip(tr("How many causes up the chain to show"));
  bar->addWidget(ancestorSpin_);
  bar->addWidget(new QLabel(tr("  Descendants "), bar));
  descendantSpin_ = new QSpinBox(bar);
  descendantSpin_->setRange(0, 10000);
  descendantSpin_->setValue(int(options_.descendantDepth));
  descendantSpin_->setToolTip(tr("How many levels of effects to show"));
  bar->addWidget(descendantSpin_);
  // The view's own tools on a row of their own: on one row with the options they were the
  // first to go behind the toolbar's "»" at the dock's usual width.
  auto* tools = new QToolBar(this);
  tools->setIconSize(QSize(16, 16));
  tools->setObjectName(QStringLiteral("GraphTools"));
  bar = tools;
  bar->addAction(tr("Fit"), this, &CausalGraphView::fitToView)
      ->setToolTip(tr("Fit the graph in the view, no smaller than its labels can be read (the overview shows the rest)"));
  bar->addAction(tr("+"), this, &CausalGraphView::zoomIn)->setToolTip(tr("Zoom in"));
  bar->addAction(tr("−"), this, &CausalGraphView::zoomOut)->setToolTip(tr("Zoom out"));
  bar->addSeparator();
  // Both exports behind one button: the row must keep Fit, zoom and Options visible in a
  // narrow dock, in every language.
  auto* exportButton = new QToolButton(bar);
  exportButton->setObjectName(QStringLiteral("GraphExport"));
  exportButton->setText(tr("Export"));
  exportButton->setToolTip(tr("Save the graph as an SVG or PNG image"));
  exportButton->setPopupMode(QToolButton::InstantPopup);
  auto* exportMenu = new QMenu(exportButton);
  exportMenu->addAction(tr("SVG…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export causal graph"), QStringLiteral("causal-graph.svg"),
                                                      tr("SVG images (*.svg)"));
    if (!path.isEmpty()) exportSvg(path);
  })->setToolTip(tr("Export the graph as SVG"));
  exportMenu->addAction(tr("PNG…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export causal graph"), QStringLiteral("causal-graph.png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty()) exportPng(path);
  })->setToolTip(tr("Export the graph as PNG"));
  exportButton->setMenu(exportMenu);
  bar->addWidget(exportButton);
  // The rest of the options in one menu on the tools row: as check boxes and a combo beside
  // the depths they went behind the toolbar's "»" at the dock's usual width.
  auto* more = new QToolButton(bar);
  more->setObjectName(QStringLiteral("GraphOptions"));
  more->setText(tr("Options"));
  more->setToolTip(tr("What the graph shows and how it is laid out and coloured"));
  more->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(more);
  correlationAction_ = menu->addAction(tr("Correlation group"));
  correlationAction_->setCheckable(true);
  correlationAction_->setToolTip(tr("Also show every event sharing the current event's correlation id"));
  graphvizAction_ = menu->addAction(tr("Graphviz dot"));
  graphvizAction_->setCheckable(true);
  graphvizAction_->setToolTip(tr("Lay out with Graphviz dot instead of Batscope's layered layout "
                                 "(only for neighbourhoods of at most %1 nodes: dot is slow on large graphs)")
                                  .arg(kGraphvizMaxNodes));
  connect(graphvizAction_, &QAction::toggled, this, [this] { rebuild(); });
  menu->addSeparator();
  auto* colours = new QActionGroup(menu);
  colourByEntityAction_ = menu->addAction(tr("Colour by entity"));
  colourByKindAction_ = menu->addAction(tr("Colour by kind"));
  for (QAction* a : {colourByEntityAction_, colourByKindAction_}) {
    a->setCheckable(true);
    colours->addAction(a);
  }
  colourByEntityAction_->setChecked(true);
  menu->setToolTipsVisible(true);
  more->setMenu(menu);
  bar->addSeparator();
  bar->addWidget(more);
  cancelAction_ = bar->addAction(tr("Cancel"), this, &CausalGraphView::cancel);
  cancelAction_->setToolTip(tr("Stop laying out the graph"));
  cancelAction_->setEnabled(false);
  cancelAction_->setVisible(false);  // shown while a layout runs, so the row's tools fit a narrow dock

  legend_ = new QLabel(this);
  legend_->setObjectName(QStringLiteral("GraphLegend"));
  legend_->setContentsMargins(6, 2, 6, 0);
  legend_->setWordWrap(true);
  legend_->setForegroundRole(QPalette::PlaceholderText);
  updateLegend();

  status_ = new QLabel(this);
  status_->setContentsMargins(6, 2, 6, 2);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(options);
  layout->addWidget(tools);
  layout->addWidget(canvas_, 1);
  layout->addWidget(legend_);
  layout->addWidget(status_);

  connect(ancestorSpin_, &QSpinBox::valueChanged, this, [this](int v) { setAncestorDepth(v); });
  connect(descendantSpin_, &QSpinBox::valueChanged, this, [this](int v) { setDescendantDepth(v); });
  connect(correlationAction_, &QAction::toggled, this, [this](bool on) { setIncludeCorrelationGroup(on); });
  connect(colourByKindAction_, &QAction::toggled, this,
          [this](bool kind) { setColourBy(kind ? ColourBy::Kind : ColourBy::Entity); });
  connect(canvas_, &CausalGraphCanvas::viewportChanged, this, [this] {
    minimap_->place();
    minimap_->update();
  });
  connect(watcher_, &QFutureWatcher<std::shared_ptr<Built>>::finished, this, &CausalGraphView::onBuilt);

  connect(viewState_, &ViewState::currentRowChanged, this, [this] { rebuild(); });
  connect(session_, &StoreSession::opened, this, [this] { options_.childLimits.clear(); fitPending_ = true; rebuild(); });
  connect(session_, &StoreSession::viewChanged, this, [this] { options_.childLimits.clear(); fitPending_ = true; rebuild(); });
  connect(session_, &StoreSession::closed, this, [this] { cancel(); options_.childLimits.clear(); clearGraph(); });
  updateStatus();
  if (session_->isOpen()) rebuild();
}

CausalGraphView::~CausalGraphView() {
  if (cancel_) cancel_->store(true);
  watcher_->disconnect(this);
  watcher_->waitForFinished();
}

void CausalGraphView::setAncestorDepth(int depth) {
  if (size_t(depth) == options_.ancestorDepth) return;
  options_.ancestorDepth = size_t(std::max(depth, 0));
  QSignalBlocker b(ancestorSpin_);
  ancestorSpin_->setValue(depth);
  fitPending_ = true;
  rebuild();
}

void CausalGraphView::setDescendantDepth(int depth) {
  if (size_t(depth) == options_.descendantDepth) return;
  options_.descendantDepth = size_t(std::max(depth, 0));
  QSignalBlocker b(descendantSpin_);
  descendantSpin_->setValue(depth);
  fitPending_ = true;
  rebuild();
}

void CausalGraphView::setIncludeCorrelationGroup(bool on) {
  if (on == options_.includeCorrelationGroup) return;
  options_.includeCorrelationGroup = on;
  QSignalBlocker b(correlationAction_);
  correlationAction_->setChecked(on);
  fitPending_ = true;
  rebuild();
}

void CausalGraphView::setMaxChildrenShown(size_t limit) {
  if (limit == options_.maxChildrenShown) return;
  options_.maxChildrenShown = std::max<size_t>(limit, 1);
  options_.childLimits.clear();
  rebuild();
}

void CausalGraphView::setColourBy(ColourBy by) {
  colourBy_ = by;
  QSignalBlocker b(colourByKindAction_);
  QSignalBlocker c(colourByEntityAction_);
  (by == ColourBy::Kind ? colourByKindAction_ : colourByEntityAction_)->setChecked(true);
  recolour();
  minimap_->refresh();
  updateLegend();
}

void CausalGraphView::updateLegend() {
  legend_->setText(tr("Arrow: cause → effect · dashed: same correlation · fill: %1 · orange frame: current event")
                       .arg(colourBy_ == ColourBy::Kind ? tr("kind") : tr("entity")));
  legend_->setToolTip(tr("Hover a box for its event's details; click it to select the event"));
}

QPointF CausalGraphView::nodePosition(int node) const {
  if (!shown_ || node < 0 || size_t(node) >= shown_->layout.nodes.size()) return {};
  return graphNodeCentre(shown_->layout.nodes[size_t(node)]);
}

const CausalGraph& CausalGraphView::graph() const {
  static const CausalGraph empty;
  return shown_ ? shown_->graph : empty;
}

const GraphLayout& CausalGraphView::layout() const {
  static const GraphLayout empty;
  return shown_ ? shown_->layout : empty;
}

std::vector<uint32_t> CausalGraphView::shownRows() const {
  std::vector<uint32_t> out;
  for (const CausalGraphNodeItem* item : nodeItems_) {
    const GraphNode& n = shown_->graph.nodes[size_t(item->node())];
    if (!n.isElision()) out.push_back(n.row);
  }
  return out;
}

QGraphicsItem* CausalGraphView::itemForRow(uint32_t row) const {
  if (!shown_) return nullptr;
  return itemForNode(shown_->graph.nodeOf(row));
}

QGraphicsItem* CausalGraphView::itemForNode(int node) const {
  if (node < 0 || size_t(node) >= nodeItems_.size()) return nullptr;
  return nodeItems_[size_t(node)];
}

void CausalGraphView::activateNode(int node) {
  if (!shown_ || node < 0 || size_t(node) >= shown_->graph.nodes.size()) return;
  const GraphNode& n = shown_->graph.nodes[size_t(node)];
  if (!n.isElision()) {
    viewState_->setCurrentRow(n.row);
    return;
  }
  // Expand: show a few hundred more children of that parent.
  const GraphNode& parent = shown_->graph.nodes[size_t(n.parent)];
  auto it = options_.childLimits.find(parent.row);
  const size_t current = it != options_.childLimits.end() ? it->second : options_.maxChildrenShown;
  options_.childLimits[parent.row] = current + 250;
  startBuild(shown_->row);
}

void CausalGraphView::fitToView() {
  if (scene_->items().isEmpty()) return;
  canvas_->fitInView(scene_->sceneRect(), Qt::KeepAspectRatio);
  if (canvas_->transform().m11() > 1.0) canvas_->setTransform(QTransform());
  // A bigger graph is shown around the current event at the smallest legible size, the
  // overview in the corner showing the rest.
  if (canvas_->transform().m11() < kLegibleScale) {
    canvas_->setTransform(QTransform::fromScale(kLegibleScale, kLegibleScale));
    if (shown_ && shown_->graph.focus >= 0)
      canvas_->centerOn(graphNodeCentre(shown_->layout.nodes[size_t(shown_->graph.focus)]));
    emit canvas_->viewportChanged();
    return;
  }
  if (shown_ && shown_->graph.focus >= 0 && canvas_->transform().m11() == 1.0)
    canvas_->centerOn(scene_->sceneRect().center());
  emit canvas_->viewportChanged();
}

void CausalGraphView::zoomIn() { canvas_->zoomBy(1.25); }
void CausalGraphView::zoomOut() { canvas_->zoomBy(1 / 1.25); }

void CausalGraphView::rebuild() { startBuild(viewState_->currentRow()); }

void CausalGraphView::cancel() {
  if (cancel_) cancel_->store(true);
  ++generation_;
  busy_ = false;
  cancelAction_->setEnabled(false);
  cancelAction_->setVisible(false);
  updateStatus();
}

void CausalGraphView::startBuild(uint32_t row) {
  if (cancel_) cancel_->store(true);
  const uint64_t gen = ++generation_;
  pendingRow_ = row;
  std::shared_ptr<Index> index = sessionIndex(session_);
  if (!index || row >= index->entryCount()) {
    busy_ = false;
    cancelAction_->setEnabled(false);
    cancelAction_->setVisible(false);
    clearGraph();
    return;
  }
  if (shown_ && shown_->row != row) fitPending_ = true;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  busy_ = true;
  cancelAction_->setEnabled(true);
  cancelAction_->setVisible(true);
  updateStatus();
  const GraphOptions options = options_;
  const bool useGraphviz = graphvizAction_ && graphvizAction_->isChecked();
  auto cancelFlag = cancel_;
  watcher_->setFuture(QtConcurrent::run(workPool(), [index, row, options, gen, cancelFlag, useGraphviz]() -> std::shared_ptr<Built> {
    QElapsedTimer timer;
    timer.start();
    auto b = std::make_shared<Built>();
    b->generation = gen;
    b->row = row;
    b->graph = buildCausalGraph(*index, row, options, cancelFlag.get());
    if (cancelFlag->load()) { b->cancelled = true; return b; }
    std::optional<GraphLayout> dot;
    if (useGraphviz) dot = layoutWithGraphviz(b->graph);  // refuses graphs over kGraphvizMaxNodes
    b->layout = dot ? std::move(*dot) : layoutLayered(b->graph, cancelFlag.get());
    if (b->layout.cancelled) { b->cancelled = true; return b; }
    const auto& nodes = b->graph.nodes;
    const size_t n = nodes.size();
    b->labels.resize(n);
    b->tooltips.resize(n);
    b->entityKey.resize(n);
    b->kindKey.resize(n);
    double maxX = 0;
    for (size_t i = 0; i < n; ++i) {
      if ((i & 1023) == 0 && cancelFlag->load()) { b->cancelled = true; return b; }
      maxX = std::max(maxX, b->layout.nodes[i].x);
      const GraphNode& node = nodes[i];
      if (node.isElision()) {
        b->labels[i] = QObject::tr("+%L1 more\nclick to expand").arg(node.hiddenCount);
        b->tooltips[i] = CausalGraphView::tr("%1 more events are linked here but not drawn: click to draw them")
                             .arg(grouped(node.hiddenCount));
        b->entityKey[i] = 0xfffffffeu;
        b->kindKey[i] = 0xffff;
        continue;
      }
      const IndexEntry& e = index->entry(node.row);
      QString entity = QString::fromUtf8(index->entity(node.row).data(), qsizetype(index->entity(node.row).size()));
      b->tooltips[i] = CausalGraphView::tr("%1\nkind %2 · global sequence %3\n%4 UTC\nevent %5")
                           .arg(entity, EventTableModel::kindText(e.kind), grouped(e.globalSequence),
                                QDateTime::fromMSecsSinceEpoch(qint64(e.wallMs), Qt::UTC)
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                QString::fromStdString(hexEncode(index->eventId(node.row))));
      if (entity.size() > 24) entity = entity.left(23) + QChar(0x2026);
      b->labels[i] = QStringLiteral("%1\n%2 · #%3").arg(entity, EventTableModel::kindText(e.kind)).arg(e.globalSequence);
      b->entityKey[i] = e.entityId;
      b->kindKey[i] = e.kind;
    }
    // Edges as two painter paths (one item each): causation arrows, correlation arcs.
    for (const GraphEdge& edge : b->graph.edges) {
      const QPointF a = graphNodeCentre(b->layout.nodes[edge.from]);
      const QPointF c = graphNodeCentre(b->layout.nodes[edge.to]);
      if (edge.kind == EdgeKind::Causation) {
        const QPointF from(a.x(), a.y() + kGraphNodeH / 2), to(c.x(), c.y() - kGraphNodeH / 2);
        b->causation.moveTo(from);
        b->causation.lineTo(to);
        const QLineF line(to, from);
        const double angle = std::atan2(-line.dy(), line.dx());
        const double len = 8, spread = 0.45;
        b->causation.moveTo(to + QPointF(std::cos(angle + spread) * len, -std::sin(angle + spread) * len));
        b->causation.lineTo(to);
        b->causation.lineTo(to + QPointF(std::cos(angle - spread) * len, -std::sin(angle - spread) * len));
      } else {
        const QPointF from(a.x(), a.y() - kGraphNodeH / 2), to(c.x(), c.y() - kGraphNodeH / 2);
        const double lift = std::min(40.0, 12 + std::abs(to.x() - from.x()) * 0.08);
        b->correlation.moveTo(from);
        b->correlation.cubicTo(from + QPointF(0, -lift), to + QPointF(0, -lift), to);
      }
    }
    const double arcs = b->correlation.isEmpty() ? 0 : 44;
    b->bounds = QRectF(-kGraphNodeW / 2 - kGraphMargin, -kGraphNodeH / 2 - kGraphMargin - arcs, maxX * kGraphSlotW + kGraphNodeW + 2 * kGraphMargin,
                       (std::max<uint32_t>(b->layout.layerCount, 1) - 1) * kGraphLayerH + kGraphNodeH + 2 * kGraphMargin + arcs);
    b->ms = timer.nsecsElapsed() / 1e6;
    return b;
  }));
}

void CausalGraphView::onBuilt() {
  const std::shared_ptr<Built> built = watcher_->result();
  if (!built || built->generation != generation_) return;  // superseded
  busy_ = false;
  cancelAction_->setEnabled(false);
  cancelAction_->setVisible(false);
  if (built->cancelled) { updateStatus(); return; }
  populateScene(built);
}

void CausalGraphView::clearGraph() {
  scene_->clear();
  nodeItems_.clear();
  shown_.reset();
  scene_->setSceneRect(QRectF());
  minimap_->refresh();
  updateStatus();
}

void CausalGraphView::populateScene(const std::shared_ptr<Built>& built) {
  QElapsedTimer timer;
  timer.start();
  const bool refit = fitPending_ || !shown_;
  const QPointF oldCentre = canvas_->mapToScene(canvas_->viewport()->rect().center());
  scene_->clear();
  nodeItems_.clear();
  shown_ = built;
  scene_->setSceneRect(built->bounds);
  const bool dark = isDarkPalette();
  const QColor edge = dark ? QColor(170, 170, 180) : QColor(90, 90, 100);
  auto* causation = scene_->addPath(built->causation, QPen(edge, 1.3));
  causation->setZValue(-1);
  QPen dashed(dark ? QColor(120, 170, 255) : QColor(40, 90, 200), 1.4, Qt::DashLine);
  auto* correlation = scene_->addPath(built->correlation, dashed);
  correlation->setZValue(-1);
  const auto& nodes = built->graph.nodes;
  nodeItems_.reserve(nodes.size());
  // Queued: selecting rebuilds the scene, which must not delete the item under its own handler.
  const auto activate = [view = QPointer<CausalGraphView>(this)](int node) {
    QMetaObject::invokeMethod(view, [view, node] { if (view) view->activateNode(node); }, Qt::QueuedConnection);
  };
  for (size_t i = 0; i < nodes.size(); ++i) {
    auto* item = new CausalGraphNodeItem(activate, int(i), &built->labels[i], nodes[i].isElision(), int(i) == built->graph.focus);
    item->setPos(graphNodeCentre(built->layout.nodes[i]));
    item->setToolTip(built->tooltips[i]);
    if (int(i) == built->graph.focus) item->setZValue(1);
    scene_->addItem(item);
    nodeItems_.push_back(item);
  }
  recolour();
  if (refit) {
    fitToView();
    // A big graph fitted is unreadable: stay readable and centre on the focus event instead.
    if (canvas_->transform().m11() < 0.45 && built->graph.focus >= 0) {
      canvas_->setTransform(QTransform::fromScale(0.8, 0.8));
      canvas_->centerOn(graphNodeCentre(built->layout.nodes[size_t(built->graph.focus)]));
    }
    fitPending_ = false;
  } else {
    canvas_->centerOn(oldCentre);
  }
  minimap_->refresh();
  minimap_->place();
  updateStatus();
  if (nodes.size() > 5000)
    status_->setText(status_->text() + tr(" · scene %1 ms").arg(timer.elapsed()));
  emit graphReady();
}

void CausalGraphView::recolour() {
  if (!shown_) return;
  const bool dark = isDarkPalette();
  const QColor text = dark ? QColor(235, 235, 235) : QColor(20, 20, 20);
  const QColor elision = dark ? QColor(80, 80, 85) : QColor(225, 225, 225);
  for (CausalGraphNodeItem* item : nodeItems_) {
    const size_t i = size_t(item->node());
    if (shown_->graph.nodes[i].isElision()) { item->setColours(elision, text); continue; }
    const uint32_t key = colourBy_ == ColourBy::Kind ? uint32_t(shown_->kindKey[i]) * 7919u + 13 : shown_->entityKey[i];
    item->setColours(colourFor(key, dark), text);
  }
}

void CausalGraphView::updateStatus() {
  if (busy_) { status_->setText(tr("Laying out the causal graph…")); return; }
  if (!shown_) {
    status_->setText(session_->isOpen() ? tr("Select an event to see its causes and effects.") : tr("No store open."));
    return;
  }
  const CausalGraph& g = shown_->graph;
  size_t elided = 0, hidden = 0;
  for (const GraphNode& n : g.nodes)
    if (n.isElision()) { ++elided; hidden += n.hiddenCount; }
  const size_t events = g.eventNodeCount(), layers = shown_->layout.layerCount;
  QString text = (events == 1 ? tr("1 event") : tr("%1 events").arg(grouped(events))) + QStringLiteral(" · ") +
                 (layers == 1 ? tr("1 layer") : tr("%1 layers").arg(grouped(layers))) + QStringLiteral(" · ") +
                 tr("layout %1 ms").arg(shown_->ms, 0, 'f', 1);
  if (elided) text += tr(" · %L1 hidden behind %L2 “more” nodes").arg(hidden).arg(elided);
  if (g.truncated) text += tr(" · truncated at %L1 events").arg(options_.maxNodes);
  status_->setText(text);
}

bool CausalGraphView::exportSvg(const QString& path) {
  if (!shown_ || scene_->items().isEmpty()) return false;
  const QRectF src = scene_->sceneRect();
  QSvgGenerator gen;
  gen.setFileName(path);
  gen.setSize(src.size().toSize());
  gen.setViewBox(QRectF(QPointF(0, 0), src.size()));
  gen.setTitle(tr("Causal graph"));
  gen.setDescription(tr("Batscope causal graph of event #%1").arg(viewState_->currentRow()));
  QPainter p;
  if (!p.begin(&gen)) return false;
  p.fillRect(QRectF(QPointF(0, 0), src.size()), palette().color(QPalette::Base));
  scene_->render(&p, QRectF(QPointF(0, 0), src.size()), src);
  p.end();
  return QFile(path).size() > 0;
}

bool CausalGraphView::exportPng(const QString& path) {
  if (!shown_ || scene_->items().isEmpty()) return false;
  const QRectF src = scene_->sceneRect();
  const double maxSide = 16000;
  const double s = std::min(2.0, maxSide / std::max(src.width(), src.height()));
  QImage image(QSize(std::max(1, int(src.width() * s)), std::max(1, int(src.height() * s))), QImage::Format_ARGB32_Premultiplied);
  image.fill(palette().color(QPalette::Base));
  QPainter p(&image);
  p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  scene_->render(&p, QRectF(QPointF(0, 0), image.size()), src);
  p.end();
  return image.save(path, "PNG");
}

}  // namespace batscope::ui
