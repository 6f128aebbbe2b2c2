#include "views/restore_timings_view.h"
#include "number_text.h"
#include "phase_text.h"
#include "views/plot_style.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QTimer>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

#include "store_session.h"

namespace batscope::ui {

namespace {

// Hues that read on light and dark backgrounds alike.
const QColor kRestorePhase(0x4a, 0x86, 0xc8);
const QColor kBackgroundPhase(0x9a, 0x6c, 0xd0);
const QColor kFooterRead(0x3c, 0xa8, 0x5e);
const QColor kFrameScan(0xe0, 0x8a, 0x2a);
const QColor kTailEntries(0xe0, 0x8a, 0x2a);

QString duration(double ms) {
  if (ms < 0.1) return RestoreTimingsView::tr("%1 µs").arg(std::max(0.0, ms * 1000), 0, 'f', 0);
  if (ms >= 1000) return RestoreTimingsView::tr("%1 s").arg(ms / 1000, 0, 'f', 2);
  if (ms >= 100) return RestoreTimingsView::tr("%1 ms").arg(ms, 0, 'f', 0);
  if (ms >= 10) return RestoreTimingsView::tr("%1 ms").arg(ms, 0, 'f', 1);
  return RestoreTimingsView::tr("%1 ms").arg(ms, 0, 'f', 2);
}

const Finding* findingFor(const std::vector<Finding>& findings, const char* file) {
  for (const Finding& f : findings)
    if (f.code == FindingCode::ArtifactFallback && f.file == file) return &f;
  return nullptr;
}

// Why a snapshot artifact was not used: rejected (a finding says why), disabled by the
// chosen path, or simply absent.
QString snapshotAbsence(const char* file, bool allowed, const std::vector<Finding>& findings) {
  const QString name = QString::fromLatin1(file);
  if (const Finding* f = findingFor(findings, file))
    return RestoreTimingsView::tr("%1 was rejected: %2.").arg(name, QString::fromStdString(f->args.at(0)));
  if (!allowed) return RestoreTimingsView::tr("%1 was not tried (disabled by the chosen path).").arg(name);
  return RestoreTimingsView::tr("%1 is absent.").arg(name);
}

struct GanttBar {
  QString name;
  double start = 0, duration = 0;
  bool background = false;
};

}  // namespace

RestoreTimingsView::RestoreTimingsView(StoreSession* session, QWidget* parent) : QWidget(parent), session_(session) {
  headline_ = new QLabel(this);
  headline_->setWordWrap(true);
  headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont bold = headline_->font();
  bold.setBold(true);
  bold.setPointSizeF(bold.pointSizeF() * 1.1);
  headline_->setFont(bold);
  details_ = new QLabel(this);
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  gantt_ = makePlot(tr("Phases (ms)"), ganttTitle_);
  gantt_->installEventFilter(this);
  ganttRefit_.setSingleShot(true);
  ganttRefit_.setInterval(0);
  connect(&ganttRefit_, &QTimer::timeout, this, &RestoreTimingsView::refitGantt);
  segments_ = makePlot(tr("Segment read times"), segmentsTitle_);
  segments_->installEventFilter(this);
  entries_ = makePlot(tr("Entries"), entriesTitle_, false);

  auto* row = chartsRow_ = new QBoxLayout(QBoxLayout::LeftToRight);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(segments_, 3);
  row->addWidget(entries_, 1);
  // In a scroll area: where the dock is short (1000×650, a long explanation of the path),
  // the plots keep a height they can be read at and the panel scrolls, instead of the
  // layout squeezing the phase names on top of each other.
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(8, 8, 8, 8);
  layout->addWidget(headline_);
  layout->addWidget(details_);
  layout->addWidget(gantt_, 3);
  layout->addLayout(row, 2);
  auto* scroll = scroll_ = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("restoreScroll"));
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  scroll->viewport()->setBackgroundRole(QPalette::Window);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);

  if (session) {
    connect(session, &StoreSession::opened, this, &RestoreTimingsView::refresh);
    connect(session, &StoreSession::backgroundFinished, this, &RestoreTimingsView::refresh);
    connect(session, &StoreSession::findingsChanged, this, &RestoreTimingsView::refresh);
    connect(session, &StoreSession::closed, this, &RestoreTimingsView::refresh);
  }
  refresh();
}

