#include "bench_util.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

namespace batscope::bench {

namespace fs = std::filesystem;

double msSince(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

uint64_t monotonicNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

double best(const std::vector<double>& v) { return v.empty() ? 0 : *std::min_element(v.begin(), v.end()); }
double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::string fmt(const char* f, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, f);
  std::vsnprintf(buf, sizeof buf, f, ap);
  va_end(ap);
  return buf;
}

std::string mb(uint64_t bytes) { return fmt("%.1f", double(bytes) / 1e6); }

std::string rate(double perSecond) {
  if (perSecond >= 1e6) return fmt("%.2f M/s", perSecond / 1e6);
  if (perSecond >= 1e3) return fmt("%.1f k/s", perSecond / 1e3);
  return fmt("%.0f /s", perSecond);
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

long maxRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;  // kB on Linux
}


RssNow rssNow() {
  RssNow r;
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    long v = 0;
    if (std::sscanf(line.c_str(), "VmRSS: %ld", &v) == 1) r.rssKb = v;
    else if (std::sscanf(line.c_str(), "RssAnon: %ld", &v) == 1) r.anonKb = v;
    else if (std::sscanf(line.c_str(), "RssFile: %ld", &v) == 1) r.fileKb = v;
  }
  return r;
}


std::string buildTypeGuess() {
  // The CMake cache beside the executable (build/app/batscope-bench → build/CMakeCache.txt)
  // names the build type; an installed binary falls back to what the macros tell.
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
      std::ifstream cache(p / "CMakeCache.txt");
      if (!cache) continue;
      std::string line;
      while (std::getline(cache, line))
        if (line.rfind("CMAKE_BUILD_TYPE:", 0) == 0) {
          const auto eq = line.find('=');
          const std::string t = eq == std::string::npos ? "" : line.substr(eq + 1);
          if (!t.empty()) return t + " (CMakeCache.txt)";
        }
      break;
    }
  }
#if defined(__OPTIMIZE__) && defined(NDEBUG)
  return "optimized, NDEBUG (Release or RelWithDebInfo)";
#elif defined(__OPTIMIZE__)
  return "optimized, assertions on";
#else
  return "unoptimized (Debug)";
#endif
}

Machine machine() {
  Machine m;
  {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    unsigned processors = 0;
    while (std::getline(in, line)) {
      if (line.rfind("model name", 0) == 0 && m.cpu.empty()) m.cpu = trim(line.substr(line.find(':') + 1));
      if (line.rfind("processor", 0) == 0) ++processors;
    }
    m.cores = processors ? processors : std::thread::hardware_concurrency();
    if (m.cpu.empty()) m.cpu = "unknown";
  }
  {
    std::ifstream in("/proc/meminfo");
    std::string line;
    while (std::getline(in, line)) {
      unsigned long long kb = 0;
      if (std::sscanf(line.c_str(), "MemTotal: %llu", &kb) == 1) m.ramBytes = kb * 1024;
    }
  }
  utsname u{};
  if (uname(&u) == 0) m.kernel = std::string(u.sysname) + " " + u.release + " " + u.machine;
#if defined(__clang__)
  m.compiler = std::string("clang ") + __VERSION__;
#elif defined(__GNUC__)
  m.compiler = std::string("g++ ") + __VERSION__;
#else
  m.compiler = __VERSION__;
#endif
  m.buildType = buildTypeGuess();
  return m;
}

double loadAverage() {
  std::ifstream in("/proc/loadavg");
  double l = -1;
  in >> l;
  return l;
}

std::optional<uint64_t> fileSize(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return uint64_t(st.st_size);
}

}  // namespace batscope::bench
