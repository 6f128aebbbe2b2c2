// Palette-following look for every QCustomPlot of the window (axes, grid, legend, labels),
// so plots read in the light and the dark theme alike, and the PNG export the views share.
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QCustomPlot;
class QWidget;

namespace batscope::ui {

// Background = Base, text/axes = Text, dotted grid; does not replot.
void applyPlotPalette(QCustomPlot* plot, const QPalette& palette, const QFont& font);
// The legend in a row of its own above the axis rect, `columns` entries to a line.
void placeLegendAbovePlot(QCustomPlot* plot, int columns);
// Lays `view` out (1000×600 if never sized), replots its plots, grabs it into a PNG.
// `scrolled`, where given, is the content of a scroll area inside `view`: it is grabbed
// whole, at its full height, instead of the part `view` shows.
bool exportViewPng(QWidget* view, const QString& path, QWidget* scrolled = nullptr);

}  // namespace batscope::ui
