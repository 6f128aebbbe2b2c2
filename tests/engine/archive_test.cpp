// Store archives (archive.h): every fixture round-trips byte for byte and restores to the same
// visible events; plain tar reads our archives and we read hand-made ones; every hostile
// archive is refused with an error naming the archive and the entry, with nothing written
// outside the private temporary directory (which is removed); manifest mismatches are
// findings naming the file; the CLI's archive/extract round-trip.
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <random>

#include "batscope/archive/archive.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

struct TarEntry {
  std::string name;
  int type = AE_IFREG;
  QByteArray data;
  std::string symlink, hardlink;
  qint64 zeros = -1;  // >= 0: a file of that many zero bytes (written in chunks)
};
TarEntry file(std::string name, QByteArray data) {
  TarEntry t;
  t.name = std::move(name);
  t.data = std::move(data);
  return t;
}
TarEntry special(std::string name, int type) {
  TarEntry t;
  t.name = std::move(name);
  t.type = type;
  return t;
}
TarEntry symlinkTo(std::string name, std::string target) {
  TarEntry t = special(std::move(name), AE_IFLNK);
  t.symlink = std::move(target);
  return t;
}
TarEntry hardlinkTo(std::string name, std::string target) {
  TarEntry t = special(std::move(name), AE_IFREG);
  t.hardlink = std::move(target);
  return t;
}
TarEntry zeros(std::string name, qint64 n) {
  TarEntry t = special(std::move(name), AE_IFREG);
  t.zeros = n;
  return t;
}

enum class Compression { Zstd, Gzip, None };

// Writes a tar archive with libarchive's writer (the test's tool for hand-made and hostile archives).
bool writeTar(const QString& path, const std::vector<TarEntry>& entries, Compression c = Compression::Zstd) {
  struct archive* a = archive_write_new();
  archive_write_set_format_pax_restricted(a);
  if (c == Compression::Zstd) archive_write_add_filter_zstd(a);
  else if (c == Compression::Gzip) archive_write_add_filter_gzip(a);
  if (archive_write_open_filename(a, path.toLocal8Bit().constData()) != ARCHIVE_OK) return false;
  bool ok = true;
  for (const TarEntry& t : entries) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, t.name.c_str());
    archive_entry_set_filetype(e, t.type);
    archive_entry_set_perm(e, t.type == AE_IFDIR ? 0755 : 0644);
    if (!t.symlink.empty()) archive_entry_set_symlink(e, t.symlink.c_str());
    if (!t.hardlink.empty()) archive_entry_set_hardlink(e, t.hardlink.c_str());
    if (t.type == AE_IFCHR) archive_entry_set_rdev(e, makedev(1, 3));
    const qint64 size = t.type == AE_IFREG && t.hardlink.empty() ? (t.zeros >= 0 ? t.zeros : t.data.size()) : 0;
    archive_entry_set_size(e, size);
    ok = ok && archive_write_header(a, e) == ARCHIVE_OK;
    if (ok && size) {
      if (t.zeros >= 0) {
        const QByteArray chunk(1 << 20, '\0');
        for (qint64 left = t.zeros; left > 0; left -= chunk.size())
          archive_write_data(a, chunk.constData(), size_t(std::min<qint64>(left, chunk.size())));
      } else {
        archive_write_data(a, t.data.constData(), size_t(t.data.size()));
      }
    }
    archive_entry_free(e);
  }
  ok = archive_write_close(a) == ARCHIVE_OK && ok;
  archive_write_free(a);
  return ok;
}

QByteArray readAll(const QString& p) {
  QFile f(p);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeFile(const QString& p, const QByteArray& b) {
  QFile f(p);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(b) == b.size();
}

// Every path (with size) under `root`, recursively, hidden files and dangling links included.
QStringList snapshot(const QString& root) {
  QStringList out;
  QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) {
    it.next();
    out << it.filePath() + ":" + QString::number(it.fileInfo().size());
  }
  out.sort();
  return out;
}

