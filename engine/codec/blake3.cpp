#include "batscope/codec/blake3.h"

extern "C" {
#include "blake3.h"
}

#include <new>

namespace batscope {

namespace {

static_assert(sizeof(blake3_hasher) <= 1920, "Blake3Hasher::state_ is too small for blake3_hasher");
static_assert(alignof(blake3_hasher) <= 16, "Blake3Hasher::state_ is not aligned enough for blake3_hasher");

}  // namespace

Blake3Hasher::Blake3Hasher() { reset(); }

void Blake3Hasher::reset() { blake3_hasher_init(new (state_) blake3_hasher); }

void Blake3Hasher::update(const void* data, size_t len) {
  if (len == 0) return;  // the C library reads `data` even for 0 bytes on some paths
  blake3_hasher_update(std::launder(reinterpret_cast<blake3_hasher*>(state_)), data, len);
}

Hash32 Blake3Hasher::finalize() const {
  Hash32 out;
  finalizeXof(out.data(), out.size());
  return out;
}

void Blake3Hasher::finalizeXof(uint8_t* out, size_t outLen) const {
  blake3_hasher_finalize(std::launder(reinterpret_cast<const blake3_hasher*>(state_)), out, outLen);
}

Hash32 blake3(const void* data, size_t len) {
  blake3_hasher h;
  blake3_hasher_init(&h);
  if (len) blake3_hasher_update(&h, data, len);
  Hash32 out;
  blake3_hasher_finalize(&h, out.data(), out.size());
  return out;
}

const char* blake3Backend() {
  // blake3_dispatch.c picks at run time; report what this CPU offers, in its order.
  __builtin_cpu_init();
#if !defined(BLAKE3_NO_AVX512)
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")) return "avx512";
#endif
  if (__builtin_cpu_supports("avx2")) return "avx2";
  if (__builtin_cpu_supports("sse4.1")) return "sse4.1";
  if (__builtin_cpu_supports("sse2")) return "sse2";
  return "portable";
}

}  // namespace batscope
