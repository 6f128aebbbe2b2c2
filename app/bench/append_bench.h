// batscope-bench's append step: single appends and batches of 64, fsync on and off, each
// into a fresh temp store with batpak's default configuration, time-boxed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace batscope::bench {

struct AppendResult {
  std::string mode;  // "single" | "batch of 64"
  bool fsync = true;
  uint64_t events = 0, payloadBytes = 0;
  double seconds = 0, openMs = 0, closeMs = 0;
  bool timeBoxed = false;
  std::string error;
  double eventsPerSecond() const { return seconds > 0 ? double(events) / seconds : 0; }
};

struct AppendPlan {
  uint64_t targetEvents = 50000;
  double timeBoxSeconds = 5.0;
};
// fsync on then off, each single then batched.
std::vector<AppendResult> benchAppends(const AppendPlan& plan);

}  // namespace batscope::bench
