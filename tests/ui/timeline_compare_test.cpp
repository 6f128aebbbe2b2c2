// The timeline (bucket counts, span selection → filter round trip, current-event marker,
// clicking a bucket) and Compare restore paths (identical true views on every fixture, the
// `batches` fixture's faithful disagreement, the history of opens).
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

#include <qcustomplot.h>

#include <set>

#include "batscope/analysis/event_query.h"
#include "batscope/restore/index.h"
#include "batscope/restore/store_follower.h"
#include "batscope/write/store.h"
#include "store_session.h"
#include "view_state.h"
#include "views/compare_paths_view.h"
#include "views/flow_layout.h"
#include "views/timeline_view.h"

#include "ui_test_support.h"

using namespace batscope;
using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {

bool openDir(StoreSession& session, const QString& dir, RestorePathChoice path = RestorePathChoice::Mmap) {
  return openDirAndWait(session, dir, path, /*background=*/false);
}

// A timeline on its own session and view state.
struct Timeline {
  StoreSession session;
  ViewState state;
  TimelineView view{&session, &state};

  // Opens `fixture` without waiting for the background phase.
  bool open(const QString& fixture) { return openDir(session, fixtureData(fixture)); }
  const Index& index() const { return *session.index(); }
};

bool runAndWait(ComparePathsView& view) {
  QSignalSpy done(&view, &ComparePathsView::finished);
  view.run();
  if (!view.isRunning()) return false;
  return done.count() || done.wait(300000);
}

struct Span {
  qint64 after = -1, before = -1;
  int afterTerms = 0, beforeTerms = 0;
};

// The span the filter selects, read back through the filter's canonical text (times as
// dates), and how many after:/before: terms that text holds.
Span spanOf(const QString& filter) {
  Span s;
  EventQuery q;
  QueryParseError err;
  if (!parseEventQuery(filter.toStdString(), q, err)) return s;
  for (const QueryTerm& t : q.terms) {
    if (t.negated) continue;
    if (t.field == QueryTerm::Field::After) { s.after = qint64(t.number); ++s.afterTerms; }
    if (t.field == QueryTerm::Field::Before) { s.before = qint64(t.number); ++s.beforeTerms; }
  }
  return s;
}

// Each stack's bars: its name, then the count of every non-empty bucket by its middle (s).
std::vector<std::pair<QString, std::vector<std::pair<double, double>>>> stackBars(const TimelineView& view) {
  std::vector<std::pair<QString, std::vector<std::pair<double, double>>>> out;
  for (int i = 0; i < view.plot()->plottableCount(); ++i) {
    auto* bars = qobject_cast<QCPBars*>(view.plot()->plottable(i));
    if (!bars) continue;
    std::vector<std::pair<double, double>> data;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) data.push_back({it->key, it->value});
    out.push_back({bars->name(), std::move(data)});
  }
  return out;
}

}  // namespace

class TimelineCompareTest : public QObject {
  Q_OBJECT

 private slots:
  void timelineCounts_data();
  void timelineCounts();
  void spanSelectionFilters_data() { timelineCounts_data(); }
  void spanSelectionFilters();
  void spanKeepsOtherTerms();
  void followedStoreGrows();
  void followedStoreGrowsIntoOther_data();
  void followedStoreGrowsIntoOther();
  void markerAndBucketClick();
  void refreshOnThePool();
  void compareEveryFixture();
  void batchesDisagree();
  void flowLayoutWraps();
  void screenshots();
};

void TimelineCompareTest::timelineCounts_data() {
  QTest::addColumn<QString>("fixture");
  QTest::newRow("causal") << QStringLiteral("causal");
  QTest::newRow("multi-segment") << QStringLiteral("multi-segment");
}

