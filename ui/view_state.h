// The one shared "what is the user looking at" object (Hotspot's FilterAndZoomStack):
// the current event, the filter text and the time display. Every view follows it and
// changes it only through it; views never talk to each other.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace batscope::ui {

class ViewState : public QObject {
  Q_OBJECT
 public:
  static constexpr uint32_t kNoRow = 0xffffffffu;
  explicit ViewState(QObject* parent = nullptr) : QObject(parent) {}

  // The current event as a row of the session's index (Index row, not a table row).
  uint32_t currentRow() const { return currentRow_; }
  void setCurrentRow(uint32_t row) {
    if (row == currentRow_) return;
    currentRow_ = row;
    emit currentRowChanged(row);
  }

  // The filter expression (event_query.h syntax); views that narrow (segments, timeline)
  // call setFilter with the expression they want applied.
  QString filter() const { return filter_; }
  void setFilter(const QString& text) {
    if (!filterHistory_.contains(text) && !text.trimmed().isEmpty()) filterHistory_.prepend(text);
    while (filterHistory_.size() > 50) filterHistory_.removeLast();
    if (text == filter_) return;
    filter_ = text;
    emit filterChanged(text);
  }
  QStringList filterHistory() const { return filterHistory_; }
  void setFilterHistory(const QStringList& h) { filterHistory_ = h; }

  bool utcTime() const { return utc_; }
  void setUtcTime(bool utc) {
    if (utc == utc_) return;
    utc_ = utc;
    emit timeDisplayChanged(utc);
  }

 signals:
  void currentRowChanged(uint32_t row);
  void filterChanged(const QString& text);
  void timeDisplayChanged(bool utc);

 private:
  uint32_t currentRow_ = kNoRow;
  QString filter_;
  QStringList filterHistory_;
  bool utc_ = false;
};

}  // namespace batscope::ui
