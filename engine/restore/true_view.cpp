#include "batscope/restore/true_view.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "batscope/base/id_map.h"
#include "batscope/codec/blake3.h"
#include "batscope/restore/event_reader.h"
#include "batscope/restore/segment_index_scan.h"
#include "batscope/format/sidx_footer.h"
#include "batscope/format/snapshot.h"
#include "batscope/format/visibility_ranges.h"

namespace batscope {

namespace {

using Clock = std::chrono::steady_clock;

std::string posText(uint64_t seg, uint64_t off) { return segmentFileName(seg) + " @" + std::to_string(off); }

const std::string kMmapName = kMmapIndexFileName, kCheckpointName = kCheckpointFileName;

// The footer entries of one segment, in file order, for finding an event's durable sequence
// by position instead of by id: where a frame or a snapshot entry names the same event at
// the same place as an entry that was the first record of its id, the number is that entry's.
class FooterSequences {
 public:
  // An entry is where it sits in the footer; its event id, offset and sequence are read from
  // the mapped footer there (4 bytes and a bit an entry held, not 24: at 10M events, 190 MB
  // less).
  HugeVector<uint32_t> entries;  // entry index in the footer, batch markers left out
  std::vector<bool> first;       // by entry: the first record of its id among every footer
  uint64_t entriesOffset = 0;
  std::shared_ptr<const FileData> file;  // the segment, mapped
  bool sorted = true;  // strictly increasing offsets (batpak writes them so)

  const uint8_t* bytesOf(size_t k) const { return file->data() + entriesOffset + uint64_t(entries[k]) * kSidxEntryBytes; }
  Id128 idAt(size_t k) const { return Id128::fromLittleEndian(bytesOf(k)); }
  uint64_t offsetAt(size_t k) const { return loadLE64(bytesOf(k) + kOffset); }
  uint64_t sequenceAt(size_t k) const { return loadLE64(bytesOf(k) + kSequence); }
  uint64_t placeOf(size_t k) const { return entriesOffset + uint64_t(entries[k]) * kSidxEntryBytes; }
  static constexpr size_t kOffset = 102, kSequence = 114;  // in a SIDX entry (SidxFooter::place)
  // Starts loading entry k's id, offset and sequence (two cache lines of the mapped footer).
  void prefetch(size_t k) const {
    if (k >= entries.size()) return;
    __builtin_prefetch(bytesOf(k));
    __builtin_prefetch(bytesOf(k) + kSequence);
  }

  // The durable sequence of event `id` if this footer's entry at `offset` is its first record.
  // `hint` is where the previous lookup ended: callers go through a segment in file order.
  std::optional<uint64_t> firstRecordAt(uint64_t offset, const Id128& id, size_t& hint) const {
    if (!sorted) return std::nullopt;
    if (hint >= entries.size() || offsetAt(hint) > offset) {
      size_t lo = 0, hi = entries.size();
      while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (offsetAt(mid) < offset) lo = mid + 1;
        else hi = mid;
      }
      hint = lo;
    } else {
      while (hint < entries.size() && offsetAt(hint) < offset) ++hint;
    }
    if (hint >= entries.size() || offsetAt(hint) != offset || !first[hint] || idAt(hint) != id) return std::nullopt;
    return sequenceAt(hint);
  }
};

// A valid footer's entries (batch-marker kinds left out, as batpak's footer read does).
FooterSequences readFooterSequences(const SegmentFile& seg, std::shared_ptr<const FileData> file, bool& valid) {
  FooterSequences out;
  auto footer = readSidxFooter(file->data(), file->size(), seg.name);
  valid = footer && footer->present;
  if (!valid) return out;
  const SidxFooter& f = footer->footer;
  out.entriesOffset = f.entriesOffset;
  out.file = std::move(file);
  out.entries.reserve(f.entryCount());
  uint64_t lastOffset = 0;
  for (uint32_t i = 0; i < f.entryCount(); ++i) {
    if (isBatchMarkerKind(kindFromBinaryArtifact(f.rawKind(i)))) continue;
    const uint64_t offset = loadLE64(f.data + f.entryOffset(i) + FooterSequences::kOffset);
    out.sorted = out.sorted && (out.entries.empty() || lastOffset < offset);
    lastOffset = offset;
    out.entries.push_back(i);
  }
  out.first.assign(out.entries.size(), true);
  return out;
}

// Durable global sequences from every source that reads: footers, index.fbati, index.ckpt.
// The first source wins; where a later one records another number for the same event, both
// places are named (a footer has no checksum: a damaged entry shows up here).
//
// Footers hold nearly every event, so they are not put in a map of a million ids (a cache
// miss per insert): their entries are sorted by id once, which also finds the ids that more
// than one footer records. Snapshot entries mostly repeat a footer entry at the same place
// and are then skipped by position; the rest go to a small map.
class DurableSequences {
 public:
  DurableSequences(std::vector<Finding>& findings, const std::vector<SegmentFile>& segs)
      : findings_(findings), segs_(segs) {}

  // Sorts every footer entry by id and marks which entry of each id is the first record.
  void indexFooters(std::vector<FooterSequences>& footers, Executor& ex) {
    footers_ = &footers;
    std::vector<size_t>& starts = starts_;
    starts.assign(footers.size() + 1, 0);
    for (size_t s = 0; s < footers.size(); ++s) starts[s + 1] = starts[s] + footers[s].entries.size();
    keys_.resize(starts.back());
    const auto less = [this](const Key& a, const Key& b) { return keyLess(a, b); };
    ex.parallelFor(footers.size(), [&](size_t s) {
      for (uint32_t k = 0; k < footers[s].entries.size(); ++k)
        keys_[starts[s] + k] = Key{loadBE64(footers[s].idAt(k).bytes.data()), uint32_t(starts[s] + k)};
      std::sort(keys_.begin() + starts[s], keys_.begin() + starts[s + 1], less);
    });
    // Merge the sorted runs pairwise. Ids are UUIDv7s, which grow with time as the segments
    // do: runs that are in order already (most) are left as they are.
    for (size_t width = 1; width < footers.size(); width *= 2)
      for (size_t s = 0; s + width < footers.size(); s += 2 * width) {
        const auto first = keys_.begin() + starts[s], middle = keys_.begin() + starts[s + width],
                   last = keys_.begin() + starts[std::min(footers.size(), s + 2 * width)];
        if (first == middle || middle == last || keyLess(*(middle - 1), *middle)) continue;
        std::inplace_merge(first, middle, last, less);
      }
    // Later records of an id: not first; a different number is a disagreement, reported in
    // source order (segment, then entry) like every other source.
    std::vector<std::pair<const Key*, const Key*>> later;  // (record, first record)
    for (size_t a = 0; a < keys_.size();) {
      size_t b = a + 1;
      while (b < keys_.size() && sameId(keys_[b], keys_[a])) ++b;
      for (size_t k = a + 1; k < b; ++k) {
        const auto [segment, entry] = locate(keys_[k]);
        footers[segment].first[entry] = false;
        later.emplace_back(&keys_[k], &keys_[a]);
      }
      a = b;
    }
    std::sort(later.begin(), later.end(), [](const auto& x, const auto& y) { return x.first->ref < y.first->ref; });
    for (const auto& [rec, first] : later) {
      const uint64_t e = sequenceOf(*rec), f = sequenceOf(*first);
      if (e != f) disagree(footerPlace(*first), f, idOf(*rec), footerPlace(*rec), e);
    }
  }

