#include "archive_jobs.h"
#include "qt_executor.h"

#include <QPointer>
#include <QtConcurrent>

namespace batscope::ui {

ArchiveJobs::ArchiveJobs(QObject* parent) : QObject(parent) {}

ArchiveJobs::~ArchiveJobs() {
  cancel();
  if (watcher_) watcher_->waitForFinished();
}

bool ArchiveJobs::looksLikeArchive(const QString& path) {
  const QString p = path.toLower();
  return p.endsWith(QLatin1String(".tar.zst")) || p.endsWith(QLatin1String(".tzst")) || p.endsWith(QLatin1String(".tar"));
}

void ArchiveJobs::cancel() {
  if (cancel_) cancel_->store(true);
}

void ArchiveJobs::openArchive(const QString& archivePath) {
  cancel();
  if (watcher_) watcher_->waitForFinished();
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  busy_ = true;
  auto cancel = cancel_;
  auto result = std::make_shared<std::unique_ptr<ExtractedArchive>>();
  auto error = std::make_shared<QString>();
  QPointer<ArchiveJobs> self(this);
  const std::string path = archivePath.toStdString();
  auto job = [=] {
    ExtractOptions opt;
    opt.cancel = cancel.get();
    opt.progress = [self](double f) {
      QMetaObject::invokeMethod(self, [self, f] { if (self) emit self->progress(tr("Unpacking archive"), f); }, Qt::QueuedConnection);
    };
    auto r = batscope::openArchive(path, opt);
    if (!r) *error = QString::fromStdString(r.error().toString());
    else *result = std::move(*r);
  };
  delete watcher_;
  watcher_ = new QFutureWatcher<void>(this);
  connect(watcher_, &QFutureWatcher<void>::finished, this, [this, result, error, archivePath] {
    busy_ = false;
    if (!*result) {
      emit failed(error->isEmpty() ? tr("Unpacking was cancelled.") : *error);
      return;
    }
    extracted_ = std::move(*result);
    emit archiveOpened(archivePath, QString::fromStdString(extracted_->dataDir()));
  });
  watcher_->setFuture(QtConcurrent::run(workPool(), job));
}

void ArchiveJobs::exportArchive(const QString& dataDir, const QString& archivePath, int level) {
  cancel();
  if (watcher_) watcher_->waitForFinished();
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  busy_ = true;
  auto cancel = cancel_;
  auto summary = std::make_shared<std::optional<ArchiveSummary>>();
  auto error = std::make_shared<QString>();
  QPointer<ArchiveJobs> self(this);
  const std::string dir = dataDir.toStdString(), out = archivePath.toStdString();
  auto job = [=] {
    ArchiveOptions opt;
    opt.level = level;
    opt.cancel = cancel.get();
    opt.progress = [self](double f) {
      QMetaObject::invokeMethod(self, [self, f] { if (self) emit self->progress(tr("Writing archive"), f); }, Qt::QueuedConnection);
    };
    auto r = createArchive(dir, out, opt);
    if (!r) *error = QString::fromStdString(r.error().toString());
    else *summary = *r;
  };
  delete watcher_;
  watcher_ = new QFutureWatcher<void>(this);
  connect(watcher_, &QFutureWatcher<void>::finished, this, [this, summary, error, archivePath] {
    busy_ = false;
    if (!*summary) {
      emit failed(error->isEmpty() ? tr("Export was cancelled.") : *error);
      return;
    }
    emit archiveExported(archivePath, qulonglong((*summary)->archiveBytes));
  });
  watcher_->setFuture(QtConcurrent::run(workPool(), job));
}

}  // namespace batscope::ui
