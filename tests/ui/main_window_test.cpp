// The main window on every fixture: the table holds exactly batpak's visible events in
// order, filters give exactly the matching rows, selection reaches the detail panes, damaged
// stores show their warnings, and the event table model passes QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QScrollBar>
#include <QSemaphore>
#include <QThreadPool>
#include <QToolButton>
#include <QtTest>
#include <QPushButton>
#include <QImage>
#include <QProcess>

#include "batscope/restore/index.h"
#include "qt_executor.h"
#include "views/timeline_view.h"
#include "batscope/write/store.h"
#include "main_window.h"
#include "event_export.h"
#include "models/event_table_model.h"
#include "models/findings_model.h"
#include "models/store_diff_model.h"
#include "store_comparison.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/format/frame_layout.h"
#include "store_follow.h"
#include "store_session.h"
#include "view_state.h"
#include "views/filter_bar.h"
#include "views/warnings_view.h"
#include "views/compare_stores_dialog.h"
#include "views/file_bytes_dialog.h"
#include "views/hex_view.h"
#include "views/welcome_view.h"

#include "ui_test_support.h"

using namespace batscope;
using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {

QJsonArray expectedEvents(const QString& fixture) {
  QFile f(fixtureFile(fixture, QStringLiteral("expected.json")));
  f.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(f.readAll()).object().value("events").toArray();
}

bool waitSettled(MainWindow& w, int timeoutMs = 60000) {
  if (w.isSettled()) return true;
  QSignalSpy spy(&w, &MainWindow::settled);
  return spy.wait(timeoutMs) || w.isSettled();
}
}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { setUpWindowTestEnvironment(); }

  void tableHoldsBatpaksEvents_data() {
    QTest::addColumn<QString>("fixture");
    for (const QString& f : allFixtures()) QTest::newRow(f.toUtf8().constData()) << f;
  }
  void tableHoldsBatpaksEvents() {
    QFETCH(QString, fixture);
    MainWindow w;
    w.openStore(fixtureData(fixture));
    QVERIFY(waitSettled(w));
    const QJsonArray expected = expectedEvents(fixture);
    EventTableModel* m = w.tableModel();
    QCOMPARE(m->rowCount(), int(expected.size()));
    for (int r = 0; r < m->rowCount(); ++r) {
      const QJsonObject e = expected[r].toObject();
      QCOMPARE(m->index(r, 0).data(EventTableModel::EventIdRole).toString(), e.value("event_id").toString());
      QCOMPARE(m->index(r, 0).data(EventTableModel::GlobalSequenceRole).toULongLong(),
               qulonglong(e.value("global_sequence").toDouble()));
      QCOMPARE(m->index(r, EventTableModel::Entity).data().toString(), e.value("entity").toString());
    }
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
  }

  void filterGivesMatchingRows() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("multi-segment")));
    QVERIFY(waitSettled(w));
    const QJsonArray expected = expectedEvents("multi-segment");
    struct Case { QString filter; std::function<bool(const QJsonObject&)> match; };
    const std::vector<Case> cases = {
        {"entity:account:1*", [](const QJsonObject& e) { return e.value("entity").toString().startsWith("account:1"); }},
        {"scope:audit kind:2:*", [](const QJsonObject& e) { return e.value("scope").toString() == "audit" && e.value("kind_category").toInt() == 2; }},
        {"!scope:billing", [](const QJsonObject& e) { return e.value("scope").toString() != "billing"; }},
        {"seg:7", [](const QJsonObject& e) { return e.value("disk_pos").toObject().value("segment_id").toInt() == 7; }},
    };
    for (const Case& c : cases) {
      QSignalSpy spy(w.tableModel(), &QAbstractItemModel::modelReset);
      w.viewState()->setFilter(c.filter);
      QVERIFY2(spy.wait(20000) || spy.count() > 0, qPrintable(c.filter));
      QStringList want, got;
      for (const QJsonValue& v : expected)
        if (c.match(v.toObject())) want << v.toObject().value("event_id").toString();
      for (int r = 0; r < w.tableModel()->rowCount(); ++r)
        got << w.tableModel()->index(r, 0).data(EventTableModel::EventIdRole).toString();
      QVERIFY2(!want.isEmpty(), qPrintable(c.filter));
      QCOMPARE(got, want);
    }
    // Free text searches payload bytes.
    const QJsonObject probe = expected[17].toObject();
    QSignalSpy spy(w.tableModel(), &QAbstractItemModel::modelReset);
    w.viewState()->setFilter(QStringLiteral("id:") + probe.value("event_id").toString());
    QVERIFY(spy.wait(20000) || spy.count() > 0);
    QCOMPARE(w.tableModel()->rowCount(), 1);
  }

  void selectionFollowsViewState() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    const Index* index = w.session()->index();
    QVERIFY(index);
    const uint32_t target = index->visibleRows()[42];
    w.viewState()->setCurrentRow(target);
    QCOMPARE(w.tableView()->currentIndex().data(EventTableModel::IndexRowRole).toUInt(), target);
    w.tableView()->selectRow(7);
    QCOMPARE(w.viewState()->currentRow(), index->visibleRows()[7]);
  }

  void sortingKeepsEveryRow() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    EventTableModel* m = w.tableModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = m->rowCount();
    m->sort(EventTableModel::Entity, Qt::AscendingOrder);
    QCOMPARE(m->rowCount(), rows);
    for (int r = 1; r < rows; ++r)
      QVERIFY(m->index(r - 1, EventTableModel::Entity).data().toString() <= m->index(r, EventTableModel::Entity).data().toString());
    m->sort(EventTableModel::Sequence, Qt::DescendingOrder);
    for (int r = 1; r < rows; ++r)
      QVERIFY(m->index(r - 1, 0).data(EventTableModel::GlobalSequenceRole).toULongLong() >
              m->index(r, 0).data(EventTableModel::GlobalSequenceRole).toULongLong());
  }

  void damagedStoresShowWarnings_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("needle");
    QTest::newRow("corrupt-snapshot") << "corrupt-snapshot" << "index.fbati";
    QTest::newRow("corrupt-both") << "corrupt-both" << "index.ckpt";
    QTest::newRow("torn-tail") << "torn-tail" << "000037.fbat";
    QTest::newRow("corrupt-crc") << "corrupt-crc" << "000002.fbat";
    QTest::newRow("batches") << "batches" << "000017.fbat";
  }
  void damagedStoresShowWarnings() {
    QFETCH(QString, fixture);
    QFETCH(QString, needle);
    MainWindow w;
    w.openStore(fixtureData(fixture));
    QVERIFY(waitSettled(w));
    bool found = false;
    for (const Finding& f : w.session()->findings()) found |= QString::fromStdString(f.file) == needle;
    QVERIFY2(found, qPrintable(fixture));
    QVERIFY(w.warningsView()->count(Finding::Severity::Warning) > 0);
  }

  // A finding's place shown in a hex view: the file's bytes around the offset, the byte the
  // finding names highlighted and under the cursor.
  void showBytesOfAFinding() {
    MainWindow w;
    w.openStore(fixtureData("corrupt-crc"));
    QVERIFY(waitSettled(w));
    WarningsView* view = w.warningsView();
    auto* button = view->findChild<QPushButton*>(QStringLiteral("ShowFindingBytes"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    int row = -1;
    for (int r = 0; r < view->proxy()->rowCount() && row < 0; ++r) {
      const Finding& f = view->model()->finding(view->proxy()->mapToSource(view->proxy()->index(r, 0)).row());
      if (f.file == "000002.fbat" && f.offset) row = r;
    }
    QVERIFY(row >= 0);
    const Finding& f = view->model()->finding(view->proxy()->mapToSource(view->proxy()->index(row, 0)).row());
    // The table shortens event ids so the message's words show; the tooltip keeps them whole.
    int shortened = 0;
    for (int r = 0; r < view->proxy()->rowCount(); ++r) {
      const Finding& g = view->model()->finding(view->proxy()->mapToSource(view->proxy()->index(r, 0)).row());
      if (!g.eventId) continue;
      const QString hex = QString::fromStdString(hexEncode(*g.eventId));
      const QModelIndex message = view->model()->index(view->proxy()->mapToSource(view->proxy()->index(r, 0)).row(),
                                                       FindingsModel::Message);
      if (!message.data(Qt::ToolTipRole).toString().contains(hex)) continue;
      QVERIFY(!message.data().toString().contains(hex));
      QVERIFY(message.data().toString().contains(hex.left(8) + QChar(0x2026)));
      ++shortened;
    }
    QVERIFY(shortened > 0);
    view->table()->setCurrentIndex(view->proxy()->index(row, 0));
    QVERIFY(button->isEnabled());
    button->click();
    auto* dialog = w.findChild<FileBytesDialog*>(QStringLiteral("FileBytesDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("000002.fbat")));
    const HexView* hex = dialog->hexView();
    const quint64 at = *f.offset - hex->fileOffset();
    QVERIFY(hex->fileOffset() <= *f.offset);
    QCOMPARE(hex->highlightOffset(), at);
    QCOMPARE(hex->highlightLength(), quint64(1));
    QCOMPARE(hex->cursorOffset(), qint64(at));
    // The bytes are the file's.
    QFile file(fixtureData("corrupt-crc") + "/000002.fbat");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.seek(qint64(hex->fileOffset())));
    QCOMPARE(hex->bytes(), file.read(hex->bytes().size()));
    if (const QString dir = qEnvironmentVariable("BATSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
      QVERIFY(dialog->grab().save(dir + "/finding-bytes.png"));
  }

  // The Analysis dock keeps its width whichever tab is shown, and leaves the table room.
  void analysisDockKeepsItsWidth_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("1000x650") << QSize(1000, 650);
  }
  void analysisDockKeepsItsWidth() {
    QFETCH(QSize, size);
    MainWindow w;
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    QDockWidget* dock = nullptr;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
      if (d->findChild<QTabWidget*>()) dock = d;
    QVERIFY(dock);
    auto* tabs = dock->findChild<QTabWidget*>();
    QTest::qWait(50);
    const int width = dock->width();
    for (int i = 0; i < tabs->count(); ++i) {
      tabs->setCurrentIndex(i);
      QTest::qWait(50);
      QVERIFY2(dock->width() == width, qPrintable(QString("%1: %2 px, was %3").arg(tabs->tabText(i)).arg(dock->width()).arg(width)));
    }
    QVERIFY2(w.tableView()->width() >= size.width() / 3, qPrintable(QString::number(w.tableView()->width())));
    // View → Analysis in Its Own Window floats it, larger than the dock; again docks it.
    auto* own = w.findChild<QAction*>(QStringLiteral("AnalysisOwnWindow"));
    QVERIFY(own);
    own->setChecked(true);
    QTRY_VERIFY(dock->isFloating());
    QVERIFY(dock->width() > width);
    own->setChecked(false);
    QTRY_VERIFY(!dock->isFloating());
  }

  // Analyze → Compare with Store: a copy of the fixture with one payload byte changed (its
  // CRC fixed, its hash left) diverges at that event, the payload and CRC highlighted.
  void compareWithATamperedCopy() {
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("tampered"));
    QDir().mkpath(copy);
    for (const QString& name : QDir(fixtureData("causal")).entryList(QDir::Files))
      QVERIFY(QFile::copy(fixtureData("causal") + "/" + name, copy + "/" + name));
    // The 40th event frame: flip the low bit of a one-byte payload element, fix the CRC.
    auto dir = DataDir::open(copy.toStdString());
    QVERIFY(dir);
    const StoreWalk walk = walkStore(**dir);
    QString segPath;
    WalkedFrame victim;
    int seen = 0;
    for (const SegmentWalk& sw : walk.segments)
      for (const WalkedFrame& f : sw.frames)
        if (f.decoded && !isBatchMarkerKind(f.kind) && seen++ == 40) {
          victim = f;
          segPath = copy + "/" + QString::fromStdString(sw.file.name);
        }
    QVERIFY(!segPath.isEmpty());
    QFile seg(segPath);
    QVERIFY(seg.open(QIODevice::ReadWrite));
    QByteArray bytes = seg.readAll();
    auto* frame = reinterpret_cast<uint8_t*>(bytes.data()) + victim.offset;
    const std::optional<uint64_t> at = oneBytePayloadByte(frame, victim.length);
    QVERIFY(at);
    frame[*at] ^= 1;
    resealFrame(frame, victim.length);
    QVERIFY(seg.seek(0) && seg.write(bytes) == bytes.size());
    seg.close();

    MainWindow w;
    w.resize(1600, 1000);
    w.openStore(fixtureData("causal"));
    QVERIFY(waitSettled(w));
    w.compareWithStore(copy);
    auto* comparison = w.findChild<StoreComparison*>();
    QVERIFY(comparison);
    QSignalSpy done(comparison, &StoreComparison::finished);
    QVERIFY(done.count() || done.wait(20000));
    auto* dialog = w.findChild<CompareStoresDialog*>(QStringLiteral("CompareStoresDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("1 event with other bytes under the same id")),
             qPrintable(dialog->summaryText()));
    const StoreDiffModel* entities = dialog->entitiesModel();
    QVERIFY(entities->rowCount() > 1);
    QCOMPARE(entities->data(entities->index(0, StoreDiffModel::Verdict), StoreDiffModel::VerdictRole).toInt(),
             int(EntityDiff::Verdict::Diverged));
    QCOMPARE(entities->data(entities->index(1, StoreDiffModel::Verdict), StoreDiffModel::VerdictRole).toInt(),
             int(EntityDiff::Verdict::Identical));
    // The first row is selected: its two events side by side, payload and CRC differing.
    QStringList differing;
    for (const DiffField& f : dialog->pairModel()->fields())
      if (f.differs) differing << QString::fromStdString(f.name);
    QCOMPARE(differing, QStringList({"payload", "crc32"}));
    if (const QString shots = qEnvironmentVariable("BATSCOPE_SCREENSHOT_DIR"); !shots.isEmpty()) {
      QTest::qWait(100);  // the labels' new heights laid out
      QVERIFY(dialog->grab().save(shots + "/compare-stores.png"));
    }
  }

  // File → Follow Changes while this test appends: the new events arrive in the table, the
  // selected event and the rows in view stay, a badge counts what arrived below; with Stick
  // to the End the newest rows show.
  void followShowsNewEventsKeepingTheView() {
    LiveStore live(32 << 10);
    QVERIFY(live.ok());
    QVERIFY(live.append(300));

    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openStore(live.path());
    QVERIFY(waitSettled(w));
    QCOMPARE(w.tableModel()->rowCount(), 300);
    const Index* index = w.session()->index();
    const uint32_t chosen = index->visibleRows()[10];
    const Id128 chosenId = index->eventId(chosen);
    w.viewState()->setCurrentRow(chosen);
    w.tableView()->scrollToTop();
    w.setFollowing(true);
    QVERIFY(w.isFollowing());
    QVERIFY(w.windowTitle().contains(QStringLiteral("following")));
    QTest::qWait(400);  // the baseline poll

    QVERIFY(live.append(50));
    QTRY_COMPARE_WITH_TIMEOUT(w.tableModel()->rowCount(), 350, 10000);
    const Index* now = w.session()->index();
    QCOMPARE(hexEncode(now->eventId(w.viewState()->currentRow())), hexEncode(chosenId));
    QCOMPARE(w.tableView()->verticalScrollBar()->value(), 0);
    auto* badge = w.findChild<QToolButton*>(QStringLiteral("FollowBadge"));
    QVERIFY(badge);
    QTRY_VERIFY(badge->isVisible());
    QVERIFY2(badge->text().contains(QStringLiteral("50 new events")), qPrintable(badge->text()));
    if (const QString shots = qEnvironmentVariable("BATSCOPE_SCREENSHOT_DIR"); !shots.isEmpty())
      QVERIFY(w.grab().save(shots + "/follow.png"));

    QAction* stick = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
      if (a->text() == QLatin1String("&Stick to the End")) stick = a;
    QVERIFY(stick);
    stick->setChecked(true);
    // The store only grew since the table was last filled: its new rows are added to those
    // shown, not every row shown afresh.
    QSignalSpy resets(w.tableModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(w.tableModel(), &QAbstractItemModel::rowsInserted);
    QVERIFY(live.append(20));
    QTRY_COMPARE_WITH_TIMEOUT(w.tableModel()->rowCount(), 370, 10000);
    QTRY_COMPARE(w.tableView()->verticalScrollBar()->value(), w.tableView()->verticalScrollBar()->maximum());
    QTRY_VERIFY(!badge->isVisible());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 1);
    // The rows added since the chains were last checked say so until the checks run again.
    const int last = w.tableModel()->rowCount() - 1;
    QTRY_COMPARE_WITH_TIMEOUT(w.tableModel()->index(last, EventTableModel::Chain).data(EventTableModel::ChainStatusRole).toInt(),
                              int(EventTableModel::ChainVerified), 10000);

    // With a filter, only the new rows are filtered, and those that match are added.
    stick->setChecked(false);
    QVERIFY(w.viewState()->setFilter(QStringLiteral("entity:account:1")));
    QTRY_COMPARE_WITH_TIMEOUT(w.tableModel()->rowCount(), 74, 10000);  // 370 events over 5 accounts
    QTest::qWait(300);  // the filtered rows are shown before the next change is adopted
    resets.clear();
    inserts.clear();
    QVERIFY(live.append(10));  // two of them for account:1
    QTRY_COMPARE_WITH_TIMEOUT(w.tableModel()->rowCount(), 76, 10000);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 1);
    for (int r = 0; r < w.tableModel()->rowCount(); ++r)
      QCOMPARE(w.tableModel()->index(r, EventTableModel::Entity).data().toString(), QStringLiteral("account:1"));
    w.setFollowing(false);
    QVERIFY(!w.isFollowing());
    QVERIFY(live.close());
  }

  // While following, the new links are checked on their own (chainsChanged), and the whole
  // checks wait for the store to be quiet for a second: the Chain column and the Chains tab
  // keep up, and the pool is not taken by whole checks back to back.
  void followedChainsAreExtended() {
    LiveStore live(16 << 10);
    QVERIFY(live.ok());
    QVERIFY(live.append(200));
    MainWindow w;
    w.openStore(live.path());
    QVERIFY(waitSettled(w));
    QSignalSpy extended(w.session(), &StoreSession::chainsChanged);
    QSignalSpy wholeChecks(w.session(), &StoreSession::backgroundFinished);
    w.setFollowing(true);
    QTest::qWait(400);  // the baseline poll
    for (int round = 0; round < 5; ++round) {
      QVERIFY(live.append(40));  // rotations among them
      QTest::qWait(100);
    }
    // Back to back, the baseline and each of the five changes would have had a whole check;
    // waiting for a quiet second, none ran (one, should a poll have come late).
    QVERIFY2(wholeChecks.count() <= 1, qPrintable(QString::number(wholeChecks.count())));
    QTRY_COMPARE_WITH_TIMEOUT(w.tableModel()->rowCount(), 400, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(extended.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(w.session()->background()->checkedFaithfulRows, size_t(400), 10000);
    const BackgroundResults* bg = w.session()->background();
    QCOMPARE(bg->chains->links, uint64_t(400));
    QVERIFY(!bg->chains->anyBroken());
    for (int r : {0, 199, 200, 399})
      QCOMPARE(w.tableModel()->index(r, EventTableModel::Chain).data(EventTableModel::ChainStatusRole).toInt(),
               int(EventTableModel::ChainVerified));
    // Quiet now: the whole checks catch up (the true view holds the new events too).
    QTRY_VERIFY_WITH_TIMEOUT(w.session()->background()->truth->index->entryCount() == 400, 10000);
    QCOMPARE(w.session()->background()->chains->links, uint64_t(400));
    w.setFollowing(false);
    QVERIFY(live.close());
  }

  // `batscope A --compare B --screenshot F`: the app opens A, compares it with a tampered copy
  // and saves the comparison's dialog (not the window).
  void appComparesFromTheCommandLine() {
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("tampered"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString& name : QDir(fixtureData("causal")).entryList(QDir::Files)) {
      QVERIFY(QFile::copy(fixtureData("causal") + "/" + name, copy + "/" + name));
      QVERIFY(QFile::setPermissions(copy + "/" + name, QFile::ReadOwner | QFile::WriteOwner));
    }
    QFile seg(copy + QStringLiteral("/000001.fbat"));
    QVERIFY(seg.open(QIODevice::ReadWrite));
    QByteArray bytes = seg.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
    QVERIFY(seg.seek(0) && seg.write(bytes) == bytes.size());
    seg.close();
    const QString png = tmp.filePath(QStringLiteral("compare.png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), tmp.filePath(QStringLiteral("cache")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(BATSCOPE_APP), {fixtureData(QStringLiteral("causal")), QStringLiteral("--compare"), copy,
                                              QStringLiteral("--screenshot"), png});
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(app.readAllStandardOutput().contains("screenshot saved to"), qPrintable(app.readAllStandardError()));
    const QImage shot(png);
    QVERIFY(!shot.isNull());
    QVERIFY2(shot.size() != QSize(1600, 960), "the window was saved, not the comparison");
  }

  // Appends are noticed through inotify, not only by the polling fallback: with the fallback
  // set to a minute, they still arrive within seconds, across a rotation to a new segment.
  void followNoticesChangesWithoutPolling() {
    LiveStore live(8 << 10);
    QVERIFY(live.ok());
    QVERIFY(live.append(20));
    StoreFollow follow;
    follow.setFallbackInterval(60000);
    qulonglong arrived = 0;
    int updates = 0;
    connect(&follow, &StoreFollow::updated, this, [&](std::shared_ptr<const FollowUpdate>, qulonglong n) {
      arrived += n;
      ++updates;
    });
    follow.start(live.path());
    QTRY_COMPARE_WITH_TIMEOUT(updates, 1, 5000);  // the baseline
    QVERIFY(live.append(10));
    QTRY_COMPARE_WITH_TIMEOUT(arrived, qulonglong(10), 5000);
    QVERIFY(live.append(400));  // several rotations
    QTRY_COMPARE_WITH_TIMEOUT(arrived, qulonglong(410), 5000);
    follow.stop();
    QVERIFY(live.close());
  }

  void trueViewSwitches() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("batches-incomplete-tail")));
    QVERIFY(waitSettled(w));
    QCOMPARE(w.tableModel()->rowCount(), 197);
    QSignalSpy spy(w.tableModel(), &QAbstractItemModel::modelReset);
    w.session()->setTrueView(true);
    QVERIFY(spy.count() > 0 || spy.wait(10000));
    // The true view keeps the committed batch batpak's fallback drops.
    QVERIFY2(w.tableModel()->rowCount() > 197, qPrintable(QString::number(w.tableModel()->rowCount())));
    // A banner above the table says so, and its link goes back to batpak's view.
    auto* banner = w.findChild<QLabel*>(QStringLiteral("TrueViewBanner"));
    QVERIFY(banner && !banner->isHidden());
    QVERIFY2(banner->text().contains(QStringLiteral("not what batpak")), qPrintable(banner->text()));
    emit banner->linkActivated(QStringLiteral("faithful"));
    QVERIFY(!w.session()->trueView());
    QVERIFY(banner->isHidden());
    QTRY_COMPARE(w.tableModel()->rowCount(), 197);
    QVERIFY(w.session()->trueIndex() != w.session()->faithfulIndex());
  }

  // Where the bytes hold exactly what batpak's index says, the window keeps that one index
  // for both views (not a second copy), and the frame walk finds events through it.
  void trueViewAgreeingWithBatpakSharesItsIndex() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("multi-segment")));
    QVERIFY(waitSettled(w));
    const batscope::Index* faithful = w.session()->faithfulIndex();
    QVERIFY(faithful);
    QCOMPARE(w.session()->trueIndex(), faithful);
    const int rows = w.tableModel()->rowCount();
    // The Timeline is not ordered and counted again for the same index: with every refresh
    // on the pool, one would empty its bars until done.
    auto* timeline = w.findChild<batscope::ui::TimelineView*>();
    QVERIFY(timeline && timeline->countedEvents() > 0);
    timeline->setAsyncRefreshRows(0);
    QSignalSpy spy(w.tableModel(), &QAbstractItemModel::modelReset);
    w.session()->setTrueView(true);
    QVERIFY(timeline->countedEvents() > 0);
    QVERIFY(spy.count() > 0 || spy.wait(10000));
    QCOMPARE(w.tableModel()->rowCount(), rows);
    // The banner says the two views are the same, rather than leave the switch seeming dead.
    auto* banner = w.findChild<QLabel*>(QStringLiteral("TrueViewBanner"));
    QVERIFY(banner && !banner->isHidden());
    QVERIFY2(banner->text().contains(QStringLiteral("exactly the events batpak")), qPrintable(banner->text()));
    const batscope::StoreWalk& walk = *w.session()->background()->walk;
    for (uint32_t row : {0u, uint32_t(faithful->entryCount() / 2), uint32_t(faithful->entryCount() - 1)}) {
      const auto pos = walk.find(faithful->eventId(row));
      QVERIFY(pos);
      QCOMPARE(pos->offset, faithful->entry(row).offset);
      QCOMPARE(pos->segmentId, faithful->entry(row).segmentId);
    }
  }

  // The window's work (open, background checks, chains) never runs on Qt's global pool:
  // Qt's raster painting waits for that pool's threads, so work holding them for seconds held
  // the window's paints as long. With every thread of Qt's pool taken, a store still opens
  // and its checks finish (the blockers give up after 30 s: a job queued behind them would
  // only settle after that).
  void ownWorkLeavesQtsPoolFree() {
    QVERIFY(batscope::ui::workPool() != QThreadPool::globalInstance());
    QThreadPool* qtPool = QThreadPool::globalInstance();
    QSemaphore release, started;
    QElapsedTimer since;
    since.start();
    const int blockers = qtPool->maxThreadCount();
    for (int i = 0; i < blockers; ++i)
      qtPool->start([&] {
        started.release();
        release.tryAcquire(1, 30000);
      });
    QVERIFY(started.tryAcquire(blockers, 10000));
    bool settled = false;
    {
      MainWindow w;
      w.openStore(fixtureData(QStringLiteral("multi-segment")));
      settled = waitSettled(w, 25000) && w.session()->background() != nullptr;
    }
    const qint64 ms = since.elapsed();
    release.release(blockers);
    qtPool->waitForDone();
    QVERIFY2(settled && ms < 25000, qPrintable(QString::number(ms)));
  }

  // Browsing through the window writes nothing into the store: file contents, sizes, mtimes
  // and the directory listing are the same before and after opening, filtering, selecting,
  // switching views and closing (the background walk, true view and chains included).
  void openingInTheWindowChangesNothing_data() {
    QTest::addColumn<QString>("fixture");
    for (const char* f : {"batches", "visibility", "corrupt-crc", "torn-tail-after-close", "batch-split-landing"})
      QTest::newRow(f) << QString(f);
  }
  void openingInTheWindowChangesNothing() {
    QFETCH(QString, fixture);
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString& name : QDir(fixtureData(fixture)).entryList(QDir::Files))
      QVERIFY(QFile::copy(fixtureData(fixture) + "/" + name, copy + "/" + name));
    auto snapshot = [&] {
      QStringList out;
      for (const QFileInfo& fi : QDir(copy).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                                          QDir::Name)) {
        QFile f(fi.filePath());
        f.open(QIODevice::ReadOnly);
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(fi.fileName())
                   .arg(fi.size())
                   .arg(fi.lastModified().toMSecsSinceEpoch())
                   .arg(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
      }
      out << QString::number(QFileInfo(copy).lastModified().toMSecsSinceEpoch());
      return out;
    };
    const QStringList before = snapshot();
    QTest::qWait(20);  // any write would now show in an mtime
    {
      MainWindow w;
      w.openStore(copy);
      QVERIFY(waitSettled(w));
      QVERIFY(w.tableModel()->rowCount() > 0);
      w.viewState()->setFilter(QStringLiteral("kind:1:*"));
      w.viewState()->setCurrentRow(w.session()->index()->visibleRows().back());
      w.session()->setTrueView(true);
      QTest::qWait(200);
      w.session()->setTrueView(false);
      QTest::qWait(200);
    }
    QCOMPARE(snapshot(), before);
  }

  // A filter belongs to the store it was typed for: opening another store clears it.
  void openingAnotherStoreClearsTheFilter() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("multi-segment")));
    QVERIFY(waitSettled(w));
    QVERIFY(w.viewState()->setFilter(QStringLiteral("seg:37")));
    QTRY_VERIFY(w.tableModel()->rowCount() < 5100);
    w.openStore(fixtureData(QStringLiteral("batches")));
    QVERIFY(waitSettled(w));
    QVERIFY(w.viewState()->query().empty());
    QCOMPARE(w.viewState()->filter(), QString());
    QCOMPARE(w.tableModel()->rowCount(), 221);
  }

  // Back and Forward (Alt+Left/Right, the Go menu, the mouse's side buttons) step through the
  // events looked at and the filters used; a filter and the event the table picks under it
  // are one step; a new step after going back drops the steps ahead.
  void backAndForwardRetraceSelectionsAndFilters() {
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    ViewState* state = w.viewState();
    auto* back = w.findChild<QAction*>(QStringLiteral("BackAction"));
    auto* forward = w.findChild<QAction*>(QStringLiteral("ForwardAction"));
    QVERIFY(back && forward);
    const std::vector<uint32_t>& rows = w.session()->index()->visibleRows();
    const uint32_t a = rows[5], b = rows[17];
    state->setCurrentRow(a);
    QTest::qWait(0);
    state->setCurrentRow(b);
    QTest::qWait(0);
    QVERIFY(state->setFilter(QStringLiteral("entity:node:0")));
    QTRY_COMPARE(w.tableModel()->rowCount(), 29);
    QTRY_VERIFY(back->isEnabled());
    const uint32_t picked = state->currentRow();  // what the table selected under the filter
    QVERIFY(picked != b && picked != ViewState::kNoRow);
    QVERIFY(!forward->isEnabled());

    // Back (Alt+Left): the filter goes, and b is current again with every event shown.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.tableView()->setFocus();
    QTest::keyClick(w.tableView(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(w.tableModel()->rowCount(), 200);
    QCOMPARE(state->filter(), QString());
    QCOMPARE(state->currentRow(), b);
    QCOMPARE(w.tableView()->currentIndex().row(), w.tableModel()->tableRowOf(b));
    // Back again, by the mouse's back button over the table: a.
    QTest::mouseClick(w.tableView()->viewport(), Qt::BackButton, {}, QPoint(10, 10));
    QCOMPARE(state->currentRow(), a);
    QVERIFY(forward->isEnabled());
    // Forward twice: b, then the filter with the event picked under it.
    forward->trigger();
    QCOMPARE(state->currentRow(), b);
    QTest::mouseClick(w.tableView()->viewport(), Qt::ForwardButton, {}, QPoint(10, 10));
    QTRY_COMPARE(w.tableModel()->rowCount(), 29);
    QCOMPARE(state->filter(), QStringLiteral("entity:node:0"));
    QCOMPARE(state->currentRow(), picked);
    QVERIFY(!forward->isEnabled());

    // Going back and then elsewhere drops what was ahead.
    back->trigger();
    QTRY_COMPARE(w.tableModel()->rowCount(), 200);
    state->setCurrentRow(rows[40]);
    QTest::qWait(0);
    QTRY_VERIFY(!forward->isEnabled());
    back->trigger();
    QCOMPARE(state->currentRow(), b);

    // Another store starts a history of its own.
    w.openStore(fixtureData(QStringLiteral("batches")));
    QVERIFY(waitSettled(w));
    QTRY_VERIFY(!back->isEnabled());
    QVERIFY(!forward->isEnabled());
  }

  // The table always shows the event the details show: making an event the filter hides
  // current (the entity's next event, a cause, a graph node) clears the filter, and Back
  // brings filter and event back.
  void tableAlwaysShowsTheCurrentEvent() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    ViewState* state = w.viewState();
    QVERIFY(state->setFilter(QStringLiteral("entity:node:0")));
    QTRY_COMPARE(w.tableModel()->rowCount(), 29);
    const uint32_t inFilter = state->currentRow();
    const Index* index = w.session()->index();
    uint32_t hidden = Index::kNoRow;
    for (uint32_t r : index->visibleRows())
      if (index->entity(r) != "node:0") { hidden = r; break; }
    QVERIFY(hidden != Index::kNoRow);
    state->setCurrentRow(hidden);
    QTRY_COMPARE(w.tableModel()->rowCount(), 200);
    QCOMPARE(state->filter(), QString());
    QCOMPARE(state->currentRow(), hidden);
    QCOMPARE(w.tableView()->currentIndex().row(), w.tableModel()->tableRowOf(hidden));
    QTRY_VERIFY(w.findChild<QAction*>(QStringLiteral("BackAction"))->isEnabled());
    w.findChild<QAction*>(QStringLiteral("BackAction"))->trigger();
    QTRY_COMPARE(w.tableModel()->rowCount(), 29);
    QCOMPARE(state->filter(), QStringLiteral("entity:node:0"));
    QCOMPARE(state->currentRow(), inFilter);
  }

  // File > Export Events writes the events the table shows, in its order, as `dump` would:
  // JSON shaped like expected.json, or CSV.
  void exportEventsWritesWhatTheTableShows() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    QVERIFY(w.viewState()->setFilter(QStringLiteral("entity:node:0")));
    QTRY_COMPARE(w.tableModel()->rowCount(), 29);
    w.tableView()->sortByColumn(EventTableModel::Sequence, Qt::DescendingOrder);
    QTRY_VERIFY(!w.tableModel()->isSorting());
    const std::vector<uint32_t> rows = w.tableModel()->rows();
    const Index* index = w.session()->index();
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("events.json")), csv = dir.filePath(QStringLiteral("events.csv"));
    QVERIFY(w.exportEvents(json));
    QTRY_VERIFY(QFile::exists(json));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value("event_count").toInt(), 29);
    const QJsonArray events = doc.value("events").toArray();
    QCOMPARE(events.size(), qsizetype(29));
    const QJsonArray expected = expectedEvents(QStringLiteral("causal"));
    for (qsizetype k = 0; k < events.size(); ++k) {
      const QString id = QString::fromStdString(hexEncode(index->eventId(rows[size_t(k)])));
      QCOMPARE(events[k].toObject().value("event_id").toString(), id);
      for (const QJsonValue& e : expected)  // each event as batpak sees it
        if (e.toObject().value("event_id").toString() == id)
          for (const QString& key : {QStringLiteral("global_sequence"), QStringLiteral("entity"), QStringLiteral("payload")})
            QCOMPARE(events[k].toObject().value(key), e.toObject().value(key));
    }
    QTRY_VERIFY(!w.findChild<EventExport*>()->isRunning());
    QVERIFY(w.exportEvents(csv));
    QTRY_VERIFY(QFile::exists(csv));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(30));
    QVERIFY(lines[0].startsWith("global_sequence,entity,"));
    QVERIFY(lines[1].startsWith(QByteArray::number(qulonglong(index->entry(rows[0]).globalSequence)) + ",\"node:0\""));
  }

  // With no store open the window shows the welcome page; it offers the recent stores and
  // generates the demo store (a small one here) and opens it.
  void welcomePageWhileNoStoreIsOpen() {
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    qputenv("BATSCOPE_DEMO_EVENTS", "3000");
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    WelcomeView* welcome = w.welcomeView();
    QVERIFY(welcome && welcome->isVisible());
    QVERIFY(!w.tableView()->isVisible());
    // The welcome page alone: the docks, empty without a store, are hidden until one opens.
    const QList<QDockWidget*> docks = w.findChildren<QDockWidget*>();
    QCOMPARE(docks.size(), 3);
    for (QDockWidget* d : docks) QVERIFY2(!d->isVisible(), qPrintable(d->windowTitle()));
    // A folder that is no store: the open fails and the welcome page stays.
    QTemporaryDir empty;
    QSignalSpy failed(w.session(), &StoreSession::openFailed);
    w.openStore(empty.path());
    QVERIFY(failed.count() || failed.wait(10000));
    QVERIFY(welcome->isVisible());
    // While the first store opens, the table (with the progress bar) is shown, not the buttons.
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(!welcome->isVisible());
    QVERIFY(waitSettled(w));
    QVERIFY(!welcome->isVisible());
    QVERIFY(w.tableView()->isVisible());
    for (QDockWidget* d : docks) QVERIFY2(d->isVisible(), qPrintable(d->windowTitle()));
    for (QAction* a : w.findChildren<QAction*>())
      if (a->text() == QLatin1String("&Close")) a->trigger();
    QTRY_VERIFY(welcome->isVisible());
    for (QDockWidget* d : docks) QVERIFY(!d->isVisible());
    // The store just closed is among the recent ones, as a link.
    bool listed = false;
    for (QLabel* l : welcome->findChildren<QLabel*>())
      listed = listed || l->text().contains(fixtureData(QStringLiteral("causal")).toHtmlEscaped());
    QVERIFY(listed);
    QSignalSpy ready(&w, &MainWindow::storeReady);
    emit welcome->generateDemoRequested();
    QVERIFY(ready.wait(60000));
    QVERIFY(!welcome->isVisible());
    QCOMPARE(w.session()->path(), data.filePath(QStringLiteral("batscope/demo")));
    QCOMPARE(w.tableModel()->rowCount(), 3000);
    qunsetenv("BATSCOPE_DEMO_EVENTS");
    qunsetenv("XDG_DATA_HOME");
  }

  // A filter that matches nothing says so over the table, clears the details, and offers to
  // clear itself.
  void filterMatchingNothingSaysSo() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    auto* empty = w.findChild<QLabel*>(QStringLiteral("EmptyState"));
    QVERIFY(empty && empty->isHidden());
    QVERIFY(w.viewState()->setFilter(QStringLiteral("entity:no-such-entity")));
    QTRY_COMPARE(w.tableModel()->rowCount(), 0);
    QVERIFY(!empty->isHidden());
    QVERIFY2(empty->text().contains(QStringLiteral("entity:no-such-entity")), qPrintable(empty->text()));
    QCOMPARE(w.viewState()->currentRow(), ViewState::kNoRow);
    if (const QString out = qEnvironmentVariable("BATSCOPE_SCREENSHOT_DIR"); !out.isEmpty()) {
      w.resize(1600, 960);
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      QTest::qWait(200);
      QVERIFY(w.grab().save(QDir(out).filePath(QStringLiteral("filter-matches-nothing.png"))));
    }
    emit empty->linkActivated(QStringLiteral("clear"));
    QTRY_COMPARE(w.tableModel()->rowCount(), 200);
    QVERIFY(empty->isHidden());
  }

  // An invalid filter says where and why under the bar, applies nothing, and says the
  // table still shows the last valid filter; the count sits beside the bar.
  void invalidFilterShowsABanner() {
    MainWindow w;
    w.openStore(fixtureData(QStringLiteral("causal")));
    QVERIFY(waitSettled(w));
    QCOMPARE(w.filterBar()->findChild<QLabel*>(QStringLiteral("FilterCount"))->text(), QStringLiteral("200 events"));
    QVERIFY(w.viewState()->setFilter(QStringLiteral("entity:node:3")));
    QTRY_VERIFY(w.tableModel()->rowCount() < 200);
    const int rows = w.tableModel()->rowCount();
    QVERIFY(w.filterBar()->findChild<QLabel*>(QStringLiteral("FilterCount"))->text().contains(QStringLiteral(" of 200 events")));
    w.filterBar()->setText(QStringLiteral("kind:1:1 \"refund"));
    w.filterBar()->apply();
    const QString banner = w.filterBar()->errorText();
    QVERIFY2(banner.contains(QStringLiteral("at 10: unterminated quote")), qPrintable(banner));
    QVERIFY2(banner.endsWith(QStringLiteral("The table still shows: entity:node:3")), qPrintable(banner));
    QCOMPARE(w.viewState()->filter(), QStringLiteral("entity:node:3"));
    QCOMPARE(w.tableModel()->rowCount(), rows);
    if (const QString out = qEnvironmentVariable("BATSCOPE_SCREENSHOTS"); !out.isEmpty()) {
      w.resize(1000, 650);
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      QTest::qWait(200);
      QVERIFY(w.grab().save(QDir(out).filePath(QStringLiteral("filter-error-1000x650.png"))));
    }
    w.filterBar()->setText(QStringLiteral("kind:2:*"));
    QVERIFY(w.filterBar()->errorText().isEmpty());
  }

  // One rule for store state: a failed open leaves the store shown exactly as it was (rows,
  // filter, selection, title); reopening the same store on another restore path keeps the
  // filter and the selected event; a failed open with nothing shown leaves the title bare.
  void failedOpenKeepsTheStoreShown() {
    MainWindow w;
    const QString store = fixtureData(QStringLiteral("causal"));
    w.openStore(store);
    QVERIFY(waitSettled(w));
    QVERIFY(w.viewState()->setFilter(QStringLiteral("entity:node:3")));
    QTRY_VERIFY(w.tableModel()->rowCount() > 0 && w.tableModel()->rowCount() < 200);
    const int rows = w.tableModel()->rowCount();
    const uint32_t selected = w.tableModel()->index(1, 0).data(EventTableModel::IndexRowRole).toUInt();
    w.viewState()->setCurrentRow(selected);
    const QString title = w.windowTitle();
    QVERIFY(title.contains(QStringLiteral("causal")));

    QSignalSpy failed(w.session(), &StoreSession::openFailed);
    w.openStore(store + QStringLiteral("-missing"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(w.session()->path(), store);
    QVERIFY(w.session()->isOpen());
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.viewState()->filter(), QStringLiteral("entity:node:3"));
    QCOMPARE(w.viewState()->currentRow(), selected);
    QCOMPARE(w.tableModel()->rowCount(), rows);
    QVERIFY(w.isSettled());

    const Id128 selectedId = w.session()->index()->eventId(selected);
    QAction* rebuild = nullptr;  // View → Restore path → rebuild
    for (QAction* a : w.findChildren<QAction*>())
      if (a->isCheckable() && a->actionGroup() && a->data().toInt() == int(RestorePathChoice::Rebuild)) rebuild = a;
    QVERIFY(rebuild);
    QSignalSpy opened(w.session(), &StoreSession::opened);
    rebuild->trigger();
    QVERIFY(opened.wait(30000));
    QVERIFY(waitSettled(w));
    QCOMPARE(w.viewState()->filter(), QStringLiteral("entity:node:3"));
    QCOMPARE(w.tableModel()->rowCount(), rows);
    QVERIFY(w.viewState()->currentRow() != ViewState::kNoRow);
    QCOMPARE(w.session()->index()->eventId(w.viewState()->currentRow()), selectedId);
  }

  void failedOpenWithNothingShownLeavesTheTitleBare() {
    MainWindow w;
    QSignalSpy failed(w.session(), &StoreSession::openFailed);
    w.openStore(QStringLiteral("/nonexistent/batpak/data"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(w.windowTitle(), QStringLiteral("Batscope"));
    QVERIFY(!w.session()->isOpen());
  }

  // The window refuses a folder without segment files (batpak would open it as an empty
  // store) and points at the data directory inside it; the CLI still opens it as batpak does.
  void folderWithoutSegmentsIsRefused_data() {
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("the folder above data/") << fixturesRoot() + QStringLiteral("/tiny")
                                             << QStringLiteral("Did you mean %1?").arg(fixtureData(QStringLiteral("tiny")));
    QTest::newRow("the fixtures folder") << fixturesRoot() << QString();
  }
  void folderWithoutSegmentsIsRefused() {
    QFETCH(QString, dir);
    QFETCH(QString, suggestion);
    MainWindow w;
    QSignalSpy failed(w.session(), &StoreSession::openFailed);
    w.openStore(dir);
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("holds no segment file (*.fbat)")), qPrintable(message));
    if (!suggestion.isEmpty()) QVERIFY2(message.contains(suggestion), qPrintable(message));
    QVERIFY(!w.session()->isOpen());
    QCOMPARE(w.windowTitle(), QStringLiteral("Batscope"));
  }

  void emptyFolderIsRefused() {
    QTemporaryDir empty;
    MainWindow w;
    QSignalSpy failed(w.session(), &StoreSession::openFailed);
    w.openStore(empty.path());
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("not a batpak data directory")));
    QVERIFY(!failed.first().first().toString().contains(QStringLiteral("Did you mean")));
  }

  void notADirectoryFailsCleanly() {
    MainWindow w;
    QSignalSpy failed(w.session(), &StoreSession::openFailed);
    w.openStore(fixtureFile(QStringLiteral("tiny"), QStringLiteral("expected.json")));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains("not a directory"));
    QCOMPARE(w.tableModel()->rowCount(), 0);
  }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