  // A snapshot's entry; `offset` is where it sits in its file, where known.
  void record(const EntryPlace& rec, const std::string* file, std::optional<uint64_t> offset) {
    if (const Key* first = findFooterKey(rec.eventId)) {
      const uint64_t f = sequenceOf(*first);
      if (f != rec.globalSequence) disagree(footerPlace(*first), f, rec.eventId, Place{file, offset}, rec.globalSequence);
      return;
    }
    const auto [d, inserted] = extras_.emplace(rec.eventId, Durable{rec.globalSequence, Place{file, offset}});
    if (inserted) extraValues_.push_back(rec.globalSequence);
    else if (d->gs != rec.globalSequence) disagree(d->place, d->gs, rec.eventId, Place{file, offset}, rec.globalSequence);
  }

  void seal(const std::string& mmapName) {
    if (disagreements_ > kDisagreementsListed)
      findings_.push_back(makeFinding(FindingCode::MoreSequenceDisagreements, mmapName, std::nullopt,
                                      {std::to_string(disagreements_ - kDisagreementsListed)}));
  }

  size_t size() const { return keys_.size() + extras_.size(); }

  std::optional<uint64_t> find(const Id128& id) const {
    if (const Durable* d = extras_.find(id)) return d->gs;  // disjoint from the footers' ids
    if (const Key* first = findFooterKey(id)) return sequenceOf(*first);
    return std::nullopt;
  }

  // The smallest number >= `from` that no source records and none was synthesised.
  uint64_t freeFrom(uint64_t from) {
    if (!valuesSorted_) {  // only stores with events no source numbers get here
      values_.reserve(size());
      for (const Key& k : keys_) values_.push_back(sequenceOf(k));
      values_.insert(values_.end(), extraValues_.begin(), extraValues_.end());
      std::sort(values_.begin(), values_.end());
      values_.erase(std::unique(values_.begin(), values_.end()), values_.end());
      valuesSorted_ = true;
    }
    auto it = std::lower_bound(values_.begin(), values_.end(), from);
    while (it != values_.end() && *it == from) {
      ++from;
      ++it;
    }
    return from;
  }

 private:
  // A footer entry in the sort by id: the id's high half (its UUIDv7 time), and the entry's
  // number among every footer's (footers in segment order, entries in file order). The low
  // half is read from the footer where two high halves tie: 12 bytes an entry, not 24.
#pragma pack(push, 4)
  struct Key {
    uint64_t hi;
    uint32_t ref;
  };
#pragma pack(pop)
  static_assert(sizeof(Key) == 12);
  struct Place {
    const std::string* file = nullptr;
    std::optional<uint64_t> offset;  // of the entry that records it, where known
  };
  struct Durable {
    uint64_t gs = 0;
    Place place;
  };

  std::pair<size_t, size_t> locate(const Key& k) const {  // (segment, entry)
    const size_t segment = size_t(std::upper_bound(starts_.begin(), starts_.end(), size_t(k.ref)) - starts_.begin()) - 1;
    return {segment, k.ref - starts_[segment]};
  }
  Id128 idOf(const Key& k) const {
    const auto [segment, entry] = locate(k);
    return (*footers_)[segment].idAt(entry);
  }
  uint64_t loOf(const Key& k) const { return loadBE64(idOf(k).bytes.data() + 8); }
  uint64_t sequenceOf(const Key& k) const {
    const auto [segment, entry] = locate(k);
    return (*footers_)[segment].sequenceAt(entry);
  }
  bool keyLess(const Key& a, const Key& b) const {
    if (a.hi != b.hi) return a.hi < b.hi;
    const uint64_t x = loOf(a), y = loOf(b);
    return x != y ? x < y : a.ref < b.ref;
  }
  bool sameId(const Key& a, const Key& b) const { return a.hi == b.hi && loOf(a) == loOf(b); }
  Place footerPlace(const Key& k) const {
    const auto [segment, entry] = locate(k);
    return Place{&segs_[segment].name, (*footers_)[segment].placeOf(entry)};
  }
  // The first footer record of `id`, if any footer has one.
  const Key* findFooterKey(const Id128& id) const {
    const uint64_t hi = loadBE64(id.bytes.data()), lo = loadBE64(id.bytes.data() + 8);
    // The low half is read only among keys with the same high half.
    const auto it = std::lower_bound(keys_.begin(), keys_.end(), hi, [&](const Key& k, uint64_t h) {
      return k.hi < h || (k.hi == h && loOf(k) < lo);
    });
    return it != keys_.end() && it->hi == hi && loOf(*it) == lo ? &*it : nullptr;
  }
  void disagree(const Place& first, uint64_t firstGs, const Id128& id, const Place& other, uint64_t otherGs) {
    if (++disagreements_ > kDisagreementsListed) return;
    auto where = [](const Place& p) { return *p.file + (p.offset ? " @" + std::to_string(*p.offset) : std::string()); };
    findings_.push_back(makeFinding(FindingCode::SequenceDisagreement, *first.file, first.offset,
                                    {where(first), std::to_string(firstGs), hexEncode(id), where(other),
                                     std::to_string(otherGs)},
                                    id));
  }

  static constexpr size_t kDisagreementsListed = 20;
  std::vector<Finding>& findings_;
  const std::vector<SegmentFile>& segs_;
  std::vector<FooterSequences>* footers_ = nullptr;
  HugeVector<Key> keys_;  // every footer entry, by id, then source order
  std::vector<size_t> starts_;  // each footer's first entry number (and the total, last)
  IdMap<Durable> extras_;  // snapshot records of ids no footer has
  std::vector<uint64_t> extraValues_;
  std::vector<uint64_t> values_;
  bool valuesSorted_ = false;
  size_t disagreements_ = 0;
};

// One frame of a segment as the true view reads it: CRC-valid and decoded, or damaged (the
// walk skips a damaged frame by its length), in file order.
struct TrueFrame {
  enum What : uint8_t { Event, Begin, Commit, CrcMismatch, Undecodable } what = Event;
  bool canonicalIds = false;  // Event: ids at batpak's fixed offsets (IdentityLayout::Frame)
  bool hasDurable = false;
  uint8_t payloadHash = 0;    // Event: IndexEntry::kPayloadHashed[|kPayloadHashMatches] or 0
  uint16_t kind = 0;
  uint32_t length = 0;        // the whole frame
  uint32_t detail = 0;        // index into the segment's records (Event without canonical
                              // ids), crcs (CrcMismatch) or errors (Undecodable); compared
                              // with batpak's index, an Event's row there (faithfulRowOf)
  uint64_t offset = 0;
  uint32_t payloadSize = 0;   // the item count of a BEGIN
  uint32_t clock = 0;
  uint64_t wallMs = 0;
  uint64_t durableGs = 0;     // Event: the sequence a footer or snapshot records for it
  uint32_t entity = 0, scope = 0;  // into the segment's string table
  Index::FrameLandmarks landmarks;  // Event with hashPayloads, decoded canonically
};
static_assert(sizeof(TrueFrame) == 64, "a frame read by the true view fills one cache line, no more");

struct TrueSegment {
  std::shared_ptr<const FileData> file;
  uint32_t slot = 0;
  std::optional<Finding> unreadable;  // the file or its header does not read: no frames
  HugeVector<TrueFrame> frames;
  std::vector<EntryRecord> records;   // events whose ids must be copied into the index
  std::vector<uint32_t> recordFaithfulRows;  // compared with batpak's index: by record, its row there
  std::vector<std::pair<uint32_t, uint32_t>> crcs;  // stored, computed
  std::vector<std::string> errors;
  std::optional<Finding> framesEnd;   // a torn or oversized frame stops the walk
  // Entity and scope strings, interned per segment while walking in parallel, so that the
  // index's interner sees each distinct string once per segment instead of twice per event.
  std::vector<std::string_view> strings;
  std::unordered_map<std::string_view, uint32_t> stringIds;
  std::vector<uint32_t> indexStringIds;  // filled by the assembler

