// The hash-chain view over the batpak fixtures: what every fixture's chains verify as (the
// corrupt-crc pair breaks at account:6, global sequence 31; unhashed is unhashed; visibility
// verifies with restarts; the rest verify), model conformance, the strip's link list against
// the engine's, selection both ways through the shared ViewState, and the verify report.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QPainter>
#include <QRegularExpression>
#include <QtTest>

#include "batscope/write/demo_generator.h"
#include "batscope/restore/index.h"
#include "chain_report_export.h"
#include "models/chain_model.h"
#include "store_session.h"
#include "theme.h"
#include "view_state.h"
#include "batscope/codec/blake3.h"
#include "views/chain_strip_view.h"
#include "views/chain_view.h"

#include "ui_test_support.h"

using namespace batscope;
using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {

// The row of the first event (session index) whose entity is `entity`, or kNoRow.
uint32_t firstRowOf(const Index& index, std::string_view entity) {
  for (uint32_t row : index.visibleRows())
    if (index.entity(row) == entity) return row;
  return Index::kNoRow;
}

// Exports the view's chain report as `fileName` (its suffix picks the format) into a
// temporary directory and reads it back. Check QTest::currentTestFailed() after.
void exportAndReadReport(ChainView& view, const QString& fileName, QByteArray& written) {
  QTemporaryDir dir;
  const QString file = dir.filePath(fileName);
  QString error;
  QVERIFY2(view.exportReport(file, &error), qPrintable(error));
  QFile f(file);
  QVERIFY(f.open(QIODevice::ReadOnly));
  written = f.readAll();
}

}  // namespace

class ChainViewTest : public QObject {
  Q_OBJECT

 private slots:
  void chainsPerFixture_data();
  void chainsPerFixture();
  void modelConforms();
  void grownReportKeepsTheSelection();
  void reportNameNamesTheStore();
  void clickingBrokenRowSelectsBreak();
  void followsTheCurrentEvent();
  void progressWhileVerifying();
  void exportJson();
  void exportPdf();
  void exportInBackground();
  void screenshots();
  void longChainScrollsFast();
};

void ChainViewTest::chainsPerFixture_data() {
  QTest::addColumn<QString>("fixture");
  const QStringList fixtures = allFixtures();
  QVERIFY(fixtures.size() >= 10);
  for (const QString& f : fixtures) QTest::newRow(qPrintable(f)) << f;
}

