// What batscope-bench prints: one table per step as it finishes, the targets of issues 3
// and 12 (met / missed, never asserted), and the same numbers as JSON (--json FILE).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis_bench.h"
#include "append_bench.h"
#include "bench_store.h"
#include "bench_util.h"
#include "process_bench.h"
#include "restore_bench.h"

namespace batscope::bench {

struct BenchResults {
  Machine machine;
  double loadAtStart = 0, loadAtEnd = 0;
  StoreInfo store;
  int runs = 0;
  uint64_t eventCount = 0;
  std::vector<PathResult> paths;
  FirstIndex firstIndex;
  std::vector<ProcessTiming> processes;
  BackgroundBench background;
  ChainBench chains;
  std::vector<FilterBench> filters;
  std::vector<LayoutBench> layout;
  std::vector<AppendResult> appends;
  double totalSeconds = 0;
};

struct Target {
  std::string what, target, value;
  std::optional<bool> met;  // nullopt: not measured
};
std::vector<Target> targetsOf(const BenchResults& r);

void printMachine(const BenchResults& r);
void printStore(const BenchResults& r);
void printRestore(const BenchResults& r);
void printProcesses(const BenchResults& r);
void printBackground(const BenchResults& r);
void printChains(const BenchResults& r);
void printFilters(const BenchResults& r);
void printLayout(const BenchResults& r);
void printAppends(const BenchResults& r);
void printTargets(const BenchResults& r, const std::vector<Target>& targets);

std::string benchJson(const BenchResults& r, const std::vector<Target>& targets);

}  // namespace batscope::bench
