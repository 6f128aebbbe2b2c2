// A batpak data directory opened for reading (FORMAT.md §1): its segment files, found by
// name, and a thread-safe cache of read-only file mappings. Nothing here writes, locks or
// creates anything.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "batscope/base/file_system.h"
#include "batscope/base/result.h"

namespace batscope {

struct SegmentFile {
  uint64_t id = 0;        // parsed from the file name, never from the header
  std::string name;       // "000001.fbat"
  std::string path;
  uint64_t size = 0;
};

// Lists `dir`, keeps `<u64 decimal>.fbat` names, sorted by numeric id (FORMAT.md §1).
Result<std::vector<SegmentFile>> discoverSegments(FileSystem& fs, const std::string& dir);
// "{:06}.fbat"
std::string segmentFileName(uint64_t id);


class DataDir {
 public:
  // Fails (naming the path) when `path` is not an existing directory.
  static Result<std::shared_ptr<DataDir>> open(const std::string& path,
                                               FileSystem& fs = FileSystem::posix());

  const std::string& path() const { return path_; }
  FileSystem& fs() const { return fs_; }
  const std::vector<SegmentFile>& segments() const { return segments_; }
  const SegmentFile* segmentById(uint64_t id) const;

  // Maps a file of this directory by name (cached; the mapping lives as long as the
  // DataDir or the returned pointer).
  Result<std::shared_ptr<const FileData>> mapFile(const std::string& name) const;
  Result<std::shared_ptr<const FileData>> mapSegment(const SegmentFile& seg) const { return mapFile(seg.name); }

 private:
  DataDir(std::string path, FileSystem& fs) : path_(std::move(path)), fs_(fs) {}

  std::string path_;
  FileSystem& fs_;
  std::vector<SegmentFile> segments_;
  mutable std::mutex mu_;
  mutable std::map<std::string, std::shared_ptr<const FileData>> cache_;
};

}  // namespace batscope
