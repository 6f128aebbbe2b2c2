#include "models/segment_model.h"

#include "number_text.h"
#include "status_style.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

#include "batscope/base/data_dir.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/restore/index.h"
#include "batscope/restore/restore_planner.h"
#include "store_session.h"

namespace batscope::ui {

QString segmentReadText(SegmentRead how) {
  switch (how) {
    case SegmentRead::Footer: return SegmentModel::tr("footer");
    case SegmentRead::FooterParallel: return SegmentModel::tr("footer (parallel)");
    case SegmentRead::FrameScan: return SegmentModel::tr("frame scan");
    case SegmentRead::Skipped: return SegmentModel::tr("skipped");
  }
  return {};
}

namespace {

QString milliseconds(double ms) {
  return ms < 10 ? QString::number(ms, 'f', 2) : QString::number(ms, 'f', 1);
}

}  // namespace

SegmentModel::SegmentModel(StoreSession* session, QObject* parent) : QAbstractTableModel(parent), session_(session) {
  if (session) {
    connect(session, &StoreSession::opened, this, &SegmentModel::refresh);
    connect(session, &StoreSession::backgroundFinished, this, &SegmentModel::refresh);
    connect(session, &StoreSession::viewChanged, this, &SegmentModel::refresh);
    connect(session, &StoreSession::closed, this, &SegmentModel::refresh);
  }
  refresh();
}

std::vector<SegmentRow> SegmentModel::collect(const std::vector<uint32_t>* added) const {
  std::vector<SegmentRow> out;
  if (!session_ || !session_->dataDir()) return out;
  const DataDir& dir = *session_->dataDir();
  out.reserve(dir.segments().size());
  std::unordered_map<uint64_t, size_t> at;
  for (const SegmentFile& f : dir.segments()) {
    SegmentRow s;
    s.id = f.id;
    s.fileName = QString::fromStdString(f.name);
    s.bytes = f.size;
    at.emplace(f.id, out.size());
    out.push_back(std::move(s));
  }
  if (!out.empty()) out.back().latest = true;  // segments() is sorted by id

  if (const RestoreResult* r = session_->restore()) {
    for (const SegmentTiming& t : r->segments) {
      auto it = at.find(t.segmentId);
      if (it == at.end() || t.how == SegmentRead::Skipped) continue;
      SegmentRow& s = out[it->second];
      s.read = true;
      s.readHow = t.how;
      s.readMs += t.durationMs;
      s.readEntries += t.entries;
      s.readBytes += t.bytesRead;
    }
  }

  const BackgroundResults* bg = session_->background();
  if (bg && bg->walk) {
    for (const SegmentWalk& w : bg->walk->segments) {
      auto it = at.find(w.file.id);
      if (it == at.end()) continue;
      SegmentRow& s = out[it->second];
      s.walked = true;
      s.headerError = QString::fromStdString(w.headerError);
      s.footerPresent = w.trailer.has_value();
      s.footerValid = w.footerValid;
      s.footerError = QString::fromStdString(w.footerError);
      if (w.trailer && w.trailer->stringTableOffset <= s.bytes) s.footerOffset = w.trailer->stringTableOffset;
      s.eventFrames = w.eventFrames;
      s.markerFrames = w.beginMarkers + w.commitMarkers;
      s.crcBad.reserve(w.crcMismatches.size());
      for (const auto& c : w.crcMismatches) s.crcBad.push_back({c.offset, c.length});
      s.tornAt = w.stoppedAt;
      s.tornReason = QString::fromStdString(w.stopReason);
    }
  }

  if (const Index* index = session_->index()) {
    if (added)
      for (const SegmentRow& before : rows_)
        if (auto it = at.find(before.id); it != at.end()) out[it->second].visibleEvents = before.visibleEvents;
    // Rows come in global order, which mostly follows segment order: remember the last hit.
    uint64_t lastId = UINT64_MAX;
    SegmentRow* last = nullptr;
    for (uint32_t row : added ? *added : index->visibleRows()) {
      const uint64_t id = index->entry(row).segmentId;
      if (id != lastId) {
        auto it = at.find(id);
        last = it == at.end() ? nullptr : &out[it->second];
        lastId = id;
      }
      if (last) ++last->visibleEvents;
    }
  }
  return out;
}

void SegmentModel::refresh() {
  std::vector<SegmentRow> rows = collect(session_ ? session_->appendedRows() : nullptr);
  const size_t shown = rows_.size();
  const bool extends = rows.size() >= shown && std::equal(rows_.begin(), rows_.end(), rows.begin(),
                                                          [](const SegmentRow& a, const SegmentRow& b) { return a.id == b.id; });
  if (!extends) {
    beginResetModel();
    rows_ = std::move(rows);
    reindex();
    endResetModel();
    return;
  }
  // The segments shown, and maybe more after them (a followed store rotated): those are
  // inserted, so a selection in a segment table stays.
  std::vector<SegmentRow> more(std::make_move_iterator(rows.begin() + long(shown)), std::make_move_iterator(rows.end()));
  rows.resize(shown);
  rows_ = std::move(rows);
  reindex();
  if (shown) emit dataChanged(index(0, 0), index(int(shown) - 1, ColumnCount - 1));
  if (more.empty()) return;
  beginInsertRows({}, int(shown), int(shown + more.size()) - 1);
  rows_.insert(rows_.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  reindex();
  endInsertRows();
}

void SegmentModel::reindex() {
  rowById_.clear();
  maxBytes_ = totalBytes_ = 0;
  for (size_t i = 0; i < rows_.size(); ++i) {
    rowById_.emplace(rows_[i].id, int(i));
    maxBytes_ = std::max(maxBytes_, rows_[i].bytes);
    totalBytes_ += rows_[i].bytes;
  }
}

int SegmentModel::rowOfSegment(uint64_t id) const {
  auto it = rowById_.find(id);
  return it == rowById_.end() ? -1 : it->second;
}

int SegmentModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int SegmentModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString SegmentModel::stateText(const SegmentRow& s) {
  if (!s.walked) return QStringLiteral("…");
  if (s.footerPresent) return s.latest ? tr("sealed (latest)") : tr("sealed");
  return s.latest ? tr("active") : tr("unsealed");
}

QString SegmentModel::footerText(const SegmentRow& s) {
  if (!s.walked) return QStringLiteral("…");
  if (!s.footerPresent) return tr("absent");
  return s.footerValid ? tr("valid") : tr("invalid");
}

QVariant SegmentModel::displayData(const SegmentRow& s, int column) const {
  switch (column) {
    case Segment: return QVariant::fromValue<qulonglong>(s.id);
    case File: return s.fileName;
    case Bytes: return grouped(s.bytes);
    case State: return stateText(s);
    case Footer: return footerText(s);
    case Events: return s.walked ? grouped(s.eventFrames) : QStringLiteral("…");
    case VisibleEvents: return grouped(s.visibleEvents);
    case CrcBad: return s.walked ? QString::number(s.crcBad.size()) : QStringLiteral("…");
    case TornTail:
      if (!s.walked) return QStringLiteral("…");
      return s.tornAt ? QStringLiteral("@%1").arg(*s.tornAt) : QString();
    case ReadHow: return segmentReadText(s.read ? s.readHow : SegmentRead::Skipped);
    case ReadTime: return s.read ? tr("%1 ms").arg(milliseconds(s.readMs)) : QString();
  }
  return {};
}

QVariant SegmentModel::sortData(const SegmentRow& s, int column) const {
  switch (column) {
    case Segment: return QVariant::fromValue<qulonglong>(s.id);
    case File: return s.fileName;
    case Bytes: return QVariant::fromValue<qulonglong>(s.bytes);
    case State: return stateText(s);
    case Footer: return footerText(s);
    case Events: return QVariant::fromValue<qulonglong>(s.eventFrames);
    case VisibleEvents: return QVariant::fromValue<qulonglong>(s.visibleEvents);
    case CrcBad: return int(s.crcBad.size());
    case TornTail: return QVariant::fromValue<qulonglong>(s.tornAt ? *s.tornAt : 0);
    case ReadHow: return s.read ? QString::fromLatin1(segmentReadName(s.readHow)) : QStringLiteral("~skipped");
    case ReadTime: return s.read ? s.readMs : -1.0;
  }
  return {};
}

QVariant SegmentModel::data(const QModelIndex& idx, int role) const {
  if (!idx.isValid() || idx.row() < 0 || size_t(idx.row()) >= rows_.size() || idx.column() >= ColumnCount) return {};
  const SegmentRow& s = rows_[size_t(idx.row())];
  switch (role) {
    case Qt::DisplayRole: return displayData(s, idx.column());
    case SortRole: return sortData(s, idx.column());
    case SegmentIdRole: return QVariant::fromValue<qulonglong>(s.id);
    case FileNameRole: return s.fileName;
    case BytesRole: return QVariant::fromValue<qulonglong>(s.bytes);
    case SealedRole: return s.sealed();
    case ActiveRole: return s.active();
    case LatestRole: return s.latest;
    case WalkedRole: return s.walked;
    case FooterPresentRole: return s.footerPresent;
    case FooterValidRole: return s.footerValid;
    case FooterOffsetRole: return s.footerPresent ? QVariant::fromValue<qulonglong>(s.footerOffset) : QVariant();
    case EventFramesRole: return QVariant::fromValue<qulonglong>(s.eventFrames);
    case VisibleEventsRole: return QVariant::fromValue<qulonglong>(s.visibleEvents);
    case CrcBadCountRole: return int(s.crcBad.size());
    case CrcBadOffsetsRole: {
      QVariantList offsets;
      for (const SegmentRow::Frame& f : s.crcBad) offsets.push_back(QVariant::fromValue<qulonglong>(f.offset));
      return offsets;
    }
    case TornOffsetRole: return s.tornAt ? QVariant::fromValue<qulonglong>(*s.tornAt) : QVariant();
    case ReadHowRole: return QString::fromLatin1(segmentReadName(s.read ? s.readHow : SegmentRead::Skipped));
    case ReadMsRole: return s.read ? QVariant(s.readMs) : QVariant();
    case Qt::TextAlignmentRole:
      switch (idx.column()) {
        case Segment: case Bytes: case Events: case VisibleEvents: case CrcBad: case ReadTime:
          return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
      }
    case Qt::ForegroundRole:
      if ((idx.column() == CrcBad && !s.crcBad.empty()) || (idx.column() == TornTail && s.tornAt) ||
          (idx.column() == Footer && s.footerPresent && !s.footerValid))
        return toneColor(StatusTone::Bad);
      return {};
    case Qt::ToolTipRole:
      switch (idx.column()) {
        case State:
          if (!s.walked) return tr("Waiting for the frame walk");
          if (s.active()) return tr("Latest segment without a SIDX footer: the one a writer had open");
          if (!s.footerPresent) return tr("No SIDX footer although a later segment exists");
          return tr("Has a SIDX footer: the writer sealed it");
        case Footer:
          if (s.footerPresent && !s.footerValid) return s.footerError;
          if (s.footerPresent) return tr("Footer starts at offset %1").arg(s.footerOffset);
          return {};
        case TornTail: return s.tornAt ? s.tornReason : QVariant();
        case CrcBad: {
          if (s.crcBad.empty()) return {};
          QStringList offsets;
          for (const SegmentRow::Frame& f : s.crcBad) offsets << QStringLiteral("@%1").arg(f.offset);
          return tr("CRC mismatch at %1").arg(offsets.join(QStringLiteral(", ")));
        }
        case ReadHow:
          return s.read ? tr("%1 entries, %2 bytes read").arg(s.readEntries).arg(s.readBytes)
                        : tr("The restore did not read this segment (covered by a snapshot)");
        default: return {};
      }
    default: return {};
  }
}

QVariant SegmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Segment: return tr("Segment");
    case File: return tr("File");
    case Bytes: return tr("Bytes");
    case State: return tr("State");
    case Footer: return tr("Footer");
    case Events: return tr("Events");
    case VisibleEvents: return tr("Visible");
    case CrcBad: return tr("CRC bad");
    case TornTail: return tr("Torn tail");
    case ReadHow: return tr("Restore read");
    case ReadTime: return tr("Read time");
  }
  return {};
}

}  // namespace batscope::ui