  uint32_t localString(std::string_view text) {
    // Most frames repeat a recent entity and scope: a small direct-mapped cache in front of
    // the map spares hashing the whole string and probing the map for them.
    uint64_t head = 0, tail = 0;
    std::memcpy(&head, text.data(), std::min<size_t>(text.size(), 8));
    if (text.size() > 8) std::memcpy(&tail, text.data() + text.size() - 8, 8);
    const size_t slot = size_t(((head ^ (tail * 31) ^ text.size()) * 0x9e3779b97f4a7c15ull) >> 56);
    RecentString& recent = recentStrings[slot];
    if (recent.id != kNoString && strings[recent.id] == text) return recent.id;
    const auto [it, inserted] = stringIds.emplace(text, uint32_t(strings.size()));
    if (inserted) strings.push_back(text);
    recent.id = it->second;
    return it->second;
  }
  static constexpr uint32_t kNoString = ~0u;
  struct RecentString {
    uint32_t id = kNoString;
  };
  std::array<RecentString, 256> recentStrings;

  // The entry the index appends for event frame `tf` of segment `seg`.
  EntryRecord record(const SegmentFile& seg, const TrueFrame& tf) const {
    if (!tf.canonicalIds) return records[tf.detail];
    EntryRecord rec;
    rec.identity = IdentityRef{IdentityLayout::Frame, slot, tf.offset};
    rec.entity = strings[tf.entity];
    rec.scope = strings[tf.scope];
    rec.kind = tf.kind;
    rec.wallMs = tf.wallMs;
    rec.clock = tf.clock;
    rec.segmentId = seg.id;
    rec.offset = tf.offset;
    rec.length = tf.length;
    rec.origin = EntryOrigin::FrameScan;
    rec.payloadHashBits = tf.payloadHash;
    return rec;
  }

