// Tests for payload decoding (msgpack_value.h) and JSON spelling (json_writer.h): every payload
// of the varied-payloads fixture against the oracle's JSON (numbers compared as text, so u64
// max and i64 min must be exact), batpak's read errors, hostile and edge-case inputs.
#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/codec/json_writer.h"
#include "batscope/codec/msgpack_value.h"

using batscope::JsonWriter;
using batscope::MsgDecodeError;
using batscope::MsgValue;

namespace {

std::vector<uint8_t> fromHex(std::string_view hex) {
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::vector<uint8_t> out;
  std::string digits;
  for (char c : hex)
    if (c != ' ') digits.push_back(c);
  if (digits.size() % 2) qFatal("odd hex length in test data");
  for (size_t i = 0; i < digits.size(); i += 2) {
    const int hi = nibble(digits[i]), lo = nibble(digits[i + 1]);
    if (hi < 0 || lo < 0) qFatal("bad hex digit in test data");
    out.push_back(static_cast<uint8_t>(hi << 4 | lo));
  }
  return out;
}

struct Decoded {
  bool ok = false;
  MsgValue value;
  size_t consumed = 0;
  MsgDecodeError err;
};

Decoded decode(const std::vector<uint8_t>& bytes, int maxDepth = 256) {
  Decoded d;
  d.ok = batscope::decodeMsgValue(bytes.data(), bytes.size(), d.value, d.consumed, d.err, maxDepth);
  return d;
}
Decoded decodeHex(std::string_view hex) { return decode(fromHex(hex)); }

// ---- A tiny exact JSON reader: numbers stay text, so nothing is rounded through a double.

struct Json {
  enum Type { Null, Bool, Number, String, Array, Object } type = Null;
  std::string text;  // Bool: "true"/"false"; Number: its spelling; String: decoded UTF-8
  std::vector<Json> items;
  std::vector<std::pair<std::string, Json>> members;
  size_t begin = 0, end = 0;  // byte range of this value in the parsed text
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : s_(text) {}

  bool parse(Json& out, std::string& error) {
    if (!value(out, 0)) {
      error = "JSON syntax error near byte " + std::to_string(pos_);
      return false;
    }
    ws();
    if (pos_ != s_.size()) {
      error = "trailing text at byte " + std::to_string(pos_);
      return false;
    }
    return true;
  }

