// Frames as batpak 0.5.0 writes them (FORMAT.md §2.3, §3, §5.1): the FramePayload body,
// the [len][crc][body] envelope and the batch markers, byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/format/event_frame.h"
#include "batscope/format/segment.h"

namespace batscope {

// The msgpack FramePayload {event: {header, payload, hash_chain}, entity, scope} (§3).
// `payload` is P, the user payload's own msgpack, written as an array of uints (the Vec<u8>
// rule). header.payloadSize is written as given (batpak: len(P); BEGIN marker: the item
// count; COMMIT marker: 0). `chain` nil for batch markers.
std::vector<uint8_t> encodeFrameBody(const EventHeader& header, const std::optional<HashChain>& chain,
                                     const uint8_t* payload, size_t payloadLen,
                                     std::string_view entity, std::string_view scope);
// [len u32 BE][crc32 u32 BE of the body][body]. Throws std::length_error if the body does
// not fit a u32 (batpak: "frame exceeds 4GB").
std::vector<uint8_t> encodeFrame(const EventHeader& header, const std::optional<HashChain>& chain,
                                 const uint8_t* payload, size_t payloadLen,
                                 std::string_view entity, std::string_view scope);

// Writes the CRC of frame[8, frameLen) into frame[4, 8) (big-endian): a frame whose body was
// changed in place (a tampered copy in the tests and the benchmark) reads as whole again.
void resealFrame(uint8_t* frame, size_t frameLen);

// Batch envelope markers (§5.1): entity "_batch", scope "_system", event_id = correlation_id
// = batch id (u64 zero-extended), no causation, position {nowUs/1000, 0, 0, 0, 0},
// payload_size = itemCount (BEGIN) or 0 (COMMIT), flags 0, zero content hash, empty payload,
// nil hash chain. `nowUs` is the marker's own timestamp_us.
inline constexpr std::string_view kBatchMarkerEntity = "_batch";
inline constexpr std::string_view kBatchMarkerScope = "_system";
EventHeader batchMarkerHeader(uint16_t kind, uint64_t batchId, int64_t nowUs, uint32_t payloadSize);

}  // namespace batscope
