#include "batscope/restore/restore_planner.h"

#include <algorithm>
#include <chrono>

#include "batscope/base/bytes.h"
#include "batscope/restore/segment_index_scan.h"
#include "batscope/format/sidx_footer.h"
#include "batscope/format/snapshot.h"
#include "batscope/format/visibility_ranges.h"

namespace batscope {

const char* segmentReadName(SegmentRead how) {
  switch (how) {
    case SegmentRead::Footer: return "footer";
    case SegmentRead::FooterParallel: return "footer (parallel)";
    case SegmentRead::FrameScan: return "frame scan";
    case SegmentRead::Skipped: return "skipped";
  }
  return "?";
}

bool parseRestorePathChoice(const std::string& text, RestorePathChoice& out) {
  if (text == "mmap") out = RestorePathChoice::Mmap;
  else if (text == "checkpoint") out = RestorePathChoice::Checkpoint;
  else if (text == "rebuild") out = RestorePathChoice::Rebuild;
  else if (text == "scan") out = RestorePathChoice::Scan;
  else return false;
  return true;
}

const char* openIndexPathName(OpenIndexPath p) {
  switch (p) {
    case OpenIndexPath::Mmap: return "Mmap";
    case OpenIndexPath::Checkpoint: return "Checkpoint";
    case OpenIndexPath::Rebuild: return "Rebuild";
  }
  return "?";
}

const char* restoreSourceName(RestoreSource s) {
  switch (s) {
    case RestoreSource::MmapSnapshot: return "mmap snapshot + tail replay";
    case RestoreSource::Checkpoint: return "checkpoint + tail replay";
    case RestoreSource::SealedSidxRebuild: return "parallel SIDX-footer rebuild";
    case RestoreSource::FrameScanFallback: return "sequential frame-scan fallback";
  }
  return "?";
}

namespace {

using Clock = std::chrono::steady_clock;

// batpak's SequenceTracker: synthesized = max seen + 1, or 0 before anything was seen.
struct SequenceTracker {
  uint64_t maxSeen = 0;
  bool insertedAny = false;
  uint64_t next() const { return insertedAny ? maxSeen + 1 : 0; }
  void note(uint64_t s) { maxSeen = std::max(maxSeen, s); insertedAny = true; }
};

class Planner {
 public:
  Planner(const std::shared_ptr<DataDir>& dir, const RestoreOptions& opts)
      : dir_(dir), opts_(opts), t0_(Clock::now()) {
    result_.index = std::make_shared<Index>();
    if (!opts_.executor) {
      ownExecutor_ = std::make_unique<ThreadPoolExecutor>();
      opts_.executor = ownExecutor_.get();
    }
  }

  Result<RestoreResult> run() {
    std::shared_ptr<LoadedSnapshot> snap;
    auto loaded = std::make_shared<LoadedSnapshots>();
    result_.snapshots = loaded;
    if (opts_.path == RestorePathChoice::Mmap) {
      auto s = timed("load index.fbati", [&] { return loadMmapSnapshot(dir_->fs(), dir_->path(), opts_.executor); });
      loaded->mmap = s;
      if (s.snapshot) snap = s.snapshot;
      else if (auto e = rejected(s, kMmapIndexFileName)) return *e;
    }
    if (!snap && opts_.path != RestorePathChoice::Rebuild && opts_.path != RestorePathChoice::Scan) {
      auto s = timed("load index.ckpt", [&] { return loadCheckpoint(dir_->fs(), dir_->path(), opts_.executor); });
      loaded->checkpoint = s;
      if (s.snapshot) snap = s.snapshot;
      else if (auto e = rejected(s, kCheckpointFileName)) return *e;
    }
    Status st = snap ? restoreFromSnapshot(*snap) : rebuild();
    if (!st) return st.error();

    const auto vis = timed("load visibility ranges", [&] { return loadVisibilityRanges(dir_->fs(), dir_->path()); });
    if (vis.rejection)
      add(makeFinding(FindingCode::VisibilityRangesIgnored, kVisibilityRangesFileName, vis.rejection->offset,
                      {vis.rejection->message}));
    timedVoid("sort and finalize", [&] {
      result_.index->finalize(snap ? std::optional<uint64_t>(snap->storedAllocator) : std::nullopt, vis.ranges,
                              opts_.executor);
    });
    noteDuplicateSequences();
    result_.report.elapsedUs = uint64_t(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0_).count());
    return std::move(result_);
  }

 private:
  double nowMs() const { return std::chrono::duration<double, std::milli>(Clock::now() - t0_).count(); }

