#include "views/segment_map_view.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "number_text.h"
#include "batscope/restore/index.h"
#include "models/segment_model.h"
#include "store_session.h"
#include "view_state.h"

namespace batscope::ui {

namespace {

// Hues that read on light and dark backgrounds alike.
const QColor kSealed(0x4a, 0x86, 0xc8);
const QColor kActive(0x3c, 0xa8, 0x5e);
const QColor kUnsealed(0xc8, 0x8a, 0x2e);
const QColor kDamage(0xe0, 0x3a, 0x3a);

QString countText(const SegmentRow& s) {
  const uint64_t n = s.walked ? s.eventFrames : s.visibleEvents;
  QString text = n == 1 ? SegmentMapView::tr("1 event") : SegmentMapView::tr("%1 events").arg(grouped(n));
  if (s.walked && s.visibleEvents != s.eventFrames)
    text += SegmentMapView::tr(" · %1 indexed").arg(grouped(s.visibleEvents));
  return text;
}

QColor withAlpha(QColor c, int alpha) {
  c.setAlpha(alpha);
  return c;
}

}  // namespace

// The strip above the rows: what the colors mean, and the store's totals.
class SegmentMapView::Legend : public QWidget {
 public:
  explicit Legend(SegmentMapView* view) : QWidget(view), view_(view) {
    QStringList words;
    for (const Swatch& s : swatches()) words << s.label;
    setToolTip(words.join(QStringLiteral(" · ")));
  }
  // As many lines as the swatches need at `width`: in a narrow dock they wrap rather than
  // run off the edge.
  int preferredHeight(int width) const { return int(placed(width).lines) * lineHeight() + 6; }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter p(this);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(rect().bottomLeft(), rect().bottomRight());
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    const Placement at = placed(width());
    const std::vector<Swatch> all = swatches();
    for (size_t i = 0; i < all.size(); ++i) {
      const QPoint origin = at.origins[i];
      const int cy = origin.y() + lineHeight() / 2;
      const QRect box(origin.x(), cy - h / 3, h, 2 * h / 3);
      p.fillRect(box, all[i].fill);
      if (all[i].hatch) p.fillRect(box, QBrush(kDamage, Qt::BDiagPattern));
      p.setPen(pal.color(QPalette::WindowText));
      // A label wider than the dock itself is elided (the tooltip has every word).
      const int room = std::max(0, width() - 4 - (box.right() + 5));
      const QString label = fm.elidedText(all[i].label, Qt::ElideRight, room);
      p.drawText(QRect(box.right() + 5, origin.y(), fm.horizontalAdvance(label) + 1, lineHeight()), Qt::AlignVCenter, label);
    }

    const SegmentModel* m = view_->model_;
    if (m->rowCount() > 0) {
      const QString total = SegmentMapView::tr("%1 segments · %2").arg(grouped(uint64_t(m->rowCount())), QLocale().formattedDataSize(qint64(m->totalBytes())));
      const int w = fm.horizontalAdvance(total);
      if (at.lastLineEnd + w + 8 < width()) {  // on the last line, where it fits
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(width() - w - 8, int(at.lines - 1) * lineHeight() + 3, w + 1, lineHeight()), Qt::AlignVCenter, total);
      }
    }
  }

 private:
  struct Swatch {
    QColor fill;
    QString label;
    bool hatch = false;
  };
  struct Placement {
    std::vector<QPoint> origins;  // each swatch's top left
    size_t lines = 1;
    int lastLineEnd = 0;
  };
  static std::vector<Swatch> swatches() {
    return {{kSealed, SegmentMapView::tr("sealed")},
            {kActive, SegmentMapView::tr("active")},
            {kUnsealed, SegmentMapView::tr("unsealed")},
            {kSealed.darker(170), SegmentMapView::tr("SIDX footer")},
            {kDamage, SegmentMapView::tr("CRC bad / torn"), true}};
  }
  int lineHeight() const { return fontMetrics().height() + 6; }
  Placement placed(int width) const {
    const QFontMetrics fm = fontMetrics();
    Placement out;
    int x = 8, y = 3;
    for (const Swatch& s : swatches()) {
      const int w = fm.height() + 5 + fm.horizontalAdvance(s.label);
      if (x > 8 && x + w > width - 4) {
        x = 8;
        y += lineHeight();
        ++out.lines;
      }
      out.origins.emplace_back(x, y);
      x += w + 14;
    }
    out.lastLineEnd = x;
    return out;
  }

  SegmentMapView* view_;
};

