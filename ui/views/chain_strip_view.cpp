#include "views/chain_strip_view.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <climits>

#include "batscope/base/bytes.h"
#include "batscope/format/segment.h"
#include "batscope/restore/index.h"
#include "status_style.h"
#include "store_session.h"
#include "view_state.h"

namespace batscope::ui {

namespace {

const QColor kBreak = toneColor(StatusTone::Bad);
const QColor kAfterBreak = toneColor(StatusTone::Warning);
const QColor kRestart = toneColor(StatusTone::Info);
const QColor kFork = toneColor(StatusTone::Fork);

QColor withAlpha(QColor c, int alpha) {
  c.setAlpha(alpha);
  return c;
}

QString shortHex(const Hash32& h) { return QString::fromStdString(hexEncode(h.data(), 3)); }

QFont monoFont(const QFont& base) {
  QFont f(QStringLiteral("monospace"));
  f.setStyleHint(QFont::Monospace);
  f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() : 9);
  return f;
}

}  // namespace

ChainStripView::ChainStripView(StoreSession* session, ViewState* viewState, QWidget* parent)
    : QAbstractScrollArea(parent), session_(session), viewState_(viewState) {
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  viewport()->setMouseTracking(true);
  viewport()->setBackgroundRole(QPalette::Base);
  viewport()->setAutoFillBackground(true);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  if (viewState) {
    connect(viewState, &ViewState::currentRowChanged, this, [this] {
      scrollToCurrent();
      viewport()->update();
    });
  }
  if (session) {
    connect(session, &StoreSession::closed, this, [this] { setEntity({}, nullptr); });
    connect(session, &StoreSession::opened, this, [this] { setEntity({}, nullptr); });
    // The true view arrives with the background phase: the link list is then complete.
    connect(session, &StoreSession::backgroundFinished, this, &ChainStripView::reload);
    connect(session, &StoreSession::chainsChanged, this, &ChainStripView::reload);
  }
}

QSize ChainStripView::sizeHint() const {
  // Label line (restart / first break), the boxes, room for the current box's outline, the bar.
  // Below the boxes, room for fork branches.
  return {600, fontMetrics().height() + 10 + boxHeight() + 10 + fontMetrics().height() +
                   horizontalScrollBar()->sizeHint().height() + 2 * frameWidth()};
}

QSize ChainStripView::minimumSizeHint() const { return {200, sizeHint().height()}; }

void ChainStripView::setEntity(const QString& entity, const EntityChain* chain) {
  entity_ = entity;
  entityStd_ = entity.toStdString();
  break_.reset();
  restartLinks_.clear();
  forkLinks_.clear();
  std::vector<uint64_t> restartSequences;
  if (chain) {
    break_ = chain->firstBreak;
    restartSequences = chain->restartSequences;
  }
  collectLinks();
  breakLink_ = -1;
  std::sort(restartSequences.begin(), restartSequences.end());
  auto linkOf = [&](const Id128& id) {
    for (size_t i = 0; i < links_.size(); ++i)
      if (links_[i].index->eventId(links_[i].row) == id) return int(i);
    return -1;
  };
  for (size_t i = 0; i < links_.size(); ++i) {
    const Link& l = links_[i];
    const IndexEntry& e = l.index->entry(l.row);
    if (std::binary_search(restartSequences.begin(), restartSequences.end(), e.globalSequence) && e.clock == 0 &&
        isZero(l.index->hashChain(l.row).prevHash))
      restartLinks_.push_back(int(i));
  }
  if (break_) breakLink_ = linkOf(break_->eventId);
  if (chain)
    for (const ChainFork& f : chain->forks) {
      const int at = linkOf(f.eventId), parent = linkOf(f.parentEventId);
      if (at >= 0 && parent >= 0) forkLinks_.push_back({at, parent});
    }
  std::sort(forkLinks_.begin(), forkLinks_.end());
  hovered_ = -1;
  updateScrollBars();
  horizontalScrollBar()->setValue(0);
  if (currentLink() >= 0) scrollToCurrent();
  else if (breakLink_ >= 0) scrollToLink(breakLink_);
  viewport()->update();
}

void ChainStripView::reload() {
  if (entity_.isEmpty()) return;
  const BackgroundResults* bg = session_ ? session_->background() : nullptr;
  const EntityChain* chain = nullptr;
  if (bg && bg->chains)
    for (const EntityChain& c : bg->chains->entities)
      if (c.entity == entityStd_) chain = &c;
  setEntity(entity_, chain);
}

