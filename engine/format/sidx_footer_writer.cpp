// batpak 0.5.0's SIDX footer writer re-expressed (src/store/sidx.rs).
#include "batscope/format/sidx_footer_writer.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "batscope/base/byte_writer.h"
#include "batscope/codec/msgpack_writer.h"
#include "batscope/format/sidx_footer.h"

namespace batscope {

std::vector<uint8_t> encodeSidxFooter(uint64_t stringTableOffset, const std::vector<SidxEntryInput>& entries) {
  // The per-segment interner: first use wins, entity before scope.
  std::vector<std::string_view> strings;
  std::unordered_map<std::string_view, uint32_t> index;
  auto intern = [&](std::string_view s) {
    auto [it, inserted] = index.emplace(s, uint32_t(strings.size()));
    if (inserted) strings.push_back(s);
    return it->second;
  };
  std::vector<std::pair<uint32_t, uint32_t>> ids;
  ids.reserve(entries.size());
  for (const SidxEntryInput& e : entries) {
    const uint32_t entityIdx = intern(e.entity);
    const uint32_t scopeIdx = intern(e.scope);
    ids.emplace_back(entityIdx, scopeIdx);
  }

  std::vector<uint8_t> out;
  out.reserve(entries.size() * kSidxEntryBytes + kSidxTrailerBytes + 64);
  MsgpackWriter w(out);
  w.arrayHeader(strings.size());
  for (std::string_view s : strings) w.str(s);

  for (size_t i = 0; i < entries.size(); ++i) {
    const SidxEntryInput& e = entries[i];
    putIdLE(out, e.eventId);
    putLE(out, ids[i].first, 4);
    putLE(out, ids[i].second, 4);
    putLE(out, e.kind, 2);
    putLE(out, e.wallMs, 8);
    putLE(out, e.clock, 4);
    putHash(out, e.chain.prevHash);
    putHash(out, e.chain.eventHash);
    putLE(out, e.frameOffset, 8);
    putLE(out, e.frameLength, 4);
    putLE(out, e.globalSequence, 8);
    putIdLE(out, e.correlationId);
    putIdLE(out, e.causationId.value_or(Id128{}));
  }

  putLE(out, stringTableOffset, 8);
  // batpak saturates the count at u32::MAX.
  putLE(out, std::min<uint64_t>(entries.size(), 0xffffffffull), 4);
  putMagic(out, "SIDX", 4);
  return out;
}

}  // namespace batscope
