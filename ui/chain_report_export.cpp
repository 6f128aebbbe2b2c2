#include "chain_report_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

#include "batscope/base/bytes.h"
#include "batscope/base/data_dir.h"
#include "batscope/base/file_system.h"
#include "batscope/codec/blake3.h"
#include "number_text.h"

namespace batscope::ui {

namespace {

// Translation context of the report texts.
struct ChainReportExport {
  Q_DECLARE_TR_FUNCTIONS(ChainReportExport)
};

QString version() {
  const QString v = QCoreApplication::applicationVersion();
  if (!v.isEmpty()) return v;
#ifdef BATSCOPE_VERSION
  return QStringLiteral(BATSCOPE_VERSION);
#else
  return QStringLiteral("unknown");
#endif
}

QString hex(const Hash32& h) { return QString::fromStdString(hexEncode(h)); }

struct Counts {
  int verified = 0, broken = 0, unhashed = 0;
};

Counts count(const ChainReport& report) {
  Counts c;
  for (const EntityChain& e : report.entities) {
    if (e.status == EntityChain::Status::Verified) ++c.verified;
    else if (e.status == EntityChain::Status::Broken) ++c.broken;
    else ++c.unhashed;
  }
  return c;
}

// 64 hex digits as two lines of 32, so a hash fits a table cell on A4.
QString hexTwoLines(const QString& h) { return h.left(32) + QStringLiteral("<br>") + h.mid(32); }

QJsonArray filesJson(const std::vector<StoreFileDigest>& files) {
  QJsonArray out;
  for (const StoreFileDigest& f : files)
    out.append(QJsonObject{{QStringLiteral("name"), f.name},
                           {QStringLiteral("bytes"), qint64(f.bytes)},
                           {QStringLiteral("blake3"), f.blake3}});
  return out;
}

}  // namespace

bool digestStoreFiles(const DataDir& dir, const std::atomic<bool>* cancel, const std::function<void(double)>& progress,
                      std::vector<StoreFileDigest>& out, QString* error) {
  out.clear();
  auto entries = dir.fs().listDirectory(dir.path());
  if (!entries) {
    if (error) *error = QString::fromStdString(entries.error().toString());
    return false;
  }
  std::vector<DirEntry> files;
  uint64_t total = 0;
  for (const DirEntry& e : *entries)
    if (e.isRegularFile) {
      files.push_back(e);
      total += e.size;
    }
  std::sort(files.begin(), files.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  uint64_t done = 0;
  constexpr size_t kStep = size_t(8) << 20;  // between cancel checks and progress reports
  for (const DirEntry& e : files) {
    auto mapped = dir.fs().mapFile(joinPath(dir.path(), e.name));
    if (!mapped) {
      if (error) *error = QString::fromStdString(mapped.error().toString());
      return false;
    }
    Blake3Hasher hasher;
    const uint8_t* data = (*mapped)->data();
    const uint64_t size = (*mapped)->size();
    for (uint64_t at = 0; at < size; at += kStep) {
      if (cancel && cancel->load()) return false;
      const size_t n = size_t(std::min<uint64_t>(kStep, size - at));
      hasher.update(data + at, n);
      done += n;
      if (progress && total) progress(double(std::min(done, total)) / double(total));
    }
    out.push_back(StoreFileDigest{QString::fromStdString(e.name), size, hex(hasher.finalize())});
  }
  return true;
}

QJsonObject chainReportJson(const ChainReport& report, const QString& storePath,
                            const std::vector<StoreFileDigest>& files) {
  const Counts c = count(report);
  QJsonObject summary{
      {QStringLiteral("entities"), qint64(report.entities.size())},
      {QStringLiteral("verified"), c.verified},
      {QStringLiteral("broken"), c.broken},
      {QStringLiteral("unhashed"), c.unhashed},
      {QStringLiteral("links"), qint64(report.links)},
      {QStringLiteral("payload_bytes_hashed"), qint64(report.payloadBytesHashed)},
      {QStringLiteral("elapsed_ms"), report.elapsedMs},
  };
  QJsonArray entities;
  for (const EntityChain& e : report.entities) {
    QJsonArray restarts;
    for (uint64_t s : e.restartSequences) restarts.append(qint64(s));
    QJsonObject o{
        {QStringLiteral("entity"), QString::fromStdString(e.entity)},
        {QStringLiteral("status"), QString::fromLatin1(chainStatusName(e.status))},
        {QStringLiteral("links"), qint64(e.links)},
        {QStringLiteral("restarts"), qint64(e.restarts)},
        {QStringLiteral("unhashed_links"), qint64(e.unhashedLinks)},
        {QStringLiteral("restart_sequences"), restarts},
        {QStringLiteral("break_count"), qint64(e.breakCount)},
    };
    if (e.firstBreak) {
      const ChainBreak& b = *e.firstBreak;
      o.insert(QStringLiteral("first_break"),
               QJsonObject{
                   {QStringLiteral("global_sequence"), qint64(b.globalSequence)},
                   {QStringLiteral("event_id"), QString::fromStdString(hexEncode(b.eventId))},
                   {QStringLiteral("file"), QString::fromStdString(b.file)},
                   {QStringLiteral("offset"), qint64(b.offset)},
                   {QStringLiteral("reason"), QString::fromStdString(b.reason)},
                   {QStringLiteral("stored_prev_hash"), hex(b.storedPrevHash)},
                   {QStringLiteral("expected_prev_hash"), hex(b.expectedPrevHash)},
                   {QStringLiteral("stored_event_hash"), hex(b.storedEventHash)},
                   {QStringLiteral("recomputed_event_hash"),
                    b.recomputedHash ? QJsonValue(hex(*b.recomputedHash)) : QJsonValue(QJsonValue::Null)},
               });
    } else {
      o.insert(QStringLiteral("first_break"), QJsonValue(QJsonValue::Null));
    }
    entities.append(o);
  }
  return QJsonObject{
      {QStringLiteral("batscope_version"), version()},
      {QStringLiteral("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
      {QStringLiteral("store"), QDir::cleanPath(storePath)},
      {QStringLiteral("summary"), summary},
      {QStringLiteral("entities"), entities},
      {QStringLiteral("files"), filesJson(files)},
  };
}

bool writeChainReportJson(const ChainReport& report, const QString& storePath, const QString& file, QString* error,
                          const std::vector<StoreFileDigest>& files) {
  QSaveFile out(file);
  if (!out.open(QIODevice::WriteOnly)) {
    if (error) *error = out.errorString();
    return false;
  }
  out.write(QJsonDocument(chainReportJson(report, storePath, files)).toJson(QJsonDocument::Indented));
  if (!out.commit()) {
    if (error) *error = out.errorString();
    return false;
  }
  return true;
}

QString chainReportHtml(const ChainReport& report, const QString& storePath, const std::vector<StoreFileDigest>& files) {
  const Counts c = count(report);
  QString html;
  html += QStringLiteral("<html><body style='font-size:9pt'>");
  html += QStringLiteral("<h2>%1</h2>").arg(ChainReportExport::tr("Hash-chain verification report"));
  html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
              .arg(ChainReportExport::tr("Store: %1").arg(QDir::cleanPath(storePath).toHtmlEscaped()),
                   ChainReportExport::tr("Generated: %1 UTC").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                   ChainReportExport::tr("Batscope %1").arg(version()));
  html += QStringLiteral("<p><b>%1</b></p>")
              .arg(ChainReportExport::tr("%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links · %6 payload bytes hashed")
                       .arg(grouped(report.entities.size()))
                       .arg(c.verified)
                       .arg(c.broken)
                       .arg(c.unhashed)
                       .arg(grouped(report.links), grouped(report.payloadBytesHashed)));

  // The breaks first: they are what the report is for.
  if (c.broken > 0) {
    html += QStringLiteral("<h3>%1</h3>").arg(ChainReportExport::tr("Broken chains"));
    for (const EntityChain& e : report.entities) {
      if (!e.firstBreak) continue;
      const ChainBreak& b = *e.firstBreak;
      html += QStringLiteral("<p><b style='color:#c02828'>%1</b> — %2</p>")
                  .arg(QString::fromStdString(e.entity).toHtmlEscaped(),
                       (e.breakCount == 1 ? ChainReportExport::tr("first break at global sequence %1 (the only broken link)").arg(b.globalSequence)
                                       : ChainReportExport::tr("first break at global sequence %1 (%2 broken links)").arg(b.globalSequence).arg(grouped(e.breakCount))));
      html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
      auto row = [&](const QString& k, const QString& v, bool mono = false) {
        html += QStringLiteral("<tr><td width='28%'>%1</td><td%3>%2</td></tr>")
                    .arg(k, v, mono ? QStringLiteral(" style='font-family:monospace'") : QString());
      };
      row(ChainReportExport::tr("Reason"), QString::fromStdString(b.reason).toHtmlEscaped());
      row(ChainReportExport::tr("Event id"), QString::fromStdString(hexEncode(b.eventId)), true);
      row(ChainReportExport::tr("Location"), QStringLiteral("%1 @%2").arg(QString::fromStdString(b.file)).arg(b.offset));
      row(ChainReportExport::tr("Stored prev_hash"), hexTwoLines(hex(b.storedPrevHash)), true);
      row(ChainReportExport::tr("Expected prev_hash"), hexTwoLines(hex(b.expectedPrevHash)), true);
      row(ChainReportExport::tr("Stored event_hash"), hexTwoLines(hex(b.storedEventHash)), true);
      row(ChainReportExport::tr("Recomputed BLAKE3(payload)"),
          b.recomputedHash ? hexTwoLines(hex(*b.recomputedHash)) : ChainReportExport::tr("(payload unreadable)"), bool(b.recomputedHash));
      html += QStringLiteral("</table>");
    }
  }

  html += QStringLiteral("<h3>%1</h3>").arg(ChainReportExport::tr("Entities"));
  html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
  for (const QString& h : {ChainReportExport::tr("Entity"), ChainReportExport::tr("Status"), ChainReportExport::tr("Links"), ChainReportExport::tr("Restarts"), ChainReportExport::tr("Unhashed"), ChainReportExport::tr("First break")})
    html += QStringLiteral("<th align='left'>%1</th>").arg(h);
  html += QStringLiteral("</tr></thead>");
  for (const EntityChain& e : report.entities) {
    const QString colour = e.status == EntityChain::Status::Broken ? QStringLiteral("#c02828")
                           : e.status == EntityChain::Status::Verified ? QStringLiteral("#1e7d38")
                                                                       : QStringLiteral("#666666");
    html += QStringLiteral("<tr><td>%1</td><td style='color:%2'>%3</td><td align='right'>%4</td><td align='right'>%5</td>"
                           "<td align='right'>%6</td><td>%7</td></tr>")
                .arg(QString::fromStdString(e.entity).toHtmlEscaped(), colour,
                     QString::fromLatin1(chainStatusName(e.status)), grouped(e.links), grouped(e.restarts),
                     grouped(e.unhashedLinks),
                     e.firstBreak ? QStringLiteral("#%1 · %2")
                                        .arg(e.firstBreak->globalSequence)
                                        .arg(QString::fromStdString(e.firstBreak->reason).toHtmlEscaped())
                                  : QString());
  }
  html += QStringLiteral("</table>");

  // What was verified, byte for byte: a later BLAKE3 of the same files must give these.
  if (!files.empty()) {
    html += QStringLiteral("<h3>%1</h3>").arg(ChainReportExport::tr("Files verified"));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
    for (const QString& h : {ChainReportExport::tr("File"), ChainReportExport::tr("Bytes"), ChainReportExport::tr("BLAKE3")})
      html += QStringLiteral("<th align='left'>%1</th>").arg(h);
    html += QStringLiteral("</tr></thead>");
    for (const StoreFileDigest& f : files)
      html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td style='font-family:monospace'>%3</td></tr>")
                  .arg(f.name.toHtmlEscaped(), grouped(f.bytes), hexTwoLines(f.blake3));
    html += QStringLiteral("</table>");
  }
  html += QStringLiteral("</body></html>");
  return html;
}

bool writeChainReportPdf(const ChainReport& report, const QString& storePath, const QString& file, QString* error,
                         const std::vector<StoreFileDigest>& files) {
  QPrinter printer(QPrinter::HighResolution);
  printer.setOutputFormat(QPrinter::PdfFormat);
  printer.setOutputFileName(file);
  printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                    QPageLayout::Millimeter));
  printer.setDocName(ChainReportExport::tr("Batscope hash-chain report"));
  printer.setCreator(QStringLiteral("Batscope %1").arg(version()));
  if (!printer.isValid()) {
    if (error) *error = ChainReportExport::tr("The PDF printer is not available");
    return false;
  }
  QTextDocument doc;
  doc.setHtml(chainReportHtml(report, storePath, files));
  doc.print(&printer);
  QFile check(file);
  if (!check.exists() || check.size() == 0) {
    if (error) *error = ChainReportExport::tr("Could not write %1").arg(file);
    return false;
  }
  return true;
}

}  // namespace batscope::ui
