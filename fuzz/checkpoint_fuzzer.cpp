// Feeds an index.ckpt (checkpoint) to loadCheckpoint through an in-memory directory (see
// fuzz::fuzzSnapshotFile). Also loads it with a CheckpointEntryFilter: it must be accepted or
// rejected as without one, and hold exactly the entries the filter keeps, in the same order.
#include <cstddef>
#include <cstdint>

#include "batscope/format/snapshot.h"
#include "fuzz_common.h"

using namespace batscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::fuzzSnapshotFile(data, size, kCheckpointFileName,
                         [](FileSystem& fs, const std::string& dir, Executor* ex) { return loadCheckpoint(fs, dir, ex); });
  fuzz::MemFileSystem fs;
  std::vector<uint8_t> file(data, data + size);
  fuzz::fixArtifactCrc(file);
  fs.phantomSegments = true;
  fs.files[kCheckpointFileName] = std::move(file);
  const SnapshotLoad whole = loadCheckpoint(fs, fuzz::kDir, nullptr);
  auto keep = [](const EntryPlace& e, unsigned) { return e.globalSequence % 3 == 0; };
  const SnapshotLoad some = loadCheckpoint(fs, fuzz::kDir, nullptr, keep);
  if (bool(whole.snapshot) != bool(some.snapshot)) __builtin_trap();
  if (!whole.snapshot) {
    if (whole.rejection.error.toString() != some.rejection.error.toString()) __builtin_trap();
    return 0;
  }
  const LoadedSnapshot &w = *whole.snapshot, &f = *some.snapshot;
  size_t k = 0;
  for (size_t i = 0; i < w.entryCount(); ++i) {
    if (f.filtered && !keep(w.place(i), 0)) continue;
    if (k >= f.entryCount()) __builtin_trap();
    const EntryPlace a = w.place(i), b = f.place(k++);
    if (a.eventId != b.eventId || a.segmentId != b.segmentId || a.offset != b.offset || a.globalSequence != b.globalSequence)
      __builtin_trap();
  }
  if (k != f.entryCount()) __builtin_trap();
  return 0;
}
