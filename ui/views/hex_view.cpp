#include "hex_view.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace batscope::ui {

namespace {

// Character columns of one line: offset, 2 spaces, 16 × "xx " with one extra space after
// the eighth byte, 1 more space, 16 ASCII characters.
constexpr int kGap = 2;
constexpr int kHexChars = HexView::kBytesPerLine * 3 + 1;

QChar asciiOf(char c) {
  const auto u = uint8_t(c);
  return u >= 0x20 && u < 0x7f ? QChar(u) : QChar('.');
}

}  // namespace

HexView::HexView(QWidget* parent) : QAbstractScrollArea(parent) {
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  setFocusPolicy(Qt::StrongFocus);
  viewport()->setBackgroundRole(QPalette::Base);
  viewport()->setAutoFillBackground(true);
  verticalScrollBar()->setSingleStep(1);
  updateMetrics();
}

void HexView::setData(const QByteArray& bytes, quint64 fileOffset) {
  bytes_ = bytes;
  fileOffset_ = fileOffset;
  hlOffset_ = hlLength_ = 0;
  cursor_ = -1;
  updateMetrics();
  verticalScrollBar()->setValue(0);
  horizontalScrollBar()->setValue(0);
  viewport()->update();
}

void HexView::setHighlight(quint64 offset, quint64 length) {
  const auto size = quint64(bytes_.size());
  if (offset >= size) length = 0;
  length = std::min(length, size - std::min(offset, size));
  if (!length) offset = 0;
  if (offset == hlOffset_ && length == hlLength_) return;
  hlOffset_ = offset;
  hlLength_ = length;
  if (length) {
    // Leave the scroll position alone while any of the range is on screen (a click inside a
    // long payload must not jump); else bring the range's start (or all of it) into view.
    const qint64 first = qint64(offset / kBytesPerLine), last = qint64((offset + length - 1) / kBytesPerLine);
    const int top = verticalScrollBar()->value(), rows = visibleLines();
    if (last < top || first >= top + rows) {
      if (first >= top + rows && last - first + 1 <= rows) verticalScrollBar()->setValue(int(last - rows + 1));
      else verticalScrollBar()->setValue(int(first));
    }
  }
  viewport()->update();
}

void HexView::setCursorOffset(qint64 frameOffset) {
  if (frameOffset >= bytes_.size()) frameOffset = -1;
  if (frameOffset < -1) frameOffset = -1;
  if (frameOffset == cursor_) return;
  cursor_ = frameOffset;
  if (cursor_ >= 0) scrollToOffset(quint64(cursor_));
  viewport()->update();
}

void HexView::scrollToOffset(quint64 frameOffset) {
  const qint64 line = qint64(frameOffset / kBytesPerLine);
  const int top = verticalScrollBar()->value(), rows = visibleLines();
  if (line < top) verticalScrollBar()->setValue(int(line));
  else if (line >= top + rows) verticalScrollBar()->setValue(int(line - rows + 1));
}

void HexView::updateMetrics() {
  const QFontMetricsF fm(font());
  charWidth_ = fm.horizontalAdvance(QLatin1Char('0'));
  lineHeight_ = int(std::ceil(fm.height()));
  ascent_ = int(std::ceil(fm.ascent()));
  margin_ = int(std::ceil(charWidth_ / 2));
  // Enough digits for the last file offset shown, at least 8.
  quint64 last = fileOffset_ + quint64(std::max<qsizetype>(bytes_.size(), 1)) - 1;
  int digits = 1;
  while (last >>= 4) ++digits;
  offsetDigits_ = std::max(8, digits);
  updateScrollBars();
  updateGeometry();
}

int HexView::headerHeight() const { return lineHeight_ + 3; }

int HexView::visibleLines() const {
  return std::max(1, (viewport()->height() - headerHeight()) / std::max(1, lineHeight_));
}

qreal HexView::contentWidth() const {
  return 2 * margin_ + charWidth_ * (offsetDigits_ + kGap + kHexChars + kGap + kBytesPerLine);
}

qreal HexView::hexX(int column) const {
  return margin_ + charWidth_ * (offsetDigits_ + kGap + column * 3 + (column >= kBytesPerLine / 2 ? 1 : 0));
}

qreal HexView::asciiX(int column) const {
  return margin_ + charWidth_ * (offsetDigits_ + kGap + kHexChars + kGap + column);
}

void HexView::updateScrollBars() {
  const qint64 lines = lineCount();
  const int rows = visibleLines();
  verticalScrollBar()->setPageStep(rows);
  verticalScrollBar()->setRange(0, int(std::max<qint64>(0, lines - rows)));
  const int width = int(std::ceil(contentWidth()));
  horizontalScrollBar()->setPageStep(viewport()->width());
  horizontalScrollBar()->setSingleStep(int(charWidth_));
  horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
}

