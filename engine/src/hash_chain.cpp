#include "batscope/hash_chain.h"

#include <algorithm>
#include <chrono>
#include <map>

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
                         const std::atomic<bool>* cancel, const std::function<void(double)>& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  ChainReport report;
  std::map<std::string, std::vector<Link>, std::less<>> perEntity;
  for (uint32_t r = 0; r < truth.entryCount(); ++r)
    if (!truth.isSuperseded(r))
      perEntity[std::string(truth.entity(r))].push_back({truth.entry(r).globalSequence, &truth, r, true});
  for (uint32_t r = 0; r < faithful.entryCount(); ++r)
    if (!faithful.isSuperseded(r) && truth.findById(faithful.eventId(r)) == Index::kNoRow)
      perEntity[std::string(faithful.entity(r))].push_back({faithful.entry(r).globalSequence, &faithful, r, false});

  const size_t total = perEntity.size();
  size_t done = 0;
  for (auto& [entity, links] : perEntity) {
    if (cancel && cancel->load()) break;
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
      report.payloadBytesHashed += fr.payload.size();
      if (recomputed != stored.eventHash) breakHere("event_hash != blake3(payload)", recomputed);
      expectedPrev = stored.eventHash;
    }
    if (chain.breakCount) chain.status = EntityChain::Status::Broken;
    else if (!sawHashed && chain.unhashedLinks > 0) chain.status = EntityChain::Status::Unhashed;
    report.links += chain.links;
    report.entities.push_back(std::move(chain));
    if (progress) progress(double(++done) / double(total));
  }
  report.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

}  // namespace batscope
