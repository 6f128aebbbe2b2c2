// Writes a realistic, deterministic batpak store for demos and benchmarks: orders, users,
// accounts and shipments across several scopes, causation chains inside correlation
// groups, several kinds, JSON-like payloads and some atomic batches. The same options
// (seed included) always give the same bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "batscope/base/result.h"

namespace batscope {

struct GenerateOptions {
  uint64_t events = 200000;
  uint32_t entities = 50;
  uint32_t scopes = 8;
  uint64_t segmentBytes = 8ull << 20;
  uint64_t seed = 1;
  bool fsync = false;   // generation is reproducible, not precious: sync only at close
  std::function<void(double fraction)> progress;
};

// `dir` must not exist or be empty.
Status generateStore(const std::string& dir, const GenerateOptions& options);

}  // namespace batscope
