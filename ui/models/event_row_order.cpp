#include "event_row_order.h"

#include <algorithm>

#include "batscope/analysis/hash_chain.h"
#include "batscope/restore/index.h"
#include "event_table_model.h"

namespace batscope::ui {

ChainCells::ChainCells(const Index& index, const ChainReport* report, size_t checkedRows) {
  if (!report) return;
  active_ = true;
  checkedRows_ = checkedRows;
  brokenAt_.assign(index.stringCount(), WrittenAt{});
  entityStatus_.assign(index.stringCount(), Pending);
  for (const EntityChain& c : report->entities) {
    const auto id = index.findString(c.entity);
    if (!id) continue;
    entityStatus_[*id] = c.status == EntityChain::Status::Verified   ? Verified
                         : c.status == EntityChain::Status::Unhashed ? Unhashed
                                                                     : Broken;
    if (c.firstBreak) brokenAt_[*id] = WrittenAt{c.firstBreak->segmentId, c.firstBreak->offset};
    for (const ChainFork& f : c.forks)
      if (const uint32_t row = index.findById(f.eventId); row != Index::kNoRow) forkRows_.push_back(row);
  }
  std::sort(forkRows_.begin(), forkRows_.end());
}

ChainCells::Cell ChainCells::cell(const Index& index, uint32_t row) const {
  if (!active_ || entityStatus_.empty() || row >= checkedRows_) return Pending;
  const IndexEntry& e = index.entry(row);
  if (e.entityId >= entityStatus_.size()) return Pending;
  const auto status = Cell(entityStatus_[e.entityId]);
  if (status == Verified && std::binary_search(forkRows_.begin(), forkRows_.end(), row)) return Fork;
  if (status != Broken) return status;
  // Links are verified in written order: the break, and what was written after it.
  const WrittenAt at = brokenAt_[e.entityId];
  if (e.segmentId == at.segmentId && e.offset == at.offset) return Broken;
  const bool after = e.segmentId != at.segmentId ? e.segmentId > at.segmentId : e.offset > at.offset;
  return after ? AfterBreak : Verified;
}

std::vector<uint32_t> orderedRows(const Index& ix, std::vector<uint32_t> rows, int column, Qt::SortOrder order,
                                  const ChainCells& chains) {
  using Column = EventTableModel::Column;
  auto seq = [&](uint32_t r) { return ix.entry(r).globalSequence; };
  // Entity and scope compare by the rank of their interned string: a million string
  // comparisons become integer ones.
  std::vector<uint32_t> rank;
  if (column == Column::Entity || column == Column::Scope) {
    std::vector<uint32_t> ids(ix.stringCount());
    for (uint32_t i = 0; i < ids.size(); ++i) ids[i] = i;
    std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) { return ix.string(a) < ix.string(b); });
    rank.resize(ids.size());
    for (uint32_t i = 0; i < ids.size(); ++i) rank[ids[i]] = i;
  }
  auto cmp = [&](uint32_t a, uint32_t b) -> bool {
    switch (column) {
      case Column::Time: if (ix.entry(a).wallMs != ix.entry(b).wallMs) return ix.entry(a).wallMs < ix.entry(b).wallMs; break;
      case Column::Entity: {
        const uint32_t x = rank[ix.entry(a).entityId], y = rank[ix.entry(b).entityId];
        if (x != y) return x < y;
        break;
      }
      case Column::Scope: {
        const uint32_t x = rank[ix.entry(a).scopeId], y = rank[ix.entry(b).scopeId];
        if (x != y) return x < y;
        break;
      }
      case Column::Kind: if (ix.entry(a).kind != ix.entry(b).kind) return ix.entry(a).kind < ix.entry(b).kind; break;
      case Column::EventId: { const Id128 x = ix.eventId(a), y = ix.eventId(b); if (x != y) return x < y; break; }
      case Column::Correlation: { const Id128 x = ix.correlationId(a), y = ix.correlationId(b); if (x != y) return x < y; break; }
      case Column::Causation: {
        const auto x = ix.causationId(a), y = ix.causationId(b);
        if (x.has_value() != y.has_value()) return !x.has_value();
        if (x && *x != *y) return *x < *y;
        break;
      }
      case Column::Chain: {
        const auto x = chains.cell(ix, a), y = chains.cell(ix, b);
        if (x != y) return x > y;
        break;
      }
      case Column::Location:
        if (ix.entry(a).segmentId != ix.entry(b).segmentId) return ix.entry(a).segmentId < ix.entry(b).segmentId;
        if (ix.entry(a).offset != ix.entry(b).offset) return ix.entry(a).offset < ix.entry(b).offset;
        break;
      default: break;
    }
    if (seq(a) != seq(b)) return seq(a) < seq(b);
    return ix.streamKeyLess(a, b);  // shared numbers: the order dump and the timeline use
  };
  if (order == Qt::AscendingOrder) std::stable_sort(rows.begin(), rows.end(), cmp);
  else std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) { return cmp(b, a); });
  return rows;
}

}  // namespace batscope::ui
