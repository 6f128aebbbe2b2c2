#include "views/chain_view.h"
#include "views/flow_layout.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cstring>

#include "number_text.h"
#include "batscope/base/bytes.h"
#include "batscope/restore/index.h"
#include "chain_report_export.h"
#include "models/chain_model.h"
#include "store_session.h"
#include "view_state.h"
#include "views/chain_strip_view.h"
#include "qt_executor.h"

namespace batscope::ui {

namespace {

QFont monoFont(const QFont& base) {
  QFont f(QStringLiteral("monospace"));
  f.setStyleHint(QFont::Monospace);
  if (base.pointSizeF() > 0) f.setPointSizeF(base.pointSizeF());
  return f;
}

// `shown` in full hex (two lines of 32 digits), the digits that differ from `other` in red.
QString diffHtml(const Hash32& shown, const std::optional<Hash32>& other, const QString& caption) {
  const std::string a = hexEncode(shown);
  const std::string b = other ? hexEncode(*other) : std::string();
  QString html = QStringLiteral("<span style='font-family:sans-serif;font-size:small'>%1</span><br>").arg(caption.toHtmlEscaped());
  bool inDiff = false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (i == 32) {
      if (inDiff) html += QStringLiteral("</span>");
      html += QStringLiteral("<br>");
      inDiff = false;
    }
    const bool differs = other && a[i] != b[i];
    if (differs && !inDiff) html += QStringLiteral("<span style='color:#e03a3a;font-weight:bold'>");
    if (!differs && inDiff) html += QStringLiteral("</span>");
    inDiff = differs;
    html += QLatin1Char(a[i]);
  }
  if (inDiff) html += QStringLiteral("</span>");
  return html;
}

QLabel* hashLabel(QWidget* parent) {
  auto* l = new QLabel(parent);
  l->setTextFormat(Qt::RichText);
  l->setTextInteractionFlags(Qt::TextSelectableByMouse);
  l->setFont(monoFont(parent->font()));
  l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  // A caption line and two lines of 32 hex digits; rich-text labels under-report this.
  l->setMinimumHeight(QFontMetrics(parent->font()).height() + 2 * QFontMetrics(l->font()).lineSpacing() + 6);
  l->setMinimumWidth(QFontMetrics(l->font()).horizontalAdvance(QString(32, QLatin1Char('0'))) + 4);
  return l;
}

}  // namespace

ChainView::ChainView(StoreSession* session, ViewState* viewState, QWidget* parent)
    : QWidget(parent), session_(session), viewState_(viewState) {
  model_ = new ChainModel(session, this);
  proxy_ = new QSortFilterProxyModel(this);
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(ChainModel::SortRole);
  proxy_->setFilterKeyColumn(ChainModel::Entity);
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);

  QLayout* header = buildHeader();
  buildTable();
  QWidget* stripBox = buildStrip();
  buildBreakDetails();
  // The table takes what the strip and the break details leave: those keep their natural
  // height, so the hashes are never cut off.
  for (QWidget* w : {stripBox, details_, static_cast<QWidget*>(note_)})
    w->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  auto* root = new QVBoxLayout(this);
  root->setContentsMargins(6, 6, 6, 6);
  root->addLayout(header);
  root->addWidget(table_, 1);
  root->addWidget(stripBox);
  root->addWidget(details_);
  root->addWidget(note_);

  connect(model_, &QAbstractItemModel::modelReset, this, &ChainView::refresh);
  connect(model_, &QAbstractItemModel::dataChanged, this, &ChainView::refreshInPlace);
  if (viewState) connect(viewState, &ViewState::currentRowChanged, this, &ChainView::followCurrentEvent);
  if (session) {
    connect(session, &StoreSession::backgroundProgress, this, &ChainView::setProgress);
    connect(session, &StoreSession::opening, this, [this] {
      setProgress({}, 0.0);
      progressLabel_->setText(tr("Opening…"));
    });
    auto stop = [this] {
      progress_->hide();
      progressLabel_->hide();
      refresh();
    };
    connect(session, &StoreSession::backgroundFinished, this, stop);
    connect(session, &StoreSession::closed, this, [this, stop] {
      if (exportCancel_) exportCancel_->store(true);  // its store is gone
      stop();
    });
    connect(session, &StoreSession::openFailed, this, stop);
  }
  refresh();
}