void TimelineCompareTest::timelineCounts() {
  QFETCH(QString, fixture);
  Timeline timeline;
  QVERIFY(timeline.open(fixture));
  const Index& index = timeline.index();
  QVERIFY(!index.visibleRows().empty());
  uint64_t total = 0;
  const std::vector<uint64_t> buckets = timeline.view.bucketTotals();
  for (uint64_t n : buckets) total += n;
  QCOMPARE(total, uint64_t(index.visibleRows().size()));
  QCOMPARE(timeline.view.countedEvents(), total);
  // ~200 buckets (fewer only when the whole range is shorter than 200 ms: buckets are >= 1 ms).
  QVERIFY(buckets.size() <= 260);
  QVERIFY(buckets.size() >= 80 || timeline.view.rangeEndMs() - timeline.view.rangeStartMs() < 200);
  // By kind category: same total.
  timeline.view.setStackMode(TimelineView::StackMode::KindCategory);
  total = 0;
  for (uint64_t n : timeline.view.bucketTotals()) total += n;
  QCOMPARE(total, uint64_t(index.visibleRows().size()));
  QVERIFY(!timeline.view.stackNames().isEmpty());

  // Zooming into the middle half recomputes ~200 buckets over the shown range only.
  const double lo = timeline.view.rangeStartMs(), hi = timeline.view.rangeEndMs();
  const double w0 = timeline.view.bucketWidthMs();
  timeline.view.setVisibleRange(lo + (hi - lo) / 4, hi - (hi - lo) / 4);
  QVERIFY(timeline.view.bucketWidthMs() <= w0);
  QVERIFY(timeline.view.bucketTotals().size() <= 260);
  const double from = timeline.view.firstBucketMs();
  const double to = from + timeline.view.bucketWidthMs() * double(timeline.view.bucketTotals().size());
  uint64_t expected = 0;
  for (uint32_t r : index.visibleRows())
    if (double(index.entry(r).wallMs) >= from && double(index.entry(r).wallMs) < to) ++expected;
  QCOMPARE(timeline.view.countedEvents(), expected);
}

// A followed store that only grew: its new events join the bars without starting over, a
// zoomed-in range stays, and the counts are those of a fresh look at the grown store.
void TimelineCompareTest::followedStoreGrows() {
  LiveStore live(16 << 10);
  QVERIFY(live.ok());
  QVERIFY(live.append(200, "billing"));
  Timeline timeline;
  QVERIFY(openDir(timeline.session, live.path()));
  StoreFollower follower(live.dir);
  QVERIFY(follower.poll().changed);  // the baseline: the rows the session shows
  QCOMPARE(timeline.view.countedEvents(), uint64_t(200));

  // Shown whole, the range widens to the new events.
  QTest::qWait(20);  // later wall-clock milliseconds
  QVERIFY(live.append(30, "billing"));
  FollowUpdate grown = follower.poll();
  QVERIFY(grown.appendedOnly);
  timeline.session.adoptFollowed(grown.dir, *grown.restore, grown.newRows);
  QCOMPARE(timeline.view.countedEvents(), uint64_t(230));
  QCOMPARE(timeline.view.stackNames(), QStringList({"billing"}));

  // Zoomed in, the range stays; a new scope starts over (it gets a stack of its own), and the
  // range still stays.
  const double lo = timeline.view.rangeStartMs(), hi = timeline.view.rangeEndMs();
  timeline.view.setVisibleRange(lo, lo + (hi - lo) / 2);
  const double zoomedLo = timeline.view.rangeStartMs(), zoomedHi = timeline.view.rangeEndMs();
  const uint64_t zoomedCount = timeline.view.countedEvents();
  QVERIFY(live.append(10, "billing"));
  grown = follower.poll();
  QVERIFY(grown.appendedOnly);
  timeline.session.adoptFollowed(grown.dir, *grown.restore, grown.newRows);
  QCOMPARE(timeline.view.rangeStartMs(), zoomedLo);
  QCOMPARE(timeline.view.rangeEndMs(), zoomedHi);
  QCOMPARE(timeline.view.countedEvents(), zoomedCount);  // the new events are right of the range
  QVERIFY(live.append(10, "shipping"));
  grown = follower.poll();
  QVERIFY(grown.appendedOnly);
  timeline.session.adoptFollowed(grown.dir, *grown.restore, grown.newRows);
  QCOMPARE(timeline.view.rangeStartMs(), zoomedLo);
  QCOMPARE(timeline.view.stackNames(), QStringList({"billing", "shipping"}));
  timeline.view.resetZoom();
  QCOMPARE(timeline.view.countedEvents(), uint64_t(250));
  // The same counts a fresh look at the store gives.
  const std::vector<uint64_t> incremental = timeline.view.bucketTotals();
  const double from = timeline.view.rangeStartMs(), to = timeline.view.rangeEndMs();
  timeline.view.refresh();
  timeline.view.setVisibleRange(from, to);
  QCOMPARE(timeline.view.bucketTotals(), incremental);
  QVERIFY(live.close());
}

