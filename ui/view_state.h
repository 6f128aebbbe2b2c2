// The one shared "what is the user looking at" object (Hotspot's FilterAndZoomStack):
// the current event, the filter (a parsed EventQuery, time span included) and the time
// display. Every view follows it and
// changes it only through it; views never talk to each other.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

#include "batscope/analysis/event_query.h"

namespace batscope::ui {

using batscope::EventQuery;
using batscope::QueryParseError;

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

  // The filter as a parsed query (event_query.h); views that narrow (segments, timeline)
  // edit the query object, never its text. filter() is the query's canonical text.
  const EventQuery& query() const { return query_; }
  QString filter() const { return filter_; }
  void setQuery(EventQuery query) {
    const QString text = QString::fromStdString(query.canonicalText());
    if (!filterHistory_.contains(text) && !text.isEmpty()) filterHistory_.prepend(text);
    while (filterHistory_.size() > 50) filterHistory_.removeLast();
    query_ = std::move(query);
    if (text == filter_) return;
    filter_ = text;
    emit filterChanged(text);
  }
  // Parses `text` and applies it; on a syntax error nothing changes and `error` says where.
  bool setFilter(const QString& text, QueryParseError* error = nullptr) {
    EventQuery query;
    QueryParseError err;
    if (!parseEventQuery(text.toStdString(), query, err)) {
      if (error) *error = err;
      return false;
    }
    setQuery(std::move(query));
    return true;
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
  EventQuery query_;
  QString filter_;
  QStringList filterHistory_;
  bool utc_ = false;
};

}  // namespace batscope::ui
