#include "batscope/restore/physical_frame_walk.h"

#include <algorithm>

namespace batscope {

bool StoreWalk::releaseFrames() {
  if (!framesById_) return false;
  for (SegmentWalk& w : segments) {
    std::vector<WalkedFrame>().swap(w.frames);
    w.listed = SegmentWalk::Listed::None;
  }
  return true;
}

std::optional<FramePos> StoreWalk::find(const Id128& id, uint32_t guessRow) const {
  if (framesById_) {
    const uint32_t row = framesById_->findById(id, guessRow);
    if (row == Index::kNoRow) return std::nullopt;
    const IndexEntry& e = framesById_->entry(row);
    return FramePos{e.segmentId, e.offset, e.length};
  }
  std::call_once(positions_->built, [&] {
    size_t frames = 0;
    for (const SegmentWalk& w : segments) frames += w.frames.size();
    positions_->map.reserve(frames);
    // In segment order, so each event keeps its first physical position.
    for (const SegmentWalk& w : segments)
      for (const WalkedFrame& f : w.frames)
        if (f.decoded && !isBatchMarkerKind(f.kind)) positions_->map.emplace(f.eventId, FramePos{w.file.id, f.offset, f.length});
  });
  const FramePos* pos = positions_->map.find(id);
  return pos ? std::optional<FramePos>(*pos) : std::nullopt;
}

SegmentWalk walkSegment(const SegmentFile& seg, const FileData& file) { return walkSegmentFrom(seg, file, 0); }

SegmentWalk walkSegmentFrom(const SegmentFile& seg, const FileData& file, uint64_t from) {
  SegmentWalk w;
  w.file = seg;
  const uint8_t* d = file.data();
  const uint64_t size = file.size();
  w.trailer = readSidxTrailer(d, size);
  if (w.trailer) {
    auto footer = readSidxFooter(d, size, seg.name);
    w.footerValid = footer.ok();
    if (!footer) w.footerError = footer.error().message;
  }
  auto header = parseSegmentHeader(d, size, seg.name);
  if (!header) {
    w.headerError = header.error().message;
    return w;
  }
  w.header = *header;
  w.framesStart = header->framesStart;
  w.framesEnd = size;
  if (w.trailer && w.trailer->stringTableOffset >= w.framesStart && w.trailer->stringTableOffset <= size)
    w.framesEnd = w.trailer->stringTableOffset;
  uint64_t cursor = std::max(from, w.framesStart);
  if (cursor > w.framesEnd) {
    w.stoppedAt = cursor;
    w.stopReason = "past the end of the frames";
    return w;
  }
  while (cursor < w.framesEnd) {
    RawFrame raw;
    const FrameStatus st = readFrameAt(d, w.framesEnd, cursor, raw, true);
    if (st == FrameStatus::TooShort || st == FrameStatus::Truncated || st == FrameStatus::TooLarge) {
      w.stoppedAt = cursor;
      w.stopReason = frameStatusText(st);
      break;
    }
    WalkedFrame f;
    f.offset = cursor;
    f.length = uint32_t(raw.frameLen());
    if (st == FrameStatus::CrcMismatch) {
      f.crcOk = false;
      w.crcMismatches.push_back({cursor, f.length, raw.storedCrc, raw.actualCrc});
      w.frames.push_back(f);
      cursor += raw.frameLen();
      continue;
    }
    DecodedFrame df;
    FrameDecodeError err;
    if (!decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Any, df, err)) {
      w.stoppedAt = cursor;
      w.stopReason = "undecodable frame body: " + err.message;
      break;
    }
    f.decoded = true;
    f.kind = df.header.eventKind;
    f.eventId = df.header.eventId;
    if (f.kind == kKindBatchBegin) ++w.beginMarkers;
    else if (f.kind == kKindBatchCommit) ++w.commitMarkers;
    else ++w.eventFrames;
    w.frames.push_back(std::move(f));
    cursor += raw.frameLen();
  }
  return w;
}

SegmentWalk walkSegmentOf(const DataDir& dir, const SegmentFile& seg) {
  auto file = dir.mapSegment(seg);
  if (file) return walkSegment(seg, **file);
  SegmentWalk w;
  w.file = seg;
  w.headerError = file.error().message;
  return w;
}

StoreWalk walkStore(const DataDir& dir, Executor* executor) {
  StoreWalk out;
  const std::vector<SegmentFile>& segs = dir.segments();
  out.segments.resize(segs.size());
  InlineExecutor inlineExecutor;
  (executor ? *executor : inlineExecutor).parallelFor(segs.size(), [&](size_t i) { out.segments[i] = walkSegmentOf(dir, segs[i]); });
  return out;
}

}  // namespace batscope
