// The segment map, the restore timings and the warnings panel over the batpak fixtures:
// model conformance, what each damaged fixture shows where, clicking and activation through
// the shared ViewState, and the restore path stated in words.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QtTest>

#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <qcustomplot.h>

#include <memory>

#include "batscope/restore/index.h"
#include "batscope/restore/store_follower.h"
#include "batscope/write/store.h"
#include "finding_text.h"
#include "models/findings_model.h"
#include "models/segment_model.h"
#include "store_session.h"
#include "view_state.h"
#include "views/restore_timings_view.h"
#include "views/segment_map_view.h"
#include "views/warnings_view.h"

#include "ui_test_support.h"

using namespace batscope;
using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {

int rowOf(const SegmentModel& model, uint64_t id) { return model.rowOfSegment(id); }

}  // namespace

class SegmentsTimingsTest : public QObject {
  Q_OBJECT

 private slots:
  void segmentModelConforms_data();
  void segmentModelConforms();
  void segmentModelFollowsAGrowingStore();
  void findingsModelConforms_data() { segmentModelConforms_data(); }
  void findingsModelConforms();
  void multiSegmentAllSealed();
  void tornTailShownAtItsOffset();
  void crcBadFrameShownAtItsOffset();
  void corruptSnapshotFindings();
  void clickingASegmentFilters();
  void currentEventIsMarkedAndScrolledTo();
  void activatingAFinding();
  void timingsStatePath_data();
  void timingsStatePath();
  void timingsInANarrowDock();
  void timingsExportPng();
  void screenshots();
  void largeStorePaintsFast();
};

void SegmentsTimingsTest::segmentModelConforms_data() {
  QTest::addColumn<QString>("fixture");
  for (const char* f : {"tiny", "multi-segment", "torn-tail", "corrupt-crc", "corrupt-snapshot", "no-checkpoint", "batches",
                        "batches-incomplete-tail", "batch-split-landing"})
    QTest::newRow(f) << QString::fromLatin1(f);
}

