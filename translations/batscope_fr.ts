<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChainReportExport</name>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="187"/>
        <source>Hash-chain verification report</source>
        <translation>Rapport de vérification des chaînes de hachage</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="189"/>
        <source>Store: %1</source>
        <translation>Magasin de données : %1</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="190"/>
        <source>Generated: %1 UTC</source>
        <translation>Généré : %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="191"/>
        <source>Batscope %1</source>
        <translation>Batscope %1</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="193"/>
        <source>%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links · %6 payload bytes hashed</source>
        <translation>%1 entités : %2 vérifiées, %3 rompues, %4 sans hachage · %5 maillons · %6 octets de charge utile hachés</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="202"/>
        <source>Broken chains</source>
        <translation>Chaînes rompues</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="208"/>
        <source>first break at global sequence %1 (the only broken link)</source>
        <translation>première rupture à la séquence globale %1 (le seul maillon rompu)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="209"/>
        <source>first break at global sequence %1 (%2 broken links)</source>
        <translation>première rupture à la séquence globale %1 (%2 maillons rompus)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="215"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="216"/>
        <source>Event id</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="217"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="218"/>
        <source>Stored prev_hash</source>
        <translation>prev_hash stocké</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="219"/>
        <source>Expected prev_hash</source>
        <translation>prev_hash attendu</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="220"/>
        <source>Stored event_hash</source>
        <translation>event_hash stocké</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="221"/>
        <source>Recomputed BLAKE3(payload)</source>
        <translation>BLAKE3(charge utile) recalculé</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="222"/>
        <source>(payload unreadable)</source>
        <translation>(charge utile illisible)</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="227"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Links</source>
        <translation>Maillons</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>Unhashed</source>
        <translation>Sans hachage</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="229"/>
        <source>First break</source>
        <translation>Première rupture</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="250"/>
        <source>Files verified</source>
        <translation>Fichiers vérifiés</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="252"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="252"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="252"/>
        <source>BLAKE3</source>
        <translation>BLAKE3</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="271"/>
        <source>Batscope hash-chain report</source>
        <translation>Rapport Batscope des chaînes de hachage</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="274"/>
        <source>The PDF printer is not available</source>
        <translation>L&apos;imprimante PDF n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../ui/chain_report_export.cpp" line="282"/>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <location filename="../ui/file_window.cpp" line="17"/>
        <source>%1 is not a file of the store.</source>
        <translation>%1 n&apos;est pas un fichier du magasin.</translation>
    </message>
    <message>
        <location filename="../ui/file_window.cpp" line="22"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../ui/file_window.cpp" line="29"/>
        <source>%1 is %2 bytes long: offset %3 lies past its end.</source>
        <translation>%1 fait %2 octets : le décalage %3 est au-delà de sa fin.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../engine/base/findings.cpp" line="16"/>
        <source>%1; falling back</source>
        <translation>%1 ; passage à la solution de repli</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="18"/>
        <source>parallel SIDX rebuild unavailable (%1); falling back to sequential scan</source>
        <translation>reconstruction SIDX parallèle indisponible (%1) ; repli sur le balayage séquentiel</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="20"/>
        <source>sequential frame scan of every segment forced (--path scan): footers are not used</source>
        <translation>balayage séquentiel des trames de chaque segment imposé (--path scan) : les pieds de segment ne sont pas utilisés</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="22"/>
        <source>visibility ranges file ignored (previously hidden events become visible): %1</source>
        <translation>fichier des plages de visibilité ignoré (les événements jusque-là masqués deviennent visibles) : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="24"/>
        <source>global sequences carried by more than one visible event: %1 (%2); batpak keeps every copy and orders them arbitrarily, Batscope by (wall_ms, clock, event_id)</source>
        <translation>séquences globales portées par plus d&apos;un événement visible : %1 (%2) ; batpak conserve chaque copie et les ordonne arbitrairement, Batscope par (wall_ms, clock, event_id)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="28"/>
        <source>SIDX footer unusable, scanning frames: %1</source>
        <translation>pied de segment SIDX inutilisable, balayage des trames : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="30"/>
        <source>a batch is open at the start of this segment: its footer is not used</source>
        <translation>un lot est ouvert au début de ce segment : son pied de segment n&apos;est pas utilisé</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="32"/>
        <source>skipping unreadable frame metadata: %1</source>
        <translation>métadonnées de trame illisibles ignorées : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="34"/>
        <source>orphaned COMMIT marker, skipping</source>
        <translation>marqueur COMMIT orphelin, ignoré</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="36"/>
        <source>batch COMMIT mismatch, discarding (expected %1, %2 missing)</source>
        <translation>COMMIT de lot discordant, lot abandonné (%1 attendus, %2 manquants)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="38"/>
        <source>nested BEGIN without COMMIT, discarding incomplete batch (%1 staged)</source>
        <translation>BEGIN imbriqué sans COMMIT, lot incomplet abandonné (%1 en attente)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="40"/>
        <source>discarding incomplete batch (%1 staged events, BEGIN at %2 offset %3) due to %4</source>
        <translation>lot incomplet abandonné (%1 événements en attente, BEGIN dans %2 au décalage %3) pour cause de %4</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="42"/>
        <source>incomplete batch at EOF (%1 staged), will discard or continue in next segment</source>
        <translation>lot incomplet en fin de fichier (%1 en attente), sera abandonné ou poursuivi dans le segment suivant</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="44"/>
        <source>batch never committed: %1 staged events dropped at the end of the scan</source>
        <translation>lot jamais validé : %1 événements en attente abandonnés à la fin du balayage</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="46"/>
        <source>torn frame at end of segment (%1); the scan of this segment stops here</source>
        <translation>trame tronquée en fin de segment (%1) ; le balayage de ce segment s&apos;arrête ici</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="48"/>
        <source>frame length %1 exceeds MAX_FRAME_PAYLOAD, stopping segment scan</source>
        <translation>longueur de trame %1 supérieure à MAX_FRAME_PAYLOAD, arrêt du balayage du segment</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="50"/>
        <source>CRC mismatch (stored %1, computed %2), stopping segment scan</source>
        <translation>CRC incorrect (stocké %1, calculé %2), arrêt du balayage du segment</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="52"/>
        <source>%1 records global sequence %2 for event %3, %4 records %5; the true view keeps the first</source>
        <translation>%1 enregistre la séquence globale %2 pour l&apos;événement %3, %4 enregistre %5 ; la vue réelle conserve la première</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="55"/>
        <source>%1 more events whose footers and snapshots record different global sequences</source>
        <translation>%1 autres événements pour lesquels pieds de segment et instantanés enregistrent des séquences globales différentes</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="57"/>
        <source>cannot read the segment: %1</source>
        <translation>impossible de lire le segment : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="59"/>
        <source>segment not readable, its frames are skipped: %1</source>
        <translation>segment illisible, ses trames sont ignorées : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="61"/>
        <source>frames end here: %1</source>
        <translation>les trames s&apos;arrêtent ici : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="63"/>
        <source>CRC mismatch (stored %1, computed %2): frame skipped by its length</source>
        <translation>CRC incorrect (stocké %1, calculé %2) : trame sautée d&apos;après sa longueur</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="65"/>
        <source>frame not decodable, skipped: %1</source>
        <translation>trame non décodable, ignorée : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="67"/>
        <source>BEGIN inside an open batch: the earlier batch (%1) never committed</source>
        <translation>BEGIN à l&apos;intérieur d&apos;un lot ouvert : le lot précédent (%1) n&apos;a jamais été validé</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="69"/>
        <source>COMMIT without BEGIN (orphan)</source>
        <translation>COMMIT sans BEGIN (orphelin)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="71"/>
        <source>committed batch with damaged items: its readable items are kept</source>
        <translation>lot validé avec des éléments endommagés : ses éléments lisibles sont conservés</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="73"/>
        <source>COMMIT count mismatch: batch from %1 discarded</source>
        <translation>décompte du COMMIT discordant : lot commençant à %1 abandonné</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="75"/>
        <source>batch torn by a crash (%1 items, never committed): not visible</source>
        <translation>lot tronqué par un plantage (%1 éléments, jamais validé) : non visible</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="77"/>
        <source>batch never committed: not visible</source>
        <translation>lot jamais validé : non visible</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="79"/>
        <source>batpak indexes event %1 (global sequence %2, from %3) here, but reading it fails: %4; the frame really is at %5 (global sequence %6)</source>
        <translation>batpak indexe l&apos;événement %1 (séquence globale %2, issu de %3) ici, mais sa lecture échoue : %4 ; la trame se trouve en réalité à %5 (séquence globale %6)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="83"/>
        <source>batpak indexes event %1 (global sequence %2, from %3) here, but reading it fails: %4; the bytes hold no readable committed frame with this id</source>
        <translation>batpak indexe l&apos;événement %1 (séquence globale %2, issu de %3) ici, mais sa lecture échoue : %4 ; les octets ne contiennent aucune trame validée lisible avec cet ID</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="87"/>
        <source>batpak indexes event %1 here, but this frame holds event %2; the frame really is at %3 (global sequence %4)</source>
        <translation>batpak indexe l&apos;événement %1 ici, mais cette trame contient l&apos;événement %2 ; la trame se trouve en réalité à %3 (séquence globale %4)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="91"/>
        <source>batpak indexes event %1 here, but this frame holds event %2; the bytes hold no readable committed frame with this id</source>
        <translation>batpak indexe l&apos;événement %1 ici, mais cette trame contient l&apos;événement %2 ; les octets ne contiennent aucune trame validée lisible avec cet ID</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="95"/>
        <source>batpak indexes event %1 twice (this copy, global sequence %2, is shadowed by a later one)</source>
        <translation>batpak indexe l&apos;événement %1 deux fois (cette copie, séquence globale %2, est éclipsée par une copie ultérieure)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="98"/>
        <source>batpak numbers event %1 as global sequence %2 but footers/snapshots record %3</source>
        <translation>batpak numérote l&apos;événement %1 comme séquence globale %2, mais les pieds de segment/instantanés enregistrent %3</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="100"/>
        <source>batpak shows event %1 as %2 but the cancelled ranges make it %3</source>
        <translation>batpak affiche l&apos;événement %1 comme %2, mais les plages annulées le rendent %3</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="102"/>
        <source>batpak loses event %1 (committed frame at %2, global sequence %3)</source>
        <translation>batpak perd l&apos;événement %1 (trame validée à %2, séquence globale %3)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="104"/>
        <source>manifest unreadable, files not checked: %1</source>
        <translation>manifeste illisible, fichiers non vérifiés : %1</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="106"/>
        <source>listed twice in the manifest</source>
        <translation>listé deux fois dans le manifeste</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="108"/>
        <source>listed in the manifest but missing from the archive</source>
        <translation>listé dans le manifeste mais absent de l&apos;archive</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="110"/>
        <source>size differs from the manifest: %1 bytes, manifest says %2</source>
        <translation>taille différente de celle du manifeste : %1 octets, le manifeste indique %2</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="112"/>
        <source>BLAKE3 differs from the manifest: %1, manifest says %2</source>
        <translation>BLAKE3 différent de celui du manifeste : %1, le manifeste indique %2</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="114"/>
        <source>in the archive but not listed in the manifest</source>
        <translation>présent dans l&apos;archive mais non listé dans le manifeste</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="116"/>
        <source>while following, %1 shrank or went away (a compaction or a replaced segment): the store was restored afresh, and events shown before are not shown again</source>
        <translation>pendant le suivi, %1 a rétréci ou disparu (un compactage ou un segment remplacé) : le magasin a été restauré à nouveau, et les événements déjà affichés ne le sont pas une seconde fois</translation>
    </message>
