// The segment map: every segment file as a horizontal bar sized by its bytes, sealed vs
// active, its footer, CRC-bad frames and a torn tail at their offsets, and a caret where the
// current event lives on disk. Painted row by row (only the visible rows), so 10,000
// segments scroll freely. Clicking a segment narrows the filter to it (`seg:<id>`).
#pragma once

#include <QAbstractScrollArea>
#include <QPointer>

#include <cstdint>

namespace batscope::ui {

class SegmentModel;
struct SegmentRow;
class StoreSession;
class ViewState;

class SegmentMapView : public QAbstractScrollArea {
  Q_OBJECT
 public:
  SegmentMapView(StoreSession* session, ViewState* viewState, QWidget* parent = nullptr);

  SegmentModel* model() const { return model_; }
  int rowHeight() const;
  // The segment row under viewport y, or -1.
  int rowAt(int y) const;
  // The full-length bar area of `row` (what 100% of the largest segment would fill) and the
  // segment's own bar, in viewport coordinates.
  QRect trackRect(int row) const;
  QRect barRect(int row) const;
  // Viewport x of byte `offset` inside the bar of `row`.
  int xOfOffset(int row, uint64_t offset) const;
  // The row of the segment holding the current event, or -1.
  int currentSegmentRow() const;
  // What the tooltip of `row` says (rich text).
  QString toolTipForRow(int row) const;

  QSize sizeHint() const override;

 signals:
  void segmentClicked(quint64 segmentId);

 public slots:
  // Scrolls so that the segment holding the current event is visible.
  void scrollToCurrent();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  bool viewportEvent(QEvent* event) override;
  void changeEvent(QEvent* event) override;
  void scrollContentsBy(int dx, int dy) override;

 private:
  class Legend;
  struct Columns { int labelWidth, countWidth, trackLeft, trackRight; };
  Columns columns() const;
  void updateScrollBars();
  void layoutLegend();
  void measureCounts();
  void paintRow(QPainter& p, int row, const QRect& rowRect, const Columns& c, int currentRow);
  QColor fillColor(const SegmentRow& s) const;
  int filteredSegmentRow() const;

  QPointer<StoreSession> session_;
  QPointer<ViewState> viewState_;
  SegmentModel* model_ = nullptr;
  Legend* legend_ = nullptr;
  int hoveredRow_ = -1;
  int countWidth_ = 0;  // the widest event-count text, measured when the model changes
  int labelWidth_ = 0;  // the widest segment id
};

}  // namespace batscope::ui
