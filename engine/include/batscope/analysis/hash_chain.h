// Per-entity BLAKE3 hash chains as the frames hold them (FORMAT.md §4), in the order the
// links were written (segment id, then offset), hidden events included:
// - a link is broken when its event_hash is not BLAKE3 of its payload, or its prev_hash is
//   neither the previous link's event_hash, nor zero with clock 0 (a restart: batpak does
//   this around visibility fences), nor the event_hash of an earlier link of the entity;
// - that last case is a fork: batpak chains fenced events to a chain head that is not the
//   adjacent link (§11.2). Forks are listed, never breaks;
// - links whose hashes are all zero were written without the blake3 feature ("unhashed").
// Beside that, batpakChainVerdicts() reproduces batpak's own `verify_chain` walk (visible
// events in global order, stop at the first mismatch), which calls restarts and forks broken.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/base/data_dir.h"
#include "batscope/base/executor.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/restore/index.h"

namespace batscope {

struct ChainBreak {
  std::string entity;
  Id128 eventId;
  uint64_t globalSequence = 0;
  std::string file;
  uint64_t offset = 0;
  std::string reason;     // "prev_hash mismatch" | "event_hash != blake3(payload)" | "payload unreadable"
  Hash32 storedPrevHash{};
  Hash32 expectedPrevHash{};
  Hash32 storedEventHash{};
  std::optional<Hash32> recomputedHash;  // BLAKE3(P) when the payload could be read
  uint64_t segmentId = 0;                // with offset: where the link was written
};

// A link whose prev_hash names an earlier link of its entity that is not the adjacent one.
struct ChainFork {
  Id128 eventId;
  uint64_t globalSequence = 0;
  std::string file;
  uint64_t offset = 0;
  Id128 parentEventId;           // the earlier link its prev_hash names
  uint64_t parentGlobalSequence = 0;
  Id128 adjacentEventId;         // the link written just before it
  uint64_t adjacentGlobalSequence = 0;
};

struct EntityChain {
  enum class Status { Verified, Broken, Unhashed };
  std::string entity;
  Status status = Status::Verified;
  uint64_t links = 0;
  uint64_t restarts = 0;
  uint64_t unhashedLinks = 0;
  std::vector<uint64_t> restartSequences;
  std::optional<ChainBreak> firstBreak;
  uint64_t breakCount = 0;
  std::vector<ChainFork> forks;
  Hash32 lastEventHash{};  // the stored event_hash of the last link written: what a link
                           // appended later must name as its prev_hash (chain_extension.h)
};
const char* chainStatusName(EntityChain::Status s);

struct ChainReport {
  std::vector<EntityChain> entities;  // sorted by entity name
  uint64_t links = 0;
  uint64_t payloadBytesHashed = 0;
  double elapsedMs = 0;
  bool anyBroken() const;
  size_t forkCount() const;
};

// One link of an entity's chain: the true view's entry (real position), or batpak's for a
// frame only it lists.
struct ChainLink {
  const Index* index;
  uint32_t row;
};
// The links verifyChains walks for `entity`, in written order (segment id, then offset):
// the true view's entries (hidden included, copies collapsed) plus batpak's entries whose
// frames the true view lacks; with no true view, batpak's entries alone.
std::vector<ChainLink> chainLinksOf(const Index& faithful, const Index* truth, std::string_view entity);

// `truth` supplies the real frame positions; entries only `faithful` has (frames that do not
// read) are checked too, and break as "payload unreadable".
// Entities are independent: with an `executor` they are verified in parallel (progress is
// then reported from worker threads, one call at a time).
ChainReport verifyChains(const DataDir& dir, const Index& faithful, const Index& truth,
                         const std::atomic<bool>* cancel = nullptr,
                         const std::function<void(double)>& progress = {}, Executor* executor = nullptr);

// What batpak's `verify_chain` reports for one entity (fixtures' `chain_verification`):
// its visible events in global order, expected prev starting at zero and becoming each
// event's event_hash; the payload comes from the frame that carries the event's id.
struct BatpakChainVerdict {
  std::string entity;
  uint64_t events = 0;
  bool intact = true;
  std::optional<uint64_t> firstBreakGlobalSequence;
  std::optional<Id128> firstBreakEventId;
  std::string reason;  // "prev_hash mismatch" | "event_hash != blake3(payload)" | "payload unreadable"
  Hash32 lastEventHash{};  // while intact: the last event's event_hash (the next one's expected prev_hash)
};
// Sorted by entity name. `walk` locates each event's own frame (gotcha 33). Entities are
// walked in parallel on `executor` (inline without one). Where `truth` (a true view built
// with hashPayloads) hashed the very frame an event is read from, its verdict is used.
std::vector<BatpakChainVerdict> batpakChainVerdicts(const DataDir& dir, const Index& index, const StoreWalk& walk,
                                                    Executor* executor = nullptr, const Index* truth = nullptr);

}  // namespace batscope
