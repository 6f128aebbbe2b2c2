// Tests for the canonical frame fast path (canonical_frame.cpp): on every frame of every
// fixture it either declines or decodes exactly what the general decoder decodes, in each
// payload mode; batpak's ordinary frames take it; anything off the canonical layout (another
// key order, a wider integer inside a byte array, an id as an array, a native payload, a cut
// body) is declined and still decoded by the general path.
#include <QtTest>

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/format/event_frame.h"
#include "batscope/restore/physical_frame_walk.h"
#include "test_support.h"

using namespace batscope;

namespace {

constexpr PayloadMode kModes[] = {PayloadMode::Skip, PayloadMode::Bytes, PayloadMode::Any};

// The body of fixture `tiny`'s first frame (FORMAT.md §14.1: frame at 57, 468 bytes).
std::vector<uint8_t> tinyFirstBody() {
  auto dir = DataDir::open(std::string(BATSCOPE_FIXTURES) + "/tiny/data");
  if (!dir) qFatal("cannot open tiny");
  auto file = (*dir)->mapFile(segmentFileName(1));
  if (!file) qFatal("cannot map tiny");
  const uint8_t* frame = (*file)->data() + 57;
  return std::vector<uint8_t>(frame + 8, frame + 468);
}

size_t find(const std::vector<uint8_t>& body, const std::string& needle) {
  const std::vector<uint8_t> bytes(needle.begin(), needle.end());
  const auto it = std::search(body.begin(), body.end(), bytes.begin(), bytes.end());
  if (it == body.end()) qFatal("%s not in body", needle.c_str());
  return size_t(it - body.begin());
}

// The fast path declines `body` in `mode`; the general decoder, and decodeFrameBody, read it.
void expectDeclinedButDecoded(const std::vector<uint8_t>& body, PayloadMode mode) {
  DecodedFrame fast, general;
  FrameDecodeError err;
  QVERIFY(!decodeCanonicalFrameBody(body.data(), body.size(), mode, fast));
  QVERIFY2(decodeFrameBodyGeneral(body.data(), body.size(), mode, general, err), err.message.c_str());
  DecodedFrame viaBoth;
  QVERIFY(decodeFrameBody(body.data(), body.size(), mode, viaBoth, err));
  QVERIFY(sameDecodedFields(viaBoth, general));
}

}  // namespace

class CanonicalFrameTest : public QObject {
  Q_OBJECT

