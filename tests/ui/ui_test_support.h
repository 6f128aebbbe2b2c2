// What the UI tests share: where the batpak fixtures are, opening one in a StoreSession and
// waiting for it (the open, then the background phase: walk, true view, chains), a session
// with a view, showing a widget, the window tests' environment and the dark palette.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

#include "batscope/write/store.h"
#include "store_session.h"
#include "view_state.h"

namespace batscope::ui::test {

// A store the test writes while a view follows it, in a temporary directory; segments rotate
// every `segmentBytes`. append(n) writes n events to "account:0" … "account:4" in turn
// (starting again at 0 on every call), 40-byte payloads, in `scope`.
struct LiveStore {
  explicit LiveStore(uint64_t segmentBytes) : dir(tmp.filePath(QStringLiteral("live")).toStdString()) {
    StoreConfig cfg;
    cfg.segmentMaxBytes = segmentBytes;
    if (auto opened = Store::open(dir, cfg)) writer = std::move(*opened);
  }
  bool ok() const { return writer != nullptr; }
  bool append(int n, const std::string& scope = "billing") {
    for (int i = 0; i < n; ++i)
      if (!writer || !writer->append("account:" + std::to_string(i % 5), scope, 0x1001, std::vector<uint8_t>(40, uint8_t(i))))
        return false;
    return true;
  }
  bool close() { return writer && writer->close(); }
  QString path() const { return QString::fromStdString(dir); }

  QTemporaryDir tmp;
  std::string dir;
  std::unique_ptr<Store> writer;
};

inline QString fixturesRoot() { return QStringLiteral(BATSCOPE_FIXTURES); }
inline QString fixtureData(const QString& name) { return fixturesRoot() + QStringLiteral("/%1/data").arg(name); }
inline QString fixtureFile(const QString& name, const QString& file) {
  return fixturesRoot() + QStringLiteral("/%1/%2").arg(name, file);
}

// Every fixture (a data directory with an expected.json), by name: none is skipped.
inline QStringList allFixtures() {
  QStringList out;
  for (const QString& name : QDir(fixturesRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
    if (QFile::exists(fixtureFile(name, QStringLiteral("expected.json"))) && QDir(fixtureData(name)).exists())
      out << name;
  return out;
}

// Opens `dir` and waits for the open and, unless `background` is false, the background phase.
inline bool openDirAndWait(StoreSession& session, const QString& dir, RestorePathChoice path = RestorePathChoice::Mmap,
                           bool background = true) {
  QSignalSpy opened(&session, &StoreSession::opened);
  QSignalSpy failed(&session, &StoreSession::openFailed);
  QSignalSpy finished(&session, &StoreSession::backgroundFinished);
  session.open(dir, path);
  while (!opened.count() && !failed.count())
    if (!opened.wait(120000)) break;
  if (!opened.count() || failed.count()) return false;
  return !background || finished.count() || finished.wait(300000);
}

inline bool openAndWait(StoreSession& session, const QString& fixture, RestorePathChoice path = RestorePathChoice::Mmap) {
  return openDirAndWait(session, fixtureData(fixture), path);
}

// A session and a view of type View following its own ViewState; the test makes the view.
template <class View>
struct SessionWithView {
  std::unique_ptr<StoreSession> session = std::make_unique<StoreSession>();
  std::unique_ptr<ViewState> state = std::make_unique<ViewState>();
  std::unique_ptr<View> view;

  ~SessionWithView() {
    view.reset();  // before the session it reads from
  }
  const batscope::Index& index() const { return *session->index(); }
};

// Resizes and shows `widget`; false if it is not exposed.
inline bool showExposed(QWidget& widget, int width, int height) {
  widget.resize(width, height);
  widget.show();
  return QTest::qWaitForWindowExposed(&widget);
}

// For the tests of the whole window: no modal dialogs, and settings (recent files among them)
// in the test locations under an organisation of their own.
inline void setUpWindowTestEnvironment() {
  qputenv("BATSCOPE_NO_DIALOGS", "1");
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName("BatscopeTest");
}

// A dark palette for the screenshots.
inline QPalette darkPalette() {
  QPalette p;
  p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
  p.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
  p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
  p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
  p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
  p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x90, 0x96));
  p.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x30));
  p.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
  p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Mid, QColor(0x4e, 0x51, 0x57));
  p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
  p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
  p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2d, 0x30));
  p.setColor(QPalette::ToolTipText, QColor(0xdf, 0xe1, 0xe5));
  return p;
}

}  // namespace batscope::ui::test
