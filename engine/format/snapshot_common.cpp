#include "snapshot_common.h"

#include "batscope/format/segment.h"
#include "batscope/codec/struct_decoder.h"
#include "batscope/base/utf8.h"

namespace batscope {

bool decodeStringArray(MsgpackReader& r, std::vector<std::string>& out, std::string& err) {
  uint32_t n = 0;
  if (!r.readArrayHeader(n) || n > r.remaining()) { err = "interner is not a msgpack array"; return false; }
  out.clear();
  out.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view s;
    if (!r.readStr(s) || !isValidUtf8(s)) { err = "interner element " + std::to_string(i) + " is not a UTF-8 string"; return false; }
    out.emplace_back(s);
  }
  return true;
}

namespace {
bool decodeChunk(MsgpackReader& r, RoutingChunk& c, std::string& err) {
  static const char* const f[] = {"start", "len", "first_sequence", "last_sequence"};
  StructDecoder d(r, f, 4);
  if (!d.run([&](int i, MsgpackReader& rd) {
        uint64_t* slots[] = {&c.start, &c.len, &c.firstSequence, &c.lastSequence};
        return rd.readUInt(*slots[i]);
      }, err)) return false;
  if (!d.allRequiredSeen(0b1111)) { err = "chunk missing field " + d.firstMissing(0b1111); return false; }
  return true;
}

bool decodeEntityRun(MsgpackReader& r, std::string& err) {
  static const char* const f[] = {"entity", "start", "len", "first_sequence", "last_sequence"};
  StructDecoder d(r, f, 5);
  if (!d.run([&](int i, MsgpackReader& rd) {
        if (i == 0) { std::string_view s; return rd.readStr(s); }
        uint64_t v;
        return rd.readUInt(v);
      }, err)) return false;
  if (!d.allRequiredSeen(0b11111)) { err = "entity run missing field " + d.firstMissing(0b11111); return false; }
  return true;
}
}  // namespace

bool decodeRoutingSummary(MsgpackReader& r, std::vector<RoutingChunk>& chunks, std::string& err) {
  static const char* const f[] = {"entry_count", "chunk_count", "chunks", "entity_runs"};
  StructDecoder d(r, f, 4);
  std::string inner;
  if (!d.run([&](int i, MsgpackReader& rd) -> bool {
        uint64_t v;
        uint32_t n;
        switch (i) {
          case 0: case 1: return rd.readUInt(v);
          case 2:
            if (!rd.readArrayHeader(n) || n > rd.remaining()) return false;
            chunks.resize(n);
            for (uint32_t k = 0; k < n; ++k)
              if (!decodeChunk(rd, chunks[k], inner)) return false;
            return true;
          case 3:
            if (!rd.readArrayHeader(n) || n > rd.remaining()) return false;
            for (uint32_t k = 0; k < n; ++k)
              if (!decodeEntityRun(rd, inner)) return false;
            return true;
        }
        return false;
      }, err)) {
    err = "routing: " + err + (inner.empty() ? "" : " (" + inner + ")");
    return false;
  }
  if (!d.allRequiredSeen(0b1111)) { err = "routing: missing field " + d.firstMissing(0b1111); return false; }
  return true;
}

std::string watermarkSegmentPath(const std::string& dir, uint64_t segmentId) {
  return joinPath(dir, segmentFileName(segmentId));
}

SnapshotLoad reject(const std::string& path, std::optional<uint64_t> offset, std::string message) {
  SnapshotLoad out;
  out.rejection.error = Error{Error::Code::Corrupt, std::move(message), path, offset};
  return out;
}

SnapshotFile openSnapshotFile(FileSystem& fs, const std::string& path, const char* absentText, const char* readFailText) {
  SnapshotFile out;
  if (!fs.exists(path)) {
    SnapshotLoad absent;
    absent.rejection.absent = true;
    absent.rejection.error = Error{Error::Code::NotFound, absentText, path, std::nullopt};
    out.rejected = std::move(absent);
    return out;
  }
  auto mapped = fs.mapFile(path);
  if (!mapped) {
    out.rejected = reject(path, std::nullopt, readFailText + mapped.error().message);
    return out;
  }
  out.file = *mapped;
  return out;
}

}  // namespace batscope
