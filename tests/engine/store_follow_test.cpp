// Following a store while it is written: `batscope-cli dump DIR --follow` in another process
// against this process's writer (singles, batches, a fence, segment rotations), and
// StoreFollower across a compaction.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <thread>

#include "batscope/restore/store_follower.h"
#include "store_test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

// The visible events of a fresh open of `dir`, as hex ids in global order.
QStringList freshIds(const QString& dir) {
  QStringList out;
  auto d = DataDir::open(dir.toStdString());
  if (!d) return out;
  const RestoreResult r = restoreOrFatal(*d, RestorePathChoice::Mmap);
  for (uint32_t row : r.index->visibleRows()) out << QString::fromStdString(hexEncode(r.index->eventId(row)));
  return out;
}

QStringList idsOfLines(const QByteArray& ndjson) {
  QStringList out;
  for (const QByteArray& line : ndjson.split('\n')) {
    if (line.trimmed().isEmpty()) continue;
    out << QJsonDocument::fromJson(line).object().value("event_id").toString();
  }
  return out;
}

}  // namespace

class StoreFollowTest : public QObject {
  Q_OBJECT
 private slots:
  void followsAWriterInAnotherProcess() {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("live");
    QVERIFY(QDir().mkpath(dir));
    QProcess follow;
    follow.start(QStringLiteral(BATSCOPE_CLI), {"dump", dir, "--follow"});
    QVERIFY(follow.waitForStarted());

    // About 10,000 events a second for half a second, then a pause, then more: singles,
    // batches, a committed fence, segments rotating every 64 KiB.
    int written = 0;
    {
      StoreConfig cfg;
      cfg.segmentMaxBytes = 64 << 10;
      auto store = Store::open(dir.toStdString(), cfg);
      QVERIFY2(store, why(store).constData());
      for (int round = 0; round < 6; ++round) {
        for (int i = 0; i < 400; ++i, ++written)
          QVERIFY((*store)->append("account:" + std::to_string(i % 13), "billing", 0x1001, payloadOf(uint64_t(i), 60)));
        std::vector<BatchItem> batch;
        for (int i = 0; i < 8; ++i) batch.push_back(item("order:" + std::to_string(round), "shop", 0x2001, payloadOf(uint64_t(i), 30)));
        QVERIFY((*store)->appendBatch(batch));
        written += 8;
        if (round == 3) {
          QVERIFY((*store)->beginFence());
          for (int i = 0; i < 20; ++i, ++written)
            QVERIFY((*store)->append("fenced:1", "billing", 0x1001, payloadOf(uint64_t(i), 20)));
          QVERIFY((*store)->commitFence());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(round == 2 ? 600 : 40));
      }
      QVERIFY((*store)->close());
    }
    const QStringList fresh = freshIds(dir);
    QCOMPARE(fresh.size(), written);
    // Every event arrives, once, within a few polls of the writer stopping.
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (idsOfLines(out).size() < written && waited.elapsed() < 20000) {
      follow.waitForReadyRead(200);
      out += follow.readAllStandardOutput();
    }
    follow.terminate();
    QVERIFY(follow.waitForFinished(5000));
    out += follow.readAllStandardOutput();
    const QStringList followed = idsOfLines(out);
    QCOMPARE(QSet<QString>(followed.begin(), followed.end()).size(), followed.size());  // none doubled
    QCOMPARE(followed, fresh);  // none missed, in global order
    // Following wrote nothing into the directory: only segments and the writer's own files.
    for (const QString& name : QDir(dir).entryList(QDir::Files))
      QVERIFY2(name.endsWith(".fbat") || name.startsWith("index.") || name.startsWith("visibility"), qPrintable(name));
  }