// The same link list verifyChains walks (before the true view exists, batpak's entries).
void ChainStripView::collectLinks() {
  links_.clear();
  currentLinkIndex_ = nullptr;  // the cached current link is stale
  if (entity_.isEmpty() || !session_ || !session_->faithfulIndex()) return;
  links_ = chainLinksOf(*session_->faithfulIndex(), session_->trueIndex(), entityStd_);
}

int ChainStripView::forkParent(int i) const {
  const auto it = std::lower_bound(forkLinks_.begin(), forkLinks_.end(), std::make_pair(i, INT_MIN));
  return it != forkLinks_.end() && it->first == i ? it->second : -1;
}

// ---- geometry ----

int ChainStripView::boxWidth() const {
  const QFontMetrics fm(monoFont(font()));
  return fm.horizontalAdvance(QStringLiteral("prev 000000")) + 20;
}
int ChainStripView::boxHeight() const { return 3 * QFontMetrics(monoFont(font())).height() + 14; }
int ChainStripView::arrowGap() const { return fontMetrics().height() * 2; }
int ChainStripView::restartGap() const { return fontMetrics().horizontalAdvance(tr("restart")) + 24; }

int ChainStripView::restartsBefore(int i) const {
  return int(std::upper_bound(restartLinks_.begin(), restartLinks_.end(), i) - restartLinks_.begin());
}

bool ChainStripView::isRestart(int i) const { return std::binary_search(restartLinks_.begin(), restartLinks_.end(), i); }

int ChainStripView::contentX(int i) const {
  return 12 + i * (boxWidth() + arrowGap()) + restartsBefore(i) * restartGap();
}

int ChainStripView::contentWidth() const {
  if (links_.empty()) return 0;
  return contentX(int(links_.size()) - 1) + boxWidth() + 12;
}

QRect ChainStripView::boxRect(int i) const {
  const int top = fontMetrics().height() + 10;
  const int h = std::min(boxHeight(), std::max(24, viewport()->height() - top - 6));
  return QRect(contentX(i) - horizontalScrollBar()->value(), top, boxWidth(), h);
}

