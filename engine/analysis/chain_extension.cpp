#include "batscope/analysis/chain_extension.h"

#include <algorithm>
#include <map>
#include <string>

#include "batscope/codec/blake3.h"
#include "batscope/restore/event_reader.h"

namespace batscope {

std::optional<ChainCoverage> chainCoverage(const StoreWalk& walk) {
  ChainCoverage out;
  for (size_t k = 0; k < walk.segments.size(); ++k) {
    const SegmentWalk& w = walk.segments[k];
    const bool newest = k + 1 == walk.segments.size();
    if (!w.header || !w.crcMismatches.empty() || (w.trailer && !w.footerValid)) return std::nullopt;
    if (w.listed == SegmentWalk::Listed::None) return std::nullopt;  // released: nothing to tell by
    uint64_t end = w.framesEnd;
    if (w.stoppedAt) {  // a torn last frame, being written; elsewhere damage
      if (!newest) return std::nullopt;
      end = *w.stoppedAt;
    }
    std::optional<uint64_t> openBatch;  // where a batch not yet committed begins
    for (const WalkedFrame& f : w.frames) {
      if (f.kind == kKindBatchBegin) {
        if (openBatch) return std::nullopt;
        openBatch = f.offset;
      } else if (f.kind == kKindBatchCommit) {
        if (!openBatch) return std::nullopt;
        openBatch.reset();
      }
    }
    if (openBatch) {  // its events are checked once it commits
      if (!newest) return std::nullopt;
      end = *openBatch;
    }
    out.segments.push_back({w.file.id, end, w.footerValid && end == w.framesEnd, w.file.size});
  }
  return out;
}

namespace {

// A new event frame, as the walk found it and batpak's index lists it.
struct NewLink {
  size_t segment;  // in dir.segments()
  uint32_t row;    // in the faithful index
};

// What a new link's frame holds: its stored hashes and BLAKE3 of its payload.
struct LinkBytes {
  HashChain stored;
  Hash32 recomputed{};
  uint64_t payloadBytes = 0;
};

template <typename T>
T* findByEntity(std::vector<T>& sortedByEntity, std::string_view entity) {
  auto it = std::lower_bound(sortedByEntity.begin(), sortedByEntity.end(), entity,
                             [](const T& x, std::string_view e) { return x.entity < e; });
  return it != sortedByEntity.end() && it->entity == entity ? &*it : nullptr;
}

// `entity`'s record among those checked before, else among `added` (new with this name).
template <typename T>
T& recordOf(std::vector<T>& sortedByEntity, std::map<std::string, T, std::less<>>& added, std::string_view entity) {
  if (T* known = findByEntity(sortedByEntity, entity)) return *known;
  auto it = added.find(entity);
  if (it == added.end()) {
    it = added.emplace(std::string(entity), T{}).first;
    it->second.entity = std::string(entity);
  }
  return it->second;
}

template <typename T>
void mergeByEntity(std::vector<T>& sortedByEntity, std::map<std::string, T, std::less<>>& added) {
  for (auto& [name, x] : added) sortedByEntity.push_back(std::move(x));
  std::sort(sortedByEntity.begin(), sortedByEntity.end(), [](const T& a, const T& b) { return a.entity < b.entity; });
}

// The frames written since `coverage`, in written order, matched to batpak's new rows
// (`rows`, sorted by position); the coverage they leave. nullopt where they do not match.
struct Walked {
  std::vector<NewLink> links;
  ChainCoverage coverage;
};

std::optional<Walked> walkNewFrames(const DataDir& dir, const Index& faithful, const std::vector<uint32_t>& rows,
                                    const ChainCoverage& coverage,
                                    std::vector<std::shared_ptr<const FileData>>& files) {
  const std::vector<SegmentFile>& segs = dir.segments();
  // Every segment checked before is still here; new ones come after them.
  size_t c = 0;
  for (const SegmentFile& s : segs) {
    if (c < coverage.segments.size() && coverage.segments[c].segmentId == s.id) ++c;
    else if (!coverage.segments.empty() && s.id <= coverage.segments.back().segmentId) return std::nullopt;
  }
  if (c != coverage.segments.size()) return std::nullopt;

  Walked out;
  files.resize(segs.size());
  size_t next = 0;         // in `rows`
  bool unsettled = false;  // frames batpak's index does not list (yet): nothing listed may follow
  bool inBatch = false;
  std::vector<std::pair<size_t, WalkedFrame>> batch;  // segment, frame
  auto matches = [&](size_t segment, const WalkedFrame& f) {
    if (next >= rows.size() || !f.decoded) return false;
    const IndexEntry& e = faithful.entry(rows[next]);
    return e.segmentId == segs[segment].id && e.offset == f.offset && e.length == f.length &&
           faithful.eventId(rows[next]) == f.eventId;
  };
  // Frames that settle together (a single event, or a batch at its COMMIT): all listed, or
  // none of them and nothing listed after them.
  auto settle = [&](const std::vector<std::pair<size_t, WalkedFrame>>& frames) {
    if (frames.empty()) return true;
    if (unsettled || !matches(frames.front().first, frames.front().second)) {
      unsettled = true;
      return true;
    }
    for (const auto& [segment, f] : frames) {
      if (!matches(segment, f)) return false;
      out.links.push_back({segment, rows[next++]});
    }
    return true;
  };
  c = 0;
  for (size_t k = 0; k < segs.size(); ++k) {
    uint64_t from = 0;
    if (c < coverage.segments.size() && coverage.segments[c].segmentId == segs[k].id) {
      const ChainCoverage::SegmentEnd& covered = coverage.segments[c++];
      if (covered.sealed) {  // sealed: nothing to read, unless it changed (then check it whole)
        if (covered.size != segs[k].size) return std::nullopt;
        out.coverage.segments.push_back(covered);
        continue;
      }
      from = covered.end;
    }
    auto file = dir.mapSegment(segs[k]);
    if (!file) return std::nullopt;
    files[k] = *file;
    const SegmentWalk w = walkSegmentFrom(segs[k], **file, from);
    if (!w.header || !w.crcMismatches.empty() || (w.trailer && !w.footerValid)) return std::nullopt;
    if (w.stoppedAt && (k + 1 != segs.size() || w.stopReason.rfind("undecodable", 0) == 0))
      return std::nullopt;  // a torn frame is one being written, in the newest segment only
    uint64_t settled = std::max(from, w.framesStart);
    for (const WalkedFrame& f : w.frames) {
      const uint64_t end = f.offset + f.length;
      if (f.kind == kKindBatchBegin) {
        if (inBatch) return std::nullopt;
        inBatch = true;
        batch.clear();
      } else if (f.kind == kKindBatchCommit) {
        if (!inBatch || !settle(batch)) return std::nullopt;
        inBatch = false;
        if (!unsettled) settled = end;
      } else if (inBatch) {
        batch.push_back({k, f});
      } else {
        if (!settle({{k, f}})) return std::nullopt;
        if (!unsettled) settled = end;
      }
    }
    if (w.stoppedAt) unsettled = true;  // the rest of the frame follows
    out.coverage.segments.push_back({segs[k].id, settled, w.footerValid && settled == w.framesEnd, segs[k].size});
  }
  if (next != rows.size()) return std::nullopt;
  return out;
}

// verifyChains' verdict from the counts.
void setStatus(EntityChain& c, bool sawHashed) {
  if (c.breakCount) c.status = EntityChain::Status::Broken;
  else if (!sawHashed && c.unhashedLinks > 0) c.status = EntityChain::Status::Unhashed;
  else c.status = EntityChain::Status::Verified;
}

}  // namespace

std::optional<ChainExtension> extendChains(const DataDir& dir, const Index& faithful, CheckedChains before,
                                           const Index* checkedTruth) {
  const size_t n = faithful.entryCount();
  if (n < before.faithfulRows) return std::nullopt;
  std::vector<uint32_t> rows;  // the new entries, by position
  rows.reserve(n - before.faithfulRows);
  for (uint32_t r = uint32_t(before.faithfulRows); r < n; ++r) {
    if (!faithful.isVisible(r) || faithful.isSuperseded(r)) return std::nullopt;
    if (checkedTruth && checkedTruth->findById(faithful.eventId(r)) != Index::kNoRow) return std::nullopt;
    rows.push_back(r);
  }
  std::sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
    const IndexEntry &x = faithful.entry(a), &y = faithful.entry(b);
    return x.segmentId != y.segmentId ? x.segmentId < y.segmentId : x.offset < y.offset;
  });
  std::vector<std::shared_ptr<const FileData>> files;
  std::optional<Walked> walked = walkNewFrames(dir, faithful, rows, before.coverage, files);
  if (!walked) return std::nullopt;

  const size_t checkedRows = before.faithfulRows;
  ChainExtension out;
  out.checked = std::move(before);
  out.checked.coverage = std::move(walked->coverage);
  out.checked.faithfulRows = n;
  out.newLinks = walked->links.size();
  ChainReport& report = out.checked.chains;

  // The links in written order, each against its entity's last link (verifyChains' rules).
  std::vector<LinkBytes> bytesOf(n - checkedRows);
  std::map<std::string, EntityChain, std::less<>> addedChains;
  std::map<std::string, bool, std::less<>> touched;  // entities with new links: whether one is hashed
  for (const NewLink& l : walked->links) {
    const IndexEntry& e = faithful.entry(l.row);
    const Id128 id = faithful.eventId(l.row);
    const FrameRead fr = readFrameIn(*files[l.segment], FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
    if (!fr.ok || fr.frame.header.eventId != id) return std::nullopt;
    LinkBytes& b = bytesOf[l.row - checkedRows];
    b.stored = fr.frame.hashChain.value_or(HashChain{});
    b.recomputed = blake3(fr.payload.data(), fr.payload.size());
    b.payloadBytes = fr.payload.size();

    const std::string_view entity = faithful.entity(l.row);
    EntityChain* chain = &recordOf(report.entities, addedChains, entity);
    const Hash32 expectedPrev = chain->links ? chain->lastEventHash : Hash32{};
    bool& hashed = touched.try_emplace(std::string(entity), false).first->second;
    ++chain->links;
    ++report.links;
    chain->lastEventHash = b.stored.eventHash;
    if (isZero(b.stored.prevHash) && isZero(b.stored.eventHash)) {
      ++chain->unhashedLinks;
      continue;
    }
    hashed = true;
    report.payloadBytesHashed += b.payloadBytes;
    if (b.stored.prevHash != expectedPrev) {
      if (!isZero(b.stored.prevHash) || e.clock != 0) return std::nullopt;  // a fork or a break
      ++chain->restarts;
      chain->restartSequences.push_back(e.globalSequence);
    }
    if (b.recomputed != b.stored.eventHash) {
      ++chain->breakCount;
      if (!chain->firstBreak)
        chain->firstBreak = ChainBreak{std::string(entity), id, e.globalSequence, segmentFileName(e.segmentId),
                                       e.offset, "event_hash != blake3(payload)", b.stored.prevHash, expectedPrev,
                                       b.stored.eventHash, b.recomputed, e.segmentId};
    }
  }
  for (const auto& [name, hashed] : touched) {
    auto added = addedChains.find(name);
    EntityChain& c = added != addedChains.end() ? added->second : *findByEntity(report.entities, name);
    setStatus(c, hashed || c.links > c.unhashedLinks);  // a link read and hashed, now or before
    std::sort(c.restartSequences.begin(), c.restartSequences.end());
  }
  mergeByEntity(report.entities, addedChains);

  // batpak's verify_chain: each entity's visible events in global order (the new rows are
  // all visible, after every row before them).
  std::map<std::string, BatpakChainVerdict, std::less<>> addedVerdicts;
  for (uint32_t r = uint32_t(checkedRows); r < n; ++r) {
    const std::string_view entity = faithful.entity(r);
    BatpakChainVerdict* v = &recordOf(out.checked.verdicts, addedVerdicts, entity);
    const Hash32 expected = v->events ? v->lastEventHash : Hash32{};
    ++v->events;
    if (!v->intact) continue;
    const LinkBytes& b = bytesOf[r - checkedRows];
    const char* reason = b.stored.prevHash != expected            ? "prev_hash mismatch"
                         : b.recomputed != b.stored.eventHash     ? "event_hash != blake3(payload)"
                                                                  : nullptr;
    if (!reason) {
      v->lastEventHash = b.stored.eventHash;
      continue;
    }
    v->intact = false;
    v->firstBreakGlobalSequence = faithful.entry(r).globalSequence;
    v->firstBreakEventId = faithful.eventId(r);
    v->reason = reason;
    v->lastEventHash = Hash32{};
  }
  mergeByEntity(out.checked.verdicts, addedVerdicts);
  return out;
}

}  // namespace batscope
