#include "batscope/restore/segment_index_scan.h"

#include "batscope/format/event_frame.h"
#include "batscope/format/sidx_footer.h"

namespace batscope {

namespace {

void discardBatch(BatchState& st, const SegmentFile& seg, uint64_t at, const char* why,
                  std::vector<Finding>& findings) {
  if (!st.inBatch) return;
  findings.push_back(makeFinding(FindingCode::BatchDiscarded, seg.name, at,
                                 {std::to_string(st.staged.size()), segmentFileName(st.beginSegment),
                                  std::to_string(st.beginOffset), why}));
  st.staged.clear();
  st.inBatch = false;
}

}  // namespace

EntryRecord recordFromFrame(const SegmentFile& seg, const RawFrame& raw, const DecodedFrame& f,
                            std::optional<uint32_t> identitySlot) {
  EntryRecord rec;
  if (identitySlot && hasCanonicalIdLayout(raw.body, raw.bodyLen))
    rec.identity = IdentityRef{IdentityLayout::Frame, *identitySlot, raw.offset};
  rec.eventId = f.header.eventId;
  rec.correlationId = f.header.correlationId;
  rec.causationId = f.header.causationId;
  rec.entity = f.entity;
  rec.scope = f.scope;
  rec.kind = f.header.eventKind;
  rec.wallMs = f.header.position.wallMs;
  rec.clock = f.header.position.sequence;
  if (f.hashChain) rec.chain = *f.hashChain;
  rec.segmentId = seg.id;
  rec.offset = raw.offset;
  rec.length = uint32_t(raw.frameLen());
  rec.origin = EntryOrigin::FrameScan;
  return rec;
}

Result<std::vector<EntryRecord>> footerEntries(const SegmentFile& seg, const FileData& file,
                                               std::optional<uint32_t> identitySlot) {
  auto footer = readSidxFooter(file.data(), file.size(), seg.name);
  if (!footer) return footer.error();
  if (!footer->present)
    return Error::corrupt(seg.name, file.size(), "sealed segment missing SIDX footer");
  const SidxFooter& f = footer->footer;
  std::vector<EntryRecord> out;
  out.reserve(f.entryCount());
  for (uint32_t i = 0; i < f.entryCount(); ++i) {
    const uint16_t kind = kindFromBinaryArtifact(f.rawKind(i));
    if (isBatchMarkerKind(kind)) continue;  // batpak compares the mapped kind: never true
    EntryRecord rec = f.entry(i, seg.id);
    rec.kind = kind;
    rec.identity = IdentityRef{IdentityLayout::SidxEntry, identitySlot.value_or(0), f.entryOffset(i)};
    out.push_back(rec);
  }
  return out;
}

Status scanSegmentIndex(const SegmentFile& seg, const FileData& file, BatchState& st,
                        bool footerAllowed, std::optional<uint32_t> identitySlot,
                        const EntrySink& sink, std::vector<Finding>& findings,
                        SegmentScanStats& stats) {
  const uint8_t* d = file.data();
  const uint64_t size = file.size();
  stats = SegmentScanStats{};
  stats.footerPresent = readSidxTrailer(d, size).has_value();

  if (footerAllowed && !st.inBatch) {
    auto entries = footerEntries(seg, file, identitySlot);
    if (entries) {
      stats.usedFooter = stats.footerValid = true;
      stats.bytesRead = size - readSidxTrailer(d, size)->stringTableOffset;
      for (EntryRecord& rec : *entries) {
        Status s = sink(rec);
        if (!s) return s;
        ++stats.entriesEmitted;
      }
      return Status::success();
    }
    if (stats.footerPresent)
      findings.push_back(makeFinding(FindingCode::FooterUnusable, seg.name, entries.error().offset,
                                     {entries.error().message}));
  }

  SegmentPrescan pre = prescanSegment(seg, file, identitySlot);
  return applyPrescan(seg, pre, st, sink, findings, stats);
}

SegmentPrescan prescanSegment(const SegmentFile& seg, const FileData& file, std::optional<uint32_t> identitySlot) {
  SegmentPrescan pre;
  const uint8_t* d = file.data();
  const uint64_t size = file.size();
  auto header = parseSegmentHeader(d, size, seg.name);
  if (!header) {
    pre.headerError = header.error();
    return pre;
  }
  pre.bytesRead = size;
  pre.frames.reserve(size / 700 + 16);
  uint64_t cursor = header->framesStart;
  while (true) {
    RawFrame raw;
    const FrameStatus fs = readFrameAt(d, size, cursor, raw, true);
    if (fs != FrameStatus::Ok) {
      pre.end = fs;
      pre.endOffset = cursor;
      pre.endRaw = raw;
      const auto trailer = readSidxTrailer(d, size);
      pre.endAtFooter = trailer && trailer->stringTableOffset == cursor;
      break;
    }
    ScannedFrame sf;
    DecodedFrame frame;
    FrameDecodeError err;
    if (!decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Skip, frame, err)) {
      sf.what = ScannedFrame::Undecodable;
      sf.rec.offset = cursor;
      sf.error = err.message;
    } else {
      const uint16_t kind = frame.header.eventKind;
      sf.what = kind == kKindBatchBegin ? ScannedFrame::Begin : kind == kKindBatchCommit ? ScannedFrame::Commit : ScannedFrame::Event;
      sf.payloadSize = frame.header.payloadSize;
      sf.rec = recordFromFrame(seg, raw, frame, identitySlot);
    }
    pre.frames.push_back(std::move(sf));
    cursor += raw.frameLen();
  }
  return pre;
}

