#include "batscope/codec/msgpack_writer.h"

#include <cstring>

#include <stdexcept>
#include <string>

namespace batscope {

namespace {
void checkLength(size_t n, const char* what) {
  if (uint64_t(n) > 0xffffffffull)
    throw std::length_error(std::string("msgpack ") + what + " longer than u32::MAX");
}
}  // namespace

void MsgpackWriter::putBE(uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out_.push_back(uint8_t(v >> (8 * i)));
}

void MsgpackWriter::nil() { put(0xc0); }

void MsgpackWriter::boolean(bool v) { put(v ? 0xc3 : 0xc2); }

void MsgpackWriter::uint(uint64_t v) {
  if (v < 0x80) {
    put(uint8_t(v));
  } else if (v <= 0xff) {
    put(0xcc);
    putBE(v, 1);
  } else if (v <= 0xffff) {
    put(0xcd);
    putBE(v, 2);
  } else if (v <= 0xffffffffull) {
    put(0xce);
    putBE(v, 4);
  } else {
    put(0xcf);
    putBE(v, 8);
  }
}

void MsgpackWriter::sint(int64_t v) {
  if (v >= 0) { uint(uint64_t(v)); return; }
  const uint64_t bits = uint64_t(v);  // two's complement, truncated below
  if (v >= -32) {
    put(uint8_t(bits));  // negative fixint e0..ff
  } else if (v >= INT8_MIN) {
    put(0xd0);
    putBE(bits, 1);
  } else if (v >= INT16_MIN) {
    put(0xd1);
    putBE(bits, 2);
  } else if (v >= INT32_MIN) {
    put(0xd2);
    putBE(bits, 4);
  } else {
    put(0xd3);
    putBE(bits, 8);
  }
}

void MsgpackWriter::str(std::string_view s) {
  const size_t n = s.size();
  checkLength(n, "str");
  if (n <= 31) {
    put(uint8_t(0xa0 | n));
  } else if (n <= 0xff) {
    put(0xd9);
    putBE(n, 1);
  } else if (n <= 0xffff) {
    put(0xda);
    putBE(n, 2);
  } else {
    put(0xdb);
    putBE(n, 4);
  }
  raw(reinterpret_cast<const uint8_t*>(s.data()), n);
}

void MsgpackWriter::bin(const uint8_t* p, size_t n) {
  checkLength(n, "bin");
  if (n <= 0xff) {
    put(0xc4);
    putBE(n, 1);
  } else if (n <= 0xffff) {
    put(0xc5);
    putBE(n, 2);
  } else {
    put(0xc6);
    putBE(n, 4);
  }
  raw(p, n);
}

void MsgpackWriter::arrayHeader(size_t n) {
  checkLength(n, "array");
  if (n <= 15) {
    put(uint8_t(0x90 | n));
  } else if (n <= 0xffff) {
    put(0xdc);
    putBE(n, 2);
  } else {
    put(0xdd);
    putBE(n, 4);
  }
}

void MsgpackWriter::mapHeader(size_t n) {
  checkLength(n, "map");
  if (n <= 15) {
    put(uint8_t(0x80 | n));
  } else if (n <= 0xffff) {
    put(0xde);
    putBE(n, 2);
  } else {
    put(0xdf);
    putBE(n, 4);
  }
}

void MsgpackWriter::byteArray(const uint8_t* p, size_t n) {
  arrayHeader(n);
  out_.reserve(out_.size() + 2 * n);
  for (size_t i = 0; i < n; ++i) {
    if (p[i] >= 0x80) put(0xcc);
    put(p[i]);
  }
}

void MsgpackWriter::optionalId128(const std::optional<Id128>& id) {
  if (id) id128(*id);
  else nil();
}

void MsgpackWriter::raw(const uint8_t* p, size_t n) {
  if (n) out_.insert(out_.end(), p, p + n);
}

void MsgpackWriter::float64(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, 8);
  out_.push_back(0xcb);
  for (int i = 7; i >= 0; --i) out_.push_back(uint8_t(bits >> (8 * i)));
}

}  // namespace batscope
