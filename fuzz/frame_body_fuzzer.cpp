// Feeds one frame body (the msgpack FramePayload) to decodeFrameBody in every PayloadMode
// (and checks that wherever the canonical fast path accepts a body, the general decoder
// decodes it to the same fields), payloadBytes, decodeFrameBodyWithPayload (the same fields
// and payloadBytes' bytes) and hasCanonicalIdLayout; then wraps it in a frame envelope and feeds that
// (and the raw input taken as a whole frame, so the len field is hostile too) to
// frameFieldSpans, fieldAt/findField and decodeFieldsOneByOne.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "batscope/format/event_frame.h"
#include "batscope/format/frame_layout.h"
#include "fuzz_common.h"

using namespace batscope;

namespace {

void layout(const std::vector<uint8_t>& frame) {
  const std::vector<FrameField> fields = frameFieldSpans(frame.data(), frame.size());
  for (const FrameField& f : fields) {
    // Every listed span must lie inside the frame.
    if (f.offset > frame.size() || f.length > frame.size() - f.offset) __builtin_trap();
    if (f.valueOffset > frame.size() || f.valueLength > frame.size() - f.valueOffset) __builtin_trap();
    (void)fieldAt(fields, f.valueOffset);
    (void)findField(fields, f.path);
  }
  (void)fieldAt(fields, frame.size());
  DecodedFrame out;
  (void)decodeFieldsOneByOne(frame.data(), fields, out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<uint8_t> body(data, data + size);
  for (PayloadMode mode : {PayloadMode::Skip, PayloadMode::Bytes, PayloadMode::Any}) {
    DecodedFrame fast, general;
    FrameDecodeError generalErr;
    if (decodeCanonicalFrameBody(body.data(), body.size(), mode, fast) &&
        (!decodeFrameBodyGeneral(body.data(), body.size(), mode, general, generalErr) || !sameDecodedFields(fast, general)))
      __builtin_trap();
    // Where the hash chain starts, reading it again on its own gives the same hashes.
    if (fast.hashChainValueOffset) {
      HashChain again;
      const bool read = decodeCanonicalHashChain(body.data() + fast.hashChainValueOffset,
                                                 body.size() - fast.hashChainValueOffset, again);
      if (read != fast.hashChain.has_value() ||
          (read && (again.prevHash != fast.hashChain->prevHash || again.eventHash != fast.hashChain->eventHash)))
        __builtin_trap();
    }
    DecodedFrame frame;
    FrameDecodeError err;
    if (decodeFrameBody(body.data(), body.size(), mode, frame, err)) {
      if (frame.payloadValueOffset > size || frame.payloadValueLen > size - frame.payloadValueOffset) __builtin_trap();
      (void)payloadBytes(body.data(), frame);
      (void)systemKindName(frame.header.eventKind);
      (void)kindFromBinaryArtifact(frame.header.eventKind);
    }
  }
  {
    DecodedFrame plain, withPayload;
    FrameDecodeError plainErr, err;
    std::vector<uint8_t> payload(3, 0xab);  // stale bytes from a previous frame must not survive
    const bool ok = decodeFrameBodyWithPayload(body.data(), body.size(), withPayload, err, payload);
    if (ok != decodeFrameBody(body.data(), body.size(), PayloadMode::Any, plain, plainErr)) __builtin_trap();
    if (ok && (!sameDecodedFields(plain, withPayload) || payload != payloadBytes(body.data(), plain))) __builtin_trap();
  }
  (void)hasCanonicalIdLayout(body.data(), body.size());
  HashChain chain;
  (void)decodeCanonicalHashChain(body.data(), body.size(), chain);

  std::vector<uint8_t> frame(8 + size);
  fuzz::storeBE32(frame.data(), uint32_t(size));
  fuzz::storeBE32(frame.data() + 4, size ? crc32(data, size) : 0);
  if (size) std::memcpy(frame.data() + 8, data, size);
  layout(frame);
  layout(body);
  return 0;
}
