// batscope-cli: the headless face of the engine, for scripts and acceptance.
//   info DIR [--path P] [--true-view] [--format text|json]
//   verify DIR [--path P]
//   dump DIR [--entity E] [--scope S] [--kind K] [--path P] [--true-view] [--format json|csv|ndjson] [--follow]
//   archive DIR FILE [--level N] [--threads N]
//   extract FILE DIR
//   diff A B [--path P] [--format text|json]   (exit 0 identical, 1 different, 2 unreadable)
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "batscope/archive/archive.h"
#include "batscope/base/data_dir.h"
#include "batscope/write/demo_generator.h"
#include "batscope/analysis/dump.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/analysis/store_diff.h"
#include "batscope/analysis/store_report.h"
#include "batscope/codec/json_writer.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/restore/store_follower.h"
#include "batscope/restore/true_view.h"

using namespace batscope;

namespace {

int usage() {
  std::cerr << "usage: batscope-cli <command> DIR [options]\n"
               "  info DIR   [--path mmap|checkpoint|rebuild|scan] [--true-view] [--format text|json]\n"
               "  verify DIR [--path P]\n"
               "  dump DIR   [--entity GLOB] [--scope GLOB] [--kind K] [--path P] [--true-view] [--format json|csv|ndjson]\n"
               "  dump DIR --follow [--entity GLOB] [--scope GLOB] [--kind K]   (NDJSON, until interrupted)\n"
               "  generate DIR [--events N] [--entities M] [--scopes K] [--segment-bytes B] [--seed S]\n"
               "  archive DIR FILE [--level N] [--threads N]   (FILE: NAME.batpak.tar.zst)\n"
               "  extract FILE DIR\n"
               "  diff A B   [--path P] [--format text|json]   (A, B: data directories or archives)\n";
  return 64;
}

struct Args {
  std::string command, dir;
  std::string second;  // the second positional argument (archive, extract, diff)
  std::map<std::string, std::string> options;
  bool trueView = false;
  bool follow = false;
};

bool parseArgs(int argc, char** argv, Args& a) {
  if (argc < 3) return false;
  a.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--true-view") { a.trueView = true; continue; }
    if (arg == "--follow") { a.follow = true; continue; }
    if (arg.rfind("--", 0) == 0) {
      std::string name = arg.substr(2), value;
      const auto eq = name.find('=');
      if (eq != std::string::npos) { value = name.substr(eq + 1); name = name.substr(0, eq); }
      else if (i + 1 < argc) value = argv[++i];
      else { std::cerr << "batscope-cli: option --" << name << " needs a value\n"; return false; }
      a.options[name] = value;
      continue;
    }
    const bool twoArgs = a.command == "archive" || a.command == "extract" || a.command == "diff";
    if (!a.dir.empty() && (!twoArgs || !a.second.empty())) {
      std::cerr << "batscope-cli: unexpected argument " << arg << "\n";
      return false;
    }
    (a.dir.empty() ? a.dir : a.second) = arg;
  }
  if ((a.command == "archive" || a.command == "extract" || a.command == "diff") && a.second.empty()) return false;
  return !a.dir.empty();
}

std::string opt(const Args& a, const std::string& name, const std::string& def) {
  auto it = a.options.find(name);
  return it == a.options.end() ? def : it->second;
}

struct Opened {
  std::unique_ptr<ThreadPoolExecutor> pool = std::make_unique<ThreadPoolExecutor>();  // every parallel step
  std::shared_ptr<DataDir> dir;
  std::optional<RestoreResult> restore;
  std::optional<Error> openError;
};

// Opens DIR and restores it on the requested path. Exit code 2 problems are returned as openError.
std::optional<Opened> openStore(const Args& a, int& exitCode) {
  RestorePathChoice path;
  if (!parseRestorePathChoice(opt(a, "path", "mmap"), path)) {
    std::cerr << "batscope-cli: --path must be mmap, checkpoint, rebuild or scan\n";
    exitCode = 64;
    return std::nullopt;
  }
  Opened o;
  auto dir = DataDir::open(a.dir);
  if (!dir) { o.openError = dir.error(); return o; }
  o.dir = *dir;
  RestoreOptions ro;
  ro.path = path;
  ro.executor = o.pool.get();
  auto r = restoreIndex(o.dir, ro);
  if (!r) o.openError = r.error();
  else o.restore = std::move(*r);
  return o;
}

