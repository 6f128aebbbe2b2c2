// The filter language (engine/analysis/event_query): parsing, its error positions, and
// evaluation against the fixtures' indexes, checked against the fixtures' expected.json.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "batscope/analysis/event_query.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

struct Opened {
  std::shared_ptr<DataDir> dir;
  std::shared_ptr<Index> index;
};

Opened open(const QString& fixture) {
  auto d = DataDir::open(fixtureData(fixture).toStdString());
  if (!d) qFatal("%s", d.error().toString().c_str());
  auto r = restoreIndex(*d, RestoreOptions{});
  if (!r) qFatal("%s", r.error().toString().c_str());
  return {*d, r->index};
}

std::vector<uint32_t> run(const Opened& o, const std::string& text) {
  EventQuery q;
  QueryParseError err;
  if (!parseEventQuery(text, q, err)) qFatal("does not parse: %s: %s", text.c_str(), err.message.c_str());
  return runEventQuery(*o.index, *o.dir, q, o.index->visibleRows()).value();
}

QJsonArray expectedEvents(const QString& fixture) {
  QFile f(fixturesDir() + "/" + fixture + "/expected.json");
  f.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(f.readAll()).object().value("events").toArray();
}

// Expected events (by global sequence) that satisfy `pred`.
template <class Pred>
std::vector<uint64_t> expectedSequences(const QString& fixture, Pred pred) {
  std::vector<uint64_t> out;
  for (const QJsonValue& v : expectedEvents(fixture))
    if (pred(v.toObject())) out.push_back(uint64_t(v.toObject().value("global_sequence").toInteger()));
  return out;
}

std::vector<uint64_t> sequencesOf(const Opened& o, const std::vector<uint32_t>& rows) {
  std::vector<uint64_t> out;
  for (uint32_t r : rows) out.push_back(o.index->entry(r).globalSequence);
  return out;
}

}  // namespace

class EventQueryTest : public QObject {
  Q_OBJECT
 private slots:
  void parsesEveryTermKind() {
    EventQuery q;
    QueryParseError err;
    QVERIFY(parseEventQuery("entity:order:* scope:acme kind:1:5 kind:0x1001 kind:2:* after:2026-01-01 "
                            "before:2026-02-01T12:00 seg:3 !\"free text\" word",
                            q, err));
    QCOMPARE(q.terms.size(), size_t(10));
    QCOMPARE(q.terms[0].field, QueryTerm::Field::Entity);
    QCOMPARE(q.terms[2].field, QueryTerm::Field::Kind);
    QCOMPARE(q.terms[2].number, uint64_t(0x1005));
    QCOMPARE(q.terms[3].number, uint64_t(0x1001));
    QCOMPARE(q.terms[4].field, QueryTerm::Field::KindCategory);
    QCOMPARE(q.terms[5].field, QueryTerm::Field::After);
    QCOMPARE(q.terms[5].number, uint64_t(1767225600000));  // 2026-01-01T00:00Z
    QCOMPARE(q.terms[7].number, uint64_t(3));
    QVERIFY(q.terms[8].negated);
    QCOMPARE(q.terms[8].text, std::string("free text"));
    QVERIFY(q.needsPayload());
  }

