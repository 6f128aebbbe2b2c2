#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QMimeData>
#include <QPalette>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "batscope/analysis/event_query.h"
#include "batscope/restore/restore_planner.h"
#include "archive_jobs.h"
#include "batscope/archive/archive.h"
#include "demo_store.h"
#include "event_export.h"
#include "file_window.h"
#include "filter_runner.h"
#include "language.h"
#include "resources_init.h"
#include "models/event_table_model.h"
#include "number_text.h"
#include "status_style.h"
#include "store_comparison.h"
#include "store_follow.h"
#include "store_session.h"
#include "theme.h"
#include "view_state.h"
#include "navigation_history.h"
#include "views/causal_graph_view.h"
#include "views/chain_view.h"
#include "views/compare_paths_view.h"
#include "views/compare_stores_dialog.h"
#include "views/event_details_view.h"
#include "views/event_table_view.h"
#include "views/timeline_view.h"
#include "views/filter_bar.h"
#include "views/file_bytes_dialog.h"
#include "views/restore_timings_view.h"
#include "views/segment_map_view.h"
#include "views/warnings_view.h"
#include "views/welcome_view.h"

namespace batscope::ui {

namespace {
constexpr int kMaxRecent = 10;

QString restoreInWords(const RestoreResult& r) {
  switch (r.report.source) {
    case RestoreSource::MmapSnapshot:
      return QObject::tr("Restored via mmap snapshot + %L1 tail events").arg(r.report.tailEntries);
    case RestoreSource::Checkpoint:
      return QObject::tr("Restored via checkpoint + %L1 tail events").arg(r.report.tailEntries);
    case RestoreSource::SealedSidxRebuild:
      return QObject::tr("Rebuilt from SIDX footers (parallel)");
    case RestoreSource::FrameScanFallback:
      return QObject::tr("Rebuilt by sequential frame scan");
  }
  return {};
}
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  batscopeInitResources();
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/batscope.svg")));
  setAcceptDrops(true);
  session_ = new StoreSession(this);
  state_ = new ViewState(this);
  filterRunner_ = new FilterRunner(this);
  history_ = new NavigationHistory(state_, this);
  qApp->installEventFilter(this);  // the mouse's back and forward buttons, over any child
  archives_ = new ArchiveJobs(this);
  eventExport_ = new EventExport(this);
  demo_ = new DemoGenerator(this);
  model_ = new EventTableModel(this);

