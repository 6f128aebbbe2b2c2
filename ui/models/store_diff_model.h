// The models of Compare Stores: each entity's verdict (StoreDiffModel, the differing ones
// first) and two events' fields side by side (EventPairModel, the differing fields flagged).
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

#include "batscope/analysis/store_diff.h"

namespace batscope::ui {

class StoreDiffModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Entity, Verdict, EventsA, EventsB, Position, Difference, ColumnCount };
  enum Role { VerdictRole = Qt::UserRole + 1 };  // int(EntityDiff::Verdict)

  explicit StoreDiffModel(QObject* parent = nullptr);
  void setDiff(std::shared_ptr<const StoreDiff> diff);
  const EntityDiff* entityAt(int row) const;

  static QString verdictText(EntityDiff::Verdict v);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::shared_ptr<const StoreDiff> diff_;
  std::vector<size_t> order_;  // into diff_->entities: differing entities first, then by name
};

class EventPairModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Field, ValueA, ValueB, ColumnCount };
  enum Role { DiffersRole = Qt::UserRole + 1 };  // bool

  explicit EventPairModel(QObject* parent = nullptr);
  void setFields(std::vector<DiffField> fields);
  const std::vector<DiffField>& fields() const { return fields_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<DiffField> fields_;
};

}  // namespace batscope::ui
