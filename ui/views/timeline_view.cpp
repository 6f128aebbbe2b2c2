#include "views/timeline_view.h"
#include "views/flow_layout.h"
#include "number_text.h"
#include "views/plot_style.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>

#include "batscope/analysis/event_query.h"
#include "qt_executor.h"
#include "store_session.h"
#include "view_state.h"

namespace batscope::ui {

namespace {

constexpr size_t kTargetBuckets = 200;
constexpr size_t kMaxStacks = 8;  // the largest groups; the rest are "other"

// Hues that read on light and dark backgrounds alike.
const QColor kStackColors[] = {
    QColor(0x4a, 0x86, 0xc8), QColor(0xe0, 0x8a, 0x2a), QColor(0x3c, 0xa8, 0x5e), QColor(0xc8, 0x4a, 0x5a),
    QColor(0x9a, 0x6c, 0xd0), QColor(0x2a, 0xb0, 0xb0), QColor(0xc8, 0xb0, 0x3a), QColor(0xd0, 0x6c, 0xb0),
    QColor(0x88, 0x88, 0x88)};

// 1, 2, 5 × 10^k ms, or whole seconds/minutes/hours/days above that.
double niceBucket(double raw) {
  if (!(raw > 1)) return 1;
  static const double steps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 15000, 30000,
                                 60000, 120000, 300000, 600000, 900000, 1800000, 3600000, 7200000, 10800000,
                                 21600000, 43200000, 86400000};
  for (double s : steps)
    if (s >= raw) return s;
  const double day = 86400000;
  return std::ceil(raw / day) * day;
}

// The order of the timeline's rows: by time, then index row.
bool earlier(const Index& index, uint32_t a, uint32_t b) {
  const uint64_t x = index.entry(a).wallMs, y = index.entry(b).wallMs;
  return x < y || (x == y && a < b);
}

// `rows` in that order. Most stores are written in time order and need no sort. Otherwise the
// rows are sorted with their times beside them (through the index, the sort takes twice as
// long: a cache miss a comparison), packed into one word where the span allows: 8 bytes an
// event while sorting rather than 16.
std::vector<uint32_t> inTimeOrder(const Index& index, const std::vector<uint32_t>& rows) {
  if (std::is_sorted(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) { return earlier(index, a, b); }))
    return rows;
  uint64_t lo = std::numeric_limits<uint64_t>::max(), hi = 0;
  for (uint32_t r : rows) {
    lo = std::min(lo, index.entry(r).wallMs);
    hi = std::max(hi, index.entry(r).wallMs);
  }
  std::vector<uint32_t> out;
  out.reserve(rows.size());
  if (hi - lo <= std::numeric_limits<uint32_t>::max()) {
    std::vector<uint64_t> keys;
    keys.reserve(rows.size());
    for (uint32_t r : rows) keys.push_back((index.entry(r).wallMs - lo) << 32 | r);
    std::sort(keys.begin(), keys.end());
    for (uint64_t k : keys) out.push_back(uint32_t(k));
  } else {
    std::vector<std::pair<uint64_t, uint32_t>> keys;
    keys.reserve(rows.size());
    for (uint32_t r : rows) keys.push_back({index.entry(r).wallMs, r});
    std::sort(keys.begin(), keys.end());
    for (const auto& k : keys) out.push_back(k.second);
  }
  return out;
}

// The scope id or kind category that picks an entry's stack.
uint32_t groupOf(const IndexEntry& e, TimelineView::StackMode mode) {
  return mode == TimelineView::StackMode::Scope ? e.scopeId : uint32_t(e.kind >> 12);
}

// The stack of `group` among `stacks` (largest first, so most events stop at the first few).
uint32_t stackOf(const std::vector<uint32_t>& stacks, uint32_t group) {
  for (size_t s = 0; s < stacks.size(); ++s)
    if (stacks[s] == group) return uint32_t(s);
  return uint32_t(kMaxStacks);
}

}  // namespace

