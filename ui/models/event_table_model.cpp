#include "event_table_model.h"

#include "status_style.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <optional>

#include "batscope/format/event_frame.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/restore/index.h"

namespace batscope::ui {

static_assert(int(EventTableModel::ChainFork) == int(ChainCells::Fork) &&
              int(EventTableModel::ChainUnhashed) == int(ChainCells::Unhashed) &&
              int(EventTableModel::ChainAfterBreak) == int(ChainCells::AfterBreak) &&
              int(EventTableModel::ChainBroken) == int(ChainCells::Broken) &&
              int(EventTableModel::ChainVerified) == int(ChainCells::Verified) &&
              int(EventTableModel::ChainPending) == int(ChainCells::Pending),
              "the table's chain cells are ChainCells' values");

EventTableModel::EventTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventTableModel::setRows(const batscope::Index* index, std::vector<uint32_t> rows) {
  setRows(std::shared_ptr<const batscope::Index>(), index, std::move(rows));
}

void EventTableModel::setRows(std::shared_ptr<const batscope::Index> index, std::vector<uint32_t> rows) {
  const batscope::Index* raw = index.get();
  setRows(std::move(index), raw, std::move(rows));
}

void EventTableModel::setRows(std::shared_ptr<const batscope::Index> owner, const batscope::Index* index,
                              std::vector<uint32_t> rows) {
  ++generation_;  // a sort still running is for rows that are gone
  const bool wasSorting = sorting_;
  sorting_ = false;
  beginResetModel();
  owner_ = std::move(owner);
  index_ = index;
  rows_ = std::move(rows);  // in index order, which is global sequence order
  sortColumn_ = Sequence;
  sortOrder_ = Qt::AscendingOrder;
  chainCells_ = ChainCells{};
  reverseValid_ = false;
  endResetModel();
  if (wasSorting) emit sortFinished();
}

void EventTableModel::clear() { setRows(std::shared_ptr<const batscope::Index>(), nullptr, {}); }

bool EventTableModel::appendRows(std::shared_ptr<const batscope::Index> index, const std::vector<uint32_t>& more) {
  if (!index || !index_ || !isInSequenceOrder() || index->entryCount() < index_->entryCount()) return false;
  std::optional<uint32_t> last = rows_.empty() ? std::nullopt : std::optional<uint32_t>(rows_.back());
  for (uint32_t row : more) {  // past the rows shown, in order
    if (row >= index->entryCount() || (last && row <= *last)) return false;
    last = row;
  }
  owner_ = std::move(index);
  index_ = owner_.get();
  reverseValid_ = false;
  if (more.empty()) return true;
  beginInsertRows({}, int(rows_.size()), int(rows_.size() + more.size()) - 1);
  rows_.insert(rows_.end(), more.begin(), more.end());
  endInsertRows();
  return true;
}

void EventTableModel::setChainReport(const batscope::ChainReport* report, size_t checkedRows) {
  chainCells_ = index_ ? ChainCells(*index_, report, checkedRows) : ChainCells{};
  if (!rows_.empty()) emit dataChanged(this->index(0, Chain), this->index(int(rows_.size()) - 1, Chain));
}

void EventTableModel::setUtcTime(bool utc) {
  if (utc == utc_) return;
  utc_ = utc;
  if (!rows_.empty()) emit dataChanged(this->index(0, Time), this->index(int(rows_.size()) - 1, Time));
  emit headerDataChanged(Qt::Horizontal, Time, Time);
}

int EventTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int EventTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EventTableModel::kindText(uint16_t kind) {
  const char* name = batscope::systemKindName(kind);
  if (*name) return QString::fromLatin1(name);
  return QStringLiteral("%1:%2").arg(kind >> 12).arg(kind & 0x0fff);
}

EventTableModel::ChainCell EventTableModel::chainCell(uint32_t row) const {
  return ChainCell(chainCells_.cell(*index_, row));
}

bool EventTableModel::sharesSequence(uint32_t row) const {
  const auto& dups = index_->duplicateSequences();
  return !dups.empty() && std::binary_search(dups.begin(), dups.end(), index_->entry(row).globalSequence) &&
         index_->isVisible(row);
}

static QString hex(const Id128& id) { return QString::fromStdString(hexEncode(id)); }

QVariant EventTableModel::data(const QModelIndex& idx, int role) const {
  if (!idx.isValid() || !index_ || idx.row() < 0 || size_t(idx.row()) >= rows_.size()) return {};
  const uint32_t row = rows_[size_t(idx.row())];
  const IndexEntry& e = index_->entry(row);
  switch (role) {
    case IndexRowRole: return QVariant::fromValue(row);
    case GlobalSequenceRole: return QVariant::fromValue<qulonglong>(e.globalSequence);
    case EventIdRole: return hex(index_->eventId(row));
    case ChainStatusRole: return int(chainCell(row));
    case Qt::TextAlignmentRole:
      if (idx.column() == Sequence) return int(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    case Qt::ToolTipRole:
      if (idx.column() == Chain) {
        switch (chainCell(row)) {
          case ChainPending: return tr("Hash chain not verified yet");
          case ChainVerified: return tr("This link of the entity's BLAKE3 chain verifies");
          case ChainBroken: return tr("First broken link of this entity's chain");
          case ChainAfterBreak: return tr("After the entity's first broken link");
          case ChainUnhashed: return tr("Written without hashes (blake3 feature off)");
          case ChainFork: return tr("Fork: this link's prev_hash names an older link of the entity, not the one "
                                    "written just before it (batpak does this around visibility fences)");
        }
      }
      if (idx.column() == Sequence && sharesSequence(row))
        return tr("Global sequence %1 is carried by more than one event: batpak reuses numbers after a "
                  "compaction. Events are told apart by their id.")
            .arg(e.globalSequence);
      if (idx.column() == Kind) return tr("raw kind 0x%1").arg(e.kind, 4, 16, QLatin1Char('0'));
      return {};
    case Qt::ForegroundRole:
      if (idx.column() == Chain) {
        switch (chainCell(row)) {
          case ChainBroken: return toneColor(StatusTone::Bad);
          case ChainVerified: return toneColor(StatusTone::Good);
          case ChainAfterBreak: return toneColor(StatusTone::Warning);
          case ChainFork: return toneColor(StatusTone::Fork);
          default: return {};
        }
      }
      return {};
    case Qt::FontRole:
      if (idx.column() == EventId || idx.column() == Correlation || idx.column() == Causation) {
        QFont f = QFont(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
      }
      return {};
    case Qt::DisplayRole:
      break;
    default:
      return {};
  }
  switch (idx.column()) {
    case Sequence:
      // A shared number gets a mark: it is not a key (FORMAT.md §7).
      if (sharesSequence(row)) return QStringLiteral("%1 ≡").arg(e.globalSequence);
      return QVariant::fromValue<qulonglong>(e.globalSequence);
    case Time: {
      const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(e.wallMs), utc_ ? Qt::UTC : Qt::LocalTime);
      return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }
    case Entity: return QString::fromUtf8(index_->entity(row).data(), qsizetype(index_->entity(row).size()));
    case Scope: return QString::fromUtf8(index_->scope(row).data(), qsizetype(index_->scope(row).size()));
    case Kind: return kindText(e.kind);
    case EventId: return hex(index_->eventId(row));
    case Correlation: {
      const Id128 c = index_->correlationId(row);
      return c == index_->eventId(row) ? tr("(self)") : hex(c);
    }
    case Causation: {
      const auto c = index_->causationId(row);
      return c ? hex(*c) : QString();
    }
    case Chain:
      switch (chainCell(row)) {
        case ChainPending: return QStringLiteral("…");
        case ChainVerified: return QStringLiteral("✔");
        case ChainBroken: return QStringLiteral("✘ ") + tr("broken");
        case ChainAfterBreak: return QStringLiteral("⚠");
        case ChainUnhashed: return QStringLiteral("—");
        case ChainFork: return QStringLiteral("✔ ⑂");
      }
      return {};
    case Location:
      return QStringLiteral("%1 @%2").arg(e.segmentId).arg(e.offset);
  }
  return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Sequence: return tr("Seq");
    case Time: return utc_ ? tr("Time (UTC)") : tr("Time");
    case Entity: return tr("Entity");
    case Scope: return tr("Scope");
    case Kind: return tr("Kind");
    case EventId: return tr("Event ID");
    case Correlation: return tr("Correlation");
    case Causation: return tr("Causation");
    case Chain: return tr("Chain");
    case Location: return tr("Segment @ offset");
  }
  return {};
}

// Sorts get a thread of their own: on the global pool they would queue behind the background
// phase (true view, chains), which takes both threads for seconds on a large store.
static QThreadPool* sortPool() {
  static QThreadPool* pool = [] {
    auto* p = new QThreadPool;
    p->setMaxThreadCount(1);
    return p;
  }();
  return pool;
}

void EventTableModel::sort(int column, Qt::SortOrder order) {
  if (!index_ || rows_.empty()) return;
  const uint64_t generation = ++generation_;
  sortColumn_ = column;
  sortOrder_ = order;
  if (!owner_ || rows_.size() < asyncSortRows_) {
    applyOrder(orderedRows(*index_, rows_, column, order, chainCells_));
    return;
  }
  // A million rows take about a second to sort: on the pool, with copies of what the order
  // depends on, while the table keeps painting the old order.
  sorting_ = true;
  emit sortStarted();
  QPointer<EventTableModel> self(this);
  auto job = [self, generation, owner = owner_, rows = rows_, column, order, chains = chainCells_]() mutable {
    std::vector<uint32_t> sorted = orderedRows(*owner, std::move(rows), column, order, chains);
    QMetaObject::invokeMethod(self, [self, generation, sorted = std::move(sorted)]() mutable {
      if (!self || self->generation_ != generation) return;  // rows replaced or sorted again since
      self->sorting_ = false;
      self->applyOrder(std::move(sorted));
      emit self->sortFinished();
    }, Qt::QueuedConnection);
  };
  sortPool()->start(std::move(job));
}

void EventTableModel::applyOrder(std::vector<uint32_t> sorted) {
  emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
  const QModelIndexList before = persistentIndexList();
  std::vector<uint32_t> oldRows;
  oldRows.reserve(size_t(before.size()));
  for (const QModelIndex& p : before) oldRows.push_back(rows_[size_t(p.row())]);
  rows_ = std::move(sorted);
  reverseValid_ = false;
  QModelIndexList after;
  after.reserve(before.size());
  for (qsizetype i = 0; i < before.size(); ++i) {
    const int r = tableRowOf(oldRows[size_t(i)]);
    after.push_back(r < 0 ? QModelIndex() : this->index(r, before[i].column()));
  }
  changePersistentIndexList(before, after);
  emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventTableModel::rebuildReverse() const {
  reverse_.assign(index_ ? index_->entryCount() : 0, -1);
  for (size_t i = 0; i < rows_.size(); ++i) reverse_[rows_[i]] = int32_t(i);
  reverseValid_ = true;
}

int EventTableModel::tableRowOf(uint32_t indexRow) const {
  if (!index_) return -1;
  if (!reverseValid_) rebuildReverse();
  return indexRow < reverse_.size() ? reverse_[indexRow] : -1;
}

}  // namespace batscope::ui
