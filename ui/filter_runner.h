// Runs a filter expression over the session's index on the thread pool: the table stays
// usable while 1,000,000 events are tested; a new filter cancels the one in flight.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "batscope/analysis/event_query.h"

namespace batscope { class Index; class DataDir; }

namespace batscope::ui {

class FilterRunner : public QObject {
  Q_OBJECT
 public:
  explicit FilterRunner(QObject* parent = nullptr);
  ~FilterRunner() override;

  // Starts filtering the visible events of `index`; the job owns `index` and `dir` until it
  // ends, so closing the store while it runs is safe.
  // With `rows`, only those are filtered (a followed store's new events) instead.
  void run(std::shared_ptr<const batscope::Index> index, std::shared_ptr<const batscope::DataDir> dir,
           const batscope::EventQuery& query, std::optional<std::vector<uint32_t>> rows = std::nullopt);
  void cancel();
  bool isRunning() const { return running_; }

  // Parses without running; returns an error message ("" when valid).
  static QString check(const QString& expression);

 signals:
  void started(const QString& expression);
  void progress(double fraction);
  void finished(const QString& expression, std::vector<uint32_t> rows);
  void failed(const QString& expression, const QString& message);

 private:
  QFutureWatcher<void>* watcher_ = nullptr;
  std::shared_ptr<std::atomic<bool>> cancel_;
  uint64_t generation_ = 0;
  bool running_ = false;
};

}  // namespace batscope::ui
