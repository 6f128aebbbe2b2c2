// The archive manifest: writing it with JsonWriter, reading it back with a tiny JSON reader,
// and comparing it with what was unpacked.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <variant>

#include "batscope/archive.h"
#include "batscope/json_writer.h"

namespace batscope {

std::string manifestToJson(const Manifest& m) {
  JsonWriter w(2);
  w.beginObject();
  w.key("batscope_version"); w.value(m.batscopeVersion);
  w.key("created"); w.value(m.created);
  w.key("store");
  w.beginObject();
  w.key("segments"); w.value(m.segments);
  w.key("bytes"); w.value(m.bytes);
  w.key("events");
  if (m.events) w.value(*m.events);
  else w.null();
  w.key("open_path"); w.value(m.openPath);
  w.endObject();
  w.key("files");
  w.beginArray();
  for (const ManifestFile& f : m.files) {
    w.beginObject();
    w.key("name"); w.value(f.name);
    w.key("bytes"); w.value(f.bytes);
    w.key("blake3"); w.value(toHex(f.blake3.data(), f.blake3.size()));
    w.endObject();
  }
  w.endArray();
  w.endObject();
  std::string out = w.take();
  out += '\n';
  return out;
}

namespace {

// A JSON value: just enough of JSON for the manifest (numbers are kept as their text).
struct JValue;
using JObject = std::map<std::string, JValue>;
using JArray = std::vector<JValue>;
struct JNumber { std::string text; };
struct JValue {
  std::variant<std::nullptr_t, bool, JNumber, std::string, std::shared_ptr<JArray>, std::shared_ptr<JObject>> v;
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view s) : s_(s) {}

  bool parseDocument(JValue& out) {
    if (!parseValue(out, 0)) return false;
    skipWs();
    if (pos_ != s_.size()) return fail("trailing characters");
    return true;
  }
  const std::string& error() const { return error_; }
  size_t pos() const { return pos_; }

 private:
  std::string_view s_;
  size_t pos_ = 0;
  std::string error_;

  bool fail(const std::string& what) {
    if (error_.empty()) error_ = what;
    return false;
  }
  void skipWs() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("unexpected token");
    pos_ += word.size();
    return true;
  }
  bool parseValue(JValue& out, int depth) {
    if (depth > 32) return fail("nested too deeply");
    skipWs();
    if (pos_ >= s_.size()) return fail("unexpected end");
    const char c = s_[pos_];
    if (c == '{') return parseObject(out, depth);
    if (c == '[') return parseArray(out, depth);
    if (c == '"') {
      std::string str;
      if (!parseString(str)) return false;
      out.v = std::move(str);
      return true;
    }
    if (c == 't') { out.v = true; return literal("true"); }
    if (c == 'f') { out.v = false; return literal("false"); }
    if (c == 'n') { out.v = nullptr; return literal("null"); }
    if (c == '-' || (c >= '0' && c <= '9')) {
      const size_t start = pos_;
      while (pos_ < s_.size() && std::string_view("+-0123456789.eE").find(s_[pos_]) != std::string_view::npos) ++pos_;
      out.v = JNumber{std::string(s_.substr(start, pos_ - start))};
      return true;
    }
    return fail("unexpected character");
  }
  static void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    }
  }
  bool hex4(uint32_t& cp) {
    if (pos_ + 4 > s_.size()) return fail("bad \\u escape");
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = s_[pos_++];
      cp <<= 4;
      if (h >= '0' && h <= '9') cp |= uint32_t(h - '0');
      else if (h >= 'a' && h <= 'f') cp |= uint32_t(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') cp |= uint32_t(h - 'A' + 10);
      else return fail("bad \\u escape");
    }
    return true;
  }
  bool parseString(std::string& out) {
    ++pos_;  // opening quote
    while (pos_ < s_.size()) {
      const char c = s_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
      if (c != '\\') { out += c; continue; }
      if (pos_ >= s_.size()) break;
      const char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            uint32_t lo;
            if (!hex4(lo)) return false;
            if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else cp = 0xFFFD;
          } else if (cp >= 0xD800 && cp < 0xE000) {
            cp = 0xFFFD;
          }
          appendUtf8(out, cp);
          break;
        }
        default: return fail("bad escape");
      }
    }
    return fail("unterminated string");
  }
  bool parseArray(JValue& out, int depth) {
    ++pos_;
    auto arr = std::make_shared<JArray>();
    skipWs();
    if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; out.v = arr; return true; }
    for (;;) {
      JValue v;
      if (!parseValue(v, depth + 1)) return false;
      arr->push_back(std::move(v));
      skipWs();
      if (pos_ >= s_.size()) return fail("unterminated array");
      if (s_[pos_] == ',') { ++pos_; continue; }
      if (s_[pos_] == ']') { ++pos_; out.v = arr; return true; }
      return fail("expected ',' or ']'");
    }
  }
  bool parseObject(JValue& out, int depth) {
    ++pos_;
    auto obj = std::make_shared<JObject>();
    skipWs();
    if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; out.v = obj; return true; }
    for (;;) {
      skipWs();
      if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a key");
      std::string key;
      if (!parseString(key)) return false;
      skipWs();
      if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':'");
      ++pos_;
      JValue v;
      if (!parseValue(v, depth + 1)) return false;
      (*obj)[key] = std::move(v);
      skipWs();
      if (pos_ >= s_.size()) return fail("unterminated object");
      if (s_[pos_] == ',') { ++pos_; continue; }
      if (s_[pos_] == '}') { ++pos_; out.v = obj; return true; }
      return fail("expected ',' or '}'");
    }
  }
};