</context>
<context>
    <name>FindingCategory</name>
    <message>
        <location filename="../ui/finding_text.cpp" line="11"/>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="11"/>
        <source>crc</source>
        <translation>CRC</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="12"/>
        <source>cross-check</source>
        <translation>contre-vérification</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="12"/>
        <source>decode</source>
        <translation>décodage</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="13"/>
        <source>duplicate-sequence</source>
        <translation>séquence en double</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="13"/>
        <source>fallback</source>
        <translation>repli</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="14"/>
        <source>footer</source>
        <translation>pied SIDX</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="14"/>
        <source>frame</source>
        <translation>trame</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="15"/>
        <source>io</source>
        <translation>E/S</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="15"/>
        <source>manifest</source>
        <translation>manifeste</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="16"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="16"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="17"/>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="17"/>
        <source>torn-tail</source>
        <translation>fin arrachée</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="18"/>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="18"/>
        <source>follow</source>
        <translation>suivi</translation>
    </message>
</context>
<context>
    <name>FindingHeadline</name>
    <message>
        <location filename="../ui/finding_text.cpp" line="26"/>
        <source>Snapshot not used</source>
        <translation>Instantané non utilisé</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="27"/>
        <source>Parallel rebuild unavailable</source>
        <translation>Reconstruction parallèle impossible</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="28"/>
        <source>Frame scan forced</source>
        <translation>Parcours des trames imposé</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="29"/>
        <source>Visibility ranges ignored</source>
        <translation>Plages de visibilité ignorées</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="30"/>
        <source>Global sequences repeat</source>
        <translation>Séquences globales répétées</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="31"/>
        <source>Footer not usable</source>
        <translation>Pied de segment inutilisable</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="32"/>
        <source>Batch still open at a segment start</source>
        <translation>Lot encore ouvert au début d’un segment</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="33"/>
        <source>Frame metadata unreadable</source>
        <translation>Métadonnées de trame illisibles</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="34"/>
        <source>COMMIT without BEGIN skipped</source>
        <translation>COMMIT sans BEGIN ignoré</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="35"/>
        <source>Batch COMMIT count differs</source>
        <translation>Nombre du COMMIT de lot différent</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="36"/>
        <source>Nested BEGIN discards a batch</source>
        <translation>Un BEGIN imbriqué abandonne un lot</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="37"/>
        <source>Batch discarded</source>
        <translation>Lot abandonné</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="38"/>
        <source>Incomplete batch at the end</source>
        <translation>Lot incomplet à la fin</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="39"/>
        <source>Batch dropped where the scan ends</source>
        <translation>Lot abandonné à la fin du parcours</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="40"/>
        <source>Torn frame ends the scan</source>
        <translation>Une trame tronquée arrête le parcours</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="41"/>
        <source>Oversized frame ends the scan</source>
        <translation>Une trame trop grande arrête le parcours</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="42"/>
        <source>Bad CRC ends the scan</source>
        <translation>Un CRC faux arrête le parcours</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="43"/>
        <source>Sources disagree on a sequence</source>
        <translation>Les sources divergent sur une séquence</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="44"/>
        <source>More sequence disagreements</source>
        <translation>Autres désaccords de séquence</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="45"/>
        <source>Segment file unreadable</source>
        <translation>Fichier de segment illisible</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="46"/>
        <source>Segment header unreadable</source>
        <translation>En-tête de segment illisible</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="47"/>
        <source>Frames end here</source>
        <translation>Les trames s’arrêtent ici</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="48"/>
        <source>Frame with a bad CRC skipped</source>
        <translation>Trame au CRC faux ignorée</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="49"/>
        <source>Frame undecodable</source>
        <translation>Trame indécodable</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="50"/>
        <source>BEGIN inside an open batch</source>
        <translation>BEGIN dans un lot ouvert</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="51"/>
        <source>COMMIT without BEGIN</source>
        <translation>COMMIT sans BEGIN</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="52"/>
        <source>Committed batch damaged</source>
        <translation>Lot validé endommagé</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="53"/>
        <source>COMMIT count differs</source>
        <translation>Nombre du COMMIT différent</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="54"/>
        <source>Batch torn by a crash</source>
        <translation>Lot interrompu par un plantage</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="55"/>
        <source>Batch never committed</source>
        <translation>Lot jamais validé</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="56"/>
        <source>Indexed frame unreadable, event elsewhere</source>
        <translation>Trame indexée illisible, événement ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="57"/>
        <source>Indexed frame unreadable</source>
        <translation>Trame indexée illisible</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="58"/>
        <location filename="../ui/finding_text.cpp" line="59"/>
        <source>Index points at another event</source>
        <translation>L’index désigne un autre événement</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="60"/>
        <source>Event indexed twice</source>
        <translation>Événement indexé deux fois</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="61"/>
        <source>Global sequence differs</source>
        <translation>Séquence globale différente</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="62"/>
        <source>Visibility differs</source>
        <translation>Visibilité différente</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="63"/>
        <source>Event lost by batpak</source>
        <translation>Événement perdu par batpak</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="64"/>
        <source>Manifest unreadable</source>
        <translation>Manifeste illisible</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="65"/>
        <source>File listed twice in the manifest</source>
        <translation>Fichier listé deux fois dans le manifeste</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="66"/>
        <source>File missing from the archive</source>
        <translation>Fichier absent de l’archive</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="67"/>
        <source>File size differs from the manifest</source>
        <translation>Taille du fichier différente du manifeste</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="68"/>
        <source>File BLAKE3 differs from the manifest</source>
        <translation>BLAKE3 du fichier différent du manifeste</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="69"/>
        <source>File not in the manifest</source>
        <translation>Fichier absent du manifeste</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="70"/>
        <source>Followed store restored afresh</source>
        <translation>Magasin suivi restauré à nouveau</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <location filename="../engine/base/findings.cpp" line="122"/>
        <source>end of frames</source>
        <translation>fin des trames</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="123"/>
        <source>frame header cut short (fewer than 8 bytes)</source>
        <translation>en-tête de trame tronqué (moins de 8 octets)</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="124"/>
        <source>frame body truncated</source>
        <translation>corps de trame tronqué</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="125"/>
        <source>frame length exceeds 256 MiB</source>
        <translation>longueur de trame supérieure à 256 Mio</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="126"/>
        <source>CRC mismatch</source>
        <translation>CRC incorrect</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="127"/>
        <source>corruption</source>
        <translation>corruption</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="128"/>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../engine/base/findings.cpp" line="129"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Restored via mmap snapshot + %L1 tail events</source>
        <translation>Restauré via l&apos;instantané mmap + %L1 événements de queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Restored via checkpoint + %L1 tail events</source>
        <translation>Restauré via le point de contrôle + %L1 événements de queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>Rebuilt from SIDX footers (parallel)</source>
        <translation>Reconstruit à partir des pieds de segment SIDX (en parallèle)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>Rebuilt by sequential frame scan</source>
        <translation>Reconstruit par balayage séquentiel des trames</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_canvas.cpp" line="97"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d&apos;ensemble : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="389"/>
        <source>+%L1 more
click to expand</source>
        <translation>+%L1 de plus
cliquez pour développer</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="94"/>
        <source>batpak does not use %1 and rebuilds the index from the segments instead: no event is lost, the open only takes longer.</source>
        <translation>batpak n&apos;utilise pas %1 et reconstruit l&apos;index à partir des segments : aucun événement n&apos;est perdu, l&apos;ouverture prend seulement plus de temps.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="97"/>
        <source>Not every segment has a usable footer, so batpak reads the frames one after another instead: the same events, read more slowly, and a damaged frame stops the reading of its segment.</source>
        <translation>Tous les segments n&apos;ont pas de pied utilisable, batpak lit donc les trames l&apos;une après l&apos;autre : les mêmes événements, lus plus lentement, et une trame endommagée arrête la lecture de son segment.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="101"/>
        <source>The last frame of %1 was only partly written (the writer stopped while appending): its event is ignored; every event before it reads as usual.</source>
        <translation>La dernière trame de %1 n&apos;a été écrite qu&apos;en partie (l&apos;écrivain s&apos;est arrêté pendant l&apos;ajout) : son événement est ignoré ; tous les événements avant elle se lisent normalement.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="104"/>
        <source>batpak stops reading %1 at this frame: the events written after it in this segment are not shown.</source>
        <translation>batpak arrête de lire %1 à cette trame : les événements écrits après elle dans ce segment ne sont pas affichés.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="107"/>
        <source>This frame&apos;s bytes do not match its checksum: its event is not shown (the frames around it read as usual).</source>
        <translation>Les octets de cette trame ne correspondent pas à sa somme de contrôle : son événement n&apos;est pas affiché (les trames voisines se lisent normalement).</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="113"/>
        <source>A batch was still being written when the writer stopped: its event is not shown (a batch is all or nothing).</source>
        <translation>Un lot était encore en cours d&apos;écriture quand l&apos;écrivain s&apos;est arrêté : son événement n&apos;est pas affiché (un lot est tout ou rien).</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="115"/>
        <source>A batch was still being written when the writer stopped: none of its %1 events is shown (a batch is all or nothing).</source>
        <translation>Un lot était encore en cours d&apos;écriture quand l&apos;écrivain s&apos;est arrêté : aucun de ses %1 événements n&apos;est affiché (un lot est tout ou rien).</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="118"/>
        <source>The frame of this event reads, but batpak&apos;s index does not list it: batpak does not show this event.</source>
        <translation>La trame de cet événement se lit, mais l&apos;index de batpak ne le liste pas : batpak n&apos;affiche pas cet événement.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="121"/>
        <source>batpak&apos;s index lists this event twice: queries return it twice.</source>
        <translation>L&apos;index de batpak liste cet événement deux fois : les requêtes le renvoient deux fois.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="123"/>
        <source>batpak shows this event under another global sequence than its footer or snapshot records: sorting by sequence puts it elsewhere.</source>
        <translation>batpak affiche cet événement sous une autre séquence globale que celle de son pied ou de son instantané : trié par séquence, il se place ailleurs.</translation>
    </message>
    <message>
        <location filename="../ui/finding_text.cpp" line="127"/>
        <source>%1 is not the file the archive&apos;s manifest describes: it changed after the archive was made, or was damaged.</source>
        <translation>%1 n&apos;est pas le fichier que décrit le manifeste de l&apos;archive : il a changé après la création de l&apos;archive, ou a été endommagé.</translation>
    </message>