  table_ = new EventTableView(model_, this);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& cur) {
    if (cur.isValid()) state_->setCurrentRow(cur.data(EventTableModel::IndexRowRole).toUInt());
  });
  connect(state_, &ViewState::currentRowChanged, this, &MainWindow::selectIndexRow);
  connect(state_, &ViewState::timeDisplayChanged, model_, &EventTableModel::setUtcTime);

  filterBar_ = new FilterBar(session_, state_, this);
  browser_ = new QWidget(this);
  auto* layout = new QVBoxLayout(browser_);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  filterRow_ = new QHBoxLayout;  // Back and Forward go before the filter (buildGoMenu)
  filterRow_->setContentsMargins(4, 0, 0, 0);
  filterRow_->setSpacing(0);
  filterRow_->addWidget(filterBar_, 1);
  layout->addLayout(filterRow_);
  // The true view is not what batpak shows: say so where the events are, not only in the
  // status bar.
  trueViewBanner_ = new QLabel(this);
  trueViewBanner_->setObjectName(QStringLiteral("TrueViewBanner"));
  trueViewBanner_->setWordWrap(true);
  trueViewBanner_->setContentsMargins(8, 4, 8, 4);
  trueViewBanner_->setAutoFillBackground(true);
  QPalette bannerPalette = trueViewBanner_->palette();
  QColor tint = toneColor(StatusTone::Info);
  tint.setAlpha(60);
  bannerPalette.setColor(QPalette::Window, tint);
  trueViewBanner_->setPalette(bannerPalette);
  trueViewBanner_->hide();
  connect(trueViewBanner_, &QLabel::linkActivated, this, [this] { session_->setTrueView(false); });
  layout->addWidget(trueViewBanner_);
  layout->addWidget(table_, 1);
  welcome_ = new WelcomeView(this);
  auto* central = new QStackedWidget(this);
  central->addWidget(welcome_);
  central->addWidget(browser_);
  setCentralWidget(central);
  connect(welcome_, &WelcomeView::openRequested, this, &MainWindow::openDialog);
  connect(welcome_, &WelcomeView::openArchiveRequested, this, &MainWindow::openArchiveDialog);
  connect(welcome_, &WelcomeView::recentChosen, this, [this](const QString& path) { openStore(path); });
  connect(welcome_, &WelcomeView::generateDemoRequested, this, &MainWindow::generateDemo);
  connect(demo_, &DemoGenerator::progress, welcome_, &WelcomeView::setDemoProgress);
  connect(demo_, &DemoGenerator::finished, this, [this](const QString& dir) {
    welcome_->setDemoProgress(-1);
    openStore(dir);
  });
  connect(demo_, &DemoGenerator::failed, this, [this](const QString& message) {
    welcome_->setDemoProgress(-1);
    statusBar()->showMessage(tr("Could not generate the demo store: %1").arg(message));
    if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS")) QMessageBox::warning(this, tr("Demo Store"), message);
  });
  emptyState_ = new QLabel(table_->viewport());
  (new QVBoxLayout(table_->viewport()))->addWidget(emptyState_);  // fills the viewport as it resizes
  emptyState_->setObjectName(QStringLiteral("EmptyState"));
  emptyState_->setAlignment(Qt::AlignCenter);
  emptyState_->setWordWrap(true);
  emptyState_->hide();
  connect(emptyState_, &QLabel::linkActivated, this, [this] { state_->setQuery(EventQuery{}); });

  connectFilterRunner();
  connectSession();
  connectArchives();

  buildActions();
  buildMenus();
  buildDocks();
  buildStatusBar();
  restoreSettings();
  updateWelcome();
  updateTitle();
  updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showProgress(const QString& format, double fraction) {
  progress_->setRange(0, 1000);
  progress_->setFormat(format);
  // Wide enough for the phase's words (German ones are long), so the text is not cut.
  QString longest = format;
  longest.replace(QStringLiteral("%p"), QStringLiteral("100"));
  progress_->setMinimumWidth(std::min(progress_->fontMetrics().horizontalAdvance(longest) + 40, 480));
  progress_->setValue(int(fraction * 1000));
  progress_->show();
  cancelButton_->show();
}

void MainWindow::hideProgress() {
  progress_->hide();
  cancelButton_->hide();
}

void MainWindow::connectFilterRunner() {
  connect(state_, &ViewState::filterChanged, this, [this] { applyFilter(); });
  connect(filterRunner_, &FilterRunner::started, this, [this] { showProgress(tr("Filtering… %p%"), 0); });
  connect(filterRunner_, &FilterRunner::progress, this, [this](double f) { progress_->setValue(int(f * 1000)); });
  connect(filterRunner_, &FilterRunner::finished, this, [this](const QString&, std::vector<uint32_t> rows) {
    hideProgress();
    if (std::exchange(filteringAppended_, false)) appendFollowedRows(std::move(rows));
    else showRows(std::move(rows));
  });
  connect(filterRunner_, &FilterRunner::failed, this, [this](const QString&, const QString& message) {
    statusBar()->showMessage(tr("Invalid filter %1").arg(message), 5000);
  });
  // A large sort runs on the pool: the table keeps its old order until the new one is ready.
  connect(model_, &EventTableModel::sortStarted, this, [this] {
    progress_->setRange(0, 0);
    progress_->setFormat(tr("Sorting…"));
    progress_->show();
    statusBar()->showMessage(tr("Sorting %1 events…").arg(grouped(uint64_t(model_->rowCount()))));
  });
  connect(model_, &EventTableModel::sortFinished, this, [this] {
    progress_->hide();
    statusBar()->clearMessage();
    if (table_->currentIndex().isValid()) table_->scrollTo(table_->currentIndex(), QAbstractItemView::PositionAtCenter);
  });
}

