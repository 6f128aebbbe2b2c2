// The writer. Frame bytes, footers and snapshots come from format_writer; this file owns
// the batpak semantics around them: global sequences, per-entity chain heads (clock,
// prev_hash, wall_ms clamp; FORMAT.md §11.2), batch envelopes, rotation, fences, syncs.
// Batscope never lets a batch straddle a rotation (batpak does, then misreads its own
// footers: FORMAT.md §13 gotcha 12), so every footer it writes is correct.
#include "batscope/write/store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "batscope/codec/blake3.h"
#include "batscope/base/data_dir.h"
#include "batscope/format/event_frame.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/format/segment_writer.h"
#include "batscope/format/sidx_footer_writer.h"
#include "batscope/format/snapshot_writer.h"
#include "batscope/format/visibility_ranges_writer.h"
#include "batscope/codec/msgpack_value_writer.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/format/segment.h"
#include "batscope/format/snapshot.h"
#include "batscope/format/visibility_ranges.h"

namespace batscope {

Id128 makeUuidV7(uint64_t unixMs, uint64_t randA, uint64_t randB) {
  Id128 id;
  for (int i = 0; i < 6; ++i) id.bytes[i] = uint8_t(unixMs >> (40 - 8 * i));
  id.bytes[6] = uint8_t(0x70 | ((randA >> 8) & 0x0f));
  id.bytes[7] = uint8_t(randA);
  id.bytes[8] = uint8_t(0x80 | ((randB >> 56) & 0x3f));
  for (int i = 9; i < 16; ++i) id.bytes[i] = uint8_t(randB >> (8 * (15 - i)));
  return id;
}

namespace {

std::string idKey(const Id128& id) { return std::string(reinterpret_cast<const char*>(id.bytes.data()), 16); }

Error ioError(const std::string& file, const std::string& what) {
  return Error{Error::Code::Io, what + ": " + std::strerror(errno), file, std::nullopt};
}

Error invalid(std::string msg) { return Error{Error::Code::InvalidArgument, std::move(msg), "", std::nullopt}; }

bool reservedKind(uint16_t kind) {
  const uint16_t cat = kind >> 12;
  return cat == 0x0 || cat == 0xD;
}

}  // namespace

struct Store::Impl {
  std::string dir;
  StoreConfig cfg;
  int dirFd = -1;
  int segFd = -1;
  uint64_t segId = 0;
  uint64_t segBytes = 0;   // magic + header + frames (footer not counted)
  std::vector<SidxEntryInput> footer;
  bool failed = false;     // a write or fsync failed: refuse further writes
  bool closed = false;

  uint64_t allocator = 0;
  uint64_t visibleWatermark = 0;
  std::vector<SequenceRange> cancelled;
  std::optional<uint64_t> fenceStart;
  std::optional<uint64_t> fenceMax;
  uint64_t unsynced = 0;

  struct Head {
    uint64_t wallMs = 0;
    uint32_t clock = 0;
    Hash32 eventHash{};
    uint64_t globalSequence = 0;
  };
  std::unordered_map<std::string, Head> heads;
  std::unordered_map<std::string, AppendReceipt> byId;   // idempotency
  struct IndexedEvent { SidxEntryInput sidx; uint64_t segmentId = 0; };
  std::vector<IndexedEvent> entries;                      // everything indexed (for the snapshot)

  std::mt19937_64 rng;

  // Also runs when Store::open fails after taking the lock: the lock must not outlive it.
  ~Impl() {
    if (segFd >= 0) fs().closeFile(segFd);
    if (dirFd >= 0) ::close(dirFd);
  }

  FileSystem& fs() const { return cfg.fs ? *cfg.fs : FileSystem::posix(); }

  int64_t nowUs() const {
    if (cfg.clockUs) return cfg.clockUs();
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch()).count();
  }
  Id128 newId(int64_t tsUs) { return makeUuidV7(uint64_t(tsUs / 1000), rng(), rng()); }

  bool visible(uint64_t gs) const { return gs < visibleWatermark && !inRanges(cancelled, gs); }

  std::string segPath(uint64_t id) const { return joinPath(dir, segmentFileName(id)); }

