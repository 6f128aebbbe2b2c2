#include "batscope/base/data_dir.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace batscope {

std::string segmentFileName(uint64_t id) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%06llu.fbat", static_cast<unsigned long long>(id));
  return buf;
}

Result<std::vector<SegmentFile>> discoverSegments(FileSystem& fs, const std::string& dir) {
  auto listing = fs.listDirectory(dir);
  if (!listing) return listing.error();
  std::vector<SegmentFile> out;
  for (const DirEntry& e : *listing) {
    // Rust's Path::extension / file_stem: the extension follows the LAST dot, and a name
    // that starts with its only dot has no extension.
    const auto dot = e.name.rfind('.');
    if (dot == std::string::npos || dot == 0) continue;
    if (e.name.compare(dot + 1, std::string::npos, "fbat") != 0) continue;
    const std::string stem = e.name.substr(0, dot);
    if (stem.empty() || stem[0] == '+') continue;
    uint64_t id = 0;
    const auto [ptr, ec] = std::from_chars(stem.data(), stem.data() + stem.size(), id);
    if (ec != std::errc() || ptr != stem.data() + stem.size()) continue;
    out.push_back(SegmentFile{id, e.name, joinPath(dir, e.name), e.size});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const SegmentFile& a, const SegmentFile& b) { return a.id < b.id; });
  return out;
}


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
