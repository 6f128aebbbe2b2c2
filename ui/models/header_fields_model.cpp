#include "header_fields_model.h"

#include "status_style.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <string_view>

#include "batscope/base/data_dir.h"
#include "batscope/restore/event_reader.h"
#include "batscope/restore/index.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/codec/msgpack_value.h"
#include "batscope/format/segment.h"

namespace batscope::ui {

namespace {

QString hexOf(const Id128& id) { return QString::fromStdString(hexEncode(id)); }
QString hexOf(const Hash32& h) { return QString::fromStdString(hexEncode(h)); }
QString u64(uint64_t v) { return QString::number(qulonglong(v)); }
QString crcText(uint32_t crc) { return QStringLiteral("0x%1").arg(crc, 8, 16, QLatin1Char('0')); }
QString posText(const FramePos& p) {
  return HeaderFieldsModel::tr("%1 @ %2 · %3 bytes")
      .arg(QString::fromStdString(segmentFileName(p.segmentId)))
      .arg(p.offset)
      .arg(p.length);
}

QString flagsText(uint8_t flags) {
  if (!flags) return HeaderFieldsModel::tr("0x00 (none)");
  QStringList names;
  if (flags & 0x01) names << QStringLiteral("REQUIRES_ACK");
  if (flags & 0x02) names << QStringLiteral("TRANSACTIONAL");
  if (flags & 0x08) names << QStringLiteral("REPLAY");
  if (flags & ~0x0b) names << HeaderFieldsModel::tr("unassigned 0x%1").arg(flags & ~0x0b, 2, 16, QLatin1Char('0'));
  return QStringLiteral("0x%1 %2").arg(flags, 2, 16, QLatin1Char('0')).arg(names.join(QStringLiteral(" | ")));
}

QString kindText(uint16_t kind) {
  return QStringLiteral("0x%1 (%2:%3)").arg(kind, 4, 16, QLatin1Char('0')).arg(kind >> 12).arg(kind & 0x0fff);
}

}  // namespace

QString LoadedEvent::getReturnedText() const {
  if (getReturnedKind == kKindBatchBegin) return HeaderFieldsModel::tr("the batch BEGIN marker");
  if (getReturnedKind == kKindBatchCommit) return HeaderFieldsModel::tr("the batch COMMIT marker");
  const uint32_t other = index ? index->findById(getReturnedEventId) : Index::kNoRow;
  if (other == Index::kNoRow) return HeaderFieldsModel::tr("event %1").arg(hexOf(getReturnedEventId));
  return HeaderFieldsModel::tr("event %1 (global sequence %2)")
      .arg(hexOf(getReturnedEventId))
      .arg(index->entry(other).globalSequence);
}

bool LoadedEvent::has(const std::string& path) const {
  return decoded || std::find(partialFields.begin(), partialFields.end(), path) != partialFields.end();
}

QString LoadedEvent::segmentFileName() const {
  return QString::fromStdString(batscope::segmentFileName(shownPos.segmentId));
}

std::shared_ptr<const LoadedEvent> loadEvent(const DataDir& dir, const Index& index, uint32_t row,
                                             const StoreWalk* walk) {
  auto ev = std::make_shared<LoadedEvent>();
  ev->index = &index;
  ev->row = row;
  if (row >= index.entryCount()) return ev;
  const IndexEntry& e = index.entry(row);
  ev->diskPos = FramePos{e.segmentId, e.offset, e.length};
  FrameRead shown = readFrameAtPosition(dir, ev->diskPos, PayloadMode::Any);
  if (!shown.ok) ev->diskError = shown.error;
  ev->walked = walk != nullptr;
  const Id128 id = index.eventId(row);
  if (walk) ev->physicalPos = walk->find(id);

  // batpak's get (FORMAT.md §11.3): not found unless visible, then the frame at disk_pos,
  // whose event id it never checks.
  if (!index.isVisible(row)) {
    ev->getError = "event not found (the entry is not visible)";
  } else {
    const BatpakGet get = batpakGet(dir, ev->diskPos);
    ev->getError = get.error;
    if (!get.error && get.eventId != id) {
      ev->getReturnsOtherFrame = true;
      ev->getReturnedKind = get.kind;
      ev->getReturnedEventId = get.eventId;
    }
  }

  // The header, payload and bytes shown are the event's own frame, the one that carries its
  // id; a wrong disk_pos (the cross-segment batch bug) may hold nothing or another frame.
  const bool diskHoldsOwnFrame = shown.ok && shown.frame.header.eventId == id;
  if (!diskHoldsOwnFrame && ev->physicalPos && !(*ev->physicalPos == ev->diskPos)) {
    FrameRead atPhysical = readFrameAtPosition(dir, *ev->physicalPos, PayloadMode::Any);
    if (atPhysical.ok) {
      shown = std::move(atPhysical);
      ev->shownPhysical = true;
    }
  }
  ev->shownPos = shown.pos;
  ev->file = shown.file;
  if (shown.file && shown.pos.offset < shown.file->size()) {
    ev->frame = shown.file->data() + shown.pos.offset;
    ev->frameLen = size_t(std::min<uint64_t>(shown.pos.length, shown.file->size() - shown.pos.offset));
  }
  if (shown.raw.body) {
    ev->crcChecked = true;
    ev->storedCrc = shown.raw.storedCrc;
    ev->computedCrc = shown.raw.actualCrc;
  }
  if (shown.ok) {
    ev->decoded = true;
    ev->decodedFrame = shown.frame;
    ev->payload = std::move(shown.payload);
  } else if (shown.raw.body) {
    // The window holds a whole frame that fails a check (CRC, coordinate): decode it anyway,
    // the panes say the frame is bad.
    FrameDecodeError err;
    if (decodeFrameBody(shown.raw.body, shown.raw.bodyLen, PayloadMode::Any, ev->decodedFrame, err)) {
      ev->decoded = true;
      ev->payload = payloadBytes(shown.raw.body, ev->decodedFrame);
    } else {
      ev->decodeError = "offset " + std::to_string(kFrameHeaderBytes + err.offset) + ": " + err.message;
    }
  }
  if (ev->frame) ev->fields = frameFieldSpans(ev->frame, ev->frameLen);
  if (!ev->decoded && ev->frame) ev->partialFields = decodeFieldsOneByOne(ev->frame, ev->fields, ev->decodedFrame);
  return ev;
}

HeaderFieldsModel::HeaderFieldsModel(QObject* parent) : QAbstractItemModel(parent) {}

void HeaderFieldsModel::setEvent(std::shared_ptr<const LoadedEvent> event) {
  beginResetModel();
  event_ = std::move(event);
  build();
  endResetModel();
}

void HeaderFieldsModel::setUtcTime(bool utc) {
  if (utc == utc_) return;
  utc_ = utc;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    Node& n = nodes_[i];
    if (!n.isTime) continue;
    n.value = timeText();
    const QModelIndex at = createIndex(n.rowInParent, Value, quintptr(i));
    emit dataChanged(at, at, {Qt::DisplayRole});
  }
}