</context>
<context>
    <name>RestorePhase</name>
    <message>
        <location filename="../ui/phase_text.cpp" line="11"/>
        <source>load index.fbati</source>
        <translation>chargement d’index.fbati</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="12"/>
        <source>load index.ckpt</source>
        <translation>chargement d’index.ckpt</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="13"/>
        <source>snapshot entries</source>
        <translation>entrées de l’instantané</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="14"/>
        <source>tail replay</source>
        <translation>relecture de la queue</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="15"/>
        <source>parallel SIDX rebuild</source>
        <translation>reconstruction SIDX parallèle</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="16"/>
        <source>merge footer entries</source>
        <translation>fusion des entrées de pied</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="17"/>
        <source>sequential scan</source>
        <translation>parcours séquentiel</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="18"/>
        <source>load visibility ranges</source>
        <translation>chargement des plages de visibilité</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="19"/>
        <source>sort and finalize</source>
        <translation>tri et finalisation</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="20"/>
        <source>load footers and snapshots</source>
        <translation>chargement des pieds et instantanés</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="21"/>
        <source>record durable sequences</source>
        <translation>relevé des séquences durables</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="22"/>
        <source>read frames (parallel), assemble in order</source>
        <translation>lecture des trames (en parallèle), assemblage dans l’ordre</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="23"/>
        <source>batch state machine (overlaps the reads)</source>
        <translation>automate des lots (pendant les lectures)</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="24"/>
        <source>read frames (parallel), compare with batpak&apos;s index in order</source>
        <translation>lire les frames (en parallèle), comparer dans l&apos;ordre à l&apos;index de batpak</translation>
    </message>
    <message>
        <location filename="../ui/phase_text.cpp" line="25"/>
        <source>compare with batpak&apos;s index (differs)</source>
        <translation>comparer à l&apos;index de batpak (diffère)</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ArchiveJobs</name>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="38"/>
        <source>Unpacking archive</source>
        <translation>Décompression de l&apos;archive</translation>
    </message>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="49"/>
        <source>Unpacking was cancelled.</source>
        <translation>La décompression a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="73"/>
        <source>Writing archive</source>
        <translation>Écriture de l&apos;archive</translation>
    </message>
    <message>
        <location filename="../ui/archive_jobs.cpp" line="84"/>
        <source>Export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::CausalGraphView</name>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="90"/>
        <source>Ancestors </source>
        <translation>Ancêtres </translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="94"/>
        <source>How many causes up the chain to show</source>
        <translation>Nombre de causes à afficher en remontant la chaîne</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="96"/>
        <source>  Descendants </source>
        <translation>  Descendants </translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="100"/>
        <source>How many levels of effects to show</source>
        <translation>Nombre de niveaux d&apos;effets à afficher</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="109"/>
        <source>Fit the graph in the view, no smaller than its labels can be read (the overview shows the rest)</source>
        <translation>Ajuster le graphe à la vue, sans descendre sous la taille où ses étiquettes restent lisibles (l&apos;aperçu montre le reste)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="141"/>
        <source>Correlation group</source>
        <translation>Groupe de corrélation</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="143"/>
        <source>Also show every event sharing the current event&apos;s correlation id</source>
        <translation>Afficher aussi tous les événements partageant l&apos;ID de corrélation de l&apos;événement courant</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="144"/>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="146"/>
        <source>Lay out with Graphviz dot instead of Batscope&apos;s layered layout (only for neighbourhoods of at most %1 nodes: dot is slow on large graphs)</source>
        <translation>Disposer avec Graphviz dot plutôt qu&apos;avec la disposition en couches de Batscope (seulement pour les voisinages d&apos;au plus %1 nœuds : dot est lent sur les grands graphes)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="152"/>
        <source>Colour by entity</source>
        <translation>Colorer par entité</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="153"/>
        <source>Colour by kind</source>
        <translation>Colorer par type</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="108"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="110"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="110"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="111"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="111"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="117"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="118"/>
        <source>Save the graph as an SVG or PNG image</source>
        <translation>Enregistrer le graphe en image SVG ou PNG</translation>
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
        <translation>Exporter le graphe causal</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="123"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="125"/>
        <source>Export the graph as SVG</source>
        <translation>Exporter le graphe en SVG</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="126"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="128"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="130"/>
        <source>Export the graph as PNG</source>
        <translation>Exporter le graphe en PNG</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="137"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="138"/>
        <source>What the graph shows and how it is laid out and coloured</source>
        <translation>Ce que montre le graphe, sa disposition et ses couleurs</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="163"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="164"/>
        <source>Stop laying out the graph</source>
        <translation>Arrêter la disposition du graphe</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="258"/>
        <source>Arrow: cause → effect · dashed: same correlation · fill: %1 · orange frame: current event</source>
        <translation>Flèche : cause → effet · pointillés : même corrélation · remplissage : %1 · cadre orange : événement courant</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="259"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="259"/>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="260"/>
        <source>Hover a box for its event&apos;s details; click it to select the event</source>
        <translation>Survolez une case pour les détails de son événement ; un clic sélectionne l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="390"/>
        <source>%1 more events are linked here but not drawn: click to draw them</source>
        <translation>%1 autres événements sont liés ici mais non dessinés : cliquez pour les dessiner</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="398"/>
        <source>%1
kind %2 · global sequence %3
%4 UTC
event %5</source>
        <translation>%1
type %2 · séquence globale %3
%4 UTC
événement %5</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="502"/>
        <source> · scene %1 ms</source>
        <translation> · scène %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="520"/>
        <source>Laying out the causal graph…</source>
        <translation>Disposition du graphe causal…</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="522"/>
        <source>Select an event to see its causes and effects.</source>
        <translation>Sélectionnez un événement pour voir ses causes et ses effets.</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="522"/>
        <source>No store open.</source>
        <translation>Aucun magasin de données ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="530"/>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="530"/>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="531"/>
        <source>1 layer</source>
        <translation>1 niveau</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="531"/>
        <source>%1 layers</source>
        <translation>%1 niveaux</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="532"/>
        <source>layout %1 ms</source>
        <translation>disposition %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="533"/>
        <source> · %L1 hidden behind %L2 “more” nodes</source>
        <translation> · %L1 masqués derrière %L2 nœuds « de plus »</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="534"/>
        <source> · truncated at %L1 events</source>
        <translation> · tronqué à %L1 événements</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="545"/>
        <source>Causal graph</source>
        <translation>Graphe causal</translation>
    </message>
    <message>
        <location filename="../ui/views/causal_graph_view.cpp" line="546"/>
        <source>Batscope causal graph of event #%1</source>
        <translation>Graphe causal Batscope de l&apos;événement n° %1</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainModel</name>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="104"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="105"/>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="106"/>
        <source>unhashed</source>
        <translation>sans hachage</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="162"/>
        <source>Every link&apos;s event_hash is BLAKE3 of its payload and its prev_hash the previous link&apos;s event_hash</source>
        <translation>Le event_hash de chaque maillon est le BLAKE3 de sa charge utile et son prev_hash le event_hash du maillon précédent</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="163"/>
        <source>1 broken link</source>
        <translation>1 maillon rompu</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="163"/>
        <source>%1 broken links; the first is shown</source>
        <translation>%1 maillons rompus ; le premier est affiché</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="164"/>
        <source>Written without hashes (batpak&apos;s blake3 feature off)</source>
        <translation>Écrit sans hachages (fonctionnalité blake3 de batpak désactivée)</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="167"/>
        <source>Links that restart the chain at genesis (zero prev_hash, clock 0), as batpak does around visibility fences</source>
        <translation>Maillons qui redémarrent la chaîne à la genèse (prev_hash nul, horloge 0), comme le fait batpak autour des barrières de visibilité</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="170"/>
        <source>%1 @%2 — %3</source>
        <translation>%1 @%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="185"/>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="197"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="198"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="199"/>
        <source>Links</source>
        <translation>Maillons</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="200"/>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="201"/>
        <source>Unhashed</source>
        <translation>Sans hachage</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="202"/>
        <source>First break</source>
        <translation>Première rupture</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="207"/>
        <source>Chain links: the entity&apos;s events in log order, hidden ones included</source>
        <translation>Maillons de la chaîne : les événements de l&apos;entité dans l&apos;ordre du journal, masqués compris</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="208"/>
        <source>Links whose prev_hash and event_hash are all zero</source>
        <translation>Maillons dont prev_hash et event_hash sont entièrement nuls</translation>
    </message>
    <message>
        <location filename="../ui/models/chain_model.cpp" line="209"/>
        <source>Global sequence and reason of the first link that does not verify</source>
        <translation>Séquence globale et motif du premier maillon qui ne se vérifie pas</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainStripView</name>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="151"/>
        <location filename="../ui/views/chain_strip_view.cpp" line="280"/>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="243"/>
        <source>No store open</source>
        <translation>Aucun magasin de données ouvert</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="244"/>
        <source>Select an entity to draw its chain</source>
        <translation>Sélectionnez une entité pour dessiner sa chaîne</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="245"/>
        <source>%1 has no links</source>
        <translation>%1 n&apos;a aucun maillon</translation>
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
        <translation>première rupture</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="412"/>
        <source>fork from #%1</source>
        <translation>bifurcation depuis le n° %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="413"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="428"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — link %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — maillon %2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="429"/>
        <source>Global sequence %1 · clock %2%3</source>
        <translation>Séquence globale %1 · horloge %2%3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="432"/>
        <source> · hidden</source>
        <translation> · masqué</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="433"/>
        <source>Event %1</source>
        <translation>Événement %1</translation>
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
        <translation>Redémarre la chaîne à la genèse</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="440"/>
        <source>Fork: prev_hash names global sequence %1, not the link written just before it. batpak chains an event to its entity&apos;s chain head, which around visibility fences can be an older link; the chain is not broken.</source>
        <translation>Bifurcation : prev_hash désigne la séquence globale %1, et non le maillon écrit juste avant. batpak chaîne un événement à la tête de chaîne de son entité, qui peut être un maillon plus ancien autour des barrières de visibilité ; la chaîne n&apos;est pas rompue.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="446"/>
        <source>First break: %1</source>
        <translation>Première rupture : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_strip_view.cpp" line="447"/>
        <source>Click to select this event</source>
        <translation>Cliquez pour sélectionner cet événement</translation>
    </message>
