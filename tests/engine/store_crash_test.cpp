// The writer under failure: a full disk (RLIMIT_FSIZE) returns an error and keeps every
// acknowledged event; a batch torn by a crash stays hidden; SIGKILL at random moments,
// hundreds of times on one directory, never loses an acknowledged event, never shows part
// of a batch and never breaks a chain.
#include "store_test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// ── Child processes ─────────────────────────────────────────────────────────────────────

// One fixed-size message child -> parent; writes of up to PIPE_BUF bytes are atomic, so a
// SIGKILL never leaves half a message.
enum : uint8_t { kOpened = 1, kIntent, kAck, kSynced, kFailed, kClosed, kError };
struct Rec {
  uint8_t type = 0;
  uint8_t isBatch = 0;
  uint16_t item = 0;
  uint16_t n = 0;
  uint16_t code = 0;
  uint32_t run = 0;
  uint32_t op = 0;
  uint64_t gs = 0;
  uint8_t id[16] = {};
  char text[88] = {};
};
static_assert(sizeof(Rec) == 128, "Rec is a 128-byte wire record");

void sendAll(int fd, const void* p, size_t n) {
  const char* c = static_cast<const char*>(p);
  while (n > 0) {
    const ssize_t w = ::write(fd, c, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      _exit(9);
    }
    c += w;
    n -= size_t(w);
  }
}

Rec textRec(uint8_t type, uint32_t run, uint32_t op, const std::string& text, uint16_t code = 0) {
  Rec r;
  r.type = type;
  r.run = run;
  r.op = op;
  r.code = code;
  std::snprintf(r.text, sizeof r.text, "%s", text.c_str());
  return r;
}

Rec ackRec(uint32_t run, uint32_t op, uint16_t item, uint16_t n, bool isBatch, const AppendReceipt& a) {
  Rec r;
  r.type = kAck;
  r.run = run;
  r.op = op;
  r.item = item;
  r.n = n;
  r.isBatch = isBatch;
  r.gs = a.globalSequence;
  std::memcpy(r.id, a.eventId.bytes.data(), 16);
  return r;
}

// Reads everything the child writes until EOF or `deadline`; true at EOF.
bool pump(int fd, QByteArray& buf, std::chrono::steady_clock::time_point deadline, size_t stopAtBytes = SIZE_MAX) {
  char tmp[65536];
  for (;;) {
    if (size_t(buf.size()) >= stopAtBytes) return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left < 0) return false;
    pollfd p{fd, POLLIN, 0};
    const int pr = ::poll(&p, 1, int(std::min<long long>(left, 1000)) + 0);
    if (pr < 0 && errno == EINTR) continue;
    if (pr <= 0) continue;
    const ssize_t n = ::read(fd, tmp, sizeof tmp);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return true;
    buf.append(tmp, qsizetype(n));
  }
}

std::vector<Rec> parseRecs(const QByteArray& buf) {
  std::vector<Rec> out(size_t(buf.size()) / sizeof(Rec));
  if (!out.empty()) std::memcpy(out.data(), buf.constData(), out.size() * sizeof(Rec));
  return out;
}

// A forked child and the read end of the pipe it writes its Recs to.
struct Child {
  pid_t pid = -1;
  int readFd = -1;
};

// Forks a child that runs `body(writeFd)`, which never returns (the child ends in _exit),
// writing into a 1 MiB pipe. Check QTest::currentTestFailed() after.
template <class Body>
void forkChild(Child& out, Body body) {
  int fds[2];
  QVERIFY(::pipe(fds) == 0);
  (void)::fcntl(fds[0], F_SETPIPE_SZ, 1 << 20);
  const pid_t pid = ::fork();
  QVERIFY(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    body(fds[1]);
  }
  ::close(fds[1]);
  out = Child{pid, fds[0]};
}

// ── Crash runs: the payload names its operation ──────────────────────────────────────────

// P = [bin(run u32 BE, op u32 BE, item u16 BE, n u16 BE), bin(filler)]
std::vector<uint8_t> crashPayload(uint32_t run, uint32_t op, uint16_t item, uint16_t n) {
  uint8_t tag[12];
  for (int i = 0; i < 4; ++i) tag[i] = uint8_t(run >> (24 - 8 * i));
  for (int i = 0; i < 4; ++i) tag[4 + i] = uint8_t(op >> (24 - 8 * i));
  tag[8] = uint8_t(item >> 8);
  tag[9] = uint8_t(item);
  tag[10] = uint8_t(n >> 8);
  tag[11] = uint8_t(n);
  uint64_t h = (uint64_t(run) << 40) ^ (uint64_t(op) << 8) ^ item ^ 0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  std::vector<uint8_t> filler(8 + h % 300);
  for (size_t i = 0; i < filler.size(); ++i) filler[i] = uint8_t((h >> (i % 56)) + i * 7);
  std::vector<uint8_t> out;
  MsgpackWriter w(out);
  w.arrayHeader(2);
  w.bin(tag, 12);
  w.bin(filler.data(), filler.size());
  return out;
}

struct Tag {
  uint32_t run = 0, op = 0;
  uint16_t item = 0, n = 0;
  bool operator<(const Tag& o) const { return std::tie(run, op, item, n) < std::tie(o.run, o.op, o.item, o.n); }
};

