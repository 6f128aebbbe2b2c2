// benchJson (bench_report.h): every number batscope-bench prints, as one JSON document.
#include "batscope/codec/json_writer.h"
#include "bench_report.h"

namespace batscope::bench {

namespace {

void runsArray(JsonWriter& w, const char* key, const std::vector<double>& runs) {
  w.key(key);
  w.beginArray();
  for (double v : runs) w.value(v);
  w.endArray();
}

void machineJson(JsonWriter& w, const BenchResults& r) {
  w.key("machine");
  w.beginObject();
  w.key("cpu"); w.value(r.machine.cpu);
  w.key("cores"); w.value(r.machine.cores);
  w.key("ram_bytes"); w.value(r.machine.ramBytes);
  w.key("kernel"); w.value(r.machine.kernel);
  w.key("compiler"); w.value(r.machine.compiler);
  w.key("build_type"); w.value(r.machine.buildType);
  w.key("load_average_start"); w.value(r.loadAtStart);
  w.key("load_average_end"); w.value(r.loadAtEnd);
  w.endObject();
  const StoreInfo& si = r.store;
  w.key("store");
  w.beginObject();
  w.key("path"); w.value(si.path);
  w.key("generated"); w.value(si.generated);
  w.key("reused"); w.value(si.reused);
  if (si.generated) { w.key("generate_seconds"); w.value(si.generateSeconds); }
  w.key("segments"); w.value(uint64_t(si.segments));
  w.key("segment_bytes"); w.value(si.segmentBytes);
  w.key("index_fbati_bytes"); if (si.hasFbati) w.value(si.fbatiBytes); else w.null();
  w.key("index_ckpt_bytes"); if (si.hasCkpt) w.value(si.ckptBytes); else w.null();
  w.key("events"); w.value(r.eventCount);
  w.endObject();
  w.key("runs"); w.value(r.runs);
}

void pathJson(JsonWriter& w, const PathResult& p) {
  w.beginObject();
  w.key("path"); w.value(p.name);
  w.key("available"); w.value(p.available);
  if (!p.note.empty()) { w.key("note"); w.value(p.note); }
  if (p.available) {
    w.key("taken_path"); w.value(p.takenPath);
    w.key("source"); w.value(p.source);
    w.key("best_ms"); w.value(p.bestMs);
    w.key("median_ms"); w.value(median(p.runsMs));
    runsArray(w, "runs_ms", p.runsMs);
    w.key("datadir_open_ms"); w.value(p.dataDirOpenMs);
    w.key("entries"); w.value(p.entries);
    w.key("restored_entries"); w.value(p.restored);
    w.key("tail_entries"); w.value(p.tail);
    w.key("findings"); w.value(uint64_t(p.findings));
    w.key("events_per_s"); w.value(p.eventsPerSecond());
    w.key("resident_bytes"); w.value(uint64_t(p.residentBytes));
    w.key("bytes_per_event"); w.value(p.bytesPerEvent());
    w.key("phases_ms");
    w.beginObject();
    for (const PhaseMs& x : p.phases) { w.key(x.name); w.value(x.ms); }
    w.endObject();
    w.key("segments_by_method");
    w.beginObject();
    for (const auto& [how, n] : p.segmentsHow) { w.key(how); w.value(uint64_t(n)); }
    w.endObject();
    w.key("floor");
    w.beginObject();
    w.key("bytes"); w.value(p.floorBytes);
    w.key("files"); w.value(uint64_t(p.floorFiles));
    w.key("best_ms"); w.value(p.floorBestMs);
    runsArray(w, "runs_ms", p.floorRunsMs);
    w.endObject();
    w.key("ratio_to_floor"); w.value(p.floorRatio());
    w.key("memory_kb");
    w.beginObject();
    w.key("max_rss_after"); w.value(int64_t(p.maxRssAfterKb));
    w.key("max_rss_delta"); w.value(int64_t(p.maxRssAfterKb - p.maxRssBeforeKb));
    w.key("held_rss_delta"); w.value(int64_t(p.rssHeld.rssKb - p.rssBefore.rssKb));
    w.key("held_anon_delta"); w.value(int64_t(p.rssHeld.anonKb - p.rssBefore.anonKb));
    w.key("held_file_delta"); w.value(int64_t(p.rssHeld.fileKb - p.rssBefore.fileKb));
    w.endObject();
  }
  w.endObject();
}

void restoreJson(JsonWriter& w, const BenchResults& r) {
  w.key("restore");
  w.beginArray();
  for (const PathResult& p : r.paths) pathJson(w, p);
  w.endArray();
  const FirstIndex& first = r.firstIndex;
  w.key("time_to_first_index");
  w.beginObject();
  w.key("available"); w.value(first.ok);
  if (first.ok) {
    w.key("best_ms"); w.value(best(first.spawnToReadyMs));
    w.key("median_ms"); w.value(median(first.spawnToReadyMs));
    w.key("main_to_ready_best_ms"); w.value(best(first.mainToReadyMs));
  } else {
    w.key("error"); w.value(first.error);
  }
  w.endObject();
}

void analysisJson(JsonWriter& w, const BenchResults& r) {
  w.key("processes");
  w.beginArray();
  for (const ProcessTiming& p : r.processes) {
    w.beginObject();
    w.key("what"); w.value(p.what);
    if (!p.error.empty()) { w.key("error"); w.value(p.error); }
    w.key("best_ms"); w.value(best(p.runsMs));
    runsArray(w, "runs_ms", p.runsMs);
    w.key("exit_code"); w.value(int64_t(p.exitCode));
    w.key("max_rss_kb"); w.value(int64_t(p.maxRssKb));
    w.endObject();
  }
  w.endArray();
  const BackgroundBench& b = r.background;
  w.key("background");
  w.beginObject();
  if (!b.error.empty()) { w.key("error"); w.value(b.error); }
  else {
    w.key("true_view_best_ms"); w.value(best(b.trueViewMs));
    w.key("true_view_entries"); w.value(uint64_t(b.trueViewEntries));
    w.key("cross_check_best_ms"); w.value(best(b.crossMs));
    w.key("cross_check_entries"); w.value(b.crossEntries);
    w.key("cross_check_discrepancies"); w.value(b.crossDiscrepancies);
  }
  w.endObject();
  const ChainBench& cb = r.chains;
  w.key("hash_chain");
  w.beginObject();
  if (!cb.ok) { w.key("error"); w.value(cb.error); }
  else {
    w.key("links"); w.value(cb.links);
    w.key("payload_bytes_hashed"); w.value(cb.payloadBytesHashed);
    w.key("verify_best_ms"); w.value(cb.verifyBest());
    w.key("verify_mb_per_s"); w.value(cb.verifyMBps());
    w.key("verify_events_per_s"); w.value(cb.verifyEventsPs());
    w.key("raw_payloads"); w.value(cb.rawPayloads);
    w.key("raw_bytes"); w.value(cb.rawBytes);
    w.key("raw_best_ms"); w.value(cb.rawBest());
    w.key("raw_mb_per_s"); w.value(cb.rawMBps());
    w.key("ratio"); w.value(cb.ratio());
  }
  w.endObject();
  w.key("filters");
  w.beginArray();
  for (const FilterBench& f : r.filters) {
    w.beginObject();
    w.key("query"); w.value(f.query);
    if (!f.error.empty()) { w.key("error"); w.value(f.error); }
    w.key("reads_payloads"); w.value(f.readsPayloads);
    w.key("best_ms"); w.value(best(f.runsMs));
    w.key("matches"); w.value(uint64_t(f.matches));
    w.endObject();
  }
  w.endArray();
}

void appendAndTargetsJson(JsonWriter& w, const BenchResults& r, const std::vector<Target>& targets) {
  w.key("append");
  w.beginArray();
  for (const AppendResult& a : r.appends) {
    w.beginObject();
    w.key("mode"); w.value(a.mode);
    w.key("fsync"); w.value(a.fsync);
    if (!a.error.empty()) { w.key("error"); w.value(a.error); }
    w.key("events"); w.value(a.events);
    w.key("seconds"); w.value(a.seconds);
    w.key("events_per_s"); w.value(a.eventsPerSecond());
    w.key("payload_bytes"); w.value(a.payloadBytes);
    w.key("open_ms"); w.value(a.openMs);
    w.key("close_ms"); w.value(a.closeMs);
    w.key("time_boxed"); w.value(a.timeBoxed);
    w.endObject();
  }
  w.endArray();
  w.key("targets");
  w.beginArray();
  for (const Target& t : targets) {
    w.beginObject();
    w.key("what"); w.value(t.what);
    w.key("target"); w.value(t.target);
    w.key("value"); w.value(t.value);
    w.key("met"); if (t.met) w.value(*t.met); else w.null();
    w.endObject();
  }
  w.endArray();
}

}  // namespace

std::string benchJson(const BenchResults& r, const std::vector<Target>& targets) {
  JsonWriter w(2);
  w.beginObject();
  machineJson(w, r);
  restoreJson(w, r);
  analysisJson(w, r);
  appendAndTargetsJson(w, r, targets);
  w.key("total_seconds"); w.value(r.totalSeconds);
  w.endObject();
  return w.str();
}

}  // namespace batscope::bench