Status applyPrescan(const SegmentFile& seg, SegmentPrescan& pre, BatchState& st, const EntrySink& sink,
                    std::vector<Finding>& findings, SegmentScanStats& stats) {
  if (pre.headerError) return *pre.headerError;
  stats.bytesRead = pre.bytesRead;
  stats.framesRead = pre.frames.size();
  for (ScannedFrame& sf : pre.frames) {
    const uint64_t cursor = sf.rec.offset;
    if (sf.what == ScannedFrame::Undecodable) {
      findings.push_back(makeFinding(FindingCode::FrameMetadataUnreadable, seg.name, cursor, {sf.error}));
      discardBatch(st, seg, cursor, "corruption", findings);
      continue;
    }
    if (!st.inBatch) {
      if (sf.what == ScannedFrame::Begin) {
        st.inBatch = true;
        st.remaining = st.startedCount = sf.payloadSize;
        st.beginOffset = cursor;
        st.beginSegment = seg.id;
        st.staged.clear();
      } else if (sf.what == ScannedFrame::Commit) {
        findings.push_back(makeFinding(FindingCode::OrphanCommitSkipped, seg.name, cursor));
      } else {
        Status s = sink(sf.rec);
        if (!s) return s;
        ++stats.entriesEmitted;
      }
    } else if (sf.what == ScannedFrame::Commit) {
      if (st.remaining == 0) {
        for (EntryRecord& rec : st.staged) {
          Status s = sink(rec);
          if (!s) return s;
          ++stats.entriesEmitted;
        }
      } else {
        findings.push_back(makeFinding(FindingCode::BatchCommitMismatch, seg.name, cursor,
                                       {std::to_string(st.startedCount), std::to_string(st.remaining)}));
      }
      st.inBatch = false;
      st.staged.clear();
    } else if (sf.what == ScannedFrame::Begin) {
      findings.push_back(makeFinding(FindingCode::NestedBeginDiscards, seg.name, cursor,
                                     {std::to_string(st.staged.size())}));
      st.remaining = st.startedCount = sf.payloadSize;
      st.beginOffset = cursor;
      st.beginSegment = seg.id;
      st.staged.clear();
    } else {
      st.staged.push_back(sf.rec);
      if (st.remaining > 0) --st.remaining;
    }
  }
  const uint64_t cursor = pre.endOffset;
  switch (pre.end) {
    case FrameStatus::End:
    case FrameStatus::TooShort:
    case FrameStatus::Truncated:
      // A torn tail is silent in batpak; Batscope names it.
      if (pre.end != FrameStatus::End && !pre.endAtFooter)
        findings.push_back(makeFinding(FindingCode::TornTailStopsScan, seg.name, cursor, {frameStatusText(pre.end)}));
      if (st.inBatch)
        findings.push_back(makeFinding(FindingCode::BatchIncompleteAtEof, seg.name, cursor,
                                       {std::to_string(st.staged.size())}));
      break;
    case FrameStatus::TooLarge:
      if (!pre.endAtFooter)
        findings.push_back(makeFinding(FindingCode::FrameTooLargeStopsScan, seg.name, cursor,
                                       {std::to_string(pre.endRaw.bodyLen)}));
      break;
    case FrameStatus::CrcMismatch: {
      findings.push_back(makeFinding(FindingCode::CrcStopsScan, seg.name, cursor,
                                     {hex32Text(pre.endRaw.storedCrc), hex32Text(pre.endRaw.actualCrc)}));
      discardBatch(st, seg, cursor, "CRC mismatch", findings);
      break;
    }
    case FrameStatus::Ok:
      break;
  }
  return Status::success();
}

}  // namespace batscope
