// The WRITE side of the batpak 0.5.0 on-disk format: pure functions from decoded values to
// the exact bytes batpak 0.5.0 writes (FORMAT.md §2, §3, §5.1, §6.2, §8, §9). No I/O:
// callers decide where the bytes go (and batpak's atomic temp-file + rename, fsync, 0600).
// Every encoder reproduces real batpak output byte for byte (tests/engine/format_writer_test
// re-encodes every fixture frame, header, footer and artifact).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/bytes.h"
#include "batscope/event_frame.h"
#include "batscope/msgpack_writer.h"
#include "batscope/segment.h"
#include "batscope/snapshot.h"
#include "batscope/visibility_ranges.h"

namespace batscope {

// ── Segments (§2) ────────────────────────────────────────────────────────────

// "FBAT" + u32 BE header_len + msgpack map {version, flags, created_ns, segment_id}
// (49 bytes of msgpack for ids < 128). batpak writes version 1, flags 0.
std::vector<uint8_t> encodeSegmentHeader(const SegmentHeader& header);

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

// Batch envelope markers (§5.1): entity "_batch", scope "_system", event_id = correlation_id
// = batch id (u64 zero-extended), no causation, position {nowUs/1000, 0, 0, 0, 0},
// payload_size = itemCount (BEGIN) or 0 (COMMIT), flags 0, zero content hash, empty payload,
// nil hash chain. `nowUs` is the marker's own timestamp_us.
inline constexpr std::string_view kBatchMarkerEntity = "_batch";
inline constexpr std::string_view kBatchMarkerScope = "_system";
EventHeader batchMarkerHeader(uint16_t kind, uint64_t batchId, int64_t nowUs, uint32_t payloadSize);

// ── SIDX footer (§2.5) ───────────────────────────────────────────────────────

struct SidxEntryInput {
  Id128 eventId;
  std::string entity, scope;
  uint16_t kind = 0;          // raw EventKind (batpak writes kind_to_raw of the live kind)
  uint64_t wallMs = 0;
  uint32_t clock = 0;
  HashChain chain;
  uint64_t frameOffset = 0;
  uint32_t frameLength = 0;   // whole frame: 8 + body
  uint64_t globalSequence = 0;
  Id128 correlationId;
  std::optional<Id128> causationId;  // None is stored as 0
};

// Everything from string_table_offset to EOF: the per-segment string table (msgpack array
// of str; interned in first-use order, an entry's entity before its scope, 0-based, no
// sentinel), the 154-byte LE entries in the given order, and the 16-byte trailer
// [stringTableOffset u64 LE][entry_count u32 LE]["SIDX"]. `stringTableOffset` = the
// segment's length before the footer (8 + header_len + all frames).
std::vector<uint8_t> encodeSidxFooter(uint64_t stringTableOffset, const std::vector<SidxEntryInput>& entries);

// ── RoutingSummary (§8.4), shared by index.ckpt and index.fbati ──────────────

struct RoutingEntityRun {
  std::string entity;
  uint64_t start = 0, len = 0, firstSequence = 0, lastSequence = 0;
};

struct RoutingSummary {
  uint64_t entryCount = 0;
  uint64_t chunkCount = 0;  // = chunks.size()
  std::vector<RoutingChunk> chunks;
  std::vector<RoutingEntityRun> entityRuns;
};

// What the summary needs from one entry.
struct RoutingKey {
  std::string_view entity;
  uint64_t wallMs = 0;
  uint32_t clock = 0;
  Id128 eventId;
  uint64_t globalSequence = 0;
};

// clamp(ceil(n / 65536), 1, 32)  (batpak's recommended_restore_chunk_count).
uint64_t recommendedRestoreChunkCount(uint64_t entryCount);

// batpak's RoutingSummary::from_sorted_entries: `bySequence` is the entry list in the order
// it is written (sorted by global sequence). chunks: max(chunkCount, 1) equal slices of that
// list, the first n % count one longer, empty ones dropped. entity_runs: one run per entity
// over the list stably re-sorted by (entity bytes, wall_ms, clock, event_id).
RoutingSummary buildRoutingSummary(const std::vector<RoutingKey>& bySequence, uint64_t chunkCount);
inline RoutingSummary buildRoutingSummary(const std::vector<RoutingKey>& bySequence) {
  return buildRoutingSummary(bySequence, recommendedRestoreChunkCount(bySequence.size()));
}

// map {entry_count, chunk_count, chunks: [{start, len, first_sequence, last_sequence}],
//      entity_runs: [{entity, start, len, first_sequence, last_sequence}]}
void writeRoutingSummary(MsgpackWriter& w, const RoutingSummary& routing);

// ── Cold-start snapshots: index.fbati (§9) and index.ckpt (§8) ───────────────

// LoadedSnapshot::CheckpointEntry plus the entry's strings.
struct SnapshotEntryInput {
  Id128 eventId, correlationId;
  std::optional<Id128> causationId;
  uint32_t entityId = 0, scopeId = 0;  // written as given: indices into `interner`
  uint16_t kind = 0;                   // raw EventKind
  uint64_t wallMs = 0;
  uint32_t clock = 0;
  HashChain chain;
  uint64_t segmentId = 0, offset = 0;
  uint32_t length = 0;
  uint64_t globalSequence = 0;
  // = interner[entityId] / interner[scopeId]; `entity` feeds the routing summary (when empty,
  // interner[entityId] is used instead).
  std::string entity, scope;
};

struct SnapshotContent {
  uint64_t watermarkSegmentId = 0;  // highest segment id on disk at write time
  uint64_t watermarkOffset = 0;     // that segment's full length (footer included)
  uint64_t allocator = 0;           // next global sequence to hand out
  std::vector<std::string> interner;           // element 0 is the "" sentinel
  std::vector<SnapshotEntryInput> entries;     // any order: stably sorted by global sequence
};

// index.fbati version 2: "FBATIX", u16 LE 2, CRC32 LE of [12, EOF) patched at offset 8,
// LE header, interner (msgpack [str]), summary (msgpack {"routing": RoutingSummary}),
// 162-byte LE entries.
std::vector<uint8_t> encodeMmapIndex(const SnapshotContent& content);
// index.ckpt version 3: "FBATCK", u16 LE 3, CRC32 LE of the body, msgpack CheckpointDataV3
// {global_sequence, watermark_segment_id, watermark_offset, interner_strings, routing, entries}.
std::vector<uint8_t> encodeCheckpoint(const SnapshotContent& content);

// The routing summary encodeMmapIndex / encodeCheckpoint embed for `content`.
RoutingSummary routingSummaryFor(const SnapshotContent& content);

// ── visibility_ranges.fbv (§6.2) ─────────────────────────────────────────────

// "FBATVR", u16 LE 1, CRC32 LE of the body, msgpack {"ranges": [{start, end}, …]} of the
// NORMALIZED ranges (normalizeRanges). When nothing is left after normalizing, batpak
// deletes the file instead of writing one: the result is then empty.
std::vector<uint8_t> encodeVisibilityRanges(const std::vector<SequenceRange>& ranges);

}  // namespace batscope
