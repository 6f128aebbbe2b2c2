#include "filter_runner.h"

#include <QPointer>
#include <QtConcurrent>

#include "batscope/analysis/event_query.h"
#include "qt_executor.h"

namespace batscope::ui {

FilterRunner::FilterRunner(QObject* parent) : QObject(parent) {
  qRegisterMetaType<std::vector<uint32_t>>("std::vector<uint32_t>");
}

FilterRunner::~FilterRunner() {
  cancel();
  if (watcher_) watcher_->waitForFinished();
}

QString FilterRunner::check(const QString& expression) {
  EventQuery q;
  QueryParseError err;
  if (parseEventQuery(expression.toStdString(), q, err)) return {};
  return tr("at %1: %2").arg(err.position + 1).arg(QString::fromStdString(err.message));
}

void FilterRunner::cancel() {
  if (cancel_) cancel_->store(true);
  ++generation_;
  running_ = false;
}

void FilterRunner::run(std::shared_ptr<const batscope::Index> index, std::shared_ptr<const batscope::DataDir> dir,
                       const EventQuery& query, std::optional<std::vector<uint32_t>> rows) {
  cancel();
  if (!index || !dir) return;
  const QString expression = QString::fromStdString(query.canonicalText());
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  const uint64_t gen = generation_;
  running_ = true;
  emit started(expression);
  auto cancel = cancel_;
  auto result = std::make_shared<std::optional<std::vector<uint32_t>>>();
  QPointer<FilterRunner> self(this);
  auto candidates = std::make_shared<std::optional<std::vector<uint32_t>>>(std::move(rows));
  auto job = [=] {
    QtExecutor executor;  // rows in parallel on the pool
    const std::vector<uint32_t>& over = candidates->has_value() ? **candidates : index->visibleRows();
    *result = runEventQuery(*index, *dir, query, over, cancel.get(), [self, gen](double f) {
      QMetaObject::invokeMethod(self, [self, gen, f] {
        if (self && self->generation_ == gen) emit self->progress(f);
      }, Qt::QueuedConnection);
    }, &executor);
  };
  // A previous watcher may still be finishing a cancelled run; let it go.
  if (watcher_) {
    watcher_->disconnect(this);
    connect(watcher_, &QFutureWatcher<void>::finished, watcher_, &QObject::deleteLater);
  }
  watcher_ = new QFutureWatcher<void>(this);
  connect(watcher_, &QFutureWatcher<void>::finished, this, [this, gen, result, expression] {
    if (gen != generation_ || !result->has_value()) return;
    running_ = false;
    emit finished(expression, std::move(**result));
  });
  watcher_->setFuture(QtConcurrent::run(workPool(), job));
}

}  // namespace batscope::ui
