// The display-filter bar: an editable combo with history and completion (field names,
// entity and scope names), Apply and Clear, and "N of M events" beside it. An invalid
// expression turns it red and a banner under it says where and why, and that the table
// still shows the last valid filter's rows. Applying sets ViewState's filter.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QCompleter;
class QStringListModel;
class QToolButton;

namespace batscope::ui {

class StoreSession;
class ViewState;

class FilterBar : public QWidget {
  Q_OBJECT
 public:
  FilterBar(StoreSession* session, ViewState* state, QWidget* parent = nullptr);

  QString text() const;
  void setText(const QString& text);
  void focusFilter();
  // "N of M events" beside the bar (empty when no store is open).
  void setCounts(const QString& text);
  QString errorText() const;  // the banner's text; empty when the filter parses

 public slots:
  void apply();
  void clear();

 private:
  void validate();
  void updateCompletions(const QString& text);

  StoreSession* session_;
  ViewState* state_;
  QComboBox* combo_;
  QStringListModel* completions_;
  QCompleter* completer_;
  QToolButton* applyButton_;
  QToolButton* clearButton_;
  QLabel* count_;
  QLabel* banner_;
};

}  // namespace batscope::ui
