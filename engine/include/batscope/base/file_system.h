// The one door to the file system (LevelDB's Env): listing a directory and mapping files
// read-only. The engine never writes through it when browsing; tests substitute a faulty
// implementation to inject short files and I/O errors.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "batscope/base/result.h"

namespace batscope {

// Read-only bytes of one whole file (a private mmap, or a buffer for tests/empty files).
class FileData {
 public:
  virtual ~FileData() = default;
  const uint8_t* data() const { return data_; }
  uint64_t size() const { return size_; }
  const std::string& path() const { return path_; }

 protected:
  const uint8_t* data_ = nullptr;
  uint64_t size_ = 0;
  std::string path_;
};

// A FileData that owns its bytes.
class BufferFileData : public FileData {
 public:
  BufferFileData(std::string path, std::vector<uint8_t> bytes);

 private:
  std::vector<uint8_t> bytes_;
};

struct DirEntry {
  std::string name;
  bool isRegularFile = false;
  uint64_t size = 0;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual bool isDirectory(const std::string& path) = 0;
  virtual bool exists(const std::string& path) = 0;
  // Entries of a directory (no "." / ".."), unsorted.
  virtual Result<std::vector<DirEntry>> listDirectory(const std::string& dir) = 0;
  // Maps the whole file read-only. The mapping lives as long as the returned pointer.
  virtual Result<std::shared_ptr<const FileData>> mapFile(const std::string& path) = 0;
  virtual Result<uint64_t> fileSize(const std::string& path) = 0;

  // ---- writing (LevelDB's Env): the store writer goes through these, so tests can make any
  // one of them fail. Each behaves as its POSIX namesake: -1 (or a short count) with errno.
  virtual int openFile(const std::string& path, int flags, int mode);
  virtual long writeSome(int fd, const void* data, size_t len);
  virtual int syncFile(int fd);
  virtual int truncateFile(int fd, uint64_t size);
  virtual int closeFile(int fd);
  virtual int renameFile(const std::string& from, const std::string& to);
  virtual int linkFile(const std::string& from, const std::string& to);
  virtual int removeFile(const std::string& path);

  // The real, POSIX file system.
  static FileSystem& posix();
};

std::string joinPath(const std::string& dir, const std::string& name);

// write(2) until all `len` bytes are written, retrying on EINTR; false (errno set) on error.
bool writeAll(int fd, const void* data, size_t len);
// The same through `fs.writeSome` (short writes are continued, as write(2)'s are).
bool writeAll(FileSystem& fs, int fd, const void* data, size_t len);

// "cannot open: permission denied: mode 0600, owned by uid 1000 (alice); Batscope runs as
// uid 1001 (bob). batpak creates its files readable by their owner only: …" — what a failed
// open says where the cause is a file's permissions (batpak writes its index files 0600).
std::string permissionDeniedText(const std::string& what, uint32_t mode, uint32_t ownerUid, uint32_t processUid);

}  // namespace batscope
