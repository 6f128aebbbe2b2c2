#include "batscope/analysis/dump.h"

#include <fnmatch.h>

#include <cmath>

#include "batscope/restore/event_reader.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/codec/json_writer.h"
#include "batscope/codec/msgpack_value.h"

namespace batscope {

bool parseKindFilter(const std::string& text, DumpFilter& out) {
  const auto colon = text.find(':');
  try {
    if (colon == std::string::npos) {
      size_t used = 0;
      const unsigned long v = std::stoul(text, &used, 0);
      if (used != text.size() || v > 0xffff) return false;
      out.kind = uint16_t(v);
      return true;
    }
    const unsigned long cat = std::stoul(text.substr(0, colon), nullptr, 0);
    const std::string type = text.substr(colon + 1);
    if (cat > 0xf) return false;
    if (type == "*") { out.kindCategory = uint16_t(cat); return true; }
    const unsigned long t = std::stoul(type, nullptr, 0);
    if (t > 0xfff) return false;
    out.kind = uint16_t((cat << 12) | t);
    return true;
  } catch (...) {
    return false;
  }
}

bool matchesFilter(const Index& index, uint32_t row, const DumpFilter& f) {
  if (f.entityGlob && fnmatch(f.entityGlob->c_str(), std::string(index.entity(row)).c_str(), 0) != 0) return false;
  if (f.scopeGlob && fnmatch(f.scopeGlob->c_str(), std::string(index.scope(row)).c_str(), 0) != 0) return false;
  const uint16_t kind = index.entry(row).kind;
  if (f.kind && kind != *f.kind) return false;
  if (f.kindCategory && (kind >> 12) != *f.kindCategory) return false;
  return true;
}

namespace {

void writePos(JsonWriter& w, const FramePos& p) {
  w.beginObject();
  w.key("segment_id"); w.value(p.segmentId);
  w.key("offset"); w.value(p.offset);
  w.key("length"); w.value(uint64_t(p.length));
  w.endObject();
}

void writeOptId(JsonWriter& w, const std::optional<Id128>& id) {
  if (id) w.value(hexEncode(*id));
  else w.null();
}

void writeChain(JsonWriter& w, const HashChain& c) {
  w.beginObject();
  w.key("prev_hash"); w.value(hexEncode(c.prevHash));
  w.key("event_hash"); w.value(hexEncode(c.eventHash));
  w.endObject();
}

// Writes the header/payload fields of a decoded frame.
void writeFrameFields(JsonWriter& w, const FrameRead& fr, const BatpakGet& get) {
  const EventHeader& h = fr.frame.header;
  w.key("event_id"); w.value(hexEncode(h.eventId));
  w.key("event_id_uuid"); w.value(uuidText(h.eventId));
  w.key("correlation_id"); w.value(hexEncode(h.correlationId));
  w.key("causation_id"); writeOptId(w, h.causationId);
  w.key("timestamp_us"); w.value(int64_t(h.timestampUs));
  w.key("position");
  w.beginObject();
  w.key("wall_ms"); w.value(h.position.wallMs);
  w.key("counter"); w.value(uint64_t(h.position.counter));
  w.key("depth"); w.value(uint64_t(h.position.depth));
  w.key("lane"); w.value(uint64_t(h.position.lane));
  w.key("sequence"); w.value(uint64_t(h.position.sequence));
  w.endObject();
  w.key("payload_size"); w.value(uint64_t(h.payloadSize));
  w.key("event_kind"); w.value(uint64_t(h.eventKind));
  w.key("kind_category"); w.value(uint64_t(h.eventKind >> 12));
  w.key("kind_type"); w.value(uint64_t(h.eventKind & 0x0fff));
  w.key("flags"); w.value(uint64_t(h.flags));
  w.key("content_hash"); w.value(hexEncode(h.contentHash));
  w.key("hash_chain");
  if (fr.frame.hashChain) writeChain(w, *fr.frame.hashChain);
  else w.null();
  w.key("frame_entity"); w.value(fr.frame.entity);
  w.key("frame_scope"); w.value(fr.frame.scope);
  w.key("payload_form");
  w.value(fr.frame.payloadForm == PayloadForm::ByteArray ? "byte_array"
          : fr.frame.payloadForm == PayloadForm::Bin     ? "bin"
                                                         : "native");
  w.key("payload_msgpack_hex"); w.value(hexEncode(fr.payload.data(), fr.payload.size()));
  MsgValue value;
  size_t consumed = 0;
  MsgDecodeError err;
  w.key("payload");
  if (decodeMsgValue(fr.payload.data(), fr.payload.size(), value, consumed, err, kPayloadJsonMaxDepth)) {
    writeOracleJson(w, value);
    if (consumed != fr.payload.size()) { w.key("payload_trailing_bytes"); w.value(uint64_t(fr.payload.size() - consumed)); }
    if (get.json && *get.json != msgValueToOracleJson(value)) { w.key("payload_batpak_json"); w.raw(*get.json); }
  } else {
    w.null();
    w.key("payload_decode_error"); w.value("offset " + std::to_string(err.offset) + ": " + err.message);
    if (get.json && *get.json != "null") { w.key("payload_batpak_json"); w.raw(*get.json); }
  }
}

void writeEvent(JsonWriter& w, const DumpInput& in, uint32_t row) {
  const Index& index = *in.index;
  const IndexEntry& e = index.entry(row);
  const Id128 id = index.eventId(row);
  const FramePos disk{e.segmentId, e.offset, e.length};
  w.beginObject();
  w.key("global_sequence"); w.value(e.globalSequence);
  w.key("entity"); w.value(index.entity(row));
  w.key("scope"); w.value(index.scope(row));
  w.key("disk_pos"); writePos(w, disk);
  w.key("index");
  w.beginObject();
  w.key("wall_ms"); w.value(e.wallMs);
  w.key("clock"); w.value(uint64_t(e.clock));
  w.endObject();
  w.key("origin"); w.value(entryOriginName(e.origin));

  // The event's own frame (the one that carries its id) supplies header and payload; the
  // frame at disk_pos only when no such frame exists. A wrong disk_pos can land on a marker
  // or another event (FORMAT.md gotcha 33): that frame is what batpak's get returns.
  const std::optional<FramePos> phys = in.walk ? in.walk->find(id) : std::nullopt;
  const FrameRead atDisk = readFrameAtPosition(*in.dir, disk, PayloadMode::Any);
  FrameRead fr = phys && !(*phys == disk) ? readFrameAtPosition(*in.dir, *phys, PayloadMode::Any) : atDisk;
  if (!fr.ok && phys && !(*phys == disk)) fr = atDisk;
  const BatpakGet get = batpakGet(*in.dir, disk);

  const HashChain ic = index.hashChain(row);
  bool disagrees = !fr.ok;
  if (fr.ok) {
    const HashChain fc = fr.frame.hashChain.value_or(HashChain{});
    disagrees = index.correlationId(row) != fr.frame.header.correlationId ||
                index.causationId(row) != fr.frame.header.causationId || e.kind != fr.frame.header.eventKind ||
                ic.prevHash != fc.prevHash || ic.eventHash != fc.eventHash;
  }
  w.key("header_source"); w.value(fr.ok ? "frame" : "none");
  if (fr.ok) writeFrameFields(w, fr, get);
  else { w.key("event_id"); w.value(hexEncode(id)); }
  if (disagrees) {
    w.key("index_entry");
    w.beginObject();
    w.key("correlation_id"); w.value(hexEncode(index.correlationId(row)));
    w.key("causation_id"); writeOptId(w, index.causationId(row));
    w.key("kind"); w.value(uint64_t(e.kind));
    w.key("prev_hash"); w.value(hexEncode(ic.prevHash));
    w.key("event_hash"); w.value(hexEncode(ic.eventHash));
    w.endObject();
  }
  if (get.error) { w.key("read_error"); w.value(*get.error); }
  if (in.walk) {
    if (!phys) { w.key("physical_pos"); w.null(); }
    else if (!(*phys == disk)) {
      w.key("physical_pos"); writePos(w, *phys);
      w.key("disk_pos_mismatch"); w.value(true);
    }
  }
  if (!fr.ok) {
    w.key("payload"); w.null();
    std::string raw = atDisk.error;
    if (atDisk.raw.body && atDisk.raw.actualCrc != atDisk.raw.storedCrc) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "CRC mismatch: expected 0x%08x, got 0x%08x", atDisk.raw.storedCrc, atDisk.raw.actualCrc);
      raw = buf;
    }
    w.key("raw_frame_error"); w.value(raw);
  }
  w.endObject();
}

}  // namespace

