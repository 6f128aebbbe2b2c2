// Byte spans of a frame's fields (FORMAT.md §2.3, §3): a walk over the body with the same
// leniency as event_frame.cpp's StructDecoder (any key order, unknown keys, positional
// arrays), recording where each key and value starts instead of decoding values.
#include "batscope/format/frame_layout.h"

#include <algorithm>
#include <string_view>

#include "batscope/base/bytes.h"
#include "batscope/codec/msgpack_reader.h"
#include "batscope/format/event_frame.h"
#include "batscope/format/segment.h"

namespace batscope {

namespace {

// The four batpak structs whose fields get their own spans (FORMAT.md §3.2, §3.3, §3.5).
struct Schema {
  const char* const* names;
  const Schema* const* children;  // per field: the struct its value holds, or nullptr
  int count;
};

const char* const kPositionNames[] = {"wall_ms", "counter", "depth", "lane", "sequence"};
const Schema* const kPositionChildren[] = {nullptr, nullptr, nullptr, nullptr, nullptr};
const Schema kPosition{kPositionNames, kPositionChildren, 5};

const char* const kHeaderNames[] = {"event_id", "correlation_id", "causation_id", "timestamp_us", "position",
                                    "payload_size", "event_kind", "flags", "content_hash"};
const Schema* const kHeaderChildren[] = {nullptr, nullptr, nullptr, nullptr, &kPosition,
                                         nullptr, nullptr, nullptr, nullptr};
const Schema kHeader{kHeaderNames, kHeaderChildren, 9};

const char* const kHashChainNames[] = {"prev_hash", "event_hash"};
const Schema* const kHashChainChildren[] = {nullptr, nullptr};
const Schema kHashChain{kHashChainNames, kHashChainChildren, 2};

const char* const kEventNames[] = {"header", "payload", "hash_chain"};
const Schema* const kEventChildren[] = {&kHeader, nullptr, &kHashChain};
const Schema kEvent{kEventNames, kEventChildren, 3};

const char* const kBodyNames[] = {"event", "entity", "scope"};
const Schema* const kBodyChildren[] = {&kEvent, nullptr, nullptr};
const Schema kBody{kBodyNames, kBodyChildren, 3};

// A payload may nest 1022 containers (event_frame.cpp, kPayloadMaxDepth); skip a little more
// so a value batpak accepts is never cut short here. MsgpackReader::skip bounds the recursion.
constexpr int kSkipDepth = 1030;

class LayoutWalker {
 public:
  LayoutWalker(const uint8_t* body, size_t bodyLen, std::vector<FrameField>& out)
      : r_(body, bodyLen), out_(out) {}

  // Walks the struct value at the cursor. False (cursor anywhere) when the bytes end or break.
  bool walkStruct(const Schema& schema, const std::string& prefix) {
    uint32_t n = 0;
    switch (r_.peekType()) {
      case MsgType::Map:
        if (!r_.readMapHeader(n)) return false;
        for (uint32_t i = 0; i < n; ++i) {
          const size_t keyStart = r_.pos();
          int field = -1;
          std::string name;
          std::string_view key;
          uint64_t keyIndex = 0;
          if (r_.readStr(key)) {
            for (int f = 0; f < schema.count && field < 0; ++f)
              if (key == schema.names[f]) field = f;
            name = field >= 0 ? std::string(schema.names[field]) : std::string(key);
          } else if (r_.readUInt(keyIndex)) {  // rmp-serde also takes a field index as key
            if (keyIndex < uint64_t(schema.count)) field = int(keyIndex);
            name = field >= 0 ? std::string(schema.names[field]) : "#" + std::to_string(i);
          } else {
            if (!r_.skip(kSkipDepth)) return false;
            name = "#" + std::to_string(i);
          }
          if (!walkField(prefix + name, keyStart, field >= 0 ? schema.children[field] : nullptr)) return false;
        }
        return true;
      case MsgType::Array:
        if (!r_.readArrayHeader(n)) return false;
        for (uint32_t i = 0; i < n; ++i) {
          const bool known = i < uint32_t(schema.count);
          const std::string name = known ? std::string(schema.names[i]) : "#" + std::to_string(i);
          if (!walkField(prefix + name, r_.pos(), known ? schema.children[i] : nullptr)) return false;
        }
        return true;
      default:
        return false;
    }
  }

 private:
  // The value at the cursor belongs to field `path`, whose key (if any) started at keyStart.
  bool walkField(const std::string& path, size_t keyStart, const Schema* child) {
    const size_t valueStart = r_.pos();
    const MsgType t = r_.peekType();
    const bool descend = child && (t == MsgType::Map || t == MsgType::Array);
    const size_t slot = out_.size();
    if (descend) {
      out_.push_back(FrameField{path, 0, 0, 0, 0, 0});  // the container precedes its fields
      if (!walkStruct(*child, path + ".")) {
        out_.erase(out_.begin() + std::ptrdiff_t(slot));
        return false;
      }
    } else if (!r_.skip(kSkipDepth)) {
      return false;
    }
    FrameField f{path, kFrameHeaderBytes + keyStart, r_.pos() - keyStart, kFrameHeaderBytes + keyStart,
                 kFrameHeaderBytes + valueStart, r_.pos() - valueStart};
    if (descend) out_[slot] = std::move(f);
    else out_.push_back(std::move(f));
    return true;
  }

