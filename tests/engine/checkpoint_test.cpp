// Tests for loading a large index.ckpt (checkpoint.cpp): the entries decoded in two halves on
// two threads are exactly the sequential decode's, including when an event id holds the
// bytes of an entry header right where the second half would start (the split must then
// be refused), and canonical entries are marked so the index can read their ids in place.
#include <QtTest>

#include <cstring>
#include <fstream>
#include <random>

#include "batscope/base/executor.h"
#include "batscope/base/file_system.h"
#include "batscope/format/segment.h"
#include "batscope/format/snapshot.h"
#include "batscope/format/snapshot_writer.h"

using namespace batscope;

namespace {

constexpr uint32_t kEntries = 40000;  // above the size the halves start at (16384)
// The bytes every canonical entry starts with: map of 14, "event_id", bin 16.
constexpr uint8_t kEntryHead[] = {0x8e, 0xa8, 'e', 'v', 'e', 'n', 't', '_', 'i', 'd', 0xc4, 0x10};

SnapshotContent content(uint32_t seed) {
  std::mt19937_64 rng(seed);
  SnapshotContent c;
  c.watermarkSegmentId = 1;
  c.watermarkOffset = 64;
  c.allocator = kEntries;
  c.interner = {"", "scope:a", "entity:1", "entity:2", "entity:3"};
  for (uint32_t i = 0; i < kEntries; ++i) {
    SnapshotEntryInput e;
    for (auto& b : e.eventId.bytes) b = uint8_t(rng());
    for (auto& b : e.correlationId.bytes) b = uint8_t(rng());
    if (i % 3 == 0) e.causationId = e.correlationId;
    e.entityId = 2 + i % 3;
    e.scopeId = 1;
    e.entity = c.interner[e.entityId];
    e.scope = c.interner[1];
    e.kind = uint16_t(0x1000 + i % 7);
    e.wallMs = 1700000000000ull + i;
    e.clock = i / 3;
    for (auto& b : e.chain.prevHash) b = uint8_t(rng());
    for (auto& b : e.chain.eventHash) b = uint8_t(rng());
    e.segmentId = 1;
    e.offset = 64 + uint64_t(i) * 700;
    e.length = 700;
    e.globalSequence = i;
    c.entries.push_back(e);
  }
  return c;
}

bool sameEntry(const LoadedSnapshot::CheckpointEntry& a, const LoadedSnapshot::CheckpointEntry& b) {
  return a.eventId == b.eventId && a.correlationId == b.correlationId && a.causationId == b.causationId &&
         a.entityId == b.entityId && a.scopeId == b.scopeId && a.kind == b.kind && a.wallMs == b.wallMs &&
         a.clock == b.clock && a.chain.prevHash == b.chain.prevHash && a.chain.eventHash == b.chain.eventHash &&
         a.segmentId == b.segmentId && a.offset == b.offset && a.length == b.length &&
         a.globalSequence == b.globalSequence && a.fileOffset == b.fileOffset && a.canonical == b.canonical;
}

void writeStore(const QString& dir, const std::vector<uint8_t>& ckpt) {
  std::ofstream(QDir(dir).filePath(QStringLiteral("index.ckpt")).toStdString(), std::ios::binary)
      .write(reinterpret_cast<const char*>(ckpt.data()), std::streamsize(ckpt.size()));
  // loadCheckpoint wants the watermark segment to exist.
  std::ofstream(QDir(dir).filePath(QString::fromStdString(segmentFileName(1))).toStdString(), std::ios::binary) << "x";
}

}  // namespace

class CheckpointTest : public QObject {
  Q_OBJECT