bool parseTag(const std::vector<uint8_t>& p, Tag& t) {
  if (p.size() < 15 || p[0] != 0x92 || p[1] != 0xc4 || p[2] != 12) return false;
  const uint8_t* q = p.data() + 3;
  t.run = (uint32_t(q[0]) << 24) | (uint32_t(q[1]) << 16) | (uint32_t(q[2]) << 8) | q[3];
  t.op = (uint32_t(q[4]) << 24) | (uint32_t(q[5]) << 16) | (uint32_t(q[6]) << 8) | q[7];
  t.item = uint16_t((q[8] << 8) | q[9]);
  t.n = uint16_t((q[10] << 8) | q[11]);
  return true;
}

struct CrashParams {
  int runs = 200;
  uint64_t segmentBytes = 8 << 10;
  bool fsync = true;
  int killDuringOpenPercent = 8;   // SIGKILL while the child may still be opening
  int cleanClosePercent = 6;       // the child closes cleanly (index.fbati), no kill
  int minKillUs = 1000, maxKillUs = 40000;
  uint64_t seed = 20260101;
  int crossPathEvery = 25;         // also compare rebuild and scan every N runs
};

const uint16_t kCrashKinds[] = {0x1000, 0x1001, 0x3007, 0xE010};

[[noreturn]] void crashChild(const std::string& dir, uint32_t run, const CrashParams& p, uint64_t runSeed, int closeAfter,
                             int fd) {
  std::mt19937_64 rng(runSeed);
  StoreConfig cfg;
  cfg.segmentMaxBytes = p.segmentBytes;
  cfg.syncEveryNEvents = uint32_t(1 + rng() % 5);
  cfg.fsync = p.fsync;
  cfg.seed = runSeed;
  const int manualSyncEvery = int(1 + rng() % 4);
  auto s = Store::open(dir, cfg);
  if (!s) {
    const Rec r = textRec(kFailed, run, 0, "Store::open: " + s.error().toString());
    sendAll(fd, &r, sizeof r);
    _exit(2);
  }
  Rec opened;
  opened.type = kOpened;
  opened.run = run;
  sendAll(fd, &opened, sizeof opened);
  int sinceSync = 0;
  for (uint32_t op = 0;; ++op) {
    if (closeAfter >= 0 && op == uint32_t(closeAfter)) {
      const Status st = (*s)->close();
      const Rec r = textRec(kClosed, run, op, st ? "" : st.error().toString());
      sendAll(fd, &r, sizeof r);
      _exit(st ? 0 : 4);
    }
    std::vector<Rec> out;
    if (rng() % 10 < 3) {
      const uint16_t n = uint16_t(2 + rng() % 5);
      Rec intent;
      intent.type = kIntent;
      intent.isBatch = 1;
      intent.n = n;
      intent.run = run;
      intent.op = op;
      sendAll(fd, &intent, sizeof intent);
      std::vector<BatchItem> items(n);
      for (uint16_t i = 0; i < n; ++i) {
        items[i].entity = (i > 0 && rng() % 2) ? items[i - 1].entity : "e" + std::to_string(rng() % 8);
        items[i].scope = "s" + std::to_string(rng() % 3);
        items[i].kind = kCrashKinds[rng() % 4];
        items[i].payload = crashPayload(run, op, i, n);
        if (i > 0 && rng() % 3 == 0) items[i].causedByItem = uint32_t(rng() % i);
      }
      auto r = (*s)->appendBatch(items);
      if (!r) {
        const Rec e = textRec(kError, run, op, "appendBatch: " + r.error().toString());
        sendAll(fd, &e, sizeof e);
        _exit(3);
      }
      for (uint16_t i = 0; i < n; ++i) out.push_back(ackRec(run, op, i, n, true, (*r)[i]));
      Rec synced;
      synced.type = kSynced;
      synced.run = run;
      synced.op = op;
      out.push_back(synced);  // a batch returns after its fsync
      sinceSync = 0;
      sendAll(fd, out.data(), out.size() * sizeof(Rec));
    } else {
      Rec intent;
      intent.type = kIntent;
      intent.n = 1;
      intent.run = run;
      intent.op = op;
      sendAll(fd, &intent, sizeof intent);
      auto r = (*s)->append("e" + std::to_string(rng() % 8), "s" + std::to_string(rng() % 3), kCrashKinds[rng() % 4],
                            crashPayload(run, op, 0, 1));
      if (!r) {
        const Rec e = textRec(kError, run, op, "append: " + r.error().toString());
        sendAll(fd, &e, sizeof e);
        _exit(3);
      }
      out.push_back(ackRec(run, op, 0, 1, false, *r));
      bool synced = (*s)->eventsSinceSync() == 0;  // sync.every_n_events just fsynced
      sendAll(fd, out.data(), out.size() * sizeof(Rec));
      if (!synced && ++sinceSync >= manualSyncEvery) {
        const Status st = (*s)->sync();
        if (!st) {
          const Rec e = textRec(kError, run, op, "sync: " + st.error().toString());
          sendAll(fd, &e, sizeof e);
          _exit(3);
        }
        synced = true;
      }
      if (synced) {
        Rec sr;
        sr.type = kSynced;
        sr.run = run;
        sr.op = op;
        sendAll(fd, &sr, sizeof sr);
        sinceSync = 0;
      }
    }
  }
}

