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

Finding make(Finding::Severity sev, const char* cat, std::string file, std::optional<uint64_t> off,
             std::string msg, std::optional<Id128> id = std::nullopt) {
  Finding f;
  f.severity = sev;
  f.category = cat;
  f.file = std::move(file);
  f.offset = off;
  f.message = std::move(msg);
  f.eventId = id;
  return f;
}

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
    out.findings.push_back(make(Finding::Severity::Warning, "sequence", *it->second.file, it->second.offset,
                                where(it->second) + " records global sequence " + std::to_string(it->second.gs) +
                                    " for event " + hexEncode(rec.eventId) + ", " + where(Durable{gs, file, offset}) +
                                    " records " + std::to_string(gs) + "; the true view keeps the first",
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
    out.findings.push_back(make(Finding::Severity::Warning, "sequence", kMmapName, std::nullopt,
                                std::to_string(disagreements - kDisagreementsListed) +
                                    " more events whose footers and snapshots record different global sequences"));

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
    if (!file) { out.findings.push_back(make(Finding::Severity::Error, "io", seg.name, std::nullopt, file.error().message)); continue; }
    const uint8_t* d = (*file)->data();
    const uint64_t size = (*file)->size();
    auto header = parseSegmentHeader(d, size, seg.name);
    if (!header) {
      out.findings.push_back(make(Finding::Severity::Error, "segment", seg.name, header.error().offset,
                                  "segment not readable, its frames are skipped: " + header.error().message));
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
        out.findings.push_back(make(Finding::Severity::Warning, "torn-tail", seg.name, cursor,
                                    std::string("frames end here: ") + frameStatusText(st)));
        break;
      }
      if (st == FrameStatus::CrcMismatch) {
        char buf[128];
        std::snprintf(buf, sizeof buf, "CRC mismatch (stored 0x%08x, computed 0x%08x): frame skipped by its length",
                      raw.storedCrc, raw.actualCrc);
        out.findings.push_back(make(Finding::Severity::Warning, "crc", seg.name, cursor, buf));
        if (batch.open) batch.damaged = true;
        cursor += raw.frameLen();
        continue;
      }
      DecodedFrame f;
      FrameDecodeError err;
      if (!decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Any, f, err) || !isValidCoordinate(f.entity, f.scope)) {
        out.findings.push_back(make(Finding::Severity::Warning, "decode", seg.name, cursor,
                                    "frame not decodable, skipped: " + (err.message.empty() ? std::string("invalid coordinate") : err.message)));
        if (batch.open) batch.damaged = true;
        cursor += raw.frameLen();
        continue;
      }
      EntryRecord rec = recordFromFrame(seg, raw, f, slot);
      const uint16_t kind = f.header.eventKind;
      if (kind == kKindBatchBegin) {
        if (batch.open)
          out.findings.push_back(make(Finding::Severity::Warning, "batch", seg.name, cursor,
                                      "BEGIN inside an open batch: the earlier batch (" + posText(batch.seg, batch.off) + ") never committed"));
        batch = Batch{true, f.header.payloadSize, false, seg.id, cursor, {}};
      } else if (kind == kKindBatchCommit) {
        if (!batch.open) {
          out.findings.push_back(make(Finding::Severity::Info, "batch", seg.name, cursor, "COMMIT without BEGIN (orphan)"));
        } else if (batch.remaining == 0 || batch.damaged) {
          if (batch.remaining != 0)
            out.findings.push_back(make(Finding::Severity::Warning, "batch", seg.name, cursor,
                                        "committed batch with damaged items: its readable items are kept"));
          for (EntryRecord& r : batch.staged) emit(r);
          batch = Batch{};
        } else {
          out.findings.push_back(make(Finding::Severity::Warning, "batch", seg.name, cursor,
                                      "COMMIT count mismatch: batch from " + posText(batch.seg, batch.off) + " discarded"));
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
      out.findings.push_back(make(Finding::Severity::Warning, "batch", seg.name, batch.off,
                                  "batch torn by a crash (" + std::to_string(batch.staged.size()) +
                                      " items, never committed): not visible"));
      batch = Batch{};
    }
  }
  if (batch.open)
    out.findings.push_back(make(Finding::Severity::Warning, "batch", segmentFileName(batch.seg), batch.off,
                                "batch never committed: not visible"));

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
    std::string really = "the bytes hold no readable committed frame with this id";
    if (trow != Index::kNoRow) {
      const IndexEntry& t = truth.entry(trow);
      really = "the frame really is at " + posText(t.segmentId, t.offset) + " (global sequence " +
               std::to_string(t.globalSequence) + ")";
    }
    const FrameRead fr = readFrameAtPosition(dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
    if (!fr.ok) {
      add(make(Finding::Severity::Warning, "cross-check", file, e.offset,
               "batpak indexes event " + hexEncode(id) + " (global sequence " + std::to_string(e.globalSequence) +
                   ", from " + entryOriginName(e.origin) + ") here, but reading it fails: " + fr.error + "; " + really, id));
      continue;
    }
    if (fr.frame.header.eventId != id) {
      add(make(Finding::Severity::Warning, "cross-check", file, e.offset,
               "batpak indexes event " + hexEncode(id) + " here, but this frame holds event " +
                   hexEncode(fr.frame.header.eventId) + "; " + really, id));
      continue;
    }
    if (faithful.isSuperseded(row)) {
      add(make(Finding::Severity::Info, "cross-check", file, e.offset,
               "batpak indexes event " + hexEncode(id) + " twice (this copy, global sequence " +
                   std::to_string(e.globalSequence) + ", is shadowed by a later one)", id));
      continue;
    }
    if (trow != Index::kNoRow) {
      const IndexEntry& t = truth.entry(trow);
      if (t.globalSequence != e.globalSequence)
        add(make(Finding::Severity::Warning, "cross-check", file, e.offset,
                 "batpak numbers event " + hexEncode(id) + " as global sequence " + std::to_string(e.globalSequence) +
                     " but footers/snapshots record " + std::to_string(t.globalSequence), id));
      if (faithful.isVisible(row) != truth.isVisible(trow))
        add(make(Finding::Severity::Warning, "cross-check", file, e.offset,
                 std::string("batpak shows event ") + hexEncode(id) + (faithful.isVisible(row) ? " as visible" : " as hidden") +
                     " but the cancelled ranges make it " + (truth.isVisible(trow) ? "visible" : "hidden"), id));
    }
  }
  for (uint32_t trow = 0; trow < truth.entryCount(); ++trow) {
    if (truth.isSuperseded(trow)) continue;
    const Id128 id = truth.eventId(trow);
    if (faithful.findById(id) != Index::kNoRow) continue;
    const IndexEntry& t = truth.entry(trow);
    add(make(Finding::Severity::Warning, "cross-check", segmentFileName(t.segmentId), t.offset,
             "batpak loses event " + hexEncode(id) + " (committed frame at " + posText(t.segmentId, t.offset) +
                 ", global sequence " + std::to_string(t.globalSequence) + ")", id));
  }
  out.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return out;
}

}  // namespace batscope
