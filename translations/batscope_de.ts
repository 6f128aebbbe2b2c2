<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChainReportExport</name>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="136"/>
        <source>Hash-chain verification report</source>
        <translation>Prüfbericht der Hash-Ketten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="138"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="139"/>
        <source>Generated: %1 UTC</source>
        <translation>Erstellt: %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="140"/>
        <source>Batscope %1</source>
        <translation>Batscope %1</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="142"/>
        <source>%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links · %6 payload bytes hashed</source>
        <translation>%1 Entitäten: %2 verifiziert, %3 gebrochen, %4 ohne Hash · %5 Glieder · %6 Payload-Bytes gehasht</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="151"/>
        <source>Broken chains</source>
        <translation>Gebrochene Ketten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="157"/>
        <source>first break at global sequence %1 (the only broken link)</source>
        <translation>erster Bruch bei globaler Sequenz %1 (das einzige gebrochene Glied)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="158"/>
        <source>first break at global sequence %1 (%2 broken links)</source>
        <translation>erster Bruch bei globaler Sequenz %1 (%2 gebrochene Glieder)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="164"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="165"/>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="166"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="167"/>
        <source>Stored prev_hash</source>
        <translation>Gespeicherter prev_hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="168"/>
        <source>Expected prev_hash</source>
        <translation>Erwarteter prev_hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="169"/>
        <source>Stored event_hash</source>
        <translation>Gespeicherter event_hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="170"/>
        <source>Recomputed BLAKE3(payload)</source>
        <translation>Neu berechnet: BLAKE3(Payload)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="171"/>
        <source>(payload unreadable)</source>
        <translation>(Payload nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="176"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="178"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="178"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="178"/>
        <source>Links</source>
        <translation>Glieder</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="178"/>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="178"/>
        <source>Unhashed</source>
        <translation>Ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="178"/>
        <source>First break</source>
        <translation>Erster Bruch</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="205"/>
        <source>Batscope hash-chain report</source>
        <translation>Batscope-Bericht der Hash-Ketten</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="208"/>
        <source>The PDF printer is not available</source>
        <translation>Der PDF-Drucker ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="216"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/main_window.cpp" line="57"/>
        <source>Restored via mmap snapshot + %L1 tail events</source>
        <translation>Wiederhergestellt über mmap-Snapshot + %L1 Tail-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="59"/>
        <source>Restored via checkpoint + %L1 tail events</source>
        <translation>Wiederhergestellt über Checkpoint + %L1 Tail-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="61"/>
        <source>Rebuilt from SIDX footers (parallel)</source>
        <translation>Neu aufgebaut aus SIDX-Footern (parallel)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <source>Rebuilt by sequential frame scan</source>
        <translation>Neu aufgebaut durch sequenziellen Frame-Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="132"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="471"/>
        <source>+%L1 more
click to expand</source>
        <translation>+%L1 weitere
zum Aufklappen klicken</translation>
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
        <location filename="../ui/views/causal_graph_view.cpp" line="241"/>
        <source>Ancestors </source>
        <translation>Vorfahren </translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="245"/>
        <source>How many causes up the chain to show</source>
        <translation>Wie viele Ursachen die Kette hinauf angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="247"/>
        <source>  Descendants </source>
        <translation>  Nachfahren </translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="251"/>
        <source>How many levels of effects to show</source>
        <translation>Wie viele Ebenen von Wirkungen angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="253"/>
        <source>Correlation group</source>
        <translation>Korrelationsgruppe</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="254"/>
        <source>Also show every event sharing the current event&apos;s correlation id</source>
        <translation>Auch alle Ereignisse mit der Korrelations-ID des aktuellen Ereignisses anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="256"/>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="257"/>
        <source>Lay out with Graphviz dot instead of Batscope&apos;s layered layout (only for neighbourhoods of at most %1 nodes: dot is slow on large graphs)</source>
        <translation>Mit Graphviz dot statt mit Batscopes Schichtenlayout anordnen (nur für Umgebungen mit höchstens %1 Knoten: dot ist bei großen Graphen langsam)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="263"/>
        <source>Colour by entity</source>
        <translation>Nach Entität färben</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="264"/>
        <source>Colour by kind</source>
        <translation>Nach Art färben</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="267"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="267"/>
        <source>Fit the whole graph in the view</source>
        <translation>Den ganzen Graphen in die Ansicht einpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="268"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="268"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="269"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="269"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="271"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="272"/>
        <location filename="../ui/views/causal_graph_view.cpp" line="277"/>
        <source>Export causal graph</source>
        <translation>Kausalgraph exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="273"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="275"/>
        <source>Export the graph as SVG</source>
        <translation>Den Graphen als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="276"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="278"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="280"/>
        <source>Export the graph as PNG</source>
        <translation>Den Graphen als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="281"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="282"/>
        <source>Stop laying out the graph</source>
        <translation>Das Anordnen des Graphen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="571"/>
        <source> · scene %1 ms</source>
        <translation> · Szene %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="589"/>
        <source>Laying out the causal graph…</source>
        <translation>Kausalgraph wird angeordnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="591"/>
        <source>Select an event to see its causes and effects.</source>
        <translation>Wählen Sie ein Ereignis, um seine Ursachen und Wirkungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="591"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="598"/>
        <source>%L1 events · %L2 layers · layout %3 ms</source>
        <translation>%L1 Ereignisse · %L2 Ebenen · Layout %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="600"/>
        <source> · %L1 hidden behind %L2 “more” nodes</source>
        <translation> · %L1 verborgen hinter %L2 „weitere“-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="601"/>
        <source> · truncated at %L1 events</source>
        <translation> · abgeschnitten bei %L1 Ereignissen</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="612"/>
        <source>Causal graph</source>
        <translation>Kausalgraph</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="613"/>
        <source>Batscope causal graph of event #%1</source>
        <translation>Batscope-Kausalgraph von Ereignis #%1</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainModel</name>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="102"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="103"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="104"/>
        <source>unhashed</source>
        <translation>ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="158"/>
        <source>Every link&apos;s event_hash is BLAKE3 of its payload and its prev_hash the previous link&apos;s event_hash</source>
        <translation>Der event_hash jedes Glieds ist BLAKE3 seines Payloads und sein prev_hash der event_hash des vorherigen Glieds</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="159"/>
        <source>1 broken link</source>
        <translation>1 gebrochenes Glied</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="159"/>
        <source>%1 broken links; the first is shown</source>
        <translation>%1 gebrochene Glieder; das erste wird angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="160"/>
        <source>Written without hashes (batpak&apos;s blake3 feature off)</source>
        <translation>Ohne Hashes geschrieben (batpaks blake3-Feature aus)</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="163"/>
        <source>Links that restart the chain at genesis (zero prev_hash, clock 0), as batpak does around visibility fences</source>
        <translation>Glieder, die die Kette bei Genesis neu starten (prev_hash null, Uhr 0), wie batpak es um Sichtbarkeitsgrenzen tut</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="166"/>
        <source>%1 @%2 — %3</source>
        <translation>%1 @%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="181"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="193"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="195"/>
        <source>Links</source>
        <translation>Glieder</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="196"/>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="197"/>
        <source>Unhashed</source>
        <translation>Ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="198"/>
        <source>First break</source>
        <translation>Erster Bruch</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="203"/>
        <source>Chain links: the entity&apos;s events in log order, hidden ones included</source>
        <translation>Kettenglieder: die Ereignisse der Entität in Log-Reihenfolge, verborgene eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="204"/>
        <source>Links whose prev_hash and event_hash are all zero</source>
        <translation>Glieder, deren prev_hash und event_hash komplett null sind</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="205"/>
        <source>Global sequence and reason of the first link that does not verify</source>
        <translation>Globale Sequenz und Grund des ersten Glieds, das sich nicht verifizieren lässt</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainStripView</name>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="149"/>
        <location filename="../ui/views/chain_strip_view.cpp" line="276"/>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="239"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="240"/>
        <source>Select an entity to draw its chain</source>
        <translation>Wählen Sie eine Entität, um ihre Kette zu zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="241"/>
        <source>%1 has no links</source>
        <translation>%1 hat keine Glieder</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="357"/>
        <source>c%1</source>
        <translation>c%1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="370"/>
        <source>prev</source>
        <translation>prev</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="371"/>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="376"/>
        <source>first break · hidden</source>
        <translation>erster Bruch · verborgen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="376"/>
        <source>first break</source>
        <translation>erster Bruch</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="376"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="390"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — link %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Glied %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="391"/>
        <source>Global sequence %1 · clock %2%3</source>
        <translation>Globale Sequenz %1 · Uhr %2%3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="394"/>
        <source> · hidden</source>
        <translation> · verborgen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="395"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="396"/>
        <source>prev_hash %1</source>
        <translation>prev_hash %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="397"/>
        <source>event_hash %1</source>
        <translation>event_hash %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="398"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="399"/>
        <source>Restarts the chain at genesis</source>
        <translation>Startet die Kette bei Genesis neu</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="402"/>
        <source>First break: %1</source>
        <translation>Erster Bruch: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="403"/>
        <source>Click to select this event</source>
        <translation>Klicken, um dieses Ereignis auszuwählen</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainView</name>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="94"/>
        <location filename="../ui/views/chain_view.cpp" line="233"/>
        <source>Verifying…</source>
        <translation>Verifiziere…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="102"/>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="106"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="107"/>
        <source>Save the verify report as JSON or as a printable PDF</source>
        <translation>Den Prüfbericht als JSON oder als druckbares PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="143"/>
        <source>dashed: hidden event · ∅: restart at genesis · amber: after the first break</source>
        <translation>gestrichelt: verborgenes Ereignis · ∅: Neustart bei Genesis · bernsteinfarben: nach dem ersten Bruch</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="162"/>
        <source>Select event</source>
        <translation>Ereignis auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="163"/>
        <source>Make the first broken link the current event</source>
        <translation>Das erste gebrochene Glied zum aktuellen Ereignis machen</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="206"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="223"/>
        <source>%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links</source>
        <translation>%1 Entitäten: %2 verifiziert, %3 gebrochen, %4 ohne Hash · %5 Glieder</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="233"/>
        <source>Verifying… (%1)</source>
        <translation>Verifiziere… (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="243"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="243"/>
        <source>Hash chains not verified yet</source>
        <translation>Hash-Ketten noch nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="251"/>
        <source>%1 payload bytes hashed in %2 ms</source>
        <translation>%1 Payload-Bytes in %2 ms gehasht</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="286"/>
        <source>1 link</source>
        <translation>1 Glied</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="286"/>
        <source>%1 links</source>
        <translation>%1 Glieder</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="288"/>
        <source>1 restart</source>
        <translation>1 Neustart</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="288"/>
        <source>%1 restarts</source>
        <translation>%1 Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="289"/>
        <source> · %1 unhashed</source>
        <translation> · %1 ohne Hash</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="307"/>
        <source>Every link verifies. The chain restarts at genesis %1 (zero prev_hash, clock 0), as batpak does around visibility fences.</source>
        <translation>Jedes Glied verifiziert. Die Kette startet %1 bei Genesis neu (prev_hash null, Uhr 0), wie batpak es um Sichtbarkeitsgrenzen tut.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="308"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="308"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="309"/>
        <source>Every link verifies: each event_hash is BLAKE3 of its payload and each prev_hash the previous link&apos;s event_hash.</source>
        <translation>Jedes Glied verifiziert: jeder event_hash ist BLAKE3 seines Payloads und jeder prev_hash der event_hash des vorherigen Glieds.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="312"/>
        <source>Written without hashes (batpak&apos;s blake3 feature off): prev_hash and event_hash are all zero, nothing to verify.</source>
        <translation>Ohne Hashes geschrieben (batpaks blake3-Feature aus): prev_hash und event_hash sind komplett null, nichts zu verifizieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="319"/>
        <source>&lt;span style=&apos;color:#e03a3a&apos;&gt;&lt;b&gt;First break&lt;/b&gt;&lt;/span&gt; at global sequence &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;span style=&apos;color:#e03a3a&apos;&gt;&lt;b&gt;Erster Bruch&lt;/b&gt;&lt;/span&gt; bei globaler Sequenz &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="322"/>
        <source> (%1 broken links in all)</source>
        <translation> (insgesamt %1 gebrochene Glieder)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="324"/>
        <source>%1 @%2 · event %3</source>
        <translation>%1 @%2 · Ereignis %3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="328"/>
        <location filename="../ui/views/chain_view.cpp" line="330"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="329"/>
        <source>expected (previous link&apos;s event_hash)</source>
        <translation>erwartet (event_hash des vorherigen Glieds)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="332"/>
        <location filename="../ui/views/chain_view.cpp" line="335"/>
        <source>recomputed BLAKE3(payload)</source>
        <translation>neu berechnet: BLAKE3(Payload)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="335"/>
        <source>payload unreadable</source>
        <translation>Payload nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="385"/>
        <source>The hash chains have not been verified yet.</source>
        <translation>Die Hash-Ketten wurden noch nicht verifiziert.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="395"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="396"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="399"/>
        <location filename="../ui/views/chain_view.cpp" line="409"/>
        <source>Export verify report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="409"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ComparePathsView</name>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="43"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="44"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="52"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="53"/>
        <source>global sequence</source>
        <translation>globale Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="54"/>
        <source>disk position</source>
        <translation>Position auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="55"/>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="56"/>
        <source>duplicate entries</source>
        <translation>doppelte Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="86"/>
        <source>mmap snapshot</source>
        <translation>mmap-Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="87"/>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="88"/>
        <source>SIDX rebuild</source>
        <translation>SIDX-Neuaufbau</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="89"/>
        <source>frame scan</source>
        <translation>Frame-Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="98"/>
        <source>Compare restore paths</source>
        <translation>Wiederherstellungspfade vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="99"/>
        <source>Run every restore path read-only on the open directory and compare the indexes</source>
        <translation>Jeden Wiederherstellungspfad schreibgeschützt auf dem geöffneten Verzeichnis ausführen und die Indizes vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="100"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <source>Path requested</source>
        <translation>Angeforderter Pfad</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <source>batpak&apos;s path</source>
        <translation>batpaks Pfad</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="113"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <source>Restored / tail</source>
        <translation>Wiederhergestellt / Tail</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="109"/>
        <source>Events (visible / entries)</source>
        <translation>Ereignisse (sichtbar / Einträge)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="109"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="113"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="109"/>
        <source>True view identical</source>
        <translation>Echtansicht identisch</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Path A</source>
        <translation>Pfad A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Value A</source>
        <translation>Wert A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="111"/>
        <source>Path B</source>
        <translation>Pfad B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="111"/>
        <source>Value B</source>
        <translation>Wert B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="112"/>
        <source>Double-click to select the event</source>
        <translation>Doppelklicken, um das Ereignis auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="113"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="113"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="113"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="113"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="149"/>
        <source>Where batpak&apos;s paths disagree (faithful view)</source>
        <translation>Wo batpaks Pfade voneinander abweichen (getreue Ansicht)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="150"/>
        <source>Phases per path (ms)</source>
        <translation>Phasen je Pfad (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="155"/>
        <source>Restore paths</source>
        <translation>Wiederherstellungspfade</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="157"/>
        <source>History of opens</source>
        <translation>Verlauf der Öffnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="221"/>
        <source>Restoring via %1… %p%</source>
        <translation>Wiederherstellung über %1… %p%</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="237"/>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="238"/>
        <source>Comparing the restore paths of %1…</source>
        <translation>Vergleiche die Wiederherstellungspfade von %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="289"/>
        <source>Press “Compare restore paths” to open %1 through every restore path.</source>
        <translation>Klicken Sie auf „Wiederherstellungspfade vergleichen“, um %1 über jeden Wiederherstellungspfad zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="290"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="300"/>
        <source>open failed: %1</source>
        <translation>Öffnen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="312"/>
        <source>✔ identical</source>
        <translation>✔ identisch</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="312"/>
        <source>✘ differs</source>
        <translation>✘ abweichend</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="341"/>
        <source>The true view is identical on all %1 paths that opened.</source>
        <translation>Die Echtansicht ist auf allen %1 Pfaden, die sich öffnen ließen, identisch.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="342"/>
        <source>The true view differs: %1 of %2 paths match the first.</source>
        <translation>Die Echtansicht weicht ab: %1 von %2 Pfaden stimmen mit dem ersten überein.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="344"/>
        <source>batpak&apos;s own indexes agree on every event.</source>
        <translation>batpaks eigene Indizes stimmen bei jedem Ereignis überein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/compare_paths_view.cpp" line="346"/>
        <source>batpak&apos;s own indexes disagree %n time(s)</source>
        <translation>
            <numerusform>batpaks eigene Indizes weichen %n-mal ab</numerusform>
            <numerusform>batpaks eigene Indizes weichen %n-mal ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="347"/>
        <source> (first %1 listed).</source>
        <translation> (die ersten %1 aufgeführt).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="348"/>
        <source>(%1 in all)</source>
        <translation>(insgesamt %1)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="377"/>
        <source>open failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="414"/>
        <source>time since the open started (ms)</source>
        <translation>Zeit seit Beginn des Öffnens (ms)</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventDetailsView</name>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="84"/>
        <source>Go to Cause</source>
        <translation>Zur Ursache gehen</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="84"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="86"/>
        <source>Effects of This Event</source>
        <translation>Wirkungen dieses Ereignisses</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="86"/>
        <source>Effects</source>
        <translation>Wirkungen</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="88"/>
        <source>Same Correlation</source>
        <translation>Gleiche Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="88"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="90"/>
        <source>Previous in Entity</source>
        <translation>Vorheriges der Entität</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="90"/>
        <source>◀ Entity</source>
        <translation>◀ Entität</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="92"/>
        <source>Next in Entity</source>
        <translation>Nächstes der Entität</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="92"/>
        <source>Entity ▶</source>
        <translation>Entität ▶</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="94"/>
        <location filename="../ui/views/event_details_view.cpp" line="405"/>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="96"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="98"/>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="115"/>
        <location filename="../ui/views/event_details_view.cpp" line="212"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="213"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="244"/>
        <source>No payload: the frame does not decode</source>
        <translation>Kein Payload: der Frame lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="250"/>
        <source>Batch marker: no payload (batpak reads it as null)</source>
        <translation>Batch-Marker: kein Payload (batpak liest ihn als null)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="258"/>
        <source>%1 bytes that do not decode as msgpack: %2</source>
        <translation>%1 Bytes, die sich nicht als msgpack dekodieren lassen: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="264"/>
        <source>%1 bytes of msgpack · %2</source>
        <translation>%1 Bytes msgpack · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="265"/>
        <source>%1 trailing bytes ignored</source>
        <translation>%1 nachfolgende Bytes ignoriert</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="267"/>
        <source>batpak&apos;s get fails: %1</source>
        <translation>batpaks get schlägt fehl: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="284"/>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="286"/>
        <source>%1 · no frame bytes: %2</source>
        <translation>%1 · keine Frame-Bytes: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="289"/>
        <source>%1 · %2 bytes</source>
        <translation>%1 · %2 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="290"/>
        <source> · CRC ✔</source>
        <translation> · CRC ✔</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="292"/>
        <source> · CRC mismatch (stored %1, computed %2)</source>
        <translation> · CRC-Abweichung (gespeichert %1, berechnet %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="293"/>
        <source> · frame cut short: %1</source>
        <translation> · Frame abgeschnitten: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="294"/>
        <source> · does not decode: %1</source>
        <translation> · nicht dekodierbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="297"/>
        <source>Physical frame shown: batpak&apos;s index says %1 @ %2, which does not read (%3)</source>
        <translation>Physischer Frame angezeigt: batpaks Index nennt %1 @ %2, das sich nicht lesen lässt (%3)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="408"/>
        <source>Copy Field Path</source>
        <translation>Feldpfad kopieren</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventTableModel</name>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="91"/>
        <source>Hash chain not verified yet</source>
        <translation>Hash-Kette noch nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="92"/>
        <source>This link of the entity&apos;s BLAKE3 chain verifies</source>
        <translation>Dieses Glied der BLAKE3-Kette der Entität verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="93"/>
        <source>First broken link of this entity&apos;s chain</source>
        <translation>Erstes gebrochenes Glied der Kette dieser Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="94"/>
        <source>After the entity&apos;s first broken link</source>
        <translation>Nach dem ersten gebrochenen Glied der Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="95"/>
        <source>Written without hashes (blake3 feature off)</source>
        <translation>Ohne Hashes geschrieben (blake3-Feature aus)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="98"/>
        <source>raw kind 0x%1</source>
        <translation>Rohe Art 0x%1</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="134"/>
        <source>(self)</source>
        <translation>(selbst)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="144"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="158"/>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="159"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="159"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="160"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="161"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="162"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="163"/>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="164"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="165"/>
        <source>Causation</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="166"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="167"/>
        <source>Segment @ offset</source>
        <translation>Segment @ Offset</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FilterBar</name>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="22"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="27"/>
        <source>entity:order:*  kind:1:5  after:2026-01-01  &quot;refund&quot;  — Enter applies</source>
        <translation>entity:order:*  kind:1:5  after:2026-01-01  &quot;refund&quot;  — Eingabe wendet an</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="29"/>
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
        <location filename="../ui/views/filter_bar.cpp" line="42"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="44"/>
        <source>Apply the filter (Enter)</source>
        <translation>Den Filter anwenden (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="47"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="49"/>
        <source>Show every event</source>
        <translation>Alle Ereignisse anzeigen</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FilterRunner</name>
    <message>
        <location filename="../ui/filter_runner.cpp" line="23"/>
        <location filename="../ui/filter_runner.cpp" line="37"/>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="45"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="46"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="47"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="156"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="157"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="158"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="159"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="160"/>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="161"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>batscope::ui::HeaderFieldsModel</name>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="35"/>
        <source>%1 @ %2 · %3 bytes</source>
        <translation>%1 @ %2 · %3 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="42"/>
        <source>0x00 (none)</source>
        <translation>0x00 (keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="47"/>
        <source>unassigned 0x%1</source>
        <translation>nicht zugewiesen 0x%1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="227"/>
        <source>Index entry</source>
        <translation>Indexeintrag</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="228"/>
        <source>What the store&apos;s index holds for this event</source>
        <translation>Was der Index des Stores für dieses Ereignis enthält</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="229"/>
        <source>global sequence</source>
        <translation>globale Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="230"/>
        <location filename="../ui/models/header_fields_model.cpp" line="384"/>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="231"/>
        <location filename="../ui/models/header_fields_model.cpp" line="389"/>
        <source>scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="232"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="233"/>
        <source>wall_ms</source>
        <translation>wall_ms</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="234"/>
        <source>clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="236"/>
        <source> (tail replay)</source>
        <translation> (Tail-Wiedergabe)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="237"/>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="238"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="238"/>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="239"/>
        <source>superseded by a later copy of the id</source>
        <translation>ersetzt durch eine spätere Kopie der ID</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="240"/>
        <source>hidden (cancelled range)</source>
        <translation>verborgen (abgebrochener Bereich)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="256"/>
        <source>differs from frame</source>
        <translation>weicht vom Frame ab</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="258"/>
        <source>The index entry and the frame shown disagree on these fields</source>
        <translation>Indexeintrag und angezeigter Frame widersprechen sich in diesen Feldern</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="265"/>
        <source>Frame header</source>
        <translation>Frame-Header</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="267"/>
        <source>frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="267"/>
        <source>no bytes: %1</source>
        <translation>keine Bytes: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="273"/>
        <source>len</source>
        <translation>len</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="273"/>
        <source>%1 bytes (frame %2 bytes)</source>
        <translation>%1 Bytes (Frame %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="281"/>
        <source> ✘ (computed %1)</source>
        <translation> ✘ (berechnet %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="284"/>
        <source> (not checked: frame cut short)</source>
        <translation> (nicht geprüft: Frame abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="287"/>
        <source>crc32</source>
        <translation>crc32</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="291"/>
        <source>CRC mismatch: stored %1, CRC32 of the body %2</source>
        <translation>CRC-Abweichung: gespeichert %1, CRC32 des Rumpfs %2</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="294"/>
        <source>decode error</source>
        <translation>Dekodierfehler</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="297"/>
        <source>The body does not decode as a whole; the fields below decode on their own</source>
        <translation>Der Rumpf lässt sich nicht als Ganzes dekodieren; die Felder unten werden einzeln dekodiert</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="306"/>
        <source>event_id</source>
        <translation>event_id</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="308"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="312"/>
        <source>correlation_id</source>
        <translation>correlation_id</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="312"/>
        <source> (self)</source>
        <translation> (selbst)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="318"/>
        <source>Double-click to go to the event with this id</source>
        <translation>Doppelklicken, um zum Ereignis mit dieser ID zu gehen</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="324"/>
        <location filename="../ui/models/header_fields_model.cpp" line="336"/>
        <source>causation_id</source>
        <translation>causation_id</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="325"/>
        <source> (not in the index)</source>
        <translation> (nicht im Index)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="331"/>
        <source>Double-click to go to the cause (global sequence %1)</source>
        <translation>Doppelklicken, um zur Ursache zu gehen (globale Sequenz %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="336"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="340"/>
        <source>timestamp_us</source>
        <translation>timestamp_us</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="341"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="345"/>
        <source>payload_size</source>
        <translation>payload_size</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="345"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="350"/>
        <source>event_kind</source>
        <translation>event_kind</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="352"/>
        <source>raw</source>
        <translation>roh</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="353"/>
        <source>category:type</source>
        <translation>Kategorie:Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="355"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="355"/>
        <source>(product kind)</source>
        <translation>(Produkt-Art)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="358"/>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="362"/>
        <source>content_hash</source>
        <translation>content_hash</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="363"/>
        <source> (zeros: unhashed)</source>
        <translation> (Nullen: ohne Hash)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="370"/>
        <source>byte array</source>
        <translation>Byte-Array</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="371"/>
        <source>bin</source>
        <translation>bin</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="372"/>
        <source>native value</source>
        <translation>nativer Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="373"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="375"/>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="375"/>
        <source>%1 bytes · %2</source>
        <translation>%1 Bytes · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="377"/>
        <source>P: %1 bytes of msgpack, stored as a %2 of %3 bytes in the frame</source>
        <translation>P: %1 Bytes msgpack, im Frame gespeichert als %2 mit %3 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="405"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="409"/>
        <source>The per-entity clock (the index&apos;s clock)</source>
        <translation>Die Uhr pro Entität (die Uhr des Index)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="417"/>
        <source>Hash chain</source>
        <translation>Hash-Kette</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="417"/>
        <source>none (batch marker)</source>
        <translation>keiner (Batch-Marker)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="420"/>
        <source> (genesis)</source>
        <translation> (Genesis)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="433"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="442"/>
        <source>disk_pos</source>
        <translation>disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="444"/>
        <source>at disk_pos</source>
        <translation>bei disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="448"/>
        <location filename="../ui/models/header_fields_model.cpp" line="450"/>
        <location filename="../ui/models/header_fields_model.cpp" line="453"/>
        <location filename="../ui/models/header_fields_model.cpp" line="456"/>
        <source>physical position</source>
        <translation>physische Position</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="448"/>
        <source>(frame walk still running)</source>
        <translation>(Frame-Durchlauf läuft noch)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="450"/>
        <source>no readable frame with this id (frame walk)</source>
        <translation>kein lesbarer Frame mit dieser ID (Frame-Durchlauf)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="453"/>
        <source>same as disk_pos</source>
        <translation>wie disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="458"/>
        <source>The frame with this event id lives elsewhere than the index says</source>
        <translation>Der Frame mit dieser Ereignis-ID liegt an anderer Stelle, als der Index angibt</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="461"/>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="461"/>
        <source>the frame at the physical position (disk_pos does not read)</source>
        <translation>der Frame an der physischen Position (disk_pos lässt sich nicht lesen)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="465"/>
        <source>frame event_id</source>
        <translation>event_id des Frames</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="465"/>
        <source>the frame shown carries another event: %1</source>
        <translation>der angezeigte Frame trägt ein anderes Ereignis: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="468"/>
        <source>batpak get</source>
        <translation>batpak get</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="468"/>
        <source>reads ✔</source>
        <translation>liest ✔</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="470"/>
        <source>What batpak 0.5.0&apos;s Store::get(event_id) returns for this event</source>
        <translation>Was Store::get(event_id) von batpak 0.5.0 für dieses Ereignis liefert</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="558"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="559"/>
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
        <location filename="../ui/language.cpp" line="119"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="131"/>
        <source>The language change takes effect when Batscope is restarted.</source>
        <translation>Die Sprachänderung wird beim nächsten Start von Batscope wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="137"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>batscope::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Filtering… %p%</source>
        <translation>Filtere… %p%</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>Invalid filter %1</source>
        <translation>Ungültiger Filter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>Could not open the store</source>
        <translation>Der Store konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>Wrote %1 (%2)</source>
        <translation>%1 geschrieben (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="196"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>&amp;Open Data Directory…</source>
        <translation>Datenverzeichnis ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="220"/>
        <source>Open a batpak data directory (read-only)</source>
        <translation>Ein batpak-Datenverzeichnis öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>Restore the open directory again</source>
        <translation>Das geöffnete Verzeichnis erneut wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>Open &amp;Archive…</source>
        <translation>&amp;Archiv öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="230"/>
        <source>Open a .batpak.tar.zst archive (unpacked into a private temporary directory)</source>
        <translation>Ein .batpak.tar.zst-Archiv öffnen (in ein privates temporäres Verzeichnis entpackt)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="232"/>
        <source>&amp;Export Archive…</source>
        <translation>Archiv &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>Pack the open data directory into one .batpak.tar.zst file</source>
        <translation>Das geöffnete Datenverzeichnis in eine einzelne .batpak.tar.zst-Datei packen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="235"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>Show Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;True View (What the Bytes Hold)</source>
        <translation>&amp;Echtansicht (was die Bytes enthalten)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>Show every committed, CRC-valid frame at its real position instead of what batpak 0.5.0 sees</source>
        <translation>Jeden festgeschriebenen Frame mit gültiger CRC an seiner echten Position zeigen statt dessen, was batpak 0.5.0 sieht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>Copy Event &amp;ID</source>
        <translation>Ereignis-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="278"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>Go to &amp;Event…</source>
        <translation>Zu &amp;Ereignis gehen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>&amp;Next Event</source>
        <translation>&amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="302"/>
        <source>&amp;Previous Event</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>&amp;First Event</source>
        <translation>E&amp;rstes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="308"/>
        <source>&amp;Last Event</source>
        <translation>&amp;Letztes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="312"/>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Restore &amp;Path</source>
        <translation>Wiederherstellungs&amp;pfad</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="315"/>
        <source>&amp;Default (mmap snapshot → checkpoint → rebuild)</source>
        <translation>&amp;Standard (mmap-Snapshot → Checkpoint → Neuaufbau)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="316"/>
        <source>&amp;Checkpoint (snapshot disabled)</source>
        <translation>&amp;Checkpoint (Snapshot deaktiviert)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="317"/>
        <source>&amp;Rebuild from SIDX footers (artifacts disabled)</source>
        <translation>&amp;Neuaufbau aus SIDX-Footern (Artefakte deaktiviert)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="318"/>
        <source>Sequential frame &amp;scan (Batscope only)</source>
        <translation>Sequenzieller &amp;Frame-Scan (nur Batscope)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327"/>
        <source>&amp;Compare Restore Paths</source>
        <translation>Wiederherstellungspfade &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>Run every restore path read-only on this directory and compare the results</source>
        <translation>Jeden Wiederherstellungspfad schreibgeschützt auf diesem Verzeichnis ausführen und die Ergebnisse vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="334"/>
        <source>Causal &amp;Graph</source>
        <translation>Kausal&amp;graph</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="336"/>
        <source>Hash &amp;Chains</source>
        <translation>Hash-&amp;Ketten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="338"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="340"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="345"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <source>&amp;About Batscope</source>
        <translation>&amp;Über Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="348"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="363"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="377"/>
        <source>Chains</source>
        <translation>Ketten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="378"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>Compare Paths</source>
        <translation>Pfade vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>Event Details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="407"/>
        <source>Show the warnings panel</source>
        <translation>Den Warnungsbereich anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="417"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="500"/>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="510"/>
        <source>Open batpak Data Directory</source>
        <translation>batpak-Datenverzeichnis öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="523"/>
        <source>Unpacking %1…</source>
        <translation>Entpacke %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="543"/>
        <source>Open batpak Archive</source>
        <translation>batpak-Archiv öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="544"/>
        <source>batpak archives (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;All files (*)</source>
        <translation>batpak-Archive (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="550"/>
        <source>Open a store first</source>
        <translation>Öffnen Sie zuerst einen Store</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="554"/>
        <source>Export Archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="555"/>
        <source>batpak archives (*.batpak.tar.zst)</source>
        <translation>batpak-Archive (*.batpak.tar.zst)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>Go to Event</source>
        <translation>Zu Ereignis gehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>Event id (32 hex digits or UUID) or global sequence:</source>
        <translation>Ereignis-ID (32 Hex-Ziffern oder UUID) oder globale Sequenz:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>No event %1 in this store</source>
        <translation>Kein Ereignis %1 in diesem Store</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="675"/>
        <source>Batscope</source>
        <translation>Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="676"/>
        <source>%1 — Batscope</source>
        <translation>%1 — Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="683"/>
        <source>No store open — File → Open, or drop a data directory here</source>
        <translation>Kein Store geöffnet — Datei → Öffnen, oder ein Datenverzeichnis hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source> · true view</source>
        <translation> · Echtansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="695"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="696"/>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="700"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="702"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="703"/>
        <source>Time batpak&apos;s restore took in Batscope</source>
        <translation>Dauer der batpak-Wiederherstellung in Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="707"/>
        <source>About Batscope</source>
        <translation>Über Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="708"/>
        <source>&lt;h3&gt;Batscope %1&lt;/h3&gt;&lt;p&gt;A browser for event-sourced history written by batpak 0.5.0: the event timeline, payloads, segments, causal links and BLAKE3 hash chains, restored exactly as batpak restores them, beside what the bytes really hold.&lt;/p&gt;&lt;p&gt;Opening a store never writes to it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Batscope %1&lt;/h3&gt;&lt;p&gt;Ein Browser für ereignisbasierte Historie, geschrieben von batpak 0.5.0: Ereignis-Zeitleiste, Payloads, Segmente, kausale Verknüpfungen und BLAKE3-Hash-Ketten, genau so wiederhergestellt, wie batpak sie wiederherstellt, neben dem, was die Bytes wirklich enthalten.&lt;/p&gt;&lt;p&gt;Das Öffnen eines Stores schreibt nie in ihn.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>batscope::ui::PayloadTreeModel</name>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="31"/>
        <source> … (%1 bytes)</source>
        <translation> … (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="66"/>
        <source> … (%1 characters)</source>
        <translation> … (%1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="79"/>
        <source>(invalid UTF-8) %1</source>
        <translation>(ungültiges UTF-8) %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="81"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="82"/>
        <source>type %1: %2</source>
        <translation>Typ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="220"/>
        <source>str · %1 B</source>
        <translation>str · %1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="221"/>
        <source>bin · %1 B</source>
        <translation>bin · %1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="222"/>
        <source>ext %1 · %2 B</source>
        <translation>ext %1 · %2 B</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="223"/>
        <source>array · %1</source>
        <translation>Array · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="224"/>
        <source>map · %1</source>
        <translation>Map · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="230"/>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="273"/>
        <source>A %1 map key: batpak&apos;s get accepts string keys only</source>
        <translation>Ein %1-Map-Schlüssel: batpaks get akzeptiert nur String-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="275"/>
        <source>batpak&apos;s get rejects this value (%1)</source>
        <translation>batpaks get lehnt diesen Wert ab (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="297"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="298"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="299"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>batscope::ui::RestoreTimingsView</name>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="34"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="35"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="36"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="37"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="38"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="52"/>
        <source>%1 was rejected: %2.</source>
        <translation>%1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="53"/>
        <source>%1 was not tried (disabled by the chosen path).</source>
        <translation>%1 wurde nicht versucht (durch den gewählten Pfad deaktiviert).</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="54"/>
        <source>%1 is absent.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="77"/>
        <source>Phases (ms)</source>
        <translation>Phasen (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="78"/>
        <source>Segment read times</source>
        <translation>Lesezeiten der Segmente</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="79"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="140"/>
        <source>Restored from the mmap snapshot index.fbati (%1 entries) plus %2 tail entries in %3.</source>
        <translation>Wiederhergestellt aus dem mmap-Snapshot index.fbati (%1 Einträge) plus %2 Tail-Einträge in %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="144"/>
        <source>Restored from the checkpoint index.ckpt (%1 entries) plus %2 tail entries in %3.</source>
        <translation>Wiederhergestellt aus dem Checkpoint index.ckpt (%1 Einträge) plus %2 Tail-Einträge in %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="147"/>
        <source>The mmap snapshot was disabled by the chosen path.</source>
        <translation>Der mmap-Snapshot wurde durch den gewählten Pfad deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="150"/>
        <source>Rebuilt by the parallel SIDX rebuild from the footers of %1 segments (%2 entries) in %3.</source>
        <translation>Durch den parallelen SIDX-Neuaufbau aus den Footern von %1 Segmenten (%2 Einträge) in %3 neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="152"/>
        <source>Every segment has a valid SIDX footer, so all of them were read in parallel.</source>
        <translation>Jedes Segment hat einen gültigen SIDX-Footer, daher wurden alle parallel gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="155"/>
        <source>Rebuilt by the sequential frame-scan fallback from %1 segments (%2 entries) in %3.</source>
        <translation>Durch den sequenziellen Frame-Scan (Fallback) aus %1 Segmenten (%2 Einträge) in %3 neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="161"/>
        <source>The frame scan of every segment was forced by the chosen path (--path scan).</source>
        <translation>Der Frame-Scan jedes Segments wurde durch den gewählten Pfad erzwungen (--path scan).</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="168"/>
        <source>The parallel SIDX rebuild was unavailable: %1 — %2.</source>
        <translation>Der parallele SIDX-Neuaufbau war nicht verfügbar: %1 — %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="170"/>
        <source>The parallel SIDX rebuild was unavailable.</source>
        <translation>Der parallele SIDX-Neuaufbau war nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="172"/>
        <source>%1 segments were read through their footers, %2 frame-scanned.</source>
        <translation>%1 Segmente wurden über ihre Footer gelesen, %2 per Frame-Scan.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="182"/>
        <source>No snapshot was used: index.fbati and index.ckpt are both absent.</source>
        <translation>Kein Snapshot verwendet: index.fbati und index.ckpt fehlen beide.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="184"/>
        <source>No snapshot was used: %1 %2</source>
        <translation>Kein Snapshot verwendet: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="188"/>
        <source>The scan ended inside an uncommitted batch.</source>
        <translation>Der Scan endete innerhalb eines nicht festgeschriebenen Batches.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="193"/>
        <source>frame walk %1</source>
        <translation>Frame-Durchlauf %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="194"/>
        <source>true view %1</source>
        <translation>Echtansicht %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="195"/>
        <source>cross-check %1</source>
        <translation>Gegenprüfung %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="196"/>
        <source>hash-chain verification %1</source>
        <translation>Hash-Ketten-Prüfung %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="197"/>
        <source>Background checks after the open: %1.</source>
        <translation>Hintergrundprüfungen nach dem Öffnen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="199"/>
        <source>Background checks (frame walk, true view, cross-check, hash chains) are running…</source>
        <translation>Hintergrundprüfungen (Frame-Durchlauf, Echtansicht, Gegenprüfung, Hash-Ketten) laufen…</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="210"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="210"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="253"/>
        <source>frame walk</source>
        <translation>Frame-Durchlauf</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="254"/>
        <source>true view</source>
        <translation>Echtansicht</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="255"/>
        <source>cross-check</source>
        <translation>Gegenprüfung</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="256"/>
        <source>hash-chain verification</source>
        <translation>Hash-Ketten-Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="269"/>
        <source>index ready</source>
        <translation>Index bereit</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="295"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="295"/>
        <source>background checks</source>
        <translation>Hintergrundprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="308"/>
        <source>time since the open started (ms)</source>
        <translation>Zeit seit Beginn des Öffnens (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="318"/>
        <source>footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="322"/>
        <source>frame scan</source>
        <translation>Frame-Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="332"/>
        <source>footer (parallel)</source>
        <translation>Footer (parallel)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="349"/>
        <source>No segment was read: the snapshot covered them all</source>
        <translation>Kein Segment gelesen: der Snapshot deckte alle ab</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="350"/>
        <source>%1 of %2 segments not read (covered by the snapshot)</source>
        <translation>%1 von %2 Segmenten nicht gelesen (vom Snapshot abgedeckt)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="370"/>
        <source>segment id</source>
        <translation>Segment-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="372"/>
        <source>read time (ms)</source>
        <translation>Lesezeit (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="400"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="401"/>
        <source>tail</source>
        <translation>Tail</translation>
    </message>
</context>
<context>
    <name>batscope::ui::SegmentMapView</name>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="37"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="37"/>
        <location filename="../ui/views/segment_map_view.cpp" line="145"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="39"/>
        <source> · %1 indexed</source>
        <translation> · %1 indiziert</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="76"/>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="77"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="78"/>
        <source>unsealed</source>
        <translation>unversiegelt</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="79"/>
        <source>SIDX footer</source>
        <translation>SIDX-Footer</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="80"/>
        <source>CRC bad / torn</source>
        <translation>CRC fehlerhaft / abgerissen</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="84"/>
        <source>%1 segments · %2</source>
        <translation>%1 Segmente · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="216"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="216"/>
        <source>No store open</source>
        <translation>Kein Store geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="295"/>
        <source>CRC bad @%1</source>
        <translation>CRC fehlerhaft @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="296"/>
        <source>%1 CRC-bad frames</source>
        <translation>%1 Frames mit fehlerhafter CRC</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="297"/>
        <source>torn @%1</source>
        <translation>abgerissen @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="298"/>
        <source>footer invalid</source>
        <translation>Footer ungültig</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="333"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — segment %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Segment %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="334"/>
        <source>%1 bytes · %2</source>
        <translation>%1 Bytes · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="336"/>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="337"/>
        <source>SIDX footer: absent</source>
        <translation>SIDX-Footer: fehlt</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="339"/>
        <source>SIDX footer: valid, from @%1 (%2 bytes)</source>
        <translation>SIDX-Footer: gültig, ab @%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="340"/>
        <source>SIDX footer: invalid — %1</source>
        <translation>SIDX-Footer: ungültig — %1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="341"/>
        <source>%1 event frames, %2 batch markers; %3 visible events indexed here</source>
        <translation>%1 Ereignis-Frames, %2 Batch-Marker; %3 sichtbare Ereignisse hier indiziert</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="344"/>
        <source>CRC mismatch: frame @%1 (%2 bytes)</source>
        <translation>CRC-Abweichung: Frame @%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="345"/>
        <source>Torn tail @%1: %2</source>
        <translation>Abgerissenes Ende @%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="347"/>
        <source>%1 visible events indexed here; frame walk pending</source>
        <translation>%1 sichtbare Ereignisse hier indiziert; Frame-Durchlauf ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="350"/>
        <source>Restore read it by %1 in %2 ms (%3 entries, %4 bytes)</source>
        <translation>Von der Wiederherstellung per %1 in %2 ms gelesen (%3 Einträge, %4 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="355"/>
        <source>Restore skipped it (covered by the snapshot)</source>
        <translation>Von der Wiederherstellung übersprungen (vom Snapshot abgedeckt)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="357"/>
        <source>Current event at @%1</source>
        <translation>Aktuelles Ereignis bei @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="358"/>
        <source>Click to filter the events to seg:%1</source>
        <translation>Klicken, um die Ereignisse auf seg:%1 zu filtern</translation>
    </message>
</context>
<context>
    <name>batscope::ui::SegmentModel</name>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="142"/>
        <source>sealed (latest)</source>
        <translation>versiegelt (neuestes)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="142"/>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="143"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="143"/>
        <source>unsealed</source>
        <translation>unversiegelt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="148"/>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="149"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="149"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="165"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="166"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="229"/>
        <source>Waiting for the frame walk</source>
        <translation>Warte auf den Frame-Durchlauf</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="230"/>
        <source>Latest segment without a SIDX footer: the one a writer had open</source>
        <translation>Neuestes Segment ohne SIDX-Footer: das, das ein Schreiber geöffnet hatte</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="231"/>
        <source>No SIDX footer although a later segment exists</source>
        <translation>Kein SIDX-Footer, obwohl ein späteres Segment existiert</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="232"/>
        <source>Has a SIDX footer: the writer sealed it</source>
        <translation>Hat einen SIDX-Footer: der Schreiber hat es versiegelt</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="235"/>
        <source>Footer starts at offset %1</source>
        <translation>Footer beginnt bei Offset %1</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="242"/>
        <source>CRC mismatch at %1</source>
        <translation>CRC-Abweichung bei %1</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="245"/>
        <source>%1 entries, %2 bytes read</source>
        <translation>%1 Einträge, %2 Bytes gelesen</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="246"/>
        <source>The restore did not read this segment (covered by a snapshot)</source>
        <translation>Die Wiederherstellung hat dieses Segment nicht gelesen (von einem Snapshot abgedeckt)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="257"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="258"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="259"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="260"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="261"/>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="262"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="263"/>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="264"/>
        <source>CRC bad</source>
        <translation>CRC fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="265"/>
        <source>Torn tail</source>
        <translation>Abgerissenes Ende</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="266"/>
        <source>Restore read</source>
        <translation>Wiederherstellung gelesen</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="267"/>
        <source>Read time</source>
        <translation>Lesezeit</translation>
    </message>
</context>
<context>
    <name>batscope::ui::StoreSession</name>
    <message>
        <location filename="../ui/store_session.cpp" line="107"/>
        <source>Opening was cancelled.</source>
        <translation>Das Öffnen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="135"/>
        <source>Walking segments</source>
        <translation>Segmente werden durchlaufen</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="139"/>
        <source>Building the true view</source>
        <translation>Echtansicht wird aufgebaut</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="143"/>
        <source>Cross-checking batpak&apos;s index</source>
        <translation>batpaks Index wird gegengeprüft</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="146"/>
        <location filename="../ui/store_session.cpp" line="154"/>
        <source>Verifying hash chains</source>
        <translation>Hash-Ketten werden verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="157"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>batscope::ui::TimelineView</name>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="86"/>
        <source>Stack by scope</source>
        <translation>Nach Scope stapeln</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="87"/>
        <source>Stack by kind category</source>
        <translation>Nach Art-Kategorie stapeln</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="89"/>
        <source>Select span</source>
        <translation>Zeitspanne wählen</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="91"/>
        <source>Drag across the plot to filter the events to a time span (or Shift+drag at any time)</source>
        <translation>Über das Diagramm ziehen, um die Ereignisse auf eine Zeitspanne zu filtern (oder jederzeit mit Umschalt+Ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="93"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="119"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="211"/>
        <source>(no scope)</source>
        <translation>(kein Scope)</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="213"/>
        <source>kind %1:*</source>
        <translation>Art %1:*</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="216"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="316"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="317"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="318"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="319"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="320"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="322"/>
        <source>%1 of %2 events shown · buckets of %3</source>
        <translation>%1 von %2 Ereignissen angezeigt · Intervalle von %3</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="323"/>
        <source>No store open.</source>
        <translation>Kein Store geöffnet.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::WarningsView</name>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="67"/>
        <source>Filter by category, file or message</source>
        <translation>Nach Kategorie, Datei oder Meldung filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="70"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="71"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="72"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="73"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="74"/>
        <source>Show findings of one severity</source>
        <translation>Befunde eines Schweregrads anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="98"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="137"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="137"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="138"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="138"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="139"/>
        <source>1 info</source>
        <translation>1 Info</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="139"/>
        <source>%1 info</source>
        <translation>%1 Infos</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="140"/>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Browse batpak 0.5.0 event stores.</source>
        <translation>batpak-0.5.0-Ereignis-Stores durchsuchen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>Data directory (or a segment file in it) to open.</source>
        <translation>Zu öffnendes Datenverzeichnis (oder eine Segmentdatei darin).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Colour theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Restore path: mmap, checkpoint, rebuild or scan.</source>
        <translation>Wiederherstellungspfad: mmap, checkpoint, rebuild oder scan.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Save a screenshot of the window once the store has opened, then exit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern, sobald der Store geöffnet ist, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Analysis tab to show: graph, chains, timeline, restore, compare or warnings.</source>
        <translation>Anzuzeigender Analyse-Tab: graph, chains, timeline, restore, compare oder warnings.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>Start in the true view.</source>
        <translation>In der Echtansicht starten.</translation>
    </message>
</context>
</TS>