// The chains checked again or extended, the rows kept: the summary, and the chain shown
// (its strip and details), without moving the selection.
void ChainView::refreshInPlace() {
  summary_->setText(summaryText());
  if (const ChainReport* r = model_->report())
    summary_->setToolTip(tr("%1 payload bytes hashed in %2 ms").arg(grouped(r->payloadBytesHashed)).arg(r->elapsedMs, 0, 'f', 1));
  if (table_->currentIndex().isValid()) showChain(table_->currentIndex());
}

// Summary, progress, entity filter, export.
QLayout* ChainView::buildHeader() {
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);  // a line of its own above the controls (FlowLayout)
  summary_->setObjectName(QStringLiteral("ChainSummary"));
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  progressLabel_ = new QLabel(tr("Verifying…"), this);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 100);
  progress_->setMaximumWidth(120);
  progress_->setTextVisible(false);
  progressLabel_->hide();
  progress_->hide();
  entityFilter_ = new QLineEdit(this);
  entityFilter_->setPlaceholderText(tr("Filter entities"));
  entityFilter_->setClearButtonEnabled(true);
  entityFilter_->setMaximumWidth(180);
  connect(entityFilter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
  exportButton_ = new QPushButton(tr("Export report…"), this);
  exportButton_->setToolTip(tr("Save the verify report as JSON or as a printable PDF"));
  connect(exportButton_, &QPushButton::clicked, this, &ChainView::exportReportInteractively);
  auto* header = new FlowLayout;
  header->addWidget(summary_);
  header->addWidget(progressLabel_);
  header->addWidget(progress_);
  header->addWidget(entityFilter_);
  header->addWidget(exportButton_);
  return header;
}

// The entity table.
void ChainView::buildTable() {
  table_ = new QTableView(this);
  table_->setObjectName(QStringLiteral("ChainTable"));
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(ChainModel::Status, Qt::AscendingOrder);  // broken chains first, then by name
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setMinimumHeight(table_->verticalHeader()->defaultSectionSize() * 5 + table_->horizontalHeader()->sizeHint().height());
  table_->horizontalHeader()->setHighlightSections(false);
  const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
  const int widths[] = {18, 12, 9, 9, 9, 20};
  for (int c = 0; c < ChainModel::ColumnCount; ++c) table_->setColumnWidth(c, widths[c] * digit + 12);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { onRowSelected(current); });
}

// The selected entity's chain strip, with its title and legend.
QWidget* ChainView::buildStrip() {
  auto* stripBox = new QWidget(this);
  auto* stripLayout = new QVBoxLayout(stripBox);
  stripLayout->setContentsMargins(0, 0, 0, 0);
  stripLayout->setSpacing(2);
  stripTitle_ = new QLabel(stripBox);
  auto* legend = new QLabel(tr("dashed: hidden event · ∅: restart at genesis · amber: after the first break"), stripBox);
  legend->setForegroundRole(QPalette::PlaceholderText);
  legend->setWordWrap(true);  // under the title where the dock is narrow (FlowLayout)
  auto* titleRow = new FlowLayout;
  titleRow->addWidget(stripTitle_);
  titleRow->addWidget(legend);
  strip_ = new ChainStripView(session_, viewState_, stripBox);
  stripLayout->addLayout(titleRow);
  stripLayout->addWidget(strip_);
  return stripBox;
}

