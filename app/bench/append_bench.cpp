#include "append_bench.h"

#include <stdlib.h>

#include <filesystem>

#include "batscope/codec/msgpack_writer.h"
#include "batscope/write/store.h"
#include "bench_util.h"

namespace batscope::bench {

namespace fs = std::filesystem;

namespace {

std::vector<uint8_t> benchPayload(uint64_t n, bool positional) {
  static const char* const kWords[] = {"refund", "express", "gift", "priority", "backorder", "split", "fragile"};
  static const char* const kCur[] = {"EUR", "USD", "GBP", "JPY", "CHF"};
  std::vector<uint8_t> out;
  MsgpackWriter w(out);
  if (positional) {
    w.arrayHeader(4);
    w.uint(n);
    w.str("bench");
    w.float64(double(n % 100000) / 100.0);
    w.str(kCur[n % 5]);
    return out;
  }
  w.mapHeader(5);
  w.str("seq");
  w.uint(n);
  w.str("amount");
  w.float64(double((n * 7919) % 100000) / 100.0);
  w.str("currency");
  w.str(kCur[n % 5]);
  w.str("note");
  std::string note = kWords[n % 7];
  for (uint64_t i = 0; i < n % 4; ++i) note += std::string(" ") + kWords[(n + i) % 7];
  w.str(note);
  w.str("customer");
  w.str("user:" + std::to_string(n % 1000));
  return out;
}

AppendResult benchAppend(bool batched, bool fsyncOn, uint64_t target, double timeBoxS) {
  AppendResult ar;
  ar.mode = batched ? "batch of 64" : "single";
  ar.fsync = fsyncOn;
  char tmpl[] = "/tmp/batscope-bench-append-XXXXXX";
  if (!::mkdtemp(tmpl)) { ar.error = "mkdtemp failed"; return ar; }
  const std::string dir = tmpl;

  std::vector<std::string> entities, scopes;
  for (int i = 0; i < 200; ++i) entities.push_back("order:" + std::to_string(i + 1));
  for (int i = 0; i < 16; ++i) scopes.push_back("tenant-" + std::to_string(i));
  std::vector<std::vector<uint8_t>> payloads;  // prepared before the clock starts
  for (uint64_t i = 0; i < 1024; ++i) payloads.push_back(benchPayload(i, batched));

  StoreConfig cfg;  // batpak's defaults
  cfg.fsync = fsyncOn;
  auto t0 = Clock::now();
  auto store = Store::open(dir, cfg);
  ar.openMs = msSince(t0);
  if (!store) {
    ar.error = store.error().toString();
  } else {
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeBoxS));
    uint64_t n = 0;
    std::vector<BatchItem> items(64);
    while (n < target) {
      if (Clock::now() >= deadline) { ar.timeBoxed = true; break; }
      if (batched) {
        for (size_t i = 0; i < items.size(); ++i) {
          const uint64_t k = n + i;
          items[i].entity = entities[k % entities.size()];
          items[i].scope = scopes[(k / 64) % scopes.size()];
          items[i].kind = uint16_t(0x1001 + (k % 5));
          items[i].payload = payloads[k % payloads.size()];
        }
        auto r = (*store)->appendBatch(items);
        if (!r) { ar.error = r.error().toString(); break; }
        for (const BatchItem& it : items) ar.payloadBytes += it.payload.size();
        n += items.size();
      } else {
        const std::vector<uint8_t>& p = payloads[n % payloads.size()];
        auto r = (*store)->append(entities[n % entities.size()], scopes[n % scopes.size()], uint16_t(0x1001 + (n % 5)), p);
        if (!r) { ar.error = r.error().toString(); break; }
        ar.payloadBytes += p.size();
        ++n;
      }
    }
    ar.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    ar.events = n;
    t0 = Clock::now();
    const Status s = (*store)->close();
    ar.closeMs = msSince(t0);
    if (!s && ar.error.empty()) ar.error = s.error().toString();
    store->reset();
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  return ar;
}

}  // namespace

std::vector<AppendResult> benchAppends(const AppendPlan& plan) {
  std::vector<AppendResult> appends;
  for (bool fsyncOn : {true, false})
    for (bool batched : {false, true})
      appends.push_back(benchAppend(batched, fsyncOn, plan.targetEvents, plan.timeBoxSeconds));
  return appends;
}

}  // namespace batscope::bench
