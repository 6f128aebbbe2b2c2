// Index look-ups on the fixtures: by id, entity streams in (wall_ms, clock, event_id) order,
// correlation groups, causal ancestors/descendants, time ranges, the visible set.
#include <QtTest>

#include <set>

#include "batscope/base/huge_page_allocator.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {
std::shared_ptr<Index> open(const QString& fixture) { return restoredIndex(fixture); }
}  // namespace

class IndexTest : public QObject {
  Q_OBJECT
 private slots:
  // The index's big vectors: blocks of 2 MiB and more are their own 2 MiB-aligned maps (one
  // transparent huge page each), smaller ones come from operator new; both hold what was
  // written through growth, copies and moves.
  void hugePageVectors() {
    HugeVector<uint64_t> small(1000);
    for (size_t i = 0; i < small.size(); ++i) small[i] = i * 7;
    HugeVector<uint64_t> big;
    for (uint64_t i = 0; i < (5u << 20) / sizeof(uint64_t); ++i) big.push_back(i ^ 0x5a5a);
    QVERIFY(big.capacity() * sizeof(uint64_t) >= huge_pages::kHugePage);
    QCOMPARE(reinterpret_cast<uintptr_t>(big.data()) % huge_pages::kHugePage, uintptr_t(0));
    const HugeVector<uint64_t> copy = big;
    HugeVector<uint64_t> moved = std::move(big);
    for (size_t i = 0; i < copy.size(); i += 4099) {
      QCOMPARE(copy[i], uint64_t(i) ^ 0x5a5a);
      QCOMPARE(moved[i], copy[i]);
    }
    moved.resize(10);
    moved.shrink_to_fit();  // back below 2 MiB: operator new again
    QCOMPARE(moved.back(), uint64_t(9) ^ 0x5a5a);
    for (size_t i = 0; i < small.size(); ++i) QCOMPARE(small[i], uint64_t(i * 7));
    QCOMPARE(huge_pages::mappedBytes(1), huge_pages::kHugePage);
    QCOMPARE(huge_pages::mappedBytes(huge_pages::kHugePage + 1), 2 * huge_pages::kHugePage);
  }

  void lookupById() {
    auto idx = open("causal");
    QCOMPARE(idx->visibleRows().size(), size_t(200));
    for (uint32_t row : idx->visibleRows()) QCOMPARE(idx->findById(idx->eventId(row)), row);
    Id128 unknown;
    unknown.bytes.fill(0xab);
    QCOMPARE(idx->findById(unknown), Index::kNoRow);
  }

  void causalQueriesFollowCausationIds() {
    auto idx = open("causal");
    size_t withCause = 0;
    for (uint32_t row : idx->visibleRows()) {
      const auto cause = idx->causationId(row);
      const auto anc = idx->ancestors(row);
      if (!cause) { QVERIFY(anc.empty()); continue; }
      ++withCause;
      QVERIFY(!anc.empty());
      QCOMPARE(idx->eventId(anc.front()), *cause);
      // Each ancestor is the cause of the previous one; the last has no cause.
      uint32_t cur = row;
      for (uint32_t a : anc) { QCOMPARE(*idx->causationId(cur), idx->eventId(a)); cur = a; }
      QVERIFY(!idx->causationId(anc.back()));
      // The event is among its cause's effects and descendants.
      const auto effects = idx->effectsOf(anc.front());
      QVERIFY(std::find(effects.begin(), effects.end(), row) != effects.end());
      const auto desc = idx->descendants(anc.back());
      QVERIFY(std::find(desc.begin(), desc.end(), row) != desc.end());
    }
    QCOMPARE(withCause, size_t(190));
    // Depth limits are honoured.
    for (uint32_t row : idx->visibleRows()) QVERIFY(idx->ancestors(row, 1).size() <= 1);
  }

  void correlationGroups() {
    auto idx = open("causal");
    std::set<std::string> roots;
    size_t total = 0;
    for (uint32_t row : idx->visibleRows()) roots.insert(hexEncode(idx->correlationId(row)));
    for (const std::string& hex : roots) {
      Id128 id;
      QVERIFY(parseId128(hex, id));
      const auto group = idx->correlated(id);
      QVERIFY(!group.empty());
      for (uint32_t r : group) QCOMPARE(idx->correlationId(r), id);
      total += group.size();
    }
    QCOMPARE(total, size_t(200));
  }

