#include "store_follow.h"
#include "qt_executor.h"

#include <QDir>
#include <QtConcurrent>

namespace batscope::ui {

StoreFollow::StoreFollow(QObject* parent) : QObject(parent) {
  timer_.setInterval(250);
  connect(&timer_, &QTimer::timeout, this, &StoreFollow::pollNow);
  soon_.setSingleShot(true);
  soon_.setInterval(20);
  connect(&soon_, &QTimer::timeout, this, &StoreFollow::pollNow);
  connect(&files_, &QFileSystemWatcher::directoryChanged, this, &StoreFollow::pollSoon);
  connect(&files_, &QFileSystemWatcher::fileChanged, this, &StoreFollow::pollSoon);
}

StoreFollow::~StoreFollow() {
  timer_.stop();
  if (watcher_) watcher_->waitForFinished();
}

void StoreFollow::start(const QString& dir, std::shared_ptr<const batscope::Index> shown) {
  stop();
  path_ = dir;
  baseline_ = shown == nullptr;
  follower_ = std::make_shared<StoreFollower>(dir.toStdString(), nullptr, std::move(shown));
  timer_.start();
  files_.addPath(dir);  // new segment files (rotation), replaced snapshots; the newest
  pollNow();            // segment is watched once a poll has listed it
}

void StoreFollow::stop() {
  timer_.stop();
  soon_.stop();
  if (!files_.files().isEmpty()) files_.removePaths(files_.files());
  if (!files_.directories().isEmpty()) files_.removePaths(files_.directories());
  watchedSegment_.clear();
  follower_.reset();  // a poll under way keeps its own reference and is then ignored
}

void StoreFollow::pollSoon() {
  if (follower_ && !soon_.isActive()) soon_.start();
}

// The segment a writer appends to is the newest of those `dir` lists: its growth is what is
// reported most.
void StoreFollow::watchNewestSegment(const DataDir& dir) {
  const std::vector<SegmentFile>& segments = dir.segments();
  const QString newest =
      segments.empty() ? QString() : QDir(path_).filePath(QString::fromStdString(segments.back().name));
  if (newest == watchedSegment_) return;
  if (!watchedSegment_.isEmpty()) files_.removePath(watchedSegment_);
  watchedSegment_ = newest;
  if (!newest.isEmpty()) files_.addPath(newest);
}

void StoreFollow::pollNow() {
  // One poll at a time, until its result was handled: a watcher deleted between its future
  // finishing and its finished() reaching us would lose an update for good.
  if (!follower_) return;
  if (polling_) {  // once this poll is handled, another: the change may have come after it looked
    pollAgain_ = true;
    return;
  }
  polling_ = true;
  auto follower = follower_;
  delete watcher_;
  watcher_ = new QFutureWatcher<std::shared_ptr<FollowUpdate>>(this);
  connect(watcher_, &QFutureWatcher<std::shared_ptr<FollowUpdate>>::finished, this, [this, follower] {
    polling_ = false;
    const std::shared_ptr<FollowUpdate> u = watcher_->result();
    if (follower != follower_ || !u) return;  // stopped or restarted meanwhile
    if (u->changed && u->dir) watchNewestSegment(*u->dir);
    if (std::exchange(pollAgain_, false)) pollSoon();
    if (u->error) {
      emit waiting(QString::fromStdString(u->error->toString()));
      return;
    }
    if (!u->changed) return;
    const bool baseline = baseline_;
    baseline_ = false;
    emit updated(u, baseline ? 0 : qulonglong(u->newRows.size()));
  });
  watcher_->setFuture(QtConcurrent::run(workPool(), [follower] {
    StoreFollower& f = *follower;
    return std::make_shared<FollowUpdate>(f.poll());
  }));
}

}  // namespace batscope::ui