 private slots:
  void halvesDecodeWhatTheSequentialDecodeDoes_data() {
    QTest::addColumn<bool>("headerInsideAnId");
    QTest::newRow("plain") << false;
    QTest::newRow("an entry header inside the event id at the split") << true;
  }
  void halvesDecodeWhatTheSequentialDecodeDoes() {
    QFETCH(bool, headerInsideAnId);
    SnapshotContent c = content(7);
    if (headerInsideAnId) {
      // Every event id starts with an entry header's bytes; then the tail is lengthened a
      // byte at a time (a hash byte above 0x7f takes two) until the middle of the entries
      // falls just after an entry's start, so the first header found after it is the one
      // inside that entry's event id, not the next entry's.
      for (SnapshotEntryInput& e : c.entries) std::memcpy(e.eventId.bytes.data(), kEntryHead, sizeof kEntryHead);
      // Where the first encoding puts the middle, then lengthen the tail by twice the distance
      // to just past the next entry's start (a few rounds: the midpoint rounds down).
      bool placed = false;
      size_t tailEntry = kEntries - 1, tailByte = 0;
      auto lengthenTail = [&](uint64_t bytes) {
        while (bytes > 0 && tailEntry > kEntries / 2 + 100) {
          SnapshotEntryInput& e = c.entries[tailEntry];
          uint8_t& b = tailByte < 32 ? e.chain.prevHash[tailByte] : e.chain.eventHash[tailByte - 32];
          if (b < 0x80) {
            b = uint8_t(b | 0x80);  // written "cc XX" instead of a fixint: one byte more
            --bytes;
          }
          if (++tailByte == 64) tailByte = 0, --tailEntry;
        }
      };
      for (int round = 0; round < 8 && !placed; ++round) {
        const std::vector<uint8_t> bytes = encodeCheckpoint(c);
        QTemporaryDir probe;
        writeStore(probe.path(), bytes);
        const SnapshotLoad load = loadCheckpoint(FileSystem::posix(), probe.path().toStdString());
        QVERIFY(load.snapshot);
        const auto& entries = load.snapshot->checkpointEntries;
        const uint64_t start = entries.front().fileOffset, end = bytes.size();
        const uint64_t mid = start + (end - start) / 2;
        const auto next = std::upper_bound(entries.begin(), entries.end(), mid,
                                           [](uint64_t m, const auto& e) { return m < e.fileOffset; });
        const uint64_t entryStart = std::prev(next)->fileOffset;
        placed = mid > entryStart && mid <= entryStart + kCheckpointEntryEventId;
        if (!placed) lengthenTail(2 * (next->fileOffset + 1 - mid));
      }
      QVERIFY2(placed, "could not place the middle inside an event id");
    }
    QTemporaryDir dir;
    writeStore(dir.path(), encodeCheckpoint(c));

    const SnapshotLoad sequential = loadCheckpoint(FileSystem::posix(), dir.path().toStdString());
    ThreadPoolExecutor pool(2);
    const SnapshotLoad halves = loadCheckpoint(FileSystem::posix(), dir.path().toStdString(), &pool);
    QVERIFY(sequential.snapshot && halves.snapshot);
    QVERIFY(!sequential.snapshot->decodedInHalves);
    // A split inside an id is refused (the first half ends elsewhere): decoded in one piece.
    QCOMPARE(halves.snapshot->decodedInHalves, !headerInsideAnId);
    const auto& a = sequential.snapshot->checkpointEntries;
    const auto& b = halves.snapshot->checkpointEntries;
    QCOMPARE(a.size(), size_t(kEntries));
    QCOMPARE(b.size(), a.size());
    for (size_t i = 0; i < a.size(); ++i)
      QVERIFY2(sameEntry(sequential.snapshot->checkpointEntry(i), halves.snapshot->checkpointEntry(i)),
               qPrintable(QString::number(i)));
    // Written by the same encoder as batpak's bytes: every entry is canonical, and the
    // event id sits at its fixed offset.
    const uint8_t* file = sequential.snapshot->file->data();
    for (size_t i = 0; i < a.size(); i += 997) {
      QVERIFY(a[i].canonical);
      QVERIFY(std::memcmp(file + a[i].fileOffset + kCheckpointEntryEventId, c.entries[i].eventId.bytes.data(), 16) == 0);
      QCOMPARE(a[i].globalSequence, uint64_t(i));
    }
  }