int HeaderFieldsModel::add(int parent, const QString& name, const QString& value, const QString& path) {
  Node n;
  n.name = name;
  n.value = value;
  n.path = path;
  n.parent = parent;
  const int id = int(nodes_.size());
  if (parent < 0) {
    n.rowInParent = int(groups_.size());
    groups_.push_back(id);
  } else {
    n.rowInParent = int(nodes_[size_t(parent)].children.size());
    nodes_[size_t(parent)].children.push_back(id);
  }
  nodes_.push_back(std::move(n));
  return id;
}

QString HeaderFieldsModel::timeText() const {
  if (!event_ || !event_->has("event.header.timestamp_us")) return {};
  const int64_t us = event_->decodedFrame.header.timestampUs;
  const int64_t ms = us >= 0 ? us / 1000 : -((-us + 999) / 1000);  // floor
  const int micros = int(us - ms * 1000);
  const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, utc_ ? Qt::UTC : Qt::LocalTime);
  return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("%1").arg(micros, 3, 10, QLatin1Char('0')) +
         (utc_ ? QStringLiteral(" UTC") : QLatin1Char(' ') + t.timeZoneAbbreviation());
}

void HeaderFieldsModel::build() {
  nodes_.clear();
  groups_.clear();
  if (!event_ || !event_->index || event_->row >= event_->index->entryCount()) return;
  buildIndexGroup();
  buildFrameGroup();
  buildPositionGroup();
  buildChainGroup();
  buildLocationGroup();
}

