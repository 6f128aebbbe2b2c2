// The order of the event table's rows: by any column, ties by global sequence and then the
// stream key (the order dump and the timeline use). A pure function of the index and a
// snapshot of the chain verdicts, so that sorting a million rows can run on the thread pool
// while the table keeps painting the old order.
#pragma once

#include <Qt>

#include <cstdint>
#include <vector>

namespace batscope { class Index; struct ChainReport; }

namespace batscope::ui {

// What the Chain column shows for a row: a copy of the per-entity verdicts, cheap to take
// into a background job (a few entries per entity and one per fork).
class ChainCells {
 public:
  enum Cell { Pending, Verified, Broken, AfterBreak, Unhashed, Fork };

  ChainCells() = default;
  // `checkedRows`: the report is of the store as it was when `index` had that many rows (a
  // followed store grows while its chains are checked); rows past them are still Pending.
  ChainCells(const Index& index, const ChainReport* report, size_t checkedRows = SIZE_MAX);

  Cell cell(const Index& index, uint32_t row) const;

 private:
  // Per entity id: where its first broken link was written (segment, offset), max if none.
  struct WrittenAt { uint64_t segmentId = UINT64_MAX, offset = UINT64_MAX; };
  bool active_ = false;
  size_t checkedRows_ = SIZE_MAX;
  std::vector<WrittenAt> brokenAt_;
  std::vector<uint8_t> entityStatus_;
  std::vector<uint32_t> forkRows_;  // index rows of fork links, ascending
};

// `rows` (index rows) in the order of table column `column` (EventTableModel::Column).
std::vector<uint32_t> orderedRows(const Index& index, std::vector<uint32_t> rows, int column, Qt::SortOrder order,
                                  const ChainCells& chains);

}  // namespace batscope::ui
