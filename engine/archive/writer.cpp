// Creating `.batpak.tar.zst` archives: libarchive writes the tar (pax) stream, libzstd
// compresses it (multi-threaded, with a content checksum), the result goes to a temp file in
// the archive's directory that is renamed into place. The data dir is only read.
#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <chrono>
#include <optional>
#include <random>
#include <thread>

#include "batscope/archive/archive.h"
#include "batscope/base/file_system.h"
#include "batscope/base/data_dir.h"
#include "batscope/restore/restore_planner.h"

#ifndef BATSCOPE_VERSION
#define BATSCOPE_VERSION "unknown"
#endif

namespace batscope {
namespace {

std::string errnoText(int e) { return std::strerror(e); }

class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { if (fd_ >= 0) ::close(fd_); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int closeNow() { int r = fd_ >= 0 ? ::close(fd_) : 0; fd_ = -1; return r; }
 private:
  int fd_;
};

// Receives the tar stream from libarchive and writes it zstd-compressed to `fd`.
struct ZstdSink {
  ZSTD_CCtx* cctx = nullptr;
  FileSystem* fs = nullptr;
  int fd = -1;
  std::vector<char> out;
  std::string error;

  bool compress(const void* data, size_t len, ZSTD_EndDirective mode) {
    ZSTD_inBuffer in{data, len, 0};
    for (;;) {
      ZSTD_outBuffer ob{out.data(), out.size(), 0};
      const size_t rem = ZSTD_compressStream2(cctx, &ob, &in, mode);
      if (ZSTD_isError(rem)) { error = std::string("zstd: ") + ZSTD_getErrorName(rem); return false; }
      if (ob.pos && !writeAll(*fs, fd, out.data(), ob.pos)) { error = "write: " + errnoText(errno); return false; }
      if (mode == ZSTD_e_continue ? in.pos == in.size : rem == 0) return true;
    }
  }
  static la_ssize_t onWrite(struct archive* a, void* self, const void* buf, size_t len) {
    auto* s = static_cast<ZstdSink*>(self);
    if (!s->compress(buf, len, ZSTD_e_continue)) {
      archive_set_error(a, EIO, "%s", s->error.c_str());
      return -1;
    }
    return la_ssize_t(len);
  }
};

std::string utcNow() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool safeFolderName(const std::string& s) {
  if (s.empty() || s == "." || s == ".." || s.find('/') != std::string::npos) return false;
  return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// The archive being written: a temporary file beside its final name, renamed into place by
// commit() and removed otherwise. Every write-side call goes through the FileSystem, so tests
// can fail any one of them.
class ArchiveOutput {
 public:
  ArchiveOutput(FileSystem& fs, std::string finalPath, std::string dir)
      : fs_(fs), finalPath_(std::move(finalPath)), dir_(std::move(dir)) {}
  ~ArchiveOutput() {
    if (fd_ >= 0) fs_.closeFile(fd_);
    if (!committed_ && !tmpPath_.empty()) fs_.removeFile(tmpPath_);
  }

  std::optional<Error> create() {
    const std::string base = (std::filesystem::path(dir_) / ("." + std::filesystem::path(finalPath_).filename().string())).string();
    std::mt19937_64 rng(uint64_t(::getpid()) << 32 ^ uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()));
    for (int attempt = 0; attempt < 100; ++attempt) {
      char suffix[16];
      std::snprintf(suffix, sizeof suffix, ".%06llx", static_cast<unsigned long long>(rng() & 0xffffff));
      const std::string candidate = base + suffix;
      fd_ = fs_.openFile(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      if (fd_ >= 0) {
        tmpPath_ = candidate;
        ::fchmod(fd_, 0644);  // whatever the umask: an archive is for sharing
        return std::nullopt;
      }
      if (errno != EEXIST) break;
    }
    return Error::io(finalPath_, "cannot create a temporary file beside it: " + errnoText(errno));
  }

  int fd() const { return fd_; }
  FileSystem& fs() { return fs_; }

  // fsync, close, rename into place, fsync the directory; the size written.
  Result<uint64_t> commit() {
    if (fs_.syncFile(fd_) != 0) return Error::io(finalPath_, "fsync failed: " + errnoText(errno));
    struct stat st{};
    ::fstat(fd_, &st);
    const int fd = fd_;
    fd_ = -1;
    if (fs_.closeFile(fd) != 0) return Error::io(finalPath_, "close failed: " + errnoText(errno));
    if (fs_.renameFile(tmpPath_, finalPath_) != 0)
      return Error::io(finalPath_, "cannot rename the temporary file into place: " + errnoText(errno));
    committed_ = true;
    const int dirFd = fs_.openFile(dir_, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (dirFd >= 0) {
      fs_.syncFile(dirFd);  // the rename is durable; a failure here leaves a complete archive
      fs_.closeFile(dirFd);
    }
    return uint64_t(st.st_size);
  }

 private:
  FileSystem& fs_;
  std::string finalPath_, dir_, tmpPath_;
  int fd_ = -1;
  bool committed_ = false;
};

// The regular files of the data dir, sorted (an old manifest is left out: a fresh one is
// written). Anything else refuses the directory: batpak data dirs hold only files.
std::optional<Error> listDataFiles(int dirFd, const std::string& dataDir, std::vector<std::string>& names) {
  DIR* d = ::fdopendir(::dup(dirFd));
  if (!d) return Error::io(dataDir, "cannot list data directory: " + errnoText(errno));
  std::optional<Error> refused;
  while (dirent* e = ::readdir(d)) {
    const std::string n = e->d_name;
    if (n == "." || n == "..") continue;
    struct stat st{};
    if (::fstatat(dirFd, n.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      refused = Error::io(dataDir + "/" + n, "cannot stat: " + errnoText(errno));
      break;
    }
    if (!S_ISREG(st.st_mode)) {
      refused = Error{Error::Code::Unsupported, "not a regular file (batpak data directories hold only files); not archived",
                      dataDir + "/" + n, std::nullopt};
      break;
    }
    if (n != kManifestName) names.push_back(n);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return refused;
}

// Appends one data file to the tar stream, hashing it for the manifest. `streamFailed` says
// the error is the stream's (libarchive or the archive file), not the data file's.
Result<ManifestFile> archiveFile(struct archive* a, archive_entry* entry, int dirFd, const std::string& dataDir,
                                 const std::string& folder, const std::string& name, std::vector<char>& buf,
                                 const ArchiveOptions& options, uint64_t total, uint64_t& done, bool& streamFailed) {
  const std::string full = dataDir + "/" + name;
  Fd in(::openat(dirFd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  if (in.get() < 0) return Error::io(full, "cannot open: " + errnoText(errno));
  struct stat st{};
  if (::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode)) return Error::io(full, "not a regular file");
  const uint64_t size = uint64_t(st.st_size);
  archive_entry_clear(entry);
  archive_entry_set_pathname(entry, (folder + "/" + name).c_str());
  archive_entry_set_filetype(entry, AE_IFREG);
  archive_entry_set_perm(entry, 0644);
  archive_entry_set_size(entry, la_int64_t(size));
  archive_entry_set_mtime(entry, st.st_mtim.tv_sec, 0);
  const Error stream = Error::io(full, "cannot write it into the archive");
  if (archive_write_header(a, entry) != ARCHIVE_OK) return streamFailed = true, stream;
  Blake3Hasher h;
  for (uint64_t left = size; left;) {
    if (options.cancel && options.cancel->load())
      return Error{Error::Code::Cancelled, "archiving cancelled", full, std::nullopt};
    const ssize_t n = ::read(in.get(), buf.data(), size_t(std::min<uint64_t>(left, buf.size())));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error::io(full, "read failed: " + errnoText(errno));
    if (n == 0) return Error::io(full, "file shrank while it was being archived");
    h.update(buf.data(), size_t(n));
    if (archive_write_data(a, buf.data(), size_t(n)) != n) return streamFailed = true, stream;
    left -= uint64_t(n);
    done += uint64_t(n);
    if (options.progress && total) options.progress(std::min(1.0, double(done) / double(total)));
  }
  return ManifestFile{name, size, h.finalize()};
}

// The manifest's store summary: segments, bytes, and (when asked) the events batpak opens.
Manifest manifestFor(const std::string& dataDir, const ArchiveOptions& options) {
  Manifest manifest;
  manifest.batscopeVersion = BATSCOPE_VERSION;
  manifest.created = utcNow();
  if (auto dd = DataDir::open(dataDir)) {
    manifest.segments = (*dd)->segments().size();
    for (const SegmentFile& s : (*dd)->segments()) manifest.bytes += s.size;
    if (options.summarizeStore && options.writeManifest) {
      RestoreOptions ro;
      ro.cancel = options.cancel;
      if (auto r = restoreIndex(*dd, ro)) {
        manifest.events = r->index->visibleRows().size();
        manifest.openPath = openIndexPathName(r->report.path);
      }
    }
  }
  return manifest;
}

}  // namespace

Result<ArchiveSummary> createArchive(const std::string& dataDir, const std::string& archivePath,
                                     const ArchiveOptions& options) {
  namespace fs = std::filesystem;
  auto cancelled = [&] { return options.cancel && options.cancel->load(); };
  const Error cancelError{Error::Code::Cancelled, "archiving cancelled", archivePath, std::nullopt};

  Fd dirFd(::open(dataDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dirFd.get() < 0) return Error::io(dataDir, "cannot open data directory: " + errnoText(errno));
  struct stat dirSt{};
  ::fstat(dirFd.get(), &dirSt);

  // The archive's directory: must exist and must not be the data directory itself.
  fs::path outPath(archivePath);
  const fs::path outDir = outPath.has_parent_path() ? outPath.parent_path() : fs::path(".");
  struct stat outDirSt{};
  if (::stat(outDir.c_str(), &outDirSt) != 0)
    return Error::io(archivePath, "cannot use the archive's directory: " + errnoText(errno));
  if (outDirSt.st_dev == dirSt.st_dev && outDirSt.st_ino == dirSt.st_ino)
    return Error{Error::Code::InvalidArgument, "refusing to write the archive into the data directory it archives",
                 archivePath, std::nullopt};

  std::vector<std::string> names;
  if (auto refused = listDataFiles(dirFd.get(), dataDir, names)) return *refused;
  Manifest manifest = manifestFor(dataDir, options);
  if (cancelled()) return cancelError;

  std::string folder = options.folderName;
  if (folder.empty()) folder = fs::path(fs::absolute(dataDir).lexically_normal()).filename().string();
  if (folder.empty()) folder = fs::absolute(dataDir).lexically_normal().parent_path().filename().string();
  if (!safeFolderName(folder)) folder = "data";

  ArchiveOutput output(options.fs ? *options.fs : FileSystem::posix(), archivePath, outDir.string());
  if (auto failed = output.create()) return *failed;

  ZstdSink sink;
  sink.fs = &output.fs();
  sink.fd = output.fd();
  sink.out.resize(ZSTD_CStreamOutSize());
  std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> cctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
  sink.cctx = cctx.get();
  ZSTD_CCtx_setParameter(sink.cctx, ZSTD_c_compressionLevel, std::clamp(options.level, 1, ZSTD_maxCLevel()));
  ZSTD_CCtx_setParameter(sink.cctx, ZSTD_c_checksumFlag, 1);
  const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
  if (threads > 1) ZSTD_CCtx_setParameter(sink.cctx, ZSTD_c_nbWorkers, threads);  // ignored if single-threaded lib

  std::unique_ptr<struct archive, int (*)(struct archive*)> a(archive_write_new(), archive_write_free);
  archive_write_set_format_pax_restricted(a.get());
  archive_write_add_filter_none(a.get());
  archive_write_set_bytes_in_last_block(a.get(), 1);
  if (archive_write_open(a.get(), &sink, nullptr, &ZstdSink::onWrite, nullptr) != ARCHIVE_OK)
    return Error::io(archivePath, std::string("libarchive: ") + archive_error_string(a.get()));
  auto archiveError = [&](const std::string& what) {
    const char* s = archive_error_string(a.get());
    return Error::io(archivePath, what + ": " + (sink.error.empty() ? (s ? s : "libarchive error") : sink.error));
  };

  std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(), archive_entry_free);
  archive_entry_set_pathname(entry.get(), (folder + "/").c_str());
  archive_entry_set_filetype(entry.get(), AE_IFDIR);
  archive_entry_set_perm(entry.get(), 0755);
  archive_entry_set_mtime(entry.get(), dirSt.st_mtim.tv_sec, 0);
  if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK) return archiveError("writing folder entry");

  uint64_t total = 0, done = 0;
  std::vector<struct stat> stats(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    if (::fstatat(dirFd.get(), names[i].c_str(), &stats[i], AT_SYMLINK_NOFOLLOW) == 0) total += uint64_t(stats[i].st_size);
  }
  ArchiveSummary summary;
  summary.folder = folder;
  std::vector<char> buf(1 << 18);
  for (const std::string& name : names) {
    if (cancelled()) return cancelError;
    bool streamFailed = false;
    auto file = archiveFile(a.get(), entry.get(), dirFd.get(), dataDir, folder, name, buf, options, total, done,
                            streamFailed);
    if (!file) return streamFailed ? archiveError("writing " + name) : file.error();
    manifest.files.push_back(*file);
    ++summary.files;
    summary.bytes += file->bytes;
  }

  if (options.writeManifest) {
    const std::string json = manifestToJson(manifest);
    archive_entry_clear(entry.get());
    archive_entry_set_pathname(entry.get(), (folder + "/" + std::string(kManifestName)).c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), la_int64_t(json.size()));
    archive_entry_set_mtime(entry.get(), std::time(nullptr), 0);
    if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK) return archiveError("writing manifest");
    if (archive_write_data(a.get(), json.data(), json.size()) != la_ssize_t(json.size()))
      return archiveError("writing manifest");
  }
  if (archive_write_close(a.get()) != ARCHIVE_OK) return archiveError("finishing tar stream");
  if (!sink.compress(nullptr, 0, ZSTD_e_end)) return Error::io(archivePath, sink.error);
  if (cancelled()) return cancelError;
  auto written = output.commit();
  if (!written) return written.error();
  summary.archiveBytes = *written;
  if (options.progress) options.progress(1.0);
  return summary;
}

}  // namespace batscope
