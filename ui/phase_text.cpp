#include "phase_text.h"

#include <QCoreApplication>

namespace batscope::ui {

QString restorePhaseText(const std::string& phase) {
  // Every phase name the engine times (restore_planner.cpp, true_view.cpp), marked for
  // translation; a test holds this list equal to what the engine reports.
  static const char* const kPhases[] = {
      QT_TRANSLATE_NOOP("RestorePhase", "load index.fbati"),
      QT_TRANSLATE_NOOP("RestorePhase", "load index.ckpt"),
      QT_TRANSLATE_NOOP("RestorePhase", "snapshot entries"),
      QT_TRANSLATE_NOOP("RestorePhase", "tail replay"),
      QT_TRANSLATE_NOOP("RestorePhase", "parallel SIDX rebuild"),
      QT_TRANSLATE_NOOP("RestorePhase", "merge footer entries"),
      QT_TRANSLATE_NOOP("RestorePhase", "sequential scan"),
      QT_TRANSLATE_NOOP("RestorePhase", "load visibility ranges"),
      QT_TRANSLATE_NOOP("RestorePhase", "sort and finalize"),
      QT_TRANSLATE_NOOP("RestorePhase", "load footers and snapshots"),
      QT_TRANSLATE_NOOP("RestorePhase", "record durable sequences"),
      QT_TRANSLATE_NOOP("RestorePhase", "read frames (parallel), assemble in order"),
      QT_TRANSLATE_NOOP("RestorePhase", "batch state machine (overlaps the reads)"),
      QT_TRANSLATE_NOOP("RestorePhase", "read frames (parallel), compare with batpak's index in order"),
      QT_TRANSLATE_NOOP("RestorePhase", "compare with batpak's index (differs)"),
  };
  (void)kPhases;
  return QCoreApplication::translate("RestorePhase", phase.c_str());
}

}  // namespace batscope::ui
