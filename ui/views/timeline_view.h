// Events over time: a stacked histogram (QCustomPlot) of the visible events by wall-clock
// time, stacked by scope or by kind category, about 200 buckets over whatever time range is
// shown (recomputed on zoom). The wheel and a drag zoom and pan the time axis; Shift+drag
// (or the "Select span" mode) picks a time span, which becomes the `after:`/`before:` terms
// of the shared filter; clicking a bar makes the bucket's first event current; the current
// event is marked by a vertical line. Follows the palette (dark in a dark theme).
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemRect;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;
class QMouseEvent;

namespace batscope { class Index; }

namespace batscope::ui {

class StoreSession;
class ViewState;

class TimelineView : public QWidget {
  Q_OBJECT
 public:
  enum class StackMode { Scope, KindCategory };

  TimelineView(StoreSession* session, ViewState* state, QWidget* parent = nullptr);

  // The buckets currently shown: their width (ms), the first one's start (ms since the
  // epoch), the number of events in each (all stacks together) and the stack names.
  double bucketWidthMs() const { return bucketMs_; }
  double firstBucketMs() const { return firstBucketMs_; }
  std::vector<uint64_t> bucketTotals() const;
  uint64_t countedEvents() const;
  QStringList stackNames() const { return groupNames_; }
  // The current-event marker's time (ms since the epoch), NaN when none is shown.
  double markerMs() const;
  // The visible time range (ms since the epoch).
  double rangeStartMs() const;
  double rangeEndMs() const;

  QCustomPlot* plot() const { return plot_; }
  // From this many visible events on, a refresh orders and counts them on the pool (10M:
  // ~145 ms the GUI thread would otherwise wait), and the bars show once that is done
  // (refreshed()).
  void setAsyncRefreshRows(size_t rows) { asyncRefreshRows_ = rows; }


  // Renders the view to a PNG at its current size (1000×600 when never laid out).
  bool exportPng(const QString& path);

 public slots:
  void refresh();
  void setStackMode(batscope::ui::TimelineView::StackMode mode);
  // Sets the filter to the span [fromMs, toMs) (what Shift+drag does).
  void selectSpan(double fromMs, double toMs);
  // Makes the first event of the bucket holding `ms` current (what a click on a bar does).
  void selectBucketAt(double ms);
  // Shows [fromMs, toMs] (buckets are recomputed).
  void setVisibleRange(double fromMs, double toMs);
  void resetZoom();

 signals:
  void spanSelected(qint64 fromMs, qint64 toMs);
  // The bars show the index's events (after a refresh, also one computed on the pool).
  void refreshed();

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  // What a refresh computes from the index: the groups with a stack of their own (largest
  // first), whether the rest make an "other" stack, and the visible rows in time order.
  struct Layout {
    std::vector<uint32_t> stacks;
    bool other = false;
    std::vector<uint32_t> rows;
  };
  static Layout layoutOf(const Index& index, StackMode mode);
  // The axis range shown, in seconds (QCPRange's lower and upper).
  using AxisRange = std::pair<double, double>;
  void show(std::shared_ptr<const Index> index, Layout layout, std::optional<AxisRange> keepRange);
  void rebucket();
  // Adds a followed store's new rows (StoreSession::appendedRows) of `grown`, which begins with
  // every row of index_, to rows_; false where one of them starts a group that would have a
  // stack of its own (then start over).
  bool addRows(std::shared_ptr<const Index> grown, const std::vector<uint32_t>& rows);
  void updateMarker();
  void updateSpan();
  void updateTicker();
  void style();

  QPointer<StoreSession> session_;
  QPointer<ViewState> state_;
  QCustomPlot* plot_ = nullptr;
  QComboBox* stackCombo_ = nullptr;
  QToolButton* spanButton_ = nullptr;
  QLabel* info_ = nullptr;
  QTimer* rebucketTimer_ = nullptr;
  QCPItemStraightLine* marker_ = nullptr;
  QCPItemRect* spanRect_ = nullptr;
  StackMode mode_ = StackMode::Scope;
  // The visible events, sorted by (wall_ms, row): 4 bytes an event (at 10M, a 16-byte point
  // with its time and stack was 160 MB). Times and stacks are read from index_, the index the
  // rows belong to, kept alive with them: the session may already show another one when
  // refresh() compares the range with the old rows.
  std::shared_ptr<const Index> index_;
  std::vector<uint32_t> rows_;
  QStringList groupNames_;
  // The scope id (index_'s) or kind category of each stack of its own, largest first; the
  // rest go to the "other" stack, where there is one.
  std::vector<uint32_t> stackGroups_;
  std::vector<uint32_t> counts_;     // bucket * groups + group
  std::vector<uint32_t> firstRow_;   // first event (index row) of each bucket
  double bucketMs_ = 1, firstBucketMs_ = 0;
  size_t buckets_ = 0;
  double lastLo_ = 0, lastHi_ = 0;
  bool styling_ = false;
  size_t asyncRefreshRows_ = 2'000'000;
  uint64_t refreshGeneration_ = 0;  // a refresh on the pool shows only if no newer one started
  const Index* refreshedFor_ = nullptr;  // the index the latest refresh shows (or is computing)
  std::optional<AxisRange> pendingRange_;  // the range a stack-mode switch asks its refresh to keep
};

}  // namespace batscope::ui
