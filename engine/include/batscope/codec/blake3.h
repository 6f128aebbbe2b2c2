// BLAKE3 (unkeyed hash + extendable output), written from the published specification; batpak's
// per-entity hash chains (FORMAT.md §4) are BLAKE3 digests of the event payload bytes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace batscope {

using Hash32 = std::array<uint8_t, 32>;  // same alias as bytes.h

// Incremental BLAKE3 hasher. No heap allocation: the subtree chaining-value stack is a fixed
// array of 54 entries (enough for 2^64 bytes of input).
class Blake3Hasher {
 public:
  Blake3Hasher();
  void update(const void* data, size_t len);
  // The 32-byte digest of everything fed so far; the hasher stays usable (more update() calls
  // continue the same stream).
  Hash32 finalize() const;
  // Extendable output: the first outLen bytes of the output stream (offset 0). The first 32
  // bytes equal finalize().
  void finalizeXof(uint8_t* out, size_t outLen) const;
  void reset();

  static constexpr size_t kMaxStackDepth = 54;

 private:
  // The chunk currently being filled (up to 1024 bytes = 16 blocks of 64).
  uint32_t chunkCv_[8];
  uint8_t block_[64];
  uint8_t blockLen_ = 0;          // bytes in block_
  uint8_t blocksCompressed_ = 0;  // full blocks of this chunk already compressed into chunkCv_
  uint64_t chunkCounter_ = 0;     // index of the current chunk
  // Chaining values of completed subtrees, left to right (lazy merging).
  uint32_t cvStack_[kMaxStackDepth][8];
  uint8_t cvStackLen_ = 0;

  size_t chunkLen() const { return size_t(blocksCompressed_) * 64 + blockLen_; }
  void chunkUpdate(const uint8_t* p, size_t n);
  void pushChunkCv(const uint32_t cv[8], uint64_t totalChunks);
  void resetChunk(uint64_t counter);
};

// One-shot 32-byte digest.
Hash32 blake3(const void* data, size_t len);

}  // namespace batscope
