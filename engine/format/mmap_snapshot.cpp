// index.fbati (FORMAT.md §9):
//   0  "FBATIX"  6  version u16 LE (1|2)  8  crc32 LE of [12, EOF)
//   12 watermark_segment_id u64  20 watermark_offset u64  28 stored_allocator u64
//   36 interner_count u32  40 entry_count u64  48 interner_bytes_len u64
//   56 summary_bytes_len u64 (v2 only)  → interner (msgpack [str], [0] = "")
//   → summary (v2: msgpack {"routing": RoutingSummary}) → entry_count × 162-byte LE entries
// Entry: event_id u128 @0, entity_idx u32 @16, scope_idx u32 @20, kind u16 @24,
//   wall_ms u64 @26, clock u32 @34, prev_hash @38, event_hash @70, segment_id u64 @102,
//   frame_offset u64 @110, frame_length u32 @118, global_sequence u64 @122,
//   correlation_id u128 @130, causation_id u128 @146 (0 = None).
#include "batscope/base/bytes.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/format/segment.h"
#include "batscope/format/snapshot.h"
#include "snapshot_common.h"
#include "batscope/codec/struct_decoder.h"

namespace batscope {

namespace {

// clamp(ceil(n / 65536), 1, 32) equal chunks, the first n % count one longer.
std::vector<std::pair<uint64_t, uint64_t>> recommendedChunks(uint64_t n) {
  uint64_t count = (n + 65535) / 65536;
  count = std::max<uint64_t>(1, std::min<uint64_t>(32, count));
  std::vector<std::pair<uint64_t, uint64_t>> out;
  const uint64_t base = n / count, rem = n % count;
  uint64_t start = 0;
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t len = base + (i < rem ? 1 : 0);
    if (len == 0) continue;
    out.emplace_back(start, len);
    start += len;
  }
  return out;
}

}  // namespace

