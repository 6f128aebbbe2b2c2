// Tests for frame_layout.h: the field spans of fixture `tiny`'s first frame against the
// worked example of FORMAT.md §14.1, agreement with the frame decoder on every frame of
// several fixtures, lenient shapes (reordered, unknown and integer keys, positional arrays),
// and truncated or hostile bytes (never out of bounds, partial lists).
#include <QtTest>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "batscope/base/data_dir.h"
#include "batscope/format/event_frame.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/format/frame_layout.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/codec/msgpack_writer.h"
#include "batscope/format/segment.h"

using batscope::FrameField;

namespace {

QString fixtureData(const QString& name) { return QStringLiteral(BATSCOPE_FIXTURES "/") + name + "/data"; }

std::shared_ptr<const batscope::FileData> mapSegment(const QString& fixture, uint64_t segmentId) {
  auto dir = batscope::DataDir::open(fixtureData(fixture).toStdString());
  if (!dir) qFatal("cannot open fixture %s", qPrintable(fixture));
  auto file = (*dir)->mapFile(batscope::segmentFileName(segmentId));
  if (!file) qFatal("cannot map segment of %s", qPrintable(fixture));
  return *file;
}

// A frame around `body` with a correct len and CRC.
std::vector<uint8_t> frameOf(const std::vector<uint8_t>& body) {
  std::vector<uint8_t> f(8);
  const uint32_t len = uint32_t(body.size()), crc = batscope::crc32(body.data(), body.size());
  for (int i = 0; i < 4; ++i) {
    f[size_t(i)] = uint8_t(len >> (24 - 8 * i));
    f[size_t(4 + i)] = uint8_t(crc >> (24 - 8 * i));
  }
  f.insert(f.end(), body.begin(), body.end());
  return f;
}

// Every listed span must be a well-formed range inside the frame.
void checkInside(const std::vector<FrameField>& fields, size_t frameLen) {
  for (const FrameField& f : fields) {
    QVERIFY2(f.offset <= frameLen && f.length <= frameLen - f.offset, f.path.c_str());
    QVERIFY2(f.keyOffset == f.offset && f.valueOffset >= f.keyOffset, f.path.c_str());
    QVERIFY2(f.valueOffset + f.valueLength == f.offset + f.length, f.path.c_str());
    QVERIFY2(f.valueLength > 0, f.path.c_str());
  }
}

}  // namespace

class FrameLayoutTest : public QObject {
  Q_OBJECT

