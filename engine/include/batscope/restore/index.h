// The in-memory index a restore produces (FORMAT.md §11): every entry in global order,
// packed 64-byte records, one string interner, ids and hashes left in the mapped files.
// Also answers the queries the UI needs: by id, per entity in stream order, by scope,
// kind, correlation, time range, causal ancestors and descendants.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "batscope/base/file_system.h"
#include "batscope/base/huge_page_allocator.h"
#include "batscope/format/index_entry.h"
#include "batscope/format/visibility_ranges.h"

namespace batscope {

class Executor;

class Index {
 public:
  static constexpr uint32_t kNoRow = 0xffffffffu;

  Index();

  // ---- building (restore planner only) ----
  // Registers a mapped file whose bytes entries may reference; returns its slot.
  uint32_t addIdentitySource(std::shared_ptr<const FileData> file);
  uint32_t intern(std::string_view s);
  // Where the true view found an entry's payload and hash_chain values inside its frame body.
  // Chain verification then reads the two hashes and the payload's length there instead of
  // decoding each frame a second (and, for batpak's verdicts, a third) time.
  struct FrameLandmarks {
    uint32_t payload = 0, hashChain = 0;  // 0, 0: not recorded
  };
  // Appends an entry; `record.globalSequence` must be set. `tail` marks tail-replay entries.
  void append(const EntryRecord& record, bool tail) { append(record, tail, FrameLandmarks{}); }
  void append(const EntryRecord& record, bool tail, FrameLandmarks marks);
  // Appends a fully packed entry (interner ids and identity already resolved): the fast
  // path for snapshot and footer entries, whose ids stay in the mapped file.
  void appendPacked(const IndexEntry& entry) {
    entries_.push_back(entry);
    if (landmarksOn_) landmarks_.push_back({});
  }
  // From now on every appended entry has landmarks (none unless given): call before appending.
  void recordFrameLandmarks() { landmarksOn_ = true; }
  // Once the chain checks that read them are done (8 bytes an entry): hashChainAtLandmarks()
  // then answers false, and callers decode the frame instead.
  void releaseFrameLandmarks() {
    landmarksOn_ = false;
    HugeVector<FrameLandmarks>().swap(landmarks_);
  }
  void appendPacked(const IndexEntry& entry, FrameLandmarks marks) {
    entries_.push_back(entry);
    if (landmarksOn_) landmarks_.push_back(marks);
  }
  // With frame landmarks on, reserves theirs too (a vector grown by doubling would hold both
  // its old and new copies at once: at 10M events, 200 MB).
  void reserve(size_t n) {
    entries_.reserve(n);
    if (landmarksOn_) landmarks_.reserve(n);
  }
  // Sorts by global sequence (stable), sets the allocator, applies cancelled ranges and
  // collapses duplicate ids (the later copy wins, FORMAT.md §11.1). With `executor`, the
  // ids are read and hashed for the id table in parallel.
  void finalize(std::optional<uint64_t> storedAllocator, std::vector<SequenceRange> cancelled,
                Executor* executor = nullptr);

  // ---- entries (all copies, hidden included) ----
  size_t entryCount() const { return entries_.size(); }
  const IndexEntry& entry(uint32_t row) const { return entries_[row]; }
  Id128 eventId(uint32_t row) const;
  // Starts loading the bytes eventId(row) reads (in a mapped file, mostly): a pass over rows
  // in order calls it a few rows ahead, so the load overlaps the rows before.
  void prefetchEventId(uint32_t row) const;
  Id128 correlationId(uint32_t row) const;
  std::optional<Id128> causationId(uint32_t row) const;
  // The hash chain stored in row's frame and its payload's byte count, read at the frame
  // landmarks the true view recorded; false where none are recorded or the bytes there are
  // not a hash chain and a byte array after all.
  bool hashChainAtLandmarks(uint32_t row, HashChain& chain, uint64_t& payloadBytes) const;
  // Starts loading what hashChainAtLandmarks(row) reads, as prefetchEventId does.
  void prefetchFrameLandmarks(uint32_t row) const;
  HashChain hashChain(uint32_t row) const;
  std::string_view entity(uint32_t row) const { return string(entries_[row].entityId); }
  std::string_view scope(uint32_t row) const { return string(entries_[row].scopeId); }
  bool isVisible(uint32_t row) const { return entries_[row].bits & IndexEntry::kVisible; }
  bool isSuperseded(uint32_t row) const { return entries_[row].bits & IndexEntry::kSuperseded; }
  bool isTail(uint32_t row) const { return entries_[row].bits & IndexEntry::kTail; }
  // Whether blake3(payload) equals the stored event_hash, where the builder of this index
  // hashed the payload (the true view, when asked to); nullopt where nobody did.
  std::optional<bool> payloadHashMatches(uint32_t row) const {
    const uint8_t b = entries_[row].bits;
    if (!(b & IndexEntry::kPayloadHashed)) return std::nullopt;
    return (b & IndexEntry::kPayloadHashMatches) != 0;
  }