  void errorsSayWhere_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::newRow("unclosed quote") << "kind:1:1 \"refund" << 9;
    QTest::newRow("bad date") << "after:2026-13-45" << 0;
    QTest::newRow("bad kind") << "seg:1 kind:zzz" << 6;
    QTest::newRow("bad id") << "id:xyz" << 0;
  }
  void errorsSayWhere() {
    QFETCH(QString, text);
    QFETCH(int, position);
    EventQuery q;
    QueryParseError err;
    QVERIFY(!parseEventQuery(text.toStdString(), q, err));
    QVERIFY(!err.message.empty());
    QCOMPARE(int(err.position), position);
  }

  // The canonical text parses back to the same query, with times as UTC dates.
  void canonicalTextRoundTrips_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("fields") << "entity:order:* scope:acme kind:0x1005 kind:2:* seg:3" << "entity:order:* scope:acme kind:1:5 kind:2:* seg:3";
    QTest::newRow("times") << "after:1767225600000 before:1767225600250" << "after:2026-01-01 before:2026-01-01T00:00:00.250Z";
    QTest::newRow("time of day") << "after:2026-01-01T12:30" << "after:2026-01-01T12:30:00Z";
    QTest::newRow("negation and text") << "-kind:1:1 \"two words\" order:7 plain" << "!kind:1:1 \"two words\" \"order:7\" plain";
    QTest::newRow("ids") << "id:01A2-298f8abf70f8b5d87b50a2b146b0" << "id:01a2298f8abf70f8b5d87b50a2b146b0";
  }
  void canonicalTextRoundTrips() {
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    EventQuery q;
    QueryParseError err;
    QVERIFY(parseEventQuery(text.toStdString(), q, err));
    QCOMPARE(QString::fromStdString(q.canonicalText()), canonical);
    EventQuery again;
    QVERIFY(parseEventQuery(q.canonicalText(), again, err));
    QCOMPARE(again.canonicalText(), q.canonicalText());
  }

  void timeSpanIsEditedAsTerms() {
    EventQuery q;
    QueryParseError err;
    QVERIFY(parseEventQuery("scope:acme after:2026-01-01 \"two words\" !before:1767225600005", q, err));
    QCOMPARE(q.timeSpan().after, std::optional<uint64_t>(1767225600000));
    QVERIFY(!q.timeSpan().before);  // a negated before: is a filter, not the span
    const EventQuery spanned = q.withTimeSpan(10, 20);
    QCOMPARE(QString::fromStdString(spanned.canonicalText()),
             QStringLiteral("scope:acme \"two words\" !before:2026-01-01T00:00:00.005Z after:1970-01-01T00:00:00.010Z "
                            "before:1970-01-01T00:00:00.020Z"));
    QCOMPARE(spanned.timeSpan().after, std::optional<uint64_t>(10));
    QCOMPARE(spanned.timeSpan().before, std::optional<uint64_t>(20));
  }

  void timeParsing() {
    QCOMPARE(parseTimeMs("2026-01-01"), std::optional<uint64_t>(1767225600000));
    QCOMPARE(parseTimeMs("2026-01-01T12:30"), std::optional<uint64_t>(1767225600000 + 45000000));
    QCOMPARE(parseTimeMs("1767225600123"), std::optional<uint64_t>(1767225600123));
    QCOMPARE(parseTimeMs("2026-01-01T12:30:15.25Z"), std::optional<uint64_t>(1767225600000 + 45015250));
    QCOMPARE(formatTimeMs(1767225600000 + 45015250), std::string("2026-01-01T12:30:15.250Z"));
    QVERIFY(!parseTimeMs("yesterday"));
    QVERIFY(!parseTimeMs("2026-13-45"));
  }

  // Index-field terms select exactly what expected.json says.
  void evaluatesAgainstTheOracle() {
    const Opened o = open("causal");
    QCOMPARE(sequencesOf(o, run(o, "entity:node:3")),
             expectedSequences("causal", [](const QJsonObject& e) { return e.value("entity").toString() == "node:3"; }));
    QCOMPARE(sequencesOf(o, run(o, "kind:0x2002")),
             expectedSequences("causal", [](const QJsonObject& e) { return e.value("event_kind").toInt() == 0x2002; }));
    QCOMPARE(sequencesOf(o, run(o, "!kind:2:2 entity:node:*")),
             expectedSequences("causal", [](const QJsonObject& e) {
               return e.value("event_kind").toInt() != 0x2002 && e.value("entity").toString().startsWith("node:");
             }));
    // cause: one event's effects; corr: a root's whole correlation group.
    const QJsonArray events = expectedEvents("causal");
    const QString root = events[0].toObject().value("event_id").toString();
    QCOMPARE(sequencesOf(o, run(o, "corr:" + root.toStdString())),
             expectedSequences("causal", [&](const QJsonObject& e) { return e.value("correlation_id").toString() == root; }));
    QCOMPARE(sequencesOf(o, run(o, "cause:" + root.toStdString())),
             expectedSequences("causal", [&](const QJsonObject& e) { return e.value("causation_id").toString() == root; }));
    QCOMPARE(run(o, "id:" + root.toStdString()).size(), size_t(1));
  }

  void freeTextMatchesPayloadStrings() {
    const Opened o = open("tiny");
    const auto rows = run(o, "\"message 7\"");
    const auto want = expectedSequences("tiny", [](const QJsonObject& e) {
      return e.value("payload").toObject().value("text").toString() == "message 7";
    });
    QCOMPARE(want.size(), size_t(1));
    QCOMPARE(sequencesOf(o, rows), want);
    QCOMPARE(run(o, "message").size(), size_t(10));
    QVERIFY(run(o, "\"no such text anywhere\"").empty());
  }

  void completion() {
    const Opened o = open("causal");
    const auto c = completeQuery(*o.index, "entity:no");
    QVERIFY(!c.empty());
    for (const std::string& s : c) QVERIFY2(s.rfind("entity:no", 0) == 0, s.c_str());
  }
};

QTEST_GUILESS_MAIN(EventQueryTest)
#include "event_query_test.moc"
