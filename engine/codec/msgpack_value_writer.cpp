#include "batscope/codec/msgpack_value_writer.h"

#include <cstring>

#include "batscope/codec/msgpack_writer.h"

namespace batscope {

namespace {
void encode(MsgpackWriter& w, std::vector<uint8_t>& out, const MsgValue& v, int depth) {
  if (depth > 1024) { w.nil(); return; }  // cannot come from decodeMsgValue; bound recursion anyway
  switch (v.kind) {
    case MsgValue::Kind::Nil: w.nil(); break;
    case MsgValue::Kind::Bool: w.boolean(v.b); break;
    case MsgValue::Kind::UInt: w.uint(v.u); break;
    case MsgValue::Kind::Int: w.sint(v.i); break;
    case MsgValue::Kind::Float32: {
      const float f = float(v.f);
      uint32_t bits;
      std::memcpy(&bits, &f, 4);
      out.push_back(0xca);
      for (int i = 3; i >= 0; --i) out.push_back(uint8_t(bits >> (8 * i)));
      break;
    }
    case MsgValue::Kind::Float64: w.float64(v.f); break;
    case MsgValue::Kind::Str: w.str(v.bytes); break;
    case MsgValue::Kind::Bin: w.bin(reinterpret_cast<const uint8_t*>(v.bytes.data()), v.bytes.size()); break;
    case MsgValue::Kind::Array:
      w.arrayHeader(v.array.size());
      for (const MsgValue& e : v.array) encode(w, out, e, depth + 1);
      break;
    case MsgValue::Kind::Map:
      w.mapHeader(v.map.size());
      for (const auto& [k, e] : v.map) {
        encode(w, out, k, depth + 1);
        encode(w, out, e, depth + 1);
      }
      break;
    case MsgValue::Kind::Ext: {
      const size_t n = v.bytes.size();
      if (n == 1 || n == 2 || n == 4 || n == 8 || n == 16) {
        out.push_back(n == 1 ? 0xd4 : n == 2 ? 0xd5 : n == 4 ? 0xd6 : n == 8 ? 0xd7 : 0xd8);
      } else if (n <= 0xff) {
        out.push_back(0xc7);
        out.push_back(uint8_t(n));
      } else if (n <= 0xffff) {
        out.push_back(0xc8);
        out.push_back(uint8_t(n >> 8));
        out.push_back(uint8_t(n));
      } else {
        out.push_back(0xc9);
        for (int i = 3; i >= 0; --i) out.push_back(uint8_t(n >> (8 * i)));
      }
      out.push_back(uint8_t(v.extType));
      out.insert(out.end(), v.bytes.begin(), v.bytes.end());
      break;
    }
  }
}
}  // namespace

void encodeMsgValue(const MsgValue& value, std::vector<uint8_t>& out) {
  MsgpackWriter w(out);
  encode(w, out, value, 0);
}

std::vector<uint8_t> encodeMsgValue(const MsgValue& value) {
  std::vector<uint8_t> out;
  encodeMsgValue(value, out);
  return out;
}

}  // namespace batscope
