// Feeds arbitrary text to parseManifest (the archive manifest's small JSON reader); a
// manifest that parses is written back with manifestToJson and parsed again.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "batscope/archive/archive.h"

using namespace batscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto m = parseManifest(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!m) {
    (void)m.error().toString();
    return 0;
  }
  const std::string json = manifestToJson(*m);
  auto again = parseManifest(json);
  (void)again;
  std::vector<ExtractedFile> actual;
  for (const ManifestFile& f : m->files) actual.push_back(ExtractedFile{f.name, f.bytes + 1, f.blake3});
  (void)verifyManifest(*m, actual);
  return 0;
}
