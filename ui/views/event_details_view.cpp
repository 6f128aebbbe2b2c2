#include "event_details_view.h"
#include "views/flow_layout.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

#include "batscope/restore/index.h"
#include "batscope/codec/msgpack_value.h"
#include "models/event_table_model.h"
#include "models/header_fields_model.h"
#include "models/payload_tree_model.h"
#include "number_text.h"
#include "store_session.h"
#include "view_state.h"
#include "views/hex_view.h"

namespace batscope::ui {

namespace {

constexpr int kPayloadMaxDepth = 1024;        // rmp-serde's limit, as batpak's get
constexpr size_t kExpandAllNodeLimit = 400;   // payloads up to this many values open fully

// Values in the tree, counting at most `limit`.
size_t countValues(const MsgValue& v, size_t limit) {
  size_t n = 1;
  for (const MsgValue& e : v.array) {
    if (n > limit) return n;
    n += countValues(e, limit - n);
  }
  for (const auto& [k, e] : v.map) {
    if (n > limit) return n;
    n += 1 + countValues(e, limit - n);
  }
  return n;
}

QString crcText(uint32_t crc) { return QStringLiteral("0x%1").arg(crc, 8, 16, QLatin1Char('0')); }

QVBoxLayout* paneLayout(QWidget* pane) {
  auto* layout = new QVBoxLayout(pane);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  return layout;
}

QLabel* statusLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  label->setContentsMargins(4, 1, 4, 2);
  return label;
}

}  // namespace

