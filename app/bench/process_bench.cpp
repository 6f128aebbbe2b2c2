#include "process_bench.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

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

}  // namespace

std::vector<ProcessTiming> benchCliProcesses(const std::string& cli, const std::string& storePath, int runs) {
  std::vector<ProcessTiming> out = {
      {"info", {"info", storePath}, {}, 0, -1, ""},
      {"verify", {"verify", storePath}, {}, 0, -1, ""},
      {"dump, no entity matches", {"dump", storePath, "--entity", "NONE", "--format", "csv"}, {}, 0, -1, ""},
  };
  const int processRuns = std::max(1, std::min(runs, 3));
  for (ProcessTiming& t : out) {
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
  return out;
}

}  // namespace batscope::bench