SegmentMapView::SegmentMapView(StoreSession* session, ViewState* viewState, QWidget* parent)
    : QAbstractScrollArea(parent), session_(session), viewState_(viewState) {
  model_ = new SegmentModel(session, this);
  legend_ = new Legend(this);
  setViewportMargins(0, legend_->preferredHeight(width()), 0, 0);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  viewport()->setMouseTracking(true);
  viewport()->setBackgroundRole(QPalette::Base);
  viewport()->setAutoFillBackground(true);

  auto relayout = [this] {
    hoveredRow_ = -1;
    measureCounts();
    updateScrollBars();
    viewport()->update();
    legend_->update();
  };
  connect(model_, &QAbstractItemModel::modelReset, this, relayout);
  connect(model_, &QAbstractItemModel::dataChanged, this, relayout);
  if (viewState) {
    connect(viewState, &ViewState::currentRowChanged, this, [this] {
      scrollToCurrent();
      viewport()->update();
    });
    connect(viewState, &ViewState::filterChanged, viewport(), qOverload<>(&QWidget::update));
  }
  if (session) connect(session, &StoreSession::opening, viewport(), qOverload<>(&QWidget::update));
  measureCounts();
  updateScrollBars();
}

QSize SegmentMapView::sizeHint() const { return {480, 360}; }

int SegmentMapView::rowHeight() const { return fontMetrics().height() + 10; }

SegmentMapView::Columns SegmentMapView::columns() const {
  Columns g;
  g.labelWidth = labelWidth_;
  g.countWidth = std::min(countWidth_, viewport()->width() * 2 / 5);
  g.trackLeft = g.labelWidth;
  g.trackRight = std::max(g.trackLeft + 40, viewport()->width() - g.countWidth);
  return g;
}

void SegmentMapView::measureCounts() {
  const QFontMetrics fm = fontMetrics();
  const uint64_t lastId = model_->rowCount() > 0 ? model_->segment(model_->rowCount() - 1).id : 0;
  labelWidth_ = fm.horizontalAdvance(QStringLiteral("%1").arg(lastId, 6, 10, QLatin1Char('0'))) + 16;
  int widest = fm.horizontalAdvance(tr("%1 events").arg(QStringLiteral("88,888")));
  for (int row = 0; row < model_->rowCount(); ++row) {
    const SegmentRow& s = model_->segment(row);
    if (s.walked && s.visibleEvents != s.eventFrames) widest = std::max(widest, fm.horizontalAdvance(countText(s)));
  }
  countWidth_ = widest + 16;
}

void SegmentMapView::updateScrollBars() {
  const int content = model_->rowCount() * rowHeight();
  const int page = viewport()->height();
  verticalScrollBar()->setSingleStep(rowHeight());
  verticalScrollBar()->setPageStep(page);
  verticalScrollBar()->setRange(0, std::max(0, content - page));
}

int SegmentMapView::rowAt(int y) const {
  if (y < 0) return -1;
  const int row = (y + verticalScrollBar()->value()) / rowHeight();
  return row < model_->rowCount() ? row : -1;
}

QRect SegmentMapView::trackRect(int row) const {
  const Columns g = columns();
  const int rh = rowHeight();
  const int top = row * rh - verticalScrollBar()->value();
  return QRect(g.trackLeft, top + 5, g.trackRight - g.trackLeft, rh - 10);
}

QRect SegmentMapView::barRect(int row) const {
  QRect r = trackRect(row);
  if (row < 0 || row >= model_->rowCount()) return {};
  const uint64_t maxBytes = std::max<uint64_t>(1, model_->maxBytes());
  const double fraction = double(model_->segment(row).bytes) / double(maxBytes);
  r.setWidth(std::max(3, int(std::lround(fraction * r.width()))));
  return r;
}

int SegmentMapView::xOfOffset(int row, uint64_t offset) const {
  const QRect track = trackRect(row);
  const uint64_t maxBytes = std::max<uint64_t>(1, model_->maxBytes());
  return track.left() + int(std::lround(double(offset) / double(maxBytes) * track.width()));
}

int SegmentMapView::currentSegmentRow() const {
  const Index* index = session_ ? session_->index() : nullptr;
  if (!index || !viewState_ || viewState_->currentRow() >= index->entryCount()) return -1;
  return model_->rowOfSegment(index->entry(viewState_->currentRow()).segmentId);
}

