// A window of a store file's bytes around one offset, for showing where a finding points
// (a CRC-bad frame, a torn tail, a damaged footer entry) in a hex view: the bytes are copied
// out of the mapped file, so the view keeps nothing of the store alive.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace batscope {
class DataDir;
}

namespace batscope::ui {

struct FileWindow {
  QString file;           // the name inside the data directory
  quint64 offset = 0;     // the byte asked for
  quint64 start = 0;      // file offset of bytes[0]
  quint64 fileSize = 0;
  QByteArray bytes;
  QString error;          // set when nothing could be read (bytes empty)
};

// Up to `before` bytes before `offset` and `after` bytes from it, aligned to 16-byte lines.
// `file` must be a plain file name inside `dir` (no separators): a finding names nothing else.
FileWindow readFileWindow(const DataDir& dir, const QString& file, quint64 offset, quint64 before = 512,
                          quint64 after = 4096);

}  // namespace batscope::ui
