// File → Follow Changes: the open data directory polled every 250 ms on the QThreadPool
// (StoreFollower, read-only) while a writer appends; each change is handed to the window,
// which swaps it into the session keeping the filter, the selection and the scroll position.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

#include "batscope/restore/store_follower.h"

namespace batscope::ui {

class StoreFollow : public QObject {
  Q_OBJECT
 public:
  explicit StoreFollow(QObject* parent = nullptr);
  ~StoreFollow() override;

  // Starts following `dir` (the store open now: its first poll is the baseline, not news).
  void start(const QString& dir);
  void stop();
  bool isFollowing() const { return timer_.isActive(); }
  QString path() const { return path_; }

 signals:
  // A poll found the store changed: `newEvents` visible events not shown before.
  void updated(std::shared_ptr<const FollowUpdate> update, qulonglong newEvents);
  void waiting(const QString& message);  // the store does not open right now

 private:
  void pollNow();

  QString path_;
  QTimer timer_;
  std::shared_ptr<StoreFollower> follower_;
  QFutureWatcher<std::shared_ptr<FollowUpdate>>* watcher_ = nullptr;
  bool baseline_ = true;
  bool polling_ = false;  // a poll is under way or its result not yet handled
};

}  // namespace batscope::ui
