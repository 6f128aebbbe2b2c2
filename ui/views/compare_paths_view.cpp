#include "views/compare_paths_view.h"
#include "number_text.h"
#include "phase_text.h"
#include "views/plot_style.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <qcustomplot.h>

#include <algorithm>
#include <map>

#include "qt_executor.h"
#include "store_session.h"
#include "view_state.h"

namespace batscope::ui {

namespace {

constexpr int kMaxDisagreementRows = 5000;

const QColor kPhaseColors[] = {
    QColor(0x4a, 0x86, 0xc8), QColor(0xe0, 0x8a, 0x2a), QColor(0x3c, 0xa8, 0x5e), QColor(0x9a, 0x6c, 0xd0),
    QColor(0xc8, 0x4a, 0x5a), QColor(0x2a, 0xb0, 0xb0), QColor(0xc8, 0xb0, 0x3a), QColor(0xd0, 0x6c, 0xb0),
    QColor(0x7a, 0x9a, 0x3a), QColor(0x6a, 0x7a, 0xe0), QColor(0xb0, 0x7a, 0x4a), QColor(0x8a, 0x8a, 0x8a)};

QString duration(double ms) {
  if (ms >= 1000) return ComparePathsView::tr("%1 s").arg(ms / 1000, 0, 'f', 2);
  if (ms >= 10) return ComparePathsView::tr("%1 ms").arg(ms, 0, 'f', 1);
  return ComparePathsView::tr("%1 ms").arg(ms, 0, 'f', 2);
}

QString pathName(RestorePathChoice p) { return QString::fromLatin1(restorePathChoiceName(p)); }

QString kindName(PathDisagreement::Kind k) {
  switch (k) {
    case PathDisagreement::Kind::Missing: return ComparePathsView::tr("missing");
    case PathDisagreement::Kind::GlobalSequence: return ComparePathsView::tr("global sequence");
    case PathDisagreement::Kind::DiskPos: return ComparePathsView::tr("disk position");
    case PathDisagreement::Kind::Visibility: return ComparePathsView::tr("visibility");
    case PathDisagreement::Kind::Duplicates: return ComparePathsView::tr("duplicate entries");
  }
  return {};
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers) {
  auto* t = new QTableWidget(parent);
  t->setColumnCount(int(headers.size()));
  t->setHorizontalHeaderLabels(headers);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setSelectionMode(QAbstractItemView::SingleSelection);
  t->verticalHeader()->setVisible(false);
  t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
  t->horizontalHeader()->setStretchLastSection(true);
  t->setAlternatingRowColors(true);
  t->setWordWrap(false);
  return t;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(align);
  return item;
}

QTableWidgetItem* number(const QString& text) { return cell(text, Qt::AlignRight | Qt::AlignVCenter); }

QString sourceText(RestoreSource s) {
  switch (s) {
    case RestoreSource::MmapSnapshot: return ComparePathsView::tr("mmap snapshot");
    case RestoreSource::Checkpoint: return ComparePathsView::tr("checkpoint");
    case RestoreSource::SealedSidxRebuild: return ComparePathsView::tr("SIDX rebuild");
    case RestoreSource::FrameScanFallback: return ComparePathsView::tr("frame scan");
  }
  return {};
}

}  // namespace

ComparePathsView::ComparePathsView(StoreSession* session, ViewState* state, QWidget* parent)
    : QWidget(parent), session_(session), state_(state) {
  runButton_ = new QPushButton(tr("Compare restore paths"), this);
  runButton_->setToolTip(tr("Run every restore path read-only on the open directory and compare the indexes"));
  cancelButton_ = new QPushButton(tr("Cancel"), this);
  progressBar_ = new QProgressBar(this);
  progressBar_->setRange(0, 1000);
  progressBar_->setTextVisible(true);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  paths_ = makeTable(this, {tr("Path requested"), tr("batpak's path"), tr("Source"), tr("Restored / tail"),
                            tr("Events (visible / entries)"), tr("Elapsed"), tr("True view identical")});
  disagreements_ = makeTable(this, {tr("Seq"), tr("Difference"), tr("Event id"), tr("Path A"), tr("Value A"),
                                    tr("Path B"), tr("Value B")});
  disagreements_->setToolTip(tr("Double-click to select the event"));
  historyTable_ = makeTable(this, {tr("Time"), tr("Directory"), tr("Path"), tr("Source"), tr("Elapsed"), tr("Events")});

  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(120);
  placeLegendAbovePlot(plot_, 3);

  auto* bar = new QHBoxLayout;
  bar->setContentsMargins(0, 0, 0, 0);
  bar->addWidget(runButton_);
  bar->addWidget(progressBar_, 1);
  bar->addWidget(cancelButton_);

  auto titled = [this](const QString& title, QWidget* w) {
    auto* box = new QWidget(this);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(0, 2, 0, 0);
    l->setSpacing(2);
    auto* label = new QLabel(title, box);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    l->addWidget(label);
    l->addWidget(w, 1);
    return box;
  };
  auto* middle = middle_ = new QSplitter(Qt::Horizontal, this);
  middle->addWidget(titled(tr("Where batpak's paths disagree (faithful view)"), disagreements_));
  middle->addWidget(titled(tr("Phases per path (ms)"), plot_));
  middle->setStretchFactor(0, 1);
  middle->setStretchFactor(1, 1);
  middle->setSizes({480, 520});
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(titled(tr("Restore paths"), paths_));
  split->addWidget(middle);
  split->addWidget(titled(tr("History of opens"), historyTable_));
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 3);
  split->setStretchFactor(2, 1);
  split->setSizes({150, 300, 120});

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(bar);
  layout->addWidget(summary_);
  layout->addWidget(split, 1);