 private slots:
  // FORMAT.md §14.1 lists file offsets; frame 0 starts at 57.
  void tinyFirstFrame_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<qulonglong>("keyAt");
    QTest::addColumn<qulonglong>("valueAt");
    QTest::addColumn<qulonglong>("end");
    auto row = [](const char* path, qulonglong key, qulonglong value, qulonglong end) {
      QTest::newRow(path) << QString::fromLatin1(path) << key << value << end;
    };
    row("len", 57, 57, 61);
    row("crc32", 61, 61, 65);
    row("event", 66, 72, 488);
    row("event.header", 73, 80, 335);
    row("event.header.event_id", 81, 90, 108);
    row("event.header.correlation_id", 108, 123, 141);
    row("event.header.causation_id", 141, 154, 155);
    row("event.header.timestamp_us", 155, 168, 177);
    row("event.header.position", 177, 186, 236);
    row("event.header.position.wall_ms", 187, 195, 204);
    row("event.header.position.counter", 204, 212, 213);
    row("event.header.position.depth", 213, 219, 220);
    row("event.header.position.lane", 220, 225, 226);
    row("event.header.position.sequence", 226, 235, 236);
    row("event.header.payload_size", 236, 249, 250);
    row("event.header.event_kind", 250, 261, 264);
    row("event.header.flags", 264, 270, 271);
    row("event.header.content_hash", 271, 284, 335);
    row("event.payload", 335, 343, 369);
    row("event.hash_chain", 369, 380, 488);
    row("event.hash_chain.prev_hash", 381, 391, 426);
    row("event.hash_chain.event_hash", 426, 437, 488);
    row("entity", 488, 495, 506);
    row("scope", 506, 512, 525);
  }
  void tinyFirstFrame() {
    QFETCH(QString, path);
    QFETCH(qulonglong, keyAt);
    QFETCH(qulonglong, valueAt);
    QFETCH(qulonglong, end);
    auto file = mapSegment(QStringLiteral("tiny"), 1);
    constexpr uint64_t kFrame = 57, kLen = 468;
    const auto fields = batscope::frameFieldSpans(file->data() + kFrame, kLen);
    const FrameField* f = batscope::findField(fields, path.toStdString());
    QVERIFY2(f, qPrintable(path));
    QCOMPARE(f->keyOffset, keyAt - kFrame);
    QCOMPARE(f->offset, keyAt - kFrame);
    QCOMPARE(f->valueOffset, valueAt - kFrame);
    QCOMPARE(f->offset + f->length, end - kFrame);
    QCOMPARE(f->valueOffset + f->valueLength, end - kFrame);
    QCOMPARE(f->hasKey(), keyAt != valueAt);
  }

  void tinyFirstFrameListsEveryFieldInByteOrder() {
    auto file = mapSegment(QStringLiteral("tiny"), 1);
    const auto fields = batscope::frameFieldSpans(file->data() + 57, 468);
    QCOMPARE(fields.size(), size_t(24));
    for (size_t i = 1; i < fields.size(); ++i) QVERIFY(fields[i - 1].offset <= fields[i].offset);
    checkInside(fields, 468);
    // Containers come before their fields; the narrowest field wins a click.
    QCOMPARE(batscope::fieldAt(fields, 90 - 57)->path, std::string("event.header.event_id"));
    QCOMPARE(batscope::fieldAt(fields, 186 - 57)->path, std::string("event.header.position"));
    QCOMPARE(batscope::fieldAt(fields, 72 - 57)->path, std::string("event"));
    QCOMPARE(batscope::fieldAt(fields, 8), nullptr);  // the body's own map header
    QCOMPARE(batscope::fieldAt(fields, 468), nullptr);
  }

  // The payload and entity spans agree with the decoder on every frame of these fixtures.
  void agreesWithDecoder_data() {
    QTest::addColumn<QString>("fixture");
    for (const char* f : {"tiny", "varied-payloads", "batches", "causal", "compacted", "corrupt-crc", "unhashed"})
      QTest::newRow(f) << QString::fromLatin1(f);
  }
  void agreesWithDecoder() {
    QFETCH(QString, fixture);
    auto dir = batscope::DataDir::open(fixtureData(fixture).toStdString());
    QVERIFY(dir.ok());
    const batscope::StoreWalk walk = batscope::walkStore(**dir);
    size_t frames = 0, flipped = 0;
    for (const batscope::SegmentWalk& seg : walk.segments) {
      auto file = (*dir)->mapSegment(seg.file);
      QVERIFY(file.ok());
      for (const batscope::WalkedFrame& wf : seg.frames) {
        const uint8_t* frame = (*file)->data() + wf.offset;
        const auto fields = batscope::frameFieldSpans(frame, wf.length);
        checkInside(fields, wf.length);
        batscope::DecodedFrame d;
        batscope::FrameDecodeError err;
        if (!batscope::decodeFrameBody(frame + 8, wf.length - 8, batscope::PayloadMode::Any, d, err)) continue;
        ++frames;
        const FrameField* payload = batscope::findField(fields, "event.payload");
        QVERIFY(payload);
        QCOMPARE(payload->valueOffset, uint64_t(8 + d.payloadValueOffset));
        QCOMPARE(payload->valueLength, uint64_t(d.payloadValueLen));
        const FrameField* entity = batscope::findField(fields, "entity");
        QVERIFY(entity);
        QVERIFY(entity->valueLength > d.entity.size());
        QCOMPARE(std::string(reinterpret_cast<const char*>(frame) + entity->offset + entity->length - d.entity.size(),
                             d.entity.size()),
                 std::string(d.entity));
        const FrameField* id = batscope::findField(fields, "event.header.event_id");
        QVERIFY(id);
        QCOMPARE(id->valueLength, uint64_t(18));
        QVERIFY(std::memcmp(frame + id->valueOffset + 2, d.header.eventId.bytes.data(), 16) == 0);
        QCOMPARE(batscope::findField(fields, "event.hash_chain.event_hash") != nullptr, d.hashChain.has_value());
        // A one-byte payload element, flipped and resealed: the same frame length, a CRC that
        // matches, and a payload that differs in exactly that byte.
        if (const std::optional<uint64_t> at = batscope::oneBytePayloadByte(frame, wf.length)) {
          QVERIFY(*at >= payload->valueOffset && *at < payload->valueOffset + payload->valueLength);
          std::vector<uint8_t> copy(frame, frame + wf.length);
          copy[*at] ^= 1;
          batscope::resealFrame(copy.data(), copy.size());
          batscope::RawFrame raw;
          QCOMPARE(int(batscope::readFrameAt(copy.data(), copy.size(), 0, raw, true)), int(batscope::FrameStatus::Ok));
          batscope::DecodedFrame changed;
          QVERIFY(batscope::decodeFrameBody(copy.data() + 8, copy.size() - 8, batscope::PayloadMode::Any, changed, err));
          const std::vector<uint8_t> before = batscope::payloadBytes(frame + 8, d);
          const std::vector<uint8_t> after = batscope::payloadBytes(copy.data() + 8, changed);
          QCOMPARE(after.size(), before.size());
          size_t differing = 0;
          for (size_t i = 0; i < before.size(); ++i) differing += before[i] != after[i];
          QCOMPARE(differing, size_t(1));
          ++flipped;
        }
      }
    }
    QVERIFY(frames > 0);
    QVERIFY(flipped > 0);
  }

  // rmp-serde reads keys in any order, ignores unknown ones, takes field indexes as keys and
  // positional arrays for structs (FORMAT.md §3.1): the spans follow the bytes.
  void lenientShapes() {
    std::vector<uint8_t> body;
    batscope::MsgpackWriter w(body);
    w.mapHeader(4);
    w.str("scope"); w.str("s");
    w.str("x_unknown"); w.arrayHeader(2); w.uint(1); w.mapHeader(1); w.str("deep"); w.nil();
    w.uint(1); w.str("ent");  // field index 1 = entity
    w.str("event");
    w.arrayHeader(3);         // positional Event
    w.mapHeader(2);           // header: reordered, incomplete
    w.str("flags"); w.uint(9);
    w.str("position"); w.arrayHeader(5); for (int i = 0; i < 5; ++i) w.uint(uint64_t(i) * 300);
    const uint8_t payload[] = {0x81, 0xa1, 'a', 0x01};
    w.byteArray(payload, sizeof payload);
    w.nil();                  // hash_chain None
    const std::vector<uint8_t> frame = frameOf(body);
    const auto fields = batscope::frameFieldSpans(frame.data(), frame.size());
    checkInside(fields, frame.size());
    std::vector<std::string> paths;
    for (const FrameField& f : fields) paths.push_back(f.path);
    const std::vector<std::string> expected = {
        "len", "crc32", "scope", "x_unknown", "entity", "event", "event.header", "event.header.flags",
        "event.header.position", "event.header.position.wall_ms", "event.header.position.counter",
        "event.header.position.depth", "event.header.position.lane", "event.header.position.sequence",
        "event.payload", "event.hash_chain"};
    QCOMPARE(paths, expected);
    const FrameField* entity = batscope::findField(fields, "entity");
    QCOMPARE(entity->valueOffset - entity->keyOffset, uint64_t(1));  // the key is fixint 1
    const FrameField* scope = batscope::findField(fields, "scope");
    QCOMPARE(scope->offset, uint64_t(9));                            // after 8 + map header
    const FrameField* wall = batscope::findField(fields, "event.header.position.wall_ms");
    QVERIFY(!wall->hasKey());
    QCOMPARE(wall->valueLength, uint64_t(1));
    const FrameField* depth = batscope::findField(fields, "event.header.position.depth");
    QCOMPARE(depth->valueLength, uint64_t(3));                       // 600 = cd 02 58
    const FrameField* hc = batscope::findField(fields, "event.hash_chain");
    QCOMPARE(hc->valueLength, uint64_t(1));
    QCOMPARE(hc->offset + hc->length, uint64_t(frame.size()));
  }

  // Every prefix of a real frame: nothing outside the prefix, and every listed field is the
  // same span the whole frame gives (complete values only).
  void truncatedFrames() {
    auto file = mapSegment(QStringLiteral("tiny"), 1);
    const uint8_t* frame = file->data() + 57;
    const auto full = batscope::frameFieldSpans(frame, 468);
    for (size_t len = 0; len <= 468; ++len) {
      std::vector<uint8_t> copy(frame, frame + len);  // heap copy: overreads hit the end of the buffer
      const auto fields = batscope::frameFieldSpans(copy.data(), copy.size());
      checkInside(fields, len);
      for (const FrameField& f : fields) {
        const FrameField* g = batscope::findField(full, f.path);
        QVERIFY2(g && g->offset == f.offset && g->length == f.length && g->valueOffset == f.valueOffset,
                 (std::to_string(len) + " " + f.path).c_str());
      }
      if (len < 4) QVERIFY(fields.empty());
      if (len >= 8) QVERIFY(fields.size() >= 2);
      if (len < 468) QVERIFY(!batscope::findField(fields, "scope"));
      if (len >= 108 - 57) QVERIFY(batscope::findField(fields, "event.header.event_id"));
      if (len < 335 - 57) QVERIFY(!batscope::findField(fields, "event.header"));
      else QVERIFY(batscope::findField(fields, "event.header"));
    }
    QVERIFY(batscope::frameFieldSpans(nullptr, 100).empty());
  }

  void hostileBytes() {
    // A body length far beyond the bytes, containers claiming 2^32-1 entries, deep nesting.
    std::vector<uint8_t> frame = {0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0xdf, 0xff, 0xff, 0xff, 0xff, 0xa5,
                                  'e', 'v', 'e', 'n', 't', 0xdd, 0xff, 0xff, 0xff, 0xff};
    auto fields = batscope::frameFieldSpans(frame.data(), frame.size());
    QCOMPARE(fields.size(), size_t(2));

    std::vector<uint8_t> deep = {0x81, 0xa5, 'e', 'v', 'e', 'n', 't', 0x81, 0xa7, 'p', 'a', 'y', 'l', 'o', 'a', 'd'};
    deep.insert(deep.end(), 200000, 0x91);  // 200 000 nested one-element arrays, never closed
    deep.push_back(0x00);
    frame = frameOf(deep);
    fields = batscope::frameFieldSpans(frame.data(), frame.size());
    checkInside(fields, frame.size());
    QVERIFY(!batscope::findField(fields, "event.payload"));

    std::mt19937 rng(20240605);
    for (int round = 0; round < 3000; ++round) {
      std::vector<uint8_t> junk(8 + rng() % 300);
      for (uint8_t& b : junk) b = uint8_t(rng());
      if (round % 2 && junk.size() > 8) {  // a plausible body length and a map start: the walk goes further
        const uint32_t len = uint32_t(junk.size() - 8);
        junk[0] = 0; junk[1] = 0; junk[2] = uint8_t(len >> 8); junk[3] = uint8_t(len);
        junk[8] = 0x83;
      }
      const auto f = batscope::frameFieldSpans(junk.data(), junk.size());
      checkInside(f, junk.size());
    }
  }
};

QTEST_GUILESS_MAIN(FrameLayoutTest)
#include "frame_layout_test.moc"
