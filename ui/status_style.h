// The one place status colours and icons come from: good (a link verifies, a CRC matches),
// bad (broken, corrupt), warning (suspicious, after a break), info, fork and neutral
// (unhashed, not applicable). Models hand out these values; nothing else spells a colour.
// Icons are drawn once, here, so no model paints.
#pragma once

#include <QColor>
#include <QIcon>

namespace batscope::ui {

enum class StatusTone { Good, Bad, Warning, Info, Fork, Neutral };

QColor toneColor(StatusTone tone);
// A filled disc with a check (Good), a cross (Bad), "i" (Info), a branch mark (Fork) or a
// dash (Neutral); Warning is an amber triangle with "!". 16 and 32 px.
QIcon toneIcon(StatusTone tone);

}  // namespace batscope::ui
