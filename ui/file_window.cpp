#include "file_window.h"

#include <QCoreApplication>

#include <algorithm>

#include "batscope/base/data_dir.h"

namespace batscope::ui {

FileWindow readFileWindow(const DataDir& dir, const QString& file, quint64 offset, quint64 before, quint64 after) {
  FileWindow w;
  w.file = file;
  w.offset = offset;
  if (file.isEmpty() || file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\')) || file == QLatin1String(".") ||
      file == QLatin1String("..")) {
    w.error = QCoreApplication::translate("FileWindow", "%1 is not a file of the store.").arg(file);
    return w;
  }
  auto mapped = dir.mapFile(file.toStdString());
  if (!mapped) {
    w.error = QCoreApplication::translate("FileWindow", "%1 cannot be read: %2")
                  .arg(file, QString::fromStdString(mapped.error().message));
    return w;
  }
  const uint64_t size = (*mapped)->size();
  w.fileSize = size;
  if (offset >= size) {
    w.error = QCoreApplication::translate("FileWindow", "%1 is %2 bytes long: offset %3 lies past its end.")
                  .arg(file)
                  .arg(size)
                  .arg(offset);
    return w;
  }
  const uint64_t start = (offset - std::min<uint64_t>(offset, before)) & ~uint64_t(15);
  const uint64_t end = std::min<uint64_t>(size, offset + std::max<uint64_t>(after, 1));
  w.start = start;
  w.bytes = QByteArray(reinterpret_cast<const char*>((*mapped)->data() + start), qsizetype(end - start));
  return w;
}

}  // namespace batscope::ui
