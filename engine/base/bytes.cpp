#include "batscope/base/bytes.h"

#include <isa-l/crc.h>
#include <zlib.h>

#include <vector>

#include "batscope/base/executor.h"

namespace batscope {

std::string hex32Text(uint32_t v) {
  static const char* digits = "0123456789abcdef";
  std::string out = "0x00000000";
  for (int i = 9; i >= 2; --i, v >>= 4) out[size_t(i)] = digits[v & 15];
  return out;
}

std::string hexEncode(const uint8_t* p, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = digits[p[i] >> 4];
    out[2 * i + 1] = digits[p[i] & 15];
  }
  return out;
}

std::string uuidText(const Id128& id) {
  const std::string h = hexEncode(id);
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
         "-" + h.substr(20);
}

bool hexDecode(std::string_view text, uint8_t* out, size_t n) {
  if (text.size() != 2 * n) return false;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < n; ++i) {
    const int hi = nibble(text[2 * i]), lo = nibble(text[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = uint8_t(hi << 4 | lo);
  }
  return true;
}

bool parseId128(std::string_view text, Id128& out) {
  std::string digits;
  for (char c : text)
    if (c != '-') digits += c;
  return hexDecode(digits, out.bytes.data(), 16);
}

uint32_t crc32(const uint8_t* p, size_t n) {
  // ISA-L's crc32_gzip_refl is zlib's crc32 (same polynomial, same pre/post inversion); it
  // takes uint64_t lengths.
  return crc32_gzip_refl(0, p, n);
}

uint32_t crc32Parallel(const uint8_t* p, size_t n, Executor* executor) {
  constexpr size_t kChunk = 8u << 20;
  if (!executor || executor->concurrency() < 2 || n < 2 * kChunk) return crc32(p, n);
  const size_t chunks = (n + kChunk - 1) / kChunk;
  std::vector<uint32_t> parts(chunks);
  executor->parallelFor(chunks, [&](size_t i) {
    const size_t off = i * kChunk;
    parts[i] = crc32(p + off, std::min(kChunk, n - off));
  });
  uLong crc = parts[0];
  for (size_t i = 1; i < chunks; ++i) {
    const size_t len = std::min(kChunk, n - i * kChunk);
    crc = crc32_combine(crc, parts[i], z_off_t(len));
  }
  return uint32_t(crc);
}

}  // namespace batscope
