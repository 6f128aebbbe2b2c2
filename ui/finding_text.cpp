#include "finding_text.h"

#include <QCoreApplication>

namespace batscope::ui {

QString findingCategoryText(const Finding& finding) {
  // Every category the engine's finding kinds use (findings.cpp), marked for translation;
  // the English words are the engine's own identifiers, which the CLI prints.
  static const char* const kCategories[] = {
      QT_TRANSLATE_NOOP("FindingCategory", "batch"),       QT_TRANSLATE_NOOP("FindingCategory", "crc"),
      QT_TRANSLATE_NOOP("FindingCategory", "cross-check"), QT_TRANSLATE_NOOP("FindingCategory", "decode"),
      QT_TRANSLATE_NOOP("FindingCategory", "duplicate-sequence"), QT_TRANSLATE_NOOP("FindingCategory", "fallback"),
      QT_TRANSLATE_NOOP("FindingCategory", "footer"),      QT_TRANSLATE_NOOP("FindingCategory", "frame"),
      QT_TRANSLATE_NOOP("FindingCategory", "io"),          QT_TRANSLATE_NOOP("FindingCategory", "manifest"),
      QT_TRANSLATE_NOOP("FindingCategory", "path"),        QT_TRANSLATE_NOOP("FindingCategory", "segment"),
      QT_TRANSLATE_NOOP("FindingCategory", "sequence"),    QT_TRANSLATE_NOOP("FindingCategory", "torn-tail"),
      QT_TRANSLATE_NOOP("FindingCategory", "visibility"),  QT_TRANSLATE_NOOP("FindingCategory", "follow"),
  };
  (void)kCategories;
  return QCoreApplication::translate("FindingCategory", finding.category());
}

QString findingHeadline(const Finding& finding) {
  switch (finding.code) {
    case FindingCode::ArtifactFallback: return QCoreApplication::translate("FindingHeadline", "Snapshot not used");
    case FindingCode::ParallelRebuildUnavailable: return QCoreApplication::translate("FindingHeadline", "Parallel rebuild unavailable");
    case FindingCode::ScanForced: return QCoreApplication::translate("FindingHeadline", "Frame scan forced");
    case FindingCode::VisibilityRangesIgnored: return QCoreApplication::translate("FindingHeadline", "Visibility ranges ignored");
    case FindingCode::DuplicateSequences: return QCoreApplication::translate("FindingHeadline", "Global sequences repeat");
    case FindingCode::FooterUnusable: return QCoreApplication::translate("FindingHeadline", "Footer not usable");
    case FindingCode::BatchOpenAtSegmentStart: return QCoreApplication::translate("FindingHeadline", "Batch still open at a segment start");
    case FindingCode::FrameMetadataUnreadable: return QCoreApplication::translate("FindingHeadline", "Frame metadata unreadable");
    case FindingCode::OrphanCommitSkipped: return QCoreApplication::translate("FindingHeadline", "COMMIT without BEGIN skipped");
    case FindingCode::BatchCommitMismatch: return QCoreApplication::translate("FindingHeadline", "Batch COMMIT count differs");
    case FindingCode::NestedBeginDiscards: return QCoreApplication::translate("FindingHeadline", "Nested BEGIN discards a batch");
    case FindingCode::BatchDiscarded: return QCoreApplication::translate("FindingHeadline", "Batch discarded");
    case FindingCode::BatchIncompleteAtEof: return QCoreApplication::translate("FindingHeadline", "Incomplete batch at the end");
    case FindingCode::BatchDroppedAtScanEnd: return QCoreApplication::translate("FindingHeadline", "Batch dropped where the scan ends");
    case FindingCode::TornTailStopsScan: return QCoreApplication::translate("FindingHeadline", "Torn frame ends the scan");
    case FindingCode::FrameTooLargeStopsScan: return QCoreApplication::translate("FindingHeadline", "Oversized frame ends the scan");
    case FindingCode::CrcStopsScan: return QCoreApplication::translate("FindingHeadline", "Bad CRC ends the scan");
    case FindingCode::SequenceDisagreement: return QCoreApplication::translate("FindingHeadline", "Sources disagree on a sequence");
    case FindingCode::MoreSequenceDisagreements: return QCoreApplication::translate("FindingHeadline", "More sequence disagreements");
    case FindingCode::SegmentFileUnreadable: return QCoreApplication::translate("FindingHeadline", "Segment file unreadable");
    case FindingCode::SegmentUnreadable: return QCoreApplication::translate("FindingHeadline", "Segment header unreadable");
    case FindingCode::FramesEndHere: return QCoreApplication::translate("FindingHeadline", "Frames end here");
    case FindingCode::CrcFrameSkipped: return QCoreApplication::translate("FindingHeadline", "Frame with a bad CRC skipped");
    case FindingCode::FrameUndecodable: return QCoreApplication::translate("FindingHeadline", "Frame undecodable");
    case FindingCode::BeginInsideOpenBatch: return QCoreApplication::translate("FindingHeadline", "BEGIN inside an open batch");
    case FindingCode::OrphanCommit: return QCoreApplication::translate("FindingHeadline", "COMMIT without BEGIN");
    case FindingCode::CommittedBatchDamaged: return QCoreApplication::translate("FindingHeadline", "Committed batch damaged");
    case FindingCode::CommitCountMismatch: return QCoreApplication::translate("FindingHeadline", "COMMIT count differs");
    case FindingCode::BatchTornByCrash: return QCoreApplication::translate("FindingHeadline", "Batch torn by a crash");
    case FindingCode::BatchNeverCommitted: return QCoreApplication::translate("FindingHeadline", "Batch never committed");
    case FindingCode::IndexedUnreadableFrameElsewhere: return QCoreApplication::translate("FindingHeadline", "Indexed frame unreadable, event elsewhere");
    case FindingCode::IndexedUnreadableNoFrame: return QCoreApplication::translate("FindingHeadline", "Indexed frame unreadable");
    case FindingCode::IndexedOtherEventFrameElsewhere: return QCoreApplication::translate("FindingHeadline", "Index points at another event");
    case FindingCode::IndexedOtherEventNoFrame: return QCoreApplication::translate("FindingHeadline", "Index points at another event");
    case FindingCode::IndexedTwice: return QCoreApplication::translate("FindingHeadline", "Event indexed twice");
    case FindingCode::SequenceDiffers: return QCoreApplication::translate("FindingHeadline", "Global sequence differs");
    case FindingCode::VisibilityDiffers: return QCoreApplication::translate("FindingHeadline", "Visibility differs");
    case FindingCode::EventLost: return QCoreApplication::translate("FindingHeadline", "Event lost by batpak");
    case FindingCode::ManifestUnreadable: return QCoreApplication::translate("FindingHeadline", "Manifest unreadable");
    case FindingCode::ManifestListedTwice: return QCoreApplication::translate("FindingHeadline", "File listed twice in the manifest");
    case FindingCode::ManifestFileMissing: return QCoreApplication::translate("FindingHeadline", "File missing from the archive");
    case FindingCode::ManifestSizeDiffers: return QCoreApplication::translate("FindingHeadline", "File size differs from the manifest");
    case FindingCode::ManifestHashDiffers: return QCoreApplication::translate("FindingHeadline", "File BLAKE3 differs from the manifest");
    case FindingCode::ManifestFileUnlisted: return QCoreApplication::translate("FindingHeadline", "File not in the manifest");
    case FindingCode::FollowRestarted: return QCoreApplication::translate("FindingHeadline", "Followed store restored afresh");
  }
  return findingCategoryText(finding);
}

QString findingPattern(FindingCode code) {
  return QCoreApplication::translate("Finding", findingKind(code).pattern);
}

QString findingMessage(const Finding& finding) {
  // Arguments from the engine's fixed vocabulary (frame status words and the like) have
  // translations of their own; anything else (numbers, ids, positions) has none and stays.
  std::vector<std::string> args;
  args.reserve(finding.args.size());
  for (const std::string& arg : finding.args)
    args.push_back(QCoreApplication::translate("FindingTerm", arg.c_str()).toStdString());
  return QString::fromStdString(substituteFindingArgs(findingPattern(finding.code).toStdString(), args));
}

QString findingImpact(const Finding& f) {
  const QString file = QString::fromStdString(f.file);
  const QString arg0 = f.args.empty() ? QString() : QString::fromStdString(f.args[0]);
  switch (f.code) {
    case FindingCode::ArtifactFallback:
      return QObject::tr("batpak does not use %1 and rebuilds the index from the segments instead: no event is lost, "
                         "the open only takes longer.").arg(file);
    case FindingCode::ParallelRebuildUnavailable:
      return QObject::tr("Not every segment has a usable footer, so batpak reads the frames one after another "
                         "instead: the same events, read more slowly, and a damaged frame stops the reading of its "
                         "segment.");
    case FindingCode::TornTailStopsScan:
      return QObject::tr("The last frame of %1 was only partly written (the writer stopped while appending): its "
                         "event is ignored; every event before it reads as usual.").arg(file);
    case FindingCode::CrcStopsScan:
      return QObject::tr("batpak stops reading %1 at this frame: the events written after it in this segment are not "
                         "shown.").arg(file);
    case FindingCode::CrcFrameSkipped:
      return QObject::tr("This frame's bytes do not match its checksum: its event is not shown (the frames around it "
                         "read as usual).");
    case FindingCode::BatchTornByCrash:
    case FindingCode::BatchIncompleteAtEof:
    case FindingCode::BatchDroppedAtScanEnd:
      if (arg0 == QLatin1String("1"))
        return QObject::tr("A batch was still being written when the writer stopped: its event is not shown (a batch is "
                           "all or nothing).");
      return QObject::tr("A batch was still being written when the writer stopped: none of its %1 events is shown (a "
                         "batch is all or nothing).").arg(arg0);
    case FindingCode::EventLost:
      return QObject::tr("The frame of this event reads, but batpak's index does not list it: batpak does not show "
                         "this event.");
    case FindingCode::IndexedTwice:
      return QObject::tr("batpak's index lists this event twice: queries return it twice.");
    case FindingCode::SequenceDiffers:
      return QObject::tr("batpak shows this event under another global sequence than its footer or snapshot records: "
                         "sorting by sequence puts it elsewhere.");
    case FindingCode::ManifestHashDiffers:
    case FindingCode::ManifestSizeDiffers:
      return QObject::tr("%1 is not the file the archive's manifest describes: it changed after the archive was made, "
                         "or was damaged.").arg(file);
    default:
      return {};
  }
}

}  // namespace batscope::ui
