// What the engine noticed while reading: fallbacks taken, torn tails, corrupt frames,
// discarded batches, and where batpak's view differs from the bytes. Each names a file and,
// where it applies, a byte offset and an event.
//
// A finding is a kind code plus arguments, never prose: the engine has no Qt and cannot
// translate, so the UI words each kind itself (it translates the English pattern below, which
// lupdate reads from findings.cpp) and the CLI prints the English. Arguments are values —
// numbers, event ids, file positions — plus, for a nested parser error, the parser's own
// detail text; a few arguments are words from a small fixed vocabulary (findingTerms()) that
// the UI translates too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"

namespace batscope {

enum class FindingCode : uint16_t {
  // Restore: the planner and the segment scans (FORMAT.md §9–§11).
  ArtifactFallback,            // %1 = why the snapshot/checkpoint was rejected
  ParallelRebuildUnavailable,  // %1 = why
  ScanForced,
  VisibilityRangesIgnored,     // %1 = why
  DuplicateSequences,          // %1 = count, %2 = list
  FooterUnusable,              // %1 = why
  BatchOpenAtSegmentStart,
  FrameMetadataUnreadable,     // %1 = decoder detail
  OrphanCommitSkipped,
  BatchCommitMismatch,         // %1 = expected, %2 = missing
  NestedBeginDiscards,         // %1 = staged
  BatchDiscarded,              // %1 = staged, %2 = BEGIN segment, %3 = BEGIN offset, %4 = term
  BatchIncompleteAtEof,        // %1 = staged
  BatchDroppedAtScanEnd,       // %1 = staged
  TornTailStopsScan,           // %1 = frame status term
  FrameTooLargeStopsScan,      // %1 = length
  CrcStopsScan,                // %1 = stored, %2 = computed
  // The true view: what the bytes hold.
  SequenceDisagreement,        // %1 = first place, %2 = its sequence, %3 = event, %4 = other place, %5 = its sequence
  MoreSequenceDisagreements,   // %1 = count
  SegmentFileUnreadable,       // %1 = I/O error
  SegmentUnreadable,           // %1 = why
  FramesEndHere,               // %1 = frame status term
  CrcFrameSkipped,             // %1 = stored, %2 = computed
  FrameUndecodable,            // %1 = decoder detail
  BeginInsideOpenBatch,        // %1 = earlier BEGIN position
  OrphanCommit,
  CommittedBatchDamaged,
  CommitCountMismatch,         // %1 = BEGIN position
  BatchTornByCrash,            // %1 = items
  BatchNeverCommitted,
  // The cross-check: batpak's index against the true view.
  IndexedUnreadableFrameElsewhere,  // %1 = event, %2 = sequence, %3 = origin, %4 = read error, %5 = real position, %6 = real sequence
  IndexedUnreadableNoFrame,         // %1 = event, %2 = sequence, %3 = origin, %4 = read error
  IndexedOtherEventFrameElsewhere,  // %1 = event, %2 = event found, %3 = real position, %4 = real sequence
  IndexedOtherEventNoFrame,         // %1 = event, %2 = event found
  IndexedTwice,                // %1 = event, %2 = sequence
  SequenceDiffers,             // %1 = event, %2 = batpak's sequence, %3 = recorded sequence
  VisibilityDiffers,           // %1 = event, %2 = term, %3 = term
  EventLost,                   // %1 = event, %2 = position, %3 = sequence
  // Archives.
  ManifestUnreadable,          // %1 = parser error
  ManifestListedTwice,
  ManifestFileMissing,
  ManifestSizeDiffers,         // %1 = actual bytes, %2 = manifest bytes
  ManifestHashDiffers,         // %1 = actual BLAKE3, %2 = manifest BLAKE3
  ManifestFileUnlisted,
  // Following a store while it is written.
  FollowRestarted,             // %1 = the files that shrank or went away
};

struct Finding {
  enum class Severity { Info, Warning, Error };
  FindingCode code = FindingCode::ArtifactFallback;
  Severity severity = Severity::Warning;
  std::vector<std::string> args;
  std::string file;  // file name inside the data dir
  std::optional<uint64_t> offset;
  std::optional<Id128> eventId;

  // "fallback", "torn-tail", "crc", "batch", "cross-check", … (fixed per code)
  const char* category() const;
  // The English wording, as the CLI prints it.
  std::string message() const;
  std::string toString() const;
};

// Severity and category are fixed per kind; `pattern` is the English text with %1…%9.
struct FindingKind {
  FindingCode code;
  const char* name;  // stable identifier, e.g. "torn-tail-stops-scan"
  const char* category;
  Finding::Severity severity;
  const char* pattern;
};
const std::vector<FindingKind>& findingKinds();
const FindingKind& findingKind(FindingCode code);

// Argument words the engine uses (frame status texts, batch discard reasons, visibility).
const std::vector<const char*>& findingTerms();

Finding makeFinding(FindingCode code, std::string file, std::optional<uint64_t> offset,
                    std::vector<std::string> args = {}, std::optional<Id128> eventId = std::nullopt);

// Replaces %1…%9 in `pattern` by `args`, in one pass (an argument holding "%2" stays as is).
std::string substituteFindingArgs(const std::string& pattern, const std::vector<std::string>& args);

const char* severityName(Finding::Severity s);

}  // namespace batscope
