#include "batscope/base/findings.h"

// lupdate reads the patterns below as the UI's "Finding" and "FindingTerm" messages (see
// translations/CMakeLists.txt); for the engine the macro is the text itself, so no Qt is needed.
#define QT_TRANSLATE_NOOP(context, text) text

namespace batscope {

namespace {

using S = Finding::Severity;
using C = FindingCode;

const std::vector<FindingKind> kKinds = {
    {C::ArtifactFallback, "artifact-fallback", "fallback", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "%1; falling back")},
    {C::ParallelRebuildUnavailable, "parallel-rebuild-unavailable", "fallback", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "parallel SIDX rebuild unavailable (%1); falling back to sequential scan")},
    {C::ScanForced, "scan-forced", "path", S::Info,
     QT_TRANSLATE_NOOP("Finding", "sequential frame scan of every segment forced (--path scan): footers are not used")},
    {C::VisibilityRangesIgnored, "visibility-ranges-ignored", "visibility", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "visibility ranges file ignored (previously hidden events become visible): %1")},
    {C::DuplicateSequences, "duplicate-sequences", "duplicate-sequence", S::Info,
     QT_TRANSLATE_NOOP("Finding",
                       "global sequences carried by more than one visible event: %1 (%2); batpak keeps every copy and "
                       "orders them arbitrarily, Batscope by (wall_ms, clock, event_id)")},
    {C::FooterUnusable, "footer-unusable", "footer", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "SIDX footer unusable, scanning frames: %1")},
    {C::BatchOpenAtSegmentStart, "batch-open-at-segment-start", "batch", S::Info,
     QT_TRANSLATE_NOOP("Finding", "a batch is open at the start of this segment: its footer is not used")},
    {C::FrameMetadataUnreadable, "frame-metadata-unreadable", "decode", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "skipping unreadable frame metadata: %1")},
    {C::OrphanCommitSkipped, "orphan-commit-skipped", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "orphaned COMMIT marker, skipping")},
    {C::BatchCommitMismatch, "batch-commit-mismatch", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "batch COMMIT mismatch, discarding (expected %1, %2 missing)")},
    {C::NestedBeginDiscards, "nested-begin-discards", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "nested BEGIN without COMMIT, discarding incomplete batch (%1 staged)")},
    {C::BatchDiscarded, "batch-discarded", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "discarding incomplete batch (%1 staged events, BEGIN at %2 offset %3) due to %4")},
    {C::BatchIncompleteAtEof, "batch-incomplete-at-eof", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "incomplete batch at EOF (%1 staged), will discard or continue in next segment")},
    {C::BatchDroppedAtScanEnd, "batch-dropped-at-scan-end", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "batch never committed: %1 staged events dropped at the end of the scan")},
    {C::TornTailStopsScan, "torn-tail-stops-scan", "torn-tail", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "torn frame at end of segment (%1); the scan of this segment stops here")},
    {C::FrameTooLargeStopsScan, "frame-too-large-stops-scan", "frame", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "frame length %1 exceeds MAX_FRAME_PAYLOAD, stopping segment scan")},
    {C::CrcStopsScan, "crc-stops-scan", "crc", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "CRC mismatch (stored %1, computed %2), stopping segment scan")},
    {C::SequenceDisagreement, "sequence-disagreement", "sequence", S::Warning,
     QT_TRANSLATE_NOOP("Finding",
                       "%1 records global sequence %2 for event %3, %4 records %5; the true view keeps the first")},
    {C::MoreSequenceDisagreements, "more-sequence-disagreements", "sequence", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "%1 more events whose footers and snapshots record different global sequences")},
    {C::SegmentFileUnreadable, "segment-file-unreadable", "io", S::Error,
     QT_TRANSLATE_NOOP("Finding", "cannot read the segment: %1")},
    {C::SegmentUnreadable, "segment-unreadable", "segment", S::Error,
     QT_TRANSLATE_NOOP("Finding", "segment not readable, its frames are skipped: %1")},
    {C::FramesEndHere, "frames-end-here", "torn-tail", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "frames end here: %1")},
    {C::CrcFrameSkipped, "crc-frame-skipped", "crc", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "CRC mismatch (stored %1, computed %2): frame skipped by its length")},
    {C::FrameUndecodable, "frame-undecodable", "decode", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "frame not decodable, skipped: %1")},
    {C::BeginInsideOpenBatch, "begin-inside-open-batch", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "BEGIN inside an open batch: the earlier batch (%1) never committed")},
    {C::OrphanCommit, "orphan-commit", "batch", S::Info,
     QT_TRANSLATE_NOOP("Finding", "COMMIT without BEGIN (orphan)")},
    {C::CommittedBatchDamaged, "committed-batch-damaged", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "committed batch with damaged items: its readable items are kept")},
    {C::CommitCountMismatch, "commit-count-mismatch", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "COMMIT count mismatch: batch from %1 discarded")},
    {C::BatchTornByCrash, "batch-torn-by-crash", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "batch torn by a crash (%1 items, never committed): not visible")},
    {C::BatchNeverCommitted, "batch-never-committed", "batch", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "batch never committed: not visible")},
    {C::IndexedUnreadableFrameElsewhere, "indexed-unreadable-frame-elsewhere", "cross-check", S::Warning,
     QT_TRANSLATE_NOOP("Finding",
                       "batpak indexes event %1 (global sequence %2, from %3) here, but reading it fails: %4; the frame "
                       "really is at %5 (global sequence %6)")},
    {C::IndexedUnreadableNoFrame, "indexed-unreadable-no-frame", "cross-check", S::Warning,
     QT_TRANSLATE_NOOP("Finding",
                       "batpak indexes event %1 (global sequence %2, from %3) here, but reading it fails: %4; the bytes "
                       "hold no readable committed frame with this id")},
    {C::IndexedOtherEventFrameElsewhere, "indexed-other-event-frame-elsewhere", "cross-check", S::Warning,
     QT_TRANSLATE_NOOP("Finding",
                       "batpak indexes event %1 here, but this frame holds event %2; the frame really is at %3 (global "
                       "sequence %4)")},
    {C::IndexedOtherEventNoFrame, "indexed-other-event-no-frame", "cross-check", S::Warning,
     QT_TRANSLATE_NOOP("Finding",
                       "batpak indexes event %1 here, but this frame holds event %2; the bytes hold no readable "
                       "committed frame with this id")},
    {C::IndexedTwice, "indexed-twice", "cross-check", S::Info,
     QT_TRANSLATE_NOOP("Finding",
                       "batpak indexes event %1 twice (this copy, global sequence %2, is shadowed by a later one)")},
    {C::SequenceDiffers, "sequence-differs", "cross-check", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "batpak numbers event %1 as global sequence %2 but footers/snapshots record %3")},
    {C::VisibilityDiffers, "visibility-differs", "cross-check", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "batpak shows event %1 as %2 but the cancelled ranges make it %3")},
    {C::EventLost, "event-lost", "cross-check", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "batpak loses event %1 (committed frame at %2, global sequence %3)")},
    {C::ManifestUnreadable, "manifest-unreadable", "manifest", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "manifest unreadable, files not checked: %1")},
    {C::ManifestListedTwice, "manifest-listed-twice", "manifest", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "listed twice in the manifest")},
    {C::ManifestFileMissing, "manifest-file-missing", "manifest", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "listed in the manifest but missing from the archive")},
    {C::ManifestSizeDiffers, "manifest-size-differs", "manifest", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "size differs from the manifest: %1 bytes, manifest says %2")},
    {C::ManifestHashDiffers, "manifest-hash-differs", "manifest", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "BLAKE3 differs from the manifest: %1, manifest says %2")},
    {C::ManifestFileUnlisted, "manifest-file-unlisted", "manifest", S::Warning,
     QT_TRANSLATE_NOOP("Finding", "in the archive but not listed in the manifest")},
    {C::FollowRestarted, "follow-restarted", "follow", S::Info,
     QT_TRANSLATE_NOOP("Finding",
                       "while following, %1 shrank or went away (a compaction or a replaced segment): the store was "
                       "restored afresh, and events shown before are not shown again")},
};

