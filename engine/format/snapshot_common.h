// Pieces shared by the two snapshot loaders: the interner array and the routing summary.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batscope/codec/msgpack_reader.h"
#include "batscope/format/snapshot.h"

namespace batscope {

// msgpack array of str (Vec<String>).
bool decodeStringArray(MsgpackReader& r, std::vector<std::string>& out, std::string& err);
// RoutingSummary map; only `chunks` matters to restore, the rest is validated for shape.
bool decodeRoutingSummary(MsgpackReader& r, std::vector<RoutingChunk>& chunks, std::string& err);
// A rejection (the snapshot is ignored) naming the file and, where known, the offset.
SnapshotLoad reject(const std::string& path, std::optional<uint64_t> offset, std::string message);

// The snapshot file at `path` mapped, or why not: an absent file is batpak's silent
// rejection (`absentText`), a file that does not map a loud one (`readFailText` + reason).
struct SnapshotFile {
  std::shared_ptr<const FileData> file;
  std::optional<SnapshotLoad> rejected;
};
SnapshotFile openSnapshotFile(FileSystem& fs, const std::string& path, const char* absentText, const char* readFailText);

// "{:06}.fbat" in dir
std::string watermarkSegmentPath(const std::string& dir, uint64_t segmentId);

}  // namespace batscope
