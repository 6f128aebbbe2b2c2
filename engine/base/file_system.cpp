// POSIX implementation of FileSystem: O_RDONLY opens and PROT_READ private mappings, so a
// browse can never modify the user's files.
#include "batscope/base/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <pwd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace batscope {

BufferFileData::BufferFileData(std::string path, std::vector<uint8_t> bytes)
    : bytes_(std::move(bytes)) {
  path_ = std::move(path);
  data_ = bytes_.data();
  size_ = bytes_.size();
}

std::string joinPath(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

std::string permissionDeniedText(const std::string& what, uint32_t mode, uint32_t ownerUid, uint32_t processUid) {
  char modeText[8];
  std::snprintf(modeText, sizeof modeText, "%04o", unsigned(mode & 07777));
  auto userText = [](uint32_t uid) {
    const struct passwd* pw = ::getpwuid(uid);
    return "uid " + std::to_string(uid) + (pw && pw->pw_name ? " (" + std::string(pw->pw_name) + ")" : std::string());
  };
  std::string text = what + ": permission denied: mode " + modeText + ", owned by " + userText(ownerUid) +
                     "; Batscope runs as " + userText(processUid) + ".";
  if ((mode & 0077) == 0)
    text += " batpak creates its files readable by their owner only: open the store as that user, or give "
            "yourself read access (chmod a+r).";
  return text;
}

namespace {

// Why open() or opendir() failed; for a permission problem, whose file it is and its mode.
std::string openFailure(const std::string& path, const char* what, int err) {
  struct stat st;
  if ((err == EACCES || err == EPERM) && ::stat(path.c_str(), &st) == 0)
    return permissionDeniedText(what, uint32_t(st.st_mode), uint32_t(st.st_uid), uint32_t(::geteuid()));
  return std::string(what) + ": " + std::strerror(err);
}

class MmapFileData : public FileData {
 public:
  MmapFileData(std::string path, void* addr, uint64_t size) : addr_(addr) {
    path_ = std::move(path);
    data_ = static_cast<const uint8_t*>(addr);
    size_ = size;
  }
  ~MmapFileData() override {
    if (addr_) munmap(addr_, size_);
  }

 private:
  void* addr_;
};

class PosixFileSystem : public FileSystem {
 public:
  bool isDirectory(const std::string& path) override {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  }
  bool exists(const std::string& path) override {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
  }

  Result<std::vector<DirEntry>> listDirectory(const std::string& dir) override {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return Error::io(dir, openFailure(dir, "cannot list directory", errno));
    std::vector<DirEntry> out;
    while (struct dirent* e = ::readdir(d)) {
      const std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      DirEntry entry;
      entry.name = name;
      struct stat st;
      if (::stat(joinPath(dir, name).c_str(), &st) == 0) {
        entry.isRegularFile = S_ISREG(st.st_mode);
        entry.size = uint64_t(st.st_size);
      }
      out.push_back(std::move(entry));
    }
    ::closedir(d);
    return out;
  }

  Result<std::shared_ptr<const FileData>> mapFile(const std::string& path) override {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error::io(path, openFailure(path, "cannot open", errno));
    struct stat st;
    if (::fstat(fd, &st) != 0) {
      const int err = errno;
      ::close(fd);
      return Error::io(path, std::string("cannot stat: ") + std::strerror(err));
    }
    if (!S_ISREG(st.st_mode)) {
      ::close(fd);
      return Error::io(path, "not a regular file");
    }
    const uint64_t size = uint64_t(st.st_size);
    if (size == 0) {
      ::close(fd);
      return std::shared_ptr<const FileData>(std::make_shared<BufferFileData>(path, std::vector<uint8_t>{}));
    }
    void* addr = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    const int err = errno;
    ::close(fd);
    if (addr == MAP_FAILED) return Error::io(path, std::string("cannot map: ") + std::strerror(err));
    return std::shared_ptr<const FileData>(std::make_shared<MmapFileData>(path, addr, size));
  }

  Result<uint64_t> fileSize(const std::string& path) override {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0)
      return Error::io(path, std::string("cannot stat: ") + std::strerror(errno));
    return uint64_t(st.st_size);
  }
};

}  // namespace

FileSystem& FileSystem::posix() {
  static PosixFileSystem fs;
  return fs;
}

bool writeAll(int fd, const void* data, size_t len) {
  const char* p = static_cast<const char*>(data);
  while (len) {
    const ssize_t n = ::write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    len -= size_t(n);
  }
  return true;
}

int FileSystem::openFile(const std::string& path, int flags, int mode) { return ::open(path.c_str(), flags, mode); }
long FileSystem::writeSome(int fd, const void* data, size_t len) { return long(::write(fd, data, len)); }
int FileSystem::syncFile(int fd) { return ::fsync(fd); }
int FileSystem::truncateFile(int fd, uint64_t size) {
  if (::ftruncate(fd, off_t(size)) != 0) return -1;
  return ::lseek(fd, off_t(size), SEEK_SET) < 0 ? -1 : 0;
}
int FileSystem::closeFile(int fd) { return ::close(fd); }
int FileSystem::renameFile(const std::string& from, const std::string& to) { return ::rename(from.c_str(), to.c_str()); }
int FileSystem::linkFile(const std::string& from, const std::string& to) { return ::link(from.c_str(), to.c_str()); }
int FileSystem::removeFile(const std::string& path) { return ::unlink(path.c_str()); }

bool writeAll(FileSystem& fs, int fd, const void* data, size_t len) {
  const char* p = static_cast<const char*>(data);
  while (len) {
    const long n = fs.writeSome(fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) {  // no progress: treat as a full device
      errno = ENOSPC;
      return false;
    }
    p += n;
    len -= size_t(n);
  }
  return true;
}

}  // namespace batscope
