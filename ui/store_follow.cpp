#include "store_follow.h"

#include <QtConcurrent>

namespace batscope::ui {

StoreFollow::StoreFollow(QObject* parent) : QObject(parent) {
  timer_.setInterval(250);
  connect(&timer_, &QTimer::timeout, this, &StoreFollow::pollNow);
}

StoreFollow::~StoreFollow() {
  timer_.stop();
  if (watcher_) watcher_->waitForFinished();
}

void StoreFollow::start(const QString& dir) {
  stop();
  path_ = dir;
  follower_ = std::make_shared<StoreFollower>(dir.toStdString());
  baseline_ = true;
  timer_.start();
  pollNow();
}

void StoreFollow::stop() {
  timer_.stop();
  follower_.reset();  // a poll under way keeps its own reference and is then ignored
}

void StoreFollow::pollNow() {
  // One poll at a time, until its result was handled: a watcher deleted between its future
  // finishing and its finished() reaching us would lose an update for good.
  if (!follower_ || polling_) return;
  polling_ = true;
  auto follower = follower_;
  delete watcher_;
  watcher_ = new QFutureWatcher<std::shared_ptr<FollowUpdate>>(this);
  connect(watcher_, &QFutureWatcher<std::shared_ptr<FollowUpdate>>::finished, this, [this, follower] {
    polling_ = false;
    const std::shared_ptr<FollowUpdate> u = watcher_->result();
    if (follower != follower_ || !u) return;  // stopped or restarted meanwhile
    if (u->error) {
      emit waiting(QString::fromStdString(u->error->toString()));
      return;
    }
    if (!u->changed) return;
    const bool baseline = baseline_;
    baseline_ = false;
    emit updated(u, baseline ? 0 : qulonglong(u->newRows.size()));
  });
  watcher_->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), [follower] {
    StoreFollower& f = *follower;
    return std::make_shared<FollowUpdate>(f.poll());
  }));
}

}  // namespace batscope::ui
