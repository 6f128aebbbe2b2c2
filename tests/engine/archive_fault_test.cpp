// Write faults while writing an archive: the FileSystem the archive writer goes through fails
// its Nth open, write, fsync, rename or remove with ENOSPC or EIO, only its Nth fsync, or cuts
// its Nth write short. Each time createArchive reports an error and leaves nothing behind: no
// archive under the final name and no temporary file beside it. (A fault in the removal of the
// temporary file itself leaves that file: nothing else can.) A run without faults writes an
// archive that opens and verifies against its manifest.
#include <QtTest>

#include <QDir>
#include <QTemporaryDir>

#include "batscope/archive/archive.h"
#include "faulty_file_system.h"
#include "test_support.h"

using namespace batscope;
using namespace batscope::test;

namespace {

QStringList entriesOf(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); }

ArchiveOptions optionsWith(FileSystem& fs) {
  ArchiveOptions o;
  o.fs = &fs;
  o.threads = 1;
  o.summarizeStore = false;
  return o;
}

}  // namespace

class ArchiveFaultTest : public QObject {
  Q_OBJECT

 private slots:
  void everyWriteOperationFailsCleanly() {
    const std::string data = fixtureData("multi-segment").toStdString();
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const std::string archive = out.filePath("store.batpak.tar.zst").toStdString();

    // The operations of a clean run, counted.
    FaultyFileSystem counting(Fault::Io, UINT64_MAX);
    auto clean = createArchive(data, archive, optionsWith(counting));
    QVERIFY2(clean.ok(), clean.ok() ? "" : clean.error().toString().c_str());
    const uint64_t operations = counting.operations();
    QVERIFY2(operations >= 5, qPrintable(QString::number(operations)));  // open, writes, fsync, rename, dir fsync
    auto opened = openArchive(archive, ExtractOptions{});
    QVERIFY(opened.ok());
    QVERIFY((*opened)->findings().empty());
    QVERIFY(QFile::remove(QString::fromStdString(archive)));

    int faults = 0;
    for (Fault fault : {Fault::NoSpace, Fault::Io, Fault::ShortWrite, Fault::SyncFails}) {
      for (uint64_t at = 1; at <= operations; ++at) {
        FaultyFileSystem fs(fault, at);
        auto r = createArchive(data, archive, optionsWith(fs));
        if (!fs.triggered()) {  // fewer operations of this kind than `at`: a clean run
          QVERIFY(r.ok());
          QVERIFY(QFile::remove(QString::fromStdString(archive)));
          continue;
        }
        ++faults;
        const QString where = QStringLiteral("fault %1 at operation %2").arg(int(fault)).arg(at);
        const QStringList left = entriesOf(out.path());
        if (r.ok()) {
          // Only a failed fsync of the directory after the rename may pass: the archive is complete.
          QVERIFY2(left == QStringList{QStringLiteral("store.batpak.tar.zst")}, qPrintable(where + ": " + left.join(',')));
          auto reopened = openArchive(archive, ExtractOptions{});
          QVERIFY2(reopened.ok() && (*reopened)->findings().empty(), qPrintable(where));
          QVERIFY(QFile::remove(QString::fromStdString(archive)));
          continue;
        }
        QVERIFY2(r.error().file == archive, qPrintable(where + ": " + QString::fromStdString(r.error().toString())));
        if (fs.faultWasCleanup()) {
          QCOMPARE(left.size(), 1);  // the temporary file the failed removal left
          QVERIFY(left[0].startsWith(QStringLiteral(".store.batpak.tar.zst.")));
          QVERIFY(QFile::remove(out.filePath(left[0])));
          continue;
        }
        QVERIFY2(left.isEmpty(), qPrintable(where + ": left " + left.join(',')));
      }
    }
    qInfo("%d faults injected", faults);
    QVERIFY2(faults > 20, qPrintable(QString::number(faults)));
  }
};

QTEST_GUILESS_MAIN(ArchiveFaultTest)
#include "archive_fault_test.moc"