EventDetailsView::EventDetailsView(StoreSession* session, ViewState* state, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent),
      session_(session),
      state_(state),
      headerModel_(new HeaderFieldsModel(this)),
      payloadModel_(new PayloadTreeModel(this)) {
  setObjectName(QStringLiteral("EventDetailsView"));
  setChildrenCollapsible(false);

  auto makeAction = [this](const QString& text, const QString& iconText, const QKeySequence& key, auto slot) {
    auto* a = new QAction(text, this);
    a->setIconText(iconText);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, this, slot);
    addAction(a);
    return a;
  };
  goToCause_ = makeAction(tr("Go to Cause"), tr("Cause"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
                          &EventDetailsView::goToCause);
  effects_ = makeAction(tr("Effects of This Event"), tr("Effects"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
                        &EventDetailsView::showEffects);
  sameCorrelation_ = makeAction(tr("Same Correlation"), tr("Correlation"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_C),
                                &EventDetailsView::showSameCorrelation);
  previousInEntity_ = makeAction(tr("Previous in Entity"), tr("◀ Entity"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
                                 &EventDetailsView::goToPreviousInEntity);
  nextInEntity_ = makeAction(tr("Next in Entity"), tr("Entity ▶"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
                             &EventDetailsView::goToNextInEntity);
  copyValue_ = new QAction(tr("Copy Value"), this);
  connect(copyValue_, &QAction::triggered, this, &EventDetailsView::copyPayloadValue);
  copyJson_ = new QAction(tr("Copy as JSON"), this);
  connect(copyJson_, &QAction::triggered, this, &EventDetailsView::copyPayloadJson);
  expandAll_ = new QAction(tr("Expand All"), this);
  connect(expandAll_, &QAction::triggered, this, &EventDetailsView::expandPayload);

  addWidget(buildHeaderPane());
  addWidget(buildPayloadPane());
  addWidget(buildHexPane());
  setStretchFactor(0, 3);
  setStretchFactor(1, 3);
  setStretchFactor(2, 4);
  setSizes({420, 380, 600});

  connect(state_, &ViewState::currentRowChanged, this, &EventDetailsView::showRow);
  connect(state_, &ViewState::timeDisplayChanged, headerModel_, &HeaderFieldsModel::setUtcTime);
  headerModel_->setUtcTime(state_->utcTime());
  connect(session_, &StoreSession::opened, this, &EventDetailsView::reload);
  connect(session_, &StoreSession::backgroundFinished, this, &EventDetailsView::reload);
  connect(session_, &StoreSession::viewChanged, this, &EventDetailsView::reload);
  connect(session_, &StoreSession::closed, this, [this] { clearPanes(tr("No store open")); });
  reload();
}

EventDetailsView::~EventDetailsView() = default;

QWidget* EventDetailsView::buildHeaderPane() {
  auto* pane = new QWidget(this);
  QVBoxLayout* layout = paneLayout(pane);
  headerTree_ = new QTreeView(pane);
  headerTree_->setObjectName(QStringLiteral("HeaderFieldsTree"));
  headerTree_->setModel(headerModel_);
  headerTree_->setUniformRowHeights(true);
  headerTree_->setAlternatingRowColors(true);
  headerTree_->setTextElideMode(Qt::ElideMiddle);  // ids and hashes keep both ends
  headerTree_->setIndentation(14);
  headerTree_->setContextMenuPolicy(Qt::CustomContextMenu);
  headerTree_->header()->setSectionResizeMode(HeaderFieldsModel::Field, QHeaderView::ResizeToContents);
  headerTree_->header()->setStretchLastSection(true);
  headerTree_->installEventFilter(this);
  connect(headerTree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) { onHeaderCurrentChanged(current); });
  connect(headerTree_, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
    const QVariant link = index.siblingAtColumn(HeaderFieldsModel::Field).data(HeaderFieldsModel::LinkRole);
    if (link.isValid()) state_->setCurrentRow(link.toUInt());
  });
  connect(headerTree_, &QWidget::customContextMenuRequested, this, &EventDetailsView::showHeaderMenu);
  layout->addWidget(headerTree_, 1);
  // Below the tree, so the three panes' tops (column headers, hex ruler) line up.
  // Buttons that wrap onto a second line in a narrow pane: a tool bar hid the entity
  // navigation behind its overflow button at 1000×650.
  auto* links = new QWidget(pane);
  auto* flow = new FlowLayout(links, 2);
  for (QAction* action : {goToCause_, effects_, sameCorrelation_, previousInEntity_, nextInEntity_}) {
    auto* button = new QToolButton(links);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    flow->addWidget(button);
    linkButtons_[action] = button;
  }
  layout->addWidget(links);
  return pane;
}

QWidget* EventDetailsView::buildPayloadPane() {
  auto* pane = new QWidget(this);
  QVBoxLayout* layout = paneLayout(pane);
  payloadTree_ = new QTreeView(pane);
  payloadTree_->setObjectName(QStringLiteral("PayloadTree"));
  payloadTree_->setModel(payloadModel_);
  payloadTree_->setUniformRowHeights(true);  // needed for 100 000-row arrays
  payloadTree_->setAlternatingRowColors(true);
  payloadTree_->setIndentation(14);
  payloadTree_->setContextMenuPolicy(Qt::CustomContextMenu);
  QHeaderView* h = payloadTree_->header();
  h->setStretchLastSection(false);
  h->setSectionResizeMode(PayloadTreeModel::Key, QHeaderView::Interactive);
  h->setSectionResizeMode(PayloadTreeModel::Value, QHeaderView::Stretch);
  h->setSectionResizeMode(PayloadTreeModel::Type, QHeaderView::Interactive);
  const QFontMetrics fm(font());
  h->resizeSection(PayloadTreeModel::Key, fm.horizontalAdvance(QLatin1Char('x')) * 14);
  h->resizeSection(PayloadTreeModel::Type, fm.horizontalAdvance(QStringLiteral("array · 000")) + 16);
  payloadTree_->installEventFilter(this);
  connect(payloadTree_, &QWidget::customContextMenuRequested, this, &EventDetailsView::showPayloadMenu);
  // A payload field lights up its bytes in the hex view too (P's bytes are 1 or 2 frame
  // bytes each: the engine maps the span).
  connect(payloadTree_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
    const auto span = payloadModel_->payloadSpan(current);
    const auto inFrame = event_ && span ? payloadBytesInFrame(event_->frame, event_->fields, span->offset, span->length)
                                        : std::nullopt;
    if (inFrame) hex_->setHighlight(inFrame->offset, inFrame->length);
  });
  layout->addWidget(payloadTree_, 1);
  payloadStatus_ = statusLabel(pane);
  layout->addWidget(payloadStatus_);
  return pane;
}

