// visibility_ranges.fbv as batpak 0.5.0 writes it (FORMAT.md §6.2), byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/format/visibility_ranges.h"

namespace batscope {

// "FBATVR", u16 LE 1, CRC32 LE of the body, msgpack {"ranges": [{start, end}, …]} of the
// NORMALIZED ranges (normalizeRanges). When nothing is left after normalizing, batpak
// deletes the file instead of writing one: the result is then empty.
std::vector<uint8_t> encodeVisibilityRanges(const std::vector<SequenceRange>& ranges);

}  // namespace batscope