  connect(runButton_, &QPushButton::clicked, this, &ComparePathsView::run);
  connect(cancelButton_, &QPushButton::clicked, this, &ComparePathsView::cancel);
  connect(disagreements_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    const QTableWidgetItem* item = disagreements_->item(row, 2);
    const Index* index = session_ ? session_->index() : nullptr;
    if (!item || !index || !state_) return;
    Id128 id;
    if (!parseId128(item->data(Qt::UserRole).toString().toStdString(), id)) return;
    const uint32_t r = index->findById(id);
    if (r != Index::kNoRow) state_->setCurrentRow(r);
  });
  if (session) {
    connect(session, &StoreSession::opened, this, [this] {
      recordOpen();
      clearResult();
    });
    connect(session, &StoreSession::closed, this, &ComparePathsView::clearResult);
    connect(session, &StoreSession::opening, this, &ComparePathsView::cancel);
    if (session->isOpen()) recordOpen();
  }
  if (state) connect(state, &ViewState::currentRowChanged, this, &ComparePathsView::followCurrent);
  clearResult();
}

ComparePathsView::~ComparePathsView() {
  if (cancel_) cancel_->store(true);
  if (watcher_) watcher_->waitForFinished();
}

void ComparePathsView::updateButtons() {
  runButton_->setEnabled(!running_ && session_ && session_->isOpen());
  cancelButton_->setVisible(running_);
  progressBar_->setVisible(running_);
}

void ComparePathsView::run() {
  if (running_ || !session_ || !session_->store()) return;
  auto dir = session_->store()->dir;
  result_.reset();
  running_ = true;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  const uint64_t gen = ++generation_;
  auto cancel = cancel_;
  auto out = std::make_shared<ComparisonResult>();
  QPointer<ComparePathsView> self(this);
  auto job = [=] {
    QtExecutor executor;
    *out = compareRestorePaths(dir, &executor, cancel.get(), [self, gen](const std::string& path, double f) {
      const QString p = QString::fromStdString(path);
      QMetaObject::invokeMethod(self, [self, gen, p, f] {
        if (!self || self->generation_ != gen) return;
        self->progressBar_->setValue(int(f * 1000));
        self->progressBar_->setFormat(tr("Restoring via %1… %p%").arg(p));
        emit self->progress(p, f);
      }, Qt::QueuedConnection);
    });
  };
  delete watcher_;
  watcher_ = new QFutureWatcher<void>(this);
  connect(watcher_, &QFutureWatcher<void>::finished, this, [this, gen, out] {
    if (gen != generation_) return;
    running_ = false;
    if (!out->cancelled) result_ = out;
    showResult();
    updateButtons();
    emit finished();
  });
  progressBar_->setValue(0);
  progressBar_->setFormat(tr("Starting…"));
  summary_->setText(tr("Comparing the restore paths of %1…").arg(session_->displayName()));
  updateButtons();
  emit started();
  watcher_->setFuture(QtConcurrent::run(workPool(), job));
}

void ComparePathsView::cancel() {
  if (cancel_) cancel_->store(true);
}

void ComparePathsView::clearResult() {
  if (running_) {
    cancel();
    ++generation_;  // the running job's result belongs to the previous store
    running_ = false;
    emit finished();
  }
  result_.reset();
  showResult();
  updateButtons();
}