void MainWindow::connectSession() {
  // The store shown stays (table, filter, title) until the new one is ready.
  connect(session_, &StoreSession::opening, this, [this](const QString& path) {
    // Reopening the same store on another restore path selects the same event again.
    const Index* index = session_->index();
    const uint32_t row = state_->currentRow();
    reselect_ = index && row < index->entryCount() ? std::optional<Id128>(index->eventId(row)) : std::nullopt;
    showProgress(tr("Opening…"), 0);
    pathLabel_->setText(tr("Opening %1…").arg(path));
    updateWelcome();
  });
  connect(session_, &StoreSession::progress, this,
          [this](const QString& phase, double f) { showProgress(phase + QStringLiteral(" %p%"), f); });
  connect(session_, &StoreSession::backgroundProgress, this,
          [this](const QString& phase, double f) { showProgress(phase + QStringLiteral(" %p%"), f); });
  connect(session_, &StoreSession::opened, this, &MainWindow::onOpened);
  connect(session_, &StoreSession::backgroundFinished, this, &MainWindow::onBackgroundFinished);
  connect(session_, &StoreSession::chainsChanged, this, [this] {
    showChainStatus();
    updateStatus();
  });
  connect(session_, &StoreSession::openFailed, this, [this](const QString& message) {
    pendingArchive_.reset();  // its temporary folder goes; the store shown is untouched
    hideProgress();
    updateStatus();
    statusBar()->showMessage(tr("Could not open the store: %1").arg(message));
    if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS"))
      QMessageBox::warning(this, tr("Could not open the store"), message);
    updateTitle();
    updateWelcome();
  });
  connect(session_, &StoreSession::viewChanged, this, [this] {
    updateTrueViewBanner();
    if (trueViewAction_) trueViewAction_->setChecked(session_->trueView());
    // A followed store grew, and the table shows its rows in sequence order with its filter
    // applied: the new rows are added to them rather than every row shown afresh.
    const std::vector<uint32_t>* added = session_->appendedRows();
    if (added && model_->isInSequenceOrder() && !filterRunner_->isRunning() && shownFilter_ &&
        *shownFilter_ == state_->filter()) {
      std::vector<uint32_t> rows = *added;
      if (state_->query().empty() || rows.empty()) {
        appendFollowedRows(std::move(rows));
      } else {  // filtered first, alone: finished() then adds the matches
        filteringAppended_ = true;
        filterRunner_->run(session_->sharedIndex(), session_->sharedDataDir(), state_->query(), std::move(rows));
      }
      updateStatus();
      return;
    }
    showAllRowsAfresh();
    updateStatus();
  });
}

void MainWindow::connectArchives() {
  connect(eventExport_, &EventExport::progress, this, [this](double f) { showProgress(tr("Exporting events… %p%"), f); });
  connect(eventExport_, &EventExport::finished, this, [this](const QString& path, qulonglong events, qulonglong bytes) {
    hideProgress();
    const QString size = QLocale().formattedDataSize(qint64(bytes));
    statusBar()->showMessage(events == 1 ? tr("Wrote %1 (1 event, %2)").arg(path, size)
                                         : tr("Wrote %1 (%2 events, %3)").arg(path, grouped(events), size),
                             8000);
  });
  connect(eventExport_, &EventExport::failed, this, [this](const QString& message) {
    hideProgress();
    statusBar()->showMessage(message);
    if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS")) QMessageBox::warning(this, tr("Export Events"), message);
  });
  connect(archives_, &ArchiveJobs::progress, this,
          [this](const QString& what, double f) { showProgress(what + QStringLiteral(" %p%"), f); });
  connect(archives_, &ArchiveJobs::archiveOpened, this, [this](const QString& archive, const QString& dataDir) {
    pendingArchive_ = archives_->takeExtracted();
    session_->open(dataDir, RestorePathChoice(restorePath_), archive,
                   pendingArchive_ ? pendingArchive_->findings() : std::vector<Finding>{});
  });
  connect(archives_, &ArchiveJobs::archiveExported, this, [this](const QString& archive, qulonglong bytes) {
    hideProgress();
    statusBar()->showMessage(tr("Wrote %1 (%2)").arg(archive, QLocale().formattedDataSize(qint64(bytes))), 8000);
  });
  connect(archives_, &ArchiveJobs::failed, this, [this](const QString& message) {
    hideProgress();
    updateWelcome();
    statusBar()->showMessage(message);
    if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS")) QMessageBox::warning(this, tr("Archive"), message);
  });
}

