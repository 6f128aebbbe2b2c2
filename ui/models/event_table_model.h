// The event table: one row per event of the current (filtered) row set, straight over the
// engine's index. No per-row objects: a row is an index row number; cell text is computed
// on demand for the rows the view paints. Sorting reorders the row numbers: on the thread
// pool for large row sets when the model shares ownership of the index (the table keeps the
// old order until the new one is ready).
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <vector>

#include "event_row_order.h"

namespace batscope { class Index; struct ChainReport; }

namespace batscope::ui {

class EventTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Sequence, Time, Entity, Scope, Kind, Chain, EventId, Correlation, Causation, Location, ColumnCount };
  enum Role {
    IndexRowRole = Qt::UserRole + 1,  // uint32 row of the engine index
    GlobalSequenceRole,               // qulonglong
    EventIdRole,                      // QString, 32 hex digits
    ChainStatusRole,                  // int: ChainCell
  };
  enum ChainCell { ChainPending, ChainVerified, ChainBroken, ChainAfterBreak, ChainUnhashed, ChainFork };

  explicit EventTableModel(QObject* parent = nullptr);

  // Shows `rows` (engine index rows) of `index`. With a raw pointer the index must outlive the
  // model's use of it and sorting runs in place; with shared ownership large sorts run on the
  // thread pool.
  void setRows(const batscope::Index* index, std::vector<uint32_t> rows);
  void setRows(std::shared_ptr<const batscope::Index> index, std::vector<uint32_t> rows);
  // Row sets at least this large sort in the background (when the index is shared).
  void setAsyncSortRows(size_t rows) { asyncSortRows_ = rows; }
  bool isSorting() const { return sorting_; }
  // A followed store grew (FollowUpdate::appendedOnly): `index` begins with every row of the
  // index shown, which the rows shown keep naming; `more` are added after them. Only where the
  // rows are in the order of their global sequence and no sort is under way (then true).
  bool appendRows(std::shared_ptr<const batscope::Index> index, const std::vector<uint32_t>& more);
  bool isInSequenceOrder() const { return !sorting_ && sortColumn_ == Sequence && sortOrder_ == Qt::AscendingOrder; }
  void clear();
  // `checkedRows`: see ChainCells.
  void setChainReport(const batscope::ChainReport* report, size_t checkedRows = SIZE_MAX);
  void setUtcTime(bool utc);

  const std::vector<uint32_t>& rows() const { return rows_; }
  // Table row of an index row, or -1.
  int tableRowOf(uint32_t indexRow) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

  static QString kindText(uint16_t kind);

 signals:
  // A background sort began / ended (finished, or superseded by new rows).
  void sortStarted();
  void sortFinished();

 private:
  void setRows(std::shared_ptr<const batscope::Index> owner, const batscope::Index* index,
               std::vector<uint32_t> rows);
  ChainCell chainCell(uint32_t row) const;
  void applyOrder(std::vector<uint32_t> sorted);
  void rebuildReverse() const;
  bool sharesSequence(uint32_t row) const;  // another visible event carries its global sequence

  std::shared_ptr<const batscope::Index> owner_;  // null when given a raw pointer
  const batscope::Index* index_ = nullptr;
  std::vector<uint32_t> rows_;
  ChainCells chainCells_;
  size_t asyncSortRows_ = 100'000;
  uint64_t generation_ = 0;  // bumped by new rows and new sorts: a stale result is dropped
  bool sorting_ = false;
  bool utc_ = false;
  int sortColumn_ = Sequence;  // the order rows_ are in
  Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
  mutable std::vector<int32_t> reverse_;  // index row -> table row, built on demand
  mutable bool reverseValid_ = false;
};

}  // namespace batscope::ui