template <class T>
QString errorOf(const Result<T>& r) {
  return r.ok() ? QString() : QString::fromStdString(r.error().toString());
}

QStringList filesOf(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

}  // namespace

class ArchiveTest : public QObject {
  Q_OBJECT

 private:
  // base/tmproot: ExtractOptions::tempParent; base/outside: where hostile entries aim.
  QTemporaryDir base_;
  QString tmpRoot() const { return base_.path() + "/tmproot"; }
  QString outside() const { return base_.path() + "/outside"; }
  QString work() const { return base_.path() + "/work"; }

  ExtractOptions opts() const {
    ExtractOptions o;
    o.tempParent = tmpRoot().toStdString();
    return o;
  }

  // Opens `archive`, expects a refusal whose message names `entry`, and checks that nothing
  // was written anywhere under base/ except the archive itself (temp dir removed too).
  void expectRefused(const QString& archive, const QString& entry, ExtractOptions o) {
    const QStringList before = snapshot(base_.path());
    auto r = openArchive(archive.toStdString(), o);
    QVERIFY2(!r.ok(), qPrintable("opened a hostile archive: " + archive));
    const Error& e = r.error();
    const QString msg = QString::fromStdString(e.toString());
    QCOMPARE(QString::fromStdString(e.file), archive);
    QVERIFY2(msg.contains(entry), qPrintable("error does not name '" + entry + "': " + msg));
    qInfo().noquote() << "refused:" << msg;
    QCOMPARE(snapshot(base_.path()), before);
    QVERIFY(QDir(tmpRoot()).isEmpty());
    QVERIFY(!QFile::exists(outside() + "/pwned"));
    QVERIFY(!QFileInfo::exists("/tmp/batscope-archive-test-pwned"));
  }
  void expectRefused(const QString& archive, const QString& entry) { expectRefused(archive, entry, opts()); }

  QString fixtureArchive(const QString& name = "tiny") {
    const QString p = work() + "/" + name + "-default.batpak.tar.zst";
    if (!QFile::exists(p)) {
      auto r = createArchive(fixtureData(name).toStdString(), p.toStdString());
      if (!r) qWarning() << errorOf(r);
    }
    return p;
  }

 private slots:
  void initTestCase() {
    QVERIFY(base_.isValid());
    QVERIFY(QDir().mkpath(tmpRoot()));
    QVERIFY(QDir().mkpath(outside()));
    QVERIFY(QDir().mkpath(work()));
  }