QWidget* EventDetailsView::buildHexPane() {
  auto* pane = new QWidget(this);
  QVBoxLayout* layout = paneLayout(pane);
  hex_ = new HexView(pane);
  hex_->setObjectName(QStringLiteral("FrameHexView"));
  connect(hex_, &HexView::byteClicked, this, &EventDetailsView::onByteClicked);
  layout->addWidget(hex_, 1);
  frameStatus_ = statusLabel(pane);
  layout->addWidget(frameStatus_);
  return pane;
}

QList<QAction*> EventDetailsView::linkActions() const {
  return {goToCause_, effects_, sameCorrelation_, previousInEntity_, nextInEntity_};
}

QString EventDetailsView::frameStatusText() const { return frameStatus_->text(); }
QString EventDetailsView::payloadStatusText() const { return payloadStatus_->text(); }

void EventDetailsView::reload() { showRow(state_->currentRow()); }

void EventDetailsView::clearPanes(const QString& why) {
  event_.reset();
  headerModel_->clear();
  payloadModel_->clear();
  hex_->clear();
  payloadStatus_->clear();
  frameStatus_->setText(why);
  updateActions();
}

void EventDetailsView::showRow(uint32_t row) {
  const Index* index = session_->index();
  const DataDir* dir = session_->dataDir();
  if (!index || !dir) return clearPanes(tr("No store open"));
  if (row >= index->entryCount()) return clearPanes(tr("No event selected"));

  const QString keepPath = selectedPath_;
  const BackgroundResults* background = session_->background();
  // Clear the hex view first: it may wrap the previous event's mapped bytes.
  hex_->clear();
  event_ = loadEvent(*dir, *index, row, background ? background->walk.get() : nullptr);
  const LoadedEvent& ev = *event_;
  headerModel_->setEvent(event_);
  expandHeaderRows({});
  if (ev.frame) hex_->setData(QByteArray::fromRawData(reinterpret_cast<const char*>(ev.frame), qsizetype(ev.frameLen)), ev.shownPos.offset);
  showPayload();
  updateFrameStatus();
  updateActions();
  if (!keepPath.isEmpty()) selectField(keepPath);
  selectedPath_ = keepPath;
}

void EventDetailsView::expandHeaderRows(const QModelIndex& parent) {
  for (int r = 0; r < headerModel_->rowCount(parent); ++r) {
    const QModelIndex row = headerModel_->index(r, 0, parent);
    if (headerModel_->rowCount(row) == 0) continue;
    headerTree_->setExpanded(row, row.data(HeaderFieldsModel::ExpandedRole).toBool());
    expandHeaderRows(row);
  }
}

