#include "store_session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

#include "phase_text.h"
#include "qt_executor.h"

namespace batscope::ui {

StoreSession::StoreSession(QObject* parent) : QObject(parent) {
  wholeChecksDue_.setSingleShot(true);
  connect(&wholeChecksDue_, &QTimer::timeout, this, [this] {
    if (!store_ || (backgroundWatcher_ && backgroundWatcher_->isRunning())) return;
    staleSince_.invalidate();
    startBackground();
  });
}

StoreSession::~StoreSession() {
  if (openCancel_) openCancel_->store(true);
  if (cancel_) cancel_->store(true);
  if (openWatcher_) openWatcher_->waitForFinished();
  if (backgroundWatcher_) backgroundWatcher_->waitForFinished();
}

const Index* StoreSession::index() const {
  if (trueView_ && trueIndex()) return trueIndex();
  return faithfulIndex();
}

std::shared_ptr<const Index> StoreSession::sharedIndex() const {
  if (trueView_ && trueIndex()) return background_->truth->index;
  return store_ ? store_->restore.index : nullptr;
}

void StoreSession::setTrueView(bool on) {
  if (on == trueView_) return;
  trueView_ = on;
  emit viewChanged();
}

void StoreSession::setSourceFindings(std::vector<Finding> findings) {
  sourceFindings_ = std::move(findings);
  emit findingsChanged();
}

std::vector<Finding> StoreSession::findings() const {
  std::vector<Finding> out = sourceFindings_;
  if (store_) out.insert(out.end(), store_->restore.findings.begin(), store_->restore.findings.end());
  if (background_) {
    out.insert(out.end(), background_->crossCheck.findings.begin(), background_->crossCheck.findings.end());
    if (background_->truth) out.insert(out.end(), background_->truth->findings.begin(), background_->truth->findings.end());
  }
  return out;
}

// Why a folder without segment files is not opened, and where a store may be instead: the
// usual mistake is picking the folder above batpak's data directory.
QString StoreSession::notAStoreMessage(const QString& dir) {
  QString message = tr("%1 holds no segment file (*.fbat), so it is not a batpak data directory.").arg(dir);
  QStringList stores;
  const QDir top(dir);
  for (const QString& sub : top.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
    if (!QDir(top.filePath(sub)).entryList({QStringLiteral("*.fbat")}, QDir::Files).isEmpty())
      stores << top.filePath(sub);
    if (stores.size() == 3) break;
  }
  if (stores.size() == 1) message += QLatin1Char(' ') + tr("Did you mean %1?").arg(stores.first());
  else if (!stores.isEmpty()) message += QLatin1Char(' ') + tr("Data directories inside it: %1").arg(stores.join(QStringLiteral(", ")));
  return message;
}

void StoreSession::cancel() {
  if (openCancel_) openCancel_->store(true);
  if (cancel_) cancel_->store(true);
}

void StoreSession::close() {
  if (openCancel_) openCancel_->store(true);
  ++openGeneration_;  // a pending open's result is dropped
  if (openWatcher_) openWatcher_->waitForFinished();
  busy_ = false;
  closeStore();
}

void StoreSession::closeStore() {
  if (cancel_) cancel_->store(true);
  ++storeGeneration_;
  wholeChecksDue_.stop();
  staleSince_.invalidate();
  if (backgroundWatcher_) backgroundWatcher_->waitForFinished();
  const bool wasOpen = bool(store_);
  store_.reset();
  background_.reset();
  extensionFailedFrom_.reset();
  sourceFindings_.clear();
  path_.clear();
  displayName_.clear();
  if (wasOpen) emit closed();
}

void StoreSession::open(const QString& dir, RestorePathChoice path, const QString& displayName,
                        std::vector<Finding> sourceFindings) {
  // The store shown stays until the new one is ready: a failed open leaves it as it was.
  if (openCancel_) openCancel_->store(true);  // a newer open replaces one still running
  busy_ = true;
  openCancel_ = std::make_shared<std::atomic<bool>>(false);
  const uint64_t gen = ++openGeneration_;
  emit opening(displayName.isEmpty() ? dir : displayName);

  auto result = std::make_shared<OpenedStore>();
  auto error = std::make_shared<QString>();
  auto cancel = openCancel_;
  QPointer<StoreSession> self(this);
  const std::string dirPath = dir.toStdString();
  auto job = [=] {
    QElapsedTimer timer;
    timer.start();
    auto d = DataDir::open(dirPath);
    if (!d) { *error = QString::fromStdString(d.error().toString()); return; }
    if ((*d)->segments().empty()) {  // batpak opens it as an empty store; the window says why not
      *error = notAStoreMessage(QString::fromStdString(dirPath));
      return;
    }
    QtExecutor executor;
    RestoreOptions ro;
    ro.path = path;
    ro.executor = &executor;
    ro.cancel = cancel.get();
    ro.progress = [self, gen](const std::string& phase, double f) {
      const QString p = restorePhaseText(phase);
      QMetaObject::invokeMethod(self, [self, gen, p, f] {
        if (self && self->openGeneration_ == gen) emit self->progress(p, f);
      }, Qt::QueuedConnection);
    };
    auto r = restoreIndex(*d, ro);
    if (!r) { *error = QString::fromStdString(r.error().toString()); return; }
    result->dir = *d;
    result->restore = std::move(*r);
    result->path = path;
    result->wallMs = double(timer.nsecsElapsed()) / 1e6;
  };
  if (openWatcher_) {  // a replaced open finishes on its own; its result is dropped
    openWatcher_->disconnect(this);
    connect(openWatcher_, &QFutureWatcher<void>::finished, openWatcher_, &QObject::deleteLater);
  }
  openWatcher_ = new QFutureWatcher<void>(this);
  auto findings = std::make_shared<std::vector<Finding>>(std::move(sourceFindings));
  connect(openWatcher_, &QFutureWatcher<void>::finished, this, [this, gen, result, error, dir, displayName, findings] {
    if (gen != openGeneration_) return;
    busy_ = false;
    if (!result->dir) {
      emit openFailed(error->isEmpty() ? tr("Opening was cancelled.") : *error);
      return;
    }
    closeStore();
    result->version = ++versions_;
    result->lineage = ++lineages_;
    path_ = dir;
    displayName_ = displayName;
    sourceFindings_ = std::move(*findings);
    store_ = result;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    emit opened();
    emit findingsChanged();
    startBackground();
  });
  openWatcher_->setFuture(QtConcurrent::run(workPool(), job));
}

void StoreSession::adoptFollowed(std::shared_ptr<DataDir> dir, RestoreResult restore,
                                 std::optional<std::vector<uint32_t>> appended) {
  if (!store_) return;
  auto next = std::make_shared<OpenedStore>();
  next->dir = std::move(dir);
  next->restore = std::move(restore);
  next->path = store_->path;
  next->wallMs = store_->wallMs;
  next->version = ++versions_;
  next->lineage = appended ? store_->lineage : ++lineages_;
  store_ = next;
  if (!trueView_) appended_ = std::move(appended);  // the true view shown has not grown yet
  emit viewChanged();
  appended_.reset();
  emit findingsChanged();
  // The new links are checked on their own, from where the last check ended; the previous
  // whole checks stay shown until new ones replace them (the true view, too: it shows the
  // new events once its own index is built).
  extendCheckedChains();
  checkWholeStoreSoon();
}

// A followed store's whole checks (true view, cross-check, chains) run again once it has
// been quiet for a second, and at least every five seconds while it keeps changing: run back
// to back they would keep the pool from the polls and the chain extensions. A run under way
// is let finish rather than restarted (a store written faster than it is checked would never
// be checked); its results are shown, and the timer is armed again then.
void StoreSession::checkWholeStoreSoon() {
  constexpr qint64 kQuietMs = 1000, kMostMs = 5000;
  if (!staleSince_.isValid()) staleSince_.start();
  if (backgroundWatcher_ && backgroundWatcher_->isRunning()) return;
  wholeChecksDue_.start(int(std::clamp<qint64>(kMostMs - staleSince_.elapsed(), 0, kQuietMs)));
}

void StoreSession::startBackground() {
  auto store = store_;
  // The true view takes the snapshots the restore loaded (and drops them when it is built);
  // the store shown keeps none.
  auto snapshots = std::make_shared<std::shared_ptr<const LoadedSnapshots>>(std::exchange(store_->restore.snapshots, nullptr));
  auto cancel = cancel_;
  auto results = std::make_shared<BackgroundResults>();
  const uint64_t gen = storeGeneration_;
  QPointer<StoreSession> self(this);
  auto report = [self, gen](const QString& phase, double f) {
    QMetaObject::invokeMethod(self, [self, gen, phase, f] {
      if (self && self->storeGeneration_ == gen) emit self->backgroundProgress(phase, f);
    }, Qt::QueuedConnection);
  };
  auto job = [=] {
    QtExecutor executor;  // segments, rows and entities in parallel on the pool
    report(tr("Building the true view"), 0.0);
    results->checkedFaithfulRows = store->restore.index->entryCount();
    TrueViewOptions options;
    options.hashPayloads = true;  // the chains below then read no frame the true view hashed
    options.physicalWalk = true;  // the segment map's walk, from the same pass over the frames
    options.walkMarkersOnly = true;  // its look-ups go through an index: 32 B/event less
    // Where the bytes hold exactly batpak's entries (most stores), no second index is built:
    // the window keeps one, not two (the true view's is ~85 bytes an event). Its payloads are
    // then hashed by the chain checks below instead.
    options.agreeWith = store->restore.index;
    options.snapshots = std::move(*snapshots);
    auto truth = buildTrueView(store->dir, cancel.get(), &executor, std::move(options));
    if (!truth) return;
    results->truth = std::make_shared<TrueViewResult>(std::move(*truth));
    results->walk = results->truth->walk;
    report(tr("Cross-checking batpak's index"), 0.5);
    results->crossCheck = crossCheck(*store->dir, *store->restore.index, *results->truth->index, cancel.get(), &executor);
    if (cancel->load()) return;
    report(tr("Verifying hash chains"), 0.75);
    int last = -1;  // ~100 progress updates over all entities
    results->chains = std::make_shared<ChainReport>(verifyChains(*store->dir, *store->restore.index,
                                                                 *results->truth->index, cancel.get(),
                                                                 [&](double f) {
                                                                   const int step = int(f * 100);
                                                                   if (step != last) {
                                                                     last = step;
                                                                     report(tr("Verifying hash chains"), 0.75 + 0.25 * f);
                                                                   }
                                                                 }, &executor));
    if (cancel->load()) return;
    results->batpakChains = std::make_shared<std::vector<BatpakChainVerdict>>(
        batpakChainVerdicts(*store->dir, *store->restore.index, *results->walk, &executor,
                            results->truth->index.get()));
    results->chainsStore = store;
    results->coverage = chainCoverage(*results->walk);
    // From here on the walk is asked for counts and find() alone, and nothing reads hashes at
    // the landmarks (a later check decodes the frames).
    results->walk->releaseFrames();
    if (!results->truth->sharesFaithfulIndex) results->truth->index->releaseFrameLandmarks();
    report(tr("Done"), 1.0);
  };
  delete backgroundWatcher_;
  backgroundWatcher_ = new QFutureWatcher<void>(this);
  connect(backgroundWatcher_, &QFutureWatcher<void>::finished, this, [this, gen, results] {
    if (gen != storeGeneration_ || !results->truth) return;
    // Chains extended past the store this run checked stay (the same links, and more).
    if (const BackgroundResults* bg = background_.get();
        bg && bg->chainsStore && results->chainsStore && bg->chainsStore->lineage == results->chainsStore->lineage &&
        bg->chainsStore->version > results->chainsStore->version) {
      results->chains = bg->chains;
      results->batpakChains = bg->batpakChains;
      results->checkedFaithfulRows = bg->checkedFaithfulRows;
      results->chainsStore = bg->chainsStore;
      results->coverage = bg->coverage;
    }
    background_ = results;
    emit findingsChanged();
    emit backgroundFinished();
    if (trueView_) emit viewChanged();
    if (staleSince_.isValid()) checkWholeStoreSoon();  // the followed store grew meanwhile
    extendCheckedChains();  // the store may have grown since this run began
  });
  backgroundWatcher_->setFuture(QtConcurrent::run(workPool(), job));
}

// The chains of the store shown, from those of an earlier version of it that it only grew
// over: its new frames alone are read (at 10,000 events a second, a few MB a poll), so the
// Chain column and the Chains tab keep up with a writer while the whole checks lag behind.
void StoreSession::extendCheckedChains() {
  const std::shared_ptr<const BackgroundResults> bg = background_;
  if (extending_ || !store_ || !bg || !bg->coverage || !bg->chains || !bg->batpakChains || !bg->chainsStore) return;
  const std::shared_ptr<const OpenedStore> from = bg->chainsStore, to = store_;
  if (from == to || from->lineage != to->lineage || from == extensionFailedFrom_) return;
  extending_ = true;
  const uint64_t gen = storeGeneration_;
  auto extended = std::make_shared<std::optional<ChainExtension>>();
  auto job = [bg, to, extended] {
    *extended = extendChains(*to->dir, *to->restore.index,
                             CheckedChains{*bg->chains, *bg->batpakChains, *bg->coverage, bg->checkedFaithfulRows},
                             bg->truth ? bg->truth->index.get() : nullptr);
  };
  auto* watcher = new QFutureWatcher<void>(this);
  connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, gen, from, to, extended] {
    watcher->deleteLater();
    extending_ = false;
    if (gen != storeGeneration_) return;
    const BackgroundResults* bg = background_.get();
    // A whole check that finished meanwhile may have gone as far, or the lineage broken.
    if (!bg || !bg->chainsStore || bg->chainsStore->lineage != to->lineage || bg->chainsStore->version >= to->version) {
      extendCheckedChains();
      return;
    }
    if (!*extended) {  // not decidable from the new frames: the next whole check decides
      extensionFailedFrom_ = from;
      return;
    }
    auto next = std::make_shared<BackgroundResults>(*bg);
    next->chains = std::make_shared<ChainReport>(std::move((*extended)->checked.chains));
    next->batpakChains = std::make_shared<std::vector<BatpakChainVerdict>>(std::move((*extended)->checked.verdicts));
    next->coverage = std::move((*extended)->checked.coverage);
    next->checkedFaithfulRows = (*extended)->checked.faithfulRows;
    next->chainsStore = to;
    background_ = next;
    emit chainsChanged();
    extendCheckedChains();  // the store may have grown again meanwhile
  });
  watcher->setFuture(QtConcurrent::run(workPool(), job));
}

}  // namespace batscope::ui
