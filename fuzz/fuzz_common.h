// Shared helpers for the libFuzzer harnesses: an in-memory FileSystem (one flat directory),
// CRC fix-ups so mutated artifacts get past their checksums, and a tiny input splitter.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/base/file_system.h"
#include "batscope/format/snapshot.h"

namespace batscope::fuzz {

inline constexpr const char* kDir = "/fuzz";

// One flat in-memory directory `kDir`. With `phantomSegments` every "*.fbat" path that is
// not a real file still "exists" with a huge size, so the snapshot/checkpoint watermark
// checks pass and the loaders go on to decode the body.
class MemFileSystem final : public FileSystem {
 public:
  std::map<std::string, std::vector<uint8_t>> files;  // name -> bytes
  bool phantomSegments = false;

  bool isDirectory(const std::string& path) override { return path == kDir; }
  bool exists(const std::string& path) override {
    if (path == kDir) return true;
    const std::string name = nameOf(path);
    if (name.empty()) return false;
    return files.count(name) || isPhantom(name);
  }
  Result<std::vector<DirEntry>> listDirectory(const std::string& dir) override {
    if (dir != kDir) return Error::io(dir, "cannot list directory: not found");
    std::vector<DirEntry> out;
    for (const auto& [name, bytes] : files) out.push_back(DirEntry{name, true, bytes.size()});
    return out;
  }
  Result<std::shared_ptr<const FileData>> mapFile(const std::string& path) override {
    const std::string name = nameOf(path);
    auto it = files.find(name);
    if (name.empty() || it == files.end()) return Error{Error::Code::NotFound, "no such file", path, std::nullopt};
    return std::shared_ptr<const FileData>(std::make_shared<BufferFileData>(path, it->second));
  }
  Result<uint64_t> fileSize(const std::string& path) override {
    const std::string name = nameOf(path);
    auto it = files.find(name);
    if (!name.empty() && it != files.end()) return uint64_t(it->second.size());
    if (isPhantom(name)) return uint64_t(1) << 40;
    return Error{Error::Code::NotFound, "no such file", path, std::nullopt};
  }

 private:
  static std::string nameOf(const std::string& path) {
    const std::string prefix = std::string(kDir) + "/";
    if (path.compare(0, prefix.size(), prefix) != 0) return {};
    const std::string name = path.substr(prefix.size());
    return name.find('/') == std::string::npos ? name : std::string();
  }
  bool isPhantom(const std::string& name) const {
    return phantomSegments && name.size() > 5 && name.compare(name.size() - 5, 5, ".fbat") == 0;
  }
};

// index.fbati, index.ckpt and visibility_ranges.fbv all store CRC32(bytes[12, EOF)) as u32 LE
// at offset 8 (FORMAT.md §6.2, §8.1, §9.1).
inline void fixArtifactCrc(std::vector<uint8_t>& f) {
  if (f.size() < 12) return;
  const uint32_t c = crc32(f.data() + 12, f.size() - 12);
  for (int i = 0; i < 4; ++i) f[8 + i] = uint8_t(c >> (8 * i));
}

inline void storeBE32(uint8_t* p, uint32_t v) {
  p[0] = uint8_t(v >> 24); p[1] = uint8_t(v >> 16); p[2] = uint8_t(v >> 8); p[3] = uint8_t(v);
}

// Rewrites the CRC of every frame envelope [len u32 BE][crc u32 BE][body] from `start` on,
// following the length chain while it stays inside the file (FORMAT.md §2.3).
inline void fixFrameCrcs(std::vector<uint8_t>& f, uint64_t start) {
  uint64_t off = start;
  while (off + 8 <= f.size()) {
    const uint32_t len = loadBE32(f.data() + off);
    if (len == 0 || len > f.size() - off - 8) break;
    storeBE32(f.data() + off + 4, crc32(f.data() + off + 8, len));
    off += 8 + uint64_t(len);
  }
}

// Feeds one snapshot file (`name` in kDir) to `load` twice: as is (no segments, stored
// CRC), then with its CRC recomputed and every segment present, so the body gets decoded;
// every entry of an accepted snapshot is resolved.
inline void fuzzSnapshotFile(const uint8_t* data, size_t size, const char* name,
                             SnapshotLoad (*load)(FileSystem&, const std::string&, Executor*)) {
  for (int pass = 0; pass < 2; ++pass) {
    MemFileSystem fs;
    std::vector<uint8_t> file(data, data + size);
    if (pass == 1) {
      fixArtifactCrc(file);
      fs.phantomSegments = true;
    }
    fs.files[name] = std::move(file);
    SnapshotLoad result = load(fs, kDir, nullptr);
    if (!result.snapshot) {
      (void)result.rejection.error.toString();
      continue;
    }
    const LoadedSnapshot& s = *result.snapshot;
    for (size_t i = 0; i < s.entryCount(); ++i) {
      EntryRecord e = s.entry(i);
      volatile size_t n = e.entity.size() + e.scope.size();
      (void)n;
    }
  }
}

}  // namespace batscope::fuzz
