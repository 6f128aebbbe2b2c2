#include "event_export.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent>

#include "batscope/analysis/dump.h"
#include "store_session.h"
#include "qt_executor.h"

namespace batscope::ui {

EventExport::EventExport(QObject* parent) : QObject(parent) {}

EventExport::~EventExport() {
  cancel();
  if (watcher_) watcher_->waitForFinished();
}

EventExport::Format EventExport::formatOf(const QString& path) {
  return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? Format::Csv : Format::Json;
}

void EventExport::cancel() {
  if (cancel_) cancel_->store(true);
}

void EventExport::start(std::shared_ptr<const OpenedStore> store, std::shared_ptr<const batscope::Index> index,
                        bool trueView, std::vector<batscope::Finding> findings, std::vector<uint32_t> rows,
                        const QString& path) {
  if (running_ || !store || !index) return;
  running_ = true;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  auto cancel = cancel_;
  struct Outcome {
    bool cancelled = false;
    QString error;
    qulonglong events = 0, bytes = 0;
  };
  auto outcome = std::make_shared<Outcome>();
  QPointer<EventExport> self(this);
  const Format format = formatOf(path);
  auto job = [=] {
    DumpInput in;
    in.dir = store->dir.get();
    in.index = index.get();
    in.report = &store->restore.report;
    in.findings = &findings;
    in.trueView = trueView;
    in.rows = &rows;
    in.progress = [self, cancel](double f) {
      QMetaObject::invokeMethod(self, [self, f] {
        if (self) emit self->progress(f);
      }, Qt::QueuedConnection);
      return !cancel->load();
    };
    QSaveFile file(path);  // written beside the target and renamed over it when complete
    auto failed = [&] { outcome->error = tr("Could not write %1: %2").arg(path, file.errorString()); };
    if (!file.open(QIODevice::WriteOnly)) return failed();
    bool written = true;
    in.sink = [&](std::string_view piece) {  // piece by piece: the export is never held whole
      written = written && file.write(piece.data(), qint64(piece.size())) == qint64(piece.size());
      outcome->bytes += piece.size();
      return written;
    };
    if (format == Format::Csv) (void)dumpCsv(in, DumpFilter{});
    else (void)dumpJson(in, DumpFilter{});
    if (cancel->load()) {  // the file is discarded: it was never committed
      outcome->cancelled = true;
      return;
    }
    if (!written || !file.commit()) return failed();
    outcome->events = rows.size();
  };
  if (watcher_) watcher_->deleteLater();
  watcher_ = new QFutureWatcher<void>(this);
  connect(watcher_, &QFutureWatcher<void>::finished, this, [this, outcome, path] {
    running_ = false;
    if (outcome->cancelled) return;
    if (!outcome->error.isEmpty()) emit failed(outcome->error);
    else emit finished(path, outcome->events, outcome->bytes);
  });
  watcher_->setFuture(QtConcurrent::run(workPool(), job));
}

}  // namespace batscope::ui