// Settled: the store shown is fully analysed and no other open (or unpacking) is pending.
bool MainWindow::isSettled() const {
  return tableFilled_ && backgroundDone_ && !session_->isBusy() && !archives_->isBusy();
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  filterRunner_->cancel();
  archives_->cancel();
  session_->close();
  openedArchive_.reset();
  event->accept();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::MouseButtonPress) {
    const auto* mouse = static_cast<QMouseEvent*>(event);
    auto* widget = qobject_cast<QWidget*>(watched);
    const bool back = mouse->button() == Qt::BackButton, forward = mouse->button() == Qt::ForwardButton;
    if ((back || forward) && widget && widget->window() == this) {
      back ? history_->back() : history_->forward();
      return true;
    }
  }
  return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (urls.isEmpty() || !urls.first().isLocalFile()) return;
  QFileInfo info(urls.first().toLocalFile());
  // A dropped archive opens as an archive; a dropped segment file opens its data directory.
  if (info.isFile() && ArchiveJobs::looksLikeArchive(info.fileName())) openStore(info.absoluteFilePath());
  else openStore(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
  event->acceptProposedAction();
}

void MainWindow::addRecent(const QString& path) {
  recent_.removeAll(path);
  recent_.prepend(path);
  while (recent_.size() > kMaxRecent) recent_.removeLast();
  QSettings().setValue(QStringLiteral("recent"), recent_);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  if (welcome_) welcome_->setRecent(recent_);
  recentMenu_->clear();
  for (const QString& path : recent_) {
    QAction* a = recentMenu_->addAction(path);
    connect(a, &QAction::triggered, this, [this, path] { openStore(path); });
  }
  recentMenu_->setEnabled(!recent_.isEmpty());
  if (!recent_.isEmpty()) {
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("Clear Menu"));
    connect(clear, &QAction::triggered, this, [this] {
      recent_.clear();
      QSettings().setValue(QStringLiteral("recent"), recent_);
      rebuildRecentMenu();
    });
  }
}

void MainWindow::openDialog() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open batpak Data Directory"),
                                                        recent_.isEmpty() ? QString() : recent_.first());
  if (!dir.isEmpty()) openStore(dir);
}

// The store shown stays until the new one has opened (onOpened); if opening fails it stays
// exactly as it was.
void MainWindow::openStore(const QString& dir, const QString& displayName) {
  const QFileInfo info(dir);
  if (info.isFile() && ArchiveJobs::looksLikeArchive(info.fileName())) {
    pathLabel_->setText(tr("Unpacking %1…").arg(dir));
    archives_->openArchive(info.absoluteFilePath());
    updateWelcome();
    return;
  }
  session_->open(dir, RestorePathChoice(restorePath_), displayName);
}

void MainWindow::closeStore() {
  setFollowing(false);
  filterRunner_->cancel();
  archives_->cancel();
  model_->clear();
  session_->close();
  updateEmptyState();
  openedArchive_.reset();
  pendingArchive_.reset();
  shownStore_.clear();
  state_->setCurrentRow(ViewState::kNoRow);
  updateStatus();
  updateTitle();
  updateWelcome();
}

void MainWindow::updateWelcome() {
  // While a first store opens, the (empty) table and its progress bar say so, not the
  // welcome page's buttons.
  const bool storeComing = session_->isOpen() || session_->isBusy() || archives_->isBusy();
  auto* stack = static_cast<QStackedWidget*>(centralWidget());
  stack->setCurrentWidget(storeComing ? browser_ : static_cast<QWidget*>(welcome_));
  // The welcome page alone, not framed by empty docks; they come back as they were.
  const bool welcome = !storeComing;
  if (welcome == welcomeShown_) return;
  welcomeShown_ = welcome;
  if (welcome) {
    docksHiddenForWelcome_.clear();
    for (QDockWidget* d : {segmentsDock_, analysisDock_, detailsDock_})
      if (d && !d->isHidden()) {  // isVisible() is false before the window is shown
        docksHiddenForWelcome_.push_back(d);
        d->hide();
      }
  } else {
    showDocksHiddenForWelcome();
  }
}

void MainWindow::showDocksHiddenForWelcome() {
  for (QDockWidget* d : docksHiddenForWelcome_) d->show();
  docksHiddenForWelcome_.clear();
}

void MainWindow::generateDemo() {
  const QString dir = demoStorePath();
  // An existing demo is opened as it is (generation needs an empty folder).
  if (QDir(dir).exists() && !QDir(dir).isEmpty()) {
    openStore(dir);
    return;
  }
  welcome_->setDemoProgress(0);
  demo_->start(dir);
}

void MainWindow::openArchiveDialog() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Open batpak Archive"), QString(),
                                                    tr("batpak archives (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;All files (*)"));
  if (!file.isEmpty()) openStore(file);
}