  // The segment appears under its name only with its header written: a crash between
  // creating the file and writing the header would leave a 0-byte .fbat that batpak (and
  // restoreIndex) refuse to open ever after (FORMAT.md §10.6). So the header goes into a
  // `.tmpXXXXXX` file (never read, §1) that is then hard-linked under the segment's name;
  // link() fails if the name exists, like the create-new open it replaces.
  Status createSegment(uint64_t id) {
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static std::atomic<uint64_t> counter{0};
    const std::string path = segPath(id);
    SegmentHeader h;
    h.version = 1;
    h.flags = 0;
    h.createdNs = nowUs() * 1000;
    h.segmentId = id;
    const std::vector<uint8_t> bytes = encodeSegmentHeader(h);
    std::string tmpPath;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
      // Not from `rng`: that stream is the seeded event ids.
      uint64_t x = (uint64_t(::getpid()) << 40) ^ uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                   (counter.fetch_add(1) * 0x9E3779B97F4A7C15ull);
      std::string name = ".tmp";
      for (int i = 0; i < 6; ++i, x /= 62) name += alphabet[x % 62];
      tmpPath = joinPath(dir, name);
      fd = fs().openFile(tmpPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) return ioError(path, "cannot create segment");
    auto fail = [&](const char* what) {
      const Error e = ioError(path, what);
      fs().closeFile(fd);
      fs().removeFile(tmpPath);
      return e;
    };
    if (!writeAll(fs(), fd, bytes.data(), bytes.size())) return fail("cannot write segment header");
    if (cfg.fsync && fs().syncFile(fd) != 0) return fail("cannot sync segment header");
    if (fs().linkFile(tmpPath, path) == 0) {
      fs().removeFile(tmpPath);
    } else {
      // File systems without hard links: rename, unless the name is taken.
      struct stat st;
      if (errno != EPERM && errno != EOPNOTSUPP) return fail("cannot create segment");
      if (::stat(path.c_str(), &st) == 0) {
        errno = EEXIST;
        return fail("cannot create segment");
      }
      if (fs().renameFile(tmpPath, path) != 0) return fail("cannot create segment");
    }
    segFd = fd;
    segId = id;
    segBytes = bytes.size();
    footer.clear();
    return Status::success();
  }

  Status fsyncFd(int fd, const std::string& what) {
    if (!cfg.fsync) return Status::success();
    if (fs().syncFile(fd) != 0) {
      failed = true;
      return ioError(what, "fsync failed");
    }
    return Status::success();
  }

  // Appends the SIDX footer to the active segment and syncs it.
  Status seal() {
    const std::vector<uint8_t> bytes = encodeSidxFooter(segBytes, footer);
    if (!writeAll(fs(), segFd, bytes.data(), bytes.size())) {
      failed = true;
      return ioError(segPath(segId), "cannot write SIDX footer");
    }
    Status s = fsyncFd(segFd, segPath(segId));
    if (!s) return s;
    fs().closeFile(segFd);
    segFd = -1;
    return Status::success();
  }

  Status rotateIfFull() {
    if (segBytes < cfg.segmentMaxBytes) return Status::success();
    Status s = seal();
    if (!s) return s;
    return createSegment(segId + 1);
  }

  // Writes frames at the end of the active segment; on failure truncates back so the
  // segment never keeps a half-written frame in front of later ones.
  Status writeFrames(const std::vector<uint8_t>& bytes) {
    if (!writeAll(fs(), segFd, bytes.data(), bytes.size())) {
      const Error e = ioError(segPath(segId), "cannot append frame");
      if (fs().truncateFile(segFd, segBytes) != 0) failed = true;
      return e;
    }
    segBytes += bytes.size();
    return Status::success();
  }

