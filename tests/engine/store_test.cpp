// The writer (store.h) end to end: what it acknowledges is exactly what every restore path
// reads back; its bytes are batpak's (frames, headers, footers, snapshots re-encode
// identically, fixture frames are reproduced); the demo generator is deterministic; bad
// input and a held lock change nothing on disk; a full disk returns an error and keeps every
// acknowledged event. Full disks and crashes are store_crash_test.cpp's.
#include "store_test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// Every entry of a directory (hidden ones too) -> SHA-256 of its bytes.
QMap<QString, QByteArray> checksums(const QString& dir) {
  QMap<QString, QByteArray> out;
  for (const QString& name : QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
    QFile f(dir + "/" + name);
    if (!f.open(QIODevice::ReadOnly)) { out[name] = "unreadable"; continue; }
    out[name] = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
  }
  return out;
}

// Every file of a directory with its full bytes.
QMap<QString, QByteArray> contents(const QString& dir) {
  QMap<QString, QByteArray> out;
  for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System)) out[name] = readBytes(dir + "/" + name);
  return out;
}

// "" when both directories hold the same files with the same bytes.
QString diffDirs(const QMap<QString, QByteArray>& a, const QMap<QString, QByteArray>& b) {
  if (a.keys() != b.keys()) return "file lists differ: " + a.keys().join(",") + " vs " + b.keys().join(",");
  for (auto it = a.begin(); it != a.end(); ++it) {
    const QString d = diffBytes(it.value(), b.value(it.key()));
    if (!d.isEmpty()) return it.key() + " " + d;
  }
  return {};
}

// ── A model of what the writer must have written (FORMAT.md §4, §6, §11.2) ──────────────

struct ModelEvent {
  AppendReceipt receipt;
  std::string entity, scope;
  uint16_t kind = 0;
  std::vector<uint8_t> payload;
  Id128 correlation;
  std::optional<Id128> causation;
  uint8_t flags = 0;
  int64_t tsUs = 0;
  uint64_t wallMs = 0;
  uint32_t clock = 0;
  Hash32 prev{}, hash{};
  bool cancelled = false;
};

struct Model {
  std::vector<ModelEvent> events;                   // in global-sequence order, hidden included
  std::map<std::string, size_t> head;               // chain head per entity
  std::unordered_map<std::string, size_t> byId;     // event id -> events[]
  bool fenceOpen = false;
  uint64_t fenceStart = 0;
  std::vector<size_t> fenced;
  std::vector<SequenceRange> cancelledRanges;
  uint64_t next = 0;

  bool visibleNow(size_t i) const {
    const ModelEvent& e = events[i];
    if (e.cancelled) return false;
    return !(fenceOpen && e.receipt.globalSequence >= fenceStart);
  }
  // §11.2: the chain head counts only if visible; else genesis, clock 0, no wall clamp.
  void place(const std::string& entity, int64_t tsUs, ModelEvent& e) const {
    e.wallMs = uint64_t(tsUs / 1000);
    e.clock = 0;
    e.prev.fill(0);
    auto it = head.find(entity);
    if (it == head.end() || !visibleNow(it->second)) return;
    const ModelEvent& h = events[it->second];
    e.wallMs = std::max(e.wallMs, h.wallMs);
    e.clock = h.clock + 1;
    e.prev = h.hash;
  }
  void add(ModelEvent e) {
    const size_t i = events.size();
    head[e.entity] = i;
    byId[key(e.receipt.eventId)] = i;
    if (fenceOpen) fenced.push_back(i);
    events.push_back(std::move(e));
    ++next;
  }
  // After a reopen the head is the last entry in stream order (wall_ms, clock, event_id),
  // hidden entries included.
  void reopened() {
    fenceOpen = false;
    head.clear();
    for (size_t i = 0; i < events.size(); ++i) {
      auto [it, added] = head.emplace(events[i].entity, i);
      if (added) continue;
      const ModelEvent& a = events[i];
      const ModelEvent& b = events[it->second];
      if (std::tie(b.wallMs, b.clock, b.receipt.eventId) < std::tie(a.wallMs, a.clock, a.receipt.eventId)) it->second = i;
    }
  }
  std::vector<uint64_t> hidden() const {
    std::vector<uint64_t> out;
    for (const ModelEvent& e : events)
      if (e.cancelled) out.push_back(e.receipt.globalSequence);
    return out;
  }
  // What verifyChains counts as restarts: a zero prev_hash after an entity's first link.
  uint64_t restarts() const {
    std::set<std::string> seen;
    uint64_t n = 0;
    for (const ModelEvent& e : events) {
      if (!seen.insert(e.entity).second && isZero(e.prev)) ++n;
    }
    return n;
  }
  size_t lastByGs(const std::string& entity) const {
    size_t last = SIZE_MAX;
    for (size_t i = 0; i < events.size(); ++i)
      if (events[i].entity == entity) last = i;
    return last;
  }
};

// Drives a Store and the model side by side.
struct Session {
  Store* store = nullptr;
  Model* m = nullptr;
  int64_t* now = nullptr;

  void single(const std::string& entity, const std::string& scope, uint16_t kind, const std::vector<uint8_t>& payload,
              const AppendOptions& o = {}) {
    if (o.idempotencyKey) {
      auto it = m->byId.find(key(*o.idempotencyKey));
      if (it != m->byId.end()) {  // a repeat: the first receipt, nothing written
        const ModelEvent& first = m->events[it->second];
        const uint64_t before = store->nextGlobalSequence();
        auto r = store->append(entity, scope, kind, payload, o);
        QVERIFY2(r, why(r));
        QVERIFY(r->eventId == first.receipt.eventId);
        QCOMPARE(r->globalSequence, first.receipt.globalSequence);
        QVERIFY(r->pos == first.receipt.pos);
        QCOMPARE(store->nextGlobalSequence(), before);
        return;
      }
    }
    ModelEvent e;
    e.entity = entity;
    e.scope = scope;
    e.kind = kind;
    e.payload = payload;
    e.causation = o.causationId;
    e.flags = o.flags;
    e.tsUs = *now;
    m->place(entity, *now, e);
    e.hash = blake3(payload.data(), payload.size());
    auto r = store->append(entity, scope, kind, payload, o);
    QVERIFY2(r, why(r));
    QCOMPARE(r->globalSequence, m->next);
    QCOMPARE(store->nextGlobalSequence(), m->next + 1);
    if (o.idempotencyKey) QVERIFY(r->eventId == *o.idempotencyKey);
    e.receipt = *r;
    e.correlation = o.correlationId.value_or(r->eventId);
    m->add(std::move(e));
  }

  void batch(const std::vector<BatchItem>& items) {
    std::vector<ModelEvent> pending;
    std::map<std::string, size_t> local;  // the chain inside the batch
    for (const BatchItem& it : items) {
      ModelEvent e;
      e.entity = it.entity;
      e.scope = it.scope;
      e.kind = it.kind;
      e.payload = it.payload;
      e.tsUs = *now;
      auto li = local.find(it.entity);
      if (li != local.end()) {
        const ModelEvent& p = pending[li->second];
        e.wallMs = std::max(uint64_t(*now / 1000), p.wallMs);
        e.clock = p.clock + 1;
        e.prev = p.hash;
      } else {
        m->place(it.entity, *now, e);
      }
      e.hash = blake3(it.payload.data(), it.payload.size());
      local[it.entity] = pending.size();
      pending.push_back(std::move(e));
    }
    auto r = store->appendBatch(items);
    QVERIFY2(r, why(r));
    QCOMPARE(r->size(), items.size());
    for (size_t i = 0; i < items.size(); ++i) {
      ModelEvent e = pending[i];
      e.receipt = (*r)[i];
      QCOMPARE(e.receipt.globalSequence, m->next);
      e.correlation = items[i].correlationId.value_or(e.receipt.eventId);
      if (items[i].causedByItem) e.causation = (*r)[*items[i].causedByItem].eventId;
      else e.causation = items[i].causationId;
      m->add(std::move(e));
    }
  }

