// The segment header as batpak 0.5.0 writes it (FORMAT.md §2.2), byte for byte. Pure
// functions: callers decide where the bytes go.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/format/segment.h"

namespace batscope {

// "FBAT" + u32 BE header_len + msgpack map {version, flags, created_ns, segment_id}
// (49 bytes of msgpack for ids < 128). batpak writes version 1, flags 0.
std::vector<uint8_t> encodeSegmentHeader(const SegmentHeader& header);

}  // namespace batscope
