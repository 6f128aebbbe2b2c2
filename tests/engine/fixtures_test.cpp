// The acceptance contract: every batpak 0.5.0 fixture reads exactly as batpak read it.
// Fixtures are enumerated from the directory: none is skipped or special-cased.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

class FixturesTest : public QObject {
  Q_OBJECT

 private:
  static void addFixtureRows() {
    QTest::addColumn<QString>("fixture");
    const QStringList fixtures = allFixtures();
    QVERIFY2(fixtures.size() >= 21, "expected the 21 batpak 0.5.0 fixtures");
    for (const QString& f : fixtures) QTest::newRow(f.toUtf8().constData()) << f;
  }

  static QMap<QString, QByteArray> checksums(const QString& dir) {
    QMap<QString, QByteArray> out;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
      QFile f(dir + "/" + name);
      f.open(QIODevice::ReadOnly);
      out[name] = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    return out;
  }

 private slots:
  void cliDumpMatchesExpected_data() { addFixtureRows(); }
  void cliDumpMatchesExpected() {
    QFETCH(QString, fixture);
    const ProcessResult dump = runCli({"dump", fixtureData(fixture), "--format", "json"});
    QCOMPARE(dump.exitCode, 0);
    QTemporaryDir tmp;
    const ProcessResult cmp = compareDump(fixturesDir() + "/" + fixture + "/expected.json", dump.out, tmp);
    QVERIFY2(cmp.exitCode == 0, (cmp.out + cmp.err).constData());
  }

  void rebuildMatchesExpectedRebuild_data() { addFixtureRows(); }
  void rebuildMatchesExpectedRebuild() {
    QFETCH(QString, fixture);
    const QString expected = fixturesDir() + "/" + fixture + "/expected-rebuild.json";
    const bool hasRebuildOracle = QFile::exists(expected);
    // Without a rebuild oracle the rebuild path must still open; its events are checked below.
    std::string error;
    const std::string dump = dumpInProcess(fixtureData(fixture).toStdString(), RestorePathChoice::Rebuild, false, &error);
    QVERIFY2(!dump.empty(), error.c_str());
    QVERIFY(dump.find("\"path\":\"Rebuild\"") != std::string::npos);
    if (!hasRebuildOracle) return;
    QTemporaryDir tmp;
    const ProcessResult cmp = compareDump(expected, QByteArray::fromStdString(dump), tmp);
    QVERIFY2(cmp.exitCode == 0, (cmp.out + cmp.err).constData());
  }

  // The fixtures' README: "for multi-segment, visibility, varied-payloads and compacted, the
  // events array is byte-identical whichever restore path batpak takes". On those, every
  // path (Batscope's forced scan included) gives the default path's events.
  void agreeingPathsGiveSameEvents_data() {
    QTest::addColumn<QString>("fixture");
    for (const char* f : {"multi-segment", "visibility", "varied-payloads", "compacted"}) QTest::newRow(f) << QString(f);
  }
  void agreeingPathsGiveSameEvents() {
    QFETCH(QString, fixture);
    const std::string dir = fixtureData(fixture).toStdString();
    const QString base = eventsOf(dumpInProcess(dir, RestorePathChoice::Mmap, false));
    QVERIFY(!base.isEmpty());
    for (RestorePathChoice p : {RestorePathChoice::Checkpoint, RestorePathChoice::Rebuild, RestorePathChoice::Scan})
      QCOMPARE(eventsOf(dumpInProcess(dir, p, false)), base);
  }

  // In the true view every restore path gives the same index.
  void trueViewIsPathIndependent_data() { addFixtureRows(); }
  void trueViewIsPathIndependent() {
    QFETCH(QString, fixture);
    const std::string dir = fixtureData(fixture).toStdString();
    const QString base = eventsOf(dumpInProcess(dir, RestorePathChoice::Mmap, true));
    QVERIFY(!base.isEmpty());
    for (RestorePathChoice p : {RestorePathChoice::Checkpoint, RestorePathChoice::Rebuild, RestorePathChoice::Scan})
      QCOMPARE(eventsOf(dumpInProcess(dir, p, true)), base);
  }