  void beginFence() {
    QVERIFY(store->beginFence());
    m->fenceOpen = true;
    m->fenceStart = m->next;
    m->fenced.clear();
  }
  void commitFence() {
    QVERIFY(store->commitFence());
    m->fenceOpen = false;
  }
  void cancelFence() {
    QVERIFY(store->cancelFence());
    for (size_t i : m->fenced) m->events[i].cancelled = true;
    if (!m->fenced.empty())
      m->cancelledRanges.push_back(SequenceRange{m->events[m->fenced.front()].receipt.globalSequence,
                                                 m->events[m->fenced.back()].receipt.globalSequence + 1});
    m->fenceOpen = false;
  }
};


constexpr int64_t kT0 = 1767225600000000;  // 2026-01-01T00:00:00Z in µs
const std::string kLongEntity = "big:" + std::string(1020, 'x');  // exactly 1024 bytes: valid
const std::string kLongScope = std::string(1024, 's');

Id128 fixedId(uint8_t tag) {
  Id128 id;
  for (int i = 0; i < 16; ++i) id.bytes[i] = uint8_t(0x10 * tag + i);
  id.bytes[6] = 0x70 | (tag & 0x0f);
  return id;
}

// The round-trip script: singles with every option, batches (causedByItem and absolute
// causation, repeated entities), clock skew, a committed and a cancelled fence, idempotent
// repeats, tiny segments so the store rotates many times.
void writeScript(const std::string& dir, StoreConfig cfg, Model& m, int64_t& now) {
  now = kT0;
  cfg.clockUs = [&now] { return now; };
  cfg.seed = 1234;
  cfg.segmentMaxBytes = 2048;
  cfg.syncEveryNEvents = 3;
  auto s = Store::open(dir, cfg);
  QVERIFY2(s, why(s));
  Session w{s->get(), &m, &now};
  auto tick = [&] { now += 1500; };
  const std::vector<std::string> entities = {"order:1", "order:2", "user:alice", "account:7", kLongEntity, "ünïcödé:1"};
  const std::vector<std::string> scopes = {"acme", "globex", "s", kLongScope};
  const std::vector<uint16_t> kinds = {0x1000, 0x1001, 0x2005, 0xC0DE, 0xE001, 0xF0FF, 0x1FFF};
  const std::vector<uint8_t> flagValues = {0, 0x01, 0x02, 0x08, 0x84};
  const size_t sizes[] = {0, 3, 40, 200, 700, 1800, 90};

  // Singles.
  for (int i = 0; i < 14; ++i) {
    tick();
    AppendOptions o;
    o.flags = flagValues[i % flagValues.size()];
    if (i >= 3 && i % 3 == 0) {
      const ModelEvent& cause = m.events[m.events.size() - 2];
      o.causationId = cause.receipt.eventId;
      o.correlationId = cause.correlation;
    }
    if (i == 5) o.idempotencyKey = fixedId(1);
    if (i == 9) o.correlationId = fixedId(9);  // a correlation that is no event
    const std::vector<uint8_t> payload =
        i == 2 ? std::vector<uint8_t>{} : payloadOf(uint64_t(i), sizes[i % 7]);
    CHECKED(w.single(entities[i % entities.size()], scopes[i % scopes.size()], kinds[i % kinds.size()], payload, o));
  }
  // Idempotent repeat in the same session (different arguments: the first receipt wins).
  tick();
  {
    AppendOptions o;
    o.idempotencyKey = fixedId(1);
    CHECKED(w.single("order:1", "acme", 0x1000, payloadOf(999, 5), o));
  }
  // Batches.
  tick();
  {
    std::vector<BatchItem> b = {item("order:1", "acme", 0x1001, payloadOf(100, 50)),
                                item("order:1", "acme", 0x1002, payloadOf(101, 60)),
                                item("user:alice", "globex", 0x2001, payloadOf(102, 70))};
    b[0].causationId = m.events[3].receipt.eventId;  // absolute causation
    b[1].causedByItem = 0;
    b[2].causedByItem = 1;
    b[2].correlationId = fixedId(2);
    CHECKED(w.batch(b));
  }
  tick();
  CHECKED(w.batch({item("account:7", "s", 0xE001, payloadOf(110, 0))}));  // a batch of one
  // The clock goes back 10 s: wall_ms is clamped per entity, new entities take the clock.
  now -= 10'000'000;
  CHECKED(w.single("order:1", "acme", 0x1000, payloadOf(120, 10)));
  CHECKED(w.single("late:1", "acme", 0x1000, payloadOf(121, 10)));
  now += 20'000'000;
  // A committed fence: the second fenced append on an entity finds a hidden head (restart).
  tick();
  CHECKED(w.beginFence());
  CHECKED(w.single("order:2", "acme", 0x1003, payloadOf(130, 30)));
  tick();
  CHECKED(w.single("order:2", "acme", 0x1003, payloadOf(131, 30)));
  tick();
  CHECKED(w.batch({item("account:7", "s", 0xE002, payloadOf(132, 20)), item("account:7", "s", 0xE002, payloadOf(133, 20))}));
  CHECKED(w.commitFence());
  // A cancelled fence: its events stay on disk, hidden (visibility_ranges.fbv).
  tick();
  CHECKED(w.beginFence());
  CHECKED(w.single("user:alice", "globex", 0x2002, payloadOf(140, 40)));
  tick();
  CHECKED(w.batch({item("user:alice", "globex", 0x2003, payloadOf(141, 40)), item("ghost:1", "globex", 0x2003, payloadOf(142, 40))}));
  tick();
  CHECKED(w.single("ghost:2", "globex", 0x2004, payloadOf(143, 40)));
  CHECKED(w.cancelFence());
  tick();
  CHECKED(w.single("user:alice", "globex", 0x2005, payloadOf(150, 40)));  // restart after the hidden head
  tick();
  CHECKED(w.single("order:1", "acme", 0x1000, payloadOf(151, 40)));
  // A random tail: many rotations.
  std::mt19937 rng(99);
  for (int op = 0; op < 60; ++op) {
    tick();
    if (rng() % 4 == 0) {
      std::vector<BatchItem> b;
      const size_t n = 2 + rng() % 4;
      for (size_t i = 0; i < n; ++i) {
        const std::string& e = (i > 0 && rng() % 2) ? b.back().entity : entities[rng() % entities.size()];
        b.push_back(item(e, scopes[rng() % scopes.size()], kinds[rng() % kinds.size()], payloadOf(200 + op * 10 + i, rng() % 300)));
        if (i > 0 && rng() % 2) b.back().causedByItem = uint32_t(rng() % i);
        if (rng() % 5 == 0) b.back().causationId = m.events[rng() % m.events.size()].receipt.eventId;
      }
      CHECKED(w.batch(b));
    } else {
      AppendOptions o;
      o.flags = flagValues[rng() % flagValues.size()];
      if (rng() % 3 == 0) {
        const ModelEvent& cause = m.events[rng() % m.events.size()];
        o.causationId = cause.receipt.eventId;
        o.correlationId = cause.correlation;
      }
      CHECKED(w.single(entities[rng() % entities.size()], scopes[rng() % scopes.size()], kinds[rng() % kinds.size()],
                       payloadOf(200 + op * 10, rng() % 900), o));
    }
  }
  QVERIFY2((*s)->activeSegmentId() > 10, "the script must rotate many times");
  const Status c = (*s)->close();
  QVERIFY2(c, why(c));
}