void HeaderFieldsModel::buildIndexGroup() {
  const Index& ix = *event_->index;
  const uint32_t row = event_->row;
  const IndexEntry& e = ix.entry(row);
  const int g = add(-1, tr("Index entry"), {});
  nodes_[size_t(g)].tooltip = tr("What the store's index holds for this event");
  add(g, tr("global sequence"), u64(e.globalSequence));
  add(g, tr("entity"), QString::fromUtf8(ix.entity(row).data(), qsizetype(ix.entity(row).size())));
  add(g, tr("scope"), QString::fromUtf8(ix.scope(row).data(), qsizetype(ix.scope(row).size())));
  add(g, tr("kind"), kindText(e.kind));
  add(g, tr("wall_ms"), u64(e.wallMs));
  add(g, tr("clock"), u64(e.clock));
  QString origin = QString::fromLatin1(entryOriginName(e.origin));
  if (ix.isTail(row)) origin += tr(" (tail replay)");
  add(g, tr("origin"), origin);
  const int state = add(g, tr("state"), ix.isVisible(row)      ? tr("visible")
                                        : ix.isSuperseded(row) ? tr("superseded by a later copy of the id")
                                                               : tr("hidden (cancelled range)"));
  if (!ix.isVisible(row)) nodes_[size_t(state)].status = Warning;

  if (!event_->decoded) return;
  // Where the index and the frame disagree (FORMAT.md §11.3: get never checks).
  const EventHeader& h = event_->decodedFrame.header;
  const HashChain ic = ix.hashChain(row);
  const HashChain fc = event_->decodedFrame.hashChain.value_or(HashChain{});
  QStringList differ;
  if (ix.eventId(row) != h.eventId) differ << QStringLiteral("event_id");
  if (ix.correlationId(row) != h.correlationId) differ << QStringLiteral("correlation_id");
  if (ix.causationId(row) != h.causationId) differ << QStringLiteral("causation_id");
  if (e.kind != h.eventKind && e.kind != kindFromBinaryArtifact(h.eventKind)) differ << QStringLiteral("kind");
  if (ic.prevHash != fc.prevHash) differ << QStringLiteral("prev_hash");
  if (ic.eventHash != fc.eventHash) differ << QStringLiteral("event_hash");
  if (!differ.isEmpty()) {
    const int d = add(g, tr("differs from frame"), differ.join(QStringLiteral(", ")));
    nodes_[size_t(d)].status = Warning;
    nodes_[size_t(d)].tooltip = tr("The index entry and the frame shown disagree on these fields");
  }
}