void MainWindow::exportArchiveDialog() {
  if (!session_->isOpen()) {
    statusBar()->showMessage(tr("Open a store first"), 4000);
    return;
  }
  const QString suggested = QFileInfo(session_->displayName()).fileName() + QStringLiteral(".batpak.tar.zst");
  const QString file = QFileDialog::getSaveFileName(this, tr("Export Archive"), suggested,
                                                    tr("batpak archives (*.batpak.tar.zst)"));
  if (!file.isEmpty()) archives_->exportArchive(session_->path(), file);
}

void MainWindow::exportEventsDialog() {
  if (!session_->isOpen()) {
    statusBar()->showMessage(tr("Open a store first"), 4000);
    return;
  }
  const QString suggested = QFileInfo(session_->displayName()).fileName() + QStringLiteral("-events.json");
  const QString file = QFileDialog::getSaveFileName(
      this, model_->rowCount() == 1 ? tr("Export the Event Shown") : tr("Export the %1 Events Shown").arg(grouped(uint64_t(model_->rowCount()))),
      suggested,
      tr("JSON, as batscope-cli dump (*.json);;CSV (*.csv)"));
  if (!file.isEmpty()) exportEvents(file);
}

bool MainWindow::exportEvents(const QString& path) {
  if (!session_->isOpen() || eventExport_->isRunning()) return false;
  eventExport_->start(session_->sharedStore(), session_->sharedIndex(), session_->trueView(), session_->findings(),
                      model_->rows(), path);
  showProgress(tr("Exporting events… %p%"), 0);
  return true;
}

void MainWindow::setRestorePath(int path) {
  restorePath_ = path;
  for (QAction* a : pathGroup_->actions()) a->setChecked(a->data().toInt() == path);
}

void MainWindow::reopenWithPath(int path) {
  restorePath_ = path;
  for (QAction* a : pathGroup_->actions()) a->setChecked(a->data().toInt() == path);
  if (!session_->path().isEmpty()) session_->open(session_->path(), RestorePathChoice(path), session_->displayName());
}

void MainWindow::onOpened() {
  // The previous store is closed by now, so its archive's temporary folder can go.
  openedArchive_ = std::move(pendingArchive_);
  // Following is of one store: reopening the same directory (another restore path) goes on.
  if (isFollowing() && follow_->path() != session_->path()) setFollowing(false);
  shownFilter_.reset();  // the table still shows the previous store's rows
  // Another store starts unfiltered and with nothing selected: a filter of the last one
  // (seg:37, say) could match nothing here. Reopening the same store on another restore path
  // keeps both.
  filterRunner_->cancel();
  const bool sameStore = session_->displayName() == shownStore_;
  const uint32_t again = sameStore && reselect_ && session_->index() ? session_->index()->findById(*reselect_) : Index::kNoRow;
  state_->setCurrentRow(again == Index::kNoRow ? ViewState::kNoRow : again);
  if (!sameStore) {
    state_->setQuery(EventQuery{});
    history_->clear();
  }
  shownStore_ = session_->displayName();
  tableFilled_ = backgroundDone_ = false;
  addRecent(shownStore_);
  updateWelcome();
  hideProgress();
  updateTitle();
  updateStatus();
  applyFilter();
}

// The chain column from the latest checks; in batpak's view of a followed store, rows added
// since they ran stay pending until the next.
void MainWindow::showChainStatus() {
  const BackgroundResults* bg = session_->background();
  model_->setChainReport(bg ? bg->chains.get() : nullptr,
                         bg && !session_->trueView() ? bg->checkedFaithfulRows : SIZE_MAX);
}

// The table emptied and filled again from the index shown, filtered as the filter says.
void MainWindow::showAllRowsAfresh() {
  model_->clear();
  shownFilter_.reset();
  applyFilter();
}

// Adds a followed store's new rows (already filtered when a filter is set) after those shown,
// keeping the scroll position, or going to the end when sticking to it.
void MainWindow::appendFollowedRows(std::vector<uint32_t> rows) {
  if (!model_->appendRows(session_->sharedIndex(), rows)) {  // the table changed meanwhile: afresh
    followScroll_.reset();
    showAllRowsAfresh();
    return;
  }
  showChainStatus();
  const std::optional<int> scroll = std::exchange(followScroll_, std::nullopt);
  if (stickToEndAction_ && stickToEndAction_->isChecked()) table_->scrollToBottom();
  else if (scroll) table_->verticalScrollBar()->setValue(*scroll);
  updateEmptyState();
  updateStatus();
}

