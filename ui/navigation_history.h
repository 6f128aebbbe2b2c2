// Back and Forward over what the user looked at, as a browser does: each step is a filter and
// the event current under it. Every change of either through the ViewState is a step (the
// changes of one turn of the event loop are one); back() and forward() put a step back into
// the ViewState. Knows nothing of widgets: the window binds Alt+Left/Right and the mouse's
// back and forward buttons to it.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace batscope::ui {

class ViewState;

class NavigationHistory : public QObject {
  Q_OBJECT
 public:
  static constexpr size_t kMaxSteps = 500;

  explicit NavigationHistory(ViewState* state, QObject* parent = nullptr);

  bool canGoBack() const { return at_ > 0; }
  bool canGoForward() const { return at_ + 1 < steps_.size(); }
  size_t size() const { return steps_.size(); }
  // A step is being put back (its filter's rows are not shown yet).
  bool isApplying() const { return applying_; }
  // Forgets every step (another store: its rows mean other events); the current state is
  // the first step again.
  void clear();
  // The rows of the current filter are shown: from now on, a change of the current event
  // is the user's (a new step), not the table picking a row for the new filter.
  void rowsShown();

 public slots:
  void back();
  void forward();

 signals:
  void changed();  // canGoBack() or canGoForward() may differ

 private:
  struct Step {
    QString filter;
    uint32_t row;
    bool operator==(const Step& o) const { return filter == o.filter && row == o.row; }
  };
  Step current() const;
  void schedule();
  void record();
  void go(size_t to);

  ViewState* state_;
  std::vector<Step> steps_;
  size_t at_ = 0;
  bool scheduled_ = false;
  bool filterPending_ = false;  // the filter changed; its rows are not shown yet
  bool applying_ = false;       // back()/forward() is putting a step back
};

}  // namespace batscope::ui
