// The store batscope-bench measures: the one named on the command line (read only), the
// generated one of an earlier run, or a new one generated in a child process.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace batscope::bench {

struct BenchArgs {
  std::string dirArg, jsonPath;
  uint64_t events = 1000000;
  int runs = 5;
  bool keep = false;
};

// Parses the command line; a value means "exit with this code" (usage printed).
std::optional<int> parseBenchArgs(int argc, char** argv, BenchArgs& out);

struct StoreInfo {
  std::string path;
  bool generated = false, reused = false, removeAfter = false;
  double generateSeconds = 0;
  size_t segments = 0;
  uint64_t segmentBytes = 0, fbatiBytes = 0, ckptBytes = 0;
  bool hasFbati = false, hasCkpt = false, hasVisibility = false;
};

// Returns an exit code when the store cannot be had.
std::optional<int> prepareStore(const BenchArgs& args, StoreInfo& si);
// Fills in the segment count and the sizes of the store's files.
void describeStore(StoreInfo& si);

}  // namespace batscope::bench
