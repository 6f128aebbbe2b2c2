// The "verify report" of the hash-chain view: the ChainReport of a store written as JSON
// (every entity with its status, counts and first break, hashes in full) and as a printable
// A4 PDF (a summary table and the breaks). Both return false and say why in `error`.
#pragma once

#include <QString>

#include "batscope/analysis/hash_chain.h"

class QJsonObject;

namespace batscope::ui {

// The report as a JSON object: {"batscope_version", "generated_at" (ISO 8601 UTC), "store",
// "summary": {entities, verified, broken, unhashed, links, payload_bytes_hashed, elapsed_ms},
// "entities": [{entity, status, links, restarts, unhashed_links, restart_sequences,
// break_count, first_break: null | {global_sequence, event_id, file, offset, reason,
// stored_prev_hash, expected_prev_hash, stored_event_hash, recomputed_event_hash | null}}]}.
QJsonObject chainReportJson(const ChainReport& report, const QString& storePath);

bool writeChainReportJson(const ChainReport& report, const QString& storePath, const QString& file, QString* error);
bool writeChainReportPdf(const ChainReport& report, const QString& storePath, const QString& file, QString* error);

// The HTML the PDF is printed from (a QTextDocument subset).
QString chainReportHtml(const ChainReport& report, const QString& storePath);

}  // namespace batscope::ui