// The script written twice with the same seed and clock, so that the segments are identical:
// into mmap/ with the default config (close writes index.fbati) and into ckpt/ with the mmap
// index off (close writes index.ckpt instead).
struct MmapAndCheckpointStores {
  std::string mmapDir, ckptDir;
  Model mmap, ckpt;
  int64_t mmapNow = 0, ckptNow = 0;
};
void writeMmapAndCheckpointStores(QTemporaryDir& tmp, MmapAndCheckpointStores& out) {
  out.mmapDir = tmp.filePath("mmap").toStdString();
  out.ckptDir = tmp.filePath("ckpt").toStdString();
  CHECKED(writeScript(out.mmapDir, StoreConfig{}, out.mmap, out.mmapNow));
  StoreConfig ckpt;
  ckpt.enableMmapIndex = false;
  writeScript(out.ckptDir, ckpt, out.ckpt, out.ckptNow);
}

// ── Checking a directory against the model on one restore path ──────────────────────────

struct PathCase {
  const char* name;
  RestorePathChoice choice;
  OpenIndexPath path;
  RestoreSource source;
};

void checkEntry(const Index& idx, uint32_t row, const ModelEvent& e, const QString& ctx) {
  const QString at = ctx + QString(" gs %1 (%2)").arg(e.receipt.globalSequence).arg(hx(e.receipt.eventId));
  const IndexEntry& x = idx.entry(row);
  QVERIFY2(idx.eventId(row) == e.receipt.eventId, qPrintable(at + " event id"));
  QVERIFY2(x.globalSequence == e.receipt.globalSequence, qPrintable(at + QString(" global sequence %1").arg(x.globalSequence)));
  QVERIFY2(idx.entity(row) == e.entity, qPrintable(at + " entity"));
  QVERIFY2(idx.scope(row) == e.scope, qPrintable(at + " scope"));
  QVERIFY2(x.kind == e.kind, qPrintable(at + QString(" kind %1").arg(x.kind, 0, 16)));
  QVERIFY2(x.wallMs == e.wallMs, qPrintable(at + QString(" wall_ms %1 != %2").arg(x.wallMs).arg(e.wallMs)));
  QVERIFY2(x.clock == e.clock, qPrintable(at + QString(" clock %1 != %2").arg(x.clock).arg(e.clock)));
  const HashChain c = idx.hashChain(row);
  QVERIFY2(c.prevHash == e.prev, qPrintable(at + " prev_hash"));
  QVERIFY2(c.eventHash == e.hash, qPrintable(at + " event_hash"));
  QVERIFY2(idx.correlationId(row) == e.correlation, qPrintable(at + " correlation"));
  QVERIFY2(idx.causationId(row) == e.causation, qPrintable(at + " causation"));
  QVERIFY2((FramePos{x.segmentId, x.offset, x.length} == e.receipt.pos),
           qPrintable(at + QString(" disk_pos %1@%2+%3").arg(x.segmentId).arg(x.offset).arg(x.length)));
}

void checkFrame(const DataDir& dir, const ModelEvent& e, const QString& ctx) {
  const QString at = ctx + QString(" gs %1 frame").arg(e.receipt.globalSequence);
  const FrameRead fr = readFrameAtPosition(dir, e.receipt.pos, PayloadMode::Bytes);
  QVERIFY2(fr.ok, qPrintable(at + ": " + QString::fromStdString(fr.error)));
  const EventHeader& h = fr.frame.header;
  QVERIFY2(h.eventId == e.receipt.eventId, qPrintable(at + " event id"));
  QVERIFY2(h.correlationId == e.correlation, qPrintable(at + " correlation"));
  QVERIFY2(h.causationId == e.causation, qPrintable(at + " causation"));
  QVERIFY2(h.timestampUs == e.tsUs, qPrintable(at + QString(" timestamp %1 != %2").arg(h.timestampUs).arg(e.tsUs)));
  QVERIFY2(h.position.wallMs == e.wallMs && h.position.sequence == e.clock && h.position.counter == 0 &&
               h.position.depth == 0 && h.position.lane == 0,
           qPrintable(at + " position"));
  QVERIFY2(h.payloadSize == e.payload.size(), qPrintable(at + " payload_size"));
  QVERIFY2(h.eventKind == e.kind, qPrintable(at + " kind"));
  QVERIFY2(h.flags == e.flags, qPrintable(at + QString(" flags %1 != %2").arg(h.flags).arg(e.flags)));
  QVERIFY2(h.contentHash == e.hash, qPrintable(at + " content_hash"));
  QVERIFY2(fr.frame.hashChain && fr.frame.hashChain->prevHash == e.prev && fr.frame.hashChain->eventHash == e.hash,
           qPrintable(at + " hash_chain"));
  QVERIFY2(fr.frame.entity == e.entity && fr.frame.scope == e.scope, qPrintable(at + " coordinate"));
  QVERIFY2(fr.frame.payloadForm == PayloadForm::ByteArray, qPrintable(at + " payload form"));
  QVERIFY2(fr.payload == e.payload, qPrintable(at + " payload bytes"));
}

void checkStore(const std::string& dir, const Model& m, const PathCase& p) {
  const QString ctx = QString::fromLatin1(p.name);
  auto d = DataDir::open(dir);
  QVERIFY2(d, why(d));
  RestoreOptions ro;
  ro.path = p.choice;
  auto r = restoreIndex(*d, ro);
  QVERIFY2(r, qPrintable(ctx + ": " + why(r)));
  QVERIFY2(r->report.path == p.path, qPrintable(ctx + ": path " + openIndexPathName(r->report.path)));
  QVERIFY2(r->report.source == p.source, qPrintable(ctx + ": source " + restoreSourceName(r->report.source)));
  for (const Finding& f : r->findings)
    QVERIFY2(f.severity == Finding::Severity::Info, qPrintable(ctx + ": " + QString::fromStdString(f.toString())));
  QVERIFY(!r->endedInsideBatch);
  const Index& idx = *r->index;
  QCOMPARE(idx.allocator(), m.next);
  QCOMPARE(uint64_t(idx.entryCount()), uint64_t(m.events.size()));

  std::vector<size_t> visible;
  for (size_t i = 0; i < m.events.size(); ++i)
    if (!m.events[i].cancelled) visible.push_back(i);
  QCOMPARE(idx.visibleRows().size(), visible.size());
  for (size_t k = 0; k < visible.size(); ++k) CHECKED(checkEntry(idx, idx.visibleRows()[k], m.events[visible[k]], ctx));
  QCOMPARE(idx.hiddenSequences(), m.hidden());
  QVERIFY(!m.hidden().empty());
  for (const ModelEvent& e : m.events) {
    const uint32_t row = idx.findById(e.receipt.eventId);
    QVERIFY2(row != Index::kNoRow, qPrintable(ctx + " lost " + hx(e.receipt.eventId)));
    QCOMPARE(idx.isVisible(row), !e.cancelled);
    CHECKED(checkEntry(idx, row, e, ctx));
    CHECKED(checkFrame(**d, e, ctx));
  }

  auto truth = buildTrueView(*d);
  QVERIFY2(truth, why(truth));
  QCOMPARE(truth->index->visibleRows().size(), visible.size());
  QCOMPARE(truth->index->hiddenSequences(), m.hidden());
  const CrossCheckResult cc = crossCheck(**d, idx, *truth->index);
  QVERIFY2(cc.discrepancies == 0,
           qPrintable(ctx + ": " + QString::fromStdString(cc.findings.empty() ? "" : cc.findings.front().toString())));
  QCOMPARE(cc.entriesChecked, uint64_t(m.events.size()));
  const ChainReport chains = verifyChains(**d, idx, *truth->index);
  uint64_t restarts = 0;
  for (const EntityChain& c : chains.entities) {
    QVERIFY2(c.status == EntityChain::Status::Verified,
             qPrintable(ctx + " chain of " + QString::fromStdString(c.entity) + ": " +
                        QString::fromStdString(c.firstBreak ? c.firstBreak->reason : std::string("unhashed"))));
    restarts += c.restarts;
  }
  QCOMPARE(chains.links, uint64_t(m.events.size()));
  QCOMPARE(restarts, m.restarts());
}

