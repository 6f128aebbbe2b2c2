// Following a store while batpak (or any writer) appends to it, read-only: each poll looks at
// the directory's files (names and sizes) and, when they changed, restores the store afresh
// on batpak's default path and reports the visible events not reported before, in global
// order. A batch shows once its COMMIT is written (the restore's batch state machine), a torn
// or half-written last frame once it is whole; a compaction or a vanished segment is reported
// as a restart. Nothing is written into the directory.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/base/executor.h"
#include "batscope/base/findings.h"
#include "batscope/base/id_map.h"
#include "batscope/base/result.h"
#include "batscope/restore/index.h"
#include "batscope/restore/restore_planner.h"

namespace batscope {

struct FollowUpdate {
  bool changed = false;    // the files changed since the last poll (and the store was restored)
  bool restarted = false;  // a file shrank or went away: a compaction or a replaced segment
                           // (a FollowRestarted finding says which, in this and every later
                           // update's restore findings)
  std::shared_ptr<DataDir> dir;    // the store as of this poll (when changed)
  std::shared_ptr<Index> index;    // its index, batpak's view
  std::shared_ptr<RestoreResult> restore;  // the whole restore (index, findings, timings)
  std::vector<uint32_t> newRows;   // visible rows of `index` not reported before, in global order
  // The store only grew: every row of the previous poll's index is the same row of `index`
  // (same sequence, frame and visibility), so its visible rows are the first visible rows
  // here, and `newRows` are all the rows after them. A view may then add `newRows` to what it
  // shows instead of starting over.
  bool appendedOnly = false;
  std::shared_ptr<const Index> previous;  // with appendedOnly: the previous poll's index
  std::optional<Error> error;      // the store does not open right now; the next poll retries
};

class StoreFollower {
 public:
  // `shown`: batpak's index of the store as a view already shows it (opened before following
  // began). The first poll is then compared with it (appendedOnly, newRows) and its visible
  // events count as reported; without it, the first poll reports every visible event.
  explicit StoreFollower(std::string path, Executor* executor = nullptr, std::shared_ptr<const Index> shown = nullptr);
  FollowUpdate poll();
  size_t reported() const { return reported_.size(); }

 private:
  std::string path_;
  Executor* executor_;
  std::vector<std::pair<std::string, uint64_t>> files_;  // name, size at the last restore
  std::shared_ptr<const Index> last_;  // the last poll's index (the one a view shows now)
  std::vector<Finding> notes_;         // FollowRestarted so far, added to every later update
  IdMap<uint8_t> reported_;
  bool seedReported_ = false;  // `shown`'s visible events are yet to be put in reported_
};

}  // namespace batscope
