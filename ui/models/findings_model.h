// Every Finding of the open store (restore, true view, cross-check), one row each: severity,
// category, file, offset, event id and message. The same place reported twice (a torn frame
// the restore and the true view both stop at) is one row that lists both messages. The warnings panel sorts and filters it
// through a proxy; the status bar asks count(severity).
#pragma once

#include <QAbstractTableModel>
#include <QIcon>

#include <optional>
#include <vector>

#include "batscope/base/findings.h"

namespace batscope::ui {

class FindingsModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Severity, Category, File, Offset, EventId, Message, ColumnCount };
  enum Role {
    SeverityRole = Qt::UserRole + 1,  // int: Finding::Severity
    CategoryRole,                     // QString
    FileRole,                         // QString, empty when the finding names no file
    OffsetRole,                       // qulonglong, invalid when there is none
    EventIdRole,                      // QString (32 hex digits), invalid when there is none
    SegmentIdRole,                    // qulonglong when the file is a segment NNNNNN.fbat
    SortRole,                         // the column's raw value, for proxies
    DetailsRole,                      // QString: the message, where, and what else said the same
  };

  explicit FindingsModel(QObject* parent = nullptr);

  void setFindings(std::vector<Finding> findings);
  void clear() { setFindings({}); }
  const std::vector<Finding>& findings() const { return findings_; }
  const Finding& finding(int row) const { return findings_[size_t(row)]; }
  int count(Finding::Severity severity) const;

  // The segment id of "NNNNNN.fbat", else nullopt.
  static std::optional<uint64_t> segmentIdOfFile(const std::string& fileName);
  static QString severityText(Finding::Severity severity);
  // Painted on first use (a blue "i" disc, an amber "!" triangle, a red "×" disc).
  static QIcon severityIcon(Finding::Severity severity);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 signals:
  void countsChanged();

 private:
  std::vector<Finding> findings_;
  std::vector<std::vector<Finding>> alsoReported_;  // per row: findings merged into it
  int counts_[3] = {0, 0, 0};
};

}  // namespace batscope::ui
