// Archive work for the window, on the QThreadPool with progress and cancel: unpacking a
// .batpak.tar.zst into a private temporary directory (removed when the store closes) and
// packing the open data directory into one.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

#include "batscope/archive/archive.h"

namespace batscope::ui {

class ArchiveJobs : public QObject {
  Q_OBJECT
 public:
  explicit ArchiveJobs(QObject* parent = nullptr);
  ~ArchiveJobs() override;

  static bool looksLikeArchive(const QString& path);  // *.tar.zst, *.tzst, *.tar

  void openArchive(const QString& archivePath);
  void exportArchive(const QString& dataDir, const QString& archivePath, int level = 3);
  void cancel();
  bool isBusy() const { return busy_; }

  // The archive unpacked by the last successful openArchive (owned here until released).
  std::unique_ptr<ExtractedArchive> takeExtracted() { return std::move(extracted_); }

 signals:
  void progress(const QString& what, double fraction);
  void archiveOpened(const QString& archivePath, const QString& dataDir);
  void archiveExported(const QString& archivePath, qulonglong bytes);
  void failed(const QString& message);

 private:
  std::unique_ptr<ExtractedArchive> extracted_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  QFutureWatcher<void>* watcher_ = nullptr;
  bool busy_ = false;
};

}  // namespace batscope::ui