QCustomPlot* RestoreTimingsView::makePlot(const QString& title, QCPTextElement*& titleElement, bool withLegend) {
  auto* plot = new QCustomPlot(this);
  plot->setMinimumHeight(140);
  // A header row above the axis rect: the title, and the legend in one line beside it, so
  // the legend never covers a bar.
  auto* header = new QCPLayoutGrid;
  plot->plotLayout()->insertRow(0);
  plot->plotLayout()->addElement(0, 0, header);
  plot->plotLayout()->setRowSpacing(0);
  plot->plotLayout()->setRowStretchFactor(0, 0.001);  // the header takes only the height it needs
  QFont font = this->font();
  font.setBold(true);
  titleElement = new QCPTextElement(plot, title, font);
  header->addElement(0, 0, titleElement);
  plot->legend->setVisible(false);
  if (!withLegend) return plot;
  plot->axisRect()->insetLayout()->take(plot->legend);
  header->addElement(0, 1, plot->legend);
  header->setColumnStretchFactor(0, 1);
  header->setColumnStretchFactor(1, 0.001);
  plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot->legend->setMargins(QMargins(6, 4, 8, 2));
  plot->legend->setBorderPen(Qt::NoPen);
  plot->legend->setBrush(Qt::NoBrush);
  return plot;
}

QStringList RestoreTimingsView::describe(const OpenedStore& store, const std::vector<Finding>& findings,
                                         const BackgroundResults* background, bool backgroundRunning) {
  const RestoreResult& r = store.restore;
  const OpenReport& rep = r.report;
  const QString took = duration(double(rep.elapsedUs) / 1000.0);
  QString headline, why;
  size_t footerSegments = 0, scannedSegments = 0;
  for (const SegmentTiming& t : r.segments) {
    if (isFooterRead(t.how)) ++footerSegments;
    else if (t.how == SegmentRead::FrameScan) ++scannedSegments;
  }
  switch (rep.source) {
    case RestoreSource::MmapSnapshot:
      headline = tr("Restored from the mmap snapshot index.fbati (%1 entries) plus %2 tail entries in %3.")
                     .arg(grouped(rep.restoredEntries), grouped(rep.tailEntries), took);
      break;
    case RestoreSource::Checkpoint:
      headline = tr("Restored from the checkpoint index.ckpt (%1 entries) plus %2 tail entries in %3.")
                     .arg(grouped(rep.restoredEntries), grouped(rep.tailEntries), took);
      why = store.path == RestorePathChoice::Mmap ? snapshotAbsence("index.fbati", true, findings)
                                                  : tr("The mmap snapshot was disabled by the chosen path.");
      break;
    case RestoreSource::SealedSidxRebuild:
      headline = tr("Rebuilt by the parallel SIDX rebuild from the footers of %1 segments (%2 entries) in %3.")
                     .arg(grouped(r.segments.size()), grouped(rep.restoredEntries), took);
      why = tr("Every segment has a valid SIDX footer, so all of them were read in parallel.");
      break;
    case RestoreSource::FrameScanFallback: {
      headline = tr("Rebuilt by the sequential frame-scan fallback from %1 segments (%2 entries) in %3.")
                     .arg(grouped(r.segments.size()), grouped(rep.restoredEntries), took);
      const Finding* cause = nullptr;
      for (const Finding& f : findings)
        if (f.code == FindingCode::ParallelRebuildUnavailable) cause = &f;
      if (store.path == RestorePathChoice::Scan) {
        why = tr("The frame scan of every segment was forced by the chosen path (--path scan).");
      } else if (cause) {
        const QString reason = QString::fromStdString(cause->args.at(0));
        QString where = QString::fromStdString(cause->file);
        if (cause->offset) where += QStringLiteral(" @%1").arg(*cause->offset);
        why = tr("The parallel SIDX rebuild was unavailable: %1 — %2.").arg(where, reason);
      } else {
        why = tr("The parallel SIDX rebuild was unavailable.");
      }
      why += QLatin1Char(' ') + tr("%1 segments were read through their footers, %2 frame-scanned.")
                                    .arg(grouped(footerSegments), grouped(scannedSegments));
      break;
    }
  }
  if (rep.source == RestoreSource::SealedSidxRebuild || rep.source == RestoreSource::FrameScanFallback) {
    const bool mmapAllowed = store.path == RestorePathChoice::Mmap;
    const bool ckptAllowed = store.path == RestorePathChoice::Mmap || store.path == RestorePathChoice::Checkpoint;
    const bool noneRejected = !findingFor(findings, "index.fbati") && !findingFor(findings, "index.ckpt");
    if (mmapAllowed && noneRejected)
      why += QLatin1Char(' ') + tr("No snapshot was used: index.fbati and index.ckpt are both absent.");
    else
      why += QLatin1Char(' ') + tr("No snapshot was used: %1 %2")
                                    .arg(snapshotAbsence("index.fbati", mmapAllowed, findings),
                                         snapshotAbsence("index.ckpt", ckptAllowed, findings));
  }
  if (r.endedInsideBatch) why += QLatin1Char(' ') + tr("The scan ended inside an uncommitted batch.");

  QString after;
  if (background) {
    QStringList parts;
    if (background->truth) parts << tr("true view and frame walk %1").arg(duration(background->truth->elapsedMs));
    parts << tr("cross-check %1").arg(duration(background->crossCheck.elapsedMs));
    if (background->chains) parts << tr("hash-chain verification %1").arg(duration(background->chains->elapsedMs));
    after = tr("Background checks after the open: %1.").arg(parts.join(QStringLiteral(", ")));
  } else if (backgroundRunning) {
    after = tr("Background checks (frame walk, true view, cross-check, hash chains) are running…");
  }
  QStringList out{headline};
  if (!why.trimmed().isEmpty()) out << why.trimmed();
  if (!after.isEmpty()) out << after;
  return out;
}

