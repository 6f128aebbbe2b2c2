// Values read from disk that are in range for their type but absurd for a store: nothing
// may be sized or looped by them (issue: a footer entry's global sequence near 2^64).
// Every command runs in a child capped at 2 GiB of address space and a 10 s limit.
#include <QtTest>

#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

constexpr uint64_t kAddressSpace = 2ull << 30;
constexpr int kTimeoutMs = 10000;

ProcessResult cli(const QStringList& args) { return run(QStringLiteral(BATSCOPE_CLI), args, kTimeoutMs, kAddressSpace); }

// A copy of `fixture` with `bytes` written at `offset` of `file`.
bool damagedCopy(const QString& fixture, const QString& file, qint64 offset, const QByteArray& bytes, const QString& to) {
  if (!copyDataDir(fixtureData(fixture), to)) return false;
  QFile f(to + "/" + file);
  if (!f.open(QIODevice::ReadWrite) || !f.seek(offset)) return false;
  return f.write(bytes) == bytes.size();
}

}  // namespace

class HostileValuesTest : public QObject {
  Q_OBJECT
 private slots:
  // tiny: the high bytes of footer entry 1's global sequence set to FF. batpak's default
  // path reads the snapshot and sees the 10 events unchanged; the rebuild path keeps the
  // huge number as batpak does, and the damaged entry is a finding with its file and offset.
  void hugeFooterGlobalSequence() {
    QTemporaryDir tmp;
    const QString copy = tmp.filePath("data");
    QVERIFY(damagedCopy("tiny", "000001.fbat", 5183, QByteArray(4, char(0xff)), copy));

    const ProcessResult dump = cli({"dump", copy, "--format", "json"});
    QCOMPARE(dump.exitCode, 0);
    const ProcessResult cmp = compareDump(fixturesDir() + "/tiny/expected.json", dump.out, tmp);
    QVERIFY2(cmp.exitCode == 0, (cmp.out + cmp.err).constData());

    const ProcessResult rebuild = cli({"dump", copy, "--format", "json", "--path", "rebuild"});
    QCOMPARE(rebuild.exitCode, 0);
    QVERIFY(rebuild.out.contains("\"global_sequence\":18446742974197923842"));
    QVERIFY(rebuild.out.contains("\"hidden_global_sequences\":null"));
    QVERIFY(rebuild.out.contains("\"hidden_global_sequence_ranges\":[[1,1],[10,18446742974197923840]]"));

    for (const QStringList& args : {QStringList{"info", copy}, QStringList{"info", copy, "--path", "rebuild"}}) {
      const ProcessResult info = cli(args);
      QVERIFY2(info.exitCode == 0, info.err.constData());
      // The footer entry (E = 6466 - 16 - 10 * 154 = 4910; entry 1 at 5064) against the snapshot's.
      QVERIFY2(info.out.contains("[sequence] 000001.fbat @5064: 000001.fbat @5064 records global sequence "
                                 "18446742974197923841"),
               info.out.constData());
      QVERIFY(info.out.contains("index.fbati @484 records 1"));
    }
    for (const QStringList& args : {QStringList{"verify", copy}, QStringList{"dump", copy, "--true-view"},
                                    QStringList{"dump", copy, "--path", "scan"}}) {
      const ProcessResult r = cli(args);
      QVERIFY2(r.exitCode == 0 || r.exitCode == 1, (args.join(' ') + ": " + r.err).toUtf8().constData());
    }
  }
};

QTEST_GUILESS_MAIN(HostileValuesTest)
#include "hostile_values_test.moc"