SnapshotLoad loadMmapSnapshot(FileSystem& fs, const std::string& dir, Executor* executor) {
  const std::string path = joinPath(dir, kMmapIndexFileName);
  SnapshotFile opened = openSnapshotFile(fs, path, "no mmap index", "failed to open mmap index: ");
  if (opened.rejected) return std::move(*opened.rejected);
  const auto file = opened.file;
  const uint8_t* d = file->data();
  const uint64_t size = file->size();

  if (size < 12) return reject(path, 0, "mmap index shorter than its 12-byte prefix");
  if (std::memcmp(d, "FBATIX", 6) != 0) return reject(path, 0, "mmap index magic mismatch");
  const uint16_t version = loadLE16(d + 6);
  if (version != 1 && version != 2)
    return reject(path, 6, "unsupported mmap index version " + std::to_string(version));
  const uint64_t headerLen = version == 1 ? 56 : 64;
  if (size < headerLen) return reject(path, 12, "mmap index header truncated");
  const uint32_t storedCrc = loadLE32(d + 8);

  auto snap = std::make_shared<LoadedSnapshot>();
  snap->kind = LoadedSnapshot::Kind::Mmap;
  snap->version = version;
  snap->file = file;
  snap->watermarkSegmentId = loadLE64(d + 12);
  snap->watermarkOffset = loadLE64(d + 20);
  snap->storedAllocator = loadLE64(d + 28);
  const uint32_t internerCount = loadLE32(d + 36);
  const uint64_t entryCount = loadLE64(d + 40);
  const uint64_t internerLen = loadLE64(d + 48);
  const uint64_t summaryLen = version == 1 ? 0 : loadLE64(d + 56);

  // file_len == header + interner + summary + 162 × entries, every step overflow-checked.
  unsigned __int128 expected = headerLen;
  expected += internerLen;
  expected += summaryLen;
  expected += (unsigned __int128)entryCount * kFbatiEntryBytes;
  if (expected != size)
    return reject(path, 40, "mmap index length " + std::to_string(size) +
                                " does not match its header (interner, summary and " +
                                std::to_string(entryCount) + " entries)");

  const std::string wmPath = watermarkSegmentPath(dir, snap->watermarkSegmentId);
  auto wmSize = fs.fileSize(wmPath);
  if (!wmSize || !fs.exists(wmPath))
    return reject(path, 12, "mmap index watermark segment " + segmentFileName(snap->watermarkSegmentId) + " is missing");
  if (*wmSize < snap->watermarkOffset)
    return reject(path, 20, "mmap index watermark points past the segment tail (" +
                                segmentFileName(snap->watermarkSegmentId) + " has " +
                                std::to_string(*wmSize) + " bytes, watermark offset " +
                                std::to_string(snap->watermarkOffset) + ")");

  const uint32_t actualCrc = crc32Parallel(d + 12, size - 12, executor);
  if (actualCrc != storedCrc) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "mmap index CRC mismatch (stored 0x%08x, computed 0x%08x)", storedCrc, actualCrc);
    return reject(path, 8, buf);
  }

  std::string err;
  {
    MsgpackReader r(d + headerLen, internerLen);
    if (!decodeStringArray(r, snap->interner, err))
      return reject(path, headerLen + r.pos(), "failed to decode mmap index interner snapshot: " + err);
  }
  if (snap->interner.size() != internerCount)
    return reject(path, 36, "mmap index interner count does not match header (" +
                                std::to_string(internerCount) + " vs " + std::to_string(snap->interner.size()) + ")");
  if (version == 2) {
    MsgpackReader r(d + headerLen + internerLen, summaryLen);
    static const char* const f[] = {"routing"};
    StructDecoder dec(r, f, 1);
    std::string inner;
    const bool ok = dec.run([&](int, MsgpackReader& rd) { return decodeRoutingSummary(rd, snap->chunks, inner); }, err);
    if (!ok || !dec.allRequiredSeen(1))
      return reject(path, headerLen + internerLen + r.pos(),
                    "failed to decode mmap index summary section: " + (inner.empty() ? (ok ? "missing field `routing`" : err) : inner));
  }

  // Entries are taken chunk by chunk, as batpak slices them (FORMAT.md §8.4, gotcha 17).
  std::vector<std::pair<uint64_t, uint64_t>> ranges;
  if (snap->chunks.empty()) ranges = recommendedChunks(entryCount);
  else
    for (const RoutingChunk& c : snap->chunks) ranges.emplace_back(c.start, c.len);
  const uint64_t entriesOffset = headerLen + internerLen + summaryLen;
  for (const auto& [start, len] : ranges) {
    if (start > entryCount || len > entryCount - start) {
      SnapshotLoad out = reject(path, std::nullopt,
                                "routing chunk [" + std::to_string(start) + ", +" + std::to_string(len) +
                                    ") lies beyond the " + std::to_string(entryCount) +
                                    " entries: batpak 0.5.0 panics on this file (unchecked slice)");
      out.rejection.wouldPanic = true;
      return out;
    }
    for (uint64_t i = start; i < start + len; ++i) {
      const uint64_t at = entriesOffset + i * kFbatiEntryBytes;
      const uint32_t e = loadLE32(d + at + 16), s = loadLE32(d + at + 20);
      if (e >= snap->interner.size() || s >= snap->interner.size())
        return reject(path, at, "mmap index entity_idx/scope_idx is out of range");
      if (!isValidCoordinate(snap->interner[e], snap->interner[s]))
        return reject(path, at, "mmap index entry has an invalid coordinate (empty or over 1024 bytes)");
      snap->fbatiEntryOffsets.push_back(at);
    }
  }
  SnapshotLoad out;
  out.snapshot = std::move(snap);
  return out;
}

EntryPlace LoadedSnapshot::place(size_t i) const {
  if (kind == Kind::Mmap) {
    const uint8_t* e = file->data() + fbatiEntryOffsets[i];
    return EntryPlace{Id128::fromLittleEndian(e), loadLE64(e + 102), loadLE64(e + 110), loadLE64(e + 122)};
  }
  const PackedCheckpointEntry& c = checkpointEntries[i];
  const Id128 id = c.identity == PackedCheckpointEntry::kInFile
                       ? Id128::fromBigEndian(file->data() + c.fileOffset + kCheckpointEntryEventId)
                       : checkpointIdentities[c.identity].eventId;
  return EntryPlace{id, c.segmentId, c.offset, c.globalSequence};
}

