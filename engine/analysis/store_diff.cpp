#include "batscope/analysis/store_diff.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string_view>
#include <unordered_map>

#include "batscope/codec/json_writer.h"
#include "batscope/restore/event_reader.h"

namespace batscope {

namespace {

using Clock = std::chrono::steady_clock;

// Each entity's visible rows in global order (a chain, as batpak's verify_chain walks it).
std::unordered_map<std::string_view, std::vector<uint32_t>> chainsByEntity(const Index& index) {
  std::unordered_map<uint32_t, std::vector<uint32_t>> byId;
  for (uint32_t row : index.visibleRows()) byId[index.entry(row).entityId].push_back(row);
  std::unordered_map<std::string_view, std::vector<uint32_t>> out;
  out.reserve(byId.size());
  for (auto& [entityId, rows] : byId) out.emplace(index.string(entityId), std::move(rows));
  return out;
}

// A side's frames, mapped once per segment per reader (a reader is one thread's).
class FrameBytes {
 public:
  explicit FrameBytes(const DiffSide& side) : side_(side) {}

  // The frame of `row` as the index places it; empty where the bytes are not there.
  std::string_view of(uint32_t row) {
    const IndexEntry& e = side_.index->entry(row);
    const FileData* file = segment(e.segmentId);
    if (!file || e.offset > file->size() || e.length > file->size() - e.offset) return {};
    return std::string_view(reinterpret_cast<const char*>(file->data() + e.offset), e.length);
  }

 private:
  const FileData* segment(uint64_t id) {
    auto it = files_.find(id);
    if (it != files_.end()) return it->second.get();
    std::shared_ptr<const FileData> mapped;
    if (const SegmentFile* seg = side_.dir->segmentById(id))
      if (auto m = side_.dir->mapSegment(*seg)) mapped = *m;
    return files_.emplace(id, std::move(mapped)).first->second.get();
  }

