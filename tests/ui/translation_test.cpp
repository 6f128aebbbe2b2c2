// The UI follows the system locale: under LANG=de_DE.UTF-8 the menus are German; the
// "language" override switches to French. Both .ts files must be completely translated.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <set>
#include <string>

#include "batscope/format/segment.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/restore/true_view.h"
#include "finding_text.h"
#include "phase_text.h"
#include "ui_test_support.h"

#include "language.h"
#include "main_window.h"

using namespace batscope::ui;

class TranslationTest : public QObject {
  Q_OBJECT

 private:
  static QString firstMenuTitle() {
    MainWindow w;
    const QList<QAction*> actions = w.menuBar()->actions();
    return actions.isEmpty() ? QString() : actions.first()->text();
  }

  static void checkTsFile(const QString& path) {
#ifdef BATSCOPE_TRANSLATIONS_DIR
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList problems;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement()) continue;
      if (xml.name() == QLatin1String("message")) {
        ++messages;
        numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
      } else if (xml.name() == QLatin1String("source")) {
        source = xml.readElementText();
      } else if (xml.name() == QLatin1String("translation")) {
        const QString type = xml.attributes().value(QLatin1String("type")).toString();
        if (type == QLatin1String("unfinished")) problems << QStringLiteral("unfinished: ") + source;
        if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) continue;
        if (numerus) {
          int forms = 0;
          while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("numerusform")) {
              ++forms;
              if (xml.readElementText().isEmpty()) problems << QStringLiteral("empty plural: ") + source;
            } else {
              xml.skipCurrentElement();
            }
          }
          if (forms < 2) problems << QStringLiteral("missing plural forms: ") + source;
        } else if (xml.readElementText().isEmpty()) {
          problems << QStringLiteral("empty: ") + source;
        }
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(path + QLatin1String(": ") + problems.mid(0, 20).join(QLatin1String("\n"))));
#else
    QFAIL("BATSCOPE_TRANSLATIONS_DIR not defined (translations/CMakeLists.txt not configured)");