// A followed store with an "other" stack grows by events of a stacked scope, of a scope in
// "other" and of a new scope (also "other"), written with the clock set back so that they fall
// among the events shown: they join without starting over, and every stack's bars are those of
// a fresh look at the grown store. Over a span of days, times no longer fit beside a row in one
// word when the fresh look sorts them.
void TimelineCompareTest::followedStoreGrowsIntoOther_data() {
  QTest::addColumn<int64_t>("stepUs");
  QTest::newRow("7 ms apart") << int64_t(7000);
  QTest::newRow("a day apart") << int64_t(86400) * 1000000;
}

void TimelineCompareTest::followedStoreGrowsIntoOther() {
  QFETCH(int64_t, stepUs);
  QTemporaryDir tmp;
  const std::string dir = tmp.filePath(QStringLiteral("live")).toStdString();
  auto clockUs = std::make_shared<int64_t>(int64_t(1767225600000) * 1000);
  StoreConfig cfg;
  cfg.segmentMaxBytes = 16 << 10;
  cfg.fsync = false;
  cfg.clockUs = [clockUs, stepUs] { return *clockUs += stepUs; };
  auto opened = Store::open(dir, cfg);
  QVERIFY(bool(opened));
  std::unique_ptr<Store> writer = std::move(*opened);
  // An entity's wall_ms never goes back (FORMAT.md §11.2): back-dated events need new entities.
  auto append = [&](const std::string& scope, int n, const std::string& entity = "account:") {
    for (int i = 0; i < n; ++i)
      if (!writer->append(entity + std::to_string(i % 5), scope, 0x1001, std::vector<uint8_t>(40, uint8_t(i))))
        return false;
    return true;
  };
  // Nine scopes of 30, 28, ... 14 events, interleaved: the ninth is "other".
  for (int round = 0; round < 30; ++round)
    for (int s = 0; s < 9; ++s)
      if (round < 30 - 2 * s) QVERIFY(append("s" + std::to_string(s), 1));
  const int64_t middle = *clockUs - 100 * stepUs;
  Timeline timeline;
  QVERIFY(openDir(timeline.session, QString::fromStdString(dir)));
  StoreFollower follower(dir);
  QVERIFY(follower.poll().changed);
  QCOMPARE(timeline.view.countedEvents(), uint64_t(198));
  const QStringList names = timeline.view.stackNames();
  QCOMPARE(names.size(), 9);
  QCOMPARE(names.back(), QStringLiteral("other"));

  // Fewer than a stack's lead, so that a fresh look keeps the same stacks.
  *clockUs = middle;
  QVERIFY(append("s0", 5, "late:"));
  QVERIFY(append("s8", 1, "later:"));
  QVERIFY(append("new", 4, "latest:"));
  const FollowUpdate grown = follower.poll();
  QVERIFY(grown.appendedOnly);
  QCOMPARE(grown.newRows.size(), size_t(10));
  timeline.session.adoptFollowed(grown.dir, *grown.restore, grown.newRows);
  QCOMPARE(timeline.view.stackNames(), names);
  QCOMPARE(timeline.view.countedEvents(), uint64_t(208));
  const Index& index = timeline.index();
  QVERIFY(index.entry(grown.newRows.front()).wallMs < index.entry(grown.newRows.front() - 1).wallMs);
  const auto incremental = stackBars(timeline.view);
  const double from = timeline.view.rangeStartMs(), to = timeline.view.rangeEndMs();

  // The first event of each bucket, as a click picks it.
  std::vector<uint32_t> firsts;
  const double w = timeline.view.bucketWidthMs(), b0 = timeline.view.firstBucketMs();
  for (size_t b = 0; b < timeline.view.bucketTotals().size(); ++b) {
    timeline.state.setCurrentRow(ViewState::kNoRow);
    timeline.view.selectBucketAt(b0 + (double(b) + 0.5) * w);
    firsts.push_back(timeline.state.currentRow());
  }
  for (size_t b = 0; b < firsts.size(); ++b) {
    uint32_t expected = ViewState::kNoRow;
    for (uint32_t r : index.visibleRows()) {
      if (size_t((double(index.entry(r).wallMs) - b0) / w) != b) continue;
      if (expected == ViewState::kNoRow || index.entry(r).wallMs < index.entry(expected).wallMs ||
          (index.entry(r).wallMs == index.entry(expected).wallMs && r < expected))
        expected = r;
    }
    QCOMPARE(firsts[b], expected);
  }

  timeline.view.refresh();
  timeline.view.setVisibleRange(from, to);
  QCOMPARE(timeline.view.stackNames(), names);
  QVERIFY(stackBars(timeline.view) == incremental);
  QVERIFY(writer->close());
}