namespace {

// The rows a dump writes: the caller's, or every visible event; the filter applies to both.
std::vector<uint32_t> rowsToDump(const DumpInput& in, const DumpFilter& filter) {
  const std::vector<uint32_t>& from = in.rows ? *in.rows : in.index->visibleRows();
  std::vector<uint32_t> rows;
  rows.reserve(from.size());
  for (uint32_t row : from)
    if (row < in.index->entryCount() && matchesFilter(*in.index, row, filter)) rows.push_back(row);
  return rows;
}

// Reports progress every 4096 events; false once the caller wants the dump to stop.
bool stillWanted(const DumpInput& in, size_t done, size_t total) {
  return !in.progress || done % 4096 != 0 || in.progress(total ? double(done) / double(total) : 1.0);
}

// The text a dump writes: whole, or handed to DumpInput::sink piece by piece.
class DumpText {
 public:
  explicit DumpText(const DumpInput& in) : sink_(in.sink) {}
  std::string& text() { return text_; }
  // After each event: a piece that grew large enough goes to the sink. False: stop.
  bool pass() {
    if (!sink_ || text_.size() < kPiece) return true;
    const bool ok = sink_(text_);
    text_.clear();
    return ok;
  }
  // The whole text, or "" once the sink has the rest.
  std::string finish() {
    if (!sink_) return std::move(text_);
    sink_(text_);
    return {};
  }