  // A filtered load (CheckpointEntryFilter) holds exactly the entries the filter keeps, in
  // the order an unfiltered load holds them, decoded sequentially or in halves; each lane
  // sees its entries in file order. A file that is rejected is rejected the same way.
  void filteredLoadHoldsWhatTheFilterKeeps() {
    const SnapshotContent c = content(13);
    std::vector<uint8_t> bytes = encodeCheckpoint(c);
    QTemporaryDir dir;
    writeStore(dir.path(), bytes);
    const SnapshotLoad whole = loadCheckpoint(FileSystem::posix(), dir.path().toStdString());
    QVERIFY(whole.snapshot && !whole.snapshot->filtered);
    const LoadedSnapshot& w = *whole.snapshot;
    ThreadPoolExecutor pool(2);
    for (Executor* ex : {static_cast<Executor*>(nullptr), static_cast<Executor*>(&pool)}) {
      uint64_t lastSequence[2] = {0, 0};
      bool inOrder = true;
      const SnapshotLoad some = loadCheckpoint(FileSystem::posix(), dir.path().toStdString(), ex,
                                               [&](const EntryPlace& e, unsigned lane) {
                                                 if (lane > 1) return inOrder = false;
                                                 inOrder = inOrder && (lastSequence[lane] == 0 || e.globalSequence > lastSequence[lane]);
                                                 lastSequence[lane] = e.globalSequence;
                                                 return e.globalSequence % 7 == 3;
                                               });
      QVERIFY(some.snapshot && some.snapshot->filtered && inOrder);
      QCOMPARE(some.snapshot->decodedInHalves, ex != nullptr);
      const LoadedSnapshot& f = *some.snapshot;
      QCOMPARE(f.storedAllocator, w.storedAllocator);
      size_t k = 0;
      for (size_t i = 0; i < w.entryCount(); ++i) {
        if (w.place(i).globalSequence % 7 != 3) continue;
        QVERIFY(k < f.entryCount());
        QVERIFY2(sameEntry(w.checkpointEntry(i), f.checkpointEntry(k)), qPrintable(QString::number(i)));
        ++k;
      }
      QCOMPARE(k, f.entryCount());
      QVERIFY(k > 100);
    }
    // The same file with its CRC broken: rejected with or without a filter, for the same reason.
    bytes[bytes.size() / 2] ^= 0x01;
    QTemporaryDir broken;
    writeStore(broken.path(), bytes);
    const SnapshotLoad a = loadCheckpoint(FileSystem::posix(), broken.path().toStdString());
    const SnapshotLoad b = loadCheckpoint(FileSystem::posix(), broken.path().toStdString(), &pool,
                                          [](const EntryPlace&, unsigned) { return false; });
    QVERIFY(!a.snapshot && !b.snapshot);
    QCOMPARE(b.rejection.error.toString(), a.rejection.error.toString());
  }

  // A damaged entry in the second half: the halves give up and the error names the entry,
  // as the sequential decode does.
  void damageInTheSecondHalfIsReportedAsSequentially() {
    const SnapshotContent c = content(9);
    std::vector<uint8_t> bytes = encodeCheckpoint(c);
    // Break the map header of an entry three quarters in (then fix the CRC over [12, EOF)).
    static const uint8_t kHead[] = {0x8e, 0xa8, 'e', 'v', 'e', 'n', 't', '_', 'i', 'd'};
    const auto at = std::search(bytes.begin() + long(bytes.size() * 3 / 4), bytes.end(), kHead, kHead + sizeof kHead);
    QVERIFY(at != bytes.end());
    *at = 0xc1;  // never used in msgpack
    const uint32_t crc = crc32(bytes.data() + 12, bytes.size() - 12);
    for (int i = 0; i < 4; ++i) bytes[size_t(8 + i)] = uint8_t(crc >> (8 * i));
    QTemporaryDir dir;
    writeStore(dir.path(), bytes);
    const SnapshotLoad sequential = loadCheckpoint(FileSystem::posix(), dir.path().toStdString());
    ThreadPoolExecutor pool(2);
    const SnapshotLoad halves = loadCheckpoint(FileSystem::posix(), dir.path().toStdString(), &pool);
    const SnapshotLoad filtered = loadCheckpoint(FileSystem::posix(), dir.path().toStdString(), &pool,
                                                 [](const EntryPlace&, unsigned) { return false; });
    QVERIFY(!sequential.snapshot && !halves.snapshot && !filtered.snapshot);
    QCOMPARE(halves.rejection.error.toString(), sequential.rejection.error.toString());
    QCOMPARE(filtered.rejection.error.toString(), sequential.rejection.error.toString());
    QVERIFY2(sequential.rejection.error.toString().find("entry ") != std::string::npos,
             sequential.rejection.error.toString().c_str());
  }

