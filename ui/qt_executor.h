// The engine's Executor on a QThreadPool: restore planning's parallel phases run on the
// application's pool, never on the GUI thread.
#pragma once

#include <QThreadPool>

#include "batscope/base/executor.h"

namespace batscope::ui {

// The pool Batscope's own long work runs on (restores, the background checks, filters,
// exports, archives), as many threads as cores. Not Qt's global pool: Qt's raster painting
// fills and converts images on that one (qdrawhelper) and waits for it, so work that holds
// its threads for seconds held a paint of the window for as long.
QThreadPool* workPool();

class QtExecutor final : public Executor {
 public:
  explicit QtExecutor(QThreadPool* pool = workPool()) : pool_(pool) {}
  void parallelFor(size_t n, const std::function<void(size_t)>& fn) override;
  size_t concurrency() const override { return size_t(std::max(1, pool_->maxThreadCount())); }

 private:
  QThreadPool* pool_;
};

}  // namespace batscope::ui
