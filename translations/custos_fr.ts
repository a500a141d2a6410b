<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/certificates/StageCertificateDialog.cpp" line="+31"/>
        <source>No %1 was chosen</source>
        <translation>Aucun fichier choisi pour « %1 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the field is empty</source>
        <translation>le champ est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Choisissez le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 could not be read</source>
        <translation>Le fichier « %1 » n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and the file&apos;s permissions</source>
        <translation>Vérifiez le chemin et les droits d’accès du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is too large</source>
        <translation>Le fichier « %1 » est trop volumineux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2 bytes; at most %3 are accepted</source>
        <translation>%1 fait %2 octets ; %3 au plus sont acceptés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the certificate file itself</source>
        <translation>Choisissez le fichier du certificat lui-même</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keys/KeyRotationPanel.cpp" line="+21"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/keys/RealmKeysPage.cpp" line="+42"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate unreadable</source>
        <translation>certificat illisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
</context>
<context>
    <name>custos::ActionDialog</name>
    <message>
        <location filename="../ui/users/dialogs/ActionDialog.cpp" line="+97"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
</context>
<context>
    <name>custos::ActionGating</name>
    <message>
        <location filename="../ui/users/ActionGating.cpp" line="+15"/>
        <source>no realm-management roles</source>
        <translation>aucun rôle realm-management</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the realm-management role %1; you have: %2</source>
        <translation>Nécessite le rôle realm-management %1 ; vous avez : %2</translation>
    </message>
</context>
<context>
    <name>custos::ActivityChart</name>
    <message>
        <location filename="../ui/audit/ActivityChart.cpp" line="+14"/>
        <location line="+3"/>
        <source>Activity per day</source>
        <translation>Activité par jour</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed sign-ins</source>
        <translation>Connexions échouées</translation>
    </message>
