// batscope-bench's restore step: restoreIndex on every path against the path's read floor
// (plain sequential pread of exactly the bytes that path read), and the time from process
// start to a ready index (this executable spawned in a hidden child mode).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "bench_util.h"
#include "bench_store.h"
#include "batscope/restore/restore_planner.h"

namespace batscope::bench {

struct PhaseMs {
  std::string name;
  double ms = 0;
};

struct PathResult {
  std::string name;           // mmap | checkpoint | rebuild | scan
  bool available = true;
  std::string note;           // why n/a, or an error
  std::string takenPath, source;
  std::vector<double> runsMs;
  double bestMs = 0, dataDirOpenMs = 0;
  uint64_t entries = 0, restored = 0, tail = 0;
  size_t residentBytes = 0;
  size_t findings = 0;
  std::vector<PhaseMs> phases;  // of the best run
  std::map<std::string, size_t> segmentsHow;
  // floor
  uint64_t floorBytes = 0;
  size_t floorFiles = 0;
  std::vector<double> floorRunsMs;
  double floorBestMs = 0;
  // memory
  long maxRssBeforeKb = 0, maxRssAfterKb = 0;
  RssNow rssBefore, rssHeld;

  double eventsPerSecond() const { return bestMs > 0 ? double(entries) / (bestMs / 1000) : 0; }
  double bytesPerEvent() const { return entries ? double(residentBytes) / double(entries) : 0; }
  double floorRatio() const { return floorBestMs > 0 ? bestMs / floorBestMs : 0; }
};

// Every path (mmap, checkpoint, rebuild, scan), each best of `runs` after one warm-up.
std::vector<PathResult> benchRestorePaths(const StoreInfo& store, int runs);
const PathResult* findPath(const std::vector<PathResult>& paths, const std::string& name);

struct FirstIndex {
  bool ok = false;
  std::string error;
  std::vector<double> spawnToReadyMs, mainToReadyMs;
};

FirstIndex measureFirstIndex(const std::string& dirPath, int runs);
// The child side of measureFirstIndex (`batscope-bench --first-index-child DIR`).
[[noreturn]] void firstIndexChild(const std::string& dirPath);

}  // namespace batscope::bench
