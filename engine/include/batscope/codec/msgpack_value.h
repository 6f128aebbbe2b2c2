// A user payload P (FORMAT.md §3.4) decoded into a JSON-like tree with exact 64-bit ints,
// its JSON renderings (the fixture oracle's, batpak's serde_json), and whether batpak's own
// `get` could convert it (§11.3 step 5).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace batscope {

class JsonWriter;

struct MsgValue {
  enum class Kind : uint8_t { Nil, Bool, UInt, Int, Float32, Float64, Str, Bin, Array, Map, Ext };

  Kind kind = Kind::Nil;
  // Where this value's bytes (its whole subtree) sit in the decoded input.
  uint32_t offset = 0, length = 0;
  // Str only: false when the bytes are not valid UTF-8 (they are kept as they are).
  bool utf8 = true;
  int8_t extType = 0;  // Ext only
  union {
    bool b;      // Bool
    uint64_t u;  // UInt: every value >= 0, whatever its encoding
    int64_t i;   // Int: negative values only
    double f;    // Float32 (exactly widened) and Float64
  };
  std::string bytes;  // Str / Bin / Ext data
  std::vector<MsgValue> array;
  std::vector<std::pair<MsgValue, MsgValue>> map;  // wire order, duplicate keys kept

  MsgValue() : u(0) {}

  bool isStr() const { return kind == Kind::Str; }
  bool isFloat() const { return kind == Kind::Float32 || kind == Kind::Float64; }
};

struct MsgDecodeError {
  size_t offset = 0;  // offset in the input of the value that could not be decoded
  std::string message;
};

// Decodes exactly one msgpack value from the start of data[0, len). Trailing bytes are
// allowed (batpak ignores them): `consumed` tells how many bytes the value used. On failure
// returns false, sets `err`, sets consumed to 0 and leaves `out` holding what was decoded
// before the error. Hostile input is safe: lengths are checked against the remaining bytes
// before any allocation, and a value nested deeper than maxDepth (the top-level value is at
// depth 1) is an error. maxDepth is clamped to [1, kMaxMsgDepth] because everything that
// walks the tree (rendering, destruction) recurses once per level.
constexpr int kMaxMsgDepth = 4096;
bool decodeMsgValue(const uint8_t* data, size_t len, MsgValue& out, size_t& consumed,
                    MsgDecodeError& err, int maxDepth = 256);

// The fixture oracle's JSON (fixtures README, "Payload JSON encoding"), compact:
// ints exact; bin -> {"$bin":"<hex>"}; ext -> {"$ext":{"type":<i8>,"data":"<hex>"}};
// non-UTF-8 str -> {"$invalid_utf8_str":"<hex>"}; a map key that is not a UTF-8 str ->
// its compact oracle JSON text; NaN/inf/-inf -> {"$float":"NaN"|"inf"|"-inf"}. Map order
// and duplicate keys are kept.
std::string msgValueToOracleJson(const MsgValue& v);
void writeOracleJson(JsonWriter& w, const MsgValue& v);
// The oracle encoding, indented for humans.
std::string msgValueToPrettyJson(const MsgValue& v, int indent = 2);

// Why batpak 0.5.0's `get` would fail converting this value to serde_json::Value (the
// serde text after batpak's "serialization error: " prefix), or nullopt if it converts.
// Fails on a bin, ext or non-UTF-8 str anywhere, or a map key that is not a str; the first
// offender in wire order decides the text.
std::optional<std::string> batpakJsonError(const MsgValue& v);

// The serde_json::Value batpak's `get` returns, compact. Meaningful only when
// batpakJsonError(v) is nullopt. Differs from the oracle in two ways: non-finite floats
// become null, and a repeated map key keeps its first position with the last value
// (serde_json's Map::insert). Key order is otherwise the wire order, i.e. serde_json with
// `preserve_order`; without that feature serde_json would sort keys (FORMAT.md §3.4) and no
// fixture tells which build batpak 0.5.0 had.
std::string msgValueToBatpakJson(const MsgValue& v);

}  // namespace batscope
