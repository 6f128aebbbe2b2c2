// UI language: German and French translations are compiled into batscope_ui (see
// translations/). The application follows the system locale (LANG / LC_ALL / LC_MESSAGES)
// unless the QSettings value "language" ("de", "fr", "en"; empty = system) overrides it.
#pragma once

#include <QString>
#include <QStringList>

class QApplication;
class QMenu;
class QStatusBar;

namespace batscope::ui {

// The override stored in QSettings "language": "", "en", "de" or "fr".
QString languageSetting();
void setLanguageSetting(const QString& language);

// The language the UI will use: the override if set, else QLocale::system()'s language
// ("de_DE" -> "de"). Languages without a translation yield "en".
QString effectiveLanguage(const QString& override = {});

// Installs (replacing any earlier call's) Batscope's translator and Qt's own qtbase
// translator for effectiveLanguage(override). Returns true when a Batscope translation was
// loaded; false for English (nothing to load) or a missing translation.
bool installTranslations(QApplication& app, const QString& override = {});

// Languages with a translation, as codes: "en", "de", "fr".
QStringList availableLanguages();

// The language's own name: "English", "Deutsch", "Français".
QString nativeLanguageName(const QString& language);

// Adds View -> Language (System / English / Deutsch / Français) to `parent`; picking an entry
// stores it in QSettings and says on `status` that it applies on restart.
QMenu* addLanguageMenu(QMenu* parent, QStatusBar* status);

}  // namespace batscope::ui
