// Tests for packed_bytes.h: the 64-bytes-at-a-time scan agrees with the element-by-element
// reference on every prefix length and element count of random encodings (runs of high
// bytes of every parity, "cc cc", values below 0x80 written as cc XX, blocks crossing
// 64-byte boundaries, foreign element encodings, spans that end early), and writes the same
// bytes.
#include <QtTest>

#include <cstdint>
#include <random>
#include <vector>

#include "batscope/codec/packed_bytes.h"

using namespace batscope;

namespace {

// `count` random elements, each a fixint or cc XX; with `foreign` odds an element is cd 00 XX.
std::vector<uint8_t> encode(std::mt19937& rng, size_t count, int highPercent, int foreignPercent) {
  std::vector<uint8_t> out;
  std::uniform_int_distribution<int> pct(0, 99), byte(0, 255), low(0, 127);
  for (size_t i = 0; i < count; ++i) {
    if (pct(rng) < foreignPercent) {
      out.insert(out.end(), {0xcd, 0x00, uint8_t(byte(rng))});
    } else if (pct(rng) < highPercent) {
      out.push_back(0xcc);
      out.push_back(pct(rng) < 20 ? 0xcc : uint8_t(pct(rng) < 10 ? low(rng) : byte(rng) | 0x80));
    } else {
      out.push_back(uint8_t(low(rng)));
    }
  }
  return out;
}

void compareAllPrefixes(const std::vector<uint8_t>& bytes, size_t maxCount) {
  for (size_t len = 0; len <= bytes.size(); ++len) {
    // Exactly `len` bytes on the heap: ASan catches a read past the span.
    const std::vector<uint8_t> span(bytes.begin(), bytes.begin() + long(len));
    for (size_t n = 0; n <= maxCount; ++n) {
      std::vector<uint8_t> fast(n + 1, 0xee), slow(n + 1, 0xee);
      size_t fastLen = 0, slowLen = 0;
      const bool f = scanPackedBytes(span.data(), span.size(), n, fast.data(), fastLen);
      const bool s = scanPackedBytesScalar(span.data(), span.size(), n, slow.data(), slowLen);
      QVERIFY2(f == s, qPrintable(QStringLiteral("len %1 n %2: fast %3 scalar %4").arg(len).arg(n).arg(f).arg(s)));
      // scanPackedBytes may have taken the AVX-512 scan: the portable one must agree as well.
      std::vector<uint8_t> portable(n + 1, 0xee);
      size_t portableLen = 0;
      QCOMPARE(scanPackedBytesPortable(span.data(), span.size(), n, portable.data(), portableLen), s);
      if (!s) continue;
      QCOMPARE(fastLen, slowLen);
      QCOMPARE(fast, slow);  // including the untouched guard byte at [n]
      QCOMPARE(portableLen, slowLen);
      QCOMPARE(portable, slow);
      size_t lenOnly = 0;
      QVERIFY(scanPackedBytes(span.data(), span.size(), n, nullptr, lenOnly));
      QCOMPARE(lenOnly, slowLen);
    }
  }
}

}  // namespace

class PackedBytesTest : public QObject {
  Q_OBJECT

 private slots:
  void agreesWithScalarReference_data() {
    QTest::addColumn<int>("highPercent");
    QTest::addColumn<int>("foreignPercent");
    QTest::newRow("mostly low") << 10 << 0;
    QTest::newRow("half high") << 50 << 0;
    QTest::newRow("all high") << 100 << 0;
    QTest::newRow("with foreign elements") << 50 << 3;
  }
  void agreesWithScalarReference() {
    QFETCH(int, highPercent);
    QFETCH(int, foreignPercent);
    std::mt19937 rng(uint32_t(highPercent * 100 + foreignPercent));
    for (int round = 0; round < 40; ++round) {
      const size_t count = size_t(round * 7 % 150);
      const std::vector<uint8_t> bytes = encode(rng, count, highPercent, foreignPercent);
      compareAllPrefixes(bytes, count + 2);
    }
  }

  // Hand-made: the marker/value parity inside long high runs across a block boundary.
  void highRunsAcrossBlocks() {
    for (size_t lead = 0; lead < 70; ++lead) {
      std::vector<uint8_t> bytes(lead, 0x01);
      for (int i = 0; i < 40; ++i) bytes.insert(bytes.end(), {0xcc, 0xcc});
      bytes.push_back(0x02);
      compareAllPrefixes(bytes, lead + 42);
    }
  }

  // A high byte other than cc at a marker position is not a packed element.
  void rejectsForeignMarker() {
    const std::vector<uint8_t> bytes{0x01, 0xcd, 0x00, 0x05};
    size_t len = 0;
    QVERIFY(!scanPackedBytes(bytes.data(), bytes.size(), 2, nullptr, len));
    QVERIFY(scanPackedBytes(bytes.data(), bytes.size(), 1, nullptr, len));
    QCOMPARE(len, size_t(1));
  }
};

QTEST_GUILESS_MAIN(PackedBytesTest)
#include "packed_bytes_test.moc"
