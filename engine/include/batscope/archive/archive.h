// Store archives (`.batpak.tar.zst`): a tar stream of a data directory, compressed with zstd,
// readable by plain `tar --zstd -x`. Our archives hold one top-level folder with the data
// dir's files plus `batscope-manifest.json` (store summary, Batscope version, BLAKE3 of every
// file). Hand-made archives with the files at the top level, or in one folder, open too.
//
// Opening unpacks into a fresh private temporary directory (mkdtemp, 0700) that the returned
// ExtractedArchive removes when destroyed. Hostile archives are refused with an Error naming
// the archive and the entry, and nothing is written outside that temporary directory: only
// the tar format with the zstd/none filters is enabled in libarchive, every regular file is
// written by us with O_CREAT|O_EXCL|O_NOFOLLOW, and absolute paths, `..`, links, devices,
// FIFOs, duplicate names, nested folders, control characters in names, too many entries and
// too many unpacked bytes are refused.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batscope/codec/blake3.h"
#include "batscope/base/file_system.h"
#include "batscope/base/findings.h"
#include "batscope/base/result.h"

namespace batscope {

inline constexpr std::string_view kArchiveExtension = ".batpak.tar.zst";
inline constexpr std::string_view kManifestName = "batscope-manifest.json";

// ---- Manifest -------------------------------------------------------------------------------

struct ManifestFile {
  std::string name;
  uint64_t bytes = 0;
  Hash32 blake3{};
};

struct Manifest {
  std::string batscopeVersion;
  std::string created;                 // ISO 8601 UTC, e.g. "2026-11-25T10:12:42Z"
  uint64_t segments = 0;               // store summary of the archived directory
  uint64_t bytes = 0;
  std::optional<uint64_t> events;      // visible events after a restore; unset if it failed
  std::string openPath;                // restore path taken ("mmap", …) or empty
  std::vector<ManifestFile> files;     // every archived file except the manifest, sorted
};

std::string manifestToJson(const Manifest& m);
// A tiny JSON reader sufficient for the manifest; Error (file = kManifestName) if malformed.
Result<Manifest> parseManifest(std::string_view json);

// What was actually unpacked: name -> size and BLAKE3 (computed while writing).
struct ExtractedFile {
  std::string name;
  uint64_t bytes = 0;
  Hash32 blake3{};
};
// Compares the manifest with the unpacked files: one Warning Finding (category "manifest",
// naming the file) per missing file, size mismatch, hash mismatch or extra file.
std::vector<Finding> verifyManifest(const Manifest& m, const std::vector<ExtractedFile>& actual);

// ---- Creating -------------------------------------------------------------------------------

struct ArchiveOptions {
  int level = 3;                       // zstd level, clamped to 1..ZSTD_maxCLevel() (22)
  int threads = 0;                     // zstd worker threads; 0 = one per core
  bool writeManifest = true;
  bool summarizeStore = true;          // run a restore to fill Manifest::events/openPath
  std::string folderName;              // top-level folder; empty = the data dir's base name
  std::function<void(double fraction)> progress;
  const std::atomic<bool>* cancel = nullptr;
  FileSystem* fs = nullptr;            // where the archive is written; null = the real one
};

struct ArchiveSummary {
  uint64_t files = 0;                  // data files archived (manifest not counted)
  uint64_t bytes = 0;                  // their total size
  uint64_t archiveBytes = 0;           // size of the written archive
  std::string folder;                  // top-level folder name used
};

// Archives the regular files of `dataDir` (read-only; refuses subdirectories, links and
// special files) into `archivePath`, written atomically (temp file + rename in its directory).
// Refuses to write the archive into the data directory itself.
Result<ArchiveSummary> createArchive(const std::string& dataDir, const std::string& archivePath,
                                     const ArchiveOptions& options = {});

// ---- Opening / extracting -------------------------------------------------------------------

struct ExtractOptions {
  std::string tempParent;              // where the private temp dir is made; empty: $TMPDIR or /tmp
  // Total unpacked bytes allowed. Default: min(max(20 × archive size, minUnpackedLimit), free
  // space in tempParent). The floor keeps small, very compressible stores openable (batpak
  // segments with repetitive payloads reach 20-30× at zstd level 9+) without letting a bomb
  // fill the disk.
  std::optional<uint64_t> maxUnpackedBytes;
  uint64_t unpackedRatio = 20;
  uint64_t minUnpackedLimit = 16ull << 20;
  uint64_t maxEntries = 100000;
  bool verifyManifest = true;
  std::function<void(double fraction)> progress;
  const std::atomic<bool>* cancel = nullptr;
};

// An unpacked archive in a private temporary directory, removed on destruction (or remove()).
class ExtractedArchive {
 public:
  ExtractedArchive(const ExtractedArchive&) = delete;
  ExtractedArchive& operator=(const ExtractedArchive&) = delete;
  ~ExtractedArchive();

  const std::string& tempDir() const { return tempDir_; }     // the mkdtemp directory
  const std::string& dataDir() const { return dataDir_; }     // its top-level folder, or tempDir()
  const std::string& folder() const { return folder_; }       // that folder's name; empty = root
  const std::optional<Manifest>& manifest() const { return manifest_; }
  const std::vector<ExtractedFile>& files() const { return files_; }  // data files, sorted
  // Manifest mismatches (and an unreadable manifest); empty without a manifest.
  const std::vector<Finding>& findings() const { return findings_; }

  void remove();                        // removes the temp dir now (idempotent)
  std::string release();                // keeps it on disk; the caller owns tempDir() now

 private:
  friend Result<std::unique_ptr<ExtractedArchive>> openArchive(const std::string&, const ExtractOptions&);
  ExtractedArchive() = default;
  std::string tempDir_, dataDir_, folder_;
  std::optional<Manifest> manifest_;
  std::vector<ExtractedFile> files_;
  std::vector<Finding> findings_;
};

// Unpacks `archivePath` into a fresh private temp dir (see the file comment for what is refused).
// On any refusal the temp dir is removed and the Error names the archive (Error::file), the
// entry (in the message) and its offset in the uncompressed tar stream (Error::offset) when known.
Result<std::unique_ptr<ExtractedArchive>> openArchive(const std::string& archivePath,
                                                      const ExtractOptions& options = {});

// The private temporary folders openArchive unpacks into are "<TMPDIR>/batscope-archive-
// <pid>-XXXXXX". Those whose process died before removing them (a crash, a kill) are removed
// here (a start of the window calls it): only this user's, only where no process has that id
// any more. Returns how many were removed. `parent`: TMPDIR (or /tmp) when empty.
inline constexpr const char* kExtractionPrefix = "batscope-archive-";
size_t removeOrphanedExtractions(const std::string& parent = {});

struct ExtractResult {
  std::string dataDir;                 // == destDir
  std::optional<Manifest> manifest;
  std::vector<ExtractedFile> files;
  std::vector<Finding> findings;
};

// `batscope-cli extract`: unpacks via openArchive (temp dir beside `destDir`) and renames the
// data folder to `destDir`, which must not exist or be an empty directory. The manifest is
// checked and not kept, so destDir holds exactly the archived data files.
Result<ExtractResult> extractArchive(const std::string& archivePath, const std::string& destDir,
                                     ExtractOptions options = {});

}  // namespace batscope