  void roundTripEveryFixture() {
    for (const QString& name : allFixtures()) {
      const QString src = fixtureData(name);
      const QString arch = work() + "/" + name + ".batpak.tar.zst";
      const QStringList srcBefore = snapshot(src);
      double lastProgress = -1;
      ArchiveOptions ao;
      ao.level = 9;
      ao.threads = 2;
      ao.progress = [&](double f) { lastProgress = f; };
      auto made = createArchive(src.toStdString(), arch.toStdString(), ao);
      QVERIFY2(made.ok(), qPrintable(name + ": " + errorOf(made)));
      QCOMPARE(lastProgress, 1.0);
      QCOMPARE(made->folder, std::string("data"));
      QCOMPARE(snapshot(src), srcBefore);  // the data dir was only read
      QCOMPARE(uint64_t(QFileInfo(arch).size()), made->archiveBytes);

      std::string tempDir;
      {
        auto ex = openArchive(arch.toStdString(), opts());
        QVERIFY2(ex.ok(), qPrintable(name + ": " + errorOf(ex)));
        const ExtractedArchive& x = **ex;
        tempDir = x.tempDir();
        QVERIFY(QFileInfo(QString::fromStdString(tempDir)).isDir());
        struct stat st{};
        QCOMPARE(::stat(tempDir.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0700));
        QCOMPARE(x.folder(), std::string("data"));
        QVERIFY(x.manifest().has_value());
        QVERIFY2(x.findings().empty(), qPrintable(x.findings().empty() ? QString() : QString::fromStdString(x.findings()[0].toString())));
        const QString out = QString::fromStdString(x.dataDir());
        QStringList extracted = filesOf(out);
        extracted.removeAll(QString::fromStdString(std::string(kManifestName)));
        QCOMPARE(extracted, filesOf(src));
        for (const QString& f : filesOf(src)) QVERIFY2(readAll(out + "/" + f) == readAll(src + "/" + f), qPrintable(f));
        QCOMPARE(x.manifest()->files.size(), size_t(filesOf(src).size()));

        std::string errA, errB;
        const std::string a = dumpInProcess(src.toStdString(), RestorePathChoice::Mmap, false, &errA);
        const std::string b = dumpInProcess(x.dataDir(), RestorePathChoice::Mmap, false, &errB);
        QCOMPARE(errA.empty(), errB.empty());
        QVERIFY2(eventsOf(a) == eventsOf(b), qPrintable(name));
        if (errA.empty()) {
          QVERIFY(x.manifest()->events.has_value());
          auto d = DataDir::open(x.dataDir());
          QVERIFY(d.ok());
          auto r = restoreIndex(*d, RestoreOptions{});
          QVERIFY(r.ok());
          QCOMPARE(*x.manifest()->events, uint64_t(r->index->visibleRows().size()));
        }
      }
      QVERIFY2(!QFileInfo::exists(QString::fromStdString(tempDir)), "temp dir not removed on close");
      QVERIFY(QDir(tmpRoot()).isEmpty());
    }
  }

  void plainTarReadsOurArchive() {
    const QString arch = fixtureArchive();
    auto r = run("tar", {"--zstd", "-tf", arch});
    QCOMPARE(r.exitCode, 0);
    QStringList listed = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    QStringList expected{"data/", "data/" + QString::fromStdString(std::string(kManifestName))};
    for (const QString& f : filesOf(fixtureData("tiny"))) expected << "data/" + f;
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    // and extracts it to the same bytes
    const QString dest = work() + "/plain-tar";
    QDir().mkpath(dest);
    QCOMPARE(run("tar", {"--zstd", "-xf", arch, "-C", dest}).exitCode, 0);
    for (const QString& f : filesOf(fixtureData("tiny")))
      QVERIFY(readAll(dest + "/data/" + f) == readAll(fixtureData("tiny") + "/" + f));
  }

  void handMadeArchivesOpen() {
    const QString src = fixtureData("multi-segment");
    const std::string expected = eventsOf(dumpInProcess(src.toStdString(), RestorePathChoice::Mmap, false)).toStdString();
    // files at the top level ("./000001.fbat"), files at the top level without "./", one folder
    const QString top = work() + "/top.tar.zst", bare = work() + "/bare.tar.zst", folder = work() + "/folder.tar.zst";
    QCOMPARE(run("tar", {"--zstd", "-cf", top, "-C", src, "."}).exitCode, 0);
    QCOMPARE(run("tar", QStringList{"--zstd", "-cf", bare, "-C", src} + filesOf(src)).exitCode, 0);
    QCOMPARE(run("tar", {"--zstd", "-cf", folder, "-C", fixturesDir() + "/multi-segment", "data"}).exitCode, 0);
    for (const QString& arch : {top, bare, folder}) {
      auto ex = openArchive(arch.toStdString(), opts());
      QVERIFY2(ex.ok(), qPrintable(arch + ": " + errorOf(ex)));
      QCOMPARE((*ex)->folder(), arch == folder ? std::string("data") : std::string());
      QVERIFY(!(*ex)->manifest());
      QVERIFY((*ex)->findings().empty());
      QCOMPARE(filesOf(QString::fromStdString((*ex)->dataDir())), filesOf(src));
      QCOMPARE(eventsOf(dumpInProcess((*ex)->dataDir(), RestorePathChoice::Mmap, false)).toStdString(), expected);
    }
    // a plain (uncompressed) tar opens as well (the "none" filter)
    const QString plain = work() + "/plain.tar";
    QCOMPARE(run("tar", {"-cf", plain, "-C", src, "."}).exitCode, 0);
    QVERIFY(openArchive(plain.toStdString(), opts()).ok());
    QVERIFY(QDir(tmpRoot()).isEmpty());
  }