  void index(const EventHeader& h, const HashChain& chain, std::string_view entity, std::string_view scope,
             uint64_t gs, uint64_t offset, uint32_t length) {
    SidxEntryInput in;
    in.eventId = h.eventId;
    in.entity = std::string(entity);
    in.scope = std::string(scope);
    in.kind = h.eventKind;
    in.wallMs = h.position.wallMs;
    in.clock = h.position.sequence;
    in.chain = chain;
    in.frameOffset = offset;
    in.frameLength = length;
    in.globalSequence = gs;
    in.correlationId = h.correlationId;
    in.causationId = h.causationId;
    footer.push_back(in);
    entries.push_back(IndexedEvent{in, segId});
    heads[std::string(entity)] = Head{h.position.wallMs, h.position.sequence, chain.eventHash, gs};
    byId[idKey(h.eventId)] = AppendReceipt{h.eventId, gs, FramePos{segId, offset, length}};
  }

  // The entity's chain head if visible (FORMAT.md §11.2): clock, prev_hash, wall_ms clamp.
  void position(const std::string& entity, int64_t tsUs, DagPosition& pos, Hash32& prev) const {
    pos = DagPosition{};
    pos.wallMs = uint64_t(tsUs / 1000);
    prev.fill(0);
    auto it = heads.find(entity);
    if (it == heads.end() || !visible(it->second.globalSequence)) return;
    pos.wallMs = std::max(pos.wallMs, it->second.wallMs);
    pos.sequence = it->second.clock + 1;
    prev = it->second.eventHash;
  }

  Status checkCoordinate(std::string_view entity, std::string_view scope) const {
    if (!isValidCoordinate(entity, scope))
      return invalid("invalid coordinate: entity and scope must be 1..1024 bytes (entity '" +
                     std::string(entity.substr(0, 64)) + "', scope '" + std::string(scope.substr(0, 64)) + "')");
    return Status::success();
  }
  Status checkWritable() const {
    if (closed) return invalid("store is closed");
    if (failed) return Error{Error::Code::Io, "store refuses writes after an earlier I/O failure", dir, std::nullopt};
    return Status::success();
  }

  Status maybeSync(uint64_t n) {
    unsynced += n;
    if (cfg.syncEveryNEvents && unsynced >= cfg.syncEveryNEvents) {
      Status s = fsyncFd(segFd, segPath(segId));
      if (!s) return s;
      unsynced = 0;
    }
    return Status::success();
  }

  EventHeader markerHeader(uint16_t kind, uint64_t batchId, uint32_t payloadSize) {
    return batchMarkerHeader(kind, batchId, nowUs(), payloadSize);
  }