void ChainViewTest::chainsPerFixture() {
  QFETCH(QString, fixture);
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QVERIFY(openAndWait(session, fixture));
  ChainModel* model = view.model();
  QVERIFY(model->report());
  QVERIFY(model->rowCount() > 0);

  int broken = 0, unhashed = 0, verified = 0;
  uint64_t restarts = 0;
  for (int r = 0; r < model->rowCount(); ++r) {
    const auto status = EntityChain::Status(model->index(r, 0).data(ChainModel::StatusRole).toInt());
    broken += status == EntityChain::Status::Broken;
    unhashed += status == EntityChain::Status::Unhashed;
    verified += status == EntityChain::Status::Verified;
    restarts += model->chain(r).restarts;
    QCOMPARE(model->index(r, ChainModel::Status).data().toString(), ChainModel::statusText(status));
  }
  // The view lists broken chains first.
  if (broken > 0)
    QCOMPARE(EntityChain::Status(view.table()->model()->index(0, 0).data(ChainModel::StatusRole).toInt()),
             EntityChain::Status::Broken);

  if (fixture == QLatin1String("corrupt-crc") || fixture == QLatin1String("corrupt-crc-rebuild")) {
    QCOMPARE(broken, 1);
    const int row = model->rowOfEntity("account:6");
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, 0).data(ChainModel::EntityRole).toString(), QStringLiteral("account:6"));
    QCOMPARE(model->index(row, 0).data(ChainModel::StatusRole).toInt(), int(EntityChain::Status::Broken));
    QCOMPARE(model->index(row, 0).data(ChainModel::FirstBreakSequenceRole).toULongLong(), 31ull);
    QVERIFY(model->index(row, ChainModel::FirstBreak).data().toString().startsWith(QStringLiteral("#31")));
    QVERIFY(view.summaryText().contains(QStringLiteral("1 broken")));
  } else if (fixture == QLatin1String("unhashed")) {
    QCOMPARE(unhashed, model->rowCount());
    QVERIFY(view.summaryText().contains(QStringLiteral("%1 unhashed").arg(model->rowCount())));
  } else if (fixture == QLatin1String("visibility")) {
    QCOMPARE(verified, model->rowCount());
    QVERIFY(restarts > 0);
  } else {
    QCOMPARE(verified, model->rowCount());
  }
  QVERIFY(view.summaryText().startsWith(QStringLiteral("%1 entities: ").arg(model->rowCount())));

  // The strip walks the same links the engine verified, restarts and break where it found them.
  ChainStripView* strip = view.strip();
  for (int r = 0; r < model->rowCount(); ++r) {
    const EntityChain& c = model->chain(r);
    strip->setEntity(QString::fromStdString(c.entity), &c);
    QCOMPARE(uint64_t(strip->links().size()), c.links);
    const auto& links = strip->links();
    auto entryOf = [&](size_t i) -> const batscope::IndexEntry& { return links[i].index->entry(links[i].row); };
    for (size_t i = 1; i < links.size(); ++i)  // written order: segment, then offset
      QVERIFY(entryOf(i - 1).segmentId < entryOf(i).segmentId ||
              (entryOf(i - 1).segmentId == entryOf(i).segmentId && entryOf(i - 1).offset < entryOf(i).offset));
    QCOMPARE(strip->breakLink() >= 0, c.firstBreak.has_value());
    if (c.firstBreak) {
      const size_t at = size_t(strip->breakLink());
      QCOMPARE(entryOf(at).globalSequence, c.firstBreak->globalSequence);
      QVERIFY(links[at].index->eventId(links[at].row) == c.firstBreak->eventId);
    }
    QCOMPARE(strip->forkLinks().size(), c.forks.size());
    for (const auto& [fork, parent] : strip->forkLinks()) {
      QVERIFY(parent < fork - 1);  // a branch from an older link, never the adjacent one
      QCOMPARE(links[size_t(fork)].index->hashChain(links[size_t(fork)].row).prevHash,
               links[size_t(parent)].index->hashChain(links[size_t(parent)].row).eventHash);
    }
  }
}

void ChainViewTest::reportNameNamesTheStore() {
  const QString dated = QStringLiteral("-chains-\\d{8}-\\d{4}\\.json$");
  QVERIFY(QRegularExpression(QStringLiteral("^tiny-data") + dated).match(ChainView::defaultReportName(QStringLiteral("/f/tiny/data"))).hasMatch());
  QVERIFY(QRegularExpression(QStringLiteral("^audit") + dated).match(ChainView::defaultReportName(QStringLiteral("/f/audit.batpak.tar.zst"))).hasMatch());
  QVERIFY(QRegularExpression(QStringLiteral("^store") + dated).match(ChainView::defaultReportName(QString())).hasMatch());
}

