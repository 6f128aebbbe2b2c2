#include "batscope/write/demo_generator.h"

#include <sys/stat.h>

#include <deque>
#include <random>

#include "batscope/base/data_dir.h"
#include "batscope/codec/msgpack_writer.h"
#include "batscope/write/store.h"

namespace batscope {

namespace {

const char* const kEntityTypes[] = {"order", "user", "account", "shipment", "invoice", "cart"};
const char* const kScopeNames[] = {"acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka",
                                   "tyrell", "cyberdyne", "soylent", "aperture"};
const char* const kWords[] = {"refund", "express", "gift", "priority", "backorder", "split", "fragile", "return",
                              "discount", "loyalty", "invoice", "recurring", "trial", "upgrade", "manual"};
const char* const kCurrencies[] = {"EUR", "USD", "GBP", "JPY", "CHF"};

// Kinds per entity type: category = type index + 1, type ids 1..5.
uint16_t kindFor(uint32_t typeIndex, uint32_t typeId) { return uint16_t(((typeIndex % 12 + 1) << 12) | typeId); }

struct Rng {
  std::mt19937_64 g;
  explicit Rng(uint64_t seed) : g(seed ^ 0x5eed5eed5eedull) {}
  uint64_t next() { return g(); }
  uint64_t below(uint64_t n) { return n ? g() % n : 0; }
  double unit() { return double(g() >> 11) / double(1ull << 53); }
};

std::vector<uint8_t> payloadFor(Rng& rng, uint64_t n, const std::string& entity, bool positional) {
  std::vector<uint8_t> out;
  MsgpackWriter w(out);
  const double amount = double(rng.below(100000)) / 100.0;
  const char* currency = kCurrencies[rng.below(5)];
  const uint32_t items = uint32_t(rng.below(4));
  std::string note = kWords[rng.below(15)];
  for (uint32_t i = 0, words = uint32_t(rng.below(6)); i < words; ++i) note += std::string(" ") + kWords[rng.below(15)];
  if (positional) {
    // Batch items are encoded positionally, as batpak's BatchAppendItem::new (rmp_serde::to_vec).
    w.arrayHeader(4);
    w.uint(n);
    w.str(entity);
    w.float64(amount);
    w.str(currency);
    return out;
  }
  w.mapHeader(items ? 6 : 5);
  w.str("seq");
  w.uint(n);
  w.str("amount");
  w.float64(amount);
  w.str("currency");
  w.str(currency);
  w.str("note");
  w.str(note);
  w.str("customer");
  w.str("user:" + std::to_string(rng.below(1000)));
  if (items) {
    w.str("items");
    w.arrayHeader(items);
    for (uint32_t i = 0; i < items; ++i) {
      w.mapHeader(2);
      w.str("sku");
      w.str("SKU-" + std::to_string(1000 + rng.below(9000)));
      w.str("qty");
      w.uint(1 + rng.below(5));
    }
  }
  return out;
}

}  // namespace

Status generateStore(const std::string& dir, const GenerateOptions& opt) {
  if (opt.entities == 0 || opt.scopes == 0) return Error{Error::Code::InvalidArgument, "entities and scopes must be >= 1", dir, std::nullopt};
  struct stat st;
  if (::stat(dir.c_str(), &st) == 0) {
    auto d = DataDir::open(dir);
    if (!d) return d.error();
    auto listing = FileSystem::posix().listDirectory(dir);
    if (listing && !listing->empty())
      return Error{Error::Code::InvalidArgument, "refusing to generate into a non-empty directory", dir, std::nullopt};
  }
  Rng rng(opt.seed);
  // A synthetic clock: 2026-01-01T00:00:00Z plus 0.2–3 s per event.
  int64_t clock = 1767225600000000;
  StoreConfig cfg;
  cfg.segmentMaxBytes = opt.segmentBytes;
  cfg.seed = opt.seed;
  cfg.fsync = opt.fsync;
  cfg.clockUs = [&clock] { return clock; };
  auto store = Store::open(dir, cfg);
  if (!store) return store.error();

  std::vector<std::string> entities;
  for (uint32_t i = 0; i < opt.entities; ++i)
    entities.push_back(std::string(kEntityTypes[i % 6]) + ":" + std::to_string(i / 6 + 1));
  std::vector<std::string> scopes;
  for (uint32_t i = 0; i < opt.scopes; ++i)
    scopes.push_back(i < 12 ? kScopeNames[i] : "tenant-" + std::to_string(i));

  struct Recent { Id128 id; Id128 correlation; };
  std::deque<Recent> recent;
  uint64_t written = 0, lastReport = 0;
  while (written < opt.events) {
    clock += 200000 + int64_t(rng.below(2800000));
    const bool batch = opt.events - written >= 2 && rng.below(100) < 3;
    if (batch) {
      const uint32_t n = uint32_t(std::min<uint64_t>(2 + rng.below(7), opt.events - written));
      std::vector<BatchItem> items(n);
      const uint32_t scope = uint32_t(rng.below(opt.scopes));
      for (uint32_t i = 0; i < n; ++i) {
        const uint32_t e = uint32_t(rng.below(opt.entities));
        items[i].entity = entities[e];
        items[i].scope = scopes[scope];
        items[i].kind = kindFor(e % 6, 1 + uint32_t(rng.below(5)));
        items[i].payload = payloadFor(rng, written + i, entities[e], true);
        if (i > 0) items[i].causedByItem = 0;
      }
      auto r = (*store)->appendBatch(items);
      if (!r) return r.error();
      recent.push_back(Recent{r->front().eventId, r->front().eventId});
      written += n;
    } else {
      const uint32_t e = uint32_t(rng.below(opt.entities));
      AppendOptions ao;
      // 60 % of events react to a recent one: same correlation group, caused by it.
      if (!recent.empty() && rng.below(100) < 60) {
        const Recent& cause = recent[recent.size() - 1 - rng.below(recent.size())];
        ao.causationId = cause.id;
        ao.correlationId = cause.correlation;
      }
      const uint16_t kind = kindFor(e % 6, 1 + uint32_t(rng.below(5)));
      auto r = (*store)->append(entities[e], scopes[rng.below(opt.scopes)], kind,
                                payloadFor(rng, written, entities[e], false), ao);
      if (!r) return r.error();
      recent.push_back(Recent{r->eventId, ao.correlationId.value_or(r->eventId)});
      ++written;
    }
    while (recent.size() > 64) recent.pop_front();
    if (opt.progress && written - lastReport >= 10000) {
      lastReport = written;
      opt.progress(double(written) / double(opt.events));
    }
  }
  return (*store)->close();
}

}  // namespace batscope
