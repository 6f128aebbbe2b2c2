#include "batscope/codec/packed_bytes.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace batscope {

namespace {

constexpr size_t kBlock = 64;

struct BlockMasks {
  uint64_t high = 0;  // byte >= 0x80
  uint64_t cc = 0;    // byte == 0xcc
};

BlockMasks masksOf(const uint8_t* p) {
  BlockMasks m;
#if defined(__SSE2__)
  const __m128i cc = _mm_set1_epi8(char(0xcc));
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    m.high |= uint64_t(uint32_t(_mm_movemask_epi8(v))) << (16 * i);
    m.cc |= uint64_t(uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, cc)))) << (16 * i);
  }
#else
  for (size_t i = 0; i < kBlock; ++i) {
    m.high |= uint64_t(p[i] >> 7) << i;
    m.cc |= uint64_t(p[i] == 0xcc) << i;
  }
#endif
  return m;
}

// Which bytes of the block are values of a marker (see the header). `carry` says whether
// byte 0 is the value of a marker at the end of the previous block, and becomes the same
// for the next block.
uint64_t escapedBytes(uint64_t high, bool& carry) {
  constexpr uint64_t kEven = 0x5555555555555555ull;
  const uint64_t markers = high & ~uint64_t(carry);
  const uint64_t followsMarker = (markers << 1) | uint64_t(carry);
  const uint64_t oddRunStarts = markers & ~kEven & ~followsMarker;
  uint64_t evenRuns;
  carry = __builtin_add_overflow(oddRunStarts, markers, &evenRuns);
  return (kEven ^ (evenRuns << 1)) & followsMarker;
}

// Bit index of the k-th (1-based) set bit of `m`; m has at least k set bits.
unsigned selectBit(uint64_t m, size_t k) {
  for (size_t i = 1; i < k; ++i) m &= m - 1;
  return unsigned(__builtin_ctzll(m));
}

void copyKept(const uint8_t* block, uint64_t keep, uint8_t*& out) {
  while (keep) {
    *out++ = block[__builtin_ctzll(keep)];
    keep &= keep - 1;
  }
}

}  // namespace

// Counting a block's elements is a popcount, which the x86-64 baseline lacks (the compiler
// would call a slow library routine): a POPCNT clone is picked at load time where the CPU has it.
#if defined(__x86_64__) && defined(__ELF__)
__attribute__((target_clones("popcnt", "default")))
#endif
bool scanPackedBytes(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen) {
  if (n == 0) {
    encodedLen = 0;
    return true;
  }
  if (n > len) return false;  // every element takes a byte
  bool carry = false;
  size_t remaining = n;
  uint8_t tail[kBlock];
  for (size_t base = 0; base < len; base += kBlock) {
    const size_t avail = len - base;
    const uint8_t* block = data + base;
    if (avail < kBlock) {
      // Zero padding reads as fixints beyond the span: an end found there fails below.
      std::memset(tail, 0, kBlock);
      std::memcpy(tail, block, avail);
      block = tail;
    }
    const BlockMasks m = masksOf(block);
    const uint64_t escaped = escapedBytes(m.high, carry);
    const uint64_t markers = m.high & ~escaped;
    const uint64_t starts = ~escaped;
    const size_t count = size_t(__builtin_popcountll(starts));
    if (remaining > count) {
      if (markers & ~m.cc) return false;
      if (avail < kBlock) return false;  // the span ends first
      if (out) copyKept(block, ~markers, out);
      remaining -= count;
      continue;
    }
    const unsigned last = selectBit(starts, remaining);
    const uint64_t upToLast = last == 63 ? ~uint64_t(0) : (uint64_t(2) << last) - 1;
    if (markers & ~m.cc & upToLast) return false;
    const bool lastIsMarker = (markers >> last) & 1;
    const size_t end = base + last + 1 + (lastIsMarker ? 1 : 0);
    if (end > len) return false;
    if (out) {
      copyKept(block, ~markers & upToLast, out);
      if (lastIsMarker) *out++ = data[end - 1];  // its value may sit in the next block
    }
    encodedLen = end;
    return true;
  }
  return false;
}

bool scanPackedBytesScalar(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen) {
  size_t p = 0;
  for (size_t i = 0; i < n; ++i) {
    if (p >= len) return false;
    const uint8_t b = data[p];
    if (b <= 0x7f) {
      if (out) out[i] = b;
      p += 1;
    } else if (b == 0xcc && len - p >= 2) {
      if (out) out[i] = data[p + 1];
      p += 2;
    } else {
      return false;
    }
  }
  encodedLen = p;
  return true;
}

}  // namespace batscope
