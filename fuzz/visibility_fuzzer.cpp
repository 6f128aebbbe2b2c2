// Feeds a visibility_ranges.fbv to loadVisibilityRanges through an in-memory directory, as is
// and with its CRC recomputed (so the msgpack body is decoded), then queries the ranges.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "batscope/format/visibility_ranges.h"
#include "fuzz_common.h"

using namespace batscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  for (int pass = 0; pass < 2; ++pass) {
    fuzz::MemFileSystem fs;
    std::vector<uint8_t> file(data, data + size);
    if (pass == 1) fuzz::fixArtifactCrc(file);
    fs.files[kVisibilityRangesFileName] = std::move(file);
    VisibilityLoad load = loadVisibilityRanges(fs, fuzz::kDir);
    if (load.rejection) (void)load.rejection->toString();
    for (const SequenceRange& r : load.ranges) {
      (void)inRanges(load.ranges, r.start);
      (void)inRanges(load.ranges, r.end);
    }
    (void)inRanges(load.ranges, 0);
    (void)normalizeRanges(load.ranges);
  }
  return 0;
}
