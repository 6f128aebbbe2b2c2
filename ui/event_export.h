// "Export Events…": the events the table shows, written to a file as `batscope-cli dump`
// writes them (JSON shaped like the fixtures' expected.json, or CSV, by the file's
// extension), on the thread pool with progress and cancel. The file appears only when
// complete (written beside it, then renamed): a cancelled or failed export leaves nothing.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

#include "batscope/base/findings.h"

namespace batscope { class Index; }

namespace batscope::ui {

struct OpenedStore;

class EventExport : public QObject {
  Q_OBJECT
 public:
  enum class Format { Json, Csv };
  explicit EventExport(QObject* parent = nullptr);
  ~EventExport() override;

  static Format formatOf(const QString& path);  // .csv: CSV; anything else: JSON

  // Writes `rows` of `index` (the store's faithful index or its true view) to `path`.
  void start(std::shared_ptr<const OpenedStore> store, std::shared_ptr<const batscope::Index> index, bool trueView,
             std::vector<batscope::Finding> findings, std::vector<uint32_t> rows, const QString& path);
  void cancel();
  bool isRunning() const { return running_; }

 signals:
  void progress(double fraction);
  void finished(const QString& path, qulonglong events, qulonglong bytes);
  void failed(const QString& message);  // not emitted for a cancelled export

 private:
  QFutureWatcher<void>* watcher_ = nullptr;
  std::shared_ptr<std::atomic<bool>> cancel_;
  bool running_ = false;
};

}  // namespace batscope::ui