void HeaderFieldsModel::buildFrameGroup() {
  const LoadedEvent& ev = *event_;
  const int g = add(-1, tr("Frame header"), {});
  if (!ev.frame) {
    const int n = add(g, tr("frame"), tr("no bytes: %1").arg(QString::fromStdString(ev.diskError)));
    nodes_[size_t(n)].status = Bad;
    return;
  }
  if (ev.frameLen >= 4) {
    const uint32_t len = loadBE32(ev.frame);
    add(g, tr("len"), tr("%1 bytes (frame %2 bytes)").arg(len).arg(qulonglong(len) + kFrameHeaderBytes), QStringLiteral("len"));
    nodes_.back().raw = QString::number(len);
  }
  if (ev.frameLen >= kFrameHeaderBytes) {
    const uint32_t stored = loadBE32(ev.frame + 4);
    QString text = crcText(stored);
    RowStatus status = Normal;
    if (ev.crcChecked) {
      text += ev.crcOk() ? QStringLiteral(" ✔") : tr(" ✘ (computed %1)").arg(crcText(ev.computedCrc));
      status = ev.crcOk() ? Good : Bad;
    } else {
      text += tr(" (not checked: frame cut short)");
      status = Warning;
    }
    const int n = add(g, tr("crc32"), text, QStringLiteral("crc32"));
    nodes_[size_t(n)].status = status;
    nodes_[size_t(n)].raw = crcText(stored);
    if (ev.crcChecked && !ev.crcOk())
      nodes_[size_t(n)].tooltip = tr("CRC mismatch: stored %1, CRC32 of the body %2").arg(crcText(stored), crcText(ev.computedCrc));
  }
  if (!ev.decoded) {
    const int n = add(g, tr("decode error"), QString::fromStdString(ev.decodeError.empty() ? ev.diskError : ev.decodeError));
    nodes_[size_t(n)].status = Bad;
    if (!ev.partialFields.empty())
      nodes_[size_t(n)].tooltip = tr("The body does not decode as a whole; the fields below decode on their own");
  }
  addIdFields(g);
  addHeaderFields(g);
  addPayloadAndCoordinate(g);
}

// event_id, correlation_id and causation_id, linked to the events they name.
void HeaderFieldsModel::addIdFields(int g) {
  const LoadedEvent& ev = *event_;
  const Index& ix = *ev.index;
  const EventHeader& h = ev.decodedFrame.header;
  const auto has = [&](const char* path) { return ev.has(path); };
  auto mono = [&](int n, const QString& raw = {}) {
    nodes_[size_t(n)].mono = true;
    if (!raw.isEmpty()) nodes_[size_t(n)].raw = raw;
  };
  if (has("event.header.event_id")) {
    const int id = add(g, tr("event_id"), hexOf(h.eventId), QStringLiteral("event.header.event_id"));
    mono(id);
    mono(add(id, tr("UUID"), QString::fromStdString(uuidText(h.eventId)), QStringLiteral("event.header.event_id")));
  }
  if (has("event.header.correlation_id")) {
    const bool self = has("event.header.event_id") && h.correlationId == h.eventId;
    const int corr = add(g, tr("correlation_id"), hexOf(h.correlationId) + (self ? tr(" (self)") : QString()),
                         QStringLiteral("event.header.correlation_id"));
    mono(corr, hexOf(h.correlationId));
    const uint32_t root = self ? Index::kNoRow : ix.findById(h.correlationId);
    if (root != Index::kNoRow) {
      nodes_[size_t(corr)].link = root;
      nodes_[size_t(corr)].tooltip = tr("Double-click to go to the event with this id");
    }
  }
  if (has("event.header.causation_id")) {
    if (h.causationId) {
      const uint32_t cause = ix.findById(*h.causationId);
      const int c = add(g, tr("causation_id"),
                        hexOf(*h.causationId) + (cause == Index::kNoRow ? tr(" (not in the index)") : QString()),
                        QStringLiteral("event.header.causation_id"));
      mono(c, hexOf(*h.causationId));
      if (cause != Index::kNoRow) {
        nodes_[size_t(c)].link = cause;
        nodes_[size_t(c)].tooltip =
            tr("Double-click to go to the cause (global sequence %1)").arg(ix.entry(cause).globalSequence);
      } else {
        nodes_[size_t(c)].status = Warning;
      }
    } else {
      add(g, tr("causation_id"), tr("none"), QStringLiteral("event.header.causation_id"));
    }
  }
}