void ChainViewTest::modelConforms() {
  StoreSession session;
  ChainModel model(&session);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QSortFilterProxyModel proxy;
  proxy.setSourceModel(&model);
  proxy.setSortRole(ChainModel::SortRole);
  QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
  for (const char* fixture : {"corrupt-crc", "visibility", "unhashed"}) {
    QVERIFY(openAndWait(session, QString::fromLatin1(fixture)));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.columnCount(), int(ChainModel::ColumnCount));
    for (int c = 0; c < ChainModel::ColumnCount; ++c) {
      QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
      proxy.sort(c, c % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    // Sorting by status (ascending, the chain view's default) puts broken chains first.
    proxy.sort(ChainModel::Status, Qt::AscendingOrder);
    if (QLatin1String(fixture) == QLatin1String("corrupt-crc"))
      QCOMPARE(proxy.index(0, 0).data(ChainModel::EntityRole).toString(), QStringLiteral("account:6"));
  }
  session.close();
  QCOMPARE(model.rowCount(), 0);
}

// A report with the same entities and more (a followed store's chains extended) updates the
// rows in place and inserts the new ones: the selection stays. One without an entity resets.
void ChainViewTest::grownReportKeepsTheSelection() {
  auto reportOf = [](std::vector<std::pair<std::string, uint64_t>> entities) {
    auto r = std::make_shared<ChainReport>();
    for (const auto& [name, links] : entities) {
      EntityChain c;
      c.entity = name;
      c.links = links;
      r->entities.push_back(c);
      r->links += links;
    }
    return r;
  };
  ChainModel model(nullptr);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setReport(reportOf({{"b", 1}, {"d", 1}}));
  QTableView view;
  view.setModel(&model);
  view.setCurrentIndex(model.index(1, ChainModel::Entity));
  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
  QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
  model.setReport(reportOf({{"a", 1}, {"b", 2}, {"c", 1}, {"d", 3}, {"e", 1}}));
  QCOMPARE(resets.count(), 0);
  QCOMPARE(inserts.count(), 3);  // a, c and e: one run each
  QStringList names;
  for (int r = 0; r < model.rowCount(); ++r) names << model.index(r, 0).data(ChainModel::EntityRole).toString();
  QCOMPARE(names, QStringList({"a", "b", "c", "d", "e"}));
  QCOMPARE(model.index(3, ChainModel::Links).data().toString(), QStringLiteral("3"));
  QCOMPARE(model.rowOfEntity("c"), 2);
  QCOMPARE(view.currentIndex().data(ChainModel::EntityRole).toString(), QStringLiteral("d"));
  model.setReport(reportOf({{"a", 1}}));  // entities gone: afresh
  QCOMPARE(resets.count(), 1);
  QCOMPARE(model.rowCount(), 1);
}

void ChainViewTest::clickingBrokenRowSelectsBreak() {
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QVERIFY(showExposed(view, 1000, 650));
  QVERIFY(openAndWait(session, QStringLiteral("corrupt-crc")));
  const Index* index = session.index();

  // Start elsewhere: the current event on another entity, which the view follows.
  const uint32_t other = firstRowOf(*index, "account:3");
  QVERIFY(other != Index::kNoRow);
  state.setCurrentRow(other);
  QCOMPARE(view.selectedEntity(), QStringLiteral("account:3"));
  QCOMPARE(state.currentRow(), other);  // following does not move the current event

  const int row = view.proxy()->mapFromSource(view.model()->index(view.model()->rowOfEntity("account:6"), 0)).row();
  QVERIFY(row >= 0);
  const QModelIndex cell = view.proxy()->index(row, ChainModel::Entity);
  view.table()->scrollTo(cell);
  QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, view.table()->visualRect(cell).center());
  QCOMPARE(view.selectedEntity(), QStringLiteral("account:6"));
  QVERIFY(state.currentRow() < index->entryCount());
  QCOMPARE(index->entry(state.currentRow()).globalSequence, 31ull);
  QCOMPARE(QString::fromUtf8(index->entity(state.currentRow()).data(), qsizetype(index->entity(state.currentRow()).size())),
           QStringLiteral("account:6"));
  QCOMPARE(view.breakRow(), state.currentRow());
  // The strip highlights the break, which is the current event.
  QVERIFY(view.strip()->breakLink() >= 0);
  QCOMPARE(view.strip()->currentLink(), view.strip()->breakLink());
  QVERIFY(view.strip()->viewport()->rect().intersects(view.strip()->boxRect(view.strip()->breakLink())));

  // "Select event" goes back to the break after the user moved away.
  state.setCurrentRow(view.strip()->sessionRowOf(view.strip()->breakLink() + 1));
  QVERIFY(index->entry(state.currentRow()).globalSequence != 31);
  view.selectBreakEvent();
  QCOMPARE(index->entry(state.currentRow()).globalSequence, 31ull);
}

