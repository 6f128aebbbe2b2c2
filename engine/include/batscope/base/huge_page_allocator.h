// HugePageAllocator: for the few vectors that grow to tens of megabytes while a store opens
// (the index's entries and id table, a checkpoint's decoded entries, footer entries, the
// true view's frames). Filling fresh memory costs a page fault per 4 KiB page: at a million
// events these vectors were ~90k of the `info` process's ~130k faults and a third of its
// system time. Blocks of 2 MiB and more are therefore mapped on their own, 2 MiB-aligned, and
// marked MADV_HUGEPAGE, so a transparent huge page backs each 2 MiB with one fault (where the
// kernel's THP setting is `madvise` or `always`; elsewhere they are plain anonymous maps, as
// malloc's own large blocks are). Smaller blocks come from operator new.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <vector>

namespace batscope {

namespace huge_pages {
inline constexpr size_t kHugePage = size_t(2) << 20;
// Rounded up to whole huge pages; the same rounding on allocation and release.
inline size_t mappedBytes(size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }
void* map(size_t bytes);  // throws std::bad_alloc, as operator new does
void unmap(void* p, size_t bytes);
}  // namespace huge_pages

template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    if (n > size_t(-1) / sizeof(T)) throw std::bad_array_new_length();
    const size_t bytes = n * sizeof(T);
    if (bytes < huge_pages::kHugePage) return static_cast<T*>(::operator new(bytes, std::align_val_t(alignof(T))));
    return static_cast<T*>(huge_pages::map(bytes));
  }
  void deallocate(T* p, size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < huge_pages::kHugePage) ::operator delete(p, std::align_val_t(alignof(T)));
    else huge_pages::unmap(p, bytes);
  }
  template <class U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

template <class T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace batscope
