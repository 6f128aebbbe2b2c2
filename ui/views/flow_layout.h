// FlowLayout: widgets left to right, wrapping onto another line where the width runs out
// (the tool rows above the Analysis dock's plots: in a narrow dock a single line cut the
// buttons' words off). Items keep their size hints, centred in their line; a horizontally
// expanding item that ends a line takes the rest of it; a word-wrapped label takes a line.
#pragma once

#include <QLayout>
#include <QList>

namespace batscope::ui {

class FlowLayout : public QLayout {
 public:
  explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
  ~FlowLayout() override;

  void addItem(QLayoutItem* item) override;
  int count() const override { return int(items_.size()); }
  QLayoutItem* itemAt(int index) const override { return items_.value(index); }
  QLayoutItem* takeAt(int index) override;
  Qt::Orientations expandingDirections() const override { return {}; }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
  QSize minimumSize() const override;
  QSize sizeHint() const override { return minimumSize(); }
  void setGeometry(const QRect& rect) override;

 private:
  // Lays the items out in `rect` (moving them when `apply`); returns the height used.
  int arrange(const QRect& rect, bool apply) const;

  QList<QLayoutItem*> items_;
  int spacing_;
};

}  // namespace batscope::ui
