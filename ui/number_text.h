// Numbers as the window writes them: in the user's locale, always with group separators
// ("1,234,567" in English, "1.234.567" in German), so counts of millions read at a glance.
#pragma once

#include <QString>

#include <cstdint>

namespace batscope::ui {

QString grouped(uint64_t n);

}  // namespace batscope::ui
