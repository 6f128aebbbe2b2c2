#include "batscope/restore/path_comparison.h"

#include <algorithm>
#include <chrono>
#include <sstream>

#include "batscope/restore/true_view.h"

namespace batscope {

namespace {

constexpr size_t kMaxDisagreements = 100000;

double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

struct IdRow {
  Id128 id;
  uint32_t row;
};

// Every entry's id with its row, sorted by id (then row): groups the copies of one event.
std::vector<IdRow> idRows(const Index& index) {
  std::vector<IdRow> out;
  out.reserve(index.entryCount());
  for (uint32_t r = 0; r < index.entryCount(); ++r) out.push_back({index.eventId(r), r});
  std::sort(out.begin(), out.end(), [](const IdRow& a, const IdRow& b) {
    return a.id < b.id || (a.id == b.id && a.row < b.row);
  });
  return out;
}

std::string diskPos(const IndexEntry& e) {
  std::ostringstream s;
  s << "segment " << e.segmentId << " @" << e.offset;
  return s.str();
}

// Compares two paths' faithful indexes event by event.
void compareFaithful(RestorePathChoice pa, const Index& a, const std::vector<IdRow>& ra, RestorePathChoice pb,
                     const Index& b, const std::atomic<bool>* cancel, std::vector<PathDisagreement>& out) {
  const std::vector<IdRow> rb = idRows(b);
  size_t i = 0, j = 0;
  auto add = [&](PathDisagreement::Kind kind, const Id128& id, std::string va, std::string vb, uint64_t seq,
                 bool visible) {
    if (out.size() >= kMaxDisagreements) return;
    PathDisagreement d;
    d.kind = kind;
    d.eventId = id;
    d.pathA = pa;
    d.pathB = pb;
    d.valueA = std::move(va);
    d.valueB = std::move(vb);
    d.globalSequence = seq;
    d.visible = visible;
    out.push_back(std::move(d));
  };
  size_t steps = 0;
  while (i < ra.size() || j < rb.size()) {
    if (cancel && (++steps & 0xfff) == 0 && cancel->load()) return;
    const bool takeA = j >= rb.size() || (i < ra.size() && ra[i].id < rb[j].id);
    const bool takeB = i >= ra.size() || (j < rb.size() && rb[j].id < ra[i].id);
    if (takeA || takeB) {
      const Index& idx = takeA ? a : b;
      const auto& v = takeA ? ra : rb;
      size_t& k = takeA ? i : j;
      const Id128 id = v[k].id;
      const uint32_t row = idx.findById(id);
      const IndexEntry& e = idx.entry(row == Index::kNoRow ? v[k].row : row);
      const bool vis = row != Index::kNoRow && idx.isVisible(row);
      const std::string present = "seq " + std::to_string(e.globalSequence) + ", " + diskPos(e);
      add(PathDisagreement::Kind::Missing, id, takeA ? present : "absent", takeA ? "absent" : present,
          e.globalSequence, vis);
      while (k < v.size() && v[k].id == id) ++k;
      continue;
    }
    const Id128 id = ra[i].id;
    size_t ca = 0, cb = 0;
    while (i + ca < ra.size() && ra[i + ca].id == id) ++ca;
    while (j + cb < rb.size() && rb[j + cb].id == id) ++cb;
    i += ca;
    j += cb;
    const uint32_t rowA = a.findById(id), rowB = b.findById(id);
    if (rowA == Index::kNoRow || rowB == Index::kNoRow) continue;
    const IndexEntry& ea = a.entry(rowA);
    const IndexEntry& eb = b.entry(rowB);
    const bool va = a.isVisible(rowA), vb = b.isVisible(rowB);
    const bool vis = va || vb;
    if (ca != cb)
      add(PathDisagreement::Kind::Duplicates, id, std::to_string(ca) + " entries", std::to_string(cb) + " entries",
          ea.globalSequence, vis);
    if (ea.globalSequence != eb.globalSequence)
      add(PathDisagreement::Kind::GlobalSequence, id, std::to_string(ea.globalSequence),
          std::to_string(eb.globalSequence), ea.globalSequence, vis);
    if (ea.segmentId != eb.segmentId || ea.offset != eb.offset)
      add(PathDisagreement::Kind::DiskPos, id, diskPos(ea), diskPos(eb), ea.globalSequence, vis);
    if (va != vb)
      add(PathDisagreement::Kind::Visibility, id, va ? "visible" : "hidden", vb ? "visible" : "hidden",
          ea.globalSequence, vis);
  }
}

}  // namespace

const char* restorePathChoiceName(RestorePathChoice p) {
  switch (p) {
    case RestorePathChoice::Mmap: return "mmap";
    case RestorePathChoice::Checkpoint: return "checkpoint";
    case RestorePathChoice::Rebuild: return "rebuild";
    case RestorePathChoice::Scan: return "scan";
  }
  return "?";
}

const char* disagreementKindName(PathDisagreement::Kind k) {
  switch (k) {
    case PathDisagreement::Kind::Missing: return "missing";
    case PathDisagreement::Kind::GlobalSequence: return "global sequence";
    case PathDisagreement::Kind::DiskPos: return "disk position";
    case PathDisagreement::Kind::Visibility: return "visibility";
    case PathDisagreement::Kind::Duplicates: return "duplicate entries";
  }
  return "?";
}

ComparisonResult compareRestorePaths(const std::shared_ptr<DataDir>& dir, Executor* executor,
                                     const std::atomic<bool>* cancel,
                                     const std::function<void(const std::string&, double)>& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  ComparisonResult result;
  const RestorePathChoice all[] = {RestorePathChoice::Mmap, RestorePathChoice::Checkpoint, RestorePathChoice::Rebuild,
                                   RestorePathChoice::Scan};
  std::shared_ptr<Index> reference;
  RestorePathChoice referencePath = RestorePathChoice::Mmap;
  std::vector<IdRow> referenceRows;
  std::shared_ptr<const Index> referenceTruth;
  result.trueViewsIdentical = true;
  int step = 0;
  for (RestorePathChoice p : all) {
    const std::string name = restorePathChoiceName(p);
    auto report = [&](double within) {
      if (progress) progress(name, (step + within) / 4.0);
    };
    report(0);
    PathOutcome out;
    out.requested = p;
    if (cancel && cancel->load()) {
      result.cancelled = true;
      break;
    }
    RestoreOptions ro;
    ro.path = p;
    ro.executor = executor;
    ro.cancel = cancel;
    const auto tp = std::chrono::steady_clock::now();
    auto r = restoreIndex(dir, ro);
    out.elapsedMs = msSince(tp);
    if (!r) {
      if (r.error().code == Error::Code::Cancelled) {
        result.cancelled = true;
        break;
      }
      out.error = r.error().toString();
      result.paths.push_back(std::move(out));
      ++step;
      continue;
    }
    out.ok = true;
    out.report = r->report;
    out.phases = r->phases;
    out.entryCount = r->index->entryCount();
    out.visibleCount = r->index->visibleRows().size();
    report(0.4);

    // The true view after this path's open.
    auto truth = buildTrueView(dir, cancel);
    if (!truth) {
      if (truth.error().code == Error::Code::Cancelled || (cancel && cancel->load())) {
        result.cancelled = true;
        break;
      }
      out.trueViewIdentical = false;
      out.trueViewDifference = truth.error().toString();
      result.trueViewsIdentical = false;
    } else {
      out.trueViewEntries = truth->index->entryCount();
      if (!referenceTruth) {
        referenceTruth = truth->index;
        out.trueViewIdentical = true;
      } else {
        out.trueViewDifference = trueViewDifference(*referenceTruth, *truth->index);
        out.trueViewIdentical = out.trueViewDifference.empty();
        if (!out.trueViewIdentical) result.trueViewsIdentical = false;
      }
    }
    report(0.7);

    // batpak's own index against the reference path's.
    if (!reference) {
      reference = r->index;
      referencePath = p;
      referenceRows = idRows(*reference);
    } else {
      compareFaithful(referencePath, *reference, referenceRows, p, *r->index, cancel, result.disagreements);
      if (cancel && cancel->load()) {
        result.cancelled = true;
        break;
      }
    }
    result.paths.push_back(std::move(out));
    ++step;
  }
  if (!referenceTruth) result.trueViewsIdentical = false;
  // In global order, so the copies of one event's disagreements sit together.
  std::stable_sort(result.disagreements.begin(), result.disagreements.end(),
                   [](const PathDisagreement& a, const PathDisagreement& b) { return a.globalSequence < b.globalSequence; });
  if (progress && !result.cancelled) progress("done", 1.0);
  result.elapsedMs = msSince(t0);
  return result;
}

}  // namespace batscope
