#include "language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

// The .qm files live in the static batscope_ui library's resource
// "batscope_ui_translations" (qt_add_translations); make sure it is registered.
// Q_INIT_RESOURCE must be used outside any namespace.
static void initTranslationResources() {
  static bool done = false;
  if (done) return;
  done = true;
  Q_INIT_RESOURCE(batscope_ui_translations);
}

namespace batscope::ui {
namespace {

const QString kSettingKey = QStringLiteral("language");

QTranslator*& appTranslator() {
  static QTranslator* t = nullptr;
  return t;
}
QTranslator*& qtTranslator() {
  static QTranslator* t = nullptr;
  return t;
}

void removeTranslator(QTranslator*& t) {
  if (!t) return;
  QCoreApplication::removeTranslator(t);
  delete t;
  t = nullptr;
}

QString normalise(const QString& language) {
  QString l = language.trimmed().toLower();
  if (l == QLatin1String("system")) return {};
  // "de_DE.UTF-8", "fr-CA" -> "de", "fr"
  const qsizetype cut = l.indexOf(QRegularExpression(QStringLiteral("[_.@-]")));
  if (cut > 0) l.truncate(cut);
  return l;
}

}  // namespace

QString languageSetting() { return normalise(QSettings().value(kSettingKey).toString()); }

void setLanguageSetting(const QString& language) {
  QSettings().setValue(kSettingKey, normalise(language));
}

QStringList availableLanguages() {
  return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeLanguageName(const QString& language) {
  const QString l = normalise(language);
  if (l == QLatin1String("de")) return QStringLiteral("Deutsch");
  if (l == QLatin1String("fr")) return QStringLiteral("Français");
  return QStringLiteral("English");
}

QString effectiveLanguage(const QString& override) {
  QString l = normalise(override);
  if (l.isEmpty()) l = languageSetting();
  if (l.isEmpty()) {
    // QLocale::system() reads LC_ALL / LC_MESSAGES / LANG; uiLanguages() honours LANGUAGE.
    const QLocale sys = QLocale::system();
    l = normalise(sys.name());
    for (const QString& ui : sys.uiLanguages()) {
      const QString cand = normalise(ui);
      if (availableLanguages().contains(cand)) {
        l = cand;
        break;
      }
    }
  }
  return availableLanguages().contains(l) ? l : QStringLiteral("en");
}

bool installTranslations(QApplication& app, const QString& override) {
  initTranslationResources();
  removeTranslator(appTranslator());
  removeTranslator(qtTranslator());
  const QString lang = effectiveLanguage(override);
  // Numbers follow the window's language: a German window writes 13.771, not 13,771, also
  // where LANGUAGE=de sits on LANG=C (whose separators the system locale reports). Where the
  // system's territory speaks that language (de_AT, fr_CH) its conventions are kept.
  const QString systemName = QLocale::system().name();
  QLocale::setDefault(QLocale(normalise(systemName) == lang ? systemName : lang));
  if (lang == QLatin1String("en")) return false;

  auto* qt = new QTranslator(&app);
  if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt);
    qtTranslator() = qt;
  } else {
    delete qt;
  }

  auto* own = new QTranslator(&app);
  if (!own->load(QStringLiteral(":/i18n/batscope_%1.qm").arg(lang))) {
    delete own;
    return false;
  }
  QCoreApplication::installTranslator(own);
  appTranslator() = own;
  return true;
}

QMenu* addLanguageMenu(QMenu* parent, QStatusBar* status) {
  QMenu* menu = parent->addMenu(QCoreApplication::translate("batscope::ui::Language", "&Language"));
  auto* group = new QActionGroup(menu);
  const QString current = languageSetting();
  auto add = [&](const QString& code, const QString& label) {
    QAction* a = menu->addAction(label);
    a->setCheckable(true);
    a->setChecked(code == current);
    a->setData(code);
    group->addAction(a);
    QObject::connect(a, &QAction::triggered, menu, [code, status] {
      setLanguageSetting(code);
      if (status)
        status->showMessage(QCoreApplication::translate(
                                "batscope::ui::Language",
                                "The language change takes effect when Batscope is restarted."),
                            8000);
    });
  };
  add(QString(), QCoreApplication::translate("batscope::ui::Language", "&System"));
  menu->addSeparator();
  for (const QString& code : availableLanguages()) add(code, nativeLanguageName(code));
  return menu;
}

}  // namespace batscope::ui
