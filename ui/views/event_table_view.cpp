#include "views/event_table_view.h"

#include <QHeaderView>
#include <QMenu>

#include "models/event_table_model.h"

namespace batscope::ui {

EventTableView::EventTableView(EventTableModel* model, QWidget* parent) : QTableView(parent) {
  setObjectName(QStringLiteral("EventTable"));
  setModel(model);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setSortingEnabled(true);
  sortByColumn(EventTableModel::Sequence, Qt::AscendingOrder);
  setWordWrap(false);
  setAlternatingRowColors(true);
  setShowGrid(false);
  verticalHeader()->hide();
  // Uniform row heights: the view never measures rows, so 1,000,000 rows scroll smoothly.
  verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  horizontalHeader()->setSectionsMovable(true);
  horizontalHeader()->setHighlightSections(false);
  horizontalHeader()->setStretchLastSection(true);
  horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
  const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
  const int widths[] = {9, 24, 16, 12, 10, 9, 34, 34, 34, 16};
  for (int c = 0; c < EventTableModel::ColumnCount; ++c) setColumnWidth(c, widths[c] * digit + 12);
  connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &EventTableView::showColumnMenu);
}

void EventTableView::showColumnMenu(const QPoint& pos) {
  QMenu menu(this);
  for (int c = 0; c < model()->columnCount(); ++c) {
    QAction* a = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
    a->setCheckable(true);
    a->setChecked(!isColumnHidden(c));
    connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
  }
  menu.exec(horizontalHeader()->mapToGlobal(pos));
}

}  // namespace batscope::ui
