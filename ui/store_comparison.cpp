#include "store_comparison.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

#include "archive_jobs.h"
#include "batscope/restore/restore_planner.h"
#include "qt_executor.h"

namespace batscope::ui {

StoreComparison::StoreComparison(QObject* parent) : QObject(parent) {}

StoreComparison::~StoreComparison() {
  cancel();
  if (watcher_) watcher_->waitForFinished();
}

void StoreComparison::cancel() {
  if (cancel_) cancel_->store(true);
}

void StoreComparison::start(const QString& pathA, std::shared_ptr<const DataDir> dirA,
                            std::shared_ptr<const Index> indexA, const QString& pathB) {
  cancel();
  if (watcher_) watcher_->waitForFinished();
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  busy_ = true;
  auto cancel = cancel_;
  auto out = std::make_shared<StoreComparisonResult>();
  out->pathA = pathA;
  out->pathB = pathB;
  out->dirA = std::move(dirA);
  out->indexA = std::move(indexA);
  auto error = std::make_shared<QString>();
  const QPointer<StoreComparison> self(this);
  auto say = [self](const QString& what) {
    QMetaObject::invokeMethod(self, [self, what] { if (self) emit self->progress(what); }, Qt::QueuedConnection);
  };
  auto job = [out, error, cancel, say] {
    std::string dirPath = out->pathB.toStdString();
    if (QFileInfo(out->pathB).isFile() || ArchiveJobs::looksLikeArchive(out->pathB)) {
      say(tr("Unpacking %1…").arg(QFileInfo(out->pathB).fileName()));
      ExtractOptions eo;
      eo.cancel = cancel.get();
      auto archive = openArchive(dirPath, eo);
      if (!archive) {
        *error = QString::fromStdString(archive.error().toString());
        return;
      }
      out->archiveB = std::shared_ptr<ExtractedArchive>(std::move(*archive));
      dirPath = out->archiveB->dataDir();
    }
    if (cancel->load()) return;
    say(tr("Opening %1…").arg(QFileInfo(out->pathB).fileName()));
    auto dir = DataDir::open(dirPath);
    if (!dir) {
      *error = QString::fromStdString(dir.error().toString());
      return;
    }
    if ((*dir)->segments().empty()) {
      *error = tr("%1 holds no .fbat segment file: it is not a batpak data directory.").arg(out->pathB);
      return;
    }
    QtExecutor executor;
    RestoreOptions ro;
    ro.executor = &executor;
    ro.cancel = cancel.get();
    auto restored = restoreIndex(*dir, ro);
    if (!restored) {
      *error = QString::fromStdString(restored.error().toString());
      return;
    }
    out->dirB = *dir;
    out->indexB = restored->index;
    if (cancel->load()) return;
    say(tr("Comparing the two stores…"));
    out->diff = diffStores(DiffSide{out->dirA.get(), out->indexA.get()}, DiffSide{out->dirB.get(), out->indexB.get()},
                           &executor, cancel.get());
  };
  delete watcher_;
  watcher_ = new QFutureWatcher<void>(this);
  connect(watcher_, &QFutureWatcher<void>::finished, this, [this, out, error, cancel] {
    busy_ = false;
    if (cancel->load()) return;
    if (!error->isEmpty()) {
      emit failed(*error);
      return;
    }
    result_ = out;
    emit finished();
  });
  watcher_->setFuture(QtConcurrent::run(workPool(), job));
}

std::vector<DiffField> StoreComparison::fieldsOf(const EntityDiff& entity) const {
  if (!result_ || (!entity.a && !entity.b)) return {};
  // One side only: the other column stays empty (an event no frame of that store holds).
  const DiffEvent none{};
  const DataDir& dirA = *result_->dirA;
  const DataDir& dirB = *result_->dirB;
  std::vector<DiffField> fields = compareEventFields(dirA, entity.a.value_or(none), dirB, entity.b.value_or(none));
  for (DiffField& f : fields) {
    if (!entity.a) f.a.clear();
    if (!entity.b) f.b.clear();
    f.differs = entity.a && entity.b && f.a != f.b;
  }
  return fields;
}

}  // namespace batscope::ui
