#include "plot_style.h"

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

bool exportViewPng(QWidget* view, const QString& path) {
  if (!view->isVisible() && !view->testAttribute(Qt::WA_Resized)) view->resize(1000, 600);
  view->ensurePolished();
  if (view->layout()) {
    view->layout()->invalidate();
    view->layout()->activate();
  }
  for (QCustomPlot* plot : view->findChildren<QCustomPlot*>()) plot->replot();
  const QPixmap pixmap = view->grab();
  return !pixmap.isNull() && pixmap.save(path, "PNG");
}

}  // namespace batscope::ui
