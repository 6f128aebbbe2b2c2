// IdMap (engine/include/batscope/base/id_map.h): the first value for an id wins, lookups find
// exactly what was inserted through every rehash, and ids that share a hash bucket stay apart.
#include <QtTest>

#include <map>
#include <random>

#include "batscope/base/id_map.h"

using namespace batscope;

namespace {

Id128 idOf(uint64_t hi, uint64_t lo) {
  Id128 id;
  for (int i = 0; i < 8; ++i) {
    id.bytes[size_t(i)] = uint8_t(hi >> (56 - 8 * i));
    id.bytes[size_t(8 + i)] = uint8_t(lo >> (56 - 8 * i));
  }
  return id;
}

}  // namespace

class IdMapTest : public QObject {
  Q_OBJECT

 private slots:
  void firstValueWins() {
    IdMap<int> m;
    const Id128 a = idOf(1, 2);
    auto [v, inserted] = m.emplace(a, 7);
    QVERIFY(inserted);
    QCOMPARE(*v, 7);
    auto [w, again] = m.emplace(a, 9);
    QVERIFY(!again);
    QCOMPARE(*w, 7);
    QCOMPARE(m.size(), size_t(1));
    QVERIFY(m.find(idOf(1, 3)) == nullptr);
    QCOMPARE(*m.find(a), 7);
  }

  void emptyMapFindsNothing() {
    const IdMap<int> m;
    QVERIFY(m.find(idOf(0, 0)) == nullptr);
    QCOMPARE(m.size(), size_t(0));
  }

  // 200,000 random ids from a small space (many repeats) against std::map, through every
  // growth step (no reserve), then the same with reserve().
  void matchesAReferenceMapThroughRehashes() {
    for (bool reserve : {false, true}) {
      std::mt19937_64 rng(42);
      IdMap<uint64_t> m;
      if (reserve) m.reserve(200000);
      std::map<std::pair<uint64_t, uint64_t>, uint64_t> ref;
      for (uint64_t i = 0; i < 200000; ++i) {
        const uint64_t hi = rng() & 0xff, lo = rng() & 0xffff;  // small space: many repeats
        const auto [v, inserted] = m.emplace(idOf(hi, lo), i);
        const auto [it, refInserted] = ref.emplace(std::pair(hi, lo), i);
        QCOMPARE(inserted, refInserted);
        QCOMPARE(*v, it->second);
      }
      QCOMPARE(m.size(), ref.size());
      for (const auto& [key, value] : ref) {
        const uint64_t* found = m.find(idOf(key.first, key.second));
        QVERIFY(found);
        QCOMPARE(*found, value);
      }
      QVERIFY(m.find(idOf(0x1000, 0)) == nullptr);
    }
  }
};

QTEST_GUILESS_MAIN(IdMapTest)
#include "id_map_test.moc"
