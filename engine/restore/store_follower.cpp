#include "batscope/restore/store_follower.h"

#include <algorithm>
#include <utility>

#include "batscope/restore/restore_planner.h"

namespace batscope {

namespace {

// Whether `grown` begins with every row of `before` unchanged: the same global sequence, frame
// position and visibility. Within files that only grew (none shrank), the same position holds
// the same bytes, so the same event.
bool beginsWith(const Index& grown, const Index& before) {
  if (grown.entryCount() < before.entryCount() || grown.visibleRows().size() < before.visibleRows().size()) return false;
  constexpr uint8_t kShown = IndexEntry::kVisible | IndexEntry::kSuperseded;
  for (uint32_t r = 0; r < before.entryCount(); ++r) {
    const IndexEntry& a = grown.entry(r);
    const IndexEntry& b = before.entry(r);
    if (a.globalSequence != b.globalSequence || a.segmentId != b.segmentId || a.offset != b.offset ||
        a.length != b.length || (a.bits & kShown) != (b.bits & kShown))
      return false;
  }
  return true;
}

}  // namespace

StoreFollower::StoreFollower(std::string path, Executor* executor, std::shared_ptr<const Index> shown)
    : path_(std::move(path)), executor_(executor), last_(std::move(shown)), seedReported_(last_ != nullptr) {}

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
  std::vector<std::string> gone;
  for (const auto& [name, size] : files_) {
    auto it = std::lower_bound(files.begin(), files.end(), std::make_pair(name, uint64_t(0)));
    if (it == files.end() || it->first != name || it->second < size) gone.push_back(name);
  }
  out.restarted = !gone.empty();
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
  if (out.restarted) {
    std::string names;
    for (size_t i = 0; i < gone.size() && i < 5; ++i) names += (i ? ", " : "") + gone[i];
    if (gone.size() > 5) names += ", … (" + std::to_string(gone.size()) + " files)";
    notes_.push_back(makeFinding(FindingCode::FollowRestarted, gone.front(), std::nullopt, {names}));
  }
  restored->findings.insert(restored->findings.end(), notes_.begin(), notes_.end());
  // A poll's snapshots would outlive it in every store the window adopts (the mmap
  // snapshot's offsets are 8 B/event); the whole checks that follow load their own.
  restored->snapshots.reset();
  out.changed = true;
  out.dir = *dir;
  out.index = restored->index;
  out.restore = std::make_shared<RestoreResult>(std::move(*restored));
  out.appendedOnly = !out.restarted && last_ && beginsWith(*out.index, *last_);
  if (out.appendedOnly) out.previous = last_;
  if (std::exchange(seedReported_, false))  // here, on the poll's thread, not the view's
    for (uint32_t row : last_->visibleRows()) reported_.emplace(last_->eventId(row), 1);
  const std::vector<uint32_t>& visible = out.index->visibleRows();
  // Grown only: the rows past the previous visible ones are the new ones (no id lookups).
  const size_t from = out.appendedOnly ? last_->visibleRows().size() : 0;
  for (size_t k = from; k < visible.size(); ++k)
    if (reported_.emplace(out.index->eventId(visible[k]), 1).second || out.appendedOnly) out.newRows.push_back(visible[k]);
  last_ = out.index;
  return out;
}

}  // namespace batscope
