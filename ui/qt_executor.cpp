#include "qt_executor.h"

#include <QSemaphore>

#include <atomic>

namespace batscope::ui {

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
