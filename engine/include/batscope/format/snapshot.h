// Cold-start artifacts: `index.fbati` (mmap snapshot, FORMAT.md §9) and `index.ckpt`
// (checkpoint, §8). Both give the planner the same thing: entries, an interner whose
// element 0 is "", the allocator and the watermark (segment id, offset) where tail
// replay starts. Loading never fails the open: a bad artifact is rejected with a reason.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "batscope/base/file_system.h"
#include "batscope/base/huge_page_allocator.h"
#include "batscope/format/index_entry.h"
#include "batscope/base/result.h"

namespace batscope {

inline constexpr const char* kMmapIndexFileName = "index.fbati";
inline constexpr const char* kCheckpointFileName = "index.ckpt";
inline constexpr uint32_t kFbatiEntryBytes = 162;

struct RoutingChunk {
  uint64_t start = 0, len = 0, firstSequence = 0, lastSequence = 0;
};

struct LoadedSnapshot {
  enum class Kind { Mmap, Checkpoint } kind = Kind::Mmap;
  uint16_t version = 0;
  uint64_t watermarkSegmentId = 0;
  uint64_t watermarkOffset = 0;
  uint64_t storedAllocator = 0;
  std::vector<std::string> interner;     // [0] == "" sentinel
  std::vector<RoutingChunk> chunks;      // as stored (may be empty)
  std::shared_ptr<const FileData> file;  // keeps fbati entries mapped

  // Mmap: offsets of the 162-byte records, in the order batpak restores them (chunk order).
  HugeVector<uint64_t> fbatiEntryOffsets;
  // Checkpoint: one entry decoded from msgpack, whole (interner ids in entityId/scopeId).
  struct CheckpointEntry {
    Id128 eventId, correlationId;
    std::optional<Id128> causationId;
    uint32_t entityId = 0, scopeId = 0;
    uint16_t kind = 0;
    uint64_t wallMs = 0;
    uint32_t clock = 0;
    HashChain chain;
    uint64_t segmentId = 0, offset = 0;
    uint32_t length = 0;
    uint64_t globalSequence = 0;
    // Where the entry's map starts in index.ckpt, and whether it has batpak's canonical
    // layout (then its ids sit at the fixed offsets below and the index need not copy them).
    uint64_t fileOffset = 0;
    bool canonical = false;
  };
  // What is kept of each entry: its fixed-size fields in 64 bytes. The ids and hashes of a
  // canonical entry stay in the mapped index.ckpt (a million whole entries would be 200 MB
  // to allocate and fill); other entries' are in checkpointIdentities.
  struct PackedCheckpointEntry {
    uint64_t wallMs = 0, segmentId = 0, offset = 0, globalSequence = 0, fileOffset = 0;
    uint32_t entityId = 0, scopeId = 0, clock = 0, length = 0;
    uint32_t identity = kInFile;  // index into checkpointIdentities
    uint16_t kind = 0;
    bool canonical = false;
    static constexpr uint32_t kInFile = ~0u;
  };
  struct CheckpointIdentity {
    Id128 eventId, correlationId;
    std::optional<Id128> causationId;
    HashChain chain;
  };
  HugeVector<PackedCheckpointEntry> checkpointEntries;
  std::vector<CheckpointIdentity> checkpointIdentities;
  bool decodedInHalves = false;  // Checkpoint: the entries were decoded on two threads
  // Checkpoint: only the entries a CheckpointEntryFilter kept are held (loadCheckpoint).
  bool filtered = false;
  // Checkpoint entry i, whole.
  CheckpointEntry checkpointEntry(size_t i) const;

  size_t entryCount() const {
    return kind == Kind::Mmap ? fbatiEntryOffsets.size() : checkpointEntries.size();
  }
  // Entry i with strings resolved through the interner (kind mapped lossily for mmap).
  EntryRecord entry(size_t i) const;
  EntryPlace place(size_t i) const;
  // Starts loading the bytes place(i) reads from the mapped file: a pass over the entries
  // calls it a few entries ahead.
  void prefetchPlace(size_t i) const;
};

// A canonical checkpoint entry (checkpoint.cpp): "event_id" bin16 at +12, "correlation_id"
// bin16 at +45, "causation_id" at +74 (c0, or c4 10 and the id at +76).
inline constexpr size_t kCheckpointEntryEventId = 12, kCheckpointEntryCorrelation = 45,
                        kCheckpointEntryCausation = 74;
// Decodes the canonical entry at the start of [data, data+len); false (nothing decided) for
// anything else. The index reads hash chains of checkpoint entries back through it.
bool decodeCanonicalCheckpointEntry(const uint8_t* data, size_t len, LoadedSnapshot::CheckpointEntry& out);

// Why an artifact was not used. `absent` = the file does not exist (silent in batpak).
struct SnapshotRejection {
  bool absent = false;
  bool wouldPanic = false;   // batpak 0.5.0 panics on this file (routing chunk out of range)
  Error error;
};

struct SnapshotLoad {
  std::shared_ptr<LoadedSnapshot> snapshot;   // null when rejected
  SnapshotRejection rejection;
};

class Executor;
// §9.3, in batpak's order of checks. `executor` (optional) spreads the whole-file CRC.
SnapshotLoad loadMmapSnapshot(FileSystem& fs, const std::string& dir, Executor* executor = nullptr);
// Which checkpoint entries a load keeps. Every entry is still decoded and checked as batpak
// checks it, and the file is accepted or rejected as without a filter; an entry not kept is
// dropped once checked, so that a reader that needs a few entries (the true view: those no
// footer repeats) does not hold 64 bytes for each of the others. Applied only where every
// entry is selected once, in order (routing chunks that tile the entries, or none) and the
// interner comes before the entries (batpak's field order); otherwise every entry is kept.
// `lane` is 0 or 1: which of the two threads decoding the entries' halves at once calls it
// (0 in a sequential decode), each in file order, so that a filter can keep state per lane.
using CheckpointEntryFilter = std::function<bool(const EntryPlace& entry, unsigned lane)>;

// §8.5, in batpak's order of checks.
SnapshotLoad loadCheckpoint(FileSystem& fs, const std::string& dir, Executor* executor = nullptr,
                            const CheckpointEntryFilter& keep = {});

}  // namespace batscope