struct AckInfo {
  Id128 id;
  uint64_t gs = 0;
  Tag tag;
  bool synced = false;
  uint16_t filler = 0;  // full-disk runs: the payload's blob length
};
struct IntentInfo {
  bool isBatch = false;
  uint16_t n = 0;
  bool acked = false;
};

struct CrashStats {
  uint64_t runs = 0, killed = 0, killedBeforeOpened = 0, cleanCloses = 0;
  uint64_t killedInFlight = 0;  // kills that landed between an operation's intent and its ack
  uint64_t acked = 0, synced = 0, unackedVisible = 0, tornBatchesHidden = 0, unackedBatchesVisible = 0;
  uint64_t finalVisible = 0, segments = 0;
  double childMs = 0, checkMs = 0;
  std::map<std::string, uint64_t> restorePaths;
};

// Runs `p.runs` child writers on ONE directory, each SIGKILLed (or closed) at a random
// moment, and checks the directory after each.
void crashRuns(const QString& dirQ, const CrashParams& p, CrashStats& stats) {
  const std::string dir = dirQ.toStdString();
  std::unordered_map<std::string, AckInfo> acked;           // every acknowledged event, all runs
  std::map<std::pair<uint32_t, uint32_t>, IntentInfo> intents;
  std::unordered_map<std::string, uint64_t> seenVisible;    // id -> gs, visible after the last run
  std::map<Tag, Id128> ackedByTag;
  std::unordered_map<std::string, Tag> frameChecked;          // id -> its payload's tag, frame read once
  for (int run = 0; run < p.runs; ++run) {
    const QString ctx = QString("run %1: ").arg(run);
    std::mt19937_64 prng(p.seed * 1000003ull + uint64_t(run));
    const uint64_t runSeed = prng() | 1;
    const int mode = int(prng() % 100);
    const bool killDuringOpen = mode < p.killDuringOpenPercent;
    const bool cleanClose = !killDuringOpen && mode < p.killDuringOpenPercent + p.cleanClosePercent;
    const int closeAfter = cleanClose ? int(3 + prng() % 40) : -1;
    const int killUs = killDuringOpen ? int(prng() % 4000)
                                      : p.minKillUs + int(prng() % uint64_t(p.maxKillUs - p.minKillUs + 1));

    QElapsedTimer phase;
    phase.start();
    Child child;
    CHECKED(forkChild(child, [&](int writeFd) { crashChild(dir, uint32_t(run), p, runSeed, closeAfter, writeFd); }));
    QByteArray buf;
    using SC = std::chrono::steady_clock;
    bool eof = false, timedOut = false;
    if (killDuringOpen) {
      ::usleep(useconds_t(killUs));
      ::kill(child.pid, SIGKILL);
    } else if (cleanClose) {
      eof = pump(child.readFd, buf, SC::now() + std::chrono::seconds(60));
      if (!eof) { timedOut = true; ::kill(child.pid, SIGKILL); }
    } else {
      eof = pump(child.readFd, buf, SC::now() + std::chrono::seconds(60), sizeof(Rec));  // until "opened"
      if (!eof && buf.size() < qsizetype(sizeof(Rec))) timedOut = true;
      if (!eof) eof = pump(child.readFd, buf, SC::now() + std::chrono::microseconds(killUs));
      ::kill(child.pid, SIGKILL);
    }
    if (!eof) pump(child.readFd, buf, SC::now() + std::chrono::seconds(60));
    ::close(child.readFd);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    ++stats.runs;
    stats.childMs += double(phase.nsecsElapsed()) / 1e6;
    phase.restart();
    EXPECT(!timedOut, (ctx + "the child hung"));

    // What the child said.
    bool opened = false, closed = false, inFlight = false;
    uint32_t syncedUpTo = 0;
    bool anySynced = false;
    std::vector<std::string> thisRunAcks;
    for (const Rec& r : parseRecs(buf)) {
      switch (r.type) {
        case kOpened: opened = true; break;
        case kIntent:
          intents[{r.run, r.op}] = IntentInfo{bool(r.isBatch), r.n, false};
          inFlight = true;
          break;
        case kAck: {
          Id128 id;
          std::memcpy(id.bytes.data(), r.id, 16);
          EXPECT(acked.find(key(id)) == acked.end(), (ctx + "an event id was acknowledged twice"));
          acked[key(id)] = AckInfo{id, r.gs, Tag{r.run, r.op, r.item, r.n}, false};
          ackedByTag[Tag{r.run, r.op, r.item, r.n}] = id;
          intents[{r.run, r.op}].acked = true;
          inFlight = false;
          thisRunAcks.push_back(key(id));
          ++stats.acked;
          break;
        }
        case kSynced: syncedUpTo = r.op; anySynced = true; break;
        case kClosed:
          closed = true;
          EXPECT(r.text[0] == 0, (ctx + "close failed: " + QString::fromUtf8(r.text)));
          break;
        case kFailed:
        case kError: QFAIL(qPrintable(ctx + "the child failed: " + QString::fromUtf8(r.text)));
        default: QFAIL(qPrintable(ctx + "garbled message from the child"));
      }
    }
    for (const std::string& k : thisRunAcks) {
      AckInfo& a = acked[k];
      if (anySynced && a.tag.op <= syncedUpTo) { a.synced = true; ++stats.synced; }
    }
    if (cleanClose) {
      EXPECT(WIFEXITED(status) && WEXITSTATUS(status) == 0, (ctx + QString("clean-close child status %1").arg(status)));
      EXPECT(closed, (ctx + "no close report"));
      ++stats.cleanCloses;
    } else {
      EXPECT(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
               (ctx + QString("the child was not killed by us (status %1)").arg(status)));
      ++stats.killed;
      stats.killedInFlight += inFlight;
      if (!opened) ++stats.killedBeforeOpened;
    }
    if (!killDuringOpen) EXPECT(opened, (ctx + "the child never opened the store"));

    // The directory as batpak's read-only open sees it (default path).
    auto d = DataDir::open(dir);
    EXPECT(d, (ctx + why(d)));
    RestoreOptions ro;
    auto r = restoreIndex(*d, ro);
    EXPECT(r, (ctx + "restore failed: " + why(r)));
    ++stats.restorePaths[restoreSourceName(r->report.source)];
    if (cleanClose) EXPECT(r->report.path == OpenIndexPath::Mmap && r->report.tailEntries == 0, (ctx + "index.fbati not used after a clean close"));
    const Index& idx = *r->index;

    // Every acknowledged event, of this run and every earlier one, is visible with its sequence.
    for (const auto& [k, a] : acked) {
      const uint32_t row = idx.findById(a.id);
      EXPECT(row != Index::kNoRow && idx.isVisible(row),
               (ctx + QString("acknowledged%1 event %2 (run %3 op %4 item %5) is lost")
                                    .arg(a.synced ? " and synced" : "").arg(hx(a.id)).arg(a.tag.run).arg(a.tag.op).arg(a.tag.item)));
      EXPECT(idx.entry(row).globalSequence == a.gs,
               (ctx + QString("event %1 acknowledged as gs %2 reads as gs %3").arg(hx(a.id)).arg(a.gs).arg(idx.entry(row).globalSequence)));
    }
    // What was visible stays visible, with the same sequence.
    for (const auto& [k, gs] : seenVisible) {
      Id128 id;
      std::memcpy(id.bytes.data(), k.data(), 16);
      const uint32_t row = idx.findById(id);
      EXPECT(row != Index::kNoRow && idx.isVisible(row) && idx.entry(row).globalSequence == gs,
               (ctx + "a previously visible event vanished or was renumbered: " + hx(id)));
    }
    // Every visible event is one the child meant to write, exactly once, and reads back.
    std::map<std::pair<uint32_t, uint32_t>, uint16_t> visiblePerOp;
    std::set<Tag> tags;
    std::unordered_map<std::string, uint64_t> nowVisible;
    for (uint32_t row : idx.visibleRows()) {
      const IndexEntry& e = idx.entry(row);
      const Id128 id = idx.eventId(row);
      Tag t;
      // A frame read and checked on an earlier run is not read again (segments are never
      // rewritten; the true view and cross-check below still read every byte every run).
      auto known = frameChecked.find(key(id));
      auto before = seenVisible.find(key(id));
      if (known != frameChecked.end() && before != seenVisible.end() && before->second == e.globalSequence) {
        t = known->second;
      } else {
      const FrameRead fr = readFrameAtPosition(**d, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Bytes);
      EXPECT(fr.ok && fr.frame.header.eventId == id,
               (ctx + QString("visible event %1 (gs %2) does not read: %3").arg(hx(id)).arg(e.globalSequence).arg(QString::fromStdString(fr.error))));
      EXPECT(parseTag(fr.payload, t), (ctx + "a visible event carries a foreign payload"));
      EXPECT(fr.payload == crashPayload(t.run, t.op, t.item, t.n), (ctx + "payload bytes differ"));
      EXPECT(blake3(fr.payload.data(), fr.payload.size()) == idx.hashChain(row).eventHash, (ctx + "event_hash"));
      frameChecked[key(id)] = t;
      }
      auto in = intents.find({t.run, t.op});
      EXPECT(in != intents.end(), (ctx + QString("visible event of run %1 op %2 was never attempted").arg(t.run).arg(t.op)));
      EXPECT(in->second.n == t.n && t.item < t.n, (ctx + "item count mismatch"));
      EXPECT(tags.insert(t).second, (ctx + QString("run %1 op %2 item %3 is visible twice").arg(t.run).arg(t.op).arg(t.item)));
      auto ak = ackedByTag.find(t);
      if (ak != ackedByTag.end()) EXPECT(ak->second == id, (ctx + "an acknowledged operation is visible under another id"));
      ++visiblePerOp[{t.run, t.op}];
      nowVisible[key(id)] = e.globalSequence;
    }
    // Batches are all or nothing.
    uint64_t unackedVisible = 0, tornHidden = 0, unackedBatchVisible = 0;
    for (const auto& [op, in] : intents) {
      auto v = visiblePerOp.find(op);
      const uint16_t seen = v == visiblePerOp.end() ? 0 : v->second;
      if (in.isBatch)
        EXPECT(seen == 0 || seen == in.n,
                 (ctx + QString("batch run %1 op %2 shows %3 of %4 items").arg(op.first).arg(op.second).arg(seen).arg(in.n)));
      if (in.acked) EXPECT(seen == in.n, (ctx + "an acknowledged operation is not (fully) visible"));
      if (!in.acked && seen) { ++unackedVisible; if (in.isBatch) ++unackedBatchVisible; }
      if (!in.acked && !seen && in.isBatch && int(op.first) == run) ++tornHidden;
    }
    if (run == p.runs - 1) stats.unackedVisible = unackedVisible;
    stats.tornBatchesHidden += tornHidden;
    if (run == p.runs - 1) stats.unackedBatchesVisible = unackedBatchVisible;

    // The bytes agree with batpak's view, and every chain verifies without a restart.
    auto truth = buildTrueView(*d);
    EXPECT(truth, (ctx + why(truth)));
    const CrossCheckResult cc = crossCheck(**d, idx, *truth->index);
    EXPECT(cc.discrepancies == 0,
             (ctx + QString("%1 cross-check discrepancies, first: ").arg(cc.discrepancies) +
                        QString::fromStdString(cc.findings.empty() ? "" : cc.findings.front().toString())));
    QCOMPARE(truth->index->visibleRows().size(), idx.visibleRows().size());
    const ChainReport chains = verifyChains(**d, idx, *truth->index);
    for (const EntityChain& c : chains.entities) {
      EXPECT(c.status == EntityChain::Status::Verified,
               (ctx + "chain of " + QString::fromStdString(c.entity) + " broken: " +
                          QString::fromStdString(c.firstBreak ? c.firstBreak->reason + " at gs " + std::to_string(c.firstBreak->globalSequence) : "")));
      EXPECT(c.restarts == 0, (ctx + "chain of " + QString::fromStdString(c.entity) + " restarted (the writer lost its head)"));
    }

    // Now and then: the rebuild and forced-scan paths see the same events with the same sequences.
    if ((p.crossPathEvery > 0 && run % p.crossPathEvery == p.crossPathEvery - 1) || run == p.runs - 1) {
      for (RestorePathChoice choice : {RestorePathChoice::Rebuild, RestorePathChoice::Scan}) {
        RestoreOptions o2;
        o2.path = choice;
        auto r2 = restoreIndex(*d, o2);
        EXPECT(r2, (ctx + why(r2)));
        QCOMPARE(r2->index->visibleRows().size(), idx.visibleRows().size());
        for (size_t k = 0; k < idx.visibleRows().size(); ++k) {
          const uint32_t a = idx.visibleRows()[k], b = r2->index->visibleRows()[k];
          EXPECT(idx.eventId(a) == r2->index->eventId(b) && idx.entry(a).globalSequence == r2->index->entry(b).globalSequence,
                   (ctx + "restore paths disagree"));
        }
      }
    }
    seenVisible = std::move(nowVisible);
    stats.checkMs += double(phase.nsecsElapsed()) / 1e6;
    stats.finalVisible = idx.visibleRows().size();
    stats.segments = (*d)->segments().size();
  }
}