 private:
  void ws() {
    while (pos_ < s_.size() && std::strchr(" \t\r\n", s_[pos_]) && s_[pos_]) ++pos_;
  }
  bool lit(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  static void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (cp < 0x800) {
      out.push_back(char(0xC0 | cp >> 6));
      out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(char(0xE0 | cp >> 12));
      out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(char(0xF0 | cp >> 18));
      out.push_back(char(0x80 | (cp >> 12 & 0x3F)));
      out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    }
  }
  bool hex4(uint32_t& v) {
    if (s_.size() - pos_ < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= uint32_t(c - '0');
      else if (c >= 'a' && c <= 'f') v |= uint32_t(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= uint32_t(c - 'A' + 10);
      else return false;
    }
    return true;
  }
  bool string(std::string& out) {
    if (pos_ >= s_.size() || s_[pos_] != '"') return false;
    ++pos_;
    while (pos_ < s_.size()) {
      const char c = s_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (pos_ >= s_.size()) return false;
      const char e = s_[pos_++];
      switch (e) {
        case '"': case '\\': case '/': out.push_back(e); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (!lit("\\u") || !hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          appendUtf8(out, cp);
          break;
        }
        default: return false;
      }
    }
    return false;
  }
  bool number(std::string& out) {
    const size_t start = pos_;
    while (pos_ < s_.size() && std::strchr("+-0123456789.eE", s_[pos_]) && s_[pos_]) ++pos_;
    out.assign(s_.substr(start, pos_ - start));
    char* endp = nullptr;
    std::strtod(out.c_str(), &endp);
    return !out.empty() && endp == out.c_str() + out.size();
  }
  bool value(Json& v, int depth) {
    if (depth > 512) return false;
    ws();
    v.begin = pos_;
    if (pos_ >= s_.size()) return false;
    const char c = s_[pos_];
    bool ok;
    if (c == 'n') { v.type = Json::Null; ok = lit("null"); }
    else if (c == 't') { v.type = Json::Bool; v.text = "true"; ok = lit("true"); }
    else if (c == 'f') { v.type = Json::Bool; v.text = "false"; ok = lit("false"); }
    else if (c == '"') { v.type = Json::String; ok = string(v.text); }
    else if (c == '[') {
      v.type = Json::Array;
      ++pos_;
      ws();
      ok = true;
      if (!lit("]")) {
        do {
          v.items.emplace_back();
          if (!value(v.items.back(), depth + 1)) return false;
          ws();
        } while (lit(","));
        ok = lit("]");
      }
    } else if (c == '{') {
      v.type = Json::Object;
      ++pos_;
      ws();
      ok = true;
      if (!lit("}")) {
        do {
          ws();
          v.members.emplace_back();
          if (!string(v.members.back().first)) return false;
          ws();
          if (!lit(":") || !value(v.members.back().second, depth + 1)) return false;
          ws();
        } while (lit(","));
        ok = lit("}");
      }
    } else {
      v.type = Json::Number;
      ok = number(v.text);
    }
    v.end = pos_;
    return ok;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

bool numbersEqual(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.find_first_of(".eE") == std::string::npos && b.find_first_of(".eE") == std::string::npos)
    return false;  // two integers: only the exact digits count
  const double x = std::strtod(a.c_str(), nullptr), y = std::strtod(b.c_str(), nullptr);
  return x == y && std::signbit(x) == std::signbit(y);
}

// Compares exactly; objects as key -> value maps, and additionally in member order when
// keyOrderMatters. On a difference, `where` names the path.
bool jsonEqual(const Json& a, const Json& b, bool keyOrderMatters, std::string& where,
               const std::string& path = "$") {
  if (a.type != b.type) {
    where = path + ": type differs";
    return false;
  }
  switch (a.type) {
    case Json::Null: return true;
    case Json::Bool:
    case Json::String:
      if (a.text != b.text) where = path + ": '" + a.text.substr(0, 80) + "' vs '" + b.text.substr(0, 80) + "'";
      return a.text == b.text;
    case Json::Number:
      if (!numbersEqual(a.text, b.text)) where = path + ": " + a.text + " vs " + b.text;
      return numbersEqual(a.text, b.text);
    case Json::Array:
      if (a.items.size() != b.items.size()) {
        where = path + ": array sizes differ";
        return false;
      }
      for (size_t i = 0; i < a.items.size(); ++i)
        if (!jsonEqual(a.items[i], b.items[i], keyOrderMatters, where, path + "[" + std::to_string(i) + "]"))
          return false;
      return true;
    case Json::Object: {
      if (a.members.size() != b.members.size()) {
        where = path + ": member counts differ";
        return false;
      }
      auto am = a.members, bm = b.members;
      if (!keyOrderMatters) {
        auto byKey = [](const auto& x, const auto& y) { return x.first < y.first; };
        std::stable_sort(am.begin(), am.end(), byKey);
        std::stable_sort(bm.begin(), bm.end(), byKey);
      }
      for (size_t i = 0; i < am.size(); ++i) {
        if (am[i].first != bm[i].first) {
          where = path + ": key '" + am[i].first + "' vs '" + bm[i].first + "'";
          return false;
        }
        if (!jsonEqual(am[i].second, bm[i].second, keyOrderMatters, where, path + "." + am[i].first))
          return false;
      }
      return true;
    }
  }
  return false;
}

// Parses both texts and compares them exactly; fails the current test with the reason.
#define VERIFY_SAME_JSON(actualText, expectedText, keyOrderMatters)                            \
  do {                                                                                       \
    Json actual_, expected_;                                                                 \
    std::string why_;                                                                        \
    QVERIFY2(JsonReader(actualText).parse(actual_, why_), ("ours: " + why_).c_str());        \
    QVERIFY2(JsonReader(expectedText).parse(expected_, why_), ("expected: " + why_).c_str()); \
    QVERIFY2(jsonEqual(actual_, expected_, keyOrderMatters, why_), why_.c_str());            \
  } while (0)

QByteArray readFixture(const char* relative) {
  QFile f(QString::fromUtf8(BATSCOPE_FIXTURES) + QString::fromUtf8(relative));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

// QCOMPARE prints QByteArrays on failure, std::strings not at all.
QByteArray qb(const std::string& s) { return QByteArray::fromStdString(s); }

std::string nested(int levels, const char* innermost) {
  std::string hex;
  for (int i = 0; i < levels; ++i) hex += "91";
  return hex + innermost;
}

}  // namespace

class MsgpackValueTest : public QObject {
  Q_OBJECT

 private slots:
  void jsonReaderComparesExactly();
  void fixtureHasEveryShape();
  void fixturePayloads_data();
  void fixturePayloads();
  void extremeIntegers_data();
  void extremeIntegers();
  void nonStringKeys_data();
  void nonStringKeys();
  void duplicateKeysKept();
  void depthLimit();
  void hostileLengths_data();
  void hostileLengths();
  void everyTruncationFails();
  void reservedTypeByte();
  void trailingBytesReported();
  void nonFiniteFloats_data();
  void nonFiniteFloats();
  void finiteFloatsRoundTrip_data();
  void finiteFloatsRoundTrip();
  void binExtAndInvalidUtf8_data();
  void binExtAndInvalidUtf8();
  void stringEscaping_data();
  void stringEscaping();
  void writerStructure();
  void prettyJson();
};

// The comparison the fixture test relies on must itself tell big ints apart.
void MsgpackValueTest::jsonReaderComparesExactly() {
  Json a, b;
  std::string why;
  QVERIFY(JsonReader("[18446744073709551615]").parse(a, why));
  QVERIFY(JsonReader("[18446744073709551614]").parse(b, why));
  QVERIFY(!jsonEqual(a, b, true, why));  // equal as doubles, different as integers
  QVERIFY(JsonReader("{\"x\":[1e300,-0.0,\"\\u00e9\\ud83e\\udd80\"]}").parse(a, why));
  QVERIFY(JsonReader("{\"x\":[1e+300,-0.0,\"\xC3\xA9\xF0\x9F\xA6\x80\"]}").parse(b, why));
  QVERIFY2(jsonEqual(a, b, true, why), why.c_str());
  QVERIFY(JsonReader("[0.0]").parse(b, why));
  QVERIFY(JsonReader("[-0.0]").parse(a, why));
  QVERIFY(!jsonEqual(a, b, true, why));
  QVERIFY(JsonReader("{\"a\":1,\"b\":2}").parse(a, why));
  QVERIFY(JsonReader("{\"b\":2,\"a\":1}").parse(b, why));
  QVERIFY(jsonEqual(a, b, false, why));
  QVERIFY(!jsonEqual(a, b, true, why));
  QVERIFY(!JsonReader("[1,]").parse(a, why));
}

void MsgpackValueTest::fixtureHasEveryShape() {
  const QJsonDocument doc = QJsonDocument::fromJson(readFixture("/varied-payloads/expected.json"));
  const QJsonArray events = doc.object().value("events").toArray();
  QCOMPARE(events.size(), 32);
  int readErrors = 0;
  for (const QJsonValue& e : events) readErrors += e.toObject().contains("read_error");
  QCOMPARE(readErrors, 10);  // FORMAT.md §11.3 step 5
}

void MsgpackValueTest::fixturePayloads_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<QByteArray>("expectedJson");  // raw text of the oracle's "payload" value
  QTest::addColumn<QString>("readError");         // empty: batpak's get succeeds

  const QByteArray file = readFixture("/varied-payloads/expected.json");
  QVERIFY2(!file.isEmpty(), "varied-payloads/expected.json not readable");
  // QJsonDocument for the strings only; the payload's raw text comes from the exact reader
  // because QJsonDocument would turn 18446744073709551615 into a double.
  const QJsonArray events = QJsonDocument::fromJson(file).object().value("events").toArray();
  const std::string_view text(file.constData(), size_t(file.size()));
  Json root;
  std::string why;
  QVERIFY2(JsonReader(text).parse(root, why), why.c_str());
  const Json* exactEvents = nullptr;
  for (const auto& [k, v] : root.members)
    if (k == "events") exactEvents = &v;
  QVERIFY(exactEvents);
  QCOMPARE(qsizetype(exactEvents->items.size()), events.size());

  for (qsizetype i = 0; i < events.size(); ++i) {
    const QJsonObject e = events[i].toObject();
    const Json* payload = nullptr;
    for (const auto& [k, v] : exactEvents->items[size_t(i)].members)
      if (k == "payload") payload = &v;
    QVERIFY(payload);
    const QByteArray rowName =
        (e.value("entity").toString() + "#" + QString::number(e.value("global_sequence").toInt())).toUtf8();
    QTest::newRow(rowName.constData())
        << e.value("payload_msgpack_hex").toString().toLatin1()
        << QByteArray(text.data() + payload->begin, qsizetype(payload->end - payload->begin))
        << e.value("read_error").toString();
  }
}

void MsgpackValueTest::fixturePayloads() {
  QFETCH(QByteArray, hex);
  QFETCH(QByteArray, expectedJson);
  QFETCH(QString, readError);

  const auto bytes = fromHex(hex.toStdString());
  const Decoded d = decode(bytes);
  QVERIFY2(d.ok, d.err.message.c_str());
  QCOMPARE(d.consumed, bytes.size());
  // The oracle preserves map key order (fixtures README), so the order is checked too.
  VERIFY_SAME_JSON(batscope::msgValueToOracleJson(d.value), expectedJson.toStdString(), true);

  const auto err = batscope::batpakJsonError(d.value);
  QCOMPARE(err.has_value(), !readError.isEmpty());
  if (err) {
    // batpak's Display prefixes serde's text.
    QCOMPARE(QString::fromStdString("serialization error: " + *err), readError);
  } else {
    // No fixture payload holds a non-finite float or repeated key: batpak's view is the oracle's.
    VERIFY_SAME_JSON(batscope::msgValueToBatpakJson(d.value), expectedJson.toStdString(), true);
  }
}

void MsgpackValueTest::extremeIntegers_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<QByteArray>("json");
  QTest::addColumn<bool>("negative");
  QTest::newRow("u64 max") << QByteArray("cfffffffffffffffff") << QByteArray("18446744073709551615") << false;
  QTest::newRow("i64 min") << QByteArray("d38000000000000000") << QByteArray("-9223372036854775808") << true;
  QTest::newRow("i64 max") << QByteArray("cf7fffffffffffffff") << QByteArray("9223372036854775807") << false;
  QTest::newRow("i64 holding max") << QByteArray("d37fffffffffffffff") << QByteArray("9223372036854775807") << false;
  QTest::newRow("i8 -1") << QByteArray("d0ff") << QByteArray("-1") << true;
  QTest::newRow("i16 min") << QByteArray("d18000") << QByteArray("-32768") << true;
  QTest::newRow("i32 min") << QByteArray("d280000000") << QByteArray("-2147483648") << true;
  QTest::newRow("negative fixint") << QByteArray("e0") << QByteArray("-32") << true;
  QTest::newRow("positive fixint") << QByteArray("7f") << QByteArray("127") << false;
  QTest::newRow("u8") << QByteArray("ccff") << QByteArray("255") << false;
  QTest::newRow("u32 max") << QByteArray("ceffffffff") << QByteArray("4294967295") << false;
  QTest::newRow("zero as i64") << QByteArray("d30000000000000000") << QByteArray("0") << false;
}

void MsgpackValueTest::extremeIntegers() {
  QFETCH(QByteArray, hex);
  QFETCH(QByteArray, json);
  QFETCH(bool, negative);
  const Decoded d = decodeHex(hex.toStdString());
  QVERIFY2(d.ok, d.err.message.c_str());
  QVERIFY(d.value.kind == (negative ? MsgValue::Kind::Int : MsgValue::Kind::UInt));
  QCOMPARE(QByteArray::fromStdString(batscope::msgValueToOracleJson(d.value)), json);
  QCOMPARE(QByteArray::fromStdString(batscope::msgValueToBatpakJson(d.value)), json);
  QVERIFY(!batscope::batpakJsonError(d.value));
}

void MsgpackValueTest::nonStringKeys_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<QByteArray>("json");
  QTest::addColumn<QByteArray>("batpakError");
  QTest::newRow("int keys (fixture int_keys_map)")
      << QByteArray("8301a36f6e65fea96d696e75732074776fa133b074687265652d737472696e672d6b6579")
      << QByteArray(R"({"1":"one","-2":"minus two","3":"three-string-key"})")
      << QByteArray("invalid type: integer `1`, expected a string key");
  QTest::newRow("u64 max key") << QByteArray("81cfffffffffffffffff01")
                               << QByteArray(R"({"18446744073709551615":1})")
                               << QByteArray("invalid type: integer `18446744073709551615`, expected a string key");
  QTest::newRow("bool key") << QByteArray("81c301") << QByteArray(R"({"true":1})")
                            << QByteArray("invalid type: boolean `true`, expected a string key");
  QTest::newRow("nil key") << QByteArray("81c000") << QByteArray(R"({"null":0})")
                           << QByteArray("invalid type: unit value, expected a string key");
  QTest::newRow("array key") << QByteArray("81920102a178") << QByteArray(R"({"[1,2]":"x"})")
                             << QByteArray("invalid type: sequence, expected a string key");
  QTest::newRow("map key") << QByteArray("8181a16101c0") << QByteArray(R"({"{\"a\":1}":null})")
                           << QByteArray("invalid type: map, expected a string key");
  QTest::newRow("float key") << QByteArray("81cb3ff800000000000001") << QByteArray(R"({"1.5":1})")
                             << QByteArray("invalid type: floating point `1.5`, expected a string key");
  QTest::newRow("bin key") << QByteArray("81c401ab01") << QByteArray(R"({"{\"$bin\":\"ab\"}":1})")
                           << QByteArray("invalid type: byte array, expected a string key");
  QTest::newRow("nested int key") << QByteArray("81a16191810702")
                                  << QByteArray(R"({"a":[{"7":2}]})")
                                  << QByteArray("invalid type: integer `7`, expected a string key");
  QTest::newRow("str keys only") << QByteArray("82a16101a16202") << QByteArray(R"({"a":1,"b":2})")
                                 << QByteArray();
}

