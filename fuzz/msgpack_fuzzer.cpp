// Feeds arbitrary bytes to the MessagePack layer: a token-by-token MsgpackReader walk (every
// typed read, skip and readByteArrayFixed), then decodeMsgValue into a MsgValue tree at a
// depth chosen by the first byte and every rendering of that tree (oracle JSON compact and
// pretty, batpak's serde_json error and rendering). Trailing bytes are decoded as further values.
// The bytes are also scanned as packed u8 elements (packed_bytes.h) at several counts, and the
// 64-bytes-at-a-time scan must agree with the element-by-element reference.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <cstring>
#include <vector>

#include "batscope/codec/msgpack_reader.h"
#include "batscope/codec/packed_bytes.h"
#include "batscope/codec/msgpack_value.h"

using namespace batscope;

namespace {

void readerWalk(const uint8_t* data, size_t size) {
  MsgpackReader r(data, size);
  for (int steps = 0; steps < 4096 && !r.atEnd(); ++steps) {
    const size_t before = r.pos();
    bool ok = false;
    switch (r.peekType()) {
      case MsgType::Nil: ok = r.readNil(); break;
      case MsgType::Bool: { bool b; ok = r.readBool(b); break; }
      case MsgType::UInt: { uint64_t u; ok = r.readUInt(u); break; }
      case MsgType::NegInt: { int64_t i; ok = r.readInt(i); break; }
      case MsgType::Float32:
      case MsgType::Float64: { double d; ok = r.readFloat(d); break; }
      case MsgType::Str: { std::string_view s; ok = r.readStr(s); if (ok && !s.empty()) { volatile char c = s.back(); (void)c; } break; }
      case MsgType::Bin: { const uint8_t* b; uint32_t n; ok = r.readBin(b, n); if (ok && n) { volatile uint8_t c = b[n - 1]; (void)c; } break; }
      case MsgType::Array: {
        uint8_t fixed[32];
        const size_t at = r.pos();
        if (r.readByteArrayFixed(fixed, 16) || (r.seek(at), r.readByteArrayFixed(fixed, 32))) { ok = true; break; }
        r.seek(at);
        uint32_t n; ok = r.readArrayHeader(n); break;
      }
      case MsgType::Map: { uint32_t n; ok = r.readMapHeader(n); break; }
      case MsgType::Ext: { int8_t t; const uint8_t* b; uint32_t n; ok = r.readExt(t, b, n); if (ok && n) { volatile uint8_t c = b[n - 1]; (void)c; } break; }
      case MsgType::Invalid:
      case MsgType::End: break;
    }
    if (!ok) {
      if (r.pos() != before) __builtin_trap();  // a failed read must not move the cursor
      r.seek(before);
      if (!r.skip()) r.seek(before + 1);
    }
  }
  MsgpackReader s(data, size);
  while (!s.atEnd() && s.skip(64)) {}
}

void packedBytes(const uint8_t* data, size_t size) {
  for (size_t n : {size_t(1), size_t(16), size_t(32), size / 3, size / 2, size}) {
    std::vector<uint8_t> fast(n + 1, 0), slow(n + 1, 0);
    size_t fastLen = 0, slowLen = 0;
    const bool f = scanPackedBytes(data, size, n, fast.data(), fastLen);
    const bool s = scanPackedBytesScalar(data, size, n, slow.data(), slowLen);
    if (f != s || (s && (fastLen != slowLen || fast != slow))) __builtin_trap();
    std::vector<uint8_t> portable(n + 1, 0);  // the scan scanPackedBytes did not pick, where it picked AVX-512
    size_t portableLen = 0;
    if (scanPackedBytesPortable(data, size, n, portable.data(), portableLen) != s ||
        (s && (portableLen != slowLen || portable != slow)))
      __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  readerWalk(data, size);
  packedBytes(data, size);
  if (size == 0) return 0;
  const int maxDepth = 1 + data[0] * 2;  // 1 … 511
  const uint8_t* p = data + 1;
  size_t left = size - 1;
  for (int values = 0; values < 8 && left; ++values) {
    MsgValue v;
    size_t consumed = 0;
    MsgDecodeError err;
    const bool ok = decodeMsgValue(p, left, v, consumed, err, maxDepth);
    // Renderings work on partial trees too.
    (void)msgValueToOracleJson(v);
    (void)msgValueToPrettyJson(v, values % 4);
    if (!batpakJsonError(v)) (void)msgValueToBatpakJson(v);
    if (!ok || consumed == 0 || consumed > left) break;
    p += consumed;
    left -= consumed;
  }
  return 0;
}