void EventDetailsView::showPayload() {
  const LoadedEvent& ev = *event_;
  if (!ev.decoded) {
    payloadModel_->clear();
    payloadStatus_->setText(tr("No payload: the frame does not decode"));
    return;
  }
  const EventHeader& h = ev.decodedFrame.header;
  if (ev.payload.empty() && isBatchMarkerKind(h.eventKind)) {
    payloadModel_->clear();
    payloadStatus_->setText(tr("Batch marker: no payload (batpak reads it as null)"));
    return;
  }
  MsgValue value;
  size_t consumed = 0;
  MsgDecodeError err;
  if (!decodeMsgValue(ev.payload.data(), ev.payload.size(), value, consumed, err, kPayloadMaxDepth)) {
    payloadModel_->clear();
    payloadStatus_->setText(tr("%1 bytes that do not decode as msgpack: %2")
                                .arg(ev.payload.size())
                                .arg(QString::fromStdString(err.message)));
    return;
  }
  QStringList parts;
  parts << tr("%1 bytes of msgpack · %2").arg(ev.payload.size()).arg(PayloadTreeModel::typeText(value));
  if (consumed != ev.payload.size()) parts << tr("%1 trailing bytes ignored").arg(ev.payload.size() - consumed);
  if (!isBatchMarkerKind(h.eventKind)) {
    if (auto e = batpakJsonError(value)) parts << tr("batpak's get fails: %1").arg(QString::fromStdString(*e));
  }
  const size_t values = countValues(value, kExpandAllNodeLimit);
  payloadModel_->setValue(std::move(value));
  if (values <= kExpandAllNodeLimit) payloadTree_->expandAll();
  else payloadTree_->expand(payloadModel_->index(0, 0));
  // Keys as wide as they need (deep trees indent), but never more than 40% of the pane.
  QHeaderView* header = payloadTree_->header();
  payloadTree_->resizeColumnToContents(PayloadTreeModel::Key);
  payloadTree_->resizeColumnToContents(PayloadTreeModel::Type);
  const int cap = std::max(80, payloadTree_->viewport()->width() * 2 / 5);
  if (header->sectionSize(PayloadTreeModel::Key) > cap) header->resizeSection(PayloadTreeModel::Key, cap);
  payloadStatus_->setText(parts.join(QStringLiteral(" · ")));
}

void EventDetailsView::updateFrameStatus() {
  const LoadedEvent& ev = *event_;
  const QString where = tr("%1 @ %2").arg(ev.segmentFileName()).arg(ev.shownPos.offset);
  if (!ev.frame) {
    frameStatus_->setText(tr("%1 · no frame bytes: %2").arg(where, QString::fromStdString(ev.diskError)));
    return;
  }
  QString text = tr("%1 · %2 bytes").arg(where).arg(ev.frameLen);
  if (ev.crcOk()) text += tr(" · CRC ✔");
  else if (ev.crcChecked)
    text += tr(" · CRC mismatch (stored %1, computed %2)").arg(crcText(ev.storedCrc), crcText(ev.computedCrc));
  else text += tr(" · frame cut short: %1").arg(QString::fromStdString(ev.diskError));
  if (!ev.decoded && !ev.decodeError.empty()) text += tr(" · does not decode: %1").arg(QString::fromStdString(ev.decodeError));
  const QString diskWhere =
      tr("%1 @ %2").arg(QString::fromStdString(segmentFileName(ev.diskPos.segmentId))).arg(ev.diskPos.offset);
  if (ev.getReturnsOtherFrame) {
    // The trap of FORMAT.md gotcha 33: get succeeds, on the wrong frame.
    text += QLatin1Char('\n') +
            tr("This event's own frame is shown. batpak's index puts it at %1, where %2 sits: "
               "batpak's get returns that frame without error.")
                .arg(diskWhere, ev.getReturnedText());
  } else if (ev.shownPhysical) {
    text += QLatin1Char('\n') +
            tr("This event's own frame is shown: batpak's index says %1, which does not read (%2)")
                .arg(diskWhere, QString::fromStdString(ev.diskError.empty() ? ev.getError.value_or("") : ev.diskError));
  }
  frameStatus_->setText(text);
}

void EventDetailsView::updateActions() {
  causeRow_ = previousRow_ = nextRow_ = Index::kNoRow;
  const Index* index = session_->index();
  const bool have = event_ && index && event_->index == index && event_->row < index->entryCount();
  if (have) {
    const uint32_t row = event_->row;
    if (const auto cause = index->causationId(row)) causeRow_ = index->findById(*cause);
    const std::vector<uint32_t> stream = index->entityStream(index->entry(row).entityId);
    const auto it = std::find(stream.begin(), stream.end(), row);
    if (it != stream.end()) {
      if (it != stream.begin()) previousRow_ = *(it - 1);
      if (it + 1 != stream.end()) nextRow_ = *(it + 1);
    }
  }
  goToCause_->setEnabled(causeRow_ != Index::kNoRow);
  effects_->setEnabled(have);
  sameCorrelation_->setEnabled(have);
  previousInEntity_->setEnabled(previousRow_ != Index::kNoRow);
  nextInEntity_->setEnabled(nextRow_ != Index::kNoRow);
}

