// "Compare restore paths": runs every restore path (Mmap, Checkpoint, Rebuild, Scan)
// read-only on one data directory, checks that each gives the same true-view index, and
// lists where batpak's own (faithful) indexes of the paths disagree, event by event.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/base/data_dir.h"
#include "batscope/base/executor.h"
#include "batscope/restore/restore_planner.h"

namespace batscope {

const char* restorePathChoiceName(RestorePathChoice p);  // "mmap", "checkpoint", "rebuild", "scan"

// One restore path's outcome.
struct PathOutcome {
  RestorePathChoice requested = RestorePathChoice::Mmap;
  bool ok = false;
  std::string error;                  // the open error when !ok
  OpenReport report;
  std::vector<PhaseTiming> phases;
  double elapsedMs = 0;               // the restore as measured here
  uint64_t entryCount = 0;            // every entry (superseded copies included)
  uint64_t visibleCount = 0;
  // The true view built after this path's open equals the reference (first path's) one:
  // same (event id, global sequence, segment, offset, visibility) for every entry.
  bool trueViewIdentical = false;
  uint64_t trueViewEntries = 0;
  std::string trueViewDifference;     // the first difference, when not identical
};

// A difference between the faithful indexes of two paths for one event id.
struct PathDisagreement {
  enum class Kind { Missing, GlobalSequence, DiskPos, Visibility, Duplicates };
  Kind kind = Kind::Missing;
  Id128 eventId;
  RestorePathChoice pathA = RestorePathChoice::Mmap, pathB = RestorePathChoice::Mmap;
  std::string valueA, valueB;         // the two values in words ("absent" when missing)
  uint64_t globalSequence = 0;        // of the event (A's when present, else B's)
  bool visible = false;               // visible in either path
};
const char* disagreementKindName(PathDisagreement::Kind k);  // "missing", "global sequence", …

struct ComparisonResult {
  std::vector<PathOutcome> paths;                 // Mmap, Checkpoint, Rebuild, Scan
  std::vector<PathDisagreement> disagreements;    // every path against the first one that opened
  bool trueViewsIdentical = false;                // every opened path's true view is identical
  bool cancelled = false;
  double elapsedMs = 0;
};

// `progress` (optional) gets (path name, fraction in [0, 1]). `executor` may be null.
ComparisonResult compareRestorePaths(const std::shared_ptr<DataDir>& dir, Executor* executor,
                                     const std::atomic<bool>* cancel,
                                     const std::function<void(const std::string&, double)>& progress = {});

}  // namespace batscope