void RestoreTimingsView::refresh() {
  const OpenedStore* store = session_ ? session_->store() : nullptr;
  if (!store) {
    headline_->setText(session_ && session_->isBusy() ? tr("Opening…") : tr("No store open."));
    details_->clear();
  } else {
    const QStringList lines = describe(*store, session_->findings(), session_->background(), !session_->background());
    headline_->setText(lines.front());
    details_->setText(lines.mid(1).join(QLatin1Char('\n')));
  }
  details_->setVisible(!details_->text().isEmpty());
  buildGantt();
  buildSegments();
  buildEntries();
  styleAll();
}

QString RestoreTimingsView::pathText() const {
  return details_->text().isEmpty() ? headline_->text() : headline_->text() + QLatin1Char('\n') + details_->text();
}

int RestoreTimingsView::ganttBarCount() const {
  int n = 0;
  for (int i = 0; i < gantt_->itemCount(); ++i)
    if (qobject_cast<QCPItemRect*>(gantt_->item(i))) ++n;
  return n;
}

void RestoreTimingsView::buildGantt() {
  gantt_->clearItems();
  gantt_->clearPlottables();
  ganttRows_.clear();
  const OpenedStore* store = session_ ? session_->store() : nullptr;
  std::vector<GanttBar> bars;
  double ready = 0;
  if (store) {
    for (const PhaseTiming& p : store->restore.phases)
      bars.push_back({restorePhaseText(p.name), p.startMs, p.durationMs, false});
    ready = double(store->restore.report.elapsedUs) / 1000.0;
    // The background job runs its phases one after another once the open has finished.
    if (const BackgroundResults* bg = session_->background()) {
      double t = std::max(ready, store->wallMs);
      auto add = [&](const QString& name, double ms) {
        bars.push_back({name, t, ms, true});
        t += ms;
      };
      if (bg->truth) add(tr("true view and frame walk"), bg->truth->elapsedMs);
      add(tr("cross-check"), bg->crossCheck.elapsedMs);
      if (bg->chains) add(tr("hash-chain verification"), bg->chains->elapsedMs);
    }
  }
  const int n = int(bars.size());
  // A row per phase at a height its name can be read at, and the axis, title and legend.
  gantt_->setMinimumHeight(std::max(140, n * (QFontMetrics(font()).height() + 4) + 90 +
                                             (gantt_->legend->wrap() == 1 ? 2 * QFontMetrics(font()).height() : 0)));
  if (store) {  // first, so the bars and their labels paint over it
    auto* line = new QCPItemStraightLine(gantt_);
    line->point1->setCoords(ready, 0);
    line->point2->setCoords(ready, 1);
    line->setObjectName(QStringLiteral("ready"));
    auto* text = new QCPItemText(gantt_);
    text->position->setCoords(ready, -0.95);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    text->setPadding(QMargins(4, 0, 0, 0));
    text->setText(tr("index ready"));
    text->setObjectName(QStringLiteral("ready"));
  }
  double end = 0;
  for (int i = 0; i < n; ++i) {
    const GanttBar& b = bars[size_t(i)];
    ganttRows_ << b.name;
    const QColor color = b.background ? kBackgroundPhase : kRestorePhase;
    auto* rect = new QCPItemRect(gantt_);
    rect->topLeft->setCoords(b.start, i - 0.32);
    rect->bottomRight->setCoords(b.start + b.duration, i + 0.32);
    rect->setBrush(color);
    rect->setPen(QPen(color.darker(130), 1));
    rect->setSelectable(false);
    auto* label = new QCPItemText(gantt_);
    label->position->setCoords(b.start + b.duration, i);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setPadding(QMargins(4, 0, 0, 0));
    label->setText(duration(b.duration));
    label->setSelectable(false);
    label->setObjectName(QStringLiteral("label"));
    end = std::max(end, b.start + b.duration);
  }
  // Legend swatches: empty bars named after the two kinds of phase.
  for (const auto& [name, color] : {std::pair{tr("restore"), kRestorePhase}, std::pair{tr("background checks"), kBackgroundPhase}}) {
    if (!store || (color == kBackgroundPhase && !session_->background())) continue;
    auto* swatch = new QCPBars(gantt_->yAxis, gantt_->xAxis);
    swatch->setName(name);
    swatch->setBrush(color);
    swatch->setPen(QPen(color.darker(130)));
  }
  gantt_->legend->setVisible(store != nullptr);
  fitLegend(gantt_, ganttTitle_);
  gantt_->yAxis->setRangeReversed(true);
  gantt_->yAxis->setRange(-1.3, std::max(1, n) - 0.4);  // a band at the top for "index ready"
  gantt_->yAxis->setSubTicks(false);
  gantt_->yAxis->grid()->setVisible(false);
  gantt_->xAxis->setLabel(tr("time since the open started (ms)"));
  // Room right of the last bar for its duration label, whatever the plot's width.
  ganttEnd_ = end;
  refitGantt();
}