void ChainViewTest::followsTheCurrentEvent() {
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QVERIFY(showExposed(view, 1000, 650));
  QVERIFY(openAndWait(session, QStringLiteral("visibility")));
  const Index* index = session.index();
  const uint32_t row = firstRowOf(*index, "doc:2");
  QVERIFY(row != Index::kNoRow);
  state.setCurrentRow(row);
  QCOMPARE(view.selectedEntity(), QStringLiteral("doc:2"));
  ChainStripView* strip = view.strip();
  const int link = strip->currentLink();
  QVERIFY(link >= 0);
  QCOMPARE(strip->sessionRowOf(link), row);

  // Clicking another box of the strip makes its event current.
  int target = -1;
  for (int i = 0; i < int(strip->links().size()); ++i)
    if (i != link && strip->sessionRowOf(i) != Index::kNoRow && strip->viewport()->rect().contains(strip->boxRect(i))) {
      target = i;
      break;
    }
  QVERIFY(target >= 0);
  QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, strip->boxRect(target).center());
  QCOMPARE(state.currentRow(), strip->sessionRowOf(target));
  QCOMPARE(strip->currentLink(), target);
  QCOMPARE(view.selectedEntity(), QStringLiteral("doc:2"));

  // A far link scrolls into view when it becomes current.
  const int last = int(strip->links().size()) - 1;
  if (strip->sessionRowOf(last) != Index::kNoRow) {
    state.setCurrentRow(strip->sessionRowOf(last));
    QVERIFY(strip->viewport()->rect().intersects(strip->boxRect(last)));
  }
  // Restarts are drawn as gaps: the box after a restart sits further right than one step.
  const EntityChain& chain = view.model()->chain(view.model()->rowOfEntity("doc:2"));
  QVERIFY(chain.restarts > 0);
}

void ChainViewTest::progressWhileVerifying() {
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QSignalSpy progress(&session, &StoreSession::backgroundProgress);
  QVERIFY(openAndWait(session, QStringLiteral("tiny")));
  QVERIFY(progress.count() > 0);
  QVERIFY(!view.summaryText().isEmpty());
  session.close();
  QVERIFY(view.summaryText().isEmpty());
  QVERIFY(view.selectedEntity().isEmpty());
}

