// Tests for the event details area (views/event_details_view.h and its models): every event
// of varied-payloads through both models under QAbstractItemModelTester with the values the
// fixture oracle recorded (u64 max and i64 min exact, bins, int keys, a 100 KiB string), the
// physical frame for batches' wrong disk_pos, corrupt-crc's mismatch, hex highlighting that
// follows the field selection (and back), and the causal links.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>
#include <QMenu>

#include <memory>

#include "batscope/codec/msgpack_reader.h"
#include "batscope/format/frame_layout.h"
#include "batscope/restore/index.h"
#include "models/event_table_model.h"
#include "models/header_fields_model.h"
#include "models/payload_tree_model.h"
#include "store_session.h"
#include "theme.h"
#include "view_state.h"
#include "views/event_details_view.h"
#include "views/hex_view.h"

#include "ui_test_support.h"

using namespace batscope::ui;
using namespace batscope::ui::test;

namespace {

// One open fixture with a details view following its ViewState.
struct Open : SessionWithView<EventDetailsView> {
  QJsonArray expected;  // expected.json's events

  uint32_t rowOf(uint64_t globalSequence) const {
    for (uint32_t row : index().visibleRows())
      if (index().entry(row).globalSequence == globalSequence) return row;
    return batscope::Index::kNoRow;
  }
  QJsonObject expectedEvent(uint64_t globalSequence) const {
    for (const QJsonValue& e : expected)
      if (e[QLatin1String("global_sequence")].toInteger() == qint64(globalSequence)) return e.toObject();
    return {};
  }
  void select(uint64_t globalSequence) { state->setCurrentRow(rowOf(globalSequence)); }
};

std::unique_ptr<Open> openFixture(const QString& name, batscope::RestorePathChoice path = batscope::RestorePathChoice::Mmap) {
  auto o = std::make_unique<Open>();
  QFile f(fixtureFile(name, QStringLiteral("expected.json")));
  if (!f.open(QIODevice::ReadOnly)) qFatal("no expected.json for %s", qPrintable(name));
  o->expected = QJsonDocument::fromJson(f.readAll())[QLatin1String("events")].toArray();
  o->view = std::make_unique<EventDetailsView>(o->session.get(), o->state.get());
  o->view->resize(1400, 420);
  QSignalSpy finished(o->session.get(), &StoreSession::backgroundFinished);
  QSignalSpy failed(o->session.get(), &StoreSession::openFailed);
  o->session->open(fixtureData(name), path);
  QElapsedTimer waited;
  waited.start();
  while (finished.isEmpty() && failed.isEmpty() && waited.elapsed() < 120000) QTest::qWait(10);
  if (!failed.isEmpty()) qFatal("open failed: %s", qPrintable(failed.first().first().toString()));
  if (finished.isEmpty()) qFatal("opening %s did not finish", qPrintable(name));
  return o;
}

QString fieldValue(const HeaderFieldsModel* m, const QString& path) {
  return m->indexOfPath(path).siblingAtColumn(HeaderFieldsModel::Value).data().toString();
}

// The row named `name` under group `group` (or under any row of it, one level deeper).
QModelIndex findRow(const QAbstractItemModel* m, const QString& group, const QString& name) {
  for (int g = 0; g < m->rowCount(); ++g) {
    const QModelIndex gi = m->index(g, 0);
    if (gi.data().toString() != group) continue;
    for (int r = 0; r < m->rowCount(gi); ++r) {
      const QModelIndex ri = m->index(r, 0, gi);
      if (ri.data().toString() == name) return ri;
      for (int c = 0; c < m->rowCount(ri); ++c)
        if (m->index(c, 0, ri).data().toString() == name) return m->index(c, 0, ri);
    }
  }
  return {};
}

QString valueOf(const QModelIndex& row) { return row.siblingAtColumn(1).data().toString(); }

// Visits every index (all columns) down to `maxRows` rows in all: parent/child consistency
// and every role of every cell, beyond what the tester samples.
void walkModel(const QAbstractItemModel* m, const QModelIndex& parent, int& budget) {
  const int rows = m->rowCount(parent);
  for (int r = 0; r < rows && budget > 0; ++r, --budget) {
    for (int c = 0; c < m->columnCount(parent); ++c) {
      const QModelIndex i = m->index(r, c, parent);
      QVERIFY(i.isValid());
      QCOMPARE(m->parent(i), parent);
      for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole), int(Qt::FontRole),
                       int(Qt::UserRole + 1), int(Qt::UserRole + 2), int(Qt::UserRole + 3), int(Qt::UserRole + 4)})
        (void)m->data(i, role);
    }
    walkModel(m, m->index(r, 0, parent), budget);
  }
}