</context>
<context>
    <name>custos::AuditFilterBar</name>
    <message>
        <location filename="../ui/audit/AuditFilterBar.cpp" line="+33"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;ntil</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search anywhere in the record</source>
        <translation>Rechercher dans tout l’enregistrement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until (UTC)</source>
        <translation>Jusqu’au (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
</context>
<context>
    <name>custos::AuditLogModel</name>
    <message>
        <location filename="../ui/audit/AuditLogModel.cpp" line="+158"/>
        <source>Not yet checked</source>
        <translation>Pas encore contrôlé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified by the hash chain%1; not yet covered by a signed checkpoint</source>
        <translation>Vérifié par la chaîne de hachage%1 ; pas encore couvert par un point de contrôle signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and its HMAC</source>
        <translation> et son HMAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: in the signed tree of %1 records, hash chain intact</source>
        <translation>Vérifié : dans l’arbre signé de %1 enregistrements, chaîne de hachage intacte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1 — %2</source>
        <translation>Échec : %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: the ledger failed verification (%1 at seq %2)</source>
        <translation>Non vérifié : la vérification du registre a échoué (%1 au n° %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified: the ledger failed verification (%1)</source>
        <translation>Non vérifié : la vérification du registre a échoué (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not checked</source>
        <translation>non contrôlé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>custos::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+35"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF &amp;report…</source>
        <translation>&amp;Rapport PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit records</source>
        <translation>Enregistrements d’audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the verification summary and the records the filter shows as a PDF report</source>
        <translation>Enregistrer le résumé de vérification et les enregistrements affichés par le filtre dans un rapport PDF</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record details</source>
        <translation>Détails de l’enregistrement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verification</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Opening the ledger…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indexing the export…</source>
        <translation>Indexation de l’export…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n enregistrement affiché</numerusform>
            <numerusform>%n enregistrements affichés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; searching…</source>
        <translation>%1 ; recherche en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; more as you scroll</source>
        <translation>%1 ; la suite au défilement</translation>
    </message>
</context>
<context>
    <name>custos::AuditReport</name>
    <message>
        <location filename="../ui/reports/AuditReport.cpp" line="+52"/>
        <source>The report was cancelled</source>
        <translation>Le rapport a été annulé</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Selecting records…</source>
        <translation>Sélection des enregistrements…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unreadable record: %1</source>
        <translation>enregistrement illisible : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many records for one report</source>
        <translation>Trop d’enregistrements pour un seul rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 records match the filter</source>
        <translation>plus de %1 enregistrements correspondent au filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the filter or the time range</source>
        <translation>Restreignez le filtre ou la période</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: every record</source>
        <translation>aucun : tous les enregistrements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From (inclusive)</source>
        <translation>Du (inclus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (exclusive)</source>
        <translation>Au (exclu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor contains</source>
        <translation>Acteur contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action contains</source>
        <translation>Action contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target contains</source>
        <translation>Cible contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome is</source>
        <translation>Résultat est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source is</source>
        <translation>Source est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant contains</source>
        <translation>Locataire contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contains</source>
        <translation>Texte contient</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit report</source>
        <translation>Rapport d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger %1 (%2 records).</source>
        <translation>Registre %1 (%2 enregistrements).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated %1 by %2.</source>
        <translation>Généré le %1 par %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated %1 by %2 for the environment %3.</source>
        <translation>Généré le %1 par %2 pour l’environnement %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 records valid</source>
        <translation>%1/%2 enregistrements valides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification failed: %1 at seq %2</source>
        <translation>Échec de la vérification : %1 au n° %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification failed: %1</source>
        <translation>Échec de la vérification : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records valid</source>
        <translation>Enregistrements valides</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is wrong</source>
        <translation>Problème constaté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record HMACs</source>
        <translation>HMAC des enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked</source>
        <translation>contrôlés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not checked (no key given)</source>
        <translation>non contrôlés (aucune clé fournie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records after the latest checkpoint</source>
        <translation>Enregistrements postérieurs au dernier point de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (covered by the hash chain and HMACs only)</source>
        <translation>%1 (couverts uniquement par la chaîne de hachage et les HMAC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree size</source>
        <translation>Taille de l’arbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root hash</source>
        <translation>Hachage racine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the ledger has no readable signed checkpoint</source>
        <translation>aucun : le registre n’a aucun point de contrôle signé lisible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifier key</source>
        <translation>Clé de vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the one your organisation publishes.</source>
        <translation>Comparez l’empreinte avec celle que publie votre organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the ledger names no readable verifier key</source>
        <translation>aucune : le registre ne nomme aucune clé de vérification lisible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records listed</source>
        <translation>Enregistrements listés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+4"/>
        <source>Could not write the audit report</source>
        <translation>Impossible d’écrire le rapport d’audit</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the watermark needs the name of the operator generating it</source>
        <translation>le filigrane nécessite le nom de l’opérateur qui le génère</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it would replace the ledger it reports on</source>
        <translation>il remplacerait le registre dont il rend compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file name</source>
        <translation>Choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Verifying %n record(s)…</source>
        <translation>
            <numerusform>Vérification de %n enregistrement…</numerusform>
            <numerusform>Vérification de %n enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No record matches the filter.</source>
        <translation>Aucun enregistrement ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <location line="+25"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Audit report: %1</source>
        <translation>Rapport d’audit : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Custos audit report · %1</source>
        <translation>Rapport d’audit Custos · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF writer failed</source>
        <translation>l’écriture du PDF a échoué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing page %1 of %2…</source>
        <translation>Écriture de la page %1 sur %2…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>custos::AuditReportDialog</name>
    <message>
        <location filename="../ui/reports/AuditReportDialog.cpp" line="+25"/>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit report</source>
        <translation>Rapport d’audit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save audit report</source>
        <translation>Enregistrer le rapport d’audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying the ledger…</source>
        <translation>Vérification du registre…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ledger verifies: %1 records valid.</source>
        <translation>Le registre est vérifié : %1 enregistrements valides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger does NOT verify; the report shows the first failure.</source>
        <translation>Le registre n’est PAS vérifié ; le rapport indique la première anomalie.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) listed</source>
        <translation>
            <numerusform>%n enregistrement listé</numerusform>
            <numerusform>%n enregistrements listés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Wrote %2: %3, %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2 écrit : %3, %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>custos::AuditorWindow</name>
    <message>
        <location filename="../ui/audit/AuditorWindow.cpp" line="+34"/>
        <source>&amp;Pin this key</source>
        <translation>É&amp;pingler cette clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custos — Auditor</source>
        <translation>Custos — Auditeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust this key for this origin from now on. Compare the fingerprint with the one your organisation publishes first.</source>
        <translation>Faire confiance à cette clé pour cette origine désormais. Comparez d’abord l’empreinte avec celle que publie votre organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open ledger export…</source>
        <translation>&amp;Ouvrir un export du registre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;report as PDF…</source>
        <translation>Enregistrer le &amp;rapport en PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifier key fingerprint:</source>
        <translation>Empreinte de la clé de vérification :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a ledger export (File → Open ledger export…) to verify it. No sign-in is needed.</source>
        <translation>Ouvrez un export du registre (Fichier → Ouvrir un export du registre…) pour le vérifier. Aucune connexion n’est nécessaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open ledger export</source>
        <translation>Ouvrir un export du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger exports (*.custos-ledger *.jsonl *.json);;All files (*)</source>
        <translation>Exports du registre (*.custos-ledger *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a ledger export first.</source>
        <translation>Ouvrez d’abord un export du registre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (auditor, local account)</source>
        <translation>%1 (auditeur, compte local)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit report was saved to %1</source>
        <translation>Le rapport d’audit a été enregistré dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — Custos Auditor</source>
        <translation>%1 — Custos Auditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pin the key</source>
        <translation>Épingler la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key pinned for %1</source>
        <translation>Clé épinglée pour %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Could not open the export.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Impossible d’ouvrir l’export.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;UNTRUSTED KEY.&lt;/b&gt; This export is signed by a key other than the one you pinned for %1. Do not rely on it.</source>
        <translation>&lt;b&gt;CLÉ NON FIABLE.&lt;/b&gt; Cet export est signé par une autre clé que celle que vous avez épinglée pour %1. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;HISTORY REWRITTEN.&lt;/b&gt; This export does not extend the checkpoint of %1 records you saw before from %2: records were changed, removed or replaced since.</source>
        <translation>&lt;b&gt;HISTORIQUE RÉÉCRIT.&lt;/b&gt; Cet export ne prolonge pas le point de contrôle de %1 enregistrements que vous avez vu auparavant pour %2 : des enregistrements ont été modifiés, supprimés ou remplacés depuis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;KEY CHANGED.&lt;/b&gt; The checkpoint you saw before from %1 was signed by another key than this export&apos;s: its history cannot be linked to what you saw.</source>
        <translation>&lt;b&gt;CLÉ CHANGÉE.&lt;/b&gt; Le point de contrôle que vous avez vu auparavant pour %1 a été signé par une autre clé que celle de cet export : son historique ne peut pas être relié à ce que vous avez vu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;VERIFICATION FAILED&lt;/b&gt;: %1%2. %3</source>
        <translation>&lt;b&gt;ÉCHEC DE LA VÉRIFICATION&lt;/b&gt; : %1%2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at seq %1</source>
        <translation> au n° %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Verified:&lt;/b&gt; %1/%2 records, checkpoint of %3 records from %4.</source>
        <translation>&lt;b&gt;Vérifié :&lt;/b&gt; %1/%2 enregistrements, point de contrôle de %3 enregistrements de %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by the key you pinned.</source>
        <translation>Signé par la clé que vous avez épinglée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is not pinned: compare its fingerprint below with the one your organisation publishes, then pin it.</source>
        <translation>La clé n’est pas épinglée : comparez son empreinte ci-dessous avec celle que publie votre organisation, puis épinglez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First export seen from this origin.</source>
        <translation>Premier export vu pour cette origine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extends the checkpoint of %1 records you saw before.</source>
        <translation>Prolonge le point de contrôle de %1 enregistrements que vous avez vu auparavant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Older than the checkpoint of %1 records you saw before: it cannot show it is part of it.</source>
        <translation>Antérieur au point de contrôle de %1 enregistrements que vous avez vu auparavant : il ne peut pas montrer qu’il en fait partie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A filtered export cannot show it extends the checkpoint of %1 records you saw before.</source>
        <translation>Un export filtré ne peut pas montrer qu’il prolonge le point de contrôle de %1 enregistrements que vous avez vu auparavant.</translation>
    </message>
</context>
<context>
    <name>custos::BulkDialog</name>
    <message>
        <location filename="../ui/users/dialogs/BulkDialog.cpp" line="+53"/>
        <source>Bulk action</source>
        <translation>Action groupée</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Reading the realm&apos;s roles…</source>
        <translation>Lecture des rôles du realm…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Load a CSV file…</source>
        <translation>&amp;Charger un fichier CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line per user: username,action[,change] where action is leaver, role-change, unlock or mfa-reset, and change is &quot;+role -role&quot; for role-change.</source>
        <translation>Une ligne par utilisateur : username,action[,change] où action vaut leaver, role-change, unlock ou mfa-reset, et change vaut &quot;+rôle -rôle&quot; pour role-change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the CSV file</source>
        <translation>Problèmes dans le fichier CSV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles to add</source>
        <translation>Rôles à ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles to remove</source>
        <translation>Rôles à retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leavers also leave all their &amp;groups</source>
        <translation>Les départs quittent aussi tous leurs &amp;groupes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Users:</source>
        <translation>Utilisateurs :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel the rest</source>
        <translation>&amp;Annuler le reste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new starts; the operations already sent finish and are recorded.</source>
        <translation>Plus rien ne démarre ; les opérations déjà envoyées se terminent et sont enregistrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling: waiting for the operations already sent…</source>
        <translation>Annulation : attente des opérations déjà envoyées…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select users in the list, or load a CSV file.</source>
        <translation>Sélectionnez des utilisateurs dans la liste ou chargez un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file names no user.</source>
        <translation>Le fichier CSV ne nomme aucun utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the realm&apos;s roles…</source>
        <translation>Attente des rôles du realm…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the roles to add or to remove.</source>
        <translation>Cochez les rôles à ajouter ou à retirer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A role cannot be both added and removed.</source>
        <translation>Un rôle ne peut pas être à la fois ajouté et retiré.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s) from the CSV file</source>
        <translation>
            <numerusform>%n ligne du fichier CSV</numerusform>
            <numerusform>%n lignes du fichier CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n utilisateur sélectionné</numerusform>
            <numerusform>%n utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load a bulk CSV</source>
        <translation>Charger un fichier CSV groupé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is too large for a bulk file (more than %2 MiB).</source>
        <translation>%1 est trop volumineux pour un fichier groupé (plus de %2 Mio).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %n user(s)</source>
        <translation>
            <numerusform>%1 : %n utilisateur</numerusform>
            <numerusform>%1 : %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Run on %n user(s)?&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Exécuter sur %n utilisateur ?&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Exécuter sur %n utilisateurs ?&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Leavers also leave all their groups.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les départs quittent aussi tous leurs groupes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Resetting MFA asks you to sign in again first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La réinitialisation de la MFA vous demande d’abord de vous reconnecter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Each user is one operation and one record in the audit ledger. Operations already sent are not undone by Cancel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque utilisateur fait l’objet d’une opération et d’un enregistrement dans le registre d’audit. Les opérations déjà envoyées ne sont pas annulées par Annuler.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Run on %n user(s)</source>
        <translation>
            <numerusform>E&amp;xécuter sur %n utilisateur</numerusform>
            <numerusform>E&amp;xécuter sur %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 effectués</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>All %n user(s) done.</source>
        <translation>
            <numerusform>%n utilisateur traité.</numerusform>
            <numerusform>Les %n utilisateurs ont été traités.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done, %2 not done: see the table.</source>
        <translation>%1 effectués, %2 non effectués : voir le tableau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the results to %1</source>
        <translation>Impossible d’enregistrer les résultats dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another place</source>
        <translation>Choisissez un autre emplacement</translation>
    </message>
</context>
<context>
    <name>custos::BulkResultsModel</name>
    <message>
        <location filename="../ui/users/dialogs/BulkResultsModel.cpp" line="+75"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation id</source>
        <translation>Identifiant de corrélation</translation>
    </message>
</context>
<context>
    <name>custos::CertificateTimeline</name>
    <message>
        <location filename="../ui/certificates/CertificateTimeline.cpp" line="+29"/>
        <source>Certificate validity timeline</source>
        <translation>Chronologie de validité des certificats</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staged</source>
        <translation>préparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): valid %3 – %4, %5</source>
        <translation>%1 (%2) : valide du %3 au %4, %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No certificates</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No certificates to show</source>
        <translation>Aucun certificat à afficher</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>custos::CertificatesPage</name>
    <message>
        <location filename="../ui/certificates/CertificatesPage.cpp" line="+76"/>
        <source>Platform certificates</source>
        <translation>Certificats de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names (SAN)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Platform certificates</source>
        <translation>Certificats de la &amp;plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant CA certificates</source>
        <translation>Certificats d’AC des &amp;locataires</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Stage…</source>
        <extracomment>Hands a certificate to the platform without putting it in service; activating it is a later step.</extracomment>
        <translation>&amp;Préparer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the certificates again</source>
        <translation>Relire les certificats</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ends within %1 days</source>
        <translation>Expire sous %1 jours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 active &amp;nbsp; %2 staged &amp;nbsp; %3 archived &amp;nbsp; %4 ends within %5 days &amp;nbsp; %6 expired &amp;nbsp; %7 today</source>
        <translation>%1 actif &amp;nbsp; %2 préparé &amp;nbsp; %3 archivé &amp;nbsp; %4 expire sous %5 jours &amp;nbsp; %6 expiré &amp;nbsp; %7 aujourd’hui</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stage a new certificate from a PEM or PKCS#12 file</source>
        <translation>Préparer un nouveau certificat à partir d’un fichier PEM ou PKCS#12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected staged certificate in service (asks you to confirm your identity)</source>
        <translation>Mettre en service le certificat préparé sélectionné (vous demande de confirmer votre identité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected archived certificate back in service (asks you to confirm your identity)</source>
        <translation>Remettre en service le certificat archivé sélectionné (vous demande de confirmer votre identité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the selected staged certificate (asks you to confirm your identity)</source>
        <translation>Abandonner le certificat préparé sélectionné (vous demande de confirmer votre identité)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Activate certificate</source>
        <translation>Activer le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 in service? The active certificate is archived (it can be restored).</source>
        <translation>Mettre %1 en service ? Le certificat actif est archivé (il pourra être restauré).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore certificate</source>
        <translation>Restaurer le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the archived %1 back in service? The active certificate is archived.</source>
        <translation>Remettre en service le certificat archivé %1 ? Le certificat actif est archivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard certificate</source>
        <translation>Abandonner le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the staged %1? It has to be staged again to be used.</source>
        <translation>Abandonner le certificat préparé %1 ? Il devra être préparé de nouveau pour être utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>You will be asked to confirm your identity unless you signed in within the last %n minute(s).</source>
        <translation>
            <numerusform>Il vous sera demandé de confirmer votre identité, sauf si vous vous êtes connecté dans la dernière minute.</numerusform>
            <numerusform>Il vous sera demandé de confirmer votre identité, sauf si vous vous êtes connecté dans les %n dernières minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirming it is you: sign in again in your browser if it asks</source>
        <translation>Confirmation de votre identité : reconnectez-vous dans votre navigateur s’il le demande</translation>
    </message>
</context>
<context>
    <name>custos::CheckableList</name>
    <message>
        <location filename="../ui/users/dialogs/CheckableList.cpp" line="+28"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
</context>
<context>
    <name>custos::ChunkedProver</name>
    <message>
        <location filename="../ui/audit/ChunkedProver.cpp" line="+33"/>
        <source>The inclusion proof was cancelled</source>
        <translation>La preuve d’inclusion a été annulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not build the inclusion proof</source>
        <translation>Impossible de construire la preuve d’inclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records %1 to %2 are not all present</source>
        <translation>les enregistrements %1 à %2 ne sont pas tous présents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No inclusion proof</source>
        <translation>Aucune preuve d’inclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record %1 is not covered by the checkpoint of %2 records</source>
        <translation>l’enregistrement %1 n’est pas couvert par le point de contrôle de %2 enregistrements</translation>
    </message>
</context>
<context>
    <name>custos::DatabaseReader</name>
    <message>
        <location filename="../ui/audit/DatabaseReader.cpp" line="+76"/>
        <source>the database %1 answered: %2</source>
        <translation>la base de données %1 a répondu : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the ledger</source>
        <translation>Impossible de lire le registre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>Could not open the ledger</source>
        <translation>Impossible d’ouvrir le registre</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a ledger database</source>
        <translation>%1 n’est pas une base de données de registre</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not read the ledger records</source>
        <translation>Impossible de lire les enregistrements du registre</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The search was cancelled</source>
        <translation>La recherche a été annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not search the ledger</source>
        <translation>Impossible de rechercher dans le registre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the ledger&apos;s hashes</source>
        <translation>Impossible de lire les hachages du registre</translation>
    </message>
</context>
<context>
    <name>custos::DetailTab</name>
    <message>
        <location filename="../ui/users/DetailTab.cpp" line="+22"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Select a user to see the details.</source>
        <translation>Sélectionnez un utilisateur pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>custos::ExpiryModel</name>
    <message numerus="yes">
        <location filename="../ui/expiry/ExpiryModel.cpp" line="+41"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>⚠ %n day(s)</source>
        <translation>
            <numerusform>⚠ %n jour</numerusform>
            <numerusform>⚠ %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keycloak</source>
        <translation>Keycloak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>custos::ExpiryPage</name>
    <message>
        <location filename="../ui/expiry/ExpiryPage.cpp" line="+28"/>
        <source>Certificates and keys by expiry</source>
        <translation>Certificats et clés par date d’expiration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the certificates and keys again</source>
        <translation>Contrôler de nouveau les certificats et les clés</translation>
    </message>
</context>
<context>
    <name>custos::ExpirySummary</name>
    <message>
        <location filename="../ui/expiry/ExpirySummary.cpp" line="+11"/>
        <source>Certificate and key expiry</source>
        <translation>Expiration des certificats et des clés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking certificates and keys…</source>
        <translation>Contrôle des certificats et des clés…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n certificat expiré</numerusform>
            <numerusform>%n certificats expirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n realm key(s) expired</source>
        <translation>
            <numerusform>%n clé du realm expirée</numerusform>
            <numerusform>%n clés du realm expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n certificate(s) expire within %1 days</source>
        <translation>
            <numerusform>%n certificat expire sous %1 jours</numerusform>
            <numerusform>%n certificats expirent sous %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n realm key(s) expire within %1 days</source>
        <translation>
            <numerusform>%n clé du realm expire sous %1 jours</numerusform>
            <numerusform>%n clés du realm expirent sous %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing expires within %1 days (%n certificate(s) and key(s) checked).</source>
        <translation>
            <numerusform>Rien n’expire sous %1 jours (%n certificat ou clé contrôlé).</numerusform>
            <numerusform>Rien n’expire sous %1 jours (%n certificats et clés contrôlés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked: %1</source>
        <translation>Non contrôlé : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>custos::ExportIndex</name>
    <message>
        <location filename="../ui/audit/ExportIndex.cpp" line="+27"/>
        <source>Could not read the export %1</source>
        <translation>Impossible de lire l’export %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+24"/>
        <source>Could not read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>it is not a custos ledger export</source>
        <translation>ce n’est pas un export de registre Custos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its first line is not a version 1 export header</source>
        <translation>sa première ligne n’est pas un en-tête d’export de version 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the export was cancelled</source>
        <translation>L’ouverture de l’export a été annulée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a record follows the trailer at byte %1</source>
        <translation>un enregistrement suit la fin de fichier à l’octet %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a line at byte %1 is too long</source>
        <translation>une ligne à l’octet %1 est trop longue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it does not end with a newline (it may be cut short)</source>
        <translation>il ne se termine pas par un saut de ligne (il est peut-être tronqué)</translation>
    </message>
</context>
<context>
    <name>custos::ExportReader</name>
    <message>
        <location filename="../ui/audit/ExportReader.cpp" line="+44"/>
        <location line="+16"/>
        <source>Could not read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file changed or could not be read: %1</source>
        <translation>le fichier a changé ou n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The search was cancelled</source>
        <translation>La recherche a été annulée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No inclusion proof</source>
        <translation>Aucune preuve d’inclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the export carries no proof for record %1</source>
        <translation>l’export ne contient aucune preuve pour l’enregistrement %1</translation>
    </message>
</context>
<context>
    <name>custos::HelpdeskDialog</name>
    <message>
        <location filename="../ui/users/dialogs/HelpdeskDialog.cpp" line="+19"/>
        <source>Set a new password</source>
        <translation>Définir un nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up an authenticator app (OTP)</source>
        <translation>Configurer une application d’authentification (OTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the e-mail address</source>
        <translation>Vérifier l’adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the profile</source>
        <translation>Vérifier le profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask the user to</source>
        <translation>Demander à l’utilisateur de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Temporary password:</source>
        <translation>Mot de passe temporaire :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;p&gt;Reset the second factor of %1?&lt;/p&gt;&lt;p&gt;Their authenticator apps and security keys are removed, they must set up a new authenticator at the next sign-in, and every session they have is ended.&lt;/p&gt;&lt;p&gt;You will be asked to sign in again first if you have not within the last %2 minutes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réinitialiser le second facteur de %1 ?&lt;/p&gt;&lt;p&gt;Ses applications d’authentification et ses clés de sécurité sont supprimées, l’utilisateur devra configurer un nouvel authentificateur à la prochaine connexion, et toutes ses sessions sont fermées.&lt;/p&gt;&lt;p&gt;Il vous sera d’abord demandé de vous reconnecter si vous ne l’avez pas fait dans les %2 dernières minutes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Reset the password of %1?&lt;/p&gt;&lt;p&gt;A temporary password is generated and shown to you once; the user must change it at the next sign-in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réinitialiser le mot de passe de %1 ?&lt;/p&gt;&lt;p&gt;Un mot de passe temporaire est généré et vous est affiché une seule fois ; l’utilisateur devra le changer à la prochaine connexion.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Unlock %1?&lt;/p&gt;&lt;p&gt;The account is locked after %2 failed sign-ins (the last from %3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Déverrouiller %1 ?&lt;/p&gt;&lt;p&gt;Le compte est verrouillé après %2 connexions échouées (la dernière depuis %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Clear the failed sign-ins of %1?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Effacer les connexions échouées de %1 ?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Send %1 an e-mail at %2 with a link to do the following:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envoyer à %1 un e-mail à l’adresse %2 avec un lien pour :&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;End this session of %1?&lt;/p&gt;&lt;p&gt;Started %2 from %3, last used %4; clients: %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fermer cette session de %1 ?&lt;/p&gt;&lt;p&gt;Ouverte le %2 depuis %3, dernière utilisation le %4 ; clients : %5.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>custos::JoinerDialog</name>
    <message>
        <location filename="../ui/users/dialogs/JoinerDialog.cpp" line="+33"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a &amp;temporary password (shown once)</source>
        <translation>Générer un mot de passe &amp;temporaire (affiché une seule fois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an &amp;e-mail asking the user to set a password and verify the address</source>
        <translation>Envoyer un &amp;e-mail demandant à l’utilisateur de définir un mot de passe et de vérifier l’adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temporary password:</source>
        <translation>Mot de passe temporaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the existing user</source>
        <translation>&amp;Ouvrir l’utilisateur existant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First sign-in</source>
        <translation>Première connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Realm roles</source>
        <translation>Rôles du realm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the realm&apos;s roles…</source>
        <translation>Lecture des rôles du realm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the realm&apos;s groups…</source>
        <translation>Lecture des groupes du realm…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the first %1 groups are listed.</source>
        <translation>Seuls les %1 premiers groupes sont listés.</translation>
    </message>
</context>
<context>
    <name>custos::KeyRotationPanel</name>
    <message>
        <location filename="../ui/keys/KeyRotationPanel.cpp" line="+11"/>
        <source>Guided key rotation</source>
        <translation>Rotation guidée des clés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. &amp;Add a new key</source>
        <translation>1. &amp;Ajouter une nouvelle clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Make the old key &amp;passive</source>
        <translation>2. Rendre l’ancienne clé &amp;passive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. &amp;Delete the old key</source>
        <translation>3. &amp;Supprimer l’ancienne clé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Algorithm to rotate</source>
        <translation>Algorithme à renouveler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Algorithm:</source>
        <translation>Algorithme :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The realm&apos;s token lifetimes have not been read yet.</source>
        <translation>Les durées de vie des jetons du realm n’ont pas encore été lues.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>In this realm access tokens (and ID tokens) live %1; SSO sessions end after %2 idle and %3 at most. Tokens signed by the old key are accepted until they expire, so make it passive no earlier than %1 after step 1, and delete it once no session that could hold such a token remains.</source>
        <translation>Dans ce realm, les jetons d’accès (et les jetons d’identité) vivent %1 ; les sessions SSO se terminent après %2 d’inactivité et %3 au plus. Les jetons signés par l’ancienne clé restent acceptés jusqu’à leur expiration : rendez-la passive au plus tôt %1 après l’étape 1, et supprimez-la quand plus aucune session ne peut détenir un tel jeton.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Wait at least as long as the realm&apos;s access-token lifetime (Keycloak&apos;s default is 5 minutes) after step 1 before making the old key passive, and until no session could still hold a token it signed before deleting it.</source>
        <translation>%1 Attendez au moins la durée de vie des jetons d’accès du realm (5 minutes par défaut dans Keycloak) après l’étape 1 avant de rendre l’ancienne clé passive, et qu’aucune session ne puisse plus détenir un jeton qu’elle a signé avant de la supprimer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (priorité %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a generated key provider with a higher priority than %1</source>
        <translation>Ajouter un fournisseur de clé générée avec une priorité supérieure à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 must be done first</source>
        <translation>L’étape 1 doit être faite d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 must be done first</source>
        <translation>L’étape 2 doit être faite d’abord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active key of this algorithm to replace.</source>
        <translation>Aucune clé active de cet algorithme à remplacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do: the key %1 of %2 signs now.</source>
        <translation>À faire : la clé %1 de %2 signe actuellement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for step 1.</source>
        <translation>En attente de l’étape 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Waiting for step 2.</source>
        <translation>En attente de l’étape 2.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Done %1: the new provider %2 signs; the old key %3 still verifies.</source>
        <translation>Fait le %1 : le nouveau fournisseur %2 signe ; l’ancienne clé %3 vérifie encore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Ready; recommended from %1.</source>
        <translation>Prêt ; recommandé à partir du %1.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ready once the old key&apos;s tokens have expired.</source>
        <translation>Prêt dès que les jetons de l’ancienne clé auront expiré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done %1: the old key %2 is passive (verifies, no longer signs).</source>
        <translation>Fait le %1 : l’ancienne clé %2 est passive (elle vérifie, mais ne signe plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready once no session holds a token it signed.</source>
        <translation>Prêt dès qu’aucune session ne détient un jeton qu’elle a signé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: the old provider %1 is deleted. The rotation is complete.</source>
        <translation>Fait : l’ancien fournisseur %1 est supprimé. La rotation est terminée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a new %1 key with a higher priority? It signs every new token from then on.</source>
        <translation>Ajouter une nouvelle clé %1 avec une priorité supérieure ? Elle signera désormais chaque nouveau jeton.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the old key %1 passive? Tokens it signed are still verified.</source>
        <translation>Rendre l’ancienne clé %1 passive ? Les jetons qu’elle a signés restent vérifiés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the old key provider? Tokens signed by %1 can no longer be verified.</source>
        <translation>Supprimer l’ancien fournisseur de clé ? Les jetons signés par %1 ne pourront plus être vérifiés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is earlier than recommended (%1): tokens the old key signed may still be in use.</source>
        <translation>C’est plus tôt que recommandé (%1) : des jetons signés par l’ancienne clé sont peut-être encore utilisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key rotation</source>
        <translation>Rotation des clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>custos::LeaverDialog</name>
    <message>
        <location filename="../ui/users/dialogs/LeaverDialog.cpp" line="+10"/>
        <source>Offboard %1</source>
        <translation>Départ de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Offboard</source>
        <translation>&amp;Traiter le départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also remove &amp;group memberships</source>
        <translation>Retirer aussi les appartenances aux &amp;groupes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &amp;lt;%2&amp;gt;</source>
        <translation>%1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Offboard &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Every session of this user is ended at once, then the account is disabled. The account and its history are kept; it can be enabled again later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Traiter le départ de &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Toutes les sessions de cet utilisateur sont fermées immédiatement, puis le compte est désactivé. Le compte et son historique sont conservés ; il pourra être réactivé plus tard.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>custos::LedgerController</name>
    <message>
        <location filename="../ui/LedgerController.cpp" line="+47"/>
        <source>Ledger: not open</source>
        <translation>Registre : non ouvert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ledger: open</source>
        <translation>Registre : ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger: %1 records</source>
        <translation>Registre : %1 enregistrements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ledger: opening…</source>
        <translation>Registre : ouverture…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledger: not open (%1)</source>
        <translation>Registre : non ouvert (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ledger: recording Keycloak events… %1</source>
        <translation>Registre : enregistrement des événements Keycloak… %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ledger: Keycloak events not recorded (%1)</source>
        <translation>Registre : événements Keycloak non enregistrés (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger: recording Keycloak events…</source>
        <translation>Registre : enregistrement des événements Keycloak…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ledger: recording platform audit events… %1</source>
        <translation>Registre : enregistrement des événements d’audit de la plateforme… %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform&apos;s audit chain is broken at event %1: %2</source>
        <translation>La chaîne d’audit de la plateforme est rompue à l’événement %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit chain of tenant %1 is broken at event %2: %3</source>
        <translation>La chaîne d’audit du locataire %1 est rompue à l’événement %2 : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ledger: platform audit chain BROKEN, recording stopped</source>
        <translation>Registre : chaîne d’audit de la plateforme ROMPUE, enregistrement arrêté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledger: platform audit events not recorded (%1)</source>
        <translation>Registre : événements d’audit de la plateforme non enregistrés (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger: recording platform audit events…</source>
        <translation>Registre : enregistrement des événements d’audit de la plateforme…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not export the audit ledger</source>
        <translation>Impossible d’exporter le registre d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting the audit ledger</source>
        <translation>Export du registre d’audit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write the audit report</source>
        <translation>Impossible d’écrire le rapport d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing an audit report</source>
        <translation>Écriture d’un rapport d’audit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not record the audit report</source>
        <translation>Impossible d’enregistrer le rapport d’audit dans le registre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the audit ledger is not open</source>
        <translation>le registre d’audit n’est pas ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first; the ledger opens with the session</source>
        <translation>Connectez-vous d’abord ; le registre s’ouvre avec la session</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export was written</source>
        <translation>L’export a été écrit</translation>
    </message>
</context>
<context>
    <name>custos::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+102"/>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Platform audit chain broken</source>
        <translation>Chaîne d’audit de la plateforme rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Recording the platform&apos;s audit feed stopped at that event, and the break is recorded in the ledger. Report it to the platform team: an event was changed, removed or inserted after it was written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;L’enregistrement du flux d’audit de la plateforme s’est arrêté à cet événement, et la rupture est consignée dans le registre. Signalez-la à l’équipe plateforme : un événement a été modifié, supprimé ou inséré après son écriture.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open this address in your browser to confirm it is you: %1</source>
        <translation>Ouvrez cette adresse dans votre navigateur pour confirmer votre identité : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacting %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your saved session could not be read: %1 You can still sign in; this session will not be remembered.</source>
        <translation>Votre session enregistrée n’a pas pu être lue : %1 Vous pouvez tout de même vous connecter ; cette session ne sera pas mémorisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your saved session has ended (%1). Please sign in again.</source>
        <translation>Votre session enregistrée a pris fin (%1). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has ended: %1</source>
        <translation>Votre session a pris fin : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended (%1). Sign in again? What you were editing stays open.</source>
        <translation>Votre session a pris fin (%1). Vous reconnecter ? Ce que vous étiez en train de modifier reste ouvert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realm keys</source>
        <translation>Clés du realm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry</source>
        <translation>Expirations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring soon:</source>
        <translation>Expire bientôt :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resuming your session…</source>
        <translation>Reprise de votre session…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open ledger export…</source>
        <translation>&amp;Ouvrir un export du registre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bulk action from a CSV file…</source>
        <translation>Action &amp;groupée depuis un fichier CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export audit ledger…</source>
        <translation>&amp;Exporter le registre d’audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save audit &amp;report as PDF…</source>
        <translation>Enregistrer le &amp;rapport d’audit en PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record Keycloak events now</source>
        <translation>En&amp;registrer les événements Keycloak maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Custos</source>
        <translation>À &amp;propos de Custos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Custos</source>
        <translation>À propos de Custos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Custos %1&lt;/h3&gt;&lt;p&gt;A desktop console for identity and access administration, with a signed local audit ledger.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custos %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour l’administration des identités et des accès, avec un registre d’audit local signé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the folder %1 could not be created</source>
        <translation>le dossier %1 n’a pas pu être créé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is being opened</source>
        <translation>il est en cours d’ouverture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export audit ledger</source>
        <translation>Exporter le registre d’audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifiable ledger export (*.custos-ledger)</source>
        <translation>Export vérifiable du registre (*.custos-ledger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed JSON Lines, seed-000 format (*.jsonl)</source>
        <translation>JSON Lines signé, format seed-000 (*.jsonl)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm your identity to export the audit ledger…</source>
        <translation>Confirmez votre identité pour exporter le registre d’audit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting the audit ledger…</source>
        <translation>Export du registre d’audit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit ledger was exported to %1</source>
        <translation>Le registre d’audit a été exporté dans %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirm your identity to write the audit report…</source>
        <translation>Confirmez votre identité pour écrire le rapport d’audit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit report was saved to %1</source>
        <translation>Le rapport d’audit a été enregistré dans %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing the audit report…</source>
        <translation>Écriture du rapport d’audit…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open ledger export</source>
        <translation>Ouvrir un export du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger exports (*.custos-ledger *.jsonl *.json);;All files (*)</source>
        <translation>Exports du registre (*.custos-ledger *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in first</source>
        <translation>Connectez-vous d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaver, role change, unlock or MFA reset for the users a CSV file names</source>
        <translation>Départ, changement de rôles, déverrouillage ou réinitialisation de la MFA pour les utilisateurs nommés dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · session only</source>
        <translation> · session uniquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>Import profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Custos profiles (*.json)</source>
        <translation>Profils Custos (*.json)</translation>
    </message>
</context>
<context>
    <name>custos::MoverDialog</name>
    <message>
        <location filename="../ui/users/dialogs/MoverDialog.cpp" line="+27"/>
        <source>Roles and groups of %1</source>
        <translation>Rôles et groupes de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check what &lt;b&gt;%1&lt;/b&gt; should have. Only direct memberships are listed: roles that come through groups or composites change with those.</source>
        <translation>Cochez ce que &lt;b&gt;%1&lt;/b&gt; doit avoir. Seules les appartenances directes sont listées : les rôles hérités de groupes ou de rôles composites changent avec eux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes to make</source>
        <translation>Modifications à effectuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What applying changes</source>
        <translation>Effet de l’application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Realm roles</source>
        <translation>Rôles du realm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading roles…</source>
        <translation>Lecture des rôles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading groups…</source>
        <translation>Lecture des groupes…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No change yet.</source>
        <translation>Aucune modification pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1&apos;s roles and groups…</source>
        <translation>Lecture des rôles et groupes de %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undone after the failure:
%1</source>
        <translation>Annulé après l’échec :
%1</translation>
    </message>
</context>
<context>
    <name>custos::OutcomeBar</name>
    <message>
        <location filename="../ui/tenants/OutcomeBar.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>custos::OverviewPage</name>
    <message>
        <location filename="../ui/widgets/OverviewPage.cpp" line="+24"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read your session and the realm again</source>
        <translation>Relire votre session et le realm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration roles:</source>
        <translation>Rôles d’administration :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered:</source>
        <translation>Mémorisée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users in the realm:</source>
        <translation>Utilisateurs du realm :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Overview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vue d’ensemble&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — realm %2</source>
        <translation>%1 — realm %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: you can sign in but not administer this realm</source>
        <translation>aucun : vous pouvez vous connecter, mais pas administrer ce realm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewed automatically until %1</source>
        <translation>renouvelée automatiquement jusqu’au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renewed automatically</source>
        <translation>renouvelée automatiquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes, in the system keychain</source>
        <translation>oui, dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no — session only: the system keychain is unavailable, so you will sign in again after quitting. Nothing was written to disk.</source>
        <translation>non — session uniquement : le trousseau du système n’est pas disponible, vous devrez donc vous reconnecter après avoir quitté. Rien n’a été écrit sur le disque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counting…</source>
        <translation>décompte…</translation>
    </message>
</context>
<context>
    <name>custos::PlatformContext</name>
    <message>
        <location filename="../ui/tenants/PlatformContext.cpp" line="+14"/>
        <source>the audit ledger is not open yet</source>
        <translation>le registre d’audit n’est pas encore ouvert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The audit ledger is not open (%1): every change is recorded there first.</source>
        <translation>Le registre d’audit n’est pas ouvert (%1) : chaque modification y est d’abord enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This profile has no platform URL.</source>
        <translation>Ce profil n’a pas d’URL de plateforme.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your platform roles are not known yet.</source>
        <translation>Vos rôles sur la plateforme ne sont pas encore connus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your platform roles could not be read: %1</source>
        <translation>Vos rôles sur la plateforme n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs the %1 role on the platform.</source>
        <translation>Nécessite le rôle %1 sur la plateforme.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Needs the cpi-admin role on the platform: as tenant-admin you manage only your own tenant (%1).</source>
        <translation>Nécessite le rôle cpi-admin sur la plateforme : en tant que tenant-admin, vous ne gérez que votre propre locataire (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs the cpi-admin role, or tenant-admin of this tenant, on the platform.</source>
        <translation>Nécessite le rôle cpi-admin, ou tenant-admin de ce locataire, sur la plateforme.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Needs the manage-realm role in Keycloak (realm-management).</source>
        <translation>Nécessite le rôle manage-realm dans Keycloak (realm-management).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was done</source>
        <translation>Rien n’a été fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again so the ledger can be opened</source>
        <translation>Reconnectez-vous pour que le registre puisse être ouvert</translation>
    </message>
</context>
<context>
    <name>custos::RealmKeysPage</name>
    <message>
        <location filename="../ui/keys/RealmKeysPage.cpp" line="+15"/>
        <source>Realm keys</source>
        <translation>Clés du realm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kid</source>
        <translation>Kid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate validity</source>
        <translation>Validité du certificat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the realm&apos;s keys again</source>
        <translation>Relire les clés du realm</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The realm&apos;s token lifetimes are not available here.</source>
        <translation>Les durées de vie des jetons du realm ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the realm&apos;s token lifetimes</source>
        <translation>Impossible de lire les durées de vie des jetons du realm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The realm does not report its token lifetimes.</source>
        <translation>Le realm n’indique pas les durées de vie de ses jetons.</translation>
    </message>
</context>
<context>
    <name>custos::RecordDetailPane</name>
    <message>
        <location filename="../ui/audit/RecordDetailPane.cpp" line="+58"/>
        <source>Record:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact bytes:</source>
        <translation>Octets exacts :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HMAC:</source>
        <translation>HMAC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain link:</source>
        <translation>Lien de chaîne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion proof:</source>
        <translation>Preuve d’inclusion :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a record to see it in full.</source>
        <translation>Sélectionnez un enregistrement pour le voir en entier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1

%2 bytes, SHA-256 %3</source>
        <translation>%1

%2 octets, SHA-256 %3</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Inclusion proof hashes</source>
        <translation>Hachages de la preuve d’inclusion</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&lt;b&gt;Not a valid ledger record:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Enregistrement de registre non valide :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none: exports carry no HMAC; their records are covered by the signed checkpoint</source>
        <translation>aucun : les exports ne contiennent pas de HMAC ; leurs enregistrements sont couverts par le point de contrôle signé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (stored; not checked: the ledger&apos;s HMAC key is not available here)</source>
        <translation>%1 (stocké ; non contrôlé : la clé HMAC du registre n’est pas disponible ici)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — matches the record</source>
        <translation>%1 — correspond à l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — does NOT match the record</source>
        <translation>%1 — ne correspond PAS à l’enregistrement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>prev %1 (record %2 is not here to compare)</source>
        <translation>prev %1 (l’enregistrement %2 n’est pas disponible pour comparaison)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prev %1 — matches the hash of record %2</source>
        <translation>prev %1 — correspond au hachage de l’enregistrement %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prev %1 — does NOT match the genesis value %2</source>
        <translation>prev %1 — ne correspond PAS à la valeur initiale %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prev %1 — does NOT match the hash of record %2, %3</source>
        <translation>prev %1 — ne correspond PAS au hachage de l’enregistrement %2, %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no signed checkpoint to prove against</source>
        <translation>aucun point de contrôle signé pour la preuve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not covered by the latest checkpoint (%1 records)</source>
        <translation>non couvert par le dernier point de contrôle (%1 enregistrements)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n hash(es); verifies against the root of the checkpoint of %1 records, %2</source>
        <translation>
            <numerusform>%n hachage ; vérifié par rapport à la racine du point de contrôle de %1 enregistrements, %2</numerusform>
            <numerusform>%n hachages ; vérifiés par rapport à la racine du point de contrôle de %1 enregistrements, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hash(es); does NOT verify against the root of the checkpoint of %1 records</source>
        <translation>
            <numerusform>%n hachage ; NON vérifié par rapport à la racine du point de contrôle de %1 enregistrements</numerusform>
            <numerusform>%n hachages ; NON vérifiés par rapport à la racine du point de contrôle de %1 enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::SecretField</name>
    <message>
        <location filename="../ui/users/dialogs/SecretField.cpp" line="+17"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give it to the user through a channel you trust. It will not be shown again; the user must change it at the next sign-in.</source>
        <translation>Transmettez-le à l’utilisateur par un canal de confiance. Il ne sera plus affiché ; l’utilisateur devra le changer à la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>custos::Shortcuts</name>
    <message>
        <location filename="../ui/widgets/Shortcuts.cpp" line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>custos::SignInController</name>
    <message>
        <location filename="../ui/SignInController.cpp" line="+30"/>
        <source>No saved session</source>
        <translation>Aucune session enregistrée</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are signed out of Custos and of this browser&apos;s session.</source>
        <translation>Vous êtes déconnecté de Custos et de la session de ce navigateur.</translation>
    </message>
</context>
<context>
    <name>custos::SignInPage</name>
    <message>
        <location filename="../ui/widgets/SignInPage.cpp" line="+20"/>
        <source>&amp;Sign in with your browser</source>
        <translation>&amp;Se connecter avec votre navigateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Sign in to Custos&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion à Custos&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custos opens your web browser so that you sign in on your identity provider&apos;s own page. Your password never passes through Custos.</source>
        <translation>Custos ouvre votre navigateur web pour que vous vous connectiez sur la page de votre fournisseur d’identité. Votre mot de passe ne transite jamais par Custos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Continue in your browser. Custos is waiting for it to come back…</source>
        <translation>Poursuivez dans votre navigateur. Custos attend son retour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custos could not open a browser. Open this address in your browser to sign in:</source>
        <translation>Custos n’a pas pu ouvrir de navigateur. Ouvrez cette adresse dans votre navigateur pour vous connecter :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No environment is configured yet. Start Custos with --import-profile FILE, or use File → Import profile.</source>
        <translation>Aucun environnement n’est encore configuré. Lancez Custos avec --import-profile FICHIER, ou utilisez Fichier → Importer un profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Realm &lt;b&gt;%1&lt;/b&gt; at %2&lt;br&gt;Client: %3</source>
        <translation>Realm &lt;b&gt;%1&lt;/b&gt; sur %2&lt;br&gt;Client : %3</translation>
    </message>
</context>
<context>
    <name>custos::StageCertificateDialog</name>
    <message>
        <location filename="../ui/certificates/StageCertificateDialog.cpp" line="+7"/>
        <source>PEM: certificate chain and private key</source>
        <translation>PEM : chaîne de certificats et clé privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (.p12 / .pfx) with its password</source>
        <translation>PKCS#12 (.p12 / .pfx) avec son mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also trust the system&apos;s root certificates</source>
        <translation>Faire aussi confiance aux certificats racines du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage a platform certificate</source>
        <translation>Préparer un certificat de la plateforme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate chain file</source>
        <translation>Fichier de la chaîne de certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file</source>
        <translation>Fichier de la clé privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key password</source>
        <translation>Mot de passe de la clé privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for an encrypted key</source>
        <translation>uniquement pour une clé chiffrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <location line="+65"/>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>PKCS#12 password</source>
        <translation>Mot de passe PKCS#12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host names the certificate must cover</source>
        <translation>Noms d’hôte que le certificat doit couvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted CA file</source>
        <translation>Fichier d’AC de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: PEM file of the CA that issued it</source>
        <translation>facultatif : fichier PEM de l’AC émettrice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation result</source>
        <translation>Résultat de la validation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the %1</source>
        <translation>Parcourir : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hain (leaf first, or any order):</source>
        <translation>C&amp;haîne (feuille d’abord, ou dans n’importe quel ordre) :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private &amp;key:</source>
        <translation>Clé &amp;privée :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key pass&amp;word:</source>
        <translation>&amp;Mot de passe de la clé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKCS#12 &amp;file:</source>
        <translation>&amp;Fichier PKCS#12 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host &amp;names:</source>
        <translation>&amp;Noms d’hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;CA:</source>
        <translation>&amp;AC de confiance :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted CA</source>
        <translation>AC de confiance</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+175"/>
        <source>Check the certificate first</source>
        <translation>Vérifiez d’abord le certificat</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>certificate chain</source>
        <translation>chaîne de certificats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>trusted CA file</source>
        <translation>fichier d’AC de confiance</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No host names to check</source>
        <translation>Aucun nom d’hôte à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate must cover the platform&apos;s host names</source>
        <translation>le certificat doit couvrir les noms d’hôte de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter them, separated by commas</source>
        <translation>Saisissez-les, séparés par des virgules</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s): nothing will be sent until they are fixed.</source>
        <translation>
            <numerusform>%n problème : rien ne sera envoyé tant qu’il n’est pas corrigé.</numerusform>
            <numerusform>%n problèmes : rien ne sera envoyé tant qu’ils ne sont pas corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every check passed. Stage it to hand it to the platform; it goes into service only when activated.</source>
        <translation>Toutes les vérifications sont passées. Préparez-le pour le remettre à la plateforme ; il n’entre en service qu’une fois activé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until: %1</source>
        <translation>Valide jusqu’au : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: %1 %2</source>
        <translation>Clé : %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the certificate to the platform as staged</source>
        <translation>Envoyer le certificat à la plateforme comme préparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the problems listed, then check again</source>
        <translation>Corrigez les problèmes listés, puis vérifiez de nouveau</translation>
    </message>
</context>
<context>
    <name>custos::StageTenantCaDialog</name>
    <message>
        <location filename="../ui/certificates/StageTenantCaDialog.cpp" line="+29"/>
        <source>&amp;Stage</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage a CA certificate for %1</source>
        <translation>Préparer un certificat d’AC pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Acme client CA 2026</source>
        <translation>p. ex. AC clients Acme 2026</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate file</source>
        <translation>Fichier du certificat d’AC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the CA certificate file</source>
        <translation>Parcourir pour choisir le fichier du certificat d’AC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate (&amp;PEM):</source>
        <translation>Certificat d’AC (&amp;PEM) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter a label, e.g. the CA&apos;s name.</source>
        <translation>Saisissez un libellé, par exemple le nom de l’AC.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A usable CA: %1, valid until %2.</source>
        <translation>Une AC utilisable : %1, valide jusqu’au %2.</translation>
    </message>
</context>
<context>
    <name>custos::TenantAdminPage</name>
    <message>
        <location filename="../ui/tenants/TenantWizard.cpp" line="+88"/>
        <source>An &amp;existing account (username or e-mail) becomes a member</source>
        <translation>Un compte &amp;existant (nom d’utilisateur ou e-mail) devient membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invite someone new by e-mail</source>
        <translation>&amp;Inviter une nouvelle personne par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nobody for now</source>
        <translation>&amp;Personne pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tenant administrator</source>
        <translation>L’administrateur du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who looks after the tenant. An existing account is added to the organization; an invitation is sent by Keycloak, which needs the realm&apos;s mail settings.</source>
        <translation>La personne responsable du locataire. Un compte existant est ajouté à l’organisation ; une invitation est envoyée par Keycloak, qui a besoin des paramètres de messagerie du realm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant administrator</source>
        <translation>Administrateur du locataire</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole e-mail address.</source>
        <translation>Saisissez une adresse e-mail complète.</translation>
    </message>
</context>
<context>
    <name>custos::TenantCaPanel</name>
    <message>
        <location filename="../ui/certificates/TenantCaPanel.cpp" line="+32"/>
        <source>S&amp;tage CA certificate…</source>
        <translation>&amp;Préparer un certificat d’AC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant CA certificates</source>
        <translation>Certificats d’AC du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staged</source>
        <translation>préparé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a tenant first</source>
        <translation>Choisissez d’abord un locataire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage a CA certificate for this tenant</source>
        <translation>Préparer un certificat d’AC pour ce locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the selected staged CA certificate</source>
        <translation>Faire confiance au certificat d’AC préparé sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected CA certificate</source>
        <translation>Supprimer le certificat d’AC sélectionné</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activate CA certificate</source>
        <translation>Activer le certificat d’AC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete CA certificate</source>
        <translation>Supprimer le certificat d’AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust client certificates of %1 issued by “%2” (%3)?</source>
        <translation>Faire confiance aux certificats clients de %1 émis par « %2 » (%3) ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the CA certificate “%1” of %2? Client certificates issued by it are no longer trusted.</source>
        <translation>Supprimer le certificat d’AC « %1 » de %2 ? Les certificats clients qu’il a émis ne seront plus acceptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>custos::TenantDeleteDialog</name>
    <message>
        <location filename="../ui/tenants/TenantDeleteDialog.cpp" line="+15"/>
        <source>Also remove its Keycloak organization (members keep their accounts)</source>
        <translation>Supprimer aussi son organisation Keycloak (les membres conservent leurs comptes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete tenant %1</source>
        <translation>Supprimer le locataire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; (“%2”) removes it from the platform with its CA certificates. This cannot be undone.&lt;br&gt;Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Supprimer &lt;b&gt;%1&lt;/b&gt; (« %2 ») le retire de la plateforme avec ses certificats d’AC. Cette opération est irréversible.&lt;br&gt;Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the slug to confirm</source>
        <translation>Saisissez le slug pour confirmer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>custos::TenantDetailPane</name>
    <message>
        <location filename="../ui/tenants/TenantDetailPane.cpp" line="+40"/>
        <source>Members of the Keycloak organization</source>
        <translation>Membres de l’organisation Keycloak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Organization members</source>
        <translation>Membres de l’organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username or e-mail of an existing account</source>
        <translation>Nom d’utilisateur ou e-mail d’un compte existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account to add</source>
        <translation>Compte à ajouter</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No tenant selected</source>
        <translation>Aucun locataire sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the tenant…</source>
        <translation>Lecture du locataire…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tenant could not be read</source>
        <translation>Le locataire n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) — suspended</source>
        <translation>%1 (%2) — suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin e-mail</source>
        <translation>E-mail admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant id</source>
        <translation>Identifiant du locataire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keycloak organization: none linked. Members cannot be managed.</source>
        <translation>Organisation Keycloak : aucune n’est liée. Les membres ne peuvent pas être gérés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keycloak organization: reading %1…</source>
        <translation>Organisation Keycloak : lecture de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keycloak organization: could not be read. %1</source>
        <translation>Organisation Keycloak : lecture impossible. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keycloak organization: %1 (alias %2, %3), id %4</source>
        <translation>Organisation Keycloak : %1 (alias %2, %3), identifiant %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no members)</source>
        <translation>(aucun membre)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add this account to the organization</source>
        <translation>Ajouter ce compte à l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected member from the organization</source>
        <translation>Retirer le membre sélectionné de l’organisation</translation>
    </message>
</context>
<context>
    <name>custos::TenantFieldsPage</name>
    <message>
        <location filename="../ui/tenants/TenantWizard.cpp" line="-117"/>
        <source>The tenant</source>
        <translation>Le locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slug names the tenant everywhere: on the platform and as the Keycloak organization&apos;s alias. It cannot be changed later.</source>
        <translation>Le slug désigne le locataire partout : sur la plateforme et comme alias de l’organisation Keycloak. Il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. acme</source>
        <translation>p. ex. acme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Acme Corporation</source>
        <translation>p. ex. Acme Corporation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <extracomment>The platform&apos;s subscription plans.</extracomment>
        <translation>Gratuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan:</source>
        <translation>O&amp;ffre :</translation>
    </message>
</context>
<context>
    <name>custos::TenantRunPage</name>
    <message>
        <location line="+158"/>
        <source>&amp;Change and try again</source>
        <translation>&amp;Modifier et réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the tenant</source>
        <translation>Création du locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State of each system</source>
        <translation>État de chaque système</translation>
    </message>
</context>
<context>
    <name>custos::TenantSummaryPage</name>
    <message>
        <location line="-57"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been created yet. If a step fails, the steps before it are undone.</source>
        <translation>Rien n’a encore été créé. Si une étape échoue, les étapes précédentes sont annulées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>add the account &lt;b&gt;%1&lt;/b&gt; to the organization</source>
        <translation>ajouter le compte &lt;b&gt;%1&lt;/b&gt; à l’organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invite &lt;b&gt;%1&lt;/b&gt; by e-mail</source>
        <translation>inviter &lt;b&gt;%1&lt;/b&gt; par e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assign no administrator</source>
        <translation>ne désigner aucun administrateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;ol&gt;&lt;li&gt;Platform: create the tenant &lt;b&gt;%1&lt;/b&gt; “%2” on the %3 plan&lt;/li&gt;&lt;li&gt;Keycloak: create the organization with alias &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Platform: link the tenant to the organization&lt;/li&gt;&lt;li&gt;Keycloak: %4&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Plateforme : créer le locataire &lt;b&gt;%1&lt;/b&gt; « %2 » avec l’offre %3&lt;/li&gt;&lt;li&gt;Keycloak : créer l’organisation d’alias &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Plateforme : lier le locataire à l’organisation&lt;/li&gt;&lt;li&gt;Keycloak : %4&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>custos::TenantWizard</name>
    <message>
        <location line="+125"/>
        <source>New tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
</context>
<context>
    <name>custos::TenantsModel</name>
    <message>
        <location filename="../ui/tenants/TenantsModel.cpp" line="+125"/>
        <source>Suspended: its users cannot sign in to the platform</source>
        <translation>Suspendu : ses utilisateurs ne peuvent pas se connecter à la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>⏸ Suspended</source>
        <translation>⏸ Suspendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Active</source>
        <translation>● Actif</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin e-mail</source>
        <translation>E-mail admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>custos::TenantsPage</name>
    <message>
        <location filename="../ui/tenants/TenantsPage.cpp" line="+52"/>
        <source>Search slug, name or admin e-mail</source>
        <translation>Rechercher par slug, nom ou e-mail de l’administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search tenants</source>
        <translation>Rechercher des locataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;New tenant…</source>
        <translation>&amp;Nouveau locataire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the tenants again</source>
        <translation>Relire les locataires</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Create a tenant and its Keycloak organization</source>
        <translation>Créer un locataire et son organisation Keycloak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend the selected tenant</source>
        <translation>Suspendre le locataire sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate the selected tenant</source>
        <translation>Réactiver le locataire sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected tenant</source>
        <translation>Supprimer le locataire sélectionné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading tenants…</source>
        <translation>Lecture des locataires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As tenant-admin you see your own tenant only.</source>
        <translation>En tant que tenant-admin, vous ne voyez que votre propre locataire.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n tenant(s) listed</source>
        <translation>
            <numerusform>%1 sur %n locataire listé</numerusform>
            <numerusform>%1 sur %n locataires listés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend the tenant %1? Its users can no longer use the platform until it is reactivated.</source>
        <translation>Suspendre le locataire %1 ? Ses utilisateurs ne pourront plus utiliser la plateforme jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate the tenant %1? Its users can use the platform again.</source>
        <translation>Réactiver le locataire %1 ? Ses utilisateurs pourront de nouveau utiliser la plateforme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
</context>
<context>
    <name>custos::UserAction</name>
    <message>
        <location filename="../core/users/UserAction.cpp" line="+48"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change roles and groups</source>
        <translation>Modifier les rôles et les groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboard (leaver)</source>
        <translation>Départ (sortant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset MFA</source>
        <translation>Réinitialiser la MFA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send required-actions e-mail</source>
        <translation>Envoyer l’e-mail d’actions requises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End session</source>
        <translation>Fermer la session</translation>
    </message>
</context>
<context>
    <name>custos::UserActionsController</name>
    <message>
        <location filename="../ui/users/UserActionsController.cpp" line="+32"/>
        <source>it is opened when you sign in</source>
        <translation>il s’ouvre lorsque vous vous connectez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit ledger is not open.</source>
        <translation>Le registre d’audit n’est pas ouvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit ledger is not open: %1</source>
        <translation>Le registre d’audit n’est pas ouvert : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 works on one user at a time: select only one.</source>
        <translation>%1 ne s’applique qu’à un utilisateur à la fois : n’en sélectionnez qu’un.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Confirming it is you: sign in again in your browser if it asks…</source>
        <translation>Confirmation de votre identité : reconnectez-vous dans votre navigateur s’il le demande…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing was done</source>
        <translation>Rien n’a été fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action is recorded in the audit ledger first; sign in again to open it</source>
        <translation>Chaque action est d’abord enregistrée dans le registre d’audit ; reconnectez-vous pour l’ouvrir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reset a second factor</source>
        <translation>réinitialiser un second facteur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bulk action: %1 of %2 done</source>
        <translation>Action groupée : %1 sur %2 effectuées</translation>
    </message>
</context>
<context>
    <name>custos::UserDetailPanel</name>
    <message>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+29"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+147"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+174"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>A composite role: it grants other roles too</source>
        <translation>Un rôle composite : il accorde aussi d’autres rôles</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+126"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>No credentials: the user cannot sign in with a password.</source>
        <translation>Aucun identifiant : l’utilisateur ne peut pas se connecter avec un mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second factor</source>
        <translation>Un second facteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a member of any group.</source>
        <translation>Membre d’aucun groupe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a member of any organization.</source>
        <translation>Membre d’aucune organisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Started</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No active sessions.</source>
        <translation>Aucune session active.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in with “remember me”</source>
        <translation>Connecté avec « se souvenir de moi »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brute force</source>
        <translation>Force brute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes: sign-in is refused until the lockout ends or is cleared</source>
        <translation>oui : la connexion est refusée jusqu’à la fin ou la levée du verrouillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed sign-ins</source>
        <translation>Connexions échouées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failure from</source>
        <translation>Dernier échec depuis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No events stored for this user.</source>
        <translation>Aucun événement enregistré pour cet utilisateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required actions</source>
        <translation>Actions requises</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only for administrators</source>
        <translation>lecture seule pour les administrateurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attributes (the server sent no user-profile metadata)</source>
        <translation>Attributs (le serveur n’a envoyé aucune métadonnée de profil utilisateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not declared in the user profile</source>
        <translation>Non déclaré dans le profil utilisateur</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Realm roles assigned directly</source>
        <translation>Rôles du realm attribués directement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realm roles in effect (composites expanded)</source>
        <translation>Rôles du realm effectifs (composites développés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration roles in effect (realm-management)</source>
        <translation>Rôles d’administration effectifs (realm-management)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;h3&gt;No user selected&lt;/h3&gt;Select a user in the list to see the details.</source>
        <translation>&lt;h3&gt;Aucun utilisateur sélectionné&lt;/h3&gt;Sélectionnez un utilisateur dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2 · %3&lt;br&gt;%4</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;%2 · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail</source>
        <translation>pas d’e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End the selected session: its tokens stop working at once</source>
        <translation>Fermer la session sélectionnée : ses jetons cessent immédiatement de fonctionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a session to end it</source>
        <translation>Sélectionnez une session pour la fermer</translation>
    </message>
</context>
<context>
    <name>custos::UsersModel</name>
    <message>
        <location filename="../ui/users/UsersModel.cpp" line="+176"/>
        <source>%1 (verified)</source>
        <translation>%1 (vérifiée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (not verified)</source>
        <translation>%1 (non vérifiée)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sorting orders the users loaded so far; scrolling down loads more from the server.</source>
        <translation>Le tri ordonne les utilisateurs chargés jusqu’ici ; faire défiler vers le bas en charge davantage depuis le serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account is enabled.</source>
        <translation>Le compte est activé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is disabled: the user cannot sign in.</source>
        <translation>Le compte est désactivé : l’utilisateur ne peut pas se connecter.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Locked after %n failed sign-in(s) (brute-force protection).</source>
        <translation>
            <numerusform>Verrouillé après %n connexion échouée (protection contre la force brute).</numerusform>
            <numerusform>Verrouillé après %n connexions échouées (protection contre la force brute).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout status not reported by the server.</source>
        <translation>Statut de verrouillage non indiqué par le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFA: an OTP authenticator is configured.</source>
        <translation>MFA : un authentificateur OTP est configuré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MFA: no OTP authenticator.</source>
        <translation>MFA : aucun authentificateur OTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending required actions: %1</source>
        <translation>Actions requises en attente : %1</translation>
    </message>
</context>
<context>
    <name>custos::UsersPage</name>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="+91"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User actions</source>
        <translation>Actions sur les utilisateurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Filter the loaded users</source>
        <translation>Filtrer les utilisateurs chargés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the loaded rows</source>
        <translation>Filtrer les lignes chargées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrows the users loaded so far, without asking the server. While a filter is set, scrolling loads no more pages.</source>
        <translation>Restreint les utilisateurs chargés jusqu’ici, sans interroger le serveur. Tant qu’un filtre est actif, le défilement ne charge plus de pages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorting and the filter apply to the loaded rows; scroll down to load more.</source>
        <translation>Le tri et le filtre s’appliquent aux lignes chargées ; faites défiler vers le bas pour en charger davantage.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Search mode</source>
        <translation>Mode de recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts with</source>
        <translation>Commence par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username, e-mail, first or last name starting with the text</source>
        <translation>Nom d’utilisateur, e-mail, prénom ou nom commençant par le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username, e-mail, first or last name containing the text (*text*)</source>
        <translation>Nom d’utilisateur, e-mail, prénom ou nom contenant le texte (*texte*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly</source>
        <translation>Exactement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username, e-mail, first or last name equal to the text (&quot;text&quot;)</source>
        <translation>Nom d’utilisateur, e-mail, prénom ou nom égal au texte (&quot;texte&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users whose attribute has exactly this value (q=name:value)</source>
        <translation>Utilisateurs dont l’attribut a exactement cette valeur (q=nom:valeur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attribute name</source>
        <translation>Nom de l’attribut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Search users on the server (empty lists everyone)</source>
        <translation>Rechercher des utilisateurs sur le serveur (vide : tout le monde)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read again from the server</source>
        <translation>Relire depuis le serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;fresh the list</source>
        <translation>Actualiser la &amp;liste</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No suggestions: %1</source>
        <translation>Aucune suggestion : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An attribute of the realm&apos;s user profile, or any other attribute name</source>
        <translation>Un attribut du profil utilisateur du realm, ou tout autre nom d’attribut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value of the attribute (exact)</source>
        <translation>Valeur de l’attribut (exacte)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the attribute to search in.</source>
        <translation>Indiquez l’attribut dans lequel rechercher.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The user “%1” vanished: Keycloak no longer has it, so it left the list.</source>
        <translation>L’utilisateur « %1 » a disparu : Keycloak ne le connaît plus, il a donc quitté la liste.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select one user</source>
        <translation>Sélectionnez un utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more users</source>
        <translation>Sélectionnez un ou plusieurs utilisateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the selected users is locked</source>
        <translation>Aucun des utilisateurs sélectionnés n’est verrouillé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No search yet</source>
        <translation>Aucune recherche pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total unknown (%1)</source>
        <translation>total inconnu (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loaded</source>
        <translation>%1 chargés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 match the filter</source>
        <translation>%1 correspondent au filtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sorted: loaded rows only</source>
        <translation>trié : lignes chargées uniquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list stopped at %1 users. %2</source>
        <translation>La liste s’est arrêtée à %1 utilisateurs. %2</translation>
    </message>
</context>
<context>
    <name>custos::VerificationJob</name>
    <message>
        <location filename="../ui/audit/VerificationJob.cpp" line="+32"/>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <location line="+44"/>
        <source>Verifying %n record(s)…</source>
        <translation>
            <numerusform>Vérification de %n enregistrement…</numerusform>
            <numerusform>Vérification de %n enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Counting activity…</source>
        <translation>Décompte de l’activité…</translation>
    </message>
</context>
<context>
    <name>custos::VerificationText</name>
    <message>
        <location filename="../ui/audit/VerificationText.cpp" line="+19"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing record</source>
        <translation>enregistrement manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inserted record</source>
        <translation>enregistrement inséré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reordered</source>
        <translation>réordonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad checkpoint signature</source>
        <translation>signature du point de contrôle invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted key</source>
        <translation>clé non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inconsistent with an earlier checkpoint</source>
        <translation>incohérent avec un point de contrôle antérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad HMAC</source>
        <translation>HMAC invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed</source>
        <translation>malformé</translation>
    </message>
</context>
<context>
    <name>custos::VerificationView</name>
    <message>
        <location filename="../ui/audit/VerificationView.cpp" line="+44"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Failure:</source>
        <translation>Échec :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint origin:</source>
        <translation>Origine du point de contrôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint size:</source>
        <translation>Taille du point de contrôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint root:</source>
        <translation>Racine du point de contrôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifier key:</source>
        <translation>Clé de vérification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint (SHA-256):</source>
        <translation>Empreinte de la clé (SHA-256) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record HMACs:</source>
        <translation>HMAC des enregistrements :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Not yet verified&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pas encore vérifié&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Could not verify&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérification impossible&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;✔ %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;✔ %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;✘ %1 — verification FAILED&lt;/b&gt;</source>
        <translation>&lt;b&gt;✘ %1 — ÉCHEC de la vérification&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1/%2 records valid</source>
        <translation>%1/%2 enregistrements valides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at seq %2: %3</source>
        <translation>%1 au n° %2 : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no checkpoint</source>
        <translation>aucun point de contrôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checked with the ledger&apos;s key</source>
        <translation>contrôlés avec la clé du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked (exports carry none; a database needs its key)</source>
        <translation>non contrôlés (les exports n’en contiennent pas ; une base de données nécessite sa clé)</translation>
    </message>
</context>
<context>
    <name>custos::WorkspacePage</name>
    <message>
        <location filename="../ui/widgets/WorkspacePage.cpp" line="+32"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+33"/>
        <source>Custos: identity and access administration.</source>
        <translation>Custos : administration des identités et des accès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the environment named &lt;name&gt;.</source>
        <translation>Sélectionner l’environnement nommé &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or update the environment described in &lt;file&gt; (JSON), then select it.</source>
        <translation>Ajouter ou mettre à jour l’environnement décrit dans &lt;file&gt; (JSON), puis le sélectionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the ledger export &lt;file&gt; in auditor mode, without signing in.</source>
        <translation>Vérifier l’export du registre &lt;file&gt; en mode auditeur, sans connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A ledger export to verify, as with --open.</source>
        <translation>Un export du registre à vérifier, comme avec --open.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open one ledger export at a time</source>
        <translation>n’ouvrez qu’un export du registre à la fois</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no environment is named &quot;%1&quot;</source>
        <translation>aucun environnement ne s’appelle « %1 »</translation>
    </message>
</context>
</TS>
