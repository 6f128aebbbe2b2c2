// Two stores compared through their hash chains (`batscope-cli diff A B`): an archive taken
// last week against the live directory, or two replicas. Each side is what batpak sees (a
// restore's index) and each entity's chain is its visible events in global order.
//
// Per entity: identical, B extends A (A's chain is a prefix of B's), A extends B, diverged at
// the first chain position where the two differ (event id, stored prev_hash/event_hash or
// frame bytes), or present on one side only. Globally: events only in A or only in B (by
// event id), events whose frame bytes differ under the same id (tampering), events visible on
// one side and hidden on the other, and events whose global sequence differs (renumbering).
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/base/data_dir.h"
#include "batscope/base/executor.h"
#include "batscope/restore/index.h"

namespace batscope {

struct DiffSide {
  const DataDir* dir = nullptr;
  const Index* index = nullptr;
};

// One event of one side, as the diff names it.
struct DiffEvent {
  uint64_t globalSequence = 0;
  Id128 eventId;
  uint64_t segmentId = 0;
  std::string file;
  uint64_t offset = 0;
  uint32_t length = 0;
  bool visible = true;
};

struct EntityDiff {
  enum class Verdict { Identical, BExtendsA, AExtendsB, Diverged, OnlyInA, OnlyInB };
  std::string entity;
  Verdict verdict = Verdict::Identical;
  uint64_t eventsA = 0, eventsB = 0;
  uint64_t commonPrefix = 0;  // chain positions equal on both sides
  // Diverged: the two events at the first differing position, and what differs there
  // ("event id", "hashes", "frame bytes"). Extends: the first event only the longer side has.
  std::optional<DiffEvent> a, b;
  std::string difference;
};

const char* entityVerdictName(EntityDiff::Verdict v);  // "identical", "b-extends-a", …

struct DiffPair {
  DiffEvent a, b;
};

struct StoreDiff {
  static constexpr size_t kListed = 100;  // events listed per kind; the counts are complete

  std::vector<EntityDiff> entities;  // by entity name
  uint64_t eventsA = 0, eventsB = 0;  // visible events
  uint64_t onlyInACount = 0, onlyInBCount = 0;
  std::vector<DiffEvent> onlyInA, onlyInB;
  uint64_t bytesDifferCount = 0;  // same id, different frame bytes
  std::vector<DiffPair> bytesDiffer;
  uint64_t visibilityDiffersCount = 0;
  std::vector<DiffPair> visibilityDiffers;
  uint64_t renumberedCount = 0;  // same id, other global sequence
  std::vector<DiffPair> renumbered;
  double elapsedMs = 0;
  bool cancelled = false;  // abandoned part way: what is above is incomplete

  bool identical() const;
  size_t entitiesWith(EntityDiff::Verdict v) const;
};

// Entities and events are compared in parallel on `executor` (inline without one). Reads
// frames through the sides' DataDirs (mapped, read-only). `cancel`, checked between chunks,
// abandons the comparison: the result is then incomplete (StoreDiff::cancelled).
//
// There is no shortcut for an entity whose chain heads match: batpak's event_hash is the
// BLAKE3 of the payload alone (FORMAT.md §4), so a chain does not commit to the links before
// it. Two stores can share every head and both verify, yet differ in an earlier event
// (its payload changed and re-hashed, the next prev_hash rewritten to match). Every
// position is therefore compared: its event id, stored hashes and frame bytes.
StoreDiff diffStores(const DiffSide& a, const DiffSide& b, Executor* executor = nullptr,
                     const std::atomic<bool>* cancel = nullptr);

// One field of two events side by side, as text; `differs` where the two texts differ.
struct DiffField {
  std::string name;  // "event_id", "payload", "prev_hash", "file", …
  std::string a, b;
  bool differs = false;
};

// The header fields, hashes, coordinates, payload (hex, up to `payloadBytes` bytes) and place
// of two events, read from their frames (an unreadable frame gives its error as the value).
std::vector<DiffField> compareEventFields(const DataDir& dirA, const DiffEvent& a, const DataDir& dirB,
                                          const DiffEvent& b, size_t payloadBytes = 256);

std::string storeDiffText(const StoreDiff& diff);
std::string storeDiffJson(const StoreDiff& diff);

}  // namespace batscope