// Phase names as tick labels, cut to under half the plot's width: the longest ("wahre Sicht
// und Frame-Durchlauf") would otherwise set a minimum width wider than a narrow dock.
void RestoreTimingsView::labelGanttRows() {
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  const QFontMetrics metrics(font());
  const int widest = std::max(90, int(gantt_->width() * 0.45));
  for (int i = 0; i < ganttRows_.size(); ++i) ticker->addTick(i, metrics.elidedText(ganttRows_[i], Qt::ElideRight, widest));
  gantt_->yAxis->setTicker(ticker);
}

void RestoreTimingsView::fitGanttRange() {
  const double width = std::max(100, gantt_->axisRect()->width());
  const double labelPx = QFontMetrics(font()).horizontalAdvance(QStringLiteral("000.00 ms")) + 8;
  const double labelShare = std::min(0.5, labelPx / width);
  gantt_->xAxis->setRange(0, ganttEnd_ > 0 ? ganttEnd_ / (1.0 - labelShare) : 1.0);
  // As many time ticks as their labels have room for ("1250" needs some 70 px with its gap).
  gantt_->xAxis->ticker()->setTickCount(std::clamp(int(width / 70), 2, 8));
}

// The legend sits in one line beside the title where the plot is wide enough, else under
// the title with its items stacked: a plot's minimum width is its header's, and one line
// asked for more than a narrow dock has.
void RestoreTimingsView::fitLegend(QCustomPlot* plot, const QCPTextElement* title) {
  const QFontMetrics metrics(font());
  int oneLine = metrics.horizontalAdvance(title->text()) + 24;
  for (int i = 0; i < plot->legend->itemCount(); ++i)
    if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
      oneLine += metrics.horizontalAdvance(item->plottable()->name()) + 36;
  const bool narrow = plot->width() < oneLine;
  auto* header = static_cast<QCPLayoutGrid*>(plot->plotLayout()->element(0, 0));
  const bool besideTitle = header->hasElement(0, 1) && header->element(0, 1) == plot->legend;
  if (narrow == besideTitle) {
    header->take(plot->legend);
    header->simplify();
    header->addElement(narrow ? 1 : 0, narrow ? 0 : 1, plot->legend);
    if (!narrow) {
      header->setColumnStretchFactor(0, 1);
      header->setColumnStretchFactor(1, 0.001);
    }
  }
  // Re-applied every time: swatches added since were laid out in one line.
  plot->legend->setWrap(narrow ? 1 : 0);
  plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

// Lays the plot out at its current size without drawing it (what replot() does first), so
// that what depends on its axis rect's size is set before the one replot that draws it.
void RestoreTimingsView::layOut(QCustomPlot* plot) {
  for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
    plot->plotLayout()->update(phase);
}

// The Gantt's row labels and time range for its size now: once per burst of resizes.
void RestoreTimingsView::refitGantt() {
  labelGanttRows();
  layOut(gantt_);
  fitGanttRange();
  gantt_->replot();
}

void RestoreTimingsView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  // Segment read times beside the entry counts where there is room, else under them.
  constexpr int kSegmentsReadable = 240;  // a segment axis, its title and a stacked legend
  chartsRow_->setDirection(width() < entries_->minimumWidth() + kSegmentsReadable + 24 ? QBoxLayout::TopToBottom
                                                                                       : QBoxLayout::LeftToRight);
}

