// MessagePack type bytes (https://github.com/msgpack/msgpack/blob/master/spec.md), read with
// the leniency of rmp-serde: any integer width, arrays or bins for byte sequences.
#include "batscope/codec/msgpack_reader.h"

#include <cstring>

#include "batscope/codec/packed_bytes.h"

namespace batscope {

uint64_t MsgpackReader::be(size_t at, int bytes) const {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | data_[at + i];
  return v;
}

MsgType MsgpackReader::peekType() const {
  if (atEnd()) return MsgType::End;
  const uint8_t b = data_[pos_];
  if (b <= 0x7f) return MsgType::UInt;
  if (b <= 0x8f) return MsgType::Map;
  if (b <= 0x9f) return MsgType::Array;
  if (b <= 0xbf) return MsgType::Str;
  if (b >= 0xe0) return MsgType::NegInt;
  switch (b) {
    case 0xc0: return MsgType::Nil;
    case 0xc2: case 0xc3: return MsgType::Bool;
    case 0xc4: case 0xc5: case 0xc6: return MsgType::Bin;
    case 0xc7: case 0xc8: case 0xc9: case 0xd4: case 0xd5: case 0xd6: case 0xd7: case 0xd8:
      return MsgType::Ext;
    case 0xca: return MsgType::Float32;
    case 0xcb: return MsgType::Float64;
    case 0xcc: case 0xcd: case 0xce: case 0xcf: return MsgType::UInt;
    case 0xd0: case 0xd1: case 0xd2: case 0xd3: {
      // Signed encodings: classify by the value they hold.
      static const int widths[] = {1, 2, 4, 8};
      const int w = widths[b - 0xd0];
      if (!need(1 + w)) return MsgType::Invalid;
      const uint64_t raw = be(pos_ + 1, w);
      const bool negative = (raw >> (w * 8 - 1)) & 1;
      return negative ? MsgType::NegInt : MsgType::UInt;
    }
    case 0xd9: case 0xda: case 0xdb: return MsgType::Str;
    case 0xdc: case 0xdd: return MsgType::Array;
    case 0xde: case 0xdf: return MsgType::Map;
    default: return MsgType::Invalid;  // 0xc1
  }
}

bool MsgpackReader::readNil() {
  if (atEnd() || data_[pos_] != 0xc0) return false;
  ++pos_;
  return true;
}

bool MsgpackReader::readBool(bool& out) {
  if (atEnd()) return false;
  const uint8_t b = data_[pos_];
  if (b != 0xc2 && b != 0xc3) return false;
  out = b == 0xc3;
  ++pos_;
  return true;
}

namespace {
// Decodes any integer at p (size n available). Returns bytes consumed, 0 if not an int.
// isNeg tells whether the value is negative (then sval holds it), else uval holds it.
size_t decodeInt(const uint8_t* p, size_t n, bool& isNeg, uint64_t& uval, int64_t& sval) {
  if (n == 0) return 0;
  const uint8_t b = p[0];
  auto be = [&](int w) {
    uint64_t v = 0;
    for (int i = 0; i < w; ++i) v = (v << 8) | p[1 + i];
    return v;
  };
  if (b <= 0x7f) { isNeg = false; uval = b; return 1; }
  if (b >= 0xe0) { isNeg = true; sval = static_cast<int8_t>(b); return 1; }
  int w = 0;
  bool isSigned = false;
  switch (b) {
    case 0xcc: w = 1; break;
    case 0xcd: w = 2; break;
    case 0xce: w = 4; break;
    case 0xcf: w = 8; break;
    case 0xd0: w = 1; isSigned = true; break;
    case 0xd1: w = 2; isSigned = true; break;
    case 0xd2: w = 4; isSigned = true; break;
    case 0xd3: w = 8; isSigned = true; break;
    default: return 0;
  }
  if (n < static_cast<size_t>(1 + w)) return 0;
  const uint64_t raw = be(w);
  if (!isSigned) { isNeg = false; uval = raw; return 1 + w; }
  int64_t s;
  switch (w) {
    case 1: s = static_cast<int8_t>(raw); break;
    case 2: s = static_cast<int16_t>(raw); break;
    case 4: s = static_cast<int32_t>(raw); break;
    default: s = static_cast<int64_t>(raw); break;
  }
  if (s < 0) { isNeg = true; sval = s; } else { isNeg = false; uval = static_cast<uint64_t>(s); }
  return 1 + w;
}
}  // namespace

bool MsgpackReader::readUInt(uint64_t& out) {
  if (pos_ < size_ && data_[pos_] <= 0x7f) {  // positive fixint: most of batpak's integers
    out = data_[pos_++];
    return true;
  }
  bool neg; uint64_t u = 0; int64_t s = 0;
  const size_t used = decodeInt(data_ + pos_, size_ - pos_, neg, u, s);
  if (!used || neg) return false;
  out = u;
  pos_ += used;
  return true;
}

bool MsgpackReader::readInt(int64_t& out) {
  bool neg; uint64_t u = 0; int64_t s = 0;
  const size_t used = decodeInt(data_ + pos_, size_ - pos_, neg, u, s);
  if (!used) return false;
  if (neg) {
    out = s;
  } else {
    if (u > static_cast<uint64_t>(INT64_MAX)) return false;
    out = static_cast<int64_t>(u);
  }
  pos_ += used;
  return true;
}

bool MsgpackReader::readFloat(double& out) {
  if (atEnd()) return false;
  const uint8_t b = data_[pos_];
  if (b == 0xca && need(5)) {
    const uint32_t raw = static_cast<uint32_t>(be(pos_ + 1, 4));
    float f;
    std::memcpy(&f, &raw, 4);
    out = f;
    pos_ += 5;
    return true;
  }
  if (b == 0xcb && need(9)) {
    const uint64_t raw = be(pos_ + 1, 8);
    std::memcpy(&out, &raw, 8);
    pos_ += 9;
    return true;
  }
  return false;
}

bool MsgpackReader::readStr(std::string_view& out) {
  if (atEnd()) return false;
  const uint8_t b = data_[pos_];
  size_t hdr, len;
  if (b >= 0xa0 && b <= 0xbf) { hdr = 1; len = b & 0x1f; }
  else if (b == 0xd9 && need(2)) { hdr = 2; len = be(pos_ + 1, 1); }
  else if (b == 0xda && need(3)) { hdr = 3; len = be(pos_ + 1, 2); }
  else if (b == 0xdb && need(5)) { hdr = 5; len = be(pos_ + 1, 4); }
  else return false;
  if (!need(hdr) || remaining() - hdr < len) return false;
  out = std::string_view(reinterpret_cast<const char*>(data_ + pos_ + hdr), len);
  pos_ += hdr + len;
  return true;
}

bool MsgpackReader::readBin(const uint8_t*& bytes, uint32_t& len) {
  if (atEnd()) return false;
  const uint8_t b = data_[pos_];
  size_t hdr;
  uint64_t l;
  if (b == 0xc4 && need(2)) { hdr = 2; l = be(pos_ + 1, 1); }
  else if (b == 0xc5 && need(3)) { hdr = 3; l = be(pos_ + 1, 2); }
  else if (b == 0xc6 && need(5)) { hdr = 5; l = be(pos_ + 1, 4); }
  else return false;
  if (remaining() - hdr < l) return false;
  bytes = data_ + pos_ + hdr;
  len = static_cast<uint32_t>(l);
  pos_ += hdr + l;
  return true;
}

bool MsgpackReader::readArrayHeader(uint32_t& count) {
  if (atEnd()) return false;
  const uint8_t b = data_[pos_];
  if (b >= 0x90 && b <= 0x9f) { count = b & 0x0f; pos_ += 1; return true; }
  if (b == 0xdc && need(3)) { count = static_cast<uint32_t>(be(pos_ + 1, 2)); pos_ += 3; return true; }
  if (b == 0xdd && need(5)) { count = static_cast<uint32_t>(be(pos_ + 1, 4)); pos_ += 5; return true; }
  return false;
}

bool MsgpackReader::readMapHeader(uint32_t& count) {
  if (atEnd()) return false;
  const uint8_t b = data_[pos_];
  if (b >= 0x80 && b <= 0x8f) { count = b & 0x0f; pos_ += 1; return true; }
  if (b == 0xde && need(3)) { count = static_cast<uint32_t>(be(pos_ + 1, 2)); pos_ += 3; return true; }
  if (b == 0xdf && need(5)) { count = static_cast<uint32_t>(be(pos_ + 1, 4)); pos_ += 5; return true; }
  return false;
}

bool MsgpackReader::readExt(int8_t& type, const uint8_t*& bytes, uint32_t& len) {
  if (atEnd()) return false;
  const uint8_t b = data_[pos_];
  size_t hdr;
  uint64_t l;
  switch (b) {
    case 0xd4: hdr = 1; l = 1; break;
    case 0xd5: hdr = 1; l = 2; break;
    case 0xd6: hdr = 1; l = 4; break;
    case 0xd7: hdr = 1; l = 8; break;
    case 0xd8: hdr = 1; l = 16; break;
    case 0xc7: if (!need(2)) return false; hdr = 2; l = be(pos_ + 1, 1); break;
    case 0xc8: if (!need(3)) return false; hdr = 3; l = be(pos_ + 1, 2); break;
    case 0xc9: if (!need(5)) return false; hdr = 5; l = be(pos_ + 1, 4); break;
    default: return false;
  }
  // hdr bytes, then the type byte, then l data bytes
  if (remaining() < hdr + 1 || remaining() - hdr - 1 < l) return false;
  type = static_cast<int8_t>(data_[pos_ + hdr]);
  bytes = data_ + pos_ + hdr + 1;
  len = static_cast<uint32_t>(l);
  pos_ += hdr + 1 + l;
  return true;
}

bool MsgpackReader::skip(int maxDepth) {
  if (maxDepth <= 0) return false;
  const size_t start = pos_;
  auto fail = [&] { pos_ = start; return false; };
  switch (peekType()) {
    case MsgType::Nil: return readNil();
    case MsgType::Bool: { bool b; return readBool(b); }
    case MsgType::UInt: { uint64_t u; return readUInt(u) || fail(); }
    case MsgType::NegInt: { int64_t s; return readInt(s) || fail(); }
    case MsgType::Float32: case MsgType::Float64: { double d; return readFloat(d) || fail(); }
    case MsgType::Str: { std::string_view s; return readStr(s) || fail(); }
    case MsgType::Bin: { const uint8_t* p; uint32_t l; return readBin(p, l) || fail(); }
    case MsgType::Ext: { int8_t t; const uint8_t* p; uint32_t l; return readExt(t, p, l) || fail(); }
    case MsgType::Array: {
      uint32_t n;
      if (!readArrayHeader(n)) return fail();
      // Every element takes at least one byte: a count beyond the span is a lie, reject
      // it before looping so a hostile 4-billion count costs nothing.
      if (n > remaining()) return fail();
      uint32_t i = 0;
      // Byte arrays (batpak's payloads and hashes) are runs of fixints and `cc XX`: skip
      // them without branching on each byte while at least two bytes per element remain.
      while (maxDepth >= 2 && i < n && size_ - pos_ >= 2 * size_t(n - i)) {  // a scalar is one level
        const uint8_t b = data_[pos_];
        if (b > 0x7f && b != 0xcc) break;
        pos_ += 1 + (b == 0xcc);
        ++i;
      }
      for (; i < n; ++i) {
        if (maxDepth >= 2 && pos_ < size_) {
          const uint8_t b = data_[pos_];
          if (b <= 0x7f) { ++pos_; continue; }
          if (b == 0xcc && size_ - pos_ >= 2) { pos_ += 2; continue; }
        }
        if (!skip(maxDepth - 1)) return fail();
      }
      return true;
    }
    case MsgType::Map: {
      uint32_t n;
      if (!readMapHeader(n)) return fail();
      if (n > remaining() / 2) return fail();
      for (uint32_t i = 0; i < n; ++i)
        if (!skip(maxDepth - 1) || !skip(maxDepth - 1)) return fail();
      return true;
    }
    default: return false;
  }
}

bool MsgpackReader::readByteArrayFixed(uint8_t* out, size_t n) {
  const size_t start = pos_;
  if (peekType() == MsgType::Bin) {
    const uint8_t* p; uint32_t l;
    if (!readBin(p, l) || l != n) { pos_ = start; return false; }
    std::memcpy(out, p, n);
    return true;
  }
  uint32_t count;
  if (!readArrayHeader(count) || count != n) { pos_ = start; return false; }
  size_t encoded = 0;
  if (scanPackedBytes(data_ + pos_, remaining(), n, out, encoded)) {
    pos_ += encoded;
    return true;
  }
  for (size_t i = 0; i < n; ++i) {
    if (pos_ < size_) {
      const uint8_t b = data_[pos_];
      if (b <= 0x7f) { out[i] = b; ++pos_; continue; }
      if (b == 0xcc && size_ - pos_ >= 2) { out[i] = data_[pos_ + 1]; pos_ += 2; continue; }
    }
    uint64_t v;
    if (!readUInt(v) || v > 255) { pos_ = start; return false; }
    out[i] = static_cast<uint8_t>(v);
  }
  return true;
}

}  // namespace batscope