void ChainViewTest::exportJson() {
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QVERIFY(openAndWait(session, QStringLiteral("corrupt-crc")));
  QByteArray json;
  exportAndReadReport(view, QStringLiteral("report.json"), json);
  if (QTest::currentTestFailed()) return;
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  QCOMPARE(parseError.error, QJsonParseError::NoError);
  const QJsonObject root = doc.object();
  QVERIFY(root.value(QStringLiteral("store")).toString().contains(QStringLiteral("corrupt-crc")));
  QVERIFY(!root.value(QStringLiteral("batscope_version")).toString().isEmpty());
  QVERIFY(!root.value(QStringLiteral("generated_at")).toString().isEmpty());
  QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("broken")).toInt(), 1);
  // Evidence of what was verified: every file of the store with its size and BLAKE3.
  const QDir storeDir(fixtureData(QStringLiteral("corrupt-crc")));
  const QStringList names = storeDir.entryList(QDir::Files, QDir::Name);
  const QJsonArray files = root.value(QStringLiteral("files")).toArray();
  QCOMPARE(files.size(), names.size());
  for (int i = 0; i < files.size(); ++i) {
    const QJsonObject f = files[i].toObject();
    QCOMPARE(f.value(QStringLiteral("name")).toString(), names[i]);
    QFile file(storeDir.filePath(names[i]));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(f.value(QStringLiteral("bytes")).toInteger(), qint64(bytes.size()));
    QCOMPARE(f.value(QStringLiteral("blake3")).toString(),
             QString::fromStdString(hexEncode(blake3(bytes.constData(), size_t(bytes.size())))));
  }
  const QJsonArray entities = root.value(QStringLiteral("entities")).toArray();
  QCOMPARE(entities.size(), view.model()->rowCount());
  bool found = false;
  for (const QJsonValue& v : entities) {
    const QJsonObject e = v.toObject();
    if (e.value(QStringLiteral("entity")).toString() != QLatin1String("account:6")) {
      QVERIFY(e.value(QStringLiteral("first_break")).isNull());
      continue;
    }
    found = true;
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
    const QJsonObject b = e.value(QStringLiteral("first_break")).toObject();
    QCOMPARE(b.value(QStringLiteral("global_sequence")).toInteger(), 31);
    QCOMPARE(b.value(QStringLiteral("stored_prev_hash")).toString().size(), 64);
    QCOMPARE(b.value(QStringLiteral("expected_prev_hash")).toString().size(), 64);
    QCOMPARE(b.value(QStringLiteral("stored_event_hash")).toString().size(), 64);
    QVERIFY(!b.value(QStringLiteral("reason")).toString().isEmpty());
  }
  QVERIFY(found);
}

// The window's export: the files hashed on the pool, progress beside the button, the report
// written once they are.
void ChainViewTest::exportInBackground() {
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QVERIFY(openAndWait(session, QStringLiteral("corrupt-crc")));
  QTemporaryDir dir;
  const QString file = dir.filePath(QStringLiteral("report.json"));
  QSignalSpy done(&view, &ChainView::reportExported);
  view.exportReportInBackground(file);
  QVERIFY(done.count() || done.wait(10000));
  QCOMPARE(done.first().at(0).toString(), file);
  QCOMPARE(done.first().at(1).toString(), QString());
  QFile f(file);
  QVERIFY(f.open(QIODevice::ReadOnly));
  const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
  QCOMPARE(root.value(QStringLiteral("files")).toArray().size(),
           QDir(fixtureData(QStringLiteral("corrupt-crc"))).entryList(QDir::Files).size());
  QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("broken")).toInt(), 1);
}

void ChainViewTest::exportPdf() {
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QVERIFY(openAndWait(session, QStringLiteral("corrupt-crc")));
  QByteArray pdf;
  exportAndReadReport(view, QStringLiteral("report.pdf"), pdf);
  if (QTest::currentTestFailed()) return;
  QVERIFY(pdf.size() > 1000);
  QCOMPARE(pdf.left(4), QByteArray("%PDF"));
  QVERIFY(chainReportHtml(*view.model()->report(), session.path()).contains(QStringLiteral("account:6")));
}

