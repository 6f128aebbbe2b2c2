// The "verify report" of the hash-chain view: the ChainReport of a store written as JSON
// (every entity with its status, counts and first break, hashes in full) and as a printable
// A4 PDF (a summary table and the breaks). Both return false and say why in `error`.
#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

#include "batscope/analysis/hash_chain.h"

namespace batscope {
class DataDir;
}

class QJsonObject;

namespace batscope::ui {

// One file of the store as the report records it, so a reader can tell later whether the
// bytes verified are the bytes they hold.
struct StoreFileDigest {
  QString name;
  quint64 bytes = 0;
  QString blake3;  // 64 hex digits
};

// BLAKE3 of every regular file in the store's directory, by name, into `out`. `progress`
// gets the fraction of bytes hashed. False when cancelled (error left empty) or when a file
// cannot be read (error says which). Read-only: the files are mapped PROT_READ.
bool digestStoreFiles(const DataDir& dir, const std::atomic<bool>* cancel, const std::function<void(double)>& progress,
                      std::vector<StoreFileDigest>& out, QString* error);

// The report as a JSON object: {"batscope_version", "generated_at" (ISO 8601 UTC), "store",
// "summary": {entities, verified, broken, unhashed, links, payload_bytes_hashed, elapsed_ms},
// "entities": [{entity, status, links, restarts, unhashed_links, restart_sequences,
// break_count, first_break: null | {global_sequence, event_id, file, offset, reason,
// stored_prev_hash, expected_prev_hash, stored_event_hash, recomputed_event_hash | null}}],
// "files": [{name, bytes, blake3}]}.
QJsonObject chainReportJson(const ChainReport& report, const QString& storePath,
                            const std::vector<StoreFileDigest>& files = {});

bool writeChainReportJson(const ChainReport& report, const QString& storePath, const QString& file, QString* error,
                          const std::vector<StoreFileDigest>& files = {});
bool writeChainReportPdf(const ChainReport& report, const QString& storePath, const QString& file, QString* error,
                         const std::vector<StoreFileDigest>& files = {});

// The HTML the PDF is printed from (a QTextDocument subset).
QString chainReportHtml(const ChainReport& report, const QString& storePath,
                        const std::vector<StoreFileDigest>& files = {});

}  // namespace batscope::ui
