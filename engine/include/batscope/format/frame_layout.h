// Where each field of one frame sits in its bytes (FORMAT.md §2.3 envelope, §3 body): the
// byte spans a hex view highlights for "event.header.event_id" and friends. Only describes
// bytes; decoding values is event_frame.h's job.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace batscope {

struct DecodedFrame;

struct FrameField {
  // Dotted batpak field path: "len", "crc32", "event", "event.header",
  // "event.header.position.wall_ms", "event.payload", "event.hash_chain.prev_hash", "entity",
  // "scope". An unknown map key of a known struct appears under its own text
  // ("event.header.x_extra"); a non-string key as "#<entry index>".
  std::string path;
  // All offsets are from the first byte of the frame (the first byte of `len`).
  uint64_t offset = 0;       // start of the whole field: its key, or its value if it has no key
  uint64_t length = 0;       // key + value (just the value for len, crc32 and positional fields)
  uint64_t keyOffset = 0;    // == valueOffset when the field has no key
  uint64_t valueOffset = 0;
  uint64_t valueLength = 0;

  bool hasKey() const { return keyOffset != valueOffset; }
  bool contains(uint64_t frameOffset) const { return frameOffset >= offset && frameOffset - offset < length; }
};

// The spans of every field of the frame at frame[0, frameLen), in byte order; a container
// ("event", "event.header", "event.header.position", "event.hash_chain") comes before its
// fields. The body is taken as frame[8, 8 + min(len, frameLen - 8)): the CRC is not checked,
// keys may come in any order, unknown keys are listed and skipped, structs may be positional
// arrays (rmp-serde's lenient reading, FORMAT.md §3.1). Only the four structs above are
// descended into; the payload and every other value is one span.
// Never reads outside frame[0, frameLen) and recurses a bounded depth. On truncated or
// malformed bytes it returns the fields recognised before the damage: every listed span is a
// complete value inside the frame (a container cut short is left out, its complete fields
// stay in).
std::vector<FrameField> frameFieldSpans(const uint8_t* frame, size_t frameLen);

// The narrowest field containing `frameOffset`, or nullptr.
const FrameField* fieldAt(const std::vector<FrameField>& fields, uint64_t frameOffset);
// The field with this path (the first, if a broken frame repeats a key), or nullptr.
const FrameField* findField(const std::vector<FrameField>& fields, const std::string& path);

// Where bytes [pOffset, pOffset + pLength) of the payload P sit in the frame. P is stored as
// "event.payload": a msgpack array with one uint per byte (1 or 2 bytes each, FORMAT.md §3.4)
// or a bin. Returns {frame offset, length} covering those elements, or nothing when the
// payload field is missing, malformed or shorter than the range.
struct FrameSpan {
  uint64_t offset = 0, length = 0;
};
std::optional<FrameSpan> payloadBytesInFrame(const uint8_t* frame, const std::vector<FrameField>& fields,
                                             uint64_t pOffset, uint64_t pLength);
// The frame offset of the first byte of P the frame stores in a single byte (a fixint element,
// or a byte of a bin): flipping its lowest bit changes the payload but not the frame's length
// (how the tests and the benchmark tamper with a copy). Nothing when there is none.
std::optional<uint64_t> oneBytePayloadByte(const uint8_t* frame, size_t frameLen);

// When a body does not decode as a whole (a damaged payload, say), decodes each header,
// hash-chain and coordinate field from its own span into `out`, so the intact ones can
// still be shown. Returns the paths of the fields decoded.
std::vector<std::string> decodeFieldsOneByOne(const uint8_t* frame, const std::vector<FrameField>& fields,
                                              DecodedFrame& out);

}  // namespace batscope
