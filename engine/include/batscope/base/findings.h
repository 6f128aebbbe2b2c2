// What the engine noticed while reading: fallbacks taken, torn tails, corrupt frames,
// discarded batches, and where batpak's view differs from the bytes. Each names a file and,
// where it applies, a byte offset and an event.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "batscope/base/bytes.h"

namespace batscope {

struct Finding {
  enum class Severity { Info, Warning, Error };
  Severity severity = Severity::Warning;
  std::string category;   // "fallback", "torn-tail", "crc", "batch", "cross-check", …
  std::string file;       // file name inside the data dir
  std::optional<uint64_t> offset;
  std::optional<Id128> eventId;
  std::string message;

  std::string toString() const;
};

const char* severityName(Finding::Severity s);

}  // namespace batscope
