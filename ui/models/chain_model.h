// The hash-chain table: one row per entity of the open store's ChainReport (hash_chain.h),
// with its status, link counts and first break. Empty until the session's background phase
// has verified the chains; updated when they are checked again or extended (a followed
// store), reset when the store closes.
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <cstdint>
#include <memory>
#include <vector>

#include "batscope/analysis/hash_chain.h"
#include "status_style.h"

namespace batscope::ui {

class StoreSession;

class ChainModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Entity, Status, Links, Restarts, UnhashedLinks, FirstBreak, ColumnCount };
  enum Role {
    StatusRole = Qt::UserRole + 1,  // int: EntityChain::Status
    EntityRole,                     // QString
    FirstBreakSequenceRole,         // qulonglong, or invalid when the chain has no break
    SortRole,                       // a value that sorts the column naturally (numbers as numbers)
  };

  // Follows `session` (may be null: then setReport() alone feeds the model).
  explicit ChainModel(StoreSession* session, QObject* parent = nullptr);

  // Shows `report` (nullptr empties the model). The model keeps the report alive. A report
  // with the same entities and maybe more (a followed store's chains grew, or checked again)
  // updates the rows and inserts the new ones, so that a selection and the scroll position
  // stay; any other resets the model.
  void setReport(std::shared_ptr<const ChainReport> report);
  const ChainReport* report() const { return report_.get(); }

  const EntityChain& chain(int row) const { return *rows_[size_t(row)]; }
  // The row of `entity`, or -1 (entities are sorted by name: a binary search).
  int rowOfEntity(std::string_view entity) const;

  int countWithStatus(EntityChain::Status status) const;

  // 0 broken, 1 unhashed, 2 verified: the Status column sorts broken chains first.
  static int statusRank(EntityChain::Status status);
  static QString statusText(EntityChain::Status status);
  static StatusTone statusTone(EntityChain::Status status);
  static QColor statusColor(EntityChain::Status status);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  void refresh();

  QPointer<StoreSession> session_;
  std::shared_ptr<const ChainReport> report_;
  // The rows, in name order: report_'s entities, but while setReport() inserts new ones a
  // mix of the previous report's and the new one's.
  std::vector<const EntityChain*> rows_;
};

}  // namespace batscope::ui
