// The display-filter language of the event table (like Wireshark's filter bar):
//   entity:order:*  scope:acme  kind:1:5  kind:0x1001  kind:2:*  after:2026-01-01
//   before:2026-02-01T12:00  seg:3  id:01a2…  corr:01a2…  cause:01a2…  "free text"  word
// Terms are ANDed; `!term` negates one. Free text matches payload bytes (UTF-8 strings
// inside the msgpack), entity and scope. Evaluation is off the UI thread, cancellable.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/base/data_dir.h"
#include "batscope/base/executor.h"
#include "batscope/restore/index.h"

namespace batscope {

struct QueryTerm {
  enum class Field { Entity, Scope, Kind, KindCategory, After, Before, Segment, EventId, Correlation, Causation, Text };
  Field field = Field::Text;
  bool negated = false;
  std::string text;       // glob or free text
  uint64_t number = 0;    // kind, category, segment id, time (ms since epoch)
  Id128 id;
};

struct EventQuery {
  std::vector<QueryTerm> terms;
  bool empty() const { return terms.empty(); }
  bool needsPayload() const;

  // The span the (non-negated) after:/before: terms select, in ms since the epoch.
  struct TimeSpan {
    std::optional<uint64_t> after, before;
  };
  TimeSpan timeSpan() const;
  // This query with its after:/before: terms replaced by the given ones.
  EventQuery withTimeSpan(std::optional<uint64_t> after, std::optional<uint64_t> before) const;
  // The text that parses back to this query: one spelling per term, times as UTC dates
  // ("after:2026-01-01T12:30:00.250Z"), kinds as category:type.
  std::string canonicalText() const;
};

struct QueryParseError {
  size_t position = 0;
  std::string message;
};

// Parses the filter text; on error says where and why.
bool parseEventQuery(const std::string& text, EventQuery& out, QueryParseError& err);
// "2026-01-01", "2026-01-01T12:30", "2026-01-01 12:30:15.250Z", or milliseconds since the
// epoch. Dates and times are UTC (a trailing Z may say so).
std::optional<uint64_t> parseTimeMs(const std::string& text);
// The shortest of "2026-01-01", "2026-01-01T12:30:15Z", "2026-01-01T12:30:15.250Z".
std::string formatTimeMs(uint64_t ms);

// The rows of `candidates` (index rows) that match, in the same order. Returns nullopt when
// cancelled. `progress` gets fractions in [0, 1], one call at a time. Rows are matched in
// parallel on `executor` (inline without one).
std::optional<std::vector<uint32_t>> runEventQuery(const Index& index, const DataDir& dir, const EventQuery& query,
                                                   const std::vector<uint32_t>& candidates,
                                                   const std::atomic<bool>* cancel = nullptr,
                                                   const std::function<void(double)>& progress = {},
                                                   Executor* executor = nullptr);

bool matchesQuery(const Index& index, const DataDir& dir, const EventQuery& query, uint32_t row);

// Completion candidates for the word under the cursor (field names, entity/scope names).
std::vector<std::string> completeQuery(const Index& index, const std::string& prefix, size_t limit = 50);

}  // namespace batscope
