#include "models/chain_model.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

#include <algorithm>

#include "number_text.h"
#include "batscope/base/bytes.h"
#include "status_style.h"
#include "store_session.h"

namespace batscope::ui {

ChainModel::ChainModel(StoreSession* session, QObject* parent) : QAbstractTableModel(parent), session_(session) {
  if (session) {
    connect(session, &StoreSession::backgroundFinished, this, &ChainModel::refresh);
    connect(session, &StoreSession::chainsChanged, this, &ChainModel::refresh);
    connect(session, &StoreSession::closed, this, [this] { setReport(nullptr); });
    refresh();
  }
}

void ChainModel::refresh() {
  const BackgroundResults* bg = session_ ? session_->background() : nullptr;
  setReport(bg ? bg->chains : nullptr);
}

namespace {

// Whether `now` holds every entity of `was` (both in name order), so that going from one to
// the other only inserts rows.
bool holdsEvery(const ChainReport& was, const ChainReport& now) {
  size_t j = 0;
  for (const EntityChain& c : was.entities) {
    while (j < now.entities.size() && now.entities[j].entity < c.entity) ++j;
    if (j == now.entities.size() || now.entities[j].entity != c.entity) return false;
    ++j;
  }
  return true;
}

}  // namespace

void ChainModel::setReport(std::shared_ptr<const ChainReport> report) {
  if (report == report_) return;
  if (!report_ || !report || !holdsEvery(*report_, *report)) {
    beginResetModel();
    report_ = std::move(report);
    rows_.clear();
    if (report_)
      for (const EntityChain& c : report_->entities) rows_.push_back(&c);
    endResetModel();
    return;
  }
  // The new entities, a run at a time where they fall in name order; the previous report's
  // rows are read until every row is the new report's.
  const std::shared_ptr<const ChainReport> previous = std::move(report_);
  report_ = std::move(report);
  const std::vector<EntityChain>& now = report_->entities;
  size_t row = 0;
  for (size_t j = 0; j < now.size();) {
    if (row < rows_.size() && rows_[row]->entity == now[j].entity) {
      rows_[row++] = &now[j++];
      continue;
    }
    size_t end = j;
    while (end < now.size() && (row == rows_.size() || now[end].entity != rows_[row]->entity)) ++end;
    beginInsertRows({}, int(row), int(row + (end - j) - 1));
    for (size_t k = j; k < end; ++k) rows_.insert(rows_.begin() + ptrdiff_t(row++), &now[k]);
    endInsertRows();
    j = end;
  }
  if (!rows_.empty()) emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

int ChainModel::rowOfEntity(std::string_view entity) const {
  const auto it = std::lower_bound(rows_.begin(), rows_.end(), entity,
                                   [](const EntityChain* c, std::string_view e) { return c->entity < e; });
  if (it != rows_.end() && (*it)->entity == entity) return int(it - rows_.begin());
  // The report promises name order; fall back to a scan should that ever not hold.
  for (size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i]->entity == entity) return int(i);
  return -1;
}

int ChainModel::countWithStatus(EntityChain::Status status) const {
  return int(std::count_if(rows_.begin(), rows_.end(), [status](const EntityChain* c) { return c->status == status; }));
}

// Status order when sorted ascending: what needs looking at first.
int ChainModel::statusRank(EntityChain::Status status) {
  switch (status) {
    case EntityChain::Status::Broken: return 0;
    case EntityChain::Status::Unhashed: return 1;
    case EntityChain::Status::Verified: return 2;
  }
  return 3;
}

QString ChainModel::statusText(EntityChain::Status status) {
  switch (status) {
    case EntityChain::Status::Verified: return tr("verified");
    case EntityChain::Status::Broken: return tr("broken");
    case EntityChain::Status::Unhashed: return tr("unhashed");
  }
  return {};
}

StatusTone ChainModel::statusTone(EntityChain::Status status) {
  switch (status) {
    case EntityChain::Status::Verified: return StatusTone::Good;
    case EntityChain::Status::Broken: return StatusTone::Bad;
    case EntityChain::Status::Unhashed: return StatusTone::Neutral;
  }
  return StatusTone::Neutral;
}

QColor ChainModel::statusColor(EntityChain::Status status) { return toneColor(statusTone(status)); }

int ChainModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(rows_.size());
}

int ChainModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChainModel::data(const QModelIndex& idx, int role) const {
  if (!idx.isValid() || !report_ || idx.row() < 0 || idx.row() >= rowCount() || idx.column() >= ColumnCount) return {};
  const EntityChain& c = chain(idx.row());
  switch (role) {
    case StatusRole: return int(c.status);
    case EntityRole: return QString::fromStdString(c.entity);
    case FirstBreakSequenceRole:
      return c.firstBreak ? QVariant::fromValue<qulonglong>(c.firstBreak->globalSequence) : QVariant();
    case SortRole:
      switch (idx.column()) {
        case Entity: return QString::fromStdString(c.entity);
        case Status: return statusRank(c.status);
        case Links: return QVariant::fromValue<qulonglong>(c.links);
        case Restarts: return QVariant::fromValue<qulonglong>(c.restarts);
        case UnhashedLinks: return QVariant::fromValue<qulonglong>(c.unhashedLinks);
        case FirstBreak:
          return QVariant::fromValue<qulonglong>(c.firstBreak ? c.firstBreak->globalSequence : UINT64_MAX);
      }
      return {};
    case Qt::DecorationRole:
      if (idx.column() == Status) return toneIcon(statusTone(c.status));
      return {};
    case Qt::ForegroundRole:
      if (idx.column() == FirstBreak && c.firstBreak) return statusColor(EntityChain::Status::Broken);
      return {};
    case Qt::TextAlignmentRole:
      if (idx.column() == Links || idx.column() == Restarts || idx.column() == UnhashedLinks)
        return int(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    case Qt::ToolTipRole:
      switch (idx.column()) {
        case Status:
          switch (c.status) {
            case EntityChain::Status::Verified:
              return tr("Every link's event_hash is BLAKE3 of its payload and its prev_hash the previous link's event_hash");
            case EntityChain::Status::Broken: return c.breakCount == 1 ? tr("1 broken link") : tr("%1 broken links; the first is shown").arg(grouped(c.breakCount));
            case EntityChain::Status::Unhashed: return tr("Written without hashes (batpak's blake3 feature off)");
          }
          return {};
        case Restarts: return tr("Links that restart the chain at genesis (zero prev_hash, clock 0), as batpak does around visibility fences");
        case FirstBreak:
          if (!c.firstBreak) return {};
          return tr("%1 @%2 — %3")
              .arg(QString::fromStdString(c.firstBreak->file))
              .arg(c.firstBreak->offset)
              .arg(QString::fromStdString(c.firstBreak->reason));
        default: return {};
      }
    case Qt::DisplayRole:
      switch (idx.column()) {
        case Entity: return QString::fromStdString(c.entity);
        case Status: return statusText(c.status);
        case Links: return grouped(c.links);
        case Restarts: return grouped(c.restarts);
        case UnhashedLinks: return grouped(c.unhashedLinks);
        case FirstBreak:
          if (!c.firstBreak) return {};
          return tr("#%1 · %2").arg(c.firstBreak->globalSequence).arg(QString::fromStdString(c.firstBreak->reason));
      }
      return {};
    default:
      return {};
  }
}

QVariant ChainModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
  if (role == Qt::DisplayRole) {
    switch (section) {
      case Entity: return tr("Entity");
      case Status: return tr("Status");
      case Links: return tr("Links");
      case Restarts: return tr("Restarts");
      case UnhashedLinks: return tr("Unhashed");
      case FirstBreak: return tr("First break");
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case Links: return tr("Chain links: the entity's events in log order, hidden ones included");
      case UnhashedLinks: return tr("Links whose prev_hash and event_hash are all zero");
      case FirstBreak: return tr("Global sequence and reason of the first link that does not verify");
      default: return {};
    }
  }
  return {};
}

}  // namespace batscope::ui
