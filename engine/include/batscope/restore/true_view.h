// The true view: what the bytes really hold, independent of batpak's read bugs. Every
// CRC-valid, decodable, committed event frame is indexed at its real position; global
// sequences come from any footer or snapshot entry with that event id, else are synthesised
// after the highest known one; cancelled ranges apply. Every restore path gives this same
// index. Also the cross-check that compares batpak's (faithful) index with the bytes.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/base/executor.h"
#include "batscope/base/findings.h"
#include "batscope/restore/index.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/base/result.h"

namespace batscope {

struct TrueViewResult {
  std::shared_ptr<Index> index;
  std::vector<Finding> findings;
  double elapsedMs = 0;
  std::vector<PhaseTiming> phases;  // durable sources, frames, finalize
  std::shared_ptr<StoreWalk> walk;  // with TrueViewOptions::physicalWalk
  // With TrueViewOptions::agreeWith, where the bytes hold exactly that index's entries:
  // `index` is that index itself (no second one was built), and nothing in it is a payload
  // verdict of the true view's.
  bool sharesFaithfulIndex = false;
};

struct TrueViewOptions {
  // Also hash each hash-chained payload while its frame is decoded, and keep the verdict in
  // the index (Index::payloadHashMatches): chain verification then reads no frame it covers.
  bool hashPayloads = false;
  // Also give the physical frame walk (walkStore's result) from the same pass over the
  // frames: a segment whose frames the true view reads differently (an undecodable frame, a
  // SIDX trailer with an invalid footer, no readable header) is walked again on its own.
  bool physicalWalk = false;
  // With physicalWalk, where this true view's index answers the walk's find() (every event
  // frame indexed once, StoreWalk::useIndexForFind): the walk lists only its batch markers
  // and CRC mismatches (what chainCoverage reads), not 32 bytes for every event frame. Where
  // the index cannot answer find(), the segments are walked again in full.
  bool walkMarkersOnly = false;
  // The snapshots a restore of the same DataDir loaded (RestoreResult::snapshots): used
  // instead of loading those files again.
  std::shared_ptr<const LoadedSnapshots> snapshots;
  // batpak's index of the same store (the restore's). Each frame is compared with its entry
  // there as it is read, and where every entry agrees, field for field as sameEntries
  // compares them, no index of the true view's own is built (at 10M events, 720 MB less at
  // once): the result's index is this one (TrueViewResult::sharesFaithfulIndex). At the first
  // difference the pass stops and the true view is built in full, with the options above.
  // Frames are matched to rows by event id: where one id is written twice, an earlier copy
  // may be matched to the later one's row, and then the true view is built in full although
  // the two agree.
  // Payloads are not hashed in the comparing pass: there is no index of its own to keep
  // verdicts in.
  std::shared_ptr<Index> agreeWith;
};

// Segments are read in parallel on `executor` (inline without one).
Result<TrueViewResult> buildTrueView(const std::shared_ptr<DataDir>& dir,
                                     const std::atomic<bool>* cancel = nullptr, Executor* executor = nullptr,
                                     TrueViewOptions options = {});

// Where two true views of one store differ: "" when every entry has the same event id,
// global sequence, segment, offset and visibility, else the first difference in words.
std::string trueViewDifference(const Index& reference, const Index& other);

struct CrossCheckResult {
  std::vector<Finding> findings;  // one per discrepancy, naming file, offset and event
  uint64_t entriesChecked = 0;
  uint64_t discrepancies = 0;
  double elapsedMs = 0;
};

// Checks every entry of batpak's index against the frame at its position (CRC, event id)
// and against the true view (lost, duplicated, renumbered, re-hidden events).
// Rows are checked in parallel on `executor` (inline without one).
CrossCheckResult crossCheck(const DataDir& dir, const Index& faithful, const Index& truth,
                            const std::atomic<bool>* cancel = nullptr, Executor* executor = nullptr);

}  // namespace batscope