// ── Full disk (RLIMIT_FSIZE) ─────────────────────────────────────────────────────────────

[[noreturn]] void fullDiskChild(const std::string& dir, rlim_t limit, uint64_t segmentBytes, size_t minFiller,
                                 size_t maxFiller, int fd) {
  ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit rl{limit, limit};
  if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(7);
  StoreConfig cfg;
  cfg.segmentMaxBytes = segmentBytes;
  cfg.syncEveryNEvents = 1;
  cfg.seed = 77;
  auto s = Store::open(dir, cfg);
  if (!s) {
    const Rec r = textRec(kFailed, 0, 0, s.error().toString());
    sendAll(fd, &r, sizeof r);
    _exit(2);
  }
  std::mt19937_64 rng(5);
  bool failedOnce = false;
  int after = 0;
  for (uint32_t op = 0; op < 100000 && after < 30; ++op) {
    // Before the first failure: sizeable events; after it: small ones that may still fit.
    const bool batch = failedOnce ? op % 2 == 0 : rng() % 5 == 0;
    const size_t filler = failedOnce ? 4 : minFiller + rng() % (maxFiller - minFiller + 1);
    std::vector<Rec> out;
    Rec intent;
    intent.type = kIntent;
    intent.op = op;
    intent.isBatch = batch;
    if (batch) {
      const uint16_t n = uint16_t(2 + rng() % 3);
      intent.n = n;
      sendAll(fd, &intent, sizeof intent);
      std::vector<BatchItem> items(n);
      for (uint16_t i = 0; i < n; ++i) {
        items[i].entity = "e" + std::to_string(rng() % 3);
        items[i].scope = "s";
        items[i].payload = payloadOf(op * 10 + i, filler);
      }
      auto r = (*s)->appendBatch(items);
      if (r) {
        for (uint16_t i = 0; i < n; ++i) {
          out.push_back(ackRec(0, op, i, n, true, (*r)[i]));
          out.back().code = uint16_t(filler);
        }
      } else {
        out.push_back(textRec(kError, 0, op, r.error().toString(), uint16_t(r.error().code)));
      }
    } else {
      intent.n = 1;
      sendAll(fd, &intent, sizeof intent);
      auto r = (*s)->append("e" + std::to_string(rng() % 3), "s", 0x1000, payloadOf(op * 10, filler));
      if (r) {
        out.push_back(ackRec(0, op, 0, 1, false, *r));
        out.back().code = uint16_t(filler);
      } else out.push_back(textRec(kError, 0, op, r.error().toString(), uint16_t(r.error().code)));
    }
    sendAll(fd, out.data(), out.size() * sizeof(Rec));
    if (out.front().type == kError) failedOnce = true;
    if (failedOnce) ++after;
  }
  const Status st = (*s)->close();
  const Rec c = textRec(kClosed, 0, 0, st ? "" : st.error().toString());
  sendAll(fd, &c, sizeof c);
  _exit(0);
}

}  // namespace