void SegmentsTimingsTest::segmentModelConforms() {
  QFETCH(QString, fixture);
  StoreSession session;
  SegmentModel model(&session);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QSortFilterProxyModel proxy;
  proxy.setSourceModel(&model);
  proxy.setSortRole(SegmentModel::SortRole);
  QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QVERIFY(openAndWait(session, fixture));
  QCOMPARE(model.rowCount(), int(session.dataDir()->segments().size()));
  QVERIFY(model.walked());
  for (int c = 0; c < SegmentModel::ColumnCount; ++c) proxy.sort(c, c % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
  uint64_t visible = 0;
  for (int r = 0; r < model.rowCount(); ++r) visible += model.segment(r).visibleEvents;
  QCOMPARE(visible, uint64_t(session.index()->visibleRows().size()));
  session.close();
  QCOMPARE(model.rowCount(), 0);
}

// A followed store that only grew, through rotations: the new segments are inserted after
// those shown (no reset), and each segment's visible events are what a fresh count gives.
void SegmentsTimingsTest::segmentModelFollowsAGrowingStore() {
  LiveStore live(8 << 10);
  QVERIFY(live.ok());
  QVERIFY(live.append(100));
  StoreSession session;
  SegmentModel model(&session);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QVERIFY(openDirAndWait(session, live.path()));
  StoreFollower follower(live.dir);
  QVERIFY(follower.poll().changed);  // the baseline: the rows the session shows
  const int before = model.rowCount();
  QVERIFY(live.append(300));
  const FollowUpdate grown = follower.poll();
  QVERIFY(grown.appendedOnly);
  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
  QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
  session.adoptFollowed(grown.dir, *grown.restore, grown.newRows);
  QVERIFY(model.rowCount() > before);
  QCOMPARE(model.rowCount(), int(grown.dir->segments().size()));
  QCOMPARE(resets.count(), 0);
  QCOMPARE(inserts.count(), 1);
  std::map<uint64_t, uint64_t> fresh;
  for (uint32_t row : grown.index->visibleRows()) ++fresh[grown.index->entry(row).segmentId];
  for (int r = 0; r < model.rowCount(); ++r) QCOMPARE(model.segment(r).visibleEvents, fresh[model.segment(r).id]);
  QVERIFY(live.close());
}

void SegmentsTimingsTest::findingsModelConforms() {
  QFETCH(QString, fixture);
  StoreSession session;
  ViewState state;
  WarningsView view(&session, &state);
  QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
  QVERIFY(openAndWait(session, fixture));
  // One row per finding, except that a place (no event) reported again under the same
  // severity and category is the row that names it first.
  std::set<std::tuple<int, std::string, std::string, std::optional<uint64_t>>> places;
  int expectedRows = 0, merged = 0;
  for (const Finding& f : session.findings()) {
    const std::string category = f.category();
    const bool place = !f.eventId && category != "cross-check";
    if (place && !places.emplace(int(f.severity), category, f.file, f.offset).second) { ++merged; continue; }
    ++expectedRows;
  }
  QCOMPARE(view.model()->rowCount(), expectedRows);
  if (fixture == QLatin1String("torn-tail")) {
    QCOMPARE(merged, 1);  // the restore and the true view both stop at the torn frame
    int tornRows = 0;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
      const QModelIndex i = view.model()->index(r, 0);
      if (i.data(FindingsModel::CategoryRole).toString() != QLatin1String("torn-tail")) continue;
      ++tornRows;
      QVERIFY(i.data(FindingsModel::DetailsRole).toString().contains(QStringLiteral("Also reported: ")));
      QVERIFY(i.data(FindingsModel::DetailsRole).toString().contains(QStringLiteral("000037.fbat")));
      // What it means for the events, in words.
      QVERIFY2(i.data(FindingsModel::DetailsRole).toString().contains(
                   QStringLiteral("The last frame of 000037.fbat was only partly written")),
               qPrintable(i.data(FindingsModel::DetailsRole).toString()));
    }
    QCOMPARE(tornRows, 1);
    for (int r = 0; r < view.model()->rowCount(); ++r) {
      const QModelIndex i = view.model()->index(r, 0);
      if (i.data(FindingsModel::CategoryRole).toString() == QLatin1String("fallback"))
        QVERIFY2(i.data(FindingsModel::DetailsRole).toString().contains(QStringLiteral("the same events")),
                 qPrintable(i.data(FindingsModel::DetailsRole).toString()));
    }
  }
  // Every row opens with its kind's headline, in the table and in the details; the
  // cross-check rows, whose messages all begin with an event id, tell themselves apart.
  std::map<FindingCode, QString> headlines;
  for (int r = 0; r < view.model()->rowCount(); ++r) {
    const Finding& f = view.model()->finding(r);
    const QString headline = findingHeadline(f);
    QVERIFY(!headline.isEmpty());
    QVERIFY2(view.model()->index(r, FindingsModel::Message).data().toString().startsWith(headline + QStringLiteral(" — ")),
             qPrintable(view.model()->index(r, FindingsModel::Message).data().toString()));
    QVERIFY(view.model()->index(r, 0).data(FindingsModel::DetailsRole).toString().startsWith(headline + QLatin1Char('\n')));
    headlines.emplace(f.code, headline);
  }
  for (const auto& [code, headline] : headlines)
    for (const auto& [other, otherHeadline] : headlines)
      if (code != other && std::string(findingKind(code).category) == "cross-check" &&
          std::string(findingKind(other).category) == "cross-check" &&
          !(code == FindingCode::IndexedOtherEventFrameElsewhere && other == FindingCode::IndexedOtherEventNoFrame) &&
          !(code == FindingCode::IndexedOtherEventNoFrame && other == FindingCode::IndexedOtherEventFrameElsewhere))
        QVERIFY2(headline != otherHeadline, qPrintable(headline));
  const int total = view.count(Finding::Severity::Info) + view.count(Finding::Severity::Warning) +
                    view.count(Finding::Severity::Error);
  QCOMPARE(total, view.model()->rowCount());
  for (int c = 0; c < FindingsModel::ColumnCount; ++c) view.proxy()->sort(c, Qt::DescendingOrder);
  view.setSeverityFilter(WarningsView::WarningsOnly);
  QCOMPARE(view.proxy()->rowCount(), view.count(Finding::Severity::Warning));
  view.setSeverityFilter(WarningsView::AllSeverities);
  view.setTextFilter(QStringLiteral("no finding says this"));
  QCOMPARE(view.proxy()->rowCount(), 0);
}