  // An entry serde reads but batpak's writer would not produce (its event id as an array of
  // 16 u8 instead of bin 16) is not canonical: its ids and hashes are kept beside the packed
  // entries, and every entry reads back whole, on both decodes.
  void nonCanonicalEntryKeepsItsIds() {
    const SnapshotContent c = content(11);
    std::vector<uint8_t> bytes = encodeCheckpoint(c);
    const size_t victim = kEntries * 3 / 4;
    QTemporaryDir probe;
    writeStore(probe.path(), bytes);
    const SnapshotLoad first = loadCheckpoint(FileSystem::posix(), probe.path().toStdString());
    QVERIFY(first.snapshot);
    const size_t idAt = size_t(first.snapshot->checkpointEntries[victim].fileOffset) + 10;  // after map + key
    QCOMPARE(int(bytes[idAt]), 0xc4);
    std::vector<uint8_t> asArray = {0xdc, 0x00, 0x10};
    for (uint8_t b : c.entries[victim].eventId.bytes) {
      if (b > 0x7f) asArray.push_back(0xcc);
      asArray.push_back(b);
    }
    bytes.erase(bytes.begin() + long(idAt), bytes.begin() + long(idAt + 18));
    bytes.insert(bytes.begin() + long(idAt), asArray.begin(), asArray.end());
    const uint32_t crc = crc32(bytes.data() + 12, bytes.size() - 12);
    for (int i = 0; i < 4; ++i) bytes[size_t(8 + i)] = uint8_t(crc >> (8 * i));
    QTemporaryDir dir;
    writeStore(dir.path(), bytes);
    ThreadPoolExecutor pool(2);
    for (Executor* ex : {static_cast<Executor*>(nullptr), static_cast<Executor*>(&pool)}) {
      const SnapshotLoad load = loadCheckpoint(FileSystem::posix(), dir.path().toStdString(), ex);
      QVERIFY2(load.snapshot, load.rejection.error.toString().c_str());
      const LoadedSnapshot& s = *load.snapshot;
      QVERIFY(!s.decodedInHalves);  // the halves take canonical entries only
      QCOMPARE(s.checkpointIdentities.size(), size_t(1));
      QVERIFY(!s.checkpointEntries[victim].canonical);
      for (size_t i : {size_t(0), victim - 1, victim, victim + 1, size_t(kEntries - 1)}) {
        const LoadedSnapshot::CheckpointEntry e = s.checkpointEntry(i);
        QVERIFY(e.eventId == c.entries[i].eventId);
        QVERIFY(e.correlationId == c.entries[i].correlationId);
        QVERIFY(e.causationId == c.entries[i].causationId);
        QVERIFY(e.chain.prevHash == c.entries[i].chain.prevHash);
        QVERIFY(e.chain.eventHash == c.entries[i].chain.eventHash);
        QCOMPARE(e.globalSequence, uint64_t(i));
        QVERIFY(s.place(i).eventId == c.entries[i].eventId);
        QVERIFY(s.entry(i).eventId == c.entries[i].eventId);
      }
    }
  }
};

QTEST_GUILESS_MAIN(CheckpointTest)
#include "checkpoint_test.moc"
