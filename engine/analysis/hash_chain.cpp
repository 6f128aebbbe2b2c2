#include "batscope/analysis/hash_chain.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>

#include "batscope/codec/blake3.h"
#include "batscope/restore/event_reader.h"

namespace batscope {

const char* chainStatusName(EntityChain::Status s) {
  switch (s) {
    case EntityChain::Status::Verified: return "verified";
    case EntityChain::Status::Broken: return "broken";
    case EntityChain::Status::Unhashed: return "unhashed";
  }
  return "?";
}

bool ChainReport::anyBroken() const {
  for (const EntityChain& e : entities)
    if (e.status == EntityChain::Status::Broken) return true;
  return false;
}

size_t ChainReport::forkCount() const {
  size_t n = 0;
  for (const EntityChain& e : entities) n += e.forks.size();
  return n;
}

namespace {

using Link = ChainLink;

// Written order: segment id, then offset. Truth rows sit at their real positions; rows only
// the faithful index has (frames that do not read) at their recorded one.
bool writtenBefore(const Link& a, const Link& b) {
  const IndexEntry& x = a.index->entry(a.row);
  const IndexEntry& y = b.index->entry(b.row);
  if (x.segmentId != y.segmentId) return x.segmentId < y.segmentId;
  return x.offset < y.offset;
}

struct HashKey {
  size_t operator()(const Hash32& h) const {
    uint64_t v;
    std::memcpy(&v, h.data(), sizeof v);
    return size_t(v);
  }
};

// Reads frames, keeping the last segment mapped: a chain's links run mostly in one segment
// at a time, and a DataDir lookup per frame takes a lock and a shared reference count that
// parallel entities would contend on.
class FrameReader {
 public:
  explicit FrameReader(const DataDir& dir) : dir_(dir) {}
  FrameRead read(const FramePos& pos) {
    if (!mapped_ || mappedId_ != pos.segmentId) {
      auto file = dir_.mapFile(segmentFileName(pos.segmentId));
      if (!file) return readFrameAtPosition(dir_, pos, PayloadMode::Any);  // names the error
      mapped_ = *file;
      mappedId_ = pos.segmentId;
    }
    return readFrameIn(*mapped_, pos, PayloadMode::Any);
  }

 private:
  const DataDir& dir_;
  uint64_t mappedId_ = 0;
  std::shared_ptr<const FileData> mapped_;
};

// event_hash -> the first link that has it. Only a link whose prev_hash does not name the link
// just before it looks there, which an intact chain never does: the map is built from the
// history at the first such link, not a node per link.
class EarlierHashes {
 public:
  void add(const Hash32& hash, const Link* link) {
    if (map_) map_->emplace(hash, link);
    else history_.emplace_back(hash, link);
  }
  const Link* find(const Hash32& hash) {
    if (!map_) {
      map_.emplace();
      map_->reserve(history_.size());
      for (const auto& [h, l] : history_) map_->emplace(h, l);
      history_ = {};
    }
    const auto it = map_->find(hash);
    return it == map_->end() ? nullptr : it->second;
  }