void SegmentsTimingsTest::multiSegmentAllSealed() {
  StoreSession session;
  ViewState state;
  SegmentMapView view(&session, &state);
  QVERIFY(openAndWait(session, QStringLiteral("multi-segment")));
  const SegmentModel& m = *view.model();
  QCOMPARE(m.rowCount(), 95);
  uint64_t events = 0;
  for (int r = 0; r < m.rowCount(); ++r) {
    const QModelIndex i = m.index(r, SegmentModel::State);
    QVERIFY2(i.data(SegmentModel::SealedRole).toBool(), qPrintable(m.segment(r).fileName));
    QVERIFY(i.data(SegmentModel::FooterPresentRole).toBool());
    QVERIFY(i.data(SegmentModel::FooterValidRole).toBool());
    QVERIFY(!i.data(SegmentModel::ActiveRole).toBool());
    QCOMPARE(i.data(SegmentModel::CrcBadCountRole).toInt(), 0);
    QVERIFY(!i.data(SegmentModel::TornOffsetRole).isValid());
    QCOMPARE(i.data(SegmentModel::SegmentIdRole).toULongLong(), qulonglong(r + 1));
    events += i.data(SegmentModel::EventFramesRole).toULongLong();
  }
  QCOMPARE(events, uint64_t(5100));
  QCOMPARE(m.index(94, SegmentModel::State).data().toString(), SegmentModel::tr("sealed (latest)"));
  QCOMPARE(m.index(0, SegmentModel::File).data().toString(), QStringLiteral("000001.fbat"));
  QCOMPARE(m.index(94, SegmentModel::Bytes).data(SegmentModel::BytesRole).toULongLong(), qulonglong(36386));
  // The restore came from the snapshot: only the watermark segment was read for the tail.
  QCOMPARE(m.index(0, SegmentModel::ReadHow).data(SegmentModel::ReadHowRole).toString(), QStringLiteral("skipped"));
}

void SegmentsTimingsTest::tornTailShownAtItsOffset() {
  StoreSession session;
  ViewState state;
  SegmentMapView view(&session, &state);
  QVERIFY(openAndWait(session, QStringLiteral("torn-tail")));
  const SegmentModel& m = *view.model();
  QCOMPARE(m.rowCount(), 37);
  const int row = rowOf(m, 37);
  QCOMPARE(row, 36);
  const QModelIndex torn = m.index(row, SegmentModel::TornTail);
  QCOMPARE(torn.data().toString(), QStringLiteral("@14579"));
  QCOMPARE(torn.data(SegmentModel::TornOffsetRole).toULongLong(), qulonglong(14579));
  QVERIFY(torn.data(SegmentModel::ActiveRole).toBool());
  QVERIFY(!torn.data(SegmentModel::SealedRole).toBool());
  QCOMPARE(m.index(row, SegmentModel::State).data().toString(), SegmentModel::tr("active"));
  QCOMPARE(m.index(row, SegmentModel::Footer).data().toString(), SegmentModel::tr("absent"));
  QCOMPARE(m.index(row, SegmentModel::ReadHow).data().toString(), QStringLiteral("frame scan"));
  QVERIFY(m.index(row, SegmentModel::ReadTime).data(SegmentModel::ReadMsRole).isValid());
  for (int r = 0; r < row; ++r) QVERIFY(!m.index(r, 0).data(SegmentModel::TornOffsetRole).isValid());
  QVERIFY(view.toolTipForRow(row).contains(QStringLiteral("Torn tail @14579")));
  // The torn marker sits at offset / largest segment along the track.
  view.resize(1000, 600);
  const QRect track = view.trackRect(row);
  const int x = view.xOfOffset(row, 14579);
  QVERIFY(x > track.left() && x <= track.right());
  QVERIFY(x <= view.barRect(row).right());
}

void SegmentsTimingsTest::crcBadFrameShownAtItsOffset() {
  StoreSession session;
  SegmentModel m(&session);
  QVERIFY(openAndWait(session, QStringLiteral("corrupt-crc")));
  const int row = rowOf(m, 2);
  QVERIFY(row >= 0);
  const QModelIndex crc = m.index(row, SegmentModel::CrcBad);
  QCOMPARE(crc.data(SegmentModel::CrcBadCountRole).toInt(), 1);
  QCOMPARE(crc.data(SegmentModel::CrcBadOffsetsRole).toList().value(0).toULongLong(), qulonglong(1881));
  QCOMPARE(m.segment(row).crcBad.front().length, 572u);
  QVERIFY(crc.data(Qt::ToolTipRole).toString().contains(QStringLiteral("@1881")));
  for (int r = 0; r < m.rowCount(); ++r)
    if (r != row) QCOMPARE(m.index(r, SegmentModel::CrcBad).data(SegmentModel::CrcBadCountRole).toInt(), 0);
}

