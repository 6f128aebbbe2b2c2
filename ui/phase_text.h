// How the window names a restore or true-view phase. The engine times its phases under
// fixed English names ("load index.fbati", "tail replay", …), which the CLI prints as they
// are; the window shows them in its own language.
#pragma once

#include <QString>

#include <string>

namespace batscope::ui {

// The phase's name in the window's language; a name the engine adds later and no
// translation knows yet is shown as the engine wrote it.
QString restorePhaseText(const std::string& phase);

}  // namespace batscope::ui