  template <class F>
  auto timed(const std::string& name, F&& f) -> decltype(f()) {
    const double start = nowMs();
    if (opts_.progress) opts_.progress(name, 0.0);
    auto r = f();
    result_.phases.push_back(PhaseTiming{name, start, nowMs() - start});
    return r;
  }
  template <class F>
  void timedVoid(const std::string& name, F&& f) {
    const double start = nowMs();
    if (opts_.progress) opts_.progress(name, 0.0);
    f();
    result_.phases.push_back(PhaseTiming{name, start, nowMs() - start});
  }

  bool cancelled() const { return opts_.cancel && opts_.cancel->load(std::memory_order_relaxed); }
  Status cancelledError() const { return Error{Error::Code::Cancelled, "restore cancelled", dir_->path(), std::nullopt}; }

  // Repeated global sequences are batpak's behaviour, not damage (FORMAT.md §7, gotcha 32),
  // but a reader who takes the number for a key should know.
  void noteDuplicateSequences() {
    const Index& index = *result_.index;
    const std::vector<uint64_t>& dups = index.duplicateSequences();
    if (dups.empty()) return;
    std::string list;
    for (size_t i = 0; i < dups.size() && i < 20; ++i) list += (i ? ", " : "") + std::to_string(dups[i]);
    if (dups.size() > 20) list += ", …";
    uint32_t first = Index::kNoRow;
    for (uint32_t row : index.visibleRows())
      if (index.entry(row).globalSequence == dups.front()) { first = row; break; }
    const IndexEntry& e = index.entry(first);
    add(makeFinding(FindingCode::DuplicateSequences, segmentFileName(e.segmentId), e.offset,
                    {std::to_string(dups.size()), list}, index.eventId(first)));
  }

  void add(Finding f) { result_.findings.push_back(std::move(f)); }

  // A rejected artifact is a warning (batpak falls back), unless it is absent (silent) or
  // batpak would panic on it (then its open cannot succeed).
  std::optional<Error> rejected(const SnapshotLoad& s, const char* name) {
    if (s.rejection.absent) return std::nullopt;
    if (s.rejection.wouldPanic) {
      Error e = s.rejection.error;
      e.file = name;
      return e;
    }
    add(makeFinding(FindingCode::ArtifactFallback, name, s.rejection.error.offset, {s.rejection.error.message}));
    return std::nullopt;
  }

  Status checkCoordinate(const EntryRecord& rec) {
    if (isValidCoordinate(rec.entity, rec.scope)) return Status::success();
    return Error::corrupt(segmentFileName(rec.segmentId), rec.offset,
                          "invalid coordinate (entity/scope empty or over 1024 bytes): batpak's open fails");
  }

  Result<std::shared_ptr<const FileData>> mapSegment(const SegmentFile& seg) {
    auto m = dir_->mapSegment(seg);
    if (!m) return m.error();
    return *m;
  }

  // Scans one segment with batpak's per-segment rule, timing it.
  Status scanOne(const SegmentFile& seg, BatchState& batch, const EntrySink& sink) {
    const double start = nowMs();
    auto file = mapSegment(seg);
    if (!file) return file.error();
    const uint32_t slot = result_.index->addIdentitySource(*file);
    SegmentScanStats stats;
    // At open no segment is active, but batpak compares against active id 0, so a segment
    // named 0 never takes the footer fast path.
    const bool footerAllowed = seg.id != 0 && opts_.path != RestorePathChoice::Scan;
    Status s = scanSegmentIndex(seg, **file, batch, footerAllowed, slot, sink, result_.findings, stats);
    if (!s) return s;
    result_.segments.push_back(SegmentTiming{seg.id, stats.usedFooter ? SegmentRead::Footer : SegmentRead::FrameScan, start,
                                             nowMs() - start, stats.entriesEmitted, stats.bytesRead});
    return Status::success();
  }

