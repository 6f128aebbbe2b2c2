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
  int fd = -1;
  std::vector<char> out;
  std::string error;

  bool compress(const void* data, size_t len, ZSTD_EndDirective mode) {
    ZSTD_inBuffer in{data, len, 0};
    for (;;) {
      ZSTD_outBuffer ob{out.data(), out.size(), 0};
      const size_t rem = ZSTD_compressStream2(cctx, &ob, &in, mode);
      if (ZSTD_isError(rem)) { error = std::string("zstd: ") + ZSTD_getErrorName(rem); return false; }
      if (ob.pos && !writeAll(fd, out.data(), ob.pos)) { error = "write: " + errnoText(errno); return false; }
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

  // The files to archive: regular files only (batpak data dirs are flat), sorted.
  std::vector<std::string> names;
  {
    DIR* d = ::fdopendir(::dup(dirFd.get()));
    if (!d) return Error::io(dataDir, "cannot list data directory: " + errnoText(errno));
    while (dirent* e = ::readdir(d)) {
      const std::string n = e->d_name;
      if (n == "." || n == "..") continue;
      struct stat st{};
      if (::fstatat(dirFd.get(), n.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        ::closedir(d);
        return Error::io(dataDir + "/" + n, "cannot stat: " + errnoText(errno));
      }
      if (!S_ISREG(st.st_mode)) {
        ::closedir(d);
        return Error{Error::Code::Unsupported,
                     "not a regular file (batpak data directories hold only files); not archived", dataDir + "/" + n,
                     std::nullopt};
      }
      if (n == kManifestName) continue;  // an old manifest is replaced by a fresh one
      names.push_back(n);
    }
    ::closedir(d);
  }
  std::sort(names.begin(), names.end());

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
  if (cancelled()) return cancelError;

  std::string folder = options.folderName;
  if (folder.empty()) folder = fs::path(fs::absolute(dataDir).lexically_normal()).filename().string();
  if (folder.empty()) folder = fs::absolute(dataDir).lexically_normal().parent_path().filename().string();
  if (!safeFolderName(folder)) folder = "data";

  // Temp file beside the archive.
  std::string tmpPath = (outDir / ("." + outPath.filename().string() + ".XXXXXX")).string();
  Fd outFd(::mkostemp(tmpPath.data(), O_CLOEXEC));
  if (outFd.get() < 0) return Error::io(archivePath, "cannot create a temporary file beside it: " + errnoText(errno));
  ::fchmod(outFd.get(), 0644);
  bool committed = false;
  struct Cleanup {
    const std::string& p;
    bool& done;
    ~Cleanup() { if (!done) ::unlink(p.c_str()); }
  } cleanup{tmpPath, committed};

  ZstdSink sink;
  sink.fd = outFd.get();
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
    const std::string full = dataDir + "/" + name;
    Fd in(::openat(dirFd.get(), name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (in.get() < 0) return Error::io(full, "cannot open: " + errnoText(errno));
    struct stat st{};
    if (::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode)) return Error::io(full, "not a regular file");
    const uint64_t size = uint64_t(st.st_size);
    archive_entry_clear(entry.get());
    archive_entry_set_pathname(entry.get(), (folder + "/" + name).c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), la_int64_t(size));
    archive_entry_set_mtime(entry.get(), st.st_mtim.tv_sec, 0);
    if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK) return archiveError("writing entry " + name);
    Blake3Hasher h;
    uint64_t left = size;
    while (left) {
      if (cancelled()) return cancelError;
      const ssize_t n = ::read(in.get(), buf.data(), size_t(std::min<uint64_t>(left, buf.size())));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return Error::io(full, "read failed: " + errnoText(errno));
      if (n == 0) return Error::io(full, "file shrank while it was being archived");
      h.update(buf.data(), size_t(n));
      if (archive_write_data(a.get(), buf.data(), size_t(n)) != n) return archiveError("writing " + name);
      left -= uint64_t(n);
      done += uint64_t(n);
      if (options.progress && total) options.progress(std::min(1.0, double(done) / double(total)));
    }
    manifest.files.push_back({name, size, h.finalize()});
    ++summary.files;
    summary.bytes += size;
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
  if (::fsync(outFd.get()) != 0) return Error::io(archivePath, "fsync failed: " + errnoText(errno));
  struct stat outSt{};
  ::fstat(outFd.get(), &outSt);
  summary.archiveBytes = uint64_t(outSt.st_size);
  if (outFd.closeNow() != 0) return Error::io(archivePath, "close failed: " + errnoText(errno));
  if (::rename(tmpPath.c_str(), archivePath.c_str()) != 0)
    return Error::io(archivePath, "cannot rename the temporary file into place: " + errnoText(errno));
  committed = true;
  if (Fd d(::open(outDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)); d.get() >= 0) ::fsync(d.get());
  if (options.progress) options.progress(1.0);
  return summary;
}

}  // namespace batscope
