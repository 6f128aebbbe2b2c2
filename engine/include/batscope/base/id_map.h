// IdMap<V>: an open-addressing hash map from 16-byte event ids to small values, for the
// million-entry lookups the true view, the cross-check and chain verification make. No
// allocation per entry (std::unordered_map<std::string, …> allocated one node and one
// 16-byte key string each), keys stored inline, linear probing, load factor ≤ 1/2.
#pragma once

#include <sys/mman.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "batscope/base/bytes.h"

namespace batscope {

template <typename V>
class IdMap {
 public:
  explicit IdMap(size_t expected = 0) { rehash(expected); }

  // The value for `id`, inserting `value` when absent; `second` says whether it was inserted.
  std::pair<V*, bool> emplace(const Id128& id, const V& value) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(size_ + 1);
    Slot* s = probe(id);
    if (s->used) return {&s->value, false};
    *s = Slot{id, value, true};
    ++size_;
    return {&s->value, true};
  }

  const V* find(const Id128& id) const {
    if (slots_.empty()) return nullptr;
    const Slot* s = const_cast<IdMap*>(this)->probe(id);
    return s->used ? &s->value : nullptr;
  }

  size_t size() const { return size_; }
  // Makes room for `entries` without rehashing on the way.
  void reserve(size_t entries) { rehash(entries); }

 private:
  struct Slot {
    Id128 id;
    V value{};
    bool used = false;
  };

  Slot* probe(const Id128& id) {
    const size_t mask = slots_.size() - 1;
    size_t i = id.hash() & mask;
    while (slots_[i].used && slots_[i].id != id) i = (i + 1) & mask;
    return &slots_[i];
  }

  void rehash(size_t entries) {
    size_t n = 16;
    while (n < entries * 2) n *= 2;
    if (n <= slots_.size()) return;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    // Probes land anywhere in a table of a hundred megabytes: huge pages spare the TLB.
    if (n * sizeof(Slot) >= (8u << 20)) {
      // madvise wants page boundaries: advise the whole pages inside the table.
      constexpr uintptr_t kPage = 4096;
      const uintptr_t begin = (reinterpret_cast<uintptr_t>(slots_.data()) + kPage - 1) & ~(kPage - 1);
      const uintptr_t end = (reinterpret_cast<uintptr_t>(slots_.data() + n)) & ~(kPage - 1);
      if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    }
    size_ = 0;
    for (const Slot& s : old)
      if (s.used) emplace(s.id, s.value);
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace batscope
