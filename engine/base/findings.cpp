#include "batscope/base/findings.h"

namespace batscope {

const char* severityName(Finding::Severity s) {
  switch (s) {
    case Finding::Severity::Info: return "info";
    case Finding::Severity::Warning: return "warning";
    case Finding::Severity::Error: return "error";
  }
  return "?";
}

std::string Finding::toString() const {
  std::string out = std::string(severityName(severity)) + " [" + category + "] ";
  if (!file.empty()) {
    out += file;
    if (offset) out += " @" + std::to_string(*offset);
    out += ": ";
  }
  out += message;
  if (eventId) out += " (event " + hexEncode(*eventId) + ")";
  return out;
}

}  // namespace batscope
