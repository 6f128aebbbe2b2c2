#include "process_bench.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "batscope/base/data_dir.h"
#include "batscope/format/event_frame.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/format/frame_layout.h"
#include "batscope/restore/physical_frame_walk.h"
#include "bench_util.h"

extern char** environ;

namespace batscope::bench {

namespace fs = std::filesystem;

std::string cliBesideThisExecutable() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  const fs::path cli = exe.parent_path() / "batscope-cli";
  return fs::exists(cli, ec) ? cli.string() : "";
}

namespace {

// One run: spawn, wait, and the child's own peak RSS from wait4.
bool runOnce(const std::string& cli, const std::vector<std::string>& args, double& ms, long& maxRssKb, int& exitCode,
             std::string& error) {
  std::vector<std::string> argvText{"batscope-cli"};
  argvText.insert(argvText.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argvText) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const auto t0 = Clock::now();
  const int rc = posix_spawn(&pid, cli.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    error = "posix_spawn failed";
    return false;
  }
  int status = 0;
  rusage ru{};
  ::wait4(pid, &status, 0, &ru);
  ms = msSince(t0);
  maxRssKb = std::max(maxRssKb, long(ru.ru_maxrss));
  exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return true;
}

// A twin of `store` for `diff` that differs in one event: every file hard-linked (no copy of
// the gigabytes) except the last segment, copied with one payload byte of its last event
// frame changed and that frame's CRC fixed. Empty, with `error`, where it cannot be made.
std::string makeTwinWithOneEventChanged(const std::string& store, std::string& error) {
  auto dir = DataDir::open(store);
  if (!dir) {
    error = "store does not open";
    return "";
  }
  // The change: in the last event frame with a payload byte stored in one byte (flipped, the
  // frame keeps its length), searching from the last segment back.
  std::optional<SegmentFile> target;
  uint64_t frameOffset = 0;
  std::vector<uint8_t> frame;
  const auto& segs = (*dir)->segments();
  for (auto seg = segs.rbegin(); seg != segs.rend() && !target; ++seg) {
    auto file = (*dir)->mapSegment(*seg);
    if (!file) continue;
    const SegmentWalk walk = walkSegment(*seg, **file);
    for (auto f = walk.frames.rbegin(); f != walk.frames.rend() && !target; ++f) {
      if (!f->decoded || isBatchMarkerKind(f->kind)) continue;
      std::vector<uint8_t> bytes((*file)->data() + f->offset, (*file)->data() + f->offset + f->length);
      const std::optional<uint64_t> at = oneBytePayloadByte(bytes.data(), bytes.size());
      if (!at) continue;
      bytes[*at] ^= 1;
      resealFrame(bytes.data(), bytes.size());
      target = *seg;
      frameOffset = f->offset;
      frame = std::move(bytes);
    }
  }
  if (!target) {
    error = "no event frame with a payload to change";
    return "";
  }
  std::error_code ec;
  const fs::path twin = fs::temp_directory_path(ec) / ("batscope-bench-twin-" + std::to_string(::getpid()));
  fs::remove_all(twin, ec);
  fs::create_directories(twin, ec);
  for (const auto& entry : fs::directory_iterator(store, ec)) {
    if (!entry.is_regular_file()) continue;
    const fs::path to = twin / entry.path().filename();
    if (entry.path().filename() == target->name) fs::copy_file(entry.path(), to, ec);
    else fs::create_hard_link(entry.path(), to, ec);
    if (ec) {
      error = "cannot link or copy " + entry.path().string() + ": " + ec.message();
      fs::remove_all(twin, ec);
      return "";
    }
  }
  const int fd = ::open((twin / target->name).c_str(), O_WRONLY);
  const bool ok = fd >= 0 && ::pwrite(fd, frame.data(), frame.size(), off_t(frameOffset)) == ssize_t(frame.size());
  if (fd >= 0) ::close(fd);
  if (ok) return twin.string();
  error = "cannot write the twin's changed segment";
  fs::remove_all(twin, ec);
  return "";
}

}  // namespace

std::vector<ProcessTiming> benchCliProcesses(const std::string& cli, const std::string& storePath, int runs) {
  std::vector<ProcessTiming> out = {
      {"info", {"info", storePath}, {}, 0, -1, ""},
      {"verify", {"verify", storePath}, {}, 0, -1, ""},
      {"dump, no entity matches", {"dump", storePath, "--entity", "NONE", "--format", "csv"}, {}, 0, -1, ""},
  };
  std::string twinError;
  const std::string twin = makeTwinWithOneEventChanged(storePath, twinError);
  out.push_back({"diff, one event changed", {"diff", storePath, twin}, {}, 0, -1, twin.empty() ? twinError : ""});
  const int processRuns = std::max(1, std::min(runs, 3));
  for (ProcessTiming& t : out) {
    if (!t.error.empty()) continue;
    if (cli.empty()) {
      t.error = "batscope-cli not found beside batscope-bench";
      continue;
    }
    std::fprintf(stderr, "  batscope-cli %s…\n", t.what.c_str());
    for (int i = 0; i <= processRuns; ++i) {  // run 0 is the warm-up
      double ms = 0;
      if (!runOnce(cli, t.args, ms, t.maxRssKb, t.exitCode, t.error)) break;
      if (i > 0) t.runsMs.push_back(ms);
    }
  }
  std::error_code ec;
  if (!twin.empty()) fs::remove_all(twin, ec);
  return out;
}

}  // namespace batscope::bench