#endif
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("language"));
  }

  void systemLocaleIsGerman() {
    QCOMPARE(effectiveLanguage(), QStringLiteral("de"));
    QVERIFY(installTranslations(*qApp));
    QCOMPARE(firstMenuTitle(), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("batscope::ui::MainWindow", "&View"), QStringLiteral("&Ansicht"));
  }

  void frenchOverride() {
    QVERIFY(installTranslations(*qApp, QStringLiteral("fr")));
    QCOMPARE(firstMenuTitle(), QStringLiteral("&Fichier"));
    QCOMPARE(QCoreApplication::translate("batscope::ui::MainWindow", "&View"), QStringLiteral("Aff&ichage"));
  }

  void settingOverridesSystem() {
    setLanguageSetting(QStringLiteral("fr"));
    QCOMPARE(effectiveLanguage(), QStringLiteral("fr"));
    setLanguageSetting(QStringLiteral("en"));
    QCOMPARE(effectiveLanguage(), QStringLiteral("en"));
    QVERIFY(!installTranslations(*qApp));  // English: nothing loaded, source texts
    QCOMPARE(firstMenuTitle(), QStringLiteral("&File"));
    setLanguageSetting(QString());
    QCOMPARE(effectiveLanguage(), QStringLiteral("de"));
  }

  void germanTsComplete() { checkTsFile(QStringLiteral(BATSCOPE_TRANSLATIONS_DIR "/batscope_de.ts")); }
  void frenchTsComplete() { checkTsFile(QStringLiteral(BATSCOPE_TRANSLATIONS_DIR "/batscope_fr.ts")); }

  // A text added to the sources without running lupdate would reach users in English: run
  // lupdate over today's sources into copies and check the copies are still complete.
  void tsFilesHoldEveryText() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    for (const QString name : {QStringLiteral("batscope_de.ts"), QStringLiteral("batscope_fr.ts")}) {
      const QString copy = tmp.filePath(name);
      QVERIFY(QFile::copy(QStringLiteral(BATSCOPE_TRANSLATIONS_DIR "/") + name, copy));
      QProcess lupdate;
      lupdate.setWorkingDirectory(QStringLiteral(BATSCOPE_SOURCE_DIR));
      lupdate.start(QStringLiteral(BATSCOPE_LUPDATE), {QStringLiteral("ui"), QStringLiteral("app"),
                                                      QStringLiteral("engine/base/findings.cpp"), QStringLiteral("-ts"),
                                                      copy, QStringLiteral("-no-obsolete")});
      QVERIFY(lupdate.waitForFinished(60000));
      QCOMPARE(lupdate.exitCode(), 0);
      checkTsFile(copy);
    }
  }

  // Engine findings reach the window in the user's language: every kind's pattern and every
  // argument word has a translation that keeps the pattern's placeholders.
  void findingsAreTranslated() {
    for (const QString lang : {QStringLiteral("de"), QStringLiteral("fr")}) {
      QVERIFY(installTranslations(*qApp, lang));
      for (const batscope::FindingKind& k : batscope::findingKinds()) {
        const QString english = QString::fromLatin1(k.pattern);
        const QString translated = findingPattern(k.code);
        QVERIFY2(translated != english, qPrintable(lang + QLatin1String(": ") + english));
        for (int n = 1; n <= 9; ++n) {
          const QString ph = QStringLiteral("%") + QString::number(n);
          QVERIFY2(translated.contains(ph) == english.contains(ph), qPrintable(lang + QLatin1String(": ") + translated));
        }
      }
      // (French writes "visible" and "corruption" as English does; German differs in every word.)
      if (lang == QLatin1String("de"))
        for (const char* term : batscope::findingTerms())
          QVERIFY2(QCoreApplication::translate("FindingTerm", term) != QLatin1String(term), term);
    }
    QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
    const batscope::Finding f = batscope::makeFinding(batscope::FindingCode::TornTailStopsScan, "000002.fbat", 4096,
                                                      {batscope::frameStatusText(batscope::FrameStatus::Truncated)});
    const QString text = findingMessage(f);
    QVERIFY2(!text.contains(QLatin1String("truncated")) && !text.contains(QLatin1String("torn frame")), qPrintable(text));
  }

  // Every phase the engine times, on every restore path and in the true view, has a German
  // and a French name: the Restore tab, Compare Paths and the progress text show them.
  void restorePhasesAreTranslated() {
    std::set<std::string> phases;
    // `batches` is read differently by batpak: a true view compared with its index differs.
    for (const char* fixture : {"multi-segment", "no-checkpoint", "torn-tail", "batches"}) {
      auto dir = batscope::DataDir::open(batscope::ui::test::fixtureData(QString::fromLatin1(fixture)).toStdString());
      QVERIFY(bool(dir));
      batscope::TrueViewOptions comparing;
      for (auto path : {batscope::RestorePathChoice::Mmap, batscope::RestorePathChoice::Checkpoint,
                        batscope::RestorePathChoice::Rebuild, batscope::RestorePathChoice::Scan}) {
        batscope::RestoreOptions ro;
        ro.path = path;
        auto r = batscope::restoreIndex(*dir, ro);
        QVERIFY(bool(r));
        for (const batscope::PhaseTiming& p : r->phases) phases.insert(p.name);
        if (!comparing.agreeWith) comparing.agreeWith = r->index;
      }
      for (const batscope::TrueViewOptions& options : {batscope::TrueViewOptions{}, comparing}) {
        auto truth = batscope::buildTrueView(*dir, nullptr, nullptr, options);
        QVERIFY(bool(truth));
        for (const batscope::PhaseTiming& p : truth->phases) phases.insert(p.name);
      }
    }
    QVERIFY(phases.count("read frames (parallel), compare with batpak's index in order"));
    QVERIFY(phases.count("compare with batpak's index (differs)"));
    QVERIFY2(phases.size() >= 12, qPrintable(QString::number(phases.size())));
    for (const QString& lang : {QStringLiteral("de"), QStringLiteral("fr")}) {
      QVERIFY(installTranslations(*qApp, lang));
      for (const std::string& phase : phases)
        QVERIFY2(restorePhaseText(phase) != QString::fromStdString(phase), qPrintable(lang + QLatin1String(": ") + QString::fromStdString(phase)));
    }
    QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
  }

  void cleanupTestCase() { QSettings().remove(QStringLiteral("language")); }
};

int main(int argc, char** argv) {
  qputenv("LANG", "de_DE.UTF-8");
  qputenv("LC_ALL", "de_DE.UTF-8");
  qunsetenv("LANGUAGE");
  qunsetenv("LC_MESSAGES");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("BatscopeTranslationTest"));
  QApplication::setApplicationName(QStringLiteral("translation_test"));
  TranslationTest t;
  return QTest::qExec(&t, argc, argv);
}

#include "translation_test.moc"
