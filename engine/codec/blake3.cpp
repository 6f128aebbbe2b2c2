// BLAKE3, unkeyed mode, from the specification (Aumasson, Neves, O'Connor, Wilcox-O'Hearn,
// "BLAKE3: one function, fast everywhere", sections 2.1-2.6). Portable C++20, no intrinsics.
#include "batscope/codec/blake3.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace batscope {
namespace {

constexpr size_t kBlockLen = 64;
constexpr size_t kChunkLen = 1024;

// Domain-separation flags (spec Table 3). Keyed / derive-key flags are not used here.
constexpr uint32_t kChunkStart = 1u << 0;
constexpr uint32_t kChunkEnd = 1u << 1;
constexpr uint32_t kParent = 1u << 2;
constexpr uint32_t kRoot = 1u << 3;

// IV = the SHA-256 initial hash words (spec §2.2); also the key words in unkeyed mode.
constexpr uint32_t kIv[8] = {0x6A09E667u, 0xBB67AE85u, 0x3C6EF372u, 0xA54FF53Au,
                             0x510E527Fu, 0x9B05688Cu, 0x1F83D9ABu, 0x5BE0CD19u};

// Message permutation applied between rounds (spec Table 2).
constexpr uint8_t kPermutation[16] = {2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8};

// Round r reads message word kSchedule[r][i] where round 0 would read word i: the permutation
// applied r times, precomputed so rounds index the original message directly.
constexpr uint8_t kSchedule[7][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8},
    {3, 4, 10, 12, 13, 2, 7, 14, 6, 5, 9, 0, 11, 15, 8, 1},
    {10, 7, 12, 9, 14, 3, 13, 15, 4, 0, 11, 2, 5, 8, 1, 6},
    {12, 13, 9, 11, 15, 10, 14, 8, 7, 2, 5, 3, 0, 1, 6, 4},
    {9, 14, 11, 5, 8, 12, 15, 1, 13, 3, 0, 10, 2, 6, 4, 7},
    {11, 15, 5, 0, 1, 9, 8, 6, 14, 10, 2, 12, 3, 4, 7, 13},
};

constexpr bool scheduleMatchesPermutation() {
  uint8_t row[16];
  for (int i = 0; i < 16; ++i) row[i] = uint8_t(i);
  for (int r = 0; r < 7; ++r) {
    for (int i = 0; i < 16; ++i)
      if (kSchedule[r][i] != row[i]) return false;
    uint8_t next[16];
    for (int i = 0; i < 16; ++i) next[i] = row[kPermutation[i]];
    for (int i = 0; i < 16; ++i) row[i] = next[i];
  }
  return true;
}
static_assert(scheduleMatchesPermutation(), "kSchedule must be the iterated kPermutation");

inline uint32_t loadWordLE(const uint8_t* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  if constexpr (std::endian::native == std::endian::big)
    w = (w >> 24) | ((w >> 8) & 0xFF00u) | ((w << 8) & 0xFF0000u) | (w << 24);
  return w;
}

inline void storeWordLE(uint8_t* p, uint32_t w) {
  if constexpr (std::endian::native == std::endian::big)
    w = (w >> 24) | ((w >> 8) & 0xFF00u) | ((w << 8) & 0xFF0000u) | (w << 24);
  std::memcpy(p, &w, 4);
}

// The quarter-round G (spec §2.2) on state words a, b, c, d with message words x, y.
#define B3_G(a, b, c, d, x, y)     \
  do {                             \
    a = a + b + (x);               \
    d = std::rotr(d ^ a, 16);      \
    c = c + d;                     \
    b = std::rotr(b ^ c, 12);      \
    a = a + b + (y);               \
    d = std::rotr(d ^ a, 8);       \
    c = c + d;                     \
    b = std::rotr(b ^ c, 7);       \
  } while (0)

// One round: G on the four columns, then on the four diagonals, reading message words through
// the precomputed schedule for round r (constant indices; the compiler folds them).
#define B3_ROUND(r)                                                                   \
  do {                                                                                \
    B3_G(v0, v4, v8, v12, m[kSchedule[r][0]], m[kSchedule[r][1]]);                    \
    B3_G(v1, v5, v9, v13, m[kSchedule[r][2]], m[kSchedule[r][3]]);                    \
    B3_G(v2, v6, v10, v14, m[kSchedule[r][4]], m[kSchedule[r][5]]);                   \
    B3_G(v3, v7, v11, v15, m[kSchedule[r][6]], m[kSchedule[r][7]]);                   \
    B3_G(v0, v5, v10, v15, m[kSchedule[r][8]], m[kSchedule[r][9]]);                   \
    B3_G(v1, v6, v11, v12, m[kSchedule[r][10]], m[kSchedule[r][11]]);                 \
    B3_G(v2, v7, v8, v13, m[kSchedule[r][12]], m[kSchedule[r][13]]);                  \
    B3_G(v3, v4, v9, v14, m[kSchedule[r][14]], m[kSchedule[r][15]]);                  \
  } while (0)

