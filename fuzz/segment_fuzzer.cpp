// Feeds one whole segment file (NNNNNN.fbat) to parseSegmentHeader, then walks its frame
// envelopes with readFrameAt (CRC checked and unchecked, from the header's frame start and
// from offset 0), and finally runs the static walkSegment over the same bytes (and
// walkSegmentFrom from a few offsets).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "batscope/format/segment.h"
#include "batscope/restore/physical_frame_walk.h"

using namespace batscope;

namespace {

void walkFrames(const uint8_t* data, uint64_t size, uint64_t start, bool checkCrc) {
  uint64_t off = start;
  for (int i = 0; i < 100000 && off <= size; ++i) {
    RawFrame f;
    const FrameStatus st = readFrameAt(data, size, off, f, checkCrc);
    (void)frameStatusText(st);
    if (st != FrameStatus::Ok && st != FrameStatus::CrcMismatch) break;
    if (f.bodyLen) {
      // Touch the first and last body bytes: ASan reports a body that lies outside the input.
      volatile uint8_t a = f.body[0], b = f.body[f.bodyLen - 1];
      (void)a; (void)b;
    }
    if (f.frameLen() == 0) break;
    off += f.frameLen();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A private copy, so reads past the end are caught exactly at `size`.
  std::vector<uint8_t> buf(data, data + size);
  const uint8_t* p = buf.data();
  auto header = parseSegmentHeader(p, size, "000001.fbat");
  if (header) {
    walkFrames(p, size, header->framesStart, true);
    walkFrames(p, size, header->framesStart, false);
  } else {
    (void)header.error().toString();
  }
  walkFrames(p, size, 0, false);
  // Offsets near and past the end.
  RawFrame f;
  for (uint64_t off : {uint64_t(size), uint64_t(size) + 1, uint64_t(size) > 8 ? uint64_t(size) - 7 : 0})
    (void)readFrameAt(p, size, off, f, true);

  SegmentFile seg;
  seg.id = 1;
  seg.name = "000001.fbat";
  seg.path = "/fuzz/000001.fbat";
  seg.size = size;
  BufferFileData file(seg.path, std::move(buf));
  SegmentWalk walk = walkSegment(seg, file);
  (void)walk;
  // A followed segment walked on from where an earlier walk ended: anywhere, even past the end.
  for (uint64_t from : {uint64_t(size) / 3, uint64_t(size) > 7 ? uint64_t(size) - 7 : 0, uint64_t(size) + 5})
    (void)walkSegmentFrom(seg, file, from);
  return 0;
}
