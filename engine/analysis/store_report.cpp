#include "batscope/analysis/store_report.h"

#include <cstdarg>
#include <cstdio>
#include <map>
#include <string_view>

#include "batscope/codec/json_writer.h"

namespace batscope {

namespace {

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  va_list copy;
  va_copy(copy, ap);
  const int n = std::vsnprintf(nullptr, 0, fmt, copy);
  va_end(copy);
  std::string out(size_t(n > 0 ? n : 0), '\0');
  if (n > 0) std::vsnprintf(out.data(), out.size() + 1, fmt, ap);
  va_end(ap);
  return out;
}


// What both reports sum up: the segments' bytes and valid footers, events per entity.
struct Totals {
  uint64_t segmentBytes = 0, validFooters = 0;
  std::map<std::string_view, uint64_t> eventsPerEntity;
};

Totals totalsOf(const StoreReportInput& in, const Index& shown) {
  Totals t;
  for (const SegmentWalk& s : in.walk->segments) {
    t.segmentBytes += s.file.size;
    t.validFooters += s.footerValid;
  }
  for (uint32_t row : shown.visibleRows()) ++t.eventsPerEntity[shown.entity(row)];
  return t;
}

void segmentsJson(JsonWriter& w, const StoreWalk& walk) {
  w.key("segments");
  w.beginArray();
  for (const SegmentWalk& s : walk.segments) {
    w.beginObject();
    w.field("file", s.file.name);
    w.field("segment_id", s.file.id);
    w.field("bytes", s.file.size);
    w.field("has_sidx_footer", s.trailer.has_value());
    w.field("footer_valid", s.footerValid);
    w.field("frames", s.frameCount());
    w.field("event_frames", s.eventFrames);
    w.field("crc_mismatches", uint64_t(s.crcMismatches.size()));
    if (s.stoppedAt) w.field("frame_walk_stopped", *s.stoppedAt);
    w.endObject();
  }
  w.endArray();
}

// The restore's phases and per-segment reads, as the restore timings pane plots them.
void timingsJson(JsonWriter& w, const RestoreResult& r) {
  w.key("phases");
  w.beginArray();
  for (const PhaseTiming& p : r.phases) {
    w.beginObject();
    w.field("name", p.name);
    w.field("start_ms", p.startMs);
    w.field("duration_ms", p.durationMs);
    w.endObject();
  }
  w.endArray();
  w.key("segment_reads");
  w.beginArray();
  for (const SegmentTiming& s : r.segments) {
    w.beginObject();
    w.field("segment_id", s.segmentId);
    w.field("how", segmentReadName(s.how));
    w.field("start_ms", s.startMs);
    w.field("duration_ms", s.durationMs);
    w.field("entries", s.entries);
    w.field("bytes_read", s.bytesRead);
    w.endObject();
  }
  w.endArray();
}

void crossCheckJson(JsonWriter& w, const StoreReportInput& in) {
  w.key("cross_check");
  w.beginObject();
  w.field("true_view_ms", in.truth->elapsedMs);
  w.field("cross_check_ms", in.crossCheck->elapsedMs);
  w.field("entries_checked", in.crossCheck->entriesChecked);
  w.field("discrepancies", in.crossCheck->discrepancies);
  w.field("true_view_events", uint64_t(in.truth->index->visibleRows().size()));
  w.key("findings");
  w.beginArray();
  for (const Finding& f : in.crossCheck->findings) w.value(f.toString());
  for (const Finding& f : in.truth->findings) w.value(f.toString());
  w.endArray();
  w.endObject();
}

}  // namespace

