// The hash-chain view (an analysis tab): every entity's chain as verified / broken / unhashed
// with its counts and a summary line; the selected entity's chain as a strip of links; for a
// broken chain its first bad link, stored against expected prev_hash and stored against
// recomputed event_hash, side by side. Selecting a broken entity selects its break event;
// when the current event changes elsewhere, its entity's row is selected. Exports the
// verify report as JSON or PDF.
#pragma once

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <cstdint>
#include <memory>

class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace batscope { struct EntityChain; }

class QHBoxLayout;

namespace batscope::ui {

class ChainModel;
class ChainStripView;
class StoreSession;
class ViewState;

class ChainView : public QWidget {
  Q_OBJECT
 public:
  ChainView(StoreSession* session, ViewState* viewState, QWidget* parent = nullptr);
  ~ChainView() override;

  ChainModel* model() const { return model_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }
  QTableView* table() const { return table_; }
  ChainStripView* strip() const { return strip_; }
  // The entity whose chain is shown (empty when none).
  QString selectedEntity() const;
  // The summary line ("50 entities: 49 verified, 1 broken, 0 unhashed · 200,000 links").
  QString summaryText() const;
  // The session index row of the selected chain's first break, or 0xffffffff.
  uint32_t breakRow() const;

 signals:
  // An export started by exportReportInBackground() ended: `error` is empty when it wrote.
  void reportExported(const QString& file, const QString& error);

 public slots:
  // Writes the report (JSON, or PDF by the suffix) with every store file's BLAKE3, hashing on
  // the pool with progress beside the button; reportExported() says how it ended.
  void exportReportInBackground(const QString& file);
  // Selects `entity`'s row (and, when its chain is broken, its break event).
  void selectEntity(const QString& entity);
  // Makes the selected chain's first break the current event.
  void selectBreakEvent();
  // Writes the verify report to `file`: PDF when it ends in .pdf, JSON otherwise.
  bool exportReport(const QString& file, QString* error = nullptr);
  // Asks for a file name (JSON or PDF) and exports.
  void exportReportInteractively();

  // The file name the export dialog suggests for a store's report.
  static QString defaultReportName(const QString& store);

 private:
  QLayout* buildHeader();
  void buildTable();
  QWidget* buildStrip();
  void buildBreakDetails();
  void refresh();
  void refreshInPlace();
  void onRowSelected(const QModelIndex& proxyIndex);
  const EntityChain* showChain(const QModelIndex& proxyIndex);
  void followCurrentEvent();
  void showDetails(const EntityChain* chain);
  void setProgress(const QString& phase, double fraction);

  QPointer<StoreSession> session_;
  QPointer<ViewState> viewState_;
  ChainModel* model_ = nullptr;
  QSortFilterProxyModel* proxy_ = nullptr;
  QTableView* table_ = nullptr;
  ChainStripView* strip_ = nullptr;
  QLabel* summary_ = nullptr;
  QLabel* progressLabel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLineEdit* entityFilter_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  std::shared_ptr<std::atomic<bool>> exportCancel_;  // the report export running, if any
  QLabel* stripTitle_ = nullptr;
  QWidget* details_ = nullptr;
  QLabel* detailsTitle_ = nullptr;
  QLabel* detailsWhere_ = nullptr;
  QLabel* storedPrev_ = nullptr;
  QLabel* expectedPrev_ = nullptr;
  QLabel* storedHash_ = nullptr;
  QLabel* recomputedHash_ = nullptr;
  QPushButton* selectEventButton_ = nullptr;
  QLabel* note_ = nullptr;
  QString forksText(const EntityChain& chain) const;
  QString batpakVerdictText(const EntityChain& chain) const;
  bool following_ = false;  // selecting a row because the current event moved: keep it
};

}  // namespace batscope::ui
