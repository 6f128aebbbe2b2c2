// Tests for sorting the event table (event_row_order.h, EventTableModel::sort): with shared
// ownership of the index a sort runs on the thread pool (sortStarted, the old order until
// sortFinished, then exactly the order the synchronous sort gives, selections following
// their events); new rows drop a sort in flight; with a raw pointer sorting stays in place.
#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

#include <memory>

#include "batscope/restore/index.h"
#include "models/event_row_order.h"
#include "models/event_table_model.h"
#include "store_session.h"
#include "ui_test_support.h"

using namespace batscope;
using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {

std::vector<uint32_t> modelRows(const EventTableModel& m) {
  std::vector<uint32_t> out;
  for (int r = 0; r < m.rowCount(); ++r) out.push_back(m.index(r, 0).data(EventTableModel::IndexRowRole).toUInt());
  return out;
}

}  // namespace

class EventTableSortTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(openAndWait(session_, QStringLiteral("multi-segment"))); }

  void backgroundSortGivesTheSynchronousOrder_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int c : {int(EventTableModel::Entity), int(EventTableModel::Time), int(EventTableModel::EventId),
                  int(EventTableModel::Chain), int(EventTableModel::Location)})
      for (int o : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
        QTest::addRow("column %d order %d", c, o) << c << o;
  }
  void backgroundSortGivesTheSynchronousOrder() {
    QFETCH(int, column);
    QFETCH(int, order);
    const std::shared_ptr<const Index> index = session_.sharedIndex();
    QVERIFY(index && index->visibleRows().size() > 10);
    const BackgroundResults* bg = session_.background();
    QVERIFY(bg && bg->chains);

    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsyncSortRows(0);  // every sort in the background
    model.setRows(index, index->visibleRows());
    model.setChainReport(bg->chains.get());
    const std::vector<uint32_t> before = modelRows(model);
    const QPersistentModelIndex selected = model.index(3, EventTableModel::Entity);
    const uint32_t selectedRow = before[3];

    QSignalSpy started(&model, &EventTableModel::sortStarted);
    QSignalSpy finished(&model, &EventTableModel::sortFinished);
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(started.count(), 1);
    QVERIFY(model.isSorting());
    QCOMPARE(modelRows(model), before);  // the old order until the new one is ready
    QVERIFY(finished.wait(30000));
    QVERIFY(!model.isSorting());

    const std::vector<uint32_t> expected = orderedRows(*index, index->visibleRows(), column, Qt::SortOrder(order),
                                                       ChainCells(*index, bg->chains.get()));
    QCOMPARE(modelRows(model), expected);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(EventTableModel::IndexRowRole).toUInt(), selectedRow);
  }

  // A followed store grew: rows are added after those shown, only in sequence order, and
  // rows past what the chains were checked over are pending.
  void appendedRowsFollowThoseShown() {
    const std::shared_ptr<const Index> index = session_.sharedIndex();
    const BackgroundResults* bg = session_.background();
    QVERIFY(bg && bg->chains);
    const std::vector<uint32_t>& visible = index->visibleRows();
    const size_t half = visible.size() / 2;
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(index, std::vector<uint32_t>(visible.begin(), visible.begin() + long(half)));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.appendRows(index, std::vector<uint32_t>(visible.begin() + long(half), visible.end())));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(modelRows(model), visible);
    QVERIFY(!model.appendRows(index, {visible.front()}));  // not past the rows shown
    QVERIFY(!model.appendRows(index, {uint32_t(index->entryCount()), uint32_t(index->entryCount())}));
    // Checked over the first half's rows only: the rest are pending.
    const uint32_t checked = visible[half];
    model.setChainReport(bg->chains.get(), checked);
    for (int r = 0; r < model.rowCount(); ++r) {
      const int cell = model.index(r, EventTableModel::Chain).data(EventTableModel::ChainStatusRole).toInt();
      if (visible[size_t(r)] >= checked) QCOMPARE(cell, int(EventTableModel::ChainPending));
      else QVERIFY(cell != int(EventTableModel::ChainPending));
    }
    model.sort(EventTableModel::Entity, Qt::AscendingOrder);
    QVERIFY(!model.isInSequenceOrder());
    QVERIFY(!model.appendRows(index, {}));  // sorted otherwise: the caller shows every row afresh
  }

  // New rows while a sort runs: its result is dropped, sortFinished still comes.
  void newRowsDropASortInFlight() {
    const std::shared_ptr<const Index> index = session_.sharedIndex();
    EventTableModel model;
    model.setAsyncSortRows(0);
    model.setRows(index, index->visibleRows());
    QSignalSpy finished(&model, &EventTableModel::sortFinished);
    model.sort(EventTableModel::Entity, Qt::DescendingOrder);
    std::vector<uint32_t> fewer(index->visibleRows().begin(), index->visibleRows().begin() + 5);
    model.setRows(index, fewer);
    QCOMPARE(finished.count(), 1);
    QTest::qWait(500);  // the dropped sort ends and delivers its stale result
    QCOMPARE(modelRows(model), fewer);
    QVERIFY(!model.isSorting());
    QCOMPARE(finished.count(), 1);
  }

  // Without shared ownership the model cannot keep the index alive: it sorts in place.
  void rawPointerSortsInPlace() {
    const Index& index = *session_.index();
    EventTableModel model;
    model.setAsyncSortRows(0);
    model.setRows(&index, index.visibleRows());
    QSignalSpy started(&model, &EventTableModel::sortStarted);
    model.sort(EventTableModel::Entity, Qt::AscendingOrder);
    QCOMPARE(started.count(), 0);
    const std::vector<uint32_t> rows = modelRows(model);
    QCOMPARE(rows, orderedRows(index, index.visibleRows(), EventTableModel::Entity, Qt::AscendingOrder, ChainCells{}));
    // By entity name, then global sequence.
    for (size_t i = 1; i < rows.size(); ++i) {
      const auto a = index.entity(rows[i - 1]), b = index.entity(rows[i]);
      QVERIFY(a <= b);
      if (a == b) QVERIFY(index.entry(rows[i - 1]).globalSequence <= index.entry(rows[i]).globalSequence);
    }
  }

 private:
  StoreSession session_;
};

QTEST_MAIN(EventTableSortTest)
#include "event_table_sort_test.moc"
