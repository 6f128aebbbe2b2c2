#include "batscope/format/segment.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "batscope/base/bytes.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/codec/struct_decoder.h"

namespace batscope {

Result<SegmentHeaderInfo> parseSegmentHeader(const uint8_t* data, uint64_t size,
                                             const std::string& fileName) {
  if (size < 4) return Error::corrupt(fileName, 0, "segment shorter than its 4-byte magic (unexpected EOF)");
  if (std::memcmp(data, kSegmentMagic, 4) != 0)
    return Error::corrupt(fileName, 0, "bad segment magic (expected \"FBAT\")");
  if (size < 8) return Error::corrupt(fileName, 4, "segment ends inside header_len (unexpected EOF)");
  const uint64_t headerLen = loadBE32(data + 4);
  if (headerLen > size - 8)
    return Error::corrupt(fileName, 4, "segment header_len " + std::to_string(headerLen) +
                                           " runs past the end of the file (unexpected EOF)");
  SegmentHeaderInfo info;
  info.headerLen = headerLen;
  info.framesStart = 8 + headerLen;
  MsgpackReader r(data + 8, headerLen);
  static const char* const fields[] = {"version", "flags", "created_ns", "segment_id"};
  StructDecoder dec(r, fields, 4);
  std::string err;
  bool ok = dec.run(
      [&](int field, MsgpackReader& rd) -> bool {
        switch (field) {
          case 0: return rd.readUInt(info.header.version) && info.header.version <= 0xffff;
          case 1: return rd.readUInt(info.header.flags) && info.header.flags <= 0xffff;
          case 2: return rd.readInt(info.header.createdNs);
          case 3: return rd.readUInt(info.header.segmentId);
        }
        return rd.skip();
      },
      err);
  if (ok && !dec.allRequiredSeen(0b1111)) { ok = false; err = "missing field " + dec.firstMissing(0b1111); }
  if (!ok) return Error::corrupt(fileName, 8 + r.pos(), "undecodable segment header: " + err);
  if (info.header.version != 1)
    return Error::corrupt(fileName, 8, "unsupported segment version " +
                                           std::to_string(info.header.version) + " (expected 1)");
  return info;
}

const char* frameStatusText(FrameStatus s) {
  switch (s) {
    case FrameStatus::Ok: return "ok";
    case FrameStatus::End: return "end of frames";
    case FrameStatus::TooShort: return "frame header cut short (fewer than 8 bytes)";
    case FrameStatus::Truncated: return "frame body truncated";
    case FrameStatus::TooLarge: return "frame length exceeds 256 MiB";
    case FrameStatus::CrcMismatch: return "CRC mismatch";
  }
  return "?";
}

FrameStatus readFrameAt(const uint8_t* data, uint64_t end, uint64_t offset, RawFrame& out,
                        bool checkCrc) {
  out = RawFrame{};
  out.offset = offset;
  if (offset >= end) return FrameStatus::End;
  if (end - offset < kFrameHeaderBytes) return FrameStatus::TooShort;
  out.bodyLen = loadBE32(data + offset);
  out.storedCrc = loadBE32(data + offset + 4);
  if (out.bodyLen > kMaxFramePayload) return FrameStatus::TooLarge;
  if (end - offset - kFrameHeaderBytes < out.bodyLen) return FrameStatus::Truncated;
  out.body = data + offset + kFrameHeaderBytes;
  if (checkCrc) {
    out.actualCrc = crc32(out.body, out.bodyLen);
    if (out.actualCrc != out.storedCrc) return FrameStatus::CrcMismatch;
  }
  return FrameStatus::Ok;
}

}  // namespace batscope