void TimelineCompareTest::spanSelectionFilters() {
  QFETCH(QString, fixture);
  Timeline timeline;
  QVERIFY(timeline.open(fixture));
  const Index& index = timeline.index();
  std::vector<uint64_t> times;
  for (uint32_t r : index.visibleRows()) times.push_back(index.entry(r).wallMs);
  std::sort(times.begin(), times.end());
  const qint64 from = qint64(times[times.size() / 4]);
  const qint64 to = qint64(times[times.size() * 3 / 4]) + 1;
  QSignalSpy spans(&timeline.view, &TimelineView::spanSelected);
  timeline.view.selectSpan(double(from), double(to));
  QCOMPARE(spans.count(), 1);
  const Span s = spanOf(timeline.state.filter());
  QCOMPARE(s.after, from);
  QCOMPARE(s.before, to);

  EventQuery query;
  QueryParseError err;
  QVERIFY2(parseEventQuery(timeline.state.filter().toStdString(), query, err), err.message.c_str());
  const auto rows = runEventQuery(index, *timeline.session.dataDir(), query, index.visibleRows());
  QVERIFY(rows.has_value());
  std::vector<uint32_t> expected;
  for (uint32_t r : index.visibleRows())
    if (qint64(index.entry(r).wallMs) >= from && qint64(index.entry(r).wallMs) < to) expected.push_back(r);
  QVERIFY(!expected.empty());
  QVERIFY(expected.size() < index.visibleRows().size());
  QCOMPARE(*rows, expected);
}

void TimelineCompareTest::spanKeepsOtherTerms() {
  Timeline timeline;
  QVERIFY(timeline.open(QStringLiteral("causal")));
  QVERIFY(timeline.state.setFilter(QStringLiteral("entity:* after:2026-01-01 \"two words\"")));
  timeline.view.selectSpan(100, 200);
  // The timeline edits the query, not the text; the bar shows dates, not epoch numbers.
  QCOMPARE(timeline.state.filter(), QStringLiteral("entity:* \"two words\" after:1970-01-01T00:00:00.100Z "
                                                   "before:1970-01-01T00:00:00.200Z"));
  QCOMPARE(timeline.state.query().timeSpan().after, std::optional<uint64_t>(100));
  const Span s = spanOf(timeline.state.filter());
  QCOMPARE(s.afterTerms, 1);
  QCOMPARE(s.beforeTerms, 1);
  QCOMPARE(s.after, qint64(100));
  QCOMPARE(s.before, qint64(200));
  QVERIFY(timeline.state.filter().startsWith(QLatin1String("entity:* ")));
  QVERIFY(!timeline.state.setFilter(QStringLiteral("kind:zzz(")));  // invalid: nothing changes
  QCOMPARE(timeline.state.query().timeSpan().before, std::optional<uint64_t>(200));
}

