// A zero-copy MessagePack cursor over a byte span: the one place that knows msgpack's type
// bytes. Every on-disk structure of batpak (frames, footer string tables, checkpoints,
// snapshot interners, .fbv bodies) is decoded through it. The reader never allocates and
// never reads past its span: each read either succeeds and advances, or fails and leaves
// the cursor where it was, so callers can report `pos()` as the offset of the bad value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace batscope {

enum class MsgType : uint8_t {
  Nil, Bool, UInt, NegInt, Float32, Float64, Str, Bin, Array, Map, Ext, Invalid, End
};

class MsgpackReader {
 public:
  MsgpackReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  size_t pos() const { return pos_; }
  size_t size() const { return size_; }
  size_t remaining() const { return size_ - pos_; }
  bool atEnd() const { return pos_ >= size_; }
  const uint8_t* data() const { return data_; }
  void seek(size_t pos) { pos_ = pos <= size_ ? pos : size_; }

  // Type of the next value without consuming it (End at end of input).
  MsgType peekType() const;

  bool readNil();                    // consumes a nil
  bool readBool(bool& out);
  // Any integer encoding whose value is >= 0 (u8..u64, fixint, i8..i64 holding >= 0).
  bool readUInt(uint64_t& out);
  // Any integer encoding whose value fits in i64.
  bool readInt(int64_t& out);
  bool readFloat(double& out);       // float32 or float64
  bool readStr(std::string_view& out);
  bool readBin(const uint8_t*& bytes, uint32_t& len);
  bool readArrayHeader(uint32_t& count);
  bool readMapHeader(uint32_t& count);
  bool readExt(int8_t& type, const uint8_t*& bytes, uint32_t& len);

  // Skips one complete value (recursively); fails on truncation, 0xc1, or nesting deeper
  // than maxDepth (bounded recursion: hostile input cannot blow the stack).
  bool skip(int maxDepth = 512);

  // Reads a fixed-size byte array written either as a msgpack array of uints <= 255 (serde's
  // [u8; N] / Vec<u8>) or as a bin of exactly N bytes (rmp-serde 1.3 accepts both).
  bool readByteArrayFixed(uint8_t* out, size_t n);

 private:
  bool need(size_t n) const { return size_ - pos_ >= n; }
  uint64_t be(size_t at, int bytes) const;

  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// An unsigned integer of any msgpack width that must fit `max` (a u16 kind, a u32 clock).
template <class T>
bool readBounded(MsgpackReader& r, T& out, uint64_t max) {
  uint64_t v = 0;
  if (!r.readUInt(v) || v > max) return false;
  out = static_cast<T>(v);
  return true;
}

}  // namespace batscope