// The compression function (spec §2.2). Writes the full 16-word state after the 7 rounds and
// the feed-forward: out[i] = v[i] ^ v[i+8], out[i+8] = v[i+8] ^ cv[i].
// When `full` is false only out[0..7] (the new chaining value) is written.
template <bool full>
inline void compress(const uint32_t cv[8], const uint8_t block[64], uint32_t blockLen,
                     uint64_t counter, uint32_t flags, uint32_t* out) {
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = loadWordLE(block + 4 * i);

  uint32_t v0 = cv[0], v1 = cv[1], v2 = cv[2], v3 = cv[3];
  uint32_t v4 = cv[4], v5 = cv[5], v6 = cv[6], v7 = cv[7];
  uint32_t v8 = kIv[0], v9 = kIv[1], v10 = kIv[2], v11 = kIv[3];
  uint32_t v12 = uint32_t(counter), v13 = uint32_t(counter >> 32), v14 = blockLen, v15 = flags;

  B3_ROUND(0);
  B3_ROUND(1);
  B3_ROUND(2);
  B3_ROUND(3);
  B3_ROUND(4);
  B3_ROUND(5);
  B3_ROUND(6);

  out[0] = v0 ^ v8;
  out[1] = v1 ^ v9;
  out[2] = v2 ^ v10;
  out[3] = v3 ^ v11;
  out[4] = v4 ^ v12;
  out[5] = v5 ^ v13;
  out[6] = v6 ^ v14;
  out[7] = v7 ^ v15;
  if constexpr (full) {
    out[8] = v8 ^ cv[0];
    out[9] = v9 ^ cv[1];
    out[10] = v10 ^ cv[2];
    out[11] = v11 ^ cv[3];
    out[12] = v12 ^ cv[4];
    out[13] = v13 ^ cv[5];
    out[14] = v14 ^ cv[6];
    out[15] = v15 ^ cv[7];
  }
}

#undef B3_ROUND
#undef B3_G

// cv <- first 8 words of compress(cv, block, ...).
inline void compressInPlace(uint32_t cv[8], const uint8_t block[64], uint32_t blockLen,
                            uint64_t counter, uint32_t flags) {
  uint32_t out[8];
  compress<false>(cv, block, blockLen, counter, flags, out);
  std::memcpy(cv, out, sizeof out);
}

// A node whose compression has not been done yet: either its chaining value is taken (interior
// node) or, for the root, it is compressed with ROOT and output-block counters 0, 1, 2, ...
struct Output {
  uint32_t inputCv[8];
  uint8_t block[64];
  uint32_t blockLen;
  uint64_t counter;
  uint32_t flags;

  void chainingValue(uint32_t cv[8]) const {
    std::memcpy(cv, inputCv, sizeof inputCv);
    compressInPlace(cv, block, blockLen, counter, flags);
  }

  void rootBytes(uint8_t* out, size_t outLen) const {
    uint64_t outputBlock = 0;
    uint32_t words[16];
    uint8_t bytes[64];
    while (outLen > 0) {
      compress<true>(inputCv, block, blockLen, outputBlock, flags | kRoot, words);
      const size_t take = std::min(outLen, size_t(64));
      if (take == 64) {
        for (int i = 0; i < 16; ++i) storeWordLE(out + 4 * i, words[i]);
      } else {
        for (int i = 0; i < 16; ++i) storeWordLE(bytes + 4 * i, words[i]);
        std::memcpy(out, bytes, take);
      }
      out += take;
      outLen -= take;
      ++outputBlock;
    }
  }
};

Output parentOutput(const uint32_t left[8], const uint32_t right[8]) {
  Output o;
  std::memcpy(o.inputCv, kIv, sizeof kIv);
  for (int i = 0; i < 8; ++i) {
    storeWordLE(o.block + 4 * i, left[i]);
    storeWordLE(o.block + 32 + 4 * i, right[i]);
  }
  o.blockLen = 64;
  o.counter = 0;  // parent nodes always use counter 0
  o.flags = kParent;
  return o;
}

void parentCv(const uint32_t left[8], const uint32_t right[8], uint32_t out[8]) {
  parentOutput(left, right).chainingValue(out);
}

}  // namespace

Blake3Hasher::Blake3Hasher() { reset(); }

void Blake3Hasher::reset() {
  resetChunk(0);
  cvStackLen_ = 0;
}

void Blake3Hasher::resetChunk(uint64_t counter) {
  std::memcpy(chunkCv_, kIv, sizeof kIv);
  std::memset(block_, 0, sizeof block_);
  blockLen_ = 0;
  blocksCompressed_ = 0;
  chunkCounter_ = counter;
}

