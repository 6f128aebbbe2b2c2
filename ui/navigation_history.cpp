#include "navigation_history.h"

#include <QTimer>

#include "view_state.h"

namespace batscope::ui {

NavigationHistory::NavigationHistory(ViewState* state, QObject* parent) : QObject(parent), state_(state) {
  steps_.push_back(current());
  connect(state_, &ViewState::filterChanged, this, [this] {
    filterPending_ = true;
    schedule();
  });
  connect(state_, &ViewState::currentRowChanged, this, [this] { schedule(); });
}

NavigationHistory::Step NavigationHistory::current() const { return Step{state_->filter(), state_->currentRow()}; }

void NavigationHistory::clear() {
  steps_.assign(1, current());
  at_ = 0;
  emit changed();
}

void NavigationHistory::rowsShown() {
  record();  // the event the table picked belongs to the filter's step
  filterPending_ = false;
  if (applying_) {
    // The step put back is shown; what the table picked (when the step's event is not among
    // the rows) is that step now.
    applying_ = false;
    steps_[at_] = current();
  }
}

void NavigationHistory::schedule() {
  if (applying_ || scheduled_) return;
  scheduled_ = true;
  QTimer::singleShot(0, this, [this] {
    scheduled_ = false;
    record();
  });
}

void NavigationHistory::record() {
  if (applying_) return;
  const Step now = current();
  if (now == steps_[at_]) return;
  // A filter just changed and the table is picking an event under it, or nothing was
  // selected yet: still the same step.
  const bool amend = (filterPending_ && now.filter == steps_[at_].filter) || steps_[at_].row == ViewState::kNoRow;
  if (amend || now.row == ViewState::kNoRow) {
    steps_[at_] = now;
    return;
  }
  steps_.resize(at_ + 1);  // a new step drops the ones ahead
  steps_.push_back(now);
  if (steps_.size() > kMaxSteps) steps_.erase(steps_.begin());
  at_ = steps_.size() - 1;
  emit changed();
}

void NavigationHistory::back() {
  record();  // a change still waiting for its turn is a step of its own
  if (canGoBack()) go(at_ - 1);
}

void NavigationHistory::forward() {
  record();
  if (canGoForward()) go(at_ + 1);
}

void NavigationHistory::go(size_t to) {
  at_ = to;
  const Step step = steps_[at_];
  applying_ = true;
  const bool newFilter = step.filter != state_->filter();
  // The event first: when the filter's rows arrive, the table keeps it if it is among them.
  state_->setCurrentRow(step.row);
  if (newFilter) state_->setFilter(step.filter);  // a step's filter parsed once already
  else applying_ = false;
  emit changed();
}

}  // namespace batscope::ui