int SegmentMapView::filteredSegmentRow() const {
  if (!viewState_) return -1;
  // The segment a lone seg: term narrows to (what clicking a segment sets).
  const auto& terms = viewState_->query().terms;
  if (terms.size() != 1 || terms[0].negated || terms[0].field != QueryTerm::Field::Segment) return -1;
  return model_->rowOfSegment(terms[0].number);
}

QColor SegmentMapView::fillColor(const SegmentRow& s) const {
  if (!s.walked) return palette().color(QPalette::Mid);
  if (s.footerPresent) return kSealed;
  return s.latest ? kActive : kUnsealed;
}

void SegmentMapView::paintEvent(QPaintEvent*) {
  QPainter p(viewport());
  const QPalette& pal = palette();
  const int rows = model_->rowCount();
  if (rows == 0) {
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QString text = session_ && session_->isBusy() ? tr("Opening…") : tr("No store open");
    p.drawText(viewport()->rect(), Qt::AlignCenter, text);
    return;
  }
  const int rh = rowHeight();
  const int scroll = verticalScrollBar()->value();
  const int first = scroll / rh;
  const int last = std::min(rows - 1, (scroll + viewport()->height()) / rh);
  const Columns g = columns();
  const int current = currentSegmentRow();
  const int filtered = filteredSegmentRow();
  for (int row = first; row <= last; ++row) {
    const QRect rowRect(0, row * rh - scroll, viewport()->width(), rh);
    if (row % 2) p.fillRect(rowRect, pal.color(QPalette::AlternateBase));
    if (row == current) p.fillRect(rowRect, withAlpha(pal.color(QPalette::Highlight), 70));
    else if (row == hoveredRow_) p.fillRect(rowRect, withAlpha(pal.color(QPalette::Highlight), 30));
    if (row == filtered) {
      p.setPen(QPen(pal.color(QPalette::Highlight), 1));
      p.setBrush(Qt::NoBrush);
      p.drawRect(rowRect.adjusted(0, 0, -1, -1));
    }
    paintRow(p, row, rowRect, g, current);
  }
}

