#include "batscope/analysis/hash_chain.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <utility>

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

// Reads frames, keeping the last segment mapped: links are read in written order, one segment
// after another, and a DataDir lookup per frame takes a lock and a shared reference count
// that parallel chunks would contend on.
class FrameReader {
 public:
  explicit FrameReader(const DataDir& dir) : dir_(dir) {}
  FrameRead read(const FramePos& pos) {
    if (!map(pos.segmentId)) return readFrameAtPosition(dir_, pos, PayloadMode::Any);  // names the error
    return readFrameIn(*mapped_, pos, PayloadMode::Any);
  }
  // Where the frame at `pos` starts in the mapped file; null when it does not fit there.
  const uint8_t* bytesAt(const FramePos& pos) {
    if (!map(pos.segmentId) || pos.offset > mapped_->size() || pos.length > mapped_->size() - pos.offset) return nullptr;
    return mapped_->data() + pos.offset;
  }

 private:
  bool map(uint64_t segmentId) {
    if (mapped_ && mappedId_ == segmentId) return true;
    auto file = dir_.mapFile(segmentFileName(segmentId));
    if (!file) return false;
    mapped_ = *file;
    mappedId_ = segmentId;
    return true;
  }

  const DataDir& dir_;
  uint64_t mappedId_ = 0;
  std::shared_ptr<const FileData> mapped_;
};

// The stored hashes and payload length of a frame the true view decoded (its identity
// frame, length and CRC first); false if it does not decode after all.
bool storedChainOfDecodedFrame(const uint8_t* frame, uint32_t length, HashChain& stored, uint64_t& payloadSize) {
  DecodedFrame f;
  FrameDecodeError err;
  if (!frame || length < kFrameHeaderBytes ||
      !decodeFrameBody(frame + kFrameHeaderBytes, length - kFrameHeaderBytes, PayloadMode::Any, f, err) || !f.hashChain)
    return false;
  stored = *f.hashChain;
  payloadSize = payloadByteCount(frame + kFrameHeaderBytes, f);
  return true;
}

struct HashedFrame {
  HashChain chain;
  bool payloadMatches = false;
};

