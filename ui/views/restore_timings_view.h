// Where the open's time went: the restore path stated in words (and why batpak took it), a
// Gantt chart of the restore and background phases, per-segment read times colored by how
// the segment was read (footer vs frame scan), and restored vs tail entries. The plots
// follow the palette, so they are dark in a dark theme.
#pragma once

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <vector>

#include "batscope/base/findings.h"

class QCustomPlot;
class QCPTextElement;
class QBoxLayout;
class QLabel;
class QScrollArea;

namespace batscope::ui {

class StoreSession;
struct OpenedStore;
struct BackgroundResults;

class RestoreTimingsView : public QWidget {
  Q_OBJECT
 public:
  explicit RestoreTimingsView(StoreSession* session, QWidget* parent = nullptr);

  // The path taken, in words (what the top of the view says, as plain text).
  QString pathText() const;
  // One Gantt bar per phase, top to bottom: restore phases, then the background phases.
  QStringList ganttRows() const { return ganttRows_; }
  int ganttBarCount() const;

  QCustomPlot* segmentPlot() const { return segments_; }
  QCustomPlot* ganttPlot() const { return gantt_; }
  QCustomPlot* entriesPlot() const { return entries_; }
  // The panel scrolls where the dock is too short for its text and plots.
  QScrollArea* scrollArea() const { return scroll_; }

  // Renders the whole view (words and plots) to a PNG at its current size (1000×600 when
  // it has never been laid out). False when the file cannot be written.
  bool exportPng(const QString& path);

  // The restore path and its reason in plain sentences: headline, then the details.
  static QStringList describe(const OpenedStore& store, const std::vector<Finding>& findings,
                              const BackgroundResults* background, bool backgroundRunning);

 public slots:
  void refresh();

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QCustomPlot* makePlot(const QString& title, QCPTextElement*& titleElement, bool withLegend = true);
  void styleAll();
  void style(QCustomPlot* plot, QCPTextElement* title);
  void buildGantt();
  void fitGanttRange();
  void labelGanttRows();
  void fitLegend(QCustomPlot* plot, const QCPTextElement* title);
  static void layOut(QCustomPlot* plot);
  void refitGantt();
  void buildSegments();
  void buildEntries();

  QPointer<StoreSession> session_;
  QLabel* headline_ = nullptr;
  QLabel* details_ = nullptr;
  QCustomPlot* gantt_ = nullptr;
  QTimer ganttRefit_;  // single shot: one refit per burst of resizes
  QCustomPlot* segments_ = nullptr;
  QCustomPlot* entries_ = nullptr;
  QBoxLayout* chartsRow_ = nullptr;
  QScrollArea* scroll_ = nullptr;
  QCPTextElement* ganttTitle_ = nullptr;
  QCPTextElement* segmentsTitle_ = nullptr;
  QCPTextElement* entriesTitle_ = nullptr;
  QStringList ganttRows_;
  double ganttEnd_ = 0;  // where the last bar ends (ms)
  bool styling_ = false;
};

}  // namespace batscope::ui
