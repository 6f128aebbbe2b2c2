// JSON spelling (RFC 8259): string escaping, shortest round-trip doubles, comma and
// indentation bookkeeping for JsonWriter.
#include "batscope/codec/json_writer.h"

#include <charconv>
#include <cmath>

#include "batscope/base/utf8.h"

namespace batscope {

namespace {

// Length of the valid UTF-8 sequence starting at s[i] (lead byte >= 0x80), or 0.
size_t utf8SequenceLength(std::string_view s, size_t i) {
  const auto c = static_cast<uint8_t>(s[i]);
  const size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || s.size() - i < len || !isValidUtf8(s.substr(i, len))) return 0;
  return len;
}

}  // namespace

void JsonWriter::appendQuoted(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  out.reserve(out.size() + n + 2);
  out.push_back('"');
  size_t i = 0;
  while (i < n) {
    const uint8_t c = p[i];
    if (c >= 0x80) {
      const size_t len = utf8SequenceLength(s, i);
      if (len == 0) {
        out.append("\xEF\xBF\xBD");
        ++i;
      } else {
        out.append(reinterpret_cast<const char*>(p + i), len);
        i += len;
      }
      continue;
    }
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (c < 0x20) {
          out.append("\\u00");
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out.push_back('"');
}

bool JsonWriter::appendDouble(std::string& out, double d) {
  if (!std::isfinite(d)) return false;
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view text(buf, static_cast<size_t>(res.ptr - buf));
  out.append(text);
  // to_chars spells integral values as integers ("3", "-0"); a JSON reader would take
  // those for integers and lose the sign of zero.
  if (text.find_first_of(".eE") == std::string_view::npos) out.append(".0");
  return true;
}

void JsonWriter::newline(size_t depth) {
  out_->push_back('\n');
  out_->append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::beforeValue() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (stack_.empty()) return;
  Level& level = stack_.back();
  if (level.count++ > 0) out_->push_back(',');
  if (indent_ > 0) newline(stack_.size());
}

void JsonWriter::open(char c) {
  beforeValue();
  out_->push_back(c);
  stack_.push_back({0});
}

void JsonWriter::close(char c) {
  if (stack_.empty()) return;  // unbalanced call: ignore rather than corrupt the output
  const bool hadMembers = stack_.back().count > 0;
  stack_.pop_back();
  afterKey_ = false;
  if (indent_ > 0 && hadMembers) newline(stack_.size());
  out_->push_back(c);
}

void JsonWriter::beginObject() { open('{'); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('['); }
void JsonWriter::endArray() { close(']'); }

void JsonWriter::key(std::string_view k) {
  beforeValue();
  appendQuoted(*out_, k);
  out_->append(indent_ > 0 ? ": " : ":");
  afterKey_ = true;
}

void JsonWriter::value(std::string_view s) {
  beforeValue();
  appendQuoted(*out_, s);
}

void JsonWriter::value(bool b) {
  beforeValue();
  out_->append(b ? "true" : "false");
}

void JsonWriter::null() {
  beforeValue();
  out_->append("null");
}

void JsonWriter::value(uint64_t v) {
  beforeValue();
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, res.ptr);
}

void JsonWriter::value(int64_t v) {
  beforeValue();
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, res.ptr);
}

void JsonWriter::value(double d) {
  beforeValue();
  if (!appendDouble(*out_, d)) out_->append("null");
}

void JsonWriter::raw(std::string_view json) {
  beforeValue();
  out_->append(json);
}

}  // namespace batscope
