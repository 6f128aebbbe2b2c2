// Appending fixed-width integers, ids and hashes to a byte buffer: the write side of the
// byte-order rules in bytes.h (u128 ids are LE in SIDX and index.fbati, BE in msgpack).
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "batscope/base/bytes.h"

namespace batscope {

inline void putLE(std::vector<uint8_t>& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(uint8_t(v >> (8 * i)));
}
inline void putBE32(std::vector<uint8_t>& out, uint32_t v) {
  for (int i = 3; i >= 0; --i) out.push_back(uint8_t(v >> (8 * i)));
}
// u128 LE = the 16 big-endian bytes reversed.
inline void putIdLE(std::vector<uint8_t>& out, const Id128& id) {
  for (int i = 15; i >= 0; --i) out.push_back(id.bytes[i]);
}
inline void putHash(std::vector<uint8_t>& out, const Hash32& h) { out.insert(out.end(), h.begin(), h.end()); }
inline void putMagic(std::vector<uint8_t>& out, const char* magic, size_t n) {
  out.insert(out.end(), reinterpret_cast<const uint8_t*>(magic), reinterpret_cast<const uint8_t*>(magic) + n);
}
inline void patchLE32(std::vector<uint8_t>& out, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) out[at + i] = uint8_t(v >> (8 * i));
}
// A length or count that batpak stores as u32; throws std::length_error past that.
inline uint32_t checkedU32(uint64_t v, const char* what) {
  if (v > 0xffffffffull) throw std::length_error(std::string(what) + " does not fit a u32");
  return uint32_t(v);
}

}  // namespace batscope
