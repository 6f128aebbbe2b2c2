// MainWindow's furniture: its actions, menus, toolbar, docks and status bar, and the
// settings that remember them. The behaviour behind them is in main_window.cpp.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include "archive_jobs.h"
#include "batscope/restore/restore_planner.h"
#include "filter_runner.h"
#include "language.h"
#include "main_window.h"
#include "event_export.h"
#include "navigation_history.h"
#include "models/event_table_model.h"
#include "store_session.h"
#include "theme.h"
#include "view_state.h"
#include "views/causal_graph_view.h"
#include "views/chain_view.h"
#include "views/compare_paths_view.h"
#include "views/event_details_view.h"
#include "views/filter_bar.h"
#include "views/restore_timings_view.h"
#include "views/segment_map_view.h"
#include "views/timeline_view.h"
#include "views/warnings_view.h"

namespace batscope::ui {

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
  followAction_ = new QAction(tr("&Follow Changes"), this);
  followAction_->setCheckable(true);
  followAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  followAction_->setToolTip(tr("Show new events as a writer appends them to this data directory (read-only)"));
  connect(followAction_, &QAction::toggled, this, &MainWindow::setFollowing);
  stickToEndAction_ = new QAction(tr("&Stick to the End"), this);
  stickToEndAction_->setCheckable(true);
  stickToEndAction_->setToolTip(tr("While following, keep the newest events in view"));
  exportEventsAction_ = new QAction(tr("Export E&vents…"), this);
  exportEventsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  exportEventsAction_->setToolTip(tr("Write the events the table shows to a JSON or CSV file"));
  connect(exportEventsAction_, &QAction::triggered, this, &MainWindow::exportEventsDialog);
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
  file->addAction(exportEventsAction_);
  file->addSeparator();
  file->addAction(followAction_);
  file->addAction(stickToEndAction_);
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

  buildGoMenu();
  buildAnalyzeMenu();

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

void MainWindow::buildGoMenu() {
  QMenu* go = menuBar()->addMenu(tr("&Go"));
  // Back and Forward step through the events looked at and the filters used.
  QAction* back = go->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"));
  back->setObjectName(QStringLiteral("BackAction"));
  back->setShortcut(QKeySequence::Back);
  back->setEnabled(false);
  connect(back, &QAction::triggered, history_, &NavigationHistory::back);
  QAction* forward = go->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"));
  forward->setObjectName(QStringLiteral("ForwardAction"));
  forward->setShortcut(QKeySequence::Forward);
  forward->setEnabled(false);
  connect(forward, &QAction::triggered, history_, &NavigationHistory::forward);
  for (QAction* a : {forward, back}) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(a);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (a->icon().isNull()) button->setArrowType(a == back ? Qt::LeftArrow : Qt::RightArrow);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                      a->shortcut().toString(QKeySequence::NativeText)));
    filterRow_->insertWidget(0, button);
  }
  connect(history_, &NavigationHistory::changed, this, [this, back, forward] {
    back->setEnabled(history_->canGoBack());
    forward->setEnabled(history_->canGoForward());
  });
  go->addSeparator();
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
}

