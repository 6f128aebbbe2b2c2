// `batscope-cli info`: what an open store is, in text or JSON: the restore (path, phases,
// per-segment reads, findings), the index (events, hidden and shared sequences, entities,
// memory), the segments on disk, and the cross-check of batpak's index against the bytes.
#pragma once

#include <string>

#include "batscope/base/data_dir.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/restore/true_view.h"

namespace batscope {

struct StoreReportInput {
  const DataDir* dir = nullptr;
  const RestoreResult* restore = nullptr;
  const TrueViewResult* truth = nullptr;
  const CrossCheckResult* crossCheck = nullptr;
  const StoreWalk* walk = nullptr;
  bool trueView = false;  // describe the true view's index instead of batpak's
};

std::string storeReportText(const StoreReportInput& in);
std::string storeReportJson(const StoreReportInput& in);

}  // namespace batscope
