// batpak 0.5.0's snapshot writers re-expressed: the routing summary (src/store/index.rs),
// index.fbati (src/store/mmap_index.rs) and index.ckpt (src/store/checkpoint.rs).
#include "batscope/format/snapshot_writer.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "batscope/base/byte_writer.h"

namespace batscope {

uint64_t recommendedRestoreChunkCount(uint64_t entryCount) {
  const uint64_t chunks = entryCount / 65536 + (entryCount % 65536 ? 1 : 0);
  return std::clamp<uint64_t>(chunks, 1, 32);
}

RoutingSummary buildRoutingSummary(const std::vector<RoutingKey>& bySequence, uint64_t chunkCount) {
  RoutingSummary out;
  const uint64_t n = bySequence.size();

  // entity_runs over the list stably re-sorted by (entity, wall_ms, clock, event_id).
  std::vector<size_t> byEntity(n);
  for (size_t i = 0; i < n; ++i) byEntity[i] = i;
  std::stable_sort(byEntity.begin(), byEntity.end(), [&](size_t a, size_t b) {
    const RoutingKey& l = bySequence[a];
    const RoutingKey& r = bySequence[b];
    if (const int c = l.entity.compare(r.entity); c != 0) return c < 0;  // bytewise (char_traits<char>)
    if (l.wallMs != r.wallMs) return l.wallMs < r.wallMs;
    if (l.clock != r.clock) return l.clock < r.clock;
    return l.eventId < r.eventId;  // u128 order = big-endian byte order
  });
  for (uint64_t cursor = 0; cursor < n;) {
    const std::string_view entity = bySequence[byEntity[cursor]].entity;
    const uint64_t start = cursor;
    while (cursor < n && bySequence[byEntity[cursor]].entity == entity) ++cursor;
    out.entityRuns.push_back(RoutingEntityRun{std::string(entity), start, cursor - start,
                                              bySequence[byEntity[start]].globalSequence,
                                              bySequence[byEntity[cursor - 1]].globalSequence});
  }

  // chunks: max(chunkCount, 1) equal slices, the first n % count one longer, empty dropped.
  const uint64_t count = std::max<uint64_t>(chunkCount, 1);
  if (n > 0) {
    const uint64_t base = n / count, remainder = n % count;
    uint64_t start = 0;
    for (uint64_t i = 0; i < count; ++i) {
      const uint64_t len = base + (i < remainder ? 1 : 0);
      if (len == 0) continue;
      out.chunks.push_back(RoutingChunk{start, len, bySequence[start].globalSequence,
                                        bySequence[start + len - 1].globalSequence});
      start += len;
    }
  }
  out.entryCount = n;
  out.chunkCount = out.chunks.size();
  return out;
}

void writeRoutingSummary(MsgpackWriter& w, const RoutingSummary& routing) {
  w.mapHeader(4);
  w.str("entry_count");
  w.uint(routing.entryCount);
  w.str("chunk_count");
  w.uint(routing.chunkCount);
  w.str("chunks");
  w.arrayHeader(routing.chunks.size());
  for (const RoutingChunk& c : routing.chunks) {
    w.mapHeader(4);
    w.str("start");
    w.uint(c.start);
    w.str("len");
    w.uint(c.len);
    w.str("first_sequence");
    w.uint(c.firstSequence);
    w.str("last_sequence");
    w.uint(c.lastSequence);
  }
  w.str("entity_runs");
  w.arrayHeader(routing.entityRuns.size());
  for (const RoutingEntityRun& r : routing.entityRuns) {
    w.mapHeader(5);
    w.str("entity");
    w.str(r.entity);
    w.str("start");
    w.uint(r.start);
    w.str("len");
    w.uint(r.len);
    w.str("first_sequence");
    w.uint(r.firstSequence);
    w.str("last_sequence");
    w.uint(r.lastSequence);
  }
}

// ── index.fbati / index.ckpt ─────────────────────────────────────────────────

namespace {

// batpak: entries.sort_by_key(|e| e.global_sequence) — a stable sort.
std::vector<const SnapshotEntryInput*> sortedEntries(const SnapshotContent& c) {
  std::vector<const SnapshotEntryInput*> out;
  out.reserve(c.entries.size());
  for (const SnapshotEntryInput& e : c.entries) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(), [](const SnapshotEntryInput* a, const SnapshotEntryInput* b) {
    return a->globalSequence < b->globalSequence;
  });
  return out;
}

std::string_view routingEntity(const SnapshotContent& c, const SnapshotEntryInput& e) {
  if (!e.entity.empty() || e.entityId >= c.interner.size()) return e.entity;
  return c.interner[e.entityId];
}

RoutingSummary routingFor(const SnapshotContent& c, const std::vector<const SnapshotEntryInput*>& sorted) {
  std::vector<RoutingKey> keys;
  keys.reserve(sorted.size());
  for (const SnapshotEntryInput* e : sorted)
    keys.push_back(RoutingKey{routingEntity(c, *e), e->wallMs, e->clock, e->eventId, e->globalSequence});
  return buildRoutingSummary(keys);
}

void writeStringArray(MsgpackWriter& w, const std::vector<std::string>& strings) {
  w.arrayHeader(strings.size());
  for (const std::string& s : strings) w.str(s);
}

}  // namespace