// A store with many events is ordered and counted on the pool: the bars stay empty until
// refreshed(), then show what a refresh in the GUI thread shows, in both stack modes; a
// stack-mode switch keeps a zoomed-in range there too.
void TimelineCompareTest::refreshOnThePool() {
  Timeline inline_, pooled;
  pooled.view.setAsyncRefreshRows(0);  // every refresh on the pool
  QVERIFY(inline_.open(QStringLiteral("multi-segment")));
  QVERIFY(pooled.open(QStringLiteral("multi-segment")));
  // refreshed() is also emitted by the refreshes without a store: wait for the bars.
  QTRY_VERIFY_WITH_TIMEOUT(pooled.view.countedEvents() > 0, 10000);
  QCOMPARE(pooled.view.stackNames(), inline_.view.stackNames());
  QCOMPARE(pooled.view.bucketTotals(), inline_.view.bucketTotals());
  QCOMPARE(pooled.view.countedEvents(), uint64_t(pooled.index().visibleRows().size()));
  // Zoomed in, then stacked by kind category: while the new stacks are computed the bars
  // are empty; once shown, the zoom is kept and the counts are the GUI thread's.
  for (Timeline* t : {&inline_, &pooled}) {
    const double lo = t->view.rangeStartMs(), hi = t->view.rangeEndMs();
    t->view.setVisibleRange(lo + (hi - lo) / 4, hi - (hi - lo) / 4);
  }
  QSignalSpy refreshed(&pooled.view, &TimelineView::refreshed);
  inline_.view.setStackMode(TimelineView::StackMode::KindCategory);
  pooled.view.setStackMode(TimelineView::StackMode::KindCategory);
  QCOMPARE(pooled.view.countedEvents(), uint64_t(0));
  QVERIFY(refreshed.count() == 0 && refreshed.wait(10000));
  QCOMPARE(pooled.view.stackNames(), inline_.view.stackNames());
  QCOMPARE(pooled.view.rangeStartMs(), inline_.view.rangeStartMs());
  QCOMPARE(pooled.view.rangeEndMs(), inline_.view.rangeEndMs());
  QCOMPARE(pooled.view.bucketTotals(), inline_.view.bucketTotals());
  QVERIFY(pooled.view.countedEvents() > 0);
}

void TimelineCompareTest::markerAndBucketClick() {
  Timeline timeline;
  QVERIFY(timeline.open(QStringLiteral("causal")));
  const Index& index = timeline.index();
  QVERIFY(qIsNaN(timeline.view.markerMs()));
  const uint32_t row = index.visibleRows()[index.visibleRows().size() / 2];
  timeline.state.setCurrentRow(row);
  QCOMPARE(timeline.view.markerMs(), double(index.entry(row).wallMs));
  timeline.state.setCurrentRow(ViewState::kNoRow);
  QVERIFY(qIsNaN(timeline.view.markerMs()));

  // Clicking the bucket of an event selects that bucket's first event.
  const uint32_t target = index.visibleRows()[index.visibleRows().size() / 3];
  const double ms = double(index.entry(target).wallMs);
  timeline.view.selectBucketAt(ms);
  const uint32_t chosen = timeline.state.currentRow();
  QVERIFY(chosen != ViewState::kNoRow);
  const double w = timeline.view.bucketWidthMs(), b0 = timeline.view.firstBucketMs();
  const auto bucketOf = [&](double t) { return qint64((t - b0) / w); };
  QCOMPARE(bucketOf(double(index.entry(chosen).wallMs)), bucketOf(ms));
  for (uint32_t r : index.visibleRows())
    if (bucketOf(double(index.entry(r).wallMs)) == bucketOf(ms)) QVERIFY(index.entry(r).wallMs >= index.entry(chosen).wallMs);
  QCOMPARE(timeline.view.markerMs(), double(index.entry(chosen).wallMs));
}

