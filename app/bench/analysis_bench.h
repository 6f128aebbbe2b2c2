// batscope-bench's analysis steps, on the store's default-path index: the true view and the
// cross-check (what the window and `info` run in the background), hash-chain verification
// against raw BLAKE3 over the same payload bytes, the filter language, and the causal-graph
// layout.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bench_util.h"

namespace batscope {
class DataDir;
class Executor;
class Index;
struct LoadedSnapshots;
}  // namespace batscope

namespace batscope::bench {

// The store opened once on the default path, shared by the analysis steps.
struct OpenedStore {
  std::shared_ptr<Executor> pool;  // a thread per core, as batscope-cli uses
  std::shared_ptr<DataDir> dir;
  std::shared_ptr<Index> faithful, truth;
  std::shared_ptr<const LoadedSnapshots> snapshots;  // the restore's, which the true view takes as the window's does
  std::string error;  // empty when opened
};
OpenedStore openForAnalysis(const std::string& path);

struct BackgroundBench {
  std::string error;
  std::vector<double> trueViewMs, crossMs;
  uint64_t crossEntries = 0, crossDiscrepancies = 0;
  size_t trueViewEntries = 0, trueViewFindings = 0;
  std::vector<std::pair<std::string, double>> trueViewPhases;  // of the fastest run: name, ms
};
// Also fills `store.truth` from the last run.
BackgroundBench benchBackground(OpenedStore& store, int runs);

struct ChainBench {
  bool ok = false;
  std::string error;
  uint64_t links = 0, payloadBytesHashed = 0, entities = 0, broken = 0;
  std::vector<double> verifyRunsMs;
  uint64_t rawPayloads = 0, rawBytes = 0;
  std::vector<double> rawRunsMs;
  double collectMs = 0;
  // The window's and `verify`'s way: the true view hashes each payload while it decodes the
  // frame (TrueViewOptions::hashPayloads), and verifyChains then reads no frame it covered.
  std::vector<double> plainTrueViewRunsMs, hashingTrueViewRunsMs, verifyOverHashedRunsMs;
  double hashingCostMs() const { return best(hashingTrueViewRunsMs) - best(plainTrueViewRunsMs); }
  double verifyBest() const { return best(verifyRunsMs); }
  double rawBest() const { return best(rawRunsMs); }
  double verifyMBps() const { return verifyBest() > 0 ? double(payloadBytesHashed) / 1e6 / (verifyBest() / 1000) : 0; }
  double verifyEventsPs() const { return verifyBest() > 0 ? double(links) / (verifyBest() / 1000) : 0; }
  double rawMBps() const { return rawBest() > 0 ? double(rawBytes) / 1e6 / (rawBest() / 1000) : 0; }
  // Verification time relative to raw BLAKE3 over the same bytes (normalized by bytes, in
  // case the two byte counts differ).
  double ratio() const { return rawMBps() > 0 && verifyMBps() > 0 ? rawMBps() / verifyMBps() : 0; }
};
ChainBench benchChains(const OpenedStore& store, int runs);

struct FilterBench {
  std::string query;
  bool readsPayloads = false;
  std::vector<double> runsMs;
  size_t matches = 0;
  std::string error;
};
// The filter language over every visible event: index fields only, then payload text.
std::vector<FilterBench> benchFilters(const OpenedStore& store, int runs);

struct LayoutBench {
  size_t nodes = 0;
  double bestMs = 0;
};
// layoutLayered on synthetic forests of 500, 5,000 and 50,000 nodes.
std::vector<LayoutBench> benchLayout(int runs);

}  // namespace batscope::bench
