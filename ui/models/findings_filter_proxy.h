// The warnings table's filter: the findings of one severity (or all) whose category, file or
// message contains a text (case-insensitive).
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace batscope::ui {

class FindingsFilterProxy : public QSortFilterProxyModel {
 public:
  using QSortFilterProxyModel::QSortFilterProxyModel;

  void setSeverity(int severity);  // -1: all
  void setText(const QString& text);

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  int severity_ = -1;
  QString text_;
};

}  // namespace batscope::ui