class StoreCrashTest : public QObject {
  Q_OBJECT

 private slots:
  // ── 5. Full disk ─────────────────────────────────────────────────────────────────────
  void fullDiskKeepsEveryAcknowledgedEvent_data() {
    QTest::addColumn<qulonglong>("limit");
    QTest::addColumn<qulonglong>("segmentBytes");
    QTest::addColumn<bool>("footerFails");
    QTest::addColumn<int>("minFiller");
    QTest::addColumn<int>("maxFiller");
    // Segments larger than the limit: a frame write fails; smaller frames may still fit.
    QTest::newRow("frame write fails") << qulonglong(64 << 10) << qulonglong(1 << 20) << false << 400 << 1600;
    // Rotation before the limit (frames, batches included, stay under 2.5 KiB), but the
    // SIDX footer of ~40 entries does not fit: the store then refuses every write.
    QTest::newRow("footer write fails") << qulonglong(16 << 10) << qulonglong(12 << 10) << true << 20 << 150;
  }
  void fullDiskKeepsEveryAcknowledgedEvent() {
    QFETCH(qulonglong, limit);
    QFETCH(qulonglong, segmentBytes);
    QFETCH(bool, footerFails);
    QFETCH(int, minFiller);
    QFETCH(int, maxFiller);
    QTemporaryDir tmp;
    const std::string dir = tmp.filePath("d").toStdString();
    Child child;
    CHECKED(forkChild(child, [&](int writeFd) {
      fullDiskChild(dir, rlim_t(limit), segmentBytes, size_t(minFiller), size_t(maxFiller), writeFd);
    }));
    QByteArray buf;
    const bool eof = pump(child.readFd, buf, std::chrono::steady_clock::now() + std::chrono::seconds(120));
    if (!eof) ::kill(child.pid, SIGKILL);
    ::close(child.readFd);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    QVERIFY2(eof, "the child hung");
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, qPrintable(QString("the child crashed or failed: status %1").arg(status)));

