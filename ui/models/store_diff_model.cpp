#include "models/store_diff_model.h"

#include <QColor>
#include <QFont>

#include <algorithm>

#include "number_text.h"

namespace batscope::ui {

StoreDiffModel::StoreDiffModel(QObject* parent) : QAbstractTableModel(parent) {}

void StoreDiffModel::setDiff(std::shared_ptr<const StoreDiff> diff) {
  beginResetModel();
  diff_ = std::move(diff);
  order_.clear();
  if (diff_) {
    for (size_t i = 0; i < diff_->entities.size(); ++i) order_.push_back(i);
    std::stable_sort(order_.begin(), order_.end(), [this](size_t a, size_t b) {
      const bool da = diff_->entities[a].verdict != EntityDiff::Verdict::Identical;
      const bool db = diff_->entities[b].verdict != EntityDiff::Verdict::Identical;
      return da > db;
    });
  }
  endResetModel();
}

const EntityDiff* StoreDiffModel::entityAt(int row) const {
  if (!diff_ || row < 0 || size_t(row) >= order_.size()) return nullptr;
  return &diff_->entities[order_[size_t(row)]];
}

QString StoreDiffModel::verdictText(EntityDiff::Verdict v) {
  switch (v) {
    case EntityDiff::Verdict::Identical: return tr("identical");
    case EntityDiff::Verdict::BExtendsA: return tr("B extends A");
    case EntityDiff::Verdict::AExtendsB: return tr("A extends B");
    case EntityDiff::Verdict::Diverged: return tr("diverged");
    case EntityDiff::Verdict::OnlyInA: return tr("only in A");
    case EntityDiff::Verdict::OnlyInB: return tr("only in B");
  }
  return {};
}

int StoreDiffModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(order_.size()); }
int StoreDiffModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StoreDiffModel::data(const QModelIndex& index, int role) const {
  const EntityDiff* e = index.isValid() ? entityAt(index.row()) : nullptr;
  if (!e) return {};
  if (role == VerdictRole) return int(e->verdict);
  if (role == Qt::ForegroundRole && index.column() == Verdict) {
    switch (e->verdict) {
      case EntityDiff::Verdict::Identical: return QColor(0x1e, 0x7d, 0x38);
      case EntityDiff::Verdict::Diverged: return QColor(0xd0, 0x30, 0x30);
      default: return QColor(0xc8, 0x8a, 0x2e);
    }
  }
  if (role == Qt::TextAlignmentRole && (index.column() == EventsA || index.column() == EventsB || index.column() == Position))
    return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Entity: return QString::fromStdString(e->entity);
    case Verdict: return verdictText(e->verdict);
    case EventsA: return grouped(e->eventsA);
    case EventsB: return grouped(e->eventsB);
    case Position:
      return e->verdict == EntityDiff::Verdict::Identical || e->verdict == EntityDiff::Verdict::OnlyInA ||
                     e->verdict == EntityDiff::Verdict::OnlyInB
                 ? QVariant()
                 : QVariant(grouped(e->commonPrefix));
    case Difference:
      if (e->difference == "event id") return tr("event id");
      if (e->difference == "hashes") return tr("hashes");
      if (e->difference == "frame bytes") return tr("frame bytes");
      return {};
  }
  return {};
}

QVariant StoreDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Entity: return tr("Entity");
    case Verdict: return tr("Verdict");
    case EventsA: return tr("Events in A");
    case EventsB: return tr("Events in B");
    case Position: return tr("From position");
    case Difference: return tr("What differs");
  }
  return {};
}

EventPairModel::EventPairModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventPairModel::setFields(std::vector<DiffField> fields) {
  beginResetModel();
  fields_ = std::move(fields);
  endResetModel();
}

int EventPairModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(fields_.size()); }
int EventPairModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventPairModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || size_t(index.row()) >= fields_.size()) return {};
  const DiffField& f = fields_[size_t(index.row())];
  if (role == DiffersRole) return f.differs;
  if (role == Qt::FontRole && index.column() != Field) {
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setBold(f.differs);
    return mono;
  }
  if (role == Qt::BackgroundRole && f.differs) return QColor(0xd0, 0x30, 0x30, 60);
  if (role == Qt::ToolTipRole && index.column() != Field)
    return QString::fromStdString(index.column() == ValueA ? f.a : f.b);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Field: return QString::fromStdString(f.name);
    case ValueA: return QString::fromStdString(f.a);
    case ValueB: return QString::fromStdString(f.b);
  }
  return {};
}

QVariant EventPairModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Field: return tr("Field");
    case ValueA: return tr("A");
    case ValueB: return tr("B");
  }
  return {};
}

}  // namespace batscope::ui