std::string storeReportJson(const StoreReportInput& in) {
  const RestoreResult& r = *in.restore;
  const Index& shown = in.trueView ? *in.truth->index : *r.index;
  const Totals totals = totalsOf(in, shown);
  JsonWriter w;
  w.beginObject();
  w.field("data_dir", in.dir->path());
  w.field("view", in.trueView ? "true" : "faithful");
  w.key("open");
  w.beginObject();
  w.field("path", openIndexPathName(r.report.path));
  w.field("restored_entries", r.report.restoredEntries);
  w.field("tail_entries", r.report.tailEntries);
  w.field("elapsed_us", r.report.elapsedUs);
  w.field("source", restoreSourceName(r.report.source));
  w.endObject();
  w.key("stats");
  w.beginObject();
  w.field("event_count", uint64_t(shown.entryCount()));
  w.field("visible_events", uint64_t(shown.visibleRows().size()));
  w.field("global_sequence", shown.allocator());
  w.field("entities", uint64_t(totals.eventsPerEntity.size()));
  w.field("index_resident_bytes", uint64_t(shown.residentBytes()));
  w.endObject();
  segmentsJson(w, *in.walk);
  timingsJson(w, r);
  w.key("findings");
  w.beginArray();
  for (const Finding& f : r.findings) w.value(f.toString());
  w.endArray();
  crossCheckJson(w, in);
  w.endObject();
  std::string out = w.take();
  out += '\n';
  return out;
}

std::string storeReportText(const StoreReportInput& in) {
  const RestoreResult& r = *in.restore;
  const Index& shown = in.trueView ? *in.truth->index : *r.index;
  const Totals totals = totalsOf(in, shown);
  std::string out;
  out += format("Data directory   %s\n", in.dir->path().c_str());
  out += format("Segments         %zu (%llu bytes, %llu with a valid SIDX footer)\n", in.walk->segments.size(),
              (unsigned long long)totals.segmentBytes, (unsigned long long)totals.validFooters);
  out += format("Restore path     %s — %s\n", openIndexPathName(r.report.path), restoreSourceName(r.report.source));
  out += format("Restored / tail  %llu / %llu entries in %.3f ms\n", (unsigned long long)r.report.restoredEntries,
              (unsigned long long)r.report.tailEntries, r.report.elapsedUs / 1000.0);
  out += format("View             %s\n", in.trueView ? "true (what the bytes hold)" : "faithful (what batpak 0.5.0 sees)");
  out += format("Events           %zu visible, %zu index entries, next global sequence %llu, %llu hidden sequences\n",
              shown.visibleRows().size(), shown.entryCount(), (unsigned long long)shown.allocator(),
              (unsigned long long)shown.hiddenSequenceCount());
  if (shown.duplicateSequenceCount())
    out += format("Shared sequences %zu global sequences are carried by more than one visible event\n",
                shown.duplicateSequenceCount());
  out += format("Entities         %zu\n", totals.eventsPerEntity.size());
  out += format("Index memory     %.1f bytes/entry\n",
              shown.entryCount() ? double(shown.residentBytes()) / double(shown.entryCount()) : 0.0);
  out += format("Phases:\n");
  for (const PhaseTiming& p : r.phases) out += format("  %-28s %9.3f ms (at %.3f ms)\n", p.name.c_str(), p.durationMs, p.startMs);
  out += format("Findings (%zu):\n", r.findings.size());
  for (const Finding& f : r.findings) out += format("  %s\n", f.toString().c_str());
  out += format("Cross-check: true view %.3f ms (%zu events), cross-check %.3f ms, %llu discrepancies\n", in.truth->elapsedMs,
              in.truth->index->visibleRows().size(), in.crossCheck->elapsedMs, (unsigned long long)in.crossCheck->discrepancies);
  for (const PhaseTiming& p : in.truth->phases)
    out += format("  true view: %-28s %9.3f ms (at %.3f ms)\n", p.name.c_str(), p.durationMs, p.startMs);
  for (const Finding& f : in.crossCheck->findings) out += format("  %s\n", f.toString().c_str());
  for (const Finding& f : in.truth->findings) out += format("  %s\n", f.toString().c_str());
  return out;
}

}  // namespace batscope
