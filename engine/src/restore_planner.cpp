#include "batscope/restore_planner.h"

#include <algorithm>
#include <chrono>

#include "batscope/frame_scan.h"
#include "batscope/sidx_footer.h"
#include "batscope/snapshot.h"
#include "batscope/visibility_ranges.h"

namespace batscope {

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
    if (opts_.path == RestorePathChoice::Mmap) {
      auto s = timed("load index.fbati", [&] { return loadMmapSnapshot(dir_->fs(), dir_->path()); });
      if (s.snapshot) snap = s.snapshot;
      else if (auto e = rejected(s, kMmapIndexFileName)) return *e;
    }
    if (!snap && opts_.path != RestorePathChoice::Rebuild && opts_.path != RestorePathChoice::Scan) {
      auto s = timed("load index.ckpt", [&] { return loadCheckpoint(dir_->fs(), dir_->path()); });
      if (s.snapshot) snap = s.snapshot;
      else if (auto e = rejected(s, kCheckpointFileName)) return *e;
    }
    Status st = snap ? restoreFromSnapshot(*snap) : rebuild();
    if (!st) return st.error();

    const auto vis = timed("load visibility ranges", [&] { return loadVisibilityRanges(dir_->fs(), dir_->path()); });
    if (vis.rejection)
      add(Finding::Severity::Warning, "visibility", kVisibilityRangesFileName, vis.rejection->offset,
          "visibility ranges file ignored (previously hidden events become visible): " + vis.rejection->message);
    timedVoid("sort and finalize", [&] {
      result_.index->finalize(snap ? std::optional<uint64_t>(snap->storedAllocator) : std::nullopt, vis.ranges);
    });
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

  void add(Finding::Severity sev, std::string cat, std::string file, std::optional<uint64_t> off, std::string msg) {
    Finding f;
    f.severity = sev;
    f.category = std::move(cat);
    f.file = std::move(file);
    f.offset = off;
    f.message = std::move(msg);
    result_.findings.push_back(std::move(f));
  }

  // A rejected artifact is a warning (batpak falls back), unless it is absent (silent) or
  // batpak would panic on it (then its open cannot succeed).
  std::optional<Error> rejected(const SnapshotLoad& s, const char* name) {
    if (s.rejection.absent) return std::nullopt;
    if (s.rejection.wouldPanic) {
      Error e = s.rejection.error;
      e.file = name;
      return e;
    }
    add(Finding::Severity::Warning, "fallback", name, s.rejection.error.offset,
        s.rejection.error.message + "; falling back");
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
    result_.segments.push_back(SegmentTiming{seg.id, stats.usedFooter ? "footer" : "frame scan", start,
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
      const uint32_t slot = mmap ? index.addIdentitySource(snap.file) : 0;
      for (size_t i = 0; i < snap.entryCount(); ++i) {
        EntryRecord rec = snap.entry(i);
        if (rec.identity) rec.identity->source = slot;
        index.append(rec, false);
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
      add(Finding::Severity::Warning, "batch", segmentFileName(batch.beginSegment), batch.beginOffset,
          "batch never committed: " + std::to_string(batch.staged.size()) +
              " staged events dropped at the end of the scan");
  }

  Status rebuild() {
    OpenReport& rep = result_.report;
    rep.path = OpenIndexPath::Rebuild;
    const auto& segs = dir_->segments();
    Index& index = *result_.index;
    SequenceTracker tracker;

    if (!segs.empty() && opts_.path != RestorePathChoice::Scan) {
      rep.source = RestoreSource::SealedSidxRebuild;
      std::vector<Result<std::vector<EntryRecord>>> perSegment(segs.size(), Error{});
      std::vector<std::shared_ptr<const FileData>> files(segs.size());
      std::vector<SegmentTiming> timings(segs.size());
      const double phaseStart = nowMs();
      if (opts_.progress) opts_.progress("parallel SIDX rebuild", 0.0);
      opts_.executor->parallelFor(segs.size(), [&](size_t i) {
        const double start = nowMs();
        auto file = dir_->mapSegment(segs[i]);
        if (!file) { perSegment[i] = file.error(); return; }
        files[i] = *file;
        perSegment[i] = footerEntries(segs[i], **file, std::nullopt);
        const auto trailer = readSidxTrailer((*file)->data(), (*file)->size());
        timings[i] = SegmentTiming{segs[i].id, "footer (parallel)", start, nowMs() - start,
                                   perSegment[i] ? perSegment[i]->size() : 0,
                                   trailer ? (*file)->size() - trailer->stringTableOffset : 16};
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
          std::vector<EntryRecord> flat;
          for (size_t i = 0; i < segs.size(); ++i) {
            const uint32_t slot = index.addIdentitySource(files[i]);
            for (EntryRecord& rec : *perSegment[i]) {
              rec.identity->source = slot;
              flat.push_back(rec);
            }
          }
          std::stable_sort(flat.begin(), flat.end(), [](const EntryRecord& a, const EntryRecord& b) {
            return a.globalSequence.value_or(0) < b.globalSequence.value_or(0);
          });
          for (EntryRecord& rec : flat) {
            if (!st) break;
            st = checkCoordinate(rec);
            if (!st) break;
            tracker.note(*rec.globalSequence);
            index.append(rec, false);
          }
        });
        if (!st) return st;
        rep.restoredEntries = index.entryCount();
        return Status::success();
      }
      add(Finding::Severity::Warning, "fallback", segs[bad].name, perSegment[bad].error().offset,
          "parallel SIDX rebuild unavailable (" + perSegment[bad].error().message +
              "); falling back to sequential scan");
    } else if (opts_.path == RestorePathChoice::Scan && !segs.empty()) {
      add(Finding::Severity::Info, "path", "", std::nullopt,
          "sequential frame scan of every segment forced (--path scan): footers are not used");
    }

    rep.source = RestoreSource::FrameScanFallback;
    BatchState batch;
    const double start = nowMs();
    if (opts_.progress) opts_.progress("sequential scan", 0.0);
    for (size_t k = 0; k < segs.size(); ++k) {
      if (cancelled()) return cancelledError();
      const EntrySink sink = [&](EntryRecord& rec) -> Status {
        const uint64_t gs = rec.globalSequence ? *rec.globalSequence : tracker.next();
        rec.globalSequence = gs;
        Status c = checkCoordinate(rec);
        if (!c) return c;
        tracker.note(gs);
        index.append(rec, false);
        return Status::success();
      };
      Status s = scanOne(segs[k], batch, sink);
      if (!s) return s;
      if (opts_.progress) opts_.progress("sequential scan", double(k + 1) / double(segs.size()));
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
