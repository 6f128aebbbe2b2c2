// Batscope's main window (shared/design/UI.md): filter bar, the event table in the centre,
// the segments and store overview on the left, analysis tabs on the right, the three detail
// panes at the bottom, the restore path and counts in the status bar. Docks move, close and
// come back through the View menu; the layout, columns, theme and recent files persist.
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/restore/store_follower.h"

class QAction;
class QDockWidget;
class QShowEvent;
class QActionGroup;
class QHBoxLayout;
class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QTabWidget;
class QToolButton;

namespace batscope { class ExtractedArchive; }

namespace batscope::ui {

class ArchiveJobs;
class CausalGraphView;
class ChainView;
class ComparePathsView;
class EventDetailsView;
class TimelineView;
class EventTableModel;
class FilterBar;
class FilterRunner;
class DemoGenerator;
class WelcomeView;
class EventExport;
class FileBytesDialog;
class StoreFollow;
class CompareStoresDialog;
class StoreComparison;
class NavigationHistory;
class RestoreTimingsView;
class SegmentMapView;
class StoreSession;
class ViewState;
class WarningsView;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens a data directory, or a .batpak.tar.zst archive (unpacked into a private temporary
  // directory removed on close), asynchronously. `displayName` replaces the path in the title.
  void openStore(const QString& dir, const QString& displayName = {});
  // The restore path used by the next open (RestorePathChoice as int).
  void setRestorePath(int path);
  StoreSession* session() const { return session_; }
  ViewState* viewState() const { return state_; }
  EventTableModel* tableModel() const { return model_; }
  QTableView* tableView() const { return table_; }
  WarningsView* warningsView() const { return warnings_; }
  // File → Follow Changes: the open data directory followed while it is written (new
  // events appear as they are committed; filter, selection and scroll position stay).
  void setFollowing(bool on);
  bool isFollowing() const;
  // Analyze → Compare with Store/Archive: the open store against `other` (a data directory
  // or an archive), in the Compare Stores dialog.
  void compareWithStore(const QString& other);
  NavigationHistory* history() const { return history_; }
  // Brings an analysis tab to the front: "graph", "chains", "timeline", "restore", "compare", "warnings".
  // Selects the event with this id (hex or UUID) or global sequence; false if there is none.
  FilterBar* filterBar() const { return filterBar_; }
  bool goToEvent(const QString& idOrSequence);
  // Writes the events the table shows, in its order, to `path` (CSV for *.csv, else JSON as
  // `batscope-cli dump`), in the background; false when there is nothing to export.
  bool exportEvents(const QString& path);
  // The page shown while no store is open (open, recent stores, generate the demo).
  WelcomeView* welcomeView() const { return welcome_; }
  bool showAnalysisTab(const QString& name);
  // True once the store is open, the table filled and the background phase finished.
  bool isSettled() const;

 signals:
  void storeReady();      // the table shows the store's events
  void settled();         // background analysis finished too

 protected:
  void closeEvent(QCloseEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void connectFilterRunner();
  void connectSession();
  void connectArchives();
  void showProgress(const QString& format, double fraction);
  void hideProgress();
  // main_window_chrome.cpp: actions, menus, docks, status bar, settings.
  void buildActions();
  void buildMenus();
  void buildGoMenu();
  void buildAnalyzeMenu();
  void buildDocks();
  void buildStatusBar();
  void restoreSettings();
  void sizeDocks();
  void updateEmptyState();
  void saveSettings();
  void addRecent(const QString& path);
  void rebuildRecentMenu();
  void onOpened();
  void onBackgroundFinished();
  void applyFilter();
  void showRows(std::vector<uint32_t> rows);
  void selectIndexRow(uint32_t row);
  void updateStatus();
  void updateTrueViewBanner();
  void updateTitle();
  void reopenWithPath(int path);
  void openDialog();
  void openArchiveDialog();
  void exportArchiveDialog();
  void exportEventsDialog();
  // The bytes of a store file around `offset` (a finding's place), in a hex view.
  void showFileBytes(const QString& file, quint64 offset);
  void onFollowUpdate(const std::shared_ptr<const FollowUpdate>& update, qulonglong newEvents);
  void updateFollowBadge();
  void generateDemo();
  void updateWelcome();
  void showDocksHiddenForWelcome();
  void closeStore();
  void goToEventId();
  void stepInTable(int delta);
  void about();

  StoreSession* session_;
  ViewState* state_;
  FilterRunner* filterRunner_;
  NavigationHistory* history_;
  ArchiveJobs* archives_;
  EventExport* eventExport_;
  DemoGenerator* demo_;
  WelcomeView* welcome_ = nullptr;
  QWidget* browser_ = nullptr;  // filter bar, banner and table: shown while a store is open
  std::unique_ptr<batscope::ExtractedArchive> openedArchive_;   // the archive shown
  std::unique_ptr<batscope::ExtractedArchive> pendingArchive_;  // one being opened
  QLabel* trueViewBanner_ = nullptr;
  QHBoxLayout* filterRow_ = nullptr;
  QLabel* emptyState_ = nullptr;  // over the table when a filter matches nothing
  QDockWidget* segmentsDock_ = nullptr;
  QDockWidget* analysisDock_ = nullptr;
  QDockWidget* detailsDock_ = nullptr;
  bool welcomeShown_ = false;
  std::vector<QDockWidget*> docksHiddenForWelcome_;  // the docks the welcome page hid
  bool docksPlaced_ = false;  // by saved settings or the first show: then left to the user  // above the table while the true view is shown
  std::optional<QString> shownFilter_;  // the filter whose rows the table shows (none while a store opens)
  QString shownStore_;  // display name of the store shown ("" when none)
  std::optional<batscope::Id128> reselect_;  // the event selected when an open began
  EventTableModel* model_;
  QTableView* table_;
  FilterBar* filterBar_;
  EventDetailsView* details_ = nullptr;
  SegmentMapView* segments_ = nullptr;
  RestoreTimingsView* timings_ = nullptr;
  WarningsView* warnings_ = nullptr;
  FileBytesDialog* fileBytes_ = nullptr;  // created at first use
  StoreFollow* follow_ = nullptr;
  QAction* followAction_ = nullptr;
  QAction* stickToEndAction_ = nullptr;
  QToolButton* followBadge_ = nullptr;  // "N new events": arrived below the rows shown
  qulonglong unseenEvents_ = 0;
  std::optional<int> followScroll_;     // the table's scroll position to keep after an update
  bool filteringAppended_ = false;  // the filter runs over a followed store's new rows alone
  void appendFollowedRows(std::vector<uint32_t> rows);
  void showAllRowsAfresh();
  void showChainStatus();
  StoreComparison* comparison_ = nullptr;   // Compare Stores, created at first use
  CompareStoresDialog* compareDialog_ = nullptr;
  QTabWidget* analysisTabs_ = nullptr;
  CausalGraphView* graph_ = nullptr;
  TimelineView* timeline_ = nullptr;
  ChainView* chains_ = nullptr;
  ComparePathsView* compare_ = nullptr;

  QLabel* pathLabel_;
  QLabel* countLabel_;
  QToolButton* warningsButton_;
  QLabel* timeLabel_;
  QProgressBar* progress_;
  QToolButton* cancelButton_;

  QMenu* recentMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QAction* openAction_;
  QAction* reloadAction_;
  QAction* openArchiveAction_;
  QAction* exportArchiveAction_;
  QAction* exportEventsAction_;
  QAction* closeAction_;
  QAction* quitAction_;
  QAction* utcAction_;
  QAction* trueViewAction_;
  QActionGroup* themeGroup_;
  QActionGroup* pathGroup_;
  QStringList recent_;
  int restorePath_ = 0;
  bool tableFilled_ = false;
  bool backgroundDone_ = false;
};

}  // namespace batscope::ui
