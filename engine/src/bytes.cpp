#include "batscope/bytes.h"

#include <zlib.h>

#include <vector>

#include "batscope/executor.h"

namespace batscope {

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

bool parseId128(std::string_view text, Id128& out) {
  int n = 0;
  for (char c : text) {
    if (c == '-') continue;
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
    else return false;
    if (n >= 32) return false;
    if (n % 2 == 0) out.bytes[n / 2] = uint8_t(v << 4);
    else out.bytes[n / 2] |= uint8_t(v);
    ++n;
  }
  return n == 32;
}

uint32_t crc32(const uint8_t* p, size_t n) {
  // zlib takes uInt lengths; feed large buffers in pieces.
  uLong crc = ::crc32(0L, Z_NULL, 0);
  while (n > 0) {
    const uInt step = n > (1u << 30) ? (1u << 30) : uInt(n);
    crc = ::crc32(crc, p, step);
    p += step;
    n -= step;
  }
  return uint32_t(crc);
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