  // The same, packed, for a frame with canonical ids (Index::append without the record).
  IndexEntry packed(const SegmentFile& seg, const TrueFrame& tf, uint64_t gs, Index& index) {
    if (indexStringIds.empty()) indexStringIds.assign(strings.size(), Index::kNoRow);
    auto indexId = [&](uint32_t local) {
      uint32_t& id = indexStringIds[local];
      if (id == Index::kNoRow) id = index.intern(strings[local]);
      return id;
    };
    IndexEntry e{};
    e.globalSequence = gs;
    e.wallMs = tf.wallMs;
    e.offset = tf.offset;
    e.segmentId = seg.id;
    e.length = tf.length;
    e.entityId = indexId(tf.entity);
    e.scopeId = indexId(tf.scope);
    e.clock = tf.clock;
    e.kind = tf.kind;
    e.origin = EntryOrigin::FrameScan;
    e.identitySource = slot;
    e.identityOffset = tf.offset;
    e.setLayout(IdentityLayout::Frame);
    e.bits |= tf.payloadHash;
    return e;
  }
};

// The physical walk's view of a segment before its frames (walkSegment's opening), given
// what the true view already read. False where the walk would read a different span of
// frames: a SIDX trailer whose footer is not valid.
bool startPhysicalWalk(const SegmentFile& seg, const FileData& file, bool footerValid,
                       const SegmentHeaderInfo& header, uint64_t framesEnd, SegmentWalk& walk) {
  walk.file = seg;
  walk.trailer = readSidxTrailer(file.data(), file.size());
  walk.footerValid = footerValid;
  walk.header = header;
  walk.framesStart = header.framesStart;
  walk.framesEnd = file.size();
  if (walk.trailer && walk.trailer->stringTableOffset >= walk.framesStart && walk.trailer->stringTableOffset <= file.size())
    walk.framesEnd = walk.trailer->stringTableOffset;
  return bool(walk.trailer) == footerValid && walk.framesEnd == framesEnd;
}

// The row of batpak's index that holds event frame `f` exactly as the true view would index
// it (sameEntries' fields; the global sequence only where a durable source gives one, the
// assembler checks a synthesised one), or Index::kNoRow. `hint` is the row the previous
// frame of the segment matched: the next frame's event is mostly the next row.
uint32_t faithfulRowOf(const Index& faithful, const DecodedFrame& f, const TrueFrame& tf, uint64_t segmentId,
                       uint32_t& hint) {
  const Id128& id = f.header.eventId;
  uint32_t row = hint == Index::kNoRow ? Index::kNoRow : hint + 1;
  if (row >= faithful.entryCount() || faithful.eventId(row) != id) row = faithful.findById(id);
  if (row == Index::kNoRow) return row;
  hint = row;
  const IndexEntry& e = faithful.entry(row);
  if (e.segmentId != segmentId || e.offset != tf.offset || e.length != tf.length || e.wallMs != tf.wallMs ||
      e.clock != tf.clock || e.kind != tf.kind || (tf.hasDurable && e.globalSequence != tf.durableGs) ||
      faithful.entity(row) != f.entity || faithful.scope(row) != f.scope ||
      faithful.correlationId(row) != f.header.correlationId || faithful.causationId(row) != f.header.causationId)
    return Index::kNoRow;
  const HashChain ours = f.hashChain.value_or(HashChain{}), theirs = faithful.hashChain(row);
  if (ours.prevHash != theirs.prevHash || ours.eventHash != theirs.eventHash) return Index::kNoRow;
  return row;
}

// Reads one segment's frames up to `end` (its SIDX string table when the footer is valid).
// Segments are independent here, so they are read in parallel; the batch state machine
// runs over the results in segment order (InOrderRunner).
//
// With `walk`, the physical walk of the segment (walkSegment's result) is kept on the way;
// false where the two read the frames differently and the segment must be walked again.
//
// With `faithful`, each event frame keeps the row of batpak's index that holds it
// (faithfulRowOf): in TrueFrame::detail where its ids are canonical, else beside its record.
bool walkTrueSegment(const SegmentFile& seg, bool footerValid, const DurableSequences& durable,
                     const FooterSequences* footer, bool hashPayloads, bool walkMarkersOnly, const Index* faithful,
                     TrueSegment& out, SegmentWalk* walk) {
  const uint8_t* d = out.file->data();
  const uint64_t size = out.file->size();
  auto header = parseSegmentHeader(d, size, seg.name);
  if (!header) {
    out.unreadable = makeFinding(FindingCode::SegmentUnreadable, seg.name, header.error().offset,
                                 {header.error().message});
    return !walk;
  }
  const uint64_t end = footerValid ? readSidxTrailer(d, size)->stringTableOffset : size;
  // As many frames as the footer lists, or a guess from the size; the vector grows past it.
  out.frames.reserve(footer ? footer->entries.size() + 16 : size_t(std::min<uint64_t>(end / 512, 1u << 18)) + 16);
  bool walkKept = true;
  if (walk && !startPhysicalWalk(seg, *out.file, footerValid, *header, end, *walk)) {
    walk = nullptr;
    walkKept = false;
  }
  if (walk && walkMarkersOnly) walk->listed = SegmentWalk::Listed::MarkersAndCrcMismatches;
  else if (walk) walk->frames.reserve(out.frames.capacity());
  uint64_t cursor = header->framesStart;
  size_t footerHint = 0;
  uint32_t faithfulHint = Index::kNoRow;
  std::vector<uint8_t> payload;
  while (cursor < end) {
    RawFrame raw;
    const FrameStatus st = readFrameAt(d, end, cursor, raw, true);
    if (st == FrameStatus::TooShort || st == FrameStatus::Truncated || st == FrameStatus::TooLarge) {
      out.framesEnd = makeFinding(FindingCode::FramesEndHere, seg.name, cursor, {frameStatusText(st)});
      if (walk) {
        walk->stoppedAt = cursor;
        walk->stopReason = frameStatusText(st);
      }
      return walkKept;
    }
    TrueFrame& tf = out.frames.emplace_back();
    tf.offset = cursor;
    tf.length = uint32_t(raw.frameLen());
    cursor += raw.frameLen();
    if (st == FrameStatus::CrcMismatch) {
      tf.what = TrueFrame::CrcMismatch;
      tf.detail = uint32_t(out.crcs.size());
      out.crcs.emplace_back(raw.storedCrc, raw.actualCrc);
      if (walk) {
        walk->crcMismatches.push_back({tf.offset, tf.length, raw.storedCrc, raw.actualCrc});
        walk->frames.push_back(WalkedFrame{tf.offset, tf.length, false, false, 0, {}});
      }
      continue;
    }
    DecodedFrame f;
    FrameDecodeError err;
    // Hashing unpacks each payload while the decode scans it anyway.
    const bool decoded = hashPayloads ? decodeFrameBodyWithPayload(raw.body, raw.bodyLen, f, err, payload)
                                      : decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Any, f, err);
    if (!decoded || !isValidCoordinate(f.entity, f.scope)) {
      tf.what = TrueFrame::Undecodable;
      tf.detail = uint32_t(out.errors.size());
      out.errors.push_back(err.message.empty() ? std::string("invalid coordinate") : err.message);
      if (walk) {  // the walk stops at an undecodable body and takes a bad coordinate: not this walk
        walk = nullptr;
        walkKept = false;
      }
      continue;
    }
    const uint16_t kind = f.header.eventKind;
    if (walk) {
      const bool marker = kind == kKindBatchBegin || kind == kKindBatchCommit;
      if (marker || !walkMarkersOnly)
        walk->frames.push_back(WalkedFrame{tf.offset, tf.length, true, true, kind, f.header.eventId});
      if (kind == kKindBatchBegin) ++walk->beginMarkers;
      else if (kind == kKindBatchCommit) ++walk->commitMarkers;
      else ++walk->eventFrames;
    }
    tf.what = kind == kKindBatchBegin ? TrueFrame::Begin : kind == kKindBatchCommit ? TrueFrame::Commit : TrueFrame::Event;
    tf.payloadSize = f.header.payloadSize;
    tf.kind = kind;
    tf.wallMs = f.header.position.wallMs;
    tf.clock = f.header.position.sequence;
    tf.entity = out.localString(f.entity);
    tf.scope = out.localString(f.scope);
    tf.canonicalIds = hasCanonicalIdLayout(raw.body, raw.bodyLen);
    if (!tf.canonicalIds) {
      tf.detail = uint32_t(out.records.size());
      out.records.push_back(recordFromFrame(seg, raw, f, out.slot));
      if (faithful) out.recordFaithfulRows.push_back(Index::kNoRow);  // an event's is set below
    }
    if (tf.what != TrueFrame::Event) continue;
    // Where the index reads this event's hashes from the frame itself, verifying its chain
    // later needs only this verdict (the frame is decoded and in cache now, not then).
    if (hashPayloads && tf.canonicalIds && f.hashChain && !(isZero(f.hashChain->prevHash) && isZero(f.hashChain->eventHash))) {
      tf.payloadHash = IndexEntry::kPayloadHashed;
      if (blake3(payload.data(), payload.size()) == f.hashChain->eventHash) tf.payloadHash |= IndexEntry::kPayloadHashMatches;
      if (f.hashChainValueOffset && f.payloadForm == PayloadForm::ByteArray)  // read canonically
        tf.landmarks = {f.payloadValueOffset, f.hashChainValueOffset};
    }
    // `durable` and `footer` are read-only by now: safe in parallel.
    std::optional<uint64_t> gs = footer ? footer->firstRecordAt(tf.offset, f.header.eventId, footerHint) : std::nullopt;
    if (footer) footer->prefetch(footerHint + 8);
    if (!gs) gs = durable.find(f.header.eventId);
    tf.hasDurable = gs.has_value();
    tf.durableGs = gs.value_or(0);
    if (faithful) {
      const uint32_t row = faithfulRowOf(*faithful, f, tf, seg.id, faithfulHint);
      (tf.canonicalIds ? tf.detail : out.recordFaithfulRows[tf.detail]) = row;
    }
  }
  return walkKept;
}

// Every durable source of global sequences: each valid footer's entries and index.fbati,
// loaded in parallel; index.ckpt given by the restore or loaded by recordDurableSequences.
struct DurableSources {
  std::vector<FooterSequences> footers;  // per segment; empty unless footerValid
  std::vector<uint8_t> footerValid;
  SnapshotLoad snapshots[2];  // index.fbati, index.ckpt
  bool checkpointLoaded = false;  // snapshots[1] is the restore's (or its rejection)
};

DurableSources loadDurableSources(DataDir& dir, Executor& ex, const LoadedSnapshots* loaded) {
  const std::vector<SegmentFile>& segs = dir.segments();
  DurableSources src;
  src.footers.resize(segs.size());
  src.footerValid.assign(segs.size(), 0);
  ex.parallelFor(segs.size() + 1, [&](size_t task) {
    if (task == 0)
      src.snapshots[0] = loaded && loaded->mmap ? *loaded->mmap : loadMmapSnapshot(dir.fs(), dir.path());
    if (task < 1) return;
    const size_t i = task - 1;
    auto file = dir.mapSegment(segs[i]);
    if (!file) return;
    bool valid = false;
    src.footers[i] = readFooterSequences(segs[i], *file, valid);
    src.footerValid[i] = valid;
  });
  if (loaded && loaded->checkpoint) {
    src.snapshots[1] = *loaded->checkpoint;
    src.checkpointLoaded = true;
  }
  return src;
}

// Whether a snapshot's entry repeats the first footer record of its event, at the same
// place with the same number: recording it then changes nothing. `lane` keeps the footer of
// the last entry's segment and where the last look-up ended (entries come in file order).
struct FooterLane {
  uint64_t segmentId = ~uint64_t(0);
  const FooterSequences* footer = nullptr;
  size_t hint = 0;
};
class FooterRepeats {
 public:
  FooterRepeats(const DurableSources& src, const std::vector<SegmentFile>& segs) : src_(src) {
    for (size_t i = 0; i < segs.size(); ++i)  // the first valid footer of each id
      if (src.footerValid[i]) footerOfSegmentId_.emplace(segs[i].id, i);
  }
  bool operator()(const EntryPlace& rec, FooterLane& lane) const {
    if (rec.segmentId != lane.segmentId || !lane.footer) {
      lane.segmentId = rec.segmentId;
      const auto it = footerOfSegmentId_.find(rec.segmentId);
      lane.footer = it == footerOfSegmentId_.end() ? nullptr : &src_.footers[it->second];
      lane.hint = 0;
    }
    if (!lane.footer) return false;
    const bool repeated = lane.footer->firstRecordAt(rec.offset, rec.eventId, lane.hint) == rec.globalSequence;
    lane.footer->prefetch(lane.hint + 8);  // entries come in file order: the footer's too, mostly
    return repeated;
  }

