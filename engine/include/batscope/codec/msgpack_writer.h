// The write side of msgpack_reader.h: appends MessagePack to a byte vector exactly as Rust
// rmp-serde 1.x (`to_vec_named`) does for batpak's on-disk structures (FORMAT.md §3.1):
// every integer in its smallest form whatever its Rust type, strings as fixstr/str8/16/32,
// u128 ids as bin8 of 16 big-endian bytes, `[u8; 32]` and `Vec<u8>` as ARRAYS of uints.
// Lengths above u32::MAX cannot be represented in msgpack: they throw std::length_error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "batscope/base/bytes.h"

namespace batscope {

class MsgpackWriter {
 public:
  explicit MsgpackWriter(std::vector<uint8_t>& out) : out_(out) {}

  std::vector<uint8_t>& buffer() { return out_; }

  void nil();                                     // c0
  void boolean(bool v);                           // c2 / c3
  void float64(double v);  // cb + 8 bytes BE (rmp-serde's f64)
  // Smallest unsigned form: positive fixint, cc, cd, ce, cf.
  void uint(uint64_t v);
  // i64 as rmp-serde writes it: v >= 0 in the smallest UNSIGNED form (so 200 is `cc c8`,
  // not `d1 00 c8`); v < 0 in the smallest signed form: negative fixint e0..ff, d0, d1, d2, d3.
  void sint(int64_t v);
  void str(std::string_view s);                   // a0..bf, d9, da, db (bytes as given)
  void bin(const uint8_t* p, size_t n);           // c4, c5, c6
  void arrayHeader(size_t n);                     // 90..9f, dc, dd
  void mapHeader(size_t n);                       // 80..8f, de, df
  // serde's Vec<u8> / [u8; N]: an array header, then every byte as a uint (00..7f, cc XX).
  void byteArray(const uint8_t* p, size_t n);
  void hash32(const Hash32& h) { byteArray(h.data(), h.size()); }   // dc 00 20 + 32 uints
  // batpak's wire::u128_bytes helper: bin8 of the 16 big-endian bytes (c4 10 …).
  void id128(const Id128& id) { bin(id.bytes.data(), id.bytes.size()); }
  // wire::option_u128_bytes: nil for None.
  void optionalId128(const std::optional<Id128>& id);
  // Appends already-encoded msgpack verbatim.
  void raw(const uint8_t* p, size_t n);

 private:
  void put(uint8_t b) { out_.push_back(b); }
  void putBE(uint64_t v, int bytes);

  std::vector<uint8_t>& out_;
};

}  // namespace batscope
