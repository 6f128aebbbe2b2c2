#include "batscope/restore/true_view.h"

#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "batscope/restore/event_reader.h"
#include "batscope/restore/segment_index_scan.h"
#include "batscope/format/sidx_footer.h"
#include "batscope/format/snapshot.h"
#include "batscope/format/visibility_ranges.h"

namespace batscope {

namespace {

using Clock = std::chrono::steady_clock;
std::string idKey(const Id128& id) { return std::string(reinterpret_cast<const char*>(id.bytes.data()), 16); }

std::string posText(uint64_t seg, uint64_t off) { return segmentFileName(seg) + " @" + std::to_string(off); }

}  // namespace

Result<TrueViewResult> buildTrueView(const std::shared_ptr<DataDir>& dir, const std::atomic<bool>* cancel) {
  const auto t0 = Clock::now();
  TrueViewResult out;
  out.index = std::make_shared<Index>();
  Index& index = *out.index;

  // Durable sequences from every source that reads: footers, index.fbati, index.ckpt. The
  // first source wins; where a later one records another number for the same event, both
  // places are named (a footer has no checksum: a damaged entry shows up here).
  struct Durable {
    uint64_t gs;
    const std::string* file;
    std::optional<uint64_t> offset;  // of the entry that records it, where known
  };
  std::unordered_map<std::string, Durable> durable;
  std::unordered_set<uint64_t> durableValues;
  std::optional<uint64_t> allocatorFloor;
  size_t disagreements = 0;
  constexpr size_t kDisagreementsListed = 20;
  auto record = [&](const EntryRecord& rec, const std::string* file, std::optional<uint64_t> offset) {
    const uint64_t gs = *rec.globalSequence;
    const auto [it, inserted] = durable.emplace(idKey(rec.eventId), Durable{gs, file, offset});
    if (inserted) {
      durableValues.insert(gs);
      return;
    }
    if (it->second.gs == gs || ++disagreements > kDisagreementsListed) return;
    auto where = [](const Durable& d) { return *d.file + (d.offset ? " @" + std::to_string(*d.offset) : std::string()); };
    out.findings.push_back(makeFinding(FindingCode::SequenceDisagreement, *it->second.file, it->second.offset,
                                       {where(it->second), std::to_string(it->second.gs), hexEncode(rec.eventId),
                                        where(Durable{gs, file, offset}), std::to_string(gs)},
                                       rec.eventId));
  };
  std::vector<bool> footerValid(dir->segments().size(), false);
  for (size_t i = 0; i < dir->segments().size(); ++i) {
    const SegmentFile& seg = dir->segments()[i];
    auto file = dir->mapSegment(seg);
    if (!file) continue;
    auto entries = footerEntries(seg, **file, std::nullopt);
    if (!entries) continue;
    footerValid[i] = true;
    const uint64_t entriesStart = (*file)->size() - kSidxTrailerBytes - uint64_t(entries->size()) * kSidxEntryBytes;
    for (size_t k = 0; k < entries->size(); ++k)
      record((*entries)[k], &seg.name, entriesStart + k * kSidxEntryBytes);
  }
  static const std::string kMmapName = kMmapIndexFileName, kCheckpointName = kCheckpointFileName;
  for (auto load : {loadMmapSnapshot(dir->fs(), dir->path()), loadCheckpoint(dir->fs(), dir->path())}) {
    if (!load.snapshot) continue;
    const LoadedSnapshot& s = *load.snapshot;
    const bool mmap = s.kind == LoadedSnapshot::Kind::Mmap;
    allocatorFloor = std::max(allocatorFloor.value_or(0), s.storedAllocator);
    for (size_t i = 0; i < s.entryCount(); ++i)
      record(s.entry(i), mmap ? &kMmapName : &kCheckpointName,
             mmap ? std::optional<uint64_t>(s.fbatiEntryOffsets[i]) : std::nullopt);
  }
  if (disagreements > kDisagreementsListed)
    out.findings.push_back(makeFinding(FindingCode::MoreSequenceDisagreements, kMmapName, std::nullopt,
                                       {std::to_string(disagreements - kDisagreementsListed)}));

  uint64_t maxSeen = 0;
  bool any = false;
  auto emit = [&](EntryRecord rec) {
    auto it = durable.find(idKey(rec.eventId));
    uint64_t gs;
    if (it != durable.end()) {
      gs = it->second.gs;
    } else {
      gs = any ? maxSeen + 1 : 0;
      while (durableValues.count(gs)) ++gs;
      durableValues.insert(gs);
    }
    rec.globalSequence = gs;
    maxSeen = any ? std::max(maxSeen, gs) : gs;
    any = true;
    index.append(rec, false);
  };

  struct Batch { bool open = false; uint32_t remaining = 0; bool damaged = false; uint64_t seg = 0, off = 0; std::vector<EntryRecord> staged; } batch;
  for (size_t i = 0; i < dir->segments().size(); ++i) {
    if (cancel && cancel->load()) return Error{Error::Code::Cancelled, "true view cancelled", dir->path(), std::nullopt};
    const SegmentFile& seg = dir->segments()[i];
    auto file = dir->mapSegment(seg);
    if (!file) { out.findings.push_back(makeFinding(FindingCode::SegmentFileUnreadable, seg.name, std::nullopt, {file.error().message})); continue; }
    const uint8_t* d = (*file)->data();
    const uint64_t size = (*file)->size();
    auto header = parseSegmentHeader(d, size, seg.name);
    if (!header) {
      out.findings.push_back(makeFinding(FindingCode::SegmentUnreadable, seg.name, header.error().offset,
                                         {header.error().message}));
      continue;
    }
    const uint32_t slot = index.addIdentitySource(*file);
    uint64_t end = size;
    if (footerValid[i]) end = readSidxTrailer(d, size)->stringTableOffset;
    uint64_t cursor = header->framesStart;
    while (cursor < end) {
      RawFrame raw;
      const FrameStatus st = readFrameAt(d, end, cursor, raw, true);
      if (st == FrameStatus::TooShort || st == FrameStatus::Truncated || st == FrameStatus::TooLarge) {
        out.findings.push_back(makeFinding(FindingCode::FramesEndHere, seg.name, cursor, {frameStatusText(st)}));
        break;
      }
      if (st == FrameStatus::CrcMismatch) {
        out.findings.push_back(makeFinding(FindingCode::CrcFrameSkipped, seg.name, cursor,
                                           {hex32Text(raw.storedCrc), hex32Text(raw.actualCrc)}));
        if (batch.open) batch.damaged = true;
        cursor += raw.frameLen();
        continue;
      }
      DecodedFrame f;
      FrameDecodeError err;
      if (!decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Any, f, err) || !isValidCoordinate(f.entity, f.scope)) {
        out.findings.push_back(makeFinding(FindingCode::FrameUndecodable, seg.name, cursor,
                                           {err.message.empty() ? std::string("invalid coordinate") : err.message}));
        if (batch.open) batch.damaged = true;
        cursor += raw.frameLen();
        continue;
      }
      EntryRecord rec = recordFromFrame(seg, raw, f, slot);
      const uint16_t kind = f.header.eventKind;
      if (kind == kKindBatchBegin) {
        if (batch.open)
          out.findings.push_back(makeFinding(FindingCode::BeginInsideOpenBatch, seg.name, cursor,
                                             {posText(batch.seg, batch.off)}));
        batch = Batch{true, f.header.payloadSize, false, seg.id, cursor, {}};
      } else if (kind == kKindBatchCommit) {
        if (!batch.open) {
          out.findings.push_back(makeFinding(FindingCode::OrphanCommit, seg.name, cursor));
        } else if (batch.remaining == 0 || batch.damaged) {
          if (batch.remaining != 0)
            out.findings.push_back(makeFinding(FindingCode::CommittedBatchDamaged, seg.name, cursor));
          for (EntryRecord& r : batch.staged) emit(r);
          batch = Batch{};
        } else {
          out.findings.push_back(makeFinding(FindingCode::CommitCountMismatch, seg.name, cursor,
                                             {posText(batch.seg, batch.off)}));
          batch = Batch{};
        }
      } else if (batch.open) {
        batch.staged.push_back(rec);
        if (batch.remaining > 0) --batch.remaining;
      } else {
        emit(rec);
      }
      cursor += raw.frameLen();
    }
    // A rotation inside a batch always leaves a footer on the earlier segment; a crash never
    // does. So a batch still open at the end of a footer-less segment was torn by a crash.
    if (batch.open && !footerValid[i]) {
      out.findings.push_back(makeFinding(FindingCode::BatchTornByCrash, seg.name, batch.off,
                                         {std::to_string(batch.staged.size())}));
      batch = Batch{};
    }
  }
  if (batch.open)
    out.findings.push_back(makeFinding(FindingCode::BatchNeverCommitted, segmentFileName(batch.seg), batch.off));