 private:
  const DurableSources& src_;
  std::unordered_map<uint64_t, size_t> footerOfSegmentId_;
};

// Records every source's sequences (footers, index.fbati, index.ckpt, in that order) and the
// snapshots' highest stored allocator.
//
// A checkpoint the restore did not load is loaded here, after the footers are indexed,
// keeping only the entries that do not repeat a footer (at 10M events, 640 MB not held).
void recordDurableSequences(DurableSources& src, DurableSequences& durable, std::optional<uint64_t>& allocatorFloor,
                            DataDir& dir, Executor& ex) {
  durable.indexFooters(src.footers, ex);
  const FooterRepeats repeats(src, dir.segments());
  if (!src.checkpointLoaded) {
    FooterLane lanes[2];
    src.snapshots[1] = loadCheckpoint(dir.fs(), dir.path(), &ex, [&](const EntryPlace& rec, unsigned lane) {
      return !repeats(rec, lanes[lane]);
    });
  }
  for (SnapshotLoad& load : src.snapshots) {
    if (!load.snapshot) continue;
    const LoadedSnapshot& s = *load.snapshot;
    const bool mmap = s.kind == LoadedSnapshot::Kind::Mmap;
    allocatorFloor = std::max(allocatorFloor.value_or(0), s.storedAllocator);
    // Where a footer already gave an event this number first, recording it is a no-op: those
    // entries (nearly all) are found in parallel, the rest recorded in order.
    constexpr size_t kChunk = 1u << 15;
    std::vector<uint8_t> repeatsFooter(s.entryCount(), 0);
    ex.parallelFor((s.entryCount() + kChunk - 1) / kChunk, [&](size_t c) {
      FooterLane lane;
      for (size_t i = c * kChunk; i < std::min(s.entryCount(), (c + 1) * kChunk); ++i) {
        s.prefetchPlace(i + 8);  // the entry's bytes in the mapped file, a cache miss each
        repeatsFooter[i] = repeats(s.place(i), lane);
      }
    });
    for (size_t i = 0; i < s.entryCount(); ++i)
      if (!repeatsFooter[i])
        durable.record(s.place(i), mmap ? &kMmapName : &kCheckpointName,
                       mmap ? std::optional<uint64_t>(s.fbatiEntryOffsets[i]) : std::nullopt);
  }
  durable.seal(kMmapName);
}

// The batch state machine over the frames, in file order (FORMAT.md §5.2, but damage skips a
// frame rather than ending the scan): committed events go into the index with their durable
// sequence, or a synthesised one after the highest seen.
class TrueViewAssembler {
 public:
  // With `faithful`, entries are not appended: each is checked to be that index's next row
  // (see TrueViewOptions::agreeWith), and differs() tells once one is not.
  TrueViewAssembler(Index& index, DurableSequences& durable, std::vector<Finding>& findings,
                    const Index* faithful = nullptr)
      : index_(index), durable_(durable), findings_(findings), faithful_(faithful) {}

  bool differs() const { return differs_; }
  // Whether every entry of the faithful index was met, each once: what finalize would add
  // (allocator, cancelled ranges) is compared by the caller.
  bool metEveryFaithfulRow() const { return !differs_ && faithful_ && matched_ == faithful_->entryCount(); }

  void apply(const SegmentFile& seg, TrueSegment& walked, const TrueFrame& tf) {
    const uint64_t cursor = tf.offset;
    switch (tf.what) {
      case TrueFrame::CrcMismatch:
        findings_.push_back(makeFinding(FindingCode::CrcFrameSkipped, seg.name, cursor,
                                        {hex32Text(walked.crcs[tf.detail].first), hex32Text(walked.crcs[tf.detail].second)}));
        if (batch_.open) batch_.damaged = true;
        return;
      case TrueFrame::Undecodable:
        findings_.push_back(makeFinding(FindingCode::FrameUndecodable, seg.name, cursor, {walked.errors[tf.detail]}));
        if (batch_.open) batch_.damaged = true;
        return;
      case TrueFrame::Begin:
        if (batch_.open)
          findings_.push_back(makeFinding(FindingCode::BeginInsideOpenBatch, seg.name, cursor,
                                          {posText(batch_.seg, batch_.off)}));
        batch_ = Batch{true, tf.payloadSize, false, seg.id, cursor, {}};
        return;
      case TrueFrame::Commit:
        commit(seg, cursor);
        return;
      case TrueFrame::Event: {
        const std::optional<uint64_t> known = tf.hasDurable ? std::optional<uint64_t>(tf.durableGs) : std::nullopt;
        const uint32_t faithfulRow = !faithful_        ? Index::kNoRow
                                     : tf.canonicalIds ? tf.detail
                                                       : walked.recordFaithfulRows[tf.detail];
        if (batch_.open) {
          // Copied: a batch may span segments.
          batch_.staged.push_back({walked.record(seg, tf), known, tf.landmarks, faithfulRow});
          if (batch_.remaining > 0) --batch_.remaining;
        } else if (faithful_) {
          meet(faithfulRow, sequenceFor(known));
        } else if (tf.canonicalIds) {
          index_.appendPacked(walked.packed(seg, tf, sequenceFor(known), index_), tf.landmarks);
        } else {
          emit(walked.record(seg, tf), known);
        }
        return;
      }
    }
  }

  // A rotation inside a batch always leaves a footer on the earlier segment; a crash never
  // does. So a batch still open at the end of a footer-less segment was torn by a crash.
  void endSegment(const SegmentFile& seg, bool footerValid) {
    if (!batch_.open || footerValid) return;
    findings_.push_back(makeFinding(FindingCode::BatchTornByCrash, seg.name, batch_.off,
                                    {std::to_string(batch_.staged.size())}));
    batch_ = Batch{};
  }

  void end() {
    if (batch_.open)
      findings_.push_back(makeFinding(FindingCode::BatchNeverCommitted, segmentFileName(batch_.seg), batch_.off));
  }

 private:
  // A batch's event, held until its COMMIT; landmarks as for an event outside a batch.
  struct StagedEvent {
    EntryRecord record;
    std::optional<uint64_t> known;  // its durable sequence
    Index::FrameLandmarks landmarks;
    uint32_t faithfulRow = Index::kNoRow;
  };
  struct Batch {
    bool open = false;
    uint32_t remaining = 0;
    bool damaged = false;
    uint64_t seg = 0, off = 0;
    std::vector<StagedEvent> staged;
  };

  void commit(const SegmentFile& seg, uint64_t cursor) {
    if (!batch_.open) {
      findings_.push_back(makeFinding(FindingCode::OrphanCommit, seg.name, cursor));
    } else if (batch_.remaining == 0 || batch_.damaged) {
      if (batch_.remaining != 0) findings_.push_back(makeFinding(FindingCode::CommittedBatchDamaged, seg.name, cursor));
      for (const StagedEvent& ev : batch_.staged) {
        if (faithful_) meet(ev.faithfulRow, sequenceFor(ev.known));
        else emit(ev.record, ev.known, ev.landmarks);
      }
      batch_ = Batch{};
    } else {
      findings_.push_back(makeFinding(FindingCode::CommitCountMismatch, seg.name, cursor,
                                      {posText(batch_.seg, batch_.off)}));
      batch_ = Batch{};
    }
  }

