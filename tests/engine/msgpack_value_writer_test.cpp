// A payload value tree encodes back to the exact bytes rmp-serde wrote: every payload of
// varied-payloads decodes and re-encodes byte for byte (u64 max, i64 min, floats, bin, maps).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "batscope/codec/msgpack_value.h"
#include "batscope/codec/msgpack_value_writer.h"
#include "batscope/restore/event_reader.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/write/store.h"
#include <QTemporaryDir>

using namespace batscope;

class MsgpackValueWriterTest : public QObject {
  Q_OBJECT
 private slots:
  void fixturePayloadsRoundTrip_data() {
    QTest::addColumn<QByteArray>("bytes");
    for (const char* fixture : {"varied-payloads", "batches", "tiny", "causal"}) {
      QFile f(QStringLiteral(BATSCOPE_FIXTURES) + "/" + fixture + "/expected.json");
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QJsonArray events = QJsonDocument::fromJson(f.readAll()).object().value("events").toArray();
      QVERIFY(!events.isEmpty());
      for (const QJsonValue& e : events) {
        const QString hex = e.toObject().value("payload_msgpack_hex").toString();
        QTest::newRow(qPrintable(QString("%1 %2").arg(fixture).arg(e.toObject().value("global_sequence").toInt())))
            << QByteArray::fromHex(hex.toLatin1());
      }
    }
  }
  void fixturePayloadsRoundTrip() {
    QFETCH(QByteArray, bytes);
    MsgValue v;
    size_t consumed = 0;
    MsgDecodeError err;
    QVERIFY(decodeMsgValue(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()), v, consumed, err, 1024));
    QCOMPARE(consumed, size_t(bytes.size()));
    const std::vector<uint8_t> again = encodeMsgValue(v);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(again.data()), qsizetype(again.size())).toHex(), bytes.toHex());
  }

  void storeTakesAValueTree() {
    QTemporaryDir tmp;
    MsgValue v;
    v.kind = MsgValue::Kind::Map;
    MsgValue k, n;
    k.kind = MsgValue::Kind::Str;
    k.bytes = "amount";
    n.kind = MsgValue::Kind::UInt;
    n.u = UINT64_MAX;
    v.map.emplace_back(k, n);
    {
      auto store = Store::open(tmp.path().toStdString());
      QVERIFY(store.ok());
      QVERIFY((*store)->append("order:1", "shop", 0x1001, v).ok());
      QVERIFY((*store)->close().ok());
    }
    auto dir = DataDir::open(tmp.path().toStdString());
    QVERIFY(dir.ok());
    auto r = restoreIndex(*dir, RestoreOptions{});
    QVERIFY(r.ok());
    QCOMPARE(r->index->visibleRows().size(), size_t(1));
    const IndexEntry& e = r->index->entry(r->index->visibleRows()[0]);
    const FrameRead fr = readFrameAtPosition(**dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Bytes);
    QVERIFY(fr.ok);
    QCOMPARE(fr.payload, encodeMsgValue(v));
    QCOMPARE(fr.payload, std::vector<uint8_t>({0x81, 0xa6, 'a', 'm', 'o', 'u', 'n', 't', 0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}));
  }
};

QTEST_GUILESS_MAIN(MsgpackValueWriterTest)
#include "msgpack_value_writer_test.moc"
