// How the window words an engine finding: the engine hands over a kind code and arguments
// (batscope/base/findings.h); the words come from the translation of that kind's English
// pattern, so a German window reads German findings. The CLI keeps the English.
#pragma once

#include <QString>

#include "batscope/base/findings.h"

namespace batscope::ui {

QString findingMessage(const Finding& finding);
// The kind's translated pattern with its %1…%9 still in place (for tests and tooltips).
QString findingPattern(FindingCode code);

}  // namespace batscope::ui