QString hiddenJson(const Model& m) {
  QStringList parts;
  for (uint64_t s : m.hidden()) parts << QString::number(s);
  return "\"hidden_global_sequences\":[" + parts.join(",") + "]";
}

// Every restore path of a directory: the same visible events as the model, and the same
// dumped events array.
void checkAllPaths(const std::string& dir, const Model& m, bool checkpointArtifact) {
  const OpenIndexPath snapPath = checkpointArtifact ? OpenIndexPath::Checkpoint : OpenIndexPath::Mmap;
  const RestoreSource snapSource = checkpointArtifact ? RestoreSource::Checkpoint : RestoreSource::MmapSnapshot;
  const PathCase cases[] = {
      {"default (mmap)", RestorePathChoice::Mmap, snapPath, snapSource},
      {"checkpoint", RestorePathChoice::Checkpoint, checkpointArtifact ? OpenIndexPath::Checkpoint : OpenIndexPath::Rebuild,
       checkpointArtifact ? RestoreSource::Checkpoint : RestoreSource::SealedSidxRebuild},
      {"rebuild", RestorePathChoice::Rebuild, OpenIndexPath::Rebuild, RestoreSource::SealedSidxRebuild},
      {"scan", RestorePathChoice::Scan, OpenIndexPath::Rebuild, RestoreSource::FrameScanFallback},
  };
  QString base;
  for (const PathCase& p : cases) {
    CHECKED(checkStore(dir, m, p));
    const std::string dump = dumpInProcess(dir, p.choice, false);
    QVERIFY2(QString::fromStdString(dump).contains(hiddenJson(m)), p.name);
    const QString events = eventsOf(dump);
    QVERIFY(!events.isEmpty());
    if (base.isEmpty()) base = events;
    QVERIFY2(events == base, p.name);
    QCOMPARE(eventsOf(dumpInProcess(dir, p.choice, true)), base);  // the true view agrees
  }
}

// ── Structural identity of what the writer wrote ────────────────────────────────────────

std::vector<uint8_t> expectedSegmentHeader(uint64_t id, const uint8_t createdNsBE[8]) {
  std::vector<uint8_t> h = {'F', 'B', 'A', 'T', 0, 0, 0, 49, 0x84, 0xa7};
  for (char c : std::string("version")) h.push_back(uint8_t(c));
  h.push_back(0x01);
  h.push_back(0xa5);
  for (char c : std::string("flags")) h.push_back(uint8_t(c));
  h.push_back(0x00);
  h.push_back(0xaa);
  for (char c : std::string("created_ns")) h.push_back(uint8_t(c));
  h.push_back(0xcf);
  h.insert(h.end(), createdNsBE, createdNsBE + 8);
  h.push_back(0xaa);
  for (char c : std::string("segment_id")) h.push_back(uint8_t(c));
  h.push_back(uint8_t(id));
  return h;
}

