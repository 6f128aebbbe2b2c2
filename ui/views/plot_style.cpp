#include "plot_style.h"

#include <algorithm>
#include <QLayout>
#include <QPixmap>
#include <qcustomplot.h>

namespace batscope::ui {

void applyPlotPalette(QCustomPlot* plot, const QPalette& palette, const QFont& font) {
  const QColor background = palette.color(QPalette::Base);
  const QColor text = palette.color(QPalette::Text);
  QColor grid = text;
  grid.setAlpha(45);
  plot->setBackground(background);
  for (QCPAxis* axis : plot->axisRect()->axes()) {
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
  }
  plot->legend->setTextColor(text);
  plot->legend->setFont(font);
}

bool exportViewPng(QWidget* view, const QString& path, QWidget* scrolled) {
  if (!view->isVisible() && !view->testAttribute(Qt::WA_Resized)) view->resize(1000, 600);
  view->ensurePolished();
  if (view->layout()) {
    view->layout()->invalidate();
    view->layout()->activate();
  }
  if (scrolled) scrolled->resize(scrolled->width(), std::max(scrolled->height(), scrolled->sizeHint().height()));
  for (QCustomPlot* plot : view->findChildren<QCustomPlot*>()) plot->replot();
  const QPixmap pixmap = (scrolled ? scrolled : view)->grab();
  return !pixmap.isNull() && pixmap.save(path, "PNG");
}

void placeLegendAbovePlot(QCustomPlot* plot, int columns) {
  plot->legend->setVisible(true);
  plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot->legend->setBorderPen(Qt::NoPen);
  plot->legend->setBrush(Qt::NoBrush);
  plot->axisRect()->insetLayout()->take(plot->legend);
  plot->plotLayout()->insertRow(0);
  plot->plotLayout()->addElement(0, 0, plot->legend);
  plot->plotLayout()->setRowSpacing(0);
  plot->plotLayout()->setRowStretchFactor(0, 0.001);  // the legend row takes only what it needs
  plot->legend->setMargins(QMargins(6, 4, 6, 2));
  plot->legend->setWrap(columns);
}

}  // namespace batscope::ui