void SegmentsTimingsTest::corruptSnapshotFindings() {
  StoreSession session;
  ViewState state;
  WarningsView view(&session, &state);
  QSignalSpy counts(&view, &WarningsView::countsChanged);
  QVERIFY(openAndWait(session, QStringLiteral("corrupt-snapshot")));
  QVERIFY(counts.count() >= 1);
  bool fallback = false;
  for (const Finding& f : view.model()->findings())
    fallback |= f.code == FindingCode::ArtifactFallback && f.file == "index.fbati" && f.severity == Finding::Severity::Warning;
  QVERIFY(fallback);
  QVERIFY(view.count(Finding::Severity::Warning) >= 1);
  view.setTextFilter(QStringLiteral("index.fbati"));
  QVERIFY(view.proxy()->rowCount() >= 1);
  QCOMPARE(view.proxy()->index(0, FindingsModel::File).data().toString(), QStringLiteral("index.fbati"));
  QCOMPARE(view.proxy()->index(0, FindingsModel::Category).data().toString(), QStringLiteral("fallback"));
  view.setSeverityFilter(WarningsView::ErrorsOnly);
  QCOMPARE(view.proxy()->rowCount(), view.count(Finding::Severity::Error));
}

void SegmentsTimingsTest::clickingASegmentFilters() {
  StoreSession session;
  ViewState state;
  SegmentMapView view(&session, &state);
  QVERIFY(showExposed(view, 1000, 600));
  QVERIFY(openAndWait(session, QStringLiteral("multi-segment")));
  QSignalSpy filter(&state, &ViewState::filterChanged);
  QSignalSpy clicked(&view, &SegmentMapView::segmentClicked);
  QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.barRect(2).center());
  QCOMPARE(state.filter(), QStringLiteral("seg:3"));
  QCOMPARE(filter.count(), 1);
  QCOMPARE(clicked.value(0).value(0).toULongLong(), qulonglong(3));
  // After scrolling, the click still lands on the segment under the pointer.
  view.verticalScrollBar()->setValue(view.rowHeight() * 50);
  const int row = view.rowAt(view.viewport()->height() / 2);
  QVERIFY(row >= 50);
  QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.barRect(row).center());
  QCOMPARE(state.filter(), QStringLiteral("seg:%1").arg(row + 1));
}

void SegmentsTimingsTest::currentEventIsMarkedAndScrolledTo() {
  StoreSession session;
  ViewState state;
  SegmentMapView view(&session, &state);
  QVERIFY(showExposed(view, 1000, 400));
  QVERIFY(openAndWait(session, QStringLiteral("multi-segment")));
  QCOMPARE(view.verticalScrollBar()->value(), 0);
  const Index& index = *session.index();
  const uint32_t last = index.visibleRows().back();
  state.setCurrentRow(last);
  const int row = view.currentSegmentRow();
  QCOMPARE(row, view.model()->rowOfSegment(index.entry(last).segmentId));
  QVERIFY(row > 80);
  QVERIFY(view.verticalScrollBar()->value() > 0);
  const QRect bar = view.barRect(row);
  QVERIFY(view.viewport()->rect().contains(bar.center()));
  QVERIFY(view.toolTipForRow(row).contains(QStringLiteral("Current event at @%1").arg(index.entry(last).offset)));
}

void SegmentsTimingsTest::activatingAFinding() {
  StoreSession session;
  ViewState state;
  WarningsView view(&session, &state);
  QVERIFY(openAndWait(session, QStringLiteral("torn-tail")));
  // The fallback finding names 000037.fbat and an offset, but no event: filter to the segment.
  int fallbackRow = -1;
  for (int r = 0; r < view.proxy()->rowCount(); ++r) {
    const QModelIndex i = view.proxy()->index(r, 0);
    if (i.data(FindingsModel::SegmentIdRole).toULongLong() == 37 && i.data(FindingsModel::OffsetRole).isValid() &&
        !i.data(FindingsModel::EventIdRole).isValid())
      fallbackRow = r;
  }
  QVERIFY(fallbackRow >= 0);
  view.activateFinding(view.proxy()->index(fallbackRow, FindingsModel::Message));
  QCOMPARE(state.filter(), QStringLiteral("seg:37"));

  // A finding that names an event selects it with a single click, and the details below the
  // table show it whole (file, offset, event).
  const Index& index = *session.index();
  const uint32_t target = index.visibleRows()[5];
  const Finding f = makeFinding(FindingCode::SegmentUnreadable, "000001.fbat", index.entry(target).offset,
                                {"synthetic"}, index.eventId(target));
  view.model()->setFindings({f});
  QCOMPARE(view.count(Finding::Severity::Error), 1);
  QVERIFY(showExposed(view, 900, 300));
  QTableView* table = view.table();
  const QRect cell = table->visualRect(view.proxy()->index(0, FindingsModel::Message));
  state.setCurrentRow(index.visibleRows()[0]);
  QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
  QCOMPARE(state.currentRow(), target);
  const QString details = view.findChild<QLabel*>(QStringLiteral("FindingDetails"))->text();
  QVERIFY2(details.contains(QStringLiteral("synthetic")) && details.contains(QStringLiteral("000001.fbat")) &&
               details.contains(QString::fromStdString(uuidText(index.eventId(target)))),
           qPrintable(details));
}

