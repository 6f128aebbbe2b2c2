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

}  // namespace

std::string storeReportJson(const StoreReportInput& in) {
  const RestoreResult& r = *in.restore;
  const Index& shown = in.trueView ? *in.truth->index : *r.index;
  uint64_t totalBytes = 0, footers = 0;
  for (const SegmentWalk& s : in.walk->segments) { totalBytes += s.file.size; footers += s.footerValid; }
  std::map<std::string_view, uint64_t> entities;
  for (uint32_t row : shown.visibleRows()) ++entities[shown.entity(row)];
  JsonWriter w;
  w.beginObject();
  w.key("data_dir"); w.value(in.dir->path());
  w.key("view"); w.value(in.trueView ? "true" : "faithful");
  w.key("open");
  w.beginObject();
  w.key("path"); w.value(openIndexPathName(r.report.path));
  w.key("restored_entries"); w.value(r.report.restoredEntries);
  w.key("tail_entries"); w.value(r.report.tailEntries);
  w.key("elapsed_us"); w.value(r.report.elapsedUs);
  w.key("source"); w.value(restoreSourceName(r.report.source));
  w.endObject();
  w.key("stats");
  w.beginObject();
  w.key("event_count"); w.value(uint64_t(shown.entryCount()));
  w.key("visible_events"); w.value(uint64_t(shown.visibleRows().size()));
  w.key("global_sequence"); w.value(shown.allocator());
  w.key("entities"); w.value(uint64_t(entities.size()));
  w.key("index_resident_bytes"); w.value(uint64_t(shown.residentBytes()));
  w.endObject();
  w.key("segments");
  w.beginArray();
  for (const SegmentWalk& s : in.walk->segments) {
    w.beginObject();
    w.key("file"); w.value(s.file.name);
    w.key("segment_id"); w.value(s.file.id);
    w.key("bytes"); w.value(s.file.size);
    w.key("has_sidx_footer"); w.value(s.trailer.has_value());
    w.key("footer_valid"); w.value(s.footerValid);
    w.key("frames"); w.value(uint64_t(s.frames.size()));
    w.key("event_frames"); w.value(s.eventFrames);
    w.key("crc_mismatches"); w.value(uint64_t(s.crcMismatches.size()));
    if (s.stoppedAt) { w.key("frame_walk_stopped"); w.value(*s.stoppedAt); }
    w.endObject();
  }
  w.endArray();
  w.key("phases");
  w.beginArray();
  for (const PhaseTiming& p : r.phases) {
    w.beginObject();
    w.key("name"); w.value(p.name);
    w.key("start_ms"); w.value(p.startMs);
    w.key("duration_ms"); w.value(p.durationMs);
    w.endObject();
  }
  w.endArray();
  w.key("segment_reads");
  w.beginArray();
  for (const SegmentTiming& s : r.segments) {
    w.beginObject();
    w.key("segment_id"); w.value(s.segmentId);
    w.key("how"); w.value(segmentReadName(s.how));
    w.key("start_ms"); w.value(s.startMs);
    w.key("duration_ms"); w.value(s.durationMs);
    w.key("entries"); w.value(s.entries);
    w.key("bytes_read"); w.value(s.bytesRead);
    w.endObject();
  }
  w.endArray();
  w.key("findings");
  w.beginArray();
  for (const Finding& f : r.findings) w.value(f.toString());
  w.endArray();
  w.key("cross_check");
  w.beginObject();
  w.key("true_view_ms"); w.value(in.truth->elapsedMs);
  w.key("cross_check_ms"); w.value(in.crossCheck->elapsedMs);
  w.key("entries_checked"); w.value(in.crossCheck->entriesChecked);
  w.key("discrepancies"); w.value(in.crossCheck->discrepancies);
  w.key("true_view_events"); w.value(uint64_t(in.truth->index->visibleRows().size()));
  w.key("findings");
  w.beginArray();
  for (const Finding& f : in.crossCheck->findings) w.value(f.toString());
  for (const Finding& f : in.truth->findings) w.value(f.toString());
  w.endArray();
  w.endObject();
  w.endObject();
  std::string out = w.take();
  out += '\n';
  return out;
}

std::string storeReportText(const StoreReportInput& in) {
  const RestoreResult& r = *in.restore;
  const Index& shown = in.trueView ? *in.truth->index : *r.index;
  uint64_t totalBytes = 0, footers = 0;
  for (const SegmentWalk& s : in.walk->segments) { totalBytes += s.file.size; footers += s.footerValid; }
  std::map<std::string_view, uint64_t> entities;
  for (uint32_t row : shown.visibleRows()) ++entities[shown.entity(row)];
  std::string out;
  out += format("Data directory   %s\n", in.dir->path().c_str());
  out += format("Segments         %zu (%llu bytes, %llu with a valid SIDX footer)\n", in.walk->segments.size(),
              (unsigned long long)totalBytes, (unsigned long long)footers);
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
  out += format("Entities         %zu\n", entities.size());
  out += format("Index memory     %.1f bytes/entry\n",
              shown.entryCount() ? double(shown.residentBytes()) / double(shown.entryCount()) : 0.0);
  out += format("Phases:\n");
  for (const PhaseTiming& p : r.phases) out += format("  %-28s %9.3f ms (at %.3f ms)\n", p.name.c_str(), p.durationMs, p.startMs);
  out += format("Findings (%zu):\n", r.findings.size());
  for (const Finding& f : r.findings) out += format("  %s\n", f.toString().c_str());
  out += format("Cross-check: true view %.3f ms (%zu events), cross-check %.3f ms, %llu discrepancies\n", in.truth->elapsedMs,
              in.truth->index->visibleRows().size(), in.crossCheck->elapsedMs, (unsigned long long)in.crossCheck->discrepancies);
  for (const Finding& f : in.crossCheck->findings) out += format("  %s\n", f.toString().c_str());
  for (const Finding& f : in.truth->findings) out += format("  %s\n", f.toString().c_str());
  return out;
}

}  // namespace batscope
