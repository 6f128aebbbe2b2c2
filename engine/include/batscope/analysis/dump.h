// `batscope-cli dump`: the visible events of an open store as one JSON document shaped like
// the fixtures' expected.json (open, stats, hidden_global_sequences, event_count, events),
// or as CSV. Every per-event field batpak's oracle records is produced the same way.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/restore/index.h"
#include "batscope/restore/restore_planner.h"

namespace batscope {

struct DumpFilter {
  std::optional<std::string> entityGlob;
  std::optional<std::string> scopeGlob;
  std::optional<uint16_t> kind;
  std::optional<uint16_t> kindCategory;   // "cat:*"
};
// "4097", "0x1001", "1:1" (category:type) or "1:*".
bool parseKindFilter(const std::string& text, DumpFilter& out);
bool matchesFilter(const Index& index, uint32_t row, const DumpFilter& filter);

struct DumpInput {
  const DataDir* dir = nullptr;
  const Index* index = nullptr;            // faithful or true view
  const OpenReport* report = nullptr;      // null: "open": null
  const std::vector<Finding>* findings = nullptr;
  const StoreWalk* walk = nullptr;
  bool trueView = false;
  // Adds `chain_verification`: batpak's own verify_chain verdict per entity (needs `walk`).
  bool withChainVerification = false;
  Executor* executor = nullptr;  // parallel work (chain verification); inline when null
  // The events to write, in this order (the window exports the rows its table shows); null:
  // every visible event, in global order. The filter applies to either.
  const std::vector<uint32_t>* rows = nullptr;
  // Called every few thousand events with the fraction written; returning false stops the
  // dump, which then returns "".
  std::function<bool(double)> progress;
  // Where set, the text is handed over in pieces of about a MiB as it is written, and the
  // dump returns "": a dump of millions of events is never held whole. Returning false (the
  // output failed) stops the dump.
  std::function<bool(std::string_view)> sink;
};

std::string dumpJson(const DumpInput& in, const DumpFilter& filter);
std::string dumpCsv(const DumpInput& in, const DumpFilter& filter);
// One event as dumpJson writes it in "events", on one line (NDJSON: `dump --format ndjson`).
std::string dumpEventJson(const DumpInput& in, uint32_t row);

}  // namespace batscope