    std::vector<Rec> recs = parseRecs(buf);
    std::vector<AckInfo> acks;
    std::vector<Rec> errors;
    uint64_t acksAfterError = 0;
    bool closed = false;
    QString closeText;
    for (const Rec& r : recs) {
      if (r.type == kFailed) QFAIL(r.text);
      if (r.type == kAck) {
        Id128 id;
        std::memcpy(id.bytes.data(), r.id, 16);
        acks.push_back(AckInfo{id, r.gs, Tag{0, r.op, r.item, r.n}, true, r.code});
        if (!errors.empty()) ++acksAfterError;
      }
      if (r.type == kError) errors.push_back(r);
      if (r.type == kClosed) { closed = true; closeText = QString::fromUtf8(r.text); }
    }
    QVERIFY(closed);
    QVERIFY2(!errors.empty(), "no append ever failed");
    QVERIFY2(acks.size() > 20, "too few events before the disk filled");
    const QString first = QString::fromUtf8(errors.front().text);
    QVERIFY2(errors.front().code == uint16_t(Error::Code::Io), qPrintable(first));
    QVERIFY2(first.contains(strerror(EFBIG)), qPrintable(first));
    if (footerFails) {
      QVERIFY2(first.contains("SIDX footer"), qPrintable(first));
      QCOMPARE(acksAfterError, uint64_t(0));
      for (size_t i = 1; i < errors.size(); ++i)
        QVERIFY2(QString::fromUtf8(errors[i].text).contains("refuses writes"), errors[i].text);
      QCOMPARE(errors.size(), size_t(30));
    } else {
      QVERIFY2(first.contains("cannot append frame"), qPrintable(first));
      QVERIFY2(acksAfterError > 0, "no small append fitted after the first failure");
    }
    qInfo("%zu events acknowledged, %zu failures, %llu acknowledged after the first failure; close: %s", acks.size(),
          errors.size(), (unsigned long long)acksAfterError, closeText.isEmpty() ? "ok" : qPrintable(closeText));

