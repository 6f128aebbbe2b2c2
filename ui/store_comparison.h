// Analyze → Compare Stores: the open store (A) against another data directory or archive
// (B), on the QThreadPool. B is opened read-only (an archive unpacked into a private
// temporary folder) and restored on the default path, then diffStores compares the two. B
// stays open while the result is shown, so its events can be read side by side with A's.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

#include "batscope/analysis/store_diff.h"
#include "batscope/archive/archive.h"
#include "batscope/base/data_dir.h"
#include "batscope/restore/index.h"

namespace batscope::ui {

// What a finished comparison holds: the diff and both sides, kept alive together.
struct StoreComparisonResult {
  QString pathA, pathB;
  std::shared_ptr<const DataDir> dirA, dirB;
  std::shared_ptr<const Index> indexA, indexB;
  std::shared_ptr<ExtractedArchive> archiveB;  // B's temporary folder, when B is an archive
  StoreDiff diff;
};

class StoreComparison : public QObject {
  Q_OBJECT
 public:
  explicit StoreComparison(QObject* parent = nullptr);
  ~StoreComparison() override;

  // Compares A (an open store's directory and index) with the store at `pathB`.
  void start(const QString& pathA, std::shared_ptr<const DataDir> dirA, std::shared_ptr<const Index> indexA,
             const QString& pathB);
  void cancel();
  bool isBusy() const { return busy_; }
  std::shared_ptr<const StoreComparisonResult> result() const { return result_; }
  // The two events where `entity`'s chains part (or the first one only one side has), field
  // by field, read from both stores' frames. Empty without a result.
  std::vector<DiffField> fieldsOf(const EntityDiff& entity) const;

 signals:
  void progress(const QString& what);
  void finished();                   // result() holds the comparison
  void failed(const QString& message);

 private:
  std::shared_ptr<const StoreComparisonResult> result_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  QFutureWatcher<void>* watcher_ = nullptr;
  bool busy_ = false;
};

}  // namespace batscope::ui