void SegmentsTimingsTest::timingsStatePath_data() {
  QTest::addColumn<QString>("fixture");
  QTest::addColumn<QStringList>("words");
  QTest::newRow("tiny") << QStringLiteral("tiny")
                        << QStringList{QStringLiteral("Restored from the mmap snapshot index.fbati (10 entries) plus 0 tail entries in ")};
  QTest::newRow("no-checkpoint") << QStringLiteral("no-checkpoint")
                                 << QStringList{QStringLiteral("parallel SIDX rebuild"), QStringLiteral("1,000 entries"),
                                                QStringLiteral("index.fbati and index.ckpt are both absent")};
  QTest::newRow("torn-tail") << QStringLiteral("torn-tail")
                             << QStringList{QStringLiteral("sequential frame-scan fallback"), QStringLiteral("999 entries"),
                                            QStringLiteral("parallel SIDX rebuild was unavailable"),
                                            QStringLiteral("000037.fbat"), QStringLiteral("sealed segment missing SIDX footer")};
  QTest::newRow("corrupt-snapshot") << QStringLiteral("corrupt-snapshot")
                                    << QStringList{QStringLiteral("checkpoint index.ckpt (700 entries) plus 100 tail entries"),
                                                   QStringLiteral("index.fbati was rejected")};
}

void SegmentsTimingsTest::timingsStatePath() {
  QFETCH(QString, fixture);
  QFETCH(QStringList, words);
  StoreSession session;
  RestoreTimingsView view(&session);
  QVERIFY(openAndWait(session, fixture));
  const QString text = view.pathText();
  for (const QString& w : words) QVERIFY2(text.contains(w), qPrintable(text + QStringLiteral("\nlacks: ") + w));
  QVERIFY(text.contains(QStringLiteral("Background checks after the open")));
  // One Gantt bar per phase: the restore's, then the three background phases (the true view
  // with the frame walk it gives, the cross-check, the hash chains).
  const RestoreResult& r = *session.restore();
  QCOMPARE(view.ganttBarCount(), int(r.phases.size()) + 3);
  QCOMPARE(view.ganttRows().value(int(r.phases.size())), QStringLiteral("true view and frame walk"));
  QCOMPARE(view.ganttRows().size(), view.ganttBarCount());
  for (size_t i = 0; i < r.phases.size(); ++i) QCOMPARE(view.ganttRows()[int(i)], QString::fromStdString(r.phases[i].name));
  // Per-segment read times: every segment the restore read, by how it was read.
  int bars = 0;
  for (int i = 0; i < view.segmentPlot()->plottableCount(); ++i)
    if (auto* b = qobject_cast<QCPBars*>(view.segmentPlot()->plottable(i))) bars += b->data()->size();
  QCOMPARE(bars, int(r.segments.size()));
}

// In a dock as narrow and short as at 1000×650 the panel scrolls: nothing is wider than
// the dock, the Gantt keeps a line per phase, and the two charts stack.
void SegmentsTimingsTest::timingsInANarrowDock() {
  StoreSession session;
  RestoreTimingsView view(&session);
  view.resize(310, 380);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  QVERIFY(openAndWait(session, QStringLiteral("torn-tail")));
  QTest::qWait(50);  // the resize handlers run queued
  QScrollArea* scroll = view.scrollArea();
  QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
           qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
  QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
  const int line = view.fontMetrics().height();
  QVERIFY2(view.ganttPlot()->height() >= view.ganttBarCount() * line,
           qPrintable(QStringLiteral("%1 px for %2 rows").arg(view.ganttPlot()->height()).arg(view.ganttBarCount())));
  QVERIFY(view.entriesPlot()->geometry().top() >= view.segmentPlot()->geometry().bottom());
  // Wide again: the charts side by side.
  view.resize(900, 700);
  QTest::qWait(50);
  QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
  QVERIFY(view.entriesPlot()->geometry().left() >= view.segmentPlot()->geometry().right());
}