TimelineView::TimelineView(StoreSession* session, ViewState* state, QWidget* parent)
    : QWidget(parent), session_(session), state_(state) {
  stackCombo_ = new QComboBox(this);
  stackCombo_->addItem(tr("Stack by scope"));
  stackCombo_->addItem(tr("Stack by kind category"));
  spanButton_ = new QToolButton(this);
  spanButton_->setText(tr("Select span"));
  spanButton_->setCheckable(true);
  spanButton_->setToolTip(tr("Drag across the plot to filter the events to a time span (or Shift+drag at any time)"));
  auto* reset = new QToolButton(this);
  reset->setText(tr("Reset zoom"));
  info_ = new QLabel(this);
  info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  info_->setWordWrap(true);

  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(160);
  plot_->setInteractions(QCP::iRangeZoom | QCP::iRangeDrag);
  plot_->axisRect()->setRangeZoom(Qt::Horizontal);
  plot_->axisRect()->setRangeDrag(Qt::Horizontal);
  plot_->setSelectionRectMode(QCP::srmNone);
  plot_->installEventFilter(this);
  placeLegendAbovePlot(plot_, 5);
  // The marker and the span band paint over the bars.
  plot_->addLayer(QStringLiteral("overlay"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
  auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
  plot_->xAxis->setTicker(ticker);
  plot_->yAxis->setLabel(tr("events"));

  marker_ = new QCPItemStraightLine(plot_);
  marker_->setSelectable(false);
  marker_->setVisible(false);
  marker_->setObjectName(QStringLiteral("marker"));
  marker_->setLayer(QStringLiteral("overlay"));
  spanRect_ = new QCPItemRect(plot_);
  spanRect_->setSelectable(false);
  spanRect_->setVisible(false);
  spanRect_->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
  spanRect_->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
  spanRect_->setObjectName(QStringLiteral("span"));
  spanRect_->setLayer(QStringLiteral("overlay"));

  rebucketTimer_ = new QTimer(this);
  rebucketTimer_->setSingleShot(true);
  rebucketTimer_->setInterval(0);
  connect(rebucketTimer_, &QTimer::timeout, this, &TimelineView::rebucket);
  connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
    rebucketTimer_->start();
  });
  connect(plot_->selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect& rect, QMouseEvent*) {
    const double a = plot_->xAxis->pixelToCoord(rect.left()) * 1000.0;
    const double b = plot_->xAxis->pixelToCoord(rect.right()) * 1000.0;
    selectSpan(std::min(a, b), std::max(a, b));
  });
  connect(plot_, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable*, int, QMouseEvent* event) {
    selectBucketAt(plot_->xAxis->pixelToCoord(event->pos().x()) * 1000.0);
  });
  connect(stackCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this](int i) { setStackMode(i == 1 ? StackMode::KindCategory : StackMode::Scope); });
  connect(reset, &QToolButton::clicked, this, &TimelineView::resetZoom);

  auto* bar = new FlowLayout;
  bar->addWidget(stackCombo_);
  bar->addWidget(spanButton_);
  bar->addWidget(reset);
  bar->addWidget(info_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(bar);
  layout->addWidget(plot_, 1);

  if (session) {
    connect(session, &StoreSession::opened, this, &TimelineView::refresh);
    // Switching views where both are one index (StoreSession keeps one where they agree)
    // changes nothing here: not ordered and counted again.
    connect(session, &StoreSession::viewChanged, this, [this] {
      if (!session_ || session_->sharedIndex().get() != refreshedFor_ || session_->appendedRows()) refresh();
    });
    connect(session, &StoreSession::closed, this, &TimelineView::refresh);
  }
  if (state) {
    connect(state, &ViewState::currentRowChanged, this, [this] {
      updateMarker();
      plot_->replot();
    });
    connect(state, &ViewState::filterChanged, this, [this] {
      updateSpan();
      plot_->replot();
    });
    connect(state, &ViewState::timeDisplayChanged, this, [this] {
      updateTicker();
      plot_->replot();
    });
  }
  refresh();
}