  // A store that only grew (singles, a batch, segment rotations) is told apart: every row
  // of the previous poll's index is the same row now, and the new rows all come after.
  void appendsAreAddedAfterWhatWasShown() {
    QTemporaryDir tmp;
    const std::string dir = tmp.filePath("live").toStdString();
    StoreConfig cfg;
    cfg.segmentMaxBytes = 16 << 10;
    auto store = Store::open(dir, cfg);
    QVERIFY2(store, why(store).constData());
    auto append = [&](int n, int from) {
      for (int i = from; i < from + n; ++i)
        if (!(*store)->append("account:" + std::to_string(i % 7), "billing", 0x1001, payloadOf(uint64_t(i), 50)))
          return false;
      return true;
    };
    QVERIFY(append(200, 0));
    StoreFollower follower(dir);
    const FollowUpdate first = follower.poll();
    QVERIFY(first.changed && !first.appendedOnly && !first.previous);  // nothing to compare with
    QVERIFY(first.restore && !first.restore->snapshots);  // a poll keeps no snapshot alive in the stores adopted
    QVERIFY(append(150, 200));
    std::vector<BatchItem> batch;
    for (int i = 0; i < 6; ++i) batch.push_back(item("order:1", "shop", 0x2001, payloadOf(uint64_t(i), 30)));
    QVERIFY((*store)->appendBatch(batch));
    const FollowUpdate second = follower.poll();
    QVERIFY(second.changed && !second.restarted);
    QVERIFY(second.appendedOnly);
    QCOMPARE(second.previous.get(), first.index.get());
    QVERIFY(second.dir->segments().size() > first.dir->segments().size());  // it rotated meanwhile
    const std::vector<uint32_t>& before = first.index->visibleRows();
    const std::vector<uint32_t>& now = second.index->visibleRows();
    QCOMPARE(now.size(), before.size() + 156);
    QVERIFY(std::equal(before.begin(), before.end(), now.begin()));
    for (uint32_t row : before) QCOMPARE(second.index->eventId(row), first.index->eventId(row));
    QCOMPARE(second.newRows, std::vector<uint32_t>(now.begin() + long(before.size()), now.end()));
    QVERIFY(!follower.poll().changed);
    QVERIFY(append(10, 350));
    const FollowUpdate third = follower.poll();
    QVERIFY(third.appendedOnly);
    QCOMPARE(third.previous.get(), second.index.get());
    QCOMPARE(third.newRows.size(), size_t(10));

    // A follower given the index a view shows compares its first poll with it: the events
    // appended since are new, those shown are reported already.
    const std::shared_ptr<const Index> shown = third.index;
    StoreFollower fromShown(dir, nullptr, shown);
    QVERIFY(append(5, 360));
    const FollowUpdate fourth = fromShown.poll();
    QVERIFY(fourth.changed && fourth.appendedOnly);
    QCOMPARE(fourth.previous.get(), shown.get());
    QCOMPARE(fourth.newRows.size(), size_t(5));
    QCOMPARE(fromShown.reported(), shown->visibleRows().size() + 5);
    QVERIFY((*store)->close());
  }

  // The followed directory's files replaced by a compacted store's: a restart, and only the
  // events not reported before are new.
  void compactionIsARestart() {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("store");
    QVERIFY(copyDataDir(fixtureData("compacted"), dir));
    StoreFollower follower(dir.toStdString());
    const FollowUpdate first = follower.poll();
    QVERIFY(first.changed && !first.restarted && !first.error);
    QCOMPARE(first.newRows.size(), first.index->visibleRows().size());
    QVERIFY(!follower.poll().changed);  // nothing moved
    // Replace every file by the batches fixture's (other segments, other sizes).
    for (const QString& name : QDir(dir).entryList(QDir::Files)) QVERIFY(QFile::remove(dir + "/" + name));
    for (const QString& name : QDir(fixtureData("batches")).entryList(QDir::Files))
      QVERIFY(QFile::copy(fixtureData("batches") + "/" + name, dir + "/" + name));
    const FollowUpdate second = follower.poll();
    QVERIFY(second.changed);
    QVERIFY(second.restarted);
    QVERIFY(!second.appendedOnly && !second.previous);
    // The window's warnings and the CLI say so, naming a file that went away.
    auto restartNotes = [](const FollowUpdate& u) {
      return std::count_if(u.restore->findings.begin(), u.restore->findings.end(),
                           [](const Finding& f) { return f.code == FindingCode::FollowRestarted; });
    };
    QCOMPARE(restartNotes(second), 1);
    QCOMPARE(restartNotes(first), 0);
    const auto note = std::find_if(second.restore->findings.begin(), second.restore->findings.end(),
                                   [](const Finding& f) { return f.code == FindingCode::FollowRestarted; });
    QVERIFY(QFileInfo::exists(fixtureData("compacted") + "/" + QString::fromStdString(note->file)));
    QVERIFY(QString::fromStdString(note->message()).contains(QString::fromStdString(note->file)));
    // And keep saying so in the updates after it.
    QFile grow(dir + "/" + QDir(dir).entryList({"*.fbat"}, QDir::Files, QDir::Name).last());
    QVERIFY(grow.open(QIODevice::Append));
    QVERIFY(grow.write(QByteArray(3, '\0')) == 3);  // a torn tail: a change, nothing new to show
    grow.close();
    const FollowUpdate third = follower.poll();
    QVERIFY(third.changed && !third.restarted);
    QCOMPARE(restartNotes(third), 1);
    QCOMPARE(follower.reported(), first.newRows.size() + second.newRows.size());
    QVERIFY(!second.newRows.empty());
  }
};

QTEST_GUILESS_MAIN(StoreFollowTest)
#include "store_follow_test.moc"
