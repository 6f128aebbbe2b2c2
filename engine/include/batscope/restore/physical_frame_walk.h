// The static walk of a segment's bytes, independent of any index: header, SIDX trailer,
// every frame between the header and the footer (CRC-bad frames skipped by their length),
// where the walk had to stop. It answers "where does event X physically live?".
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/format/event_frame.h"
#include "batscope/format/segment.h"
#include "batscope/format/sidx_footer.h"

#include "batscope/base/executor.h"
#include "batscope/base/id_map.h"
#include "batscope/restore/index.h"

namespace batscope {

struct WalkedFrame {
  uint64_t offset = 0;
  uint32_t length = 0;  // whole frame
  bool crcOk = true;
  bool decoded = false;
  uint16_t kind = 0;
  Id128 eventId;
};

struct SegmentWalk {
  SegmentFile file;
  std::optional<SegmentHeaderInfo> header;
  std::string headerError;
  std::optional<SidxTrailer> trailer;       // file ends with "SIDX"
  bool footerValid = false;
  std::string footerError;
  uint64_t framesStart = 0, framesEnd = 0;
  std::vector<WalkedFrame> frames;
  // Which frames `frames` lists: every one (walkSegment), only the batch markers and the
  // frames whose CRC fails (TrueViewOptions::walkMarkersOnly, where an index answers find()),
  // or none (StoreWalk::releaseFrames). The counts below count every frame either way.
  enum class Listed : uint8_t { All, MarkersAndCrcMismatches, None };
  Listed listed = Listed::All;
  struct Crc { uint64_t offset; uint32_t length; uint32_t stored, computed; };
  std::vector<Crc> crcMismatches;
  std::optional<uint64_t> stoppedAt;
  std::string stopReason;
  uint64_t beginMarkers = 0, commitMarkers = 0, eventFrames = 0;
  // Frames walked (frames.size() where every frame is listed).
  uint64_t frameCount() const { return eventFrames + beginMarkers + commitMarkers + crcMismatches.size(); }
};

struct StoreWalk {
  std::vector<SegmentWalk> segments;
  // The first physical position of event `id`'s frame (markers excluded). The map behind it
  // is built at the first call (safe from several threads): a summary never needs it.
  // `guessRow` is a row of framesById's index that may hold `id` (see there).
  std::optional<FramePos> find(const Id128& id, uint32_t guessRow = Index::kNoRow) const;

  // Set by the true view that walked these frames when its index holds exactly the walk's
  // event frames, each id once: find() then looks ids up there (its table exists already,
  // and most rows sit where the caller's index has them) instead of building a map.
  void useIndexForFind(std::shared_ptr<const Index> framesById) { framesById_ = std::move(framesById); }
  bool findsThroughIndex() const { return bool(framesById_); }
  // Where that index answers find(), the frames themselves (32 bytes each) are needed no more
  // once nothing walks them: lets them go and returns true (the counts stay). A window that
  // keeps the walk for the event details' lookups holds a million fewer records per million.
  bool releaseFrames();

 private:
  struct Positions {
    std::once_flag built;
    IdMap<FramePos> map;
  };
  std::shared_ptr<Positions> positions_ = std::make_shared<Positions>();
  std::shared_ptr<const Index> framesById_;
};

SegmentWalk walkSegment(const SegmentFile& seg, const FileData& file);
// The same from offset `from` on (the frames before it are not walked or counted): where a
// followed segment grew since it was walked up to `from`.
SegmentWalk walkSegmentFrom(const SegmentFile& seg, const FileData& file, uint64_t from);
// The same, mapping the file (a file that does not map is a headerError).
SegmentWalk walkSegmentOf(const DataDir& dir, const SegmentFile& seg);
// Segments are walked in parallel on `executor` (inline without one).
StoreWalk walkStore(const DataDir& dir, Executor* executor = nullptr);

}  // namespace batscope