bool RestoreTimingsView::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::Resize) {
    if (watched == segments_) {
      fitLegend(segments_, segmentsTitle_);
      segments_->replot(QCustomPlot::rpQueuedReplot);
    }
    // Once the plot has taken its new size (its own resize handling runs after this filter).
    if (watched == gantt_) {
      fitLegend(gantt_, ganttTitle_);
      ganttRefit_.start();
    }
  }
  return QWidget::eventFilter(watched, event);
}

void RestoreTimingsView::buildSegments() {
  segments_->clearItems();
  segments_->clearPlottables();
  const OpenedStore* store = session_ ? session_->store() : nullptr;
  auto* footer = new QCPBars(segments_->xAxis, segments_->yAxis);
  footer->setName(tr("footer"));
  footer->setBrush(kFooterRead);
  footer->setPen(QPen(kFooterRead.darker(130)));
  auto* scan = new QCPBars(segments_->xAxis, segments_->yAxis);
  scan->setName(tr("frame scan"));
  scan->setBrush(kFrameScan);
  scan->setPen(QPen(kFrameScan.darker(130)));
  double lo = 0, hi = 1, top = 0;
  size_t read = 0;
  if (store) {
    bool first = true;
    for (const SegmentTiming& t : store->restore.segments) {
      if (t.how == SegmentRead::Skipped) continue;
      (isFooterRead(t.how) ? footer : scan)->addData(double(t.segmentId), t.durationMs);
      if (t.how == SegmentRead::FooterParallel) footer->setName(tr("footer (parallel)"));
      lo = first ? double(t.segmentId) : std::min(lo, double(t.segmentId));
      hi = first ? double(t.segmentId) : std::max(hi, double(t.segmentId));
      top = std::max(top, t.durationMs);
      first = false;
      ++read;
    }
    const size_t total = store->dir ? store->dir->segments().size() : 0;
    if (total) {  // the whole store on the x axis, so unread segments show as gaps
      lo = std::min(first ? double(store->dir->segments().front().id) : lo, double(store->dir->segments().front().id));
      hi = std::max(first ? double(store->dir->segments().back().id) : hi, double(store->dir->segments().back().id));
    }
    if (read < total) {
      auto* note = new QCPItemText(segments_);
      note->position->setType(QCPItemPosition::ptAxisRectRatio);
      note->position->setCoords(0.01, 0.02);
      note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
      // Two short lines: one long one was cut at the plot's edge in a narrow dock.
      note->setText(read == 0 ? tr("No segment was read:") + QLatin1Char('\n') + tr("the snapshot covered them all")
                              : tr("%1 of %2 segments not read").arg(grouped(total - read), grouped(total)) +
                                    QLatin1Char('\n') + tr("(covered by the snapshot)"));
    }
  }
  // Up to a few hundred segments a bar is 0.8 segment wide; beyond, bars are 2 px so that
  // every segment stays visible however many share a pixel.
  for (QCPBars* b : {footer, scan}) {
    if (hi - lo > 300) {
      b->setWidthType(QCPBars::wtAbsolute);
      b->setWidth(2);
      b->setPen(Qt::NoPen);
    } else {
      b->setWidth(0.8);
    }
  }
  if (footer->data()->isEmpty()) footer->removeFromLegend();
  if (scan->data()->isEmpty()) scan->removeFromLegend();
  auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
  ticker->setTickStep(1.0);
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  segments_->xAxis->setTicker(ticker);
  segments_->xAxis->setLabel(tr("segment id"));
  segments_->xAxis->setRange(lo - 1, hi + 1);
  segments_->yAxis->setLabel(tr("read time (ms)"));
  segments_->yAxis->setRange(0, top > 0 ? top * 1.3 : 1.0);
  segments_->legend->setVisible(read > 0);
  fitLegend(segments_, segmentsTitle_);
  segments_->replot();
}