// Ends the process once a command's output is written, without tearing down what it built:
// freeing a million-entry index and unmapping every segment one by one took 0.1-0.2 s of a
// 1.6 s `info`, and the kernel reclaims all of it at exit anyway.
[[noreturn]] void exitAfterOutput(int code) {
  std::cout.flush();
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(code);
}

void printOpenError(const Error& e) {
  JsonWriter w;
  w.beginObject();
  w.key("open"); w.null();
  w.key("open_error"); w.value(e.toString());
  w.endObject();
  std::cout << w.take() << "\n";
}

bool parseDumpFilter(const Args& a, DumpFilter& filter) {
  if (a.options.count("entity")) filter.entityGlob = a.options.at("entity");
  if (a.options.count("scope")) filter.scopeGlob = a.options.at("scope");
  if (a.options.count("kind") && !parseKindFilter(a.options.at("kind"), filter)) {
    std::cerr << "batscope-cli: --kind takes a number (4097, 0x1001) or category:type (1:1, 1:*)\n";
    return false;
  }
  return true;
}

// `dump DIR --follow`: every visible event as one JSON line, flushed, then each new one as it
// is committed, until interrupted. The directory is polled every 200 ms; each change restores
// it afresh, read-only (StoreFollower).
int cmdFollow(const Args& a) {
  if (opt(a, "format", "ndjson") != "ndjson") {
    std::cerr << "batscope-cli: --follow writes --format ndjson\n";
    return 64;
  }
  DumpFilter filter;
  if (!parseDumpFilter(a, filter)) return 64;
  ThreadPoolExecutor pool;
  StoreFollower follower(a.dir, &pool);
  std::string lastError;
  while (true) {
    const FollowUpdate u = follower.poll();
    if (u.error) {
      const std::string text = u.error->toString();
      if (text != lastError) std::cerr << "batscope-cli: waiting: " << text << "\n";
      lastError = text;
    } else if (u.changed) {
      lastError.clear();
      if (u.restarted)  // the newest FollowRestarted note names the files
        for (auto f = u.restore->findings.rbegin(); f != u.restore->findings.rend(); ++f)
          if (f->code == FindingCode::FollowRestarted) {
            std::cerr << "batscope-cli: " << f->message() << "\n";
            break;
          }
      DumpInput in;
      in.dir = u.dir.get();
      in.index = u.index.get();
      for (uint32_t row : u.newRows) {
        if (!matchesFilter(*u.index, row, filter)) continue;
        std::cout << dumpEventJson(in, row) << '\n';
        std::cout.flush();
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

int cmdDump(const Args& a) {
  if (a.follow) return cmdFollow(a);
  int code = 0;
  auto o = openStore(a, code);
  if (!o) return code;
  const std::string format = opt(a, "format", "json");
  if (format != "json" && format != "csv" && format != "ndjson") {
    std::cerr << "batscope-cli: --format must be json, csv or ndjson\n";
    return 64;
  }
  if (o->openError) {
    printOpenError(*o->openError);
    std::cerr << "batscope-cli: " << o->openError->toString() << "\n";
    return 2;
  }
  DumpFilter filter;
  if (!parseDumpFilter(a, filter)) return 64;
  if (format == "ndjson") {  // one event a line, no document around them
    DumpInput in;
    in.dir = o->dir.get();
    in.index = o->restore->index.get();
    for (uint32_t row : o->restore->index->visibleRows())
      if (matchesFilter(*in.index, row, filter)) std::cout << dumpEventJson(in, row) << '\n';
    exitAfterOutput(0);
  }
  std::optional<TrueViewResult> truth;
  if (a.trueView) {
    TrueViewOptions tvo;
    tvo.physicalWalk = true;
    tvo.snapshots = o->restore->snapshots;
    auto t = buildTrueView(o->dir, nullptr, o->pool.get(), tvo);
    if (!t) { std::cerr << "batscope-cli: " << t.error().toString() << "\n"; return 2; }
    truth = std::move(*t);
  }
  std::optional<StoreWalk> ownWalk;  // the true view's pass gives the walk where it runs
  if (!truth) ownWalk = walkStore(*o->dir, o->pool.get());
  const StoreWalk& walk = truth ? *truth->walk : *ownWalk;
  std::vector<Finding> findings = o->restore->findings;
  if (truth) findings.insert(findings.end(), truth->findings.begin(), truth->findings.end());
  DumpInput in;
  in.dir = o->dir.get();
  in.index = truth ? truth->index.get() : o->restore->index.get();
  in.report = &o->restore->report;
  in.findings = &findings;
  in.walk = &walk;
  in.trueView = a.trueView;
  in.executor = o->pool.get();
  in.withChainVerification = !filter.entityGlob && !filter.scopeGlob && !filter.kind && !filter.kindCategory;
  in.sink = [](std::string_view piece) {  // written as it goes: a million events are never held whole
    std::cout.write(piece.data(), std::streamsize(piece.size()));
    return bool(std::cout);
  };
  if (format == "json") (void)dumpJson(in, filter);
  else (void)dumpCsv(in, filter);
  if (!std::cout) {
    std::cerr << "batscope-cli: could not write the dump to standard output\n";
    exitAfterOutput(2);
  }
  exitAfterOutput(0);
}

int cmdVerify(const Args& a) {
  int code = 0;
  auto o = openStore(a, code);
  if (!o) return code;
  if (o->openError) { std::cerr << "batscope-cli: open failed: " << o->openError->toString() << "\n"; return 2; }
  TrueViewOptions tvo;
  tvo.hashPayloads = true;
  tvo.physicalWalk = true;
  tvo.snapshots = o->restore->snapshots;
  auto truth = buildTrueView(o->dir, nullptr, o->pool.get(), tvo);
  if (!truth) { std::cerr << "batscope-cli: " << truth.error().toString() << "\n"; return 2; }
  const ChainReport rep = verifyChains(*o->dir, *o->restore->index, *truth->index, nullptr, {}, o->pool.get());
  size_t verified = 0, broken = 0, unhashed = 0;
  for (const EntityChain& c : rep.entities) {
    if (c.status == EntityChain::Status::Verified) ++verified;
    else if (c.status == EntityChain::Status::Broken) ++broken;
    else ++unhashed;
    std::printf("%-10s %s  links=%llu", chainStatusName(c.status), c.entity.c_str(), (unsigned long long)c.links);
    if (c.restarts) std::printf(" restarts=%llu", (unsigned long long)c.restarts);
    if (c.unhashedLinks) std::printf(" unhashed_links=%llu", (unsigned long long)c.unhashedLinks);
    std::printf("\n");
    for (const ChainFork& f : c.forks)
      std::printf("  fork at global sequence %llu, event %s (%s @%llu): prev_hash names global sequence %llu, "
                  "not the link written just before it (global sequence %llu)\n",
                  (unsigned long long)f.globalSequence, hexEncode(f.eventId).c_str(), f.file.c_str(),
                  (unsigned long long)f.offset, (unsigned long long)f.parentGlobalSequence,
                  (unsigned long long)f.adjacentGlobalSequence);
    if (c.firstBreak) {
      const ChainBreak& b = *c.firstBreak;
      std::printf("  BROKEN at global sequence %llu, event %s (%s @%llu): %s\n", (unsigned long long)b.globalSequence,
                  hexEncode(b.eventId).c_str(), b.file.c_str(), (unsigned long long)b.offset, b.reason.c_str());
      std::printf("    stored prev_hash    %s\n    expected prev_hash  %s\n    stored event_hash   %s\n    recomputed blake3   %s\n",
                  hexEncode(b.storedPrevHash).c_str(), hexEncode(b.expectedPrevHash).c_str(),
                  hexEncode(b.storedEventHash).c_str(), b.recomputedHash ? hexEncode(*b.recomputedHash).c_str() : "(payload unreadable)");
    }
  }
  std::printf("%zu entities: %zu verified, %zu broken, %zu unhashed; %zu forks; %llu links, %llu payload bytes hashed in %.1f ms\n",
              rep.entities.size(), verified, broken, unhashed, rep.forkCount(), (unsigned long long)rep.links,
              (unsigned long long)rep.payloadBytesHashed, rep.elapsedMs);
  // batpak's own verify_chain walks visible events in global order and calls every restart
  // and fork a break; say where it would stop so the two verdicts can be compared.
  for (const BatpakChainVerdict& v : batpakChainVerdicts(*o->dir, *o->restore->index, *truth->walk, o->pool.get(), truth->index.get()))
    if (!v.intact)
      std::printf("batpak's verify_chain would stop on %s at global sequence %llu: %s\n", v.entity.c_str(),
                  (unsigned long long)*v.firstBreakGlobalSequence, v.reason.c_str());
  exitAfterOutput(broken ? 1 : 0);
}

bool parseCount(const Args& a, const std::string& name, uint64_t& out) {
  auto it = a.options.find(name);
  if (it == a.options.end()) return true;
  try {
    size_t used = 0;
    out = std::stoull(it->second, &used, 0);
    return used == it->second.size();
  } catch (...) {
    return false;
  }
}

int cmdGenerate(const Args& a) {
  GenerateOptions g;
  uint64_t entities = g.entities, scopes = g.scopes;
  if (!parseCount(a, "events", g.events) || !parseCount(a, "entities", entities) || !parseCount(a, "scopes", scopes) ||
      !parseCount(a, "segment-bytes", g.segmentBytes) || !parseCount(a, "seed", g.seed) || entities == 0 ||
      scopes == 0 || entities > 10000000 || scopes > 100000 || g.segmentBytes == 0) {
    std::cerr << "batscope-cli: generate takes positive integer options\n";
    return 64;
  }
  g.entities = uint32_t(entities);
  g.scopes = uint32_t(scopes);
  const bool tty = ::isatty(2);
  if (tty) g.progress = [](double f) { std::fprintf(stderr, "\rgenerating… %3.0f%%", f * 100); };
  const Status s = generateStore(a.dir, g);
  if (tty) std::fprintf(stderr, "\r                    \r");
  if (!s) { std::cerr << "batscope-cli: " << s.error().toString() << "\n"; return 2; }
  std::printf("wrote %llu events to %s\n", (unsigned long long)g.events, a.dir.c_str());
  return 0;
}

int cmdArchive(const Args& a) {
  uint64_t level = 3, threads = 0;
  if (!parseCount(a, "level", level) || !parseCount(a, "threads", threads) || level < 1 || level > 22 || threads > 256) {
    std::cerr << "batscope-cli: archive takes --level 1..22 and --threads 0..256 (0 = one per core)\n";
    return 64;
  }
  ArchiveOptions o;
  o.level = int(level);
  o.threads = int(threads);
  const bool tty = ::isatty(2);
  if (tty) o.progress = [](double f) { std::fprintf(stderr, "\rarchiving… %3.0f%%", f * 100); };
  auto r = createArchive(a.dir, a.second, o);
  if (tty) std::fprintf(stderr, "\r                    \r");
  if (!r) { std::cerr << "batscope-cli: " << r.error().toString() << "\n"; return 2; }
  std::printf("archived %llu files (%llu bytes) from %s into %s (%llu bytes)\n", (unsigned long long)r->files,
              (unsigned long long)r->bytes, a.dir.c_str(), a.second.c_str(), (unsigned long long)r->archiveBytes);
  return 0;
}

int cmdExtract(const Args& a) {
  auto r = extractArchive(a.dir, a.second);
  if (!r) { std::cerr << "batscope-cli: " << r.error().toString() << "\n"; return 2; }
  for (const Finding& f : r->findings) std::cerr << "batscope-cli: warning: " << f.toString() << "\n";
  std::printf("extracted %zu files from %s into %s (%s)\n", r->files.size(), a.dir.c_str(), r->dataDir.c_str(),
              !r->manifest ? "no manifest"
              : r->findings.empty() ? "manifest verified"
                                    : "manifest MISMATCH");
  return 0;
}

int cmdInfo(const Args& a) {
  int code = 0;
  auto o = openStore(a, code);
  if (!o) return code;
  const std::string format = opt(a, "format", "text");
  if (format != "text" && format != "json") { std::cerr << "batscope-cli: --format must be text or json\n"; return 64; }
  if (o->openError) {
    if (format == "json") printOpenError(*o->openError);
    std::cerr << "batscope-cli: open failed: " << o->openError->toString() << "\n";
    return 2;
  }
  const RestoreResult& r = *o->restore;
  TrueViewOptions tvo;
  tvo.physicalWalk = true;
  tvo.snapshots = r.snapshots;
  auto truth = buildTrueView(o->dir, nullptr, o->pool.get(), tvo);
  if (!truth) { std::cerr << "batscope-cli: " << truth.error().toString() << "\n"; return 2; }
  const CrossCheckResult cc = crossCheck(*o->dir, *r.index, *truth->index, nullptr, o->pool.get());
  const StoreWalk& walk = *truth->walk;
  StoreReportInput in;
  in.dir = o->dir.get();
  in.restore = &r;
  in.truth = &*truth;
  in.crossCheck = &cc;
  in.walk = &walk;
  in.trueView = a.trueView;
  std::cout << (format == "json" ? storeReportJson(in) : storeReportText(in));
  exitAfterOutput(0);
}

// One side of a diff: a data directory, or an archive unpacked into a private temporary
// folder (removed when the side goes).
struct DiffSideStore {
  std::unique_ptr<ExtractedArchive> archive;
  std::shared_ptr<DataDir> dir;
  std::optional<RestoreResult> restore;
};

std::optional<DiffSideStore> openDiffSide(const std::string& path, RestorePathChoice choice, Executor* pool) {
  DiffSideStore side;
  std::string dirPath = path;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    auto archive = openArchive(path);
    if (!archive) {
      std::cerr << "batscope-cli: " << archive.error().toString() << "\n";
      return std::nullopt;
    }
    for (const Finding& f : (*archive)->findings()) std::cerr << "batscope-cli: warning: " << f.toString() << "\n";
    side.archive = std::move(*archive);
    dirPath = side.archive->dataDir();
  }
  auto dir = DataDir::open(dirPath);
  if (!dir) {
    std::cerr << "batscope-cli: " << dir.error().toString() << "\n";
    return std::nullopt;
  }
  side.dir = *dir;
  RestoreOptions ro;
  ro.path = choice;
  ro.executor = pool;
  auto r = restoreIndex(side.dir, ro);
  if (!r) {
    std::cerr << "batscope-cli: " << path << ": " << r.error().toString() << "\n";
    return std::nullopt;
  }
  side.restore = std::move(*r);
  return side;
}

int cmdDiff(const Args& a) {
  RestorePathChoice path;
  if (!parseRestorePathChoice(opt(a, "path", "mmap"), path)) {
    std::cerr << "batscope-cli: --path must be mmap, checkpoint, rebuild or scan\n";
    return 64;
  }
  const std::string format = opt(a, "format", "text");
  if (format != "text" && format != "json") { std::cerr << "batscope-cli: --format must be text or json\n"; return 64; }
  ThreadPoolExecutor pool;
  std::optional<DiffSideStore> sideA = openDiffSide(a.dir, path, &pool);
  if (!sideA) return 2;
  std::optional<DiffSideStore> sideB = openDiffSide(a.second, path, &pool);
  if (!sideB) return 2;
  const StoreDiff d = diffStores(DiffSide{sideA->dir.get(), sideA->restore->index.get()},
                                 DiffSide{sideB->dir.get(), sideB->restore->index.get()}, &pool);
  std::cout << (format == "json" ? storeDiffJson(d) : storeDiffText(d));
  if (format == "text") {  // what differs between the two events where a chain diverged
    size_t shown = 0;
    for (const EntityDiff& e : d.entities) {
      if (e.verdict != EntityDiff::Verdict::Diverged || ++shown > 10) continue;
      std::cout << e.entity << " at position " << e.commonPrefix << ":\n";
      for (const DiffField& f : compareEventFields(*sideA->dir, *e.a, *sideB->dir, *e.b, 64))
        if (f.differs) std::cout << "  " << f.name << "\n    A " << f.a << "\n    B " << f.b << "\n";
    }
  }
  std::cout.flush();
  return d.identical() ? 0 : 1;  // like diff(1); the archives' temporary folders go on return
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  if (!parseArgs(argc, argv, a)) return usage();
  if (a.command == "info") return cmdInfo(a);
  if (a.command == "verify") return cmdVerify(a);
  if (a.command == "dump") return cmdDump(a);
  if (a.command == "generate") return cmdGenerate(a);
  if (a.command == "archive") return cmdArchive(a);
  if (a.command == "extract") return cmdExtract(a);
  if (a.command == "diff") return cmdDiff(a);
  std::cerr << "batscope-cli: unknown command " << a.command << "\n";
  return usage();
}
