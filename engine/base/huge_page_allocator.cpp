#include "batscope/base/huge_page_allocator.h"

#include <sys/mman.h>

namespace batscope::huge_pages {

void* map(size_t bytes) {
  const size_t len = mappedBytes(bytes);
  // One huge page more than needed, then the unaligned head and the tail are given back:
  // a transparent huge page needs a 2 MiB-aligned range.
  void* raw = ::mmap(nullptr, len + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (start + kHugePage - 1) & ~uintptr_t(kHugePage - 1);
  if (aligned > start) ::munmap(raw, aligned - start);
  const uintptr_t end = start + len + kHugePage;
  if (end > aligned + len) ::munmap(reinterpret_cast<void*>(aligned + len), end - (aligned + len));
  void* p = reinterpret_cast<void*>(aligned);
#ifdef MADV_HUGEPAGE
  ::madvise(p, len, MADV_HUGEPAGE);  // advice only: without THP the range stays 4 KiB pages
#endif
  return p;
}

void unmap(void* p, size_t bytes) { ::munmap(p, mappedBytes(bytes)); }

}  // namespace batscope::huge_pages
