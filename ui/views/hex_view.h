// The "frame bytes" pane: a classic hex dump (file offset | 16 hex bytes | ASCII) of one
// frame, with one highlighted byte range (the selected header field) and a byte cursor.
// Paints only the visible lines, so a 100 KiB+ frame scrolls as fast as a small one. Colors
// come from the palette (dark and light themes); the highlight is palette().highlight().
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

#include <cstdint>

namespace batscope::ui {

class HexView : public QAbstractScrollArea {
  Q_OBJECT
 public:
  static constexpr int kBytesPerLine = 16;

  explicit HexView(QWidget* parent = nullptr);

  // Shows `bytes` (frame offset 0 = bytes[0]); `fileOffset` is the file offset of bytes[0],
  // which the offset column shows. `bytes` may wrap memory with QByteArray::fromRawData: the
  // caller keeps it alive until the next setData() or clear(). Resets highlight and cursor.
  void setData(const QByteArray& bytes, quint64 fileOffset);
  void clear() { setData({}, 0); }
  const QByteArray& bytes() const { return bytes_; }
  quint64 fileOffset() const { return fileOffset_; }

  // Highlights frame bytes [offset, offset + length) and scrolls them into view; length 0
  // removes the highlight. Clamped to the data.
  void setHighlight(quint64 offset, quint64 length);
  void clearHighlight() { setHighlight(0, 0); }
  quint64 highlightOffset() const { return hlOffset_; }
  quint64 highlightLength() const { return hlLength_; }

  // The byte cursor (frame offset), -1 when none. Clicks and arrow keys move it.
  qint64 cursorOffset() const { return cursor_; }
  void setCursorOffset(qint64 frameOffset);

  // Frame offset of the byte under a viewport position (hex or ASCII column), or -1.
  qint64 byteAt(const QPoint& viewportPos) const;
  // Scrolls so the line holding `frameOffset` is visible.
  void scrollToOffset(quint64 frameOffset);

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 signals:
  // The user clicked (or moved the cursor with the keyboard to) this frame byte.
  void byteClicked(quint64 frameOffset);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  bool viewportEvent(QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void updateMetrics();
  void updateScrollBars();
  qint64 lineCount() const { return (bytes_.size() + kBytesPerLine - 1) / kBytesPerLine; }
  int headerHeight() const;  // the column ruler above the lines
  int visibleLines() const;
  qreal contentWidth() const;
  qreal hexX(int column) const;    // left edge of byte `column`'s two hex digits
  qreal asciiX(int column) const;
  void moveCursorTo(qint64 frameOffset);

  QByteArray bytes_;
  quint64 fileOffset_ = 0;
  quint64 hlOffset_ = 0, hlLength_ = 0;
  qint64 cursor_ = -1;
  int offsetDigits_ = 8;
  qreal charWidth_ = 8;
  int lineHeight_ = 16;
  int ascent_ = 12;
  int margin_ = 4;
};

}  // namespace batscope::ui
