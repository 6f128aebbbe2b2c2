// What the writer's tests share: a check macro that stops the slot (CHECKED is
// test_support.h's), result text, id keys, test payloads and batch items.
#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "batscope/codec/blake3.h"
#include "batscope/write/demo_generator.h"
#include "batscope/format/event_frame.h"
#include "batscope/restore/event_reader.h"
#include "batscope/format/event_frame_writer.h"
#include "batscope/format/segment_writer.h"
#include "batscope/format/sidx_footer_writer.h"
#include "batscope/format/snapshot_writer.h"
#include "batscope/format/visibility_ranges_writer.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/codec/msgpack_writer.h"
#include "batscope/format/segment.h"
#include "batscope/format/sidx_footer.h"
#include "batscope/format/snapshot.h"
#include "batscope/write/store.h"
#include "batscope/format/visibility_ranges.h"
#include "test_support.h"

namespace batscope::test {

// QVERIFY2 that builds its message only on failure (the crash checks run millions of times).
#define EXPECT(cond, msg)                                                          \
  do {                                                                             \
    if (!(cond)) {                                                                 \
      QTest::qVerify(false, #cond, qPrintable(msg), __FILE__, __LINE__);           \
      return;                                                                      \
    }                                                                              \
  } while (0)

inline std::string key(const Id128& id) { return std::string(reinterpret_cast<const char*>(id.bytes.data()), 16); }
inline QString hx(const Id128& id) { return QString::fromStdString(hexEncode(id)); }
inline QByteArray qb(const std::vector<uint8_t>& v) {
  return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
}
inline const uint8_t* u8(const QByteArray& b) { return reinterpret_cast<const uint8_t*>(b.constData()); }

template <class T>
inline QByteArray why(const Result<T>& r) {
  return r ? QByteArray("ok") : QByteArray::fromStdString(r.error().toString());
}
inline QByteArray why(const Status& s) { return s ? QByteArray("ok") : QByteArray::fromStdString(s.error().toString()); }


// A user payload P (msgpack) whose bytes cover 0x00..0xff (so the frame's byte array has
// one- and two-byte elements).
inline std::vector<uint8_t> payloadOf(uint64_t n, size_t blobLen) {
  std::vector<uint8_t> out;
  MsgpackWriter w(out);
  w.mapHeader(2);
  w.str("n");
  w.uint(n);
  w.str("blob");
  std::vector<uint8_t> blob(blobLen);
  for (size_t i = 0; i < blobLen; ++i) blob[i] = uint8_t((n * 131 + i * 37) & 0xff);
  w.bin(blob.data(), blob.size());
  return out;
}

inline BatchItem item(std::string entity, std::string scope, uint16_t kind, std::vector<uint8_t> payload) {
  BatchItem b;
  b.entity = std::move(entity);
  b.scope = std::move(scope);
  b.kind = kind;
  b.payload = std::move(payload);
  return b;
}

}  // namespace batscope::test
