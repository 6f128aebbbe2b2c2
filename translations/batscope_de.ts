<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChainReportExport</name>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="187"/>
        <source>Hash-chain verification report</source>
        <translation>Prüfbericht der Hash-Ketten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="189"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="190"/>
        <source>Generated: %1 UTC</source>
        <translation>Erstellt: %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="191"/>
        <source>Batscope %1</source>
        <translation>Batscope %1</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="193"/>
        <source>%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links · %6 payload bytes hashed</source>
        <translation>%1 Entitäten: %2 verifiziert, %3 gebrochen, %4 ohne Hash · %5 Glieder · %6 Payload-Bytes gehasht</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="202"/>
        <source>Broken chains</source>
        <translation>Gebrochene Ketten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="208"/>
        <source>first break at global sequence %1 (the only broken link)</source>
        <translation>erster Bruch bei globaler Sequenz %1 (das einzige gebrochene Glied)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="209"/>
        <source>first break at global sequence %1 (%2 broken links)</source>
        <translation>erster Bruch bei globaler Sequenz %1 (%2 gebrochene Glieder)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="215"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="216"/>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="217"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="218"/>
        <source>Stored prev_hash</source>
        <translation>Gespeicherter prev_hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="219"/>
        <source>Expected prev_hash</source>
        <translation>Erwarteter prev_hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="220"/>
        <source>Stored event_hash</source>
        <translation>Gespeicherter event_hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="221"/>
        <source>Recomputed BLAKE3(payload)</source>
        <translation>Neu berechnet: BLAKE3(Payload)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="222"/>
        <source>(payload unreadable)</source>
        <translation>(Payload nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="227"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Links</source>
        <translation>Glieder</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Unhashed</source>
        <translation>Ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>First break</source>
        <translation>Erster Bruch</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="250"/>
        <source>Files verified</source>
        <translation>Geprüfte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="252"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="252"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="252"/>
        <source>BLAKE3</source>
        <translation>BLAKE3</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="271"/>
        <source>Batscope hash-chain report</source>
        <translation>Batscope-Bericht der Hash-Ketten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="274"/>
        <source>The PDF printer is not available</source>
        <translation>Der PDF-Drucker ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="282"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <location filename="../ui/file_window.cpp" line="17"/>
        <source>%1 is not a file of the store.</source>
        <translation>%1 ist keine Datei des Speichers.</translation>
    </message>
    <message>
        <location filename="../ui/file_window.cpp" line="22"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/file_window.cpp" line="29"/>
        <source>%1 is %2 bytes long: offset %3 lies past its end.</source>
        <translation>%1 ist %2 Bytes lang: Offset %3 liegt hinter dem Ende.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../engine/base/findings.cpp" line="16"/>
        <source>%1; falling back</source>
        <translation>%1; Fallback wird verwendet</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="18"/>
        <source>parallel SIDX rebuild unavailable (%1); falling back to sequential scan</source>
        <translation>paralleler SIDX-Neuaufbau nicht verfügbar (%1); Fallback auf sequenziellen Scan</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="20"/>
        <source>sequential frame scan of every segment forced (--path scan): footers are not used</source>
        <translation>sequenzieller Frame-Scan jedes Segments erzwungen (--path scan): Footer werden nicht verwendet</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="22"/>
        <source>visibility ranges file ignored (previously hidden events become visible): %1</source>
        <translation>Datei der Sichtbarkeitsbereiche ignoriert (bisher verborgene Ereignisse werden sichtbar): %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="24"/>
        <source>global sequences carried by more than one visible event: %1 (%2); batpak keeps every copy and orders them arbitrarily, Batscope by (wall_ms, clock, event_id)</source>
        <translation>globale Sequenzen, die mehr als einem sichtbaren Ereignis zugeordnet sind: %1 (%2); batpak behält jede Kopie und ordnet sie willkürlich, Batscope nach (wall_ms, clock, event_id)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="28"/>
        <source>SIDX footer unusable, scanning frames: %1</source>
        <translation>SIDX-Footer unbrauchbar, Frames werden gescannt: %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="30"/>
        <source>a batch is open at the start of this segment: its footer is not used</source>
        <translation>zu Beginn dieses Segments ist ein Batch offen: der Footer des Segments wird nicht verwendet</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="32"/>
        <source>skipping unreadable frame metadata: %1</source>
        <translation>unlesbare Frame-Metadaten werden übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="34"/>
        <source>orphaned COMMIT marker, skipping</source>
        <translation>verwaister COMMIT-Marker, wird übersprungen</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="36"/>
        <source>batch COMMIT mismatch, discarding (expected %1, %2 missing)</source>
        <translation>Batch-COMMIT stimmt nicht überein, Batch wird verworfen (erwartet %1, %2 fehlen)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="38"/>
        <source>nested BEGIN without COMMIT, discarding incomplete batch (%1 staged)</source>
        <translation>verschachteltes BEGIN ohne COMMIT, unvollständiger Batch wird verworfen (%1 vorgemerkt)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="40"/>
        <source>discarding incomplete batch (%1 staged events, BEGIN at %2 offset %3) due to %4</source>
        <translation>unvollständiger Batch wird wegen %4 verworfen (%1 vorgemerkte Ereignisse, BEGIN in %2 bei Offset %3)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="42"/>
        <source>incomplete batch at EOF (%1 staged), will discard or continue in next segment</source>
        <translation>unvollständiger Batch am Dateiende (%1 vorgemerkt), wird verworfen oder im nächsten Segment fortgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="44"/>
        <source>batch never committed: %1 staged events dropped at the end of the scan</source>
        <translation>Batch nie festgeschrieben: %1 vorgemerkte Ereignisse am Ende des Scans verworfen</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="46"/>
        <source>torn frame at end of segment (%1); the scan of this segment stops here</source>
        <translation>abgerissener Frame am Segmentende (%1); der Scan dieses Segments endet hier</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="48"/>
        <source>frame length %1 exceeds MAX_FRAME_PAYLOAD, stopping segment scan</source>
        <translation>Frame-Länge %1 überschreitet MAX_FRAME_PAYLOAD, Segment-Scan wird beendet</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="50"/>
        <source>CRC mismatch (stored %1, computed %2), stopping segment scan</source>
        <translation>CRC-Abweichung (gespeichert %1, berechnet %2), Segment-Scan wird beendet</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="52"/>
        <source>%1 records global sequence %2 for event %3, %4 records %5; the true view keeps the first</source>
        <translation>%1 verzeichnet globale Sequenz %2 für Ereignis %3, %4 verzeichnet %5; die Echtansicht behält den ersten Wert</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="55"/>
        <source>%1 more events whose footers and snapshots record different global sequences</source>
        <translation>%1 weitere Ereignisse, für die Footer und Snapshots unterschiedliche globale Sequenzen verzeichnen</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="57"/>
        <source>cannot read the segment: %1</source>
        <translation>Segment kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="59"/>
        <source>segment not readable, its frames are skipped: %1</source>
        <translation>Segment nicht lesbar, seine Frames werden übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="61"/>
        <source>frames end here: %1</source>
        <translation>Frames enden hier: %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="63"/>
        <source>CRC mismatch (stored %1, computed %2): frame skipped by its length</source>
        <translation>CRC-Abweichung (gespeichert %1, berechnet %2): Frame anhand seiner Länge übersprungen</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="65"/>
        <source>frame not decodable, skipped: %1</source>
        <translation>Frame nicht dekodierbar, übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="67"/>
        <source>BEGIN inside an open batch: the earlier batch (%1) never committed</source>
        <translation>BEGIN innerhalb eines offenen Batches: der vorherige Batch (%1) wurde nie festgeschrieben</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="69"/>
        <source>COMMIT without BEGIN (orphan)</source>
        <translation>COMMIT ohne BEGIN (verwaist)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="71"/>
        <source>committed batch with damaged items: its readable items are kept</source>
        <translation>festgeschriebener Batch mit beschädigten Elementen: seine lesbaren Elemente bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="73"/>
        <source>COMMIT count mismatch: batch from %1 discarded</source>
        <translation>COMMIT-Anzahl stimmt nicht überein: Batch ab %1 verworfen</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="75"/>
        <source>batch torn by a crash (%1 items, never committed): not visible</source>
        <translation>Batch durch einen Absturz abgerissen (%1 Elemente, nie festgeschrieben): nicht sichtbar</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="77"/>
        <source>batch never committed: not visible</source>
        <translation>Batch nie festgeschrieben: nicht sichtbar</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="79"/>
        <source>batpak indexes event %1 (global sequence %2, from %3) here, but reading it fails: %4; the frame really is at %5 (global sequence %6)</source>
        <translation>batpak indiziert Ereignis %1 (globale Sequenz %2, aus %3) hier, doch das Lesen schlägt fehl: %4; der Frame liegt tatsächlich bei %5 (globale Sequenz %6)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="83"/>
        <source>batpak indexes event %1 (global sequence %2, from %3) here, but reading it fails: %4; the bytes hold no readable committed frame with this id</source>
        <translation>batpak indiziert Ereignis %1 (globale Sequenz %2, aus %3) hier, doch das Lesen schlägt fehl: %4; die Bytes enthalten keinen lesbaren festgeschriebenen Frame mit dieser ID</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="87"/>
        <source>batpak indexes event %1 here, but this frame holds event %2; the frame really is at %3 (global sequence %4)</source>
        <translation>batpak indiziert Ereignis %1 hier, doch dieser Frame enthält Ereignis %2; der Frame liegt tatsächlich bei %3 (globale Sequenz %4)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="91"/>
        <source>batpak indexes event %1 here, but this frame holds event %2; the bytes hold no readable committed frame with this id</source>
        <translation>batpak indiziert Ereignis %1 hier, doch dieser Frame enthält Ereignis %2; die Bytes enthalten keinen lesbaren festgeschriebenen Frame mit dieser ID</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="95"/>
        <source>batpak indexes event %1 twice (this copy, global sequence %2, is shadowed by a later one)</source>
        <translation>batpak indiziert Ereignis %1 zweimal (diese Kopie, globale Sequenz %2, wird von einer späteren verdeckt)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="98"/>
        <source>batpak numbers event %1 as global sequence %2 but footers/snapshots record %3</source>
        <translation>batpak nummeriert Ereignis %1 als globale Sequenz %2, Footer/Snapshots verzeichnen jedoch %3</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="100"/>
        <source>batpak shows event %1 as %2 but the cancelled ranges make it %3</source>
        <translation>batpak zeigt Ereignis %1 als %2, laut den abgebrochenen Bereichen ist es jedoch %3</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="102"/>
        <source>batpak loses event %1 (committed frame at %2, global sequence %3)</source>
        <translation>batpak verliert Ereignis %1 (festgeschriebener Frame bei %2, globale Sequenz %3)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="104"/>
        <source>manifest unreadable, files not checked: %1</source>
        <translation>Manifest nicht lesbar, Dateien nicht geprüft: %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="106"/>
        <source>listed twice in the manifest</source>
        <translation>zweimal im Manifest aufgeführt</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="108"/>
        <source>listed in the manifest but missing from the archive</source>
        <translation>im Manifest aufgeführt, fehlt aber im Archiv</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="110"/>
        <source>size differs from the manifest: %1 bytes, manifest says %2</source>
        <translation>Größe weicht vom Manifest ab: %1 Bytes, laut Manifest %2</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="112"/>
        <source>BLAKE3 differs from the manifest: %1, manifest says %2</source>
        <translation>BLAKE3 weicht vom Manifest ab: %1, laut Manifest %2</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="114"/>
        <source>in the archive but not listed in the manifest</source>
        <translation>im Archiv, aber nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="116"/>
        <source>while following, %1 shrank or went away (a compaction or a replaced segment): the store was restored afresh, and events shown before are not shown again</source>
        <translation>beim Verfolgen ist %1 geschrumpft oder verschwunden (eine Kompaktierung oder ein ersetztes Segment): der Speicher wurde neu wiederhergestellt, und bereits gezeigte Ereignisse werden nicht erneut gezeigt</translation>
    </message>
</context>
<context>
    <name>FindingCategory</name>
    <message>
        <location filename="../ui/finding_text.cpp" line="11"/>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="11"/>
        <source>crc</source>
        <translation>CRC</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="12"/>
        <source>cross-check</source>
        <translation>Gegenprüfung</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="12"/>
        <source>decode</source>
        <translation>Dekodierung</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="13"/>
        <source>duplicate-sequence</source>
        <translation>doppelte Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="13"/>
        <source>fallback</source>
        <translation>Ausweichpfad</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="14"/>
        <source>footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="14"/>
        <source>frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="15"/>
        <source>io</source>
        <translation>E/A</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="15"/>
        <source>manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="16"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="16"/>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="17"/>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="17"/>
        <source>torn-tail</source>
        <translation>abgerissenes Ende</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="18"/>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="18"/>
        <source>follow</source>
        <translation>Verfolgen</translation>
    </message>
</context>
<context>
    <name>FindingHeadline</name>
    <message>
        <location filename="../ui/finding_text.cpp" line="26"/>
        <source>Snapshot not used</source>
        <translation>Snapshot nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="27"/>
        <source>Parallel rebuild unavailable</source>
        <translation>Paralleler Neuaufbau nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="28"/>
        <source>Frame scan forced</source>
        <translation>Frame-Scan erzwungen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="29"/>
        <source>Visibility ranges ignored</source>
        <translation>Sichtbarkeitsbereiche ignoriert</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="30"/>
        <source>Global sequences repeat</source>
        <translation>Globale Sequenzen wiederholen sich</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="31"/>
        <source>Footer not usable</source>
        <translation>Footer nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="32"/>
        <source>Batch still open at a segment start</source>
        <translation>Batch am Segmentanfang noch offen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="33"/>
        <source>Frame metadata unreadable</source>
        <translation>Frame-Metadaten unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="34"/>
        <source>COMMIT without BEGIN skipped</source>
        <translation>COMMIT ohne BEGIN übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="35"/>
        <source>Batch COMMIT count differs</source>
        <translation>Batch-COMMIT-Anzahl weicht ab</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="36"/>
        <source>Nested BEGIN discards a batch</source>
        <translation>Verschachteltes BEGIN verwirft ein Batch</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="37"/>
        <source>Batch discarded</source>
        <translation>Batch verworfen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="38"/>
        <source>Incomplete batch at the end</source>
        <translation>Unvollständiges Batch am Ende</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="39"/>
        <source>Batch dropped where the scan ends</source>
        <translation>Batch am Scan-Ende verworfen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="40"/>
        <source>Torn frame ends the scan</source>
        <translation>Abgerissener Frame beendet den Scan</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="41"/>
        <source>Oversized frame ends the scan</source>
        <translation>Übergroßer Frame beendet den Scan</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="42"/>
        <source>Bad CRC ends the scan</source>
        <translation>Falsche CRC beendet den Scan</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="43"/>
        <source>Sources disagree on a sequence</source>
        <translation>Quellen uneins über eine Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="44"/>
        <source>More sequence disagreements</source>
        <translation>Weitere Sequenz-Abweichungen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="45"/>
        <source>Segment file unreadable</source>
        <translation>Segmentdatei unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="46"/>
        <source>Segment header unreadable</source>
        <translation>Segment-Header unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="47"/>
        <source>Frames end here</source>
        <translation>Frames enden hier</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="48"/>
        <source>Frame with a bad CRC skipped</source>
        <translation>Frame mit falscher CRC übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="49"/>
        <source>Frame undecodable</source>
        <translation>Frame nicht dekodierbar</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="50"/>
        <source>BEGIN inside an open batch</source>
        <translation>BEGIN in einem offenen Batch</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="51"/>
        <source>COMMIT without BEGIN</source>
        <translation>COMMIT ohne BEGIN</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="52"/>
        <source>Committed batch damaged</source>
        <translation>Bestätigtes Batch beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="53"/>
        <source>COMMIT count differs</source>
        <translation>COMMIT-Anzahl weicht ab</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="54"/>
        <source>Batch torn by a crash</source>
        <translation>Batch durch Absturz abgerissen</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="55"/>
        <source>Batch never committed</source>
        <translation>Batch nie bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="56"/>
        <source>Indexed frame unreadable, event elsewhere</source>
        <translation>Indizierter Frame unlesbar, Event liegt anderswo</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="57"/>
        <source>Indexed frame unreadable</source>
        <translation>Indizierter Frame unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="58"/>
        <location filename="../ui/finding_text.cpp" line="59"/>
        <source>Index points at another event</source>
        <translation>Index zeigt auf ein anderes Event</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="60"/>
        <source>Event indexed twice</source>
        <translation>Event doppelt indiziert</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="61"/>
        <source>Global sequence differs</source>
        <translation>Globale Sequenz weicht ab</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="62"/>
        <source>Visibility differs</source>
        <translation>Sichtbarkeit weicht ab</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="63"/>
        <source>Event lost by batpak</source>
        <translation>Event von batpak verloren</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="64"/>
        <source>Manifest unreadable</source>
        <translation>Manifest unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="65"/>
        <source>File listed twice in the manifest</source>
        <translation>Datei doppelt im Manifest</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="66"/>
        <source>File missing from the archive</source>
        <translation>Datei fehlt im Archiv</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="67"/>
        <source>File size differs from the manifest</source>
        <translation>Dateigröße weicht vom Manifest ab</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="68"/>
        <source>File BLAKE3 differs from the manifest</source>
        <translation>BLAKE3 der Datei weicht vom Manifest ab</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="69"/>
        <source>File not in the manifest</source>
        <translation>Datei nicht im Manifest</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="70"/>
        <source>Followed store restored afresh</source>
        <translation>Verfolgter Speicher neu wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <location filename="../engine/base/findings.cpp" line="122"/>
        <source>end of frames</source>
        <translation>Ende der Frames</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="123"/>
        <source>frame header cut short (fewer than 8 bytes)</source>
        <translation>Frame-Header abgeschnitten (weniger als 8 Bytes)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="124"/>
        <source>frame body truncated</source>
        <translation>Frame-Rumpf abgeschnitten</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="125"/>
        <source>frame length exceeds 256 MiB</source>
        <translation>Frame-Länge überschreitet 256 MiB</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="126"/>
        <source>CRC mismatch</source>
        <translation>CRC-Abweichung</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="127"/>
        <source>corruption</source>
        <translation>Beschädigung</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="128"/>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="129"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Restored via mmap snapshot + %L1 tail events</source>
        <translation>Wiederhergestellt über mmap-Snapshot + %L1 Tail-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Restored via checkpoint + %L1 tail events</source>
        <translation>Wiederhergestellt über Checkpoint + %L1 Tail-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>Rebuilt from SIDX footers (parallel)</source>
        <translation>Neu aufgebaut aus SIDX-Footern (parallel)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>Rebuilt by sequential frame scan</source>
        <translation>Neu aufgebaut durch sequenziellen Frame-Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_canvas.cpp" line="97"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="389"/>
        <source>+%L1 more
click to expand</source>
        <translation>+%L1 weitere
zum Aufklappen klicken</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="94"/>
        <source>batpak does not use %1 and rebuilds the index from the segments instead: no event is lost, the open only takes longer.</source>
        <translation>batpak verwendet %1 nicht und baut den Index stattdessen aus den Segmenten auf: Kein Ereignis geht verloren, das Öffnen dauert nur länger.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="97"/>
        <source>Not every segment has a usable footer, so batpak reads the frames one after another instead: the same events, read more slowly, and a damaged frame stops the reading of its segment.</source>
        <translation>Nicht jedes Segment hat einen brauchbaren Footer, daher liest batpak die Frames stattdessen nacheinander: dieselben Ereignisse, langsamer gelesen, und ein beschädigter Frame beendet das Lesen seines Segments.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="101"/>
        <source>The last frame of %1 was only partly written (the writer stopped while appending): its event is ignored; every event before it reads as usual.</source>
        <translation>Der letzte Frame von %1 wurde nur teilweise geschrieben (der Schreiber hielt beim Anhängen an): Sein Ereignis wird ignoriert; jedes Ereignis davor wird wie gewohnt gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="104"/>
        <source>batpak stops reading %1 at this frame: the events written after it in this segment are not shown.</source>
        <translation>batpak hört an diesem Frame auf, %1 zu lesen: Die danach in diesem Segment geschriebenen Ereignisse werden nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="107"/>
        <source>This frame&apos;s bytes do not match its checksum: its event is not shown (the frames around it read as usual).</source>
        <translation>Die Bytes dieses Frames passen nicht zu seiner Prüfsumme: Sein Ereignis wird nicht angezeigt (die Frames daneben werden wie gewohnt gelesen).</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="113"/>
        <source>A batch was still being written when the writer stopped: its event is not shown (a batch is all or nothing).</source>
        <translation>Ein Batch wurde noch geschrieben, als der Schreiber anhielt: Sein Ereignis wird nicht angezeigt (ein Batch gilt ganz oder gar nicht).</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="115"/>
        <source>A batch was still being written when the writer stopped: none of its %1 events is shown (a batch is all or nothing).</source>
        <translation>Ein Batch wurde noch geschrieben, als der Schreiber anhielt: Keines seiner %1 Ereignisse wird angezeigt (ein Batch gilt ganz oder gar nicht).</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="118"/>
        <source>The frame of this event reads, but batpak&apos;s index does not list it: batpak does not show this event.</source>
        <translation>Der Frame dieses Ereignisses ist lesbar, aber batpaks Index führt es nicht: batpak zeigt dieses Ereignis nicht an.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="121"/>
        <source>batpak&apos;s index lists this event twice: queries return it twice.</source>
        <translation>batpaks Index führt dieses Ereignis zweimal: Abfragen liefern es zweimal.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="123"/>
        <source>batpak shows this event under another global sequence than its footer or snapshot records: sorting by sequence puts it elsewhere.</source>
        <translation>batpak zeigt dieses Ereignis unter einer anderen globalen Sequenz, als sein Footer oder Snapshot verzeichnet: Beim Sortieren nach Sequenz steht es woanders.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="127"/>
        <source>%1 is not the file the archive&apos;s manifest describes: it changed after the archive was made, or was damaged.</source>
        <translation>%1 ist nicht die Datei, die das Manifest des Archivs beschreibt: Sie wurde nach dem Erstellen des Archivs geändert oder beschädigt.</translation>
    </message>
</context>
<context>
    <name>RestorePhase</name>
    <message>
        <location filename="../ui/phase_text.cpp" line="11"/>
        <source>load index.fbati</source>
        <translation>index.fbati laden</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="12"/>
        <source>load index.ckpt</source>
        <translation>index.ckpt laden</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="13"/>
        <source>snapshot entries</source>
        <translation>Snapshot-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="14"/>
        <source>tail replay</source>
        <translation>Tail-Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="15"/>
        <source>parallel SIDX rebuild</source>
        <translation>paralleler SIDX-Neuaufbau</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="16"/>
        <source>merge footer entries</source>
        <translation>Footer-Einträge zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="17"/>
        <source>sequential scan</source>
        <translation>sequenzieller Scan</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="18"/>
        <source>load visibility ranges</source>
        <translation>Sichtbarkeitsbereiche laden</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="19"/>
        <source>sort and finalize</source>
        <translation>sortieren und abschließen</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="20"/>
        <source>load footers and snapshots</source>
        <translation>Footer und Snapshots laden</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="21"/>
        <source>record durable sequences</source>
        <translation>dauerhafte Sequenzen erfassen</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="22"/>
        <source>read frames (parallel), assemble in order</source>
        <translation>Frames lesen (parallel), der Reihe nach zusammensetzen</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="23"/>
        <source>batch state machine (overlaps the reads)</source>
        <translation>Batch-Zustandsautomat (überlappt das Lesen)</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="24"/>
        <source>read frames (parallel), compare with batpak&apos;s index in order</source>
        <translation>Frames lesen (parallel), der Reihe nach mit batpaks Index vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="25"/>
        <source>compare with batpak&apos;s index (differs)</source>
        <translation>mit batpaks Index vergleichen (weicht ab)</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ArchiveJobs</name>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="38"/>
        <source>Unpacking archive</source>
        <translation>Archiv wird entpackt</translation>
    </message>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="49"/>
        <source>Unpacking was cancelled.</source>
        <translation>Das Entpacken wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="73"/>
        <source>Writing archive</source>
        <translation>Archiv wird geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="84"/>
        <source>Export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::CausalGraphView</name>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="90"/>
        <source>Ancestors </source>
        <translation>Vorfahren </translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="94"/>
        <source>How many causes up the chain to show</source>
        <translation>Wie viele Ursachen die Kette hinauf angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="96"/>
        <source>  Descendants </source>
        <translation>  Nachfahren </translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="100"/>
        <source>How many levels of effects to show</source>
        <translation>Wie viele Ebenen von Wirkungen angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="109"/>
        <source>Fit the graph in the view, no smaller than its labels can be read (the overview shows the rest)</source>
        <translation>Den Graphen einpassen, nicht kleiner als seine Beschriftungen lesbar bleiben (die Übersicht zeigt den Rest)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="141"/>
        <source>Correlation group</source>
        <translation>Korrelationsgruppe</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="143"/>
        <source>Also show every event sharing the current event&apos;s correlation id</source>
        <translation>Auch alle Ereignisse mit der Korrelations-ID des aktuellen Ereignisses anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="144"/>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="146"/>
        <source>Lay out with Graphviz dot instead of Batscope&apos;s layered layout (only for neighbourhoods of at most %1 nodes: dot is slow on large graphs)</source>
        <translation>Mit Graphviz dot statt mit Batscopes Schichtenlayout anordnen (nur für Umgebungen mit höchstens %1 Knoten: dot ist bei großen Graphen langsam)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="152"/>
        <source>Colour by entity</source>
        <translation>Nach Entität färben</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="153"/>
        <source>Colour by kind</source>
        <translation>Nach Art färben</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="108"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="110"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="110"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="111"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="111"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="117"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="118"/>
        <source>Save the graph as an SVG or PNG image</source>
        <translation>Den Graphen als SVG- oder PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="121"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="122"/>
        <location filename="../ui/views/causal_graph_view.cpp" line="127"/>
        <source>Export causal graph</source>
        <translation>Kausalgraph exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="123"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="125"/>
        <source>Export the graph as SVG</source>
        <translation>Den Graphen als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="126"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="128"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="130"/>
        <source>Export the graph as PNG</source>
        <translation>Den Graphen als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="137"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="138"/>
        <source>What the graph shows and how it is laid out and coloured</source>
        <translation>Was der Graph zeigt und wie er angeordnet und eingefärbt wird</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="163"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="164"/>
        <source>Stop laying out the graph</source>
        <translation>Das Anordnen des Graphen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="258"/>
        <source>Arrow: cause → effect · dashed: same correlation · fill: %1 · orange frame: current event</source>
        <translation>Pfeil: Ursache → Wirkung · gestrichelt: gleiche Korrelation · Füllung: %1 · oranger Rahmen: aktuelles Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="259"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="259"/>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="260"/>
        <source>Hover a box for its event&apos;s details; click it to select the event</source>
        <translation>Zeigen Sie auf ein Kästchen für die Details seines Ereignisses; ein Klick wählt das Ereignis aus</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="390"/>
        <source>%1 more events are linked here but not drawn: click to draw them</source>
        <translation>%1 weitere Ereignisse sind hier verknüpft, aber nicht gezeichnet: Klicken, um sie zu zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="398"/>
        <source>%1
kind %2 · global sequence %3
%4 UTC
event %5</source>
        <translation>%1
Art %2 · globale Sequenz %3
%4 UTC
Ereignis %5</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="502"/>
        <source> · scene %1 ms</source>
        <translation> · Szene %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="520"/>
        <source>Laying out the causal graph…</source>
        <translation>Kausalgraph wird angeordnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="522"/>
        <source>Select an event to see its causes and effects.</source>
        <translation>Wählen Sie ein Ereignis, um seine Ursachen und Wirkungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="522"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="530"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="530"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="531"/>
        <source>1 layer</source>
        <translation>1 Ebene</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="531"/>
        <source>%1 layers</source>
        <translation>%1 Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="532"/>
        <source>layout %1 ms</source>
        <translation>Layout %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="533"/>
        <source> · %L1 hidden behind %L2 “more” nodes</source>
        <translation> · %L1 verborgen hinter %L2 „weitere“-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="534"/>
        <source> · truncated at %L1 events</source>
        <translation> · abgeschnitten bei %L1 Ereignissen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="545"/>
        <source>Causal graph</source>
        <translation>Kausalgraph</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="546"/>
        <source>Batscope causal graph of event #%1</source>
        <translation>Batscope-Kausalgraph von Ereignis #%1</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainModel</name>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="104"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="105"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="106"/>
        <source>unhashed</source>
        <translation>ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="162"/>
        <source>Every link&apos;s event_hash is BLAKE3 of its payload and its prev_hash the previous link&apos;s event_hash</source>
        <translation>Der event_hash jedes Glieds ist BLAKE3 seines Payloads und sein prev_hash der event_hash des vorherigen Glieds</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="163"/>
        <source>1 broken link</source>
        <translation>1 gebrochenes Glied</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="163"/>
        <source>%1 broken links; the first is shown</source>
        <translation>%1 gebrochene Glieder; das erste wird angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="164"/>
        <source>Written without hashes (batpak&apos;s blake3 feature off)</source>
        <translation>Ohne Hashes geschrieben (batpaks blake3-Feature aus)</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="167"/>
        <source>Links that restart the chain at genesis (zero prev_hash, clock 0), as batpak does around visibility fences</source>
        <translation>Glieder, die die Kette bei Genesis neu starten (prev_hash null, Uhr 0), wie batpak es um Sichtbarkeitsgrenzen tut</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="170"/>
        <source>%1 @%2 — %3</source>
        <translation>%1 @%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="185"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="197"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="198"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="199"/>
        <source>Links</source>
        <translation>Glieder</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="200"/>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="201"/>
        <source>Unhashed</source>
        <translation>Ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="202"/>
        <source>First break</source>
        <translation>Erster Bruch</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="207"/>
        <source>Chain links: the entity&apos;s events in log order, hidden ones included</source>
        <translation>Kettenglieder: die Ereignisse der Entität in Log-Reihenfolge, verborgene eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="208"/>
        <source>Links whose prev_hash and event_hash are all zero</source>
        <translation>Glieder, deren prev_hash und event_hash komplett null sind</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="209"/>
        <source>Global sequence and reason of the first link that does not verify</source>
        <translation>Globale Sequenz und Grund des ersten Glieds, das sich nicht verifizieren lässt</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainStripView</name>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="151"/>
        <location filename="../ui/views/chain_strip_view.cpp" line="280"/>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="243"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="244"/>
        <source>Select an entity to draw its chain</source>
        <translation>Wählen Sie eine Entität, um ihre Kette zu zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="245"/>
        <source>%1 has no links</source>
        <translation>%1 hat keine Glieder</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="389"/>
        <source>c%1</source>
        <translation>c%1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="402"/>
        <source>prev</source>
        <translation>prev</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="403"/>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="410"/>
        <source>first break</source>
        <translation>erster Bruch</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="412"/>
        <source>fork from #%1</source>
        <translation>Abzweigung von #%1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="413"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="428"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — link %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Glied %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="429"/>
        <source>Global sequence %1 · clock %2%3</source>
        <translation>Globale Sequenz %1 · Uhr %2%3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="432"/>
        <source> · hidden</source>
        <translation> · verborgen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="433"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="434"/>
        <source>prev_hash %1</source>
        <translation>prev_hash %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="435"/>
        <source>event_hash %1</source>
        <translation>event_hash %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="436"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="437"/>
        <source>Restarts the chain at genesis</source>
        <translation>Startet die Kette bei Genesis neu</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="440"/>
        <source>Fork: prev_hash names global sequence %1, not the link written just before it. batpak chains an event to its entity&apos;s chain head, which around visibility fences can be an older link; the chain is not broken.</source>
        <translation>Abzweigung: prev_hash nennt die globale Sequenz %1, nicht das unmittelbar davor geschriebene Glied. batpak verkettet ein Ereignis mit dem Kettenkopf seiner Entität, der um Sichtbarkeitsgrenzen ein älteres Glied sein kann; die Kette ist nicht gebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="446"/>
        <source>First break: %1</source>
        <translation>Erster Bruch: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="447"/>
        <source>Click to select this event</source>
        <translation>Klicken, um dieses Ereignis auszuwählen</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainView</name>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="147"/>
        <location filename="../ui/views/chain_view.cpp" line="267"/>
        <source>Verifying…</source>
        <translation>Verifiziere…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="155"/>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="159"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="160"/>
        <source>Save the verify report as JSON or as a printable PDF</source>
        <translation>Den Prüfbericht als JSON oder als druckbares PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="201"/>
        <source>dashed: hidden event · ∅: restart at genesis · amber: after the first break</source>
        <translation>gestrichelt: verborgenes Ereignis · ∅: Neustart bei Genesis · bernsteinfarben: nach dem ersten Bruch</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="224"/>
        <source>Select event</source>
        <translation>Ereignis auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="225"/>
        <source>Make the first broken link the current event</source>
        <translation>Das erste gebrochene Glied zum aktuellen Ereignis machen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="115"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="254"/>
        <source>%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links</source>
        <translation>%1 Entitäten: %2 verifiziert, %3 gebrochen, %4 ohne Hash · %5 Glieder</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="261"/>
        <location filename="../ui/views/chain_view.cpp" line="391"/>
        <source>1 fork</source>
        <translation>1 Abzweigung</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="261"/>
        <location filename="../ui/views/chain_view.cpp" line="392"/>
        <source>%1 forks</source>
        <translation>%1 Abzweigungen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="267"/>
        <source>Verifying… (%1)</source>
        <translation>Verifiziere… (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="277"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="277"/>
        <source>Hash chains not verified yet</source>
        <translation>Hash-Ketten noch nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="137"/>
        <location filename="../ui/views/chain_view.cpp" line="285"/>
        <source>%1 payload bytes hashed in %2 ms</source>
        <translation>%1 Payload-Bytes in %2 ms gehasht</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="327"/>
        <source>1 link</source>
        <translation>1 Glied</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="327"/>
        <source>%1 links</source>
        <translation>%1 Glieder</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="329"/>
        <source>1 restart</source>
        <translation>1 Neustart</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="329"/>
        <source>%1 restarts</source>
        <translation>%1 Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="330"/>
        <source> · %1 unhashed</source>
        <translation> · %1 ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="345"/>
        <source>Every link verifies. The chain restarts at genesis %1 (zero prev_hash, clock 0), as batpak does around visibility fences.</source>
        <translation>Jedes Glied verifiziert. Die Kette startet %1 bei Genesis neu (prev_hash null, Uhr 0), wie batpak es um Sichtbarkeitsgrenzen tut.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="346"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="346"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="347"/>
        <source>Every link verifies: each event_hash is BLAKE3 of its payload and each prev_hash the previous link&apos;s event_hash.</source>
        <translation>Jedes Glied verifiziert: jeder event_hash ist BLAKE3 seines Payloads und jeder prev_hash der event_hash des vorherigen Glieds.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="350"/>
        <source>Written without hashes (batpak&apos;s blake3 feature off): prev_hash and event_hash are all zero, nothing to verify.</source>
        <translation>Ohne Hashes geschrieben (batpaks blake3-Feature aus): prev_hash und event_hash sind komplett null, nichts zu verifizieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="360"/>
        <source>&lt;span style=&apos;color:#e03a3a&apos;&gt;&lt;b&gt;First break&lt;/b&gt;&lt;/span&gt; at global sequence &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;span style=&apos;color:#e03a3a&apos;&gt;&lt;b&gt;Erster Bruch&lt;/b&gt;&lt;/span&gt; bei globaler Sequenz &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="363"/>
        <source> (%1 broken links in all)</source>
        <translation> (insgesamt %1 gebrochene Glieder)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="365"/>
        <source>%1 @%2 · event %3</source>
        <translation>%1 @%2 · Ereignis %3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="369"/>
        <location filename="../ui/views/chain_view.cpp" line="371"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="370"/>
        <source>expected (previous link&apos;s event_hash)</source>
        <translation>erwartet (event_hash des vorherigen Glieds)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="373"/>
        <location filename="../ui/views/chain_view.cpp" line="376"/>
        <source>recomputed BLAKE3(payload)</source>
        <translation>neu berechnet: BLAKE3(Payload)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="376"/>
        <source>payload unreadable</source>
        <translation>Payload nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="386"/>
        <source>#%1 chains to #%2 instead of #%3</source>
        <translation>#%1 verkettet sich mit #%2 statt mit #%3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="394"/>
        <source>the link&apos;s prev_hash names an older link of this entity rather than the one written just before it. batpak does this around visibility fences; every hash still matches, so the chain is not broken.</source>
        <translation>der prev_hash des Glieds nennt ein älteres Glied dieser Entität statt des unmittelbar davor geschriebenen. batpak tut dies um Sichtbarkeitsgrenzen; jeder Hash stimmt weiterhin, daher ist die Kette nicht gebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="404"/>
        <source>batpak&apos;s verify_chain reports this chain intact.</source>
        <translation>batpaks verify_chain meldet diese Kette als intakt.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="405"/>
        <source>batpak&apos;s own verify_chain, which walks visible events in global order, stops at global sequence %1 (%2).</source>
        <translation>batpaks eigenes verify_chain, das sichtbare Ereignisse in globaler Reihenfolge durchläuft, hält bei globaler Sequenz %1 an (%2).</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="468"/>
        <source>The hash chains have not been verified yet.</source>
        <translation>Die Hash-Ketten wurden noch nicht verifiziert.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="479"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="480"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="482"/>
        <location filename="../ui/views/chain_view.cpp" line="520"/>
        <source>Export verify report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="503"/>
        <source>Hashing the store&apos;s files for the report…</source>
        <translation>Die Dateien des Speichers werden für den Bericht gehasht …</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="514"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="520"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="525"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="538"/>
        <source>Hashing the store&apos;s files for the report… %1%</source>
        <translation>Die Dateien des Speichers werden für den Bericht gehasht … %1 %</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ComparePathsView</name>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="40"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="41"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="42"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="49"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="50"/>
        <source>global sequence</source>
        <translation>globale Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="51"/>
        <source>disk position</source>
        <translation>Position auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="52"/>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="53"/>
        <source>duplicate entries</source>
        <translation>doppelte Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="83"/>
        <source>mmap snapshot</source>
        <translation>mmap-Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="84"/>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="85"/>
        <source>SIDX rebuild</source>
        <translation>SIDX-Neuaufbau</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="86"/>
        <source>frame scan</source>
        <translation>Frame-Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="95"/>
        <source>Compare restore paths</source>
        <translation>Wiederherstellungspfade vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="96"/>
        <source>Run every restore path read-only on the open directory and compare the indexes</source>
        <translation>Jeden Wiederherstellungspfad schreibgeschützt auf dem geöffneten Verzeichnis ausführen und die Indizes vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="97"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <source>Path requested</source>
        <translation>Angeforderter Pfad</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <source>batpak&apos;s path</source>
        <translation>batpaks Pfad</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <source>Restored / tail</source>
        <translation>Wiederhergestellt / Tail</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="106"/>
        <source>Events (visible / entries)</source>
        <translation>Ereignisse (sichtbar / Einträge)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="106"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="106"/>
        <source>True view identical</source>
        <translation>Echtansicht identisch</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Path A</source>
        <translation>Pfad A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Value A</source>
        <translation>Wert A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <source>Path B</source>
        <translation>Pfad B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <source>Value B</source>
        <translation>Wert B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="109"/>
        <source>Double-click to select the event</source>
        <translation>Doppelklicken, um das Ereignis auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="136"/>
        <source>Where batpak&apos;s paths disagree (faithful view)</source>
        <translation>Wo batpaks Pfade voneinander abweichen (getreue Ansicht)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="137"/>
        <source>Phases per path (ms)</source>
        <translation>Phasen je Pfad (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="142"/>
        <source>Restore paths</source>
        <translation>Wiederherstellungspfade</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="144"/>
        <source>History of opens</source>
        <translation>Verlauf der Öffnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="208"/>
        <source>Restoring via %1… %p%</source>
        <translation>Wiederherstellung über %1… %p%</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="224"/>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="225"/>
        <source>Comparing the restore paths of %1…</source>
        <translation>Vergleiche die Wiederherstellungspfade von %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="276"/>
        <source>Press “Compare restore paths” to open %1 through every restore path.</source>
        <translation>Klicken Sie auf „Wiederherstellungspfade vergleichen“, um %1 über jeden Wiederherstellungspfad zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="277"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="287"/>
        <source>open failed: %1</source>
        <translation>Öffnen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="299"/>
        <source>✔ identical</source>
        <translation>✔ identisch</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="299"/>
        <source>✘ differs</source>
        <translation>✘ abweichend</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="328"/>
        <source>The true view is identical on all %1 paths that opened.</source>
        <translation>Die Echtansicht ist auf allen %1 Pfaden, die sich öffnen ließen, identisch.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="329"/>
        <source>The true view differs: %1 of %2 paths match the first.</source>
        <translation>Die Echtansicht weicht ab: %1 von %2 Pfaden stimmen mit dem ersten überein.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="331"/>
        <source>batpak&apos;s own indexes agree on every event.</source>
        <translation>batpaks eigene Indizes stimmen bei jedem Ereignis überein.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="334"/>
        <source>batpak&apos;s own indexes disagree once</source>
        <translation>batpaks eigene Indizes weichen einmal ab</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="335"/>
        <source>batpak&apos;s own indexes disagree %1 times</source>
        <translation>batpaks eigene Indizes weichen %1-mal ab</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="336"/>
        <source> (first %1 listed).</source>
        <translation> (die ersten %1 aufgeführt).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="337"/>
        <source>(%1 in all)</source>
        <translation>(insgesamt %1)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="366"/>
        <source>open failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="403"/>
        <source>time since the open started (ms)</source>
        <translation>Zeit seit Beginn des Öffnens (ms)</translation>
    </message>
</context>
<context>
    <name>batscope::ui::CompareStoresDialog</name>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="42"/>
        <source>Compare Stores</source>
        <translation>Speicher vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="56"/>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="138"/>
        <source>Select an entity to see where its chains part.</source>
        <translation>Wählen Sie eine Entität, um zu sehen, wo sich ihre Ketten trennen.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="76"/>
        <source>Cancel Comparison</source>
        <translation>Vergleich abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="92"/>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="104"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="112"/>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="115"/>
        <source>1 event only in A</source>
        <translation>1 Ereignis nur in A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="115"/>
        <source>%1 events only in A</source>
        <translation>%1 Ereignisse nur in A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="116"/>
        <source>1 event only in B</source>
        <translation>1 Ereignis nur in B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="116"/>
        <source>%1 events only in B</source>
        <translation>%1 Ereignisse nur in B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="117"/>
        <source>1 event with other bytes under the same id</source>
        <translation>1 Ereignis mit anderen Bytes unter derselben ID</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="118"/>
        <source>%1 events with other bytes under the same id</source>
        <translation>%1 Ereignisse mit anderen Bytes unter derselben ID</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="119"/>
        <source>1 event visible on one side only</source>
        <translation>1 Ereignis nur auf einer Seite sichtbar</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="119"/>
        <source>%1 events visible on one side only</source>
        <translation>%1 Ereignisse nur auf einer Seite sichtbar</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="120"/>
        <source>1 event renumbered</source>
        <translation>1 Ereignis umnummeriert</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="120"/>
        <source>%1 events renumbered</source>
        <translation>%1 Ereignisse umnummeriert</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="123"/>
        <source>The stores hold the same events: %1 events, every chain identical.</source>
        <translation>Die Speicher enthalten dieselben Ereignisse: %1 Ereignisse, jede Kette identisch.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="124"/>
        <source>The stores differ: %1 of %2 entities.</source>
        <translation>Die Speicher unterscheiden sich: %1 von %2 Entitäten.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="136"/>
        <source>%1: nothing to show side by side (%2).</source>
        <translation>%1: nichts nebeneinander zu zeigen (%2).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="143"/>
        <source>%1: the chains part at position %2 (%3 events in common); the fields that differ come first, highlighted.</source>
        <translation>%1: Die Ketten trennen sich an Position %2 (%3 gemeinsame Ereignisse); die abweichenden Felder stehen hervorgehoben zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="147"/>
        <source>%1: %2 from position %3; the first event only one side holds.</source>
        <translation>%1: %2 ab Position %3; das erste Ereignis, das nur eine Seite enthält.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventDetailsView</name>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="88"/>
        <source>Go to Cause</source>
        <translation>Zur Ursache gehen</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="88"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="90"/>
        <source>Effects of This Event</source>
        <translation>Wirkungen dieses Ereignisses</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="90"/>
        <source>Effects</source>
        <translation>Wirkungen</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="92"/>
        <source>Same Correlation</source>
        <translation>Gleiche Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="92"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="94"/>
        <source>Previous in Entity</source>
        <translation>Vorheriges der Entität</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="94"/>
        <source>◀ Entity</source>
        <translation>◀ Entität</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="96"/>
        <source>Next in Entity</source>
        <translation>Nächstes der Entität</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="96"/>
        <source>Entity ▶</source>
        <translation>Entität ▶</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="98"/>
        <location filename="../ui/views/event_details_view.cpp" line="469"/>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="100"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="102"/>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="119"/>
        <location filename="../ui/views/event_details_view.cpp" line="232"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="233"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="264"/>
        <source>No payload: the frame does not decode</source>
        <translation>Kein Payload: der Frame lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="270"/>
        <source>Batch marker: no payload (batpak reads it as null)</source>
        <translation>Batch-Marker: kein Payload (batpak liest ihn als null)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="278"/>
        <source>%1 bytes that do not decode as msgpack: %2</source>
        <translation>%1 Bytes, die sich nicht als msgpack dekodieren lassen: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="284"/>
        <source>%1 bytes of msgpack · %2</source>
        <translation>%1 Bytes msgpack · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="285"/>
        <source>%1 trailing bytes ignored</source>
        <translation>%1 nachfolgende Bytes ignoriert</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="287"/>
        <source>batpak&apos;s get fails: %1</source>
        <translation>batpaks get schlägt fehl: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="304"/>
        <location filename="../ui/views/event_details_view.cpp" line="316"/>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="306"/>
        <source>%1 · no frame bytes: %2</source>
        <translation>%1 · keine Frame-Bytes: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="309"/>
        <source>%1 · %2 bytes</source>
        <translation>%1 · %2 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="310"/>
        <source> · CRC ✔</source>
        <translation> · CRC ✔</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="312"/>
        <source> · CRC mismatch (stored %1, computed %2)</source>
        <translation> · CRC-Abweichung (gespeichert %1, berechnet %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="313"/>
        <source> · frame cut short: %1</source>
        <translation> · Frame abgeschnitten: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="314"/>
        <source> · does not decode: %1</source>
        <translation> · nicht dekodierbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="320"/>
        <source>This event&apos;s own frame is shown. batpak&apos;s index puts it at %1, where %2 sits: batpak&apos;s get returns that frame without error.</source>
        <translation>Der eigene Frame dieses Ereignisses wird angezeigt. batpaks Index verortet das Ereignis bei %1, wo %2 liegt: batpaks get liefert jenen Frame ohne Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="325"/>
        <source>This event&apos;s own frame is shown: batpak&apos;s index says %1, which does not read (%2)</source>
        <translation>Der eigene Frame dieses Ereignisses wird angezeigt: batpaks Index nennt %1, was sich nicht lesen lässt (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="409"/>
        <source>No such event</source>
        <translation>Kein solches Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="413"/>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="422"/>
        <source>… and 1 more</source>
        <translation>… und 1 weiteres</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="422"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="426"/>
        <source>Filter the Table to This Event</source>
        <translation>Tabelle auf dieses Ereignis filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="427"/>
        <source>Filter the Table to These %1 Events</source>
        <translation>Tabelle auf diese %1 Ereignisse filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="472"/>
        <source>Copy Field Path</source>
        <translation>Feldpfad kopieren</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventExport</name>
    <message>
        <location filename="../ui/event_export.cpp" line="59"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventPairModel</name>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="131"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="132"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="133"/>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventTableModel</name>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="124"/>
        <source>Hash chain not verified yet</source>
        <translation>Hash-Kette noch nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="125"/>
        <source>This link of the entity&apos;s BLAKE3 chain verifies</source>
        <translation>Dieses Glied der BLAKE3-Kette der Entität verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="126"/>
        <source>First broken link of this entity&apos;s chain</source>
        <translation>Erstes gebrochenes Glied der Kette dieser Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="127"/>
        <source>After the entity&apos;s first broken link</source>
        <translation>Nach dem ersten gebrochenen Glied der Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="128"/>
        <source>Written without hashes (blake3 feature off)</source>
        <translation>Ohne Hashes geschrieben (blake3-Feature aus)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="129"/>
        <source>Fork: this link&apos;s prev_hash names an older link of the entity, not the one written just before it (batpak does this around visibility fences)</source>
        <translation>Abzweigung: der prev_hash dieses Glieds nennt ein älteres Glied der Entität, nicht das unmittelbar davor geschriebene (batpak tut dies um Sichtbarkeitsgrenzen)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="134"/>
        <source>Global sequence %1 is carried by more than one event: batpak reuses numbers after a compaction. Events are told apart by their id.</source>
        <translation>Globale Sequenz %1 ist mehr als einem Ereignis zugeordnet: batpak vergibt Nummern nach einer Kompaktierung erneut. Ereignisse werden anhand ihrer ID unterschieden.</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="137"/>
        <source>raw kind 0x%1</source>
        <translation>Rohe Art 0x%1</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="177"/>
        <source>(self)</source>
        <translation>(selbst)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="187"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="202"/>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="203"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="203"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="204"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="205"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="206"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="207"/>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="208"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="209"/>
        <source>Causation</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="210"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="211"/>
        <source>Segment @ offset</source>
        <translation>Segment @ Offset</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FileBytesDialog</name>
    <message>
        <location filename="../ui/views/file_bytes_dialog.cpp" line="28"/>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../ui/views/file_bytes_dialog.cpp" line="35"/>
        <source>Bytes %1 to %2 of %3 (%4 bytes). The highlighted byte is at offset %5 (0x%6), where the finding points.</source>
        <translation>Bytes %1 bis %2 von %3 (%4 Bytes). Das hervorgehobene Byte liegt bei Offset %5 (0x%6), wohin der Befund zeigt.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FilterBar</name>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="36"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="41"/>
        <source>entity:order:*  kind:1:5  after:2026-01-01  &quot;refund&quot;  — Enter applies</source>
        <translation>entity:order:*  kind:1:5  after:2026-01-01  &quot;refund&quot;  — Eingabe wendet an</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="43"/>
        <source>Display filter. Terms (all must match):
  entity:GLOB  scope:GLOB  kind:4097 | kind:0x1001 | kind:1:5 | kind:1:*
  after:2026-01-01  before:2026-02-01T12:00  seg:3
  id:HEX  corr:HEX  cause:HEX  &quot;text in payload&quot;  word
  !term negates a term.</source>
        <translation>Anzeigefilter. Bedingungen (alle müssen zutreffen):
  entity:GLOB  scope:GLOB  kind:4097 | kind:0x1001 | kind:1:5 | kind:1:*
  after:2026-01-01  before:2026-02-01T12:00  seg:3
  id:HEX  corr:HEX  cause:HEX  &quot;Text im Payload&quot;  Wort
  !Bedingung verneint eine Bedingung.</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="56"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="58"/>
        <source>Apply the filter (Enter)</source>
        <translation>Den Filter anwenden (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="61"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="63"/>
        <source>Show every event</source>
        <translation>Alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="121"/>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="122"/>
        <source>Invalid filter %1. The table still shows: %2</source>
        <translation>Ungültiger Filter %1. Die Tabelle zeigt weiterhin: %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FilterRunner</name>
    <message>
        <location filename="../ui/filter_runner.cpp" line="24"/>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="67"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="68"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="69"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="125"/>
        <source>In %1 at offset %L2.</source>
        <translation>In %1 bei Offset %L2.</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="126"/>
        <source>In %1.</source>
        <translation>In %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="127"/>
        <source>Event %1.</source>
        <translation>Ereignis %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="129"/>
        <source>Also reported: %1</source>
        <translation>Ebenfalls gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="163"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="164"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="165"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="166"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="167"/>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="168"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>batscope::ui::HeaderFieldsModel</name>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="31"/>
        <source>%1 @ %2 · %3 bytes</source>
        <translation>%1 @ %2 · %3 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="38"/>
        <source>0x00 (none)</source>
        <translation>0x00 (keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="43"/>
        <source>unassigned 0x%1</source>
        <translation>nicht zugewiesen 0x%1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="54"/>
        <source>the batch BEGIN marker</source>
        <translation>der BEGIN-Marker des Batches</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="55"/>
        <source>the batch COMMIT marker</source>
        <translation>der COMMIT-Marker des Batches</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="57"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="58"/>
        <source>event %1 (global sequence %2)</source>
        <translation>Ereignis %1 (globale Sequenz %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="204"/>
        <source>Index entry</source>
        <translation>Indexeintrag</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="205"/>
        <source>What the store&apos;s index holds for this event</source>
        <translation>Was der Index des Stores für dieses Ereignis enthält</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="206"/>
        <source>global sequence</source>
        <translation>globale Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="207"/>
        <location filename="../ui/models/header_fields_model.cpp" line="387"/>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="208"/>
        <location filename="../ui/models/header_fields_model.cpp" line="392"/>
        <source>scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="209"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="210"/>
        <source>wall_ms</source>
        <translation>wall_ms</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="211"/>
        <source>clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="213"/>
        <source> (tail replay)</source>
        <translation> (Tail-Wiedergabe)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="214"/>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="215"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="215"/>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="216"/>
        <source>superseded by a later copy of the id</source>
        <translation>ersetzt durch eine spätere Kopie der ID</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="217"/>
        <source>hidden (cancelled range)</source>
        <translation>verborgen (abgebrochener Bereich)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="233"/>
        <source>differs from frame</source>
        <translation>weicht vom Frame ab</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="235"/>
        <source>The index entry and the frame shown disagree on these fields</source>
        <translation>Indexeintrag und angezeigter Frame widersprechen sich in diesen Feldern</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="241"/>
        <source>Frame header</source>
        <translation>Frame-Header</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="243"/>
        <source>frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="243"/>
        <source>no bytes: %1</source>
        <translation>keine Bytes: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="249"/>
        <source>len</source>
        <translation>len</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="249"/>
        <source>%1 bytes (frame %2 bytes)</source>
        <translation>%1 Bytes (Frame %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="257"/>
        <source> ✘ (computed %1)</source>
        <translation> ✘ (berechnet %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="260"/>
        <source> (not checked: frame cut short)</source>
        <translation> (nicht geprüft: Frame abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="263"/>
        <source>crc32</source>
        <translation>crc32</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="267"/>
        <source>CRC mismatch: stored %1, CRC32 of the body %2</source>
        <translation>CRC-Abweichung: gespeichert %1, CRC32 des Rumpfs %2</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="270"/>
        <source>decode error</source>
        <translation>Dekodierfehler</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="273"/>
        <source>The body does not decode as a whole; the fields below decode on their own</source>
        <translation>Der Rumpf lässt sich nicht als Ganzes dekodieren; die Felder unten werden einzeln dekodiert</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="291"/>
        <source>event_id</source>
        <translation>event_id</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="293"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="297"/>
        <source>correlation_id</source>
        <translation>correlation_id</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="297"/>
        <source> (self)</source>
        <translation> (selbst)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="303"/>
        <source>Double-click to go to the event with this id</source>
        <translation>Doppelklicken, um zum Ereignis mit dieser ID zu gehen</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="309"/>
        <location filename="../ui/models/header_fields_model.cpp" line="321"/>
        <source>causation_id</source>
        <translation>causation_id</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="310"/>
        <source> (not in the index)</source>
        <translation> (nicht im Index)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="316"/>
        <source>Double-click to go to the cause (global sequence %1)</source>
        <translation>Doppelklicken, um zur Ursache zu gehen (globale Sequenz %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="321"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="335"/>
        <source>timestamp_us</source>
        <translation>timestamp_us</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="336"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="340"/>
        <source>payload_size</source>
        <translation>payload_size</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="340"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="345"/>
        <source>event_kind</source>
        <translation>event_kind</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="347"/>
        <source>raw</source>
        <translation>roh</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="348"/>
        <source>category:type</source>
        <translation>Kategorie:Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="350"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="350"/>
        <source>(product kind)</source>
        <translation>(Produkt-Art)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="353"/>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="357"/>
        <source>content_hash</source>
        <translation>content_hash</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="358"/>
        <source> (zeros: unhashed)</source>
        <translation> (Nullen: ohne Hash)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="373"/>
        <source>byte array</source>
        <translation>Byte-Array</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="374"/>
        <source>bin</source>
        <translation>bin</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="375"/>
        <source>native value</source>
        <translation>nativer Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="376"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="378"/>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="378"/>
        <source>%1 bytes · %2</source>
        <translation>%1 Bytes · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="380"/>
        <source>P: %1 bytes of msgpack, stored as a %2 of %3 bytes in the frame</source>
        <translation>P: %1 Bytes msgpack, im Frame gespeichert als %2 mit %3 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="408"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="412"/>
        <source>The per-entity clock (the index&apos;s clock)</source>
        <translation>Die Uhr pro Entität (die Uhr des Index)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="420"/>
        <source>Hash chain</source>
        <translation>Hash-Kette</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="420"/>
        <source>none (batch marker)</source>
        <translation>keiner (Batch-Marker)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="423"/>
        <source> (genesis)</source>
        <translation> (Genesis)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="436"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="445"/>
        <source>disk_pos</source>
        <translation>disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="447"/>
        <source>at disk_pos</source>
        <translation>bei disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="451"/>
        <location filename="../ui/models/header_fields_model.cpp" line="453"/>
        <location filename="../ui/models/header_fields_model.cpp" line="456"/>
        <location filename="../ui/models/header_fields_model.cpp" line="459"/>
        <source>physical position</source>
        <translation>physische Position</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="451"/>
        <source>(frame walk still running)</source>
        <translation>(Frame-Durchlauf läuft noch)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="453"/>
        <source>no readable frame with this id (frame walk)</source>
        <translation>kein lesbarer Frame mit dieser ID (Frame-Durchlauf)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="456"/>
        <source>same as disk_pos</source>
        <translation>wie disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="461"/>
        <source>The frame with this event id lives elsewhere than the index says</source>
        <translation>Der Frame mit dieser Ereignis-ID liegt an anderer Stelle, als der Index angibt</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="464"/>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="469"/>
        <source>frame event_id</source>
        <translation>event_id des Frames</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="469"/>
        <source>the frame shown carries another event: %1</source>
        <translation>der angezeigte Frame trägt ein anderes Ereignis: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="477"/>
        <source>batpak get</source>
        <translation>batpak get</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="472"/>
        <source>reads ✔</source>
        <translation>liest ✔</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="464"/>
        <source>the event&apos;s own frame, at the physical position</source>
        <translation>der eigene Frame des Ereignisses, an der physischen Position</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="466"/>
        <source>The index&apos;s disk_pos does not hold this event&apos;s frame</source>
        <translation>An disk_pos des Index liegt nicht der Frame dieses Ereignisses</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="474"/>
        <source>returns %1 at %2 @ %3 without error, not this event</source>
        <translation>%1 bei %2 @ %3 wird ohne Fehler geliefert, nicht dieses Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="479"/>
        <source>What batpak 0.5.0&apos;s Store::get(event_id) returns for this event</source>
        <translation>Was Store::get(event_id) von batpak 0.5.0 für dieses Ereignis liefert</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="567"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="568"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>batscope::ui::HexView</name>
    <message>
        <location filename="../ui/views/hex_view.cpp" line="230"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/views/hex_view.cpp" line="299"/>
        <source>file offset %1 (0x%2) · frame +%3 · byte 0x%4 = %5</source>
        <translation>Dateioffset %1 (0x%2) · Frame +%3 · Byte 0x%4 = %5</translation>
    </message>
</context>
<context>
    <name>batscope::ui::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="124"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="136"/>
        <source>The language change takes effect when Batscope is restarted.</source>
        <translation>Die Sprachänderung wird beim nächsten Start von Batscope wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="142"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>batscope::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Filtering… %p%</source>
        <translation>Filtere… %p%</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Invalid filter %1</source>
        <translation>Ungültiger Filter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>Sorting…</source>
        <translation>Sortiere…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>Sorting %1 events…</source>
        <translation>Sortiere %1 Ereignisse…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>Could not open the store: %1</source>
        <translation>Der Store konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>Could not open the store</source>
        <translation>Der Store konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>Wrote %1 (1 event, %2)</source>
        <translation>%1 geschrieben (1 Ereignis, %2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281"/>
        <source>Wrote %1 (%2 events, %3)</source>
        <translation>%1 geschrieben (%2 Ereignisse, %3)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298"/>
        <source>Wrote %1 (%2)</source>
        <translation>%1 geschrieben (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="48"/>
        <source>&amp;Open Data Directory…</source>
        <translation>Datenverzeichnis ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="50"/>
        <source>Open a batpak data directory (read-only)</source>
        <translation>Ein batpak-Datenverzeichnis öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="52"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="54"/>
        <source>Restore the open directory again</source>
        <translation>Das geöffnete Verzeichnis erneut wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="58"/>
        <source>Open &amp;Archive…</source>
        <translation>&amp;Archiv öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="60"/>
        <source>Open a .batpak.tar.zst archive (unpacked into a private temporary directory)</source>
        <translation>Ein .batpak.tar.zst-Archiv öffnen (in ein privates temporäres Verzeichnis entpackt)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="62"/>
        <source>&amp;Export Archive…</source>
        <translation>Archiv &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="63"/>
        <source>Pack the open data directory into one .batpak.tar.zst file</source>
        <translation>Das geöffnete Datenverzeichnis in eine einzelne .batpak.tar.zst-Datei packen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="65"/>
        <source>&amp;Follow Changes</source>
        <translation>Änderungen &amp;verfolgen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="68"/>
        <source>Show new events as a writer appends them to this data directory (read-only)</source>
        <translation>Neue Ereignisse zeigen, während ein Schreiber sie an dieses Datenverzeichnis anhängt (nur lesend)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="70"/>
        <source>&amp;Stick to the End</source>
        <translation>Am &amp;Ende bleiben</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="72"/>
        <source>While following, keep the newest events in view</source>
        <translation>Beim Verfolgen die neuesten Ereignisse im Blick behalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="73"/>
        <source>Export E&amp;vents…</source>
        <translation>E&amp;reignisse exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="75"/>
        <source>Write the events the table shows to a JSON or CSV file</source>
        <translation>Die Ereignisse der Tabelle in eine JSON- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="77"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="83"/>
        <source>Show Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="86"/>
        <source>&amp;True View (What the Bytes Hold)</source>
        <translation>&amp;Echtansicht (was die Bytes enthalten)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="89"/>
        <source>Show every committed, CRC-valid frame at its real position instead of what batpak 0.5.0 sees</source>
        <translation>Jeden festgeschriebenen Frame mit gültiger CRC an seiner echten Position zeigen statt dessen, was batpak 0.5.0 sieht</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="98"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="113"/>
        <source>Copy Event &amp;ID</source>
        <translation>Ereignis-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="119"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="124"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="125"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="125"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="125"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="160"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="162"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="167"/>
        <source>&amp;Forward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="187"/>
        <source>Go to &amp;Event…</source>
        <translation>Zu &amp;Ereignis gehen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="190"/>
        <source>&amp;Next Event</source>
        <translation>&amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="193"/>
        <source>&amp;Previous Event</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="196"/>
        <source>&amp;First Event</source>
        <translation>E&amp;rstes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="199"/>
        <source>&amp;Last Event</source>
        <translation>&amp;Letztes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="205"/>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="206"/>
        <source>Restore &amp;Path</source>
        <translation>Wiederherstellungs&amp;pfad</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="208"/>
        <source>&amp;Default (mmap snapshot → checkpoint → rebuild)</source>
        <translation>&amp;Standard (mmap-Snapshot → Checkpoint → Neuaufbau)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="209"/>
        <source>&amp;Checkpoint (snapshot disabled)</source>
        <translation>&amp;Checkpoint (Snapshot deaktiviert)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="210"/>
        <source>&amp;Rebuild from SIDX footers (artifacts disabled)</source>
        <translation>&amp;Neuaufbau aus SIDX-Footern (Artefakte deaktiviert)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="211"/>
        <source>Sequential frame &amp;scan (Batscope only)</source>
        <translation>Sequenzieller &amp;Frame-Scan (nur Batscope)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="220"/>
        <source>&amp;Compare Restore Paths</source>
        <translation>Wiederherstellungspfade &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="221"/>
        <source>Run every restore path read-only on this directory and compare the results</source>
        <translation>Jeden Wiederherstellungspfad schreibgeschützt auf diesem Verzeichnis ausführen und die Ergebnisse vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="227"/>
        <source>Compare with &amp;Store…</source>
        <translation>Mit &amp;Speicher vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="228"/>
        <source>Compare the open store with another data directory through their hash chains</source>
        <translation>Den geöffneten Speicher über die Hash-Ketten mit einem anderen Datenverzeichnis vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="230"/>
        <source>Compare with Store</source>
        <translation>Mit Speicher vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="233"/>
        <source>Compare with &amp;Archive…</source>
        <translation>Mit &amp;Archiv vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="234"/>
        <source>Compare the open store with a .batpak.tar.zst archive through their hash chains</source>
        <translation>Den geöffneten Speicher über die Hash-Ketten mit einem .batpak.tar.zst-Archiv vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="236"/>
        <source>Compare with Archive</source>
        <translation>Mit Archiv vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="241"/>
        <source>Causal &amp;Graph</source>
        <translation>Kausal&amp;graph</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="243"/>
        <source>Hash &amp;Chains</source>
        <translation>Hash-&amp;Ketten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="245"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="247"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="299"/>
        <source>Analysis in Its Own &amp;Window</source>
        <translation>Analyse im eigenen &amp;Fenster</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="303"/>
        <source>Undock the Analysis panel into a large window (again to dock it)</source>
        <translation>Das Analysefeld in ein großes Fenster lösen (erneut, um es anzudocken)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="354"/>
        <source>New events arrived below the rows shown: click to go to the newest</source>
        <translation>Unter den gezeigten Zeilen sind neue Ereignisse eingetroffen: Klicken, um zu den neuesten zu gehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="144"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="145"/>
        <source>&amp;About Batscope</source>
        <translation>&amp;Über Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="147"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="149"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="256"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="270"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="272"/>
        <source>Chains</source>
        <translation>Ketten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="273"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="274"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="275"/>
        <source>Compare Paths</source>
        <translation>Pfade vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="276"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="277"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="283"/>
        <source>Event Details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="327"/>
        <source>Show the warnings panel</source>
        <translation>Den Warnungsbereich anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="337"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="701"/>
        <source>&lt;b&gt;True view&lt;/b&gt;: every committed, CRC-valid frame at its real position — what the bytes hold, not what batpak 0.5.0 shows. &lt;a href=&quot;faithful&quot;&gt;Show batpak&apos;s view&lt;/a&gt;</source>
        <translation>&lt;b&gt;Echtansicht&lt;/b&gt;: jeder festgeschriebene Frame mit gültiger CRC an seiner tatsächlichen Position — was die Bytes enthalten, nicht was batpak 0.5.0 zeigt. &lt;a href=&quot;faithful&quot;&gt;batpaks Ansicht zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Could not generate the demo store: %1</source>
        <translation>Der Demo-Store konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Demo Store</source>
        <translation>Demo-Store</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <location filename="../ui/main_window.cpp" line="483"/>
        <source>Exporting events… %p%</source>
        <translation>Ereignisse werden exportiert… %p%</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="377"/>
        <source>Open batpak Data Directory</source>
        <translation>batpak-Datenverzeichnis öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>Unpacking %1…</source>
        <translation>Entpacke %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>Open batpak Archive</source>
        <translation>batpak-Archiv öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451"/>
        <location filename="../ui/main_window_chrome.cpp" line="237"/>
        <source>batpak archives (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;All files (*)</source>
        <translation>batpak-Archive (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <location filename="../ui/main_window.cpp" line="468"/>
        <location filename="../ui/main_window.cpp" line="624"/>
        <source>Open a store first</source>
        <translation>Öffnen Sie zuerst einen Store</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461"/>
        <source>Export Archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="462"/>
        <source>batpak archives (*.batpak.tar.zst)</source>
        <translation>batpak-Archive (*.batpak.tar.zst)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="473"/>
        <source>Export the Event Shown</source>
        <translation>Das angezeigte Ereignis exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="473"/>
        <source>Export the %1 Events Shown</source>
        <translation>Die %1 angezeigten Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="475"/>
        <source>JSON, as batscope-cli dump (*.json);;CSV (*.csv)</source>
        <translation>JSON, wie batscope-cli dump (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <source>Following: waiting for the store (%1)</source>
        <translation>Verfolgen: warte auf den Speicher (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="580"/>
        <source>Following %1: new events appear as they are committed</source>
        <translation>Verfolge %1: Neue Ereignisse erscheinen, sobald sie festgeschrieben sind</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="605"/>
        <source>A segment shrank or went away (a compaction?): the store was restored afresh</source>
        <translation>Ein Segment ist geschrumpft oder verschwunden (eine Kompaktierung?): Der Speicher wurde neu wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="618"/>
        <source>1 new event ↓</source>
        <translation>1 neues Ereignis ↓</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="618"/>
        <source>%1 new events ↓</source>
        <translation>%1 neue Ereignisse ↓</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>Show Bytes</source>
        <translation>Bytes zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="699"/>
        <source>&lt;b&gt;True view&lt;/b&gt;: every committed, CRC-valid frame at its real position. Here the bytes hold exactly the events batpak 0.5.0 shows, field for field. &lt;a href=&quot;faithful&quot;&gt;Show batpak&apos;s view&lt;/a&gt;</source>
        <translation>&lt;b&gt;Echtansicht&lt;/b&gt;: jeder festgeschriebene Frame mit gültiger CRC an seiner tatsächlichen Position. Hier enthalten die Bytes genau die Ereignisse, die batpak 0.5.0 zeigt, Feld für Feld. &lt;a href=&quot;faithful&quot;&gt;batpaks Ansicht zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="709"/>
        <source>No event matches &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;clear&quot;&gt;Clear the filter&lt;/a&gt;</source>
        <translation>Kein Ereignis passt zu &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;clear&quot;&gt;Filter leeren&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="744"/>
        <source>Go to Event</source>
        <translation>Zu Ereignis gehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="744"/>
        <source>Event id (32 hex digits or UUID) or global sequence:</source>
        <translation>Ereignis-ID (32 Hex-Ziffern oder UUID) oder globale Sequenz:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="764"/>
        <source>No event %1 in this store</source>
        <translation>Kein Ereignis %1 in diesem Store</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="786"/>
        <source>Batscope</source>
        <translation>Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="787"/>
        <source>%1 (following) — Batscope</source>
        <translation>%1 (verfolgt) — Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="788"/>
        <source>%1 — Batscope</source>
        <translation>%1 — Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="795"/>
        <source>No store open — File → Open, or drop a data directory here</source>
        <translation>Kein Store geöffnet — Datei → Öffnen, oder ein Datenverzeichnis hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="803"/>
        <source> · true view</source>
        <translation> · Echtansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>%1 of 1 event</source>
        <translation>%1 von 1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="811"/>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="817"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="817"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="819"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="820"/>
        <source>Time batpak&apos;s restore took in Batscope</source>
        <translation>Dauer der batpak-Wiederherstellung in Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="824"/>
        <source>About Batscope</source>
        <translation>Über Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="825"/>
        <source>&lt;h3&gt;Batscope %1&lt;/h3&gt;&lt;p&gt;A browser for event-sourced history written by batpak 0.5.0: the event timeline, payloads, segments, causal links and BLAKE3 hash chains, restored exactly as batpak restores them, beside what the bytes really hold.&lt;/p&gt;&lt;p&gt;Opening a store never writes to it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Batscope %1&lt;/h3&gt;&lt;p&gt;Ein Browser für ereignisbasierte Historie, geschrieben von batpak 0.5.0: Ereignis-Zeitleiste, Payloads, Segmente, kausale Verknüpfungen und BLAKE3-Hash-Ketten, genau so wiederhergestellt, wie batpak sie wiederherstellt, neben dem, was die Bytes wirklich enthalten.&lt;/p&gt;&lt;p&gt;Das Öffnen eines Stores schreibt nie in ihn.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>batscope::ui::PayloadTreeModel</name>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="33"/>
        <source> … (%1 bytes)</source>
        <translation> … (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="68"/>
        <source> … (%1 characters)</source>
        <translation> … (%1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="81"/>
        <source>(invalid UTF-8) %1</source>
        <translation>(ungültiges UTF-8) %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="83"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="84"/>
        <source>type %1: %2</source>
        <translation>Typ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="229"/>
        <source>str · %1 B</source>
        <translation>str · %1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="230"/>
        <source>bin · %1 B</source>
        <translation>bin · %1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="231"/>
        <source>ext %1 · %2 B</source>
        <translation>ext %1 · %2 B</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="232"/>
        <source>array · %1</source>
        <translation>Array · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="233"/>
        <source>map · %1</source>
        <translation>Map · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="239"/>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="284"/>
        <source>A %1 map key: batpak&apos;s get accepts string keys only</source>
        <translation>Ein %1-Map-Schlüssel: batpaks get akzeptiert nur String-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="286"/>
        <source>batpak&apos;s get rejects this value (%1)</source>
        <translation>batpaks get lehnt diesen Wert ab (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="308"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="309"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="310"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>batscope::ui::RestoreTimingsView</name>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="32"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="33"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="34"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="35"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="36"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="50"/>
        <source>%1 was rejected: %2.</source>
        <translation>%1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="51"/>
        <source>%1 was not tried (disabled by the chosen path).</source>
        <translation>%1 wurde nicht versucht (durch den gewählten Pfad deaktiviert).</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="52"/>
        <source>%1 is absent.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="75"/>
        <source>Phases (ms)</source>
        <translation>Phasen (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="80"/>
        <source>Segment read times</source>
        <translation>Lesezeiten der Segmente</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="82"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="158"/>
        <source>Restored from the mmap snapshot index.fbati (%1 entries) plus %2 tail entries in %3.</source>
        <translation>Wiederhergestellt aus dem mmap-Snapshot index.fbati (%1 Einträge) plus %2 Tail-Einträge in %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="162"/>
        <source>Restored from the checkpoint index.ckpt (%1 entries) plus %2 tail entries in %3.</source>
        <translation>Wiederhergestellt aus dem Checkpoint index.ckpt (%1 Einträge) plus %2 Tail-Einträge in %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="165"/>
        <source>The mmap snapshot was disabled by the chosen path.</source>
        <translation>Der mmap-Snapshot wurde durch den gewählten Pfad deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="168"/>
        <source>Rebuilt by the parallel SIDX rebuild from the footers of %1 segments (%2 entries) in %3.</source>
        <translation>Durch den parallelen SIDX-Neuaufbau aus den Footern von %1 Segmenten (%2 Einträge) in %3 neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="170"/>
        <source>Every segment has a valid SIDX footer, so all of them were read in parallel.</source>
        <translation>Jedes Segment hat einen gültigen SIDX-Footer, daher wurden alle parallel gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="173"/>
        <source>Rebuilt by the sequential frame-scan fallback from %1 segments (%2 entries) in %3.</source>
        <translation>Durch den sequenziellen Frame-Scan (Fallback) aus %1 Segmenten (%2 Einträge) in %3 neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="179"/>
        <source>The frame scan of every segment was forced by the chosen path (--path scan).</source>
        <translation>Der Frame-Scan jedes Segments wurde durch den gewählten Pfad erzwungen (--path scan).</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="184"/>
        <source>The parallel SIDX rebuild was unavailable: %1 — %2.</source>
        <translation>Der parallele SIDX-Neuaufbau war nicht verfügbar: %1 — %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="186"/>
        <source>The parallel SIDX rebuild was unavailable.</source>
        <translation>Der parallele SIDX-Neuaufbau war nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="188"/>
        <source>%1 segments were read through their footers, %2 frame-scanned.</source>
        <translation>%1 Segmente wurden über ihre Footer gelesen, %2 per Frame-Scan.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="198"/>
        <source>No snapshot was used: index.fbati and index.ckpt are both absent.</source>
        <translation>Kein Snapshot verwendet: index.fbati und index.ckpt fehlen beide.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="200"/>
        <source>No snapshot was used: %1 %2</source>
        <translation>Kein Snapshot verwendet: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="204"/>
        <source>The scan ended inside an uncommitted batch.</source>
        <translation>Der Scan endete innerhalb eines nicht festgeschriebenen Batches.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="209"/>
        <source>true view and frame walk %1</source>
        <translation>wahre Sicht und Frame-Durchlauf %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="268"/>
        <source>true view and frame walk</source>
        <translation>wahre Sicht und Frame-Durchlauf</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="449"/>
        <source>No segment was read:</source>
        <translation>Kein Segment gelesen:</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="449"/>
        <source>the snapshot covered them all</source>
        <translation>der Snapshot deckte alle ab</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="450"/>
        <source>%1 of %2 segments not read</source>
        <translation>%1 von %2 Segmenten nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="451"/>
        <source>(covered by the snapshot)</source>
        <translation>(vom Snapshot abgedeckt)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="210"/>
        <source>cross-check %1</source>
        <translation>Gegenprüfung %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="211"/>
        <source>hash-chain verification %1</source>
        <translation>Hash-Ketten-Prüfung %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="212"/>
        <source>Background checks after the open: %1.</source>
        <translation>Hintergrundprüfungen nach dem Öffnen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="214"/>
        <source>Background checks (frame walk, true view, cross-check, hash chains) are running…</source>
        <translation>Hintergrundprüfungen (Frame-Durchlauf, Echtansicht, Gegenprüfung, Hash-Ketten) laufen…</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="225"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="225"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="269"/>
        <source>cross-check</source>
        <translation>Gegenprüfung</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="270"/>
        <source>hash-chain verification</source>
        <translation>Hash-Ketten-Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="286"/>
        <source>index ready</source>
        <translation>Index bereit</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="310"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="310"/>
        <source>background checks</source>
        <translation>Hintergrundprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="323"/>
        <source>time since the open started (ms)</source>
        <translation>Zeit seit Beginn des Öffnens (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="417"/>
        <source>footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="421"/>
        <source>frame scan</source>
        <translation>Frame-Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="431"/>
        <source>footer (parallel)</source>
        <translation>Footer (parallel)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="471"/>
        <source>segment id</source>
        <translation>Segment-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="473"/>
        <source>read time (ms)</source>
        <translation>Lesezeit (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="502"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="507"/>
        <source>restored</source>
        <translation>geladen</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="503"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="507"/>
        <source>tail</source>
        <translation>Tail</translation>
    </message>
</context>
<context>
    <name>batscope::ui::SegmentMapView</name>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="32"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="32"/>
        <location filename="../ui/views/segment_map_view.cpp" line="180"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="34"/>
        <source> · %1 indexed</source>
        <translation> · %1 indiziert</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="104"/>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="105"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="106"/>
        <source>unsealed</source>
        <translation>unversiegelt</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="107"/>
        <source>SIDX footer</source>
        <translation>SIDX-Footer</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="108"/>
        <source>CRC bad / torn</source>
        <translation>CRC fehlerhaft / abgerissen</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="83"/>
        <source>%1 segments · %2</source>
        <translation>%1 Segmente · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="250"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="250"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="330"/>
        <source>CRC bad @%1</source>
        <translation>CRC fehlerhaft @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="331"/>
        <source>%1 CRC-bad frames</source>
        <translation>%1 Frames mit fehlerhafter CRC</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="332"/>
        <source>CRC ✗</source>
        <translation>CRC ✗</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="332"/>
        <source>%1× CRC ✗</source>
        <translation>%1× CRC ✗</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="335"/>
        <source>torn @%1</source>
        <translation>abgerissen @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="336"/>
        <source>torn</source>
        <translation>abgerissen</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="339"/>
        <source>footer invalid</source>
        <translation>Footer ungültig</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="340"/>
        <source>footer ✗</source>
        <translation>Footer ✗</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="385"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — segment %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Segment %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="386"/>
        <source>%1 bytes · %2</source>
        <translation>%1 Bytes · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="388"/>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="389"/>
        <source>SIDX footer: absent</source>
        <translation>SIDX-Footer: fehlt</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="391"/>
        <source>SIDX footer: valid, from @%1 (%2 bytes)</source>
        <translation>SIDX-Footer: gültig, ab @%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="392"/>
        <source>SIDX footer: invalid — %1</source>
        <translation>SIDX-Footer: ungültig — %1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="393"/>
        <source>%1 event frames, %2 batch markers; %3 visible events indexed here</source>
        <translation>%1 Ereignis-Frames, %2 Batch-Marker; %3 sichtbare Ereignisse hier indiziert</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="396"/>
        <source>CRC mismatch: frame @%1 (%2 bytes)</source>
        <translation>CRC-Abweichung: Frame @%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="397"/>
        <source>Torn tail @%1: %2</source>
        <translation>Abgerissenes Ende @%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="399"/>
        <source>%1 visible events indexed here; frame walk pending</source>
        <translation>%1 sichtbare Ereignisse hier indiziert; Frame-Durchlauf ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="402"/>
        <source>Restore read it by %1 in %2 ms (%3 entries, %4 bytes)</source>
        <translation>Von der Wiederherstellung per %1 in %2 ms gelesen (%3 Einträge, %4 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="407"/>
        <source>Restore skipped it (covered by the snapshot)</source>
        <translation>Von der Wiederherstellung übersprungen (vom Snapshot abgedeckt)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="409"/>
        <source>Current event at @%1</source>
        <translation>Aktuelles Ereignis bei @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="410"/>
        <source>Click to filter the events to seg:%1</source>
        <translation>Klicken, um die Ereignisse auf seg:%1 zu filtern</translation>
    </message>
</context>
<context>
    <name>batscope::ui::SegmentModel</name>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="163"/>
        <source>sealed (latest)</source>
        <translation>versiegelt (neuestes)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="163"/>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="164"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="164"/>
        <source>unsealed</source>
        <translation>unversiegelt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="169"/>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="170"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="170"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="24"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="21"/>
        <source>footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="22"/>
        <source>footer (parallel)</source>
        <translation>Footer (parallel)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="23"/>
        <source>frame scan</source>
        <translation>Frame-Scan</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="187"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="250"/>
        <source>Waiting for the frame walk</source>
        <translation>Warte auf den Frame-Durchlauf</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="251"/>
        <source>Latest segment without a SIDX footer: the one a writer had open</source>
        <translation>Neuestes Segment ohne SIDX-Footer: das, das ein Schreiber geöffnet hatte</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="252"/>
        <source>No SIDX footer although a later segment exists</source>
        <translation>Kein SIDX-Footer, obwohl ein späteres Segment existiert</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="253"/>
        <source>Has a SIDX footer: the writer sealed it</source>
        <translation>Hat einen SIDX-Footer: der Schreiber hat es versiegelt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="256"/>
        <source>Footer starts at offset %1</source>
        <translation>Footer beginnt bei Offset %1</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="263"/>
        <source>CRC mismatch at %1</source>
        <translation>CRC-Abweichung bei %1</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="266"/>
        <source>%1 entries, %2 bytes read</source>
        <translation>%1 Einträge, %2 Bytes gelesen</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="267"/>
        <source>The restore did not read this segment (covered by a snapshot)</source>
        <translation>Die Wiederherstellung hat dieses Segment nicht gelesen (von einem Snapshot abgedeckt)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="278"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="279"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="280"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="281"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="282"/>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="283"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="284"/>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="285"/>
        <source>CRC bad</source>
        <translation>CRC fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="286"/>
        <source>Torn tail</source>
        <translation>Abgerissenes Ende</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="287"/>
        <source>Restore read</source>
        <translation>Wiederherstellung gelesen</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="288"/>
        <source>Read time</source>
        <translation>Lesezeit</translation>
    </message>
</context>
<context>
    <name>batscope::ui::StoreComparison</name>
    <message>
        <location filename="../ui/store_comparison.cpp" line="44"/>
        <source>Unpacking %1…</source>
        <translation>Entpacke %1 …</translation>
    </message>
    <message>
        <location filename="../ui/store_comparison.cpp" line="56"/>
        <source>Opening %1…</source>
        <translation>Öffne %1 …</translation>
    </message>
    <message>
        <location filename="../ui/store_comparison.cpp" line="63"/>
        <source>%1 holds no .fbat segment file: it is not a batpak data directory.</source>
        <translation>%1 enthält keine .fbat-Segmentdatei: Es ist kein batpak-Datenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../ui/store_comparison.cpp" line="78"/>
        <source>Comparing the two stores…</source>
        <translation>Vergleiche die beiden Speicher …</translation>
    </message>
</context>
<context>
    <name>batscope::ui::StoreDiffModel</name>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="36"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="37"/>
        <source>B extends A</source>
        <translation>B setzt A fort</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="38"/>
        <source>A extends B</source>
        <translation>A setzt B fort</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="39"/>
        <source>diverged</source>
        <translation>abgezweigt</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="40"/>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="41"/>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="74"/>
        <source>event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="75"/>
        <source>hashes</source>
        <translation>Hashes</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="76"/>
        <source>frame bytes</source>
        <translation>Frame-Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="85"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="86"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="87"/>
        <source>Events in A</source>
        <translation>Ereignisse in A</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="88"/>
        <source>Events in B</source>
        <translation>Ereignisse in B</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="89"/>
        <source>From position</source>
        <translation>Ab Position</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="90"/>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
</context>
<context>
    <name>batscope::ui::StoreSession</name>
    <message>
        <location filename="../ui/store_session.cpp" line="66"/>
        <source>%1 holds no segment file (*.fbat), so it is not a batpak data directory.</source>
        <translation>%1 enthält keine Segmentdatei (*.fbat) und ist daher kein batpak-Datenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="74"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="75"/>
        <source>Data directories inside it: %1</source>
        <translation>Datenverzeichnisse darin: %1</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="159"/>
        <source>Opening was cancelled.</source>
        <translation>Das Öffnen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="227"/>
        <source>Building the true view</source>
        <translation>Echtansicht wird aufgebaut</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="242"/>
        <source>Cross-checking batpak&apos;s index</source>
        <translation>batpaks Index wird gegengeprüft</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="245"/>
        <location filename="../ui/store_session.cpp" line="253"/>
        <source>Verifying hash chains</source>
        <translation>Hash-Ketten werden verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="266"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>batscope::ui::TimelineView</name>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="108"/>
        <source>Stack by scope</source>
        <translation>Nach Scope stapeln</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="109"/>
        <source>Stack by kind category</source>
        <translation>Nach Art-Kategorie stapeln</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="111"/>
        <source>Select span</source>
        <translation>Zeitspanne wählen</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="113"/>
        <source>Drag across the plot to filter the events to a time span (or Shift+drag at any time)</source>
        <translation>Über das Diagramm ziehen, um die Ereignisse auf eine Zeitspanne zu filtern (oder jederzeit mit Umschalt+Ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="115"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="132"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="232"/>
        <source>(no scope)</source>
        <translation>(kein Scope)</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="234"/>
        <source>kind %1:*</source>
        <translation>Art %1:*</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="237"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="375"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="376"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="377"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="378"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="379"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="381"/>
        <source>%1 of %2 events shown · buckets of %3</source>
        <translation>%1 von %2 Ereignissen angezeigt · Intervalle von %3</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="382"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::WarningsView</name>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="33"/>
        <source>Filter by category, file or message</source>
        <translation>Nach Kategorie, Datei oder Meldung filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="36"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="37"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="38"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="39"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="40"/>
        <source>Show findings of one severity</source>
        <translation>Befunde eines Schweregrads anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="64"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="98"/>
        <source>Select a finding to read it whole. A click on one about an event selects the event; a double-click on one about a place narrows the table to its segment.</source>
        <translation>Wählen Sie einen Befund, um ihn vollständig zu lesen. Ein Klick auf einen Befund zu einem Ereignis wählt das Ereignis aus; ein Doppelklick auf einen Befund zu einer Stelle beschränkt die Tabelle auf dessen Segment.</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="101"/>
        <source>Show Bytes</source>
        <translation>Bytes zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="103"/>
        <source>Show the bytes of the file at the offset this finding names</source>
        <translation>Die Bytes der Datei an dem Offset zeigen, den dieser Befund nennt</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="150"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="150"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="151"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="151"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="152"/>
        <source>1 info</source>
        <translation>1 Info</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="152"/>
        <source>%1 info</source>
        <translation>%1 Infos</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="153"/>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
</context>
<context>
    <name>batscope::ui::WelcomeView</name>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="66"/>
        <source>Welcome to Batscope</source>
        <translation>Willkommen bei Batscope</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="67"/>
        <source>Batscope opens the data directory of a batpak 0.5.0 store (the folder of .fbat segment files) or a .batpak.tar.zst archive of one, read-only: it rebuilds the index as batpak does and shows every event, its bytes, the segments, the causal links and the hash chains. You can also drop a folder or an archive on this window.</source>
        <translation>Batscope öffnet das Datenverzeichnis eines batpak-0.5.0-Stores (den Ordner mit den .fbat-Segmentdateien) oder ein .batpak.tar.zst-Archiv davon, nur lesend: Es baut den Index wie batpak auf und zeigt jedes Ereignis, seine Bytes, die Segmente, die kausalen Verknüpfungen und die Hash-Ketten. Sie können auch einen Ordner oder ein Archiv auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="71"/>
        <source>Open Data Directory…</source>
        <translation>Datenverzeichnis öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="72"/>
        <source>Open Archive…</source>
        <translation>Archiv öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="73"/>
        <source>Generate the Demo Store (200,000 Events)</source>
        <translation>Demo-Store erzeugen (200.000 Ereignisse)</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="74"/>
        <source>Writes a demo store of its own in Batscope&apos;s data folder, then opens it</source>
        <translation>Schreibt einen eigenen Demo-Store in den Datenordner von Batscope und öffnet ihn</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="75"/>
        <source>Recent stores</source>
        <translation>Zuletzt geöffnete Stores</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Browse batpak 0.5.0 event stores.</source>
        <translation>batpak-0.5.0-Ereignis-Stores durchsuchen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Data directory (or a segment file in it) to open.</source>
        <translation>Zu öffnendes Datenverzeichnis (oder eine Segmentdatei darin).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Colour theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Restore path: mmap, checkpoint, rebuild or scan.</source>
        <translation>Wiederherstellungspfad: mmap, checkpoint, rebuild oder scan.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Save a screenshot of the window once the store has opened, then exit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern, sobald der Store geöffnet ist, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>Analysis tab to show: graph, chains, timeline, restore, compare or warnings.</source>
        <translation>Anzuzeigender Analyse-Tab: graph, chains, timeline, restore, compare oder warnings.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Start in the true view.</source>
        <translation>In der Echtansicht starten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Select this event once the store has opened: an event id or a global sequence.</source>
        <translation>Dieses Ereignis auswählen, sobald der Store geöffnet ist: eine Ereignis-ID oder eine globale Sequenz.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Follow the data directory while it is written: new events appear as they are committed.</source>
        <translation>Das Datenverzeichnis verfolgen, während es geschrieben wird: Neue Ereignisse erscheinen, sobald sie festgeschrieben sind.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <source>Once the store has opened, compare it with this other store or archive (Analyze → Compare with Store); with --screenshot, the comparison is saved.</source>
        <translation>Nach dem Öffnen den Speicher mit diesem anderen Speicher oder Archiv vergleichen (Analyse → Mit Speicher vergleichen); mit --screenshot wird der Vergleich gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1600x960).</source>
        <translation>Fenstergröße für --screenshot, als BREITExHÖHE (Vorgabe 1600x960).</translation>
    </message>
</context>
</TS>
