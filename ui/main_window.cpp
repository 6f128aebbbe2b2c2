#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "batscope/analysis/event_query.h"
#include "batscope/restore/restore_planner.h"
#include "archive_jobs.h"
#include "batscope/archive/archive.h"
#include "filter_runner.h"
#include "language.h"
#include "resources_init.h"
#include "models/event_table_model.h"
#include "store_session.h"
#include "theme.h"
#include "view_state.h"
#include "views/causal_graph_view.h"
#include "views/chain_view.h"
#include "views/compare_paths_view.h"
#include "views/event_details_view.h"
#include "views/timeline_view.h"
#include "views/filter_bar.h"
#include "views/restore_timings_view.h"
#include "views/segment_map_view.h"
#include "views/warnings_view.h"

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
  archives_ = new ArchiveJobs(this);
  model_ = new EventTableModel(this);

  table_ = new QTableView(this);
  table_->setObjectName(QStringLiteral("EventTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setSortingEnabled(true);
  table_->sortByColumn(EventTableModel::Sequence, Qt::AscendingOrder);
  table_->setWordWrap(false);
  table_->setAlternatingRowColors(true);
  table_->setShowGrid(false);
  table_->verticalHeader()->hide();
  // Uniform row heights: the view never measures rows, so 1,000,000 rows scroll smoothly.
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->horizontalHeader()->setSectionsMovable(true);
  table_->horizontalHeader()->setHighlightSections(false);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
  const int digit = table_->fontMetrics().horizontalAdvance(QLatin1Char('0'));
  const int widths[] = {9, 24, 16, 12, 10, 9, 34, 34, 34, 16};
  for (int c = 0; c < EventTableModel::ColumnCount; ++c) table_->setColumnWidth(c, widths[c] * digit + 12);
  connect(table_->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
    QMenu menu(this);
    for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
      QAction* a = menu.addAction(model_->headerData(c, Qt::Horizontal).toString());
      a->setCheckable(true);
      a->setChecked(!table_->isColumnHidden(c));
      connect(a, &QAction::toggled, this, [this, c](bool on) { table_->setColumnHidden(c, !on); });
    }
    menu.exec(table_->horizontalHeader()->mapToGlobal(pos));
  });
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& cur) {
    if (cur.isValid()) state_->setCurrentRow(cur.data(EventTableModel::IndexRowRole).toUInt());
  });
  connect(state_, &ViewState::currentRowChanged, this, &MainWindow::selectIndexRow);
  connect(state_, &ViewState::timeDisplayChanged, model_, &EventTableModel::setUtcTime);

  filterBar_ = new FilterBar(session_, state_, this);
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(filterBar_);
  layout->addWidget(table_, 1);
  setCentralWidget(central);

  connect(state_, &ViewState::filterChanged, this, [this] { applyFilter(); });
  connect(filterRunner_, &FilterRunner::started, this, [this] {
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setFormat(tr("Filtering… %p%"));
    progress_->show();
    cancelButton_->show();
  });
  connect(filterRunner_, &FilterRunner::progress, this, [this](double f) { progress_->setValue(int(f * 1000)); });
  connect(filterRunner_, &FilterRunner::finished, this, [this](const QString&, std::vector<uint32_t> rows) {
    progress_->hide();
    cancelButton_->hide();
    showRows(std::move(rows));
  });
  connect(filterRunner_, &FilterRunner::failed, this, [this](const QString&, const QString& message) {
    statusBar()->showMessage(tr("Invalid filter %1").arg(message), 5000);
  });

  connect(session_, &StoreSession::opening, this, [this](const QString& path) {
    tableFilled_ = backgroundDone_ = false;
    model_->clear();
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setFormat(tr("Opening…"));
    progress_->show();
    cancelButton_->show();
    pathLabel_->setText(tr("Opening %1…").arg(path));
    updateTitle();
  });
  connect(session_, &StoreSession::progress, this, [this](const QString& phase, double f) {
    progress_->setFormat(phase + QStringLiteral(" %p%"));
    progress_->setValue(int(f * 1000));
  });
  connect(session_, &StoreSession::backgroundProgress, this, [this](const QString& phase, double f) {
    if (!progress_->isVisible()) { progress_->show(); cancelButton_->show(); }
    progress_->setFormat(phase + QStringLiteral(" %p%"));
    progress_->setValue(int(f * 1000));
  });
  connect(session_, &StoreSession::opened, this, &MainWindow::onOpened);
  connect(session_, &StoreSession::backgroundFinished, this, &MainWindow::onBackgroundFinished);
  connect(session_, &StoreSession::openFailed, this, [this](const QString& message) {
    progress_->hide();
    cancelButton_->hide();
    pathLabel_->setText(tr("Could not open the store"));
    statusBar()->showMessage(message);
    if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS"))
      QMessageBox::warning(this, tr("Could not open the store"), message);
    updateTitle();
  });
  connect(archives_, &ArchiveJobs::progress, this, [this](const QString& what, double f) {
    progress_->setRange(0, 1000);
    progress_->setFormat(what + QStringLiteral(" %p%"));
    progress_->setValue(int(f * 1000));
    progress_->show();
    cancelButton_->show();
  });
  connect(archives_, &ArchiveJobs::archiveOpened, this, [this](const QString& archive, const QString& dataDir) {
    openedArchive_ = archives_->takeExtracted();
    session_->open(dataDir, RestorePathChoice(restorePath_), archive);
    if (openedArchive_) session_->setSourceFindings(openedArchive_->findings());
  });
  connect(archives_, &ArchiveJobs::archiveExported, this, [this](const QString& archive, qulonglong bytes) {
    progress_->hide();
    cancelButton_->hide();
    statusBar()->showMessage(tr("Wrote %1 (%2)").arg(archive, QLocale().formattedDataSize(qint64(bytes))), 8000);
  });
  connect(archives_, &ArchiveJobs::failed, this, [this](const QString& message) {
    progress_->hide();
    cancelButton_->hide();
    statusBar()->showMessage(message);
    if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS")) QMessageBox::warning(this, tr("Archive"), message);
  });
  connect(session_, &StoreSession::viewChanged, this, [this] {
    model_->clear();
    applyFilter();
    updateStatus();
  });

  buildActions();
  buildMenus();
  buildDocks();
  buildStatusBar();
  restoreSettings();
  updateTitle();
  updateStatus();
}