void LoadedSnapshot::prefetchPlace(size_t i) const {
  if (i >= entryCount()) return;
  if (kind == Kind::Mmap) {
    const uint8_t* e = file->data() + fbatiEntryOffsets[i];
    __builtin_prefetch(e);
    __builtin_prefetch(e + 127);  // the record's last field read
    return;
  }
  const PackedCheckpointEntry& c = checkpointEntries[i];
  if (c.identity == PackedCheckpointEntry::kInFile) __builtin_prefetch(file->data() + c.fileOffset + kCheckpointEntryEventId);
}

LoadedSnapshot::CheckpointEntry LoadedSnapshot::checkpointEntry(size_t i) const {
  const PackedCheckpointEntry& p = checkpointEntries[i];
  CheckpointEntry c;
  if (p.identity == PackedCheckpointEntry::kInFile) {
    // Decoded when it was loaded, so it decodes again (the file is still mapped).
    decodeCanonicalCheckpointEntry(file->data() + p.fileOffset, file->size() - p.fileOffset, c);
  } else {
    const CheckpointIdentity& id = checkpointIdentities[p.identity];
    c.eventId = id.eventId;
    c.correlationId = id.correlationId;
    c.causationId = id.causationId;
    c.chain = id.chain;
  }
  c.entityId = p.entityId;
  c.scopeId = p.scopeId;
  c.kind = p.kind;
  c.wallMs = p.wallMs;
  c.clock = p.clock;
  c.segmentId = p.segmentId;
  c.offset = p.offset;
  c.length = p.length;
  c.globalSequence = p.globalSequence;
  c.fileOffset = p.fileOffset;
  c.canonical = p.canonical;
  return c;
}

EntryRecord LoadedSnapshot::entry(size_t i) const {
  EntryRecord rec;
  if (kind == Kind::Mmap) {
    const uint64_t at = fbatiEntryOffsets[i];
    const uint8_t* e = file->data() + at;
    rec.eventId = Id128::fromLittleEndian(e);
    rec.entity = interner[loadLE32(e + 16)];
    rec.scope = interner[loadLE32(e + 20)];
    rec.kind = kindFromBinaryArtifact(loadLE16(e + 24));
    rec.wallMs = loadLE64(e + 26);
    rec.clock = loadLE32(e + 34);
    std::memcpy(rec.chain.prevHash.data(), e + 38, 32);
    std::memcpy(rec.chain.eventHash.data(), e + 70, 32);
    rec.segmentId = loadLE64(e + 102);
    rec.offset = loadLE64(e + 110);
    rec.length = loadLE32(e + 118);
    rec.globalSequence = loadLE64(e + 122);
    rec.correlationId = Id128::fromLittleEndian(e + 130);
    const Id128 causation = Id128::fromLittleEndian(e + 146);
    if (!causation.isZero()) rec.causationId = causation;
    rec.origin = EntryOrigin::MmapSnapshot;
    rec.identity = IdentityRef{IdentityLayout::FbatiEntry, 0, at};
    return rec;
  }
  const CheckpointEntry c = checkpointEntry(i);
  rec.eventId = c.eventId;
  rec.correlationId = c.correlationId;
  rec.causationId = c.causationId;
  rec.entity = interner[c.entityId];
  rec.scope = interner[c.scopeId];
  rec.kind = c.kind;
  rec.wallMs = c.wallMs;
  rec.clock = c.clock;
  rec.chain = c.chain;
  rec.segmentId = c.segmentId;
  rec.offset = c.offset;
  rec.length = c.length;
  rec.globalSequence = c.globalSequence;
  rec.origin = EntryOrigin::Checkpoint;
  return rec;
}

}  // namespace batscope
