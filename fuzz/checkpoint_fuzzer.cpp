// Feeds an index.ckpt (checkpoint) to loadCheckpoint through an in-memory directory:
// once as is (missing watermark segment, stored CRC), once with the CRC recomputed and every
// segment present, so the msgpack body, interner, routing summary and entries get decoded. Every
// entry of an accepted checkpoint is then resolved.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "batscope/format/snapshot.h"
#include "fuzz_common.h"

using namespace batscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  for (int pass = 0; pass < 2; ++pass) {
    fuzz::MemFileSystem fs;
    std::vector<uint8_t> file(data, data + size);
    if (pass == 1) {
      fuzz::fixArtifactCrc(file);
      fs.phantomSegments = true;
    }
    fs.files[kCheckpointFileName] = std::move(file);
    SnapshotLoad load = loadCheckpoint(fs, fuzz::kDir);
    if (!load.snapshot) {
      (void)load.rejection.error.toString();
      continue;
    }
    const LoadedSnapshot& s = *load.snapshot;
    for (size_t i = 0; i < s.entryCount(); ++i) {
      EntryRecord e = s.entry(i);
      volatile size_t n = e.entity.size() + e.scope.size();
      (void)n;
    }
  }
  return 0;
}