// The stacks and time order of `index`'s visible events, in `mode`: the largest kMaxStacks
// groups (scope string id or kind category) keep a stack of their own. Reads the index only:
// a large store's runs on the pool.
TimelineView::Layout TimelineView::layoutOf(const Index& index, StackMode mode) {
  Layout out;
  const std::vector<uint32_t>& rows = index.visibleRows();
  // Both group kinds are small numbers: counted in an array, not a map (10M events: ~100 ms
  // less).
  std::vector<uint64_t> sizes(mode == StackMode::Scope ? index.stringCount() : 16, 0);
  for (uint32_t r : rows) {
    const uint32_t g = groupOf(index.entry(r), mode);
    if (g >= sizes.size()) sizes.resize(size_t(g) + 1, 0);
    ++sizes[g];
  }
  std::vector<std::pair<uint64_t, uint32_t>> bySize;
  for (uint32_t k = 0; k < sizes.size(); ++k)
    if (sizes[k]) bySize.push_back({sizes[k], k});
  std::sort(bySize.begin(), bySize.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  out.other = bySize.size() > kMaxStacks;
  for (size_t i = 0; i < bySize.size() && i < kMaxStacks; ++i) out.stacks.push_back(bySize[i].second);
  out.rows = inTimeOrder(index, rows);
  return out;
}

void TimelineView::refresh() {
  const std::shared_ptr<const Index> index = session_ ? session_->sharedIndex() : nullptr;
  // A followed store grew: its new events join the bars, and a zoomed-in range stays (one
  // that showed every event widens to show the new ones too).
  const std::vector<uint32_t>* added = session_ ? session_->appendedRows() : nullptr;
  const bool wholeRange = rows_.empty() || (rangeStartMs() <= double(index_->entry(rows_.front()).wallMs) &&
                                            rangeEndMs() >= double(index_->entry(rows_.back()).wallMs));
  const QCPRange keep = plot_->xAxis->range();
  // The range a stack-mode switch keeps, or a zoomed-in one a followed store keeps.
  std::optional<AxisRange> keepRange = std::exchange(pendingRange_, std::nullopt);
  if (!keepRange && added && !wholeRange) keepRange = AxisRange{keep.lower, keep.upper};
  const uint64_t generation = ++refreshGeneration_;
  refreshedFor_ = index.get();
  if (added && index && !rows_.empty() && addRows(index, *added)) {
    lastLo_ = lastHi_ = 0;
    if (wholeRange) resetZoom();
    else setVisibleRange(keep.lower * 1000.0, keep.upper * 1000.0);
    emit refreshed();
    return;
  }
  std::vector<uint32_t>().swap(rows_);  // not held while the new rows are sorted
  index_.reset();
  groupNames_.clear();
  stackGroups_.clear();
  if (index && index->visibleRows().size() >= asyncRefreshRows_) {
    // Ten million events take ~145 ms to order and count: on the pool, not in the GUI
    // thread's way. The bars stay empty until then; a newer refresh makes this one moot.
    lastLo_ = lastHi_ = 0;
    resetZoom();
    auto* watcher = new QFutureWatcher<Layout>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index, generation, keepRange] {
      watcher->deleteLater();
      if (generation == refreshGeneration_) show(index, watcher->result(), keepRange);
    });
    watcher->setFuture(QtConcurrent::run(workPool(), [index, mode = mode_] { return layoutOf(*index, mode); }));
    return;
  }
  if (index) show(index, layoutOf(*index, mode_), keepRange);
  else show(nullptr, Layout{}, keepRange);
}

void TimelineView::show(std::shared_ptr<const Index> index, Layout layout, std::optional<AxisRange> keepRange) {
  if (index) {
    stackGroups_ = std::move(layout.stacks);
    for (uint32_t k : stackGroups_) {
      if (mode_ == StackMode::Scope) {
        const QString s = QString::fromUtf8(index->string(k).data(), qsizetype(index->string(k).size()));
        groupNames_ << (s.isEmpty() ? tr("(no scope)") : s);
      } else {
        groupNames_ << tr("kind %1:*").arg(k);
      }
    }
    if (layout.other) groupNames_ << tr("other");
    rows_ = std::move(layout.rows);
    index_ = std::move(index);
  }
  lastLo_ = lastHi_ = 0;
  if (keepRange && !rows_.empty()) setVisibleRange(keepRange->first * 1000.0, keepRange->second * 1000.0);
  else resetZoom();
  emit refreshed();
}

