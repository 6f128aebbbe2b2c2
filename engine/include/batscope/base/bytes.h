// Byte-level vocabulary shared by every format file: 128-bit ids, 32-byte hashes, and the
// little/big-endian loads that batpak's "byte order zoo" (FORMAT.md §13 gotcha 6) needs.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace batscope {

// A u128 id (event, correlation, causation) as its 16 big-endian bytes: the canonical UUID
// byte order, the order msgpack frames store, and the order ids are printed in hex.
struct Id128 {
  std::array<uint8_t, 16> bytes{};

  bool isZero() const {
    for (uint8_t b : bytes) if (b) return false;
    return true;
  }
  // SIDX and index.fbati store ids as u128 little-endian.
  static Id128 fromLittleEndian(const uint8_t* p) {
    Id128 id;
    for (int i = 0; i < 16; ++i) id.bytes[i] = p[15 - i];
    return id;
  }
  static Id128 fromBigEndian(const uint8_t* p) {
    Id128 id;
    std::memcpy(id.bytes.data(), p, 16);
    return id;
  }
  uint64_t hash() const {
    // UUIDv7: the low 8 bytes are random, good enough for open addressing.
    uint64_t lo = 0, hi = 0;
    std::memcpy(&hi, bytes.data(), 8);
    std::memcpy(&lo, bytes.data() + 8, 8);
    uint64_t h = lo ^ (hi * 0x9E3779B97F4A7C15ull);
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ull;
    h ^= h >> 32;
    return h;
  }
  friend bool operator==(const Id128& a, const Id128& b) { return a.bytes == b.bytes; }
  friend bool operator!=(const Id128& a, const Id128& b) { return !(a == b); }
  friend bool operator<(const Id128& a, const Id128& b) { return a.bytes < b.bytes; }
};

using Hash32 = std::array<uint8_t, 32>;

inline bool isZero(const Hash32& h) {
  for (uint8_t b : h) if (b) return false;
  return true;
}

std::string hexEncode(const uint8_t* p, size_t n);
inline std::string hexEncode(const Id128& id) { return hexEncode(id.bytes.data(), 16); }
inline std::string hexEncode(const Hash32& h) { return hexEncode(h.data(), 32); }
// "0x0badf00d": how a CRC is shown in messages.
std::string hex32Text(uint32_t v);
// "01a211c2-e685-7984-97ce-ced3c54636fc"
std::string uuidText(const Id128& id);
// Parses 32 hex digits (hyphens allowed, as in a UUID); false on anything else.
bool parseId128(std::string_view text, Id128& out);
// Exactly 2 * n hex digits (either case) into n bytes; false on anything else.
bool hexDecode(std::string_view text, uint8_t* out, size_t n);

inline uint16_t loadLE16(const uint8_t* p) { return uint16_t(p[0] | (p[1] << 8)); }
inline uint32_t loadLE32(const uint8_t* p) {
  return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}
inline uint64_t loadLE64(const uint8_t* p) {
  return uint64_t(loadLE32(p)) | (uint64_t(loadLE32(p + 4)) << 32);
}
inline uint16_t loadBE16(const uint8_t* p) { return uint16_t((p[0] << 8) | p[1]); }
inline uint32_t loadBE32(const uint8_t* p) {
  return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}
inline uint64_t loadBE64(const uint8_t* p) { return (uint64_t(loadBE32(p)) << 32) | loadBE32(p + 4); }

// CRC-32 (IEEE / zlib / crc32fast), FORMAT.md conventions.
uint32_t crc32(const uint8_t* p, size_t n);
// The same CRC of a large buffer computed in chunks on `executor` and combined
// (zlib's crc32_combine); falls back to crc32() for small buffers or no executor.
class Executor;
uint32_t crc32Parallel(const uint8_t* p, size_t n, Executor* executor);

}  // namespace batscope