    // Exactly the acknowledged events are there, readable and chained.
    auto checkDir = [&](size_t extra) {
      auto d = DataDir::open(dir);
      QVERIFY(d);
      auto r = restoreIndex(*d, RestoreOptions{});
      QVERIFY2(r, why(r));
      const Index& idx = *r->index;
      QCOMPARE(idx.visibleRows().size(), acks.size() + extra);
      for (const AckInfo& a : acks) {
        const uint32_t row = idx.findById(a.id);
        QVERIFY2(row != Index::kNoRow && idx.isVisible(row), qPrintable("lost " + hx(a.id)));
        QCOMPARE(idx.entry(row).globalSequence, a.gs);
        const IndexEntry& e = idx.entry(row);
        const FrameRead fr = readFrameAtPosition(**d, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Bytes);
        QVERIFY2(fr.ok, fr.error.c_str());
        QVERIFY(fr.frame.header.eventId == a.id);
        QVERIFY(fr.payload == payloadOf(uint64_t(a.tag.op) * 10 + a.tag.item, a.filler));
      }
      auto truth = buildTrueView(*d);
      QVERIFY(truth);
      const CrossCheckResult cc = crossCheck(**d, idx, *truth->index);
      QVERIFY2(cc.discrepancies == 0, cc.findings.empty() ? "" : cc.findings.front().toString().c_str());
      const ChainReport chains = verifyChains(**d, idx, *truth->index);
      for (const EntityChain& c : chains.entities) {
        QVERIFY2(c.status == EntityChain::Status::Verified, c.entity.c_str());
        QCOMPARE(c.restarts, uint64_t(0));
      }
    };
    CHECKED(checkDir(0));

