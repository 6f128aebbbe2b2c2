#include "batscope/base/executor.h"

namespace batscope {

ThreadPoolExecutor::ThreadPoolExecutor(size_t threads) {
  if (threads == 0) threads = std::max<size_t>(1, std::thread::hardware_concurrency());
  // The calling thread works too, so start one fewer worker.
  for (size_t i = 1; i < threads; ++i) workers_.emplace_back([this] { workerLoop(); });
}

ThreadPoolExecutor::~ThreadPoolExecutor() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  for (auto& t : workers_) t.join();
}

void ThreadPoolExecutor::workerLoop() {
  uint64_t seen = 0;
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
    if (stop_) return;
    seen = generation_;
    while (job_ && next_ < total_) {
      const size_t i = next_++;
      const auto* job = job_;
      lock.unlock();
      (*job)(i);
      lock.lock();
      if (++finished_ == total_) done_.notify_all();
    }
  }
}

void ThreadPoolExecutor::parallelFor(size_t n, const std::function<void(size_t)>& fn) {
  if (n == 0) return;
  std::unique_lock<std::mutex> lock(mu_);
  job_ = &fn;
  next_ = 0;
  total_ = n;
  finished_ = 0;
  ++generation_;
  wake_.notify_all();
  while (next_ < total_) {
    const size_t i = next_++;
    lock.unlock();
    fn(i);
    lock.lock();
    if (++finished_ == total_) done_.notify_all();
  }
  done_.wait(lock, [&] { return finished_ == total_; });
  job_ = nullptr;
}

}  // namespace batscope