  // ---- strings ----
  std::string_view string(uint32_t id) const { return strings_[id]; }
  size_t stringCount() const { return strings_.size(); }
  std::optional<uint32_t> findString(std::string_view s) const;

  // ---- the visible event set, in global order (what batpak's query(Region::all()) returns) ----
  const std::vector<uint32_t>& visibleRows() const { return visible_; }
  uint64_t allocator() const { return allocator_; }
  // The global sequences that more than one visible event carries (FORMAT.md §7), ascending.
  const std::vector<uint64_t>& duplicateSequences() const { return duplicateSequences_; }
  size_t duplicateSequenceCount() const { return duplicateSequences_.size(); }
  const std::vector<SequenceRange>& cancelledRanges() const { return cancelled_; }
  // Sequences in [0, allocator) that no visible event carries, as [start, end) runs.
  std::vector<SequenceRange> hiddenSequenceRanges() const;
  uint64_t hiddenSequenceCount() const;
  // The same numbers one by one, at most `limit` of them.
  std::vector<uint64_t> hiddenSequences(uint64_t limit = 1'000'000) const;

  // ---- look-ups ----
  // The surviving entry for an id (visible or not); kNoRow when unknown.
  uint32_t findById(const Id128& id) const;
  // The same, trying row `guess` first: two indexes of one store mostly hold the same rows in
  // the same order, and a hit spares a probe into a table far larger than the cache.
  uint32_t findById(const Id128& id, uint32_t guess) const {
    if (guess < entries_.size() && !isSuperseded(guess) && eventId(guess) == id) return guess;
    return findById(id);
  }
  // The per-entity stream order key (wall_ms, clock, event_id) of two rows.
  bool streamKeyLess(uint32_t a, uint32_t b) const;
  // Visible entries of an entity in stream order (wall_ms, clock, event_id).
  std::vector<uint32_t> entityStream(uint32_t entityId) const;
  // Visible rows whose correlation id is `id`, in global order.
  std::vector<uint32_t> correlated(const Id128& id) const;
  // Visible rows whose causation id is the event of `row`, in global order.
  std::vector<uint32_t> effectsOf(uint32_t row) const;
  // Causal ancestors of `row` (cause, its cause, …) up to `maxDepth`, nearest first.
  std::vector<uint32_t> ancestors(uint32_t row, size_t maxDepth = 1u << 20) const;
  // Descendants (breadth first) up to `maxDepth` levels.
  std::vector<uint32_t> descendants(uint32_t row, size_t maxDepth = 1u << 20) const;
  // Visible rows with wall_ms in [fromMs, toMs].
  std::vector<uint32_t> inTimeRange(uint64_t fromMs, uint64_t toMs) const;

  size_t residentBytes() const;
  // The whole frame (length and CRC first) when the entry's ids and hashes are read from the
  // frame itself (IdentityLayout::Frame); null for every other layout.
  const uint8_t* identityFrame(uint32_t row) const {
    const IndexEntry& e = entries_[row];
    return e.layout() == IdentityLayout::Frame ? identityBase(e) : nullptr;
  }

 private:
  const uint8_t* identityBase(const IndexEntry& e) const;
  void buildIdTable(Executor* executor);
  void orderTiesByStreamKey();
  void ensureCausalMaps() const;

  HugeVector<IndexEntry> entries_;
  bool landmarksOn_ = false;
  HugeVector<FrameLandmarks> landmarks_;  // per entry, where recorded (moves with entries_ in finalize)
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> strings_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> stringIds_;
  std::vector<std::shared_ptr<const FileData>> sources_;
  std::vector<uint8_t> arena_;  // 113-byte identity records for checkpoint/frame-scan entries
  struct IdSlot { uint32_t row; uint32_t tag; };  // tag: high half of the id hash
  HugeVector<IdSlot> idTable_;  // open addressing, load factor <= 0.75
  std::vector<const uint8_t*> sourceBases_;
  std::vector<uint32_t> visible_;
  std::vector<SequenceRange> cancelled_;
  uint64_t allocator_ = 0;
  std::vector<uint64_t> duplicateSequences_;

  // Built on first use (causal queries are not needed for an open).
  mutable std::once_flag causalOnce_;
  mutable std::vector<uint32_t> byCorrelation_;  // visible rows sorted by correlation id
  mutable std::vector<uint32_t> byCausation_;    // visible rows with a cause, sorted by causation id
};

// Whether `a` and `b` hold the same entries in the same order, field for field: position,
// length, global sequence, visibility, header fields, ids and hashes; and the same allocator
// and cancelled ranges. Not compared: where each entry was read from (origin, tail replay,
// identity layout) and the true view's payload verdicts. Where they agree, either can stand
// for the other: a window whose true view agrees with batpak's index keeps batpak's alone.
// Rows are compared in parallel on `executor` (inline without one); false once cancelled.
bool sameEntries(const Index& a, const Index& b, const std::atomic<bool>* cancel = nullptr,
                 Executor* executor = nullptr);

}  // namespace batscope
