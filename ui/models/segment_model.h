// The segment files of the open store, one row each: size, sealed/active state, footer,
// event counts, CRC-bad frames and torn tail (from the background frame walk) and how the
// restore read the segment (from RestoreResult.segments). The segment map paints straight
// from segment(row); tables use the columns and roles.
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "batscope/restore/restore_planner.h"

namespace batscope::ui {

class StoreSession;

// Everything known about one segment file. Walk-derived fields are meaningful only once
// `walked` is true (the background phase has finished).
struct SegmentRow {
  struct Frame { uint64_t offset = 0; uint32_t length = 0; };

  uint64_t id = 0;                 // from the file name
  QString fileName;                // "000001.fbat"
  uint64_t bytes = 0;
  bool latest = false;             // highest id: the segment a writer would have had open

  bool walked = false;
  QString headerError;
  bool footerPresent = false;      // file ends with "SIDX": the segment was sealed
  bool footerValid = false;
  QString footerError;
  uint64_t footerOffset = 0;       // where the footer starts (its string table), when present
  uint64_t eventFrames = 0;        // event frames the walk found (batch markers excluded)
  uint64_t markerFrames = 0;
  std::vector<Frame> crcBad;       // frames whose CRC does not match
  std::optional<uint64_t> tornAt;  // where the walk had to stop
  QString tornReason;

  uint64_t visibleEvents = 0;      // visible events of the session's index located here

  bool read = false;               // the restore read this segment (else it was skipped)
  SegmentRead readHow = SegmentRead::Skipped;
  double readMs = 0;
  uint64_t readEntries = 0;
  uint64_t readBytes = 0;

  bool sealed() const { return footerPresent; }
  // The latest segment without a footer: what a crashed writer left open.
  bool active() const { return latest && !footerPresent; }
};

// How a segment was read, in the user's language.
QString segmentReadText(SegmentRead how);

class SegmentModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Segment, File, Bytes, State, Footer, Events, VisibleEvents, CrcBad, TornTail, ReadHow, ReadTime, ColumnCount };
  enum Role {
    SegmentIdRole = Qt::UserRole + 1,  // qulonglong
    FileNameRole,                      // QString
    BytesRole,                         // qulonglong
    SealedRole,                        // bool: has a SIDX footer (false before the walk)
    ActiveRole,                        // bool: latest segment without a footer
    LatestRole,                        // bool: highest segment id
    WalkedRole,                        // bool: walk-derived roles are meaningful
    FooterPresentRole,                 // bool
    FooterValidRole,                   // bool
    FooterOffsetRole,                  // qulonglong, invalid without a footer
    EventFramesRole,                   // qulonglong
    VisibleEventsRole,                 // qulonglong
    CrcBadCountRole,                   // int
    CrcBadOffsetsRole,                 // QVariantList of qulonglong
    TornOffsetRole,                    // qulonglong, invalid when the walk reached the end
    ReadHowRole,                       // QString: "footer", "frame scan", "footer (parallel)", "skipped"
    ReadMsRole,                        // double, invalid when skipped
    SortRole,                          // the column's raw value, for proxies
  };

  // Follows `session` (may be null): rebuilt when a store opens, closes, when the background
  // walk finishes and when the session switches between the faithful and the true view.
  explicit SegmentModel(StoreSession* session, QObject* parent = nullptr);

  StoreSession* session() const { return session_; }
  const SegmentRow& segment(int row) const { return rows_[size_t(row)]; }
  // Row of the segment with id `id`, or -1.
  int rowOfSegment(uint64_t id) const;
  uint64_t maxBytes() const { return maxBytes_; }
  uint64_t totalBytes() const { return totalBytes_; }
  bool walked() const { return !rows_.empty() && rows_.front().walked; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static QString stateText(const SegmentRow& s);
  static QString footerText(const SegmentRow& s);

 public slots:
  // Re-reads everything from the session.
  void refresh();

 private:
  // `added`: a followed store's new rows (StoreSession::appendedRows): the visible events of
  // the segments shown so far are theirs plus these, not counted again over every row.
  std::vector<SegmentRow> collect(const std::vector<uint32_t>* added) const;
  void reindex();  // rowById_, maxBytes_, totalBytes_ from rows_
  QVariant displayData(const SegmentRow& s, int column) const;
  QVariant sortData(const SegmentRow& s, int column) const;

  QPointer<StoreSession> session_;
  std::vector<SegmentRow> rows_;
  std::unordered_map<uint64_t, int> rowById_;
  uint64_t maxBytes_ = 0;
  uint64_t totalBytes_ = 0;
};

}  // namespace batscope::ui
