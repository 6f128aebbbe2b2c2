// The event table: one row per event of the current (filtered) row set, straight over the
// engine's index. No per-row objects: a row is an index row number; cell text is computed
// on demand for the rows the view paints. Sorting reorders the row numbers in place.
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

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

  // Shows `rows` (engine index rows) of `index`; `index` must outlive the model's use of it.
  void setRows(const batscope::Index* index, std::vector<uint32_t> rows);
  void clear();
  void setChainReport(const batscope::ChainReport* report);
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

 private:
  ChainCell chainCell(uint32_t row) const;
  void rebuildReverse() const;

  const batscope::Index* index_ = nullptr;
  std::vector<uint32_t> rows_;
  const batscope::ChainReport* chains_ = nullptr;
  bool sharesSequence(uint32_t row) const;  // another visible event carries its global sequence

  // Per entity id: where its first broken link was written (segment, offset), max if none.
  struct WrittenAt { uint64_t segmentId = UINT64_MAX, offset = UINT64_MAX; };
  std::vector<WrittenAt> brokenAt_;
  std::vector<uint32_t> forkRows_;  // index rows of fork links, ascending
  std::vector<uint8_t> entityStatus_;
  bool utc_ = false;
  mutable std::vector<int32_t> reverse_;  // index row -> table row, built on demand
  mutable bool reverseValid_ = false;
};

}  // namespace batscope::ui
