// The small executor interface parallel restore work goes through: the UI hands the engine
// a QThreadPool-backed implementation, tests and the CLI a plain std::thread pool.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace batscope {

class Executor {
 public:
  virtual ~Executor() = default;
  // Runs fn(0) … fn(n-1), possibly concurrently, and returns when all have finished.
  // fn must not throw. Indexes are taken in increasing order, each by a thread that runs it
  // at once: fn(i) may wait for work fn(j < i) does (the true view's read-ahead bound).
  virtual void parallelFor(size_t n, const std::function<void(size_t)>& fn) = 0;
  virtual size_t concurrency() const = 0;
};

// Runs everything on the calling thread.
class InlineExecutor final : public Executor {
 public:
  void parallelFor(size_t n, const std::function<void(size_t)>& fn) override {
    for (size_t i = 0; i < n; ++i) fn(i);
  }
  size_t concurrency() const override { return 1; }
};

// A fixed pool of std::threads (default: hardware concurrency).
class ThreadPoolExecutor final : public Executor {
 public:
  explicit ThreadPoolExecutor(size_t threads = 0);
  ~ThreadPoolExecutor() override;
  void parallelFor(size_t n, const std::function<void(size_t)>& fn) override;
  size_t concurrency() const override { return workers_.size() + 1; }

 private:
  void workerLoop();

  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable wake_, done_;
  const std::function<void(size_t)>* job_ = nullptr;
  size_t next_ = 0, total_ = 0, finished_ = 0;
  uint64_t generation_ = 0;
  bool stop_ = false;
};

}  // namespace batscope