MainWindow::~MainWindow() = default;

bool MainWindow::isSettled() const { return tableFilled_ && backgroundDone_; }

void MainWindow::buildActions() {
  openAction_ = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Data Directory…"), this);
  openAction_->setShortcut(QKeySequence::Open);
  openAction_->setToolTip(tr("Open a batpak data directory (read-only)"));
  connect(openAction_, &QAction::triggered, this, &MainWindow::openDialog);
  reloadAction_ = new QAction(QIcon(QStringLiteral(":/icons/reload.svg")), tr("&Reload"), this);
  reloadAction_->setShortcut(QKeySequence::Refresh);
  reloadAction_->setToolTip(tr("Restore the open directory again"));
  connect(reloadAction_, &QAction::triggered, this, [this] {
    if (!session_->path().isEmpty()) reopenWithPath(restorePath_);
  });
  openArchiveAction_ = new QAction(tr("Open &Archive…"), this);
  openArchiveAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  openArchiveAction_->setToolTip(tr("Open a .batpak.tar.zst archive (unpacked into a private temporary directory)"));
  connect(openArchiveAction_, &QAction::triggered, this, &MainWindow::openArchiveDialog);
  exportArchiveAction_ = new QAction(tr("&Export Archive…"), this);
  exportArchiveAction_->setToolTip(tr("Pack the open data directory into one .batpak.tar.zst file"));
  connect(exportArchiveAction_, &QAction::triggered, this, &MainWindow::exportArchiveDialog);
  closeAction_ = new QAction(tr("&Close"), this);
  closeAction_->setShortcut(QKeySequence::Close);
  connect(closeAction_, &QAction::triggered, this, &MainWindow::closeStore);
  quitAction_ = new QAction(tr("&Quit"), this);
  quitAction_->setShortcut(QKeySequence::Quit);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);
  utcAction_ = new QAction(tr("Show Times in &UTC"), this);
  utcAction_->setCheckable(true);
  connect(utcAction_, &QAction::toggled, state_, &ViewState::setUtcTime);
  trueViewAction_ = new QAction(tr("&True View (What the Bytes Hold)"), this);
  trueViewAction_->setCheckable(true);
  trueViewAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
  trueViewAction_->setToolTip(tr("Show every committed, CRC-valid frame at its real position instead of what batpak 0.5.0 sees"));
  connect(trueViewAction_, &QAction::toggled, session_, &StoreSession::setTrueView);
  themeGroup_ = new QActionGroup(this);
  pathGroup_ = new QActionGroup(this);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(openAction_);
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  file->addAction(openArchiveAction_);
  file->addAction(reloadAction_);
  file->addSeparator();
  file->addAction(exportArchiveAction_);
  file->addSeparator();
  file->addAction(closeAction_);
  file->addSeparator();
  file->addAction(quitAction_);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* copyId = edit->addAction(tr("Copy Event &ID"));
  copyId->setShortcut(QKeySequence::Copy);
  connect(copyId, &QAction::triggered, this, [this] {
    const QModelIndex cur = table_->currentIndex();
    if (cur.isValid()) QGuiApplication::clipboard()->setText(cur.data(EventTableModel::EventIdRole).toString());
  });
  QAction* focusFilter = edit->addAction(tr("&Filter…"));
  focusFilter->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
  connect(focusFilter, &QAction::triggered, filterBar_, &FilterBar::focusFilter);

  viewMenu_ = menuBar()->addMenu(tr("&View"));
  QMenu* theme = viewMenu_->addMenu(tr("&Theme"));
  const std::pair<Theme, QString> themes[] = {{Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
  for (const auto& [t, name] : themes) {
    QAction* a = theme->addAction(name);
    a->setCheckable(true);
    a->setData(themeToString(t));
    themeGroup_->addAction(a);
    connect(a, &QAction::triggered, this, [t = t] {
      applyTheme(t);
      QSettings().setValue(QStringLiteral("theme"), themeToString(t));
    });
  }
  addLanguageMenu(viewMenu_, statusBar());
  viewMenu_->addAction(utcAction_);
  viewMenu_->addAction(trueViewAction_);
  viewMenu_->addSeparator();

  QMenu* go = menuBar()->addMenu(tr("&Go"));
  QAction* goId = go->addAction(tr("Go to &Event…"));
  goId->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
  connect(goId, &QAction::triggered, this, &MainWindow::goToEventId);
  QAction* next = go->addAction(tr("&Next Event"));
  next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
  connect(next, &QAction::triggered, this, [this] { stepInTable(1); });
  QAction* prev = go->addAction(tr("&Previous Event"));
  prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
  connect(prev, &QAction::triggered, this, [this] { stepInTable(-1); });
  QAction* first = go->addAction(tr("&First Event"));
  first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
  connect(first, &QAction::triggered, this, [this] { if (model_->rowCount()) table_->selectRow(0); });
  QAction* last = go->addAction(tr("&Last Event"));
  last->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
  connect(last, &QAction::triggered, this, [this] { if (model_->rowCount()) table_->selectRow(model_->rowCount() - 1); });

  QMenu* analyze = menuBar()->addMenu(tr("&Analyze"));
  QMenu* path = analyze->addMenu(tr("Restore &Path"));
  const std::pair<int, QString> paths[] = {
      {int(RestorePathChoice::Mmap), tr("&Default (mmap snapshot → checkpoint → rebuild)")},
      {int(RestorePathChoice::Checkpoint), tr("&Checkpoint (snapshot disabled)")},
      {int(RestorePathChoice::Rebuild), tr("&Rebuild from SIDX footers (artifacts disabled)")},
      {int(RestorePathChoice::Scan), tr("Sequential frame &scan (Batscope only)")}};
  for (const auto& [p, name] : paths) {
    QAction* a = path->addAction(name);
    a->setCheckable(true);
    a->setChecked(p == 0);
    a->setData(p);
    pathGroup_->addAction(a);
    connect(a, &QAction::triggered, this, [this, p = p] { reopenWithPath(p); });
  }
  QAction* compare = analyze->addAction(tr("&Compare Restore Paths"));
  compare->setToolTip(tr("Run every restore path read-only on this directory and compare the results"));
  connect(compare, &QAction::triggered, this, [this] {
    if (!analysisTabs_ || !compare_) return;
    analysisTabs_->setCurrentWidget(compare_);
    compare_->run();
  });
  QAction* graph = analyze->addAction(tr("Causal &Graph"));
  connect(graph, &QAction::triggered, this, [this] { if (analysisTabs_ && graph_) analysisTabs_->setCurrentWidget(graph_); });
  QAction* chainsAction = analyze->addAction(tr("Hash &Chains"));
  connect(chainsAction, &QAction::triggered, this, [this] { if (analysisTabs_ && chains_) analysisTabs_->setCurrentWidget(chains_); });
  QAction* timeline = analyze->addAction(tr("&Timeline"));
  connect(timeline, &QAction::triggered, this, [this] { if (analysisTabs_ && timeline_) analysisTabs_->setCurrentWidget(timeline_); });
  QAction* showWarnings = analyze->addAction(QIcon(QStringLiteral(":/icons/warning.svg")), tr("&Warnings"));
  connect(showWarnings, &QAction::triggered, this, [this] {
    if (analysisTabs_ && warnings_) analysisTabs_->setCurrentWidget(warnings_);
  });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* aboutAction = help->addAction(tr("&About Batscope"));
  connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

  QToolBar* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName(QStringLiteral("MainToolBar"));
  toolbar->setMovable(false);
  toolbar->addAction(openAction_);
  toolbar->addAction(reloadAction_);
  toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
  toolbar->hide();  // the filter bar and menus cover these; View menu can show it
  viewMenu_->addAction(toolbar->toggleViewAction());
}

void MainWindow::buildDocks() {
  setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
  segments_ = new SegmentMapView(session_, state_, this);
  auto* segDock = new QDockWidget(tr("Segments"), this);
  segDock->setObjectName(QStringLiteral("SegmentsDock"));
  segDock->setWidget(segments_);
  addDockWidget(Qt::LeftDockWidgetArea, segDock);

  analysisTabs_ = new QTabWidget(this);
  analysisTabs_->setDocumentMode(true);
  timings_ = new RestoreTimingsView(session_, this);
  warnings_ = new WarningsView(session_, state_, this);
  graph_ = new CausalGraphView(session_, state_, this);
  timeline_ = new TimelineView(session_, state_, this);
  compare_ = new ComparePathsView(session_, state_, this);
  analysisTabs_->addTab(graph_, tr("Graph"));
  chains_ = new ChainView(session_, state_, this);
  analysisTabs_->addTab(chains_, tr("Chains"));
  analysisTabs_->addTab(timeline_, tr("Timeline"));
  analysisTabs_->addTab(timings_, tr("Restore"));
  analysisTabs_->addTab(compare_, tr("Compare Paths"));
  analysisTabs_->addTab(warnings_, QIcon(QStringLiteral(":/icons/warning.svg")), tr("Warnings"));
  auto* analysisDock = new QDockWidget(tr("Analysis"), this);
  analysisDock->setObjectName(QStringLiteral("AnalysisDock"));
  analysisDock->setWidget(analysisTabs_);
  addDockWidget(Qt::RightDockWidgetArea, analysisDock);

  details_ = new EventDetailsView(session_, state_, this);
  auto* detailsDock = new QDockWidget(tr("Event Details"), this);
  detailsDock->setObjectName(QStringLiteral("DetailsDock"));
  detailsDock->setWidget(details_);
  addDockWidget(Qt::BottomDockWidgetArea, detailsDock);

  resizeDocks({segDock, analysisDock}, {260, 520}, Qt::Horizontal);
  resizeDocks({detailsDock}, {300}, Qt::Vertical);
  viewMenu_->addSeparator();
  for (QDockWidget* d : {segDock, analysisDock, detailsDock}) viewMenu_->addAction(d->toggleViewAction());
}

void MainWindow::buildStatusBar() {
  pathLabel_ = new QLabel(this);
  countLabel_ = new QLabel(this);
  timeLabel_ = new QLabel(this);
  warningsButton_ = new QToolButton(this);
  warningsButton_->setAutoRaise(true);
  warningsButton_->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
  warningsButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  warningsButton_->setToolTip(tr("Show the warnings panel"));
  connect(warningsButton_, &QToolButton::clicked, this, [this] {
    if (analysisTabs_ && warnings_) analysisTabs_->setCurrentWidget(warnings_);
  });
  progress_ = new QProgressBar(this);
  progress_->setMaximumWidth(260);
  progress_->setTextVisible(true);
  progress_->hide();
  cancelButton_ = new QToolButton(this);
  cancelButton_->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
  cancelButton_->setToolTip(tr("Cancel"));
  cancelButton_->setAutoRaise(true);
  cancelButton_->hide();
  connect(cancelButton_, &QToolButton::clicked, this, [this] {
    filterRunner_->cancel();
    archives_->cancel();
    session_->cancel();
    progress_->hide();
    cancelButton_->hide();
  });
  statusBar()->addWidget(pathLabel_, 1);
  statusBar()->addWidget(countLabel_);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancelButton_);
  statusBar()->addPermanentWidget(warningsButton_);
  statusBar()->addPermanentWidget(timeLabel_);
  connect(session_, &StoreSession::findingsChanged, this, &MainWindow::updateStatus);
}