void MsgpackValueTest::nonStringKeys() {
  QFETCH(QByteArray, hex);
  QFETCH(QByteArray, json);
  QFETCH(QByteArray, batpakError);
  const Decoded d = decodeHex(hex.toStdString());
  QVERIFY2(d.ok, d.err.message.c_str());
  QCOMPARE(QByteArray::fromStdString(batscope::msgValueToOracleJson(d.value)), json);
  const auto err = batscope::batpakJsonError(d.value);
  QCOMPARE(QByteArray::fromStdString(err.value_or("")), batpakError);
}

void MsgpackValueTest::duplicateKeysKept() {
  const Decoded d = decodeHex("83a16101a16202a16103");  // {"a":1,"b":2,"a":3}
  QVERIFY(d.ok);
  QCOMPARE(d.value.map.size(), size_t(3));
  QCOMPARE(qb(batscope::msgValueToOracleJson(d.value)), QByteArray(R"({"a":1,"b":2,"a":3})"));
  // serde_json's Map::insert: first position, last value.
  QCOMPARE(qb(batscope::msgValueToBatpakJson(d.value)), QByteArray(R"({"a":3,"b":2})"));
  QVERIFY(!batscope::batpakJsonError(d.value));
}

void MsgpackValueTest::depthLimit() {
  // 100000 nested one-element arrays: must stop at the limit, not overflow the stack.
  std::vector<uint8_t> bomb(100000, 0x91);
  Decoded d = decode(bomb);
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(256));  // the 257th level starts at byte 256
  QVERIFY2(d.err.message.find("offset 256") != std::string::npos, d.err.message.c_str());
  QCOMPARE(d.consumed, size_t(0));

  // A huge requested limit is clamped, so the bomb still fails cleanly.
  d = decode(bomb, 1 << 30);
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(batscope::kMaxMsgDepth));

  // Exactly at the limit: 255 arrays around a scalar = 256 levels.
  d = decodeHex(nested(255, "01"));
  QVERIFY2(d.ok, d.err.message.c_str());
  QCOMPARE(qb(batscope::msgValueToOracleJson(d.value)), qb(std::string(255, '[') + "1" + std::string(255, ']')));
  d = decodeHex(nested(256, "01"));
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(256));

  // Maps count as levels too, and the caller's limit is honoured.
  d = decode(fromHex("81a161 81a162 01"), 2);
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(4));  // key "b" is at level 3
  d = decode(fromHex("81a161 81a162 01"), 3);
  QVERIFY2(d.ok, d.err.message.c_str());
  QCOMPARE(qb(batscope::msgValueToOracleJson(d.value)), QByteArray(R"({"a":{"b":1}})"));
}