bool EventDetailsView::selectField(const QString& path) {
  const QModelIndex at = headerModel_->indexOfPath(path);
  if (!at.isValid()) return false;
  headerTree_->setCurrentIndex(at);
  headerTree_->scrollTo(at);
  onHeaderCurrentChanged(at);
  return true;
}

void EventDetailsView::onHeaderCurrentChanged(const QModelIndex& current) {
  const QString path = current.siblingAtColumn(HeaderFieldsModel::Field).data(HeaderFieldsModel::FieldPathRole).toString();
  if (current.isValid()) selectedPath_ = path;
  const FrameField* field = event_ && !path.isEmpty() ? findField(event_->fields, path.toStdString()) : nullptr;
  if (field) hex_->setHighlight(field->offset, field->length);
  else hex_->clearHighlight();
}

void EventDetailsView::onByteClicked(quint64 frameOffset) {
  if (!event_) return;
  // The narrowest field holding the byte that has a row (position parts have rows, the
  // body's own map header has none).
  std::vector<const FrameField*> holding;
  for (const FrameField& f : event_->fields)
    if (f.contains(frameOffset)) holding.push_back(&f);
  std::stable_sort(holding.begin(), holding.end(), [](const FrameField* a, const FrameField* b) { return a->length < b->length; });
  for (const FrameField* f : holding)
    if (selectField(QString::fromStdString(f->path))) return;
  headerTree_->setCurrentIndex({});
  selectedPath_.clear();
  hex_->clearHighlight();
}

void EventDetailsView::goToCause() {
  if (causeRow_ != Index::kNoRow) state_->setCurrentRow(causeRow_);
}

void EventDetailsView::showEffects() {
  const Index* index = session_->index();
  if (!event_ || !index || event_->index != index) return;
  offerEvents(effects_, index->effectsOf(event_->row),
              QStringLiteral("cause:%1").arg(QString::fromStdString(hexEncode(index->eventId(event_->row)))));
}

void EventDetailsView::showSameCorrelation() {
  const Index* index = session_->index();
  if (!event_ || !index || event_->index != index) return;
  const Id128 correlation = index->correlationId(event_->row);
  offerEvents(sameCorrelation_, index->correlated(correlation),
              QStringLiteral("corr:%1").arg(QString::fromStdString(hexEncode(correlation))));
}

void EventDetailsView::offerEvents(QAction* from, const std::vector<uint32_t>& rows, const QString& filter) {
  constexpr size_t kListed = 25;
  const Index* index = session_->index();
  auto* menu = new QMenu(this);
  menu->setObjectName(QStringLiteral("EventListMenu"));
  menu->setAttribute(Qt::WA_DeleteOnClose);
  if (rows.empty()) menu->addAction(tr("No such event"))->setEnabled(false);
  for (size_t i = 0; i < rows.size() && i < kListed; ++i) {
    const uint32_t row = rows[i];
    const IndexEntry& e = index->entry(row);
    QAction* a = menu->addAction(tr("#%1  %2  %3")
                                     .arg(QLocale().toString(qulonglong(e.globalSequence)),
                                          QString::fromUtf8(index->entity(row).data(), qsizetype(index->entity(row).size())),
                                          EventTableModel::kindText(e.kind)));
    a->setCheckable(row == event_->row);
    a->setChecked(row == event_->row);
    connect(a, &QAction::triggered, this, [this, row] { state_->setCurrentRow(row); });
  }
  if (rows.size() > kListed)
    menu->addAction(rows.size() - kListed == 1 ? tr("… and 1 more") : tr("… and %1 more").arg(grouped(rows.size() - kListed)))
        ->setEnabled(false);
  if (!rows.empty()) {
    menu->addSeparator();
    QAction* all = menu->addAction(rows.size() == 1 ? tr("Filter the Table to This Event")
                                                    : tr("Filter the Table to These %1 Events").arg(grouped(rows.size())));
    all->setObjectName(QStringLiteral("FilterToAll"));
    connect(all, &QAction::triggered, this, [this, filter] { state_->setFilter(filter); });
  }
  const auto found = linkButtons_.find(from);
  QWidget* button = found == linkButtons_.end() ? nullptr : found->second;
  const QPoint at = button && button->isVisible() ? button->mapToGlobal(QPoint(0, button->height()))
                                                  : mapToGlobal(rect().center());
  menu->popup(at);
}