// Renders the view for a look (written to the temp dir, or BATSCOPE_SCREENSHOTS when set).
void ChainViewTest::screenshots() {
  const QString out = qEnvironmentVariableIsSet("BATSCOPE_SCREENSHOTS") ? qEnvironmentVariable("BATSCOPE_SCREENSHOTS")
                                                                         : QDir::tempPath();
  const std::tuple<const char*, const char*, Theme> shots[] = {{"corrupt-crc", "account:6", Theme::Light},
                                                               {"visibility", "doc:0", Theme::Light},
                                                               {"corrupt-crc", "account:6", Theme::Dark}};
  for (const auto& [fixture, entity, theme] : shots) {
    applyTheme(theme);
    StoreSession session;
    ViewState state;
    ChainView view(&session, &state);
    QVERIFY(showExposed(view, 1000, 650));
    QVERIFY(openAndWait(session, QString::fromLatin1(fixture)));
    view.selectEntity(QString::fromLatin1(entity));
    QCOMPARE(view.selectedEntity(), QString::fromLatin1(entity));
    // Without a break to jump to, make the first restarted link current, to show the highlight.
    const EntityChain& chain = view.model()->chain(view.model()->rowOfEntity(entity));
    if (!chain.restartSequences.empty()) {
      for (size_t i = 0; i < view.strip()->links().size(); ++i)
        if (view.strip()->links()[i].index->entry(view.strip()->links()[i].row).globalSequence ==
            chain.restartSequences.front())
          state.setCurrentRow(view.strip()->sessionRowOf(int(i)));
      QCOMPARE(view.selectedEntity(), QString::fromLatin1(entity));
      QVERIFY(view.strip()->currentLink() >= 0);
    }
    QCoreApplication::processEvents();
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    const QString suffix = theme == Theme::Dark ? QStringLiteral("-dark") : QString();
    QVERIFY(image.save(QDir(out).filePath(QStringLiteral("chains-%1%2.png").arg(QString::fromLatin1(fixture), suffix))));
    // The first page of the printable report, as the PDF lays it out (A4 text width).
    QTextDocument doc;
    doc.setHtml(chainReportHtml(*view.model()->report(), session.path()));
    doc.setTextWidth(700);
    QImage page(700, 990, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    doc.drawContents(&painter, QRectF(0, 0, 700, 990));
    painter.end();
    QVERIFY(page.save(QDir(out).filePath(QStringLiteral("chains-report-%1.png").arg(QString::fromLatin1(fixture)))));
  }
  applyTheme(Theme::System);
}

// A chain of 100,000 links: collected, scrolled end to end and painted in a blink.
void ChainViewTest::longChainScrollsFast() {
  QTemporaryDir tmp;
  const QString dir = tmp.filePath(QStringLiteral("data"));
  GenerateOptions options;
  options.events = 100000;
  options.entities = 1;
  options.scopes = 1;
  const Status generated = generateStore(dir.toStdString(), options);
  QVERIFY(generated.ok());
  StoreSession session;
  ViewState state;
  ChainView view(&session, &state);
  QVERIFY(showExposed(view, 1000, 650));
  QSignalSpy opened(&session, &StoreSession::opened);
  QSignalSpy background(&session, &StoreSession::backgroundFinished);
  session.open(dir);
  QVERIFY(opened.wait(120000));
  QVERIFY(background.count() || background.wait(300000));
  ChainModel* model = view.model();
  int longest = 0;
  for (int r = 1; r < model->rowCount(); ++r)
    if (model->chain(r).links > model->chain(longest).links) longest = r;
  const EntityChain& chain = model->chain(longest);
  QVERIFY2(chain.links >= 20000, qPrintable(QString::number(chain.links)));
  QElapsedTimer t;
  t.start();
  view.selectEntity(QString::fromStdString(chain.entity));
  const qint64 selectMs = t.elapsed();
  ChainStripView* strip = view.strip();
  QCOMPARE(uint64_t(strip->links().size()), chain.links);
  t.restart();
  QScrollBar* bar = strip->horizontalScrollBar();
  for (int step = 0; step <= 20; ++step) {
    bar->setValue(int(qint64(bar->maximum()) * step / 20));
    strip->viewport()->repaint();
  }
  const qint64 paintMs = t.elapsed();
  const int last = int(strip->links().size()) - 1;
  strip->scrollToLink(last);
  QVERIFY(strip->viewport()->rect().intersects(strip->boxRect(last)));
  QCOMPARE(strip->linkAt(strip->boxRect(last).center()), last);
  qInfo("%llu links: selected in %lld ms, 21 repaints in %lld ms", qulonglong(chain.links), selectMs, paintMs);
  QVERIFY(paintMs < 2000);
}

QTEST_MAIN(ChainViewTest)
#include "chain_view_test.moc"
