// The warnings panel: every finding of the open store in a sortable table, narrowed by a
// severity combo and a text field (category, file or message). Activating a finding with an
// event selects that event; one with only a segment file and offset filters to the segment.
// Below the table, the selected finding in full and a button that shows the bytes it points at.
#pragma once

#include <QPointer>
#include <QWidget>

#include "batscope/base/findings.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace batscope::ui {

class FindingsModel;
class StoreSession;
class ViewState;

class WarningsView : public QWidget {
  Q_OBJECT
 public:
  // The severity combo's entries, in order.
  enum SeverityFilter { AllSeverities, ErrorsOnly, WarningsOnly, InfoOnly };

  WarningsView(StoreSession* session, ViewState* viewState, QWidget* parent = nullptr);

  // How many findings of `severity` the store has (unfiltered): for the status bar.
  int count(Finding::Severity severity) const;
  FindingsModel* model() const { return model_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }
  QTableView* table() const { return table_; }

 signals:
  void countsChanged();
  // "Show bytes": the selected finding's file and offset, for a hex view of that place.
  void showBytesRequested(const QString& file, quint64 offset);

 public slots:
  void setSeverityFilter(int filter);  // a SeverityFilter
  void setTextFilter(const QString& text);
  // Acts on a row of the table (proxy index): selects its event, or filters to its segment.
  void activateFinding(const QModelIndex& proxyIndex);
  void showFinding(const QModelIndex& proxyIndex);
  // Re-reads the session's findings.
  void refresh();

 private:
  void updateSummary();

  QPointer<StoreSession> session_;
  QPointer<ViewState> viewState_;
  FindingsModel* model_ = nullptr;
  QSortFilterProxyModel* proxy_ = nullptr;
  QTableView* table_ = nullptr;
  QLineEdit* textFilter_ = nullptr;
  QComboBox* severity_ = nullptr;
  QLabel* summary_ = nullptr;
  QLabel* details_ = nullptr;  // the selected finding, whole
  QPushButton* showBytes_ = nullptr;
};

}  // namespace batscope::ui
