// Reading one event's frame at a recorded position, with batpak's `get` checks in batpak's
// order (FORMAT.md §11.3): read the window, frame length inside the window, CRC, decode.
// It never scans and never checks that the frame carries the expected event id.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/format/event_frame.h"
#include "batscope/restore/physical_frame_walk.h"

namespace batscope {

struct FrameRead {
  bool ok = false;
  std::string error;                    // batpak-style text when !ok
  std::shared_ptr<const FileData> file;
  FramePos pos;
  RawFrame raw;                         // valid once the window was read
  DecodedFrame frame;                   // valid when ok
  std::vector<uint8_t> payload;         // P, when ok
};

// Reads the window [offset, offset+length) of `{segment_id:06}.fbat` (the index's segment
// id). `mode` Bytes = batpak's get; Any = Batscope's robust read (native payloads too).
FrameRead readFrameAtPosition(const DataDir& dir, const FramePos& pos, PayloadMode mode);
// The same read in a segment the caller has mapped and keeps mapped (`{pos.segmentId:06}.fbat`),
// for loops that read many frames: `file` stays empty, so parallel readers do not contend
// on the mapping's reference count.
FrameRead readFrameIn(const FileData& segment, const FramePos& pos, PayloadMode mode);

// rmp-serde's nesting limit, which batpak's get decodes the payload P with.
inline constexpr int kPayloadJsonMaxDepth = 1024;

// What batpak's `get` returns for an entry whose disk_pos is `pos` (FORMAT.md §11.3 steps
// 1–5). get never checks the frame's event id, so a wrong position that lands on a batch
// marker or another event reads "successfully" (gotcha 33): `eventId`/`kind` say which frame
// it returned. (Step 0, "not found" for an invisible entry, is the caller's: it depends on
// the index.)
struct BatpakGet {
  std::optional<std::string> error;   // batpak's error text when get fails
  std::optional<std::string> json;    // the payload as batpak's serde_json renders it ("null" for markers)
  Id128 eventId;                      // the returned frame's header, when error is empty
  uint16_t kind = 0;
};
BatpakGet batpakGet(const DataDir& dir, const FramePos& pos);

}  // namespace batscope
