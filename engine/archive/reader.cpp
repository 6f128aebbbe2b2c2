// Opening `.batpak.tar.zst` archives into a private temporary directory, refusing hostile ones.
// libarchive parses (tar format + zstd/none filters only); every file is written by us with
// O_CREAT|O_EXCL|O_NOFOLLOW relative to directory fds we created, never via archive_write_disk.
#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "batscope/archive/archive.h"
#include "batscope/base/file_system.h"

namespace batscope {

ExtractedArchive::~ExtractedArchive() { remove(); }

void ExtractedArchive::remove() {
  if (tempDir_.empty()) return;
  std::error_code ec;
  std::filesystem::remove_all(tempDir_, ec);  // never follows symlinks (and we create none)
  tempDir_.clear();
}

std::string ExtractedArchive::release() {
  std::string t = std::move(tempDir_);
  tempDir_.clear();
  return t;
}

namespace {

std::string errnoText(int e) { return std::strerror(e); }

struct FdGuard {
  int fd = -1;
  ~FdGuard() { if (fd >= 0) ::close(fd); }
};

std::string printable(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else {
      out += char(c);
    }
  }
  return out;
}

std::string describeCompression(int fd) {
  unsigned char m[6] = {};
  const ssize_t n = ::pread(fd, m, sizeof m, 0);
  if (n >= 2 && m[0] == 0x1f && m[1] == 0x8b) return "gzip";
  if (n >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') return "bzip2";
  if (n >= 6 && m[0] == 0xfd && m[1] == '7' && m[2] == 'z' && m[3] == 'X' && m[4] == 'Z' && m[5] == 0) return "xz";
  if (n >= 2 && m[0] == 'P' && m[1] == 'K') return "zip";
  if (n >= 6 && m[0] == '7' && m[1] == 'z' && m[2] == 0xbc && m[3] == 0xaf) return "7z";
  if (n >= 4 && m[0] == 'R' && m[1] == 'a' && m[2] == 'r' && m[3] == '!') return "rar";
  return {};
}

// How many bytes the archive may unpack to, and why that many (for the refusal message).
struct UnpackLimit {
  uint64_t bytes = 0;
  std::string why;
};

UnpackLimit unpackLimit(const ExtractOptions& options, uint64_t archiveSize, const std::string& parent) {
  if (options.maxUnpackedBytes) return {*options.maxUnpackedBytes, "the configured limit"};
  const uint64_t ratio = std::max<uint64_t>(1, options.unpackedRatio);
  UnpackLimit limit{archiveSize > UINT64_MAX / ratio ? UINT64_MAX : archiveSize * ratio,
                    std::to_string(ratio) + "× the archive size"};
  if (limit.bytes < options.minUnpackedLimit) limit = {options.minUnpackedLimit, "the minimum limit"};
  struct statvfs vfs{};
  if (::statvfs(parent.c_str(), &vfs) == 0) {
    const uint64_t freeBytes = uint64_t(vfs.f_bavail) * uint64_t(vfs.f_frsize);
    if (freeBytes < limit.bytes) limit = {freeBytes, "the free space in " + parent};
  }
  return limit;
}

// Only regular files and directories: why any other entry is refused, or nothing.
std::optional<std::string> refusedEntryKind(archive_entry* e) {
  if (archive_entry_hardlink(e)) return std::string("hard link to '") + printable(archive_entry_hardlink(e)) + "'";
  const auto type = archive_entry_filetype(e);
  if (type == AE_IFLNK) {
    const char* t = archive_entry_symlink(e);
    return "symbolic link to '" + printable(t ? t : "") + "'";
  }
  if (type == AE_IFCHR || type == AE_IFBLK) return std::string("device node");
  if (type == AE_IFIFO) return std::string("FIFO");
  if (type == AE_IFSOCK) return std::string("socket");
  if (type != AE_IFREG && type != AE_IFDIR) return std::string("unsupported entry type");
  if (archive_entry_symlink(e)) return std::string("link entry");
  return std::nullopt;
}

// The name's components: relative, no '..', no control characters. Why it is refused, or nothing.
std::optional<std::string> splitEntryName(const std::string& raw, std::vector<std::string>& parts) {
  if (raw.empty()) return std::string("empty name");
  if (std::any_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
    return std::string("control character in the name");
  if (raw[0] == '/') return std::string("absolute path");
  std::string name = raw;
  while (name.rfind("./", 0) == 0) name.erase(0, 2);
  if (name == ".") name.clear();
  while (!name.empty() && name.back() == '/') name.pop_back();
  for (size_t start = 0; !name.empty();) {
    const size_t slash = name.find('/', start);
    parts.push_back(name.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  for (const std::string& p : parts) {
    if (p == "..") return std::string("'..' in the path");
    if (p.empty() || p == ".") return std::string("empty or '.' path component");
  }
  return std::nullopt;
}

// A top-level folder of the archive, created (mode 0700) in our temporary directory.
struct Folder {
  int fd = -1;
  bool explicitEntry = false;
};

// Creates `name` under `rootFd` the first time; why it cannot be, or nothing.
std::optional<std::string> openFolder(int rootFd, const std::string& name, Folder& folder) {
  if (folder.fd >= 0) return std::nullopt;
  if (::mkdirat(rootFd, name.c_str(), 0700) != 0) return "cannot create folder: " + errnoText(errno);
  folder.fd = ::openat(rootFd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (folder.fd < 0) return "cannot open folder: " + errnoText(errno);
  return std::nullopt;
}

// Where each entry goes: files at the top level or in folders, each name once, no nesting.
struct UnpackedLayout {
  explicit UnpackedLayout(int fd) : rootFd(fd) {}
  int rootFd;
  std::map<std::string, Folder> folders;
  std::set<std::string> rootFiles, folderFiles;  // folderFiles: "folder/name"

  ~UnpackedLayout() {
    for (auto& [name, folder] : folders)
      if (folder.fd >= 0) ::close(folder.fd);
  }

  std::optional<std::string> placeDirectory(const std::vector<std::string>& parts) {
    if (parts.empty()) return std::nullopt;  // "./": the archive root itself
    if (parts.size() > 1) return std::string("nested directory (batpak data directories are flat)");
    const std::string& f = parts[0];
    if (rootFiles.count(f)) return std::string("duplicate name (a file of that name came earlier)");
    Folder& fo = folders[f];
    if (fo.explicitEntry) return std::string("duplicate name (directory listed twice)");
    fo.explicitEntry = true;
    return openFolder(rootFd, f, fo);
  }

  // A regular file: root/name or folder/name; sets the directory to create it in and its group
  // ("" for the top level).
  std::optional<std::string> placeFile(const std::vector<std::string>& parts, int& dirFd, std::string& group) {
    if (parts.empty()) return std::string("file without a name");
    if (parts.size() > 2) return std::string("file in a nested directory (batpak data directories are flat)");
    const std::string& leaf = parts.back();
    dirFd = rootFd;
    if (parts.size() == 2) {
      group = parts[0];
      if (rootFiles.count(group)) return "duplicate name ('" + printable(group) + "' is also a file)";
      if (!folderFiles.insert(group + "/" + leaf).second) return std::string("duplicate name");
      Folder& fo = folders[group];
      if (auto why = openFolder(rootFd, group, fo)) return why;
      dirFd = fo.fd;
      return std::nullopt;
    }
    if (folders.count(leaf)) return std::string("duplicate name (a folder of that name came earlier)");
    if (!rootFiles.insert(leaf).second) return std::string("duplicate name");
    return std::nullopt;
  }
};

// Files at the root, or everything in exactly one folder: why another layout is refused.
std::optional<std::string> refusedLayout(const std::map<std::string, Folder>& folders,
                                         const std::set<std::string>& rootFiles) {
  if (!folders.empty() && !rootFiles.empty())
    return "refused layout: file '" + printable(*rootFiles.begin()) + "' sits at the top level beside folder '" +
           printable(folders.begin()->first) + "' (expected the files at the top level or in one folder)";
  if (folders.size() > 1)
    return "refused layout: more than one top-level folder ('" + printable(folders.begin()->first) + "', '" +
           printable(std::next(folders.begin())->first) + "')";
  return std::nullopt;
}

struct CopyResult {
  bool cancelled = false;
  std::optional<std::string> refusal;
};

// Copies the current entry's data into `fd`, counting it against the unpack limit and hashing
// it into `file` (bytes, BLAKE3).
CopyResult copyEntryData(archive* a, int fd, std::vector<char>& buf, const UnpackLimit& limit, uint64_t& unpacked,
                         const ExtractOptions& options, uint64_t archiveSize, ExtractedFile& file) {
  Blake3Hasher h;
  for (;;) {
    if (options.cancel && options.cancel->load()) return {true, std::nullopt};
    const la_ssize_t n = archive_read_data(a, buf.data(), buf.size());
    if (n == 0) break;
    if (n < 0)
      return {false, std::string("cannot read its data: ") +
                         (archive_error_string(a) ? archive_error_string(a) : "libarchive error")};
    unpacked += uint64_t(n);
    file.bytes += uint64_t(n);
    if (unpacked > limit.bytes)
      return {false, "unpacked size exceeds " + std::to_string(limit.bytes) + " bytes (" + limit.why + ")"};
    if (!writeAll(fd, buf.data(), size_t(n))) return {false, "write failed: " + errnoText(errno)};
    h.update(buf.data(), size_t(n));
    if (options.progress && archiveSize)
      options.progress(std::min(1.0, double(archive_filter_bytes(a, -1)) / double(archiveSize)));
  }
  file.blake3 = h.finalize();
  return {};
}

// A regular file that is not compressed with anything but zstd; its size.
std::optional<Error> checkArchiveFile(const std::string& path, int fd, uint64_t& size) {
  if (fd < 0) return Error::io(path, "cannot open archive: " + errnoText(errno));
  struct stat st{};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return Error::io(path, "not a regular file");
  size = uint64_t(st.st_size);
  if (const std::string kind = describeCompression(fd); !kind.empty())
    return Error{Error::Code::Unsupported,
                 "this is a " + kind + " file; only zstd-compressed tar archives (" + std::string(kArchiveExtension) +
                     ") or plain tar archives open",
                 path, 0};
  return std::nullopt;
}

std::string readManifestText(int dirFd, std::vector<char>& buf);

// The manifest, when present: taken out of `files`, parsed and compared with them (mismatches
// are findings, not errors).
void readManifest(int dirFd, std::vector<char>& buf, bool verify, std::vector<ExtractedFile>& files,
                  std::optional<Manifest>& manifest, std::vector<Finding>& findings) {
  auto it = std::find_if(files.begin(), files.end(), [](const ExtractedFile& f) { return f.name == kManifestName; });
  if (it == files.end()) return;
  files.erase(it);
  auto parsed = parseManifest(readManifestText(dirFd, buf));
  if (parsed) {
    manifest = std::move(*parsed);
    if (verify) findings = verifyManifest(*manifest, files);
  } else if (verify) {
    findings.push_back(makeFinding(FindingCode::ManifestUnreadable, std::string(kManifestName), parsed.error().offset,
                                   {parsed.error().message}));
  }
}

// The unpacked manifest, read back from the folder it was written to (at most 16 MiB).
std::string readManifestText(int dirFd, std::vector<char>& buf) {
  std::string json;
  FdGuard m{::openat(dirFd, std::string(kManifestName).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)};
  ssize_t n = 0;
  while (m.fd >= 0 && json.size() < (16u << 20) && (n = ::read(m.fd, buf.data(), buf.size())) > 0)
    json.append(buf.data(), size_t(n));
  return json;
}

// Where the private temporary folders go: `parent`, or $TMPDIR, or /tmp.
std::string tempParentOr(const std::string& parent) {
  if (!parent.empty()) return parent;
  const char* t = std::getenv("TMPDIR");
  return (t && *t) ? t : "/tmp";
}

}  // namespace

size_t removeOrphanedExtractions(const std::string& parentDir) {
  const std::string parent = tempParentOr(parentDir);
  size_t removed = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(parent, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(kExtractionPrefix, 0) != 0) continue;
    // "<pid>-XXXXXX" after the prefix; a name without a number is some other program's.
    const std::string rest = name.substr(std::strlen(kExtractionPrefix));
    const size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string::npos || rest.find_first_not_of("0123456789") != dash) continue;
    const long pid = std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
    struct stat st;
    if (::lstat(entry.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) continue;
    if (pid <= 0 || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH) continue;  // alive (or not ours to judge)
    std::error_code rmEc;
    std::filesystem::remove_all(entry.path(), rmEc);  // never follows symlinks
    if (!rmEc) ++removed;
  }
  return removed;
}

Result<std::unique_ptr<ExtractedArchive>> openArchive(const std::string& archivePath, const ExtractOptions& options) {
  FdGuard in{::open(archivePath.c_str(), O_RDONLY | O_CLOEXEC)};
  uint64_t archiveSize = 0;
  if (auto refused = checkArchiveFile(archivePath, in.fd, archiveSize)) return *refused;

  const std::string parent = tempParentOr(options.tempParent);
  const UnpackLimit unpack = unpackLimit(options, archiveSize, parent);
  const uint64_t limit = unpack.bytes;
  const std::string& limitWhy = unpack.why;

  // The process id in the name lets a later start remove the folder if this process dies
  // before it does (removeOrphanedExtractions).
  std::string tmpl = parent + "/" + kExtractionPrefix + std::to_string(::getpid()) + "-XXXXXX";
  if (!::mkdtemp(tmpl.data())) return Error::io(parent, "cannot create a private temporary directory: " + errnoText(errno));
  std::unique_ptr<ExtractedArchive> ex(new ExtractedArchive());
  ex->tempDir_ = tmpl;  // from here on, any early return removes it
  FdGuard root{::open(tmpl.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
  if (root.fd < 0) return Error::io(tmpl, "cannot open temporary directory: " + errnoText(errno));

  std::unique_ptr<struct archive, int (*)(struct archive*)> a(archive_read_new(), archive_read_free);
  archive_read_support_format_tar(a.get());
  archive_read_support_filter_zstd(a.get());
  archive_read_support_filter_none(a.get());

  std::string lastEntry;
  auto streamError = [&](const char* during) {
    const char* s = archive_error_string(a.get());
    std::string msg = std::string("cannot read archive (") + during + "): " + (s ? s : "unknown libarchive error");
    if (!lastEntry.empty()) msg += " (in or after entry '" + printable(lastEntry) + "')";
    return Error{Error::Code::Corrupt, msg, archivePath, uint64_t(std::max<la_int64_t>(0, archive_filter_bytes(a.get(), 0)))};
  };
  if (archive_read_open_fd(a.get(), in.fd, 1 << 16) != ARCHIVE_OK) return streamError("opening");

  UnpackedLayout layout(root.fd);
  std::map<std::string, Folder>& folders = layout.folders;
  std::map<std::string, std::vector<ExtractedFile>> written;  // "" = root
  uint64_t entries = 0, unpacked = 0;
  std::vector<char> buf(1 << 18);

  for (;;) {
    archive_entry* e = nullptr;
    const int r = archive_read_next_header(a.get(), &e);
    if (r == ARCHIVE_EOF) break;
    if (r != ARCHIVE_OK) return streamError("reading an entry header");
    const uint64_t headerPos = uint64_t(std::max<la_int64_t>(0, archive_read_header_position(a.get())));
    const char* rawName = archive_entry_pathname(e);
    const std::string raw = rawName ? rawName : "";
    lastEntry = raw;
    auto refuse = [&](const std::string& why) {
      return Error{Error::Code::Corrupt, "refused entry '" + printable(raw) + "': " + why, archivePath, headerPos};
    };
    if (options.cancel && options.cancel->load())
      return Error{Error::Code::Cancelled, "opening the archive was cancelled", archivePath, std::nullopt};
    if (++entries > options.maxEntries)
      return refuse("more than " + std::to_string(options.maxEntries) + " entries");

    if (auto why = refusedEntryKind(e)) return refuse(*why);
    const auto type = archive_entry_filetype(e);
    std::vector<std::string> parts;
    if (auto why = splitEntryName(raw, parts)) return refuse(*why);

    if (type == AE_IFDIR) {
      if (auto why = layout.placeDirectory(parts)) return refuse(*why);
      continue;
    }
    int dirFd = -1;
    std::string group;
    const std::string leaf = parts.empty() ? std::string() : parts.back();
    if (auto why = layout.placeFile(parts, dirFd, group)) return refuse(*why);
    if (archive_entry_size_is_set(e)) {
      const la_int64_t sz = archive_entry_size(e);
      if (sz < 0 || uint64_t(sz) > limit - unpacked)
        return refuse("unpacked size would exceed " + std::to_string(limit) + " bytes (" + limitWhy + ")");
    }
    FdGuard out{::openat(dirFd, leaf.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)};
    if (out.fd < 0) return refuse(errno == EEXIST ? "duplicate name" : "cannot create file: " + errnoText(errno));
    ExtractedFile file{leaf, 0, {}};
    const CopyResult copied = copyEntryData(a.get(), out.fd, buf, unpack, unpacked, options, archiveSize, file);
    if (copied.cancelled) return Error{Error::Code::Cancelled, "opening the archive was cancelled", archivePath, std::nullopt};
    if (copied.refusal) return refuse(*copied.refusal);
    ::fchmod(out.fd, 0400);  // the unpacked store is opened read-only
    written[group].push_back(std::move(file));
  }
  if (archive_read_close(a.get()) != ARCHIVE_OK) return streamError("finishing");

  if (auto why = refusedLayout(folders, layout.rootFiles)) return Error{Error::Code::Corrupt, *why, archivePath, std::nullopt};
  if (folders.size() == 1) {
    ex->folder_ = folders.begin()->first;
    ex->dataDir_ = ex->tempDir_ + "/" + ex->folder_;
  } else {
    ex->dataDir_ = ex->tempDir_;
  }
  std::vector<ExtractedFile> files = std::move(written[ex->folder_]);
  std::sort(files.begin(), files.end(), [](const ExtractedFile& x, const ExtractedFile& y) { return x.name < y.name; });

  // The manifest, when present: read, parse, compare (mismatches are warnings, not errors).
  readManifest(ex->folder_.empty() ? root.fd : folders.begin()->second.fd, buf, options.verifyManifest, files,
               ex->manifest_, ex->findings_);
  ex->files_ = std::move(files);
  if (options.progress) options.progress(1.0);
  return ex;
}

Result<ExtractResult> extractArchive(const std::string& archivePath, const std::string& destDir,
                                     ExtractOptions options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dest = fs::absolute(fs::path(destDir), ec).lexically_normal();
  const fs::path target = dest.has_filename() ? dest : dest.parent_path();
  if (fs::exists(fs::symlink_status(target, ec))) {
    if (!fs::is_directory(fs::symlink_status(target, ec)) || !fs::is_empty(target, ec))
      return Error{Error::Code::InvalidArgument, "destination exists and is not an empty directory", destDir,
                   std::nullopt};
  }
  options.tempParent = target.parent_path().string();
  auto ex = openArchive(archivePath, options);
  if (!ex) return ex.error();
  ExtractedArchive& x = **ex;
  ExtractResult res;
  res.dataDir = destDir;
  res.manifest = x.manifest();
  res.files = x.files();
  res.findings = x.findings();
  const std::string data = x.dataDir();
  ::unlink((data + "/" + std::string(kManifestName)).c_str());
  for (const ExtractedFile& f : res.files) ::chmod((data + "/" + f.name).c_str(), 0644);
  ::chmod(data.c_str(), 0755);
  if (::rename(data.c_str(), target.c_str()) != 0)
    return Error::io(destDir, "cannot move the unpacked files into place: " + errnoText(errno));
  if (data == x.tempDir()) x.release();  // the temp dir itself became destDir
  else x.remove();
  return res;
}

}  // namespace batscope