  Status writeSnapshotArtifact();
  Status writeVisibilityRanges();
  Status atomicWrite(const std::string& name, const std::vector<uint8_t>& bytes, mode_t mode);
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Result<std::unique_ptr<Store>> Store::open(const std::string& dir, StoreConfig config) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->cfg = std::move(config);
  impl->rng.seed(impl->cfg.seed ? *impl->cfg.seed : std::random_device{}());
  if (impl->cfg.segmentMaxBytes == 0) return invalid("segment_max_bytes must be > 0");
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return ioError(dir, "cannot create data directory");
  impl->dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (impl->dirFd < 0) return ioError(dir, "cannot open data directory");
  if (::flock(impl->dirFd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(impl->dirFd);
    impl->dirFd = -1;
    if (err == EWOULDBLOCK)
      return Error{Error::Code::InvalidArgument, "data directory is locked by another Batscope writer", dir, std::nullopt};
    errno = err;
    return ioError(dir, "cannot lock data directory");
  }

  auto dd = DataDir::open(dir);
  if (!dd) return dd.error();
  RestoreOptions ro;
  InlineExecutor inlineEx;
  ro.executor = &inlineEx;
  auto restored = restoreIndex(*dd, ro);
  if (!restored) return restored.error();
  const Index& idx = *restored->index;
  impl->allocator = idx.allocator();
  impl->visibleWatermark = impl->allocator;
  // A seeded store reopened gets a stream of its own: the same seed in every session would
  // give a session's first event the random bits of the last session's, and in the same
  // millisecond the same id (deterministic still: the allocator is part of the store).
  if (impl->cfg.seed && impl->allocator > 0) impl->rng.seed(*impl->cfg.seed ^ (impl->allocator * 0x9E3779B97F4A7C15ull));
  impl->cancelled = idx.cancelledRanges();
  // Chain heads after a restore: each entity's last entry in stream order, hidden included.
  struct Best { uint32_t row; };
  std::unordered_map<uint32_t, uint32_t> last;
  for (uint32_t row = 0; row < idx.entryCount(); ++row) {
    const IndexEntry& e = idx.entry(row);
    auto it = last.find(e.entityId);
    if (it == last.end()) { last.emplace(e.entityId, row); continue; }
    const IndexEntry& b = idx.entry(it->second);
    const bool later = e.wallMs != b.wallMs ? e.wallMs > b.wallMs
                       : e.clock != b.clock ? e.clock > b.clock
                                            : !(idx.eventId(row) < idx.eventId(it->second));
    if (later) it->second = row;
  }
  for (const auto& [entityId, row] : last) {
    const IndexEntry& e = idx.entry(row);
    impl->heads[std::string(idx.string(entityId))] = Impl::Head{e.wallMs, e.clock, idx.hashChain(row).eventHash, e.globalSequence};
  }
  for (uint32_t row = 0; row < idx.entryCount(); ++row) {
    const IndexEntry& e = idx.entry(row);
    const Id128 id = idx.eventId(row);
    impl->byId[idKey(id)] = AppendReceipt{id, e.globalSequence, FramePos{e.segmentId, e.offset, e.length}};
    Impl::IndexedEvent se;
    se.sidx.eventId = id;
    se.sidx.entity = std::string(idx.entity(row));
    se.sidx.scope = std::string(idx.scope(row));
    se.sidx.kind = e.kind;
    se.sidx.wallMs = e.wallMs;
    se.sidx.clock = e.clock;
    se.sidx.chain = idx.hashChain(row);
    se.sidx.frameOffset = e.offset;
    se.sidx.frameLength = e.length;
    se.sidx.globalSequence = e.globalSequence;
    se.sidx.correlationId = idx.correlationId(row);
    se.sidx.causationId = idx.causationId(row);
    se.segmentId = e.segmentId;
    impl->entries.push_back(std::move(se));
  }
  uint64_t maxId = 0;
  for (const SegmentFile& s : (*dd)->segments()) maxId = std::max(maxId, s.id);
  Status s = impl->createSegment(maxId + 1);
  if (!s) return s.error();
  if (restored->endedInsideBatch) {
    // A batch torn by a crash leaves batpak's frame scan inside a batch; an empty BEGIN +
    // COMMIT pair closes it so this session's events are not swallowed (FORMAT.md §5.2).
    std::vector<uint8_t> bytes = encodeFrame(impl->markerHeader(kKindBatchBegin, impl->allocator, 0), std::nullopt,
                                             nullptr, 0, "_batch", "_system");
    const std::vector<uint8_t> commit = encodeFrame(impl->markerHeader(kKindBatchCommit, impl->allocator, 0),
                                                    std::nullopt, nullptr, 0, "_batch", "_system");
    bytes.insert(bytes.end(), commit.begin(), commit.end());
    s = impl->writeFrames(bytes);
    if (!s) return s.error();
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::~Store() {
  if (!impl_ || impl_->closed) return;
  if (impl_->segFd >= 0 && !impl_->failed) (void)impl_->seal();
  // ~Impl closes the segment and directory descriptors (releasing the lock).
}

Result<AppendReceipt> Store::append(std::string_view entity, std::string_view scope, uint16_t kind,
                                    const std::vector<uint8_t>& payload, const AppendOptions& options) {
  Impl& m = *impl_;
  if (Status s = m.checkWritable(); !s) return s.error();
  if (Status s = m.checkCoordinate(entity, scope); !s) return s.error();
  if (reservedKind(kind)) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "event kind 0x%04x is in a reserved category (0x0 system, 0xD effect)", kind);
    return invalid(buf);
  }
  if (payload.size() > m.cfg.singleAppendMaxBytes)
    return invalid("payload of " + std::to_string(payload.size()) + " bytes exceeds single_append_max_bytes (" +
                   std::to_string(m.cfg.singleAppendMaxBytes) + ")");
  if (options.idempotencyKey) {
    auto it = m.byId.find(idKey(*options.idempotencyKey));
    if (it != m.byId.end()) return it->second;
  }
  if (Status s = m.rotateIfFull(); !s) return s.error();
  EventHeader h;
  h.timestampUs = m.nowUs();
  h.eventId = options.idempotencyKey ? *options.idempotencyKey : m.newId(h.timestampUs);
  h.correlationId = options.correlationId.value_or(h.eventId);
  h.causationId = options.causationId;
  Hash32 prev;
  m.position(std::string(entity), h.timestampUs, h.position, prev);
  h.payloadSize = uint32_t(payload.size());
  h.eventKind = kind;
  h.flags = options.flags;
  const Hash32 hash = blake3(payload.data(), payload.size());
  h.contentHash = hash;
  const HashChain chain{prev, hash};
  const std::vector<uint8_t> frame = encodeFrame(h, chain, payload.data(), payload.size(), entity, scope);
  const uint64_t offset = m.segBytes;
  if (Status s = m.writeFrames(frame); !s) return s.error();
  const uint64_t gs = m.allocator++;
  if (!m.fenceStart) m.visibleWatermark = m.allocator;
  else m.fenceMax = gs;
  m.index(h, chain, entity, scope, gs, offset, uint32_t(frame.size()));
  if (Status s = m.maybeSync(1); !s) return s.error();
  return AppendReceipt{h.eventId, gs, FramePos{m.segId, offset, uint32_t(frame.size())}};
}

Result<AppendReceipt> Store::append(std::string_view entity, std::string_view scope, uint16_t kind,
                                    const MsgValue& payload, const AppendOptions& options) {
  return append(entity, scope, kind, encodeMsgValue(payload), options);
}

Result<std::vector<AppendReceipt>> Store::appendBatch(const std::vector<BatchItem>& items) {
  Impl& m = *impl_;
  if (Status s = m.checkWritable(); !s) return s.error();
  if (items.empty() || items.size() > m.cfg.batchMaxSize)
    return invalid("a batch holds 1.." + std::to_string(m.cfg.batchMaxSize) + " items, not " + std::to_string(items.size()));
  uint64_t total = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const BatchItem& it = items[i];
    if (Status s = m.checkCoordinate(it.entity, it.scope); !s) return Error{s.error().code, "item " + std::to_string(i) + ": " + s.error().message, "", std::nullopt};
    if (reservedKind(it.kind)) return invalid("item " + std::to_string(i) + ": event kind " + std::to_string(it.kind) + " is in a reserved category");
    if (it.causedByItem && *it.causedByItem >= i) return invalid("item " + std::to_string(i) + ": causedByItem must name an earlier item");
    total += it.payload.size();
  }
  if (total > m.cfg.batchMaxBytes)
    return invalid("batch payloads total " + std::to_string(total) + " bytes, over batch.max_bytes (" + std::to_string(m.cfg.batchMaxBytes) + ")");
  if (Status s = m.rotateIfFull(); !s) return s.error();