void checkSegments(const std::string& dir, const Model& m) {
  auto d = DataDir::open(dir);
  QVERIFY2(d, why(d));
  QVERIFY((*d)->segments().size() > 10);
  size_t eventFrames = 0;
  int64_t lastCreated = 0;
  uint64_t expectId = 1;
  for (const SegmentFile& seg : (*d)->segments()) {
    const QString name = QString::fromStdString(seg.name);
    QCOMPARE(seg.id, expectId++);  // ids are dense: one per rotation / open
    const QByteArray bytes = readBytes(QString::fromStdString(seg.path));
    const uint8_t* data = u8(bytes);
    const uint64_t size = uint64_t(bytes.size());
    auto hdr = parseSegmentHeader(data, size, seg.name);
    QVERIFY2(hdr, why(hdr));
    QCOMPARE(hdr->headerLen, uint64_t(49));
    QCOMPARE(hdr->framesStart, uint64_t(57));
    QCOMPARE(hdr->header.segmentId, seg.id);
    QCOMPARE(hdr->header.version, uint64_t(1));
    QCOMPARE(hdr->header.flags, uint64_t(0));
    QVERIFY2(hdr->header.createdNs % 1000 == 0 && hdr->header.createdNs >= lastCreated && hdr->header.createdNs >= kT0 * 1000,
             qPrintable(name + " created_ns"));
    lastCreated = hdr->header.createdNs;
    // FORMAT.md §2.2: map of 4, keys version, flags, created_ns, segment_id in this order.
    COMPARE_BYTES(bytes.left(57), qb(expectedSegmentHeader(seg.id, data + 37)), name + " header");
    COMPARE_BYTES(bytes.left(57), qb(encodeSegmentHeader(hdr->header)), name + " header re-encoded");

    // Sealed: a valid SIDX footer.
    auto footer = readSidxFooter(data, size, seg.name);
    QVERIFY2(footer && footer->present, qPrintable(name + " has no valid SIDX footer: " + why(footer)));
    const uint64_t S = footer->footer.trailer.stringTableOffset;

    struct Walked { uint64_t off; uint32_t len; DecodedFrame f; std::vector<uint8_t> p; };
    std::vector<Walked> items;
    bool inBatch = false;
    uint32_t declared = 0, seen = 0;
    uint64_t batchId = 0;
    uint64_t off = 57;
    while (off < S) {
      RawFrame raw;
      const FrameStatus st = readFrameAt(data, S, off, raw);
      QVERIFY2(st == FrameStatus::Ok, qPrintable(QString("%1 @%2: %3").arg(name).arg(off).arg(frameStatusText(st))));
      DecodedFrame f;
      FrameDecodeError err;
      QVERIFY2(decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Bytes, f, err),
               qPrintable(QString("%1 @%2: %3").arg(name).arg(off).arg(QString::fromStdString(err.message))));
      const std::vector<uint8_t> p = payloadBytes(raw.body, f);
      const QByteArray original = bytes.mid(qsizetype(off), qsizetype(raw.frameLen()));
      COMPARE_BYTES(qb(encodeFrame(f.header, f.hashChain, p.data(), p.size(), f.entity, f.scope)), original,
                    QString("%1 frame @%2").arg(name).arg(off));
      const uint16_t kind = f.header.eventKind;
      if (isBatchMarkerKind(kind)) {
        QVERIFY(!f.hashChain);
        QVERIFY(f.entity == kBatchMarkerEntity && f.scope == kBatchMarkerScope);
        uint64_t id = 0;
        for (int i = 8; i < 16; ++i) id = (id << 8) | f.header.eventId.bytes[i];
        const EventHeader h = batchMarkerHeader(kind, id, f.header.timestampUs, f.header.payloadSize);
        COMPARE_BYTES(qb(encodeFrame(h, std::nullopt, nullptr, 0, kBatchMarkerEntity, kBatchMarkerScope)), original,
                      QString("%1 marker @%2").arg(name).arg(off));
        if (kind == kKindBatchBegin) {
          QVERIFY2(!inBatch, qPrintable(QString("%1 @%2: BEGIN inside a batch").arg(name).arg(off)));
          inBatch = true;
          declared = f.header.payloadSize;
          seen = 0;
          batchId = id;
        } else {
          QVERIFY2(inBatch, qPrintable(QString("%1 @%2: orphan COMMIT").arg(name).arg(off)));
          QCOMPARE(id, batchId);
          QCOMPARE(f.header.payloadSize, 0u);
          QCOMPARE(seen, declared);
          inBatch = false;
        }
      } else {
        auto it = m.byId.find(key(f.header.eventId));
        QVERIFY2(it != m.byId.end(), qPrintable(QString("%1 @%2: a frame nobody acknowledged").arg(name).arg(off)));
        const ModelEvent& e = m.events[it->second];
        QVERIFY((e.receipt.pos == FramePos{seg.id, off, uint32_t(raw.frameLen())}));
        if (inBatch) {
          if (seen == 0) QCOMPARE(e.receipt.globalSequence, batchId);  // batch id = first item's sequence
          ++seen;
        }
        items.push_back(Walked{off, uint32_t(raw.frameLen()), f, p});
      }
      off += raw.frameLen();
    }
    QCOMPARE(off, S);  // frames tile [57, S)
    QVERIFY2(!inBatch, qPrintable(name + ": a batch straddles a rotation"));

    // The footer lists exactly the event frames, in order, with their global sequences.
    const SidxFooter& sf = footer->footer;
    QCOMPARE(size_t(sf.entryCount()), items.size());
    std::vector<SidxEntryInput> inputs;
    for (uint32_t i = 0; i < sf.entryCount(); ++i) {
      const EntryRecord rec = sf.entry(i, seg.id);
      const Walked& w = items[i];
      const ModelEvent& e = m.events[m.byId.at(key(w.f.header.eventId))];
      QVERIFY(rec.eventId == w.f.header.eventId);
      QVERIFY(rec.entity == w.f.entity && rec.scope == w.f.scope);
      QCOMPARE(sf.rawKind(i), w.f.header.eventKind);
      QCOMPARE(rec.wallMs, w.f.header.position.wallMs);
      QCOMPARE(rec.clock, w.f.header.position.sequence);
      QVERIFY(rec.chain.prevHash == w.f.hashChain->prevHash && rec.chain.eventHash == w.f.hashChain->eventHash);
      QCOMPARE(rec.offset, w.off);
      QCOMPARE(rec.length, w.len);
      QCOMPARE(*rec.globalSequence, e.receipt.globalSequence);
      QVERIFY(rec.correlationId == w.f.header.correlationId);
      QVERIFY(rec.causationId == w.f.header.causationId);
      inputs.push_back(SidxEntryInput{w.f.header.eventId, std::string(w.f.entity), std::string(w.f.scope),
                                      w.f.header.eventKind, w.f.header.position.wallMs, w.f.header.position.sequence,
                                      *w.f.hashChain, w.off, w.len, e.receipt.globalSequence, w.f.header.correlationId,
                                      w.f.header.causationId});
    }
    COMPARE_BYTES(qb(encodeSidxFooter(S, inputs)), bytes.mid(qsizetype(S)), name + " SIDX footer");
    eventFrames += items.size();
  }
  QCOMPARE(eventFrames, m.events.size());
}

// index.fbati / index.ckpt decode and re-encode to the same bytes, and say what the model says.
void checkArtifact(const std::string& dir, bool mmap, const Model& m) {
  const QString name = mmap ? "index.fbati" : "index.ckpt";
  const QString path = QString::fromStdString(dir) + "/" + name;
  QVERIFY2(QFile::exists(path), qPrintable(name + " missing"));
  QVERIFY(!QFile::exists(QString::fromStdString(dir) + "/" + (mmap ? "index.ckpt" : "index.fbati")));
  const QByteArray bytes = readBytes(path);
  FileSystem& fs = FileSystem::posix();
  const SnapshotLoad load = mmap ? loadMmapSnapshot(fs, dir) : loadCheckpoint(fs, dir);
  QVERIFY2(load.snapshot, qPrintable(name + ": " + QString::fromStdString(load.rejection.error.toString())));
  const LoadedSnapshot& snap = *load.snapshot;
  QCOMPARE(snap.version, uint16_t(mmap ? 2 : 3));
  auto d = DataDir::open(dir);
  QVERIFY(d);
  const SegmentFile& last = (*d)->segments().back();
  QCOMPARE(snap.watermarkSegmentId, last.id);
  QCOMPARE(snap.watermarkOffset, last.size);
  QCOMPARE(snap.storedAllocator, m.next);
  QCOMPARE(snap.entryCount(), m.events.size());

  SnapshotContent c;
  c.watermarkSegmentId = snap.watermarkSegmentId;
  c.watermarkOffset = snap.watermarkOffset;
  c.allocator = snap.storedAllocator;
  c.interner = snap.interner;
  QVERIFY(!c.interner.empty() && c.interner[0].empty());
  std::unordered_map<std::string, uint32_t> ids;
  for (uint32_t i = 0; i < c.interner.size(); ++i) QVERIFY(ids.emplace(c.interner[i], i).second);
  for (size_t i = 0; i < snap.entryCount(); ++i) {
    const EntryRecord r = snap.entry(i);
    const ModelEvent& e = m.events[i];  // entries are written in global-sequence order
    QVERIFY(r.eventId == e.receipt.eventId);
    QCOMPARE(*r.globalSequence, e.receipt.globalSequence);
    QVERIFY((FramePos{r.segmentId, r.offset, r.length} == e.receipt.pos));
    SnapshotEntryInput x;
    x.eventId = r.eventId;
    x.correlationId = r.correlationId;
    x.causationId = r.causationId;
    x.entity = std::string(r.entity);
    x.scope = std::string(r.scope);
    x.entityId = ids.at(x.entity);
    x.scopeId = ids.at(x.scope);
    x.kind = mmap ? loadLE16(snap.file->data() + snap.fbatiEntryOffsets[i] + 24) : r.kind;
    QCOMPARE(x.kind, e.kind);
    x.wallMs = r.wallMs;
    x.clock = r.clock;
    x.chain = r.chain;
    x.segmentId = r.segmentId;
    x.offset = r.offset;
    x.length = r.length;
    x.globalSequence = *r.globalSequence;
    c.entries.push_back(std::move(x));
  }
  COMPARE_BYTES(qb(mmap ? encodeMmapIndex(c) : encodeCheckpoint(c)), bytes, name);
}

void checkVisibilityFile(const std::string& dir, const Model& m) {
  const QByteArray bytes = readBytes(QString::fromStdString(dir) + "/" + kVisibilityRangesFileName);
  QVERIFY(!bytes.isEmpty());
  const VisibilityLoad v = loadVisibilityRanges(FileSystem::posix(), dir);
  QVERIFY(v.present && !v.rejection);
  const std::vector<SequenceRange> expected = normalizeRanges(m.cancelledRanges);
  QCOMPARE(v.ranges.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    QCOMPARE(v.ranges[i].start, expected[i].start);
    QCOMPARE(v.ranges[i].end, expected[i].end);
  }
  COMPARE_BYTES(qb(encodeVisibilityRanges(v.ranges)), bytes, QString("visibility_ranges.fbv"));
}

}  // namespace

