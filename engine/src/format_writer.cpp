// batpak 0.5.0's segment writers, re-expressed (format_writer.h): the segment header and
// frames (src/store/segment.rs, src/store/writer.rs) and the SIDX footer (src/store/sidx.rs).
// The snapshot artifacts are in snapshot_writer.cpp.
#include "batscope/format_writer.h"

#include "batscope/sidx_footer.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace batscope {

namespace {

void putLE(std::vector<uint8_t>& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(uint8_t(v >> (8 * i)));
}
void putBE32(std::vector<uint8_t>& out, uint32_t v) {
  for (int i = 3; i >= 0; --i) out.push_back(uint8_t(v >> (8 * i)));
}
// u128 LE = the 16 big-endian bytes reversed.
void putIdLE(std::vector<uint8_t>& out, const Id128& id) {
  for (int i = 15; i >= 0; --i) out.push_back(id.bytes[i]);
}
void putHash(std::vector<uint8_t>& out, const Hash32& h) { out.insert(out.end(), h.begin(), h.end()); }
void putMagic(std::vector<uint8_t>& out, const char* magic, size_t n) {
  out.insert(out.end(), reinterpret_cast<const uint8_t*>(magic), reinterpret_cast<const uint8_t*>(magic) + n);
}
uint32_t checkedU32(uint64_t v, const char* what) {
  if (v > 0xffffffffull) throw std::length_error(std::string(what) + " does not fit a u32");
  return uint32_t(v);
}

void writePosition(MsgpackWriter& w, const DagPosition& p) {
  w.mapHeader(5);
  w.str("wall_ms");
  w.uint(p.wallMs);
  w.str("counter");
  w.uint(p.counter);
  w.str("depth");
  w.uint(p.depth);
  w.str("lane");
  w.uint(p.lane);
  w.str("sequence");
  w.uint(p.sequence);
}

void writeEventHeader(MsgpackWriter& w, const EventHeader& h) {
  w.mapHeader(9);
  w.str("event_id");
  w.id128(h.eventId);
  w.str("correlation_id");
  w.id128(h.correlationId);
  w.str("causation_id");
  w.optionalId128(h.causationId);
  w.str("timestamp_us");
  w.sint(h.timestampUs);
  w.str("position");
  writePosition(w, h.position);
  w.str("payload_size");
  w.uint(h.payloadSize);
  w.str("event_kind");
  w.uint(h.eventKind);
  w.str("flags");
  w.uint(h.flags);
  w.str("content_hash");
  w.hash32(h.contentHash);
}

}  // namespace

// ── Segments and frames ──────────────────────────────────────────────────────

std::vector<uint8_t> encodeSegmentHeader(const SegmentHeader& header) {
  std::vector<uint8_t> msg;
  MsgpackWriter w(msg);
  w.mapHeader(4);
  w.str("version");
  w.uint(header.version);
  w.str("flags");
  w.uint(header.flags);
  w.str("created_ns");
  w.sint(header.createdNs);
  w.str("segment_id");
  w.uint(header.segmentId);

  std::vector<uint8_t> out;
  out.reserve(8 + msg.size());
  putMagic(out, "FBAT", 4);
  putBE32(out, checkedU32(msg.size(), "segment header"));
  out.insert(out.end(), msg.begin(), msg.end());
  return out;
}

std::vector<uint8_t> encodeFrameBody(const EventHeader& header, const std::optional<HashChain>& chain,
                                     const uint8_t* payload, size_t payloadLen,
                                     std::string_view entity, std::string_view scope) {
  std::vector<uint8_t> out;
  out.reserve(512 + 2 * payloadLen + entity.size() + scope.size());
  MsgpackWriter w(out);
  w.mapHeader(3);  // FramePayload
  w.str("event");
  w.mapHeader(3);  // Event
  w.str("header");
  writeEventHeader(w, header);
  w.str("payload");
  w.byteArray(payload, payloadLen);
  w.str("hash_chain");
  if (chain) {
    w.mapHeader(2);
    w.str("prev_hash");
    w.hash32(chain->prevHash);
    w.str("event_hash");
    w.hash32(chain->eventHash);
  } else {
    w.nil();
  }
  w.str("entity");
  w.str(entity);
  w.str("scope");
  w.str(scope);
  return out;
}

std::vector<uint8_t> encodeFrame(const EventHeader& header, const std::optional<HashChain>& chain,
                                 const uint8_t* payload, size_t payloadLen,
                                 std::string_view entity, std::string_view scope) {
  const std::vector<uint8_t> body = encodeFrameBody(header, chain, payload, payloadLen, entity, scope);
  std::vector<uint8_t> out;
  out.reserve(kFrameHeaderBytes + body.size());
  putBE32(out, checkedU32(body.size(), "frame body"));
  putBE32(out, crc32(body.data(), body.size()));
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

EventHeader batchMarkerHeader(uint16_t kind, uint64_t batchId, int64_t nowUs, uint32_t payloadSize) {
  EventHeader h;
  for (int i = 0; i < 8; ++i) h.eventId.bytes[8 + i] = uint8_t(batchId >> (8 * (7 - i)));
  h.correlationId = h.eventId;
  h.causationId.reset();
  h.timestampUs = nowUs;
  h.position = DagPosition{};
  h.position.wallMs = uint64_t(nowUs / 1000);  // Rust: (now_us / 1000) as u64
  h.payloadSize = payloadSize;
  h.eventKind = kind;
  h.flags = 0;
  h.contentHash.fill(0);
  return h;
}

// ── SIDX footer ──────────────────────────────────────────────────────────────

std::vector<uint8_t> encodeSidxFooter(uint64_t stringTableOffset, const std::vector<SidxEntryInput>& entries) {
  // The per-segment interner: first use wins, entity before scope.
  std::vector<std::string_view> strings;
  std::unordered_map<std::string_view, uint32_t> index;
  auto intern = [&](std::string_view s) {
    auto [it, inserted] = index.emplace(s, uint32_t(strings.size()));
    if (inserted) strings.push_back(s);
    return it->second;
  };
  std::vector<std::pair<uint32_t, uint32_t>> ids;
  ids.reserve(entries.size());
  for (const SidxEntryInput& e : entries) {
    const uint32_t entityIdx = intern(e.entity);
    const uint32_t scopeIdx = intern(e.scope);
    ids.emplace_back(entityIdx, scopeIdx);
  }

  std::vector<uint8_t> out;
  out.reserve(entries.size() * kSidxEntryBytes + kSidxTrailerBytes + 64);
  MsgpackWriter w(out);
  w.arrayHeader(strings.size());
  for (std::string_view s : strings) w.str(s);

  for (size_t i = 0; i < entries.size(); ++i) {
    const SidxEntryInput& e = entries[i];
    putIdLE(out, e.eventId);
    putLE(out, ids[i].first, 4);
    putLE(out, ids[i].second, 4);
    putLE(out, e.kind, 2);
    putLE(out, e.wallMs, 8);
    putLE(out, e.clock, 4);
    putHash(out, e.chain.prevHash);
    putHash(out, e.chain.eventHash);
    putLE(out, e.frameOffset, 8);
    putLE(out, e.frameLength, 4);
    putLE(out, e.globalSequence, 8);
    putIdLE(out, e.correlationId);
    putIdLE(out, e.causationId.value_or(Id128{}));
  }

  putLE(out, stringTableOffset, 8);
  // batpak saturates the count at u32::MAX.
  putLE(out, std::min<uint64_t>(entries.size(), 0xffffffffull), 4);
  putMagic(out, "SIDX", 4);
  return out;
}

}  // namespace batscope