  MsgpackReader r_;
  std::vector<FrameField>& out_;
};

}  // namespace

std::vector<FrameField> frameFieldSpans(const uint8_t* frame, size_t frameLen) {
  std::vector<FrameField> out;
  if (!frame || frameLen < 4) return out;
  out.push_back(FrameField{"len", 0, 4, 0, 0, 4});
  if (frameLen < kFrameHeaderBytes) return out;
  out.push_back(FrameField{"crc32", 4, 4, 4, 4, 4});
  const uint64_t bodyLen = std::min<uint64_t>(loadBE32(frame), frameLen - kFrameHeaderBytes);
  LayoutWalker walker(frame + kFrameHeaderBytes, size_t(bodyLen), out);
  walker.walkStruct(kBody, "");
  return out;
}

const FrameField* fieldAt(const std::vector<FrameField>& fields, uint64_t frameOffset) {
  const FrameField* best = nullptr;
  for (const FrameField& f : fields)
    if (f.contains(frameOffset) && (!best || f.length < best->length)) best = &f;
  return best;
}

const FrameField* findField(const std::vector<FrameField>& fields, const std::string& path) {
  for (const FrameField& f : fields)
    if (f.path == path) return &f;
  return nullptr;
}

// One field at a time, each from its own span (see frame_layout.h).
std::vector<std::string> decodeFieldsOneByOne(const uint8_t* frame, const std::vector<FrameField>& fields,
                                              DecodedFrame& out) {
  std::vector<std::string> decoded;
  EventHeader& h = out.header;
  DagPosition& pos = h.position;
  for (const FrameField& f : fields) {
    MsgpackReader r(frame + f.valueOffset, size_t(f.valueLength));
    const std::string& p = f.path;
    const std::string_view leaf = std::string_view(p).substr(p.rfind('.') + 1);
    bool ok = false;
    if (p == "event.header.event_id") ok = r.readByteArrayFixed(h.eventId.bytes.data(), 16);
    else if (p == "event.header.correlation_id") ok = r.readByteArrayFixed(h.correlationId.bytes.data(), 16);
    else if (p == "event.header.causation_id") {
      Id128 id;
      if (r.readNil()) { h.causationId.reset(); ok = true; }
      else if ((ok = r.readByteArrayFixed(id.bytes.data(), 16))) h.causationId = id;
    } else if (p == "event.header.timestamp_us") ok = r.readInt(h.timestampUs);
    else if (p == "event.header.payload_size") ok = readBounded(r, h.payloadSize, 0xffffffffu);
    else if (p == "event.header.event_kind") ok = readBounded(r, h.eventKind, 0xffff);
    else if (p == "event.header.flags") ok = readBounded(r, h.flags, 0xff);
    else if (p == "event.header.content_hash") ok = r.readByteArrayFixed(h.contentHash.data(), 32);
    else if (p.starts_with("event.header.position.")) {
      if (leaf == "wall_ms") ok = r.readUInt(pos.wallMs);
      else if (leaf == "counter") ok = readBounded(r, pos.counter, 0xffff);
      else if (leaf == "depth") ok = readBounded(r, pos.depth, 0xffffffffu);
      else if (leaf == "lane") ok = readBounded(r, pos.lane, 0xffffffffu);
      else if (leaf == "sequence") ok = readBounded(r, pos.sequence, 0xffffffffu);
    } else if (p == "event.hash_chain.prev_hash" || p == "event.hash_chain.event_hash") {
      if (!out.hashChain) out.hashChain = HashChain{};
      ok = r.readByteArrayFixed(leaf == "prev_hash" ? out.hashChain->prevHash.data() : out.hashChain->eventHash.data(), 32);
    } else if (p == "entity") ok = r.readStr(out.entity);
    else if (p == "scope") ok = r.readStr(out.scope);
    if (ok) decoded.push_back(p);
  }
  return decoded;
}

std::optional<FrameSpan> payloadBytesInFrame(const uint8_t* frame, const std::vector<FrameField>& fields,
                                             uint64_t pOffset, uint64_t pLength) {
  const FrameField* payload = findField(fields, "event.payload");
  if (!payload) return std::nullopt;
  MsgpackReader r(frame + payload->valueOffset, size_t(payload->valueLength));
  const uint64_t base = payload->valueOffset;
  if (r.peekType() == MsgType::Bin) {
    const uint8_t* p = nullptr;
    uint32_t n = 0;
    if (!r.readBin(p, n) || pOffset > n || pLength > n - pOffset) return std::nullopt;
    return FrameSpan{uint64_t(p - frame) + pOffset, pLength};
  }
  uint32_t count = 0;
  if (!r.readArrayHeader(count) || pOffset > count || pLength > count - pOffset) return std::nullopt;
  // Elements are 1 or 2 bytes: walk to the first one, then over the range.
  uint64_t k = 0, uint = 0;
  for (; k < pOffset; ++k)
    if (!r.readUInt(uint)) return std::nullopt;
  const uint64_t start = r.pos();
  for (; k < pOffset + pLength; ++k)
    if (!r.readUInt(uint)) return std::nullopt;
  return FrameSpan{base + start, r.pos() - start};
}

std::optional<uint64_t> oneBytePayloadByte(const uint8_t* frame, size_t frameLen) {
  const std::vector<FrameField> fields = frameFieldSpans(frame, frameLen);
  for (uint64_t p = 0;; ++p) {
    const std::optional<FrameSpan> span = payloadBytesInFrame(frame, fields, p, 1);
    if (!span) return std::nullopt;
    if (span->length == 1) return span->offset;
  }
}

}  // namespace batscope
