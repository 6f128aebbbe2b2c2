// The whole-directory harness. The input is
//   [flags u8] then records [file u8][len u32 LE][len bytes]…
// where `file` picks a name from kNames (mod its size; a later record replaces an earlier one)
// and len is clamped to the bytes left. flags bit 0: recompute every frame CRC of the
// segments (following the length chain from the header's frame start); bit 1: recompute the
// CRCs of index.fbati, index.ckpt and visibility_ranges.fbv. The files form an in-memory data
// directory that goes through restoreIndex on every RestorePathChoice, buildTrueView (also
// from the snapshots the mmap and checkpoint restores loaded, which must give the same; and the
// window's, whose walk lists markers only, which must cover and find as walkStore does; and
// the one compared with each restore's index, which shares it only where sameEntries says
// the two agree), sameEntries, crossCheck, walkStore, verifyChains, batpakChainVerdicts, chainCoverage and
// extendChains, and dumpJson (faithful and true view).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "batscope/analysis/chain_extension.h"
#include "batscope/analysis/dump.h"
#include "batscope/analysis/hash_chain.h"
#include "batscope/base/executor.h"
#include "batscope/format/segment.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/restore/true_view.h"
#include "fuzz_common.h"

using namespace batscope;

namespace {

const char* const kNames[] = {"000001.fbat", "000002.fbat", "000003.fbat", "000004.fbat",
                              "index.fbati", "index.ckpt",  "visibility_ranges.fbv"};
constexpr size_t kNameCount = sizeof(kNames) / sizeof(kNames[0]);

bool isSegment(const std::string& name) { return name.size() > 5 && name.compare(name.size() - 5, 5, ".fbat") == 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t flags = data[0];
  fuzz::MemFileSystem fs;
  size_t pos = 1;
  while (pos + 5 <= size) {
    const std::string name = kNames[data[pos] % kNameCount];
    uint64_t len = loadLE32(data + pos + 1);
    pos += 5;
    if (len > size - pos) len = size - pos;
    fs.files[name].assign(data + pos, data + pos + len);
    pos += len;
  }
  for (auto& [name, bytes] : fs.files) {
    if (isSegment(name)) {
      if (flags & 1) {
        auto h = parseSegmentHeader(bytes.data(), bytes.size(), name);
        if (h) fuzz::fixFrameCrcs(bytes, h->framesStart);
      }
    } else if (flags & 2) {
      fuzz::fixArtifactCrc(bytes);
    }
  }

  auto dir = DataDir::open(fuzz::kDir, fs);
  if (!dir) return 0;
  InlineExecutor ex;

  const StoreWalk walk = walkStore(**dir);
  for (const SegmentWalk& w : walk.segments)
    for (const WalkedFrame& f : w.frames)
      if (f.decoded) (void)walk.find(f.eventId);

  std::optional<TrueViewResult> truth;
  TrueViewOptions hashing;
  hashing.hashPayloads = true;  // the window's and verify's way: payload verdicts in the index
  if (auto t = buildTrueView(*dir, nullptr, nullptr, hashing)) truth = std::move(*t);

  // The window's true view: its walk lists only markers and CRC mismatches where its index
  // answers find(). It must count, cover and find as the walk of the frames does.
  TrueViewOptions window = hashing;
  window.physicalWalk = window.walkMarkersOnly = true;
  if (auto w = buildTrueView(*dir, nullptr, nullptr, window)) {
    const StoreWalk& mw = *w->walk;
    if (mw.segments.size() != walk.segments.size()) __builtin_trap();
    for (size_t k = 0; k < walk.segments.size(); ++k) {
      const SegmentWalk &x = walk.segments[k], &y = mw.segments[k];
      if (x.frameCount() != y.frameCount() || x.eventFrames != y.eventFrames || x.stoppedAt != y.stoppedAt ||
          x.crcMismatches.size() != y.crcMismatches.size())
        __builtin_trap();
    }
    const std::optional<ChainCoverage> a = chainCoverage(walk), b = chainCoverage(mw);
    if (bool(a) != bool(b)) __builtin_trap();
    for (size_t k = 0; a && k < a->segments.size(); ++k)
      if (k >= b->segments.size() || a->segments[k].end != b->segments[k].end || a->segments[k].sealed != b->segments[k].sealed)
        __builtin_trap();
    for (const SegmentWalk& sw : walk.segments)
      for (const WalkedFrame& f : sw.frames)
        if (f.decoded && walk.find(f.eventId) != mw.find(f.eventId)) __builtin_trap();
  }

  for (RestorePathChoice choice : {RestorePathChoice::Mmap, RestorePathChoice::Checkpoint,
                                   RestorePathChoice::Rebuild, RestorePathChoice::Scan}) {
    RestoreOptions ro;
    ro.path = choice;
    ro.executor = &ex;
    auto r = restoreIndex(*dir, ro);
    if (!r) {
      (void)r.error().toString();
      continue;
    }
    const Index& faithful = *r->index;
    // Given the snapshots this restore loaded, the true view must be the one that loaded the
    // files itself (same findings, same entries).
    if (truth && (choice == RestorePathChoice::Mmap || choice == RestorePathChoice::Checkpoint)) {
      TrueViewOptions reuse = hashing;
      reuse.snapshots = r->snapshots;
      auto again = buildTrueView(*dir, nullptr, nullptr, reuse);
      if (!again || again->findings.size() != truth->findings.size() ||
          !trueViewDifference(*truth->index, *again->index).empty())
        __builtin_trap();
      for (size_t k = 0; k < truth->findings.size(); ++k)
        if (again->findings[k].toString() != truth->findings[k].toString()) __builtin_trap();
    }
    // Two indexes the same field for field hold the same entries, sequences and places.
    const bool agree = truth && sameEntries(faithful, *truth->index);
    if (agree && !trueViewDifference(*truth->index, faithful).empty()) __builtin_trap();
    // The true view compared with this index as it is read shares it only where the two
    // agree (not always there: an event id written twice can send it to the full build), and
    // is otherwise the true view built in full (same entries, same findings).
    if (truth) {
      TrueViewOptions comparing = hashing;
      comparing.agreeWith = r->index;
      auto c = buildTrueView(*dir, nullptr, nullptr, comparing);
      if (!c || (c->sharesFaithfulIndex && (!agree || c->index != r->index)) ||
          !trueViewDifference(*truth->index, *c->index).empty() || c->findings.size() != truth->findings.size())
        __builtin_trap();
      for (size_t k = 0; k < truth->findings.size(); ++k)
        if (c->findings[k].toString() != truth->findings[k].toString()) __builtin_trap();
    }
    CheckedChains checked;
    if (truth) {
      (void)crossCheck(**dir, faithful, *truth->index);
      checked.chains = verifyChains(**dir, faithful, *truth->index);
    }
    checked.verdicts = batpakChainVerdicts(**dir, faithful, walk, nullptr, truth ? truth->index.get() : nullptr);
    // A follower's extension from a check of "an earlier version": the same store with half
    // its rows and every segment's coverage cut at half its frames (or the walk's own).
    if (choice == RestorePathChoice::Mmap) {
      const std::optional<ChainCoverage> whole = chainCoverage(walk);
      for (bool halved : {false, true}) {
        checked.faithfulRows = halved ? faithful.entryCount() / 2 : faithful.entryCount();
        checked.coverage = whole.value_or(ChainCoverage{});
        if (halved)
          for (size_t k = 0; k < walk.segments.size() && k < checked.coverage.segments.size(); ++k) {
            const SegmentWalk& w = walk.segments[k];
            checked.coverage.segments[k].end = w.frames.empty() ? w.framesStart : w.frames[w.frames.size() / 2].offset;
          }
        (void)extendChains(**dir, faithful, checked, truth ? truth->index.get() : nullptr);
      }
    }
    // One dump of each view is enough; do it on the default path only (the others only
    // change which index feeds it).
    if (choice == RestorePathChoice::Mmap || choice == RestorePathChoice::Scan) {
      DumpInput in;
      in.dir = dir->get();
      in.index = &faithful;
      in.report = &r->report;
      in.findings = &r->findings;
      in.walk = &walk;
      in.withChainVerification = true;
      (void)dumpJson(in, DumpFilter{});
      if (truth && choice == RestorePathChoice::Mmap) {
        in.index = truth->index.get();
        in.trueView = true;
        (void)dumpJson(in, DumpFilter{});
      }
    }
  }
  return 0;
}
