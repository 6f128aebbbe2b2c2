// Feeds arbitrary text to the filter language: parseEventQuery and parseTimeMs on the whole
// text and on each word. A query that parses is evaluated (runEventQuery, completeQuery) on
// the `tiny` fixture, restored once at start-up, so glob and text matching see hostile
// patterns too.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <numeric>
#include <string>

#include "batscope/analysis/event_query.h"
#include "batscope/base/executor.h"
#include "batscope/restore/restore_planner.h"

using namespace batscope;

namespace {

struct Store {
  std::shared_ptr<DataDir> dir;
  std::shared_ptr<Index> index;
  std::vector<uint32_t> rows;
};

Store* loadStore() {
  static Store* store = [] {
    auto* s = new Store;
    auto d = DataDir::open(std::string(BATSCOPE_FUZZ_FIXTURES) + "/tiny/data");
    if (!d) return s;
    InlineExecutor ex;
    RestoreOptions ro;
    ro.executor = &ex;
    auto r = restoreIndex(*d, ro);
    if (!r) return s;
    s->dir = *d;
    s->index = r->index;
    s->rows.resize(s->index->entryCount());
    std::iota(s->rows.begin(), s->rows.end(), 0u);
    return s;
  }();
  return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  (void)parseTimeMs(text);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    (void)parseTimeMs(text.substr(start, end - start));
    start = end + 1;
  }
  EventQuery q;
  QueryParseError err;
  if (!parseEventQuery(text, q, err)) {
    if (err.position > text.size()) __builtin_trap();
    return 0;
  }
  (void)q.needsPayload();
  Store* s = loadStore();
  if (s->index) {
    (void)runEventQuery(*s->index, *s->dir, q, s->rows);
    (void)completeQuery(*s->index, text, 20);
  }
  return 0;
}
