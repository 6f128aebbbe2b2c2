// The "header fields" pane: one event's index entry, frame header, position, hash chain and
// location as a two-level tree (group → field, a few fields with parts), Field / Value
// columns. Each row knows the frame_layout path of its bytes (for the hex view) and, for ids
// that name another event, the index row to jump to. The event is read once by loadEvent();
// the model only formats it.
#pragma once

#include <QAbstractItemModel>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batscope/format/event_frame.h"
#include "batscope/base/file_system.h"
#include "batscope/format/frame_layout.h"
#include "batscope/restore/physical_frame_walk.h"

namespace batscope { class DataDir; class Index; }

namespace batscope::ui {

// One event as the detail panes show it. Frame pointers stay valid while `file` is held.
struct LoadedEvent {
  const Index* index = nullptr;
  uint32_t row = 0xffffffffu;

  FramePos diskPos;                      // where the index says the frame is
  std::string diskError;                 // why the frame at diskPos does not read (empty: it does)
  bool walked = false;                   // the session's static frame walk was available
  std::optional<FramePos> physicalPos;   // where the walk found this event id (walked only)
  std::optional<std::string> getError;   // what batpak's get(event_id) would fail with
  // batpak's get reads another frame without error: a wrong disk_pos that lands on a batch
  // marker or on a different event (FORMAT.md gotcha 33).
  bool getReturnsOtherFrame = false;
  uint16_t getReturnedKind = 0;
  Id128 getReturnedEventId;
  QString getReturnedText() const;       // "the batch BEGIN marker" / "event <id> (global sequence N)"

  // The bytes shown: the event's own frame (physicalPos, found by the walk), else the frame
  // at diskPos.
  std::shared_ptr<const FileData> file;
  FramePos shownPos;
  bool shownPhysical = false;            // shownPos is physicalPos, which differs from diskPos
  const uint8_t* frame = nullptr;        // nullptr: no bytes at all (file missing, offset past EOF)
  size_t frameLen = 0;                   // may be short of shownPos.length at EOF
  bool crcChecked = false;               // the window held 8 + len bytes
  uint32_t storedCrc = 0, computedCrc = 0;
  bool decoded = false;                  // `decodedFrame` is valid (possibly despite a bad CRC)
  DecodedFrame decodedFrame;             // when not decoded: the fields listed in partialFields
  std::string decodeError;
  std::vector<std::string> partialFields;  // body did not decode: the paths decoded one by one
  std::vector<uint8_t> payload;          // P, when decoded
  std::vector<FrameField> fields;        // frame_layout spans of the shown bytes

  bool crcOk() const { return crcChecked && storedCrc == computedCrc; }
  // The value of field `path` is in decodedFrame (the whole body decoded, or this field did).
  bool has(const std::string& path) const;
  QString segmentFileName() const;       // of shownPos
};

// Reads event `row` of `index` from `dir` (batpak's get checks, FORMAT.md §11.3). `walk` may
// be null (background phase not finished). Never fails: what went wrong is in the result.
std::shared_ptr<const LoadedEvent> loadEvent(const DataDir& dir, const Index& index, uint32_t row,
                                             const StoreWalk* walk);

class HeaderFieldsModel : public QAbstractItemModel {
  Q_OBJECT
 public:
  enum Column { Field, Value, ColumnCount };
  enum Role {
    FieldPathRole = Qt::UserRole + 1,  // QString: frame_layout path of the row's bytes, or empty
    LinkRole,                          // uint: Index row this field names (cause, correlation root), or invalid
    RawValueRole,                      // QString: the value for copying (full ids, plain numbers)
    StatusRole,                        // int: RowStatus
    ExpandedRole,                      // bool: a view shows the row's children at first
  };
  enum RowStatus { Normal, Good, Warning, Bad };

  explicit HeaderFieldsModel(QObject* parent = nullptr);

  void setEvent(std::shared_ptr<const LoadedEvent> event);
  void clear() { setEvent(nullptr); }
  const LoadedEvent* event() const { return event_.get(); }
  void setUtcTime(bool utc);

  // The row whose FieldPathRole is `path` (column Field), or an invalid index.
  QModelIndex indexOfPath(const QString& path) const;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  struct Node {
    QString name, value, tooltip, path, raw;
    uint32_t link = 0xffffffffu;
    RowStatus status = Normal;
    bool mono = false;     // ids and hashes in a fixed-width font
    bool isTime = false;   // re-rendered on setUtcTime
    bool expanded = true;  // parts (kind, disk_pos) start folded
    int parent = -1;       // node index, -1 for groups
    int rowInParent = 0;
    std::vector<int> children;
  };
  int add(int parent, const QString& name, const QString& value, const QString& path = {});
  void build();
  void buildIndexGroup();
  void buildFrameGroup();
  void addIdFields(int group);
  void addHeaderFields(int group);
  void addPayloadAndCoordinate(int group);
  void buildPositionGroup();
  void buildChainGroup();
  void buildLocationGroup();
  QString timeText() const;
  const Node* node(const QModelIndex& index) const;

  std::shared_ptr<const LoadedEvent> event_;
  std::vector<Node> nodes_;
  std::vector<int> groups_;
  bool utc_ = false;
};

}  // namespace batscope::ui