 private:
  std::vector<std::pair<Hash32, const Link*>> history_;
  std::optional<std::unordered_map<Hash32, const Link*, HashKey>> map_;
};

EntityChain verifyEntity(const DataDir& dir, const std::string& entity, std::vector<Link>& links,
                         uint64_t& hashedBytes) {
  std::stable_sort(links.begin(), links.end(), writtenBefore);
  EntityChain chain;
  chain.entity = entity;
  Hash32 expectedPrev{};
  const Link* previous = nullptr;
  bool sawHashed = false;
  EarlierHashes earlier;
  FrameReader frames(dir);
  for (const Link& l : links) {
    const IndexEntry& e = l.index->entry(l.row);
    const FramePos pos{e.segmentId, e.offset, e.length};
    std::optional<FrameRead> fr;
    HashChain stored;
    if (const uint8_t* identityFrame = l.index->identityFrame(l.row)) {
      // The index reads this link's hashes from the very frame the payload comes from: one
      // decode gives both.
      fr = frames.read(pos);
      if (fr->ok && fr->raw.body == identityFrame + kFrameHeaderBytes) stored = fr->frame.hashChain.value_or(HashChain{});
      else stored = l.index->hashChain(l.row);
    } else {
      stored = l.index->hashChain(l.row);
    }
    const Id128 id = l.index->eventId(l.row);  // after the read: its bytes are in cache by now
    ++chain.links;
    auto breakHere = [&](std::string reason, std::optional<Hash32> recomputed) {
      ++chain.breakCount;
      if (!chain.firstBreak)
        chain.firstBreak = ChainBreak{entity, id, e.globalSequence, segmentFileName(e.segmentId), e.offset,
                                      std::move(reason), stored.prevHash, expectedPrev, stored.eventHash, recomputed,
                                      e.segmentId};
    };
    auto advance = [&] {
      earlier.add(stored.eventHash, &l);
      expectedPrev = stored.eventHash;
      previous = &l;
    };
    if (isZero(stored.prevHash) && isZero(stored.eventHash)) {
      ++chain.unhashedLinks;
      advance();
      continue;
    }
    if (!fr) fr = frames.read(pos);
    if (!fr->ok || fr->frame.header.eventId != id) {
      breakHere("payload unreadable", std::nullopt);
      advance();
      continue;
    }
    sawHashed = true;
    const Hash32 recomputed = blake3(fr->payload.data(), fr->payload.size());
    hashedBytes += fr->payload.size();
    if (stored.prevHash != expectedPrev) {
      const bool restart = isZero(stored.prevHash) && e.clock == 0;
      const Link* parent = restart ? nullptr : earlier.find(stored.prevHash);
      if (restart) {
        ++chain.restarts;
        chain.restartSequences.push_back(e.globalSequence);
      } else if (parent && previous) {
        const Link& p = *parent;
        chain.forks.push_back(ChainFork{id, e.globalSequence, segmentFileName(e.segmentId), e.offset,
                                        p.index->eventId(p.row), p.index->entry(p.row).globalSequence,
                                        previous->index->eventId(previous->row),
                                        previous->index->entry(previous->row).globalSequence});
      } else {
        breakHere("prev_hash mismatch", recomputed);
        advance();
        continue;
      }
    }
    if (recomputed != stored.eventHash) breakHere("event_hash != blake3(payload)", recomputed);
    advance();
  }
  if (chain.breakCount) chain.status = EntityChain::Status::Broken;
  else if (!sawHashed && chain.unhashedLinks > 0) chain.status = EntityChain::Status::Unhashed;
  std::sort(chain.restartSequences.begin(), chain.restartSequences.end());
  return chain;
}

}  // namespace

std::vector<ChainLink> chainLinksOf(const Index& faithful, const Index* truth, std::string_view entity) {
  std::vector<ChainLink> links;
  auto add = [&](const Index& index, bool onlyUnknownToTruth) {
    const auto id = index.findString(entity);
    if (!id) return;
    for (uint32_t r = 0; r < index.entryCount(); ++r) {
      if (index.entry(r).entityId != *id || index.isSuperseded(r)) continue;
      if (onlyUnknownToTruth && truth->findById(index.eventId(r)) != Index::kNoRow) continue;
      links.push_back({&index, r});
    }
  };
  if (truth) add(*truth, false);
  add(faithful, truth != nullptr);
  std::stable_sort(links.begin(), links.end(), writtenBefore);
  return links;
}

ChainReport verifyChains(const DataDir& dir, const Index& faithful, const Index& truth,
                         const std::atomic<bool>* cancel, const std::function<void(double)>& progress,
                         Executor* executor) {
  const auto t0 = std::chrono::steady_clock::now();
  ChainReport report;
  // Links grouped by entity through the interner ids (a string lookup only for batpak's rows
  // the true view lacks); entity names stay in the indexes' interners.
  std::vector<std::vector<Link>> byTruthId;
  std::map<std::string_view, std::vector<Link>> others;
  for (uint32_t r = 0; r < truth.entryCount(); ++r) {
    if (truth.isSuperseded(r)) continue;
    const uint32_t id = truth.entry(r).entityId;
    if (id >= byTruthId.size()) byTruthId.resize(id + 1);
    byTruthId[id].push_back({&truth, r});
  }
  for (uint32_t r = 0; r < faithful.entryCount(); ++r)
    if (!faithful.isSuperseded(r) && truth.findById(faithful.eventId(r), r) == Index::kNoRow)
      others[faithful.entity(r)].push_back({&faithful, r});
  std::map<std::string_view, std::vector<Link>> perEntity = std::move(others);
  for (std::vector<Link>& links : byTruthId) {
    if (links.empty()) continue;
    std::vector<Link>& into = perEntity[truth.entity(links.front().row)];
    links.insert(links.end(), into.begin(), into.end());  // the true view's links first, as written
    into = std::move(links);
  }

  std::vector<std::pair<std::string_view, std::vector<Link>>> work(std::make_move_iterator(perEntity.begin()),
                                                                   std::make_move_iterator(perEntity.end()));
  std::vector<EntityChain> chains(work.size());
  std::vector<uint64_t> hashedBytes(work.size(), 0);
  std::vector<uint8_t> finished(work.size(), 0);
  std::mutex progressMu;
  size_t done = 0;
  InlineExecutor inlineExecutor;
  Executor& ex = executor ? *executor : inlineExecutor;
  ex.parallelFor(work.size(), [&](size_t w) {
    if (cancel && cancel->load()) return;
    chains[w] = verifyEntity(dir, std::string(work[w].first), work[w].second, hashedBytes[w]);
    finished[w] = 1;
    if (progress) {
      std::lock_guard<std::mutex> lock(progressMu);
      progress(double(++done) / double(work.size()));
    }
  });
  for (size_t w = 0; w < work.size(); ++w) {
    if (!finished[w]) continue;  // cancelled before this entity
    report.links += chains[w].links;
    report.payloadBytesHashed += hashedBytes[w];
    report.entities.push_back(std::move(chains[w]));
  }
  report.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

std::vector<BatpakChainVerdict> batpakChainVerdicts(const DataDir& dir, const Index& index, const StoreWalk& walk,
                                                    Executor* executor) {
  // Each entity's visible rows in global order; entities are walked independently.
  std::map<std::string_view, std::vector<uint32_t>> rowsOf;
  for (uint32_t row : index.visibleRows()) rowsOf[index.entity(row)].push_back(row);
  std::vector<std::pair<std::string_view, std::vector<uint32_t>>> work(std::make_move_iterator(rowsOf.begin()),
                                                                      std::make_move_iterator(rowsOf.end()));
  std::vector<BatpakChainVerdict> out(work.size());
  InlineExecutor inlineExecutor;
  (executor ? *executor : inlineExecutor).parallelFor(work.size(), [&](size_t w) {
    BatpakChainVerdict& v = out[w];
    v.entity = std::string(work[w].first);
    v.events = work[w].second.size();
    Hash32 expected{};
    FrameReader frames(dir);
    for (uint32_t row : work[w].second) {
      const IndexEntry& e = index.entry(row);
      const Id128 id = index.eventId(row);
      const FramePos disk{e.segmentId, e.offset, e.length};
      const std::optional<FramePos> own = walk.find(id);
      FrameRead fr = frames.read(own.value_or(disk));
      if (!fr.ok && own && !(*own == disk)) fr = frames.read(disk);
      const char* reason = nullptr;
      if (!fr.ok) {
        reason = "payload unreadable";
      } else {
        const HashChain chain = fr.frame.hashChain.value_or(HashChain{});
        if (chain.prevHash != expected) reason = "prev_hash mismatch";
        else if (chain.eventHash != blake3(fr.payload.data(), fr.payload.size())) reason = "event_hash != blake3(payload)";
        expected = chain.eventHash;
      }
      if (reason) {  // batpak's walk stops at the first break of the entity
        v.intact = false;
        v.firstBreakGlobalSequence = e.globalSequence;
        v.firstBreakEventId = id;
        v.reason = reason;
        break;
      }
    }
  });
  return out;
}

}  // namespace batscope
