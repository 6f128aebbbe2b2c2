#include "batscope/restore/true_view.h"

#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "batscope/base/id_map.h"
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

// Durable global sequences from every source that reads: footers, index.fbati, index.ckpt.
// The first source wins; where a later one records another number for the same event, both
// places are named (a footer has no checksum: a damaged entry shows up here).
class DurableSequences {
 public:
  explicit DurableSequences(std::vector<Finding>& findings) : findings_(findings) {}

  void reserve(size_t entries) {
    byId_.reserve(entries);
    values_.reserve(entries);
  }

  void record(const EntryRecord& rec, const std::string* file, std::optional<uint64_t> offset) {
    const uint64_t gs = *rec.globalSequence;
    const auto [d, inserted] = byId_.emplace(rec.eventId, Durable{gs, file, offset});
    if (inserted) {
      values_.emplace_back(gs);
      return;
    }
    if (d->gs == gs || ++disagreements_ > kDisagreementsListed) return;
    auto where = [](const Durable& x) { return *x.file + (x.offset ? " @" + std::to_string(*x.offset) : std::string()); };
    findings_.push_back(makeFinding(FindingCode::SequenceDisagreement, *d->file, d->offset,
                                    {where(*d), std::to_string(d->gs), hexEncode(rec.eventId),
                                     where(Durable{gs, file, offset}), std::to_string(gs)},
                                    rec.eventId));
  }

  // After every source: the numbers taken, for synthesising the ones no source records.
  void seal(const std::string& mmapName) {
    if (disagreements_ > kDisagreementsListed)
      findings_.push_back(makeFinding(FindingCode::MoreSequenceDisagreements, mmapName, std::nullopt,
                                      {std::to_string(disagreements_ - kDisagreementsListed)}));
    std::sort(values_.begin(), values_.end());
    values_.erase(std::unique(values_.begin(), values_.end()), values_.end());
  }

  std::optional<uint64_t> find(const Id128& id) const {
    const Durable* d = byId_.find(id);
    return d ? std::optional<uint64_t>(d->gs) : std::nullopt;
  }

  // The smallest number >= `from` that no source records and none was synthesised.
  uint64_t freeFrom(uint64_t from) {
    auto it = std::lower_bound(values_.begin(), values_.end(), from);
    while (it != values_.end() && *it == from) {
      ++from;
      ++it;
    }
    return from;
  }

 private:
  struct Durable {
    uint64_t gs = 0;
    const std::string* file = nullptr;
    std::optional<uint64_t> offset;  // of the entry that records it, where known
  };
  static constexpr size_t kDisagreementsListed = 20;
  std::vector<Finding>& findings_;
  IdMap<Durable> byId_;
  std::vector<uint64_t> values_;
  size_t disagreements_ = 0;
};

// One frame of a segment as the true view reads it: CRC-valid and decoded, or damaged (the
// walk skips a damaged frame by its length), in file order.
struct TrueFrame {
  enum What : uint8_t { Event, Begin, Commit, CrcMismatch, Undecodable } what = Event;
  uint64_t offset = 0;
  uint32_t payloadSize = 0;           // the item count of a BEGIN
  uint32_t storedCrc = 0, actualCrc = 0;
  EntryRecord rec;                    // Event, Begin, Commit
  std::optional<uint64_t> durableGs;  // Event: the sequence a footer or snapshot records for it
  std::string error;                  // Undecodable
};

struct TrueSegment {
  std::shared_ptr<const FileData> file;
  uint32_t slot = 0;
  std::optional<Finding> unreadable;  // the file or its header does not read: no frames
  std::vector<TrueFrame> frames;
  std::optional<Finding> framesEnd;   // a torn or oversized frame stops the walk
};