class StoreTest : public QObject {
  Q_OBJECT

 private slots:
  // ── 1. Round trip ────────────────────────────────────────────────────────────────────
  void roundTripEveryRestorePath() {
    QTemporaryDir tmp;
    MmapAndCheckpointStores stores;
    CHECKED(writeMmapAndCheckpointStores(tmp, stores));
    const std::string& dirA = stores.mmapDir;
    Model& m = stores.mmap;
    int64_t& now = stores.mmapNow;
    QVERIFY(m.events.size() > 100);
    QVERIFY(m.restarts() >= 2);     // the fenced restart and the one after the cancel
    QCOMPARE(m.hidden().size(), size_t(4));

    // Same seed, same clock: the segments are identical, only the artifact differs.
    const auto a = contents(QString::fromStdString(dirA)), b = contents(QString::fromStdString(stores.ckptDir));
    QVERIFY(a.contains("index.fbati") && !a.contains("index.ckpt"));
    QVERIFY(b.contains("index.ckpt") && !b.contains("index.fbati"));
    QVERIFY(a.contains("visibility_ranges.fbv"));
    auto segs = [](QMap<QString, QByteArray> c) {
      c.remove("index.fbati");
      c.remove("index.ckpt");
      return c;
    };
    const QString sd = diffDirs(segs(a), segs(b));
    QVERIFY2(sd.isEmpty(), qPrintable(sd));

    CHECKED(checkAllPaths(dirA, m, false));
    CHECKED(checkAllPaths(stores.ckptDir, stores.ckpt, true));

    // Without index.fbati the default path rebuilds from the footers.
    const QString dirC = tmp.filePath("no-fbati");
    QVERIFY(copyDataDir(QString::fromStdString(dirA), dirC));
    QVERIFY(QFile::remove(dirC + "/index.fbati"));
    CHECKED(checkStore(dirC.toStdString(), m, {"no index.fbati", RestorePathChoice::Mmap, OpenIndexPath::Rebuild,
                                               RestoreSource::SealedSidxRebuild}));

    // Reopen for writing: a new segment max+1, chains continue, idempotency survives.
    auto before = DataDir::open(dirA);
    QVERIFY(before);
    const uint64_t maxSeg = (*before)->segments().back().id;
    m.reopened();
    now += 60'000'000;
    StoreConfig cfg;
    cfg.clockUs = [&now] { return now; };
    cfg.seed = 4321;
    cfg.segmentMaxBytes = 2048;
    auto s = Store::open(dirA, cfg);
    QVERIFY2(s, why(s));
    QCOMPARE((*s)->activeSegmentId(), maxSeg + 1);
    QCOMPARE((*s)->nextGlobalSequence(), m.next);
    const QString newSeg = QString::fromStdString(dirA + "/" + segmentFileName(maxSeg + 1));
    QVERIFY(QFile::exists(newSeg));
    QCOMPARE(QFileInfo(newSeg).size(), qint64(57));  // header only, nothing else touched
    Session w{s->get(), &m, &now};

    const size_t lastOrder = m.lastByGs("order:1");
    QVERIFY(!m.events[lastOrder].cancelled);
    CHECKED(w.single("order:1", "acme", 0x1000, payloadOf(500, 30)));
    {
      auto d = DataDir::open(dirA);
      QVERIFY(d);
      const FrameRead fr = readFrameAtPosition(**d, m.events.back().receipt.pos, PayloadMode::Bytes);
      QVERIFY2(fr.ok, fr.error.c_str());
      QVERIFY2(fr.frame.hashChain->prevHash == m.events[lastOrder].hash, "prev_hash = event_hash of the entity's last event");
      QCOMPARE(fr.frame.header.position.sequence, m.events[lastOrder].clock + 1);
      QCOMPARE(m.events.back().receipt.pos.segmentId, maxSeg + 1);
    }
    const size_t lastGhost = m.lastByGs("ghost:2");
    QVERIFY(m.events[lastGhost].cancelled);  // its only event is hidden: the chain restarts
    now += 1500;
    CHECKED(w.single("ghost:2", "globex", 0x2004, payloadOf(501, 30)));
    {
      auto d = DataDir::open(dirA);
      QVERIFY(d);
      const FrameRead fr = readFrameAtPosition(**d, m.events.back().receipt.pos, PayloadMode::Bytes);
      QVERIFY2(fr.ok, fr.error.c_str());
      QVERIFY(isZero(fr.frame.hashChain->prevHash));
      QCOMPARE(fr.frame.header.position.sequence, 0u);
    }
    now += 1500;
    {
      AppendOptions o;
      o.idempotencyKey = fixedId(1);  // acknowledged in the previous session
      CHECKED(w.single("x", "y", 0x1000, payloadOf(502, 1), o));
    }
    for (int i = 0; i < 20; ++i) {
      now += 1500;
      CHECKED(w.batch({item("user:alice", "globex", 0x2001, payloadOf(600 + i, 100)),
                       item("order:2", "acme", 0x1001, payloadOf(700 + i, 100))}));
    }
    const Status c = (*s)->close();
    QVERIFY2(c, why(c));
    CHECKED(checkAllPaths(dirA, m, false));
  }

  // ── 2. Structural byte identity ──────────────────────────────────────────────────────
  void writtenBytesAreBatpaksBytes() {
    QTemporaryDir tmp;
    MmapAndCheckpointStores stores;
    CHECKED(writeMmapAndCheckpointStores(tmp, stores));
    CHECKED(checkSegments(stores.mmapDir, stores.mmap));
    CHECKED(checkArtifact(stores.mmapDir, true, stores.mmap));
    CHECKED(checkArtifact(stores.ckptDir, false, stores.ckpt));
    CHECKED(checkVisibilityFile(stores.mmapDir, stores.mmap));
  }

