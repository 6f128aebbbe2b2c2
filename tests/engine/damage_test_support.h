// What the damaged-directory tests share: copying a fixture, damaging bytes, building
// frames, opening a copy on a restore path, and checking that a finding names the damaged
// file and offset.
#pragma once

#include <zlib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>
#include <map>

#include "batscope/restore/event_reader.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/format/segment.h"
#include "batscope/format/sidx_footer.h"
#include "test_support.h"

namespace batscope::test {

// ---------------------------------------------------------------- bytes and files

inline bool writeBytes(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
  return f.write(bytes) == bytes.size();
}

inline quint32 zlibCrc(const QByteArray& b, qsizetype from, qsizetype len) {
  return quint32(::crc32(0L, reinterpret_cast<const Bytef*>(b.constData() + from), uInt(len)));
}
inline quint32 zlibCrc(const QByteArray& b) { return zlibCrc(b, 0, b.size()); }

inline void putBE32(QByteArray& b, qsizetype at, quint32 v) {
  for (int i = 0; i < 4; ++i) b[at + i] = char((v >> (24 - 8 * i)) & 0xff);
}
inline void putLE(QByteArray& b, qsizetype at, quint64 v, int bytes) {
  for (int i = 0; i < bytes; ++i) b[at + i] = char((v >> (8 * i)) & 0xff);
}

// The CRC32 of [12, EOF) stored LE at 8: index.fbati, index.ckpt, visibility_ranges.fbv.
inline void fixArtifactCrc(QByteArray& b) { putLE(b, 8, zlibCrc(b, 12, b.size() - 12), 4); }

inline QString copyFixture(QTemporaryDir& tmp, const QString& fixture) {
  const QString to = tmp.filePath("data");
  return copyDataDir(fixtureData(fixture), to) ? to : QString();
}

// 64 KiB (or n bytes) of reproducible noise.
inline QByteArray noise(qsizetype n, quint32 seed) {
  QRandomGenerator gen(seed);
  QByteArray b(n, '\0');
  for (qsizetype i = 0; i < n; ++i) b[i] = char(gen.generate() & 0xff);
  return b;
}

// A frame envelope around `body`: [len u32 BE][crc32 u32 BE][body].
inline QByteArray frameOf(const QByteArray& body) {
  QByteArray f(8, '\0');
  putBE32(f, 0, quint32(body.size()));
  putBE32(f, 4, zlibCrc(body));
  return f + body;
}

// P as batpak stores it: a msgpack array of uints, bytes >= 0x80 as `cc XX` (§3.1, gotcha 1).
inline QByteArray byteArrayPayload(const QByteArray& p) {
  QByteArray out;
  const quint32 n = quint32(p.size());
  if (n <= 15) {
    out.append(char(0x90 | n));
  } else if (n <= 0xffff) {
    out.append(char(0xdc));
    out.append(char(n >> 8));
    out.append(char(n & 0xff));
  } else {
    out.append(char(0xdd));
    QByteArray len(4, '\0');
    putBE32(len, 0, n);
    out.append(len);
  }
  for (char c : p) {
    if (quint8(c) >= 0x80) out.append(char(0xcc));
    out.append(c);
  }
  return out;
}

// ---------------------------------------------------------------- opening

struct Opened {
  std::shared_ptr<DataDir> dir;
  std::optional<RestoreResult> restore;
  std::optional<Error> error;
};

inline Opened openStore(const QString& path, RestorePathChoice choice = RestorePathChoice::Mmap) {
  Opened o;
  auto d = DataDir::open(path.toStdString());
  if (!d) {
    o.error = d.error();
    return o;
  }
  o.dir = *d;
  RestoreOptions ro;
  ro.path = choice;
  auto r = restoreIndex(o.dir, ro);
  if (!r) o.error = r.error();
  else o.restore = std::move(*r);
  return o;
}

// One segment of an UNDAMAGED fixture, mapped (null file when it does not map).
struct PristineSegment {
  SegmentFile segment;
  std::shared_ptr<const FileData> file;
};
inline PristineSegment mapPristine(const QString& fixture, uint64_t segmentId) {
  auto d = DataDir::open(fixtureData(fixture).toStdString());
  if (!d) return {};
  const SegmentFile* seg = (*d)->segmentById(segmentId);
  if (!seg) return {};
  auto file = (*d)->mapSegment(*seg);
  return file ? PristineSegment{*seg, *file} : PristineSegment{};
}

// The static walk of one segment of an UNDAMAGED fixture (frame offsets, lengths, ids).
inline SegmentWalk walkPristine(const QString& fixture, uint64_t segmentId) {
  const PristineSegment p = mapPristine(fixture, segmentId);
  return p.file ? walkSegment(p.segment, *p.file) : SegmentWalk{};
}

// The entity of the undamaged frame at `offset` of `fixture`'s segment (empty if it does not
// decode): the walk keeps ids and kinds, not coordinates.
inline std::string pristineEntity(const QString& fixture, uint64_t segmentId, uint64_t offset) {
  const PristineSegment p = mapPristine(fixture, segmentId);
  if (!p.file) return {};
  RawFrame raw;
  if (readFrameAt(p.file->data(), p.file->size(), offset, raw, true) != FrameStatus::Ok) return {};
  DecodedFrame f;
  FrameDecodeError err;
  if (!decodeFrameBody(raw.body, raw.bodyLen, PayloadMode::Any, f, err)) return {};
  return std::string(f.entity);
}

// ---------------------------------------------------------------- findings and errors

inline QString describe(const std::vector<Finding>& fs) {
  QStringList out;
  for (const Finding& f : fs) out << QString::fromStdString(f.toString());
  return out.isEmpty() ? QStringLiteral("(no findings)") : out.join('\n');
}

// Two true views of one store hold the same findings and entries (trueViewDifference's).
inline QString trueViewResultDifference(const TrueViewResult& a, const TrueViewResult& b) {
  if (describe(a.findings) != describe(b.findings)) return "findings: " + describe(a.findings) + " | " + describe(b.findings);
  return QString::fromStdString(trueViewDifference(*a.index, *b.index));
}

inline bool hasFinding(const std::vector<Finding>& fs, const std::string& category, const std::string& file,
                std::optional<uint64_t> offset) {
  for (const Finding& f : fs)
    if (f.category() == category && f.file == file && (!offset || f.offset == offset)) return true;
  return false;
}

inline int countFindings(const std::vector<Finding>& fs, const std::string& category) {
  int n = 0;
  for (const Finding& f : fs) n += f.category() == category;
  return n;
}

inline QString missingFinding(const std::vector<Finding>& fs, const std::string& category, const std::string& file,
                       std::optional<uint64_t> offset) {
  return QString("expected a [%1] finding naming %2%3, got:\n%4")
      .arg(QString::fromStdString(category), QString::fromStdString(file),
           offset ? QString(" @%1").arg(*offset) : QString(), describe(fs));
}

#define VERIFY_FINDING(fs, category, file, offset)                                        \
  QVERIFY2(hasFinding((fs), (category), (file), (offset)),                                \
           qPrintable(missingFinding((fs), (category), (file), (offset))))

inline QString errorText(const Opened& o) {
  return o.error ? QString::fromStdString(o.error->toString()) : QStringLiteral("(open succeeded)");
}

#define VERIFY_OPENED(o) QVERIFY2(!(o).error && (o).restore, qPrintable(errorText(o)))

inline QString pathName(const RestoreResult& r) { return QString(openIndexPathName(r.report.path)); }
inline QString sourceName(const RestoreResult& r) { return QString(restoreSourceName(r.report.source)); }

inline std::string segName(uint64_t id) { return segmentFileName(id); }

inline QString hex(const Id128& id) { return QString::fromStdString(hexEncode(id)); }

// event id (hex) -> global sequence of every entry.
inline std::map<std::string, uint64_t> sequencesById(const Index& index) {
  std::map<std::string, uint64_t> out;
  for (uint32_t row = 0; row < index.entryCount(); ++row)
    out[hexEncode(index.eventId(row))] = index.entry(row).globalSequence;
  return out;
}

// Damage to an index artifact (index.fbati, index.ckpt, visibility_ranges.fbv) at `path`:
// "none", "flip@N" (N < 0: from the end), "truncate@N", "magic", "version@V" (u16 LE at 6),
// "garbage-body" (0xc1 from 12 to EOF, CRC fixed).
inline bool applyDamage(const QString& path, const QString& damage) {
  if (damage == "none") return QFile::exists(path);
  QByteArray b = readBytes(path);
  if (b.size() < 12) return false;
  const QString arg = damage.section('@', 1);
  if (damage.startsWith("flip@")) {
    qsizetype at = arg.toLongLong();
    if (at < 0) at += b.size();
    b[at] = char(b[at] ^ 0xff);
  } else if (damage.startsWith("truncate@")) {
    b.truncate(arg.toLongLong());
  } else if (damage == "magic") {
    b[0] = 'X';
  } else if (damage.startsWith("version@")) {
    putLE(b, 6, arg.toULongLong(), 2);
  } else if (damage == "garbage-body") {
    for (qsizetype i = 12; i < b.size(); ++i) b[i] = char(0xc1);
    fixArtifactCrc(b);
  } else {
    return false;
  }
  return writeBytes(path, b);
}

// A copy of crash-no-close whose frame 10 of its last segment (000037.fbat, frame-scanned)
// has its payload value replaced by `payloadValue(body, decoded frame)` (CRC made valid, the
// later frames moved by `delta`). `mode` is how the original body is decoded first.
struct ReplacedPayload {
  QString dir;
  SegmentWalk pristine;
  WalkedFrame victim;
  QByteArray newFrame;
  qint64 delta = 0;
};
template <class MakeValue>
inline bool replacePayloadValue(QTemporaryDir& tmp, PayloadMode mode, MakeValue payloadValue, ReplacedPayload& out) {
  out.pristine = walkPristine("crash-no-close", 37);
  if (out.pristine.frames.size() != 25) return false;
  out.victim = out.pristine.frames[10];
  out.dir = copyFixture(tmp, "crash-no-close");
  if (out.dir.isEmpty()) return false;
  const QString segPath = out.dir + "/000037.fbat";
  const QByteArray bytes = readBytes(segPath);
  const QByteArray body = bytes.mid(qsizetype(out.victim.offset + 8), qsizetype(out.victim.length - 8));
  DecodedFrame df;
  FrameDecodeError fe;
  if (!decodeFrameBody(reinterpret_cast<const uint8_t*>(body.constData()), size_t(body.size()), mode, df, fe)) return false;
  const QByteArray newBody = body.left(df.payloadValueOffset) + payloadValue(df) +
                             body.mid(df.payloadValueOffset + df.payloadValueLen);
  out.newFrame = frameOf(newBody);
  out.delta = qint64(out.newFrame.size()) - qint64(out.victim.length);
  return writeBytes(segPath, bytes.left(qsizetype(out.victim.offset)) + out.newFrame +
                                 bytes.mid(qsizetype(out.victim.offset + out.victim.length)));
}

}  // namespace batscope::test
