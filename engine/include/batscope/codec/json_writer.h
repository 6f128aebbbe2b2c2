// A small streaming JSON writer into a std::string: the one place that knows JSON's string
// escaping and number spelling. Used to render payloads (msgpack_value.h) and dumps.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace batscope {

class JsonWriter {
 public:
  // Writes into an internal buffer (read it with str() / take()).
  explicit JsonWriter(int indent = 0) : out_(&own_), indent_(indent) {}
  // Appends to `out`, which must outlive the writer. indent 0 = compact (no whitespace at
  // all); > 0 = one member per line, indented by that many spaces per level.
  explicit JsonWriter(std::string& out, int indent = 0) : out_(&out), indent_(indent) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void beginObject();
  void endObject();
  void beginArray();
  void endArray();
  // The next value written is this member's value. Keys are escaped like string values.
  void key(std::string_view k);
  // key(k) then value(v).
  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }  // else it would pick bool
  void value(bool b);
  void value(std::nullptr_t) { null(); }
  void null();
  void value(uint64_t v);
  void value(int64_t v);
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  void value(T v) {
    if constexpr (std::is_signed_v<T>) value(static_cast<int64_t>(v));
    else value(static_cast<uint64_t>(v));
  }
  // Shortest round-trip spelling, always with a '.' or exponent so it reads back as a
  // double (3.0 -> "3.0", -0.0 -> "-0.0", 1e300 -> "1e+300"). JSON has no NaN/inf: a
  // non-finite value is written as null; callers that must keep it encode it themselves.
  void value(double d);
  // Pre-rendered JSON, inserted verbatim as one value (the caller vouches for its validity).
  void raw(std::string_view json);

  const std::string& str() const { return *out_; }
  // Moves the text out (out of the caller's string too, when writing into one).
  std::string take() { return std::move(*out_); }
  // True once every begun object/array has been ended.
  bool complete() const { return stack_.empty(); }

  // Appends `s` as a quoted JSON string. Valid UTF-8 passes through unchanged; '"', '\\'
  // and control characters < 0x20 are escaped; a byte that is not part of a valid UTF-8
  // sequence becomes U+FFFD so the output is always valid JSON.
  static void appendQuoted(std::string& out, std::string_view s);
  // Appends the spelling value(double) uses; returns false (appending nothing) if d is
  // not finite.
  static bool appendDouble(std::string& out, double d);

 private:
  struct Level {
    size_t count;  // members or elements written so far: decides the comma
  };
  void beforeValue();
  void newline(size_t depth);
  void open(char c);
  void close(char c);

  std::string own_;
  std::string* out_;
  int indent_;
  std::vector<Level> stack_;
  bool afterKey_ = false;
};

}  // namespace batscope