void MsgpackValueTest::hostileLengths_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<qulonglong>("offset");
  QTest::newRow("array32 4G") << QByteArray("ddffffffff") << 0ull;
  QTest::newRow("map32 4G") << QByteArray("dfffffffff") << 0ull;
  QTest::newRow("str32 4G") << QByteArray("dbffffffff") << 0ull;
  QTest::newRow("bin32 4G") << QByteArray("c6ffffffff") << 0ull;
  QTest::newRow("ext32 4G") << QByteArray("c9ffffffff01") << 0ull;
  QTest::newRow("array16 vs 3 bytes") << QByteArray("dc0004010203") << 0ull;
  QTest::newRow("map16 vs 3 bytes") << QByteArray("de0002010203") << 0ull;
  QTest::newRow("str8 one short") << QByteArray("d904616263") << 0ull;
  QTest::newRow("nested array32") << QByteArray("9201ddffffffff") << 2ull;
  QTest::newRow("map value str32") << QByteArray("81a161db00001000") << 3ull;
  QTest::newRow("array of 4G nils") << QByteArray("ddffffffffc0c0c0") << 0ull;
}

void MsgpackValueTest::hostileLengths() {
  QFETCH(QByteArray, hex);
  QFETCH(qulonglong, offset);
  const Decoded d = decodeHex(hex.toStdString());
  QVERIFY(!d.ok);
  QCOMPARE(qulonglong(d.err.offset), offset);
  QCOMPARE(d.consumed, size_t(0));
  QVERIFY2(d.err.message.find("offset " + std::to_string(offset)) != std::string::npos,
           d.err.message.c_str());
}