void MainWindow::buildAnalyzeMenu() {
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
  QAction* compareStores = analyze->addAction(tr("Compare with &Store…"));
  compareStores->setToolTip(tr("Compare the open store with another data directory through their hash chains"));
  connect(compareStores, &QAction::triggered, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Compare with Store"));
    if (!dir.isEmpty()) compareWithStore(dir);
  });
  QAction* compareArchive = analyze->addAction(tr("Compare with &Archive…"));
  compareArchive->setToolTip(tr("Compare the open store with a .batpak.tar.zst archive through their hash chains"));
  connect(compareArchive, &QAction::triggered, this, [this] {
    const QString file = QFileDialog::getOpenFileName(this, tr("Compare with Archive"), QString(),
                                                      tr("batpak archives (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;All files (*)"));
    if (!file.isEmpty()) compareWithStore(file);
  });
  analyze->addSeparator();
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
  connect(warnings_, &WarningsView::countsChanged, this, &MainWindow::updateStatus);
  connect(warnings_, &WarningsView::showBytesRequested, this, &MainWindow::showFileBytes);
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

  // The tabs' contents do not push the dock wider when another tab is shown: the dock keeps
  // the width it was given (sizeDocks) or the user dragged.
  analysisTabs_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  segmentsDock_ = segDock;
  analysisDock_ = analysisDock;
  detailsDock_ = detailsDock;
  sizeDocks();
  viewMenu_->addSeparator();
  for (QDockWidget* d : {segDock, analysisDock, detailsDock}) viewMenu_->addAction(d->toggleViewAction());
  // A big graph or a long chain list wants more room than a dock: the Analysis panel in a
  // window of its own, most of the screen, and back into its dock.
  auto* ownWindow = viewMenu_->addAction(tr("Analysis in Its Own &Window"));
  ownWindow->setObjectName(QStringLiteral("AnalysisOwnWindow"));
  ownWindow->setCheckable(true);
  ownWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
  ownWindow->setToolTip(tr("Undock the Analysis panel into a large window (again to dock it)"));
  connect(ownWindow, &QAction::toggled, this, [this](bool on) {
    analysisDock_->show();
    analysisDock_->setFloating(on);
    if (on) {
      const QRect screen = analysisDock_->screen() ? analysisDock_->screen()->availableGeometry() : geometry();
      analysisDock_->setGeometry(screen.adjusted(screen.width() / 16, screen.height() / 16, -screen.width() / 16,
                                                 -screen.height() / 16));
    }
  });
  connect(analysisDock, &QDockWidget::topLevelChanged, ownWindow, [ownWindow](bool floating) {
    QSignalBlocker block(ownWindow);  // floated or docked by hand: the check follows
    ownWindow->setChecked(floating);
  });
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
  progress_->setMaximumWidth(480);
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
    eventExport_->cancel();
    session_->cancel();
    hideProgress();
  });
  statusBar()->addWidget(pathLabel_, 1);
  statusBar()->addWidget(countLabel_);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancelButton_);
  followBadge_ = new QToolButton(this);
  followBadge_->setObjectName(QStringLiteral("FollowBadge"));
  followBadge_->setAutoRaise(true);
  followBadge_->setToolTip(tr("New events arrived below the rows shown: click to go to the newest"));
  followBadge_->hide();
  connect(followBadge_, &QToolButton::clicked, this, [this] {
    table_->scrollToBottom();
    unseenEvents_ = 0;
    updateFollowBadge();
  });
  statusBar()->addPermanentWidget(followBadge_);
  connect(table_->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { updateFollowBadge(); });
  statusBar()->addPermanentWidget(warningsButton_);
  statusBar()->addPermanentWidget(timeLabel_);
  connect(session_, &StoreSession::findingsChanged, this, &MainWindow::updateStatus);
}

// Docks in proportion to the window, so that the table keeps most of a small one (at
// 1000 px the fixed 260 + 520 px left the table a third).
void MainWindow::sizeDocks() {
  if (!analysisDock_) return;
  const int w = std::max(width(), 800);
  resizeDocks({segmentsDock_, analysisDock_}, {std::clamp(w * 17 / 100, 170, 300), std::clamp(w * 32 / 100, 300, 620)},
              Qt::Horizontal);
  resizeDocks({detailsDock_}, {std::clamp(height() * 32 / 100, 180, 320)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event) {
  QMainWindow::showEvent(event);
  // Sized for the window's real size the first time it shows, unless saved settings placed
  // them; after that they stay where the user drags them.
  if (!docksPlaced_) sizeDocks();
  docksPlaced_ = true;
}

void MainWindow::restoreSettings() {
  QSettings s;
  restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
  if (!s.value(QStringLiteral("geometry")).isValid()) resize(1500, 920);
  docksPlaced_ = restoreState(s.value(QStringLiteral("windowState")).toByteArray());
  table_->horizontalHeader()->restoreState(s.value(QStringLiteral("tableHeader")).toByteArray());
  recent_ = s.value(QStringLiteral("recent")).toStringList();
  state_->setFilterHistory(s.value(QStringLiteral("filterHistory")).toStringList());
  utcAction_->setChecked(s.value(QStringLiteral("utc"), false).toBool());
  const QString theme = s.value(QStringLiteral("theme"), QStringLiteral("system")).toString();
  for (QAction* a : themeGroup_->actions()) a->setChecked(a->data().toString() == themeToString(themeFromString(theme)));
  rebuildRecentMenu();
}

void MainWindow::saveSettings() {
  showDocksHiddenForWelcome();  // the layout saved is the user's, not the welcome page's
  QSettings s;
  s.setValue(QStringLiteral("geometry"), saveGeometry());
  s.setValue(QStringLiteral("windowState"), saveState());
  s.setValue(QStringLiteral("tableHeader"), table_->horizontalHeader()->saveState());
  s.setValue(QStringLiteral("recent"), recent_);
  s.setValue(QStringLiteral("filterHistory"), state_->filterHistory());
  s.setValue(QStringLiteral("utc"), utcAction_->isChecked());
}

}  // namespace batscope::ui
