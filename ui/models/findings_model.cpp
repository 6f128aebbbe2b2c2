#include "models/findings_model.h"

#include <QFont>
#include <QRegularExpression>

#include <map>
#include <tuple>

#include "batscope/base/bytes.h"
#include "finding_text.h"
#include "status_style.h"

namespace batscope::ui {

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(std::vector<Finding> findings) {
  beginResetModel();
  findings_.clear();
  alsoReported_.clear();
  // One place, one row: a finding about a place (no event) that an earlier one of the same
  // severity and category already names. Cross-check findings are per event and each says
  // something else, so they are never merged.
  using Place = std::tuple<int, std::string, std::string, bool, uint64_t>;
  std::map<Place, size_t> rowOfPlace;
  for (Finding& f : findings) {
    const std::string category = f.category();
    if (!f.eventId && category != "cross-check") {
      const Place place{int(f.severity), category, f.file, f.offset.has_value(), f.offset.value_or(0)};
      const auto [it, inserted] = rowOfPlace.emplace(place, findings_.size());
      if (!inserted) {
        alsoReported_[it->second].push_back(std::move(f));
        continue;
      }
    }
    findings_.push_back(std::move(f));
    alsoReported_.emplace_back();
  }
  counts_[0] = counts_[1] = counts_[2] = 0;
  for (const Finding& f : findings_) ++counts_[int(f.severity)];
  endResetModel();
  emit countsChanged();
}

int FindingsModel::count(Finding::Severity severity) const {
  const int s = int(severity);
  return s >= 0 && s < 3 ? counts_[s] : 0;
}

std::optional<uint64_t> FindingsModel::segmentIdOfFile(const std::string& fileName) {
  static constexpr std::string_view kSuffix = ".fbat";
  if (fileName.size() <= kSuffix.size() || fileName.compare(fileName.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0)
    return std::nullopt;
  const size_t digits = fileName.size() - kSuffix.size();
  if (digits > 20) return std::nullopt;
  uint64_t id = 0;
  for (size_t i = 0; i < digits; ++i) {
    const char c = fileName[i];
    if (c < '0' || c > '9') return std::nullopt;
    id = id * 10 + uint64_t(c - '0');
  }
  return id;
}

QString FindingsModel::severityText(Finding::Severity severity) {
  switch (severity) {
    case Finding::Severity::Info: return tr("info");
    case Finding::Severity::Warning: return tr("warning");
    case Finding::Severity::Error: return tr("error");
  }
  return {};
}

QIcon FindingsModel::severityIcon(Finding::Severity severity) {
  switch (severity) {
    case Finding::Severity::Info: return toneIcon(StatusTone::Info);
    case Finding::Severity::Warning: return toneIcon(StatusTone::Warning);
    case Finding::Severity::Error: return toneIcon(StatusTone::Bad);
  }
  return {};
}

int FindingsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(findings_.size()); }
int FindingsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

namespace {

// Event ids shortened to their first eight hex digits in the table, where a message such as
// "batpak indexes event 01a211c2eb67…" otherwise shows nothing but the id; the details
// below the table and the tooltip keep them whole.
QString abbreviatedIds(const QString& message) {
  static const QRegularExpression id(QStringLiteral("\\b([0-9a-f]{8})[0-9a-f]{24}\\b"));
  QString out = message;
  out.replace(id, QStringLiteral("\\1…"));
  return out;
}

}  // namespace

QVariant FindingsModel::data(const QModelIndex& idx, int role) const {
  if (!idx.isValid() || idx.row() < 0 || size_t(idx.row()) >= findings_.size() || idx.column() >= ColumnCount) return {};
  const Finding& f = findings_[size_t(idx.row())];
  switch (role) {
    case SeverityRole: return int(f.severity);
    case CategoryRole: return QString::fromLatin1(f.category());
    case FileRole: return QString::fromStdString(f.file);
    case OffsetRole: return f.offset ? QVariant::fromValue<qulonglong>(*f.offset) : QVariant();
    case EventIdRole: return f.eventId ? QVariant(QString::fromStdString(hexEncode(*f.eventId))) : QVariant();
    case SegmentIdRole: {
      const auto id = segmentIdOfFile(f.file);
      return id ? QVariant::fromValue<qulonglong>(*id) : QVariant();
    }
    case SortRole:
      switch (idx.column()) {
        case Severity: return int(f.severity);
        case Offset: return QVariant::fromValue<qulonglong>(f.offset ? *f.offset : 0);
        default: return data(idx, Qt::DisplayRole);
      }
    case Qt::DecorationRole:
      return idx.column() == Severity ? QVariant(severityIcon(f.severity)) : QVariant();
    case DetailsRole: {
      QString text = findingHeadline(f) + QStringLiteral("\n") + findingMessage(f);
      if (const QString impact = findingImpact(f); !impact.isEmpty()) text += QStringLiteral("\n") + impact;
      if (!f.file.empty())
        text += QStringLiteral("\n") + (f.offset ? tr("In %1 at offset %L2.").arg(QString::fromStdString(f.file)).arg(*f.offset)
                                                : tr("In %1.").arg(QString::fromStdString(f.file)));
      if (f.eventId) text += QStringLiteral("\n") + tr("Event %1.").arg(QString::fromStdString(uuidText(*f.eventId)));
      for (const Finding& other : alsoReported_[size_t(idx.row())])
        text += QStringLiteral("\n") + tr("Also reported: %1").arg(findingMessage(other));
      return text;
    }
    case Qt::ToolTipRole:
      if (idx.column() == Message) return data(idx, DetailsRole);
      if (idx.column() == EventId && f.eventId) return QString::fromStdString(uuidText(*f.eventId));
      return {};
    case Qt::TextAlignmentRole:
      return idx.column() == Offset ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::FontRole:
      if (idx.column() == EventId) {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
      }
      return {};
    case Qt::DisplayRole:
      switch (idx.column()) {
        case Severity: return severityText(f.severity);
        case Category: return findingCategoryText(f);
        case File: return QString::fromStdString(f.file);
        case Offset: return f.offset ? QVariant::fromValue<qulonglong>(*f.offset) : QVariant(QString());
        case EventId: return f.eventId ? QString::fromStdString(hexEncode(*f.eventId)) : QString();
        case Message: return findingHeadline(f) + QStringLiteral(" — ") + abbreviatedIds(findingMessage(f));
      }
      return {};
    default: return {};
  }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Severity: return tr("Severity");
    case Category: return tr("Category");
    case File: return tr("File");
    case Offset: return tr("Offset");
    case EventId: return tr("Event ID");
    case Message: return tr("Message");
  }
  return {};
}

}  // namespace batscope::ui
