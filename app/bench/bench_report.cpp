#include "bench_report.h"

#include <cinttypes>
#include <algorithm>
#include <cstdio>

#include "batscope/codec/json_writer.h"

namespace batscope::bench {

namespace {

double seconds(double ms) { return ms / 1000; }

const ProcessTiming* findProcess(const BenchResults& r, const std::string& what) {
  for (const ProcessTiming& p : r.processes)
    if (p.what == what && p.error.empty() && !p.runsMs.empty()) return &p;
  return nullptr;
}

// A target met when `value <= limit`; n/a when the value was not measured.
Target atMost(std::string what, std::string target, std::optional<double> value, double limit, const char* unit) {
  Target t{std::move(what), std::move(target), "n/a", std::nullopt};
  if (value) {
    t.value = fmt("%.1f %s", *value, unit);
    t.met = *value <= limit;
  }
  return t;
}

std::optional<double> pathMs(const BenchResults& r, const char* name) {
  const PathResult* p = findPath(r.paths, name);
  return p && p->available ? std::optional<double>(p->bestMs) : std::nullopt;
}

void restoreTargets(const BenchResults& r, std::vector<Target>& out) {
  for (const char* n : {"mmap", "checkpoint", "rebuild"}) {
    out.push_back(atMost(std::string(n) + " open", "< 350 ms (issue 3)", pathMs(r, n), 350, "ms"));
    const PathResult* p = findPath(r.paths, n);
    Target f{std::string(n) + " vs floor", "<= 3x its read floor (issue 3)", "n/a", std::nullopt};
    if (p && p->available) {
      f.value = fmt("%.1fx (%.2f ms floor)", p->floorRatio(), p->floorBestMs);
      f.met = p->floorRatio() <= 3.0;
    }
    out.push_back(f);
  }
  out.push_back(atMost("checkpoint open", "<= 450 ms (issue 12)", pathMs(r, "checkpoint"), 450, "ms"));
  out.push_back(atMost("scan open", "<= 1000 ms (issue 12)", pathMs(r, "scan"), 1000, "ms"));
  Target t{"index memory", "<= 96 bytes/event (residentBytes, every path)", "n/a", std::nullopt};
  double worst = -1;
  std::string worstName, over;
  for (const PathResult& p : r.paths) {
    if (!p.available) continue;
    if (p.bytesPerEvent() > worst) {
      worst = p.bytesPerEvent();
      worstName = p.name;
    }
    if (p.bytesPerEvent() > 96.0) over += (over.empty() ? "" : ", ") + p.name;
  }
  if (worst >= 0) {
    t.value = fmt("worst %.1f B/event (%s)", worst, worstName.c_str());
    if (!over.empty()) t.value += "; over: " + over;
    t.met = worst <= 96.0;
  }
  out.push_back(t);
}

}  // namespace

std::vector<Target> targetsOf(const BenchResults& r) {
  std::vector<Target> out;
  restoreTargets(r, out);
  for (const char* what : {"info", "verify"}) {
    const ProcessTiming* p = findProcess(r, what);
    out.push_back(atMost(std::string("batscope-cli ") + what, "whole process <= 1.0 s (issue 12)",
                         p ? std::optional<double>(seconds(best(p->runsMs))) : std::nullopt, 1.0, "s"));
  }
  {
    const ProcessTiming* p = findProcess(r, "diff, one event changed");
    out.push_back(atMost("batscope-cli diff", "two stores, one event apart, <= 2.0 s (issue 14)",
                         p && p->error.empty() ? std::optional<double>(seconds(best(p->runsMs))) : std::nullopt, 2.0, "s"));
  }
  std::optional<double> background;
  if (r.background.error.empty() && !r.background.trueViewMs.empty())
    background = best(r.background.trueViewMs) + best(r.background.crossMs);
  out.push_back(atMost("true view + cross-check", "<= 500 ms together (issue 12)", background, 500, "ms"));
  Target chain{"chain verification", "<= 2x raw BLAKE3 over the same bytes", "n/a", std::nullopt};
  if (r.chains.ok && r.chains.ratio() > 0) {
    chain.value = fmt("%.1fx", r.chains.ratio());
    chain.met = r.chains.ratio() <= 2.0;
  }
  out.push_back(chain);
  for (const FilterBench& f : r.filters) {
    const bool payload = f.readsPayloads;
    out.push_back(atMost("filter " + f.query, payload ? "payload text <= 1000 ms (issue 12)" : "index fields <= 300 ms (issue 12)",
                         f.error.empty() && !f.runsMs.empty() ? std::optional<double>(best(f.runsMs)) : std::nullopt,
                         payload ? 1000 : 300, "ms"));
  }
  return out;
}

void printMachine(const BenchResults& r) {
  const Machine& m = r.machine;
  std::printf("batscope-bench\n");
  std::printf("machine: %s, %u cores, %.1f GiB RAM, %s, %s, build %s\n", m.cpu.c_str(), m.cores,
              double(m.ramBytes) / double(1ull << 30), m.kernel.c_str(), m.compiler.c_str(), m.buildType.c_str());
}

void printStore(const BenchResults& r) {
  const StoreInfo& si = r.store;
  std::printf("       %zu segments, %s MB of segments; index.fbati %s; index.ckpt %s%s\n", si.segments,
              mb(si.segmentBytes).c_str(), si.hasFbati ? (mb(si.fbatiBytes) + " MB").c_str() : "absent",
              si.hasCkpt ? (mb(si.ckptBytes) + " MB").c_str() : "absent",
              si.hasVisibility ? "; visibility_ranges.fbv present" : "");
  std::printf("runs: best of %d after one warm-up, warm page cache; load average at start %.2f\n\n", r.runs,
              r.loadAtStart);
  std::fflush(stdout);
}

void printRestore(const BenchResults& r) {
  std::printf("Restore (restoreIndex on a fresh DataDir; floor = sequential pread of the same bytes)\n");
  std::printf("%-10s %-10s %-30s %9s %11s %8s %9s %9s %7s\n", "path", "taken", "source", "best ms", "events/s",
              "B/event", "floor MB", "floor ms", "x floor");
  for (const PathResult& p : r.paths) {
    if (!p.available) {
      std::printf("%-10s %s\n", p.name.c_str(), p.note.empty() ? "n/a" : p.note.c_str());
      continue;
    }
    std::printf("%-10s %-10s %-30s %9.1f %11s %8.1f %9s %9.2f %6.1fx\n", p.name.c_str(), p.takenPath.c_str(),
                p.source.c_str(), p.bestMs, rate(p.eventsPerSecond()).c_str(), p.bytesPerEvent(),
                mb(p.floorBytes).c_str(), p.floorBestMs, p.floorRatio());
  }
  std::printf("\nRestore details (median of runs, entries, phases of the best run)\n");
  for (const PathResult& p : r.paths) {
    if (!p.available) continue;
    std::printf("  %-10s median %.1f ms; %" PRIu64 " entries (%" PRIu64 " restored + %" PRIu64 " tail); %zu findings; "
                "DataDir::open %.2f ms; floor %zu files\n",
                p.name.c_str(), median(p.runsMs), p.entries, p.restored, p.tail, p.findings, p.dataDirOpenMs,
                p.floorFiles);
    std::string ph, segs;
    for (const PhaseMs& x : p.phases) ph += fmt("%s%s %.1f", ph.empty() ? "" : ", ", x.name.c_str(), x.ms);
    for (const auto& [how, n] : p.segmentsHow) segs += fmt("%s%zu %s", segs.empty() ? "" : ", ", n, how.c_str());
    std::printf("  %-10s phases (ms): %s\n", "", ph.c_str());
    if (!segs.empty()) std::printf("  %-10s segments: %s\n", "", segs.c_str());
  }
  std::printf("\nMemory (ru_maxrss is the process's high-water mark, so it only grows; held = VmRSS with the index alive)\n");
  std::printf("%-10s %13s %12s %13s %13s %13s\n", "path", "maxRSS after", "maxRSS +", "held RSS +", "held anon +",
              "held file +");
  for (const PathResult& p : r.paths) {
    if (!p.available) {
      std::printf("%-10s %s\n", p.name.c_str(), "n/a");
      continue;
    }
    std::printf("%-10s %10.1f MB %9.1f MB %10.1f MB %10.1f MB %10.1f MB\n", p.name.c_str(), p.maxRssAfterKb / 1024.0,
                (p.maxRssAfterKb - p.maxRssBeforeKb) / 1024.0, (p.rssHeld.rssKb - p.rssBefore.rssKb) / 1024.0,
                (p.rssHeld.anonKb - p.rssBefore.anonKb) / 1024.0, (p.rssHeld.fileKb - p.rssBefore.fileKb) / 1024.0);
  }
  const FirstIndex& first = r.firstIndex;
  if (first.ok)
    std::printf("\ntime to first index (process start -> index ready, default path): best %.1f ms, median %.1f ms "
                "(of which main() -> ready: best %.1f ms)\n",
                best(first.spawnToReadyMs), median(first.spawnToReadyMs), best(first.mainToReadyMs));
  else
    std::printf("\ntime to first index: n/a (%s)\n", first.error.c_str());
  std::fflush(stdout);
}

void printProcesses(const BenchResults& r) {
  std::printf("\nWhole batscope-cli processes (spawn to exit, output discarded; best of runs)\n");
  for (const ProcessTiming& p : r.processes) {
    if (!p.error.empty()) {
      std::printf("  %-26s n/a: %s\n", p.what.c_str(), p.error.c_str());
      continue;
    }
    std::printf("  %-26s %9.1f ms  exit %d  peak RSS %.1f MB\n", p.what.c_str(), best(p.runsMs), p.exitCode,
                p.maxRssKb / 1024.0);
  }
  std::fflush(stdout);
}

void printBackground(const BenchResults& r) {
  const BackgroundBench& b = r.background;
  std::printf("\nBackground phases (best of %zu)\n", b.trueViewMs.size());
  if (!b.error.empty()) {
    std::printf("  n/a: %s\n", b.error.c_str());
  } else {
    std::printf("  true view build  %9.1f ms  (%zu entries, %zu findings)\n", best(b.trueViewMs), b.trueViewEntries,
                b.trueViewFindings);
    for (const auto& [name, ms] : b.trueViewPhases) std::printf("    %-34s %8.1f ms\n", name.c_str(), ms);
    std::printf("  cross-check      %9.1f ms  (%" PRIu64 " entries checked, %" PRIu64 " discrepancies)\n",
                best(b.crossMs), b.crossEntries, b.crossDiscrepancies);
  }
  std::fflush(stdout);
}

void printChains(const BenchResults& r) {
  const ChainBench& cb = r.chains;
  std::printf("\nHash chains (verifyChains over the whole store vs raw BLAKE3 over the same payloads)\n");
  if (!cb.ok) {
    std::printf("  n/a: %s\n", cb.error.c_str());
  } else {
    std::printf("  verifyChains  best %9.1f ms of %zu  %8.1f MB/s  %10s events  (%" PRIu64 " links, %s MB hashed, "
                "%" PRIu64 " entities, %" PRIu64 " broken)\n",
                cb.verifyBest(), cb.verifyRunsMs.size(), cb.verifyMBps(), rate(cb.verifyEventsPs()).c_str(), cb.links,
                mb(cb.payloadBytesHashed).c_str(), cb.entities, cb.broken);
    std::printf("  raw blake3()  best %9.1f ms of %zu  %8.1f MB/s  %10s payloads (%" PRIu64 " payloads, %s MB; "
                "collected in %.0f ms)\n",
                cb.rawBest(), cb.rawRunsMs.size(), cb.rawMBps(),
                rate(cb.rawBest() > 0 ? double(cb.rawPayloads) / (cb.rawBest() / 1000) : 0).c_str(), cb.rawPayloads,
                mb(cb.rawBytes).c_str(), cb.collectMs);
    std::printf("  ratio verify / raw over the same bytes: %.1fx\n", cb.ratio());
    if (!cb.verifyOverHashedRunsMs.empty()) {
      // Run to run noise can exceed the hashing's cost (runs of one, a loaded machine): then
      // the difference is no measurement and counts as zero.
      const double together = std::max(0.0, cb.hashingCostMs()) + best(cb.verifyOverHashedRunsMs);
      std::printf("  the window's way: hashing inside the true view +%.1f ms (%.1f -> %.1f ms), verifyChains over it "
                  "%.1f ms; together %.1f ms = %.1fx raw\n",
                  cb.hashingCostMs(), best(cb.plainTrueViewRunsMs), best(cb.hashingTrueViewRunsMs),
                  best(cb.verifyOverHashedRunsMs), together, cb.rawBest() > 0 ? together / cb.rawBest() : 0);
    }
  }
  std::fflush(stdout);
}

void printFilters(const BenchResults& r) {
  std::printf("\nFilters (runEventQuery over every visible event, best of runs)\n");
  for (const FilterBench& f : r.filters) {
    if (!f.error.empty()) {
      std::printf("  %-40s n/a: %s\n", f.query.c_str(), f.error.c_str());
      continue;
    }
    std::printf("  %-40s %9.1f ms  %zu matches%s\n", f.query.c_str(), best(f.runsMs), f.matches,
                f.readsPayloads ? "  (reads payloads)" : "");
  }
  std::fflush(stdout);
}

void printLayout(const BenchResults& r) {
  std::printf("\nCausal graph layout (layoutLayered on synthetic forests, best of %d)\n", r.runs);
  for (const LayoutBench& l : r.layout) std::printf("  %6zu nodes  %9.2f ms\n", l.nodes, l.bestMs);
  std::fflush(stdout);
}

void printAppends(const BenchResults& r) {
  std::printf("\nAppends (fresh temp store, batpak's default config; fsync on = every 1000 single appends, after "
              "every batch, at seal; time-boxed)\n");
  std::printf("%-12s %-6s %8s %9s %12s %12s %9s %9s\n", "mode", "fsync", "events", "seconds", "events/s", "payload MB/s",
              "open ms", "close ms");
  for (const AppendResult& a : r.appends) {
    if (!a.error.empty()) {
      std::printf("%-12s %-6s error: %s\n", a.mode.c_str(), a.fsync ? "on" : "off", a.error.c_str());
      continue;
    }
    std::printf("%-12s %-6s %8" PRIu64 " %9.2f %12s %12.1f %9.1f %9.1f%s\n", a.mode.c_str(), a.fsync ? "on" : "off",
                a.events, a.seconds, rate(a.eventsPerSecond()).c_str(),
                a.seconds > 0 ? double(a.payloadBytes) / 1e6 / a.seconds : 0.0, a.openMs, a.closeMs,
                a.timeBoxed ? "  (time-boxed)" : "");
  }
  std::fflush(stdout);
}

void printTargets(const BenchResults& r, const std::vector<Target>& targets) {
  std::printf("\nTargets (defined for batscope-bench's 1M-event store on 2 cores, warm cache; %" PRIu64 " events here)\n",
              r.eventCount);
  for (const Target& t : targets)
    std::printf("  %-44s %-40s %-40s %s\n", t.what.c_str(), t.target.c_str(), t.value.c_str(),
                !t.met ? "n/a" : *t.met ? "MET" : "MISSED");
  std::printf("\ntotal benchmark time: %.1f s; load average at end %.2f\n", r.totalSeconds, r.loadAtEnd);
  std::fflush(stdout);
}

}  // namespace batscope::bench
