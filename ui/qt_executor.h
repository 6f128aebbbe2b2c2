// The engine's Executor on a QThreadPool: restore planning's parallel phases run on the
// application's pool, never on the GUI thread.
#pragma once

#include <QThreadPool>

#include "batscope/base/executor.h"

namespace batscope::ui {

class QtExecutor final : public Executor {
 public:
  explicit QtExecutor(QThreadPool* pool = QThreadPool::globalInstance()) : pool_(pool) {}
  void parallelFor(size_t n, const std::function<void(size_t)>& fn) override;
  size_t concurrency() const override { return size_t(std::max(1, pool_->maxThreadCount())); }

 private:
  QThreadPool* pool_;
};

}  // namespace batscope::ui