  const uint64_t batchId = m.allocator;
  const int64_t ts = m.nowUs();
  std::vector<uint8_t> bytes = encodeFrame(m.markerHeader(kKindBatchBegin, batchId, uint32_t(items.size())), std::nullopt,
                                           nullptr, 0, "_batch", "_system");
  struct Pending { EventHeader h; HashChain chain; uint64_t offset; uint32_t length; };
  std::vector<Pending> pending;
  std::unordered_map<std::string, Impl::Head> local;  // chain inside the batch
  for (size_t i = 0; i < items.size(); ++i) {
    const BatchItem& it = items[i];
    Pending p;
    p.h.timestampUs = ts;
    p.h.eventId = m.newId(ts);
    p.h.correlationId = it.correlationId.value_or(p.h.eventId);
    if (it.causedByItem) p.h.causationId = pending[*it.causedByItem].h.eventId;
    else p.h.causationId = it.causationId;
    Hash32 prev;
    auto li = local.find(it.entity);
    if (li != local.end()) {
      p.h.position.wallMs = std::max(uint64_t(ts / 1000), li->second.wallMs);
      p.h.position.sequence = li->second.clock + 1;
      prev = li->second.eventHash;
    } else {
      m.position(it.entity, ts, p.h.position, prev);
    }
    p.h.payloadSize = uint32_t(it.payload.size());
    p.h.eventKind = it.kind;
    const Hash32 hash = blake3(it.payload.data(), it.payload.size());
    p.h.contentHash = hash;
    p.chain = HashChain{prev, hash};
    local[it.entity] = Impl::Head{p.h.position.wallMs, p.h.position.sequence, hash, 0};
    const std::vector<uint8_t> frame = encodeFrame(p.h, p.chain, it.payload.data(), it.payload.size(), it.entity, it.scope);
    p.offset = m.segBytes + bytes.size();
    p.length = uint32_t(frame.size());
    bytes.insert(bytes.end(), frame.begin(), frame.end());
    pending.push_back(p);
  }
  const std::vector<uint8_t> commit = encodeFrame(m.markerHeader(kKindBatchCommit, batchId, 0), std::nullopt, nullptr, 0,
                                                  "_batch", "_system");
  bytes.insert(bytes.end(), commit.begin(), commit.end());
  if (Status s = m.writeFrames(bytes); !s) return s.error();
  if (Status s = m.fsyncFd(m.segFd, m.segPath(m.segId)); !s) return s.error();
  m.unsynced = 0;
  std::vector<AppendReceipt> receipts;
  for (size_t i = 0; i < items.size(); ++i) {
    const uint64_t gs = m.allocator++;
    if (m.fenceStart) m.fenceMax = gs;
    m.index(pending[i].h, pending[i].chain, items[i].entity, items[i].scope, gs, pending[i].offset, pending[i].length);
    receipts.push_back(AppendReceipt{pending[i].h.eventId, gs, FramePos{m.segId, pending[i].offset, pending[i].length}});
  }
  if (!m.fenceStart) m.visibleWatermark = m.allocator;
  return receipts;
}