 private slots:
  void agreesWithGeneralDecoderOnEveryFixtureFrame_data() {
    QTest::addColumn<QString>("fixture");
    for (const QString& f : QDir(QStringLiteral(BATSCOPE_FIXTURES)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
      QTest::newRow(qPrintable(f)) << f;
  }
  void agreesWithGeneralDecoderOnEveryFixtureFrame() {
    QFETCH(QString, fixture);
    auto dir = DataDir::open((QStringLiteral(BATSCOPE_FIXTURES "/") + fixture + "/data").toStdString());
    QVERIFY(dir.ok());
    const StoreWalk walk = walkStore(**dir);
    size_t canonical = 0, declined = 0;
    for (const SegmentWalk& seg : walk.segments) {
      auto file = (*dir)->mapSegment(seg.file);
      QVERIFY(file.ok());
      for (const WalkedFrame& wf : seg.frames) {
        const uint8_t* body = (*file)->data() + wf.offset + 8;
        const size_t len = wf.length - 8;
        for (PayloadMode mode : kModes) {
          DecodedFrame fast, general;
          FrameDecodeError err;
          const bool generalOk = decodeFrameBodyGeneral(body, len, mode, general, err);
          if (!decodeCanonicalFrameBody(body, len, mode, fast)) {
            ++declined;
            continue;
          }
          ++canonical;
          QVERIFY2(generalOk, qPrintable(QStringLiteral("%1 @%2").arg(QString::fromStdString(seg.file.name)).arg(wf.offset)));
          QVERIFY(sameDecodedFields(fast, general));
          // The hash chain reads again where the canonical decoder says it starts.
          QVERIFY(fast.hashChainValueOffset > fast.payloadValueOffset && fast.hashChainValueOffset < len);
          QCOMPARE(general.hashChainValueOffset, uint32_t(0));
          HashChain again;
          QCOMPARE(decodeCanonicalHashChain(body + fast.hashChainValueOffset, len - fast.hashChainValueOffset, again),
                   fast.hashChain.has_value());
          if (fast.hashChain) QVERIFY(again.prevHash == fast.hashChain->prevHash && again.eventHash == fast.hashChain->eventHash);
        }
        // The payload unpacked during the decode is the one read afterwards, canonical or not.
        DecodedFrame plain, withPayload;
        FrameDecodeError plainErr, err;
        std::vector<uint8_t> payload(5, 0xee);  // what a previous frame left in the buffer
        const bool ok = decodeFrameBodyWithPayload(body, len, withPayload, err, payload);
        QCOMPARE(ok, decodeFrameBody(body, len, PayloadMode::Any, plain, plainErr));
        if (ok) {
          QVERIFY(sameDecodedFields(plain, withPayload));
          QVERIFY(payload == payloadBytes(body, plain));
        }
      }
    }
    // Every fixture was written by batpak: most of its frames are canonical.
    QVERIFY2(canonical > declined, qPrintable(QStringLiteral("%1 canonical, %2 declined").arg(canonical).arg(declined)));
  }

  void takesBatpaksOwnFrame() {
    const std::vector<uint8_t> body = tinyFirstBody();
    for (PayloadMode mode : kModes) {
      DecodedFrame fast;
      QVERIFY(decodeCanonicalFrameBody(body.data(), body.size(), mode, fast));
      QCOMPARE(std::string(fast.entity), std::string("user:alice"));
      QCOMPARE(fast.payloadForm, mode == PayloadMode::Skip ? PayloadForm::Skipped : PayloadForm::ByteArray);
      QVERIFY(fast.hashChain.has_value());
    }
  }

  // Two keys swapped: serde reads any order, the fast path only batpak's.
  void declinesAnotherKeyOrder() {
    std::vector<uint8_t> body = tinyFirstBody();
    const size_t entity = find(body, "\xa6" "entity");
    const size_t scope = find(body, "\xa5" "scope");
    std::vector<uint8_t> swapped(body.begin(), body.begin() + long(entity));
    swapped.insert(swapped.end(), body.begin() + long(scope), body.end());
    swapped.insert(swapped.end(), body.begin() + long(entity), body.begin() + long(scope));
    for (PayloadMode mode : kModes) expectDeclinedButDecoded(swapped, mode);
  }

  // A payload byte written as u16 (cd 00 XX) is still a Vec<u8> to serde.
  void declinesWideIntegerInPayload() {
    std::vector<uint8_t> body = tinyFirstBody();
    const size_t payload = find(body, "\xa7" "payload") + 8;
    QCOMPARE(body[payload], uint8_t(0xdc));  // array16 of bytes
    const size_t element = payload + 3;
    const bool cc = body[element] == 0xcc;  // a byte above 0x7f is written cc XX
    const uint8_t first = body[element + (cc ? 1 : 0)];
    body.erase(body.begin() + long(element), body.begin() + long(element + (cc ? 2 : 1)));
    const uint8_t wide[] = {0xcd, 0x00, first};
    body.insert(body.begin() + long(element), wide, wide + 3);
    for (PayloadMode mode : kModes) expectDeclinedButDecoded(body, mode);
  }

  // The event id as an array of 16 small integers instead of bin16.
  void declinesIdAsArray() {
    std::vector<uint8_t> body = tinyFirstBody();
    const size_t id = find(body, "\xa8" "event_id") + 9;
    QCOMPARE(body[id], uint8_t(0xc4));
    std::vector<uint8_t> array{0xdc, 0x00, 0x10};
    for (int i = 0; i < 16; ++i) {
      const uint8_t b = body[id + 2 + size_t(i)];
      if (b > 0x7f) array.push_back(0xcc);
      array.push_back(b);
    }
    body.erase(body.begin() + long(id), body.begin() + long(id + 18));
    body.insert(body.begin() + long(id), array.begin(), array.end());
    for (PayloadMode mode : kModes) expectDeclinedButDecoded(body, mode);
  }

  // A native payload (compaction output): the general path classifies it.
  void declinesNativePayload() {
    std::vector<uint8_t> body = tinyFirstBody();
    const size_t payload = find(body, "\xa7" "payload") + 8;
    const size_t end = find(body, "\xaa" "hash_chain");
    body.erase(body.begin() + long(payload), body.begin() + long(end));
    const uint8_t native[] = {0x81, 0xa1, 'k', 0xa1, 'v'};  // {"k": "v"}
    body.insert(body.begin() + long(payload), native, native + sizeof native);
    expectDeclinedButDecoded(body, PayloadMode::Any);
    expectDeclinedButDecoded(body, PayloadMode::Skip);
  }

  // Every cut of a canonical body is declined and never read past.
  void declinesEveryTruncation() {
    const std::vector<uint8_t> body = tinyFirstBody();
    for (size_t len = 0; len < body.size(); ++len) {
      std::vector<uint8_t> cut(body.begin(), body.begin() + long(len));  // exact size: ASan sees overreads
      DecodedFrame fast;
      QVERIFY2(!decodeCanonicalFrameBody(cut.data(), cut.size(), PayloadMode::Any, fast), qPrintable(QString::number(len)));
    }
  }
};

QTEST_GUILESS_MAIN(CanonicalFrameTest)
#include "canonical_frame_test.moc"