  void hostileArchivesAreRefused() {
    const QByteArray seg = readAll(fixtureData("tiny") + "/000001.fbat");
    const std::string abs = outside().toStdString() + "/pwned";
    struct Case {
      const char* label;
      std::vector<TarEntry> entries;
      QString entry;  // what the error must name
    };
    std::vector<Case> cases = {
        {"absolute", {special("data/", AE_IFDIR), file(abs, "x")}, QString::fromStdString(abs)},
        {"absolute-tmp", {file("/tmp/batscope-archive-test-pwned", "x")}, "/tmp/batscope-archive-test-pwned"},
        {"dotdot", {file("data/000001.fbat", seg), file("data/../../outside/pwned", "x")},
         "data/../../outside/pwned"},
        {"dotdot-top", {file("../outside/pwned", "x")}, "../outside/pwned"},
        {"symlink",
         {special("data/", AE_IFDIR), symlinkTo("data/link", outside().toStdString()), file("data/link/pwned", "x")},
         "data/link"},
        {"hardlink", {file("data/000001.fbat", seg), hardlinkTo("data/pwned", abs)}, "data/pwned"},
        {"device", {file("data/000001.fbat", seg), special("data/null", AE_IFCHR)}, "data/null"},
        {"fifo", {special("data/fifo", AE_IFIFO)}, "data/fifo"},
        {"duplicate", {file("data/000001.fbat", seg), file("data/000001.fbat", "evil")}, "data/000001.fbat"},
        {"nested-dir", {special("data/", AE_IFDIR), special("data/sub/", AE_IFDIR)}, "data/sub"},
        {"nested-file", {file("data/000001.fbat", seg), file("data/sub/x.fbat", "x")}, "data/sub/x.fbat"},
        {"control-char", {file("data/bad\x01name", "x")}, "data/bad\\x01name"},
        {"size-bomb", {file("data/000001.fbat", seg), zeros("data/zeros", 50ll << 20)},
         "data/zeros"},
        {"two-folders-and-root", {file("a/x.fbat", "x"), file("b/y.fbat", "y"), file("z.fbat", "z")},
         "z.fbat"},
        {"two-folders", {file("a/x.fbat", "x"), file("b/y.fbat", "y")}, "'b'"},
    };
    for (const Case& c : cases) {
      const QString arch = work() + "/hostile-" + c.label + ".tar.zst";
      QVERIFY2(writeTar(arch, c.entries), c.label);
      expectRefused(arch, c.entry);
    }

    // An explicit unpacked-size limit holds too.
    {
      const QString arch = work() + "/hostile-limit.tar.zst";
      QVERIFY(writeTar(arch, {file("data/000001.fbat", seg)}));
      ExtractOptions o = opts();
      o.maxUnpackedBytes = uint64_t(seg.size() - 1);
      expectRefused(arch, "data/000001.fbat", o);
    }
    // Too many entries.
    {
      std::vector<TarEntry> many;
      for (int i = 0; i < 20; ++i) many.push_back(file("data/" + std::to_string(i) + ".fbat", "x"));
      const QString arch = work() + "/hostile-many.tar.zst";
      QVERIFY(writeTar(arch, many));
      ExtractOptions o = opts();
      o.maxEntries = 10;
      expectRefused(arch, "data/10.fbat", o);
    }

    // Truncated and corrupt zstd (in a multi-megabyte archive: the error names the entry being
    // read), garbage, gzip-compressed tar.
    const QByteArray good = readAll(fixtureArchive("multi-segment"));
    QVERIFY(good.size() > 1000000);
    const QString truncated = work() + "/hostile-truncated.batpak.tar.zst";
    QVERIFY(writeFile(truncated, good.left(good.size() / 2)));
    expectRefused(truncated, "entry 'data/0000");
    expectRefused(truncated, "Truncated zstd");
    const QString truncatedEnd = work() + "/hostile-truncated-end.batpak.tar.zst";
    QVERIFY(writeFile(truncatedEnd, good.left(good.size() - 3)));
    expectRefused(truncatedEnd, "cannot read");
    QByteArray corrupt = good;
    for (int i = corrupt.size() / 2; i < corrupt.size() / 2 + 16; ++i) corrupt[i] = char(corrupt[i] ^ 0x5a);
    const QString corruptPath = work() + "/hostile-corrupt.batpak.tar.zst";
    QVERIFY(writeFile(corruptPath, corrupt));
    expectRefused(corruptPath, "entry 'data/0000");
    // a flipped byte inside a file's data leaves the tar intact: the zstd checksum refuses it
    {
      const QString dir = work() + "/random/data";
      QDir().mkpath(dir);
      QByteArray noise(3 << 20, '\0');
      std::mt19937 r(11);
      for (char& ch : noise) ch = char(r());
      QVERIFY(writeFile(dir + "/000001.fbat", noise));
      const QString arch = work() + "/random.batpak.tar.zst";
      ArchiveOptions ao;
      ao.threads = 1;
      QVERIFY(createArchive(dir.toStdString(), arch.toStdString(), ao).ok());
      QVERIFY(openArchive(arch.toStdString(), opts()).ok());
      QByteArray bytes = readAll(arch);
      bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
      const QString flipped = work() + "/hostile-flipped.batpak.tar.zst";
      QVERIFY(writeFile(flipped, bytes));
      expectRefused(flipped, "entry 'data/000001.fbat'");
      expectRefused(flipped, "checksum");
    }
    QByteArray garbage(100000, '\0');
    std::mt19937 rng(7);
    for (char& ch : garbage) ch = char(rng());
    const QString garbagePath = work() + "/hostile-garbage.batpak.tar.zst";
    QVERIFY(writeFile(garbagePath, garbage));
    expectRefused(garbagePath, "Unrecognized archive format");
    const QString gz = work() + "/hostile.tar.gz";
    QVERIFY(writeTar(gz, {file("data/000001.fbat", seg)}, Compression::Gzip));
    expectRefused(gz, "gzip");
    // a gzip tar without the magic check still fails: libarchive has no gzip filter enabled
    const QString gzOffset = work() + "/hostile-gz-prefixed.tar.zst";
    QVERIFY(writeFile(gzOffset, QByteArray(1, '\0') + readAll(gz)));
    expectRefused(gzOffset, "Unrecognized archive format");
  }

