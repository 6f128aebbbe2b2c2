// Checking only what a followed store appended. A store being written grows at the end of
// its newest segment and in new segments; its chains grow link by link, and each new link is
// checked against its own frame and its entity's last link alone (hash_chain.h). So where
// the frames written since the last check are exactly the new events batpak's index lists,
// extendChains() gives the ChainReport and batpak's verdicts that verifyChains() and
// batpakChainVerdicts() would give for the whole store now, reading the new frames only.
// Where that cannot be decided from the new frames alone it gives nothing, and the caller
// checks the whole store again:
// - a new frame that does not read (CRC, decode), or a torn frame before the last one;
// - a new event frame batpak's index does not list (hidden, or an uncommitted batch) with
//   listed ones after it, or a new event batpak lists that is hidden or already known;
// - a new link whose prev_hash names neither its entity's last link nor zero with clock 0
//   (a fork or a break: deciding which needs the entity's older links).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "batscope/analysis/hash_chain.h"
#include "batscope/base/data_dir.h"
#include "batscope/restore/index.h"
#include "batscope/restore/physical_frame_walk.h"

namespace batscope {

// How far each segment's frames were checked: frames starting before `end` were. A segment
// sealed then (a valid footer) takes no more frames: while its size stays, it is not read.
struct ChainCoverage {
  struct SegmentEnd {
    uint64_t segmentId = 0;
    uint64_t end = 0;
    bool sealed = false;
    uint64_t size = 0;  // the file's size as listed then
  };
  std::vector<SegmentEnd> segments;  // ascending ids
};

// What a check of the whole store covered, from the walk of its frames (before
// StoreWalk::releaseFrames): every frame, up to a batch not yet committed or a torn last
// frame of the newest segment. nullopt where the walk met damage (a CRC mismatch, a frame
// that does not decode, a header or footer that does not read, a torn frame elsewhere).
std::optional<ChainCoverage> chainCoverage(const StoreWalk& walk);

// The chains of a store as a check left them.
struct CheckedChains {
  ChainReport chains;                       // verifyChains()
  std::vector<BatpakChainVerdict> verdicts; // batpakChainVerdicts()
  ChainCoverage coverage;
  size_t faithfulRows = 0;                  // entries batpak's index of that store had
};

struct ChainExtension {
  CheckedChains checked;  // of the store now
  uint64_t newLinks = 0;
};

// `faithful` is batpak's index of `dir` now, whose first `before.faithfulRows` entries are
// those of the store `before` checked, unchanged (StoreFollower's FollowUpdate::appendedOnly,
// poll after poll). `checkedTruth`: the true view of the last whole check, whose event ids a
// new event must not repeat (null: none). `before` is taken over: what is extended is it.
std::optional<ChainExtension> extendChains(const DataDir& dir, const Index& faithful, CheckedChains before,
                                           const Index* checkedTruth);

}  // namespace batscope
