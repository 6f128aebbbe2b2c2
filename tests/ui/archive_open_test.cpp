// Opening a .batpak.tar.zst in the window: it is unpacked into a private temporary
// directory, the table shows the store's events, the title and recent files name the
// archive (not the temporary path), manifest mismatches become warnings, and the
// temporary directory is gone once another store has replaced it; a failed open (a missing
// folder, a garbage archive) leaves the store shown as it was.
#include <QDir>
#include <QStatusBar>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "batscope/archive/archive.h"
#include "main_window.h"
#include "models/event_table_model.h"
#include "store_session.h"

#include "ui_test_support.h"

using namespace batscope;
using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {

// 4 KiB of 'x' named like an archive; "" if it could not be written.
QString garbageArchive(const QTemporaryDir& dir) {
  const QString archive = dir.filePath(QStringLiteral("bad.batpak.tar.zst"));
  QFile f(archive);
  if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(4096, 'x')) != 4096) return {};
  return archive;
}

}  // namespace

class ArchiveOpenTest : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { setUpWindowTestEnvironment(); }

  void opensAnArchive() {
    QTemporaryDir tmp;
    const QString archive = tmp.filePath("tiny.batpak.tar.zst");
    auto made = createArchive(QStringLiteral(BATSCOPE_FIXTURES "/tiny/data").toStdString(), archive.toStdString());
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().toString().c_str());
    MainWindow w;
    QSignalSpy ready(&w, &MainWindow::settled);
    w.openStore(archive);
    QVERIFY(ready.wait(30000) || w.isSettled());
    QCOMPARE(w.tableModel()->rowCount(), 10);
    QVERIFY2(w.windowTitle().contains("tiny.batpak.tar.zst"), qPrintable(w.windowTitle()));
    const QString unpacked = w.session()->path();
    QVERIFY(!unpacked.startsWith(tmp.path()));
    QVERIFY(QDir(unpacked).exists());
    QCOMPARE(w.session()->displayName(), archive);
    // A failed open keeps the archive (and its unpacked folder) shown.
    QSignalSpy failed(w.session(), &StoreSession::openFailed);
    w.openStore(tmp.filePath("no-such-store"));
    QVERIFY(failed.wait(10000));
    QVERIFY(QDir(unpacked).exists());
    QCOMPARE(w.session()->displayName(), archive);
    QCOMPARE(w.tableModel()->rowCount(), 10);
    // Opening another store removes the private temporary directory once it has replaced it.
    QSignalSpy opened(w.session(), &StoreSession::opened);
    w.openStore(QStringLiteral(BATSCOPE_FIXTURES "/causal/data"));
    QVERIFY(opened.wait(30000));
    QVERIFY(!QDir(unpacked).exists());
  }

  void refusesAGarbageArchive() {
    QTemporaryDir tmp;
    const QString archive = garbageArchive(tmp);
    QVERIFY(!archive.isEmpty());
    MainWindow w;
    QSignalSpy failedSpy(w.session(), &StoreSession::openFailed);
    w.openStore(archive);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains("bad.batpak.tar.zst"), 20000);
    QCOMPARE(w.tableModel()->rowCount(), 0);
  }

  // A garbage archive opened over a store leaves that store exactly as it was.
  void garbageArchiveKeepsTheStoreShown() {
    QTemporaryDir tmp;
    const QString archive = garbageArchive(tmp);
    QVERIFY(!archive.isEmpty());
    MainWindow w;
    QSignalSpy ready(&w, &MainWindow::settled);
    const QString store = QStringLiteral(BATSCOPE_FIXTURES "/multi-segment/data");
    w.openStore(store);
    QVERIFY(ready.wait(30000) || w.isSettled());
    QVERIFY(w.viewState()->setFilter(QStringLiteral("seg:2")));
    QTRY_VERIFY(w.tableModel()->rowCount() > 0 && w.tableModel()->rowCount() < int(w.session()->index()->visibleRows().size()));
    const int rows = w.tableModel()->rowCount();
    const uint32_t selected = w.tableModel()->rows()[3];  // an event the filter shows
    w.viewState()->setCurrentRow(selected);
    const QString title = w.windowTitle();
    w.openStore(archive);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains("bad.batpak.tar.zst"), 20000);
    QCOMPARE(w.session()->path(), store);
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.viewState()->filter(), QStringLiteral("seg:2"));
    QCOMPARE(w.viewState()->currentRow(), selected);
    QCOMPARE(w.tableModel()->rowCount(), rows);
  }
};

QTEST_MAIN(ArchiveOpenTest)
#include "archive_open_test.moc"
