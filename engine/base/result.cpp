#include "batscope/base/result.h"

namespace batscope {

std::string Error::toString() const {
  std::string out;
  if (!file.empty()) out += file;
  if (offset) out += (out.empty() ? "offset " : " at offset ") + std::to_string(*offset);
  if (!out.empty()) out += ": ";
  out += message;
  return out;
}

}  // namespace batscope
