// CanonicalCursor: reads msgpack that must have one exact shape (batpak's own key order and
// encodings) and stops at the first byte that differs, so a fast path can give up and leave
// the input to a general, serde-lenient decoder. Used by the canonical frame decoder and the
// checkpoint entry decoder. It advances the MsgpackReader it is given; a failed read leaves
// the reader somewhere inside the value, so callers remember where they started.
#pragma once

#include <cstring>
#include <string_view>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/codec/packed_bytes.h"

namespace batscope {

// The cursor's small reads are each a few compares: a call apiece (GCC kept them out of line
// in the checkpoint's entry decoder) cost more than the reads.
#if defined(__GNUC__)
#define BATSCOPE_CURSOR_INLINE inline __attribute__((always_inline))
#else
#define BATSCOPE_CURSOR_INLINE inline
#endif

class CanonicalCursor {
 public:
  explicit CanonicalCursor(MsgpackReader& r) : r_(r), data_(r.data()), len_(r.size()) {}

  BATSCOPE_CURSOR_INLINE bool byte(uint8_t b) {
    if (r_.pos() >= len_ || data_[r_.pos()] != b) return false;
    r_.seek(r_.pos() + 1);
    return true;
  }
  // A fixstr key (the literal without its NUL).
  template <size_t N>
  BATSCOPE_CURSOR_INLINE bool key(const char (&k)[N]) {
    constexpr size_t n = N - 1;
    static_assert(n >= 4 && n <= 16, "batpak's keys are 4 to 16 bytes");
    const size_t p = r_.pos();
    if (len_ - p < n + 1 || data_[p] != uint8_t(0xa0 | n) || !sameBytes<n>(data_ + p + 1, k)) return false;
    r_.seek(p + 1 + n);
    return true;
  }
  // bin 16 (c4 10): how rmp-serde writes a u128 id with serde_bytes-style ids.
  BATSCOPE_CURSOR_INLINE bool id(Id128& out) {
    const size_t p = r_.pos();
    if (len_ - p < 18 || data_[p] != 0xc4 || data_[p + 1] != 0x10) return false;
    std::memcpy(out.bytes.data(), data_ + p + 2, 16);
    r_.seek(p + 18);
    return true;
  }
  bool hash(Hash32& out) { return r_.readByteArrayFixed(out.data(), 32); }
  // The same hash, passed over without copying it (bin 32, or 32 packed u8 elements; any
  // other element encoding is left to the general decoder).
  bool skipHash() {
    const size_t start = r_.pos();
    if (len_ - start >= 34 && data_[start] == 0xc4 && data_[start + 1] == 0x20) {
      r_.seek(start + 34);
      return true;
    }
    uint32_t n;
    size_t encoded = 0;
    if (!r_.readArrayHeader(n) || n != 32 || !scanPackedBytes(data_ + r_.pos(), len_ - r_.pos(), 32, nullptr, encoded)) {
      r_.seek(start);
      return false;
    }
    r_.seek(r_.pos() + encoded);
    return true;
  }
  // Any msgpack width, as readBounded; the widths batpak writes are decoded here, inline.
  template <class T>
  BATSCOPE_CURSOR_INLINE bool uint(T& out, uint64_t max) {
    const size_t p = r_.pos();
    if (p >= len_) return false;
    const uint8_t b = data_[p];
    uint64_t v;
    size_t used;
    if (b <= 0x7f) {
      v = b;
      used = 1;
    } else if (b == 0xcc && len_ - p >= 2) {
      v = data_[p + 1];
      used = 2;
    } else if (b == 0xcd && len_ - p >= 3) {
      v = loadBE16(data_ + p + 1);
      used = 3;
    } else if (b == 0xce && len_ - p >= 5) {
      v = loadBE32(data_ + p + 1);
      used = 5;
    } else if (b == 0xcf && len_ - p >= 9) {
      v = loadBE64(data_ + p + 1);
      used = 9;
    } else {
      return readBounded(r_, out, max);  // a signed encoding of a non-negative number
    }
    if (v > max) return false;
    out = static_cast<T>(v);
    r_.seek(p + used);
    return true;
  }
  bool int64(int64_t& out) { return r_.readInt(out); }
  bool str(std::string_view& out) { return r_.readStr(out); }

  // An array whose elements are all fixints or "cc XX": rmp-serde's Vec<u8>. Any other
  // element encoding is left to the general decoder. With `values`, the elements are
  // unpacked into it by the same scan that finds the array's end.
  bool byteArray(std::vector<uint8_t>* values = nullptr) {
    uint32_t n;
    const size_t start = r_.pos();
    size_t encoded = 0;
    const bool header = r_.readArrayHeader(n) && n <= len_ - r_.pos();  // a byte per element at least
    if (header && values) values->resize(n);
    if (!header || !scanPackedBytes(data_ + r_.pos(), len_ - r_.pos(), n, values ? values->data() : nullptr, encoded)) {
      r_.seek(start);
      return false;
    }
    r_.seek(r_.pos() + encoded);
    return true;
  }

  size_t pos() const { return r_.pos(); }

 private:
  // n bytes at p equal the literal: two overlapping word loads instead of a memcmp call.
  template <size_t n>
  static bool sameBytes(const uint8_t* p, const char* lit) {
    auto load = [](const void* at, auto word) {
      std::memcpy(&word, at, sizeof word);
      return word;
    };
    if constexpr (n >= 8)
      return load(p, uint64_t()) == load(lit, uint64_t()) && load(p + n - 8, uint64_t()) == load(lit + n - 8, uint64_t());
    else
      return load(p, uint32_t()) == load(lit, uint32_t()) && load(p + n - 4, uint32_t()) == load(lit + n - 4, uint32_t());
  }

  MsgpackReader& r_;
  const uint8_t* data_;
  size_t len_;
};

}  // namespace batscope