int ChainStripView::linkAt(const QPoint& pos) const {
  if (links_.empty()) return -1;
  const int cx = pos.x() + horizontalScrollBar()->value();
  // The last link whose box starts at or before cx.
  int lo = 0, hi = int(links_.size()) - 1, found = -1;
  while (lo <= hi) {
    const int mid = lo + (hi - lo) / 2;
    if (contentX(mid) <= cx) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return -1;
  const QRect box = boxRect(found);
  return box.contains(pos) ? found : -1;
}

void ChainStripView::updateScrollBars() {
  QScrollBar* bar = horizontalScrollBar();
  bar->setSingleStep(boxWidth() + arrowGap());
  bar->setPageStep(std::max(1, viewport()->width()));
  bar->setRange(0, std::max(0, contentWidth() - viewport()->width()));
}

int ChainStripView::currentLink() const {
  const Index* index = session_ ? session_->index() : nullptr;
  if (!index || !viewState_ || links_.empty() || viewState_->currentRow() >= index->entryCount()) return -1;
  const uint32_t row = viewState_->currentRow();
  // Paint asks on every frame; the scan over the links runs once per current event.
  if (row == currentLinkRow_ && index == currentLinkIndex_) return currentLink_;
  currentLinkRow_ = row;
  currentLinkIndex_ = index;
  currentLink_ = -1;
  if (index->entity(row) != entityStd_) return -1;
  const Id128 id = index->eventId(row);
  for (size_t i = 0; i < links_.size(); ++i)
    if (links_[i].index->eventId(links_[i].row) == id) return currentLink_ = int(i);
  return -1;
}

uint32_t ChainStripView::sessionRowOf(int i) const {
  const Index* index = session_ ? session_->index() : nullptr;
  if (!index || i < 0 || size_t(i) >= links_.size()) return Index::kNoRow;
  const Link& l = links_[size_t(i)];
  if (l.index == index) return l.row;
  return index->findById(l.index->eventId(l.row));
}

void ChainStripView::scrollToLink(int i) {
  if (i < 0 || size_t(i) >= links_.size()) return;
  QScrollBar* bar = horizontalScrollBar();
  const int x = contentX(i);
  const int w = boxWidth();
  const int page = viewport()->width();
  if (x < bar->value() || x + w > bar->value() + page) bar->setValue(x - (page - w) / 2);
}

void ChainStripView::scrollToCurrent() { scrollToLink(currentLink()); }

// ---- painting ----

void ChainStripView::paintEvent(QPaintEvent*) {
  QPainter p(viewport());
  const QPalette& pal = palette();
  if (links_.empty()) {
    p.setPen(pal.color(QPalette::PlaceholderText));
    QString text;
    if (!session_ || !session_->isOpen()) text = tr("No store open");
    else if (entity_.isEmpty()) text = tr("Select an entity to draw its chain");
    else text = tr("%1 has no links").arg(entity_);
    p.drawText(viewport()->rect(), Qt::AlignCenter, text);
    return;
  }
  const int scroll = horizontalScrollBar()->value();
  const int n = int(links_.size());
  // The first link that can reach into view: the one starting at or before the left edge.
  int first = 0;
  {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
      const int mid = lo + (hi - lo) / 2;
      if (contentX(mid) <= scroll) {
        first = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
  }
  const int current = currentLink();
  const QFontMetrics fm = fontMetrics();
  for (int i = first; i < n; ++i) {
    const QRect box = boxRect(i);
    if (box.left() - restartGap() - arrowGap() > viewport()->width()) break;
    // What joins this link to the previous one: an arrow, or a restart mark.
    if (i > 0) {
      const QRect prev = boxRect(i - 1);
      const int y = box.center().y();
      if (isRestart(i)) {
        const int mid = (prev.right() + box.left()) / 2;
        QPen dash(kRestart, 1.5, Qt::DashLine);
        p.setPen(dash);
        p.drawLine(mid, box.top() - 4, mid, box.bottom() + 4);
        p.setPen(kRestart);
        const QString label = tr("restart");
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(mid - w / 2 - 2, 2, w + 4, fm.height()), Qt::AlignCenter, label);
        // A short stub into the restarted link from genesis (∅).
        p.drawText(QRect(box.left() - arrowGap(), y - fm.height(), arrowGap() - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignBottom, QStringLiteral("∅"));
      } else {
        const bool bad = i == breakLink_ && break_ && break_->reason == "prev_hash mismatch";
        const bool fork = forkParent(i) >= 0;  // the link does not chain to its left neighbour
        const QColor c = bad ? kBreak : fork ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(c, bad ? 2 : 1.2, fork ? Qt::DotLine : Qt::SolidLine));
        const int x0 = prev.right() + 3, x1 = box.left() - 3;
        p.drawLine(x0, y, x1, y);
        QPainterPath head;
        head.moveTo(x1, y);
        head.lineTo(x1 - 7, y - 4);
        head.lineTo(x1 - 7, y + 4);
        head.closeSubpath();
        p.fillPath(head, c);
        if (bad) {
          const int mx = (x0 + x1) / 2;
          p.drawLine(mx - 4, y - 4, mx + 4, y + 4);
          p.drawLine(mx + 4, y - 4, mx - 4, y + 4);
        }
        p.setRenderHint(QPainter::Antialiasing, false);
      }
    }
    paintLink(p, i, box, i == current);
  }
  // Fork branches last, over the gaps: a fork anywhere right of the view can reach back into it.
  for (const auto& [fork, parent] : forkLinks_) {
    if (boxRect(parent).left() > viewport()->width() || boxRect(fork).right() < 0) continue;
    paintForkBranch(p, fork, parent);
  }
}

// A curve under the boxes from the link the fork's prev_hash names to the fork, labelled:
// batpak chained the fenced event to an older head, not to the link written just before.
void ChainStripView::paintForkBranch(QPainter& p, int i, int parent) {
  const QRect from = boxRect(parent), to = boxRect(i);
  const int y = to.bottom() + 2;
  const int depth = std::max(6, fontMetrics().height() - 2);
  p.setRenderHint(QPainter::Antialiasing, true);
  QPainterPath curve;
  curve.moveTo(from.center().x(), y);
  curve.cubicTo(from.center().x(), y + depth, to.center().x(), y + depth, to.center().x(), y);
  p.setPen(QPen(kFork, 1.6));
  p.setBrush(Qt::NoBrush);
  p.drawPath(curve);
  QPainterPath head;
  head.moveTo(to.center().x(), y);
  head.lineTo(to.center().x() - 4, y + 7);
  head.lineTo(to.center().x() + 4, y + 7);
  head.closeSubpath();
  p.fillPath(head, kFork);
  p.setRenderHint(QPainter::Antialiasing, false);
}

void ChainStripView::paintLink(QPainter& p, int i, const QRect& box, bool current) {
  const QPalette& pal = palette();
  const Link& l = links_[size_t(i)];
  const IndexEntry& e = l.index->entry(l.row);
  const HashChain h = l.index->hashChain(l.row);
  const bool unhashed = isZero(h.prevHash) && isZero(h.eventHash);
  const bool isBreak = i == breakLink_;
  const bool afterBreak = breakLink_ >= 0 && i > breakLink_;
  const bool hidden = !l.index->isVisible(l.row);

  QColor fill = pal.color(QPalette::Base);
  QColor border = pal.color(QPalette::Mid);
  if (isBreak) {
    fill = withAlpha(kBreak, 50);
    border = kBreak;
  } else if (afterBreak) {
    border = kAfterBreak;
  }
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setBrush(pal.color(QPalette::Base));
  p.setPen(Qt::NoPen);
  p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
  if (i == hovered_ && !current) p.setBrush(withAlpha(pal.color(QPalette::Highlight), 30));
  else p.setBrush(fill);
  QPen pen(border, isBreak ? 2 : 1, hidden ? Qt::DashLine : Qt::SolidLine);
  p.setPen(pen);
  p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
  if (current) {
    p.setBrush(withAlpha(pal.color(QPalette::Highlight), 45));
    p.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
    p.drawRoundedRect(QRectF(box).adjusted(-2, -2, 2, 2), 5, 5);
  }
  p.setRenderHint(QPainter::Antialiasing, false);

  const QFont mono = monoFont(font());
  const QFontMetrics mfm(mono);
  const int lh = mfm.height();
  const QRect inner = box.adjusted(8, 6, -8, -6);
  const QColor text = pal.color(QPalette::Text);
  const QColor dim = pal.color(QPalette::PlaceholderText);

  // Line 1: #sequence (bold) and the clock.
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  p.setPen(isBreak ? kBreak : text);
  const QString seq = QStringLiteral("#%1").arg(e.globalSequence);
  p.drawText(QRect(inner.left(), inner.top(), inner.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, seq);
  p.setFont(font());
  p.setPen(dim);
  p.drawText(QRect(inner.left(), inner.top(), inner.width(), lh), Qt::AlignRight | Qt::AlignVCenter, tr("c%1").arg(e.clock));

  // Lines 2-3: prev_hash and event_hash, six hex digits each.
  p.setFont(mono);
  auto hashLine = [&](int line, const QString& label, const Hash32& hash, bool bad) {
    const QRect r(inner.left(), inner.top() + line * lh, inner.width(), lh);
    p.setPen(dim);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, label);
    p.setPen(bad ? kBreak : unhashed ? dim : text);
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, unhashed ? QStringLiteral("——") : shortHex(hash));
  };
  const bool prevBad = isBreak && break_ && break_->reason == "prev_hash mismatch";
  const bool hashBad = isBreak && break_ && break_->reason != "prev_hash mismatch";
  hashLine(1, tr("prev"), h.prevHash, prevBad);
  hashLine(2, tr("hash"), h.eventHash, hashBad);
  p.setFont(font());

  const int parent = forkParent(i);
  if (isBreak || hidden || parent >= 0) {
    // Above the box, on the line restart labels use (those sit in the gaps, not over boxes).
    QStringList parts;
    if (isBreak) parts << tr("first break");
    if (parent >= 0)
      parts << tr("fork from #%1").arg(links_[size_t(parent)].index->entry(links_[size_t(parent)].row).globalSequence);
    if (hidden) parts << tr("hidden");
    const QString label = parts.join(QStringLiteral(" · "));
    const int w = fontMetrics().horizontalAdvance(label);
    p.setPen(isBreak ? kBreak : parent >= 0 ? kFork : dim);
    p.drawText(QRect(box.center().x() - w / 2 - 2, 2, w + 4, fontMetrics().height()), Qt::AlignCenter, label);
  }
}

