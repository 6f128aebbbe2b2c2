#include "batscope/restore/store_follower.h"

#include <algorithm>

#include "batscope/restore/restore_planner.h"

namespace batscope {

StoreFollower::StoreFollower(std::string path, Executor* executor) : path_(std::move(path)), executor_(executor) {}

FollowUpdate StoreFollower::poll() {
  FollowUpdate out;
  auto listing = FileSystem::posix().listDirectory(path_);
  if (!listing) {
    out.error = listing.error();
    return out;
  }
  std::vector<std::pair<std::string, uint64_t>> files;
  for (const DirEntry& e : *listing)
    if (e.isRegularFile) files.emplace_back(e.name, e.size);
  std::sort(files.begin(), files.end());
  if (files == files_) return out;
  // A file that shrank or went away: what was reported may be gone (compaction).
  for (const auto& [name, size] : files_) {
    auto it = std::lower_bound(files.begin(), files.end(), std::make_pair(name, uint64_t(0)));
    if (it == files.end() || it->first != name || it->second < size) out.restarted = true;
  }
  auto dir = DataDir::open(path_);
  if (!dir) {
    out.error = dir.error();
    return out;
  }
  RestoreOptions options;
  options.executor = executor_;
  auto restored = restoreIndex(*dir, options);
  if (!restored) {
    out.error = restored.error();
    return out;
  }
  files_ = std::move(files);
  out.changed = true;
  out.dir = *dir;
  out.index = restored->index;
  out.restore = std::make_shared<RestoreResult>(std::move(*restored));
  for (uint32_t row : out.index->visibleRows())
    if (reported_.emplace(out.index->eventId(row), 1).second) out.newRows.push_back(row);
  return out;
}

}  // namespace batscope