  void cancelAndProgress() {
    const QString arch = fixtureArchive("multi-segment");
    std::atomic<bool> cancel{false};
    ExtractOptions o = opts();
    o.cancel = &cancel;
    double last = 0;
    int calls = 0;
    o.progress = [&](double f) {
      QVERIFY(f >= last);
      last = f;
      if (++calls == 3) cancel = true;
    };
    auto r = openArchive(arch.toStdString(), o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(QDir(tmpRoot()).isEmpty());
    o.cancel = nullptr;
    calls = -1000000;
    last = 0;
    auto ok = openArchive(arch.toStdString(), o);
    QVERIFY(ok.ok());
    QCOMPARE(last, 1.0);
    // unpacked files are read-only
    struct stat st{};
    QCOMPARE(::stat(((*ok)->dataDir() + "/000001.fbat").c_str(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0400));
    const std::string kept = (*ok)->tempDir();
    (*ok)->remove();
    QVERIFY(!QFileInfo::exists(QString::fromStdString(kept)));
  }

  void manifestMismatchIsAFinding() {
    const QString arch = fixtureArchive();
    const QString dir = work() + "/remanifest";
    QDir().mkpath(dir);
    QCOMPARE(run("tar", {"--zstd", "-xf", arch, "-C", dir}).exitCode, 0);
    QFile f(dir + "/data/000001.fbat");
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100);
    const char c = f.read(1)[0];
    f.seek(100);
    f.write(QByteArray(1, char(c ^ 1)));
    f.close();
    QVERIFY(writeFile(dir + "/data/extra.txt", "hello"));
    const QString re = work() + "/remanifest.batpak.tar.zst";
    QCOMPARE(run("tar", {"--zstd", "-cf", re, "-C", dir, "data"}).exitCode, 0);
    auto ex = openArchive(re.toStdString(), opts());
    QVERIFY2(ex.ok(), qPrintable(errorOf(ex)));
    const auto& fs = (*ex)->findings();
    QCOMPARE(fs.size(), size_t(2));
    QCOMPARE(fs[0].file, std::string("000001.fbat"));
    QCOMPARE(std::string(fs[0].category()), std::string("manifest"));
    QCOMPARE(fs[0].code, FindingCode::ManifestHashDiffers);
    QCOMPARE(fs[0].severity, Finding::Severity::Warning);
    QVERIFY(QString::fromStdString(fs[0].toString()).contains("000001.fbat"));
    QVERIFY(QString::fromStdString(fs[0].message()).contains("BLAKE3"));
    QCOMPARE(fs[1].file, std::string("extra.txt"));

    // a missing file and a size change
    QVERIFY(QFile::remove(dir + "/data/extra.txt"));
    QVERIFY(QFile::remove(dir + "/data/index.fbati"));
    QVERIFY(writeFile(dir + "/data/000001.fbat", "short"));
    QCOMPARE(run("tar", {"--zstd", "-cf", re, "-C", dir, "data"}).exitCode, 0);
    auto ex2 = openArchive(re.toStdString(), opts());
    QVERIFY(ex2.ok());
    QCOMPARE((*ex2)->findings().size(), size_t(2));
    QCOMPARE((*ex2)->findings()[0].code, FindingCode::ManifestSizeDiffers);
    QVERIFY(QString::fromStdString((*ex2)->findings()[0].message()).contains("size"));
    QCOMPARE((*ex2)->findings()[1].file, std::string("index.fbati"));
    QCOMPARE((*ex2)->findings()[1].code, FindingCode::ManifestFileMissing);
    QVERIFY(QString::fromStdString((*ex2)->findings()[1].message()).contains("missing"));

    // manifest parsing round-trips
    Manifest m;
    m.batscopeVersion = "1.2.3";
    m.created = "2026-01-01T00:00:00Z";
    m.segments = 4;
    m.bytes = 1234;
    m.events = 99;
    m.openPath = "Mmap";
    m.files.push_back({"a \"quoted\" \\ name", 5, blake3("hello", 5)});
    auto back = parseManifest(manifestToJson(m));
    QVERIFY(back.ok());
    QCOMPARE(back->batscopeVersion, m.batscopeVersion);
    QCOMPARE(*back->events, uint64_t(99));
    QCOMPARE(back->files[0].name, m.files[0].name);
    QVERIFY(back->files[0].blake3 == m.files[0].blake3);
    QVERIFY(!parseManifest("{\"files\": [").ok());
  }

  void creatingNeverWritesIntoTheDataDir() {
    const QString copy = work() + "/copy";
    QVERIFY(copyDataDir(fixtureData("tiny"), copy));
    const QStringList before = snapshot(copy);
    auto r = createArchive(copy.toStdString(), (copy + "/inside.batpak.tar.zst").toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(snapshot(copy), before);
    std::atomic<bool> cancel{true};
    ArchiveOptions ao;
    ao.cancel = &cancel;
    const QString out = work() + "/cancelled/x.batpak.tar.zst";
    QDir().mkpath(work() + "/cancelled");
    auto c = createArchive(copy.toStdString(), out.toStdString(), ao);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, Error::Code::Cancelled);
    QVERIFY(QDir(work() + "/cancelled").isEmpty());  // no temp file left behind
    QCOMPARE(snapshot(copy), before);
  }

  void cliArchiveExtractRoundTrip() {
    const QString src = fixtureData("varied-payloads");
    const QString arch = work() + "/cli.batpak.tar.zst", dest = work() + "/cli-out";
    auto a = runCli({"archive", src, arch, "--level", "5", "--threads", "2"});
    QVERIFY2(a.exitCode == 0, a.err.constData());
    auto x = runCli({"extract", arch, dest});
    QVERIFY2(x.exitCode == 0, x.err.constData());
    QCOMPARE(filesOf(dest), filesOf(src));
    for (const QString& f : filesOf(src)) QVERIFY(readAll(dest + "/" + f) == readAll(src + "/" + f));
    QCOMPARE(runCli({"extract", arch, dest}).exitCode, 2);  // destination not empty
    QCOMPARE(runCli({"extract", work() + "/hostile-dotdot.tar.zst", work() + "/cli-evil"}).exitCode, 2);
    QVERIFY(!QFileInfo::exists(work() + "/cli-evil"));
    QCOMPARE(runCli({"archive", src}).exitCode, 64);
    QCOMPARE(runCli({"archive", src, arch, "--level", "x"}).exitCode, 64);
    QCOMPARE(runCli({"extract", arch, dest, "extra"}).exitCode, 64);
    QCOMPARE(runCli({"archive", work() + "/missing", arch}).exitCode, 2);
  }

  // openArchive names its folder after its process; what a dead process left behind goes at
  // the next start, and nothing else does: a live process's folder, another program's
  // folder, a file of that name.
  void orphanedExtractionsAreRemoved() {
    QTemporaryDir parent;
    const pid_t dead = ::fork();
    if (dead == 0) ::_exit(0);
    QVERIFY(dead > 0);
    int status = 0;
    QCOMPARE(::waitpid(dead, &status, 0), dead);
    const QString orphan = parent.filePath(QStringLiteral("batscope-archive-%1-Ab12Cd").arg(dead));
    const QString alive = parent.filePath(QStringLiteral("batscope-archive-%1-Ef34Gh").arg(::getpid()));
    const QString other = parent.filePath(QStringLiteral("batscope-archive-Ij56Kl"));  // no process number
    for (const QString& d : {orphan, alive, other}) {
      QVERIFY(QDir().mkpath(d + "/data"));
      QVERIFY(writeFile(d + "/data/000001.fbat", "x"));
    }
    const QString file = parent.filePath(QStringLiteral("batscope-archive-%1-file").arg(dead));
    QVERIFY(writeFile(file, "not a folder"));
    QCOMPARE(removeOrphanedExtractions(parent.path().toStdString()), size_t(1));
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(QFileInfo::exists(alive + "/data/000001.fbat"));
    QVERIFY(QFileInfo::exists(other + "/data/000001.fbat"));
    QVERIFY(QFileInfo::exists(file));
    // openArchive's own folder carries this process's number, and goes when the archive does.
    ExtractOptions options;
    options.tempParent = parent.path().toStdString();
    auto x = openArchive(fixtureArchive().toStdString(), options);
    QVERIFY2(x, x ? "" : x.error().toString().c_str());
    const QString temp = QString::fromStdString((*x)->tempDir());
    QVERIFY2(QFileInfo(temp).fileName().startsWith(QStringLiteral("batscope-archive-%1-").arg(::getpid())), qPrintable(temp));
    QCOMPARE(removeOrphanedExtractions(parent.path().toStdString()), size_t(0));
    QVERIFY(QFileInfo::exists(temp));
  }
};

QTEST_GUILESS_MAIN(ArchiveTest)
#include "archive_test.moc"
