// Decodes a serde-derived Rust struct the way rmp-serde does: either a map (keys in any
// order, unknown keys ignored, a field given twice is an error) or a positional array.
// Internal to the engine.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "batscope/codec/msgpack_reader.h"

namespace batscope {

class StructDecoder {
 public:
  StructDecoder(MsgpackReader& r, const char* const* fields, int fieldCount)
      : r_(r), fields_(fields), count_(fieldCount) {}

  // Calls onField(index, reader) for each known field present; the callback must consume
  // exactly the field's value and return false if it is invalid. Returns false with `err`.
  template <class F>
  bool run(F&& onField, std::string& err) {
    const MsgType t = r_.peekType();
    uint32_t n = 0;
    if (t == MsgType::Map) {
      if (!r_.readMapHeader(n)) { err = "bad map header"; return false; }
      for (uint32_t i = 0; i < n; ++i) {
        int idx = -1;
        std::string_view key;
        uint64_t keyIndex;
        if (r_.readStr(key)) {
          // batpak writes fields in declaration order: try the next one first.
          if (next_ < count_ && matches(key, fields_[next_])) idx = next_;
          else
            for (int f = 0; f < count_; ++f)
              if (matches(key, fields_[f])) { idx = f; break; }
          if (idx >= 0) next_ = idx + 1;
        } else if (r_.readUInt(keyIndex)) {
          if (keyIndex < uint64_t(count_)) idx = int(keyIndex);
        } else {
          err = "map key is not a field name";
          return false;
        }
        if (idx < 0) {
          if (!r_.skip()) { err = "bad value of unknown field"; return false; }
          continue;
        }
        if (seen_ & (1u << idx)) { err = std::string("duplicate field `") + fields_[idx] + "`"; return false; }
        seen_ |= 1u << idx;
        if (!onField(idx, r_)) { err = std::string("invalid value for field `") + fields_[idx] + "`"; return false; }
      }
      return true;
    }
    if (t == MsgType::Array) {
      if (!r_.readArrayHeader(n)) { err = "bad array header"; return false; }
      if (n > uint32_t(count_)) { err = "invalid length " + std::to_string(n); return false; }
      for (uint32_t i = 0; i < n; ++i) {
        seen_ |= 1u << i;
        if (!onField(int(i), r_)) { err = std::string("invalid value for field `") + fields_[i] + "`"; return false; }
      }
      return true;
    }
    err = "expected a map or an array";
    return false;
  }

  static bool matches(std::string_view key, const char* field) {
    for (size_t i = 0; i < key.size(); ++i)
      if (field[i] == '\0' || field[i] != key[i]) return false;
    return field[key.size()] == '\0';
  }

  bool allRequiredSeen(uint32_t requiredMask) const { return (seen_ & requiredMask) == requiredMask; }
  bool seen(int idx) const { return seen_ & (1u << idx); }
  std::string firstMissing(uint32_t requiredMask) const {
    for (int f = 0; f < count_; ++f)
      if ((requiredMask & (1u << f)) && !(seen_ & (1u << f))) return std::string("`") + fields_[f] + "`";
    return {};
  }

 private:
  MsgpackReader& r_;
  const char* const* fields_;
  int count_;
  uint32_t seen_ = 0;
  int next_ = 0;
};

}  // namespace batscope
