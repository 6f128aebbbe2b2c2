// The bottom "event details" area of the main window, three panes like Wireshark's: header
// fields (tree) | payload (JSON tree) | frame bytes (hex + ASCII, with a status line). It
// follows ViewState's current event and changes it only through ViewState (links to the
// cause, the entity's neighbours; filters for effects and correlation). Selecting a header
// field highlights its bytes; clicking a byte selects its field.
#pragma once

#include <QList>
#include <QSplitter>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>

class QAction;
class QLabel;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace batscope::ui {

class HeaderFieldsModel;
class HexView;
class PayloadTreeModel;
class StoreSession;
class ViewState;
struct LoadedEvent;

class EventDetailsView : public QSplitter {
  Q_OBJECT
 public:
  EventDetailsView(StoreSession* session, ViewState* state, QWidget* parent = nullptr);
  ~EventDetailsView() override;

  HeaderFieldsModel* headerModel() const { return headerModel_; }
  PayloadTreeModel* payloadModel() const { return payloadModel_; }
  QTreeView* headerTree() const { return headerTree_; }
  QTreeView* payloadTree() const { return payloadTree_; }
  HexView* hexView() const { return hex_; }
  // The hex pane's status line ("000017.fbat @ 7589 · 543 bytes · CRC ✔ …") and the
  // payload pane's ("81 bytes of msgpack · map …").
  QString frameStatusText() const;
  QString payloadStatusText() const;
  // The event shown (nullptr when none).
  const LoadedEvent* event() const { return event_.get(); }

  // Go to cause, Effects of this event, Same correlation, Previous / Next in entity: for
  // menus. Their shortcuts work anywhere in the window (Alt+Shift+Up/Down/C/Left/Right).
  QList<QAction*> linkActions() const;
  QAction* goToCauseAction() const { return goToCause_; }
  QAction* effectsAction() const { return effects_; }
  QAction* sameCorrelationAction() const { return sameCorrelation_; }
  QAction* previousInEntityAction() const { return previousInEntity_; }
  QAction* nextInEntityAction() const { return nextInEntity_; }

 public slots:
  // Shows index row `row` of the session's index (ViewState::currentRowChanged does this).
  void showRow(uint32_t row);
  // Re-reads the current event (the walk finished, the index view changed).
  void reload();
  // Selects the header row of a frame_layout path ("event.header.event_id") and highlights
  // its bytes; false if the event has no such row.
  bool selectField(const QString& path);
  void goToCause();
  // Effects and Correlation list the events in a menu under their button ("EventListMenu"):
  // picking one makes it current; the last entry filters the table to all of them. The
  // user's filter stays unless they ask for that.
  void showEffects();
  void showSameCorrelation();
  void goToPreviousInEntity();
  void goToNextInEntity();
  void copyPayloadValue();
  void copyPayloadJson();
  void expandPayload();

 private:
  QWidget* buildHeaderPane();
  QWidget* buildPayloadPane();
  QWidget* buildHexPane();
  void clearPanes(const QString& why);
  void offerEvents(QAction* from, const std::vector<uint32_t>& rows, const QString& filter);
  void expandHeaderRows(const QModelIndex& parent);
  void showPayload();
  void updateFrameStatus();
  void updateActions();
  void onHeaderCurrentChanged(const QModelIndex& current);
  void onByteClicked(quint64 frameOffset);
  void showHeaderMenu(const QPoint& pos);
  void showPayloadMenu(const QPoint& pos);
  bool eventFilter(QObject* watched, QEvent* event) override;

  StoreSession* session_;
  ViewState* state_;
  std::shared_ptr<const LoadedEvent> event_;

  HeaderFieldsModel* headerModel_;
  PayloadTreeModel* payloadModel_;
  std::map<QAction*, QToolButton*> linkButtons_;  // the buttons below the header tree
  QTreeView* headerTree_ = nullptr;
  QTreeView* payloadTree_ = nullptr;
  QLabel* payloadStatus_ = nullptr;
  HexView* hex_ = nullptr;
  QLabel* frameStatus_ = nullptr;

  QAction* goToCause_ = nullptr;
  QAction* effects_ = nullptr;
  QAction* sameCorrelation_ = nullptr;
  QAction* previousInEntity_ = nullptr;
  QAction* nextInEntity_ = nullptr;
  QAction* copyValue_ = nullptr;
  QAction* copyJson_ = nullptr;
  QAction* expandAll_ = nullptr;

  uint32_t causeRow_ = 0xffffffffu;
  uint32_t previousRow_ = 0xffffffffu, nextRow_ = 0xffffffffu;
  QString selectedPath_;  // kept across events: looking at event_id stays on event_id
};

}  // namespace batscope::ui