</context>
<context>
    <name>batscope::ui::ChainView</name>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="147"/>
        <location filename="../ui/views/chain_view.cpp" line="267"/>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="155"/>
        <source>Filter entities</source>
        <translation>Filtrer les entités</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="159"/>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="160"/>
        <source>Save the verify report as JSON or as a printable PDF</source>
        <translation>Enregistrer le rapport de vérification en JSON ou en PDF imprimable</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="201"/>
        <source>dashed: hidden event · ∅: restart at genesis · amber: after the first break</source>
        <translation>pointillés : événement masqué · ∅ : redémarrage à la genèse · ambre : après la première rupture</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="224"/>
        <source>Select event</source>
        <translation>Sélectionner l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="225"/>
        <source>Make the first broken link the current event</source>
        <translation>Faire du premier maillon rompu l&apos;événement courant</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="115"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="254"/>
        <source>%1 entities: %2 verified, %3 broken, %4 unhashed · %5 links</source>
        <translation>%1 entités : %2 vérifiées, %3 rompues, %4 sans hachage · %5 maillons</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="261"/>
        <location filename="../ui/views/chain_view.cpp" line="391"/>
        <source>1 fork</source>
        <translation>1 bifurcation</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="261"/>
        <location filename="../ui/views/chain_view.cpp" line="392"/>
        <source>%1 forks</source>
        <translation>%1 bifurcations</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="267"/>
        <source>Verifying… (%1)</source>
        <translation>Vérification… (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="277"/>
        <source>No store open</source>
        <translation>Aucun magasin de données ouvert</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="277"/>
        <source>Hash chains not verified yet</source>
        <translation>Chaînes de hachage pas encore vérifiées</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="137"/>
        <location filename="../ui/views/chain_view.cpp" line="285"/>
        <source>%1 payload bytes hashed in %2 ms</source>
        <translation>%1 octets de charge utile hachés en %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="327"/>
        <source>1 link</source>
        <translation>1 maillon</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="327"/>
        <source>%1 links</source>
        <translation>%1 maillons</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="329"/>
        <source>1 restart</source>
        <translation>1 redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="329"/>
        <source>%1 restarts</source>
        <translation>%1 redémarrages</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="330"/>
        <source> · %1 unhashed</source>
        <translation> · %1 sans hachage</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="345"/>
        <source>Every link verifies. The chain restarts at genesis %1 (zero prev_hash, clock 0), as batpak does around visibility fences.</source>
        <translation>Chaque maillon se vérifie. La chaîne redémarre à la genèse %1 (prev_hash nul, horloge 0), comme le fait batpak autour des barrières de visibilité.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="346"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="346"/>
        <source>%1 times</source>
        <translation>%1 fois</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="347"/>
        <source>Every link verifies: each event_hash is BLAKE3 of its payload and each prev_hash the previous link&apos;s event_hash.</source>
        <translation>Chaque maillon se vérifie : chaque event_hash est le BLAKE3 de sa charge utile et chaque prev_hash le event_hash du maillon précédent.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="350"/>
        <source>Written without hashes (batpak&apos;s blake3 feature off): prev_hash and event_hash are all zero, nothing to verify.</source>
        <translation>Écrit sans hachages (fonctionnalité blake3 de batpak désactivée) : prev_hash et event_hash sont entièrement nuls, rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="360"/>
        <source>&lt;span style=&apos;color:#e03a3a&apos;&gt;&lt;b&gt;First break&lt;/b&gt;&lt;/span&gt; at global sequence &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;span style=&apos;color:#e03a3a&apos;&gt;&lt;b&gt;Première rupture&lt;/b&gt;&lt;/span&gt; à la séquence globale &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="363"/>
        <source> (%1 broken links in all)</source>
        <translation> (%1 maillons rompus au total)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="365"/>
        <source>%1 @%2 · event %3</source>
        <translation>%1 @%2 · événement %3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="369"/>
        <location filename="../ui/views/chain_view.cpp" line="371"/>
        <source>stored</source>
        <translation>stocké</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="370"/>
        <source>expected (previous link&apos;s event_hash)</source>
        <translation>attendu (event_hash du maillon précédent)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="373"/>
        <location filename="../ui/views/chain_view.cpp" line="376"/>
        <source>recomputed BLAKE3(payload)</source>
        <translation>BLAKE3(charge utile) recalculé</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="376"/>
        <source>payload unreadable</source>
        <translation>charge utile illisible</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="386"/>
        <source>#%1 chains to #%2 instead of #%3</source>
        <translation>le n° %1 se chaîne au n° %2 au lieu du n° %3</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="394"/>
        <source>the link&apos;s prev_hash names an older link of this entity rather than the one written just before it. batpak does this around visibility fences; every hash still matches, so the chain is not broken.</source>
        <translation>le prev_hash du maillon désigne un maillon plus ancien de cette entité plutôt que celui écrit juste avant. batpak procède ainsi autour des barrières de visibilité ; chaque hachage concorde toujours, la chaîne n&apos;est donc pas rompue.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="404"/>
        <source>batpak&apos;s verify_chain reports this chain intact.</source>
        <translation>Le verify_chain de batpak signale cette chaîne comme intacte.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="405"/>
        <source>batpak&apos;s own verify_chain, which walks visible events in global order, stops at global sequence %1 (%2).</source>
        <translation>Le propre verify_chain de batpak, qui parcourt les événements visibles dans l&apos;ordre global, s&apos;arrête à la séquence globale %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="468"/>
        <source>The hash chains have not been verified yet.</source>
        <translation>Les chaînes de hachage n&apos;ont pas encore été vérifiées.</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="479"/>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="480"/>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="482"/>
        <location filename="../ui/views/chain_view.cpp" line="520"/>
        <source>Export verify report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="503"/>
        <source>Hashing the store&apos;s files for the report…</source>
        <translation>Hachage des fichiers du magasin pour le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="514"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="520"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="525"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../ui/views/chain_view.cpp" line="538"/>
        <source>Hashing the store&apos;s files for the report… %1%</source>
        <translation>Hachage des fichiers du magasin pour le rapport… %1 %</translation>
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
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="50"/>
        <source>global sequence</source>
        <translation>séquence globale</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="51"/>
        <source>disk position</source>
        <translation>position sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="52"/>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="53"/>
        <source>duplicate entries</source>
        <translation>entrées en double</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="83"/>
        <source>mmap snapshot</source>
        <translation>instantané mmap</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="84"/>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="85"/>
        <source>SIDX rebuild</source>
        <translation>reconstruction SIDX</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="86"/>
        <source>frame scan</source>
        <translation>balayage des trames</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="95"/>
        <source>Compare restore paths</source>
        <translation>Comparer les chemins de restauration</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="96"/>
        <source>Run every restore path read-only on the open directory and compare the indexes</source>
        <translation>Exécuter chaque chemin de restauration en lecture seule sur le répertoire ouvert et comparer les index</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="97"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <source>Path requested</source>
        <translation>Chemin demandé</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <source>batpak&apos;s path</source>
        <translation>Chemin de batpak</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="105"/>
        <source>Restored / tail</source>
        <translation>Restaurés / queue</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="106"/>
        <source>Events (visible / entries)</source>
        <translation>Événements (visibles / entrées)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="106"/>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="106"/>
        <source>True view identical</source>
        <translation>Vue réelle identique</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Seq</source>
        <translation>Séq</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Event id</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Path A</source>
        <translation>Chemin A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="107"/>
        <source>Value A</source>
        <translation>Valeur A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <source>Path B</source>
        <translation>Chemin B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="108"/>
        <source>Value B</source>
        <translation>Valeur B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="109"/>
        <source>Double-click to select the event</source>
        <translation>Double-cliquez pour sélectionner l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="110"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="136"/>
        <source>Where batpak&apos;s paths disagree (faithful view)</source>
        <translation>Où les chemins de batpak divergent (vue fidèle)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="137"/>
        <source>Phases per path (ms)</source>
        <translation>Phases par chemin (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="142"/>
        <source>Restore paths</source>
        <translation>Chemins de restauration</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="144"/>
        <source>History of opens</source>
        <translation>Historique des ouvertures</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="208"/>
        <source>Restoring via %1… %p%</source>
        <translation>Restauration via %1… %p%</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="224"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="225"/>
        <source>Comparing the restore paths of %1…</source>
        <translation>Comparaison des chemins de restauration de %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="276"/>
        <source>Press “Compare restore paths” to open %1 through every restore path.</source>
        <translation>Cliquez sur « Comparer les chemins de restauration » pour ouvrir %1 par chaque chemin de restauration.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="277"/>
        <source>No store open.</source>
        <translation>Aucun magasin de données ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="287"/>
        <source>open failed: %1</source>
        <translation>échec de l&apos;ouverture : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="299"/>
        <source>✔ identical</source>
        <translation>✔ identique</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="299"/>
        <source>✘ differs</source>
        <translation>✘ différente</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="328"/>
        <source>The true view is identical on all %1 paths that opened.</source>
        <translation>La vue réelle est identique sur les %1 chemins qui ont pu ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="329"/>
        <source>The true view differs: %1 of %2 paths match the first.</source>
        <translation>La vue réelle diffère : %1 chemins sur %2 concordent avec le premier.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="331"/>
        <source>batpak&apos;s own indexes agree on every event.</source>
        <translation>Les propres index de batpak concordent pour chaque événement.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="334"/>
        <source>batpak&apos;s own indexes disagree once</source>
        <translation>les index de batpak divergent une fois</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="335"/>
        <source>batpak&apos;s own indexes disagree %1 times</source>
        <translation>les index de batpak divergent %1 fois</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="336"/>
        <source> (first %1 listed).</source>
        <translation> (les %1 premières listées).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="337"/>
        <source>(%1 in all)</source>
        <translation>(%1 au total)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="366"/>
        <source>open failed</source>
        <translation>échec de l&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_paths_view.cpp" line="403"/>
        <source>time since the open started (ms)</source>
        <translation>temps depuis l&apos;ouverture (ms)</translation>
    </message>
</context>
<context>
    <name>batscope::ui::CompareStoresDialog</name>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="42"/>
        <source>Compare Stores</source>
        <translation>Comparer des magasins</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="56"/>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="138"/>
        <source>Select an entity to see where its chains part.</source>
        <translation>Sélectionnez une entité pour voir où ses chaînes se séparent.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="76"/>
        <source>Cancel Comparison</source>
        <translation>Annuler la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="92"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="104"/>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="112"/>
        <source>A: %1
B: %2</source>
        <translation>A : %1
B : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="115"/>
        <source>1 event only in A</source>
        <translation>1 événement seulement dans A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="115"/>
        <source>%1 events only in A</source>
        <translation>%1 événements seulement dans A</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="116"/>
        <source>1 event only in B</source>
        <translation>1 événement seulement dans B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="116"/>
        <source>%1 events only in B</source>
        <translation>%1 événements seulement dans B</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="117"/>
        <source>1 event with other bytes under the same id</source>
        <translation>1 événement aux octets différents sous le même identifiant</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="118"/>
        <source>%1 events with other bytes under the same id</source>
        <translation>%1 événements aux octets différents sous le même identifiant</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="119"/>
        <source>1 event visible on one side only</source>
        <translation>1 événement visible d&apos;un seul côté</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="119"/>
        <source>%1 events visible on one side only</source>
        <translation>%1 événements visibles d&apos;un seul côté</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="120"/>
        <source>1 event renumbered</source>
        <translation>1 événement renuméroté</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="120"/>
        <source>%1 events renumbered</source>
        <translation>%1 événements renumérotés</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="123"/>
        <source>The stores hold the same events: %1 events, every chain identical.</source>
        <translation>Les magasins contiennent les mêmes événements : %1 événements, chaque chaîne identique.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="124"/>
        <source>The stores differ: %1 of %2 entities.</source>
        <translation>Les magasins diffèrent : %1 entités sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="136"/>
        <source>%1: nothing to show side by side (%2).</source>
        <translation>%1 : rien à montrer côte à côte (%2).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="143"/>
        <source>%1: the chains part at position %2 (%3 events in common); the fields that differ come first, highlighted.</source>
        <translation>%1 : les chaînes se séparent à la position %2 (%3 événements en commun) ; les champs qui diffèrent viennent en premier, en surbrillance.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_stores_dialog.cpp" line="147"/>
        <source>%1: %2 from position %3; the first event only one side holds.</source>
        <translation>%1 : %2 à partir de la position %3 ; le premier événement qu&apos;un seul côté contient.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventDetailsView</name>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="88"/>
        <source>Go to Cause</source>
        <translation>Aller à la cause</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="88"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="90"/>
        <source>Effects of This Event</source>
        <translation>Effets de cet événement</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="90"/>
        <source>Effects</source>
        <translation>Effets</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="92"/>
        <source>Same Correlation</source>
        <translation>Même corrélation</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="92"/>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="94"/>
        <source>Previous in Entity</source>
        <translation>Précédent de l&apos;entité</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="94"/>
        <source>◀ Entity</source>
        <translation>◀ Entité</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="96"/>
        <source>Next in Entity</source>
        <translation>Suivant de l&apos;entité</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="96"/>
        <source>Entity ▶</source>
        <translation>Entité ▶</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="98"/>
        <location filename="../ui/views/event_details_view.cpp" line="469"/>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="100"/>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="102"/>
        <source>Expand All</source>
        <translation>Tout développer</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="119"/>
        <location filename="../ui/views/event_details_view.cpp" line="232"/>
        <source>No store open</source>
        <translation>Aucun magasin de données ouvert</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="233"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="264"/>
        <source>No payload: the frame does not decode</source>
        <translation>Pas de charge utile : la trame ne se décode pas</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="270"/>
        <source>Batch marker: no payload (batpak reads it as null)</source>
        <translation>Marqueur de lot : pas de charge utile (batpak le lit comme null)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="278"/>
        <source>%1 bytes that do not decode as msgpack: %2</source>
        <translation>%1 octets qui ne se décodent pas en msgpack : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="284"/>
        <source>%1 bytes of msgpack · %2</source>
        <translation>%1 octets de msgpack · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="285"/>
        <source>%1 trailing bytes ignored</source>
        <translation>%1 octets de fin ignorés</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="287"/>
        <source>batpak&apos;s get fails: %1</source>
        <translation>le get de batpak échoue : %1</translation>
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
        <translation>%1 · aucun octet de trame : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="309"/>
        <source>%1 · %2 bytes</source>
        <translation>%1 · %2 octets</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="310"/>
        <source> · CRC ✔</source>
        <translation> · CRC ✔</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="312"/>
        <source> · CRC mismatch (stored %1, computed %2)</source>
        <translation> · CRC incorrect (stocké %1, calculé %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="313"/>
        <source> · frame cut short: %1</source>
        <translation> · trame tronquée : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="314"/>
        <source> · does not decode: %1</source>
        <translation> · ne se décode pas : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="320"/>
        <source>This event&apos;s own frame is shown. batpak&apos;s index puts it at %1, where %2 sits: batpak&apos;s get returns that frame without error.</source>
        <translation>La trame propre à cet événement est affichée. L&apos;index de batpak situe l&apos;événement à %1, où se trouve %2 : le get de batpak renvoie cette trame-là sans erreur.</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="325"/>
        <source>This event&apos;s own frame is shown: batpak&apos;s index says %1, which does not read (%2)</source>
        <translation>La trame propre à cet événement est affichée : l&apos;index de batpak indique %1, qui ne se lit pas (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="409"/>
        <source>No such event</source>
        <translation>Aucun événement de ce type</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="413"/>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="422"/>
        <source>… and 1 more</source>
        <translation>… et 1 autre</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="422"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="426"/>
        <source>Filter the Table to This Event</source>
        <translation>Filtrer la table sur cet événement</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="427"/>
        <source>Filter the Table to These %1 Events</source>
        <translation>Filtrer la table sur ces %1 événements</translation>
    </message>
    <message>
        <location filename="../ui/views/event_details_view.cpp" line="472"/>
        <source>Copy Field Path</source>
        <translation>Copier le chemin du champ</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventExport</name>
    <message>
        <location filename="../ui/event_export.cpp" line="59"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::EventPairModel</name>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="131"/>
        <source>Field</source>
        <translation>Champ</translation>
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
        <translation>Chaîne de hachage pas encore vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="125"/>
        <source>This link of the entity&apos;s BLAKE3 chain verifies</source>
        <translation>Ce maillon de la chaîne BLAKE3 de l&apos;entité se vérifie</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="126"/>
        <source>First broken link of this entity&apos;s chain</source>
        <translation>Premier maillon rompu de la chaîne de cette entité</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="127"/>
        <source>After the entity&apos;s first broken link</source>
        <translation>Après le premier maillon rompu de l&apos;entité</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="128"/>
        <source>Written without hashes (blake3 feature off)</source>
        <translation>Écrit sans hachages (fonctionnalité blake3 désactivée)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="129"/>
        <source>Fork: this link&apos;s prev_hash names an older link of the entity, not the one written just before it (batpak does this around visibility fences)</source>
        <translation>Bifurcation : le prev_hash de ce maillon désigne un maillon plus ancien de l&apos;entité, et non celui écrit juste avant (batpak procède ainsi autour des barrières de visibilité)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="134"/>
        <source>Global sequence %1 is carried by more than one event: batpak reuses numbers after a compaction. Events are told apart by their id.</source>
        <translation>La séquence globale %1 est portée par plus d&apos;un événement : batpak réutilise les numéros après un compactage. Les événements se distinguent par leur ID.</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="137"/>
        <source>raw kind 0x%1</source>
        <translation>type brut 0x%1</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="177"/>
        <source>(self)</source>
        <translation>(lui-même)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="187"/>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="202"/>
        <source>Seq</source>
        <translation>Séq</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="203"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="203"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="204"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="205"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="206"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="207"/>
        <source>Event ID</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="208"/>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="209"/>
        <source>Causation</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="210"/>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="211"/>
        <source>Segment @ offset</source>
        <translation>Segment @ décalage</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FileBytesDialog</name>
    <message>
        <location filename="../ui/views/file_bytes_dialog.cpp" line="28"/>
        <source>%1 at offset %2</source>
        <translation>%1 au décalage %2</translation>
    </message>
    <message>
        <location filename="../ui/views/file_bytes_dialog.cpp" line="35"/>
        <source>Bytes %1 to %2 of %3 (%4 bytes). The highlighted byte is at offset %5 (0x%6), where the finding points.</source>
        <translation>Octets %1 à %2 de %3 (%4 octets). L&apos;octet en surbrillance est au décalage %5 (0x%6), là où pointe le constat.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FilterBar</name>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="36"/>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="41"/>
        <source>entity:order:*  kind:1:5  after:2026-01-01  &quot;refund&quot;  — Enter applies</source>
        <translation>entity:order:*  kind:1:5  after:2026-01-01  &quot;refund&quot;  — Entrée pour appliquer</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="43"/>
        <source>Display filter. Terms (all must match):
  entity:GLOB  scope:GLOB  kind:4097 | kind:0x1001 | kind:1:5 | kind:1:*
  after:2026-01-01  before:2026-02-01T12:00  seg:3
  id:HEX  corr:HEX  cause:HEX  &quot;text in payload&quot;  word
  !term negates a term.</source>
        <translation>Filtre d&apos;affichage. Critères (tous doivent correspondre) :
  entity:GLOB  scope:GLOB  kind:4097 | kind:0x1001 | kind:1:5 | kind:1:*
  after:2026-01-01  before:2026-02-01T12:00  seg:3
  id:HEX  corr:HEX  cause:HEX  &quot;texte dans la charge utile&quot;  mot
  !critère inverse un critère.</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="56"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="58"/>
        <source>Apply the filter (Enter)</source>
        <translation>Appliquer le filtre (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="61"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="63"/>
        <source>Show every event</source>
        <translation>Afficher tous les événements</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="121"/>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <location filename="../ui/views/filter_bar.cpp" line="122"/>
        <source>Invalid filter %1. The table still shows: %2</source>
        <translation>Filtre invalide %1. Le tableau affiche toujours : %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FilterRunner</name>
    <message>
        <location filename="../ui/filter_runner.cpp" line="24"/>
        <source>at %1: %2</source>
        <translation>à %1 : %2</translation>
    </message>
</context>
<context>
    <name>batscope::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="67"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="68"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="69"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="125"/>
        <source>In %1 at offset %L2.</source>
        <translation>Dans %1 à l&apos;offset %L2.</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="126"/>
        <source>In %1.</source>
        <translation>Dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="127"/>
        <source>Event %1.</source>
        <translation>Événement %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="129"/>
        <source>Also reported: %1</source>
        <translation>Également signalé : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="163"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="164"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="165"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="166"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="167"/>
        <source>Event ID</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="168"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>batscope::ui::HeaderFieldsModel</name>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="31"/>
        <source>%1 @ %2 · %3 bytes</source>
        <translation>%1 @ %2 · %3 octets</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="38"/>
        <source>0x00 (none)</source>
        <translation>0x00 (aucun)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="43"/>
        <source>unassigned 0x%1</source>
        <translation>non attribué 0x%1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="54"/>
        <source>the batch BEGIN marker</source>
        <translation>le marqueur BEGIN du lot</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="55"/>
        <source>the batch COMMIT marker</source>
        <translation>le marqueur COMMIT du lot</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="57"/>
        <source>event %1</source>
        <translation>l&apos;événement %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="58"/>
        <source>event %1 (global sequence %2)</source>
        <translation>l&apos;événement %1 (séquence globale %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="204"/>
        <source>Index entry</source>
        <translation>Entrée d&apos;index</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="205"/>
        <source>What the store&apos;s index holds for this event</source>
        <translation>Ce que l&apos;index du magasin de données contient pour cet événement</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="206"/>
        <source>global sequence</source>
        <translation>séquence globale</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="207"/>
        <location filename="../ui/models/header_fields_model.cpp" line="387"/>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="208"/>
        <location filename="../ui/models/header_fields_model.cpp" line="392"/>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="209"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="210"/>
        <source>wall_ms</source>
        <translation>wall_ms</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="211"/>
        <source>clock</source>
        <translation>horloge</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="213"/>
        <source> (tail replay)</source>
        <translation> (rejeu de la queue)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="214"/>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="215"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="215"/>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="216"/>
        <source>superseded by a later copy of the id</source>
        <translation>remplacé par une copie ultérieure de l&apos;ID</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="217"/>
        <source>hidden (cancelled range)</source>
        <translation>masqué (plage annulée)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="233"/>
        <source>differs from frame</source>
        <translation>diffère de la trame</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="235"/>
        <source>The index entry and the frame shown disagree on these fields</source>
        <translation>L&apos;entrée d&apos;index et la trame affichée divergent sur ces champs</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="241"/>
        <source>Frame header</source>
        <translation>En-tête de trame</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="243"/>
        <source>frame</source>
        <translation>trame</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="243"/>
        <source>no bytes: %1</source>
        <translation>aucun octet : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="249"/>
        <source>len</source>
        <translation>len</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="249"/>
        <source>%1 bytes (frame %2 bytes)</source>
        <translation>%1 octets (trame de %2 octets)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="257"/>
        <source> ✘ (computed %1)</source>
        <translation> ✘ (calculé %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="260"/>
        <source> (not checked: frame cut short)</source>
        <translation> (non vérifié : trame tronquée)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="263"/>
        <source>crc32</source>
        <translation>crc32</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="267"/>
        <source>CRC mismatch: stored %1, CRC32 of the body %2</source>
        <translation>CRC incorrect : stocké %1, CRC32 du corps %2</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="270"/>
        <source>decode error</source>
        <translation>erreur de décodage</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="273"/>
        <source>The body does not decode as a whole; the fields below decode on their own</source>
        <translation>Le corps ne se décode pas dans son ensemble ; les champs ci-dessous se décodent individuellement</translation>
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
        <translation> (lui-même)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="303"/>
        <source>Double-click to go to the event with this id</source>
        <translation>Double-cliquez pour aller à l&apos;événement portant cet ID</translation>
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
        <translation> (absent de l&apos;index)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="316"/>
        <source>Double-click to go to the cause (global sequence %1)</source>
        <translation>Double-cliquez pour aller à la cause (séquence globale %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="321"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="335"/>
        <source>timestamp_us</source>
        <translation>timestamp_us</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="336"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="340"/>
        <source>payload_size</source>
        <translation>payload_size</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="340"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="345"/>
        <source>event_kind</source>
        <translation>event_kind</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="347"/>
        <source>raw</source>
        <translation>brut</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="348"/>
        <source>category:type</source>
        <translation>catégorie:type</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="350"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="350"/>
        <source>(product kind)</source>
        <translation>(type du produit)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="353"/>
        <source>flags</source>
        <translation>drapeaux</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="357"/>
        <source>content_hash</source>
        <translation>content_hash</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="358"/>
        <source> (zeros: unhashed)</source>
        <translation> (zéros : sans hachage)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="373"/>
        <source>byte array</source>
        <translation>tableau d&apos;octets</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="374"/>
        <source>bin</source>
        <translation>bin</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="375"/>
        <source>native value</source>
        <translation>valeur native</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="376"/>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="378"/>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="378"/>
        <source>%1 bytes · %2</source>
        <translation>%1 octets · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="380"/>
        <source>P: %1 bytes of msgpack, stored as a %2 of %3 bytes in the frame</source>
        <translation>P : %1 octets de msgpack, stockés dans la trame sous forme de %2 de %3 octets</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="408"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="412"/>
        <source>The per-entity clock (the index&apos;s clock)</source>
        <translation>L&apos;horloge par entité (l&apos;horloge de l&apos;index)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="420"/>
        <source>Hash chain</source>
        <translation>Chaîne de hachage</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="420"/>
        <source>none (batch marker)</source>
        <translation>aucun (marqueur de lot)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="423"/>
        <source> (genesis)</source>
        <translation> (genèse)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="436"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="445"/>
        <source>disk_pos</source>
        <translation>disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="447"/>
        <source>at disk_pos</source>
        <translation>à disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="451"/>
        <location filename="../ui/models/header_fields_model.cpp" line="453"/>
        <location filename="../ui/models/header_fields_model.cpp" line="456"/>
        <location filename="../ui/models/header_fields_model.cpp" line="459"/>
        <source>physical position</source>
        <translation>position physique</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="451"/>
        <source>(frame walk still running)</source>
        <translation>(parcours des trames en cours)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="453"/>
        <source>no readable frame with this id (frame walk)</source>
        <translation>aucune trame lisible avec cet ID (parcours des trames)</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="456"/>
        <source>same as disk_pos</source>
        <translation>identique à disk_pos</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="461"/>
        <source>The frame with this event id lives elsewhere than the index says</source>
        <translation>La trame portant cet ID d&apos;événement se trouve ailleurs que ce qu&apos;indique l&apos;index</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="464"/>
        <source>shown</source>
        <translation>affichée</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="469"/>
        <source>frame event_id</source>
        <translation>event_id de la trame</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="469"/>
        <source>the frame shown carries another event: %1</source>
        <translation>la trame affichée porte un autre événement : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="477"/>
        <source>batpak get</source>
        <translation>get de batpak</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="472"/>
        <source>reads ✔</source>
        <translation>se lit ✔</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="464"/>
        <source>the event&apos;s own frame, at the physical position</source>
        <translation>la trame propre à l&apos;événement, à la position physique</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="466"/>
        <source>The index&apos;s disk_pos does not hold this event&apos;s frame</source>
        <translation>Le disk_pos de l&apos;index ne contient pas la trame de cet événement</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="474"/>
        <source>returns %1 at %2 @ %3 without error, not this event</source>
        <translation>renvoie sans erreur %1 à %2 @ %3, et non cet événement</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="479"/>
        <source>What batpak 0.5.0&apos;s Store::get(event_id) returns for this event</source>
        <translation>Ce que renvoie Store::get(event_id) de batpak 0.5.0 pour cet événement</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="567"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/models/header_fields_model.cpp" line="568"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>batscope::ui::HexView</name>
    <message>
        <location filename="../ui/views/hex_view.cpp" line="230"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../ui/views/hex_view.cpp" line="299"/>
        <source>file offset %1 (0x%2) · frame +%3 · byte 0x%4 = %5</source>
        <translation>décalage dans le fichier %1 (0x%2) · trame +%3 · octet 0x%4 = %5</translation>
    </message>
</context>
<context>
    <name>batscope::ui::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="124"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="136"/>
        <source>The language change takes effect when Batscope is restarted.</source>
        <translation>Le changement de langue prendra effet au prochain démarrage de Batscope.</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="142"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
</context>
<context>
    <name>batscope::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Filtering… %p%</source>
        <translation>Filtrage… %p%</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Invalid filter %1</source>
        <translation>Filtre invalide %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>Sorting…</source>
        <translation>Tri…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>Sorting %1 events…</source>
        <translation>Tri de %1 événements…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>Could not open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin de données : %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>Could not open the store</source>
        <translation>Impossible d&apos;ouvrir le magasin de données</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>Wrote %1 (1 event, %2)</source>
        <translation>%1 écrit (1 événement, %2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281"/>
        <source>Wrote %1 (%2 events, %3)</source>
        <translation>%1 écrit (%2 événements, %3)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298"/>
        <source>Wrote %1 (%2)</source>
        <translation>%1 écrit (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="48"/>
        <source>&amp;Open Data Directory…</source>
        <translation>&amp;Ouvrir un répertoire de données…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="50"/>
        <source>Open a batpak data directory (read-only)</source>
        <translation>Ouvrir un répertoire de données batpak (en lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="52"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="54"/>
        <source>Restore the open directory again</source>
        <translation>Restaurer à nouveau le répertoire ouvert</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="58"/>
        <source>Open &amp;Archive…</source>
        <translation>Ouvrir une &amp;archive…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="60"/>
        <source>Open a .batpak.tar.zst archive (unpacked into a private temporary directory)</source>
        <translation>Ouvrir une archive .batpak.tar.zst (décompressée dans un répertoire temporaire privé)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="62"/>
        <source>&amp;Export Archive…</source>
        <translation>&amp;Exporter l&apos;archive…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="63"/>
        <source>Pack the open data directory into one .batpak.tar.zst file</source>
        <translation>Empaqueter le répertoire de données ouvert dans un seul fichier .batpak.tar.zst</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="65"/>
        <source>&amp;Follow Changes</source>
        <translation>&amp;Suivre les changements</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="68"/>
        <source>Show new events as a writer appends them to this data directory (read-only)</source>
        <translation>Afficher les nouveaux événements à mesure qu’un écrivain les ajoute à ce répertoire de données (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="70"/>
        <source>&amp;Stick to the End</source>
        <translation>Rester à la &amp;fin</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="72"/>
        <source>While following, keep the newest events in view</source>
        <translation>En suivant, garder les événements les plus récents en vue</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="73"/>
        <source>Export E&amp;vents…</source>
        <translation>Exporter les é&amp;vénements…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="75"/>
        <source>Write the events the table shows to a JSON or CSV file</source>
        <translation>Écrire les événements affichés dans la table dans un fichier JSON ou CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="77"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="83"/>
        <source>Show Times in &amp;UTC</source>
        <translation>Afficher les heures en &amp;UTC</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="86"/>
        <source>&amp;True View (What the Bytes Hold)</source>
        <translation>&amp;Vue réelle (ce que contiennent les octets)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="89"/>
        <source>Show every committed, CRC-valid frame at its real position instead of what batpak 0.5.0 sees</source>
        <translation>Afficher chaque trame validée au CRC correct à sa position réelle plutôt que ce que voit batpak 0.5.0</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="98"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers ré&amp;cents</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="112"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="113"/>
        <source>Copy Event &amp;ID</source>
        <translation>Copier l&apos;&amp;ID de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="119"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="123"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="124"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="125"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="125"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="125"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="160"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="162"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="167"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avancer</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="187"/>
        <source>Go to &amp;Event…</source>
        <translation>Aller à l&apos;&amp;événement…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="190"/>
        <source>&amp;Next Event</source>
        <translation>Événement &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="193"/>
        <source>&amp;Previous Event</source>
        <translation>Événement &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="196"/>
        <source>&amp;First Event</source>
        <translation>P&amp;remier événement</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="199"/>
        <source>&amp;Last Event</source>
        <translation>&amp;Dernier événement</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="205"/>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="206"/>
        <source>Restore &amp;Path</source>
        <translation>&amp;Chemin de restauration</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="208"/>
        <source>&amp;Default (mmap snapshot → checkpoint → rebuild)</source>
        <translation>Par &amp;défaut (instantané mmap → point de contrôle → reconstruction)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="209"/>
        <source>&amp;Checkpoint (snapshot disabled)</source>
        <translation>&amp;Point de contrôle (instantané désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="210"/>
        <source>&amp;Rebuild from SIDX footers (artifacts disabled)</source>
        <translation>&amp;Reconstruction à partir des pieds de segment SIDX (artefacts désactivés)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="211"/>
        <source>Sequential frame &amp;scan (Batscope only)</source>
        <translation>&amp;Balayage séquentiel des trames (Batscope uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="220"/>
        <source>&amp;Compare Restore Paths</source>
        <translation>C&amp;omparer les chemins de restauration</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="221"/>
        <source>Run every restore path read-only on this directory and compare the results</source>
        <translation>Exécuter chaque chemin de restauration en lecture seule sur ce répertoire et comparer les résultats</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="227"/>
        <source>Compare with &amp;Store…</source>
        <translation>Comparer avec un &amp;magasin…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="228"/>
        <source>Compare the open store with another data directory through their hash chains</source>
        <translation>Comparer le magasin ouvert avec un autre répertoire de données par leurs chaînes de hachage</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="230"/>
        <source>Compare with Store</source>
        <translation>Comparer avec un magasin</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="233"/>
        <source>Compare with &amp;Archive…</source>
        <translation>Comparer avec une &amp;archive…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="234"/>
        <source>Compare the open store with a .batpak.tar.zst archive through their hash chains</source>
        <translation>Comparer le magasin ouvert avec une archive .batpak.tar.zst par leurs chaînes de hachage</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="236"/>
        <source>Compare with Archive</source>
        <translation>Comparer avec une archive</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="241"/>
        <source>Causal &amp;Graph</source>
        <translation>&amp;Graphe causal</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="243"/>
        <source>Hash &amp;Chains</source>
        <translation>C&amp;haînes de hachage</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="245"/>
        <source>&amp;Timeline</source>
        <translation>Chrono&amp;logie</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="247"/>
        <source>&amp;Warnings</source>
        <translation>A&amp;vertissements</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="299"/>
        <source>Analysis in Its Own &amp;Window</source>
        <translation>Analyse dans sa propre &amp;fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="303"/>
        <source>Undock the Analysis panel into a large window (again to dock it)</source>
        <translation>Détacher le panneau d’analyse dans une grande fenêtre (à nouveau pour le rattacher)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="354"/>
        <source>New events arrived below the rows shown: click to go to the newest</source>
        <translation>De nouveaux événements sont arrivés sous les lignes affichées : cliquez pour aller aux plus récents</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="144"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="145"/>
        <source>&amp;About Batscope</source>
        <translation>À &amp;propos de Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="147"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="149"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="256"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="270"/>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="272"/>
        <source>Chains</source>
        <translation>Chaînes</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="273"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="274"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="275"/>
        <source>Compare Paths</source>
        <translation>Comparer les chemins</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="276"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="277"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="283"/>
        <source>Event Details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="327"/>
        <source>Show the warnings panel</source>
        <translation>Afficher le panneau des avertissements</translation>
    </message>
    <message>
        <location filename="../ui/main_window_chrome.cpp" line="337"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="701"/>
        <source>&lt;b&gt;True view&lt;/b&gt;: every committed, CRC-valid frame at its real position — what the bytes hold, not what batpak 0.5.0 shows. &lt;a href=&quot;faithful&quot;&gt;Show batpak&apos;s view&lt;/a&gt;</source>
        <translation>&lt;b&gt;Vue réelle&lt;/b&gt; : chaque trame validée, au CRC correct, à sa position réelle — ce que contiennent les octets, et non ce que montre batpak 0.5.0. &lt;a href=&quot;faithful&quot;&gt;Afficher la vue de batpak&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Could not generate the demo store: %1</source>
        <translation>Impossible de générer le magasin de démonstration : %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Demo Store</source>
        <translation>Magasin de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <location filename="../ui/main_window.cpp" line="483"/>
        <source>Exporting events… %p%</source>
        <translation>Export des événements… %p%</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>Export Events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="377"/>
        <source>Open batpak Data Directory</source>
        <translation>Ouvrir un répertoire de données batpak</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>Unpacking %1…</source>
        <translation>Décompression de %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>Open batpak Archive</source>
        <translation>Ouvrir une archive batpak</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451"/>
        <location filename="../ui/main_window_chrome.cpp" line="237"/>
        <source>batpak archives (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;All files (*)</source>
        <translation>Archives batpak (*.batpak.tar.zst *.tar.zst *.tzst *.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <location filename="../ui/main_window.cpp" line="468"/>
        <location filename="../ui/main_window.cpp" line="624"/>
        <source>Open a store first</source>
        <translation>Ouvrez d&apos;abord un magasin de données</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461"/>
        <source>Export Archive</source>
        <translation>Exporter l&apos;archive</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="462"/>
        <source>batpak archives (*.batpak.tar.zst)</source>
        <translation>Archives batpak (*.batpak.tar.zst)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="473"/>
        <source>Export the Event Shown</source>
        <translation>Exporter l’événement affiché</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="473"/>
        <source>Export the %1 Events Shown</source>
        <translation>Exporter les %1 événements affichés</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="475"/>
        <source>JSON, as batscope-cli dump (*.json);;CSV (*.csv)</source>
        <translation>JSON, comme batscope-cli dump (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <source>Following: waiting for the store (%1)</source>
        <translation>Suivi : en attente du magasin (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="580"/>
        <source>Following %1: new events appear as they are committed</source>
        <translation>Suivi de %1 : les nouveaux événements apparaissent dès qu’ils sont validés</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="605"/>
        <source>A segment shrank or went away (a compaction?): the store was restored afresh</source>
        <translation>Un segment a rétréci ou disparu (un compactage ?) : le magasin a été restauré à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="618"/>
        <source>1 new event ↓</source>
        <translation>1 nouvel événement ↓</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="618"/>
        <source>%1 new events ↓</source>
        <translation>%1 nouveaux événements ↓</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>Show Bytes</source>
        <translation>Afficher les octets</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="699"/>
        <source>&lt;b&gt;True view&lt;/b&gt;: every committed, CRC-valid frame at its real position. Here the bytes hold exactly the events batpak 0.5.0 shows, field for field. &lt;a href=&quot;faithful&quot;&gt;Show batpak&apos;s view&lt;/a&gt;</source>
        <translation>&lt;b&gt;Vue réelle&lt;/b&gt; : chaque trame validée, au CRC correct, à sa position réelle. Ici, les octets contiennent exactement les événements que montre batpak 0.5.0, champ par champ. &lt;a href=&quot;faithful&quot;&gt;Afficher la vue de batpak&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="709"/>
        <source>No event matches &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;clear&quot;&gt;Clear the filter&lt;/a&gt;</source>
        <translation>Aucun événement ne correspond à &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;clear&quot;&gt;Effacer le filtre&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="744"/>
        <source>Go to Event</source>
        <translation>Aller à l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="744"/>
        <source>Event id (32 hex digits or UUID) or global sequence:</source>
        <translation>ID d&apos;événement (32 chiffres hexadécimaux ou UUID) ou séquence globale :</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="764"/>
        <source>No event %1 in this store</source>
        <translation>Aucun événement %1 dans ce magasin de données</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="786"/>
        <source>Batscope</source>
        <translation>Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="787"/>
        <source>%1 (following) — Batscope</source>
        <translation>%1 (suivi) — Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="788"/>
        <source>%1 — Batscope</source>
        <translation>%1 — Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="795"/>
        <source>No store open — File → Open, or drop a data directory here</source>
        <translation>Aucun magasin de données ouvert — Fichier → Ouvrir, ou déposez ici un répertoire de données</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="803"/>
        <source> · true view</source>
        <translation> · vue réelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>%1 of 1 event</source>
        <translation>%1 sur 1 événement</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="811"/>
        <source>%1 of %2 events</source>
        <translation>%1 événements sur %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="817"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="817"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="819"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="820"/>
        <source>Time batpak&apos;s restore took in Batscope</source>
        <translation>Durée de la restauration batpak dans Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="824"/>
        <source>About Batscope</source>
        <translation>À propos de Batscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="825"/>
        <source>&lt;h3&gt;Batscope %1&lt;/h3&gt;&lt;p&gt;A browser for event-sourced history written by batpak 0.5.0: the event timeline, payloads, segments, causal links and BLAKE3 hash chains, restored exactly as batpak restores them, beside what the bytes really hold.&lt;/p&gt;&lt;p&gt;Opening a store never writes to it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Batscope %1&lt;/h3&gt;&lt;p&gt;Un navigateur pour l&apos;historique événementiel écrit par batpak 0.5.0 : la chronologie des événements, les charges utiles, les segments, les liens de causalité et les chaînes de hachage BLAKE3, restaurés exactement comme batpak les restaure, à côté de ce que contiennent réellement les octets.&lt;/p&gt;&lt;p&gt;Ouvrir un magasin de données n&apos;y écrit jamais.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>batscope::ui::PayloadTreeModel</name>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="33"/>
        <source> … (%1 bytes)</source>
        <translation> … (%1 octets)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="68"/>
        <source> … (%1 characters)</source>
        <translation> … (%1 caractères)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="81"/>
        <source>(invalid UTF-8) %1</source>
        <translation>(UTF-8 invalide) %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="83"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="84"/>
        <source>type %1: %2</source>
        <translation>type %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="229"/>
        <source>str · %1 B</source>
        <translation>str · %1 o</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="230"/>
        <source>bin · %1 B</source>
        <translation>bin · %1 o</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="231"/>
        <source>ext %1 · %2 B</source>
        <translation>ext %1 · %2 o</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="232"/>
        <source>array · %1</source>
        <translation>tableau · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="233"/>
        <source>map · %1</source>
        <translation>map · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="239"/>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="284"/>
        <source>A %1 map key: batpak&apos;s get accepts string keys only</source>
        <translation>Une clé de map de type %1 : le get de batpak n&apos;accepte que des clés de type chaîne</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="286"/>
        <source>batpak&apos;s get rejects this value (%1)</source>
        <translation>le get de batpak rejette cette valeur (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="308"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="309"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/models/payload_tree_model.cpp" line="310"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>%1 a été rejeté : %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="51"/>
        <source>%1 was not tried (disabled by the chosen path).</source>
        <translation>%1 n&apos;a pas été essayé (désactivé par le chemin choisi).</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="52"/>
        <source>%1 is absent.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="75"/>
        <source>Phases (ms)</source>
        <translation>Phases (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="80"/>
        <source>Segment read times</source>
        <translation>Lecture des segments</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="82"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="158"/>
        <source>Restored from the mmap snapshot index.fbati (%1 entries) plus %2 tail entries in %3.</source>
        <translation>Restauré à partir de l&apos;instantané mmap index.fbati (%1 entrées) plus %2 entrées de queue en %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="162"/>
        <source>Restored from the checkpoint index.ckpt (%1 entries) plus %2 tail entries in %3.</source>
        <translation>Restauré à partir du point de contrôle index.ckpt (%1 entrées) plus %2 entrées de queue en %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="165"/>
        <source>The mmap snapshot was disabled by the chosen path.</source>
        <translation>L&apos;instantané mmap a été désactivé par le chemin choisi.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="168"/>
        <source>Rebuilt by the parallel SIDX rebuild from the footers of %1 segments (%2 entries) in %3.</source>
        <translation>Reconstruit par la reconstruction SIDX parallèle à partir des pieds de %1 segments (%2 entrées) en %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="170"/>
        <source>Every segment has a valid SIDX footer, so all of them were read in parallel.</source>
        <translation>Chaque segment a un pied de segment SIDX valide, ils ont donc tous été lus en parallèle.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="173"/>
        <source>Rebuilt by the sequential frame-scan fallback from %1 segments (%2 entries) in %3.</source>
        <translation>Reconstruit par le balayage séquentiel des trames (solution de repli) à partir de %1 segments (%2 entrées) en %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="179"/>
        <source>The frame scan of every segment was forced by the chosen path (--path scan).</source>
        <translation>Le balayage des trames de chaque segment a été imposé par le chemin choisi (--path scan).</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="184"/>
        <source>The parallel SIDX rebuild was unavailable: %1 — %2.</source>
        <translation>La reconstruction SIDX parallèle n&apos;était pas disponible : %1 — %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="186"/>
        <source>The parallel SIDX rebuild was unavailable.</source>
        <translation>La reconstruction SIDX parallèle n&apos;était pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="188"/>
        <source>%1 segments were read through their footers, %2 frame-scanned.</source>
        <translation>%1 segments ont été lus par leur pied de segment, %2 par balayage des trames.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="198"/>
        <source>No snapshot was used: index.fbati and index.ckpt are both absent.</source>
        <translation>Aucun instantané utilisé : index.fbati et index.ckpt sont tous deux absents.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="200"/>
        <source>No snapshot was used: %1 %2</source>
        <translation>Aucun instantané utilisé : %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="204"/>
        <source>The scan ended inside an uncommitted batch.</source>
        <translation>Le balayage s&apos;est terminé à l&apos;intérieur d&apos;un lot non validé.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="209"/>
        <source>true view and frame walk %1</source>
        <translation>vue réelle et parcours des trames %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="268"/>
        <source>true view and frame walk</source>
        <translation>vue réelle et parcours des trames</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="449"/>
        <source>No segment was read:</source>
        <translation>Aucun segment lu :</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="449"/>
        <source>the snapshot covered them all</source>
        <translation>l’instantané les couvrait tous</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="450"/>
        <source>%1 of %2 segments not read</source>
        <translation>%1 segments sur %2 non lus</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="451"/>
        <source>(covered by the snapshot)</source>
        <translation>(couverts par l’instantané)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="210"/>
        <source>cross-check %1</source>
        <translation>contre-vérification %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="211"/>
        <source>hash-chain verification %1</source>
        <translation>vérification des chaînes de hachage %1</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="212"/>
        <source>Background checks after the open: %1.</source>
        <translation>Vérifications en arrière-plan après l&apos;ouverture : %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="214"/>
        <source>Background checks (frame walk, true view, cross-check, hash chains) are running…</source>
        <translation>Vérifications en arrière-plan (parcours des trames, vue réelle, contre-vérification, chaînes de hachage) en cours…</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="225"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="225"/>
        <source>No store open.</source>
        <translation>Aucun magasin de données ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="269"/>
        <source>cross-check</source>
        <translation>contre-vérification</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="270"/>
        <source>hash-chain verification</source>
        <translation>vérification des chaînes de hachage</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="286"/>
        <source>index ready</source>
        <translation>index prêt</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="310"/>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="310"/>
        <source>background checks</source>
        <translation>vérifications en arrière-plan</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="323"/>
        <source>time since the open started (ms)</source>
        <translation>temps depuis l&apos;ouverture (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="417"/>
        <source>footer</source>
        <translation>pied</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="421"/>
        <source>frame scan</source>
        <translation>balayage des trames</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="431"/>
        <source>footer (parallel)</source>
        <translation>pied (parallèle)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="471"/>
        <source>segment id</source>
        <translation>ID du segment</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="473"/>
        <source>read time (ms)</source>
        <translation>temps de lecture (ms)</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="502"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="507"/>
        <source>restored</source>
        <translation>restaurés</translation>
    </message>
    <message>
        <location filename="../ui/views/restore_timings_view.cpp" line="503"/>
        <location filename="../ui/views/restore_timings_view.cpp" line="507"/>
        <source>tail</source>
        <translation>queue</translation>
    </message>
</context>
<context>
    <name>batscope::ui::SegmentMapView</name>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="32"/>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="32"/>
        <location filename="../ui/views/segment_map_view.cpp" line="180"/>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="34"/>
        <source> · %1 indexed</source>
        <translation> · %1 indexés</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="104"/>
        <source>sealed</source>
        <translation>scellé</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="105"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="106"/>
        <source>unsealed</source>
        <translation>non scellé</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="107"/>
        <source>SIDX footer</source>
        <translation>Pied de segment SIDX</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="108"/>
        <source>CRC bad / torn</source>
        <translation>CRC incorrect / tronqué</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="83"/>
        <source>%1 segments · %2</source>
        <translation>%1 segments · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="250"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="250"/>
        <source>No store open</source>
        <translation>Aucun magasin de données ouvert</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="330"/>
        <source>CRC bad @%1</source>
        <translation>CRC incorrect @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="331"/>
        <source>%1 CRC-bad frames</source>
        <translation>%1 trames au CRC incorrect</translation>
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
        <translation>tronqué @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="336"/>
        <source>torn</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="339"/>
        <source>footer invalid</source>
        <translation>pied de segment invalide</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="340"/>
        <source>footer ✗</source>
        <translation>pied ✗</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="385"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — segment %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — segment %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="386"/>
        <source>%1 bytes · %2</source>
        <translation>%1 octets · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="388"/>
        <source>Header: %1</source>
        <translation>En-tête : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="389"/>
        <source>SIDX footer: absent</source>
        <translation>Pied de segment SIDX : absent</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="391"/>
        <source>SIDX footer: valid, from @%1 (%2 bytes)</source>
        <translation>Pied de segment SIDX : valide, à partir de @%1 (%2 octets)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="392"/>
        <source>SIDX footer: invalid — %1</source>
        <translation>Pied de segment SIDX : invalide — %1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="393"/>
        <source>%1 event frames, %2 batch markers; %3 visible events indexed here</source>
        <translation>%1 trames d&apos;événement, %2 marqueurs de lot ; %3 événements visibles indexés ici</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="396"/>
        <source>CRC mismatch: frame @%1 (%2 bytes)</source>
        <translation>CRC incorrect : trame @%1 (%2 octets)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="397"/>
        <source>Torn tail @%1: %2</source>
        <translation>Fin tronquée @%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="399"/>
        <source>%1 visible events indexed here; frame walk pending</source>
        <translation>%1 événements visibles indexés ici ; parcours des trames en attente</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="402"/>
        <source>Restore read it by %1 in %2 ms (%3 entries, %4 bytes)</source>
        <translation>Lu par la restauration via %1 en %2 ms (%3 entrées, %4 octets)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="407"/>
        <source>Restore skipped it (covered by the snapshot)</source>
        <translation>Ignoré par la restauration (couvert par l&apos;instantané)</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="409"/>
        <source>Current event at @%1</source>
        <translation>Événement courant à @%1</translation>
    </message>
    <message>
        <location filename="../ui/views/segment_map_view.cpp" line="410"/>
        <source>Click to filter the events to seg:%1</source>
        <translation>Cliquez pour filtrer les événements sur seg:%1</translation>
    </message>
</context>
<context>
    <name>batscope::ui::SegmentModel</name>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="163"/>
        <source>sealed (latest)</source>
        <translation>scellé (le plus récent)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="163"/>
        <source>sealed</source>
        <translation>scellé</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="164"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="164"/>
        <source>unsealed</source>
        <translation>non scellé</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="169"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="170"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="170"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="24"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="21"/>
        <source>footer</source>
        <translation>pied</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="22"/>
        <source>footer (parallel)</source>
        <translation>pied (parallèle)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="23"/>
        <source>frame scan</source>
        <translation>balayage des trames</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="187"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="250"/>
        <source>Waiting for the frame walk</source>
        <translation>En attente du parcours des trames</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="251"/>
        <source>Latest segment without a SIDX footer: the one a writer had open</source>
        <translation>Segment le plus récent sans pied de segment SIDX : celui qu&apos;un rédacteur avait ouvert</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="252"/>
        <source>No SIDX footer although a later segment exists</source>
        <translation>Pas de pied de segment SIDX bien qu&apos;un segment ultérieur existe</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="253"/>
        <source>Has a SIDX footer: the writer sealed it</source>
        <translation>A un pied de segment SIDX : le rédacteur l&apos;a scellé</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="256"/>
        <source>Footer starts at offset %1</source>
        <translation>Le pied de segment commence au décalage %1</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="263"/>
        <source>CRC mismatch at %1</source>
        <translation>CRC incorrect à %1</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="266"/>
        <source>%1 entries, %2 bytes read</source>
        <translation>%1 entrées, %2 octets lus</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="267"/>
        <source>The restore did not read this segment (covered by a snapshot)</source>
        <translation>La restauration n&apos;a pas lu ce segment (couvert par un instantané)</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="278"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="279"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="280"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="281"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="282"/>
        <source>Footer</source>
        <translation>Pied de segment</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="283"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="284"/>
        <source>Visible</source>
        <translation>Visibles</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="285"/>
        <source>CRC bad</source>
        <translation>CRC incorrect</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="286"/>
        <source>Torn tail</source>
        <translation>Fin tronquée</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="287"/>
        <source>Restore read</source>
        <translation>Lu par la restauration</translation>
    </message>
    <message>
        <location filename="../ui/models/segment_model.cpp" line="288"/>
        <source>Read time</source>
        <translation>Temps de lecture</translation>
    </message>
</context>
<context>
    <name>batscope::ui::StoreComparison</name>
    <message>
        <location filename="../ui/store_comparison.cpp" line="44"/>
        <source>Unpacking %1…</source>
        <translation>Décompression de %1…</translation>
    </message>
    <message>
        <location filename="../ui/store_comparison.cpp" line="56"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/store_comparison.cpp" line="63"/>
        <source>%1 holds no .fbat segment file: it is not a batpak data directory.</source>
        <translation>%1 ne contient aucun fichier de segment .fbat : ce n&apos;est pas un répertoire de données batpak.</translation>
    </message>
    <message>
        <location filename="../ui/store_comparison.cpp" line="78"/>
        <source>Comparing the two stores…</source>
        <translation>Comparaison des deux magasins…</translation>
    </message>
</context>
<context>
    <name>batscope::ui::StoreDiffModel</name>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="36"/>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="37"/>
        <source>B extends A</source>
        <translation>B prolonge A</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="38"/>
        <source>A extends B</source>
        <translation>A prolonge B</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="39"/>
        <source>diverged</source>
        <translation>divergent</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="40"/>
        <source>only in A</source>
        <translation>seulement dans A</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="41"/>
        <source>only in B</source>
        <translation>seulement dans B</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="74"/>
        <source>event id</source>
        <translation>identifiant d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="75"/>
        <source>hashes</source>
        <translation>hachages</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="76"/>
        <source>frame bytes</source>
        <translation>octets de trame</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="85"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="86"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="87"/>
        <source>Events in A</source>
        <translation>Événements dans A</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="88"/>
        <source>Events in B</source>
        <translation>Événements dans B</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="89"/>
        <source>From position</source>
        <translation>À partir de la position</translation>
    </message>
    <message>
        <location filename="../ui/models/store_diff_model.cpp" line="90"/>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
</context>
<context>
    <name>batscope::ui::StoreSession</name>
    <message>
        <location filename="../ui/store_session.cpp" line="66"/>
        <source>%1 holds no segment file (*.fbat), so it is not a batpak data directory.</source>
        <translation>%1 ne contient aucun fichier de segment (*.fbat) : ce n&apos;est pas un répertoire de données batpak.</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="74"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="75"/>
        <source>Data directories inside it: %1</source>
        <translation>Répertoires de données qu&apos;il contient : %1</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="159"/>
        <source>Opening was cancelled.</source>
        <translation>L&apos;ouverture a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="227"/>
        <source>Building the true view</source>
        <translation>Construction de la vue réelle</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="242"/>
        <source>Cross-checking batpak&apos;s index</source>
        <translation>Contre-vérification de l&apos;index de batpak</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="245"/>
        <location filename="../ui/store_session.cpp" line="253"/>
        <source>Verifying hash chains</source>
        <translation>Vérification des chaînes de hachage</translation>
    </message>
    <message>
        <location filename="../ui/store_session.cpp" line="266"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>batscope::ui::TimelineView</name>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="108"/>
        <source>Stack by scope</source>
        <translation>Empiler par portée</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="109"/>
        <source>Stack by kind category</source>
        <translation>Empiler par catégorie de type</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="111"/>
        <source>Select span</source>
        <translation>Sélectionner une plage</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="113"/>
        <source>Drag across the plot to filter the events to a time span (or Shift+drag at any time)</source>
        <translation>Faites glisser sur le graphique pour filtrer les événements sur une plage de temps (ou Maj+glisser à tout moment)</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="115"/>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="132"/>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="232"/>
        <source>(no scope)</source>
        <translation>(sans portée)</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="234"/>
        <source>kind %1:*</source>
        <translation>type %1:*</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="237"/>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="375"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>%1 événements sur %2 affichés · intervalles de %3</translation>
    </message>
    <message>
        <location filename="../ui/views/timeline_view.cpp" line="382"/>
        <source>No store open.</source>
        <translation>Aucun magasin de données ouvert.</translation>
    </message>
</context>
<context>
    <name>batscope::ui::WarningsView</name>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="33"/>
        <source>Filter by category, file or message</source>
        <translation>Filtrer par catégorie, fichier ou message</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="36"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="37"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="38"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="39"/>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="40"/>
        <source>Show findings of one severity</source>
        <translation>Afficher les constats d&apos;une gravité donnée</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="64"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="98"/>
        <source>Select a finding to read it whole. A click on one about an event selects the event; a double-click on one about a place narrows the table to its segment.</source>
        <translation>Sélectionnez un constat pour le lire en entier. Un clic sur un constat portant sur un événement sélectionne cet événement ; un double-clic sur un constat portant sur un emplacement restreint la table à son segment.</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="101"/>
        <source>Show Bytes</source>
        <translation>Afficher les octets</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="103"/>
        <source>Show the bytes of the file at the offset this finding names</source>
        <translation>Afficher les octets du fichier au décalage que nomme ce constat</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="150"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="150"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="151"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="151"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="152"/>
        <source>1 info</source>
        <translation>1 info</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="152"/>
        <source>%1 info</source>
        <translation>%1 infos</translation>
    </message>
    <message>
        <location filename="../ui/views/warnings_view.cpp" line="153"/>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
</context>
<context>
    <name>batscope::ui::WelcomeView</name>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="66"/>
        <source>Welcome to Batscope</source>
        <translation>Bienvenue dans Batscope</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="67"/>
        <source>Batscope opens the data directory of a batpak 0.5.0 store (the folder of .fbat segment files) or a .batpak.tar.zst archive of one, read-only: it rebuilds the index as batpak does and shows every event, its bytes, the segments, the causal links and the hash chains. You can also drop a folder or an archive on this window.</source>
        <translation>Batscope ouvre le répertoire de données d’un magasin de données batpak 0.5.0 (le dossier des fichiers de segment .fbat) ou une archive .batpak.tar.zst de celui-ci, en lecture seule : il reconstruit l’index comme batpak et montre chaque événement, ses octets, les segments, les liens de causalité et les chaînes de hachage. Vous pouvez aussi déposer un dossier ou une archive sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="71"/>
        <source>Open Data Directory…</source>
        <translation>Ouvrir un répertoire de données…</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="72"/>
        <source>Open Archive…</source>
        <translation>Ouvrir une archive…</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="73"/>
        <source>Generate the Demo Store (200,000 Events)</source>
        <translation>Générer le magasin de démonstration (200 000 événements)</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="74"/>
        <source>Writes a demo store of its own in Batscope&apos;s data folder, then opens it</source>
        <translation>Écrit un magasin de démonstration dans le dossier de données de Batscope, puis l’ouvre</translation>
    </message>
    <message>
        <location filename="../ui/views/welcome_view.cpp" line="75"/>
        <source>Recent stores</source>
        <translation>Magasins récents</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Browse batpak 0.5.0 event stores.</source>
        <translation>Parcourir les magasins de données d&apos;événements batpak 0.5.0.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Data directory (or a segment file in it) to open.</source>
        <translation>Répertoire de données (ou fichier de segment qu&apos;il contient) à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Colour theme: system, light or dark.</source>
        <translation>Thème de couleurs : system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Restore path: mmap, checkpoint, rebuild or scan.</source>
        <translation>Chemin de restauration : mmap, checkpoint, rebuild ou scan.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Save a screenshot of the window once the store has opened, then exit.</source>
        <translation>Enregistrer une capture d&apos;écran de la fenêtre une fois le magasin de données ouvert, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>Analysis tab to show: graph, chains, timeline, restore, compare or warnings.</source>
        <translation>Onglet d&apos;analyse à afficher : graph, chains, timeline, restore, compare ou warnings.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Start in the true view.</source>
        <translation>Démarrer dans la vue réelle.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Select this event once the store has opened: an event id or a global sequence.</source>
        <translation>Sélectionner cet événement une fois le magasin de données ouvert : un ID d&apos;événement ou une séquence globale.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Follow the data directory while it is written: new events appear as they are committed.</source>
        <translation>Suivre le répertoire de données pendant son écriture : les nouveaux événements apparaissent dès qu’ils sont validés.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <source>Once the store has opened, compare it with this other store or archive (Analyze → Compare with Store); with --screenshot, the comparison is saved.</source>
        <translation>Une fois le magasin ouvert, le comparer à cet autre magasin ou archive (Analyse → Comparer avec un magasin) ; avec --screenshot, la comparaison est enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1600x960).</source>
        <translation>Taille de la fenêtre pour --screenshot, en LARGEURxHAUTEUR (par défaut 1600x960).</translation>
    </message>
</context>
</TS>
