#include "payload_tree_model.h"

#include "status_style.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>

#include <string>

#include "batscope/base/bytes.h"
#include "batscope/codec/json_writer.h"

namespace batscope::ui {

namespace {

using Kind = MsgValue::Kind;

constexpr int kMaxDisplayChars = 200;  // a string longer than this is abbreviated in the cell
constexpr int kMaxDisplayBytes = 24;   // bin / ext bytes shown in the cell
constexpr int kPreviewChars = 120;     // container previews ({"a": 1, …})
constexpr int kMaxTooltipChars = 2000;

QString hexSpaced(const std::string& bytes, size_t maxBytes) {
  QString out;
  const size_t n = std::min(bytes.size(), maxBytes);
  out.reserve(int(n * 3 + 24));
  for (size_t i = 0; i < n; ++i) {
    if (i) out += QLatin1Char(' ');
    out += QStringLiteral("%1").arg(uint8_t(bytes[i]), 2, 16, QLatin1Char('0'));
  }
  if (bytes.size() > maxBytes) out += PayloadTreeModel::tr(" … (%1 bytes)").arg(bytes.size());
  return out;
}

QString hexPlain(const std::string& bytes) {
  return QString::fromStdString(hexEncode(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
}

QString floatText(double d) {
  std::string s;
  if (JsonWriter::appendDouble(s, d)) return QString::fromStdString(s);
  if (d != d) return QStringLiteral("NaN");
  return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
}

// A JSON-ish quoted string for a cell: control characters escaped, abbreviated.
QString quoted(const std::string& bytes, int maxChars) {
  const QString s = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
  QString out = QStringLiteral("\"");
  int n = int(std::min<qsizetype>(s.size(), maxChars));
  if (n < s.size() && n > 0 && s[n - 1].isHighSurrogate()) --n;  // never split a pair
  for (int i = 0; i < n; ++i) {
    const QChar c = s[i];
    switch (c.unicode()) {
      case '"': out += QStringLiteral("\\\""); break;
      case '\\': out += QStringLiteral("\\\\"); break;
      case '\n': out += QStringLiteral("\\n"); break;
      case '\r': out += QStringLiteral("\\r"); break;
      case '\t': out += QStringLiteral("\\t"); break;
      default:
        if (c.unicode() < 0x20) out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else out += c;
    }
  }
  out += QLatin1Char('"');
  if (s.size() > maxChars) out += PayloadTreeModel::tr(" … (%1 characters)").arg(s.size());
  return out;
}

QString scalarText(const MsgValue& v, int maxChars) {
  switch (v.kind) {
    case Kind::Nil: return QStringLiteral("null");
    case Kind::Bool: return v.b ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::UInt: return QString::number(qulonglong(v.u));
    case Kind::Int: return QString::number(qlonglong(v.i));
    case Kind::Float32:
    case Kind::Float64: return floatText(v.f);
    case Kind::Str:
      if (!v.utf8) return PayloadTreeModel::tr("(invalid UTF-8) %1").arg(hexSpaced(v.bytes, kMaxDisplayBytes));
      return quoted(v.bytes, maxChars);
    case Kind::Bin: return v.bytes.empty() ? PayloadTreeModel::tr("(empty)") : hexSpaced(v.bytes, kMaxDisplayBytes);
    case Kind::Ext: return PayloadTreeModel::tr("type %1: %2").arg(v.extType).arg(hexSpaced(v.bytes, kMaxDisplayBytes));
    case Kind::Array:
    case Kind::Map: break;
  }
  return {};
}

// {"level": 5, "child": {…}} within a character budget; stops descending when it runs out.
void preview(const MsgValue& v, QString& out, int budget) {
  if (out.size() >= budget) return;
  if (v.kind == Kind::Array || v.kind == Kind::Map) {
    const bool isMap = v.kind == Kind::Map;
    const size_t n = isMap ? v.map.size() : v.array.size();
    out += isMap ? QLatin1Char('{') : QLatin1Char('[');
    for (size_t i = 0; i < n; ++i) {
      if (out.size() >= budget) { out += QStringLiteral("…"); break; }
      if (i) out += QStringLiteral(", ");
      if (isMap) {
        const MsgValue& k = v.map[i].first;
        out += k.isStr() && k.utf8 ? quoted(k.bytes, 40) : scalarText(k, 40);
        out += QStringLiteral(": ");
        preview(v.map[i].second, out, budget);
      } else {
        preview(v.array[i], out, budget);
      }
    }
    out += isMap ? QLatin1Char('}') : QLatin1Char(']');
    return;
  }
  out += scalarText(v, 40);
}

bool rejectedByBatpak(const MsgValue& v) {
  return v.kind == Kind::Bin || v.kind == Kind::Ext || (v.kind == Kind::Str && !v.utf8);
}

}  // namespace

PayloadTreeModel::PayloadTreeModel(QObject* parent) : QAbstractItemModel(parent), root_(std::make_unique<Node>()) {}

PayloadTreeModel::~PayloadTreeModel() = default;

void PayloadTreeModel::setValue(MsgValue value) {
  beginResetModel();
  root_ = std::make_unique<Node>();
  value_ = std::make_unique<MsgValue>(std::move(value));
  endResetModel();
}

void PayloadTreeModel::clear() {
  beginResetModel();
  root_ = std::make_unique<Node>();
  value_.reset();
  endResetModel();
}

int PayloadTreeModel::childCount(const Node* n) {
  if (!n->value) return 0;
  if (n->value->kind == Kind::Array) return int(std::min<size_t>(n->value->array.size(), INT32_MAX));
  if (n->value->kind == Kind::Map) return int(std::min<size_t>(n->value->map.size(), INT32_MAX));
  return 0;
}

PayloadTreeModel::Node* PayloadTreeModel::childAt(Node* parent, int row) const {
  const bool isRoot = parent == root_.get();
  const int count = isRoot ? (value_ ? 1 : 0) : childCount(parent);
  if (row < 0 || row >= count) return nullptr;
  if (parent->children.empty()) parent->children.resize(size_t(count));
  std::unique_ptr<Node>& slot = parent->children[size_t(row)];
  if (!slot) {
    slot = std::make_unique<Node>();
    slot->parent = parent;
    slot->row = row;
    if (isRoot) {
      slot->value = value_.get();
    } else if (parent->value->kind == Kind::Array) {
      slot->value = &parent->value->array[size_t(row)];
    } else {
      slot->key = &parent->value->map[size_t(row)].first;
      slot->value = &parent->value->map[size_t(row)].second;
    }
  }
  return slot.get();
}

PayloadTreeModel::Node* PayloadTreeModel::nodeOf(const QModelIndex& index) const {
  if (!index.isValid() || index.model() != this) return nullptr;
  return static_cast<Node*>(index.internalPointer());
}

std::optional<PayloadTreeModel::Span> PayloadTreeModel::payloadSpan(const QModelIndex& index) const {
  const Node* n = nodeOf(index);
  if (!n || !n->value) return std::nullopt;
  const uint64_t start = n->key ? n->key->offset : n->value->offset;
  return Span{start, uint64_t(n->value->offset) + n->value->length - start};
}

const MsgValue* PayloadTreeModel::valueAt(const QModelIndex& index) const {
  const Node* n = nodeOf(index);
  return n ? n->value : nullptr;
}

QModelIndex PayloadTreeModel::index(int row, int column, const QModelIndex& parent) const {
  if (column < 0 || column >= ColumnCount) return {};
  if (parent.isValid() && parent.column() != 0) return {};
  Node* p = parent.isValid() ? nodeOf(parent) : root_.get();
  if (!p) return {};
  Node* child = childAt(p, row);
  return child ? createIndex(row, column, child) : QModelIndex();
}

QModelIndex PayloadTreeModel::parent(const QModelIndex& child) const {
  const Node* n = nodeOf(child);
  if (!n || !n->parent || n->parent == root_.get()) return {};
  return createIndex(n->parent->row, 0, n->parent);
}

int PayloadTreeModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return value_ ? 1 : 0;
  if (parent.column() != 0) return 0;
  const Node* n = nodeOf(parent);
  return n ? childCount(n) : 0;
}

int PayloadTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

bool PayloadTreeModel::hasChildren(const QModelIndex& parent) const { return rowCount(parent) > 0; }

QString PayloadTreeModel::displayValue(const MsgValue& v) {
  if (v.kind == Kind::Array || v.kind == Kind::Map) {
    QString out;
    preview(v, out, kPreviewChars);
    return out;
  }
  return scalarText(v, kMaxDisplayChars);
}

QString PayloadTreeModel::typeText(const MsgValue& v) {
  switch (v.kind) {
    case Kind::Nil: return QStringLiteral("nil");
    case Kind::Bool: return QStringLiteral("bool");
    case Kind::UInt: return QStringLiteral("uint");
    case Kind::Int: return QStringLiteral("int");
    case Kind::Float32: return QStringLiteral("float32");
    case Kind::Float64: return QStringLiteral("float64");
    case Kind::Str: return tr("str · %1 B").arg(v.bytes.size());
    case Kind::Bin: return tr("bin · %1 B").arg(v.bytes.size());
    case Kind::Ext: return tr("ext %1 · %2 B").arg(v.extType).arg(v.bytes.size());
    case Kind::Array: return tr("array · %1").arg(v.array.size());
    case Kind::Map: return tr("map · %1").arg(v.map.size());
  }
  return {};
}

QString PayloadTreeModel::keyText(const Node* n) const {
  if (!n->parent || n->parent == root_.get()) return tr("payload");
  if (!n->key) return QStringLiteral("[%1]").arg(n->row);
  const MsgValue& k = *n->key;
  if (k.isStr() && k.utf8) return QString::fromUtf8(k.bytes.data(), qsizetype(k.bytes.size()));
  return QString::fromStdString(msgValueToOracleJson(k));  // an int key 1 -> "1", as the oracle does
}

QString PayloadTreeModel::valueText(const QModelIndex& index) const {
  const MsgValue* v = valueAt(index);
  if (!v) return {};
  switch (v->kind) {
    case Kind::Str:
      return v->utf8 ? QString::fromUtf8(v->bytes.data(), qsizetype(v->bytes.size())) : hexPlain(v->bytes);
    case Kind::Bin: return hexPlain(v->bytes);
    case Kind::Array:
    case Kind::Map:
    case Kind::Ext: return jsonOf(index);
    default: return scalarText(*v, kMaxDisplayChars);
  }
}

QString PayloadTreeModel::jsonOf(const QModelIndex& index) const {
  const MsgValue* v = valueAt(index);
  return v ? QString::fromStdString(msgValueToOracleJson(*v)) : QString();
}

QVariant PayloadTreeModel::data(const QModelIndex& index, int role) const {
  Node* n = nodeOf(index);
  if (!n || !n->value) return {};
  const MsgValue& v = *n->value;
  const bool keyRejected = n->key && !(n->key->isStr() && n->key->utf8);
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case Key:
          if (n->keyDisplay.isNull()) n->keyDisplay = keyText(n);
          return n->keyDisplay;
        case Value:
          if (n->display.isNull()) n->display = displayValue(v);
          return n->display;
        case Type: return typeText(v);
      }
      return {};
    case Qt::ToolTipRole:
      if (index.column() == Key && keyRejected)
        return tr("A %1 map key: batpak's get accepts string keys only").arg(typeText(*n->key));
      if (index.column() == Value) {
        if (rejectedByBatpak(v)) return tr("batpak's get rejects this value (%1)").arg(typeText(v));
        if (v.kind == Kind::Str && v.bytes.size() > size_t(kMaxDisplayChars)) return quoted(v.bytes, kMaxTooltipChars);
      }
      return {};
    case Qt::ForegroundRole:
      if ((index.column() == Key && keyRejected) || (index.column() == Value && rejectedByBatpak(v)))
        return toneColor(StatusTone::Warning);
      return {};
    case Qt::FontRole:
      if (index.column() == Value && (v.kind == Kind::Bin || v.kind == Kind::Ext || (v.kind == Kind::Str && !v.utf8)))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
      return {};
    case ValueTextRole: return valueText(index);
    case KindRole: return int(v.kind);
    case RejectedByBatpakRole: return rejectedByBatpak(v) || keyRejected;
    default: return {};
  }
}

QVariant PayloadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractItemModel::headerData(section, orientation, role);
  switch (section) {
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Type: return tr("Type");
  }
  return {};
}

}  // namespace batscope::ui
