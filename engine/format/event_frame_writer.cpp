// batpak 0.5.0's frame writer re-expressed (src/store/segment.rs, src/store/writer.rs).
#include "batscope/format/event_frame_writer.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "batscope/base/byte_writer.h"
#include "batscope/codec/msgpack_writer.h"

namespace batscope {

namespace {

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

void resealFrame(uint8_t* frame, size_t frameLen) {
  if (frameLen < kFrameHeaderBytes) return;
  const uint32_t crc = crc32(frame + kFrameHeaderBytes, frameLen - kFrameHeaderBytes);
  for (int i = 0; i < 4; ++i) frame[4 + i] = uint8_t(crc >> (24 - 8 * i));
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

}  // namespace batscope