const JObject* asObject(const JValue* v) {
  if (!v) return nullptr;
  auto p = std::get_if<std::shared_ptr<JObject>>(&v->v);
  return p ? p->get() : nullptr;
}
const JValue* member(const JObject* o, const char* key) {
  if (!o) return nullptr;
  auto it = o->find(key);
  return it == o->end() ? nullptr : &it->second;
}
bool getString(const JObject* o, const char* key, std::string& out) {
  const JValue* v = member(o, key);
  if (!v) return false;
  auto s = std::get_if<std::string>(&v->v);
  if (!s) return false;
  out = *s;
  return true;
}
bool getUint(const JObject* o, const char* key, uint64_t& out) {
  const JValue* v = member(o, key);
  if (!v) return false;
  auto n = std::get_if<JNumber>(&v->v);
  if (!n || n->text.empty() || n->text.find_first_not_of("0123456789") != std::string::npos || n->text.size() > 20)
    return false;
  errno = 0;
  char* end = nullptr;
  out = std::strtoull(n->text.c_str(), &end, 10);
  return errno == 0;
}
bool parseHash(const std::string& hex, Hash32& out) {
  if (hex.size() != 64) return false;
  for (size_t i = 0; i < 32; ++i) {
    auto nib = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    const int hi = nib(hex[2 * i]), lo = nib(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = uint8_t(hi << 4 | lo);
  }
  return true;
}

Error manifestError(std::string message, std::optional<uint64_t> offset = std::nullopt) {
  return Error{Error::Code::Corrupt, std::move(message), std::string(kManifestName), offset};
}

}  // namespace

Result<Manifest> parseManifest(std::string_view json) {
  JsonReader r(json);
  JValue root;
  if (!r.parseDocument(root)) return manifestError("not valid JSON: " + r.error(), r.pos());
  const JObject* o = asObject(&root);
  if (!o) return manifestError("not a JSON object");
  Manifest m;
  getString(o, "batscope_version", m.batscopeVersion);
  getString(o, "created", m.created);
  if (const JObject* store = asObject(member(o, "store"))) {
    getUint(store, "segments", m.segments);
    getUint(store, "bytes", m.bytes);
    uint64_t events = 0;
    if (getUint(store, "events", events)) m.events = events;
    getString(store, "open_path", m.openPath);
  }
  const JValue* files = member(o, "files");
  auto arr = files ? std::get_if<std::shared_ptr<JArray>>(&files->v) : nullptr;
  if (!arr) return manifestError("no \"files\" array");
  for (const JValue& v : **arr) {
    const JObject* fo = asObject(&v);
    ManifestFile f;
    std::string hex;
    if (!fo || !getString(fo, "name", f.name) || !getUint(fo, "bytes", f.bytes) || !getString(fo, "blake3", hex) ||
        !parseHash(hex, f.blake3))
      return manifestError("a \"files\" entry lacks a name, a byte count or a 64-digit blake3");
    m.files.push_back(std::move(f));
  }
  return m;
}

std::vector<Finding> verifyManifest(const Manifest& m, const std::vector<ExtractedFile>& actual) {
  std::vector<Finding> out;
  auto finding = [&](const std::string& file, std::string message) {
    Finding f;
    f.severity = Finding::Severity::Warning;
    f.category = "manifest";
    f.file = file;
    f.message = std::move(message);
    out.push_back(std::move(f));
  };
  std::map<std::string, const ExtractedFile*> have;
  for (const ExtractedFile& f : actual) have[f.name] = &f;
  std::map<std::string, bool> listed;
  for (const ManifestFile& mf : m.files) {
    if (listed.count(mf.name)) { finding(mf.name, "listed twice in the manifest"); continue; }
    listed[mf.name] = true;
    auto it = have.find(mf.name);
    if (it == have.end()) { finding(mf.name, "listed in the manifest but missing from the archive"); continue; }
    const ExtractedFile& a = *it->second;
    if (a.bytes != mf.bytes) {
      finding(mf.name, "size differs from the manifest: " + std::to_string(a.bytes) + " bytes, manifest says " +
                           std::to_string(mf.bytes));
    } else if (a.blake3 != mf.blake3) {
      finding(mf.name, "BLAKE3 differs from the manifest: " + toHex(a.blake3.data(), 32) + ", manifest says " +
                           toHex(mf.blake3.data(), 32));
    }
  }
  for (const ExtractedFile& a : actual)
    if (!listed.count(a.name)) finding(a.name, "in the archive but not listed in the manifest");
  return out;
}

}  // namespace batscope