bool TimelineView::addRows(std::shared_ptr<const Index> grown, const std::vector<uint32_t>& rows) {
  if (!index_ || grown->entryCount() < index_->entryCount()) return false;
  // Interned ids differ between restores of a growing store: the stacks' scopes are found again
  // by their text.
  std::vector<uint32_t> stacks = stackGroups_;
  if (mode_ == StackMode::Scope) {
    for (uint32_t& g : stacks) {
      const std::optional<uint32_t> id = grown->findString(index_->string(g));
      if (!id) return false;
      g = *id;
    }
  }
  const bool hasOther = size_t(groupNames_.size()) > kMaxStacks;
  if (!hasOther)
    for (uint32_t r : rows)
      if (stackOf(stacks, groupOf(grown->entry(r), mode_)) == kMaxStacks) return false;
  const std::vector<uint32_t> more = inTimeOrder(*grown, rows);
  const auto before = [&](uint32_t a, uint32_t b) { return earlier(*grown, a, b); };
  const size_t old = rows_.size();
  rows_.reserve(old + more.size());  // exactly: doubling could leave 4 bytes an event unused
  rows_.insert(rows_.end(), more.begin(), more.end());
  // New events are usually the latest: then there is nothing to merge.
  if (!more.empty() && before(more.front(), rows_[old - 1]))
    std::inplace_merge(rows_.begin(), rows_.begin() + long(old), rows_.end(), before);
  index_ = std::move(grown);
  stackGroups_ = std::move(stacks);
  return true;
}

void TimelineView::resetZoom() {
  double lo = 0, hi = 1000;
  if (!rows_.empty()) {
    lo = double(index_->entry(rows_.front()).wallMs);
    hi = double(index_->entry(rows_.back()).wallMs);
    const double pad = std::max(1.0, (hi - lo) * 0.02);
    lo -= pad;
    hi += pad;
  }
  setVisibleRange(lo, hi);
}

void TimelineView::setVisibleRange(double fromMs, double toMs) {
  if (!(toMs > fromMs)) toMs = fromMs + 1;
  plot_->xAxis->setRange(fromMs / 1000.0, toMs / 1000.0);
  rebucket();
}

double TimelineView::rangeStartMs() const { return plot_->xAxis->range().lower * 1000.0; }
double TimelineView::rangeEndMs() const { return plot_->xAxis->range().upper * 1000.0; }

void TimelineView::setStackMode(StackMode mode) {
  if (stackCombo_->currentIndex() != (mode == StackMode::KindCategory ? 1 : 0)) {
    stackCombo_->setCurrentIndex(mode == StackMode::KindCategory ? 1 : 0);  // re-enters
    return;
  }
  if (mode == mode_) return;
  mode_ = mode;
  const QCPRange keep = plot_->xAxis->range();
  pendingRange_ = AxisRange{keep.lower, keep.upper};  // for the refresh below to keep
  refresh();
}