void TimelineCompareTest::compareEveryFixture() {
  StoreSession session;
  ViewState state;
  ComparePathsView view(&session, &state);
  QCOMPARE(view.history().size(), size_t(0));
  size_t opens = 0;
  for (const QString& fixture : allFixtures()) {
    if (!openDir(session, fixtureData(fixture))) {
      // batpak itself cannot open this one on its default path; compare still needs a store.
      QVERIFY2(openDir(session, fixtureData(fixture), RestorePathChoice::Rebuild), qPrintable(fixture));
    }
    ++opens;
    QCOMPARE(view.history().size(), opens);
    QCOMPARE(view.historyTable()->rowCount(), int(opens));
    QVERIFY(view.result() == nullptr);
    QVERIFY2(runAndWait(view), qPrintable(fixture));
    const ComparisonResult* r = view.result();
    QVERIFY2(r, qPrintable(fixture));
    QCOMPARE(r->paths.size(), size_t(4));
    QCOMPARE(view.pathsTable()->rowCount(), 4);
    QVERIFY2(r->trueViewsIdentical, qPrintable(fixture));
    for (const PathOutcome& p : r->paths)
      if (p.ok) QVERIFY2(p.trueViewIdentical, qPrintable(fixture + ": " + restorePathChoiceName(p.requested)));
    for (int row = 0; row < 4; ++row) {
      if (!r->paths[size_t(row)].ok) continue;
      QVERIFY(view.pathsTable()->item(row, 6)->text().contains(QStringLiteral("✔")));
    }
  }
  QVERIFY(opens >= 10);
}

void TimelineCompareTest::batchesDisagree() {
  StoreSession session;
  ViewState state;
  ComparePathsView view(&session, &state);
  QVERIFY(openDir(session, fixtureData(QStringLiteral("batches"))));
  QVERIFY(runAndWait(view));
  const ComparisonResult* r = view.result();
  QVERIFY(r);
  QVERIFY(!r->disagreements.empty());
  QCOMPARE(view.disagreementsTable()->rowCount(), int(r->disagreements.size()));
  std::set<uint64_t> seqs;
  for (const PathDisagreement& d : r->disagreements) seqs.insert(d.globalSequence);
  QVERIFY(seqs.count(210));
  QVERIFY(seqs.count(211));
  QStringList shownSeqs;
  for (int i = 0; i < view.disagreementsTable()->rowCount(); ++i) shownSeqs << view.disagreementsTable()->item(i, 0)->text();
  QVERIFY(shownSeqs.contains(QStringLiteral("210")));
  QVERIFY(shownSeqs.contains(QStringLiteral("211")));

  // Double-clicking a disagreement selects its event; selecting the event selects the row.
  int row210 = int(shownSeqs.indexOf(QStringLiteral("210")));
  emit view.disagreementsTable()->cellDoubleClicked(row210, 0);
  const Index& index = *session.index();
  QVERIFY(state.currentRow() != ViewState::kNoRow);
  QCOMPARE(index.eventId(state.currentRow()), r->disagreements[size_t(row210)].eventId);
  state.setCurrentRow(ViewState::kNoRow);
  view.disagreementsTable()->clearSelection();
  state.setCurrentRow(index.findById(r->disagreements[size_t(row210)].eventId));
  const auto selected = view.disagreementsTable()->selectionModel()->selectedRows();
  QCOMPARE(selected.size(), 1);
  QCOMPARE(view.disagreementsTable()->item(selected.front().row(), 2)->data(Qt::UserRole).toString(),
           QString::fromStdString(hexEncode(r->disagreements[size_t(row210)].eventId)));

  // A second open of the same session adds to the history and clears the result.
  QVERIFY(openDir(session, fixtureData(QStringLiteral("batches")), RestorePathChoice::Rebuild));
  QCOMPARE(view.history().size(), size_t(2));
  QCOMPARE(view.history().back().requestedPath, QStringLiteral("rebuild"));
  QVERIFY(view.result() == nullptr);
}