  // The durable number, or one synthesised after the highest seen; either is now the highest
  // candidate for the next synthesis.
  uint64_t sequenceFor(std::optional<uint64_t> known) {
    const uint64_t gs = known ? *known : durable_.freeFrom(any_ ? maxSeen_ + 1 : 0);
    maxSeen_ = any_ ? std::max(maxSeen_, gs) : gs;
    any_ = true;
    return gs;
  }

  void emit(EntryRecord rec, std::optional<uint64_t> known, Index::FrameLandmarks landmarks = Index::FrameLandmarks{}) {
    rec.globalSequence = sequenceFor(known);
    index_.append(rec, false, landmarks);
  }

  // The entry the index would append next is the frame that matched faithful row `row`, with
  // sequence `gs`. Finalize sorts the appended entries by sequence, keeping the order of equal
  // ones (compaction appends sequences out of order): they sort into the faithful rows' order
  // where each row is met once, with its number, and a row is met after the row before it
  // wherever both have the same number.
  void meet(uint32_t row, uint64_t gs) {
    if (differs_) return;
    if (row >= faithful_->entryCount() || faithful_->entry(row).globalSequence != gs) {
      differs_ = true;
      return;
    }
    if (met_.empty()) met_.assign(faithful_->entryCount(), false);
    const bool afterTie = row == 0 || faithful_->entry(row - 1).globalSequence != gs || met_[row - 1];
    if (met_[row] || !afterTie) {
      differs_ = true;
      return;
    }
    met_[row] = true;
    ++matched_;
  }

  Index& index_;
  DurableSequences& durable_;
  std::vector<Finding>& findings_;
  const Index* faithful_ = nullptr;
  std::vector<bool> met_;  // by faithful row
  uint32_t matched_ = 0;   // rows of the faithful index met so far
  bool differs_ = false;
  Batch batch_;
  uint64_t maxSeen_ = 0;
  bool any_ = false;
};

// Maps every segment and checks its header; the frames are walked afterwards. Identity
// slots are given in segment order here, before any walk, so the walks can run in any order.
std::vector<TrueSegment> openSegments(DataDir& dir, Executor& ex, Index& index) {
  const std::vector<SegmentFile>& segs = dir.segments();
  std::vector<TrueSegment> walked(segs.size());
  for (size_t k = 0; k < segs.size(); ++k) {
    auto file = dir.mapSegment(segs[k]);
    if (!file) {
      walked[k].unreadable = makeFinding(FindingCode::SegmentFileUnreadable, segs[k].name, std::nullopt, {file.error().message});
      continue;
    }
    walked[k].file = *file;
  }
  ex.parallelFor(segs.size(), [&](size_t k) {
    TrueSegment& w = walked[k];
    if (!w.file) return;
    auto header = parseSegmentHeader(w.file->data(), w.file->size(), segs[k].name);
    if (!header)
      w.unreadable = makeFinding(FindingCode::SegmentUnreadable, segs[k].name, header.error().offset, {header.error().message});
  });
  for (TrueSegment& w : walked)
    if (w.file && !w.unreadable) w.slot = index.addIdentitySource(w.file);
  return walked;
}

// Runs `assemble(k)` for k = 0, 1, … in order, each as soon as `done(k)` has been called for
// it and every k before it, on whichever thread completes that run. Segments are read in
// parallel and assembled in order this way without a barrier: while one thread runs the
// batch state machine, the other goes on reading, and a segment's frames are freed as soon
// as they are assembled. Reading runs at most kReadAhead segments ahead of the assembling
// (awaitRoom), so that a slow assembling never holds every segment's frames at once.
class InOrderRunner {
 public:
  static constexpr size_t kReadAhead = 4;

  InOrderRunner(size_t count, std::function<void(size_t)> assemble) : ready_(count, 0), assemble_(std::move(assemble)) {}

  // Before reading segment k. Segments are claimed in order (Executor::parallelFor), so the
  // one assembled next is being read or assembled by a thread that is not waiting here.
  void awaitRoom(size_t k) {
    std::unique_lock<std::mutex> lock(mu_);
    room_.wait(lock, [&] { return k < next_ + kReadAhead; });
  }

  void done(size_t k) {
    std::unique_lock<std::mutex> lock(mu_);
    ready_[k] = 1;
    if (running_) return;  // the thread running now picks k up when it gets there
    running_ = true;
    while (next_ < ready_.size() && ready_[next_]) {
      const size_t j = next_;
      lock.unlock();
      assemble_(j);
      lock.lock();
      ++next_;  // once assembled: its frames are gone
      room_.notify_all();
    }
    running_ = false;
  }

 private:
  std::mutex mu_;
  std::condition_variable room_;
  std::vector<uint8_t> ready_;
  size_t next_ = 0;  // the segment assembled next (while assembled: the one being assembled)
  bool running_ = false;
  std::function<void(size_t)> assemble_;
};

// Walks the segments the frame pass could not walk the physical walk's way, and has the
// walk's find() go through out.index where that index answers it.
void finishPhysicalWalk(DataDir& dir, Executor& ex, const std::vector<uint8_t>& rewalk, TrueViewResult& out) {
  const std::vector<SegmentFile>& segs = dir.segments();
  const bool walkedInPass = std::find(rewalk.begin(), rewalk.end(), 1) == rewalk.end();
  ex.parallelFor(segs.size(), [&](size_t k) {
    if (rewalk[k]) out.walk->segments[k] = walkSegmentOf(dir, segs[k]);
  });
  if (walkedInPass) {
    // Every segment walked in the pass: where the index holds each walked event frame (none
    // left out of a batch) and no id twice, it answers the walk's lookups.
    uint64_t eventFrames = 0;
    for (const SegmentWalk& w : out.walk->segments) eventFrames += w.eventFrames;
    bool twice = false;
    for (uint32_t row = 0; row < out.index->entryCount() && !twice; ++row) twice = out.index->isSuperseded(row);
    if (eventFrames == out.index->entryCount() && !twice) out.walk->useIndexForFind(out.index);
  }
  if (!out.walk->findsThroughIndex()) {  // find() reads the frames: list them all
    ex.parallelFor(segs.size(), [&](size_t k) {
      if (out.walk->segments[k].listed != SegmentWalk::Listed::All) out.walk->segments[k] = walkSegmentOf(dir, segs[k]);
    });
  }
}

// Whether the index the assembler compared with is what finalize would have made of the
// entries it met: every row met in order, the same allocator and cancelled ranges (which
// then give every row the same visibility; the same ids in the same order give it the same
// superseded copies).
bool agreesAfterFinalize(const TrueViewAssembler& assembler, const Index& faithful,
                         std::optional<uint64_t> allocatorFloor, std::vector<SequenceRange> cancelled) {
  if (!assembler.metEveryFaithfulRow()) return false;
  uint64_t allocator = faithful.entryCount() ? faithful.entry(uint32_t(faithful.entryCount() - 1)).globalSequence + 1 : 0;
  if (allocatorFloor) allocator = std::max(allocator, *allocatorFloor);
  if (allocator != faithful.allocator()) return false;
  const std::vector<SequenceRange> ranges = normalizeRanges(std::move(cancelled));
  const std::vector<SequenceRange>& theirs = faithful.cancelledRanges();
  if (ranges.size() != theirs.size()) return false;
  for (size_t i = 0; i < ranges.size(); ++i)
    if (ranges[i].start != theirs[i].start || ranges[i].end != theirs[i].end) return false;
  return true;
}

}  // namespace

