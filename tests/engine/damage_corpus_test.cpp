// The damage corpus: deterministic damaged copies of every fixture (bit flips, 16-byte runs,
// truncation, garbage appended, 4-byte fields set to extremes, files removed or emptied)
// through `info`, `dump`, `dump --true-view` and `verify`, each in a child process capped at
// 2 GiB of address space and 10 s. Every run must end with exit code 0, 1 or 2 (never a
// signal, bad_alloc or a hang); a dump prints JSON; every finding names its file.
//
// BATSCOPE_DAMAGE_CASES sets the number of damaged copies (default 2000; the sanitizer run
// uses fewer, ASan needs far more address space and time).
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <mutex>
#include <random>
#include <thread>

#include "test_support.h"

using namespace batscope::test;

namespace {

constexpr rlim_t kAddressSpace = rlim_t(2) << 30;
// Under sanitizers every run is several times slower.
constexpr int kSecondsPerRun = kSanitized ? 60 : 10;

struct RunResult {
  int exitCode = -1;  // -1: killed by a signal (crash or time limit)
  int signal = 0;
  QByteArray out;
};

// fork + exec with RLIMIT_AS and RLIMIT_CPU, a wall-clock limit, stdout into a file.
RunResult runLimited(const QStringList& args, const QString& outPath) {
  std::vector<std::string> argv{BATSCOPE_CLI};
  for (const QString& a : args) argv.push_back(a.toStdString());
  std::vector<char*> cargv;
  for (std::string& s : argv) cargv.push_back(s.data());
  cargv.push_back(nullptr);
  const std::string out = outPath.toStdString();
  const pid_t pid = fork();
  if (pid == 0) {
    if (!kSanitized) {
      const rlimit as{kAddressSpace, kAddressSpace};
      setrlimit(RLIMIT_AS, &as);
    }
    const rlimit cpu{kSecondsPerRun, kSecondsPerRun + 1};
    setrlimit(RLIMIT_CPU, &cpu);
    const int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, 1);
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 2);
    execv(cargv[0], cargv.data());
    _exit(127);
  }
  RunResult r;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kSecondsPerRun);
  int status = 0;
  while (true) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      r.signal = SIGKILL;
      return r;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
  else if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  QFile f(outPath);
  if (f.open(QIODevice::ReadOnly)) r.out = f.readAll();
  return r;
}

// One deterministic damage to a copy of a data directory; returns what was done.
QString damage(const QString& dir, std::mt19937_64& rng) {
  QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
  if (files.isEmpty()) return QStringLiteral("(no files)");
  const QString name = files[int(rng() % uint64_t(files.size()))];
  const QString path = dir + "/" + name;
  QFile f(path);
  if (!f.open(QIODevice::ReadWrite)) return QStringLiteral("(cannot open %1)").arg(name);
  QByteArray bytes = f.readAll();
  const int kind = int(rng() % 8);
  // Half the time aim at the start or the end of the file, where headers, footers and
  // trailers hold their lengths and counts.
  auto offset = [&](qsizetype span) -> qsizetype {
    if (bytes.size() <= span) return 0;
    const qsizetype room = bytes.size() - span;
    switch (rng() % 4) {
      case 0: return qsizetype(rng() % uint64_t(std::min<qsizetype>(room, 64) + 1));
      case 1: return room - qsizetype(rng() % uint64_t(std::min<qsizetype>(room, 256) + 1));
      default: return qsizetype(rng() % uint64_t(room + 1));
    }
  };
  QString what;
  switch (kind) {
    case 0: {  // bit flips
      const int flips = 1 + int(rng() % 8);
      for (int i = 0; i < flips && !bytes.isEmpty(); ++i) {
        const qsizetype at = offset(1);
        bytes[at] = char(bytes[at] ^ char(1u << (rng() % 8)));
      }
      what = QStringLiteral("%1 bit flips");
      what = what.arg(flips);
      break;
    }
    case 1: {  // a 16-byte run of random bytes
      const qsizetype at = offset(16);
      for (qsizetype i = at; i < std::min<qsizetype>(at + 16, bytes.size()); ++i) bytes[i] = char(rng());
      what = QStringLiteral("16 random bytes at %1").arg(at);
      break;
    }
    case 2: {  // truncation
      const qsizetype to = bytes.isEmpty() ? 0 : qsizetype(rng() % uint64_t(bytes.size()));
      bytes.truncate(to);
      what = QStringLiteral("truncated to %1").arg(to);
      break;
    }
    case 3: {  // garbage appended
      const int n = 1 + int(rng() % 4096);
      for (int i = 0; i < n; ++i) bytes.append(char(rng()));
      what = QStringLiteral("%1 garbage bytes appended").arg(n);
      break;
    }
    case 4:
    case 5: {  // a 4-byte field set to an extreme, either byte order
      static const uint32_t extremes[] = {0xffffffffu, 0x7fffffffu, 0x80000000u, 0u, 0xfffffffeu};
      const uint32_t v = extremes[rng() % 5];
      const bool bigEndian = rng() % 2;
      const qsizetype at = offset(4);
      for (int i = 0; i < 4 && at + i < bytes.size(); ++i)
        bytes[at + i] = char(bigEndian ? v >> (24 - 8 * i) : v >> (8 * i));
      what = QStringLiteral("0x%1 (%2) at %3").arg(v, 8, 16, QLatin1Char('0')).arg(bigEndian ? "BE" : "LE").arg(at);
      break;
    }
    case 6:  // emptied
      bytes.clear();
      what = QStringLiteral("emptied");
      break;
    case 7:  // removed
      f.close();
      f.remove();
      return QStringLiteral("%1 removed").arg(name);
  }
  f.resize(0);
  f.seek(0);
  f.write(bytes);
  return name + ": " + what;
}