QModelIndex payloadRoot(const PayloadTreeModel* m) { return m->index(0, 0); }
QString cell(const QModelIndex& i, int column) { return i.siblingAtColumn(column).data().toString(); }

}  // namespace

class EventDetailsTest : public QObject {
  Q_OBJECT

 private slots:
  // Every event of varied-payloads, both models under the tester, against the oracle.
  void variedPayloadsAllEvents() {
    auto o = openFixture(QStringLiteral("varied-payloads"));
    QAbstractItemModelTester headerTester(o->view->headerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester payloadTester(o->view->payloadModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(o->expected.size(), 32);
    for (const QJsonValue& ev : o->expected) {
      const QJsonObject e = ev.toObject();
      const auto seq = uint64_t(e[QLatin1String("global_sequence")].toInteger());
      o->select(seq);
      const HeaderFieldsModel* h = o->view->headerModel();
      const PayloadTreeModel* p = o->view->payloadModel();
      const QString tag = QStringLiteral("global sequence %1").arg(seq);
      QVERIFY2(o->view->event(), qPrintable(tag));
      QCOMPARE(fieldValue(h, QStringLiteral("event.header.event_id")), e[QLatin1String("event_id")].toString());
      QCOMPARE(valueOf(findRow(h, QStringLiteral("Frame header"), QStringLiteral("UUID"))), e[QLatin1String("event_id_uuid")].toString());
      QCOMPARE(fieldValue(h, QStringLiteral("event.header.timestamp_us")), QString::number(e[QLatin1String("timestamp_us")].toInteger()));
      QCOMPARE(fieldValue(h, QStringLiteral("entity")), e[QLatin1String("frame_entity")].toString());
      QCOMPARE(fieldValue(h, QStringLiteral("event.header.position.sequence")),
               QString::number(e[QLatin1String("position")][QLatin1String("sequence")].toInteger()));
      QVERIFY(fieldValue(h, QStringLiteral("event.hash_chain.event_hash"))
                  .startsWith(e[QLatin1String("hash_chain")][QLatin1String("event_hash")].toString()));
      // batpak's get: fails exactly for the events the oracle recorded a read_error for.
      const QString get = valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("batpak get")));
      if (e.contains(QLatin1String("read_error"))) QCOMPARE(get, e[QLatin1String("read_error")].toString());
      else QVERIFY2(get.contains(QStringLiteral("✔")), qPrintable(tag + ": " + get));
      QVERIFY2(o->view->frameStatusText().contains(QStringLiteral("CRC ✔")), qPrintable(o->view->frameStatusText()));

      // The payload JSON (compared as JSON values: float spellings differ, 1e300 vs 1e+300).
      QCOMPARE(p->rowCount(), 1);
      const QJsonDocument ours = QJsonDocument::fromJson("[" + p->jsonOf(payloadRoot(p)).toUtf8() + "]");
      QVERIFY2(!ours.isNull(), qPrintable(tag));
      QCOMPARE(ours.array().at(0), e[QLatin1String("payload")]);
      int budget = 3000;
      walkModel(h, {}, budget);
      budget = 3000;
      walkModel(p, {}, budget);
    }
  }

