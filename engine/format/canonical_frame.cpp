// The canonical frame body: the exact key order and encodings batpak 0.5.0's writer
// (rmp-serde, struct-as-map) produces, which nearly every frame on disk has:
//
//   83 "event" 83 "header" 89 "event_id" c4 10 <16>  "correlation_id" c4 10 <16>
//                              "causation_id" (c0 | c4 10 <16>)  "timestamp_us" int
//                              "position" 85 "wall_ms" uint "counter" uint "depth" uint
//                                            "lane" uint "sequence" uint
//                              "payload_size" uint "event_kind" uint "flags" uint
//                              "content_hash" (dc 00 20 | 9x) <32 u8 elements>
//                  "payload" <array of u8 elements>
//                  "hash_chain" (c0 | 82 "prev_hash" <32 u8> "event_hash" <32 u8>)
//      "entity" str "scope" str
//
// (keys are fixstr). decodeCanonicalFrameBody reads exactly that with no key lookup and no
// per-field dispatch, and gives up (returns false, having decided nothing) at the first byte
// that differs, so the general decoder in event_frame.cpp handles everything else. Where it
// accepts a body, its result is the general decoder's: the frame_body fuzzer checks both on
// every input.
#include <cstring>

#include "batscope/codec/canonical_cursor.h"
#include "batscope/format/event_frame.h"

namespace batscope {

namespace {

bool readCanonicalHeader(CanonicalCursor& c, EventHeader& h) {
  if (!(c.byte(0x89) && c.key("event_id") && c.id(h.eventId) && c.key("correlation_id") &&
        c.id(h.correlationId) && c.key("causation_id")))
    return false;
  if (c.byte(0xc0)) {
    h.causationId.reset();
  } else {
    Id128 causation;
    if (!c.id(causation)) return false;
    h.causationId = causation;
  }
  DagPosition& p = h.position;
  return c.key("timestamp_us") && c.int64(h.timestampUs) && c.key("position") && c.byte(0x85) &&
         c.key("wall_ms") && c.uint(p.wallMs, ~uint64_t(0)) && c.key("counter") && c.uint(p.counter, 0xffff) &&
         c.key("depth") && c.uint(p.depth, 0xffffffffu) && c.key("lane") && c.uint(p.lane, 0xffffffffu) &&
         c.key("sequence") && c.uint(p.sequence, 0xffffffffu) && c.key("payload_size") &&
         c.uint(h.payloadSize, 0xffffffffu) && c.key("event_kind") && c.uint(h.eventKind, 0xffff) &&
         c.key("flags") && c.uint(h.flags, 0xff) && c.key("content_hash") && c.hash(h.contentHash);
}

bool readCanonicalHashChain(CanonicalCursor& c, std::optional<HashChain>& out) {
  if (c.byte(0xc0)) {
    out.reset();
    return true;
  }
  HashChain hc;
  if (!(c.byte(0x82) && c.key("prev_hash") && c.hash(hc.prevHash) && c.key("event_hash") && c.hash(hc.eventHash)))
    return false;
  out = hc;
  return true;
}

}  // namespace

bool decodeCanonicalFrameBody(const uint8_t* body, size_t len, PayloadMode mode, DecodedFrame& out,
                              std::vector<uint8_t>* payload) {
  MsgpackReader r(body, len);
  CanonicalCursor c(r);
  out = DecodedFrame{};
  if (!(c.byte(0x83) && c.key("event") && c.byte(0x83) && c.key("header") && readCanonicalHeader(c, out.header) &&
        c.key("payload")))
    return false;
  const size_t payloadStart = c.pos();
  if (!c.byteArray(mode == PayloadMode::Skip ? nullptr : payload)) return false;
  out.payloadForm = mode == PayloadMode::Skip ? PayloadForm::Skipped : PayloadForm::ByteArray;
  out.payloadValueOffset = uint32_t(payloadStart);
  out.payloadValueLen = uint32_t(c.pos() - payloadStart);
  if (!c.key("hash_chain")) return false;
  const size_t hashChainStart = c.pos();
  if (!(readCanonicalHashChain(c, out.hashChain) && c.key("entity") && c.str(out.entity) && c.key("scope") &&
        c.str(out.scope)))
    return false;
  out.hashChainValueOffset = uint32_t(hashChainStart);
  return true;
}

bool decodeCanonicalHashChain(const uint8_t* data, size_t len, HashChain& out) {
  // batpak's own bytes, read straight: two fixed key-and-array16 headers, each followed by
  // 32 packed elements. Anything else goes the cursor's way below, which reads these too.
  static const uint8_t kPrev[] = {0x82, 0xa9, 'p', 'r', 'e', 'v', '_', 'h', 'a', 's', 'h', 0xdc, 0x00, 0x20};
  static const uint8_t kEvent[] = {0xaa, 'e', 'v', 'e', 'n', 't', '_', 'h', 'a', 's', 'h', 0xdc, 0x00, 0x20};
  constexpr size_t kHead = sizeof kPrev;
  static_assert(sizeof kEvent == kHead);
  size_t prevLen = 0, eventLen = 0;
  if (len >= kHead && std::memcmp(data, kPrev, kHead) == 0 &&
      scanPackedBytes(data + kHead, len - kHead, 32, out.prevHash.data(), prevLen) &&
      len - kHead - prevLen >= kHead && std::memcmp(data + kHead + prevLen, kEvent, kHead) == 0 &&
      scanPackedBytes(data + 2 * kHead + prevLen, len - 2 * kHead - prevLen, 32, out.eventHash.data(), eventLen))
    return true;
  MsgpackReader r(data, len);
  CanonicalCursor c(r);
  std::optional<HashChain> chain;
  if (!readCanonicalHashChain(c, chain) || !chain) return false;
  out = *chain;
  return true;
}

}  // namespace batscope