void ComparePathsView::recordOpen() {
  const OpenedStore* store = session_ ? session_->store() : nullptr;
  if (!store) return;
  OpenRecord rec;
  rec.when = QDateTime::currentDateTime();
  rec.directory = QDir::toNativeSeparators(session_->displayName());
  rec.requestedPath = pathName(store->path);
  rec.source = sourceText(store->restore.report.source);
  rec.elapsedMs = store->wallMs;
  rec.events = store->restore.index ? store->restore.index->visibleRows().size() : 0;
  history_.push_back(rec);
  const int row = historyTable_->rowCount();
  historyTable_->insertRow(row);
  historyTable_->setItem(row, 0, cell(QLocale().toString(rec.when.time(), QStringLiteral("HH:mm:ss"))));
  historyTable_->setItem(row, 1, cell(rec.directory));
  historyTable_->setItem(row, 2, cell(rec.requestedPath));
  historyTable_->setItem(row, 3, cell(rec.source));
  historyTable_->setItem(row, 4, number(duration(rec.elapsedMs)));
  historyTable_->setItem(row, 5, number(grouped(rec.events)));
  historyTable_->resizeColumnsToContents();
  historyTable_->scrollToBottom();
}

void ComparePathsView::showResult() {
  paths_->setRowCount(0);
  disagreements_->setRowCount(0);
  if (!result_) {
    if (!running_)
      summary_->setText(session_ && session_->isOpen()
                            ? tr("Press “Compare restore paths” to open %1 through every restore path.").arg(session_->displayName())
                            : tr("No store open."));
    buildPlot();
    return;
  }
  const ComparisonResult& r = *result_;
  for (const PathOutcome& p : r.paths) {
    const int row = paths_->rowCount();
    paths_->insertRow(row);
    paths_->setItem(row, 0, cell(pathName(p.requested)));
    if (!p.ok) {
      auto* err = cell(tr("open failed: %1").arg(QString::fromStdString(p.error)));
      err->setToolTip(QString::fromStdString(p.error));
      paths_->setItem(row, 1, err);
      paths_->setSpan(row, 1, 1, 5);
      paths_->setItem(row, 6, cell(QStringLiteral("—"), Qt::AlignCenter));
      continue;
    }
    paths_->setItem(row, 1, cell(QString::fromLatin1(openIndexPathName(p.report.path))));
    paths_->setItem(row, 2, cell(sourceText(p.report.source)));
    paths_->setItem(row, 3, number(QStringLiteral("%1 / %2").arg(grouped(p.report.restoredEntries), grouped(p.report.tailEntries))));
    paths_->setItem(row, 4, number(QStringLiteral("%1 / %2").arg(grouped(p.visibleCount), grouped(p.entryCount))));
    paths_->setItem(row, 5, number(duration(p.elapsedMs)));
    auto* same = cell(p.trueViewIdentical ? tr("✔ identical") : tr("✘ differs"), Qt::AlignCenter);
    same->setForeground(p.trueViewIdentical ? QColor(0x3c, 0xa8, 0x5e) : QColor(0xd0, 0x40, 0x40));
    if (!p.trueViewIdentical) same->setToolTip(QString::fromStdString(p.trueViewDifference));
    paths_->setItem(row, 6, same);
  }
  paths_->resizeColumnsToContents();

  const int shown = int(std::min<size_t>(r.disagreements.size(), kMaxDisagreementRows));
  disagreements_->setRowCount(shown);
  for (int i = 0; i < shown; ++i) {
    const PathDisagreement& d = r.disagreements[size_t(i)];
    disagreements_->setItem(i, 0, number(QString::number(d.globalSequence)));
    disagreements_->setItem(i, 1, cell(kindName(d.kind)));
    auto* id = cell(QString::fromStdString(uuidText(d.eventId)));
    id->setData(Qt::UserRole, QString::fromStdString(hexEncode(d.eventId)));
    disagreements_->setItem(i, 2, id);
    disagreements_->setItem(i, 3, cell(pathName(d.pathA)));
    disagreements_->setItem(i, 4, cell(QString::fromStdString(d.valueA)));
    disagreements_->setItem(i, 5, cell(pathName(d.pathB)));
    disagreements_->setItem(i, 6, cell(QString::fromStdString(d.valueB)));
  }
  disagreements_->resizeColumnsToContents();

  int opened = 0, identical = 0;
  for (const PathOutcome& p : r.paths) {
    opened += p.ok;
    identical += p.ok && p.trueViewIdentical;
  }
  QString text = r.trueViewsIdentical
                     ? tr("The true view is identical on all %1 paths that opened.").arg(opened)
                     : tr("The true view differs: %1 of %2 paths match the first.").arg(identical).arg(opened);
  if (r.disagreements.empty())
    text += QLatin1Char(' ') + tr("batpak's own indexes agree on every event.");
  else
    text += QLatin1Char(' ') +
            (r.disagreements.size() == 1 ? tr("batpak's own indexes disagree once")
                                         : tr("batpak's own indexes disagree %1 times").arg(r.disagreements.size())) +
            (shown < int(r.disagreements.size()) ? tr(" (first %1 listed).").arg(shown) : QStringLiteral("."));
  text += QLatin1Char(' ') + tr("(%1 in all)").arg(duration(r.elapsedMs));
  summary_->setText(text);
  buildPlot();
  followCurrent();
}