// The first bad link: where it is and the hashes side by side.
void ChainView::buildBreakDetails() {
  details_ = new QWidget(this);
  auto* grid = new QGridLayout(details_);
  grid->setContentsMargins(0, 4, 0, 0);
  grid->setHorizontalSpacing(12);
  grid->setVerticalSpacing(4);
  detailsTitle_ = new QLabel(details_);
  detailsTitle_->setTextFormat(Qt::RichText);
  detailsWhere_ = new QLabel(details_);
  detailsWhere_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  selectEventButton_ = new QPushButton(tr("Select event"), details_);
  selectEventButton_->setToolTip(tr("Make the first broken link the current event"));
  connect(selectEventButton_, &QPushButton::clicked, this, &ChainView::selectBreakEvent);
  storedPrev_ = hashLabel(details_);
  expectedPrev_ = hashLabel(details_);
  storedHash_ = hashLabel(details_);
  recomputedHash_ = hashLabel(details_);
  auto* prevLabel = new QLabel(QStringLiteral("<b>prev_hash</b>"), details_);
  auto* hashRowLabel = new QLabel(QStringLiteral("<b>event_hash</b>"), details_);
  prevLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  hashRowLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  grid->addWidget(detailsTitle_, 0, 0, 1, 2);
  grid->addWidget(selectEventButton_, 0, 2, Qt::AlignRight);
  grid->addWidget(detailsWhere_, 1, 0, 1, 3);
  grid->addWidget(prevLabel, 2, 0);
  grid->addWidget(storedPrev_, 2, 1);
  grid->addWidget(expectedPrev_, 2, 2);
  grid->addWidget(hashRowLabel, 3, 0);
  grid->addWidget(storedHash_, 3, 1);
  grid->addWidget(recomputedHash_, 3, 2);
  grid->setColumnStretch(1, 1);
  grid->setColumnStretch(2, 1);
  note_ = new QLabel(this);
  note_->setWordWrap(true);
  note_->setForegroundRole(QPalette::PlaceholderText);
}

QString ChainView::summaryText() const {
  const ChainReport* r = model_->report();
  if (!r) return {};
  QString text = tr("%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links")
                     .arg(grouped(r->entities.size()))
                     .arg(grouped(uint64_t(model_->countWithStatus(EntityChain::Status::Verified))))
                     .arg(grouped(uint64_t(model_->countWithStatus(EntityChain::Status::Broken))))
                     .arg(grouped(uint64_t(model_->countWithStatus(EntityChain::Status::Unhashed))))
                     .arg(grouped(r->links));
  if (const size_t forks = r->forkCount())
    text += QStringLiteral(" · ") + (forks == 1 ? tr("1 fork") : tr("%1 forks").arg(grouped(uint64_t(forks))));
  return text;
}

void ChainView::setProgress(const QString& phase, double fraction) {
  if (fraction >= 1.0) return;  // "Done": backgroundFinished follows
  progressLabel_->setText(phase.isEmpty() ? tr("Verifying…") : tr("Verifying… (%1)").arg(phase));
  progress_->setValue(int(fraction * 100));
  progressLabel_->show();
  progress_->show();
}

void ChainView::refresh() {
  const ChainReport* r = model_->report();
  exportButton_->setEnabled(r != nullptr);
  if (!r) {
    summary_->setText(!session_ || !session_->isOpen() ? tr("No store open") : tr("Hash chains not verified yet"));
    summary_->setToolTip({});
    strip_->setEntity({}, nullptr);
    stripTitle_->clear();
    showDetails(nullptr);
    return;
  }
  summary_->setText(summaryText());
  summary_->setToolTip(tr("%1 payload bytes hashed in %2 ms").arg(grouped(r->payloadBytesHashed)).arg(r->elapsedMs, 0, 'f', 1));
  // Show something right away without moving the current event: the current event's entity,
  // else the first broken chain, else the first row.
  following_ = true;
  followCurrentEvent();
  if (!table_->currentIndex().isValid() && proxy_->rowCount() > 0) {
    QModelIndex pick = proxy_->index(0, 0);
    for (int row = 0; row < proxy_->rowCount(); ++row) {
      const QModelIndex i = proxy_->index(row, 0);
      if (i.data(ChainModel::StatusRole).toInt() == int(EntityChain::Status::Broken)) {
        pick = i;
        break;
      }
    }
    table_->setCurrentIndex(pick);
  }
  following_ = false;
}

QString ChainView::selectedEntity() const { return strip_->entity(); }

void ChainView::onRowSelected(const QModelIndex& proxyIndex) {
  const EntityChain* chain = showChain(proxyIndex);
  if (!chain) return;
  // The table's height may change with the details below it: keep the row in view.
  QTimer::singleShot(0, table_, [this] { table_->scrollTo(table_->currentIndex()); });
  if (!following_ && chain->status == EntityChain::Status::Broken) selectBreakEvent();
}

