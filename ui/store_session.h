// One opened store, shared by every view: the data directory, batpak's (faithful) index and,
// once the background phase has run, the true view, the cross-check findings, the static
// frame walk and the hash-chain report. Opening and the background phase run on the
// QThreadPool; progress and results arrive as signals on the GUI thread. Cancellable.
#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/base/findings.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/analysis/chain_extension.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/restore/index.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/restore/true_view.h"

namespace batscope::ui {

struct OpenedStore {
  std::shared_ptr<DataDir> dir;
  RestoreResult restore;
  RestorePathChoice path = RestorePathChoice::Mmap;
  double wallMs = 0;  // open as the user waited for it
  // A followed store's versions: `version` counts the stores adopted, and stores of one
  // `lineage` each only grew over the one before (FollowUpdate::appendedOnly).
  uint64_t version = 0, lineage = 0;
};

struct BackgroundResults {
  std::shared_ptr<StoreWalk> walk;  // the true view's (TrueViewOptions::physicalWalk)
  // Its index is batpak's own (the same object) where the two hold the same entries, field
  // for field (sameEntries): the window then keeps one index.
  std::shared_ptr<TrueViewResult> truth;
  CrossCheckResult crossCheck;
  std::shared_ptr<ChainReport> chains;
  // batpak's own verify_chain verdict per entity (visible events in global order).
  std::shared_ptr<std::vector<BatpakChainVerdict>> batpakChains;
  // Rows batpak's index had when these checks ran: a followed store's later rows are unchecked.
  size_t checkedFaithfulRows = 0;
  // The store `chains` and `batpakChains` are of, and how far they checked its frames: a
  // followed store's growth is checked from there (extendChains) rather than whole. The other
  // results stay those of the last whole check until the next one.
  std::shared_ptr<const OpenedStore> chainsStore;
  std::optional<ChainCoverage> coverage;
};

class StoreSession : public QObject {
  Q_OBJECT
 public:
  explicit StoreSession(QObject* parent = nullptr);
  ~StoreSession() override;

  // Opens `dir` on the thread pool. The store shown stays open until the new one is ready
  // (then closed: closed(), opened()); if opening fails it stays exactly as it was
  // (openFailed()). `displayName` is what the window shows (an archive's name rather than its
  // temporary directory); `sourceFindings` say where the store came from (setSourceFindings).
  void open(const QString& dir, RestorePathChoice path = RestorePathChoice::Mmap, const QString& displayName = {},
            std::vector<Finding> sourceFindings = {});
  void cancel();  // a pending open and the background phase
  void close();   // the store shown, and any pending open
  bool isBusy() const { return busy_; }  // an open is pending
  bool isOpen() const { return bool(store_); }

  QString path() const { return path_; }
  QString displayName() const { return displayName_.isEmpty() ? path_ : displayName_; }
  const OpenedStore* store() const { return store_.get(); }
  const DataDir* dataDir() const { return store_ ? store_->dir.get() : nullptr; }
  const RestoreResult* restore() const { return store_ ? &store_->restore : nullptr; }
  const BackgroundResults* background() const { return background_.get(); }

  // The index the views show: batpak's (faithful, default) or the true view.
  const Index* index() const;
  // The same index, owned: for work on the thread pool that may outlive this session's store.
  std::shared_ptr<const Index> sharedIndex() const;
  std::shared_ptr<const DataDir> sharedDataDir() const { return store_ ? store_->dir : nullptr; }
  // The open store, for a job that must keep it alive while the user opens another.
  std::shared_ptr<const OpenedStore> sharedStore() const { return store_; }
  const Index* faithfulIndex() const { return store_ ? store_->restore.index.get() : nullptr; }
  const Index* trueIndex() const { return background_ && background_->truth ? background_->truth->index.get() : nullptr; }
  bool trueView() const { return trueView_; }
  void setTrueView(bool on);

  // Everything found so far: findings about where the store came from (an archive's
  // manifest check), restore findings, then the background phase's.
  std::vector<Finding> findings() const;
  void setSourceFindings(std::vector<Finding> findings);

  // Following: the open store as a later poll restored it (the same directory, more events).
  // The store is swapped in place (no closed()/opened(): filter and selection stay), the
  // views hear viewChanged(), its new hash-chain links are checked on their own
  // (chainsChanged()), and the whole background checks run again once the store has been
  // quiet for a second or at most five seconds later; the previous checks stay shown until then.
  // `appended`: the store only grew over the index shown (FollowUpdate::appendedOnly), and
  // these are its new visible rows; while viewChanged() is emitted for it, appendedRows()
  // gives them, so a view may add them to what it shows rather than start over.
  void adoptFollowed(std::shared_ptr<DataDir> dir, RestoreResult restore,
                     std::optional<std::vector<uint32_t>> appended = std::nullopt);
  // During viewChanged() for a followed store that only grew, in batpak's view: its new
  // visible rows; null otherwise.
  const std::vector<uint32_t>* appendedRows() const { return appended_ ? &*appended_ : nullptr; }

 signals:
  void opening(const QString& path);
  void progress(const QString& phase, double fraction);
  void opened();
  void openFailed(const QString& message);
  void backgroundProgress(const QString& phase, double fraction);
  void backgroundFinished();
  // A followed store's new links were checked on their own (background() has new chains and
  // checkedFaithfulRows; its true view and cross-check are those of the last whole check).
  void chainsChanged();
  void findingsChanged();
  void viewChanged();
  void closed();

 private:
  void startBackground();
  void extendCheckedChains();
  void checkWholeStoreSoon();
  void closeStore();
  static QString notAStoreMessage(const QString& dir);

  QString path_, displayName_;
  std::shared_ptr<OpenedStore> store_;
  std::shared_ptr<BackgroundResults> background_;
  std::vector<Finding> sourceFindings_;
  std::shared_ptr<std::atomic<bool>> cancel_;      // the store's background phase
  std::shared_ptr<std::atomic<bool>> openCancel_;  // the pending open
  QFutureWatcher<void>* openWatcher_ = nullptr;
  QFutureWatcher<void>* backgroundWatcher_ = nullptr;
  uint64_t openGeneration_ = 0;   // bumped by each open and close: a stale open is dropped
  uint64_t storeGeneration_ = 0;  // bumped when the store shown changes: stale background too
  bool busy_ = false;
  bool trueView_ = false;
  QTimer wholeChecksDue_;      // see checkWholeStoreSoon()
  QElapsedTimer staleSince_;   // valid while a followed store's growth awaits its whole checks
  std::optional<std::vector<uint32_t>> appended_;  // see appendedRows()
  uint64_t versions_ = 0, lineages_ = 0;            // OpenedStore::version, lineage
  bool extending_ = false;                          // an extendChains() job is under way
  std::shared_ptr<const OpenedStore> extensionFailedFrom_;  // do not try again from there
};

}  // namespace batscope::ui
