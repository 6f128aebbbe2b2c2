// How the window words an engine finding: the engine hands over a kind code and arguments
// (batscope/base/findings.h); the words come from the translation of that kind's English
// pattern, so a German window reads German findings. The CLI keeps the English.
#pragma once

#include <QString>

#include "batscope/base/findings.h"

namespace batscope::ui {

QString findingMessage(const Finding& finding);
// What happened, in a few words ("Visibility differs", "Event lost by batpak"): the first
// thing the warnings table and its details show, so rows whose messages begin alike (every
// cross-check message starts with the event's id) tell themselves apart.
QString findingHeadline(const Finding& finding);
// The finding's category ("torn-tail", "cross-check", …) in the window's language.
QString findingCategoryText(const Finding& finding);
// The kind's translated pattern with its %1…%9 still in place (for tests and tooltips).
QString findingPattern(FindingCode code);
// What the finding means for the user's events, in a sentence ("" for kinds whose message
// says it already): which events batpak shows, ignores or misplaces because of it.
QString findingImpact(const Finding& finding);

}  // namespace batscope::ui
