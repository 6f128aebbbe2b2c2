// BLAKE3 (unkeyed hash + extendable output): batpak's per-entity hash chains (FORMAT.md §4)
// are BLAKE3 digests of the event payload bytes. A thin wrapper over the official BLAKE3 C
// implementation (SSE2/SSE4.1/AVX2/AVX-512, chosen at run time), which Debian ships as sources
// in librust-blake3-dev; engine/CMakeLists.txt builds it. It measured faster than our own
// portable implementation on batpak's small payloads (docs/BENCHMARKS.md, "Primitives").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace batscope {

using Hash32 = std::array<uint8_t, 32>;  // same alias as bytes.h

// Incremental BLAKE3 hasher; no heap allocation.
class Blake3Hasher {
 public:
  Blake3Hasher();
  void update(const void* data, size_t len);
  // The 32-byte digest of everything fed so far; the hasher stays usable (more update() calls
  // continue the same stream).
  Hash32 finalize() const;
  // Extendable output: the first outLen bytes of the output stream (offset 0). The first 32
  // bytes equal finalize().
  void finalizeXof(uint8_t* out, size_t outLen) const;
  void reset();

 private:
  // The C library's blake3_hasher, held by value (blake3.cpp checks the size and alignment).
  alignas(16) unsigned char state_[1920];
};

// One-shot 32-byte digest.
Hash32 blake3(const void* data, size_t len);

// Which implementation the C library dispatches to on this CPU ("avx512", "avx2", …).
const char* blake3Backend();

}  // namespace batscope
