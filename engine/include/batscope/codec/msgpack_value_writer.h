// Encodes a payload value tree as rmp-serde would (smallest integer forms, f64 as `cb`,
// maps in their order), so writers can take payloads as a value tree instead of bytes.
#pragma once

#include <cstdint>
#include <vector>

#include "batscope/codec/msgpack_value.h"

namespace batscope {

std::vector<uint8_t> encodeMsgValue(const MsgValue& value);
void encodeMsgValue(const MsgValue& value, std::vector<uint8_t>& out);

}  // namespace batscope