void MainWindow::onBackgroundFinished() {
  hideProgress();
  showChainStatus();
  backgroundDone_ = true;
  updateStatus();
  if (tableFilled_) emit settled();
}

void MainWindow::setFollowing(bool on) {
  if (followAction_ && followAction_->isChecked() != on) {
    followAction_->setChecked(on);  // toggled() comes back here
    return;
  }
  if (!follow_) {
    follow_ = new StoreFollow(this);
    connect(follow_, &StoreFollow::updated, this, &MainWindow::onFollowUpdate);
    connect(follow_, &StoreFollow::waiting, this, [this](const QString& message) {
      statusBar()->showMessage(tr("Following: waiting for the store (%1)").arg(message), 3000);
    });
  }
  unseenEvents_ = 0;
  // Only a data directory is followed: an archive's unpacked copy never changes.
  if (on && session_->isOpen() && !openedArchive_) {
    follow_->start(session_->path(), session_->store()->restore.index);
    statusBar()->showMessage(tr("Following %1: new events appear as they are committed").arg(session_->displayName()), 5000);
  } else {
    follow_->stop();
    if (on && followAction_) followAction_->setChecked(false);
  }
  updateFollowBadge();
  updateTitle();
}

bool MainWindow::isFollowing() const { return follow_ && follow_->isFollowing(); }

void MainWindow::onFollowUpdate(const std::shared_ptr<const FollowUpdate>& update, qulonglong newEvents) {
  if (!session_->isOpen() || !update->restore) return;
  // The event shown and the rows in view stay; new ones are counted on the badge (or shown,
  // when sticking to the end).
  const Index* before = session_->index();
  const uint32_t row = state_->currentRow();
  const std::optional<Id128> current =
      before && row < before->entryCount() ? std::optional<Id128>(before->eventId(row)) : std::nullopt;
  followScroll_ = table_->verticalScrollBar()->value();
  // Grown only over the index shown: the views may add the new rows to what they show.
  const OpenedStore* shown = session_->store();
  const bool grew = update->appendedOnly && shown && update->previous.get() == shown->restore.index.get();
  session_->adoptFollowed(update->dir, *update->restore, grew ? std::optional<std::vector<uint32_t>>(update->newRows) : std::nullopt);
  if (update->restarted)
    statusBar()->showMessage(tr("A segment shrank or went away (a compaction?): the store was restored afresh"), 8000);
  if (current) {
    const uint32_t now = session_->index()->findById(*current);
    if (now != Index::kNoRow && now != state_->currentRow()) state_->setCurrentRow(now);
  }
  unseenEvents_ += newEvents;
  updateFollowBadge();
}

void MainWindow::updateFollowBadge() {
  if (!followBadge_) return;
  const bool atEnd = table_->verticalScrollBar()->value() >= table_->verticalScrollBar()->maximum();
  if (atEnd) unseenEvents_ = 0;
  followBadge_->setText(unseenEvents_ == 1 ? tr("1 new event ↓") : tr("%1 new events ↓").arg(grouped(unseenEvents_)));
  followBadge_->setVisible(isFollowing() && unseenEvents_ > 0);
}

void MainWindow::compareWithStore(const QString& other) {
  if (!session_->isOpen()) {
    statusBar()->showMessage(tr("Open a store first"), 4000);
    return;
  }
  if (!comparison_) comparison_ = new StoreComparison(this);
  delete compareDialog_;
  compareDialog_ = new CompareStoresDialog(comparison_, this);
  compareDialog_->show();
  comparison_->start(session_->displayName(), session_->sharedDataDir(), session_->sharedStore()->restore.index, other);
}

void MainWindow::showFileBytes(const QString& file, quint64 offset) {
  const DataDir* dir = session_->dataDir();
  if (!dir) return;
  const FileWindow window = readFileWindow(*dir, file, offset);
  if (!window.error.isEmpty()) {
    if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS")) QMessageBox::warning(this, tr("Show Bytes"), window.error);
    return;
  }
  if (!fileBytes_) fileBytes_ = new FileBytesDialog(this);
  fileBytes_->showWindow(window);
}

