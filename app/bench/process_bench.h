// batscope-bench's whole-process step: `batscope-cli info`, `verify`, a filtering `dump` and
// a `diff` against a twin of the store with one event changed, timed from spawn to exit, as
// a user waits for them, with each child's peak RSS.
#pragma once

#include <string>
#include <vector>

namespace batscope::bench {

struct ProcessTiming {
  std::string what;  // "info", "verify", …
  std::vector<std::string> args;
  std::vector<double> runsMs;
  long maxRssKb = 0;
  int exitCode = -1;
  std::string error;
};

// batscope-cli beside this executable (build/app/); empty when absent.
std::string cliBesideThisExecutable();
// Runs each command best of min(runs, 3) after one warm-up, output discarded.
std::vector<ProcessTiming> benchCliProcesses(const std::string& cli, const std::string& storePath, int runs);

}  // namespace batscope::bench
