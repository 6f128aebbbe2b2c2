// index.ckpt (FORMAT.md §8):
//   0 "FBATCK"  6 version u16 LE (2|3)  8 crc32 LE of [12, EOF)  12 msgpack CheckpointData
// CheckpointData v3 = map { global_sequence, watermark_segment_id, watermark_offset,
//   interner_strings ([str], [0] = ""), routing (RoutingSummary), entries ([CheckpointEntry]) };
//   v2 = the same without routing.
// CheckpointEntry = map { event_id bin16 BE, correlation_id, causation_id (nil|bin16),
//   entity_id, scope_id, kind (raw u16, lossless), wall_ms, clock, prev_hash [32 u8],
//   event_hash, segment_id, offset, length, global_sequence }.
#include <string.h>

#include <algorithm>

#include "batscope/base/bytes.h"
#include "batscope/base/executor.h"
#include "batscope/codec/canonical_cursor.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/format/segment.h"
#include "batscope/format/snapshot.h"
#include "snapshot_common.h"
#include "batscope/codec/struct_decoder.h"

namespace batscope {

namespace {

constexpr uint64_t kCheckpointBodyOffset = 12;  // the msgpack body follows the 12-byte header

// batpak's own entry: a map of the 14 fields in declaration order, ids as bin16, hashes as
// packed u8 arrays, every key a fixstr. Anything else (or damage) leaves `r` where it was
// and returns false for decodeEntry to read serde's way. Without `keepHashes` the hashes are
// passed over, not copied: a canonical entry is kept packed and reads them from the file.
bool decodeCanonicalEntry(MsgpackReader& r, LoadedSnapshot::CheckpointEntry& e, bool keepHashes = true) {
  const size_t start = r.pos();
  CanonicalCursor c(r);
  bool ok = c.byte(0x8e) && c.key("event_id") && c.id(e.eventId) && c.key("correlation_id") &&
            c.id(e.correlationId) && c.key("causation_id");
  if (ok && c.byte(0xc0)) {
    e.causationId.reset();
  } else if (ok) {
    Id128 causation;
    ok = c.id(causation);
    e.causationId = causation;
  }
  constexpr uint64_t kAny = ~uint64_t(0);
  ok = ok && c.key("entity_id") && c.uint(e.entityId, 0xffffffffu) && c.key("scope_id") &&
       c.uint(e.scopeId, 0xffffffffu) && c.key("kind") && c.uint(e.kind, 0xffff) && c.key("wall_ms") &&
       c.uint(e.wallMs, kAny) && c.key("clock") && c.uint(e.clock, 0xffffffffu) && c.key("prev_hash") &&
       (keepHashes ? c.hash(e.chain.prevHash) : c.skipHash()) && c.key("event_hash") &&
       (keepHashes ? c.hash(e.chain.eventHash) : c.skipHash()) && c.key("segment_id") &&
       c.uint(e.segmentId, kAny) && c.key("offset") && c.uint(e.offset, kAny) && c.key("length") &&
       c.uint(e.length, 0xffffffffu) && c.key("global_sequence") && c.uint(e.globalSequence, kAny);
  if (!ok) r.seek(start);
  return ok;
}

bool decodeEntry(MsgpackReader& r, LoadedSnapshot::CheckpointEntry& e, std::string& err) {
  e.fileOffset = kCheckpointBodyOffset + r.pos();
  e.canonical = decodeCanonicalEntry(r, e, false);  // kept packed: its hashes stay in the file
  if (e.canonical) return true;
  static const char* const f[] = {"event_id", "correlation_id", "causation_id", "entity_id",
                                  "scope_id", "kind", "wall_ms", "clock", "prev_hash",
                                  "event_hash", "segment_id", "offset", "length",
                                  "global_sequence"};
  StructDecoder d(r, f, 14);
  if (!d.run([&](int i, MsgpackReader& rd) -> bool {
        switch (i) {
          case 0: return rd.readByteArrayFixed(e.eventId.bytes.data(), 16);
          case 1: return rd.readByteArrayFixed(e.correlationId.bytes.data(), 16);
          case 2: {
            if (rd.readNil()) { e.causationId.reset(); return true; }
            Id128 id;
            if (!rd.readByteArrayFixed(id.bytes.data(), 16)) return false;
            e.causationId = id;
            return true;
          }
          case 3: return readBounded(rd, e.entityId, 0xffffffffu);
          case 4: return readBounded(rd, e.scopeId, 0xffffffffu);
          case 5: return readBounded(rd, e.kind, 0xffff);
          case 6: return rd.readUInt(e.wallMs);
          case 7: return readBounded(rd, e.clock, 0xffffffffu);
          case 8: return rd.readByteArrayFixed(e.chain.prevHash.data(), 32);
          case 9: return rd.readByteArrayFixed(e.chain.eventHash.data(), 32);
          case 10: return rd.readUInt(e.segmentId);
          case 11: return rd.readUInt(e.offset);
          case 12: return readBounded(rd, e.length, 0xffffffffu);
          case 13: return rd.readUInt(e.globalSequence);
        }
        return false;
      }, err)) return false;
  const uint32_t all = (1u << 14) - 1;
  if (!d.allRequiredSeen(all)) { err = "entry missing field " + d.firstMissing(all); return false; }
  return true;
}

using Packed = LoadedSnapshot::PackedCheckpointEntry;
static_assert(sizeof(Packed) == 64, "a checkpoint entry is kept in 64 bytes");

Packed pack(const LoadedSnapshot::CheckpointEntry& e, uint32_t identity) {
  Packed p;
  p.wallMs = e.wallMs;
  p.segmentId = e.segmentId;
  p.offset = e.offset;
  p.globalSequence = e.globalSequence;
  p.fileOffset = e.fileOffset;
  p.entityId = e.entityId;
  p.scopeId = e.scopeId;
  p.clock = e.clock;
  p.length = e.length;
  p.identity = identity;
  p.kind = e.kind;
  p.canonical = e.canonical;
  return p;
}

// Whether a decoded entry is kept (a CheckpointEntryFilter that applies; null: every entry).
// `lane` as CheckpointEntryFilter's.
using KeepEntry = std::function<bool(const LoadedSnapshot::CheckpointEntry&, unsigned lane)>;

// Decodes entry after entry into `snap`: canonical ones packed alone, the others with their
// ids and hashes in snap.checkpointIdentities.
bool decodeEntries(MsgpackReader& rd, uint32_t count, LoadedSnapshot& snap, std::string& err, const KeepEntry& keep) {
  snap.checkpointEntries.clear();
  if (!keep) snap.checkpointEntries.reserve(count);
  LoadedSnapshot::CheckpointEntry e;
  for (uint32_t k = 0; k < count; ++k) {
    if (!decodeEntry(rd, e, err)) {
      err = "entry " + std::to_string(k) + ": " + err;
      return false;
    }
    if (keep && !keep(e, 0)) continue;
    uint32_t identity = Packed::kInFile;
    if (!e.canonical) {
      identity = uint32_t(snap.checkpointIdentities.size());
      snap.checkpointIdentities.push_back({e.eventId, e.correlationId, e.causationId, e.chain});
    }
    snap.checkpointEntries.push_back(pack(e, identity));
  }
  return true;
}

// The entries array in two halves on two threads. The second half starts at the first
// canonical entry header after the middle of the remaining bytes; it is accepted only where
// the first half's decode ends exactly there and the second half's where the array's
// `count` entries end, which is then what a sequential decode gives. Anything else (a header
// that happens to sit inside an id, damage, a non-canonical file) returns false with `rd`
// untouched, and the caller decodes sequentially: its error names the exact entry.
bool decodeEntriesInHalves(MsgpackReader& rd, uint32_t count, HugeVector<Packed>& out, Executor& ex,
                           const KeepEntry& keep) {
  static const uint8_t kHead[] = {0x8e, 0xa8, 'e', 'v', 'e', 'n', 't', '_', 'i', 'd', 0xc4, 0x10};
  const uint8_t* data = rd.data();
  const size_t start = rd.pos(), end = rd.size();
  const uint8_t* mid = data + start + (end - start) / 2;
  const uint8_t* found = static_cast<const uint8_t*>(memmem(mid, size_t(data + end - mid), kHead, sizeof kHead));
  if (!found) return false;
  const size_t split = size_t(found - data);

  // Each half decodes canonical entries only (packed alone); a non-canonical one is left to
  // the sequential decode, which keeps its ids and hashes.
  // Decodes one entry; `kept` says whether `out` holds it (the filter's answer).
  auto decodeCanonical = [&keep](MsgpackReader& r, Packed& out, bool& kept, unsigned lane) {
    LoadedSnapshot::CheckpointEntry e;
    e.fileOffset = kCheckpointBodyOffset + r.pos();
    if (!decodeCanonicalEntry(r, e, false)) return false;
    e.canonical = true;
    kept = !keep || keep(e, lane);
    if (kept) out = pack(e, Packed::kInFile);
    return true;
  };
  // Reserved, not resized: the entries are written once, by decoding, not zeroed first. Each
  // half fills vectors of its own stack frame and hands them over at the end: vectors
  // declared side by side here would share a cache line that both threads write at every
  // entry (their end pointers).
  out.clear();
  bool firstOk = true;
  size_t firstCount = 0, secondCount = 0;  // entries decoded, kept or not
  size_t secondEnd = 0;                    // where the second half's last entry ends
  HugeVector<Packed> second;
  ex.parallelFor(2, [&](size_t half) {
    MsgpackReader r(data, end);
    size_t decoded = 0;
    bool kept = false;
    Packed p;
    if (half == 0) {
      HugeVector<Packed> first;
      if (!keep) first.reserve(count);
      r.seek(start);
      bool ok = true;
      while (r.pos() < split && decoded < count) {
        if (!decodeCanonical(r, p, kept, 0)) { ok = false; break; }
        ++decoded;
        if (kept) first.push_back(p);
      }
      firstOk = ok && r.pos() == split;
      firstCount = decoded;
      out = std::move(first);
      return;
    }
    HugeVector<Packed> entries;
    r.seek(split);
    if (!keep) entries.reserve(count / 2 + 1);
    size_t lastEnd = split;
    while (decoded < count) {
      if (!decodeCanonical(r, p, kept, 1)) break;
      ++decoded;
      lastEnd = r.pos();
      if (kept) entries.push_back(p);
    }
    second = std::move(entries);
    secondCount = decoded;
    secondEnd = lastEnd;
  });
  if (!firstOk || firstCount == 0 || firstCount + secondCount != count) {
    out.clear();
    return false;
  }
  out.insert(out.end(), second.begin(), second.end());
  rd.seek(secondEnd);
  return true;
}

// Whether routing chunks select every one of `count` entries once, in order.
bool chunksTile(const std::vector<RoutingChunk>& chunks, uint64_t count) {
  uint64_t next = 0;
  for (const RoutingChunk& c : chunks) {
    if (c.start != next || c.len > count - next) return false;
    next += c.len;
  }
  return next == count;
}

}  // namespace

bool decodeCanonicalCheckpointEntry(const uint8_t* data, size_t len, LoadedSnapshot::CheckpointEntry& out) {
  MsgpackReader r(data, len);
  return decodeCanonicalEntry(r, out);
}

SnapshotLoad loadCheckpoint(FileSystem& fs, const std::string& dir, Executor* executor,
                            const CheckpointEntryFilter& keepPlace) {
  const std::string path = joinPath(dir, kCheckpointFileName);
  SnapshotFile opened = openSnapshotFile(fs, path, "no checkpoint", "failed to read checkpoint: ");
  if (opened.rejected) return std::move(*opened.rejected);
  const auto file = opened.file;
  const uint8_t* d = file->data();
  const uint64_t size = file->size();
  if (size < 12) return reject(path, 0, "checkpoint file too short");
  if (std::memcmp(d, "FBATCK", 6) != 0) return reject(path, 0, "checkpoint magic mismatch");
  const uint16_t version = loadLE16(d + 6);
  const uint32_t storedCrc = loadLE32(d + 8);
  const uint32_t actualCrc = crc32Parallel(d + 12, size - 12, executor);
  if (storedCrc != actualCrc) {
    char buf[120];
    std::snprintf(buf, sizeof buf, "checkpoint CRC mismatch — file is corrupt, ignoring (stored 0x%08x, computed 0x%08x)", storedCrc, actualCrc);
    return reject(path, 8, buf);
  }
  if (version != 2 && version != 3)
    return reject(path, 6, "unsupported checkpoint version " + std::to_string(version) + " — ignoring");

  auto snap = std::make_shared<LoadedSnapshot>();
  snap->kind = LoadedSnapshot::Kind::Checkpoint;
  snap->version = version;
  MsgpackReader r(d + kCheckpointBodyOffset, size - kCheckpointBodyOffset);
  static const char* const f3[] = {"global_sequence", "watermark_segment_id", "watermark_offset",
                                   "interner_strings", "routing", "entries"};
  static const char* const f2[] = {"global_sequence", "watermark_segment_id", "watermark_offset",
                                   "interner_strings", "entries"};
  const int n = version == 3 ? 6 : 5;
  StructDecoder dec(r, version == 3 ? f3 : f2, n);
  std::string err, inner;
  auto convertible = [&](uint32_t entityId, uint32_t scopeId) {
    return entityId < snap->interner.size() && scopeId < snap->interner.size() &&
           isValidCoordinate(snap->interner[entityId], snap->interner[scopeId]);
  };
  bool internerRead = false, routingRead = version == 2;  // before the entries
  uint64_t decodedCount = 0;                               // entries in the file, kept or not
  const bool ok = dec.run([&](int i, MsgpackReader& rd) -> bool {
        if (version == 2 && i == 4) i = 5;  // v2 has no routing
        switch (i) {
          case 0: return rd.readUInt(snap->storedAllocator);
          case 1: return rd.readUInt(snap->watermarkSegmentId);
          case 2: return rd.readUInt(snap->watermarkOffset);
          case 3: return internerRead = decodeStringArray(rd, snap->interner, inner);
          case 4: return routingRead = decodeRoutingSummary(rd, snap->chunks, inner);
          case 5: {
            uint32_t count;
            if (!rd.readArrayHeader(count) || count > rd.remaining()) return false;
            decodedCount = count;
            // An entry that would reject the file (an invalid coordinate) is kept for the
            // check below to reject it.
            KeepEntry keep;
            if (keepPlace && internerRead && routingRead && (snap->chunks.empty() || chunksTile(snap->chunks, count))) {
              snap->filtered = true;
              keep = [&](const LoadedSnapshot::CheckpointEntry& e, unsigned lane) {
                return !convertible(e.entityId, e.scopeId) ||
                       keepPlace(EntryPlace{e.eventId, e.segmentId, e.offset, e.globalSequence}, lane);
              };
            }
            constexpr uint32_t kParallelFrom = 1u << 14;
            if (executor && executor->concurrency() > 1 && count >= kParallelFrom &&
                decodeEntriesInHalves(rd, count, snap->checkpointEntries, *executor, keep))
              return snap->decodedInHalves = true;
            return decodeEntries(rd, count, *snap, inner, keep);
          }
        }
        return false;
      }, err);
  const uint32_t all = (1u << n) - 1;
  if (!ok || !dec.allRequiredSeen(all))
    return reject(path, 12 + r.pos(), "checkpoint deserialisation failed — ignoring: " +
                                          (!inner.empty() ? inner : ok ? "missing field " + dec.firstMissing(all) : err));

  // v2 synthesizes its routing from all entries; an unconvertible entry rejects the file.
  if (version == 2)
    for (const auto& e : snap->checkpointEntries)
      if (!convertible(e.entityId, e.scopeId))
        return reject(path, std::nullopt, "checkpoint entry has an invalid coordinate or interner id");

  const std::string wmPath = watermarkSegmentPath(dir, snap->watermarkSegmentId);
  if (!fs.exists(wmPath))
    return reject(path, std::nullopt, "watermark segment referenced by checkpoint is missing — ignoring checkpoint (" +
                                          segmentFileName(snap->watermarkSegmentId) + ")");

  // Slice by routing chunks (v3 with chunks); empty chunks = one chunk over everything.
  const uint64_t count = decodedCount;
  if (!snap->chunks.empty()) {
    uint64_t next = 0;  // chunks that tile [0, count) in order select every entry as it is
    bool tiles = true;
    for (const RoutingChunk& c : snap->chunks) {
      if (c.start > count || c.len > count - c.start) {
        SnapshotLoad out = reject(path, std::nullopt,
                                  "routing chunk [" + std::to_string(c.start) + ", +" + std::to_string(c.len) +
                                      ") lies beyond the " + std::to_string(count) +
                                      " entries: batpak 0.5.0 panics on this file (unchecked slice)");
        out.rejection.wouldPanic = true;
        return out;
      }
      tiles = tiles && c.start == next;
      next = c.start + c.len;
    }
    if (!tiles || next != count) {
      HugeVector<Packed> sliced;
      for (const RoutingChunk& c : snap->chunks)
        sliced.insert(sliced.end(), snap->checkpointEntries.begin() + c.start,
                      snap->checkpointEntries.begin() + c.start + c.len);
      snap->checkpointEntries = std::move(sliced);
    }
  }
  for (const auto& e : snap->checkpointEntries)
    if (!convertible(e.entityId, e.scopeId))
      return reject(path, std::nullopt, "checkpoint entry has an invalid coordinate or interner id");

  snap->file = file;
  SnapshotLoad out;
  out.snapshot = std::move(snap);
  return out;
}

}  // namespace batscope