void MainWindow::restoreSettings() {
  QSettings s;
  restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
  if (!s.value(QStringLiteral("geometry")).isValid()) resize(1500, 920);
  restoreState(s.value(QStringLiteral("windowState")).toByteArray());
  table_->horizontalHeader()->restoreState(s.value(QStringLiteral("tableHeader")).toByteArray());
  recent_ = s.value(QStringLiteral("recent")).toStringList();
  state_->setFilterHistory(s.value(QStringLiteral("filterHistory")).toStringList());
  utcAction_->setChecked(s.value(QStringLiteral("utc"), false).toBool());
  const QString theme = s.value(QStringLiteral("theme"), QStringLiteral("system")).toString();
  for (QAction* a : themeGroup_->actions()) a->setChecked(a->data().toString() == themeToString(themeFromString(theme)));
  rebuildRecentMenu();
}

void MainWindow::saveSettings() {
  QSettings s;
  s.setValue(QStringLiteral("geometry"), saveGeometry());
  s.setValue(QStringLiteral("windowState"), saveState());
  s.setValue(QStringLiteral("tableHeader"), table_->horizontalHeader()->saveState());
  s.setValue(QStringLiteral("recent"), recent_);
  s.setValue(QStringLiteral("filterHistory"), state_->filterHistory());
  s.setValue(QStringLiteral("utc"), utcAction_->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  filterRunner_->cancel();
  archives_->cancel();
  session_->close();
  openedArchive_.reset();
  event->accept();
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

void MainWindow::openStore(const QString& dir, const QString& displayName) {
  filterRunner_->cancel();
  state_->setCurrentRow(ViewState::kNoRow);
  // The previous store (and an archive's temporary directory) goes first.
  session_->close();
  openedArchive_.reset();
  // Another store starts unfiltered: a filter of the last one (seg:37, say) could match
  // nothing here. Cleared after the close, so no filter runs on the old rows.
  state_->setQuery(EventQuery{});
  const QFileInfo info(dir);
  if (info.isFile() && ArchiveJobs::looksLikeArchive(info.fileName())) {
    pathLabel_->setText(tr("Unpacking %1…").arg(dir));
    archives_->openArchive(info.absoluteFilePath());
    addRecent(info.absoluteFilePath());
    return;
  }
  session_->open(dir, RestorePathChoice(restorePath_), displayName);
  addRecent(displayName.isEmpty() ? dir : displayName);
}

void MainWindow::closeStore() {
  filterRunner_->cancel();
  archives_->cancel();
  model_->clear();
  session_->close();
  openedArchive_.reset();
  updateStatus();
  updateTitle();
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
  progress_->hide();
  cancelButton_->hide();
  updateTitle();
  updateStatus();
  applyFilter();
}

void MainWindow::onBackgroundFinished() {
  progress_->hide();
  cancelButton_->hide();
  const BackgroundResults* bg = session_->background();
  model_->setChainReport(bg ? bg->chains.get() : nullptr);
  backgroundDone_ = true;
  updateStatus();
  if (tableFilled_) emit settled();
}

void MainWindow::applyFilter() {
  const Index* index = session_->index();
  if (!index || !session_->dataDir()) return;
  if (state_->query().empty()) {
    filterRunner_->cancel();
    showRows(index->visibleRows());
    return;
  }
  filterRunner_->run(index, session_->dataDir(), state_->query());
}

void MainWindow::showRows(std::vector<uint32_t> rows) {
  const uint32_t keep = state_->currentRow();
  const int sortColumn = table_->horizontalHeader()->sortIndicatorSection();
  const Qt::SortOrder order = table_->horizontalHeader()->sortIndicatorOrder();
  model_->setRows(session_->index(), std::move(rows));
  const BackgroundResults* bg = session_->background();
  model_->setChainReport(bg ? bg->chains.get() : nullptr);
  if (sortColumn != EventTableModel::Sequence || order != Qt::AscendingOrder) model_->sort(sortColumn, order);
  const int row = keep == ViewState::kNoRow ? -1 : model_->tableRowOf(keep);
  if (row >= 0) selectIndexRow(keep);
  else if (model_->rowCount() > 0) table_->selectRow(0);
  updateStatus();
  const bool first = !tableFilled_;
  tableFilled_ = true;
  if (first) {
    emit storeReady();
    if (backgroundDone_) emit settled();
  }
}

void MainWindow::selectIndexRow(uint32_t row) {
  if (row == ViewState::kNoRow) return;
  const int r = model_->tableRowOf(row);
  if (r < 0) return;
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
  if (model_->tableRowOf(row) < 0) state_->setFilter(QString());
  state_->setCurrentRow(row);
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
  countLabel_->setText(shown == visible ? tr("%1 events").arg(locale.toString(qulonglong(visible)))
                                        : tr("%1 of %2 events").arg(locale.toString(qulonglong(shown)), locale.toString(qulonglong(visible))));
  filterBar_->setCounts(countLabel_->text());
  const auto findings = session_->findings();
  size_t warnings = 0;
  for (const Finding& f : findings) warnings += f.severity != Finding::Severity::Info;
  warningsButton_->setText(tr("%n warning(s)", nullptr, int(warnings)));
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
