// batpak's per-segment index scan (src/store/reader.rs scan_segment_index_into, FORMAT.md
// §5.2 and §2.6): use the SIDX footer when allowed and no batch is open, else walk frames
// with the batch-envelope state machine that spans segments.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "batscope/base/file_system.h"
#include "batscope/base/findings.h"
#include "batscope/format/index_entry.h"
#include "batscope/base/result.h"
#include "batscope/format/segment.h"

namespace batscope {

struct BatchState {
  bool inBatch = false;
  uint32_t remaining = 0;
  uint32_t startedCount = 0;
  uint64_t beginOffset = 0;
  uint64_t beginSegment = 0;
  std::vector<EntryRecord> staged;
};

struct SegmentScanStats {
  bool usedFooter = false;
  bool footerPresent = false;   // file ends with "SIDX"
  bool footerValid = false;
  uint64_t entriesEmitted = 0;
  uint64_t framesRead = 0;
  uint64_t bytesRead = 0;
};

// Returns non-ok to abort the whole restore (e.g. an invalid coordinate).
using EntrySink = std::function<Status(EntryRecord&)>;

// `footerAllowed` is false for the segment batpak would consider active (id 0 at open).
// `identitySlot` is the index's identity-source slot of this segment's mapping, so footer
// entries can leave their ids and hashes in the mapping. Hard errors (bad magic, bad
// header, version != 1) are returned as Error naming the file and offset.
Status scanSegmentIndex(const SegmentFile& seg, const FileData& file, BatchState& state,
                        bool footerAllowed, std::optional<uint32_t> identitySlot,
                        const EntrySink& sink, std::vector<Finding>& findings,
                        SegmentScanStats& stats);

// The frame walk of one segment without the batch state machine, so segments can be read in
// parallel and the (sequential) state machine run over the results afterwards.
struct ScannedFrame {
  enum What : uint8_t { Event, Begin, Commit, Undecodable } what = Event;
  uint32_t payloadSize = 0;   // the item count of a BEGIN
  EntryRecord rec;            // rec.offset is set for every frame
  std::string error;          // Undecodable
};

struct SegmentPrescan {
  std::optional<Error> headerError;  // bad magic / header / version: batpak's open fails
  std::vector<ScannedFrame> frames;  // CRC-valid frames, in order
  FrameStatus end = FrameStatus::End;
  uint64_t endOffset = 0;            // where the walk stopped
  RawFrame endRaw;
  bool endAtFooter = false;          // stopped exactly at the SIDX string table
  uint64_t bytesRead = 0;
};

SegmentPrescan prescanSegment(const SegmentFile& seg, const FileData& file, std::optional<uint32_t> identitySlot);
// Runs the batch state machine over a prescan (FORMAT.md §5.2).
Status applyPrescan(const SegmentFile& seg, SegmentPrescan& prescan, BatchState& state, const EntrySink& sink,
                    std::vector<Finding>& findings, SegmentScanStats& stats);

// The index record of a decoded frame at its real position (origin FrameScan); ids stay in
// the frame (identity layout Frame) when it has batpak's canonical layout and `identitySlot`
// names the segment's mapping in the index.
EntryRecord recordFromFrame(const SegmentFile& seg, const RawFrame& raw, const DecodedFrame& frame,
                            std::optional<uint32_t> identitySlot);

// Entries of a valid SIDX footer as the parallel rebuild takes them (markers skipped by
// their lossily mapped kind, i.e. never). Error when the footer is absent or invalid.
Result<std::vector<EntryRecord>> footerEntries(const SegmentFile& seg, const FileData& file,
                                               std::optional<uint32_t> identitySlot);

}  // namespace batscope