Status Store::sync() {
  Impl& m = *impl_;
  if (Status s = m.checkWritable(); !s) return s;
  Status s = m.fsyncFd(m.segFd, m.segPath(m.segId));
  if (s) m.unsynced = 0;
  return s;
}

Status Store::beginFence() {
  Impl& m = *impl_;
  if (m.fenceStart) return invalid("a visibility fence is already open");
  m.fenceStart = m.allocator;
  m.fenceMax.reset();
  return Status::success();
}

Status Store::commitFence() {
  Impl& m = *impl_;
  if (!m.fenceStart) return invalid("no visibility fence is open");
  m.fenceStart.reset();
  m.fenceMax.reset();
  m.visibleWatermark = m.allocator;
  return Status::success();
}

Status Store::cancelFence() {
  Impl& m = *impl_;
  if (!m.fenceStart) return invalid("no visibility fence is open");
  if (m.fenceMax) {
    m.cancelled.push_back(SequenceRange{*m.fenceStart, *m.fenceMax + 1});
    m.cancelled = normalizeRanges(m.cancelled);
  }
  m.fenceStart.reset();
  m.fenceMax.reset();
  m.visibleWatermark = m.allocator;
  return m.writeVisibilityRanges();
}

Status Store::Impl::atomicWrite(const std::string& name, const std::vector<uint8_t>& bytes, mode_t mode) {
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::string tmpName;
  int fd = -1;
  for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
    tmpName = ".tmp";
    for (int i = 0; i < 6; ++i) tmpName += alphabet[rng() % 62];
    fd = fs().openFile(joinPath(dir, tmpName), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0 && errno != EEXIST) break;  // only a name clash is worth another name
  }
  const std::string tmpPath = joinPath(dir, tmpName);
  if (fd < 0) return ioError(tmpPath, "cannot create temporary file");
  if (!writeAll(fs(), fd, bytes.data(), bytes.size())) {
    const Error e = ioError(tmpPath, "cannot write");
    fs().closeFile(fd);
    fs().removeFile(tmpPath);
    return e;
  }
  if (cfg.fsync && fs().syncFile(fd) != 0) {
    const Error e = ioError(tmpPath, "fsync failed");
    fs().closeFile(fd);
    fs().removeFile(tmpPath);
    return e;
  }
  fs().closeFile(fd);
  const std::string finalPath = joinPath(dir, name);
  if (fs().renameFile(tmpPath, finalPath) != 0) {
    const Error e = ioError(finalPath, "cannot rename into place");
    fs().removeFile(tmpPath);
    return e;
  }
  // The rename is durable only once the directory is: say so when it is not.
  if (cfg.fsync && fs().syncFile(dirFd) != 0) return ioError(dir, "fsync of the data directory failed");
  return Status::success();
}

