// The frame body: MessagePack `FramePayload { event: { header, payload, hash_chain },
// entity, scope }` (FORMAT.md §3). Decoding is as lenient as batpak's serde/rmp-serde
// (maps in any key order or positional arrays, any integer width, bins for byte arrays);
// encoding (event_frame_writer.h) produces batpak's exact bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/base/bytes.h"

namespace batscope {

// Storage-level kinds (FORMAT.md §3.6).
inline constexpr uint16_t kKindData = 0x1000;
inline constexpr uint16_t kKindBatchBegin = 0x0006;
inline constexpr uint16_t kKindBatchCommit = 0x0007;
inline constexpr uint16_t kKindTombstone = 0x0FFE;
inline constexpr size_t kMaxCoordinateBytes = 1024;

inline bool isBatchMarkerKind(uint16_t k) { return k == kKindBatchBegin || k == kKindBatchCommit; }
// SIDX / index.fbati store kinds lossily (src/store/sidx.rs raw_to_kind).
uint16_t kindFromBinaryArtifact(uint16_t raw);
// "SYSTEM_INIT", "DATA", "EFFECT_ERROR", … or "" for custom kinds.
const char* systemKindName(uint16_t raw);

inline bool isValidCoordinate(std::string_view entity, std::string_view scope) {
  return !entity.empty() && !scope.empty() && entity.size() <= kMaxCoordinateBytes &&
         scope.size() <= kMaxCoordinateBytes;
}

struct DagPosition {
  uint64_t wallMs = 0;
  uint16_t counter = 0;
  uint32_t depth = 0;
  uint32_t lane = 0;
  uint32_t sequence = 0;  // the per-entity clock
};

struct EventHeader {
  Id128 eventId;
  Id128 correlationId;
  std::optional<Id128> causationId;
  int64_t timestampUs = 0;
  DagPosition position;
  uint32_t payloadSize = 0;
  uint16_t eventKind = 0;
  uint8_t flags = 0;
  Hash32 contentHash{};
};

struct HashChain {
  Hash32 prevHash{};
  Hash32 eventHash{};
};

// How the frame holds the payload P.
enum class PayloadForm : uint8_t {
  ByteArray,  // msgpack array of uints: what batpak writes
  Bin,        // msgpack bin: accepted by rmp-serde 1.3 readers
  Native,     // any other value: Retention/Tombstone compaction output (gotcha 14)
  Skipped,    // not examined (index scan)
};

enum class PayloadMode {
  Skip,   // batpak's index scan: the payload value is ignored (any value is accepted)
  Bytes,  // batpak's get: the payload must be a byte sequence (array of u8 or bin)
  Any,    // Batscope's true view: byte sequence, or a native value whose bytes are P
};

struct DecodedFrame {
  EventHeader header;
  std::optional<HashChain> hashChain;
  std::string_view entity;  // points into the body
  std::string_view scope;
  PayloadForm payloadForm = PayloadForm::Skipped;
  uint32_t payloadValueOffset = 0;  // span of the payload value inside the body
  uint32_t payloadValueLen = 0;
  // Where the hash_chain value starts inside the body, where the canonical decoder read the
  // frame (0 otherwise): decodeCanonicalHashChain reads the hashes there again without
  // decoding the rest.
  uint32_t hashChainValueOffset = 0;
};

struct FrameDecodeError {
  uint64_t offset = 0;  // inside the body
  std::string message;
};

// Decodes one frame body. Never reads outside [body, body+len).
bool decodeFrameBody(const uint8_t* body, size_t len, PayloadMode mode, DecodedFrame& out,
                     FrameDecodeError& err);
// The same (PayloadMode::Any), also giving the payload bytes P (payloadBytesInto's) in
// `payload`: a canonical body's payload is unpacked by the scan that finds where it ends,
// instead of a second scan afterwards. Where the decode fails, `payload` holds nothing useful.
bool decodeFrameBodyWithPayload(const uint8_t* body, size_t len, DecodedFrame& out, FrameDecodeError& err,
                                std::vector<uint8_t>& payload);

// Whether two decodes hold the same fields (header, hash chain, coordinates, payload span):
// how the tests and the fuzzer compare the fast path with the general decoder.
bool sameDecodedFields(const DecodedFrame& a, const DecodedFrame& b);

// The two halves of decodeFrameBody, apart for tests and the fuzzer. The canonical decoder
// (canonical_frame.cpp) reads batpak's own key order and encodings only and returns false,
// with nothing decided, on anything else; the general one reads whatever serde would.
// With `payload` (and a mode other than Skip), the canonical decoder also unpacks P into it.
bool decodeCanonicalFrameBody(const uint8_t* body, size_t len, PayloadMode mode, DecodedFrame& out,
                              std::vector<uint8_t>* payload = nullptr);
bool decodeFrameBodyGeneral(const uint8_t* body, size_t len, PayloadMode mode, DecodedFrame& out,
                            FrameDecodeError& err);
// A canonical hash_chain value (a map of prev_hash and event_hash, both present) at the start
// of [data, data+len); false for anything else, nil included.
bool decodeCanonicalHashChain(const uint8_t* data, size_t len, HashChain& out);

// True when the body has batpak's canonical layout up to causation_id, so the event,
// correlation and causation ids sit at fixed offsets (27, 60, 89/91) inside the body.
bool hasCanonicalIdLayout(const uint8_t* body, size_t len);

// The payload bytes P of a decoded frame (empty for Skipped).
std::vector<uint8_t> payloadBytes(const uint8_t* body, const DecodedFrame& frame);
// The same into `out`, whose capacity is reused (a walk over every frame allocates once).
void payloadBytesInto(const uint8_t* body, const DecodedFrame& frame, std::vector<uint8_t>& out);
// How many bytes payloadBytes would give, without producing them.
uint64_t payloadByteCount(const uint8_t* body, const DecodedFrame& frame);

}  // namespace batscope