bool findingNamesFile(const QString& finding) {
  // "<severity> [<category>] <file>[ @<offset>]: <message>"
  static const QRegularExpression re(QStringLiteral("^(info|warning|error) \\[[^\\]]+\\] [^ :]+( @\\d+)?: "));
  return re.match(finding).hasMatch();
}

// One damaged copy through the four commands; what went wrong, if anything, as text.
struct CaseOutcome {
  QStringList failures;
  QStringList unnamedFindings;
  int opened = 0, refused = 0, broken = 0;
};

CaseOutcome runCase(int c, const QStringList& fixtures, const QString& work) {
  CaseOutcome o;
  std::mt19937_64 rng(uint64_t(c) * 0x9e3779b97f4a7c15ull + 1);
  const QString fixture = fixtures[c % fixtures.size()];
  const QString copy = work + QStringLiteral("/case%1").arg(c);
  const QString out = work + QStringLiteral("/out%1").arg(c);
  if (!copyDataDir(fixtureData(fixture), copy)) {
    o.failures << QStringLiteral("case %1: cannot copy %2").arg(c).arg(fixture);
    return o;
  }
  QString what = damage(copy, rng);
  if (rng() % 4 == 0) what += QStringLiteral("; ") + damage(copy, rng);  // sometimes two
  const QString label = QStringLiteral("case %1 (%2, %3)").arg(c).arg(fixture, what);
  for (const QStringList& args : {QStringList{"info", copy}, QStringList{"dump", copy},
                                  QStringList{"dump", copy, "--true-view"}, QStringList{"verify", copy}}) {
    const RunResult r = runLimited(args, out);
    const QString cmd = label + ": " + args.join(' ');
    if (r.signal) { o.failures << cmd + QStringLiteral(" ended by signal %1").arg(r.signal); continue; }
    if (r.exitCode < 0 || r.exitCode > 2) { o.failures << cmd + QStringLiteral(" exited %1").arg(r.exitCode); continue; }
    if (args[0] != "dump") {
      o.broken += args[0] == "verify" && r.exitCode == 1;
      continue;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    if (!doc.isObject()) { o.failures << cmd + " did not print a JSON object"; continue; }
    const QJsonObject json = doc.object();
    if (r.exitCode == 2) {
      ++o.refused;
      if (!json.value("open").isNull() || json.value("open_error").toString().isEmpty())
        o.failures << cmd + " exited 2 without open: null and open_error";
      continue;
    }
    if (r.exitCode != 0 || !json.value("open").isObject()) { o.failures << cmd + " printed no open report"; continue; }
    ++o.opened;
    for (const QJsonValue& w : json.value("warnings").toArray())
      if (!findingNamesFile(w.toString())) o.unnamedFindings << w.toString().left(80);
  }
  QDir(copy).removeRecursively();
  QFile::remove(out);
  return o;
}

}  // namespace

class DamageCorpusTest : public QObject {
  Q_OBJECT
 private slots:
  void everyDamagedCopyEndsCleanly() {
    const int cases = qEnvironmentVariableIsSet("BATSCOPE_DAMAGE_CASES")
                          ? qEnvironmentVariableIntValue("BATSCOPE_DAMAGE_CASES")
                          : 2000;
    const QStringList fixtures = allFixtures();
    QVERIFY(fixtures.size() >= 21);
    QTemporaryDir tmp;
    // Two workers (the machine's cores), each taking every other case.
    CaseOutcome total;
    std::mutex mu;
    auto worker = [&](int first) {
      for (int c = first; c < cases; c += 2) {
        CaseOutcome o = runCase(c, fixtures, tmp.path());
        std::lock_guard<std::mutex> lock(mu);
        total.failures << o.failures;
        total.unnamedFindings << o.unnamedFindings;
        total.opened += o.opened;
        total.refused += o.refused;
        total.broken += o.broken;
      }
    };
    std::thread second(worker, 1);
    worker(0);
    second.join();
    qInfo("%d damaged copies, %d runs: dump opened %d, refused %d; verify found breaks in %d", cases, cases * 4,
          total.opened, total.refused, total.broken);
    QVERIFY2(total.failures.isEmpty(), qPrintable(total.failures.mid(0, 20).join("\n")));
    total.unnamedFindings.removeDuplicates();
    QVERIFY2(total.unnamedFindings.isEmpty(), qPrintable(total.unnamedFindings.mid(0, 20).join("\n")));
    QCOMPARE(total.opened + total.refused, cases * 2);
    QVERIFY(total.opened > cases);  // most damage leaves a store batpak would open
  }
};

QTEST_GUILESS_MAIN(DamageCorpusTest)
#include "damage_corpus_test.moc"
