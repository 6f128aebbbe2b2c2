// One entity's hash chain as a horizontal strip: a box per link in written order (segment,
// offset; hidden events included: the list verifyChains walks), each with its sequence,
// clock and abbreviated prev_hash → event_hash, arrows between links, a gap and "restart"
// where the chain restarts at genesis, a branch drawn under the boxes where a link forks
// from an older one, the first break in red. Only the boxes in view are
// painted and their hashes read, so chains of 100,000 links scroll freely. Clicking a box
// makes its event current; the current event's box is highlighted and scrolled to.
#pragma once

#include <QAbstractScrollArea>
#include <QPointer>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "batscope/analysis/hash_chain.h"

namespace batscope::ui {

class StoreSession;
class ViewState;

class ChainStripView : public QAbstractScrollArea {
  Q_OBJECT
 public:
  // One link: where its index entry lives (the true view's, or batpak's for frames only it has).
  using Link = ChainLink;

  ChainStripView(StoreSession* session, ViewState* viewState, QWidget* parent = nullptr);

  // Shows the chain of `entity` (empty: nothing). `chain` is its report entry, if verified
  // (its restarts and first break are marked); it is copied, not kept.
  void setEntity(const QString& entity, const EntityChain* chain);
  // Re-reads the links (the session's indexes changed).
  void reload();
  QString entity() const { return entity_; }
  const std::vector<Link>& links() const { return links_; }

  // Geometry, in viewport coordinates: the box of link `i`, and the link under `pos` (or -1).
  QRect boxRect(int i) const;
  int linkAt(const QPoint& pos) const;
  // The link holding the current event, or -1; the link of the first break, or -1.
  int currentLink() const;
  int breakLink() const { return breakLink_; }
  // Fork links and the earlier link each one's prev_hash names (both indices into links()).
  const std::vector<std::pair<int, int>>& forkLinks() const { return forkLinks_; }
  // The session index row of link `i` (what ViewState::setCurrentRow takes), or kNoRow.
  uint32_t sessionRowOf(int i) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 public slots:
  // Scrolls link `i` into view (centred when it was off screen).
  void scrollToLink(int i);
  void scrollToCurrent();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  bool viewportEvent(QEvent* event) override;
  void changeEvent(QEvent* event) override;
  void scrollContentsBy(int dx, int dy) override;

 private:
  void collectLinks();
  void updateScrollBars();
  int boxWidth() const;
  int boxHeight() const;
  int arrowGap() const;
  int restartGap() const;
  int contentX(int i) const;  // left of link i's box in content coordinates
  int contentWidth() const;
  int restartsBefore(int i) const;  // restart links with index <= i
  bool isRestart(int i) const;
  int forkParent(int i) const;  // the link fork i branches from, or -1
  void paintForkBranch(QPainter& p, int i, int parent);
  void paintLink(QPainter& p, int i, const QRect& box, bool current);
  QString toolTipFor(int i) const;

  QPointer<StoreSession> session_;
  QPointer<ViewState> viewState_;
  QString entity_;
  std::string entityStd_;
  std::optional<ChainBreak> break_;
  std::vector<Link> links_;
  std::vector<int> restartLinks_;  // indices into links_, ascending
  std::vector<std::pair<int, int>> forkLinks_;  // (fork, parent), ascending by fork
  int breakLink_ = -1;
  mutable const Index* currentLinkIndex_ = nullptr;  // currentLink()'s cache: for this index,
  mutable uint32_t currentLinkRow_ = 0;              // this current row,
  mutable int currentLink_ = -1;                     // this link
  int hovered_ = -1;
};

}  // namespace batscope::ui
