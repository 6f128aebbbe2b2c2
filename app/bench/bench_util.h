// Timing, formatting, memory and machine facts shared by batscope-bench's steps.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace batscope::bench {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0);
uint64_t monotonicNs();
double best(const std::vector<double>& v);
double median(std::vector<double> v);
std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));
std::string mb(uint64_t bytes);  // "12.3" (decimal MB)
std::string rate(double perSecond);
std::string trim(std::string s);
std::optional<uint64_t> fileSize(const std::string& path);

// ru_maxrss: the process's high-water mark, in kB.
long maxRssKb();
struct RssNow {
  long rssKb = 0, anonKb = 0, fileKb = 0;
};
// VmRSS, RssAnon and RssFile of this process now.
RssNow rssNow();

struct Machine {
  std::string cpu, kernel, compiler, buildType;
  unsigned cores = 0;
  uint64_t ramBytes = 0;
};
Machine machine();
// The 1-minute load average: other work on the machine shows in every number.
double loadAverage();

}  // namespace batscope::bench
