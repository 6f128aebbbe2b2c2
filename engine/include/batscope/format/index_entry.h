// The record every restore source produces (footer entry, snapshot entry, scanned frame)
// before it is packed into the index, and the packed index entry itself (FORMAT.md §11).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "batscope/base/bytes.h"
#include "batscope/format/event_frame.h"

namespace batscope {

// Where an entry came from; kept per entry so the UI can say why an event is indexed.
enum class EntryOrigin : uint8_t { MmapSnapshot, Checkpoint, SidxFooter, FrameScan };
const char* entryOriginName(EntryOrigin o);

// Where an entry's ids and hashes live (ids and hashes stay in the mapped files).
enum class IdentityLayout : uint8_t {
  FbatiEntry,  // a 162-byte index.fbati entry (LE ids)
  SidxEntry,   // a 154-byte SIDX footer entry (LE ids)
  Arena,       // Batscope's own 113-byte record (BE ids), for checkpoint entries and odd frames
  Frame,       // the frame itself, when it has batpak's canonical layout: ids at fixed offsets,
               // hashes decoded from the frame on demand
  CheckpointEntry,  // an index.ckpt entry with batpak's canonical layout: the same idea
};

struct IdentityRef {
  IdentityLayout layout = IdentityLayout::Arena;
  uint32_t source = 0;   // slot in the index's identity-source table
  uint64_t offset = 0;   // byte offset of the record in that source
};

// A transient, fully decoded entry.
struct EntryRecord {
  Id128 eventId;
  Id128 correlationId;
  std::optional<Id128> causationId;
  std::string_view entity;
  std::string_view scope;
  uint16_t kind = 0;
  uint64_t wallMs = 0;
  uint32_t clock = 0;
  HashChain chain;
  uint64_t segmentId = 0;
  uint64_t offset = 0;
  uint32_t length = 0;
  std::optional<uint64_t> globalSequence;  // durable when from a footer or snapshot
  EntryOrigin origin = EntryOrigin::FrameScan;
  std::optional<IdentityRef> identity;     // set when ids/hashes can stay in a mapped file
  uint8_t payloadHashBits = 0;  // IndexEntry::kPayloadHashed[|kPayloadHashMatches], or 0
};

// Where a footer or snapshot entry says an event was written, and its durable global
// sequence: all the true view needs of one (EntryRecord decodes every field).
struct EntryPlace {
  Id128 eventId;
  uint64_t segmentId = 0;
  uint64_t offset = 0;
  uint64_t globalSequence = 0;
};

// The packed index record: 64 bytes, no pointers, no per-event allocation.
struct IndexEntry {
  uint64_t globalSequence;
  uint64_t wallMs;
  uint64_t offset;          // frame offset inside segment `segmentId`
  uint64_t identityOffset;  // see IdentityRef
  uint64_t segmentId;       // disk_pos.segment_id as the source recorded it
  uint32_t length;          // whole frame length (8 + body)
  uint32_t entityId;        // interner ids (1-based, 0 = "")
  uint32_t scopeId;
  uint32_t clock;
  uint32_t identitySource;
  uint16_t kind;
  EntryOrigin origin;
  uint8_t bits;             // kTail | kVisible | kSuperseded | IdentityLayout << kLayoutShift
                            // | kPayloadHashed | kPayloadHashMatches
  static constexpr uint8_t kTail = 1, kVisible = 2, kSuperseded = 4, kLayoutShift = 3, kLayoutMask = 7 << 3;
  // Set only by the true view, which can hash each payload while its frame is decoded anyway:
  // chain verification then needs neither the read nor the hash again.
  static constexpr uint8_t kPayloadHashed = 1 << 6, kPayloadHashMatches = 1 << 7;
  IdentityLayout layout() const { return IdentityLayout((bits & kLayoutMask) >> kLayoutShift); }
  void setLayout(IdentityLayout l) { bits = uint8_t((bits & ~kLayoutMask) | (uint8_t(l) << kLayoutShift)); }
};
static_assert(sizeof(IndexEntry) == 64, "IndexEntry grew: the index budget is 96 bytes/event");

}  // namespace batscope