  void entityStreamOrder() {
    auto idx = open("visibility");
    const auto doc2 = idx->findString("doc:2");
    QVERIFY(doc2.has_value());
    const auto stream = idx->entityStream(*doc2);
    QVERIFY(stream.size() > 2);
    for (size_t i = 1; i < stream.size(); ++i) {
      const IndexEntry& a = idx->entry(stream[i - 1]);
      const IndexEntry& b = idx->entry(stream[i]);
      QVERIFY(a.wallMs < b.wallMs || (a.wallMs == b.wallMs && (a.clock < b.clock ||
              (a.clock == b.clock && idx->eventId(stream[i - 1]) < idx->eventId(stream[i])))));
    }
  }

  void visibleSetCollapsesDuplicates() {
    auto idx = open("batches");
    QCOMPARE(idx->entryCount(), size_t(223));
    QCOMPARE(idx->visibleRows().size(), size_t(221));
    QCOMPARE(idx->allocator(), uint64_t(221));
    QVERIFY(idx->hiddenSequences().empty());
    auto vis = open("visibility");
    QCOMPARE(vis->hiddenSequences(), std::vector<uint64_t>({20, 21, 22, 23, 24, 25, 48}));
  }

  // compacted-reused-sequences on the rebuild path: four global sequences are carried by
  // two events each. Both are kept, the run is ordered by (wall_ms, clock, event_id), and
  // every look-up goes by event id.
  void repeatedSequencesAreKeptAndOrdered() {
    auto dir = DataDir::open(fixtureData("compacted-reused-sequences").toStdString());
    QVERIFY(bool(dir));
    RestoreOptions ro;
    ro.path = RestorePathChoice::Rebuild;
    auto r = restoreIndex(*dir, ro);
    QVERIFY(bool(r));
    const Index& idx = *r->index;
    QCOMPARE(idx.duplicateSequenceCount(), size_t(4));
    const auto& rows = idx.visibleRows();
    QCOMPARE(rows.size(), size_t(439));
    size_t shared = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
      const IndexEntry& a = idx.entry(rows[i - 1]);
      const IndexEntry& b = idx.entry(rows[i]);
      QVERIFY(a.globalSequence <= b.globalSequence);
      if (a.globalSequence != b.globalSequence) continue;
      ++shared;
      QVERIFY(idx.streamKeyLess(rows[i - 1], rows[i]));
      QVERIFY(idx.eventId(rows[i - 1]) != idx.eventId(rows[i]));
    }
    QCOMPARE(shared, size_t(4));
    for (uint32_t row : rows) QCOMPARE(idx.findById(idx.eventId(row)), row);
    // The default path reads the snapshot, whose numbers are unique.
    QCOMPARE(open("compacted-reused-sequences")->duplicateSequenceCount(), size_t(0));
  }

  // Hidden sequences are computed as runs: an allocator near 2^64 costs nothing.
  void hiddenSequencesAsRuns() {
    auto vis = open("visibility");
    const auto runs = vis->hiddenSequenceRanges();
    QCOMPARE(runs.size(), size_t(2));
    QCOMPARE(runs[0].start, uint64_t(20));
    QCOMPARE(runs[0].end, uint64_t(26));
    QCOMPARE(runs[1].start, uint64_t(48));
    QCOMPARE(runs[1].end, uint64_t(49));
    QCOMPARE(vis->hiddenSequenceCount(), uint64_t(7));
    QCOMPARE(vis->hiddenSequences(3), std::vector<uint64_t>({20, 21, 22}));
  }

  void timeRange() {
    auto idx = open("tiny");
    const auto& rows = idx->visibleRows();
    const uint64_t first = idx->entry(rows.front()).wallMs, last = idx->entry(rows.back()).wallMs;
    QCOMPARE(idx->inTimeRange(first, last).size(), rows.size());
    QCOMPARE(idx->inTimeRange(last + 1, last + 1000).size(), size_t(0));
  }
};

QTEST_GUILESS_MAIN(IndexTest)
#include "index_test.moc"