QSize HexView::sizeHint() const {
  const int w = int(std::ceil(contentWidth())) + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
  return {w, headerHeight() + lineHeight_ * 16 + 2 * frameWidth()};
}

QSize HexView::minimumSizeHint() const { return {int(charWidth_ * 24), lineHeight_ * 4}; }

void HexView::resizeEvent(QResizeEvent* event) {
  QAbstractScrollArea::resizeEvent(event);
  updateScrollBars();
}

void HexView::changeEvent(QEvent* event) {
  QAbstractScrollArea::changeEvent(event);
  if (event->type() == QEvent::FontChange) updateMetrics();
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) viewport()->update();
}

void HexView::paintEvent(QPaintEvent*) {
  QPainter p(viewport());
  p.setFont(font());
  p.translate(-horizontalScrollBar()->value(), 0);
  const QPalette& pal = palette();
  const QColor text = pal.color(QPalette::Text);
  const QColor dim = pal.color(QPalette::PlaceholderText);
  const QColor hlBack = pal.color(QPalette::Highlight);
  const QColor hlText = pal.color(QPalette::HighlightedText);

  // Offset column background, like a gutter.
  const qreal gutter = margin_ + charWidth_ * (offsetDigits_ + 1);
  p.fillRect(QRectF(0, 0, gutter, viewport()->height()), pal.color(QPalette::AlternateBase));

  const qint64 first = verticalScrollBar()->value();
  const qint64 last = std::min(lineCount(), first + visibleLines() + 1);
  const quint64 hlEnd = hlOffset_ + hlLength_;
  for (qint64 line = first; line < last; ++line) {
    const int y = headerHeight() + int(line - first) * lineHeight_;
    const int baseline = y + ascent_;
    const qint64 start = line * kBytesPerLine;
    const int count = int(std::min<qint64>(kBytesPerLine, bytes_.size() - start));

    p.setPen(dim);
    p.drawText(QPointF(margin_, baseline),
               QStringLiteral("%1").arg(qulonglong(fileOffset_ + quint64(start)), offsetDigits_, 16, QLatin1Char('0')));

    // The highlighted part of this line: columns [hlFrom, hlTo).
    int hlFrom = 0, hlTo = 0;
    if (hlLength_ && hlOffset_ < quint64(start + count) && hlEnd > quint64(start)) {
      hlFrom = int(std::max<qint64>(qint64(hlOffset_), start) - start);
      hlTo = int(std::min<qint64>(qint64(hlEnd), start + count) - start);
      const qreal hx0 = hexX(hlFrom), hx1 = hexX(hlTo - 1) + 2 * charWidth_;
      p.fillRect(QRectF(hx0 - charWidth_ / 2, y, hx1 - hx0 + charWidth_, lineHeight_), hlBack);
      p.fillRect(QRectF(asciiX(hlFrom), y, asciiX(hlTo) - asciiX(hlFrom), lineHeight_), hlBack);
    }

    // Runs of equal colour, drawn as strings (fast; the font is fixed-width).
    auto drawRun = [&](int from, int to, const QColor& color) {
      if (from >= to) return;
      QString hex, ascii;
      hex.reserve((to - from) * 3);
      for (int c = from; c < to; ++c) {
        const auto b = uint8_t(bytes_[start + c]);
        if (c > from) hex += (c == kBytesPerLine / 2) ? QStringLiteral("  ") : QStringLiteral(" ");
        hex += QLatin1Char("0123456789abcdef"[b >> 4]);
        hex += QLatin1Char("0123456789abcdef"[b & 15]);
        ascii += asciiOf(bytes_[start + c]);
      }
      p.setPen(color);
      p.drawText(QPointF(hexX(from), baseline), hex);
      p.drawText(QPointF(asciiX(from), baseline), ascii);
    };
    if (hlFrom < hlTo) {
      drawRun(0, hlFrom, text);
      drawRun(hlFrom, hlTo, hlText);
      drawRun(hlTo, count, text);
    } else {
      drawRun(0, count, text);
    }

    if (cursor_ >= start && cursor_ < start + count) {
      const int c = int(cursor_ - start);
      const bool inHl = c >= hlFrom && c < hlTo;
      p.setPen(QPen(inHl ? hlText : text, 1));
      p.setBrush(Qt::NoBrush);
      p.drawRect(QRectF(hexX(c) - 1.5, y + 0.5, 2 * charWidth_ + 2, lineHeight_ - 1));
      p.drawRect(QRectF(asciiX(c) - 0.5, y + 0.5, charWidth_ + 1, lineHeight_ - 1));
    }
  }

  // Column header (stays put while the lines scroll under it): byte columns and the
  // low nibble of the ASCII columns, like a hex editor's ruler.
  const int hh = headerHeight();
  p.fillRect(QRectF(0, 0, std::max<qreal>(contentWidth(), viewport()->width() + horizontalScrollBar()->value()), hh),
             pal.color(QPalette::Button));
  p.setPen(pal.color(QPalette::Mid));
  p.drawLine(QPointF(0, hh - 0.5), QPointF(contentWidth() + viewport()->width(), hh - 0.5));
  p.setPen(pal.color(QPalette::ButtonText));
  const int headerBaseline = 1 + ascent_;
  p.drawText(QPointF(margin_, headerBaseline), tr("Offset"));
  QString ruler, asciiRuler;
  for (int c = 0; c < kBytesPerLine; ++c) {
    if (c) ruler += (c == kBytesPerLine / 2) ? QStringLiteral("  ") : QStringLiteral(" ");
    ruler += QStringLiteral("%1").arg(c, 2, 16, QLatin1Char('0'));
    asciiRuler += QLatin1Char("0123456789abcdef"[c]);
  }
  p.drawText(QPointF(hexX(0), headerBaseline), ruler);
  p.drawText(QPointF(asciiX(0), headerBaseline), asciiRuler);
}