void MsgpackValueTest::everyTruncationFails() {
  // One of everything: fixmap, str8, every int width, both floats, bin, fixext, ext8, nested
  // containers, array16, map16.
  const std::string hex =
      "8a"
      "a3 696e74 96 05 e0 cc80 cd0100 ce00010000 cfffffffffffffffff"
      "a3 6e6567 94 d080 d18000 d280000000 d38000000000000000"
      "a3 666c74 92 ca3fc00000 cb400921fb54442d18"
      "a3 62696e c4 02 dead"
      "a3 657874 d4 01 ff"
      "a3 657838 c7 02 fe 0102"
      "d9 03 737472 db 00000002 6869"
      "a3 617279 dc 0002 90 80"
      "a3 6d6170 de 0001 a1 6b c3"
      "a1 6e c0";
  const auto bytes = fromHex(hex);
  const Decoded full = decode(bytes);
  QVERIFY2(full.ok, full.err.message.c_str());
  QCOMPARE(full.consumed, bytes.size());
  VERIFY_SAME_JSON(batscope::msgValueToOracleJson(full.value),
                   std::string(R"({"int":[5,-32,128,256,65536,18446744073709551615],)"
                               R"("neg":[-128,-32768,-2147483648,-9223372036854775808],)"
                               R"("flt":[1.5,3.141592653589793],"bin":{"$bin":"dead"},)"
                               R"("ext":{"$ext":{"type":1,"data":"ff"}},)"
                               R"("ex8":{"$ext":{"type":-2,"data":"0102"}},"str":"hi",)"
                               R"("ary":[[],{}],"map":{"k":true},"n":null})"),
                   true);
  for (size_t n = 0; n < bytes.size(); ++n) {
    const std::vector<uint8_t> prefix(bytes.begin(), bytes.begin() + long(n));
    const Decoded d = decode(prefix);
    QVERIFY2(!d.ok, qPrintable(QString("prefix of %1 bytes decoded").arg(n)));
    QVERIFY2(d.err.offset <= n, qPrintable(QString("prefix %1: offset %2").arg(n).arg(d.err.offset)));
    QVERIFY(!d.err.message.empty());
    QCOMPARE(d.consumed, size_t(0));
  }
}

