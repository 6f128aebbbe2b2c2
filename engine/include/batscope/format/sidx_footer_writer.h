// The SIDX footer as batpak 0.5.0 writes it (FORMAT.md §2.5), byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/format/event_frame.h"

namespace batscope {

struct SidxEntryInput {
  Id128 eventId;
  std::string entity, scope;
  uint16_t kind = 0;          // raw EventKind (batpak writes kind_to_raw of the live kind)
  uint64_t wallMs = 0;
  uint32_t clock = 0;
  HashChain chain;
  uint64_t frameOffset = 0;
  uint32_t frameLength = 0;   // whole frame: 8 + body
  uint64_t globalSequence = 0;
  Id128 correlationId;
  std::optional<Id128> causationId;  // None is stored as 0
};

// Everything from string_table_offset to EOF: the per-segment string table (msgpack array
// of str; interned in first-use order, an entry's entity before its scope, 0-based, no
// sentinel), the 154-byte LE entries in the given order, and the 16-byte trailer
// [stringTableOffset u64 LE][entry_count u32 LE]["SIDX"]. `stringTableOffset` = the
// segment's length before the footer (8 + header_len + all frames).
std::vector<uint8_t> encodeSidxFooter(uint64_t stringTableOffset, const std::vector<SidxEntryInput>& entries);

}  // namespace batscope