void RestoreTimingsView::buildEntries() {
  entries_->clearItems();
  entries_->clearPlottables();
  const OpenedStore* store = session_ ? session_->store() : nullptr;
  const uint64_t restored = store ? store->restore.report.restoredEntries : 0;
  const uint64_t tail = store ? store->restore.report.tailEntries : 0;
  auto bar = [&](double key, uint64_t value, const QColor& color) {
    auto* b = new QCPBars(entries_->xAxis, entries_->yAxis);
    b->setBrush(color);
    b->setPen(QPen(color.darker(130)));
    b->setWidth(0.6);
    b->addData(key, double(value));
    if (!store) return;
    auto* text = new QCPItemText(entries_);
    text->position->setCoords(key, double(value));
    text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    text->setPadding(QMargins(0, 0, 0, 2));
    text->setText(grouped(value));
  };
  bar(1, restored, kRestorePhase);
  bar(2, tail, kTailEntries);
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  ticker->addTick(1, tr("restored"));
  ticker->addTick(2, tr("tail"));
  // Wide enough that the two labels do not run into each other (the ticks are 1/2.2 of the
  // axis apart), with the y axis's numbers beside them.
  const QFontMetrics metrics(font());
  const int labels = metrics.horizontalAdvance(tr("restored")) + metrics.horizontalAdvance(tr("tail"));
  entries_->setMinimumWidth(int(2.2 * (labels / 2 + 12)) + metrics.horizontalAdvance(QStringLiteral("000000")) + 24);
  entries_->xAxis->setTicker(ticker);
  entries_->xAxis->setSubTicks(false);
  entries_->xAxis->grid()->setVisible(false);
  entries_->xAxis->setRange(0.4, 2.6);
  entries_->yAxis->setRange(0, std::max<double>(1.0, double(std::max(restored, tail)) * 1.2));
  entries_->legend->setVisible(false);
  entries_->replot();
}

void RestoreTimingsView::styleAll() {
  style(gantt_, ganttTitle_);
  style(segments_, segmentsTitle_);
  style(entries_, entriesTitle_);
}

void RestoreTimingsView::style(QCustomPlot* plot, QCPTextElement* title) {
  styling_ = true;
  const QPalette pal = palette();
  const QColor background = pal.color(QPalette::Base);
  const QColor text = pal.color(QPalette::Text);
  applyPlotPalette(plot, pal, font());
  title->setTextColor(text);
  for (int i = 0; i < plot->itemCount(); ++i) {
    if (auto* t = qobject_cast<QCPItemText*>(plot->item(i))) {
      t->setColor(text);
      t->setFont(font());
      t->setBrush(background);  // lifts labels off grid and marker lines
    } else if (auto* line = qobject_cast<QCPItemStraightLine*>(plot->item(i))) {
      line->setPen(QPen(text, 1, Qt::DashLine));
    }
  }
  plot->replot();
  styling_ = false;
}

void RestoreTimingsView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !styling_ && gantt_) styleAll();
}

// The whole content, also what a short dock has scrolled out of sight.
bool RestoreTimingsView::exportPng(const QString& path) { return exportViewPng(this, path, scroll_->widget()); }

}  // namespace batscope::ui
