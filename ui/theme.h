// View → Theme: System / Light / Dark. Qt 6.4 has no colour-scheme API, so Light and Dark
// are our own palettes on the Fusion style; System keeps the platform's style and palette.
#pragma once

#include <QString>

namespace batscope::ui {

enum class Theme { System, Light, Dark };

Theme themeFromString(const QString& name);  // "system" | "light" | "dark" (default System)
QString themeToString(Theme theme);
// Applies the theme to the running QApplication.
void applyTheme(Theme theme);
bool isDarkPalette();

}  // namespace batscope::ui