  Status restoreFromSnapshot(const LoadedSnapshot& snap) {
    OpenReport& rep = result_.report;
    const bool mmap = snap.kind == LoadedSnapshot::Kind::Mmap;
    rep.path = mmap ? OpenIndexPath::Mmap : OpenIndexPath::Checkpoint;
    rep.source = mmap ? RestoreSource::MmapSnapshot : RestoreSource::Checkpoint;
    result_.snapshotWatermarkSegment = snap.watermarkSegmentId;
    result_.snapshotWatermarkOffset = snap.watermarkOffset;
    Index& index = *result_.index;

    timedVoid("snapshot entries", [&] {
      const uint32_t slot = index.addIdentitySource(snap.file);
      std::vector<uint32_t> remap(snap.interner.size());
      for (size_t i = 0; i < snap.interner.size(); ++i) remap[i] = index.intern(snap.interner[i]);
      index.reserve(snap.entryCount() + 1024);
      if (!mmap) {
        // Canonical checkpoint entries keep their ids in the mapped index.ckpt; others are
        // copied into the index's arena.
        for (size_t i = 0; i < snap.entryCount(); ++i) {
          const LoadedSnapshot::PackedCheckpointEntry& c = snap.checkpointEntries[i];
          if (!c.canonical) {
            index.append(snap.entry(i), false);
            continue;
          }
          IndexEntry e{};
          e.globalSequence = c.globalSequence;
          e.wallMs = c.wallMs;
          e.offset = c.offset;
          e.identityOffset = c.fileOffset;
          e.segmentId = c.segmentId;
          e.length = c.length;
          e.entityId = remap[c.entityId];
          e.scopeId = remap[c.scopeId];
          e.clock = c.clock;
          e.identitySource = slot;
          e.kind = c.kind;
          e.origin = EntryOrigin::Checkpoint;
          e.setLayout(IdentityLayout::CheckpointEntry);
          index.appendPacked(e);
        }
        return;
      }
      // index.fbati records become packed entries directly; ids and hashes stay mapped.
      const uint8_t* base = snap.file->data();
      for (uint64_t at : snap.fbatiEntryOffsets) {
        const uint8_t* r = base + at;
        IndexEntry e{};
        e.globalSequence = loadLE64(r + 122);
        e.wallMs = loadLE64(r + 26);
        e.offset = loadLE64(r + 110);
        e.identityOffset = at;
        e.segmentId = loadLE64(r + 102);
        e.length = loadLE32(r + 118);
        e.entityId = remap[loadLE32(r + 16)];
        e.scopeId = remap[loadLE32(r + 20)];
        e.clock = loadLE32(r + 34);
        e.identitySource = slot;
        e.kind = kindFromBinaryArtifact(loadLE16(r + 24));
        e.origin = EntryOrigin::MmapSnapshot;
        e.setLayout(IdentityLayout::FbatiEntry);
        index.appendPacked(e);
      }
    });
    rep.restoredEntries = snap.entryCount();

    SequenceTracker tracker;
    if (snap.storedAllocator > 0) { tracker.maxSeen = snap.storedAllocator - 1; tracker.insertedAny = true; }
    BatchState batch;
    uint64_t tail = 0;
    const double start = nowMs();
    if (opts_.progress) opts_.progress("tail replay", 0.0);
    const auto& segs = dir_->segments();
    for (size_t k = 0; k < segs.size(); ++k) {
      const SegmentFile& seg = segs[k];
      if (seg.id < snap.watermarkSegmentId) continue;  // never opened
      if (cancelled()) return cancelledError();
      const EntrySink sink = [&](EntryRecord& rec) -> Status {
        if (seg.id == snap.watermarkSegmentId && rec.offset < snap.watermarkOffset) return Status::success();
        const uint64_t gs = rec.globalSequence ? *rec.globalSequence : tracker.next();
        rec.globalSequence = gs;
        Status c = checkCoordinate(rec);
        if (!c) return c;
        tracker.note(gs);
        index.append(rec, true);
        ++tail;
        return Status::success();
      };
      Status s = scanOne(seg, batch, sink);
      if (!s) return s;
      if (opts_.progress) opts_.progress("tail replay", double(k + 1) / double(segs.size()));
    }
    noteDroppedBatch(batch);
    result_.phases.push_back(PhaseTiming{"tail replay", start, nowMs() - start});
    rep.tailEntries = tail;
    return Status::success();
  }

  void noteDroppedBatch(const BatchState& batch) {
    result_.endedInsideBatch = batch.inBatch;
    if (batch.inBatch)
      add(makeFinding(FindingCode::BatchDroppedAtScanEnd, segmentFileName(batch.beginSegment), batch.beginOffset,
                      {std::to_string(batch.staged.size())}));
  }

  Status rebuild() {
    OpenReport& rep = result_.report;
    rep.path = OpenIndexPath::Rebuild;
    const auto& segs = dir_->segments();
    if (!segs.empty() && opts_.path != RestorePathChoice::Scan) {
      if (std::optional<Status> done = parallelFooterRebuild()) return *done;
    } else if (opts_.path == RestorePathChoice::Scan && !segs.empty()) {
      add(makeFinding(FindingCode::ScanForced, "", std::nullopt));
    }
    return sequentialScan();
  }

