#include "batscope/hash_chain.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>

#include "batscope/blake3.h"
#include "batscope/event_reader.h"

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

namespace {
struct Link {
  uint64_t gs;
  const Index* index;
  uint32_t row;
  bool fromTruth;
};
}  // namespace

ChainReport verifyChains(const DataDir& dir, const Index& faithful, const Index& truth,
                         const std::atomic<bool>* cancel, const std::function<void(double)>& progress,
                         Executor* executor) {
  const auto t0 = std::chrono::steady_clock::now();
  ChainReport report;
  // Entity names stay in the indexes' interners (no per-row string copies).
  std::map<std::string_view, std::vector<Link>> perEntity;
  for (uint32_t r = 0; r < truth.entryCount(); ++r)
    if (!truth.isSuperseded(r)) perEntity[truth.entity(r)].push_back({truth.entry(r).globalSequence, &truth, r, true});
  for (uint32_t r = 0; r < faithful.entryCount(); ++r)
    if (!faithful.isSuperseded(r) && truth.findById(faithful.eventId(r)) == Index::kNoRow)
      perEntity[faithful.entity(r)].push_back({faithful.entry(r).globalSequence, &faithful, r, false});

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
    const std::string entity(work[w].first);
    std::vector<Link>& links = work[w].second;
    std::stable_sort(links.begin(), links.end(), [](const Link& a, const Link& b) { return a.gs < b.gs; });
    EntityChain chain;
    chain.entity = entity;
    Hash32 expectedPrev{};
    bool sawHashed = false;
    for (const Link& l : links) {
      const IndexEntry& e = l.index->entry(l.row);
      const Id128 id = l.index->eventId(l.row);
      const HashChain stored = l.index->hashChain(l.row);
      ++chain.links;
      auto breakHere = [&](std::string reason, std::optional<Hash32> recomputed) {
        ++chain.breakCount;
        if (!chain.firstBreak)
          chain.firstBreak = ChainBreak{entity, id, e.globalSequence, segmentFileName(e.segmentId), e.offset,
                                        std::move(reason), stored.prevHash, expectedPrev, stored.eventHash, recomputed};
      };
      if (isZero(stored.prevHash) && isZero(stored.eventHash)) {
        ++chain.unhashedLinks;
        expectedPrev = stored.eventHash;
        continue;
      }
      const FrameRead fr = readFrameAtPosition(dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
      if (!fr.ok || fr.frame.header.eventId != id) {
        breakHere("payload unreadable", std::nullopt);
        expectedPrev = stored.eventHash;
        continue;
      }
      sawHashed = true;
      if (stored.prevHash != expectedPrev) {
        if (isZero(stored.prevHash) && e.clock == 0) {
          ++chain.restarts;
          chain.restartSequences.push_back(e.globalSequence);
        } else {
          const Hash32 recomputed = blake3(fr.payload.data(), fr.payload.size());
          breakHere("prev_hash mismatch", recomputed);
          expectedPrev = stored.eventHash;
          continue;
        }
      }
      const Hash32 recomputed = blake3(fr.payload.data(), fr.payload.size());
      hashedBytes[w] += fr.payload.size();
      if (recomputed != stored.eventHash) breakHere("event_hash != blake3(payload)", recomputed);
      expectedPrev = stored.eventHash;
    }
    if (chain.breakCount) chain.status = EntityChain::Status::Broken;
    else if (!sawHashed && chain.unhashedLinks > 0) chain.status = EntityChain::Status::Unhashed;
    chains[w] = std::move(chain);
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

}  // namespace batscope