// Reads one segment's frames up to `end` (its SIDX string table when the footer is valid).
// Segments are independent here, so they are read in parallel; the batch state machine
// runs over the results in order afterwards.
void walkTrueSegment(const SegmentFile& seg, bool footerValid, const DurableSequences& durable, TrueSegment& out) {
  const uint8_t* d = out.file->data();
  const uint64_t size = out.file->size();
  auto header = parseSegmentHeader(d, size, seg.name);
  if (!header) {
    out.unreadable = makeFinding(FindingCode::SegmentUnreadable, seg.name, header.error().offset,
                                 {header.error().message});
    return;
  }
  const uint64_t end = footerValid ? readSidxTrailer(d, size)->stringTableOffset : size;
  // A guess from the size (frames are rarely under 1 KiB); the vector grows past it if needed.
  out.frames.reserve(size_t(std::min<uint64_t>(end / 1024, 1u << 18)) + 16);
  uint64_t cursor = header->framesStart;
  while (cursor < end) {
    RawFrame raw;
    const FrameStatus st = readFrameAt(d, end, cursor, raw, true);
    if (st == FrameStatus::TooShort || st == FrameStatus::Truncated || st == FrameStatus::TooLarge) {
      out.framesEnd = makeFinding(FindingCode::FramesEndHere, seg.name, cursor, {frameStatusText(st)});
      return;
    }
    TrueFrame& tf = out.frames.emplace_back();
    tf.offset = cursor;
    cursor += raw.frameLen();
    if (st == FrameStatus::CrcMismatch) {
      tf.what = TrueFrame::CrcMismatch;
      tf.storedCrc = raw.storedCrc;
      tf.actualCrc = raw.actualCrc;
      continue;
    }
    DecodedFrame f;
    FrameDecodeError err;
    if (!decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Any, f, err) || !isValidCoordinate(f.entity, f.scope)) {
      tf.what = TrueFrame::Undecodable;
      tf.error = err.message.empty() ? std::string("invalid coordinate") : err.message;
      continue;
    }
    const uint16_t kind = f.header.eventKind;
    tf.what = kind == kKindBatchBegin ? TrueFrame::Begin : kind == kKindBatchCommit ? TrueFrame::Commit : TrueFrame::Event;
    tf.payloadSize = f.header.payloadSize;
    tf.rec = recordFromFrame(seg, raw, f, out.slot);
    if (tf.what == TrueFrame::Event) tf.durableGs = durable.find(f.header.eventId);  // read-only by now: safe in parallel
  }
}

// Records every durable source's sequences (footers, index.fbati, index.ckpt, in that order);
// sets which segments have a valid footer and the snapshots' highest stored allocator.
void loadDurableSequences(DataDir& dir, Executor& ex, DurableSequences& durable, std::vector<uint8_t>& footerValid,
                          std::optional<uint64_t>& allocatorFloor) {
  const std::vector<SegmentFile>& segs = dir.segments();
  // The sources load concurrently (the checkpoint's decode is the long one); they are
  // recorded afterwards in a fixed order.
  std::vector<std::optional<std::vector<EntryRecord>>> footers(segs.size());
  std::vector<uint64_t> fileSizes(segs.size(), 0);
  SnapshotLoad snapshots[2];
  ex.parallelFor(segs.size() + 2, [&](size_t task) {
    if (task == 0) snapshots[1] = loadCheckpoint(dir.fs(), dir.path());
    if (task == 1) snapshots[0] = loadMmapSnapshot(dir.fs(), dir.path());
    if (task < 2) return;
    const size_t i = task - 2;
    auto file = dir.mapSegment(segs[i]);
    if (!file) return;
    fileSizes[i] = (*file)->size();
    auto entries = footerEntries(segs[i], **file, std::nullopt);
    if (entries) footers[i] = std::move(*entries);
  });
  size_t footerEntryCount = 0;
  for (const auto& f : footers) footerEntryCount += f ? f->size() : 0;
  durable.reserve(std::max({footerEntryCount, snapshots[0].snapshot ? snapshots[0].snapshot->entryCount() : 0,
                            snapshots[1].snapshot ? snapshots[1].snapshot->entryCount() : 0}));
  for (size_t i = 0; i < segs.size(); ++i) {
    if (!footers[i]) continue;
    footerValid[i] = 1;
    const uint64_t entriesStart = fileSizes[i] - kSidxTrailerBytes - uint64_t(footers[i]->size()) * kSidxEntryBytes;
    for (size_t k = 0; k < footers[i]->size(); ++k)
      durable.record((*footers[i])[k], &segs[i].name, entriesStart + k * kSidxEntryBytes);
    footers[i].reset();
  }
  for (SnapshotLoad& load : snapshots) {
    if (!load.snapshot) continue;
    const LoadedSnapshot& s = *load.snapshot;
    const bool mmap = s.kind == LoadedSnapshot::Kind::Mmap;
    allocatorFloor = std::max(allocatorFloor.value_or(0), s.storedAllocator);
    for (size_t i = 0; i < s.entryCount(); ++i)
      durable.record(s.entry(i), mmap ? &kMmapName : &kCheckpointName,
                     mmap ? std::optional<uint64_t>(s.fbatiEntryOffsets[i]) : std::nullopt);
    load.snapshot.reset();
  }
  durable.seal(kMmapName);
}