  const VisibilityLoad vis = loadVisibilityRanges(dir->fs(), dir->path());
  index.finalize(allocatorFloor, vis.ranges);
  out.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return out;
}

CrossCheckResult crossCheck(const DataDir& dir, const Index& faithful, const Index& truth,
                            const std::atomic<bool>* cancel) {
  const auto t0 = Clock::now();
  CrossCheckResult out;
  auto add = [&](Finding f) { ++out.discrepancies; out.findings.push_back(std::move(f)); };
  for (uint32_t row = 0; row < faithful.entryCount(); ++row) {
    if (cancel && cancel->load()) break;
    ++out.entriesChecked;
    const IndexEntry& e = faithful.entry(row);
    const Id128 id = faithful.eventId(row);
    const std::string file = segmentFileName(e.segmentId);
    const uint32_t trow = truth.findById(id);
    const FrameRead fr = readFrameAtPosition(dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
    // Where the bytes really hold the event, named when batpak's entry points elsewhere.
    auto misplaced = [&](FindingCode elsewhere, FindingCode nowhere, std::vector<std::string> args) {
      if (trow != Index::kNoRow) {
        const IndexEntry& t = truth.entry(trow);
        args.push_back(posText(t.segmentId, t.offset));
        args.push_back(std::to_string(t.globalSequence));
      }
      add(makeFinding(trow != Index::kNoRow ? elsewhere : nowhere, file, e.offset, std::move(args), id));
    };
    if (!fr.ok) {
      misplaced(FindingCode::IndexedUnreadableFrameElsewhere, FindingCode::IndexedUnreadableNoFrame,
                {hexEncode(id), std::to_string(e.globalSequence), entryOriginName(e.origin), fr.error});
      continue;
    }
    if (fr.frame.header.eventId != id) {
      misplaced(FindingCode::IndexedOtherEventFrameElsewhere, FindingCode::IndexedOtherEventNoFrame,
                {hexEncode(id), hexEncode(fr.frame.header.eventId)});
      continue;
    }
    if (faithful.isSuperseded(row)) {
      add(makeFinding(FindingCode::IndexedTwice, file, e.offset, {hexEncode(id), std::to_string(e.globalSequence)}, id));
      continue;
    }
    if (trow != Index::kNoRow) {
      const IndexEntry& t = truth.entry(trow);
      if (t.globalSequence != e.globalSequence)
        add(makeFinding(FindingCode::SequenceDiffers, file, e.offset,
                        {hexEncode(id), std::to_string(e.globalSequence), std::to_string(t.globalSequence)}, id));
      auto visibility = [](bool visible) { return std::string(visible ? "visible" : "hidden"); };
      if (faithful.isVisible(row) != truth.isVisible(trow))
        add(makeFinding(FindingCode::VisibilityDiffers, file, e.offset,
                        {hexEncode(id), visibility(faithful.isVisible(row)), visibility(truth.isVisible(trow))}, id));
    }
  }
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
