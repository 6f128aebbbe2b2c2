// The "payload" pane: the user payload P decoded into a batscope::MsgValue tree
// (msgpack_value.h) as Key / Value / Type rows. One root row ("payload") holds the whole
// value; maps show their keys, arrays their indices. Integers are shown exactly (u64 max,
// i64 min), bins as abbreviated hex, floats in the oracle's spelling. Nodes are created
// lazily, so a 100 000-element array costs nothing until it is expanded.
#pragma once

#include <QAbstractItemModel>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "batscope/codec/msgpack_value.h"

namespace batscope::ui {

class PayloadTreeModel : public QAbstractItemModel {
  Q_OBJECT
 public:
  enum Column { Key, Value, Type, ColumnCount };
  enum Role {
    ValueTextRole = Qt::UserRole + 1,  // QString: valueText(index)
    KindRole,                          // int: MsgValue::Kind of the row's value
    RejectedByBatpakRole,              // bool: a bin, ext, non-UTF-8 str or non-str key (batpak's get fails)
  };

  explicit PayloadTreeModel(QObject* parent = nullptr);
  ~PayloadTreeModel() override;

  // Shows `value` (the model keeps it).
  void setValue(MsgValue value);
  void clear();
  bool hasValue() const { return bool(value_); }

  // The value of a row (nullptr for an invalid index); lives until the next setValue/clear.
  const MsgValue* valueAt(const QModelIndex& index) const;
  // Where the row's bytes sit in the payload P: a map entry's key and value, else the value.
  struct Span {
    uint64_t offset = 0, length = 0;
  };
  std::optional<Span> payloadSpan(const QModelIndex& index) const;
  // The whole value as text for "Copy value": a string as it is, numbers exactly, a bin as
  // hex, nil/bools as JSON, containers as compact JSON.
  QString valueText(const QModelIndex& index) const;
  // Compact JSON of the row's subtree in the fixture oracle's rendering (msgValueToOracleJson).
  QString jsonOf(const QModelIndex& index) const;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  bool hasChildren(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // Short renderings shared with tooltips and tests.
  static QString displayValue(const MsgValue& v);
  static QString typeText(const MsgValue& v);

 private:
  struct Node {
    const MsgValue* value = nullptr;
    const MsgValue* key = nullptr;  // map entries only
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;  // sized on first access, filled lazily
    QString display;                              // cached Value column text
    QString keyDisplay;                           // cached Key column text (a non-str key is JSON)
  };
  Node* nodeOf(const QModelIndex& index) const;
  Node* childAt(Node* parent, int row) const;
  static int childCount(const Node* n);
  QString keyText(const Node* n) const;

  std::unique_ptr<MsgValue> value_;
  std::unique_ptr<Node> root_;  // invisible; its one child is the "payload" row
};

}  // namespace batscope::ui
