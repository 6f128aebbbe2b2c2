// Errors as values: every engine operation that can fail returns Result<T>, whose Error
// names the file and byte offset involved so the UI and CLI can point at the bad bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace batscope {

struct Error {
  enum class Code { Io, Corrupt, NotFound, InvalidArgument, Cancelled, Unsupported };

  Code code = Code::Corrupt;
  std::string message;
  std::string file;                 // path or file name; empty when not about a file
  std::optional<uint64_t> offset;   // byte offset inside `file`, when known

  // "FILE at offset N: MESSAGE" (parts omitted when unknown).
  std::string toString() const;

  static Error io(std::string file, std::string message) {
    return Error{Code::Io, std::move(message), std::move(file), std::nullopt};
  }
  static Error corrupt(std::string file, uint64_t offset, std::string message) {
    return Error{Code::Corrupt, std::move(message), std::move(file), offset};
  }
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result<void>
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : e_(std::move(error)) {}
  static Status success() { return Status(); }
  bool ok() const { return !e_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *e_; }

 private:
  std::optional<Error> e_;
};

}  // namespace batscope
