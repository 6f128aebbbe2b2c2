// Feeds a segment tail ending in a SIDX footer (string table, 154-byte entries, 16-byte
// trailer) to readSidxTrailer / readSidxFooter, and decodes every entry of a footer that reads.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "batscope/format/sidx_footer.h"

using namespace batscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<uint8_t> buf(data, data + size);
  (void)readSidxTrailer(buf.data(), size);
  auto r = readSidxFooter(buf.data(), size, "000001.fbat");
  if (!r) {
    (void)r.error().toString();
    return 0;
  }
  if (!r->present) return 0;
  const SidxFooter& f = r->footer;
  for (uint32_t i = 0; i < f.entryCount(); ++i) {
    EntryRecord e = f.entry(i, 1);
    (void)kindFromBinaryArtifact(f.rawKind(i));
    volatile size_t n = e.entity.size() + e.scope.size();
    (void)n;
  }
  return 0;
}
