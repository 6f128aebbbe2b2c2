// Per-entity BLAKE3 hash chains as the frames hold them (FORMAT.md §4): each link's
// event_hash must be BLAKE3 of its payload bytes and its prev_hash the previous link's
// event_hash, in log order, hidden events included. A zero prev_hash with clock 0 after
// other links is a restart (batpak does this around visibility fences), not a break; links
// whose hashes are all zero were written without the blake3 feature ("unhashed").
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "batscope/bytes.h"
#include "batscope/data_dir.h"
#include "batscope/executor.h"
#include "batscope/index.h"

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
};
const char* chainStatusName(EntityChain::Status s);

struct ChainReport {
  std::vector<EntityChain> entities;  // sorted by entity name
  uint64_t links = 0;
  uint64_t payloadBytesHashed = 0;
  double elapsedMs = 0;
  bool anyBroken() const;
};

// `truth` supplies the real frame positions; entries only `faithful` has (frames that do not
// read) are checked too, and break as "payload unreadable".
// Entities are independent: with an `executor` they are verified in parallel (progress is
// then reported from worker threads, one call at a time).
ChainReport verifyChains(const DataDir& dir, const Index& faithful, const Index& truth,
                         const std::atomic<bool>* cancel = nullptr,
                         const std::function<void(double)>& progress = {}, Executor* executor = nullptr);

}  // namespace batscope