// The true view's verdict on the frame at `pos`, where it decoded and hashed exactly that
// frame (the same bytes of the same mapped file): reading and hashing it again would only
// repeat it.
std::optional<HashedFrame> hashedByTrueView(const Index& truth, const Id128& id, uint32_t guess, const FramePos& pos,
                                            FrameReader& frames) {
  const uint32_t trow = truth.findById(id, guess);
  if (trow == Index::kNoRow) return std::nullopt;
  const std::optional<bool> matches = truth.payloadHashMatches(trow);
  const IndexEntry& t = truth.entry(trow);
  if (!matches || t.offset != pos.offset || t.length != pos.length) return std::nullopt;
  const uint8_t* frame = truth.identityFrame(trow);
  if (!frame || frame != frames.bytesAt(pos)) return std::nullopt;
  HashedFrame h;
  uint64_t payloadSize = 0;
  if (!truth.hashChainAtLandmarks(trow, h.chain, payloadSize) &&
      !storedChainOfDecodedFrame(frame, t.length, h.chain, payloadSize))
    return std::nullopt;
  h.payloadMatches = *matches;
  return h;
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

namespace {

// What one link's own frame says: its stored hashes and whether its payload hashes to them.
struct LinkCheck {
  HashChain stored;
  bool unhashed = false;   // both hashes zero: written without the blake3 feature
  bool readable = false;   // the frame at the link's position reads and carries its event
  Hash32 recomputed{};     // BLAKE3(P), when readable
  uint64_t payloadBytes = 0;
};

// For each position, the position before it (and, `withNext`, after it) with the same entity
// (kNoRow for none). Entities are interner ids (and a few past them), so the last position of
// each is kept in an array by id rather than in a map.
struct SameEntityLinks {
  std::vector<uint32_t> previous, next;
};
SameEntityLinks sameEntityLinks(const std::vector<uint32_t>& entityOf, bool withNext) {
  SameEntityLinks out;
  out.previous.assign(entityOf.size(), Index::kNoRow);
  if (withNext) out.next.assign(entityOf.size(), Index::kNoRow);
  const uint32_t entities = entityOf.empty() ? 0 : *std::max_element(entityOf.begin(), entityOf.end()) + 1;
  std::vector<uint32_t> last(entities, Index::kNoRow);
  for (uint32_t k = 0; k < entityOf.size(); ++k) {
    const uint32_t before = std::exchange(last[entityOf[k]], k);
    if (before == Index::kNoRow) continue;
    out.previous[k] = before;
    if (withNext) out.next[before] = k;
  }
  return out;
}

// A true view row whose ids are read from its frame: the true view checked that frame's CRC
// and decoded it, so it is decoded again without the CRC, the payload into `payload`.
bool examineVerifiedFrame(const uint8_t* frame, uint32_t length, LinkCheck& x, std::vector<uint8_t>& payload) {
  DecodedFrame f;
  FrameDecodeError err;
  if (length < kFrameHeaderBytes ||
      !decodeFrameBodyWithPayload(frame + kFrameHeaderBytes, length - kFrameHeaderBytes, f, err, payload))
    return false;
  x.stored = f.hashChain.value_or(HashChain{});
  if (isZero(x.stored.prevHash) && isZero(x.stored.eventHash)) {
    x.unhashed = true;
    return true;
  }
  x.readable = true;
  x.recomputed = blake3(payload.data(), payload.size());
  x.payloadBytes = payload.size();
  return true;
}

LinkCheck examineLink(const Link& l, const Index& truth, FrameReader& frames, std::vector<uint8_t>& payload) {
  const Index& index = *l.index;
  const IndexEntry& e = index.entry(l.row);
  const FramePos pos{e.segmentId, e.offset, e.length};
  LinkCheck x;
  std::optional<FrameRead> fr;
  // Where the true view hashed this payload already, its verdict stands in for the read and
  // the hash (it decoded this very frame, so the frame reads).
  std::optional<bool> payloadMatches = index.payloadHashMatches(l.row);
  if (payloadMatches && !index.hashChainAtLandmarks(l.row, x.stored, x.payloadBytes) &&
      !storedChainOfDecodedFrame(index.identityFrame(l.row), e.length, x.stored, x.payloadBytes))
    payloadMatches.reset();
  if (!payloadMatches) {
    const uint8_t* identityFrame = index.identityFrame(l.row);
    if (identityFrame && &index == &truth && examineVerifiedFrame(identityFrame, e.length, x, payload)) return x;
    if (identityFrame) fr = frames.read(pos);
    // The index reads this link's hashes from the very frame the payload comes from: one
    // decode gives both.
    if (fr && fr->ok && fr->raw.body == identityFrame + kFrameHeaderBytes) x.stored = fr->frame.hashChain.value_or(HashChain{});
    else x.stored = index.hashChain(l.row);
  }
  if (isZero(x.stored.prevHash) && isZero(x.stored.eventHash)) {
    x.unhashed = true;
    return x;
  }
  if (payloadMatches == true) {
    x.readable = true;
    x.recomputed = x.stored.eventHash;
    return x;
  }
  // A payload that does not match is read and hashed again: the break names the digest.
  if (!fr) fr = frames.read(pos);
  if (!fr->ok || fr->frame.header.eventId != index.eventId(l.row)) {
    x.readable = false;
    return x;
  }
  x.readable = true;
  x.recomputed = blake3(fr->payload.data(), fr->payload.size());
  x.payloadBytes = fr->payload.size();
  return x;
}

// A link whose check is not simply "follows the link before and hashes right", kept for
// the pass that decides what it is (break, restart or fork) in written order.
struct LinkEvent {
  enum Kind : uint8_t { Unreadable, PrevMismatch, HashMismatch } kind;
  uint32_t position;  // in written order
  HashChain stored;
  Hash32 expectedPrev;
  Hash32 recomputed;
};

struct EntityTally {
  uint64_t links = 0, unhashedLinks = 0, payloadBytes = 0;
  bool sawHashed = false;
  Hash32 lastEventHash{};
};

}  // namespace

ChainReport verifyChains(const DataDir& dir, const Index& faithful, const Index& truth,
                         const std::atomic<bool>* cancel, const std::function<void(double)>& progress,
                         Executor* executor) {
  const auto t0 = std::chrono::steady_clock::now();
  ChainReport report;
  // Every link, in written order: the true view's rows, then batpak's rows the true view
  // lacks; each tagged with its entity (the true view's interner id, or an id past its
  // strings for a name only batpak's index has).
  std::vector<Link> links;
  std::vector<uint32_t> entityOf;
  links.reserve(truth.entryCount());
  entityOf.reserve(truth.entryCount());
  for (uint32_t r = 0; r < truth.entryCount(); ++r) {
    if (truth.isSuperseded(r)) continue;
    links.push_back({&truth, r});
    entityOf.push_back(truth.entry(r).entityId);
  }
  InlineExecutor inlineExecutor;
  Executor& ex = executor ? *executor : inlineExecutor;
  // batpak's rows whose event the true view lacks (found in parallel: a probe per row).
  constexpr uint32_t kChunk = 1u << 15;
  std::vector<uint8_t> onlyFaithful(faithful.entryCount(), 0);
  ex.parallelFor((faithful.entryCount() + kChunk - 1) / kChunk, [&](size_t c) {
    const uint32_t end = uint32_t(std::min<size_t>(faithful.entryCount(), (c + 1) * kChunk));
    constexpr uint32_t kAhead = 8;  // rows whose ids are loaded while this one is probed
    for (uint32_t r = uint32_t(c * kChunk); r < end; ++r) {
      faithful.prefetchEventId(r + kAhead);
      truth.prefetchEventId(r + kAhead);
      onlyFaithful[r] = !faithful.isSuperseded(r) && truth.findById(faithful.eventId(r), r) == Index::kNoRow;
    }
  });
  std::vector<std::string_view> extraNames;
  std::map<std::string_view, uint32_t> extraIds;
  for (uint32_t r = 0; r < faithful.entryCount(); ++r) {
    if (!onlyFaithful[r]) continue;
    const std::string_view name = faithful.entity(r);
    uint32_t entity;
    if (auto known = truth.findString(name)) {
      entity = *known;
    } else {
      auto [it, inserted] = extraIds.emplace(name, uint32_t(truth.stringCount() + extraNames.size()));
      if (inserted) extraNames.push_back(name);
      entity = it->second;
    }
    links.push_back({&faithful, r});
    entityOf.push_back(entity);
  }
  if (!std::is_sorted(links.begin(), links.end(), writtenBefore)) {
    std::vector<uint32_t> order(links.size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return writtenBefore(links[a], links[b]); });
    std::vector<Link> sortedLinks(links.size());
    std::vector<uint32_t> sortedEntities(links.size());
    for (size_t k = 0; k < order.size(); ++k) {
      sortedLinks[k] = links[order[k]];
      sortedEntities[k] = entityOf[order[k]];
    }
    links.swap(sortedLinks);
    entityOf.swap(sortedEntities);
  }
  auto entityName = [&](uint32_t entity) {
    return entity < truth.stringCount() ? truth.string(entity) : extraNames[entity - truth.stringCount()];
  };
  const SameEntityLinks sameEntity = sameEntityLinks(entityOf, false);
  const std::vector<uint32_t>& previousOfEntity = sameEntity.previous;

  // A link is checked against its own frame and the link written before it alone, so the
  // links are checked in written order (the order the files hold them: reads stay
  // sequential) in parallel chunks, each carrying every entity's last event_hash. What is
  // not simply intact is decided afterwards, entity by entity in written order.
  const size_t chunks = (links.size() + kChunk - 1) / kChunk;
  std::vector<std::vector<LinkEvent>> events(chunks);
  std::vector<std::unordered_map<uint32_t, EntityTally>> tallies(chunks);
  std::vector<uint8_t> finished(chunks, 0);
  std::mutex progressMu;
  size_t done = 0;
  ex.parallelFor(chunks, [&](size_t c) {
    if (cancel && cancel->load()) return;
    const uint32_t begin = uint32_t(c * kChunk), end = uint32_t(std::min<size_t>(links.size(), (c + 1) * kChunk));
    FrameReader frames(dir);
    std::vector<uint8_t> payload;  // reused from link to link
    std::vector<Hash32> storedEventHash(end - begin);  // of this chunk's links, by position
    constexpr uint32_t kAhead = 8;  // links whose hashes are loaded while this one is checked
    for (uint32_t k = begin; k < end; ++k) {
      if (k + kAhead < end) links[k + kAhead].index->prefetchFrameLandmarks(links[k + kAhead].row);
      const uint32_t entity = entityOf[k];
      Hash32 expectedPrev{};
      if (const uint32_t previous = previousOfEntity[k]; previous != Index::kNoRow)
        expectedPrev = previous >= begin ? storedEventHash[previous - begin]
                                         : links[previous].index->hashChain(links[previous].row).eventHash;
      const LinkCheck x = examineLink(links[k], truth, frames, payload);
      EntityTally& tally = tallies[c][entity];
      ++tally.links;
      tally.lastEventHash = storedEventHash[k - begin] = x.stored.eventHash;
      if (x.unhashed) {
        ++tally.unhashedLinks;
        continue;
      }
      if (!x.readable) {
        events[c].push_back(LinkEvent{LinkEvent::Unreadable, k, x.stored, expectedPrev, {}});
        continue;
      }
      tally.sawHashed = true;
      tally.payloadBytes += x.payloadBytes;
      if (x.stored.prevHash != expectedPrev)
        events[c].push_back(LinkEvent{LinkEvent::PrevMismatch, k, x.stored, expectedPrev, x.recomputed});
      else if (x.recomputed != x.stored.eventHash)
        events[c].push_back(LinkEvent{LinkEvent::HashMismatch, k, x.stored, expectedPrev, x.recomputed});
    }
    finished[c] = 1;
    if (progress) {
      std::lock_guard<std::mutex> lock(progressMu);
      progress(double(++done) / double(chunks));
    }
  });
  if (cancel && cancel->load()) {
    report.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return report;
  }

  std::unordered_map<uint32_t, EntityChain> chains;
  std::unordered_set<uint32_t> sawHashed;
  for (size_t c = 0; c < chunks; ++c)
    for (const auto& [entity, tally] : tallies[c]) {
      EntityChain& chain = chains[entity];
      chain.links += tally.links;
      chain.unhashedLinks += tally.unhashedLinks;
      chain.lastEventHash = tally.lastEventHash;  // chunks in written order: the last one's stays
      report.payloadBytesHashed += tally.payloadBytes;
      if (tally.sawHashed) sawHashed.insert(entity);
    }

  // event_hash -> the first link of the entity that has it, for entities where a prev_hash
  // names neither the link before nor zero (a fork or a break); an intact store has none.
  std::unordered_map<uint32_t, std::unordered_map<Hash32, uint32_t, HashKey>> firstWithHash;
  for (const auto& chunk : events)
    for (const LinkEvent& ev : chunk)
      if (ev.kind == LinkEvent::PrevMismatch) firstWithHash.emplace(entityOf[ev.position], std::unordered_map<Hash32, uint32_t, HashKey>{});
  if (!firstWithHash.empty())
    for (uint32_t k = 0; k < links.size(); ++k) {
      const auto it = firstWithHash.find(entityOf[k]);
      if (it != firstWithHash.end()) it->second.emplace(links[k].index->hashChain(links[k].row).eventHash, k);
    }

  for (const auto& chunk : events)
    for (const LinkEvent& ev : chunk) {
      const Link& l = links[ev.position];
      const uint32_t entity = entityOf[ev.position];
      EntityChain& chain = chains[entity];
      const IndexEntry& e = l.index->entry(l.row);
      auto breakHere = [&](const char* reason, std::optional<Hash32> recomputed) {
        ++chain.breakCount;
        if (!chain.firstBreak)
          chain.firstBreak = ChainBreak{std::string(entityName(entity)), l.index->eventId(l.row), e.globalSequence,
                                        segmentFileName(e.segmentId), e.offset, reason, ev.stored.prevHash,
                                        ev.expectedPrev, ev.stored.eventHash, recomputed, e.segmentId};
      };
      if (ev.kind == LinkEvent::Unreadable) {
        breakHere("payload unreadable", std::nullopt);
        continue;
      }
      if (ev.kind == LinkEvent::PrevMismatch) {
        if (isZero(ev.stored.prevHash) && e.clock == 0) {  // a restart
          ++chain.restarts;
          chain.restartSequences.push_back(e.globalSequence);
        } else {
          const auto& hashes = firstWithHash[entity];
          const auto parent = hashes.find(ev.stored.prevHash);
          const uint32_t previous = previousOfEntity[ev.position];
          if (parent == hashes.end() || parent->second >= ev.position || previous == Index::kNoRow) {
            breakHere("prev_hash mismatch", ev.recomputed);
            continue;
          }
          const Link& p = links[parent->second];
          const Link& adjacent = links[previous];
          chain.forks.push_back(ChainFork{l.index->eventId(l.row), e.globalSequence, segmentFileName(e.segmentId),
                                          e.offset, p.index->eventId(p.row), p.index->entry(p.row).globalSequence,
                                          adjacent.index->eventId(adjacent.row),
                                          adjacent.index->entry(adjacent.row).globalSequence});
        }
      }
      if (ev.recomputed != ev.stored.eventHash) breakHere("event_hash != blake3(payload)", ev.recomputed);
    }

  std::vector<std::pair<std::string_view, uint32_t>> byName;
  byName.reserve(chains.size());
  for (const auto& [entity, chain] : chains) byName.emplace_back(entityName(entity), entity);
  std::sort(byName.begin(), byName.end());
  for (const auto& [name, entity] : byName) {
    EntityChain& chain = chains[entity];
    chain.entity = std::string(name);
    if (chain.breakCount) chain.status = EntityChain::Status::Broken;
    else if (!sawHashed.count(entity) && chain.unhashedLinks > 0) chain.status = EntityChain::Status::Unhashed;
    else chain.status = EntityChain::Status::Verified;
    std::sort(chain.restartSequences.begin(), chain.restartSequences.end());
    report.links += chain.links;
    report.entities.push_back(std::move(chain));
  }
  report.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

namespace {

// One event as batpak's verify_chain sees it: the hashes stored in the frame it reads, and
// whether the payload there hashes to the stored event_hash.
struct VerdictLink {
  bool readable = false;
  bool payloadMatches = false;
  HashChain chain;
};

VerdictLink batpakLink(const Index& index, uint32_t row, const StoreWalk& walk, const Index* truth,
                       FrameReader& frames) {
  const IndexEntry& e = index.entry(row);
  const Id128 id = index.eventId(row);
  const FramePos disk{e.segmentId, e.offset, e.length};
  const std::optional<FramePos> own = walk.find(id, row);
  VerdictLink link;
  if (const std::optional<HashedFrame> known = truth ? hashedByTrueView(*truth, id, row, own.value_or(disk), frames)
                                                      : std::nullopt) {
    link.readable = true;
    link.chain = known->chain;
    link.payloadMatches = known->payloadMatches;
    return link;
  }
  FrameRead fr = frames.read(own.value_or(disk));
  if (!fr.ok && own && !(*own == disk)) fr = frames.read(disk);
  if (!fr.ok) return link;
  link.readable = true;
  link.chain = fr.frame.hashChain.value_or(HashChain{});
  link.payloadMatches = link.chain.eventHash == blake3(fr.payload.data(), fr.payload.size());
  return link;
}

}  // namespace

std::vector<BatpakChainVerdict> batpakChainVerdicts(const DataDir& dir, const Index& index, const StoreWalk& walk,
                                                    Executor* executor, const Index* truth) {
  // batpak walks each entity's visible events in global order, expecting each prev_hash to
  // be the event_hash of the entity's event before, and stops at the first that is not so.
  // So an event breaks the walk on its own frame and its predecessor's alone: the rows are
  // checked in global order (the order they sit in the files, mostly) in parallel chunks,
  // each carrying every entity's last event_hash, instead of entity by entity across the files.
  const std::vector<uint32_t>& rows = index.visibleRows();
  std::vector<uint32_t> entityOf(rows.size());
  for (uint32_t k = 0; k < rows.size(); ++k) entityOf[k] = index.entry(rows[k]).entityId;
  const SameEntityLinks sameEntity = sameEntityLinks(entityOf, true);  // positions in `rows`
  const std::vector<uint32_t>& previousOfEntity = sameEntity.previous;
  struct Break {
    uint32_t position = Index::kNoRow;  // in `rows`
    const char* reason = nullptr;
  };
  constexpr uint32_t kChunk = 1u << 15;
  const size_t chunks = (rows.size() + kChunk - 1) / kChunk;
  std::vector<std::unordered_map<uint32_t, Break>> breaks(chunks);  // entity -> first break in the chunk
  // entity -> event_hash of its last link read in the chunk
  std::vector<std::unordered_map<uint32_t, Hash32>> lastHashes(chunks);
  InlineExecutor inlineExecutor;
  (executor ? *executor : inlineExecutor).parallelFor(chunks, [&](size_t c) {
    const uint32_t begin = uint32_t(c * kChunk), end = uint32_t(std::min<size_t>(rows.size(), (c + 1) * kChunk));
    FrameReader frames(dir);
    std::vector<Hash32> eventHash(end - begin);  // of this chunk's rows that read intact, by position
    std::vector<uint8_t> intact(end - begin, 0);
    constexpr uint32_t kAhead = 8;  // rows whose ids and hashes are loaded while this one is read
    for (uint32_t k = begin; k < end; ++k) {
      if (k + kAhead < end) {
        const uint32_t ahead = rows[k + kAhead];
        index.prefetchEventId(ahead);
        if (truth) {  // the true view's row of the same event, mostly the same row
          truth->prefetchEventId(ahead);
          truth->prefetchFrameLandmarks(ahead);
        }
      }
      const uint32_t entityId = entityOf[k];
      if (!breaks[c].empty() && breaks[c].count(entityId)) continue;  // the walk stopped already
      Hash32 expected{};
      if (const uint32_t previous = previousOfEntity[k]; previous != Index::kNoRow) {
        if (previous >= begin && intact[previous - begin]) {
          expected = eventHash[previous - begin];
        } else {  // the entity's event before sits in an earlier chunk (or was not checked here)
          const VerdictLink before = batpakLink(index, rows[previous], walk, truth, frames);
          if (!before.readable) continue;  // that chunk reports the break
          expected = before.chain.eventHash;
        }
      }
      const VerdictLink link = batpakLink(index, rows[k], walk, truth, frames);
      const char* reason = !link.readable                      ? "payload unreadable"
                           : link.chain.prevHash != expected   ? "prev_hash mismatch"
                           : !link.payloadMatches              ? "event_hash != blake3(payload)"
                                                               : nullptr;
      if (reason) {
        breaks[c].emplace(entityId, Break{k, reason});
        continue;
      }
      eventHash[k - begin] = link.chain.eventHash;
      intact[k - begin] = 1;
      if (sameEntity.next[k] == Index::kNoRow || sameEntity.next[k] >= end) lastHashes[c][entityId] = link.chain.eventHash;
    }
  });
  std::unordered_map<uint32_t, uint64_t> eventsOf;  // entity -> visible events
  for (uint32_t entityId : entityOf) ++eventsOf[entityId];
  std::map<std::string_view, uint32_t> byName;  // the verdicts are sorted by entity name
  for (const auto& [entityId, events] : eventsOf) byName.emplace(index.string(entityId), entityId);
  std::vector<BatpakChainVerdict> out;
  out.reserve(byName.size());
  std::unordered_map<uint32_t, size_t> slotOf;
  for (const auto& [name, entityId] : byName) {
    slotOf.emplace(entityId, out.size());
    out.push_back(BatpakChainVerdict{std::string(name), eventsOf[entityId], true, std::nullopt, std::nullopt, {}});
  }
  for (const auto& chunk : breaks)  // chunks in order: the first break of an entity wins
    for (const auto& [entityId, b] : chunk) {
      BatpakChainVerdict& v = out[slotOf[entityId]];
      if (!v.intact) continue;
      v.intact = false;
      v.firstBreakGlobalSequence = index.entry(rows[b.position]).globalSequence;
      v.firstBreakEventId = index.eventId(rows[b.position]);
      v.reason = b.reason;
    }
  for (const auto& chunk : lastHashes)  // chunks in order: the last one's hash stays
    for (const auto& [entityId, hash] : chunk)
      if (BatpakChainVerdict& v = out[slotOf[entityId]]; v.intact) v.lastEventHash = hash;
  return out;
}

}  // namespace batscope