void MainWindow::applyFilter() {
  filteringAppended_ = false;  // whatever runs now filters every row
  const Index* index = session_->index();
  if (!index || !session_->dataDir()) return;
  if (state_->query().empty()) {
    filterRunner_->cancel();
    showRows(index->visibleRows());
    return;
  }
  filterRunner_->run(session_->sharedIndex(), session_->sharedDataDir(), state_->query());
}

void MainWindow::showRows(std::vector<uint32_t> rows) {
  const uint32_t keep = state_->currentRow();
  shownFilter_ = state_->filter();
  const int sortColumn = table_->horizontalHeader()->sortIndicatorSection();
  const Qt::SortOrder order = table_->horizontalHeader()->sortIndicatorOrder();
  model_->setRows(session_->sharedIndex(), std::move(rows));
  showChainStatus();
  if (sortColumn != EventTableModel::Sequence || order != Qt::AscendingOrder) model_->sort(sortColumn, order);
  const int row = keep == ViewState::kNoRow ? -1 : model_->tableRowOf(keep);
  if (followScroll_) {  // a followed store grew: the rows in view stay (or the newest show)
    const int scroll = *followScroll_;
    followScroll_.reset();
    if (row >= 0) table_->selectionModel()->setCurrentIndex(model_->index(row, 0),
                                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (stickToEndAction_ && stickToEndAction_->isChecked()) table_->scrollToBottom();
    else table_->verticalScrollBar()->setValue(scroll);
  } else if (row >= 0) {
    selectIndexRow(keep);
  } else if (model_->rowCount() > 0) {
    table_->selectRow(0);
  } else {
    state_->setCurrentRow(ViewState::kNoRow);  // nothing shown: the details show nothing either
  }
  updateEmptyState();
  updateStatus();
  history_->rowsShown();
  const bool first = !tableFilled_;
  tableFilled_ = true;
  if (first) {
    emit storeReady();
    if (backgroundDone_) emit settled();
  }
}

// Where the checks found the bytes hold exactly batpak's entries, the two views are one
// index (StoreSession keeps one): the banner says so, so a table that did not change reads
// as a finding rather than as a switch that did nothing.
void MainWindow::updateTrueViewBanner() {
  trueViewBanner_->setVisible(session_->trueView());
  const bool same = session_->trueIndex() && session_->trueIndex() == session_->faithfulIndex();
  trueViewBanner_->setText(
      same ? tr("<b>True view</b>: every committed, CRC-valid frame at its real position. Here the bytes hold exactly "
                "the events batpak 0.5.0 shows, field for field. <a href=\"faithful\">Show batpak's view</a>")
           : tr("<b>True view</b>: every committed, CRC-valid frame at its real position — what the bytes hold, not "
                "what batpak 0.5.0 shows. <a href=\"faithful\">Show batpak's view</a>"));
}

// Said over the empty table when a filter matches nothing, rather than a blank grid.
void MainWindow::updateEmptyState() {
  const bool empty = session_->isOpen() && model_->rowCount() == 0 && !state_->filter().isEmpty();
  if (empty) {
    emptyState_->setText(tr("No event matches <b>%1</b>. <a href=\"clear\">Clear the filter</a>")
                             .arg(state_->filter().toHtmlEscaped()));
  }
  emptyState_->setVisible(empty);
}

void MainWindow::selectIndexRow(uint32_t row) {
  if (row == ViewState::kNoRow) return;
  const int r = model_->tableRowOf(row);
  if (r < 0) {
    // The table always shows the event the details show: one the filter hides (a cause, an
    // effect, the entity's next event) clears the filter, which Back brings back. Not while
    // a filter's rows are on their way, or Back is putting a step back: then the table picks
    // the event up when the rows arrive.
    const Index* index = session_->index();
    if (index && row < index->entryCount() && index->isVisible(row) && !history_->isApplying() &&
        shownFilter_ && state_->filter() == *shownFilter_ && !shownFilter_->isEmpty())
      state_->setQuery(EventQuery{});
    return;
  }
  const QModelIndex idx = model_->index(r, 0);
  if (table_->currentIndex().row() != r) {
    table_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  }
  table_->scrollTo(idx);
}

void MainWindow::stepInTable(int delta) {
  const int r = table_->currentIndex().row() + delta;
  if (r >= 0 && r < model_->rowCount()) table_->selectRow(r);
}

void MainWindow::goToEventId() {
  if (!session_->index()) return;
  bool ok = false;
  const QString text = QInputDialog::getText(this, tr("Go to Event"), tr("Event id (32 hex digits or UUID) or global sequence:"),
                                             QLineEdit::Normal, QString(), &ok).trimmed();
  if (ok && !text.isEmpty()) goToEvent(text);
}

bool MainWindow::goToEvent(const QString& text) {
  const Index* index = session_->index();
  if (!index) return false;
  Id128 id;
  uint32_t row = Index::kNoRow;
  if (parseId128(text.toStdString(), id)) row = index->findById(id);
  else {
    // Global sequences repeat (FORMAT.md §7): the first event in shown order carries it.
    bool isNumber = false;
    const qulonglong seq = text.toULongLong(&isNumber);
    if (isNumber)
      for (uint32_t r : index->visibleRows())
        if (index->entry(r).globalSequence == seq) { row = r; break; }
  }
  if (row == Index::kNoRow) {
    statusBar()->showMessage(tr("No event %1 in this store").arg(text), 5000);
    return false;
  }
  state_->setCurrentRow(row);  // clears a filter that hides it (selectIndexRow)
  return true;
}

bool MainWindow::showAnalysisTab(const QString& name) {
  const QString n = name.toLower();
  QWidget* w = n == QLatin1String("graph") ? static_cast<QWidget*>(graph_)
               : n == QLatin1String("chains") ? static_cast<QWidget*>(chains_)
               : n == QLatin1String("timeline") ? static_cast<QWidget*>(timeline_)
               : n == QLatin1String("restore") ? static_cast<QWidget*>(timings_)
               : n == QLatin1String("compare") ? static_cast<QWidget*>(compare_)
               : n == QLatin1String("warnings") ? static_cast<QWidget*>(warnings_)
                                                : nullptr;
  if (!w || !analysisTabs_) return false;
  analysisTabs_->setCurrentWidget(w);
  return true;
}

void MainWindow::updateTitle() {
  if (session_->path().isEmpty()) setWindowTitle(tr("Batscope"));
  else if (isFollowing()) setWindowTitle(tr("%1 (following) — Batscope").arg(session_->displayName()));
  else setWindowTitle(tr("%1 — Batscope").arg(session_->displayName()));
}

void MainWindow::updateStatus() {
  const RestoreResult* r = session_->restore();
  const Index* index = session_->index();
  if (!r || !index) {
    pathLabel_->setText(session_->isBusy() ? pathLabel_->text() : tr("No store open — File → Open, or drop a data directory here"));
    countLabel_->clear();
    filterBar_->setCounts(QString());
    timeLabel_->clear();
    warningsButton_->hide();
    return;
  }
  QString words = restoreInWords(*r);
  if (session_->trueView()) words += tr(" · true view");
  pathLabel_->setText(words);
  QLocale locale;
  const size_t visible = index->visibleRows().size();
  const size_t shown = size_t(model_->rowCount());
  const QString total = locale.toString(qulonglong(visible));
  if (shown == visible) countLabel_->setText(visible == 1 ? tr("1 event") : tr("%1 events").arg(total));
  else countLabel_->setText(visible == 1 ? tr("%1 of 1 event").arg(locale.toString(qulonglong(shown)))
                                         : tr("%1 of %2 events").arg(locale.toString(qulonglong(shown)), total));
  filterBar_->setCounts(countLabel_->text());
  // As the warnings panel counts them: one place reported twice is one warning.
  const size_t warnings = warnings_ ? size_t(warnings_->count(Finding::Severity::Warning) +
                                             warnings_->count(Finding::Severity::Error))
                                    : 0;
  warningsButton_->setText(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(locale.toString(qulonglong(warnings))));
  warningsButton_->setVisible(warnings > 0);
  timeLabel_->setText(tr("%1 s").arg(double(r->report.elapsedUs) / 1e6, 0, 'f', 3));
  timeLabel_->setToolTip(tr("Time batpak's restore took in Batscope"));
}

void MainWindow::about() {
  QMessageBox::about(this, tr("About Batscope"),
                     tr("<h3>Batscope %1</h3>"
                        "<p>A browser for event-sourced history written by batpak 0.5.0: the event timeline, "
                        "payloads, segments, causal links and BLAKE3 hash chains, restored exactly as batpak "
                        "restores them, beside what the bytes really hold.</p>"
                        "<p>Opening a store never writes to it.</p>")
                         .arg(QApplication::applicationVersion()));
}

}  // namespace batscope::ui
