// batpak 0.5.0's segment header writer re-expressed (src/store/segment.rs).
#include "batscope/format/segment_writer.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "batscope/base/byte_writer.h"
#include "batscope/codec/msgpack_writer.h"

namespace batscope {

std::vector<uint8_t> encodeSegmentHeader(const SegmentHeader& header) {
  std::vector<uint8_t> msg;
  MsgpackWriter w(msg);
  w.mapHeader(4);
  w.str("version");
  w.uint(header.version);
  w.str("flags");
  w.uint(header.flags);
  w.str("created_ns");
  w.sint(header.createdNs);
  w.str("segment_id");
  w.uint(header.segmentId);

  std::vector<uint8_t> out;
  out.reserve(8 + msg.size());
  putMagic(out, "FBAT", 4);
  putBE32(out, checkedU32(msg.size(), "segment header"));
  out.insert(out.end(), msg.begin(), msg.end());
  return out;
}

}  // namespace batscope