void HeaderFieldsModel::addHeaderFields(int g) {
  const LoadedEvent& ev = *event_;
  const EventHeader& h = ev.decodedFrame.header;
  const auto has = [&](const char* path) { return ev.has(path); };
  auto mono = [&](int n, const QString& raw = {}) {
    nodes_[size_t(n)].mono = true;
    if (!raw.isEmpty()) nodes_[size_t(n)].raw = raw;
  };
  if (has("event.header.timestamp_us")) {
    const int ts = add(g, tr("timestamp_us"), QString::number(qlonglong(h.timestampUs)), QStringLiteral("event.header.timestamp_us"));
    const int time = add(ts, tr("time"), timeText(), QStringLiteral("event.header.timestamp_us"));
    nodes_[size_t(time)].isTime = true;
  }
  if (has("event.header.payload_size")) {
    add(g, tr("payload_size"), tr("%1 bytes").arg(h.payloadSize), QStringLiteral("event.header.payload_size"));
    nodes_.back().raw = QString::number(h.payloadSize);
  }
  if (has("event.header.event_kind")) {
    const QString path = QStringLiteral("event.header.event_kind");
    const int kind = add(g, tr("event_kind"), kindText(h.eventKind), path);
    nodes_[size_t(kind)].expanded = false;
    add(kind, tr("raw"), QString::number(h.eventKind), path);
    add(kind, tr("category:type"), QStringLiteral("%1:%2").arg(h.eventKind >> 12).arg(h.eventKind & 0x0fff), path);
    const char* name = systemKindName(h.eventKind);
    add(kind, tr("name"), *name ? QString::fromLatin1(name) : tr("(product kind)"), path);
  }
  if (has("event.header.flags")) {
    add(g, tr("flags"), flagsText(h.flags), QStringLiteral("event.header.flags"));
    nodes_.back().raw = QString::number(h.flags);
  }
  if (has("event.header.content_hash")) {
    const int content = add(g, tr("content_hash"),
                            isZero(h.contentHash) ? hexOf(h.contentHash) + tr(" (zeros: unhashed)") : hexOf(h.contentHash),
                            QStringLiteral("event.header.content_hash"));
    mono(content, hexOf(h.contentHash));
  }
}

// P and the coordinate, each flagged where it disagrees with the header or the index.
void HeaderFieldsModel::addPayloadAndCoordinate(int g) {
  const LoadedEvent& ev = *event_;
  const Index& ix = *ev.index;
  const EventHeader& h = ev.decodedFrame.header;
  const auto has = [&](const char* path) { return ev.has(path); };
  if (ev.decoded) {
    QString form;
    switch (ev.decodedFrame.payloadForm) {
      case PayloadForm::ByteArray: form = tr("byte array"); break;
      case PayloadForm::Bin: form = tr("bin"); break;
      case PayloadForm::Native: form = tr("native value"); break;
      case PayloadForm::Skipped: form = tr("not read"); break;
    }
    const int n = add(g, tr("payload"), tr("%1 bytes · %2").arg(ev.payload.size()).arg(form), QStringLiteral("event.payload"));
    nodes_[size_t(n)].raw = QString::number(ev.payload.size());
    nodes_[size_t(n)].tooltip = tr("P: %1 bytes of msgpack, stored as a %2 of %3 bytes in the frame")
                                    .arg(ev.payload.size())
                                    .arg(form)
                                    .arg(ev.decodedFrame.payloadValueLen);
    if (ev.payload.size() != h.payloadSize && !isBatchMarkerKind(h.eventKind)) nodes_[size_t(n)].status = Warning;
  }
  if (has("entity")) {
    add(g, tr("entity"), QString::fromUtf8(ev.decodedFrame.entity.data(), qsizetype(ev.decodedFrame.entity.size())),
        QStringLiteral("entity"));
    if (ev.decodedFrame.entity != ix.entity(ev.row)) nodes_.back().status = Warning;
  }
  if (has("scope")) {
    add(g, tr("scope"), QString::fromUtf8(ev.decodedFrame.scope.data(), qsizetype(ev.decodedFrame.scope.size())),
        QStringLiteral("scope"));
    if (ev.decodedFrame.scope != ix.scope(ev.row)) nodes_.back().status = Warning;
  }
}

