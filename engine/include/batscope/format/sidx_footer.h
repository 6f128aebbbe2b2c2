// SIDX segment footer (FORMAT.md §2.5): string table, 154-byte LE entries, 16-byte trailer
// `[string_table_offset u64 LE][entry_count u32 LE]["SIDX"]`. No checksum.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/format/index_entry.h"
#include "batscope/base/result.h"

namespace batscope {

inline constexpr uint32_t kSidxEntryBytes = 154;
inline constexpr uint32_t kSidxTrailerBytes = 16;

struct SidxTrailer {
  uint64_t stringTableOffset = 0;
  uint32_t entryCount = 0;
};

// The trailer if the file ends with "SIDX" (no validation beyond that).
std::optional<SidxTrailer> readSidxTrailer(const uint8_t* data, uint64_t size);

struct SidxFooter {
  SidxTrailer trailer;
  uint64_t entriesOffset = 0;             // E
  std::vector<std::string_view> strings;  // point into the segment mapping
  const uint8_t* data = nullptr;          // the segment mapping

  uint32_t entryCount() const { return trailer.entryCount; }
  uint64_t entryOffset(uint32_t i) const { return entriesOffset + uint64_t(i) * kSidxEntryBytes; }
  // Decodes entry i (kind as stored, raw; callers apply kindFromBinaryArtifact).
  EntryRecord entry(uint32_t i, uint64_t segmentId) const;
  EntryPlace place(uint32_t i, uint64_t segmentId) const;
  uint16_t rawKind(uint32_t i) const;
};

// batpak's read_footer: std::nullopt-like "absent" is reported as ok with present=false.
struct SidxReadResult {
  bool present = false;   // file ends with "SIDX"
  SidxFooter footer;      // valid when present and ok
};
Result<SidxReadResult> readSidxFooter(const uint8_t* data, uint64_t size, const std::string& fileName);

}  // namespace batscope