// The chain of the table's row `proxyIndex` in the strip and the details below (none: empty).
const EntityChain* ChainView::showChain(const QModelIndex& proxyIndex) {
  const QModelIndex source = proxy_->mapToSource(proxyIndex);
  if (!source.isValid() || !model_->report()) {
    strip_->setEntity({}, nullptr);
    stripTitle_->clear();
    showDetails(nullptr);
    return nullptr;
  }
  const EntityChain& chain = model_->chain(source.row());
  const QString entity = QString::fromStdString(chain.entity);
  strip_->setEntity(entity, &chain);  // always: the report may be a new one for the same entity
  QString title = QStringLiteral("<b>%1</b> · ").arg(entity.toHtmlEscaped()) +
                  (chain.links == 1 ? tr("1 link") : tr("%1 links").arg(grouped(chain.links)));
  if (chain.restarts)
    title += QStringLiteral(" · ") + (chain.restarts == 1 ? tr("1 restart") : tr("%1 restarts").arg(grouped(chain.restarts)));
  if (chain.unhashedLinks) title += tr(" · %1 unhashed").arg(grouped(chain.unhashedLinks));
  stripTitle_->setText(title);
  showDetails(&chain);
  return &chain;
}

void ChainView::showDetails(const EntityChain* chain) {
  const bool broken = chain && chain->firstBreak;
  details_->setVisible(broken);
  note_->setVisible(chain != nullptr);
  if (!chain) return;
  QStringList note;
  switch (chain->status) {
    case EntityChain::Status::Verified:
      note << (chain->restarts
                   ? tr("Every link verifies. The chain restarts at genesis %1 (zero prev_hash, clock 0), as batpak does around visibility fences.")
                         .arg(chain->restarts == 1 ? tr("once") : tr("%1 times").arg(grouped(chain->restarts)))
                   : tr("Every link verifies: each event_hash is BLAKE3 of its payload and each prev_hash the previous link's event_hash."));
      break;
    case EntityChain::Status::Unhashed:
      note << tr("Written without hashes (batpak's blake3 feature off): prev_hash and event_hash are all zero, nothing to verify.");
      break;
    case EntityChain::Status::Broken: break;
  }
  note << forksText(*chain) << batpakVerdictText(*chain);
  note.removeAll(QString());
  note_->setText(note.join(QLatin1Char(' ')));
  note_->setVisible(!note.isEmpty());
  if (!broken) return;
  const ChainBreak& b = *chain->firstBreak;
  QString title = tr("<span style='color:#e03a3a'><b>First break</b></span> at global sequence <b>%1</b> — %2")
                      .arg(b.globalSequence)
                      .arg(QString::fromStdString(b.reason).toHtmlEscaped());
  if (chain->breakCount > 1) title += tr(" (%1 broken links in all)").arg(grouped(chain->breakCount));
  detailsTitle_->setText(title);
  detailsWhere_->setText(tr("%1 @%2 · event %3")
                             .arg(QString::fromStdString(b.file))
                             .arg(b.offset)
                             .arg(QString::fromStdString(uuidText(b.eventId))));
  storedPrev_->setText(diffHtml(b.storedPrevHash, b.expectedPrevHash, tr("stored")));
  expectedPrev_->setText(diffHtml(b.expectedPrevHash, b.storedPrevHash, tr("expected (previous link's event_hash)")));
  storedHash_->setText(diffHtml(b.storedEventHash, b.recomputedHash, tr("stored")));
  if (b.recomputedHash)
    recomputedHash_->setText(diffHtml(*b.recomputedHash, b.storedEventHash, tr("recomputed BLAKE3(payload)")));
  else
    recomputedHash_->setText(QStringLiteral("<span style='font-family:sans-serif;font-size:small'>%1</span><br><i>%2</i>")
                                 .arg(tr("recomputed BLAKE3(payload)"), tr("payload unreadable")));
  selectEventButton_->setEnabled(breakRow() != Index::kNoRow);
}

