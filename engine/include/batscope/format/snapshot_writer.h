// The cold-start snapshots as batpak 0.5.0 writes them: the routing summary (FORMAT.md
// §8.4) they share, index.fbati (§9) and index.ckpt (§8), byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/codec/msgpack_writer.h"
#include "batscope/format/event_frame.h"
#include "batscope/format/snapshot.h"

namespace batscope {

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

// One entry as both snapshots store it (entityId / scopeId are written as given: indices
// into `interner`), plus the entry's strings.
struct SnapshotEntryInput : LoadedSnapshot::CheckpointEntry {
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

}  // namespace batscope