// Renders both views when BATSCOPE_SCREENSHOTS names a directory: the demo-like store
// /tmp/demo200k when it exists (else multi-segment), light and dark.
void TimelineCompareTest::screenshots() {
  const QString out = qEnvironmentVariable("BATSCOPE_SCREENSHOTS");
  if (out.isEmpty()) QSKIP("set BATSCOPE_SCREENSHOTS=<dir> to render the views");
  QDir().mkpath(out);
  QString dir = qEnvironmentVariable("BATSCOPE_SCREENSHOT_STORE", QStringLiteral("/tmp/demo200k"));
  if (!QFileInfo(dir).isDir()) dir = fixtureData(QStringLiteral("multi-segment"));
  const QPalette light = QApplication::palette();
  for (const bool dark : {false, true}) {
    QApplication::setPalette(dark ? darkPalette() : light);
    StoreSession session;
    ViewState state;
    TimelineView timeline(&session, &state);
    ComparePathsView compare(&session, &state);
    for (QWidget* w : {static_cast<QWidget*>(&timeline), static_cast<QWidget*>(&compare)}) {
      w->resize(1000, 600);
      w->show();
    }
    QVERIFY(openDir(session, dir));
    const Index& index = *session.index();
    QElapsedTimer t;
    t.start();
    timeline.refresh();
    qInfo("timeline refresh of %zu events: %lld ms", index.visibleRows().size(), qlonglong(t.elapsed()));
    t.restart();
    timeline.setVisibleRange(timeline.rangeStartMs() + 1, timeline.rangeEndMs());
    qInfo("rebucketing: %lld ms", qlonglong(t.elapsed()));
    timeline.resetZoom();
    std::vector<uint64_t> times;
    for (uint32_t r : index.visibleRows()) times.push_back(index.entry(r).wallMs);
    std::sort(times.begin(), times.end());
    state.setCurrentRow(index.visibleRows()[index.visibleRows().size() * 2 / 3]);
    timeline.selectSpan(double(times[times.size() / 5]), double(times[times.size() * 2 / 5]));
    QVERIFY(runAndWait(compare));
    QTest::qWait(50);
    const QString suffix = (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png");
    QVERIFY(timeline.exportPng(out + QStringLiteral("/timeline") + suffix));
    QVERIFY(compare.exportPng(out + QStringLiteral("/compare-paths") + suffix));
    compare.resize(440, 860);  // the Analysis dock's width in a 1600-pixel window
    QTest::qWait(50);
    QVERIFY(compare.grab().save(out + QStringLiteral("/compare-paths-dock") + suffix));
  }
  QApplication::setPalette(light);
}

QTEST_MAIN(TimelineCompareTest)
// The tool rows above the Analysis plots: one line where they fit, more lines where not,
// and nothing wider than the row or cut short; a word-wrapped label takes a line of its own.
void TimelineCompareTest::flowLayoutWraps() {
  QWidget row;
  auto* flow = new FlowLayout(&row);
  QList<QPushButton*> buttons;
  for (const char* text : {"Stack by kind category", "Select span", "Reset zoom"}) {
    buttons << new QPushButton(QString::fromLatin1(text), &row);
    flow->addWidget(buttons.last());
  }
  auto* info = new QLabel(QStringLiteral("200 of 200 events shown · buckets of 1 ms, a sentence that must wrap"), &row);
  info->setWordWrap(true);
  flow->addWidget(info);
  auto layOut = [&](int width) {
    row.resize(width, flow->heightForWidth(width));
    flow->setGeometry(QRect(0, 0, width, flow->heightForWidth(width)));
  };
  int wide = 0;
  for (QPushButton* b : buttons) wide += b->sizeHint().width() + 6;
  layOut(wide + 20);
  QCOMPARE(buttons[1]->y(), buttons[0]->y());  // one line
  QCOMPARE(buttons[2]->y(), buttons[0]->y());
  QVERIFY(info->y() > buttons[0]->y());  // the label under them
  const int narrow = buttons[0]->sizeHint().width() + 10;
  layOut(narrow);
  QVERIFY(buttons[1]->y() > buttons[0]->y());  // wrapped
  for (QWidget* w : std::initializer_list<QWidget*>{buttons[0], buttons[1], buttons[2], info}) {
    QVERIFY2(w->geometry().right() < narrow, qPrintable(w->objectName()));
    QVERIFY(w->width() >= std::min(w->sizeHint().width(), narrow));  // not cut short
  }
  QVERIFY(info->y() >= buttons[2]->geometry().bottom());
  QVERIFY(flow->heightForWidth(narrow) >= info->geometry().bottom());
}

#include "timeline_compare_test.moc"