  // A fixture frame, appended with the fixture's id, clock and payload, comes out byte for
  // byte as batpak wrote it; a batch item does too once its random id is substituted.
  void fixtureFramesAreReproduced() {
    for (const char* fixture : {"tiny", "batches"}) {
      const QByteArray fx = readBytes(fixtureData(fixture) + "/000001.fbat");
      QVERIFY2(!fx.isEmpty(), fixture);
      auto fh = parseSegmentHeader(u8(fx), uint64_t(fx.size()), "000001.fbat");
      QVERIFY(fh);
      QCOMPARE(fh->framesStart, uint64_t(57));
      struct Fr { RawFrame raw; DecodedFrame f; std::vector<uint8_t> p; QByteArray bytes; };
      std::vector<Fr> frames;
      uint64_t off = 57;
      for (int i = 0; i < 4; ++i) {
        Fr x;
        QVERIFY(readFrameAt(u8(fx), uint64_t(fx.size()), off, x.raw) == FrameStatus::Ok);
        FrameDecodeError err;
        QVERIFY(decodeFrameBody(x.raw.body, x.raw.bodyLen, PayloadMode::Bytes, x.f, err));
        x.p = payloadBytes(x.raw.body, x.f);
        x.bytes = fx.mid(qsizetype(off), qsizetype(x.raw.frameLen()));
        off += x.raw.frameLen();
        frames.push_back(std::move(x));
      }
      const EventHeader& h0 = frames[0].f.header;
      QVERIFY(!isBatchMarkerKind(h0.eventKind));
      QVERIFY(isZero(frames[0].f.hashChain->prevHash) && h0.position.sequence == 0);  // genesis: reproducible

      QTemporaryDir tmp;
      const std::string dir = tmp.filePath("d").toStdString();
      int64_t now = fh->header.createdNs / 1000;
      StoreConfig cfg;
      cfg.clockUs = [&now] { return now; };
      cfg.seed = 3;
      auto s = Store::open(dir, cfg);
      QVERIFY2(s, why(s));
      now = h0.timestampUs;
      AppendOptions o;
      o.idempotencyKey = h0.eventId;
      if (h0.correlationId != h0.eventId) o.correlationId = h0.correlationId;
      o.causationId = h0.causationId;
      o.flags = h0.flags;
      auto r0 = (*s)->append(frames[0].f.entity, frames[0].f.scope, h0.eventKind, frames[0].p, o);
      QVERIFY2(r0, why(r0));
      QCOMPARE(r0->pos.offset, uint64_t(57));

      const bool batch = std::string(fixture) == "batches";
      std::optional<AppendReceipt> itemReceipt;
      if (batch) {
        QCOMPARE(frames[1].f.header.eventKind, kKindBatchBegin);
        QCOMPARE(frames[1].f.header.payloadSize, 1u);
        QCOMPARE(frames[3].f.header.eventKind, kKindBatchCommit);
        const DecodedFrame& it = frames[2].f;
        QVERIFY(isZero(it.hashChain->prevHash) && it.header.position.sequence == 0);
        QVERIFY(it.header.causationId && *it.header.causationId == h0.eventId);
        now = it.header.timestampUs;
        BatchItem bi = item(std::string(it.entity), std::string(it.scope), it.header.eventKind, frames[2].p);
        bi.correlationId = it.header.correlationId;
        bi.causationId = it.header.causationId;
        auto rb = (*s)->appendBatch({bi});
        QVERIFY2(rb, why(rb));
        itemReceipt = rb->front();
        QCOMPARE(itemReceipt->pos.offset, frames[2].raw.offset);
        QCOMPARE(itemReceipt->pos.length, uint32_t(frames[2].raw.frameLen()));
      }
      const Status c = (*s)->close();
      QVERIFY2(c, why(c));
      const QByteArray ours = readBytes(QString::fromStdString(dir) + "/000001.fbat");

      // Header: identical but for created_ns (bytes 37..45), which carries our clock.
      QByteArray patched = fx.left(57);
      patched.replace(37, 8, ours.mid(37, 8));
      COMPARE_BYTES(ours.left(57), patched, QString("%1 segment header").arg(fixture));
      // Frame 0: identical, byte for byte.
      COMPARE_BYTES(ours.mid(57, frames[0].bytes.size()), frames[0].bytes, QString("%1 frame 0").arg(fixture));
      if (!batch) continue;
      // Markers: identical once their timestamps are batpak's.
      uint64_t o2 = 57 + uint64_t(frames[0].bytes.size());
      for (int i = 1; i < 4; ++i) {
        RawFrame raw;
        QVERIFY(readFrameAt(u8(ours), uint64_t(ours.size()), o2, raw) == FrameStatus::Ok);
        DecodedFrame f;
        FrameDecodeError err;
        QVERIFY(decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Bytes, f, err));
        const std::vector<uint8_t> p = payloadBytes(raw.body, f);
        EventHeader h = f.header;
        if (i == 2) {
          QVERIFY(h.eventId == itemReceipt->eventId);
          h.eventId = frames[2].f.header.eventId;  // batpak's random UUIDv7
        } else {
          QVERIFY(h.eventId == frames[i].f.header.eventId);  // batch id 1 = the item's sequence
          h.timestampUs = frames[i].f.header.timestampUs;
          h.position.wallMs = frames[i].f.header.position.wallMs;
        }
        COMPARE_BYTES(qb(encodeFrame(h, f.hashChain, p.data(), p.size(), f.entity, f.scope)), frames[i].bytes,
                      QString("batches frame %1").arg(i));
        o2 += raw.frameLen();
      }
    }
  }

  // ── 3. Determinism ───────────────────────────────────────────────────────────────────
  void generatorIsDeterministic() {
    QTemporaryDir tmp;
    GenerateOptions g;
    g.events = 20000;
    g.entities = 12;
    g.scopes = 3;
    g.segmentBytes = 256 << 10;
    g.seed = 7;
    const QString a = tmp.filePath("a"), b = tmp.filePath("b"), c = tmp.filePath("c");
    Status s = generateStore(a.toStdString(), g);
    QVERIFY2(s, why(s));
    s = generateStore(b.toStdString(), g);
    QVERIFY2(s, why(s));
    g.seed = 8;
    s = generateStore(c.toStdString(), g);
    QVERIFY2(s, why(s));
    const auto ca = contents(a);
    QVERIFY(ca.size() > 10);  // rotated: several segments, index.fbati
    QVERIFY(ca.contains("index.fbati"));
    const QString d = diffDirs(ca, contents(b));
    QVERIFY2(d.isEmpty(), qPrintable(d));
    const auto cc = contents(c);
    QVERIFY(cc.value("000001.fbat") != ca.value("000001.fbat"));
    QVERIFY(cc.value("index.fbati") != ca.value("index.fbati"));

    // What it wrote is a sound store of 20000 visible events.
    auto dd = DataDir::open(a.toStdString());
    QVERIFY(dd);
    auto r = restoreIndex(*dd, RestoreOptions{});
    QVERIFY2(r, why(r));
    QVERIFY(r->report.path == OpenIndexPath::Mmap);
    QCOMPARE(r->index->visibleRows().size(), size_t(20000));
    auto truth = buildTrueView(*dd);
    QVERIFY(truth);
    QCOMPARE(crossCheck(**dd, *r->index, *truth->index).discrepancies, uint64_t(0));
    QVERIFY(!verifyChains(**dd, *r->index, *truth->index).anyBroken());

    // The CLI writes the same bytes, twice.
    const QStringList opts = {"--events", "20000", "--entities", "12", "--scopes", "3", "--segment-bytes", "262144", "--seed", "7"};
    const QString c1 = tmp.filePath("cli1"), c2 = tmp.filePath("cli2");
    ProcessResult p1 = runCli(QStringList{"generate", c1} + opts);
    QVERIFY2(p1.exitCode == 0, p1.err.constData());
    ProcessResult p2 = runCli(QStringList{"generate", c2} + opts);
    QVERIFY2(p2.exitCode == 0, p2.err.constData());
    const auto cli1 = contents(c1);
    QString d2 = diffDirs(cli1, contents(c2));
    QVERIFY2(d2.isEmpty(), qPrintable(d2));
    d2 = diffDirs(cli1, ca);
    QVERIFY2(d2.isEmpty(), qPrintable("CLI vs in-process: " + d2));
    // It refuses a non-empty directory and leaves it alone.
    const auto sums = checksums(c1);
    ProcessResult p3 = runCli(QStringList{"generate", c1} + opts);
    QCOMPARE(p3.exitCode, 2);
    QVERIFY2(p3.err.contains("non-empty"), p3.err.constData());
    QCOMPARE(checksums(c1), sums);
  }

  // ── 4. Bad input changes nothing ─────────────────────────────────────────────────────
  void badInputIsRefusedAndChangesNothing() {
    QTemporaryDir tmp;
    const QString dirQ = tmp.filePath("d");
    const std::string dir = dirQ.toStdString();
    StoreConfig cfg;
    cfg.singleAppendMaxBytes = 4096;
    cfg.batchMaxSize = 8;
    cfg.batchMaxBytes = 2048;
    cfg.seed = 11;
    {
      auto s = Store::open(dir, cfg);
      QVERIFY2(s, why(s));
      for (int i = 0; i < 5; ++i) QVERIFY((*s)->append("a", "s", 0x1000, payloadOf(i, 10)));
      QVERIFY((*s)->close());
    }
    auto s = Store::open(dir, cfg);
    QVERIFY2(s, why(s));
    QVERIFY((*s)->append("a", "s", 0x1000, payloadOf(9, 10)));  // this session's segment has a frame too
    const uint64_t next = (*s)->nextGlobalSequence();
    const auto before = checksums(dirQ);
    QVERIFY(before.size() >= 3);

    auto expectError = [&](auto&& result, const char* phrase, const char* what) {
      QVERIFY2(!result, qPrintable(QString("%1: accepted").arg(what)));
      const QString msg = QString::fromStdString(result.error().toString());
      QVERIFY2(result.error().code == Error::Code::InvalidArgument, qPrintable(QString("%1: %2").arg(what, msg)));
      QVERIFY2(msg.contains(phrase), qPrintable(QString("%1: '%2' does not say '%3'").arg(what, msg, phrase)));
      QCOMPARE((*s)->nextGlobalSequence(), next);
      QCOMPARE(checksums(dirQ), before);
    };
    const std::vector<uint8_t> p = payloadOf(1, 10);
    CHECKED(expectError((*s)->append("", "s", 0x1000, p), "invalid coordinate", "empty entity"));
    CHECKED(expectError((*s)->append("a", "", 0x1000, p), "invalid coordinate", "empty scope"));
    CHECKED(expectError((*s)->append(std::string(1025, 'e'), "s", 0x1000, p), "1..1024", "entity of 1025 bytes"));
    CHECKED(expectError((*s)->append("a", std::string(1025, 's'), 0x1000, p), "1..1024", "scope of 1025 bytes"));
    for (uint16_t kind : {0x0000, 0x0001, 0x0006, 0x0007, 0x0FFE, 0x0FFF, 0xD000, 0xD001, 0xDFFF})
      CHECKED(expectError((*s)->append("a", "s", kind, p), "reserved category", qPrintable(QString("kind 0x%1").arg(kind, 4, 16, QChar('0')))));
    CHECKED(expectError((*s)->append("a", "s", 0x1000, std::vector<uint8_t>(4097, 0x01)), "single_append_max_bytes", "payload of 4097 bytes"));
    CHECKED(expectError((*s)->appendBatch({}), "1..8", "empty batch"));
    std::vector<BatchItem> nine(9, item("a", "s", 0x1000, p));
    CHECKED(expectError((*s)->appendBatch(nine), "1..8", "batch of 9"));
    std::vector<BatchItem> heavy = {item("a", "s", 0x1000, std::vector<uint8_t>(1500, 1)), item("b", "s", 0x1000, std::vector<uint8_t>(549, 1))};
    CHECKED(expectError((*s)->appendBatch(heavy), "batch.max_bytes", "batch of 2049 payload bytes"));
    std::vector<BatchItem> forward = {item("a", "s", 0x1000, p), item("b", "s", 0x1000, p)};
    forward[0].causedByItem = 1;
    CHECKED(expectError((*s)->appendBatch(forward), "earlier item", "causedByItem forward"));
    std::vector<BatchItem> self = forward;
    self[0].causedByItem.reset();
    self[1].causedByItem = 1;
    CHECKED(expectError((*s)->appendBatch(self), "earlier item", "causedByItem on itself"));
    std::vector<BatchItem> lateBad = {item("a", "s", 0x1000, p), item("b", "s", 0x1000, p), item("", "s", 0x1000, p)};
    CHECKED(expectError((*s)->appendBatch(lateBad), "item 2", "a batch whose last item is invalid"));
    std::vector<BatchItem> badKind = {item("a", "s", 0x1000, p), item("b", "s", 0xD005, p)};
    CHECKED(expectError((*s)->appendBatch(badKind), "reserved category", "batch item of kind 0xD005"));

    // The limits themselves are accepted, and the store was not poisoned.
    QVERIFY((*s)->append(std::string(1024, 'e'), std::string(1024, 's'), 0x1000, p));
    QVERIFY((*s)->append("a", "s", 0xCFFF, std::vector<uint8_t>(4096, 0x01)));
    QVERIFY((*s)->appendBatch(std::vector<BatchItem>(8, item("a", "s", 0x1000, std::vector<uint8_t>(256, 2)))));
    QVERIFY((*s)->close());
    auto d = DataDir::open(dir);
    QVERIFY(d);
    auto r = restoreIndex(*d, RestoreOptions{});
    QVERIFY(r);
    QCOMPARE(r->index->visibleRows().size(), size_t(6 + 2 + 8));
  }

  void aLockedDirectoryRefusesASecondWriter() {
    QTemporaryDir tmp;
    const QString dirQ = tmp.filePath("d");
    const std::string dir = dirQ.toStdString();
    auto first = Store::open(dir, StoreConfig{});
    QVERIFY2(first, why(first));
    QVERIFY((*first)->append("a", "s", 0x1000, payloadOf(1, 10)));
    const auto before = checksums(dirQ);
    auto second = Store::open(dir, StoreConfig{});  // flock on a second open file description conflicts
    QVERIFY2(!second, "a second writer opened a locked directory");
    QVERIFY2(QString::fromStdString(second.error().toString()).contains("lock"), second.error().toString().c_str());
    QCOMPARE(checksums(dirQ), before);
    QVERIFY((*first)->append("a", "s", 0x1000, payloadOf(2, 10)));  // the first writer is unaffected
    QVERIFY((*first)->close());
    auto third = Store::open(dir, StoreConfig{});
    QVERIFY2(third, why(third));
    QVERIFY((*third)->close());
    // Dropping a store without close() releases the lock too.
    {
      auto dropped = Store::open(dir, StoreConfig{});
      QVERIFY(dropped);
    }
    auto fourth = Store::open(dir, StoreConfig{});
    QVERIFY2(fourth, why(fourth));
  }

  // An open that fails (here: a 0-byte segment, as batpak's crash between create and header
  // write leaves, FORMAT.md §10.6) changes nothing and does not keep the directory locked.
  void aFailedOpenChangesNothingAndReleasesTheLock() {
    QTemporaryDir tmp;
    const QString dirQ = tmp.filePath("d");
    const std::string dir = dirQ.toStdString();
    {
      auto s = Store::open(dir, StoreConfig{});
      QVERIFY(s);
      QVERIFY((*s)->append("a", "s", 0x1000, payloadOf(1, 10)));
      QVERIFY((*s)->close());
    }
    QFile bad(dirQ + "/000007.fbat");
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.close();
    const auto before = checksums(dirQ);
    auto s = Store::open(dir, StoreConfig{});
    QVERIFY2(!s, "opened a directory batpak cannot open");
    QVERIFY2(QString::fromStdString(s.error().toString()).contains("000007.fbat"), s.error().toString().c_str());
    QCOMPARE(checksums(dirQ), before);
    QVERIFY(QFile::remove(dirQ + "/000007.fbat"));
    auto again = Store::open(dir, StoreConfig{});
    QVERIFY2(again, qPrintable("after a failed open: " + why(again)));
    QCOMPARE((*again)->activeSegmentId(), uint64_t(2));  // the failed open created nothing
    QVERIFY((*again)->close());
  }

};

QTEST_GUILESS_MAIN(StoreTest)
#include "store_test.moc"
