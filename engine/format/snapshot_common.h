// Pieces shared by the two snapshot loaders: the interner array and the routing summary.
#pragma once

#include <string>
#include <vector>

#include "batscope/codec/msgpack_reader.h"
#include "batscope/format/snapshot.h"

namespace batscope {

// msgpack array of str (Vec<String>).
bool decodeStringArray(MsgpackReader& r, std::vector<std::string>& out, std::string& err);
// RoutingSummary map; only `chunks` matters to restore, the rest is validated for shape.
bool decodeRoutingSummary(MsgpackReader& r, std::vector<RoutingChunk>& chunks, std::string& err);
// "{:06}.fbat" in dir
std::string watermarkSegmentPath(const std::string& dir, uint64_t segmentId);

}  // namespace batscope