void SegmentsTimingsTest::timingsExportPng() {
  StoreSession session;
  RestoreTimingsView view(&session);
  QVERIFY(openAndWait(session, QStringLiteral("torn-tail")));
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("timings.png"));
  QVERIFY(view.exportPng(path));
  QImage image(path);
  QVERIFY(!image.isNull());
  QVERIFY2(image.width() >= 400 && image.height() >= 300, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
}

// Renders every view for two fixtures, light and dark, when BATSCOPE_SCREENSHOTS names a
// directory (for looking at them and for the docs).
void SegmentsTimingsTest::screenshots() {
  const QString out = qEnvironmentVariable("BATSCOPE_SCREENSHOTS");
  if (out.isEmpty()) QSKIP("set BATSCOPE_SCREENSHOTS=<dir> to render the views");
  QDir().mkpath(out);
  const QPalette light = QApplication::palette();
  for (const bool dark : {false, true}) {
    QApplication::setPalette(dark ? darkPalette() : light);
    for (const QString& fixture : {QStringLiteral("multi-segment"), QStringLiteral("torn-tail"), QStringLiteral("corrupt-crc")}) {
      StoreSession session;
      ViewState state;
      SegmentMapView map(&session, &state);
      RestoreTimingsView timings(&session);
      WarningsView warnings(&session, &state);
      for (QWidget* w : {static_cast<QWidget*>(&map), static_cast<QWidget*>(&timings), static_cast<QWidget*>(&warnings)}) {
        w->resize(1000, 600);
        w->show();
      }
      QVERIFY(openAndWait(session, fixture));
      const Index& index = *session.index();
      if (!index.visibleRows().empty()) state.setCurrentRow(index.visibleRows()[index.visibleRows().size() * 3 / 4]);
      state.setFilter(QStringLiteral("seg:%1").arg(session.dataDir()->segments().back().id));
      QTest::qWait(50);
      const QString suffix = (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png");
      QVERIFY(map.grab().save(out + QStringLiteral("/segments-") + fixture + suffix));
      QVERIFY(timings.exportPng(out + QStringLiteral("/timings-") + fixture + suffix));
      QVERIFY(warnings.grab().save(out + QStringLiteral("/warnings-") + fixture + suffix));
    }
  }
  QApplication::setPalette(light);
}

// Paint cost with ~10,000 segments, when BATSCOPE_LARGE_STORE names such a data dir
// (`batscope-cli generate DIR --events 200000 --segment-bytes 8192` writes ~14,000).
void SegmentsTimingsTest::largeStorePaintsFast() {
  const QString dir = qEnvironmentVariable("BATSCOPE_LARGE_STORE");
  if (dir.isEmpty()) QSKIP("set BATSCOPE_LARGE_STORE=<data dir with many segments>");
  StoreSession session;
  ViewState state;
  SegmentMapView view(&session, &state);
  QVERIFY(showExposed(view, 1000, 600));
  QSignalSpy opened(&session, &StoreSession::opened);
  QSignalSpy background(&session, &StoreSession::backgroundFinished);
  session.open(dir);
  QVERIFY(opened.wait(300000));
  QVERIFY(background.count() || background.wait(600000));
  QVERIFY(view.model()->rowCount() >= 10000);
  QElapsedTimer timer;
  timer.start();
  view.model()->refresh();
  const qint64 refreshMs = timer.elapsed();
  timer.restart();
  const int frames = 50;
  for (int i = 0; i < frames; ++i) {
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() * i / frames);
    view.viewport()->repaint();
  }
  const double paintMs = double(timer.elapsed()) / frames;
  RestoreTimingsView timings(&session);
  timings.resize(1000, 600);
  timer.restart();
  timings.refresh();
  const qint64 timingsMs = timer.elapsed();
  qInfo("%d segments: model refresh %lld ms, one scrolled repaint %.2f ms, timings rebuild %lld ms",
        view.model()->rowCount(), refreshMs, paintMs, timingsMs);
  QVERIFY(paintMs < 50);
  if (const QString out = qEnvironmentVariable("BATSCOPE_SCREENSHOTS"); !out.isEmpty()) {
    QVERIFY(view.grab().save(out + QStringLiteral("/segments-large.png")));
    QVERIFY(timings.exportPng(out + QStringLiteral("/timings-large.png")));
  }
}

QTEST_MAIN(SegmentsTimingsTest)
#include "segments_timings_test.moc"