  // Every segment's SIDX footer, read in parallel and merged: the restore's result, or nothing
  // (with a finding) when a footer is unusable and the sequential scan must run instead.
  std::optional<Status> parallelFooterRebuild() {
    OpenReport& rep = result_.report;
    const auto& segs = dir_->segments();
    Index& index = *result_.index;
    rep.source = RestoreSource::SealedSidxRebuild;
    std::vector<Result<SidxReadResult>> perSegment(segs.size(), Error{});
    std::vector<std::shared_ptr<const FileData>> files(segs.size());
    std::vector<SegmentTiming> timings(segs.size());
    const double phaseStart = nowMs();
    if (opts_.progress) opts_.progress("parallel SIDX rebuild", 0.0);
    opts_.executor->parallelFor(segs.size(), [&](size_t i) {
      const double start = nowMs();
      auto file = dir_->mapSegment(segs[i]);
      if (!file) { perSegment[i] = file.error(); return; }
      files[i] = *file;
      auto footer = readSidxFooter((*file)->data(), (*file)->size(), segs[i].name);
      if (footer && !footer->present)
        footer = Error::corrupt(segs[i].name, (*file)->size(), "sealed segment missing SIDX footer");
      const uint64_t entries = footer ? footer->footer.entryCount() : 0;
      const uint64_t bytes = footer ? (*file)->size() - footer->footer.trailer.stringTableOffset : 16;
      perSegment[i] = std::move(footer);
      timings[i] = SegmentTiming{segs[i].id, SegmentRead::FooterParallel, start, nowMs() - start, entries, bytes};
    });
    result_.phases.push_back(PhaseTiming{"parallel SIDX rebuild", phaseStart, nowMs() - phaseStart});
    if (cancelled()) return cancelledError();
    size_t bad = segs.size();
    for (size_t i = 0; i < segs.size() && bad == segs.size(); ++i)
      if (!perSegment[i]) bad = i;
    if (bad == segs.size()) {
      result_.segments = timings;
      Status st = Status::success();
      timedVoid("merge footer entries", [&] {
        size_t total = 0;
        for (const auto& f : perSegment) total += f->footer.entryCount();
        index.reserve(total + 1024);
        for (size_t i = 0; i < segs.size() && st; ++i) {
          const SidxFooter& f = perSegment[i]->footer;
          const uint32_t slot = index.addIdentitySource(files[i]);
          std::vector<uint32_t> remap(f.strings.size());
          std::vector<uint8_t> valid(f.strings.size());
          for (size_t k = 0; k < f.strings.size(); ++k) {
            remap[k] = index.intern(f.strings[k]);
            valid[k] = !f.strings[k].empty() && f.strings[k].size() <= kMaxCoordinateBytes;
          }
          for (uint32_t k = 0; k < f.entryCount(); ++k) {
            const uint64_t at = f.entryOffset(k);
            const uint8_t* r = f.data + at;
            const uint32_t ent = loadLE32(r + 16), sc = loadLE32(r + 20);
            if (!valid[ent] || !valid[sc]) {
              st = Error::corrupt(segs[i].name, at, "SIDX entry with an invalid coordinate (entity/scope empty or over 1024 bytes): batpak's open fails");
              break;
            }
            IndexEntry e{};
            e.globalSequence = loadLE64(r + 114);
            e.wallMs = loadLE64(r + 26);
            e.offset = loadLE64(r + 102);
            e.identityOffset = at;
            e.segmentId = segs[i].id;
            e.length = loadLE32(r + 110);
            e.entityId = remap[ent];
            e.scopeId = remap[sc];
            e.clock = loadLE32(r + 34);
            e.identitySource = slot;
            e.kind = kindFromBinaryArtifact(loadLE16(r + 24));
            e.origin = EntryOrigin::SidxFooter;
            e.setLayout(IdentityLayout::SidxEntry);
            index.appendPacked(e);
          }
        }
      });
      if (!st) return st;
      rep.restoredEntries = index.entryCount();
      return Status::success();
    }
    add(makeFinding(FindingCode::ParallelRebuildUnavailable, segs[bad].name, perSegment[bad].error().offset,
                    {perSegment[bad].error().message}));
    return std::nullopt;
  }