void HeaderFieldsModel::buildPositionGroup() {
  const LoadedEvent& ev = *event_;
  const DagPosition& p = ev.decodedFrame.header.position;
  const std::string base = "event.header.position";
  struct Part { const char* name; uint64_t value; };
  const Part parts[] = {{"wall_ms", p.wallMs}, {"counter", p.counter}, {"depth", p.depth}, {"lane", p.lane}, {"sequence", p.sequence}};
  int g = -1;
  for (const Part& part : parts) {
    const std::string path = base + "." + part.name;
    if (!ev.has(path)) continue;
    if (g < 0) g = add(-1, tr("Position"), ev.decoded ? QStringLiteral("%1 · #%2").arg(p.wallMs).arg(p.sequence) : QString(),
                       QString::fromStdString(base));
    add(g, QString::fromLatin1(part.name), u64(part.value), QString::fromStdString(path));
  }
  if (g >= 0 && ev.has(base + ".sequence")) nodes_.back().tooltip = tr("The per-entity clock (the index's clock)");
}

void HeaderFieldsModel::buildChainGroup() {
  const LoadedEvent& ev = *event_;
  const auto& chain = ev.decodedFrame.hashChain;
  const bool prev = ev.has("event.hash_chain.prev_hash") && chain, hash = ev.has("event.hash_chain.event_hash") && chain;
  if (!ev.decoded && !prev && !hash) return;
  const int g = add(-1, tr("Hash chain"), chain ? QString() : tr("none (batch marker)"), QStringLiteral("event.hash_chain"));
  if (prev) {
    const int n = add(g, QStringLiteral("prev_hash"),
                      isZero(chain->prevHash) ? hexOf(chain->prevHash) + tr(" (genesis)") : hexOf(chain->prevHash),
                      QStringLiteral("event.hash_chain.prev_hash"));
    nodes_[size_t(n)].mono = true;
    nodes_[size_t(n)].raw = hexOf(chain->prevHash);
  }
  if (hash) {
    const int n = add(g, QStringLiteral("event_hash"), hexOf(chain->eventHash), QStringLiteral("event.hash_chain.event_hash"));
    nodes_[size_t(n)].mono = true;
  }
}

void HeaderFieldsModel::buildLocationGroup() {
  const LoadedEvent& ev = *event_;
  const int g = add(-1, tr("Location"), {});
  auto addPos = [&](const QString& name, const FramePos& p) {
    const int n = add(g, name, posText(p));
    nodes_[size_t(n)].expanded = false;
    add(n, QStringLiteral("segment_id"), u64(p.segmentId));
    add(n, QStringLiteral("offset"), u64(p.offset));
    add(n, QStringLiteral("length"), u64(p.length));
    return n;
  };
  addPos(tr("disk_pos"), ev.diskPos);
  if (!ev.diskError.empty()) {
    const int n = add(g, tr("at disk_pos"), QString::fromStdString(ev.diskError));
    nodes_[size_t(n)].status = Bad;
  }
  if (!ev.walked) {
    add(g, tr("physical position"), tr("(frame walk still running)"));
  } else if (!ev.physicalPos) {
    const int n = add(g, tr("physical position"), tr("no readable frame with this id (frame walk)"));
    nodes_[size_t(n)].status = Warning;
  } else if (*ev.physicalPos == ev.diskPos) {
    const int n = add(g, tr("physical position"), tr("same as disk_pos"));
    nodes_[size_t(n)].status = Good;
  } else {
    const int n = addPos(tr("physical position"), *ev.physicalPos);
    nodes_[size_t(n)].status = Warning;
    nodes_[size_t(n)].tooltip = tr("The frame with this event id lives elsewhere than the index says");
  }
  if (ev.shownPhysical) {
    const int n = add(g, tr("shown"), tr("the event's own frame, at the physical position"));
    nodes_[size_t(n)].status = Warning;
    nodes_[size_t(n)].tooltip = tr("The index's disk_pos does not hold this event's frame");
  }
  if (ev.has("event.header.event_id") && ev.decodedFrame.header.eventId != ev.index->eventId(ev.row)) {
    const int n = add(g, tr("frame event_id"), tr("the frame shown carries another event: %1").arg(hexOf(ev.decodedFrame.header.eventId)));
    nodes_[size_t(n)].status = Bad;
  }
  QString getText = ev.getError ? QString::fromStdString(*ev.getError) : tr("reads ✔");
  if (ev.getReturnsOtherFrame)
    getText = tr("returns %1 at %2 @ %3 without error, not this event")
                  .arg(ev.getReturnedText(), QString::fromStdString(segmentFileName(ev.diskPos.segmentId)))
                  .arg(ev.diskPos.offset);
  const int get = add(g, tr("batpak get"), getText);
  nodes_[size_t(get)].status = ev.getError || ev.getReturnsOtherFrame ? Bad : Good;
  nodes_[size_t(get)].tooltip = tr("What batpak 0.5.0's Store::get(event_id) returns for this event");
}