void MsgpackValueTest::reservedTypeByte() {
  Decoded d = decodeHex("c1");
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(0));
  QVERIFY2(d.err.message.find("0xc1") != std::string::npos, d.err.message.c_str());
  d = decodeHex("9201c1");
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(2));
  d = decodeHex("81c1c0");  // as a map key
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(1));
  d = decodeHex("");
  QVERIFY(!d.ok);
  QCOMPARE(d.err.offset, size_t(0));
}

void MsgpackValueTest::trailingBytesReported() {
  Decoded d = decodeHex("010203");
  QVERIFY(d.ok);
  QCOMPARE(d.consumed, size_t(1));
  QCOMPARE(d.value.u, uint64_t(1));
  d = decodeHex("920102 c1ff");  // trailing garbage is not looked at (batpak ignores it)
  QVERIFY(d.ok);
  QCOMPARE(d.consumed, size_t(3));
  QCOMPARE(qb(batscope::msgValueToOracleJson(d.value)), QByteArray("[1,2]"));
}

void MsgpackValueTest::nonFiniteFloats_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<QByteArray>("oracle");
  QTest::addColumn<QByteArray>("batpak");
  QTest::newRow("f32 NaN") << QByteArray("ca7fc00000") << QByteArray(R"({"$float":"NaN"})") << QByteArray("null");
  QTest::newRow("f64 NaN") << QByteArray("cb7ff8000000000000") << QByteArray(R"({"$float":"NaN"})") << QByteArray("null");
  QTest::newRow("f64 negative NaN") << QByteArray("cbfff8000000000000") << QByteArray(R"({"$float":"NaN"})") << QByteArray("null");
  QTest::newRow("f32 inf") << QByteArray("ca7f800000") << QByteArray(R"({"$float":"inf"})") << QByteArray("null");
  QTest::newRow("f64 -inf") << QByteArray("cbfff0000000000000") << QByteArray(R"({"$float":"-inf"})") << QByteArray("null");
  QTest::newRow("in array") << QByteArray("92ca7fc0000001") << QByteArray(R"([{"$float":"NaN"},1])") << QByteArray("[null,1]");
  QTest::newRow("as map value") << QByteArray("81a178cb7ff0000000000000") << QByteArray(R"({"x":{"$float":"inf"}})")
                                << QByteArray(R"({"x":null})");
}