void TimelineView::rebucket() {
  const double lo = rangeStartMs(), hi = rangeEndMs();
  if (lo == lastLo_ && hi == lastHi_ && plot_->plottableCount() > 0) return;
  lastLo_ = lo;
  lastHi_ = hi;
  bucketMs_ = niceBucket((hi - lo) / double(kTargetBuckets));
  firstBucketMs_ = std::floor(lo / bucketMs_) * bucketMs_;
  buckets_ = size_t(std::floor((hi - firstBucketMs_) / bucketMs_)) + 1;
  const size_t groups = size_t(groupNames_.size());
  counts_.assign(buckets_ * std::max<size_t>(groups, 1), 0);
  firstRow_.assign(buckets_, Index::kNoRow);
  const double end = firstBucketMs_ + double(buckets_) * bucketMs_;
  // Rows are sorted by time: count only the shown range. Each event's time and group are read
  // from its 64-byte entry, which makes the pass bound by memory: locals spare it reloading
  // members on every event.
  if (index_) {
    const Index& index = *index_;
    auto first = std::lower_bound(rows_.begin(), rows_.end(), firstBucketMs_,
                                  [&](uint32_t r, double ms) { return double(index.entry(r).wallMs) < ms; });
    const StackMode mode = mode_;
    const std::vector<uint32_t>& stacks = stackGroups_;
    const double from = firstBucketMs_, width = bucketMs_;
    const size_t last = buckets_ - 1;
    uint32_t* counts = counts_.data();
    uint32_t* firstRow = firstRow_.data();
    for (auto it = first; it != rows_.end(); ++it) {
      const IndexEntry& e = index.entry(*it);
      const double ms = double(e.wallMs);
      if (!(ms < end)) break;
      const size_t b = std::min(last, size_t((ms - from) / width));
      ++counts[b * groups + stackOf(stacks, groupOf(e, mode))];
      if (firstRow[b] == Index::kNoRow) firstRow[b] = *it;
    }
  }

  plot_->clearPlottables();
  QCPBars* below = nullptr;
  double top = 0;
  std::vector<double> stack(buckets_, 0.0);
  for (size_t g = 0; g < groups; ++g) {
    auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
    bars->setName(groupNames_[qsizetype(g)]);
    const QColor color = kStackColors[std::min(g, std::size(kStackColors) - 1)];
    bars->setBrush(color);
    bars->setPen(buckets_ > 120 ? QPen(Qt::NoPen) : QPen(color.darker(130)));
    bars->setWidth(bucketMs_ / 1000.0);
    bars->setSelectable(QCP::stNone);
    QVector<double> keys, values;
    keys.reserve(qsizetype(buckets_));
    values.reserve(qsizetype(buckets_));
    for (size_t b = 0; b < buckets_; ++b) {
      const uint32_t n = counts_[b * groups + g];
      if (!n) continue;
      keys << (firstBucketMs_ + (double(b) + 0.5) * bucketMs_) / 1000.0;
      values << double(n);
      stack[b] += n;
    }
    bars->setData(keys, values, true);
    if (below) bars->moveAbove(below);
    below = bars;
  }
  for (double v : stack) top = std::max(top, v);
  plot_->yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
  plot_->legend->setVisible(groups > 0);

  const uint64_t shown = countedEvents();
  QString width;
  if (bucketMs_ >= 86400000) width = tr("%1 d").arg(bucketMs_ / 86400000);
  else if (bucketMs_ >= 3600000) width = tr("%1 h").arg(bucketMs_ / 3600000);
  else if (bucketMs_ >= 60000) width = tr("%1 min").arg(bucketMs_ / 60000);
  else if (bucketMs_ >= 1000) width = tr("%1 s").arg(bucketMs_ / 1000);
  else width = tr("%1 ms").arg(bucketMs_);
  info_->setText(session_ && session_->index()
                     ? tr("%1 of %2 events shown · buckets of %3").arg(grouped(shown), grouped(rows_.size()), width)
                     : tr("No store open."));
  updateTicker();
  updateMarker();
  updateSpan();
  style();
}

std::vector<uint64_t> TimelineView::bucketTotals() const {
  const size_t groups = std::max<size_t>(size_t(groupNames_.size()), 1);
  std::vector<uint64_t> out(buckets_, 0);
  for (size_t b = 0; b < buckets_; ++b)
    for (size_t g = 0; g < groups; ++g) out[b] += counts_[b * groups + g];
  return out;
}

uint64_t TimelineView::countedEvents() const {
  uint64_t n = 0;
  for (uint32_t c : counts_) n += c;
  return n;
}

double TimelineView::markerMs() const {
  return marker_->visible() ? marker_->point1->key() * 1000.0 : std::numeric_limits<double>::quiet_NaN();
}

void TimelineView::updateMarker() {
  const Index* index = session_ ? session_->index() : nullptr;
  const uint32_t row = state_ ? state_->currentRow() : ViewState::kNoRow;
  if (!index || row == ViewState::kNoRow || row >= index->entryCount()) {
    marker_->setVisible(false);
    return;
  }
  const double s = double(index->entry(row).wallMs) / 1000.0;
  marker_->point1->setCoords(s, 0);
  marker_->point2->setCoords(s, 1);
  marker_->setVisible(true);
}

void TimelineView::updateSpan() {
  spanRect_->setVisible(false);
  if (!state_ || rows_.empty()) return;
  const auto [after, before] = state_->query().timeSpan();
  if (!after && !before) return;
  const double lo = after ? double(*after) : double(index_->entry(rows_.front()).wallMs) - 1e12;
  const double hi = before ? double(*before) : double(index_->entry(rows_.back()).wallMs) + 1e12;
  spanRect_->topLeft->setCoords(lo / 1000.0, 0);
  spanRect_->bottomRight->setCoords(hi / 1000.0, 1);
  spanRect_->setVisible(true);
}

