#include "bench_store.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <filesystem>

#include "batscope/base/data_dir.h"
#include "batscope/format/snapshot.h"
#include "batscope/format/visibility_ranges.h"
#include "batscope/write/demo_generator.h"
#include "batscope/write/store.h"
#include "bench_util.h"

namespace batscope::bench {

namespace fs = std::filesystem;

namespace {

// Generation runs in a child process: the generator's memory must not become this
// process's ru_maxrss. Returns an error text, empty on success.
std::string generateInChild(const std::string& dir, uint64_t events) {
  std::fflush(stdout);
  std::fflush(stderr);
  const pid_t pid = ::fork();
  if (pid < 0) return "fork failed";
  if (pid == 0) {
    GenerateOptions g;
    g.events = events;
    g.entities = 200;
    g.scopes = 16;
    g.segmentBytes = 64ull << 20;
    g.seed = 42;
    const bool tty = ::isatty(STDERR_FILENO);
    int lastDecile = -1;
    g.progress = [tty, &lastDecile](double f) {
      if (tty) std::fprintf(stderr, "\r  generating… %3.0f%%", f * 100);
      else if (int(f * 10) != lastDecile) std::fprintf(stderr, "  generating… %d%%\n", (lastDecile = int(f * 10)) * 10);
    };
    Status s = generateStore(dir, g);
    if (tty) std::fprintf(stderr, "\r                          \r");
    if (!s) { std::fprintf(stderr, "batscope-bench: generate: %s\n", s.error().toString().c_str()); _exit(2); }
    // Also give it an index.ckpt: one writable open + close with the mmap index disabled.
    StoreConfig cfg;
    cfg.segmentMaxBytes = g.segmentBytes;
    cfg.enableMmapIndex = false;
    cfg.enableCheckpoint = true;
    cfg.fsync = false;
    cfg.seed = 42;
    cfg.clockUs = [] { return int64_t(1767225600000000); };
    auto st = Store::open(dir, cfg);
    if (!st) { std::fprintf(stderr, "batscope-bench: reopen: %s\n", st.error().toString().c_str()); _exit(2); }
    s = (*st)->close();
    if (!s) { std::fprintf(stderr, "batscope-bench: checkpoint: %s\n", s.error().toString().c_str()); _exit(2); }
    _exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return "store generation failed";
  return "";
}

int usage() {
  std::fprintf(stderr,
               "usage: batscope-bench [DIR] [--events N (default 1000000)] [--runs R (default 5)] "
               "[--json FILE] [--keep]\n");
  return 64;
}

}  // namespace

void describeStore(StoreInfo& si) {
  auto dir = DataDir::open(si.path);
  if (dir) {
    si.segments = (*dir)->segments().size();
    for (const SegmentFile& s : (*dir)->segments()) si.segmentBytes += s.size;
  }
  if (auto s = fileSize(joinPath(si.path, kMmapIndexFileName))) { si.hasFbati = true; si.fbatiBytes = *s; }
  if (auto s = fileSize(joinPath(si.path, kCheckpointFileName))) { si.hasCkpt = true; si.ckptBytes = *s; }
  si.hasVisibility = fileSize(joinPath(si.path, kVisibilityRangesFileName)).has_value();
}

std::optional<int> parseBenchArgs(int argc, char** argv, BenchArgs& out) {
  std::string& dirArg = out.dirArg;
  std::string& jsonPath = out.jsonPath;
  uint64_t& events = out.events;
  int& runs = out.runs;
  bool& keep = out.keep;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto need = [&](const char* what) -> std::optional<std::string> {
      if (i + 1 >= argc) { std::fprintf(stderr, "batscope-bench: %s needs a value\n", what); return std::nullopt; }
      return std::string(argv[++i]);
    };
    try {
      if (a == "--events") {
        auto v = need("--events");
        if (!v) return usage();
        size_t used = 0;
        events = std::stoull(*v, &used, 0);
        if (used != v->size() || events == 0) return usage();
      } else if (a == "--runs") {
        auto v = need("--runs");
        if (!v) return usage();
        size_t used = 0;
        runs = std::stoi(*v, &used, 0);
        if (used != v->size() || runs < 1 || runs > 1000) return usage();
      } else if (a == "--json") {
        auto v = need("--json");
        if (!v) return usage();
        jsonPath = *v;
      } else if (a == "--keep") {
        keep = true;
      } else if (a == "-h" || a == "--help") {
        usage();
        return 0;
      } else if (a.rfind("--", 0) == 0 || !dirArg.empty()) {
        std::fprintf(stderr, "batscope-bench: unexpected argument %s\n", a.c_str());
        return usage();
      } else {
        dirArg = a;
      }
    } catch (...) {
      return usage();
    }
  }

  return std::nullopt;
}

// A new store is generated under a temporary name and moved into place when complete.
std::optional<int> prepareStore(const BenchArgs& args, StoreInfo& si) {
  const std::string& dirArg = args.dirArg;
  const uint64_t events = args.events;
  const bool keep = args.keep;
  if (!dirArg.empty()) {
    si.path = dirArg;
    auto d = DataDir::open(si.path);
    if (!d) { std::fprintf(stderr, "batscope-bench: %s\n", d.error().toString().c_str()); return 2; }
    std::printf("store: %s (existing, read only)\n", si.path.c_str());
  } else {
    si.path = "/tmp/batscope-bench-" + std::to_string(events);
    std::error_code ec;
    if (fs::is_directory(si.path, ec)) {
      si.reused = true;
      std::printf("store: %s (reusing the existing generated store; left in place)\n", si.path.c_str());
    } else {
      const std::string partial = si.path + ".partial-" + std::to_string(::getpid());
      std::printf("store: generating %" PRIu64 " events (200 entities, 16 scopes, 64 MiB segments, seed 42) + index.ckpt…\n",
                  events);
      std::fflush(stdout);
      const auto t0 = Clock::now();
      const std::string err = generateInChild(partial, events);
      if (!err.empty()) {
        fs::remove_all(partial, ec);
        std::fprintf(stderr, "batscope-bench: %s\n", err.c_str());
        return 2;
      }
      fs::rename(partial, si.path, ec);
      if (ec) {
        fs::remove_all(partial, ec);
        std::fprintf(stderr, "batscope-bench: cannot rename the generated store to %s\n", si.path.c_str());
        return 2;
      }
      si.generated = true;
      si.removeAfter = !keep;
      si.generateSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
      std::printf("store: %s (generated in %.1f s; %s)\n", si.path.c_str(), si.generateSeconds,
                  keep ? "kept (--keep)" : "removed at the end; --keep keeps it");
    }
  }
  return std::nullopt;
}

}  // namespace batscope::bench
