#include "batscope/codec/packed_bytes.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
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

// Bit index of the k-th (1-based) set bit of `m`; m has at least k set bits. Whole bytes
// are skipped by their popcount first: at most 8 steps, then at most 7 bit clears.
inline unsigned selectBit(uint64_t m, size_t k) {
  unsigned base = 0;
  for (;;) {
    const size_t inByte = size_t(__builtin_popcountll(m & 0xff));
    if (k <= inByte) break;
    k -= inByte;
    m >>= 8;
    base += 8;
  }
  for (size_t i = 1; i < k; ++i) m &= m - 1;
  return base + unsigned(__builtin_ctzll(m));
}

inline void copyKept(const uint8_t* block, uint64_t keep, uint8_t*& out) {
  if (keep == ~uint64_t(0)) {  // no marker in the block: every byte is an element
    std::memcpy(out, block, kBlock);
    out += kBlock;
    return;
  }
  while (keep) {
    *out++ = block[__builtin_ctzll(keep)];
    keep &= keep - 1;
  }
}

#if defined(__x86_64__) && defined(__GNUC__)
#define BATSCOPE_HAVE_PEXT 1
// The same with BMI2's PEXT, 8 bytes at a time: a block of random bytes has a marker every
// few bytes, and a store per kept byte was most of the scan. Writes whole 8-byte words, so
// `out` must have 8 bytes of room past the kept ones.
__attribute__((target("bmi2,popcnt"))) void copyKeptWide(const uint8_t* block, uint64_t keep, uint8_t*& out) {
  for (int g = 0; g < 8; ++g) {
    const uint64_t keep8 = (keep >> (8 * g)) & 0xff;
    uint64_t word;
    std::memcpy(&word, block + 8 * g, 8);
    const uint64_t packed = _pext_u64(word, _pdep_u64(keep8, 0x0101010101010101ull) * 0xff);
    std::memcpy(out, &packed, 8);
    out += __builtin_popcountll(keep8);
  }
}

bool cpuHasBmi2() {
  static const bool has = __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
  return has;
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#define BATSCOPE_HAVE_AVX512_SCAN 1
// The same scan with AVX-512: a block's masks are two compares of one 64-byte load, the
// n-th element start is one PDEP, and the kept bytes are one VPCOMPRESSB (VBMI2) and a
// masked store, which writes nothing past them. A masked load reads the span's last,
// partial block without touching the bytes after it.
#define BATSCOPE_AVX512_SCAN_TARGET __attribute__((target("avx512f,avx512bw,avx512vbmi2,bmi,bmi2,popcnt")))

BATSCOPE_AVX512_SCAN_TARGET inline __attribute__((always_inline)) void keepBytesAvx512(__m512i block, uint64_t keep,
                                                                                      uint8_t*& out) {
  const unsigned kept = unsigned(__builtin_popcountll(keep));
  _mm512_mask_storeu_epi8(out, kept == 64 ? ~uint64_t(0) : (uint64_t(1) << kept) - 1,
                          _mm512_maskz_compress_epi8(keep, block));
  out += kept;
}

BATSCOPE_AVX512_SCAN_TARGET bool scanPackedBytesAvx512(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen) {
  if (n == 0) {
    encodedLen = 0;
    return true;
  }
  if (n > len) return false;  // every element takes a byte
  const __m512i cc = _mm512_set1_epi8(char(0xcc));
  bool carry = false;
  size_t remaining = n;
  for (size_t base = 0; base < len; base += kBlock) {
    const size_t avail = len - base;
    // Zero padding past the span reads as fixints: an end found there fails below.
    const __m512i block = avail >= kBlock ? _mm512_loadu_si512(data + base)
                                          : _mm512_maskz_loadu_epi8((uint64_t(1) << avail) - 1, data + base);
    const uint64_t high = _mm512_movepi8_mask(block);
    const uint64_t ccBytes = _mm512_cmpeq_epi8_mask(block, cc);
    const uint64_t escaped = escapedBytes(high, carry);
    const uint64_t markers = high & ~escaped;
    const uint64_t starts = ~escaped;
    const size_t count = size_t(__builtin_popcountll(starts));
    if (remaining > count) {
      if (markers & ~ccBytes) return false;
      if (avail < kBlock) return false;  // the span ends first
      if (out) keepBytesAvx512(block, ~markers, out);
      remaining -= count;
      continue;
    }
    const unsigned last = unsigned(__builtin_ctzll(_pdep_u64(uint64_t(1) << (remaining - 1), starts)));
    const uint64_t upToLast = last == 63 ? ~uint64_t(0) : (uint64_t(2) << last) - 1;
    if (markers & ~ccBytes & upToLast) return false;
    const bool lastIsMarker = (markers >> last) & 1;
    const size_t end = base + last + 1 + (lastIsMarker ? 1 : 0);
    if (end > len) return false;
    if (out) {
      keepBytesAvx512(block, ~markers & upToLast, out);
      if (lastIsMarker) *out++ = data[end - 1];  // its value may sit in the next block
    }
    encodedLen = end;
    return true;
  }
  return false;
}

bool cpuHasAvx512Scan() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("bmi2") &&
                          __builtin_cpu_supports("popcnt");
  return has;
}
#endif

}  // namespace

bool packedBytesScanUsesAvx512() {
#ifdef BATSCOPE_HAVE_AVX512_SCAN
  return cpuHasAvx512Scan();
#else
  return false;
#endif
}

bool scanPackedBytes(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen) {
#ifdef BATSCOPE_HAVE_AVX512_SCAN
  if (cpuHasAvx512Scan()) return scanPackedBytesAvx512(data, len, n, out, encodedLen);
#endif
  return scanPackedBytesPortable(data, len, n, out, encodedLen);
}

// Counting a block's elements is a popcount, which the x86-64 baseline lacks (the compiler
// would call a slow library routine): a POPCNT clone is picked at load time where the CPU has it.
#if defined(__x86_64__) && defined(__ELF__)
__attribute__((target_clones("popcnt", "default")))
#endif
bool scanPackedBytesPortable(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen) {
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
      if (out) {
#ifdef BATSCOPE_HAVE_PEXT
        if (remaining >= count + 8 && ~markers != ~uint64_t(0) && cpuHasBmi2()) copyKeptWide(block, ~markers, out);
        else
#endif
          copyKept(block, ~markers, out);
      }
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
#ifdef BATSCOPE_HAVE_PEXT
      if (cpuHasBmi2()) {  // through a buffer with the room the wide copy needs
        uint8_t kept[kBlock + 8];
        uint8_t* k = kept;
        copyKeptWide(block, ~markers & upToLast, k);
        std::memcpy(out, kept, size_t(k - kept));
        out += k - kept;
      } else
#endif
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