// Forks are batpak's own doing (a fenced event chained to an older head, FORMAT.md §11.2),
// not tampering: say so in words.
QString ChainView::forksText(const EntityChain& chain) const {
  if (chain.forks.empty()) return {};
  QStringList where;
  for (size_t i = 0; i < chain.forks.size() && i < 5; ++i)
    where << tr("#%1 chains to #%2 instead of #%3")
                 .arg(chain.forks[i].globalSequence)
                 .arg(chain.forks[i].parentGlobalSequence)
                 .arg(chain.forks[i].adjacentGlobalSequence);
  if (chain.forks.size() > 5) where << QStringLiteral("…");
  return (chain.forks.size() == 1 ? tr("1 fork")
                                  : tr("%1 forks").arg(grouped(uint64_t(chain.forks.size())))) +
         QStringLiteral(" (") + where.join(QStringLiteral("; ")) + QStringLiteral("): ") +
         tr("the link's prev_hash names an older link of this entity rather than the one written just before it. "
            "batpak does this around visibility fences; every hash still matches, so the chain is not broken.");
}

// Where batpak's own verify_chain (visible events in global order) would stop.
QString ChainView::batpakVerdictText(const EntityChain& chain) const {
  const BackgroundResults* bg = session_ ? session_->background() : nullptr;
  if (!bg || !bg->batpakChains) return {};
  for (const BatpakChainVerdict& v : *bg->batpakChains) {
    if (v.entity != chain.entity) continue;
    if (v.intact) return chain.status == EntityChain::Status::Broken ? tr("batpak's verify_chain reports this chain intact.") : QString();
    return tr("batpak's own verify_chain, which walks visible events in global order, stops at global sequence %1 (%2).")
        .arg(*v.firstBreakGlobalSequence)
        .arg(QString::fromStdString(v.reason));
  }
  return {};
}

uint32_t ChainView::breakRow() const {
  const Index* index = session_ ? session_->index() : nullptr;
  const QModelIndex source = proxy_->mapToSource(table_->currentIndex());
  if (!index || !source.isValid() || !model_->report()) return Index::kNoRow;
  const EntityChain& chain = model_->chain(source.row());
  if (!chain.firstBreak) return Index::kNoRow;
  return index->findById(chain.firstBreak->eventId);
}

void ChainView::selectBreakEvent() {
  const uint32_t row = breakRow();
  if (row == Index::kNoRow) return;
  if (viewState_) viewState_->setCurrentRow(row);
  strip_->scrollToLink(strip_->breakLink());
}

void ChainView::selectEntity(const QString& entity) {
  const int row = model_->rowOfEntity(entity.toStdString());
  if (row < 0) return;
  const QModelIndex proxyIndex = proxy_->mapFromSource(model_->index(row, 0));
  if (!proxyIndex.isValid()) return;
  if (proxyIndex.row() == table_->currentIndex().row()) {
    onRowSelected(proxyIndex);  // re-select: still jumps to the break
    return;
  }
  table_->setCurrentIndex(proxyIndex);
  table_->scrollTo(proxyIndex);
}

void ChainView::followCurrentEvent() {
  const Index* index = session_ ? session_->index() : nullptr;
  if (!index || !viewState_ || viewState_->currentRow() >= index->entryCount() || !model_->report()) return;
  const int row = model_->rowOfEntity(index->entity(viewState_->currentRow()));
  if (row < 0) return;
  const QModelIndex proxyIndex = proxy_->mapFromSource(model_->index(row, 0));
  if (!proxyIndex.isValid() || proxyIndex.row() == table_->currentIndex().row()) return;
  const bool was = following_;
  following_ = true;
  table_->setCurrentIndex(proxyIndex);
  table_->scrollTo(proxyIndex);
  following_ = was;
}

namespace {

bool writeReport(const ChainReport& report, const QString& store, const QString& file,
                 const std::vector<StoreFileDigest>& files, QString* error) {
  if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) return writeChainReportPdf(report, store, file, error, files);
  return writeChainReportJson(report, store, file, error, files);
}

}  // namespace

bool ChainView::exportReport(const QString& file, QString* error) {
  const ChainReport* r = model_->report();
  if (!r) {
    if (error) *error = tr("The hash chains have not been verified yet.");
    return false;
  }
  std::vector<StoreFileDigest> files;
  if (const DataDir* dir = session_ ? session_->dataDir() : nullptr)
    if (!digestStoreFiles(*dir, nullptr, {}, files, error)) return false;
  return writeReport(*r, session_ ? session_->displayName() : QString(), file, files, error);
}