  // `chain_verification` reproduces batpak's own verify_chain walk entity by entity
  // (restarts and forks after fences count as breaks there; CRC-bad frames as unreadable).
  void chainVerificationMatchesBatpak_data() { addFixtureRows(); }
  void chainVerificationMatchesBatpak() {
    QFETCH(QString, fixture);
    QFile f(fixturesDir() + "/" + fixture + "/expected.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(f.readAll()).object().value("chain_verification").toArray();
    QVERIFY(!expected.isEmpty());
    const std::string dump = dumpInProcess(fixtureData(fixture).toStdString(), RestorePathChoice::Mmap, false);
    const QJsonArray actual =
        QJsonDocument::fromJson(QByteArray::fromStdString(dump)).object().value("chain_verification").toArray();
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
      QCOMPARE(QJsonDocument(actual[i].toObject()).toJson(QJsonDocument::Compact),
               QJsonDocument(expected[i].toObject()).toJson(QJsonDocument::Compact));
  }

  // A store batpak wrote without damage: its fenced r:0 event chains to an older link (a
  // fork), which verify lists but never calls broken.
  void verifyListsForks() {
    const ProcessResult r = runCli({"verify", fixtureData("batch-split-landing")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("fork at global sequence 27"), r.out.constData());
    QVERIFY2(r.out.contains("prev_hash names global sequence 24"), r.out.constData());
    QVERIFY2(r.out.contains("1 forks"), r.out.constData());
    QVERIFY2(r.out.contains("batpak's verify_chain would stop on r:0 at global sequence 25: prev_hash mismatch"),
             r.out.constData());
  }

  void verifyExitCodes_data() { addFixtureRows(); }
  void verifyExitCodes() {
    QFETCH(QString, fixture);
    const ProcessResult r = runCli({"verify", fixtureData(fixture)});
    const bool broken = fixture == "corrupt-crc" || fixture == "corrupt-crc-rebuild";
    QVERIFY2(r.exitCode == (broken ? 1 : 0), (r.out + r.err).constData());
    if (broken) {
      QVERIFY2(r.out.contains("account:6"), r.out.constData());
      QVERIFY2(r.out.contains("global sequence 31"), r.out.constData());
    }
  }

  void browsingChangesNothing_data() { addFixtureRows(); }
  void browsingChangesNothing() {
    QFETCH(QString, fixture);
    // Work on a copy whose files and directory are read-only: any write would fail loudly,
    // and the checksums prove nothing was rewritten.
    QTemporaryDir tmp;
    const QString copy = tmp.filePath("data");
    QVERIFY(copyDataDir(fixtureData(fixture), copy));
    for (const QString& name : QDir(copy).entryList(QDir::Files | QDir::Hidden))
      QFile::setPermissions(copy + "/" + name, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    const auto before = checksums(copy);
    const QStringList namesBefore = QDir(copy).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const char* cmd : {"info", "verify"}) {
      const ProcessResult r = runCli({cmd, copy});
      QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    }
    const ProcessResult d = runCli({"dump", copy, "--true-view"});
    QCOMPARE(d.exitCode, 0);
    QCOMPARE(checksums(copy), before);
    QCOMPARE(QDir(copy).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), namesBefore);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  }

  void emptyDirectoryIsAnEmptyStore() {
    QTemporaryDir tmp;
    const ProcessResult r = runCli({"dump", tmp.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\"path\":\"Rebuild\",\"restored_entries\":0,\"tail_entries\":0"));
    QVERIFY(r.out.contains("\"event_count\":0"));
    QVERIFY(QDir(tmp.path()).isEmpty());
  }

  void notADirectoryIsAnError() {
    QTemporaryDir tmp;
    const QString file = tmp.filePath("plain.txt");
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write("x");
    f.close();
    const ProcessResult r = runCli({"dump", file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains("\"open\":null"));
    QVERIFY(r.out.contains("not a directory"));
    QVERIFY(r.out.contains("plain.txt"));
  }
};

QTEST_GUILESS_MAIN(FixturesTest)
#include "fixtures_test.moc"
