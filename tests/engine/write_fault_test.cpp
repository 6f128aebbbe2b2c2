// Write faults at every write point of the store writer: the FileSystem it writes through
// fails the Nth open, write, fsync, truncate, rename, link or remove with ENOSPC or EIO, or
// cuts the Nth write short (the next write then finds the disk full). Each time, the call
// that met the fault reports an error; after reopening, every acknowledged event is there,
// nothing torn is visible, and batches are all or nothing (an event whose frame is complete
// but whose fsync failed may be visible, as batpak would show it).
#include <QtTest>

#include <cerrno>
#include <map>
#include <set>

#include "batscope/codec/msgpack_writer.h"
#include "batscope/restore/event_reader.h"
#include "batscope/write/store.h"
#include "faulty_file_system.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// P = [op, item, n]: names the operation an event belongs to.
std::vector<uint8_t> payload(uint32_t op, uint32_t item, uint32_t n) {
  std::vector<uint8_t> out;
  MsgpackWriter w(out);
  w.arrayHeader(4);
  w.uint(op);
  w.uint(item);
  w.uint(n);
  w.str(std::string(40 + op % 7 * 10, 'x'));
  return out;
}

struct Outcome {
  std::set<std::string> acked;                 // event ids, 16 raw bytes
  std::map<uint32_t, uint32_t> batchSizes;     // op -> items, for batches
  bool anyError = false;
  bool closedCleanly = false;
};

std::string key(const Id128& id) { return std::string(reinterpret_cast<const char*>(id.bytes.data()), 16); }

// 12 single appends and 4 batches over 1 KiB segments (so it rotates and seals), then close.
Outcome writeScript(const std::string& dir, FileSystem* fs) {
  StoreConfig cfg;
  cfg.segmentMaxBytes = 1024;
  cfg.fsync = true;
  cfg.syncEveryNEvents = 3;
  cfg.seed = 7;
  cfg.clockUs = [] { static int64_t t = 1767225600000000; return t += 1000; };
  cfg.fs = fs;
  Outcome o;
  auto store = Store::open(dir, cfg);
  if (!store) { o.anyError = true; return o; }
  for (uint32_t op = 0; op < 16; ++op) {
    if (op % 4 == 3) {
      std::vector<BatchItem> items;
      const uint32_t n = 2 + op % 3;
      for (uint32_t i = 0; i < n; ++i) {
        BatchItem b;
        b.entity = "e:" + std::to_string(i % 2);
        b.scope = "s";
        b.kind = 0x1002;
        b.payload = payload(op, i, n);
        items.push_back(std::move(b));
      }
      o.batchSizes[op] = n;
      auto r = (*store)->appendBatch(items);
      if (!r) { o.anyError = true; continue; }
      for (const AppendReceipt& a : *r) o.acked.insert(key(a.eventId));
    } else {
      auto r = (*store)->append("e:" + std::to_string(op % 3), "s", 0x1001, payload(op, 0, 1));
      if (!r) { o.anyError = true; continue; }
      o.acked.insert(key(r->eventId));
    }
  }
  const Status s = (*store)->close();
  o.closedCleanly = bool(s);
  if (!s) o.anyError = true;
  return o;
}

}  // namespace

class WriteFaultTest : public QObject {
  Q_OBJECT
 private slots:
  void everyWritePointFailsCleanly_data() {
    QTest::addColumn<int>("fault");
    QTest::newRow("ENOSPC") << int(Fault::NoSpace);
    QTest::newRow("EIO") << int(Fault::Io);
    QTest::newRow("short write") << int(Fault::ShortWrite);
    QTest::newRow("fsync fails") << int(Fault::SyncFails);
  }
  void everyWritePointFailsCleanly() {
    QFETCH(int, fault);
    // How many operations a fault-free run makes: every one of them gets its turn to fail.
    uint64_t total = 0;
    {
      QTemporaryDir tmp;
      FaultyFileSystem counter(Fault(fault), 0);
      const Outcome o = writeScript(tmp.filePath("d").toStdString(), &counter);
      QVERIFY(!o.anyError && o.closedCleanly);
      total = counter.operations();
      QVERIFY(total > (fault == int(Fault::NoSpace) || fault == int(Fault::Io) ? 40u : 10u));
    }
    int faults = 0, cleanups = 0;
    for (uint64_t at = 1; at <= total; ++at) {
      QTemporaryDir tmp;
      const std::string dir = tmp.filePath("d").toStdString();
      FaultyFileSystem fs(Fault(fault), at);
      const Outcome o = writeScript(dir, &fs);
      const QString ctx = QStringLiteral("fault at operation %1 of %2: ").arg(at).arg(total);
      QVERIFY2(fs.triggered(), qPrintable(ctx + "never reached"));
      ++faults;
      cleanups += fs.faultWasCleanup();
      // The fault was reported: an append, a batch or the close said so.
      QVERIFY2(o.anyError || fs.faultWasCleanup(), qPrintable(ctx + "no call reported the error"));

      // Reopen (read only, the real file system) as batpak would.
      auto d = DataDir::open(dir);
      if (!d) {
        // The very first segment could not be created: nothing was acknowledged.
        QVERIFY2(o.acked.empty(), qPrintable(ctx + "no store, yet events were acknowledged"));
        continue;
      }
      auto r = restoreIndex(*d, RestoreOptions{});
      QVERIFY2(r, qPrintable(ctx + QString::fromStdString(r ? "" : r.error().toString())));
      const Index& idx = *r->index;
      for (const std::string& k : o.acked) {
        Id128 id;
        std::memcpy(id.bytes.data(), k.data(), 16);
        const uint32_t row = idx.findById(id);
        QVERIFY2(row != Index::kNoRow && idx.isVisible(row),
                 qPrintable(ctx + "acknowledged event " + QString::fromStdString(hexEncode(id)) + " is lost"));
      }
      std::map<uint32_t, uint32_t> batchSeen;
      for (uint32_t row : idx.visibleRows()) {
        const IndexEntry& e = idx.entry(row);
        const FrameRead fr = readFrameAtPosition(**d, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Bytes);
        QVERIFY2(fr.ok && fr.frame.header.eventId == idx.eventId(row),
                 qPrintable(ctx + "a visible event does not read: " + QString::fromStdString(fr.error)));
        QVERIFY2(fr.payload.size() > 3 && fr.payload[0] == 0x94, qPrintable(ctx + "a visible event with a foreign payload"));
        const uint32_t op = fr.payload[1];
        if (o.batchSizes.count(op)) ++batchSeen[op];
      }
      for (const auto& [op, seen] : batchSeen)
        QVERIFY2(seen == o.batchSizes.at(op),
                 qPrintable(ctx + QStringLiteral("batch %1 shows %2 of %3 items").arg(op).arg(seen).arg(o.batchSizes.at(op))));
    }
    qInfo("%d faults injected, one per write operation (%d hit the removal of a temporary file)", faults, cleanups);
  }
};

QTEST_GUILESS_MAIN(WriteFaultTest)
#include "write_fault_test.moc"
