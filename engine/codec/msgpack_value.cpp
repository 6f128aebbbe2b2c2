// Payload bytes P (FORMAT.md §3.4) -> MsgValue tree, and the tree's JSON renderings: the
// fixture oracle's encoding and what batpak's serde_json conversion makes of it (§11.3 step 5).
#include "batscope/codec/msgpack_value.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "batscope/base/bytes.h"
#include "batscope/codec/json_writer.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/base/utf8.h"

namespace batscope {

namespace {

using Kind = MsgValue::Kind;

// A lying element count costs nothing up front: reserve at most this many slots and let the
// vector grow with the elements that really decode.
constexpr uint32_t kMaxReserve = 1024;

std::string at(size_t offset) { return " at offset " + std::to_string(offset); }

std::string hexOf(const std::string& bytes) {
  return hexEncode(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

bool fail(MsgDecodeError& err, size_t offset, std::string message) {
  err.offset = offset;
  err.message = std::move(message);
  return false;
}

// Reads one value at the cursor into v. Scalars, strings, bins and exts are complete on
// return; for an array or map only the header is read and `count` is its element / entry
// count (already checked against the remaining bytes). The cursor stays put on failure.
bool readValueHead(MsgpackReader& r, MsgValue& v, uint32_t& count, MsgDecodeError& err) {
  const size_t start = r.pos();
  count = 0;
  auto truncated = [&](const char* what) {
    return fail(err, start, std::string("truncated ") + what + at(start) + " (" +
                                std::to_string(r.size() - start) + " bytes remain)");
  };
  switch (r.peekType()) {
    case MsgType::End:
      return fail(err, start, "unexpected end of input" + at(start));
    case MsgType::Invalid:
      if (r.data()[start] == 0xc1) return fail(err, start, "reserved type byte 0xc1" + at(start));
      return truncated("int");  // peekType cannot classify a cut-off signed int
    case MsgType::Nil:
      r.readNil();
      v.kind = Kind::Nil;
      return true;
    case MsgType::Bool:
      v.kind = Kind::Bool;
      return r.readBool(v.b);
    case MsgType::UInt:
      v.kind = Kind::UInt;
      return r.readUInt(v.u) || truncated("int");
    case MsgType::NegInt:
      v.kind = Kind::Int;
      return r.readInt(v.i) || truncated("int");
    case MsgType::Float32:
    case MsgType::Float64:
      v.kind = r.peekType() == MsgType::Float32 ? Kind::Float32 : Kind::Float64;
      return r.readFloat(v.f) || truncated("float");
    case MsgType::Str: {
      std::string_view s;
      if (!r.readStr(s)) return truncated("str");
      v.kind = Kind::Str;
      v.bytes.assign(s);
      v.utf8 = isValidUtf8(s);
      return true;
    }
    case MsgType::Bin: {
      const uint8_t* p;
      uint32_t n;
      if (!r.readBin(p, n)) return truncated("bin");
      v.kind = Kind::Bin;
      v.bytes.assign(reinterpret_cast<const char*>(p), n);
      return true;
    }
    case MsgType::Ext: {
      const uint8_t* p;
      uint32_t n;
      if (!r.readExt(v.extType, p, n)) return truncated("ext");
      v.kind = Kind::Ext;
      v.bytes.assign(reinterpret_cast<const char*>(p), n);
      return true;
    }
    case MsgType::Array:
      if (!r.readArrayHeader(count)) return truncated("array header");
      // Every element takes at least one byte.
      if (count > r.remaining()) {
        r.seek(start);
        return fail(err, start, "array" + at(start) + " declares " + std::to_string(count) +
                                    " elements but only " + std::to_string(r.size() - start) +
                                    " bytes remain");
      }
      v.kind = Kind::Array;
      v.array.reserve(std::min(count, kMaxReserve));
      return true;
    case MsgType::Map:
      if (!r.readMapHeader(count)) return truncated("map header");
      // Every entry takes at least two bytes (key and value).
      if (count > r.remaining() / 2) {
        r.seek(start);
        return fail(err, start, "map" + at(start) + " declares " + std::to_string(count) +
                                    " entries but only " + std::to_string(r.size() - start) +
                                    " bytes remain");
      }
      v.kind = Kind::Map;
      v.map.reserve(std::min(count, kMaxReserve));
      return true;
  }
  return fail(err, start, "unknown type byte" + at(start));
}

const char* nonFiniteText(double f) {
  if (std::isnan(f)) return "NaN";
  return f > 0 ? "inf" : "-inf";
}

void writeTagged(JsonWriter& w, std::string_view tag, const std::string& bytes) {
  w.beginObject();
  w.key(tag);
  w.value(hexOf(bytes));
  w.endObject();
}

// The JSON object key a map key becomes: a UTF-8 str as itself, anything else as its
// compact oracle JSON text. That text is escaped again at every level of keys nested inside
// keys, so it can double per level: past kMaxOracleKeyBytes it is cut (at a UTF-8 boundary)
// and ends in "…", which keeps hostile nesting linear instead of exponential.
constexpr size_t kMaxOracleKeyBytes = 1024;
std::string oracleKeyText(const MsgValue& k) {
  if (k.isStr() && k.utf8) return k.bytes;
  std::string text = msgValueToOracleJson(k);
  if (text.size() > kMaxOracleKeyBytes) {
    size_t cut = kMaxOracleKeyBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    text += "\xE2\x80\xA6";
  }
  return text;
}

// serde's `Unexpected` wording for a value met where a string key was expected.
std::string unexpectedText(const MsgValue& v) {
  switch (v.kind) {
    case Kind::Nil: return "unit value";
    case Kind::Bool: return std::string("boolean `") + (v.b ? "true" : "false") + "`";
    case Kind::UInt: return "integer `" + std::to_string(v.u) + "`";
    case Kind::Int: return "integer `" + std::to_string(v.i) + "`";
    case Kind::Float32:
    case Kind::Float64: {
      std::string text;
      if (!JsonWriter::appendDouble(text, v.f)) text = nonFiniteText(v.f);
      return "floating point `" + text + "`";
    }
    case Kind::Str: return "string";
    case Kind::Bin: return "byte array";
    case Kind::Array: return "sequence";
    case Kind::Map: return "map";
    case Kind::Ext: return "newtype struct";  // rmp-serde hands exts over as a newtype
  }
  return "value";
}

void writeBatpakJson(JsonWriter& w, const MsgValue& v) {
  switch (v.kind) {
    case Kind::Float32:
    case Kind::Float64:
      w.value(v.f);  // non-finite -> null, as serde_json's Value does
      return;
    case Kind::Array:
      w.beginArray();
      for (const MsgValue& e : v.array) writeBatpakJson(w, e);
      w.endArray();
      return;
    case Kind::Map: {
      // serde_json's Map::insert: a repeated key keeps its first slot, the last value wins.
      std::vector<std::pair<std::string, const MsgValue*>> members;
      std::unordered_map<std::string, size_t> slot;
      members.reserve(v.map.size());
      for (const auto& [k, val] : v.map) {
        std::string key = oracleKeyText(k);
        const auto [it, inserted] = slot.emplace(key, members.size());
        if (inserted) members.emplace_back(std::move(key), &val);
        else members[it->second].second = &val;
      }
      w.beginObject();
      for (const auto& [key, val] : members) {
        w.key(key);
        writeBatpakJson(w, *val);
      }
      w.endObject();
      return;
    }
    default:
      writeOracleJson(w, v);  // scalars and strings read the same in both encodings
      return;
  }
}

}  // namespace

bool decodeMsgValue(const uint8_t* data, size_t len, MsgValue& out, size_t& consumed,
                    MsgDecodeError& err, int maxDepth) {
  consumed = 0;
  out = MsgValue();
  maxDepth = std::clamp(maxDepth, 1, kMaxMsgDepth);
  MsgpackReader r(data, len);

  // Containers still being filled, outermost first. An explicit stack instead of recursion
  // so the depth limit, not the thread's stack, bounds hostile nesting. A node pointer stays
  // valid because a parent's vector only grows after the child's subtree is complete.
  struct Open {
    MsgValue* node;
    uint32_t left;        // elements / entries not started yet
    bool valuePending;    // map: the last key's value comes next
  };
  std::vector<Open> open;
  MsgValue* target = &out;
  while (target) {
    const size_t depth = open.size() + 1;
    if (depth > static_cast<size_t>(maxDepth))
      return fail(err, r.pos(),
                  "nesting deeper than " + std::to_string(maxDepth) + " levels" + at(r.pos()));
    uint32_t count;
    const size_t start = r.pos();
    if (!readValueHead(r, *target, count, err)) return false;
    target->offset = uint32_t(start);
    target->length = uint32_t(r.pos() - start);  // a container's grows when it closes
    if (count > 0) open.push_back({target, count, false});

    target = nullptr;
    while (!open.empty() && !target) {
      Open& o = open.back();
      if (o.valuePending) {
        o.valuePending = false;
        target = &o.node->map.back().second;
      } else if (o.left == 0) {
        o.node->length = uint32_t(r.pos() - o.node->offset);
        open.pop_back();
      } else if (o.node->kind == Kind::Array) {
        --o.left;
        target = &o.node->array.emplace_back();
      } else {
        --o.left;
        o.valuePending = true;
        target = &o.node->map.emplace_back().first;
      }
    }
  }
  consumed = r.pos();
  return true;
}

void writeOracleJson(JsonWriter& w, const MsgValue& v) {
  switch (v.kind) {
    case Kind::Nil: w.null(); return;
    case Kind::Bool: w.value(v.b); return;
    case Kind::UInt: w.value(v.u); return;
    case Kind::Int: w.value(v.i); return;
    case Kind::Float32:
    case Kind::Float64:
      if (std::isfinite(v.f)) {
        w.value(v.f);
      } else {
        w.beginObject();
        w.key("$float");
        w.value(nonFiniteText(v.f));
        w.endObject();
      }
      return;
    case Kind::Str:
      if (v.utf8) w.value(std::string_view(v.bytes));
      else writeTagged(w, "$invalid_utf8_str", v.bytes);
      return;
    case Kind::Bin: writeTagged(w, "$bin", v.bytes); return;
    case Kind::Ext:
      w.beginObject();
      w.key("$ext");
      w.beginObject();
      w.key("type");
      w.value(static_cast<int64_t>(v.extType));
      w.key("data");
      w.value(hexOf(v.bytes));
      w.endObject();
      w.endObject();
      return;
    case Kind::Array:
      w.beginArray();
      for (const MsgValue& e : v.array) writeOracleJson(w, e);
      w.endArray();
      return;
    case Kind::Map:
      w.beginObject();
      for (const auto& [k, val] : v.map) {
        w.key(oracleKeyText(k));
        writeOracleJson(w, val);
      }
      w.endObject();
      return;
  }
}

std::string msgValueToOracleJson(const MsgValue& v) {
  JsonWriter w;
  writeOracleJson(w, v);
  return w.take();
}

std::string msgValueToPrettyJson(const MsgValue& v, int indent) {
  JsonWriter w(indent);
  writeOracleJson(w, v);
  return w.take();
}

std::optional<std::string> batpakJsonError(const MsgValue& v) {
  // serde_json's Value visitor accepts every msgpack shape except byte arrays; rmp-serde
  // hands bins over as bytes and exts as a newtype whose data are bytes (inferred from
  // rmp-serde 1.x, no fixture has an ext), and refuses non-UTF-8 str outright.
  switch (v.kind) {
    case Kind::Bin:
    case Kind::Ext:
      return "invalid type: byte array, expected any valid JSON value";
    case Kind::Str:
      if (!v.utf8) return std::string("invalid utf-8 in str");
      return std::nullopt;
    case Kind::Array:
      for (const MsgValue& e : v.array)
        if (auto e2 = batpakJsonError(e)) return e2;
      return std::nullopt;
    case Kind::Map:
      for (const auto& [k, val] : v.map) {
        if (k.isStr() && !k.utf8) return std::string("invalid utf-8 in str");
        if (!k.isStr()) return "invalid type: " + unexpectedText(k) + ", expected a string key";
        if (auto e = batpakJsonError(val)) return e;
      }
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::string msgValueToBatpakJson(const MsgValue& v) {
  JsonWriter w;
  writeBatpakJson(w, v);
  return w.take();
}

}  // namespace batscope