// The batch state machine over the frames, in file order (FORMAT.md §5.2, but damage skips a
// frame rather than ending the scan): committed events go into the index with their durable
// sequence, or a synthesised one after the highest seen.
class TrueViewAssembler {
 public:
  TrueViewAssembler(Index& index, DurableSequences& durable, std::vector<Finding>& findings)
      : index_(index), durable_(durable), findings_(findings) {}

  void apply(const SegmentFile& seg, const TrueFrame& tf) {
    const uint64_t cursor = tf.offset;
    switch (tf.what) {
      case TrueFrame::CrcMismatch:
        findings_.push_back(makeFinding(FindingCode::CrcFrameSkipped, seg.name, cursor,
                                        {hex32Text(tf.storedCrc), hex32Text(tf.actualCrc)}));
        if (batch_.open) batch_.damaged = true;
        return;
      case TrueFrame::Undecodable:
        findings_.push_back(makeFinding(FindingCode::FrameUndecodable, seg.name, cursor, {tf.error}));
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
      case TrueFrame::Event:
        if (batch_.open) {
          batch_.staged.emplace_back(tf.rec, tf.durableGs);  // copied: a batch may span waves
          if (batch_.remaining > 0) --batch_.remaining;
        } else {
          emit(tf.rec, tf.durableGs);
        }
        return;
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
  struct Batch {
    bool open = false;
    uint32_t remaining = 0;
    bool damaged = false;
    uint64_t seg = 0, off = 0;
    std::vector<std::pair<EntryRecord, std::optional<uint64_t>>> staged;
  };

  void commit(const SegmentFile& seg, uint64_t cursor) {
    if (!batch_.open) {
      findings_.push_back(makeFinding(FindingCode::OrphanCommit, seg.name, cursor));
    } else if (batch_.remaining == 0 || batch_.damaged) {
      if (batch_.remaining != 0) findings_.push_back(makeFinding(FindingCode::CommittedBatchDamaged, seg.name, cursor));
      for (const auto& [rec, known] : batch_.staged) emit(rec, known);
      batch_ = Batch{};
    } else {
      findings_.push_back(makeFinding(FindingCode::CommitCountMismatch, seg.name, cursor,
                                      {posText(batch_.seg, batch_.off)}));
      batch_ = Batch{};
    }
  }

  void emit(EntryRecord rec, std::optional<uint64_t> known) {
    const uint64_t gs = known ? *known : durable_.freeFrom(any_ ? maxSeen_ + 1 : 0);
    rec.globalSequence = gs;
    maxSeen_ = any_ ? std::max(maxSeen_, gs) : gs;
    any_ = true;
    index_.append(rec, false);
  }

  Index& index_;
  DurableSequences& durable_;
  std::vector<Finding>& findings_;
  Batch batch_;
  uint64_t maxSeen_ = 0;
  bool any_ = false;
};

// Maps a wave of segments and checks their headers; the frames are walked afterwards.
std::vector<TrueSegment> openWave(DataDir& dir, Executor& ex, Index& index, size_t k0, size_t k1) {
  const std::vector<SegmentFile>& segs = dir.segments();
  std::vector<TrueSegment> walked(k1 - k0);
  for (size_t k = k0; k < k1; ++k) {
    auto file = dir.mapSegment(segs[k]);
    if (!file) {
      walked[k - k0].unreadable =
          makeFinding(FindingCode::SegmentFileUnreadable, segs[k].name, std::nullopt, {file.error().message});
      continue;
    }
    walked[k - k0].file = *file;
  }
  ex.parallelFor(k1 - k0, [&](size_t i) {
    TrueSegment& w = walked[i];
    if (!w.file) return;
    auto header = parseSegmentHeader(w.file->data(), w.file->size(), segs[k0 + i].name);
    if (!header)
      w.unreadable = makeFinding(FindingCode::SegmentUnreadable, segs[k0 + i].name, header.error().offset,
                                 {header.error().message});
  });
  for (TrueSegment& w : walked)
    if (w.file && !w.unreadable) w.slot = index.addIdentitySource(w.file);
  return walked;
}

}  // namespace

Result<TrueViewResult> buildTrueView(const std::shared_ptr<DataDir>& dir, const std::atomic<bool>* cancel,
                                     Executor* executor) {
  const auto t0 = Clock::now();
  TrueViewResult out;
  out.index = std::make_shared<Index>();
  InlineExecutor inlineExecutor;
  Executor& ex = executor ? *executor : inlineExecutor;
  const std::vector<SegmentFile>& segs = dir->segments();

  DurableSequences durable(out.findings);
  std::vector<uint8_t> footerValid(segs.size(), 0);
  std::optional<uint64_t> allocatorFloor;
  loadDurableSequences(*dir, ex, durable, footerValid, allocatorFloor);

  // Waves of segments read in parallel, bounded so a wave's frames stay a few segments' worth;
  // the batch state machine then runs over them in order.
  TrueViewAssembler assembler(*out.index, durable, out.findings);
  const size_t wave = std::max<size_t>(2, ex.concurrency() * 2);
  for (size_t k0 = 0; k0 < segs.size(); k0 += wave) {
    if (cancel && cancel->load()) return Error{Error::Code::Cancelled, "true view cancelled", dir->path(), std::nullopt};
    const size_t k1 = std::min(segs.size(), k0 + wave);
    std::vector<TrueSegment> walked = openWave(*dir, ex, *out.index, k0, k1);
    ex.parallelFor(k1 - k0, [&](size_t i) {
      TrueSegment& w = walked[i];
      if (w.file && !w.unreadable) walkTrueSegment(segs[k0 + i], footerValid[k0 + i], durable, w);
    });
    for (size_t k = k0; k < k1; ++k) {
      TrueSegment& w = walked[k - k0];
      if (w.unreadable) {
        out.findings.push_back(std::move(*w.unreadable));
        continue;
      }
      for (const TrueFrame& tf : w.frames) assembler.apply(segs[k], tf);
      if (w.framesEnd) out.findings.push_back(std::move(*w.framesEnd));
      assembler.endSegment(segs[k], footerValid[k]);
    }
  }
  assembler.end();

  const VisibilityLoad vis = loadVisibilityRanges(dir->fs(), dir->path());
  out.index->finalize(allocatorFloor, vis.ranges);
  out.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return out;
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

// Checks one faithful row; findings go to `out` in row order.
void crossCheckRow(const DataDir& dir, const Index& faithful, const Index& truth,
                   const std::unordered_set<uint64_t>& canonical, uint32_t row, std::vector<Finding>& out) {
  const IndexEntry& e = faithful.entry(row);
  const Id128 id = faithful.eventId(row);
  const uint32_t trow = truth.findById(id);
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
    return;
  }
  if (fr && fr->frame.header.eventId != id) {
    misplaced(FindingCode::IndexedOtherEventFrameElsewhere, FindingCode::IndexedOtherEventNoFrame,
              {hexEncode(id), hexEncode(fr->frame.header.eventId)});
    return;
  }
  if (faithful.isSuperseded(row)) {
    out.push_back(makeFinding(FindingCode::IndexedTwice, file(), e.offset, {hexEncode(id), std::to_string(e.globalSequence)}, id));
    return;
  }
  if (trow == Index::kNoRow) return;
  const IndexEntry& t = truth.entry(trow);
  if (t.globalSequence != e.globalSequence)
    out.push_back(makeFinding(FindingCode::SequenceDiffers, file(), e.offset,
                              {hexEncode(id), std::to_string(e.globalSequence), std::to_string(t.globalSequence)}, id));
  auto visibility = [](bool visible) { return std::string(visible ? "visible" : "hidden"); };
  if (faithful.isVisible(row) != truth.isVisible(trow))
    out.push_back(makeFinding(FindingCode::VisibilityDiffers, file(), e.offset,
                              {hexEncode(id), visibility(faithful.isVisible(row)), visibility(truth.isVisible(trow))}, id));
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
  InlineExecutor inlineExecutor;
  (executor ? *executor : inlineExecutor).parallelFor(chunks, [&](size_t c) {
    const uint32_t end = uint32_t(std::min<uint64_t>(rows, (uint64_t(c) + 1) * kChunk));
    for (uint32_t row = uint32_t(c * kChunk); row < end; ++row) {
      if (cancel && cancel->load()) return;
      crossCheckRow(dir, faithful, truth, canonical, row, found[c]);
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
  auto add = [&](Finding f) { ++out.discrepancies; out.findings.push_back(std::move(f)); };
  for (uint32_t trow = 0; trow < truth.entryCount(); ++trow) {
    if (truth.isSuperseded(trow)) continue;
    const Id128 id = truth.eventId(trow);
    if (faithful.findById(id) != Index::kNoRow) continue;
    const IndexEntry& t = truth.entry(trow);
    add(makeFinding(FindingCode::EventLost, segmentFileName(t.segmentId), t.offset,
                    {hexEncode(id), posText(t.segmentId, t.offset), std::to_string(t.globalSequence)}, id));
  }
  out.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return out;
}

}  // namespace batscope