Status Store::Impl::writeVisibilityRanges() {
  const std::string path = joinPath(dir, kVisibilityRangesFileName);
  if (cancelled.empty()) {
    if (fs().removeFile(path) != 0 && errno != ENOENT) return ioError(path, "cannot delete");
    return Status::success();
  }
  return atomicWrite(kVisibilityRangesFileName, encodeVisibilityRanges(cancelled), 0644);
}

Status Store::Impl::writeSnapshotArtifact() {
  if (!cfg.enableMmapIndex && !cfg.enableCheckpoint) return Status::success();
  // Watermark: highest segment id on disk and its length including the footer just written.
  struct stat st;
  if (::stat(segPath(segId).c_str(), &st) != 0) return ioError(segPath(segId), "cannot stat");
  std::vector<const IndexedEvent*> sorted;
  sorted.reserve(entries.size());
  for (const IndexedEvent& e : entries) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](const IndexedEvent* a, const IndexedEvent* b) {
    return a->sidx.globalSequence < b->sidx.globalSequence;
  });
  SnapshotContent in;
  in.watermarkSegmentId = segId;
  in.watermarkOffset = uint64_t(st.st_size);
  in.allocator = allocator;
  // Interner in first-use order over the sequence-sorted entries, entity before scope.
  in.interner.emplace_back();
  std::unordered_map<std::string, uint32_t> ids;
  auto intern = [&](const std::string& s) {
    auto [it, added] = ids.emplace(s, uint32_t(in.interner.size()));
    if (added) in.interner.push_back(s);
    return it->second;
  };
  in.entries.reserve(sorted.size());
  for (const IndexedEvent* e : sorted) {
    SnapshotEntryInput x;
    x.eventId = e->sidx.eventId;
    x.correlationId = e->sidx.correlationId;
    x.causationId = e->sidx.causationId;
    x.entityId = intern(e->sidx.entity);
    x.scopeId = intern(e->sidx.scope);
    x.kind = e->sidx.kind;
    x.wallMs = e->sidx.wallMs;
    x.clock = e->sidx.clock;
    x.chain = e->sidx.chain;
    x.segmentId = e->segmentId;
    x.offset = e->sidx.frameOffset;
    x.length = e->sidx.frameLength;
    x.globalSequence = e->sidx.globalSequence;
    x.entity = e->sidx.entity;
    x.scope = e->sidx.scope;
    in.entries.push_back(std::move(x));
  }
  if (cfg.enableMmapIndex) return atomicWrite(kMmapIndexFileName, encodeMmapIndex(in), 0600);
  return atomicWrite(kCheckpointFileName, encodeCheckpoint(in), 0600);
}

Status Store::close() {
  Impl& m = *impl_;
  if (m.closed) return Status::success();
  Status result = Status::success();
  if (m.fenceStart) result = cancelFence();
  if (!m.failed && m.segFd >= 0) {
    Status s = m.seal();
    if (!s && result) result = s;
    if (s) {
      Status a = m.writeSnapshotArtifact();
      if (!a && result) result = a;
    }
  }
  if (m.segFd >= 0) m.fs().closeFile(m.segFd);
  m.segFd = -1;
  if (m.dirFd >= 0) ::close(m.dirFd);
  m.dirFd = -1;
  m.closed = true;
  return result;
}

uint64_t Store::activeSegmentId() const { return impl_->segId; }
uint64_t Store::nextGlobalSequence() const { return impl_->allocator; }
uint64_t Store::eventsSinceSync() const { return impl_->unsynced; }

}  // namespace batscope
