#include "batscope/format/visibility_ranges.h"

#include <algorithm>

#include "batscope/base/bytes.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/codec/struct_decoder.h"

namespace batscope {

std::vector<SequenceRange> normalizeRanges(std::vector<SequenceRange> ranges) {
  ranges.erase(std::remove_if(ranges.begin(), ranges.end(),
                              [](const SequenceRange& r) { return r.start >= r.end; }),
               ranges.end());
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const SequenceRange& a, const SequenceRange& b) { return a.start < b.start; });
  std::vector<SequenceRange> out;
  for (const SequenceRange& r : ranges) {
    if (!out.empty() && r.start <= out.back().end) out.back().end = std::max(out.back().end, r.end);
    else out.push_back(r);
  }
  return out;
}

bool inRanges(const std::vector<SequenceRange>& ranges, uint64_t seq) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), seq,
                             [](uint64_t s, const SequenceRange& r) { return s < r.start; });
  if (it == ranges.begin()) return false;
  --it;
  return seq >= it->start && seq < it->end;
}

VisibilityLoad loadVisibilityRanges(FileSystem& fs, const std::string& dir) {
  VisibilityLoad out;
  const std::string path = joinPath(dir, kVisibilityRangesFileName);
  if (!fs.exists(path)) return out;
  out.present = true;
  auto fail = [&](std::optional<uint64_t> offset, std::string msg) {
    out.ranges.clear();
    out.rejection = Error{Error::Code::Corrupt, std::move(msg), path, offset};
    return out;
  };
  auto mapped = fs.mapFile(path);
  if (!mapped) return fail(std::nullopt, "cannot read: " + mapped.error().message);
  const uint8_t* d = (*mapped)->data();
  const uint64_t size = (*mapped)->size();
  if (size < 12) return fail(0, "visibility ranges file shorter than 12 bytes");
  if (std::memcmp(d, "FBATVR", 6) != 0) return fail(0, "visibility ranges magic mismatch");
  const uint16_t version = loadLE16(d + 6);
  if (version != 1) return fail(6, "unsupported visibility ranges version " + std::to_string(version));
  if (crc32(d + 12, size - 12) != loadLE32(d + 8)) return fail(8, "visibility ranges CRC mismatch");

  MsgpackReader r(d + 12, size - 12);
  static const char* const top[] = {"ranges"};
  static const char* const rf[] = {"start", "end"};
  StructDecoder dec(r, top, 1);
  std::string err;
  std::vector<SequenceRange> ranges;
  const bool ok = dec.run([&](int, MsgpackReader& rd) -> bool {
        uint32_t n;
        if (!rd.readArrayHeader(n) || n > rd.remaining()) return false;
        ranges.resize(n);
        for (uint32_t i = 0; i < n; ++i) {
          StructDecoder rdcd(rd, rf, 2);
          std::string e2;
          if (!rdcd.run([&](int k, MsgpackReader& x) { return x.readUInt(k == 0 ? ranges[i].start : ranges[i].end); }, e2) ||
              !rdcd.allRequiredSeen(0b11))
            return false;
        }
        return true;
      }, err);
  if (!ok || !dec.allRequiredSeen(1)) return fail(12 + r.pos(), "visibility ranges body does not decode");
  out.ranges = normalizeRanges(std::move(ranges));
  return out;
}

}  // namespace batscope
