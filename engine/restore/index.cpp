#include "batscope/restore/index.h"

#include <algorithm>
#include <cstring>

#include "batscope/base/executor.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/format/event_frame.h"
#include "batscope/format/snapshot.h"

namespace batscope {

// Arena identity record (113 bytes): event_id BE @0, correlation BE @16, causation BE @32,
// has_causation u8 @48, prev_hash @49, event_hash @81.
static constexpr size_t kArenaRecordBytes = 113;

const char* entryOriginName(EntryOrigin o) {
  switch (o) {
    case EntryOrigin::MmapSnapshot: return "mmap snapshot";
    case EntryOrigin::Checkpoint: return "checkpoint";
    case EntryOrigin::SidxFooter: return "SIDX footer";
    case EntryOrigin::FrameScan: return "frame scan";
  }
  return "?";
}

Index::Index() { strings_.emplace_back(); stringIds_.emplace("", 0); }

uint32_t Index::addIdentitySource(std::shared_ptr<const FileData> file) {
  sourceBases_.push_back(file->data());
  sources_.push_back(std::move(file));
  return uint32_t(sources_.size() - 1);
}

uint32_t Index::intern(std::string_view s) {
  auto it = stringIds_.find(s);
  if (it != stringIds_.end()) return it->second;
  const uint32_t id = uint32_t(strings_.size());
  strings_.emplace_back(s);
  stringIds_.emplace(strings_.back(), id);
  return id;
}

std::optional<uint32_t> Index::findString(std::string_view s) const {
  auto it = stringIds_.find(s);
  if (it == stringIds_.end()) return std::nullopt;
  return it->second;
}

void Index::append(const EntryRecord& rec, bool tail, FrameLandmarks marks) {
  IndexEntry e{};
  e.globalSequence = rec.globalSequence.value_or(0);
  e.wallMs = rec.wallMs;
  e.offset = rec.offset;
  e.segmentId = rec.segmentId;
  e.length = rec.length;
  e.entityId = intern(rec.entity);
  e.scopeId = intern(rec.scope);
  e.clock = rec.clock;
  e.kind = rec.kind;
  e.origin = rec.origin;
  e.bits = uint8_t((tail ? IndexEntry::kTail : 0) |
                   (rec.payloadHashBits & (IndexEntry::kPayloadHashed | IndexEntry::kPayloadHashMatches)));
  if (rec.identity && rec.identity->layout != IdentityLayout::Arena) {
    e.identitySource = rec.identity->source;
    e.identityOffset = rec.identity->offset;
    e.setLayout(rec.identity->layout);
  } else {
    e.setLayout(IdentityLayout::Arena);
    e.identityOffset = arena_.size();
    arena_.resize(arena_.size() + kArenaRecordBytes);
    uint8_t* p = arena_.data() + e.identityOffset;
    std::memcpy(p, rec.eventId.bytes.data(), 16);
    std::memcpy(p + 16, rec.correlationId.bytes.data(), 16);
    if (rec.causationId) std::memcpy(p + 32, rec.causationId->bytes.data(), 16);
    p[48] = rec.causationId ? 1 : 0;
    std::memcpy(p + 49, rec.chain.prevHash.data(), 32);
    std::memcpy(p + 81, rec.chain.eventHash.data(), 32);
  }
  entries_.push_back(e);
  if (landmarksOn_) landmarks_.push_back(marks);
}

// Field offsets inside each identity layout.
namespace {
struct Layout {
  size_t eventId, correlation, causation, prevHash;
  bool littleEndian;
};
constexpr Layout kFbati{0, 130, 146, 38, true};
constexpr Layout kSidx{0, 122, 138, 38, true};
constexpr Layout kArena{0, 16, 32, 49, false};
// Canonical batpak frame: [len][crc] then body; event_id bin at body+27, correlation at
// body+60, causation value (c0 | c4 10 id) at body+89 (see event_frame.cpp).
constexpr size_t kFrameEventId = 8 + 27, kFrameCorrelation = 8 + 60, kFrameCausation = 8 + 89;
}  // namespace

const uint8_t* Index::identityBase(const IndexEntry& e) const {
  if (e.layout() == IdentityLayout::Arena) return arena_.data() + e.identityOffset;
  return sourceBases_[e.identitySource] + e.identityOffset;
}

Id128 Index::eventId(uint32_t row) const {
  const IndexEntry& e = entries_[row];
  const uint8_t* p = identityBase(e);
  switch (e.layout()) {
    case IdentityLayout::FbatiEntry:
    case IdentityLayout::SidxEntry: return Id128::fromLittleEndian(p);
    case IdentityLayout::Arena: return Id128::fromBigEndian(p);
    case IdentityLayout::Frame: return Id128::fromBigEndian(p + kFrameEventId);
    case IdentityLayout::CheckpointEntry: return Id128::fromBigEndian(p + kCheckpointEntryEventId);
  }
  return {};
}

void Index::prefetchEventId(uint32_t row) const {
  if (row >= entries_.size()) return;
  const IndexEntry& e = entries_[row];
  const uint8_t* p = identityBase(e);
  switch (e.layout()) {
    case IdentityLayout::Frame: p += kFrameEventId; break;
    case IdentityLayout::CheckpointEntry: p += kCheckpointEntryEventId; break;
    default: break;
  }
  __builtin_prefetch(p);
}

Id128 Index::correlationId(uint32_t row) const {
  const IndexEntry& e = entries_[row];
  const uint8_t* p = identityBase(e);
  switch (e.layout()) {
    case IdentityLayout::FbatiEntry: return Id128::fromLittleEndian(p + kFbati.correlation);
    case IdentityLayout::SidxEntry: return Id128::fromLittleEndian(p + kSidx.correlation);
    case IdentityLayout::Arena: return Id128::fromBigEndian(p + kArena.correlation);
    case IdentityLayout::Frame: return Id128::fromBigEndian(p + kFrameCorrelation);
    case IdentityLayout::CheckpointEntry: return Id128::fromBigEndian(p + kCheckpointEntryCorrelation);
  }
  return {};
}

std::optional<Id128> Index::causationId(uint32_t row) const {
  const IndexEntry& e = entries_[row];
  const uint8_t* p = identityBase(e);
  Id128 id;
  switch (e.layout()) {
    case IdentityLayout::FbatiEntry: id = Id128::fromLittleEndian(p + kFbati.causation); break;
    case IdentityLayout::SidxEntry: id = Id128::fromLittleEndian(p + kSidx.causation); break;
    case IdentityLayout::Arena:
      if (!p[48]) return std::nullopt;
      return Id128::fromBigEndian(p + kArena.causation);
    case IdentityLayout::Frame:
      if (p[kFrameCausation] == 0xc0) return std::nullopt;
      return Id128::fromBigEndian(p + kFrameCausation + 2);
    case IdentityLayout::CheckpointEntry:
      if (p[kCheckpointEntryCausation] == 0xc0) return std::nullopt;
      return Id128::fromBigEndian(p + kCheckpointEntryCausation + 2);
  }
  if (id.isZero()) return std::nullopt;
  return id;
}

HashChain Index::hashChain(uint32_t row) const {
  const IndexEntry& e = entries_[row];
  const uint8_t* p = identityBase(e);
  HashChain hc;
  if (e.layout() == IdentityLayout::Frame) {
    DecodedFrame f;
    FrameDecodeError err;
    if (decodeFrameBody(p + 8, e.length - 8, PayloadMode::Skip, f, err) && f.hashChain) hc = *f.hashChain;
    return hc;
  }
  if (e.layout() == IdentityLayout::CheckpointEntry) {
    // The entry decoded canonically when it was loaded; its file is still mapped.
    LoadedSnapshot::CheckpointEntry c;
    const FileData& file = *sources_[e.identitySource];
    if (decodeCanonicalCheckpointEntry(p, file.size() - e.identityOffset, c)) hc = c.chain;
    return hc;
  }
  const size_t prev = e.layout() == IdentityLayout::Arena ? kArena.prevHash : kFbati.prevHash;
  std::memcpy(hc.prevHash.data(), p + prev, 32);
  std::memcpy(hc.eventHash.data(), p + prev + 32, 32);
  return hc;
}

void Index::prefetchFrameLandmarks(uint32_t row) const {
  if (row >= landmarks_.size()) return;
  const FrameLandmarks m = landmarks_[row];
  const IndexEntry& e = entries_[row];
  if (m.hashChain == 0 || e.layout() != IdentityLayout::Frame || e.length < 8 || m.hashChain >= e.length - 8) return;
  const uint8_t* body = identityBase(e) + 8;
  __builtin_prefetch(body + m.payload);
  // The hash chain: two keys and two arrays of 32 packed bytes, up to ~150 bytes.
  for (uint32_t at = m.hashChain; at < std::min<uint32_t>(m.hashChain + 192, e.length - 8); at += 64)
    __builtin_prefetch(body + at);
}

bool Index::hashChainAtLandmarks(uint32_t row, HashChain& chain, uint64_t& payloadBytes) const {
  if (row >= landmarks_.size()) return false;
  const FrameLandmarks m = landmarks_[row];
  const IndexEntry& e = entries_[row];
  if (m.hashChain == 0 || e.layout() != IdentityLayout::Frame || e.length < 8) return false;
  const uint8_t* body = identityBase(e) + 8;
  const size_t len = e.length - 8;
  if (m.payload >= len || m.hashChain >= len) return false;
  MsgpackReader payload(body + m.payload, len - m.payload);
  uint32_t n = 0;
  if (!payload.readArrayHeader(n)) return false;
  if (!decodeCanonicalHashChain(body + m.hashChain, len - m.hashChain, chain)) return false;
  payloadBytes = n;
  return true;
}

void Index::finalize(std::optional<uint64_t> storedAllocator, std::vector<SequenceRange> cancelled, Executor* executor) {
  const auto bySequence = [](const IndexEntry& a, const IndexEntry& b) { return a.globalSequence < b.globalSequence; };
  if (!std::is_sorted(entries_.begin(), entries_.end(), bySequence)) {
    // Sort a permutation of (sequence, row) and apply it once: moving 64-byte records
    // through a merge sort costs far more.
    std::vector<std::pair<uint64_t, uint32_t>> order(entries_.size());
    for (uint32_t i = 0; i < entries_.size(); ++i) order[i] = {entries_[i].globalSequence, i};
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    HugeVector<IndexEntry> sorted;
    sorted.reserve(entries_.size());
    for (const auto& o : order) sorted.push_back(entries_[o.second]);
    entries_.swap(sorted);
    if (!landmarks_.empty()) {
      HugeVector<FrameLandmarks> moved;
      moved.reserve(landmarks_.size());
      for (const auto& o : order) moved.push_back(landmarks_[o.second]);
      landmarks_.swap(moved);
    }
  }
  // Copying 64 MB of entries to give back a reserve of a few percent costs more than it
  // saves: only a vector more than 1/16 spare is shrunk.
  if (entries_.capacity() - entries_.size() > entries_.size() / 16) entries_.shrink_to_fit();
  arena_.shrink_to_fit();
  allocator_ = entries_.empty() ? 0 : entries_.back().globalSequence + 1;
  if (storedAllocator) allocator_ = std::max(allocator_, *storedAllocator);
  cancelled_ = normalizeRanges(std::move(cancelled));
  for (IndexEntry& e : entries_) {
    const bool visible = e.globalSequence < allocator_ && !inRanges(cancelled_, e.globalSequence);
    if (visible) e.bits |= IndexEntry::kVisible;
  }
  buildIdTable(executor);
  visible_.clear();
  visible_.reserve(entries_.size());
  for (uint32_t row = 0; row < entries_.size(); ++row)
    if ((entries_[row].bits & (IndexEntry::kVisible | IndexEntry::kSuperseded)) == IndexEntry::kVisible)
      visible_.push_back(row);
  visible_.shrink_to_fit();
  orderTiesByStreamKey();
}

// Global sequences repeat (FORMAT.md §7, gotcha 32) and batpak's order within a run of
// equal numbers comes from hash-map iteration (§11, "Ties"). What is shown orders such runs
// by the stream key (wall_ms, clock, event_id), which also keeps each entity's events in
// stream order; entries_ keep the stable emission order the later-copy-wins rule needs.
bool Index::streamKeyLess(uint32_t a, uint32_t b) const {
  const IndexEntry& x = entries_[a];
  const IndexEntry& y = entries_[b];
  if (x.wallMs != y.wallMs) return x.wallMs < y.wallMs;
  if (x.clock != y.clock) return x.clock < y.clock;
  return eventId(a) < eventId(b);
}

void Index::orderTiesByStreamKey() {
  const auto streamLess = [this](uint32_t a, uint32_t b) { return streamKeyLess(a, b); };
  duplicateSequences_.clear();
  for (size_t i = 0; i < visible_.size();) {
    size_t j = i + 1;
    const uint64_t gs = entries_[visible_[i]].globalSequence;
    while (j < visible_.size() && entries_[visible_[j]].globalSequence == gs) ++j;
    if (j - i > 1) {
      duplicateSequences_.push_back(gs);
      std::sort(visible_.begin() + i, visible_.begin() + j, streamLess);
    }
    i = j;
  }
}

void Index::buildIdTable(Executor* executor) {
  size_t cap = 16;
  while (cap * 3 < entries_.size() * 4) cap <<= 1;  // load factor <= 0.75
  idTable_.assign(cap, IdSlot{kNoRow, 0});
  const size_t mask = cap - 1;
  // The table is far larger than the cache: hash every id first (a sequential pass, each id
  // a cache miss in a mapped file: in parallel chunks), then insert with the slots a few
  // rows ahead already prefetched.
  HugeVector<uint64_t> hashes(entries_.size());
  constexpr uint32_t kIdsAhead = 8, kChunk = 1u << 16;
  InlineExecutor inlineExecutor;
  (executor ? *executor : inlineExecutor).parallelFor((entries_.size() + kChunk - 1) / kChunk, [&](size_t c) {
    const uint32_t end = uint32_t(std::min<size_t>(entries_.size(), (c + 1) * kChunk));
    for (uint32_t row = uint32_t(c * kChunk); row < end; ++row) {
      prefetchEventId(row + kIdsAhead);
      hashes[row] = eventId(row).hash();
    }
  });
  constexpr uint32_t kAhead = 16;
  for (uint32_t row = 0; row < entries_.size(); ++row) {
    if (row + kAhead < entries_.size()) __builtin_prefetch(&idTable_[hashes[row + kAhead] & mask], 1);
    const uint64_t h = hashes[row];
    const uint32_t tag = uint32_t(h >> 32);
    size_t slot = h & mask;
    while (true) {
      IdSlot& s = idTable_[slot];
      if (s.row == kNoRow) { s = IdSlot{row, tag}; break; }
      if (s.tag == tag && eventId(s.row) == eventId(row)) {
        // Later copy wins (rows are in global order, ties in stable-sort order).
        entries_[s.row].bits |= IndexEntry::kSuperseded;
        s.row = row;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

uint32_t Index::findById(const Id128& id) const {
  if (idTable_.empty()) return kNoRow;
  const size_t mask = idTable_.size() - 1;
  const uint64_t h = id.hash();
  const uint32_t tag = uint32_t(h >> 32);
  size_t slot = h & mask;
  while (true) {
    const IdSlot& s = idTable_[slot];
    if (s.row == kNoRow) return kNoRow;
    if (s.tag == tag && eventId(s.row) == id) return s.row;
    slot = (slot + 1) & mask;
  }
}

std::vector<SequenceRange> Index::hiddenSequenceRanges() const {
  // Works on runs, never per number: a damaged footer can push the allocator to 2^64.
  std::vector<uint64_t> carried;
  carried.reserve(visible_.size());
  for (uint32_t row : visible_) carried.push_back(entries_[row].globalSequence);
  std::sort(carried.begin(), carried.end());
  std::vector<SequenceRange> out;  // [start, end)
  uint64_t next = 0;                // first number not yet accounted for
  for (uint64_t s : carried) {
    if (s >= allocator_) break;
    if (s > next) out.push_back({next, s});
    next = s + 1;
  }
  if (next < allocator_) out.push_back({next, allocator_});
  return out;
}

uint64_t Index::hiddenSequenceCount() const {
  uint64_t n = 0;
  for (const SequenceRange& r : hiddenSequenceRanges()) n += r.end - r.start;
  return n;
}

std::vector<uint64_t> Index::hiddenSequences(uint64_t limit) const {
  std::vector<uint64_t> out;
  for (const SequenceRange& r : hiddenSequenceRanges())
    for (uint64_t s = r.start; s < r.end; ++s) {
      if (out.size() >= limit) return out;
      out.push_back(s);
    }
  return out;
}

std::vector<uint32_t> Index::entityStream(uint32_t entityId) const {
  std::vector<uint32_t> rows;
  for (uint32_t row : visible_)
    if (entries_[row].entityId == entityId) rows.push_back(row);
  std::stable_sort(rows.begin(), rows.end(), [this](uint32_t a, uint32_t b) { return streamKeyLess(a, b); });
  return rows;
}

void Index::ensureCausalMaps() const {
  std::call_once(causalOnce_, [this] {
    // Sort (id, row) pairs rather than rows whose comparator reads ids out of the mapped files:
    // a million comparisons of bytes scattered over the segments would take seconds, and the
    // window waits on this once.
    auto rowsBy = [&](std::vector<std::pair<Id128, uint32_t>>& keyed) {
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      std::vector<uint32_t> rows;
      rows.reserve(keyed.size());
      for (const auto& k : keyed) rows.push_back(k.second);
      return rows;
    };
    std::vector<std::pair<Id128, uint32_t>> keyed;
    keyed.reserve(visible_.size());
    for (uint32_t row : visible_) keyed.emplace_back(correlationId(row), row);
    byCorrelation_ = rowsBy(keyed);
    keyed.clear();
    for (uint32_t row : visible_)
      if (const auto cause = causationId(row)) keyed.emplace_back(*cause, row);
    byCausation_ = rowsBy(keyed);
  });
}

std::vector<uint32_t> Index::correlated(const Id128& id) const {
  ensureCausalMaps();
  auto lo = std::lower_bound(byCorrelation_.begin(), byCorrelation_.end(), id,
                             [&](uint32_t row, const Id128& v) { return correlationId(row) < v; });
  std::vector<uint32_t> out;
  for (auto it = lo; it != byCorrelation_.end() && correlationId(*it) == id; ++it) out.push_back(*it);
  return out;
}

std::vector<uint32_t> Index::effectsOf(uint32_t row) const {
  ensureCausalMaps();
  const Id128 id = eventId(row);
  auto lo = std::lower_bound(byCausation_.begin(), byCausation_.end(), id,
                             [&](uint32_t r, const Id128& v) { return *causationId(r) < v; });
  std::vector<uint32_t> out;
  for (auto it = lo; it != byCausation_.end() && *causationId(*it) == id; ++it) out.push_back(*it);
  return out;
}

std::vector<uint32_t> Index::ancestors(uint32_t row, size_t maxDepth) const {
  std::vector<uint32_t> out;
  uint32_t cur = row;
  while (out.size() < maxDepth) {
    const auto cause = causationId(cur);
    if (!cause) break;
    const uint32_t next = findById(*cause);
    if (next == kNoRow || !isVisible(next)) break;
    if (std::find(out.begin(), out.end(), next) != out.end() || next == row) break;  // cycle guard
    out.push_back(next);
    cur = next;
  }
  return out;
}

std::vector<uint32_t> Index::descendants(uint32_t row, size_t maxDepth) const {
  std::vector<uint32_t> out, frontier{row};
  std::vector<uint8_t> seen(entries_.size(), 0);
  seen[row] = 1;
  for (size_t depth = 0; depth < maxDepth && !frontier.empty(); ++depth) {
    std::vector<uint32_t> next;
    for (uint32_t r : frontier)
      for (uint32_t child : effectsOf(r))
        if (!seen[child]) { seen[child] = 1; next.push_back(child); out.push_back(child); }
    frontier = std::move(next);
  }
  return out;
}

std::vector<uint32_t> Index::inTimeRange(uint64_t fromMs, uint64_t toMs) const {
  std::vector<uint32_t> out;
  for (uint32_t row : visible_)
    if (entries_[row].wallMs >= fromMs && entries_[row].wallMs <= toMs) out.push_back(row);
  return out;
}

size_t Index::residentBytes() const {
  size_t bytes = entries_.capacity() * sizeof(IndexEntry) + arena_.capacity() +
                 idTable_.capacity() * sizeof(IdSlot) + visible_.capacity() * sizeof(uint32_t) +
                 landmarks_.capacity() * sizeof(FrameLandmarks);
  for (const std::string& s : strings_) bytes += s.capacity() + sizeof(std::string) + 32;
  return bytes;
}

namespace {

// Row's hash chain, from its frame landmarks where the true view recorded them (a decode of
// the frame otherwise).
HashChain chainOf(const Index& index, uint32_t row) {
  HashChain chain;
  uint64_t payloadBytes = 0;
  if (index.hashChainAtLandmarks(row, chain, payloadBytes)) return chain;
  return index.hashChain(row);
}

bool sameChain(const Index& a, const Index& b, uint32_t row) {
  const HashChain x = chainOf(a, row), y = chainOf(b, row);
  return x.prevHash == y.prevHash && x.eventHash == y.eventHash;
}

}  // namespace

bool sameEntries(const Index& a, const Index& b, const std::atomic<bool>* cancel, Executor* executor) {
  if (a.entryCount() != b.entryCount() || a.allocator() != b.allocator() ||
      a.cancelledRanges().size() != b.cancelledRanges().size())
    return false;
  for (size_t i = 0; i < a.cancelledRanges().size(); ++i)
    if (a.cancelledRanges()[i].start != b.cancelledRanges()[i].start ||
        a.cancelledRanges()[i].end != b.cancelledRanges()[i].end)
      return false;
  // a's interned strings as b's ids (kNoRow where b has no such string).
  std::vector<uint32_t> stringInB(a.stringCount());
  for (uint32_t id = 0; id < a.stringCount(); ++id) stringInB[id] = b.findString(a.string(id)).value_or(Index::kNoRow);
  constexpr uint8_t kState = IndexEntry::kVisible | IndexEntry::kSuperseded;
  constexpr uint32_t kChunk = 1u << 16, kAhead = 8;
  const uint32_t rows = uint32_t(a.entryCount());
  std::atomic<bool> differ{false};
  InlineExecutor inlineExecutor;
  (executor ? *executor : inlineExecutor).parallelFor((size_t(rows) + kChunk - 1) / kChunk, [&](size_t c) {
    const uint32_t end = uint32_t(std::min<uint64_t>(rows, (uint64_t(c) + 1) * kChunk));
    for (uint32_t row = uint32_t(c * kChunk); row < end; ++row) {
      if (differ.load(std::memory_order_relaxed) || (cancel && cancel->load(std::memory_order_relaxed))) return;
      a.prefetchEventId(row + kAhead);
      b.prefetchEventId(row + kAhead);
      b.prefetchFrameLandmarks(row + kAhead);
      const IndexEntry &x = a.entry(row), &y = b.entry(row);
      if (x.globalSequence != y.globalSequence || x.segmentId != y.segmentId || x.offset != y.offset ||
          x.length != y.length || x.wallMs != y.wallMs || x.clock != y.clock || x.kind != y.kind ||
          (x.bits & kState) != (y.bits & kState) || stringInB[x.entityId] != y.entityId ||
          stringInB[x.scopeId] != y.scopeId || a.eventId(row) != b.eventId(row) ||
          a.correlationId(row) != b.correlationId(row) || a.causationId(row) != b.causationId(row) ||
          !sameChain(a, b, row)) {
        differ.store(true, std::memory_order_relaxed);
        return;
      }
    }
  });
  return !differ.load() && !(cancel && cancel->load());
}

}  // namespace batscope
