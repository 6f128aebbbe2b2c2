#include "demo_store.h"

#include <QDir>
#include <QPointer>
#include <QtConcurrent>

#include <memory>

#include "batscope/write/demo_generator.h"
#include "qt_executor.h"

namespace batscope::ui {

QString demoStorePath() {
  QString base = qEnvironmentVariable("XDG_DATA_HOME");
  if (base.isEmpty()) base = QDir::homePath() + QStringLiteral("/.local/share");
  return base + QStringLiteral("/batscope/demo");
}

DemoGenerator::DemoGenerator(QObject* parent) : QObject(parent) {}

DemoGenerator::~DemoGenerator() {
  if (watcher_) watcher_->waitForFinished();
}

void DemoGenerator::start(const QString& dir) {
  if (running_) return;
  running_ = true;
  GenerateOptions options;
  bool ok = false;
  const qulonglong events = qEnvironmentVariable("BATSCOPE_DEMO_EVENTS").toULongLong(&ok);
  if (ok && events > 0) options.events = events;
  QPointer<DemoGenerator> self(this);
  options.progress = [self](double f) {
    QMetaObject::invokeMethod(self, [self, f] {
      if (self) emit self->progress(f);
    }, Qt::QueuedConnection);
  };
  auto error = std::make_shared<QString>();
  auto job = [=] {
    QDir().mkpath(QFileInfo(dir).absolutePath());
    const Status s = generateStore(dir.toStdString(), options);
    if (!s) *error = QString::fromStdString(s.error().toString());
  };
  if (watcher_) watcher_->deleteLater();
  watcher_ = new QFutureWatcher<void>(this);
  connect(watcher_, &QFutureWatcher<void>::finished, this, [this, error, dir] {
    running_ = false;
    if (error->isEmpty()) emit finished(dir);
    else emit failed(*error);
  });
  watcher_->setFuture(QtConcurrent::run(workPool(), job));
}

}  // namespace batscope::ui