  // batpak's fallback: every segment's frames in order, with one batch state.
  Status sequentialScan() {
    OpenReport& rep = result_.report;
    const auto& segs = dir_->segments();
    Index& index = *result_.index;
    SequenceTracker tracker;
    rep.source = RestoreSource::FrameScanFallback;
    BatchState batch;
    const double start = nowMs();
    if (opts_.progress) opts_.progress("sequential scan", 0.0);
    const EntrySink sink = [&](EntryRecord& rec) -> Status {
      const uint64_t gs = rec.globalSequence ? *rec.globalSequence : tracker.next();
      rec.globalSequence = gs;
      Status c = checkCoordinate(rec);
      if (!c) return c;
      tracker.note(gs);
      index.append(rec, false);
      return Status::success();
    };
    // batpak walks the segments one by one with one batch state. Batscope reads the frames
    // of a wave of segments in parallel first (CRC + decode, the expensive part) and then
    // runs the same state machine over them in order: the result is identical.
    const bool scanAll = opts_.path == RestorePathChoice::Scan;
    const size_t wave = std::max<size_t>(2, opts_.executor->concurrency() * 2);
    for (size_t k0 = 0; k0 < segs.size(); k0 += wave) {
      if (cancelled()) return cancelledError();
      const size_t k1 = std::min(segs.size(), k0 + wave);
      std::vector<std::shared_ptr<const FileData>> files(k1 - k0);
      std::vector<uint32_t> slots(k1 - k0);
      for (size_t k = k0; k < k1; ++k) {
        auto file = mapSegment(segs[k]);
        if (!file) return file.error();
        files[k - k0] = *file;
        slots[k - k0] = index.addIdentitySource(*file);
      }
      std::vector<std::optional<SegmentPrescan>> pre(k1 - k0);
      std::vector<uint8_t> footerUsable(k1 - k0, 0);
      std::vector<double> prescanMs(k1 - k0, 0.0);
      opts_.executor->parallelFor(k1 - k0, [&](size_t i) {
        const SegmentFile& seg = segs[k0 + i];
        const FileData& file = *files[i];
        const bool footerAllowed = seg.id != 0 && !scanAll;
        if (footerAllowed) {
          auto f = readSidxFooter(file.data(), file.size(), seg.name);
          footerUsable[i] = f && f->present;
        }
        if (!footerUsable[i]) {
          const double t = nowMs();
          pre[i] = prescanSegment(seg, file, slots[i]);
          prescanMs[i] = nowMs() - t;
        }
      });
      for (size_t k = k0; k < k1; ++k) {
        const size_t i = k - k0;
        const SegmentFile& seg = segs[k];
        const double segStart = nowMs();
        SegmentScanStats stats;
        Status s = Status::success();
        if (footerUsable[i] && !batch.inBatch) {
          s = scanSegmentIndex(seg, *files[i], batch, true, slots[i], sink, result_.findings, stats);
        } else {
          if (footerUsable[i])  // a batch is open at its start: batpak frame-scans it
            add(makeFinding(FindingCode::BatchOpenAtSegmentStart, seg.name, std::nullopt));
          if (!pre[i]) {
            const double t = nowMs();
            pre[i] = prescanSegment(seg, *files[i], slots[i]);
            prescanMs[i] = nowMs() - t;
          }
          stats.footerPresent = readSidxTrailer(files[i]->data(), files[i]->size()).has_value();
          if (!footerUsable[i] && stats.footerPresent && seg.id != 0 && !scanAll) {
            auto f = readSidxFooter(files[i]->data(), files[i]->size(), seg.name);
            if (!f) add(makeFinding(FindingCode::FooterUnusable, seg.name, f.error().offset, {f.error().message}));
          }
          s = applyPrescan(seg, *pre[i], batch, sink, result_.findings, stats);
          pre[i].reset();
        }
        if (!s) return s;
        result_.segments.push_back(SegmentTiming{seg.id, stats.usedFooter ? SegmentRead::Footer : SegmentRead::FrameScan, segStart - prescanMs[i],
                                                 nowMs() - segStart + prescanMs[i], stats.entriesEmitted, stats.bytesRead});
        if (opts_.progress) opts_.progress("sequential scan", double(k + 1) / double(segs.size()));
      }
    }
    noteDroppedBatch(batch);
    result_.phases.push_back(PhaseTiming{"sequential scan", start, nowMs() - start});
    rep.restoredEntries = index.entryCount();
    return Status::success();
  }

  std::shared_ptr<DataDir> dir_;
  RestoreOptions opts_;
  std::unique_ptr<Executor> ownExecutor_;
  Clock::time_point t0_;
  RestoreResult result_;
};

}  // namespace

Result<RestoreResult> restoreIndex(const std::shared_ptr<DataDir>& dir, const RestoreOptions& options) {
  Planner planner(dir, options);
  return planner.run();
}

}  // namespace batscope
