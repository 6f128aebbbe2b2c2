// The event table: one row per event, uniform row heights so a million rows scroll without
// measuring, movable columns, and a header menu that hides and shows columns.
#pragma once

#include <QTableView>

namespace batscope::ui {

class EventTableModel;

class EventTableView : public QTableView {
  Q_OBJECT

 public:
  EventTableView(EventTableModel* model, QWidget* parent = nullptr);

 private:
  void showColumnMenu(const QPoint& pos);
};

}  // namespace batscope::ui