  void exactAndOddPayloadValues() {
    auto o = openFixture(QStringLiteral("varied-payloads"));
    QAbstractItemModelTester tester(o->view->payloadModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const PayloadTreeModel* p = o->view->payloadModel();

    o->select(9);  // u64 max
    QCOMPARE(cell(payloadRoot(p), PayloadTreeModel::Value), QStringLiteral("18446744073709551615"));
    QCOMPARE(p->valueText(payloadRoot(p)), QStringLiteral("18446744073709551615"));
    QCOMPARE(p->jsonOf(payloadRoot(p)), QStringLiteral("18446744073709551615"));
    QCOMPARE(cell(payloadRoot(p), PayloadTreeModel::Type), QStringLiteral("uint"));
    o->select(7);  // i64 min
    QCOMPARE(cell(payloadRoot(p), PayloadTreeModel::Value), QStringLiteral("-9223372036854775808"));
    QCOMPARE(p->jsonOf(payloadRoot(p)), QStringLiteral("-9223372036854775808"));
    o->select(8);
    QCOMPARE(cell(payloadRoot(p), PayloadTreeModel::Value), QStringLiteral("9223372036854775807"));

    o->select(11);  // floats
    QStringList floats;
    for (int r = 0; r < p->rowCount(payloadRoot(p)); ++r) floats << cell(p->index(r, 0, payloadRoot(p)), PayloadTreeModel::Value);
    QCOMPARE(floats, QStringList({"0.1", "-0.0", "1e+300", "-2.5", "3.0"}));
    QCOMPARE(cell(p->index(0, 0, payloadRoot(p)), PayloadTreeModel::Key), QStringLiteral("[0]"));

    o->select(14);  // bin 0..255: hex, abbreviated in the cell, whole in valueText
    const QModelIndex bin = payloadRoot(p);
    QVERIFY(cell(bin, PayloadTreeModel::Value).startsWith(QStringLiteral("00 01 02 03")));
    QVERIFY(cell(bin, PayloadTreeModel::Value).contains(QStringLiteral("256 bytes")));
    QCOMPARE(cell(bin, PayloadTreeModel::Type), QStringLiteral("bin · 256 B"));
    QCOMPARE(p->valueText(bin).size(), 512);
    QVERIFY(p->valueText(bin).startsWith(QStringLiteral("000102")) && p->valueText(bin).endsWith(QStringLiteral("feff")));
    QVERIFY(bin.data(PayloadTreeModel::RejectedByBatpakRole).toBool());
    QVERIFY(o->view->payloadStatusText().contains(QStringLiteral("batpak's get fails")));

    o->select(17);  // int-keyed map: keys as the oracle writes them
    const QModelIndex map = payloadRoot(p);
    QCOMPARE(p->rowCount(map), 3);
    QCOMPARE(cell(p->index(0, 0, map), PayloadTreeModel::Key), QStringLiteral("1"));
    QCOMPARE(cell(p->index(1, 0, map), PayloadTreeModel::Key), QStringLiteral("-2"));
    QCOMPARE(cell(p->index(2, 0, map), PayloadTreeModel::Key), QStringLiteral("3"));
    QVERIFY(p->index(0, 0, map).data(PayloadTreeModel::RejectedByBatpakRole).toBool());
    QVERIFY(!p->index(2, 0, map).data(PayloadTreeModel::RejectedByBatpakRole).toBool());
    QCOMPARE(p->valueText(p->index(1, 0, map)), QStringLiteral("minus two"));
    QCOMPARE(cell(p->index(1, 0, map), PayloadTreeModel::Value), QStringLiteral("\"minus two\""));

    o->select(18);  // 100 KiB string: abbreviated in the cell, whole for copying
    const QJsonObject e18 = o->expectedEvent(18);
    const QString big = e18[QLatin1String("payload")].toString();
    QVERIFY(big.size() >= 100000);
    QVERIFY(cell(payloadRoot(p), PayloadTreeModel::Value).size() < 300);
    QCOMPARE(p->valueText(payloadRoot(p)), big);

    o->select(15);  // nested: opened all the way down
    QModelIndex deepest = payloadRoot(p);
    for (int level = 0; level < 5; ++level) {
      QModelIndex child;
      for (int r = 0; r < p->rowCount(deepest); ++r)
        if (cell(p->index(r, 0, deepest), PayloadTreeModel::Key) == QLatin1String("child")) child = p->index(r, 0, deepest);
      QVERIFY(child.isValid());
      QVERIFY(o->view->payloadTree()->isExpanded(deepest));
      deepest = child;
    }
    QCOMPARE(p->jsonOf(deepest), QStringLiteral("{\"level\":0,\"child\":\"bottom\",\"list\":[0,null,true]}"));
  }

  void tinyFirstEvent() {
    auto o = openFixture(QStringLiteral("tiny"));
    o->select(0);
    const HeaderFieldsModel* h = o->view->headerModel();
    QCOMPARE(o->view->frameStatusText(), QStringLiteral("000001.fbat @ 57 · 468 bytes · CRC ✔"));
    QCOMPARE(o->view->hexView()->fileOffset(), quint64(57));
    QCOMPARE(o->view->hexView()->bytes().size(), 468);
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.event_id")), QStringLiteral("01a211c2e685798497ceced3c54636fc"));
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.event_kind")), QStringLiteral("0x1001 (1:1)"));
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.flags")), QStringLiteral("0x00 (none)"));
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.causation_id")), QStringLiteral("none"));
    QCOMPARE(fieldValue(h, QStringLiteral("scope")), QStringLiteral("chat:general"));
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.payload_size")), QStringLiteral("19 bytes"));
    QVERIFY(fieldValue(h, QStringLiteral("event.hash_chain.prev_hash")).endsWith(QStringLiteral("(genesis)")));
    QCOMPARE(valueOf(findRow(h, QStringLiteral("Index entry"), QStringLiteral("global sequence"))), QStringLiteral("0"));
    QCOMPARE(valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("disk_pos"))), QStringLiteral("000001.fbat @ 57 · 468 bytes"));
    QCOMPARE(valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("physical position"))), QStringLiteral("same as disk_pos"));
    QCOMPARE(o->view->payloadModel()->jsonOf(payloadRoot(o->view->payloadModel())), QStringLiteral("{\"i\":0,\"text\":\"message 0\"}"));

    // Local time by default, UTC when the shared state says so.
    const QModelIndex time = findRow(h, QStringLiteral("Frame header"), QStringLiteral("time"));
    QVERIFY(time.isValid());
    QSignalSpy changed(h, &QAbstractItemModel::dataChanged);
    o->state->setUtcTime(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(valueOf(time).endsWith(QStringLiteral(" UTC")));
    // 1795594315397005 µs
    QCOMPARE(valueOf(time), QDateTime::fromMSecsSinceEpoch(1795594315397, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
                                QStringLiteral("005 UTC"));
  }

  // Selecting a header field highlights exactly its frame_layout span.
  void highlightFollowsFieldSelection_data() {
    QTest::addColumn<QString>("path");
    for (const char* p : {"len", "crc32", "event.header.event_id", "event.header.correlation_id", "event.header.timestamp_us",
                          "event.header.position", "event.header.position.wall_ms", "event.header.event_kind",
                          "event.header.content_hash", "event.payload", "event.hash_chain", "event.hash_chain.prev_hash",
                          "entity", "scope"})
      QTest::newRow(p) << QString::fromLatin1(p);
  }
  void highlightFollowsFieldSelection() {
    QFETCH(QString, path);
    auto o = openFixture(QStringLiteral("tiny"));
    o->select(3);
    const LoadedEvent* ev = o->view->event();
    QVERIFY(ev && ev->frame);
    const auto spans = batscope::frameFieldSpans(ev->frame, ev->frameLen);
    const batscope::FrameField* span = batscope::findField(spans, path.toStdString());
    QVERIFY(span);
    const QModelIndex row = o->view->headerModel()->indexOfPath(path);
    QVERIFY(row.isValid());
    o->view->headerTree()->setCurrentIndex(row);  // as a click would
    QCOMPARE(o->view->hexView()->highlightOffset(), quint64(span->offset));
    QCOMPARE(o->view->hexView()->highlightLength(), quint64(span->length));
    // The selection sticks to the field across events.
    o->select(4);
    const auto spans4 = batscope::frameFieldSpans(o->view->event()->frame, o->view->event()->frameLen);
    QCOMPARE(o->view->hexView()->highlightOffset(), quint64(batscope::findField(spans4, path.toStdString())->offset));
    QCOMPARE(o->view->headerTree()->currentIndex().data(HeaderFieldsModel::FieldPathRole).toString(), path);
  }

  // Clicking a byte selects the narrowest field holding it.
  void clickingAByteSelectsItsField() {
    auto o = openFixture(QStringLiteral("tiny"));
    o->view->show();
    QVERIFY(QTest::qWaitForWindowExposed(o->view.get()));
    o->select(0);
    HexView* hex = o->view->hexView();
    auto clickByte = [&](qint64 target) {
      for (int y = 1; y < hex->viewport()->height(); y += 3)
        for (int x = 1; x < hex->viewport()->width(); x += 2)
          if (hex->byteAt(QPoint(x, y)) == target) {
            QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, QPoint(x, y));
            return true;
          }
      return false;
    };
    auto currentPath = [&] { return o->view->headerTree()->currentIndex().data(HeaderFieldsModel::FieldPathRole).toString(); };
    QVERIFY(clickByte(90 - 57 + 5));  // inside event_id's value
    QCOMPARE(currentPath(), QStringLiteral("event.header.event_id"));
    QCOMPARE(hex->cursorOffset(), qint64(90 - 57 + 5));
    QCOMPARE(hex->highlightOffset(), quint64(81 - 57));
    QVERIFY(clickByte(195 - 57));     // position.wall_ms
    QCOMPARE(currentPath(), QStringLiteral("event.header.position.wall_ms"));
    QVERIFY(clickByte(2));            // len
    QCOMPARE(currentPath(), QStringLiteral("len"));
    emit hex->byteClicked(8);         // the body's own map header: no field
    QVERIFY(!o->view->headerTree()->currentIndex().isValid());
    QCOMPARE(hex->highlightLength(), quint64(0));
  }

  // batpak's index puts this event in 000017.fbat, where the file is too short; the frame
  // lives at the same offset of 000016.fbat (the cross-segment batch bug).
  void batchesWrongDiskPosShowsPhysicalFrame() {
    auto o = openFixture(QStringLiteral("batches"));
    o->select(210);
    const QJsonObject e = o->expectedEvent(210);
    const LoadedEvent* ev = o->view->event();
    QVERIFY(ev);
    QCOMPARE(ev->diskPos.segmentId, uint64_t(17));
    QVERIFY(ev->shownPhysical);
    QCOMPARE(ev->shownPos.segmentId, uint64_t(16));
    const QString status = o->view->frameStatusText();
    QVERIFY2(status.startsWith(QStringLiteral("000016.fbat @ 7589 · 543 bytes · CRC ✔")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("000017.fbat @ 7589")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("This event's own frame is shown")), qPrintable(status));
    const HeaderFieldsModel* h = o->view->headerModel();
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.event_id")), e[QLatin1String("event_id")].toString());
    QCOMPARE(valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("physical position"))),
             QStringLiteral("000016.fbat @ 7589 · 543 bytes"));
    QCOMPARE(valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("batpak get"))), e[QLatin1String("read_error")].toString());
    QCOMPARE(o->view->hexView()->fileOffset(), quint64(7589));
    const PayloadTreeModel* p = o->view->payloadModel();
    QCOMPARE(QJsonDocument::fromJson(p->jsonOf(payloadRoot(p)).toUtf8()).object(), e[QLatin1String("payload")].toObject());
  }

  // batch-split-landing #371: batpak's disk_pos (000096.fbat @ 57) holds a batch COMMIT
  // marker, which batpak's get returns without error (FORMAT.md gotcha 33). The panes show
  // the event's own frame (000095.fbat @ 57) and say what get returns, with both offsets.
  // Selecting a payload field highlights its bytes in the frame: the elements of the
  // payload array (one uint per byte of P) that hold the key and value.
  void payloadFieldHighlightsItsBytes() {
    auto o = openFixture(QStringLiteral("tiny"));
    o->select(0);
    const QByteArray p = QByteArray::fromHex(o->expectedEvent(0)[QLatin1String("payload_msgpack_hex")].toString().toLatin1());
    QCOMPARE(p.size(), 19);
    const PayloadTreeModel* m = o->view->payloadModel();
    const QModelIndex text = m->index(1, 0, payloadRoot(m));  // "text": "message 0"
    QCOMPARE(text.data().toString(), QStringLiteral("text"));
    o->view->payloadTree()->setCurrentIndex(text);
    const HexView* hex = o->view->hexView();
    QVERIFY(hex->highlightLength() > 0);
    // Decode the highlighted frame bytes back into P's bytes: key and value, nothing else.
    const QByteArray frame = hex->bytes();
    batscope::MsgpackReader r(reinterpret_cast<const uint8_t*>(frame.constData()) + hex->highlightOffset(),
                              size_t(hex->highlightLength()));
    QByteArray decoded;
    uint64_t byte = 0;
    while (r.pos() < r.size() && r.readUInt(byte)) decoded.append(char(byte));
    QCOMPARE(r.pos(), r.size());
    QCOMPARE(decoded, p.mid(4));  // after the map header (1) and "i": 0 (3)
    QCOMPARE(hex->highlightLength(), quint64(17));  // a4 and a9 take two bytes each
  }

  void batchSplitLandingShowsOwnFrame() {
    auto o = openFixture(QStringLiteral("batch-split-landing"));
    o->select(371);
    const QJsonObject e = o->expectedEvent(371);
    const LoadedEvent* ev = o->view->event();
    QVERIFY(ev);
    QCOMPARE(ev->diskPos.segmentId, uint64_t(96));
    QCOMPARE(ev->diskPos.offset, uint64_t(57));
    QVERIFY(ev->shownPhysical);
    QCOMPARE(ev->shownPos.segmentId, uint64_t(95));
    QCOMPARE(ev->shownPos.offset, uint64_t(57));
    QVERIFY(!ev->getError);
    QVERIFY(ev->getReturnsOtherFrame);
    QCOMPARE(ev->getReturnedKind, batscope::kKindBatchCommit);
    const QString status = o->view->frameStatusText();
    QVERIFY2(status.startsWith(QStringLiteral("000095.fbat @ 57 · 546 bytes · CRC ✔")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("000096.fbat @ 57, where the batch COMMIT marker sits")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("returns that frame without error")), qPrintable(status));
    const HeaderFieldsModel* h = o->view->headerModel();
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.event_id")), e[QLatin1String("event_id")].toString());
    const QString get = valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("batpak get")));
    QVERIFY2(get.contains(QStringLiteral("returns the batch COMMIT marker at 000096.fbat @ 57")), qPrintable(get));
    QCOMPARE(valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("physical position"))),
             QStringLiteral("000095.fbat @ 57 · 546 bytes"));
    QCOMPARE(o->view->hexView()->fileOffset(), quint64(57));
    const PayloadTreeModel* p = o->view->payloadModel();
    QCOMPARE(QJsonDocument::fromJson(p->jsonOf(payloadRoot(p)).toUtf8()).object(), e[QLatin1String("payload")].toObject());
  }

  // compacted-reused-sequences on the rebuild path: four global sequences are carried by two
  // events each. Selecting each row shows its own event; the table marks the shared numbers;
  // a finding lists them.
  void sharedSequencesSelectEachEvent() {
    auto o = openFixture(QStringLiteral("compacted-reused-sequences"), batscope::RestorePathChoice::Rebuild);
    const batscope::Index& ix = o->index();
    QCOMPARE(ix.duplicateSequences(), std::vector<uint64_t>({204, 205, 206, 207}));
    EventTableModel table;
    table.setRows(&ix, ix.visibleRows());
    int marked = 0;
    for (int r = 0; r < table.rowCount(); ++r) {
      const uint32_t row = table.index(r, 0).data(EventTableModel::IndexRowRole).toUInt();
      const bool shared = std::binary_search(ix.duplicateSequences().begin(), ix.duplicateSequences().end(),
                                             ix.entry(row).globalSequence);
      const QString seq = table.index(r, EventTableModel::Sequence).data().toString();
      QCOMPARE(seq.endsWith(QStringLiteral("≡")), shared);
      if (!shared) continue;
      ++marked;
      o->state->setCurrentRow(row);
      const LoadedEvent* ev = o->view->event();
      QVERIFY(ev);
      QCOMPARE(ev->row, row);
      QCOMPARE(fieldValue(o->view->headerModel(), QStringLiteral("event.header.event_id")),
               QString::fromStdString(batscope::hexEncode(ix.eventId(row))));
    }
    QCOMPARE(marked, 8);
    bool listed = false;
    for (const batscope::Finding& f : o->session->store()->restore.findings)
      listed |= f.code == batscope::FindingCode::DuplicateSequences && f.message().find("204, 205, 206, 207") != std::string::npos;
    QVERIFY(listed);
  }

  void corruptCrcShowsMismatch() {
    auto o = openFixture(QStringLiteral("corrupt-crc"));
    o->select(31);
    const QString status = o->view->frameStatusText();
    QVERIFY2(status.contains(QStringLiteral("CRC mismatch (stored 0x44735ffd, computed 0x1ee15ec9)")), qPrintable(status));
    QVERIFY(status.startsWith(QStringLiteral("000002.fbat @ 1881 · 572 bytes")));
    const HeaderFieldsModel* h = o->view->headerModel();
    const QModelIndex crc = h->indexOfPath(QStringLiteral("crc32"));
    QCOMPARE(crc.data(HeaderFieldsModel::StatusRole).toInt(), int(HeaderFieldsModel::Bad));
    QCOMPARE(valueOf(crc), QStringLiteral("0x44735ffd ✘ (computed 0x1ee15ec9)"));
    // The damage (DAMAGE.txt: one byte xor 0xff in the payload array) breaks the body from
    // the payload on; the header before it still decodes field by field and agrees with the index.
    QVERIFY(findRow(h, QStringLiteral("Frame header"), QStringLiteral("decode error")).isValid());
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.event_id")), o->expectedEvent(31)[QLatin1String("event_id")].toString());
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.event_kind")), QStringLiteral("0x2002 (2:2)"));
    QCOMPARE(fieldValue(h, QStringLiteral("event.header.position.wall_ms")), QStringLiteral("1795594316647"));
    QVERIFY(!h->indexOfPath(QStringLiteral("event.payload")).isValid());
    QVERIFY(!h->indexOfPath(QStringLiteral("entity")).isValid());
    QCOMPARE(o->view->payloadModel()->rowCount(), 0);
    QCOMPARE(valueOf(findRow(h, QStringLiteral("Location"), QStringLiteral("batpak get"))),
             o->expectedEvent(31)[QLatin1String("read_error")].toString());
    QCOMPARE(o->view->hexView()->bytes().size(), 572);
  }

  void causalLinks() {
    auto o = openFixture(QStringLiteral("causal"));
    // Event 10 was caused by event 3.
    o->select(10);
    const QString causeId = o->expectedEvent(3)[QLatin1String("event_id")].toString();
    const HeaderFieldsModel* h = o->view->headerModel();
    const QModelIndex causation = h->indexOfPath(QStringLiteral("event.header.causation_id"));
    QCOMPARE(causation.data(HeaderFieldsModel::LinkRole).toUInt(), o->rowOf(3));
    QCOMPARE(causation.siblingAtColumn(1).data(HeaderFieldsModel::RawValueRole).toString(), causeId);
    QVERIFY(o->view->goToCauseAction()->isEnabled());
    o->view->goToCauseAction()->trigger();
    QCOMPARE(o->state->currentRow(), o->rowOf(3));
    QCOMPARE(fieldValue(o->view->headerModel(), QStringLiteral("event.header.event_id")), causeId);

    // Double-clicking the causation row jumps too.
    o->select(10);
    const QModelIndex link = o->view->headerModel()->indexOfPath(QStringLiteral("event.header.causation_id")).siblingAtColumn(1);
    emit o->view->headerTree()->doubleClicked(link);
    QCOMPARE(o->state->currentRow(), o->rowOf(3));

    // Effects and Correlation list the events in a menu and leave the filter alone: picking
    // one makes it current; the last entry filters the table to all of them.
    auto popUp = [&](QAction* action) -> QMenu* {
      for (QMenu* m : o->view->findChildren<QMenu*>(QStringLiteral("EventListMenu"))) delete m;
      action->trigger();
      const auto menus = o->view->findChildren<QMenu*>(QStringLiteral("EventListMenu"));
      return menus.size() == 1 ? menus.front() : nullptr;
    };
    const std::vector<uint32_t> effects = o->index().effectsOf(o->rowOf(3));
    QVERIFY(effects.size() >= 2);
    QMenu* menu = popUp(o->view->effectsAction());
    QVERIFY(menu);
    QCOMPARE(o->state->filter(), QString());
    QList<QAction*> items;
    for (QAction* a : menu->actions())
      if (!a->isSeparator() && a->objectName() != QLatin1String("FilterToAll")) items << a;
    QCOMPARE(qsizetype(items.size()), qsizetype(effects.size()));
    if (const QString out = qEnvironmentVariable("BATSCOPE_SCREENSHOT_DIR"); !out.isEmpty())
      QVERIFY(menu->grab().save(QDir(out).filePath(QStringLiteral("effects-menu.png"))));
    QVERIFY2(items[1]->text().contains(QString::number(o->index().entry(effects[1]).globalSequence)),
             qPrintable(items[1]->text()));
    items[1]->trigger();
    QCOMPARE(o->state->currentRow(), effects[1]);
    QCOMPARE(o->state->filter(), QString());
    o->select(3);
    menu = popUp(o->view->effectsAction());
    QVERIFY(menu);
    QAction* all = menu->findChild<QAction*>(QStringLiteral("FilterToAll"));
    QVERIFY(all);
    all->trigger();
    QCOMPARE(o->state->filter(), QStringLiteral("cause:") + causeId);
    o->state->setFilter(QString());
    o->select(10);
    menu = popUp(o->view->sameCorrelationAction());
    QVERIFY(menu);
    QCOMPARE(o->state->filter(), QString());
    menu->findChild<QAction*>(QStringLiteral("FilterToAll"))->trigger();
    QCOMPARE(o->state->filter(), QStringLiteral("corr:") + o->expectedEvent(10)[QLatin1String("correlation_id")].toString());
    o->state->setFilter(QString());

    // Neighbours in the entity's stream.
    const auto stream = o->index().entityStream(o->index().entry(o->rowOf(10)).entityId);
    const auto at = std::find(stream.begin(), stream.end(), o->rowOf(10)) - stream.begin();
    if (at > 0) {
      o->view->previousInEntityAction()->trigger();
      QCOMPARE(o->state->currentRow(), stream[size_t(at - 1)]);
      o->view->nextInEntityAction()->trigger();
      QCOMPARE(o->state->currentRow(), o->rowOf(10));
    }
    // A root event has no cause.
    o->select(0);
    QVERIFY(!o->view->goToCauseAction()->isEnabled());
  }

  // The 154 KB frame paints as fast as a small one: only visible lines are drawn.
  void largeFramePaintsFast() {
    auto o = openFixture(QStringLiteral("varied-payloads"));
    o->view->show();
    QVERIFY(QTest::qWaitForWindowExposed(o->view.get()));
    auto paintTime = [&](uint64_t seq) {
      o->select(seq);
      HexView* hex = o->view->hexView();
      QElapsedTimer t;
      t.start();
      for (int i = 0; i < 5; ++i) {
        hex->verticalScrollBar()->setValue(i * hex->verticalScrollBar()->maximum() / 4);
        (void)hex->viewport()->grab();
      }
      return t.elapsed();
    };
    const qint64 small = paintTime(0);
    const qint64 large = paintTime(19);
    QVERIFY(o->view->hexView()->bytes().size() > 150000);
    QVERIFY2(large < small * 4 + 200, qPrintable(QStringLiteral("small %1 ms, large %2 ms").arg(small).arg(large)));
    // Highlight of the whole payload scrolls nowhere odd and the status names the frame.
    o->view->selectField(QStringLiteral("event.payload"));
    QVERIFY(o->view->hexView()->highlightLength() > 150000);
    QVERIFY(o->view->frameStatusText().startsWith(QStringLiteral("000002.fbat @ 57 · 154061 bytes")));
  }

  // Not a check: renders the view into PNGs when BATSCOPE_SCREENSHOT_DIR is set.
  void renderScreenshots() {
    const QString dir = qEnvironmentVariable("BATSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("set BATSCOPE_SCREENSHOT_DIR to render the details view");
    if (qEnvironmentVariable("BATSCOPE_SCREENSHOT_THEME") == QLatin1String("dark")) applyTheme(Theme::Dark);
    auto render = [&](const QString& fixture, uint64_t seq, const QString& field, const QString& file) {
      auto o = openFixture(fixture);
      o->view->show();
      QVERIFY(QTest::qWaitForWindowExposed(o->view.get()));
      o->select(seq);
      if (!field.isEmpty()) o->view->selectField(field);
      QCoreApplication::processEvents();
      QVERIFY(o->view->grab().save(dir + QLatin1Char('/') + file));
    };
    render(QStringLiteral("tiny"), 0, QStringLiteral("event.header.event_id"), QStringLiteral("tiny-0.png"));
    render(QStringLiteral("varied-payloads"), 15, QStringLiteral("event.payload"), QStringLiteral("varied-15.png"));
    render(QStringLiteral("batches"), 210, QStringLiteral("event.header.causation_id"), QStringLiteral("batches-210.png"));
    render(QStringLiteral("corrupt-crc"), 31, QStringLiteral("crc32"), QStringLiteral("corrupt-crc-31.png"));
  }
};

QTEST_MAIN(EventDetailsTest)
#include "event_details_test.moc"