QString ChainStripView::toolTipFor(int i) const {
  if (i < 0 || size_t(i) >= links_.size()) return {};
  const Link& l = links_[size_t(i)];
  const IndexEntry& e = l.index->entry(l.row);
  const HashChain h = l.index->hashChain(l.row);
  const QString mono = QStringLiteral("<span style='font-family:monospace'>%1</span>");
  QStringList lines;
  lines << tr("<b>%1</b> — link %2 of %3").arg(entity_.toHtmlEscaped()).arg(i + 1).arg(links_.size());
  lines << tr("Global sequence %1 · clock %2%3")
               .arg(e.globalSequence)
               .arg(e.clock)
               .arg(l.index->isVisible(l.row) ? QString() : tr(" · hidden"));
  lines << tr("Event %1").arg(mono.arg(QString::fromStdString(hexEncode(l.index->eventId(l.row)))));
  lines << tr("prev_hash %1").arg(mono.arg(QString::fromStdString(hexEncode(h.prevHash))));
  lines << tr("event_hash %1").arg(mono.arg(QString::fromStdString(hexEncode(h.eventHash))));
  lines << tr("%1 @%2").arg(QString::fromStdString(segmentFileName(e.segmentId))).arg(e.offset);
  if (isRestart(i)) lines << QStringLiteral("<span style='color:#4a86c8'>%1</span>").arg(tr("Restarts the chain at genesis"));
  if (const int parent = forkParent(i); parent >= 0)
    lines << QStringLiteral("<span style='color:#9b59b6'>%1</span>")
                 .arg(tr("Fork: prev_hash names global sequence %1, not the link written just before it. "
                         "batpak chains an event to its entity's chain head, which around visibility fences "
                         "can be an older link; the chain is not broken.")
                          .arg(links_[size_t(parent)].index->entry(links_[size_t(parent)].row).globalSequence));
  if (i == breakLink_ && break_)
    lines << QStringLiteral("<span style='color:#e03a3a'>%1</span>")
                 .arg(tr("First break: %1").arg(QString::fromStdString(break_->reason).toHtmlEscaped()));
  lines << QStringLiteral("<i>%1</i>").arg(tr("Click to select this event"));
  return lines.join(QStringLiteral("<br>"));
}

