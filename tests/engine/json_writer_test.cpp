// JsonWriter (engine/codec/json_writer): structure and commas, string escaping, number
// spelling (doubles always read back as doubles; non-finite as null), field(), indentation.
#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

#include "batscope/codec/json_writer.h"

using namespace batscope;

class JsonWriterTest : public QObject {
  Q_OBJECT

 private slots:
  void objectsArraysAndCommas() {
    JsonWriter w;
    w.beginObject();
    w.field("a", uint64_t(1));
    w.key("b");
    w.beginArray();
    w.value(true);
    w.null();
    w.value("x");
    w.endArray();
    w.field("c", int64_t(-5));
    w.endObject();
    QCOMPARE(w.str(), std::string(R"({"a":1,"b":[true,null,"x"],"c":-5})"));
  }

  void stringsAreEscaped() {
    JsonWriter w;
    w.value(std::string_view("q\"b\\n\n\t\x01\x7f é", 12));
    const std::string out = w.take();
    QCOMPARE(out, std::string("\"q\\\"b\\\\n\\n\\t\\u0001\x7f é\""));
    // And it parses back to the same text.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString("[" + out + "]"));
    QVERIFY(doc.isArray());
  }

  void numbersKeepTheirKind() {
    JsonWriter w;
    w.beginArray();
    w.value(3.0);
    w.value(-0.0);
    w.value(1e300);
    w.value(std::numeric_limits<double>::infinity());
    w.value(std::nan(""));
    w.value(uint64_t(18446744073709551615ull));
    w.value(int64_t(-9223372036854775807ll - 1));
    w.endArray();
    QCOMPARE(w.str(), std::string("[3.0,-0.0,1e+300,null,null,18446744073709551615,-9223372036854775808]"));
  }

  void indentedOutputParses() {
    JsonWriter w(2);
    w.beginObject();
    w.field("name", "batscope");
    w.key("list");
    w.beginArray();
    w.value(uint64_t(1));
    w.value(uint64_t(2));
    w.endArray();
    w.endObject();
    const std::string out = w.str();
    QVERIFY(out.find('\n') != std::string::npos);
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    QCOMPARE(o.value("name").toString(), QStringLiteral("batscope"));
    QCOMPARE(o.value("list").toArray().size(), 2);
  }
};

QTEST_GUILESS_MAIN(JsonWriterTest)
#include "json_writer_test.moc"
