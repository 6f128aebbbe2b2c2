// File → Follow Changes: the open data directory polled on the QThreadPool (StoreFollower,
// read-only) while a writer appends: at once when inotify (QFileSystemWatcher, on the
// directory and its newest segment) reports a change, and every 250 ms in any case, for file
// systems that report nothing. Each change is handed to the window, which swaps it into the
// session keeping the filter, the selection and the scroll position.
#pragma once

#include <QFileSystemWatcher>
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

  // Starts following `dir`, the store open now: `shown` is batpak's index of it as shown, which
  // the first poll is compared with (StoreFollower). Without it, the first poll is the
  // baseline, not news.
  void start(const QString& dir, std::shared_ptr<const batscope::Index> shown = nullptr);
  void stop();
  bool isFollowing() const { return timer_.isActive(); }
  QString path() const { return path_; }
  // The polling fallback's interval (250 ms unless set; tests lengthen it to see inotify work).
  void setFallbackInterval(int ms) { timer_.setInterval(ms); }

 signals:
  // A poll found the store changed: `newEvents` visible events not shown before.
  void updated(std::shared_ptr<const FollowUpdate> update, qulonglong newEvents);
  void waiting(const QString& message);  // the store does not open right now

 private:
  void pollNow();
  void pollSoon();             // a change was reported: poll once the burst of reports settles
  void watchNewestSegment(const DataDir& dir);

  QString path_;
  QTimer timer_;
  QTimer soon_;  // single shot: reports come in bursts while a writer appends
  QFileSystemWatcher files_;
  QString watchedSegment_;
  std::shared_ptr<StoreFollower> follower_;
  QFutureWatcher<std::shared_ptr<FollowUpdate>>* watcher_ = nullptr;
  bool baseline_ = true;
  bool polling_ = false;  // a poll is under way or its result not yet handled
  bool pollAgain_ = false;  // a change was reported while polling
};

}  // namespace batscope::ui