RoutingSummary routingSummaryFor(const SnapshotContent& content) {
  return routingFor(content, sortedEntries(content));
}

std::vector<uint8_t> encodeMmapIndex(const SnapshotContent& c) {
  const auto sorted = sortedEntries(c);
  std::vector<uint8_t> interner, summary;
  {
    MsgpackWriter w(interner);
    writeStringArray(w, c.interner);
  }
  {
    MsgpackWriter w(summary);  // MmapSummaryDataV2 { routing }
    w.mapHeader(1);
    w.str("routing");
    writeRoutingSummary(w, routingFor(c, sorted));
  }

  std::vector<uint8_t> out;
  out.reserve(64 + interner.size() + summary.size() + sorted.size() * kFbatiEntryBytes);
  putMagic(out, "FBATIX", 6);
  putLE(out, 2, 2);  // version
  putLE(out, 0, 4);  // CRC, patched below
  putLE(out, c.watermarkSegmentId, 8);
  putLE(out, c.watermarkOffset, 8);
  putLE(out, c.allocator, 8);
  putLE(out, checkedU32(c.interner.size(), "interner snapshot"), 4);
  putLE(out, sorted.size(), 8);
  putLE(out, interner.size(), 8);
  putLE(out, summary.size(), 8);
  out.insert(out.end(), interner.begin(), interner.end());
  out.insert(out.end(), summary.begin(), summary.end());
  for (const SnapshotEntryInput* e : sorted) {
    putIdLE(out, e->eventId);
    putLE(out, e->entityId, 4);
    putLE(out, e->scopeId, 4);
    putLE(out, e->kind, 2);
    putLE(out, e->wallMs, 8);
    putLE(out, e->clock, 4);
    putHash(out, e->chain.prevHash);
    putHash(out, e->chain.eventHash);
    putLE(out, e->segmentId, 8);
    putLE(out, e->offset, 8);
    putLE(out, e->length, 4);
    putLE(out, e->globalSequence, 8);
    putIdLE(out, e->correlationId);
    putIdLE(out, e->causationId.value_or(Id128{}));
  }
  patchLE32(out, 8, crc32(out.data() + 12, out.size() - 12));
  return out;
}

std::vector<uint8_t> encodeCheckpoint(const SnapshotContent& c) {
  const auto sorted = sortedEntries(c);
  std::vector<uint8_t> out;
  out.reserve(12 + 64 * c.interner.size() + 400 * sorted.size());
  putMagic(out, "FBATCK", 6);
  putLE(out, 3, 2);  // version
  putLE(out, 0, 4);  // CRC of the body, patched below

  MsgpackWriter w(out);  // CheckpointDataV3
  w.mapHeader(6);
  w.str("global_sequence");
  w.uint(c.allocator);
  w.str("watermark_segment_id");
  w.uint(c.watermarkSegmentId);
  w.str("watermark_offset");
  w.uint(c.watermarkOffset);
  w.str("interner_strings");
  writeStringArray(w, c.interner);
  w.str("routing");
  writeRoutingSummary(w, routingFor(c, sorted));
  w.str("entries");
  w.arrayHeader(sorted.size());
  for (const SnapshotEntryInput* e : sorted) {
    w.mapHeader(14);
    w.str("event_id");
    w.id128(e->eventId);
    w.str("correlation_id");
    w.id128(e->correlationId);
    w.str("causation_id");
    w.optionalId128(e->causationId);
    w.str("entity_id");
    w.uint(e->entityId);
    w.str("scope_id");
    w.uint(e->scopeId);
    w.str("kind");
    w.uint(e->kind);
    w.str("wall_ms");
    w.uint(e->wallMs);
    w.str("clock");
    w.uint(e->clock);
    w.str("prev_hash");
    w.hash32(e->chain.prevHash);
    w.str("event_hash");
    w.hash32(e->chain.eventHash);
    w.str("segment_id");
    w.uint(e->segmentId);
    w.str("offset");
    w.uint(e->offset);
    w.str("length");
    w.uint(e->length);
    w.str("global_sequence");
    w.uint(e->globalSequence);
  }
  patchLE32(out, 8, crc32(out.data() + 12, out.size() - 12));
  return out;
}

}  // namespace batscope
