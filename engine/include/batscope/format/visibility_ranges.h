// Cancelled visibility ranges, `visibility_ranges.fbv` (FORMAT.md §6):
//   0 "FBATVR"  6 version u16 LE = 1  8 crc32 LE of [12, EOF)
//   12 msgpack { "ranges": [ { "start": u64, "end": u64 }, … ] }   (half-open, normalized)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "batscope/base/file_system.h"
#include "batscope/base/result.h"

namespace batscope {

inline constexpr const char* kVisibilityRangesFileName = "visibility_ranges.fbv";

struct SequenceRange {
  uint64_t start = 0, end = 0;  // [start, end)
};

// Drops empty ranges, sorts by start, merges overlapping and adjacent ranges.
std::vector<SequenceRange> normalizeRanges(std::vector<SequenceRange> ranges);

struct VisibilityLoad {
  bool present = false;               // the file exists
  std::vector<SequenceRange> ranges;  // normalized; empty when absent or rejected
  std::optional<Error> rejection;     // set when present but unusable (batpak warns, ignores it)
};

VisibilityLoad loadVisibilityRanges(FileSystem& fs, const std::string& dir);

// True if `seq` falls in any of the (normalized) ranges.
bool inRanges(const std::vector<SequenceRange>& ranges, uint64_t seq);

}  // namespace batscope
