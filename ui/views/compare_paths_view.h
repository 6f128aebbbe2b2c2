// Analyze → Compare restore paths: runs every restore path (mmap, checkpoint, rebuild, scan)
// read-only on the open directory in the background, then shows per path what batpak did
// and whether its true view is identical, where batpak's own (faithful) indexes of the paths
// disagree (double-click selects the event), and the paths' phases side by side. Below, the
// history of every open of this session.
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

#include "batscope/restore/path_comparison.h"

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

class QSplitter;
class QResizeEvent;

namespace batscope::ui {

class StoreSession;
class ViewState;

class ComparePathsView : public QWidget {
  Q_OBJECT
 public:
  struct OpenRecord {
    QDateTime when;
    QString directory;
    QString requestedPath;   // mmap / checkpoint / rebuild / scan
    QString source;          // batpak's RestoreSource
    double elapsedMs = 0;
    uint64_t events = 0;     // visible events
  };

  ComparePathsView(StoreSession* session, ViewState* state, QWidget* parent = nullptr);
  ~ComparePathsView() override;

  bool isRunning() const { return running_; }
  // The last finished comparison (null before the first one and after a new open).
  const ComparisonResult* result() const { return result_.get(); }
  const std::vector<OpenRecord>& history() const { return history_; }

  QTableWidget* pathsTable() const { return paths_; }
  QTableWidget* disagreementsTable() const { return disagreements_; }
  QTableWidget* historyTable() const { return historyTable_; }

  // Renders the view to a PNG at its current size (1000×600 when never laid out).
  bool exportPng(const QString& path);

 public slots:
  // Starts the comparison on the thread pool (does nothing without an open store or while
  // one runs).
  void run();
  void cancel();

 signals:
  void started();
  void progress(const QString& path, double fraction);
  void finished();   // also after a cancel; result() is null then

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QSplitter* middle_ = nullptr;  // disagreements beside the phases plot, or above it when narrow
  void recordOpen();
  void clearResult();
  void showResult();
  void buildPlot();
  void style();
  void followCurrent();
  void updateButtons();

  QPointer<StoreSession> session_;
  QPointer<ViewState> state_;
  QPushButton* runButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QProgressBar* progressBar_ = nullptr;
  QLabel* summary_ = nullptr;
  QTableWidget* paths_ = nullptr;
  QTableWidget* disagreements_ = nullptr;
  QTableWidget* historyTable_ = nullptr;
  QCustomPlot* plot_ = nullptr;
  std::shared_ptr<ComparisonResult> result_;
  std::vector<OpenRecord> history_;
  QFutureWatcher<void>* watcher_ = nullptr;
  std::shared_ptr<std::atomic<bool>> cancel_;
  uint64_t generation_ = 0;
  bool running_ = false;
  bool styling_ = false;
};

}  // namespace batscope::ui
