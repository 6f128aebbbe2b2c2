// What the UI tests share: where the batpak fixtures are, and opening one in a StoreSession
// and waiting for it (the open, then the background phase: walk, true view, chains).
#pragma once

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

#include "store_session.h"

namespace batscope::ui::test {

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

}  // namespace batscope::ui::test
