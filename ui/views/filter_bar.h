// The display-filter bar: an editable combo with history and completion (field names,
// entity and scope names), Apply and Clear; invalid expressions turn it red with the
// parser's message as tooltip. Applying sets ViewState's filter.
#pragma once

#include <QWidget>

class QComboBox;
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
};

}  // namespace batscope::ui
