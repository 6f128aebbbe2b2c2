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
  w.field("cpu", r.machine.cpu);
  w.field("cores", r.machine.cores);
  w.field("ram_bytes", r.machine.ramBytes);
  w.field("kernel", r.machine.kernel);
  w.field("compiler", r.machine.compiler);
  w.field("build_type", r.machine.buildType);
  w.field("load_average_start", r.loadAtStart);
  w.field("load_average_end", r.loadAtEnd);
  w.endObject();
  const StoreInfo& si = r.store;
  w.key("store");
  w.beginObject();
  w.field("path", si.path);
  w.field("generated", si.generated);
  w.field("reused", si.reused);
  if (si.generated) { w.key("generate_seconds"); w.value(si.generateSeconds); }
  w.field("segments", uint64_t(si.segments));
  w.field("segment_bytes", si.segmentBytes);
  w.key("index_fbati_bytes"); if (si.hasFbati) w.value(si.fbatiBytes); else w.null();
  w.key("index_ckpt_bytes"); if (si.hasCkpt) w.value(si.ckptBytes); else w.null();
  w.field("events", r.eventCount);
  w.endObject();
  w.field("runs", r.runs);
}

void pathJson(JsonWriter& w, const PathResult& p) {
  w.beginObject();
  w.field("path", p.name);
  w.field("available", p.available);
  if (!p.note.empty()) { w.key("note"); w.value(p.note); }
  if (p.available) {
    w.field("taken_path", p.takenPath);
    w.field("source", p.source);
    w.field("best_ms", p.bestMs);
    w.field("median_ms", median(p.runsMs));
    runsArray(w, "runs_ms", p.runsMs);
    w.field("datadir_open_ms", p.dataDirOpenMs);
    w.field("entries", p.entries);
    w.field("restored_entries", p.restored);
    w.field("tail_entries", p.tail);
    w.field("findings", uint64_t(p.findings));
    w.field("events_per_s", p.eventsPerSecond());
    w.field("resident_bytes", uint64_t(p.residentBytes));
    w.field("bytes_per_event", p.bytesPerEvent());
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
    w.field("bytes", p.floorBytes);
    w.field("files", uint64_t(p.floorFiles));
    w.field("best_ms", p.floorBestMs);
    runsArray(w, "runs_ms", p.floorRunsMs);
    w.endObject();
    w.field("ratio_to_floor", p.floorRatio());
    w.key("memory_kb");
    w.beginObject();
    w.field("max_rss_after", int64_t(p.maxRssAfterKb));
    w.field("max_rss_delta", int64_t(p.maxRssAfterKb - p.maxRssBeforeKb));
    w.field("held_rss_delta", int64_t(p.rssHeld.rssKb - p.rssBefore.rssKb));
    w.field("held_anon_delta", int64_t(p.rssHeld.anonKb - p.rssBefore.anonKb));
    w.field("held_file_delta", int64_t(p.rssHeld.fileKb - p.rssBefore.fileKb));
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
  w.field("available", first.ok);
  if (first.ok) {
    w.field("best_ms", best(first.spawnToReadyMs));
    w.field("median_ms", median(first.spawnToReadyMs));
    w.field("main_to_ready_best_ms", best(first.mainToReadyMs));
  } else {
    w.field("error", first.error);
  }
  w.endObject();
}

void analysisJson(JsonWriter& w, const BenchResults& r) {
  w.key("processes");
  w.beginArray();
  for (const ProcessTiming& p : r.processes) {
    w.beginObject();
    w.field("what", p.what);
    if (!p.error.empty()) { w.key("error"); w.value(p.error); }
    w.field("best_ms", best(p.runsMs));
    runsArray(w, "runs_ms", p.runsMs);
    w.field("exit_code", int64_t(p.exitCode));
    w.field("max_rss_kb", int64_t(p.maxRssKb));
    w.endObject();
  }
  w.endArray();
  const BackgroundBench& b = r.background;
  w.key("background");
  w.beginObject();
  if (!b.error.empty()) { w.key("error"); w.value(b.error); }
  else {
    w.field("true_view_best_ms", best(b.trueViewMs));
    w.field("true_view_entries", uint64_t(b.trueViewEntries));
    w.field("cross_check_best_ms", best(b.crossMs));
    w.field("cross_check_entries", b.crossEntries);
    w.field("cross_check_discrepancies", b.crossDiscrepancies);
  }
  w.endObject();
  const ChainBench& cb = r.chains;
  w.key("hash_chain");
  w.beginObject();
  if (!cb.ok) { w.key("error"); w.value(cb.error); }
  else {
    w.field("links", cb.links);
    w.field("payload_bytes_hashed", cb.payloadBytesHashed);
    w.field("verify_best_ms", cb.verifyBest());
    w.field("verify_mb_per_s", cb.verifyMBps());
    w.field("verify_events_per_s", cb.verifyEventsPs());
    w.field("raw_payloads", cb.rawPayloads);
    w.field("raw_bytes", cb.rawBytes);
    w.field("raw_best_ms", cb.rawBest());
    w.field("raw_mb_per_s", cb.rawMBps());
    w.field("ratio", cb.ratio());
  }
  w.endObject();
  w.key("filters");
  w.beginArray();
  for (const FilterBench& f : r.filters) {
    w.beginObject();
    w.field("query", f.query);
    if (!f.error.empty()) { w.key("error"); w.value(f.error); }
    w.field("reads_payloads", f.readsPayloads);
    w.field("best_ms", best(f.runsMs));
    w.field("matches", uint64_t(f.matches));
    w.endObject();
  }
  w.endArray();
}

void appendAndTargetsJson(JsonWriter& w, const BenchResults& r, const std::vector<Target>& targets) {
  w.key("append");
  w.beginArray();
  for (const AppendResult& a : r.appends) {
    w.beginObject();
    w.field("mode", a.mode);
    w.field("fsync", a.fsync);
    if (!a.error.empty()) { w.key("error"); w.value(a.error); }
    w.field("events", a.events);
    w.field("seconds", a.seconds);
    w.field("events_per_s", a.eventsPerSecond());
    w.field("payload_bytes", a.payloadBytes);
    w.field("open_ms", a.openMs);
    w.field("close_ms", a.closeMs);
    w.field("time_boxed", a.timeBoxed);
    w.endObject();
  }
  w.endArray();
  w.key("targets");
  w.beginArray();
  for (const Target& t : targets) {
    w.beginObject();
    w.field("what", t.what);
    w.field("target", t.target);
    w.field("value", t.value);
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
  w.field("total_seconds", r.totalSeconds);
  w.endObject();
  return w.str();
}

}  // namespace batscope::bench