qint64 HexView::byteAt(const QPoint& viewportPos) const {
  if (lineHeight_ <= 0 || viewportPos.y() < headerHeight()) return -1;
  const qreal x = viewportPos.x() + horizontalScrollBar()->value();
  const qint64 line = verticalScrollBar()->value() + (viewportPos.y() - headerHeight()) / lineHeight_;
  int column = -1;
  if (x >= hexX(0) - charWidth_ / 2 && x < hexX(kBytesPerLine - 1) + 2.5 * charWidth_) {
    for (int c = 0; c < kBytesPerLine; ++c)
      if (x < hexX(c) + 2.5 * charWidth_) { column = c; break; }
  } else if (x >= asciiX(0) && x < asciiX(kBytesPerLine)) {
    column = int((x - asciiX(0)) / charWidth_);
  }
  if (column < 0) return -1;
  const qint64 offset = line * kBytesPerLine + column;
  return offset < bytes_.size() ? offset : -1;
}

void HexView::moveCursorTo(qint64 frameOffset) {
  if (bytes_.isEmpty()) return;
  frameOffset = std::clamp<qint64>(frameOffset, 0, bytes_.size() - 1);
  setCursorOffset(frameOffset);
  emit byteClicked(quint64(frameOffset));
}

void HexView::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return QAbstractScrollArea::mousePressEvent(event);
  const qint64 at = byteAt(event->position().toPoint());
  if (at >= 0) moveCursorTo(at);
}

void HexView::keyPressEvent(QKeyEvent* event) {
  const qint64 cur = std::max<qint64>(cursor_, 0);
  switch (event->key()) {
    case Qt::Key_Left: moveCursorTo(cur - 1); return;
    case Qt::Key_Right: moveCursorTo(cursor_ < 0 ? 0 : cur + 1); return;
    case Qt::Key_Up: moveCursorTo(cur - kBytesPerLine); return;
    case Qt::Key_Down: moveCursorTo(cursor_ < 0 ? 0 : cur + kBytesPerLine); return;
    case Qt::Key_PageUp: moveCursorTo(cur - qint64(kBytesPerLine) * visibleLines()); return;
    case Qt::Key_PageDown: moveCursorTo(cur + qint64(kBytesPerLine) * visibleLines()); return;
    case Qt::Key_Home: moveCursorTo(event->modifiers() & Qt::ControlModifier ? 0 : cur - cur % kBytesPerLine); return;
    case Qt::Key_End:
      moveCursorTo(event->modifiers() & Qt::ControlModifier ? bytes_.size() - 1 : cur - cur % kBytesPerLine + kBytesPerLine - 1);
      return;
    default: QAbstractScrollArea::keyPressEvent(event);
  }
}

bool HexView::viewportEvent(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const qint64 at = byteAt(help->pos());
    if (at < 0) {
      QToolTip::hideText();
      event->ignore();
      return true;
    }
    const quint64 file = fileOffset_ + quint64(at);
    const auto b = uint8_t(bytes_[at]);
    QToolTip::showText(help->globalPos(),
                       tr("file offset %1 (0x%2) · frame +%3 · byte 0x%4 = %5")
                           .arg(file)
                           .arg(file, 0, 16)
                           .arg(at)
                           .arg(b, 2, 16, QLatin1Char('0'))
                           .arg(b),
                       viewport());
    return true;
  }
  return QAbstractScrollArea::viewportEvent(event);
}

}  // namespace batscope::ui
