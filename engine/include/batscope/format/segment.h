// Segment files `NNNNNN.fbat` (FORMAT.md §2): the header
// ("FBAT", u32 BE header_len, msgpack SegmentHeader) and the raw frame envelope
// `[len u32 BE][crc32 u32 BE][body]`. What the body means lives in event_frame.h.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/base/result.h"

namespace batscope {

inline constexpr uint8_t kSegmentMagic[4] = {'F', 'B', 'A', 'T'};
inline constexpr uint32_t kMaxFramePayload = 256u * 1024u * 1024u;  // MAX_FRAME_PAYLOAD
inline constexpr uint32_t kFrameHeaderBytes = 8;

// Where a frame lives: the segment id (from the file name), the offset of its length prefix,
// and its whole length (8 + body), as batpak's DiskPos records it.
struct FramePos {
  uint64_t segmentId = 0;
  uint64_t offset = 0;
  uint32_t length = 0;
  friend bool operator==(const FramePos& a, const FramePos& b) {
    return a.segmentId == b.segmentId && a.offset == b.offset && a.length == b.length;
  }
};

struct SegmentHeader {
  uint64_t version = 0;
  uint64_t flags = 0;
  int64_t createdNs = 0;
  uint64_t segmentId = 0;
};

struct SegmentHeaderInfo {
  SegmentHeader header;
  uint64_t headerLen = 0;    // H
  uint64_t framesStart = 0;  // 8 + H
};

// Validates magic, header_len and the msgpack header as batpak's frame scan does (version
// must be 1). Errors name `fileName` and the offset of the problem.
Result<SegmentHeaderInfo> parseSegmentHeader(const uint8_t* data, uint64_t size,
                                             const std::string& fileName);

enum class FrameStatus { Ok, End, TooShort, Truncated, TooLarge, CrcMismatch };
const char* frameStatusText(FrameStatus s);

struct RawFrame {
  uint64_t offset = 0;       // of the len field
  uint32_t bodyLen = 0;
  uint32_t storedCrc = 0;
  uint32_t actualCrc = 0;    // filled when the CRC was checked
  const uint8_t* body = nullptr;
  uint64_t frameLen() const { return uint64_t(kFrameHeaderBytes) + bodyLen; }
};

// Reads the frame envelope at `offset` within [0, end). End when offset == end;
// TooShort when fewer than 8 bytes remain; TooLarge when len > 256 MiB; Truncated when the
// body runs past `end`; CrcMismatch when the body's CRC32 differs (frame is filled in).
FrameStatus readFrameAt(const uint8_t* data, uint64_t end, uint64_t offset, RawFrame& out,
                        bool checkCrc = true);

}  // namespace batscope