    // Without the limit the store opens for writing again and its chains continue.
    auto s = Store::open(dir, StoreConfig{});
    QVERIFY2(s, why(s));
    QVERIFY((*s)->append("e0", "s", 0x1000, payloadOf(1, 10)));
    QVERIFY((*s)->close());
    CHECKED(checkDir(1));
  }

  // ── 6. Crash safety ──────────────────────────────────────────────────────────────────

  // A batch torn by a crash (a batch is one write(), so random SIGKILLs almost never tear
  // one; this cuts the bytes instead): its items stay hidden, and the next session's events
  // are not swallowed by the dead envelope (FORMAT.md §5.2 hazard) on any restore path.
  void aTornBatchStaysHiddenAndDoesNotSwallowTheNextSession_data() {
    QTest::addColumn<int>("cut");
    QTest::addColumn<bool>("cleanEof");  // the cut falls between frames
    QTest::newRow("after BEGIN") << 0 << true;
    QTest::newRow("after the first item") << 1 << true;
    QTest::newRow("before COMMIT") << 2 << true;
    QTest::newRow("inside an item") << 3 << false;
    QTest::newRow("inside COMMIT") << 4 << false;
  }
  void aTornBatchStaysHiddenAndDoesNotSwallowTheNextSession() {
    QFETCH(int, cut);
    QFETCH(bool, cleanEof);
    QTemporaryDir tmp;
    const QString dirQ = tmp.filePath("d");
    const std::string dir = dirQ.toStdString();
    std::vector<AppendReceipt> kept, torn;
    {
      StoreConfig cfg;
      cfg.seed = 5;
      auto s = Store::open(dir, cfg);
      QVERIFY2(s, why(s));
      for (int i = 0; i < 5; ++i) {
        auto r = (*s)->append(i % 2 ? "a" : "b", "s", 0x1000, payloadOf(i, 20));
        QVERIFY2(r, why(r));
        kept.push_back(*r);
      }
      auto b = (*s)->appendBatch({item("a", "s", 0x1001, payloadOf(10, 30)), item("c", "s", 0x1001, payloadOf(11, 30)),
                                  item("a", "s", 0x1001, payloadOf(12, 30))});
      QVERIFY2(b, why(b));
      torn = *b;
      QVERIFY((*s)->close());
    }
    // A crash never leaves a snapshot or a footer: cut the segment and drop index.fbati.
    const uint64_t commitOff = torn[2].pos.offset + torn[2].pos.length;
    const uint64_t cutAt[] = {torn[0].pos.offset, torn[1].pos.offset, commitOff,
                              torn[1].pos.offset + torn[1].pos.length / 2, commitOff + 20};
    QVERIFY(QFile::resize(dirQ + "/000001.fbat", qint64(cutAt[cut])));
    QVERIFY(QFile::remove(dirQ + "/index.fbati"));
    {
      auto d = DataDir::open(dir);
      QVERIFY(d);
      auto r = restoreIndex(*d, RestoreOptions{});
      QVERIFY2(r, why(r));
      // Clean EOF inside a batch keeps the batch open (§5.2). For a torn frame FORMAT.md §5.2
      // says the staged items are discarded, but the engine (batpak's "incomplete batch at EOF")
      // keeps the batch open; either way the writer must not let it swallow the next session.
      if (cleanEof) QVERIFY(r->endedInsideBatch);
      QCOMPARE(r->index->visibleRows().size(), kept.size());
    }
    // The next session appends singles and a batch, then crashes too (no close).
    {
      StoreConfig cfg;
      cfg.seed = 6;
      auto s = Store::open(dir, cfg);
      QVERIFY2(s, why(s));
      for (const char* e : {"a", "c", "d"}) {
        auto r = (*s)->append(e, "s", 0x1002, payloadOf(20, 20));
        QVERIFY2(r, why(r));
        kept.push_back(*r);
      }
      auto b = (*s)->appendBatch({item("d", "s", 0x1003, payloadOf(30, 30)), item("a", "s", 0x1003, payloadOf(31, 30))});
      QVERIFY2(b, why(b));
      kept.insert(kept.end(), b->begin(), b->end());
      auto r = (*s)->append("a", "s", 0x1002, payloadOf(40, 20));
      QVERIFY2(r, why(r));
      kept.push_back(*r);
      QVERIFY((*s)->sync());
      s->release();  // leaked on purpose: no footer, no snapshot, as after a crash (the fd and lock leak too)
    }
    for (RestorePathChoice choice : {RestorePathChoice::Mmap, RestorePathChoice::Checkpoint, RestorePathChoice::Rebuild,
                                     RestorePathChoice::Scan}) {
      auto d = DataDir::open(dir);
      QVERIFY(d);
      RestoreOptions ro;
      ro.path = choice;
      auto r = restoreIndex(*d, ro);
      QVERIFY2(r, why(r));
      const Index& idx = *r->index;
      QCOMPARE(idx.visibleRows().size(), kept.size());
      for (size_t i = 0; i < kept.size(); ++i) {
        const uint32_t row = idx.visibleRows()[i];
        QVERIFY2(idx.eventId(row) == kept[i].eventId, qPrintable(QString("event %1 lost or out of order").arg(i)));
        QCOMPARE(idx.entry(row).globalSequence, kept[i].globalSequence);
      }
      for (const AppendReceipt& t : torn) QCOMPARE(idx.findById(t.eventId), Index::kNoRow);
      auto truth = buildTrueView(*d);
      QVERIFY(truth);
      const CrossCheckResult cc = crossCheck(**d, idx, *truth->index);
      QVERIFY2(cc.discrepancies == 0, cc.findings.empty() ? "" : cc.findings.front().toString().c_str());
      for (const EntityChain& c : verifyChains(**d, idx, *truth->index).entities) {
        QVERIFY2(c.status == EntityChain::Status::Verified, c.entity.c_str());
        QCOMPARE(c.restarts, uint64_t(0));
      }
    }
  }

  void crashSafety() {
    QTemporaryDir tmp;
    CrashParams p;  // 200 runs, 8 KiB segments, fsync on, 1–40 ms
    CrashStats st;
    QElapsedTimer t;
    t.start();
    CHECKED(crashRuns(tmp.filePath("d"), p, st));
    QString paths;
    for (const auto& [name, n] : st.restorePaths) paths += QString(" %1×%2").arg(QString::fromStdString(name)).arg(n);
    qInfo("%llu runs in %.1f s (children %.1f s, checks %.1f s): %llu killed (%llu before the store opened), %llu clean "
          "closes; %llu events acknowledged (%llu synced), %llu visible at the end in %llu segments; %llu unacknowledged "
          "batches invisible, %llu unacknowledged operations visible at the end (%llu of them batches, whole); restores:%s",
          (unsigned long long)st.runs, t.elapsed() / 1000.0, st.childMs / 1000, st.checkMs / 1000, (unsigned long long)st.killed,
          (unsigned long long)st.killedBeforeOpened, (unsigned long long)st.cleanCloses, (unsigned long long)st.acked,
          (unsigned long long)st.synced, (unsigned long long)st.finalVisible, (unsigned long long)st.segments,
          (unsigned long long)st.tornBatchesHidden, (unsigned long long)st.unackedVisible,
          (unsigned long long)st.unackedBatchesVisible, qPrintable(paths));
    qInfo("%llu of %llu kills landed while an append or batch was being written (intent sent, no ack yet)",
          (unsigned long long)st.killedInFlight, (unsigned long long)st.killed);
    QVERIFY(st.acked > 1000);
    // The kills land during writes: a good share interrupt an operation in flight (about 60%
    // here; the rest land between operations or before the open).
    QVERIFY(st.killedInFlight * 3 > st.killed);
    QVERIFY(st.killedBeforeOpened > 0);
    QVERIFY(st.cleanCloses > 0);
  }

  // Every append rotates: kills land inside seal / segment creation / the batch closer.
  void crashWhileRotating() {
    QTemporaryDir tmp;
    CrashParams p;
    p.runs = 80;
    p.segmentBytes = 1;
    p.fsync = false;  // so rotation, not fsync, is where the time goes
    p.minKillUs = 100;
    p.maxKillUs = 3000;
    p.killDuringOpenPercent = 10;
    p.cleanClosePercent = 3;
    p.seed = 77;
    p.crossPathEvery = 40;
    CrashStats st;
    QElapsedTimer t;
    t.start();
    CHECKED(crashRuns(tmp.filePath("d"), p, st));
    qInfo("%llu runs in %.1f s (children %.1f s, checks %.1f s), %llu events acknowledged, %llu visible in %llu segments",
          (unsigned long long)st.runs, t.elapsed() / 1000.0, st.childMs / 1000, st.checkMs / 1000, (unsigned long long)st.acked,
          (unsigned long long)st.finalVisible, (unsigned long long)st.segments);
    QVERIFY(st.acked > 100);
  }
};

QTEST_GUILESS_MAIN(StoreCrashTest)
#include "store_crash_test.moc"