Result<TrueViewResult> buildTrueView(const std::shared_ptr<DataDir>& dir, const std::atomic<bool>* cancel,
                                     Executor* executor, TrueViewOptions options) {
  const auto t0 = Clock::now();
  TrueViewResult out;
  out.index = std::make_shared<Index>();
  InlineExecutor inlineExecutor;
  Executor& ex = executor ? *executor : inlineExecutor;
  const std::vector<SegmentFile>& segs = dir->segments();

  auto sinceStart = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); };
  auto phase = [&](const char* name, double startMs) {
    out.phases.push_back(PhaseTiming{name, startMs, sinceStart() - startMs});
  };
  // Both let go before the index is finalized: footers and keys are 64 bytes an event.
  auto durableOwned = std::make_unique<DurableSequences>(out.findings, segs);
  DurableSequences& durable = *durableOwned;
  std::optional<uint64_t> allocatorFloor;
  std::vector<uint8_t> rewalk(segs.size(), 0);  // segments the frame pass could not walk the physical walk's way
  if (options.physicalWalk) {
    out.walk = std::make_shared<StoreWalk>();
    out.walk->segments.resize(segs.size());
  }
  DurableSources sources = loadDurableSources(*dir, ex, options.snapshots.get());
  phase("load footers and snapshots", 0);
  const double recordStart = sinceStart();
  recordDurableSequences(sources, durable, allocatorFloor, *dir, ex);
  const std::vector<uint8_t>& footerValid = sources.footerValid;
  const std::vector<FooterSequences>& footerSeqs = sources.footers;
  phase("record durable sequences", recordStart);

  const Index* faithful = options.agreeWith.get();  // compared with, not built (TrueViewOptions::agreeWith)
  const bool hashPayloads = options.hashPayloads && !faithful;
  if (hashPayloads) out.index->recordFrameLandmarks();
  if (!faithful) out.index->reserve(durable.size() + durable.size() / 64);  // most stores: every event has a durable number
  TrueViewAssembler assembler(*out.index, durable, out.findings, faithful);
  const double framesStart = sinceStart();
  std::vector<TrueSegment> walked = openSegments(*dir, ex, *out.index);
  std::atomic<bool> stop{false};  // cancelled: the remaining segments are neither read nor assembled
  std::atomic<bool> differs{false};  // a frame differs from the faithful index: the same
  double assembleMs = 0;          // only the running thread adds to it
  InOrderRunner inOrder(segs.size(), [&](size_t k) {
    TrueSegment w = std::move(walked[k]);
    if (stop.load() || assembler.differs()) return;
    const auto assembleStart = Clock::now();
    if (w.unreadable) {
      out.findings.push_back(std::move(*w.unreadable));
    } else {
      for (const TrueFrame& tf : w.frames) assembler.apply(segs[k], w, tf);
      if (w.framesEnd) out.findings.push_back(std::move(*w.framesEnd));
      assembler.endSegment(segs[k], footerValid[k]);
      if (assembler.differs()) differs.store(true);
    }
    assembleMs += std::chrono::duration<double, std::milli>(Clock::now() - assembleStart).count();
  });
  // Task 0 lets go of the snapshots (unmapping 480 MB takes ~30 ms) while the other threads
  // start reading; task k + 1 reads segment k.
  ex.parallelFor(segs.size() + 1, [&](size_t task) {
    if (task == 0) {
      for (SnapshotLoad& load : sources.snapshots) load.snapshot.reset();
      return;
    }
    const size_t k = task - 1;
    inOrder.awaitRoom(k);
    if (cancel && cancel->load()) stop.store(true);
    if (!stop.load() && !differs.load()) {
      TrueSegment& w = walked[k];
      SegmentWalk* walk = options.physicalWalk ? &out.walk->segments[k] : nullptr;
      const bool walkKept = w.file && !w.unreadable &&
                            walkTrueSegment(segs[k], footerValid[k], durable, &footerSeqs[k], hashPayloads,
                                            options.walkMarkersOnly, faithful, w, walk);
      if (walk && !walkKept) rewalk[k] = 1;
    }
    inOrder.done(k);
  });
  if (stop.load()) return Error{Error::Code::Cancelled, "true view cancelled", dir->path(), std::nullopt};
  if (faithful) {
    durableOwned.reset();
    std::vector<FooterSequences>().swap(sources.footers);
    const VisibilityLoad vis = loadVisibilityRanges(dir->fs(), dir->path());
    if (!agreesAfterFinalize(assembler, *faithful, allocatorFloor, vis.ranges)) {
      // Built again in full; the comparing pass shows as its first phase.
      const double comparedMs = sinceStart();
      std::vector<TrueSegment>().swap(walked);
      out = TrueViewResult{};
      options.agreeWith.reset();
      auto full = buildTrueView(dir, cancel, executor, std::move(options));
      if (!full) return full;
      for (PhaseTiming& p : full->phases) p.startMs += comparedMs;
      full->phases.insert(full->phases.begin(), PhaseTiming{"compare with batpak's index (differs)", 0, comparedMs});
      full->elapsedMs += comparedMs;
      return full;
    }
    assembler.end();
    out.index = options.agreeWith;
    out.sharesFaithfulIndex = true;
    phase("read frames (parallel), compare with batpak's index in order", framesStart);
    out.phases.push_back(PhaseTiming{"batch state machine (overlaps the reads)", framesStart, assembleMs});
    if (options.physicalWalk) finishPhysicalWalk(*dir, ex, rewalk, out);
    out.elapsedMs = sinceStart();
    return out;
  }
  assembler.end();
  // Reading and assembling overlap: the second phase is the assembling's own time within the first.
  phase("read frames (parallel), assemble in order", framesStart);
  out.phases.push_back(PhaseTiming{"batch state machine (overlaps the reads)", framesStart, assembleMs});

  durableOwned.reset();
  std::vector<FooterSequences>().swap(sources.footers);
  const double finalizeStart = sinceStart();
  const VisibilityLoad vis = loadVisibilityRanges(dir->fs(), dir->path());
  out.index->finalize(allocatorFloor, vis.ranges, &ex);
  if (options.physicalWalk) finishPhysicalWalk(*dir, ex, rewalk, out);
  phase("sort and finalize", finalizeStart);
  out.elapsedMs = sinceStart();
  return out;
}

std::string trueViewDifference(const Index& reference, const Index& other) {
  auto describe = [](const Index& index, uint32_t row) {
    const IndexEntry& e = index.entry(row);
    return "event " + uuidText(index.eventId(row)) + " seq " + std::to_string(e.globalSequence) + " segment " +
           std::to_string(e.segmentId) + " @" + std::to_string(e.offset) + (index.isVisible(row) ? " visible" : " hidden");
  };
  const size_t n = std::min(reference.entryCount(), other.entryCount());
  for (uint32_t row = 0; row < n; ++row) {
    const IndexEntry &a = reference.entry(row), &b = other.entry(row);
    if (a.globalSequence == b.globalSequence && a.segmentId == b.segmentId && a.offset == b.offset &&
        reference.isVisible(row) == other.isVisible(row) && reference.eventId(row) == other.eventId(row))
      continue;
    return "row " + std::to_string(row) + ": " + describe(other, row) + " vs " + describe(reference, row);
  }
  if (reference.entryCount() != other.entryCount())
    return std::to_string(other.entryCount()) + " entries vs " + std::to_string(reference.entryCount());
  return {};
}

