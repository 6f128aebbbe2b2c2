#include "batscope/format/sidx_footer.h"

#include "batscope/codec/msgpack_reader.h"
#include "batscope/base/utf8.h"

namespace batscope {

std::optional<SidxTrailer> readSidxTrailer(const uint8_t* data, uint64_t size) {
  if (size < kSidxTrailerBytes) return std::nullopt;
  const uint8_t* t = data + size - kSidxTrailerBytes;
  if (std::memcmp(t + 12, "SIDX", 4) != 0) return std::nullopt;
  return SidxTrailer{loadLE64(t), loadLE32(t + 8)};
}

Result<SidxReadResult> readSidxFooter(const uint8_t* data, uint64_t size, const std::string& fileName) {
  SidxReadResult out;
  const auto trailer = readSidxTrailer(data, size);
  if (!trailer) return out;
  out.present = true;
  SidxFooter& f = out.footer;
  f.trailer = *trailer;
  f.data = data;
  const uint64_t trailerAt = size - kSidxTrailerBytes;
  const uint64_t entriesLen = uint64_t(trailer->entryCount) * kSidxEntryBytes;
  if (entriesLen > trailerAt)
    return Error::corrupt(fileName, trailerAt + 8,
                          "SIDX entry block (" + std::to_string(trailer->entryCount) +
                              " entries) extends before the beginning of the file");
  f.entriesOffset = trailerAt - entriesLen;
  if (trailer->stringTableOffset > f.entriesOffset)
    return Error::corrupt(fileName, trailerAt,
                          "SIDX string_table_offset " + std::to_string(trailer->stringTableOffset) +
                              " is past entries_start " + std::to_string(f.entriesOffset));
  // rmp-serde from_slice::<Vec<String>>: one array of str; trailing bytes ignored.
  MsgpackReader r(data + trailer->stringTableOffset, f.entriesOffset - trailer->stringTableOffset);
  uint32_t n = 0;
  if (!r.readArrayHeader(n) || n > r.remaining())
    return Error::corrupt(fileName, trailer->stringTableOffset, "SIDX string table is not a msgpack array");
  f.strings.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view s;
    const uint64_t at = trailer->stringTableOffset + r.pos();
    if (!r.readStr(s)) return Error::corrupt(fileName, at, "SIDX string table element " + std::to_string(i) + " is not a string");
    if (!isValidUtf8(s)) return Error::corrupt(fileName, at, "SIDX string table element " + std::to_string(i) + " is not UTF-8");
    f.strings.push_back(s);
  }
  for (uint32_t i = 0; i < trailer->entryCount; ++i) {
    const uint8_t* e = data + f.entryOffset(i);
    const uint32_t entityIdx = loadLE32(e + 16), scopeIdx = loadLE32(e + 20);
    if (entityIdx >= n || scopeIdx >= n)
      return Error::corrupt(fileName, f.entryOffset(i),
                            "SIDX entry " + std::to_string(i) + ": string index out of range (table has " +
                                std::to_string(n) + " strings)");
  }
  return out;
}

uint16_t SidxFooter::rawKind(uint32_t i) const { return loadLE16(data + entryOffset(i) + 24); }

EntryPlace SidxFooter::place(uint32_t i, uint64_t segmentId) const {
  const uint8_t* e = data + entryOffset(i);
  return EntryPlace{Id128::fromLittleEndian(e), segmentId, loadLE64(e + 102), loadLE64(e + 114)};
}

EntryRecord SidxFooter::entry(uint32_t i, uint64_t segmentId) const {
  const uint8_t* e = data + entryOffset(i);
  EntryRecord rec;
  rec.eventId = Id128::fromLittleEndian(e);
  rec.entity = strings[loadLE32(e + 16)];
  rec.scope = strings[loadLE32(e + 20)];
  rec.kind = loadLE16(e + 24);
  rec.wallMs = loadLE64(e + 26);
  rec.clock = loadLE32(e + 34);
  std::memcpy(rec.chain.prevHash.data(), e + 38, 32);
  std::memcpy(rec.chain.eventHash.data(), e + 70, 32);
  rec.segmentId = segmentId;
  rec.offset = loadLE64(e + 102);
  rec.length = loadLE32(e + 110);
  rec.globalSequence = loadLE64(e + 114);
  rec.correlationId = Id128::fromLittleEndian(e + 122);
  const Id128 causation = Id128::fromLittleEndian(e + 138);
  if (!causation.isZero()) rec.causationId = causation;
  rec.origin = EntryOrigin::SidxFooter;
  return rec;
}

}  // namespace batscope
