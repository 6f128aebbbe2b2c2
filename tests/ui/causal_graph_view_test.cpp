// The causal graph view (views/causal_graph_view.h) on the `causal` fixture: the scene shows
// exactly the engine's ancestors ∪ descendants ∪ {row}; clicking a node makes it the current
// event (and the graph follows); elision nodes expand; SVG and PNG export; zoom and fit.
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLabel>
#include <QtTest>

#include <memory>
#include <set>

#include "batscope/restore/index.h"
#include "store_session.h"
#include "view_state.h"
#include "views/causal_graph_canvas.h"
#include "views/causal_graph_view.h"

#include "ui_test_support.h"

using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {
using Open = SessionWithView<CausalGraphView>;

std::unique_ptr<Open> openCausal() {
  auto o = std::make_unique<Open>();
  o->view = std::make_unique<CausalGraphView>(o->session.get(), o->state.get());
  o->view->resize(900, 600);
  o->view->show();
  QSignalSpy opened(o->session.get(), &StoreSession::opened);
  QSignalSpy failed(o->session.get(), &StoreSession::openFailed);
  o->session->open(fixtureData(QStringLiteral("causal")));
  QElapsedTimer waited;
  waited.start();
  while (opened.isEmpty() && failed.isEmpty() && waited.elapsed() < 120000) QTest::qWait(10);
  if (!failed.isEmpty()) qFatal("open failed: %s", qPrintable(failed.first().first().toString()));
  if (opened.isEmpty()) qFatal("opening causal did not finish");
  return o;
}

// Sets the current row and waits for the graph of it.
bool selectAndWait(Open& o, uint32_t row) {
  QSignalSpy ready(o.view.get(), &CausalGraphView::graphReady);
  o.state->setCurrentRow(row);
  return ready.wait(30000) || (!o.view->isBusy() && o.view->graph().focusRow == row);
}

// The row with the most ancestors + descendants (both non-empty).
uint32_t richRow(const batscope::Index& idx) {
  uint32_t best = batscope::Index::kNoRow;
  size_t most = 0;
  for (uint32_t row : idx.visibleRows()) {
    const size_t a = idx.ancestors(row).size(), d = idx.descendants(row).size();
    if (a && d && a + d > most) { most = a + d; best = row; }
  }
  return best;
}

std::set<uint32_t> expectedRows(const batscope::Index& idx, uint32_t row, size_t ad, size_t dd) {
  std::set<uint32_t> out{row};
  for (uint32_t a : idx.ancestors(row, ad)) out.insert(a);
  for (uint32_t d : idx.descendants(row, dd)) out.insert(d);
  return out;
}

std::set<uint32_t> sceneRows(const CausalGraphView& v) {
  std::set<uint32_t> out;
  for (QGraphicsItem* item : v.scene()->items()) {
    const QVariant node = item->data(0);
    if (!node.isValid()) continue;
    const auto& n = v.graph().nodes[size_t(node.toInt())];
    if (!n.isElision()) out.insert(n.row);
  }
  return out;
}
}  // namespace

class CausalGraphViewTest : public QObject {
  Q_OBJECT
 private slots:
  void showsAncestorsAndDescendants() {
    auto o = openCausal();
    const uint32_t row = richRow(o->index());
    QVERIFY(row != batscope::Index::kNoRow);
    o->view->setAncestorDepth(1000);
    o->view->setDescendantDepth(1000);
    QVERIFY(selectAndWait(*o, row));
    QCOMPARE(o->view->graph().focusRow, row);
    QCOMPARE(sceneRows(*o->view), expectedRows(o->index(), row, 1000, 1000));
    const auto shown = o->view->shownRows();
    QCOMPARE(std::set<uint32_t>(shown.begin(), shown.end()), expectedRows(o->index(), row, 1000, 1000));

    // Depth limits from the view's options.
    QSignalSpy ready(o->view.get(), &CausalGraphView::graphReady);
    o->view->setAncestorDepth(1);
    QVERIFY(ready.wait(30000));
    o->view->setDescendantDepth(1);
    QVERIFY(ready.wait(30000));
    QCOMPARE(sceneRows(*o->view), expectedRows(o->index(), row, 1, 1));

    // The correlation group adds the correlated events and dashed edges.
    o->view->setIncludeCorrelationGroup(true);
    QVERIFY(ready.wait(30000));
    auto expected = expectedRows(o->index(), row, 1, 1);
    for (uint32_t m : o->index().correlated(o->index().correlationId(row))) expected.insert(m);
    QCOMPARE(sceneRows(*o->view), expected);
  }

