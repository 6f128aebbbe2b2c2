// batscope — the desktop browser.
//   batscope [DIR] [--theme system|light|dark] [--path mmap|checkpoint|rebuild|scan]
//            [--screenshot FILE [--size WxH]] [--true-view] [--tab T] [--event ID] [--follow]
// With no DIR it opens the demo store ($XDG_DATA_HOME/batscope/demo), or shows the welcome
// page (open, recent, generate the demo) while there is none. Where no display
// exists it renders the window once the store has opened, saves a screenshot, prints
// where, and exits.
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>
#include <functional>

#include "batscope/archive/archive.h"
#include "batscope/restore/restore_planner.h"
#include "demo_store.h"
#include "language.h"
#include "main_window.h"
#include "resources_init.h"
#include "store_comparison.h"
#include "store_session.h"
#include "theme.h"
#include "qt_executor.h"

using namespace batscope;
using namespace batscope::ui;

namespace {

bool hasDisplay() { return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"); }

}  // namespace

int main(int argc, char** argv) {
  // Decide before QApplication exists: without a display, render offscreen.
  bool headless = false;
  if (!hasDisplay() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    headless = true;
  }
  QApplication app(argc, argv);
  batscopeInitResources();
  QApplication::setApplicationName(QStringLiteral("Batscope"));
  QApplication::setOrganizationName(QStringLiteral("Batscope"));
  QApplication::setApplicationVersion(QStringLiteral(BATSCOPE_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/batscope.svg")));
  QApplication::setDesktopFileName(QStringLiteral("batscope"));
  installTranslations(app);  // the system locale, or the "language" setting

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "Browse batpak 0.5.0 event stores."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("dir"), QApplication::translate("main", "Data directory (or a segment file in it) to open."), QStringLiteral("[DIR]"));
  QCommandLineOption themeOpt(QStringLiteral("theme"), QApplication::translate("main", "Colour theme: system, light or dark."), QStringLiteral("theme"));
  QCommandLineOption pathOpt(QStringLiteral("path"), QApplication::translate("main", "Restore path: mmap, checkpoint, rebuild or scan."), QStringLiteral("path"), QStringLiteral("mmap"));
  QCommandLineOption shotOpt(QStringLiteral("screenshot"), QApplication::translate("main", "Save a screenshot of the window once the store has opened, then exit."), QStringLiteral("file"));
  QCommandLineOption tabOpt(QStringLiteral("tab"), QApplication::translate("main", "Analysis tab to show: graph, chains, timeline, restore, compare or warnings."), QStringLiteral("tab"));
  QCommandLineOption trueOpt(QStringLiteral("true-view"), QApplication::translate("main", "Start in the true view."));
  QCommandLineOption eventOpt(QStringLiteral("event"), QApplication::translate("main", "Select this event once the store has opened: an event id or a global sequence."), QStringLiteral("id"));
  QCommandLineOption followOpt(QStringLiteral("follow"), QApplication::translate("main", "Follow the data directory while it is written: new events appear as they are committed."));
  QCommandLineOption compareOpt(QStringLiteral("compare"), QApplication::translate("main", "Once the store has opened, compare it with this other store or archive (Analyze → Compare with Store); with --screenshot, the comparison is saved."), QStringLiteral("other"));
  QCommandLineOption sizeOpt(QStringLiteral("size"), QApplication::translate("main", "Window size for --screenshot, as WIDTHxHEIGHT (default 1600x960)."), QStringLiteral("size"), QStringLiteral("1600x960"));
  parser.addOptions({themeOpt, pathOpt, shotOpt, sizeOpt, trueOpt, tabOpt, eventOpt, followOpt, compareOpt});
  parser.process(app);

  QSettings settings;
  const QString themeName = parser.isSet(themeOpt) ? parser.value(themeOpt) : settings.value(QStringLiteral("theme"), QStringLiteral("system")).toString();
  applyTheme(themeFromString(themeName));

  RestorePathChoice path = RestorePathChoice::Mmap;
  if (!parseRestorePathChoice(parser.value(pathOpt).toStdString(), path)) {
    std::fprintf(stderr, "batscope: --path must be mmap, checkpoint, rebuild or scan\n");
    return 64;
  }
  QString screenshot = parser.value(shotOpt);
  if (headless && screenshot.isEmpty()) {
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty()) cache = QDir::homePath() + QStringLiteral("/.cache");
    QDir().mkpath(cache + QStringLiteral("/batscope"));
    screenshot = cache + QStringLiteral("/batscope/screenshot.png");
  }
  if (!screenshot.isEmpty()) qputenv("BATSCOPE_NO_DIALOGS", "1");

  QString dir = parser.positionalArguments().value(0);
  QString display;
  // With no DIR: the demo store, or, before there is one, the welcome page (which offers to
  // generate it).
  const bool welcome = dir.isEmpty() && !QFileInfo::exists(demoStorePath());
  if (dir.isEmpty()) dir = demoStorePath();
  QFileInfo info(dir);
  const QString lower = info.fileName().toLower();
  const bool archive = info.isFile() && (lower.endsWith(QLatin1String(".tar.zst")) || lower.endsWith(QLatin1String(".tzst")) ||
                                         lower.endsWith(QLatin1String(".tar")));
  if (info.isFile() && !archive) dir = info.absolutePath();  // a segment file opens its data directory
  else dir = info.absoluteFilePath();

  // Archives unpacked by a Batscope that then crashed left their temporary folders behind.
  // Removed on the pool (gigabytes of them take a while), never this process's own: only
  // folders of processes that no longer run go.
  (void)QtConcurrent::run(workPool(), [] {
    if (const size_t removed = removeOrphanedExtractions())
      std::fprintf(stderr, "batscope: removed %zu temporary folder(s) a crashed Batscope left behind\n", removed);
  });

  MainWindow window;
  if (!screenshot.isEmpty()) {
    const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
    const int width = wh.value(0).toInt(), height = wh.value(1).toInt();
    if (wh.size() != 2 || width < 320 || height < 240 || width > 8192 || height > 8192) {
      std::fprintf(stderr, "batscope: --size must be WIDTHxHEIGHT, e.g. 1000x650\n");
      return 64;
    }
    window.resize(width, height);
  }
  window.show();
  if (parser.isSet(trueOpt)) window.session()->setTrueView(true);
  window.setRestorePath(int(path));
  if (parser.isSet(tabOpt) && !window.showAnalysisTab(parser.value(tabOpt)))
    std::fprintf(stderr, "batscope: unknown --tab %s\n", qPrintable(parser.value(tabOpt)));
  if (parser.isSet(eventOpt)) {
    const QString event = parser.value(eventOpt);
    QObject::connect(window.session(), &StoreSession::opened, &window, [&window, event] {
      if (!window.goToEvent(event)) std::fprintf(stderr, "batscope: no event %s\n", qPrintable(event));
    });
  }
  if (parser.isSet(followOpt)) {  // once the store is open
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(window.session(), &StoreSession::opened, &window, [&window, once] {
      QObject::disconnect(*once);
      QTimer::singleShot(0, &window, [&window] { window.setFollowing(true); });
    });
  }
  const QString compareWith = parser.value(compareOpt);
  std::function<void()> saveScreenshot;  // with --screenshot (set below)
  if (!compareWith.isEmpty()) {  // once the store is open and shown
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(&window, &MainWindow::storeReady, &window, [&window, once, compareWith, &saveScreenshot] {
      QObject::disconnect(*once);
      window.compareWithStore(QFileInfo(compareWith).absoluteFilePath());
      // Connected before the event loop runs again, so the comparison cannot finish unheard.
      auto* comparison = window.findChild<StoreComparison*>();
      if (saveScreenshot && comparison) {
        auto shoot = [&saveScreenshot] { QTimer::singleShot(300, saveScreenshot); };
        QObject::connect(comparison, &StoreComparison::finished, &window, shoot);
        QObject::connect(comparison, &StoreComparison::failed, &window, shoot);  // the dialog says why
      }
    });
  }
  if (!welcome) window.openStore(dir, display);

  if (!screenshot.isEmpty()) {
    auto save = [&window, screenshot, compareWith] {
      QApplication::processEvents();
      // With --compare, the comparison's dialog is what is saved.
      QWidget* shown = &window;
      if (!compareWith.isEmpty())
        if (auto* dialog = window.findChild<QDialog*>(QStringLiteral("CompareStoresDialog"))) shown = dialog;
      const bool ok = shown->grab().save(screenshot);
      std::printf("%s %s\n", ok ? "screenshot saved to" : "could not save screenshot to", screenshot.toLocal8Bit().constData());
      std::fflush(stdout);
      QApplication::exit(ok ? 0 : 1);
    };
    saveScreenshot = save;
    // With --compare, once the comparison is shown (connected above); else once settled, and
    // with --follow a few seconds later, so that events arriving meanwhile show.
    const int settleMs = parser.isSet(followOpt) ? 4000 : 300;
    if (compareWith.isEmpty()) {
      auto once = std::make_shared<QMetaObject::Connection>();
      *once = QObject::connect(&window, &MainWindow::settled, &window, [save, settleMs, once] {
        QObject::disconnect(*once);
        QTimer::singleShot(settleMs, save);
      });
    }
    QObject::connect(window.session(), &StoreSession::openFailed, &window, [save] { QTimer::singleShot(100, save); });
    if (welcome) QTimer::singleShot(300, save);
    QTimer::singleShot(120000, &window, save);  // never hang: take what is there
  }
  return app.exec();
}