const HeaderFieldsModel::Node* HeaderFieldsModel::node(const QModelIndex& index) const {
  if (!index.isValid() || index.model() != this || index.internalId() >= nodes_.size()) return nullptr;
  return &nodes_[size_t(index.internalId())];
}

QModelIndex HeaderFieldsModel::indexOfPath(const QString& path) const {
  if (path.isEmpty()) return {};
  for (size_t i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].path == path) return createIndex(nodes_[i].rowInParent, Field, quintptr(i));
  return {};
}

QModelIndex HeaderFieldsModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount) return {};
  if (!parent.isValid()) {
    if (size_t(row) >= groups_.size()) return {};
    return createIndex(row, column, quintptr(groups_[size_t(row)]));
  }
  const Node* p = node(parent);
  if (!p || parent.column() != 0 || size_t(row) >= p->children.size()) return {};
  return createIndex(row, column, quintptr(p->children[size_t(row)]));
}

QModelIndex HeaderFieldsModel::parent(const QModelIndex& child) const {
  const Node* n = node(child);
  if (!n || n->parent < 0) return {};
  return createIndex(nodes_[size_t(n->parent)].rowInParent, 0, quintptr(n->parent));
}

int HeaderFieldsModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return int(groups_.size());
  if (parent.column() != 0) return 0;
  const Node* n = node(parent);
  return n ? int(n->children.size()) : 0;
}

int HeaderFieldsModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant HeaderFieldsModel::data(const QModelIndex& index, int role) const {
  const Node* n = node(index);
  if (!n) return {};
  const bool group = n->parent < 0;
  switch (role) {
    case Qt::DisplayRole:
      return index.column() == Field ? n->name : n->value;
    case Qt::ToolTipRole:
      if (!n->tooltip.isEmpty()) return n->tooltip;
      if (index.column() == Value && n->value.size() > 40) return n->value;
      return {};
    case FieldPathRole: return n->path;
    case LinkRole: return n->link == Index::kNoRow ? QVariant() : QVariant::fromValue(n->link);
    case RawValueRole: return n->raw.isEmpty() ? n->value : n->raw;
    case StatusRole: return int(n->status);
    case ExpandedRole: return n->expanded;
    case Qt::ForegroundRole:
      if (index.column() != Value) return {};
      switch (n->status) {
        case Good: return toneColor(StatusTone::Good);
        case Warning: return toneColor(StatusTone::Warning);
        case Bad: return toneColor(StatusTone::Bad);
        case Normal: break;
      }
      if (n->link != Index::kNoRow) return QGuiApplication::palette().link().color();
      return {};
    case Qt::FontRole: {
      if (group && index.column() == Field) {
        QFont f;
        f.setBold(true);
        return f;
      }
      if (index.column() == Value && (n->mono || n->link != Index::kNoRow)) {
        QFont f = n->mono ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
        f.setUnderline(n->link != Index::kNoRow);
        return f;
      }
      return {};
    }
    default:
      return {};
  }
}

QVariant HeaderFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractItemModel::headerData(section, orientation, role);
  switch (section) {
    case Field: return tr("Field");
    case Value: return tr("Value");
  }
  return {};
}

}  // namespace batscope::ui
