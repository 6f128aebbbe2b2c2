#include "qt_executor.h"

#include <QCoreApplication>
#include <QSemaphore>

#include <atomic>

namespace batscope::ui {

QThreadPool* workPool() {
  // A child of the application, so that it waits for its work when the application goes, as
  // Qt's global pool does.
  static QThreadPool* pool = new QThreadPool(QCoreApplication::instance());
  return pool;
}

void QtExecutor::parallelFor(size_t n, const std::function<void(size_t)>& fn) {
  if (n == 0) return;
  // The calling thread (itself usually a pool thread) takes work too, and helpers are only
  // started where a thread is free right now (tryStart), so a busy pool cannot deadlock.
  std::atomic<size_t> next{0};
  const size_t wanted = std::min(n - 1, concurrency());
  QSemaphore done;
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) fn(i);
  };
  int started = 0;
  for (size_t h = 0; h < wanted; ++h) {
    if (!pool_->tryStart([&] {
          work();
          done.release();
        }))
      break;
    ++started;
  }
  work();
  done.acquire(started);
}

}  // namespace batscope::ui