namespace {

// Segment ids whose file is the one a position names ("{id:06}.fbat", and only one file has
// that id): a frame the true view read there is the frame a read at that position returns.
std::unordered_set<uint64_t> canonicalSegmentIds(const DataDir& dir) {
  std::unordered_map<uint64_t, int> count;
  for (const SegmentFile& s : dir.segments()) ++count[s.id];
  std::unordered_set<uint64_t> out;
  for (const SegmentFile& s : dir.segments())
    if (count[s.id] == 1 && s.name == segmentFileName(s.id)) out.insert(s.id);
  return out;
}

// Checks one faithful row; findings go to `out` in row order. Returns the true view's row of
// the same event (Index::kNoRow when it has none).
uint32_t crossCheckRow(const DataDir& dir, const Index& faithful, const Index& truth,
                       const std::unordered_set<uint64_t>& canonical, uint32_t row, std::vector<Finding>& out) {
  const IndexEntry& e = faithful.entry(row);
  const Id128 id = faithful.eventId(row);
  const uint32_t trow = truth.findById(id, row);
  // The true view decoded every frame it holds: where batpak's entry names exactly that
  // frame, reading it again would only repeat the true view's checks.
  bool known = false;
  if (trow != Index::kNoRow) {
    const IndexEntry& t = truth.entry(trow);
    known = t.segmentId == e.segmentId && t.offset == e.offset && t.length == e.length && canonical.count(e.segmentId);
  }
  std::optional<FrameRead> fr;
  if (!known) fr = readFrameAtPosition(dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
  auto file = [&] { return segmentFileName(e.segmentId); };
  // Where the bytes really hold the event, named when batpak's entry points elsewhere.
  auto misplaced = [&](FindingCode elsewhere, FindingCode nowhere, std::vector<std::string> args) {
    if (trow != Index::kNoRow) {
      const IndexEntry& t = truth.entry(trow);
      args.push_back(posText(t.segmentId, t.offset));
      args.push_back(std::to_string(t.globalSequence));
    }
    out.push_back(makeFinding(trow != Index::kNoRow ? elsewhere : nowhere, file(), e.offset, std::move(args), id));
  };
  if (fr && !fr->ok) {
    misplaced(FindingCode::IndexedUnreadableFrameElsewhere, FindingCode::IndexedUnreadableNoFrame,
              {hexEncode(id), std::to_string(e.globalSequence), entryOriginName(e.origin), fr->error});
    return trow;
  }
  if (fr && fr->frame.header.eventId != id) {
    misplaced(FindingCode::IndexedOtherEventFrameElsewhere, FindingCode::IndexedOtherEventNoFrame,
              {hexEncode(id), hexEncode(fr->frame.header.eventId)});
    return trow;
  }
  if (faithful.isSuperseded(row)) {
    out.push_back(makeFinding(FindingCode::IndexedTwice, file(), e.offset, {hexEncode(id), std::to_string(e.globalSequence)}, id));
    return trow;
  }
  if (trow == Index::kNoRow) return trow;
  const IndexEntry& t = truth.entry(trow);
  if (t.globalSequence != e.globalSequence)
    out.push_back(makeFinding(FindingCode::SequenceDiffers, file(), e.offset,
                              {hexEncode(id), std::to_string(e.globalSequence), std::to_string(t.globalSequence)}, id));
  auto visibility = [](bool visible) { return std::string(visible ? "visible" : "hidden"); };
  if (faithful.isVisible(row) != truth.isVisible(trow))
    out.push_back(makeFinding(FindingCode::VisibilityDiffers, file(), e.offset,
                              {hexEncode(id), visibility(faithful.isVisible(row)), visibility(truth.isVisible(trow))}, id));
  return trow;
}

}  // namespace

CrossCheckResult crossCheck(const DataDir& dir, const Index& faithful, const Index& truth,
                            const std::atomic<bool>* cancel, Executor* executor) {
  const auto t0 = Clock::now();
  CrossCheckResult out;
  const std::unordered_set<uint64_t> canonical = canonicalSegmentIds(dir);
  // Rows in chunks, in parallel; each chunk's findings are kept in row order and joined.
  constexpr uint32_t kChunk = 1u << 16;
  const uint32_t rows = faithful.entryCount();
  const size_t chunks = (size_t(rows) + kChunk - 1) / kChunk;
  std::vector<std::vector<Finding>> found(chunks);
  std::vector<uint64_t> checked(chunks, 0);
  // The true view's rows whose event batpak's index holds: most are found here, so the pass
  // for lost events below looks up only the rest.
  const uint32_t truthRows = truth.entryCount();
  std::unique_ptr<std::atomic<uint8_t>[]> held(new std::atomic<uint8_t>[truthRows]());
  InlineExecutor inlineExecutor;
  Executor& ex = executor ? *executor : inlineExecutor;
  ex.parallelFor(chunks, [&](size_t c) {
    const uint32_t end = uint32_t(std::min<uint64_t>(rows, (uint64_t(c) + 1) * kChunk));
    constexpr uint32_t kAhead = 8;  // rows whose ids are loaded while this one is checked
    for (uint32_t row = uint32_t(c * kChunk); row < end; ++row) {
      if (cancel && cancel->load()) return;
      faithful.prefetchEventId(row + kAhead);
      truth.prefetchEventId(row + kAhead);
      const uint32_t trow = crossCheckRow(dir, faithful, truth, canonical, row, found[c]);
      if (trow != Index::kNoRow) held[trow].store(1, std::memory_order_relaxed);
      ++checked[c];
    }
  });
  for (size_t c = 0; c < chunks; ++c) {
    out.entriesChecked += checked[c];
    out.discrepancies += found[c].size();
    for (Finding& f : found[c]) out.findings.push_back(std::move(f));
  }
  if (cancel && cancel->load()) {
    out.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    return out;
  }
  const size_t truthChunks = (size_t(truthRows) + kChunk - 1) / kChunk;
  std::vector<std::vector<Finding>> lost(truthChunks);
  ex.parallelFor(truthChunks, [&](size_t c) {
    const uint32_t end = uint32_t(std::min<uint64_t>(truthRows, (uint64_t(c) + 1) * kChunk));
    for (uint32_t trow = uint32_t(c * kChunk); trow < end; ++trow) {
      if (held[trow].load(std::memory_order_relaxed) || truth.isSuperseded(trow)) continue;
      const Id128 id = truth.eventId(trow);
      if (faithful.findById(id, trow) != Index::kNoRow) continue;
      const IndexEntry& t = truth.entry(trow);
      lost[c].push_back(makeFinding(FindingCode::EventLost, segmentFileName(t.segmentId), t.offset,
                                    {hexEncode(id), posText(t.segmentId, t.offset), std::to_string(t.globalSequence)}, id));
    }
  });
  for (std::vector<Finding>& chunk : lost) {
    out.discrepancies += chunk.size();
    for (Finding& f : chunk) out.findings.push_back(std::move(f));
  }
  out.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return out;
}

}  // namespace batscope