void SegmentMapView::paintRow(QPainter& p, int row, const QRect& rowRect, const Columns& g, int currentRow) {
  const SegmentRow& s = model_->segment(row);
  const QPalette& pal = palette();
  const QColor text = pal.color(QPalette::Text);

  p.setPen(text);
  p.drawText(QRect(4, rowRect.top(), g.labelWidth - 12, rowRect.height()), Qt::AlignRight | Qt::AlignVCenter,
             QStringLiteral("%1").arg(s.id, 6, 10, QLatin1Char('0')));

  const QRect track = trackRect(row);
  p.fillRect(track, withAlpha(text, 14));
  const QRect bar = barRect(row);
  const QColor fill = fillColor(s);
  p.fillRect(bar, fill);

  if (s.footerPresent && s.footerOffset < s.bytes) {
    const int fx = std::min(bar.right(), xOfOffset(row, s.footerOffset));
    const QRect footer(QPoint(fx, bar.top()), bar.bottomRight());
    p.fillRect(footer, s.footerValid ? fill.darker(170) : kDamage.darker(130));
    p.fillRect(QRect(fx, bar.top() - 2, 1, bar.height() + 4), fill.darker(220));
  }

  for (const SegmentRow::Frame& f : s.crcBad) {
    const int x0 = xOfOffset(row, f.offset);
    const int x1 = std::max(x0 + 2, xOfOffset(row, f.offset + f.length));
    p.fillRect(QRect(QPoint(x0, bar.top() - 3), QPoint(x1 - 1, bar.bottom() + 3)), kDamage);
  }
  if (s.tornAt) {
    const int x0 = xOfOffset(row, *s.tornAt);
    const QRect torn(QPoint(x0, bar.top()), QPoint(std::max(x0 + 3, bar.right()), bar.bottom()));
    p.fillRect(torn, withAlpha(kDamage, 90));
    p.fillRect(torn, QBrush(kDamage, Qt::BDiagPattern));
    p.fillRect(QRect(x0, bar.top() - 3, 2, bar.height() + 6), kDamage);
  }

  if (row == currentRow) {
    const Index* index = session_->index();
    const uint64_t offset = index->entry(viewState_->currentRow()).offset;
    const int x = std::clamp(xOfOffset(row, offset), bar.left(), bar.right());
    const QColor caret = pal.color(QPalette::Text);
    p.fillRect(QRect(x - 2, bar.top(), 5, bar.height()), pal.color(QPalette::Base));
    p.fillRect(QRect(x - 1, bar.top() - 1, 3, bar.height() + 2), caret);
    QPainterPath tri;
    tri.moveTo(x - 6, rowRect.top());
    tri.lineTo(x + 7, rowRect.top());
    tri.lineTo(x + 0.5, bar.top() + 1);
    tri.closeSubpath();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(tri, caret);
    p.setRenderHint(QPainter::Antialiasing, false);
  }

  // Say in words what the red marks are, right of the bar when the track has room.
  QStringList damage, brief;  // brief: the same in a few letters, for a narrow dock
  if (!s.crcBad.empty()) {
    damage << (s.crcBad.size() == 1 ? tr("CRC bad @%1").arg(s.crcBad.front().offset)
                                    : tr("%1 CRC-bad frames").arg(s.crcBad.size()));
    brief << (s.crcBad.size() == 1 ? tr("CRC ✗") : tr("%1× CRC ✗").arg(s.crcBad.size()));
  }
  if (s.tornAt) {
    damage << tr("torn @%1").arg(*s.tornAt);
    brief << tr("torn");
  }
  if (s.footerPresent && !s.footerValid) {
    damage << tr("footer invalid");
    brief << tr("footer ✗");
  }
  if (!damage.isEmpty()) {
    QString note = damage.join(QStringLiteral(" · "));
    int w = p.fontMetrics().horizontalAdvance(note);
    if (bar.right() + 8 + w > track.right() && w + 12 > track.width()) {
      // A narrow dock: the short words, elided if even they do not fit; the whole note is in
      // the tooltip. The pill stays inside the track.
      note = p.fontMetrics().elidedText(brief.join(QStringLiteral(" · ")), Qt::ElideRight, std::max(0, track.width() - 12));
      w = p.fontMetrics().horizontalAdvance(note);
    }
    if (bar.right() + 8 + w <= track.right()) {
      p.setPen(kDamage);
      p.drawText(QRect(bar.right() + 8, rowRect.top(), w + 1, rowRect.height()), Qt::AlignLeft | Qt::AlignVCenter, note);
    } else {
      // No room after the bar: a label on the bar, just right of the first red mark.
      const uint64_t at = !s.crcBad.empty() ? s.crcBad.front().offset + s.crcBad.front().length : *s.tornAt;
      int x = std::min(xOfOffset(row, at) + 6, track.right() - w - 8);
      x = std::max(x, track.left());
      const QRect pill(x, bar.top() - 1, w + 8, bar.height() + 2);
      p.setRenderHint(QPainter::Antialiasing, true);
      p.setPen(Qt::NoPen);
      p.setBrush(withAlpha(pal.color(QPalette::Base), 230));
      p.drawRoundedRect(pill, 3, 3);
      p.setRenderHint(QPainter::Antialiasing, false);
      p.setPen(kDamage);
      p.drawText(pill, Qt::AlignCenter, note);
    }
  }

  QString count = s.walked || s.visibleEvents ? countText(s) : QString();
  p.setPen(s.walked && s.visibleEvents != s.eventFrames ? kUnsealed : text);
  const int textLeft = std::max(bar.right(), g.trackRight) + 8;
  const int room = viewport()->width() - textLeft - 4;
  // A narrow dock: the number alone (the tooltip has the words), rather than "13.771 Erei".
  if (!count.isEmpty() && fontMetrics().horizontalAdvance(count) > room)
    count = fontMetrics().elidedText(grouped(s.walked ? s.eventFrames : s.visibleEvents), Qt::ElideRight, room);
  p.drawText(QRect(textLeft, rowRect.top(), room, rowRect.height()), Qt::AlignLeft | Qt::AlignVCenter, count);
}