  void clickingSelects() {
    auto o = openCausal();
    const uint32_t row = richRow(o->index());
    QVERIFY(selectAndWait(*o, row));
    const uint32_t cause = o->index().ancestors(row).front();
    QGraphicsItem* item = o->view->itemForRow(cause);
    QVERIFY(item);
    // A real mouse click on the item's centre in the canvas.
    o->view->canvas()->centerOn(item);
    const QPoint at = o->view->canvas()->mapFromScene(item->scenePos());
    QSignalSpy ready(o->view.get(), &CausalGraphView::graphReady);
    QTest::mouseClick(o->view->canvas()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(o->state->currentRow(), cause, 5000);
    QVERIFY(ready.wait(30000));
    QCOMPARE(o->view->graph().focusRow, cause);
    QVERIFY(o->view->itemForRow(row));  // the old focus is among the new focus's descendants
  }

  void elisionExpands() {
    auto o = openCausal();
    const auto& idx = o->index();
    uint32_t best = batscope::Index::kNoRow;
    size_t most = 0;
    for (uint32_t r : idx.visibleRows())
      if (idx.effectsOf(r).size() > most) { most = idx.effectsOf(r).size(); best = r; }
    QVERIFY(most >= 3);
    o->view->setDescendantDepth(1);
    o->view->setMaxChildrenShown(2);
    QVERIFY(selectAndWait(*o, best));
    int elision = -1;
    const auto& nodes = o->view->graph().nodes;
    for (size_t i = 0; i < nodes.size(); ++i)
      if (nodes[i].isElision()) { QCOMPARE(elision, -1); elision = int(i); }
    QVERIFY(elision >= 0);
    QCOMPARE(size_t(nodes[size_t(elision)].hiddenCount), most - 2);
    QCOMPARE(nodes[size_t(nodes[size_t(elision)].parent)].row, best);
    // Clicking "+N more" expands that parent's fan-out; the current event stays.
    QGraphicsItem* item = o->view->itemForNode(elision);
    QVERIFY(item);
    o->view->canvas()->centerOn(item);
    QSignalSpy ready(o->view.get(), &CausalGraphView::graphReady);
    QTest::mouseClick(o->view->canvas()->viewport(), Qt::LeftButton, {}, o->view->canvas()->mapFromScene(item->scenePos()));
    QVERIFY(ready.wait(30000));
    QCOMPARE(o->state->currentRow(), best);
    for (const auto& n : o->view->graph().nodes) QVERIFY(!n.isElision());
    for (uint32_t child : idx.effectsOf(best)) QVERIFY(o->view->itemForRow(child));
  }

  void exportsAndZoom() {
    auto o = openCausal();
    QVERIFY(selectAndWait(*o, richRow(o->index())));
    QTemporaryDir tmp;
    const QString svg = tmp.filePath("graph.svg"), png = tmp.filePath("graph.png");
    QVERIFY(o->view->exportSvg(svg));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("<svg"));
    QVERIFY(o->view->exportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 50 && image.height() > 50);

    const double before = o->view->canvas()->transform().m11();
    o->view->zoomIn();
    QVERIFY(o->view->canvas()->transform().m11() > before);
    o->view->zoomOut();
    o->view->zoomOut();
    QVERIFY(o->view->canvas()->transform().m11() < before);
    o->view->fitToView();
    const QRectF visible = o->view->canvas()->mapToScene(o->view->canvas()->viewport()->rect()).boundingRect();
    const double fitted = o->view->canvas()->transform().m11();
    if (fitted > CausalGraphView::kLegibleScale) {
      QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(o->view->scene()->sceneRect()));
    } else {  // too big to fit legibly: the smallest legible zoom, around the current event
      QCOMPARE(fitted, CausalGraphView::kLegibleScale);
      QVERIFY(o->view->graph().focus >= 0);
      const QPointF focus = o->view->nodePosition(o->view->graph().focus);
      QVERIFY(visible.contains(focus));
    }
    // A small window: Fit never shrinks the labels below legible.
    o->view->resize(160, 120);
    o->view->fitToView();
    QVERIFY(o->view->canvas()->transform().m11() >= CausalGraphView::kLegibleScale);

    // Every box says what it is when hovered; the legend says what the marks mean and follows
    // the colouring.
    int boxes = 0;
    for (QGraphicsItem* item : o->view->scene()->items())
      if (auto* node = dynamic_cast<CausalGraphNodeItem*>(item)) {
        ++boxes;
        QVERIFY(!node->toolTip().isEmpty());
      }
    QVERIFY(boxes > 1);
    auto* legend = o->view->findChild<QLabel*>(QStringLiteral("GraphLegend"));
    QVERIFY(legend);
    QVERIFY(legend->text().contains(QStringLiteral("cause")));
    QVERIFY(legend->text().contains(QStringLiteral("entity")));

    // Colour by kind and back keeps the graph.
    const size_t n = o->view->shownRows().size();
    o->view->setColourBy(CausalGraphView::ColourBy::Kind);
    QVERIFY(legend->text().contains(QStringLiteral("fill: kind")));
    o->view->setColourBy(CausalGraphView::ColourBy::Entity);
    QCOMPARE(o->view->shownRows().size(), n);

    // Screenshot for the docs when asked (BATSCOPE_SCREENSHOT=path.png).
    const QByteArray shot = qgetenv("BATSCOPE_SCREENSHOT");
    if (!shot.isEmpty()) {
      // A neighbourhood that fits: causes and effects, 10-20 events in all.
      const auto& idx = o->index();
      uint32_t pick = batscope::Index::kNoRow;
      for (uint32_t r : idx.visibleRows()) {
        const size_t a = idx.ancestors(r, 8).size(), d = idx.descendants(r, 3).size();
        if (a >= 2 && d >= 4 && a + d + 1 >= 10 && a + d + 1 <= 20) { pick = r; break; }
      }
      QVERIFY(pick != batscope::Index::kNoRow);
      QSignalSpy ready(o->view.get(), &CausalGraphView::graphReady);
      o->view->setDescendantDepth(3);
      QVERIFY(ready.wait(30000));
      QVERIFY(selectAndWait(*o, pick));
      QTest::qWait(100);
      QVERIFY(o->view->grab().save(QString::fromLocal8Bit(shot)));
    }
  }

  void closingClears() {
    auto o = openCausal();
    QVERIFY(selectAndWait(*o, richRow(o->index())));
    QVERIFY(!o->view->shownRows().empty());
    o->session->close();
    QTest::qWait(20);
    QVERIFY(o->view->shownRows().empty());
  }
};

QTEST_MAIN(CausalGraphViewTest)
#include "causal_graph_view_test.moc"