void MsgpackValueTest::nonFiniteFloats() {
  QFETCH(QByteArray, hex);
  QFETCH(QByteArray, oracle);
  QFETCH(QByteArray, batpak);
  const Decoded d = decodeHex(hex.toStdString());
  QVERIFY2(d.ok, d.err.message.c_str());
  QCOMPARE(QByteArray::fromStdString(batscope::msgValueToOracleJson(d.value)), oracle);
  QCOMPARE(QByteArray::fromStdString(batscope::msgValueToBatpakJson(d.value)), batpak);
  QVERIFY(!batscope::batpakJsonError(d.value));  // batpak accepts floats, NaN included
}

void MsgpackValueTest::finiteFloatsRoundTrip_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<double>("expected");
  QTest::newRow("0.1") << QByteArray("cb3fb999999999999a") << 0.1;
  QTest::newRow("-0.0") << QByteArray("cb8000000000000000") << -0.0;
  QTest::newRow("1e300") << QByteArray("cb7e37e43c8800759c") << 1e300;
  QTest::newRow("3.0") << QByteArray("cb4008000000000000") << 3.0;
  QTest::newRow("1e21") << QByteArray("cb444b1ae4d6e2ef50") << 1e21;
  QTest::newRow("f64 min subnormal") << QByteArray("cb0000000000000001") << 4.9406564584124654e-324;
  QTest::newRow("f32 0.1 widened") << QByteArray("ca3dcccccd") << double(0.1f);
  QTest::newRow("f32 -0.0") << QByteArray("ca80000000") << -0.0;
  QTest::newRow("f32 16777216") << QByteArray("ca4b800000") << 16777216.0;
}

void MsgpackValueTest::finiteFloatsRoundTrip() {
  QFETCH(QByteArray, hex);
  QFETCH(double, expected);
  const Decoded d = decodeHex(hex.toStdString());
  QVERIFY2(d.ok, d.err.message.c_str());
  QVERIFY(d.value.isFloat());
  const std::string json = batscope::msgValueToOracleJson(d.value);
  // A JSON reader must see a float (not an integer) with the same bits.
  QVERIFY2(json.find_first_of(".eE") != std::string::npos, json.c_str());
  const double back = std::strtod(json.c_str(), nullptr);
  QCOMPARE(std::memcmp(&back, &expected, sizeof back), 0);
  QCOMPARE(qb(batscope::msgValueToBatpakJson(d.value)), qb(json));
}

void MsgpackValueTest::binExtAndInvalidUtf8_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<QByteArray>("oracle");
  QTest::addColumn<bool>("batpakFails");
  QTest::newRow("empty bin") << QByteArray("c400") << QByteArray(R"({"$bin":""})") << true;
  QTest::newRow("bin16") << QByteArray("c50003000aff") << QByteArray(R"({"$bin":"000aff"})") << true;
  QTest::newRow("fixext1") << QByteArray("d405ab") << QByteArray(R"({"$ext":{"type":5,"data":"ab"}})") << true;
  QTest::newRow("ext8 empty, type -1") << QByteArray("c700ff") << QByteArray(R"({"$ext":{"type":-1,"data":""}})") << true;
  QTest::newRow("timestamp32 ext") << QByteArray("d6ff00000001")
                                   << QByteArray(R"({"$ext":{"type":-1,"data":"00000001"}})") << true;
  QTest::newRow("invalid utf8 str") << QByteArray("a2c328") << QByteArray(R"({"$invalid_utf8_str":"c328"})") << true;
  QTest::newRow("surrogate in str") << QByteArray("a3eda080") << QByteArray(R"({"$invalid_utf8_str":"eda080"})") << true;
  QTest::newRow("invalid utf8 key") << QByteArray("81a1ff01") << QByteArray(R"({"{\"$invalid_utf8_str\":\"ff\"}":1})") << true;
  QTest::newRow("bin deep in map") << QByteArray("81a1619290c400") << QByteArray(R"({"a":[[],{"$bin":""}]})") << true;
  QTest::newRow("valid 4-byte utf8") << QByteArray("a4f09fa680") << QByteArray("\"\xF0\x9F\xA6\x80\"") << false;
}

