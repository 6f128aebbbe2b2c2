#include "batscope/data_dir.h"

namespace batscope {

Result<std::shared_ptr<DataDir>> DataDir::open(const std::string& path, FileSystem& fs) {
  if (!fs.exists(path)) return Error{Error::Code::NotFound, "no such directory", path, std::nullopt};
  if (!fs.isDirectory(path)) return Error{Error::Code::InvalidArgument, "not a directory", path, std::nullopt};
  std::shared_ptr<DataDir> dir(new DataDir(path, fs));
  auto segs = discoverSegments(fs, path);
  if (!segs) return segs.error();
  dir->segments_ = std::move(*segs);
  return dir;
}

const SegmentFile* DataDir::segmentById(uint64_t id) const {
  for (const SegmentFile& s : segments_)
    if (s.id == id) return &s;
  return nullptr;
}

Result<std::shared_ptr<const FileData>> DataDir::mapFile(const std::string& name) const {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = cache_.find(name);
    if (it != cache_.end()) return it->second;
  }
  auto mapped = fs_.mapFile(joinPath(path_, name));
  if (!mapped) return mapped.error();
  std::lock_guard<std::mutex> lock(mu_);
  cache_.emplace(name, *mapped);
  return *mapped;
}

}  // namespace batscope
