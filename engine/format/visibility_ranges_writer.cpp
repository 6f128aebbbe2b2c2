// batpak 0.5.0's visibility_ranges.fbv writer re-expressed (src/store/visibility_ranges.rs).
#include "batscope/format/visibility_ranges_writer.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "batscope/base/byte_writer.h"
#include "batscope/codec/msgpack_writer.h"

namespace batscope {

std::vector<uint8_t> encodeVisibilityRanges(const std::vector<SequenceRange>& ranges) {
  const std::vector<SequenceRange> normalized = normalizeRanges(ranges);
  std::vector<uint8_t> out;
  if (normalized.empty()) return out;  // batpak removes the file
  putMagic(out, "FBATVR", 6);
  putLE(out, 1, 2);  // version
  putLE(out, 0, 4);  // CRC of the body, patched below
  MsgpackWriter w(out);
  w.mapHeader(1);
  w.str("ranges");
  w.arrayHeader(normalized.size());
  for (const SequenceRange& r : normalized) {
    w.mapHeader(2);
    w.str("start");
    w.uint(r.start);
    w.str("end");
    w.uint(r.end);
  }
  patchLE32(out, 8, crc32(out.data() + 12, out.size() - 12));
  return out;
}

}  // namespace batscope