void MsgpackValueTest::binExtAndInvalidUtf8() {
  QFETCH(QByteArray, hex);
  QFETCH(QByteArray, oracle);
  QFETCH(bool, batpakFails);
  const Decoded d = decodeHex(hex.toStdString());
  QVERIFY2(d.ok, d.err.message.c_str());
  QCOMPARE(QByteArray::fromStdString(batscope::msgValueToOracleJson(d.value)), oracle);
  QCOMPARE(batscope::batpakJsonError(d.value).has_value(), batpakFails);
}

void MsgpackValueTest::stringEscaping_data() {
  QTest::addColumn<QByteArray>("input");
  QTest::addColumn<QByteArray>("json");
  QTest::newRow("quote and backslash") << QByteArray("a\"b\\c") << QByteArray(R"("a\"b\\c")");
  QTest::newRow("named controls") << QByteArray("\n\t\r\b\f") << QByteArray(R"("\n\t\r\b\f")");
  QTest::newRow("other controls") << QByteArray("\x01\x1f", 2) << QByteArray(R"("\u0001\u001f")");
  QTest::newRow("NUL") << QByteArray("x\0y", 3) << QByteArray(R"("x\u0000y")");
  QTest::newRow("DEL and slash kept") << QByteArray("\x7f/") << QByteArray("\"\x7f/\"");
  QTest::newRow("utf8 passes through") << QByteArray("h\xC3\xA9llo \xE2\x80\x94 \xF0\x9F\xA6\x80")
                                       << QByteArray("\"h\xC3\xA9llo \xE2\x80\x94 \xF0\x9F\xA6\x80\"");
  // Not reachable from the oracle (such strs become $invalid_utf8_str) but the writer must
  // still emit valid JSON.
  QTest::newRow("stray byte replaced") << QByteArray("a\xFF" "b") << QByteArray("\"a\xEF\xBF\xBD" "b\"");
  QTest::newRow("cut sequence replaced") << QByteArray("\xE2\x80") << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

void MsgpackValueTest::stringEscaping() {
  QFETCH(QByteArray, input);
  QFETCH(QByteArray, json);
  JsonWriter w;
  w.value(std::string_view(input.constData(), size_t(input.size())));
  QCOMPARE(QByteArray::fromStdString(w.str()), json);

  // The same bytes as a msgpack str, when valid UTF-8, render identically through the oracle.
  if (!input.contains('\xFF') && !input.endsWith("\xE2\x80")) {
    std::vector<uint8_t> packed{0xd9, uint8_t(input.size())};
    packed.insert(packed.end(), input.begin(), input.end());
    const Decoded d = decode(packed);
    QVERIFY2(d.ok, d.err.message.c_str());
    QCOMPARE(QByteArray::fromStdString(batscope::msgValueToOracleJson(d.value)), json);
    // And the escaped text reads back as the original bytes.
    Json back;
    std::string why;
    QVERIFY2(JsonReader(w.str()).parse(back, why), why.c_str());
    QCOMPARE(QByteArray::fromStdString(back.text), input);
  }
}

void MsgpackValueTest::writerStructure() {
  JsonWriter w;
  w.beginObject();
  w.key("a");
  w.beginArray();
  w.value(uint64_t(18446744073709551615ull));
  w.value(int64_t(INT64_MIN));
  w.value(1);
  w.value(true);
  w.null();
  w.value(2.5);
  w.value(std::nan(""));  // never bare NaN
  w.beginArray();
  w.endArray();
  w.beginObject();
  w.endObject();
  w.raw(R"({"pre":"rendered"})");
  w.endArray();
  w.key("k\"");
  w.value("v");
  w.endObject();
  QVERIFY(w.complete());
  QCOMPARE(qb(w.str()), QByteArray(R"({"a":[18446744073709551615,-9223372036854775808,1,true,null,2.5,null,[],{},)"
                                R"({"pre":"rendered"}],"k\"":"v"})"));

  std::string external = "prefix:";
  JsonWriter into(external);
  into.beginArray();
  into.value("x");
  QVERIFY(!into.complete());
  into.endArray();
  QCOMPARE(qb(external), QByteArray(R"(prefix:["x"])"));
}

void MsgpackValueTest::prettyJson() {
  const Decoded d = decodeHex("83a161920102a16280a1639190");  // {"a":[1,2],"b":{},"c":[[]]}
  QVERIFY(d.ok);
  QCOMPARE(qb(batscope::msgValueToPrettyJson(d.value)),
           QByteArray("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": [\n    []\n  ]\n}"));
  QCOMPARE(qb(batscope::msgValueToPrettyJson(d.value, 0)), qb(batscope::msgValueToOracleJson(d.value)));
}

QTEST_GUILESS_MAIN(MsgpackValueTest)
#include "msgpack_value_test.moc"