void ChainView::exportReportInteractively() {
  if (!model_->report()) return;
  const QString jsonFilter = tr("JSON report (*.json)");
  const QString pdfFilter = tr("PDF report (*.pdf)");
  QString selected = jsonFilter;
  QString file = QFileDialog::getSaveFileName(this, tr("Export verify report"),
                                              defaultReportName(session_ ? session_->displayName() : QString()),
                                              jsonFilter + QStringLiteral(";;") + pdfFilter, &selected);
  if (file.isEmpty()) return;
  const QString suffix = QFileInfo(file).suffix().toLower();
  if (suffix != QLatin1String("json") && suffix != QLatin1String("pdf"))
    file += selected == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".json");
  exportReportInBackground(file);
}

void ChainView::exportReportInBackground(const QString& file) {
  const BackgroundResults* bg = session_ ? session_->background() : nullptr;
  const std::shared_ptr<const ChainReport> report = bg ? bg->chains : nullptr;
  const std::shared_ptr<const DataDir> dir = session_ ? session_->sharedDataDir() : nullptr;
  if (!report || !dir) return;
  // The report records every file's BLAKE3, which reads the whole store: on the pool, with
  // progress here, cancelled when the store closes or the view goes.
  const QString store = session_->displayName();
  exportCancel_ = std::make_shared<std::atomic<bool>>(false);
  const auto cancel = exportCancel_;
  exportButton_->setEnabled(false);
  progressLabel_->setText(tr("Hashing the store's files for the report…"));
  progressLabel_->setToolTip(QString());
  progressLabel_->show();
  const QPointer<ChainView> self(this);
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, cancel, file] {
    const QString error = watcher->result();
    watcher->deleteLater();
    exportButton_->setEnabled(true);
    if (cancel->load()) {
      progressLabel_->hide();
      emit reportExported(file, tr("cancelled"));
      return;
    }
    if (!error.isEmpty()) {
      progressLabel_->hide();
      if (!qEnvironmentVariableIsSet("BATSCOPE_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Export verify report"), tr("Could not write %1: %2").arg(file, error));
      emit reportExported(file, error);
      return;
    }
    emit reportExported(file, QString());
    progressLabel_->setText(tr("Wrote %1").arg(QFileInfo(file).fileName()));
    progressLabel_->setToolTip(file);
    QTimer::singleShot(8000, progressLabel_, [label = progressLabel_] { label->hide(); });
  });
  watcher->setFuture(QtConcurrent::run(workPool(), [self, report, dir, cancel, file, store]() -> QString {
    std::vector<StoreFileDigest> files;
    QString error;
    int shown = -1;
    const auto progress = [&](double f) {
      const int percent = int(f * 100);
      if (percent == shown) return;
      shown = percent;
      QMetaObject::invokeMethod(self, [self, percent] {
        if (self) self->progressLabel_->setText(ChainView::tr("Hashing the store's files for the report… %1%").arg(percent));
      }, Qt::QueuedConnection);
    };
    if (!digestStoreFiles(*dir, cancel.get(), progress, files, &error) || cancel->load()) return error;
    if (!writeReport(*report, store, file, files, &error)) return error.isEmpty() ? QStringLiteral("?") : error;
    return {};
  }));
}

ChainView::~ChainView() {
  if (exportCancel_) exportCancel_->store(true);
}

// "<store>-chains-<yyyyMMdd-HHmm>.json": a store is usually a folder named data/, so its
// parent names it; an archive is named without its .batpak.tar.zst.
QString ChainView::defaultReportName(const QString& store) {
  const QFileInfo info(store);
  QString base = info.fileName();
  if (base == QLatin1String("data") && !info.dir().dirName().isEmpty()) base = info.dir().dirName() + QStringLiteral("-data");
  for (const char* suffix : {".batpak.tar.zst", ".tar.zst", ".tzst", ".tar"})
    if (base.endsWith(QLatin1String(suffix))) {
      base.chop(int(std::strlen(suffix)));
      break;
    }
  if (base.isEmpty()) base = QStringLiteral("store");
  return base + QStringLiteral("-chains-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
         QStringLiteral(".json");
}

}  // namespace batscope::ui
