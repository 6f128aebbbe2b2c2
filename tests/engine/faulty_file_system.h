// A FileSystem whose reads go to the real one and whose Nth write operation fails: ENOSPC or
// EIO on any open, write, fsync, truncate, rename, link or remove, only the Nth fsync, or the
// Nth write cut short (later writes then find the disk full). write_fault_test and
// archive_fault_test run their writers through it, once per operation.
#pragma once

#include <cerrno>
#include <cstdint>

#include "batscope/base/file_system.h"

namespace batscope::test {

enum class Fault { NoSpace, Io, ShortWrite, SyncFails };

// Reads go to the real file system; the write operations are counted and the Nth one fails.
class FaultyFileSystem : public FileSystem {
 public:
  FaultyFileSystem(Fault fault, uint64_t failAt) : fault_(fault), failAt_(failAt) {}

  bool isDirectory(const std::string& p) override { return real().isDirectory(p); }
  bool exists(const std::string& p) override { return real().exists(p); }
  Result<std::vector<DirEntry>> listDirectory(const std::string& d) override { return real().listDirectory(d); }
  Result<std::shared_ptr<const FileData>> mapFile(const std::string& p) override { return real().mapFile(p); }
  Result<uint64_t> fileSize(const std::string& p) override { return real().fileSize(p); }

  int openFile(const std::string& path, int flags, int mode) override {
    return fail(false) ? -1 : real().openFile(path, flags, mode);
  }
  long writeSome(int fd, const void* data, size_t len) override {
    if (diskFull_) return errno = ENOSPC, -1;
    if (fault_ == Fault::ShortWrite && hit(false, true) && len > 1) {
      diskFull_ = true;  // the rest of this write finds no room
      return real().writeSome(fd, data, len / 2);
    }
    return fail(false) ? -1 : real().writeSome(fd, data, len);
  }
  int syncFile(int fd) override { return fail(true) ? -1 : real().syncFile(fd); }
  int truncateFile(int fd, uint64_t size) override { return fail(false) ? -1 : real().truncateFile(fd, size); }
  int renameFile(const std::string& a, const std::string& b) override { return fail(false) ? -1 : real().renameFile(a, b); }
  int linkFile(const std::string& a, const std::string& b) override { return fail(false) ? -1 : real().linkFile(a, b); }
  int removeFile(const std::string& p) override {
    const bool f = fail(false);
    if (f) faultWasCleanup_ = true;
    return f ? -1 : real().removeFile(p);
  }

  uint64_t operations() const { return ops_; }
  bool triggered() const { return triggered_; }
  // The fault hit the removal of a temporary file: harmless, nothing to report.
  bool faultWasCleanup() const { return faultWasCleanup_; }

 private:
  static FileSystem& real() { return FileSystem::posix(); }
  // Counts the operation (only syncs in SyncFails mode, only writes in ShortWrite mode); true
  // when this is the one to fail.
  bool hit(bool isSync, bool isWrite = false) {
    if (fault_ == Fault::SyncFails && !isSync) return false;
    if (fault_ == Fault::ShortWrite && !isWrite) return false;
    if (++ops_ != failAt_) return false;
    triggered_ = true;
    return true;
  }
  bool fail(bool isSync) {
    if (fault_ == Fault::ShortWrite) return false;
    if (!hit(isSync)) return false;
    errno = fault_ == Fault::NoSpace ? ENOSPC : EIO;
    return true;
  }

  Fault fault_;
  uint64_t failAt_;
  uint64_t ops_ = 0;
  bool triggered_ = false;
  bool diskFull_ = false;
  bool faultWasCleanup_ = false;
};

}  // namespace batscope::test