void TimelineView::updateTicker() {
  auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(plot_->xAxis->ticker());
  if (!ticker) return;
  ticker->setDateTimeSpec(state_ && state_->utcTime() ? Qt::UTC : Qt::LocalTime);
  const double span = rangeEndMs() - rangeStartMs();
  if (span < 10000) ticker->setDateTimeFormat(QStringLiteral("hh:mm:ss.zzz"));
  else if (span < 2 * 3600000.0) ticker->setDateTimeFormat(QStringLiteral("hh:mm:ss"));
  else if (span < 10 * 86400000.0) ticker->setDateTimeFormat(QStringLiteral("MMM d\nhh:mm"));
  else ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
  // As many ticks as labels fit side by side: six "hh:mm:ss.zzz" labels overlap in a narrow
  // dock.
  int labelWidth = 0;
  const QFontMetrics fm(plot_->xAxis->tickLabelFont());
  const QString sample = QDateTime::fromMSecsSinceEpoch(qint64(rangeStartMs())).toString(ticker->dateTimeFormat());
  for (const QString& line : sample.split(QLatin1Char('\n'))) labelWidth = std::max(labelWidth, fm.horizontalAdvance(line));
  const int axisWidth = plot_->axisRect() ? plot_->axisRect()->width() : 0;
  ticker->setTickCount(axisWidth > 0 ? std::clamp(axisWidth / (labelWidth + 24), 2, 6) : 6);
}

void TimelineView::selectSpan(double fromMs, double toMs) {
  if (toMs < fromMs) std::swap(fromMs, toMs);
  const qint64 from = qint64(std::floor(std::max(0.0, fromMs)));
  const qint64 to = std::max(from + 1, qint64(std::ceil(std::max(0.0, toMs))));
  if (state_) state_->setQuery(state_->query().withTimeSpan(uint64_t(from), uint64_t(to)));
  spanButton_->setChecked(false);
  updateSpan();
  plot_->replot();
  emit spanSelected(from, to);
}

void TimelineView::selectBucketAt(double ms) {
  if (!buckets_ || ms < firstBucketMs_) return;
  const size_t b = size_t((ms - firstBucketMs_) / bucketMs_);
  if (b >= buckets_ || firstRow_[b] == Index::kNoRow) return;
  if (state_) state_->setCurrentRow(firstRow_[b]);
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event) {
  if (watched == plot_ && event->type() == QEvent::Resize) {
    QTimer::singleShot(0, this, [this] {  // after the plot has laid out its axis rect
      updateTicker();
      plot_->replot(QCustomPlot::rpQueuedReplot);
    });
  }
  if (watched == plot_ && event->type() == QEvent::MouseButtonPress) {
    auto* me = static_cast<QMouseEvent*>(event);
    const bool select = me->button() == Qt::LeftButton &&
                        (spanButton_->isChecked() || (me->modifiers() & Qt::ShiftModifier));
    plot_->setSelectionRectMode(select ? QCP::srmCustom : QCP::srmNone);
  }
  return QWidget::eventFilter(watched, event);
}

void TimelineView::style() {
  styling_ = true;
  const QPalette pal = palette();
  const QColor background = pal.color(QPalette::Base);
  applyPlotPalette(plot_, pal, font());
  QColor highlight = pal.color(QPalette::Highlight);
  marker_->setPen(QPen(highlight.lighter(background.lightness() < 128 ? 140 : 100), 2));
  QColor band = highlight;
  band.setAlpha(45);
  spanRect_->setBrush(band);
  QColor edge = highlight;
  edge.setAlpha(140);
  spanRect_->setPen(QPen(edge, 1, Qt::DashLine));
  plot_->selectionRect()->setPen(QPen(edge, 1, Qt::DashLine));
  plot_->selectionRect()->setBrush(band);
  plot_->replot();
  styling_ = false;
}

void TimelineView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !styling_ && plot_) style();
}

bool TimelineView::exportPng(const QString& path) { return exportViewPng(this, path); }

}  // namespace batscope::ui
