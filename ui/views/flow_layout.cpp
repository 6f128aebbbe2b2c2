#include "views/flow_layout.h"

#include <QWidget>

#include <algorithm>

namespace batscope::ui {

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent), spacing_(spacing) {
  setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
  while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { items_.append(item); }

QLayoutItem* FlowLayout::takeAt(int index) {
  return index >= 0 && index < items_.size() ? items_.takeAt(index) : nullptr;
}

QSize FlowLayout::minimumSize() const {
  // As narrow as the widest item: everything else wraps.
  QSize size;
  for (const QLayoutItem* item : items_) size = size.expandedTo(item->minimumSize());
  const QMargins m = contentsMargins();
  return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect) {
  QLayout::setGeometry(rect);
  arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
  const QRect area = rect.marginsRemoved(contentsMargins());
  int x = area.x(), y = area.y(), lineHeight = 0;
  QList<QLayoutItem*> line;
  auto placeLine = [&] {
    if (!apply) return;
    for (int i = 0; i < line.size(); ++i) {
      QLayoutItem* item = line[i];
      QRect r = item->geometry();
      r.moveTop(y + (lineHeight - r.height()) / 2);  // centred in the line
      if (i == line.size() - 1 && (item->expandingDirections() & Qt::Horizontal))
        r.setRight(std::max(r.right(), area.right()));  // an expanding last item takes the line's end
      item->setGeometry(r);
    }
  };
  for (QLayoutItem* item : items_) {
    if (item->isEmpty()) continue;
    QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
    // A word-wrapped label: a line of its own, as wide as the layout.
    const bool wraps = item->hasHeightForWidth();
    if (wraps) hint = QSize(area.width(), item->heightForWidth(area.width()));
    if (x > area.x() && (wraps || x + hint.width() > area.right() + 1)) {  // wrap
      placeLine();
      line.clear();
      x = area.x();
      y += lineHeight + spacing_;
      lineHeight = 0;
    }
    if (apply) item->setGeometry(QRect(QPoint(x, y), hint));
    line.append(item);
    x += hint.width() + spacing_;
    lineHeight = std::max(lineHeight, hint.height());
  }
  placeLine();
  const QMargins m = contentsMargins();
  return y + lineHeight - rect.y() + m.bottom();
}

}  // namespace batscope::ui
