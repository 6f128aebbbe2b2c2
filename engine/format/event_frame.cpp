#include "batscope/format/event_frame.h"

#include <algorithm>
#include <cstring>

#include "batscope/codec/msgpack_reader.h"
#include "batscope/codec/struct_decoder.h"

namespace batscope {

uint16_t kindFromBinaryArtifact(uint16_t raw) {
  const uint16_t category = raw >> 12;
  if (category == 0x0) {
    if ((raw >= 0x0001 && raw <= 0x0005) || raw == kKindTombstone) return raw;
    return kKindData;
  }
  if (category == 0xD) {
    switch (raw) {
      case 0xD001: case 0xD002: case 0xD004: case 0xD005: case 0xD006: case 0xD007: return raw;
      default: return 0xD001;
    }
  }
  return raw;
}

const char* systemKindName(uint16_t raw) {
  switch (raw) {
    case 0x1000: return "DATA";
    case 0x0001: return "SYSTEM_INIT";
    case 0x0002: return "SYSTEM_SHUTDOWN";
    case 0x0003: return "SYSTEM_HEARTBEAT";
    case 0x0004: return "SYSTEM_CONFIG_CHANGE";
    case 0x0005: return "SYSTEM_CHECKPOINT";
    case 0x0006: return "SYSTEM_BATCH_BEGIN";
    case 0x0007: return "SYSTEM_BATCH_COMMIT";
    case 0x0FFE: return "TOMBSTONE";
    case 0xD001: return "EFFECT_ERROR";
    case 0xD002: return "EFFECT_RETRY";
    case 0xD004: return "EFFECT_ACK";
    case 0xD005: return "EFFECT_BACKPRESSURE";
    case 0xD006: return "EFFECT_CANCEL";
    case 0xD007: return "EFFECT_CONFLICT";
  }
  return "";
}

namespace {

bool readId(MsgpackReader& r, Id128& out) { return r.readByteArrayFixed(out.bytes.data(), 16); }

bool readOptionalId(MsgpackReader& r, std::optional<Id128>& out) {
  if (r.readNil()) { out.reset(); return true; }
  Id128 id;
  if (!readId(r, id)) return false;
  out = id;
  return true;
}

bool readHash(MsgpackReader& r, Hash32& out) { return r.readByteArrayFixed(out.data(), 32); }

bool decodePosition(MsgpackReader& r, DagPosition& p, std::string& err) {
  static const char* const f[] = {"wall_ms", "counter", "depth", "lane", "sequence"};
  StructDecoder d(r, f, 5);
  if (!d.run([&](int i, MsgpackReader& rd) -> bool {
        switch (i) {
          case 0: return rd.readUInt(p.wallMs);
          case 1: return readBounded(rd, p.counter, 0xffff);
          case 2: return readBounded(rd, p.depth, 0xffffffffu);
          case 3: return readBounded(rd, p.lane, 0xffffffffu);
          case 4: return readBounded(rd, p.sequence, 0xffffffffu);
        }
        return false;
      }, err)) {
    err = "position: " + err;
    return false;
  }
  if (!d.allRequiredSeen(0b11111)) { err = "position: missing field " + d.firstMissing(0b11111); return false; }
  return true;
}

bool decodeHeader(MsgpackReader& r, EventHeader& h, std::string& err) {
  static const char* const f[] = {"event_id", "correlation_id", "causation_id", "timestamp_us",
                                  "position", "payload_size", "event_kind", "flags",
                                  "content_hash"};
  StructDecoder d(r, f, 9);
  std::string inner;
  h.contentHash.fill(0);  // #[serde(default)]
  if (!d.run([&](int i, MsgpackReader& rd) -> bool {
        switch (i) {
          case 0: return readId(rd, h.eventId);
          case 1: return readId(rd, h.correlationId);
          case 2: return readOptionalId(rd, h.causationId);
          case 3: return rd.readInt(h.timestampUs);
          case 4: return decodePosition(rd, h.position, inner);
          case 5: return readBounded(rd, h.payloadSize, 0xffffffffu);
          case 6: return readBounded(rd, h.eventKind, 0xffff);
          case 7: return readBounded(rd, h.flags, 0xff);
          case 8: return readHash(rd, h.contentHash);
        }
        return false;
      }, err)) {
    err = "header: " + err + (inner.empty() ? "" : " (" + inner + ")");
    return false;
  }
  const uint32_t required = 0b011111111;  // everything but content_hash
  if (!d.allRequiredSeen(required)) { err = "header: missing field " + d.firstMissing(required); return false; }
  return true;
}

bool decodeHashChain(MsgpackReader& r, std::optional<HashChain>& out, std::string& err) {
  if (r.readNil()) { out.reset(); return true; }
  static const char* const f[] = {"prev_hash", "event_hash"};
  HashChain hc;
  StructDecoder d(r, f, 2);
  if (!d.run([&](int i, MsgpackReader& rd) -> bool {
        return i == 0 ? readHash(rd, hc.prevHash) : readHash(rd, hc.eventHash);
      }, err)) {
    err = "hash_chain: " + err;
    return false;
  }
  if (!d.allRequiredSeen(0b11)) { err = "hash_chain: missing field " + d.firstMissing(0b11); return false; }
  out = hc;
  return true;
}

// batpak skips the payload with rmp-serde 1.x, whose depth limit (1024) fails the 1024th nested
// array/map of the body; FramePayload and Event are two, so the payload value may hold 1021
// nested containers, and their innermost scalar sits at level 1022.
constexpr int kPayloadMaxDepth = 1022;

// Classifies and skips the payload value according to `mode`.
bool readPayload(MsgpackReader& r, PayloadMode mode, DecodedFrame& out, std::string& err) {
  const size_t start = r.pos();
  if (mode == PayloadMode::Skip) {
    if (!r.skip(kPayloadMaxDepth)) { err = "payload: malformed value"; return false; }
    out.payloadForm = PayloadForm::Skipped;
  } else {
    const MsgType t = r.peekType();
    bool isBytes = false;
    if (t == MsgType::Bin) {
      const uint8_t* p; uint32_t n;
      isBytes = r.readBin(p, n);
      out.payloadForm = PayloadForm::Bin;
    } else if (t == MsgType::Array) {
      uint32_t n;
      isBytes = r.readArrayHeader(n) && n <= r.remaining();
      for (uint32_t i = 0; isBytes && i < n; ++i) {
        uint64_t v;
        isBytes = r.readUInt(v) && v <= 255;
      }
      out.payloadForm = PayloadForm::ByteArray;
      if (!isBytes) r.seek(start);
    }
    if (!isBytes) {
      if (mode == PayloadMode::Bytes) { err = "payload: invalid type, expected a byte sequence"; return false; }
      if (!r.skip(kPayloadMaxDepth)) { err = "payload: malformed value"; return false; }
      out.payloadForm = PayloadForm::Native;
    }
  }
  out.payloadValueOffset = uint32_t(start);
  out.payloadValueLen = uint32_t(r.pos() - start);
  return true;
}

bool decodeEvent(MsgpackReader& r, PayloadMode mode, DecodedFrame& out, std::string& err) {
  static const char* const f[] = {"header", "payload", "hash_chain"};
  StructDecoder d(r, f, 3);
  std::string inner;
  if (!d.run([&](int i, MsgpackReader& rd) -> bool {
        switch (i) {
          case 0: return decodeHeader(rd, out.header, inner);
          case 1: return readPayload(rd, mode, out, inner);
          case 2: return decodeHashChain(rd, out.hashChain, inner);
        }
        return false;
      }, err)) {
    err = inner.empty() ? "event: " + err : inner;
    return false;
  }
  if (!d.allRequiredSeen(0b011)) { err = "event: missing field " + d.firstMissing(0b011); return false; }
  return true;
}

}  // namespace

bool decodeFrameBodyGeneral(const uint8_t* body, size_t len, PayloadMode mode, DecodedFrame& out,
                            FrameDecodeError& err) {
  out = DecodedFrame{};
  MsgpackReader r(body, len);
  static const char* const f[] = {"event", "entity", "scope"};
  StructDecoder d(r, f, 3);
  std::string inner, outer;
  const bool ok = d.run([&](int i, MsgpackReader& rd) -> bool {
        switch (i) {
          case 0: return decodeEvent(rd, mode, out, inner);
          case 1: return rd.readStr(out.entity);
          case 2: return rd.readStr(out.scope);
        }
        return false;
      }, outer);
  if (!ok || !d.allRequiredSeen(0b111)) {
    err.offset = r.pos();
    err.message = !inner.empty() ? inner : !ok ? outer : "missing field " + d.firstMissing(0b111);
    return false;
  }
  return true;
}

bool decodeFrameBody(const uint8_t* body, size_t len, PayloadMode mode, DecodedFrame& out,
                     FrameDecodeError& err) {
  return decodeCanonicalFrameBody(body, len, mode, out) || decodeFrameBodyGeneral(body, len, mode, out, err);
}

bool decodeFrameBodyWithPayload(const uint8_t* body, size_t len, DecodedFrame& out, FrameDecodeError& err,
                                std::vector<uint8_t>& payload) {
  if (decodeCanonicalFrameBody(body, len, PayloadMode::Any, out, &payload)) return true;
  if (!decodeFrameBodyGeneral(body, len, PayloadMode::Any, out, err)) return false;
  payloadBytesInto(body, out, payload);
  return true;
}

bool sameDecodedFields(const DecodedFrame& a, const DecodedFrame& b) {
  const EventHeader &x = a.header, &y = b.header;
  const bool header = x.eventId == y.eventId && x.correlationId == y.correlationId && x.causationId == y.causationId &&
                      x.timestampUs == y.timestampUs && x.position.wallMs == y.position.wallMs &&
                      x.position.counter == y.position.counter && x.position.depth == y.position.depth &&
                      x.position.lane == y.position.lane && x.position.sequence == y.position.sequence &&
                      x.payloadSize == y.payloadSize && x.eventKind == y.eventKind && x.flags == y.flags &&
                      x.contentHash == y.contentHash;
  const bool chain = a.hashChain.has_value() == b.hashChain.has_value() &&
                     (!a.hashChain || (a.hashChain->prevHash == b.hashChain->prevHash &&
                                       a.hashChain->eventHash == b.hashChain->eventHash));
  return header && chain && a.entity == b.entity && a.scope == b.scope && a.payloadForm == b.payloadForm &&
         a.payloadValueOffset == b.payloadValueOffset && a.payloadValueLen == b.payloadValueLen;
}

bool hasCanonicalIdLayout(const uint8_t* body, size_t len) {
  static const uint8_t head[] = {0x83, 0xa5, 'e', 'v', 'e', 'n', 't', 0x83, 0xa6, 'h', 'e', 'a', 'd', 'e',
                                 'r', 0x89, 0xa8, 'e', 'v', 'e', 'n', 't', '_', 'i', 'd', 0xc4, 0x10};
  static const uint8_t corr[] = {0xae, 'c', 'o', 'r', 'r', 'e', 'l', 'a', 't', 'i', 'o', 'n', '_', 'i', 'd', 0xc4, 0x10};
  static const uint8_t caus[] = {0xac, 'c', 'a', 'u', 's', 'a', 't', 'i', 'o', 'n', '_', 'i', 'd'};
  static_assert(sizeof head == 27 && sizeof corr == 17 && sizeof caus == 13);
  if (len < 91 + 16) return false;
  return std::memcmp(body, head, 27) == 0 && std::memcmp(body + 43, corr, 17) == 0 &&
         std::memcmp(body + 76, caus, 13) == 0 && (body[89] == 0xc0 || (body[89] == 0xc4 && body[90] == 0x10));
}

std::vector<uint8_t> payloadBytes(const uint8_t* body, const DecodedFrame& frame) {
  std::vector<uint8_t> out;
  payloadBytesInto(body, frame, out);
  return out;
}

uint64_t payloadByteCount(const uint8_t* body, const DecodedFrame& frame) {
  MsgpackReader r(body + frame.payloadValueOffset, frame.payloadValueLen);
  switch (frame.payloadForm) {
    case PayloadForm::ByteArray: {
      // The decoder accepted every element as a u8 already: the count is the length.
      uint32_t n = 0;
      return r.readArrayHeader(n) && n <= r.remaining() ? n : payloadBytes(body, frame).size();
    }
    case PayloadForm::Bin: {
      const uint8_t* p; uint32_t n;
      return r.readBin(p, n) ? n : 0;
    }
    case PayloadForm::Native: return frame.payloadValueLen;
    case PayloadForm::Skipped: return 0;
  }
  return 0;
}

void payloadBytesInto(const uint8_t* body, const DecodedFrame& frame, std::vector<uint8_t>& out) {
  MsgpackReader r(body + frame.payloadValueOffset, frame.payloadValueLen);
  out.clear();
  switch (frame.payloadForm) {
    case PayloadForm::ByteArray: {
      uint32_t n = 0;
      {
        // Most payloads are arrays of u8 (rmp-serde's Vec<u8>): read them in one tight loop.
        MsgpackReader peek = r;
        if (!peek.readArrayHeader(n) || n > peek.remaining()) return;
        out.resize(n);
        MsgpackReader fast = r;
        if (fast.readByteArrayFixed(out.data(), n)) return;
        out.clear();
      }
      if (!r.readArrayHeader(n)) return;
      out.reserve(std::min<size_t>(n, r.remaining()));
      for (uint32_t i = 0; i < n; ++i) {
        uint64_t v = 0;
        if (!r.readUInt(v)) break;
        out.push_back(uint8_t(v));
      }
      return;
    }
    case PayloadForm::Bin: {
      const uint8_t* p; uint32_t n;
      if (r.readBin(p, n)) out.assign(p, p + n);
      return;
    }
    case PayloadForm::Native:
      out.assign(body + frame.payloadValueOffset, body + frame.payloadValueOffset + frame.payloadValueLen);
      return;
    case PayloadForm::Skipped:
      return;
  }
}

}  // namespace batscope