// ---- events ----

void ChainStripView::resizeEvent(QResizeEvent* event) {
  QAbstractScrollArea::resizeEvent(event);
  updateScrollBars();
}

void ChainStripView::changeEvent(QEvent* event) {
  QAbstractScrollArea::changeEvent(event);
  if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
    updateScrollBars();
    updateGeometry();
  }
}

void ChainStripView::scrollContentsBy(int, int) {
  hovered_ = -1;
  viewport()->update();
}

void ChainStripView::wheelEvent(QWheelEvent* event) {
  // A strip scrolls sideways: the vertical wheel moves along the chain.
  const QPoint delta = event->angleDelta();
  const int steps = (delta.x() != 0 ? delta.x() : delta.y());
  if (steps == 0) return;
  QScrollBar* bar = horizontalScrollBar();
  bar->setValue(bar->value() - steps * bar->singleStep() / 120);
  event->accept();
}

void ChainStripView::mouseMoveEvent(QMouseEvent* event) {
  const int i = linkAt(event->position().toPoint());
  if (i != hovered_) {
    hovered_ = i;
    viewport()->setCursor(i >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    viewport()->update();
  }
}

void ChainStripView::mousePressEvent(QMouseEvent* event) {
  event->setAccepted(event->button() == Qt::LeftButton && linkAt(event->position().toPoint()) >= 0);
}

void ChainStripView::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  const int i = linkAt(event->position().toPoint());
  if (i < 0) return;
  const uint32_t row = sessionRowOf(i);
  if (viewState_ && row != Index::kNoRow) viewState_->setCurrentRow(row);
}

bool ChainStripView::viewportEvent(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const int i = linkAt(help->pos());
    if (i < 0) QToolTip::hideText();
    else QToolTip::showText(help->globalPos(), toolTipFor(i), viewport(), boxRect(i));
    return true;
  }
  if (event->type() == QEvent::Leave && hovered_ >= 0) {
    hovered_ = -1;
    viewport()->update();
  }
  return QAbstractScrollArea::viewportEvent(event);
}

}  // namespace batscope::ui
