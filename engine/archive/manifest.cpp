// The archive manifest: writing it with JsonWriter, reading it back with nlohmann-json, and
// comparing it with what was unpacked.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <variant>

#include <nlohmann/json.hpp>

#include "batscope/archive/archive.h"
#include "batscope/codec/json_writer.h"

namespace batscope {

std::string manifestToJson(const Manifest& m) {
  JsonWriter w(2);
  w.beginObject();
  w.key("batscope_version"); w.value(m.batscopeVersion);
  w.key("created"); w.value(m.created);
  w.key("store");
  w.beginObject();
  w.key("segments"); w.value(m.segments);
  w.key("bytes"); w.value(m.bytes);
  w.key("events");
  if (m.events) w.value(*m.events);
  else w.null();
  w.key("open_path"); w.value(m.openPath);
  w.endObject();
  w.key("files");
  w.beginArray();
  for (const ManifestFile& f : m.files) {
    w.beginObject();
    w.key("name"); w.value(f.name);
    w.key("bytes"); w.value(f.bytes);
    w.key("blake3"); w.value(hexEncode(f.blake3));
    w.endObject();
  }
  w.endArray();
  w.endObject();
  std::string out = w.take();
  out += '\n';
  return out;
}

namespace {

Error manifestError(std::string message, std::optional<uint64_t> offset = std::nullopt) {
  return Error{Error::Code::Corrupt, std::move(message), std::string(kManifestName), offset};
}

}  // namespace

Result<Manifest> parseManifest(std::string_view json) {
  // nlohmann's parser keeps its own stack (no recursion) and stops at the first error.
  const nlohmann::json root = nlohmann::json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    // Re-parse only to learn where it failed: the byte offset goes into the error.
    try {
      [[maybe_unused]] const nlohmann::json reparsed = nlohmann::json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::parse_error& e) {
      return manifestError(std::string("not valid JSON: ") + e.what(), e.byte > 0 ? e.byte - 1 : 0);
    } catch (const nlohmann::json::exception& e) {
      // e.g. out_of_range 406 "number overflow parsing '1e999'": not a parse_error, no offset.
      return manifestError(std::string("not valid JSON: ") + e.what());
    }
    return manifestError("not valid JSON");
  }
  if (!root.is_object()) return manifestError("not a JSON object");
  auto text = [](const nlohmann::json& o, const char* key, std::string& out) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_string()) return false;
    out = it->get<std::string>();
    return true;
  };
  auto count = [](const nlohmann::json& o, const char* key, uint64_t& out) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number_unsigned()) return false;
    out = it->get<uint64_t>();
    return true;
  };
  Manifest m;
  text(root, "batscope_version", m.batscopeVersion);
  text(root, "created", m.created);
  if (const auto store = root.find("store"); store != root.end() && store->is_object()) {
    count(*store, "segments", m.segments);
    count(*store, "bytes", m.bytes);
    uint64_t events = 0;
    if (count(*store, "events", events)) m.events = events;
    text(*store, "open_path", m.openPath);
  }
  const auto files = root.find("files");
  if (files == root.end() || !files->is_array()) return manifestError("no \"files\" array");
  for (const nlohmann::json& fo : *files) {
    ManifestFile f;
    std::string hex;
    if (!fo.is_object() || !text(fo, "name", f.name) || !count(fo, "bytes", f.bytes) || !text(fo, "blake3", hex) ||
        hex.size() != 64 || !hexDecode(hex, f.blake3.data(), f.blake3.size()))
      return manifestError("a \"files\" entry lacks a name, a byte count or a 64-digit blake3");
    m.files.push_back(std::move(f));
  }
  return m;
}

std::vector<Finding> verifyManifest(const Manifest& m, const std::vector<ExtractedFile>& actual) {
  std::vector<Finding> out;
  auto finding = [&](const std::string& file, FindingCode code, std::vector<std::string> args = {}) {
    out.push_back(makeFinding(code, file, std::nullopt, std::move(args)));
  };
  std::map<std::string, const ExtractedFile*> have;
  for (const ExtractedFile& f : actual) have[f.name] = &f;
  std::map<std::string, bool> listed;
  for (const ManifestFile& mf : m.files) {
    if (listed.count(mf.name)) { finding(mf.name, FindingCode::ManifestListedTwice); continue; }
    listed[mf.name] = true;
    auto it = have.find(mf.name);
    if (it == have.end()) { finding(mf.name, FindingCode::ManifestFileMissing); continue; }
    const ExtractedFile& a = *it->second;
    if (a.bytes != mf.bytes) {
      finding(mf.name, FindingCode::ManifestSizeDiffers, {std::to_string(a.bytes), std::to_string(mf.bytes)});
    } else if (a.blake3 != mf.blake3) {
      finding(mf.name, FindingCode::ManifestHashDiffers, {hexEncode(a.blake3), hexEncode(mf.blake3)});
    }
  }
  for (const ExtractedFile& a : actual)
    if (!listed.count(a.name)) finding(a.name, FindingCode::ManifestFileUnlisted);
  return out;
}

}  // namespace batscope
