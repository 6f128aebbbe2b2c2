// Feeds an index.fbati (mmap snapshot) to loadMmapSnapshot through an in-memory directory
// (see fuzz::fuzzSnapshotFile).
#include <cstddef>
#include <cstdint>

#include "batscope/format/snapshot.h"
#include "fuzz_common.h"

using namespace batscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::fuzzSnapshotFile(data, size, kMmapIndexFileName, &loadMmapSnapshot);
  return 0;
}
