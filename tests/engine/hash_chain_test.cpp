// Per-entity BLAKE3 chain verification on the fixtures: intact chains, restarts around
// visibility fences, unhashed stores, and the CRC-damaged link of corrupt-crc.
#include <QtTest>

#include "batscope/analysis/hash_chain.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {
ChainReport verify(const QString& fixture, RestorePathChoice path = RestorePathChoice::Mmap) {
  const std::shared_ptr<DataDir> dir = openFixtureDir(fixture);
  const RestoreResult r = restoreOrFatal(dir, path);
  auto t = buildTrueView(dir);
  if (!t) qFatal("%s", t.error().toString().c_str());
  return verifyChains(*dir, *r.index, *t->index);
}
}  // namespace

class HashChainTest : public QObject {
  Q_OBJECT
 private slots:
  void everyFixtureHasTheExpectedStatus_data() {
    QTest::addColumn<QString>("fixture");
    for (const QString& f : allFixtures()) QTest::newRow(f.toUtf8().constData()) << f;
  }
  void everyFixtureHasTheExpectedStatus() {
    QFETCH(QString, fixture);
    const ChainReport rep = verify(fixture);
    QVERIFY(!rep.entities.empty());
    for (const EntityChain& c : rep.entities) {
      EntityChain::Status want = EntityChain::Status::Verified;
      if (fixture == "unhashed") want = EntityChain::Status::Unhashed;
      if ((fixture == "corrupt-crc" || fixture == "corrupt-crc-rebuild") && c.entity == "account:6")
        want = EntityChain::Status::Broken;
      QVERIFY2(c.status == want, (fixture + " " + QString::fromStdString(c.entity) + " is " + chainStatusName(c.status)).toUtf8().constData());
    }
  }

  void brokenLinkIsNamed() {
    for (const char* f : {"corrupt-crc", "corrupt-crc-rebuild"}) {
      const ChainReport rep = verify(f);
      QVERIFY(rep.anyBroken());
      const EntityChain* acc6 = nullptr;
      for (const EntityChain& c : rep.entities)
        if (c.entity == "account:6") acc6 = &c;
      QVERIFY(acc6 && acc6->firstBreak);
      QCOMPARE(acc6->firstBreak->globalSequence, uint64_t(31));
      QCOMPARE(QString::fromStdString(acc6->firstBreak->file), QString("000002.fbat"));
      QCOMPARE(acc6->firstBreak->offset, uint64_t(1881));
      QCOMPARE(QString::fromStdString(acc6->firstBreak->reason), QString("payload unreadable"));
      QCOMPARE(acc6->breakCount, uint64_t(1));  // the chain resumes after the unreadable link
    }
  }

  void restartsAreNotBreaks() {
    const ChainReport rep = verify("visibility");
    uint64_t restarts = 0, links = 0;
    for (const EntityChain& c : rep.entities) { restarts += c.restarts; links += c.links; }
    QCOMPARE(links, uint64_t(69));   // hidden events included
    QCOMPARE(restarts, uint64_t(6));
    for (const EntityChain& c : rep.entities)
      if (c.entity == "doc:0") QCOMPARE(c.restartSequences, std::vector<uint64_t>({21, 22, 27}));
  }

  void unhashedIsCounted() {
    const ChainReport rep = verify("unhashed");
    uint64_t unhashed = 0;
    for (const EntityChain& c : rep.entities) unhashed += c.unhashedLinks;
    QCOMPARE(unhashed, uint64_t(60));
    QVERIFY(!rep.anyBroken());
  }

  void pathsDoNotChangeTheVerdict() {
    for (RestorePathChoice p : {RestorePathChoice::Checkpoint, RestorePathChoice::Rebuild, RestorePathChoice::Scan}) {
      QVERIFY(!verify("batches", p).anyBroken());
      QVERIFY(verify("corrupt-crc", p).anyBroken());
    }
  }
};

QTEST_GUILESS_MAIN(HashChainTest)
#include "hash_chain_test.moc"