 private:
  static constexpr size_t kPiece = 1 << 20;
  const std::function<bool(std::string_view)>& sink_;
  std::string text_;
};

}  // namespace

std::string dumpJson(const DumpInput& in, const DumpFilter& filter) {
  DumpText out(in);
  JsonWriter w(out.text());
  w.beginObject();
  w.key("batscope_view"); w.value(in.trueView ? "true" : "faithful");
  w.key("open");
  if (in.report) {
    w.beginObject();
    w.key("path"); w.value(openIndexPathName(in.report->path));
    w.key("restored_entries"); w.value(in.report->restoredEntries);
    w.key("tail_entries"); w.value(in.report->tailEntries);
    w.key("elapsed_us"); w.value(in.report->elapsedUs);
    w.key("source"); w.value(restoreSourceName(in.report->source));
    w.endObject();
  } else {
    w.null();
  }
  const Index& index = *in.index;
  w.key("stats");
  w.beginObject();
  w.key("event_count"); w.value(uint64_t(index.entryCount()));
  w.key("global_sequence"); w.value(index.allocator());
  w.key("visible_sequence"); w.value(index.allocator());
  w.endObject();
  w.key("warnings");
  w.beginArray();
  if (in.findings)
    for (const Finding& f : *in.findings) w.value(f.toString());
  w.endArray();
  // A list while it stays small; a damaged allocator can make it 2^64 long, so beyond a
  // million numbers the key holds null and the inclusive runs say the same.
  constexpr uint64_t kHiddenListLimit = 1'000'000;
  w.key("hidden_global_sequences");
  if (index.hiddenSequenceCount() <= kHiddenListLimit) {
    w.beginArray();
    for (uint64_t s : index.hiddenSequences(kHiddenListLimit)) w.value(s);
    w.endArray();
  } else {
    w.null();
    w.key("hidden_global_sequence_ranges");
    w.beginArray();
    for (const SequenceRange& r : index.hiddenSequenceRanges()) {
      w.beginArray();
      w.value(r.start);
      w.value(r.end - 1);
      w.endArray();
    }
    w.endArray();
  }
  if (in.walk && in.withChainVerification) {
    w.key("chain_verification");
    w.beginArray();
    for (const BatpakChainVerdict& v : batpakChainVerdicts(*in.dir, index, *in.walk, in.executor)) {
      w.beginObject();
      w.key("entity"); w.value(v.entity);
      w.key("events"); w.value(v.events);
      w.key("intact"); w.value(v.intact);
      w.key("first_break_global_sequence");
      if (v.firstBreakGlobalSequence) w.value(*v.firstBreakGlobalSequence);
      else w.null();
      w.key("reason");
      if (v.intact) w.null();
      else w.value(v.reason);
      w.endObject();
    }
    w.endArray();
  }
  const std::vector<uint32_t> rows = rowsToDump(in, filter);
  w.key("event_count"); w.value(uint64_t(rows.size()));
  w.key("events");
  w.beginArray();
  for (size_t k = 0; k < rows.size(); ++k) {
    if (!stillWanted(in, k, rows.size())) return {};
    writeEvent(w, in, rows[k]);
    if (!out.pass()) return {};
  }
  w.endArray();
  w.endObject();
  out.text() += '\n';
  return out.finish();
}

std::string dumpEventJson(const DumpInput& in, uint32_t row) {
  JsonWriter w;  // compact: one line
  writeEvent(w, in, row);
  return w.take();
}

std::string dumpCsv(const DumpInput& in, const DumpFilter& filter) {
  auto quote = [](std::string_view s) {
    std::string q = "\"";
    for (char c : s) { if (c == '"') q += '"'; q += c; }
    return q + "\"";
  };
  DumpText out(in);
  out.text() = "global_sequence,entity,scope,kind,wall_ms,clock,event_id,correlation_id,causation_id,segment_id,offset,length\n";
  const Index& index = *in.index;
  const std::vector<uint32_t> rows = rowsToDump(in, filter);
  for (size_t k = 0; k < rows.size(); ++k) {
    if (!stillWanted(in, k, rows.size()) || !out.pass()) return {};
    const uint32_t row = rows[k];
    const IndexEntry& e = index.entry(row);
    const auto cause = index.causationId(row);
    out.text() += std::to_string(e.globalSequence) + "," + quote(index.entity(row)) + "," + quote(index.scope(row)) + "," +
           std::to_string(e.kind) + "," + std::to_string(e.wallMs) + "," + std::to_string(e.clock) + "," +
           hexEncode(index.eventId(row)) + "," + hexEncode(index.correlationId(row)) + "," +
           (cause ? hexEncode(*cause) : std::string()) + "," + std::to_string(e.segmentId) + "," +
           std::to_string(e.offset) + "," + std::to_string(e.length) + "\n";
  }
  return out.finish();
}

}  // namespace batscope