  const DiffSide& side_;
  std::unordered_map<uint64_t, std::shared_ptr<const FileData>> files_;
};

DiffEvent eventOf(const Index& index, uint32_t row) {
  const IndexEntry& e = index.entry(row);
  return DiffEvent{e.globalSequence, index.eventId(row), e.segmentId, segmentFileName(e.segmentId), e.offset,
                   e.length, index.isVisible(row)};
}

bool sameHashes(const HashChain& x, const HashChain& y) { return x.prevHash == y.prevHash && x.eventHash == y.eventHash; }

// Compares one entity's chains position by position.
EntityDiff diffEntity(std::string_view name, const std::vector<uint32_t>* rowsA, const std::vector<uint32_t>* rowsB,
                      const DiffSide& a, const DiffSide& b, FrameBytes& bytesA, FrameBytes& bytesB,
                      const std::atomic<bool>* cancel) {
  EntityDiff d;
  d.entity = std::string(name);
  d.eventsA = rowsA ? rowsA->size() : 0;
  d.eventsB = rowsB ? rowsB->size() : 0;
  if (!rowsA || !rowsB) {
    d.verdict = rowsA ? EntityDiff::Verdict::OnlyInA : EntityDiff::Verdict::OnlyInB;
    return d;
  }
  const size_t common = std::min(rowsA->size(), rowsB->size());
  for (size_t k = 0; k < common; ++k) {
    if ((k & 0xffff) == 0xffff && cancel && cancel->load(std::memory_order_relaxed)) break;  // one long chain
    const uint32_t ra = (*rowsA)[k], rb = (*rowsB)[k];
    const char* difference = nullptr;
    if (a.index->eventId(ra) != b.index->eventId(rb)) difference = "event id";
    else if (!sameHashes(a.index->hashChain(ra), b.index->hashChain(rb))) difference = "hashes";
    else if (bytesA.of(ra) != bytesB.of(rb)) difference = "frame bytes";
    if (!difference) continue;
    d.verdict = EntityDiff::Verdict::Diverged;
    d.commonPrefix = k;
    d.a = eventOf(*a.index, ra);
    d.b = eventOf(*b.index, rb);
    d.difference = difference;
    return d;
  }
  d.commonPrefix = common;
  if (rowsA->size() == rowsB->size()) {
    d.verdict = EntityDiff::Verdict::Identical;
  } else if (rowsA->size() < rowsB->size()) {
    d.verdict = EntityDiff::Verdict::BExtendsA;
    d.b = eventOf(*b.index, (*rowsB)[common]);
  } else {
    d.verdict = EntityDiff::Verdict::AExtendsB;
    d.a = eventOf(*a.index, (*rowsA)[common]);
  }
  return d;
}

// What one chunk of one side's visible rows found about the other side.
struct EventFindings {
  uint64_t only = 0, bytes = 0, visibility = 0, renumbered = 0;
  std::vector<DiffEvent> onlyListed;
  std::vector<DiffPair> bytesListed, visibilityListed, renumberedListed;
};

// The events of `from` (visible rows [begin, end)) looked up in `to` by id. `fromIsA` orders
// the pairs (a, b); bytes and renumbering are counted from A's side only, so once.
void findEvents(const DiffSide& from, const DiffSide& to, bool fromIsA, uint32_t begin, uint32_t end,
                FrameBytes& bytesFrom, FrameBytes& bytesTo, EventFindings& out) {
  const std::vector<uint32_t>& rows = from.index->visibleRows();
  auto pair = [&](uint32_t rf, uint32_t rt) {
    DiffEvent x = eventOf(*from.index, rf), y = eventOf(*to.index, rt);
    return fromIsA ? DiffPair{std::move(x), std::move(y)} : DiffPair{std::move(y), std::move(x)};
  };
  for (uint32_t k = begin; k < end; ++k) {
    const uint32_t rf = rows[k];
    from.index->prefetchEventId(k + 8 < rows.size() ? rows[k + 8] : rf);
    const Id128 id = from.index->eventId(rf);
    const uint32_t rt = to.index->findById(id, rf);
    if (rt == Index::kNoRow) {
      if (out.only++ < StoreDiff::kListed) out.onlyListed.push_back(eventOf(*from.index, rf));
      continue;
    }
    if (!to.index->isVisible(rt) && out.visibility++ < StoreDiff::kListed) out.visibilityListed.push_back(pair(rf, rt));
    if (!fromIsA || !to.index->isVisible(rt)) continue;  // the rest once, from A, for events both show
    if (from.index->entry(rf).globalSequence != to.index->entry(rt).globalSequence &&
        out.renumbered++ < StoreDiff::kListed)
      out.renumberedListed.push_back(pair(rf, rt));
    if (bytesFrom.of(rf) != bytesTo.of(rt) && out.bytes++ < StoreDiff::kListed) out.bytesListed.push_back(pair(rf, rt));
  }
}

template <class T>
void appendListed(std::vector<T>& to, std::vector<T>& from) {
  for (T& x : from) {
    if (to.size() >= StoreDiff::kListed) return;
    to.push_back(std::move(x));
  }
}

void eventJson(JsonWriter& w, const DiffEvent& e) {
  w.beginObject();
  w.field("global_sequence", e.globalSequence);
  w.field("event_id", hexEncode(e.eventId));
  w.field("file", e.file);
  w.field("offset", e.offset);
  w.field("length", uint64_t(e.length));
  w.field("visible", e.visible);
  w.endObject();
}

void pairsJson(JsonWriter& w, const char* key, const std::vector<DiffPair>& pairs) {
  w.key(key);
  w.beginArray();
  for (const DiffPair& p : pairs) {
    w.beginObject();
    w.key("a");
    eventJson(w, p.a);
    w.key("b");
    eventJson(w, p.b);
    w.endObject();
  }
  w.endArray();
}

std::string eventText(const DiffEvent& e) {
  return "#" + std::to_string(e.globalSequence) + " " + hexEncode(e.eventId) + " (" + e.file + " @" +
         std::to_string(e.offset) + (e.visible ? "" : ", hidden") + ")";
}

}  // namespace

const char* entityVerdictName(EntityDiff::Verdict v) {
  switch (v) {
    case EntityDiff::Verdict::Identical: return "identical";
    case EntityDiff::Verdict::BExtendsA: return "b-extends-a";
    case EntityDiff::Verdict::AExtendsB: return "a-extends-b";
    case EntityDiff::Verdict::Diverged: return "diverged";
    case EntityDiff::Verdict::OnlyInA: return "only-in-a";
    case EntityDiff::Verdict::OnlyInB: return "only-in-b";
  }
  return "?";
}

bool StoreDiff::identical() const {
  return onlyInACount == 0 && onlyInBCount == 0 && bytesDifferCount == 0 && visibilityDiffersCount == 0 &&
         renumberedCount == 0 && entitiesWith(EntityDiff::Verdict::Identical) == entities.size();
}

size_t StoreDiff::entitiesWith(EntityDiff::Verdict v) const {
  return size_t(std::count_if(entities.begin(), entities.end(), [v](const EntityDiff& e) { return e.verdict == v; }));
}

StoreDiff diffStores(const DiffSide& a, const DiffSide& b, Executor* executor, const std::atomic<bool>* cancel) {
  const auto t0 = Clock::now();
  InlineExecutor inlineExecutor;
  Executor& ex = executor ? *executor : inlineExecutor;
  StoreDiff out;
  out.eventsA = a.index->visibleRows().size();
  out.eventsB = b.index->visibleRows().size();

  // Entities: the union of both sides' names, in name order, compared in parallel.
  const auto chainsA = chainsByEntity(*a.index), chainsB = chainsByEntity(*b.index);
  std::map<std::string_view, std::pair<const std::vector<uint32_t>*, const std::vector<uint32_t>*>> names;
  for (const auto& [name, rows] : chainsA) names[name].first = &rows;
  for (const auto& [name, rows] : chainsB) names[name].second = &rows;
  std::vector<std::pair<std::string_view, std::pair<const std::vector<uint32_t>*, const std::vector<uint32_t>*>>> order(
      names.begin(), names.end());
  out.entities.resize(order.size());
  constexpr size_t kEntitiesPerTask = 16;
  auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  ex.parallelFor((order.size() + kEntitiesPerTask - 1) / kEntitiesPerTask, [&](size_t task) {
    if (cancelled()) return;
    FrameBytes bytesA(a), bytesB(b);
    for (size_t i = task * kEntitiesPerTask; i < std::min(order.size(), (task + 1) * kEntitiesPerTask); ++i)
      out.entities[i] =
          diffEntity(order[i].first, order[i].second.first, order[i].second.second, a, b, bytesA, bytesB, cancel);
  });

  // Events by id, each side's visible rows in chunks.
  constexpr uint32_t kChunk = 1u << 15;
  auto scan = [&](const DiffSide& from, const DiffSide& to, bool fromIsA) {
    const uint32_t n = uint32_t(from.index->visibleRows().size());
    std::vector<EventFindings> chunks((n + kChunk - 1) / kChunk);
    ex.parallelFor(chunks.size(), [&](size_t c) {
      if (cancelled()) return;
      FrameBytes bytesFrom(from), bytesTo(to);
      findEvents(from, to, fromIsA, uint32_t(c * kChunk), std::min<uint32_t>(n, uint32_t((c + 1) * kChunk)), bytesFrom,
                 bytesTo, chunks[c]);
    });
    return chunks;
  };
  for (EventFindings& f : scan(a, b, true)) {
    out.onlyInACount += f.only;
    appendListed(out.onlyInA, f.onlyListed);
    out.bytesDifferCount += f.bytes;
    appendListed(out.bytesDiffer, f.bytesListed);
    out.visibilityDiffersCount += f.visibility;
    appendListed(out.visibilityDiffers, f.visibilityListed);
    out.renumberedCount += f.renumbered;
    appendListed(out.renumbered, f.renumberedListed);
  }
  for (EventFindings& f : scan(b, a, false)) {
    out.onlyInBCount += f.only;
    appendListed(out.onlyInB, f.onlyListed);
    out.visibilityDiffersCount += f.visibility;
    appendListed(out.visibilityDiffers, f.visibilityListed);
  }
  out.cancelled = cancelled();
  out.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return out;
}

namespace {

// The fields of one event, in compareEventFields' order.
std::vector<std::pair<std::string, std::string>> eventFields(const DataDir& dir, const DiffEvent& e, size_t payloadBytes) {
  std::vector<std::pair<std::string, std::string>> f;
  f.emplace_back("global_sequence", std::to_string(e.globalSequence));
  f.emplace_back("visible", e.visible ? "yes" : "no");
  f.emplace_back("file", e.file + " @" + std::to_string(e.offset) + ", " + std::to_string(e.length) + " bytes");
  const FrameRead r = readFrameAtPosition(dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
  if (!r.ok) {
    f.emplace_back("frame", "unreadable: " + r.error);
    return f;
  }
  const EventHeader& h = r.frame.header;
  f.emplace_back("event_id", hexEncode(h.eventId));
  f.emplace_back("correlation_id", hexEncode(h.correlationId));
  f.emplace_back("causation_id", h.causationId ? hexEncode(*h.causationId) : "none");
  f.emplace_back("entity", std::string(r.frame.entity));
  f.emplace_back("scope", std::string(r.frame.scope));
  f.emplace_back("event_kind", std::to_string(h.eventKind));
  f.emplace_back("timestamp_us", std::to_string(h.timestampUs));
  f.emplace_back("wall_ms", std::to_string(h.position.wallMs));
  f.emplace_back("sequence", std::to_string(h.position.sequence));
  f.emplace_back("flags", std::to_string(h.flags));
  f.emplace_back("payload_size", std::to_string(h.payloadSize));
  f.emplace_back("content_hash", hexEncode(h.contentHash));
  const HashChain chain = r.frame.hashChain.value_or(HashChain{});
  f.emplace_back("prev_hash", r.frame.hashChain ? hexEncode(chain.prevHash) : "none");
  f.emplace_back("event_hash", r.frame.hashChain ? hexEncode(chain.eventHash) : "none");
  const size_t shown = std::min(payloadBytes, r.payload.size());
  std::string payload = hexEncode(r.payload.data(), shown);
  if (shown < r.payload.size()) payload += "… (" + std::to_string(r.payload.size()) + " bytes)";
  f.emplace_back("payload", payload);
  char crc[16];
  std::snprintf(crc, sizeof crc, "0x%08x", r.raw.storedCrc);
  f.emplace_back("crc32", crc);
  return f;
}

}  // namespace

std::vector<DiffField> compareEventFields(const DataDir& dirA, const DiffEvent& a, const DataDir& dirB,
                                          const DiffEvent& b, size_t payloadBytes) {
  const auto fa = eventFields(dirA, a, payloadBytes), fb = eventFields(dirB, b, payloadBytes);
  std::vector<DiffField> out;
  std::map<std::string, size_t> rowOf;
  auto row = [&](const std::string& name) -> DiffField& {
    auto [it, inserted] = rowOf.emplace(name, out.size());
    if (inserted) out.push_back(DiffField{name, "", "", false});
    return out[it->second];
  };
  for (const auto& [name, value] : fa) row(name).a = value;
  for (const auto& [name, value] : fb) row(name).b = value;
  for (DiffField& f : out) f.differs = f.a != f.b;
  // Where a side's frame does not read, that is the first thing to say: every field the
  // other side has would otherwise stand before it, empty on this side.
  std::stable_partition(out.begin(), out.end(), [](const DiffField& f) { return f.name == "frame"; });
  return out;
}

std::string storeDiffText(const StoreDiff& d) {
  std::string s;
  auto line = [&](const std::string& text) { s += text + "\n"; };
  line(d.identical() ? "The stores hold the same events." : "The stores differ.");
  line("events: " + std::to_string(d.eventsA) + " in A, " + std::to_string(d.eventsB) + " in B; " +
       std::to_string(d.onlyInACount) + " only in A, " + std::to_string(d.onlyInBCount) + " only in B, " +
       std::to_string(d.bytesDifferCount) + " with other bytes under the same id, " +
       std::to_string(d.visibilityDiffersCount) + " visible on one side only, " + std::to_string(d.renumberedCount) +
       " renumbered");
  line("entities: " + std::to_string(d.entities.size()) + " (" +
       std::to_string(d.entitiesWith(EntityDiff::Verdict::Identical)) + " identical, " +
       std::to_string(d.entitiesWith(EntityDiff::Verdict::BExtendsA)) + " extended in B, " +
       std::to_string(d.entitiesWith(EntityDiff::Verdict::AExtendsB)) + " extended in A, " +
       std::to_string(d.entitiesWith(EntityDiff::Verdict::Diverged)) + " diverged, " +
       std::to_string(d.entitiesWith(EntityDiff::Verdict::OnlyInA)) + " only in A, " +
       std::to_string(d.entitiesWith(EntityDiff::Verdict::OnlyInB)) + " only in B)");
  for (const EntityDiff& e : d.entities) {
    if (e.verdict == EntityDiff::Verdict::Identical) continue;
    std::string t = std::string(entityVerdictName(e.verdict)) + "  " + e.entity + "  A " + std::to_string(e.eventsA) +
                    " events, B " + std::to_string(e.eventsB);
    if (e.verdict == EntityDiff::Verdict::Diverged)
      t += "; position " + std::to_string(e.commonPrefix) + " differs (" + e.difference + "): A " + eventText(*e.a) +
           ", B " + eventText(*e.b);
    else if (e.verdict == EntityDiff::Verdict::BExtendsA)
      t += "; B goes on from " + eventText(*e.b);
    else if (e.verdict == EntityDiff::Verdict::AExtendsB)
      t += "; A goes on from " + eventText(*e.a);
    line(t);
  }
  auto list = [&](const char* what, uint64_t count, const std::vector<DiffEvent>& events) {
    if (!count) return;
    line(std::string(what) + " (" + std::to_string(count) + (count > events.size() ? ", first listed" : "") + "):");
    for (const DiffEvent& e : events) line("  " + eventText(e));
  };
  auto pairs = [&](const char* what, uint64_t count, const std::vector<DiffPair>& ps) {
    if (!count) return;
    line(std::string(what) + " (" + std::to_string(count) + (count > ps.size() ? ", first listed" : "") + "):");
    for (const DiffPair& p : ps) line("  A " + eventText(p.a) + "  B " + eventText(p.b));
  };
  list("only in A", d.onlyInACount, d.onlyInA);
  list("only in B", d.onlyInBCount, d.onlyInB);
  pairs("other bytes under the same id", d.bytesDifferCount, d.bytesDiffer);
  pairs("visible on one side only", d.visibilityDiffersCount, d.visibilityDiffers);
  pairs("renumbered", d.renumberedCount, d.renumbered);
  return s;
}

std::string storeDiffJson(const StoreDiff& d) {
  JsonWriter w;
  w.beginObject();
  w.field("identical", d.identical());
  w.field("events_a", d.eventsA);
  w.field("events_b", d.eventsB);
  w.field("only_in_a_count", d.onlyInACount);
  w.field("only_in_b_count", d.onlyInBCount);
  w.field("bytes_differ_count", d.bytesDifferCount);
  w.field("visibility_differs_count", d.visibilityDiffersCount);
  w.field("renumbered_count", d.renumberedCount);
  w.key("entities");
  w.beginArray();
  for (const EntityDiff& e : d.entities) {
    w.beginObject();
    w.field("entity", e.entity);
    w.field("verdict", entityVerdictName(e.verdict));
    w.field("events_a", e.eventsA);
    w.field("events_b", e.eventsB);
    w.field("common_prefix", e.commonPrefix);
    if (!e.difference.empty()) w.field("difference", e.difference);
    w.key("a");
    if (e.a) eventJson(w, *e.a);
    else w.null();
    w.key("b");
    if (e.b) eventJson(w, *e.b);
    else w.null();
    w.endObject();
  }
  w.endArray();
  w.key("only_in_a");
  w.beginArray();
  for (const DiffEvent& e : d.onlyInA) eventJson(w, e);
  w.endArray();
  w.key("only_in_b");
  w.beginArray();
  for (const DiffEvent& e : d.onlyInB) eventJson(w, e);
  w.endArray();
  pairsJson(w, "bytes_differ", d.bytesDiffer);
  pairsJson(w, "visibility_differs", d.visibilityDiffers);
  pairsJson(w, "renumbered", d.renumbered);
  w.field("elapsed_ms", d.elapsedMs);
  w.endObject();
  return w.take() + "\n";
}

}  // namespace batscope
