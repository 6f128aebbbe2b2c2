// A writable batpak 0.5.0 store: appends single events and atomic batches exactly as batpak
// encodes them, rotates and seals segments with SIDX footers, and writes index.fbati /
// index.ckpt / visibility_ranges.fbv on close as batpak does. batpak takes no lock; this
// writer holds an advisory flock on the directory itself (no lock file) and refuses a
// second Batscope writer. Not thread-safe: one caller at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/codec/msgpack_value.h"
#include "batscope/base/result.h"

namespace batscope {

// batpak's StoreConfig defaults (FORMAT.md §12).
struct StoreConfig {
  uint64_t segmentMaxBytes = 256ull << 20;
  uint32_t singleAppendMaxBytes = 16u << 20;
  uint32_t batchMaxSize = 256;
  uint32_t batchMaxBytes = 1u << 20;
  uint32_t syncEveryNEvents = 1000;
  bool enableCheckpoint = true;
  bool enableMmapIndex = true;
  bool fsync = true;                       // false only for benchmarks/tests of layout
  std::function<int64_t()> clockUs;        // injected clock (µs since epoch); default: system
  std::optional<uint64_t> seed;            // deterministic event ids (generate --seed)
  FileSystem* fs = nullptr;                // where writes go (null: POSIX); tests inject faults
};

struct AppendOptions {
  std::optional<Id128> correlationId;
  std::optional<Id128> causationId;
  std::optional<Id128> idempotencyKey;     // used as event_id; a repeat returns the first receipt
  uint8_t flags = 0;
};

struct AppendReceipt {
  Id128 eventId;
  uint64_t globalSequence = 0;
  FramePos pos;
};

struct BatchItem {
  std::string entity;
  std::string scope;
  uint16_t kind = 0x1000;
  std::vector<uint8_t> payload;            // P: msgpack bytes (positional for batches, as batpak)
  std::optional<Id128> correlationId;
  std::optional<Id128> causationId;        // absolute causation
  std::optional<uint32_t> causedByItem;    // index of an earlier item in this batch
};

class Store {
 public:
  // Opens (creating the directory if needed), restores the index with batpak's planner,
  // locks the directory and starts a new segment max+1, as batpak's writable open does.
  static Result<std::unique_ptr<Store>> open(const std::string& dir, StoreConfig config = {});
  ~Store();  // without close(): seals the active segment (footer) but writes no snapshot

  Result<AppendReceipt> append(std::string_view entity, std::string_view scope, uint16_t kind,
                               const std::vector<uint8_t>& payload, const AppendOptions& options = {});
  // The payload as a value tree, encoded as rmp-serde's to_vec_named would (maps keep order).
  Result<AppendReceipt> append(std::string_view entity, std::string_view scope, uint16_t kind,
                               const MsgValue& payload, const AppendOptions& options = {});
  Result<std::vector<AppendReceipt>> appendBatch(const std::vector<BatchItem>& items);

  Status sync();
  // Visibility fences (FORMAT.md §6): appends inside an open fence are hidden until commit;
  // cancel records their range in visibility_ranges.fbv.
  Status beginFence();
  Status commitFence();
  Status cancelFence();
  // Seals the active segment and writes the cold-start artifact.
  Status close();

  uint64_t activeSegmentId() const;
  uint64_t nextGlobalSequence() const;
  uint64_t eventsSinceSync() const;

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// UUIDv7 from a millisecond timestamp and 74 random bits.
Id128 makeUuidV7(uint64_t unixMs, uint64_t randA, uint64_t randB);

}  // namespace batscope