const std::vector<const char*> kTerms = {
    QT_TRANSLATE_NOOP("FindingTerm", "end of frames"),
    QT_TRANSLATE_NOOP("FindingTerm", "frame header cut short (fewer than 8 bytes)"),
    QT_TRANSLATE_NOOP("FindingTerm", "frame body truncated"),
    QT_TRANSLATE_NOOP("FindingTerm", "frame length exceeds 256 MiB"),
    QT_TRANSLATE_NOOP("FindingTerm", "CRC mismatch"),
    QT_TRANSLATE_NOOP("FindingTerm", "corruption"),
    QT_TRANSLATE_NOOP("FindingTerm", "visible"),
    QT_TRANSLATE_NOOP("FindingTerm", "hidden"),
};

}  // namespace

const std::vector<FindingKind>& findingKinds() { return kKinds; }

const FindingKind& findingKind(FindingCode code) {
  // The table is in enum order; findings_test checks that.
  const size_t i = size_t(code);
  return i < kKinds.size() ? kKinds[i] : kKinds.front();
}

const std::vector<const char*>& findingTerms() { return kTerms; }

Finding makeFinding(FindingCode code, std::string file, std::optional<uint64_t> offset,
                    std::vector<std::string> args, std::optional<Id128> eventId) {
  Finding f;
  f.code = code;
  f.severity = findingKind(code).severity;
  f.args = std::move(args);
  f.file = std::move(file);
  f.offset = offset;
  f.eventId = eventId;
  return f;
}

std::string substituteFindingArgs(const std::string& pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 16 * args.size());
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const size_t n = size_t(pattern[i + 1] - '1');
      if (n < args.size()) {
        out += args[n];
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

const char* Finding::category() const { return findingKind(code).category; }

std::string Finding::message() const { return substituteFindingArgs(findingKind(code).pattern, args); }

const char* severityName(Finding::Severity s) {
  switch (s) {
    case Finding::Severity::Info: return "info";
    case Finding::Severity::Warning: return "warning";
    case Finding::Severity::Error: return "error";
  }
  return "?";
}

std::string Finding::toString() const {
  std::string out = std::string(severityName(severity)) + " [" + category() + "] ";
  if (!file.empty()) {
    out += file;
    if (offset) out += " @" + std::to_string(*offset);
    out += ": ";
  }
  out += message();
  if (eventId) out += " (event " + hexEncode(*eventId) + ")";
  return out;
}

}  // namespace batscope