// Feeds bytes of the current chunk; the caller guarantees chunkLen() + n <= 1024. A block is
// compressed only once more input for the chunk is known to follow, so the chunk's last block
// always stays buffered for CHUNK_END (and possibly ROOT).
void Blake3Hasher::chunkUpdate(const uint8_t* p, size_t n) {
  while (n > 0) {
    if (blockLen_ == kBlockLen) {
      compressInPlace(chunkCv_, block_, kBlockLen, chunkCounter_,
                      blocksCompressed_ == 0 ? kChunkStart : 0);
      ++blocksCompressed_;
      blockLen_ = 0;
    }
    if (blockLen_ == 0 && n > kBlockLen) {
      // Whole block straight from the input, more follows: no copy.
      compressInPlace(chunkCv_, p, kBlockLen, chunkCounter_,
                      blocksCompressed_ == 0 ? kChunkStart : 0);
      ++blocksCompressed_;
      p += kBlockLen;
      n -= kBlockLen;
      continue;
    }
    const size_t take = std::min(kBlockLen - blockLen_, n);
    std::memcpy(block_ + blockLen_, p, take);
    blockLen_ = uint8_t(blockLen_ + take);
    p += take;
    n -= take;
  }
}

// Lazy merging (spec §5.1.2): after totalChunks chunks are complete, merge one pair of subtrees
// per trailing zero bit of totalChunks, then push. The stack then holds one CV per set bit of
// totalChunks; totalChunks < 2^54 for any input below 2^64 bytes, so 54 entries suffice.
void Blake3Hasher::pushChunkCv(const uint32_t cv[8], uint64_t totalChunks) {
  uint32_t merged[8];
  std::memcpy(merged, cv, sizeof merged);
  while ((totalChunks & 1) == 0 && cvStackLen_ > 0) {
    --cvStackLen_;
    parentCv(cvStack_[cvStackLen_], merged, merged);
    totalChunks >>= 1;
  }
  if (cvStackLen_ < kMaxStackDepth) {  // always true below 2^64 bytes of input
    std::memcpy(cvStack_[cvStackLen_], merged, sizeof merged);
    ++cvStackLen_;
  }
}

void Blake3Hasher::update(const void* data, size_t len) {
  const uint8_t* p = static_cast<const uint8_t*>(data);
  while (len > 0) {
    if (chunkLen() == kChunkLen) {
      // The buffered chunk is complete and more input follows: it is not the root.
      uint32_t cv[8];
      std::memcpy(cv, chunkCv_, sizeof cv);
      compressInPlace(cv, block_, blockLen_, chunkCounter_,
                      kChunkEnd | (blocksCompressed_ == 0 ? kChunkStart : 0));
      pushChunkCv(cv, chunkCounter_ + 1);
      resetChunk(chunkCounter_ + 1);
    }
    if (chunkLen() == 0 && len > kChunkLen) {
      // A whole chunk straight from the input with more input after it.
      uint32_t cv[8];
      std::memcpy(cv, kIv, sizeof cv);
      compressInPlace(cv, p, kBlockLen, chunkCounter_, kChunkStart);
      for (size_t b = 1; b < kChunkLen / kBlockLen - 1; ++b)
        compressInPlace(cv, p + b * kBlockLen, kBlockLen, chunkCounter_, 0);
      compressInPlace(cv, p + kChunkLen - kBlockLen, kBlockLen, chunkCounter_, kChunkEnd);
      pushChunkCv(cv, chunkCounter_ + 1);
      ++chunkCounter_;
      p += kChunkLen;
      len -= kChunkLen;
      continue;
    }
    const size_t take = std::min(kChunkLen - chunkLen(), len);
    chunkUpdate(p, take);
    p += take;
    len -= take;
  }
}

void Blake3Hasher::finalizeXof(uint8_t* out, size_t outLen) const {
  if (outLen == 0) return;
  // The current chunk is the rightmost leaf; fold the stacked subtrees in from the right.
  Output o;
  std::memcpy(o.inputCv, chunkCv_, sizeof chunkCv_);
  // block_ may hold stale bytes past blockLen_ from an earlier block; the spec pads with zeros.
  std::memcpy(o.block, block_, blockLen_);
  std::memset(o.block + blockLen_, 0, sizeof o.block - blockLen_);
  o.blockLen = blockLen_;
  o.counter = chunkCounter_;
  o.flags = kChunkEnd | (blocksCompressed_ == 0 ? kChunkStart : 0);
  for (size_t i = cvStackLen_; i > 0; --i) {
    uint32_t right[8];
    o.chainingValue(right);
    o = parentOutput(cvStack_[i - 1], right);
  }
  o.rootBytes(out, outLen);
}

Hash32 Blake3Hasher::finalize() const {
  Hash32 h;
  finalizeXof(h.data(), h.size());
  return h;
}

Hash32 blake3(const void* data, size_t len) {
  Blake3Hasher hasher;
  hasher.update(data, len);
  return hasher.finalize();
}

}  // namespace batscope
