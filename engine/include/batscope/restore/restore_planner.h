// batpak's cold-start restore planner (FORMAT.md §10): mmap snapshot + tail replay →
// checkpoint + tail replay → parallel SIDX-footer rebuild when every segment has a valid
// footer → otherwise the sequential frame-scan fallback. Reads only; reproduces exactly
// what batpak 0.5.0 sees (its read bugs included) and times every phase and segment.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/base/executor.h"
#include "batscope/base/findings.h"
#include "batscope/format/snapshot.h"
#include "batscope/restore/index.h"
#include "batscope/base/result.h"

namespace batscope {

// What the user asks for (`--path`).
enum class RestorePathChoice {
  Mmap,        // batpak's default: snapshot, then checkpoint, then rebuild
  Checkpoint,  // mmap snapshot disabled
  Rebuild,     // both artifacts disabled
  Scan,        // Batscope only: batpak's sequential fallback, frame-scanning every segment
               // (footers unused, sequences synthesized) even when every footer is valid
};
bool parseRestorePathChoice(const std::string& text, RestorePathChoice& out);

// batpak's OpenIndexPath.
enum class OpenIndexPath { Mmap, Checkpoint, Rebuild };
const char* openIndexPathName(OpenIndexPath p);

// batpak's internal RestoreSource (not reported by batpak; Batscope shows it).
enum class RestoreSource { MmapSnapshot, Checkpoint, SealedSidxRebuild, FrameScanFallback };
const char* restoreSourceName(RestoreSource s);

struct OpenReport {
  OpenIndexPath path = OpenIndexPath::Rebuild;
  RestoreSource source = RestoreSource::SealedSidxRebuild;
  uint64_t restoredEntries = 0;
  uint64_t tailEntries = 0;
  uint64_t elapsedUs = 0;
};

struct PhaseTiming {
  std::string name;
  double startMs = 0;
  double durationMs = 0;
};

// How the restore read one segment's entries.
enum class SegmentRead { Footer, FooterParallel, FrameScan, Skipped };
// "footer", "footer (parallel)", "frame scan", "skipped" (the CLI's and dump's words).
const char* segmentReadName(SegmentRead how);
inline bool isFooterRead(SegmentRead how) { return how == SegmentRead::Footer || how == SegmentRead::FooterParallel; }

struct SegmentTiming {
  uint64_t segmentId = 0;
  SegmentRead how = SegmentRead::FrameScan;
  double startMs = 0;
  double durationMs = 0;
  uint64_t entries = 0;
  uint64_t bytesRead = 0;
};

struct RestoreOptions {
  RestorePathChoice path = RestorePathChoice::Mmap;
  Executor* executor = nullptr;                  // null: a default thread pool
  const std::atomic<bool>* cancel = nullptr;     // set to abandon the restore
  std::function<void(const std::string& phase, double fraction)> progress;
};

// What a restore loaded of index.fbati and index.ckpt, as loadMmapSnapshot and
// loadCheckpoint gave it (a file its path did not get to is not loaded). The true view reads
// the same files: given these (TrueViewOptions::snapshots), it loads only the rest.
struct LoadedSnapshots {
  std::optional<SnapshotLoad> mmap, checkpoint;
};

struct RestoreResult {
  OpenReport report;
  // Whoever keeps the result for long drops these once the true view has them: the mmap
  // snapshot's entry offsets alone are 8 B/event.
  std::shared_ptr<const LoadedSnapshots> snapshots;
  std::shared_ptr<Index> index;
  std::vector<Finding> findings;
  std::vector<PhaseTiming> phases;
  std::vector<SegmentTiming> segments;
  std::optional<uint64_t> snapshotWatermarkSegment;
  std::optional<uint64_t> snapshotWatermarkOffset;
  // The scan ended inside a batch envelope (a batch torn by a crash): batpak's next
  // frame scan would swallow the following segment's events into it (FORMAT.md §5.2).
  bool endedInsideBatch = false;
};

// Restores the index of `dir` exactly as batpak 0.5.0's read-only open would. An Error is
// what batpak's open would fail with (bad segment magic/header on a scanned segment, an
// invalid coordinate, …) or Cancelled.
Result<RestoreResult> restoreIndex(const std::shared_ptr<DataDir>& dir, const RestoreOptions& options);

}  // namespace batscope
