#include "batscope/restore/event_reader.h"

#include "batscope/codec/msgpack_value.h"

namespace batscope {

FrameRead readFrameAtPosition(const DataDir& dir, const FramePos& pos, PayloadMode mode) {
  auto file = dir.mapFile(segmentFileName(pos.segmentId));
  if (!file) {
    FrameRead out;
    out.pos = pos;
    out.error = "I/O error: " + file.error().message;
    return out;
  }
  FrameRead out = readFrameIn(**file, pos, mode);
  out.file = *file;
  return out;
}

FrameRead readFrameIn(const FileData& segment, const FramePos& pos, PayloadMode mode) {
  FrameRead out;
  out.pos = pos;
  auto seg = [&] { return std::to_string(pos.segmentId); };
  const uint64_t size = segment.size();
  if (pos.offset > size || pos.length > size - pos.offset) {
    out.error = "corrupt segment " + seg() + ": unexpected EOF during read";
    return out;
  }
  const uint8_t* w = segment.data() + pos.offset;
  if (pos.length < kFrameHeaderBytes) {
    out.error = "corrupt segment " + seg() + ": frame too short";
    return out;
  }
  out.raw.offset = pos.offset;
  out.raw.bodyLen = loadBE32(w);
  out.raw.storedCrc = loadBE32(w + 4);
  if (uint64_t(kFrameHeaderBytes) + out.raw.bodyLen > pos.length) {
    out.error = "frame truncated: expected " + std::to_string(uint64_t(kFrameHeaderBytes) + out.raw.bodyLen) + " bytes";
    return out;
  }
  out.raw.body = w + kFrameHeaderBytes;
  out.raw.actualCrc = crc32(out.raw.body, out.raw.bodyLen);
  if (out.raw.actualCrc != out.raw.storedCrc) {
    out.error = "CRC mismatch in segment " + seg() + " at offset " + std::to_string(pos.offset);
    return out;
  }
  FrameDecodeError err;
  if (!decodeFrameBody(out.raw.body, out.raw.bodyLen, mode, out.frame, err)) {
    out.error = "serialization error: " + err.message;
    return out;
  }
  if (!isValidCoordinate(out.frame.entity, out.frame.scope)) {
    out.error = "coordinate error: entity/scope empty or over 1024 bytes";
    return out;
  }
  out.payload = payloadBytes(out.raw.body, out.frame);
  out.ok = true;
  return out;
}

BatpakGet batpakGet(const DataDir& dir, const FramePos& pos) {
  BatpakGet out;
  const FrameRead fr = readFrameAtPosition(dir, pos, PayloadMode::Bytes);
  if (!fr.ok) {
    out.error = fr.error;
    return out;
  }
  out.eventId = fr.frame.header.eventId;
  out.kind = fr.frame.header.eventKind;
  if (isBatchMarkerKind(out.kind)) {  // a marker's payload reads as JSON null
    out.json = "null";
    return out;
  }
  MsgValue value;
  size_t consumed = 0;
  MsgDecodeError err;
  if (!decodeMsgValue(fr.payload.data(), fr.payload.size(), value, consumed, err, kPayloadJsonMaxDepth)) {
    out.error = "serialization error: " + err.message;
    return out;
  }
  if (auto e = batpakJsonError(value)) {
    out.error = "serialization error: " + *e;
    return out;
  }
  out.json = msgValueToBatpakJson(value);
  return out;
}

}  // namespace batscope