QString SegmentMapView::toolTipForRow(int row) const {
  if (row < 0 || row >= model_->rowCount()) return {};
  const SegmentRow& s = model_->segment(row);
  const QString red = QStringLiteral("<span style='color:#e03a3a'>%1</span>");
  QStringList lines;
  lines << tr("<b>%1</b> — segment %2").arg(s.fileName.toHtmlEscaped()).arg(s.id);
  lines << tr("%1 bytes · %2").arg(grouped(s.bytes), SegmentModel::stateText(s));
  if (s.walked) {
    if (!s.headerError.isEmpty()) lines << red.arg(tr("Header: %1").arg(s.headerError.toHtmlEscaped()));
    if (!s.footerPresent) lines << tr("SIDX footer: absent");
    else if (s.footerValid)
      lines << tr("SIDX footer: valid, from @%1 (%2 bytes)").arg(s.footerOffset).arg(grouped(s.bytes - s.footerOffset));
    else lines << red.arg(tr("SIDX footer: invalid — %1").arg(s.footerError.toHtmlEscaped()));
    lines << tr("%1 event frames, %2 batch markers; %3 visible events indexed here")
                 .arg(grouped(s.eventFrames), grouped(s.markerFrames), grouped(s.visibleEvents));
    for (const SegmentRow::Frame& f : s.crcBad)
      lines << red.arg(tr("CRC mismatch: frame @%1 (%2 bytes)").arg(f.offset).arg(f.length));
    if (s.tornAt) lines << red.arg(tr("Torn tail @%1: %2").arg(*s.tornAt).arg(s.tornReason.toHtmlEscaped()));
  } else {
    lines << tr("%1 visible events indexed here; frame walk pending").arg(grouped(s.visibleEvents));
  }
  if (s.read)
    lines << tr("Restore read it by %1 in %2 ms (%3 entries, %4 bytes)")
                 .arg(segmentReadText(s.readHow))
                 .arg(s.readMs, 0, 'f', 2)
                 .arg(grouped(s.readEntries), grouped(s.readBytes));
  else
    lines << tr("Restore skipped it (covered by the snapshot)");
  if (row == currentSegmentRow())
    lines << tr("Current event at @%1").arg(session_->index()->entry(viewState_->currentRow()).offset);
  lines << QStringLiteral("<i>%1</i>").arg(tr("Click to filter the events to seg:%1").arg(s.id));
  return lines.join(QStringLiteral("<br>"));
}

void SegmentMapView::scrollToCurrent() {
  const int row = currentSegmentRow();
  if (row < 0) return;
  const int rh = rowHeight();
  const int top = row * rh;
  const int value = verticalScrollBar()->value();
  const int page = viewport()->height();
  if (top < value || top + rh > value + page) verticalScrollBar()->setValue(top - (page - rh) / 2);
}

void SegmentMapView::resizeEvent(QResizeEvent* event) {
  QAbstractScrollArea::resizeEvent(event);
  updateScrollBars();
}

void SegmentMapView::layoutLegend() {
  // Right above the viewport and as wide as it, so the scroll bar never covers it.
  const int height = legend_->preferredHeight(viewport()->width());
  if (viewportMargins().top() != height) setViewportMargins(0, height, 0, 0);  // the legend wrapped or unwrapped
  const QRect vp = viewport()->geometry();
  legend_->setGeometry(vp.left(), vp.top() - height, vp.width(), height);
}

void SegmentMapView::changeEvent(QEvent* event) {
  QAbstractScrollArea::changeEvent(event);
  if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
    measureCounts();
    setViewportMargins(0, legend_->preferredHeight(viewport()->width()), 0, 0);
    updateScrollBars();
  }
}

void SegmentMapView::scrollContentsBy(int, int) {
  hoveredRow_ = -1;
  viewport()->update();
}

void SegmentMapView::mouseMoveEvent(QMouseEvent* event) {
  const int row = rowAt(event->position().toPoint().y());
  if (row != hoveredRow_) {
    hoveredRow_ = row;
    viewport()->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    viewport()->update();
  }
}

void SegmentMapView::mousePressEvent(QMouseEvent* event) {
  // Accepted so the release (where the click acts) comes here too.
  event->setAccepted(event->button() == Qt::LeftButton && rowAt(event->position().toPoint().y()) >= 0);
}

void SegmentMapView::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  const int row = rowAt(event->position().toPoint().y());
  if (row < 0) return;
  const uint64_t id = model_->segment(row).id;
  if (viewState_) {
    QueryTerm term;
    term.field = QueryTerm::Field::Segment;
    term.number = id;
    viewState_->setQuery(EventQuery{{term}});
  }
  emit segmentClicked(id);
}

bool SegmentMapView::viewportEvent(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const int row = rowAt(help->pos().y());
    if (row < 0) {
      QToolTip::hideText();
    } else {
      const QRect rowRect(0, row * rowHeight() - verticalScrollBar()->value(), viewport()->width(), rowHeight());
      QToolTip::showText(help->globalPos(), toolTipForRow(row), viewport(), rowRect);
    }
    return true;
  }
  if (event->type() == QEvent::Resize) layoutLegend();
  if (event->type() == QEvent::Leave && hoveredRow_ >= 0) {
    hoveredRow_ = -1;
    viewport()->update();
  }
  return QAbstractScrollArea::viewportEvent(event);
}

}  // namespace batscope::ui