void ComparePathsView::buildPlot() {
  plot_->clearItems();
  plot_->clearPlottables();
  std::map<std::string, QColor> colors;
  std::vector<std::string> order;
  auto colorOf = [&](const std::string& name) {
    auto it = colors.find(name);
    if (it != colors.end()) return it->second;
    const QColor c = kPhaseColors[colors.size() % std::size(kPhaseColors)];
    colors[name] = c;
    order.push_back(name);
    return c;
  };
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  double end = 0;
  int n = 0;
  if (result_) {
    for (const PathOutcome& p : result_->paths) {
      ticker->addTick(n, pathName(p.requested));
      if (!p.ok) {
        auto* t = new QCPItemText(plot_);
        t->position->setCoords(0, n);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        t->setText(tr("open failed"));
      }
      double last = 0;
      for (const PhaseTiming& ph : p.phases) {
        const QColor c = colorOf(ph.name);
        auto* rect = new QCPItemRect(plot_);
        rect->topLeft->setCoords(ph.startMs, n - 0.32);
        rect->bottomRight->setCoords(ph.startMs + ph.durationMs, n + 0.32);
        rect->setBrush(c);
        rect->setPen(QPen(c.darker(130), 1));
        rect->setSelectable(false);
        last = std::max(last, ph.startMs + ph.durationMs);
      }
      if (p.ok) {
        auto* label = new QCPItemText(plot_);
        label->position->setCoords(std::max(last, p.elapsedMs), n);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setText(duration(p.elapsedMs));
        label->setObjectName(QStringLiteral("label"));
        end = std::max(end, std::max(last, p.elapsedMs));
      }
      ++n;
    }
  }
  for (const std::string& name : order) {
    auto* swatch = new QCPBars(plot_->yAxis, plot_->xAxis);
    swatch->setName(restorePhaseText(name));
    swatch->setBrush(colors[name]);
    swatch->setPen(QPen(colors[name].darker(130)));
  }
  plot_->legend->setVisible(!order.empty());
  plot_->yAxis->setTicker(ticker);
  plot_->yAxis->setRangeReversed(true);
  plot_->yAxis->setRange(-0.6, std::max(1, n) - 0.4);
  plot_->yAxis->setSubTicks(false);
  plot_->yAxis->grid()->setVisible(false);
  plot_->xAxis->setLabel(tr("time since the open started (ms)"));
  plot_->xAxis->setRange(0, end > 0 ? end * 1.25 : 1.0);
  style();
}

void ComparePathsView::followCurrent() {
  const Index* index = session_ ? session_->index() : nullptr;
  const uint32_t row = state_ ? state_->currentRow() : ViewState::kNoRow;
  if (!index || row == ViewState::kNoRow || row >= index->entryCount() || !disagreements_->rowCount()) return;
  const QString hex = QString::fromStdString(hexEncode(index->eventId(row)));
  const QSignalBlocker block(disagreements_);
  for (int i = 0; i < disagreements_->rowCount(); ++i) {
    const QTableWidgetItem* item = disagreements_->item(i, 2);
    if (item && item->data(Qt::UserRole).toString() == hex) {
      disagreements_->selectRow(i);
      disagreements_->scrollToItem(item);
      return;
    }
  }
  disagreements_->clearSelection();
}

void ComparePathsView::style() {
  styling_ = true;
  const QPalette pal = palette();
  const QColor text = pal.color(QPalette::Text);
  applyPlotPalette(plot_, pal, font());
  for (int i = 0; i < plot_->itemCount(); ++i) {
    if (auto* t = qobject_cast<QCPItemText*>(plot_->item(i))) {
      t->setColor(text);
      t->setFont(font());
    }
  }
  plot_->replot();
  styling_ = false;
}

bool ComparePathsView::exportPng(const QString& path) { return exportViewPng(this, path); }

void ComparePathsView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  // Side by side, the plot and the table each get half of a dock that is narrow already:
  // below a width where both read, one goes above the other.
  const Qt::Orientation orientation = width() >= 900 ? Qt::Horizontal : Qt::Vertical;
  if (middle_->orientation() != orientation) {
    middle_->setOrientation(orientation);
    // Stacked, the plot (legend and four bars) wants more height than the table.
    const int total = orientation == Qt::Vertical ? middle_->height() : middle_->width();
    middle_->setSizes(orientation == Qt::Vertical ? QList<int>{total * 2 / 5, total * 3 / 5} : QList<int>{total / 2, total / 2});
  }
  // Phase names in three columns need about 600 pixels; fewer columns below that.
  const int columns = plot_->width() >= 600 || width() >= 900 ? 3 : 2;
  if (plot_->legend->wrap() != columns) {
    plot_->legend->setWrap(columns);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // rearranges the items
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

void ComparePathsView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !styling_ && plot_) style();
}

}  // namespace batscope::ui
