// Shared helpers for engine tests: stopping a slot after a failed helper, comparing and
// reading bytes, where the fixtures are, running the CLI and the acceptance comparison,
// opening and restoring a fixture, dumping in-process, copying fixture directories.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <sys/resource.h>

#include <string>

#include "batscope/base/data_dir.h"
#include "batscope/analysis/dump.h"
#include "batscope/restore/physical_frame_walk.h"
#include "batscope/restore/restore_planner.h"
#include "batscope/restore/true_view.h"

namespace batscope::test {

// Runs a helper that uses QVERIFY/QCOMPARE and stops the calling test slot if it failed.
#define CHECKED(call)                              \
  do {                                             \
    call;                                          \
    if (QTest::currentTestFailed()) return;        \
  } while (0)

// "" when equal, else where and how they differ.
inline QString diffBytes(const QByteArray& actual, const QByteArray& expected) {
  if (actual == expected) return {};
  qsizetype i = 0;
  while (i < actual.size() && i < expected.size() && actual[i] == expected[i]) ++i;
  return QString("differs at byte %1 (actual %2 bytes, expected %3): actual %4… expected %5…")
      .arg(i).arg(actual.size()).arg(expected.size())
      .arg(QString(actual.mid(i, 12).toHex(' ')), QString(expected.mid(i, 12).toHex(' ')));
}

#define COMPARE_BYTES(actual, expected, what)                                       \
  do {                                                                              \
    const QString d_ = ::batscope::test::diffBytes((actual), (expected));           \
    QVERIFY2(d_.isEmpty(), qPrintable(QString("%1: %2").arg(what, d_)));            \
  } while (0)

inline QByteArray readBytes(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

inline QString fixturesDir() { return QStringLiteral(BATSCOPE_FIXTURES); }
inline QString fixtureData(const QString& name) { return fixturesDir() + "/" + name + "/data"; }

// Every fixture directory that has an expected.json, sorted.
inline QStringList allFixtures() {
  QStringList out;
  for (const QString& name : QDir(fixturesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
    if (QFile::exists(fixturesDir() + "/" + name + "/expected.json")) out << name;
  return out;
}

struct ProcessResult {
  int exitCode = -1;
  QByteArray out, err;
};

// ASan reserves terabytes of address space for its shadow: no RLIMIT_AS under it (its own
// allocator limits stand in).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

// `addressSpaceLimit` (bytes, 0 = none) caps the child with RLIMIT_AS, so a runaway
// allocation ends in bad_alloc there instead of exhausting the machine.
inline ProcessResult run(const QString& program, const QStringList& args, int timeoutMs = 120000,
                         uint64_t addressSpaceLimit = 0) {
  QProcess p;
  if (kSanitized) addressSpaceLimit = 0;
  if (addressSpaceLimit)
    p.setChildProcessModifier([addressSpaceLimit] {
      const rlimit limit{rlim_t(addressSpaceLimit), rlim_t(addressSpaceLimit)};
      setrlimit(RLIMIT_AS, &limit);
    });
  p.start(program, args);
  ProcessResult r;
  if (!p.waitForStarted(10000)) { r.err = "failed to start " + program.toUtf8(); return r; }
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished(5000);
    r.err = "timed out: " + program.toUtf8();
    r.exitCode = -2;
    return r;
  }
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = p.readAllStandardOutput();
  r.err = p.readAllStandardError();
  return r;
}

inline ProcessResult runCli(const QStringList& args) { return run(QStringLiteral(BATSCOPE_CLI), args); }

// Runs ../shared/tools/compare_dump.py EXPECTED ACTUAL (the acceptance comparison).
inline ProcessResult compareDump(const QString& expectedPath, const QByteArray& actualJson, QTemporaryDir& tmp) {
  const QString actualPath = tmp.filePath("actual.json");
  QFile f(actualPath);
  f.open(QIODevice::WriteOnly | QIODevice::Truncate);
  f.write(actualJson);
  f.close();
  return run("python3", {QStringLiteral(BATSCOPE_COMPARE_DUMP), expectedPath, actualPath});
}

// A fixture's data directory, opened (the test stops with the error if it does not open).
inline std::shared_ptr<DataDir> openFixtureDir(const QString& fixture) {
  auto dir = DataDir::open(fixtureData(fixture).toStdString());
  if (!dir) qFatal("%s", dir.error().toString().c_str());
  return *dir;
}

// `dir` restored on `path` (the test stops with the error if it does not restore).
inline RestoreResult restoreOrFatal(const std::shared_ptr<DataDir>& dir, RestorePathChoice path) {
  RestoreOptions ro;
  ro.path = path;
  auto r = restoreIndex(dir, ro);
  if (!r) qFatal("%s", r.error().toString().c_str());
  return std::move(*r);
}

// A fixture restored on `path` (the test stops with the error if it does not open).
inline std::shared_ptr<Index> restoredIndex(const QString& fixture, RestorePathChoice path = RestorePathChoice::Mmap) {
  return restoreOrFatal(openFixtureDir(fixture), path).index;
}

// In-process dump of `dir` on `path` (faithful or true view). Empty on open failure.
inline std::string dumpInProcess(const std::string& dir, RestorePathChoice path, bool trueView,
                                 std::string* openError = nullptr) {
  auto d = DataDir::open(dir);
  if (!d) { if (openError) *openError = d.error().toString(); return {}; }
  RestoreOptions ro;
  ro.path = path;
  auto r = restoreIndex(*d, ro);
  if (!r) { if (openError) *openError = r.error().toString(); return {}; }
  const StoreWalk walk = walkStore(**d);
  std::optional<TrueViewResult> truth;
  if (trueView) {
    auto t = buildTrueView(*d);
    if (!t) { if (openError) *openError = t.error().toString(); return {}; }
    truth = std::move(*t);
  }
  DumpInput in;
  in.dir = d->get();
  in.index = truth ? truth->index.get() : r->index.get();
  in.report = &r->report;
  in.findings = &r->findings;
  in.walk = &walk;
  in.trueView = trueView;
  in.withChainVerification = true;
  return dumpJson(in, DumpFilter{});
}

// The "events" array of a dump, without Batscope's per-path `origin` field.
inline QString eventsOf(const std::string& dump) {
  QString s = QString::fromStdString(dump);
  const int at = s.indexOf("\"events\":[");
  if (at < 0) return {};
  s = s.mid(at);
  s.remove(QRegularExpression("\"origin\":\"[^\"]*\","));
  return s;
}

// Recursively copies a directory's files (one level: batpak data dirs are flat).
inline bool copyDataDir(const QString& from, const QString& to) {
  QDir().mkpath(to);
  for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
    if (!QFile::copy(from + "/" + name, to + "/" + name)) return false;
    QFile::setPermissions(to + "/" + name, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
  }
  return true;
}

}  // namespace batscope::test