void EventDetailsView::goToPreviousInEntity() {
  if (previousRow_ != Index::kNoRow) state_->setCurrentRow(previousRow_);
}

void EventDetailsView::goToNextInEntity() {
  if (nextRow_ != Index::kNoRow) state_->setCurrentRow(nextRow_);
}

void EventDetailsView::copyPayloadValue() {
  const QModelIndex at = payloadTree_->currentIndex();
  if (at.isValid()) QApplication::clipboard()->setText(payloadModel_->valueText(at));
}

void EventDetailsView::copyPayloadJson() {
  const QModelIndex at = payloadTree_->currentIndex();
  if (at.isValid()) QApplication::clipboard()->setText(payloadModel_->jsonOf(at));
}

void EventDetailsView::expandPayload() {
  const QModelIndex at = payloadTree_->currentIndex();
  if (at.isValid()) payloadTree_->expandRecursively(at.siblingAtColumn(0));
  else payloadTree_->expandAll();
}

void EventDetailsView::showHeaderMenu(const QPoint& pos) {
  QMenu menu(this);
  const QModelIndex at = headerTree_->indexAt(pos);
  menu.addActions(linkActions());
  if (at.isValid()) {
    menu.addSeparator();
    const QString raw = at.siblingAtColumn(HeaderFieldsModel::Value).data(HeaderFieldsModel::RawValueRole).toString();
    menu.addAction(tr("Copy Value"), this, [raw] { QApplication::clipboard()->setText(raw); })->setEnabled(!raw.isEmpty());
    const QString path = at.siblingAtColumn(HeaderFieldsModel::Field).data(HeaderFieldsModel::FieldPathRole).toString();
    if (!path.isEmpty())
      menu.addAction(tr("Copy Field Path"), this, [path] { QApplication::clipboard()->setText(path); });
  }
  menu.exec(headerTree_->viewport()->mapToGlobal(pos));
}

void EventDetailsView::showPayloadMenu(const QPoint& pos) {
  const QModelIndex at = payloadTree_->indexAt(pos);
  if (at.isValid()) payloadTree_->setCurrentIndex(at);
  copyValue_->setEnabled(at.isValid());
  copyJson_->setEnabled(at.isValid());
  expandAll_->setEnabled(payloadModel_->hasValue());
  QMenu menu(this);
  menu.addActions({copyValue_, copyJson_});
  menu.addSeparator();
  menu.addAction(expandAll_);
  menu.exec(payloadTree_->viewport()->mapToGlobal(pos));
}

// Ctrl+C in a tree copies the current row's value. The main window binds Ctrl+C to "copy
// event id"; accepting the ShortcutOverride gives the focused tree the key instead.
bool EventDetailsView::eventFilter(QObject* watched, QEvent* event) {
  if ((watched == headerTree_ || watched == payloadTree_) &&
      (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->matches(QKeySequence::Copy)) {
      event->accept();
      if (event->type() == QEvent::KeyPress) {
        if (watched == payloadTree_) {
          copyPayloadValue();
        } else {
          const QModelIndex at = headerTree_->currentIndex();
          if (at.isValid())
            QApplication::clipboard()->setText(at.siblingAtColumn(HeaderFieldsModel::Value).data(HeaderFieldsModel::RawValueRole).toString());
        }
      }
      return true;
    }
  }
  return QSplitter::eventFilter(watched, event);
}

}  // namespace batscope::ui
