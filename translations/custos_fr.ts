<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/certificates/StageCertificateDialog.cpp" line="+33"/>
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
        <location filename="../ui/keys/KeyRotationPanel.cpp" line="+23"/>
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
        <location filename="../ui/keys/RealmKeysPage.cpp" line="+51"/>
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
    <name>custos::AccessChange</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="+219"/>
        <source>+ role %1</source>
        <translation>+ rôle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− role %1</source>
        <translation>− rôle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ group %1</source>
        <translation>+ groupe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− group %1</source>
        <translation>− groupe %1</translation>
    </message>
</context>
<context>
    <name>custos::AccessNotice</name>
    <message>
        <location filename="../ui/widgets/AccessNotice.cpp" line="+28"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>custos::ActionContext</name>
    <message>
        <location filename="../core/actions/ActionContext.cpp" line="+13"/>
        <source>it is opened when you sign in</source>
        <translation>il s’ouvre lorsque vous vous connectez</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The audit ledger is not open: %1. Every change is recorded there first.</source>
        <translation>Le registre d’audit n’est pas ouvert : %1. Toute modification y est d’abord enregistrée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+14"/>
        <source>Nothing was done</source>
        <translation>Rien n’a été fait</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Sign in again so the ledger can be opened</source>
        <translation>Reconnectez-vous pour que le registre d’audit puisse être ouvert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the window was closed</source>
        <translation>la fenêtre a été fermée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No step-up is available</source>
        <translation>Aucune confirmation d’identité n’est possible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this window cannot ask you to sign in again</source>
        <translation>cette fenêtre ne peut pas vous demander de vous reconnecter</translation>
    </message>
</context>
<context>
    <name>custos::ActionDialog</name>
    <message>
        <location filename="../ui/users/dialogs/ActionDialog.cpp" line="+113"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
</context>
<context>
    <name>custos::ActionGate</name>
    <message>
        <location filename="../core/actions/ActionGate.cpp" line="+56"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no realm-management roles</source>
        <translation>aucun rôle realm-management</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the realm-management role %1; you have: %2</source>
        <translation>Nécessite le rôle realm-management %1 ; vous avez : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the realm-management roles %1; you have: %2</source>
        <translation>Nécessite les rôles realm-management %1 ; vous avez : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your platform scopes are not known yet.</source>
        <translation>Vos portées de plateforme ne sont pas encore connues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your platform scopes could not be read: %1</source>
        <translation>Vos portées de plateforme n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Needs the platform scope %1: with %2 you manage only your own tenant (%3).</source>
        <translation>Nécessite la portée de plateforme %1 : avec %2, vous ne gérez que votre propre client (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the platform scope %1; a platform administrator can grant it.</source>
        <translation>Nécessite la portée de plateforme %1 ; un administrateur de la plateforme peut vous l’accorder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select one user</source>
        <translation>Sélectionnez un utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one or more users</source>
        <translation>Sélectionnez un ou plusieurs utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a tenant</source>
        <translation>Sélectionnez un client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a certificate</source>
        <translation>Sélectionnez un certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a CA certificate</source>
        <translation>Sélectionnez un certificat d’AC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a member</source>
        <translation>Sélectionnez un membre</translation>
    </message>
</context>
<context>
    <name>custos::ActionRecord</name>
    <message>
        <location filename="../core/audit/ActionRecord.cpp" line="+74"/>
        <source>%1 — but the audit ledger could not record it</source>
        <translation>%1 — mais le registre d’audit n’a pas pu l’enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The failure could not be recorded in the audit ledger either</source>
        <translation>L’échec n’a pas pu être enregistré dans le registre d’audit non plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; the refusal could not be recorded in the audit ledger either (%1)</source>
        <translation> ; le refus n’a pas pu être enregistré dans le registre d’audit non plus (%1)</translation>
    </message>
</context>
<context>
    <name>custos::ActionsEmailOperation</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="+305"/>
        <source>send %1 an e-mail asking them to %2</source>
        <translation>envoyer à %1 un e-mail lui demandant de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An e-mail asking %1 to %2 was sent</source>
        <translation>Un e-mail demandant à %1 de %2 a été envoyé</translation>
    </message>
</context>
<context>
    <name>custos::ActivityChart</name>
    <message>
        <location filename="../ui/audit/ActivityChart.cpp" line="+63"/>
        <location line="+3"/>
        <location line="+16"/>
        <source>Activity per day</source>
        <translation>Activité par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity per week</source>
        <translation>Activité par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity per month</source>
        <translation>Activité par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins</source>
        <translation>Connexions échouées</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Weeks starting (%1)</source>
        <translation>Début de semaine (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weeks starting</source>
        <translation>Début de semaine</translation>
    </message>
</context>
<context>
    <name>custos::AttributeNames</name>
    <message>
        <location filename="../ui/users/AttributeNames.cpp" line="+19"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>custos::AuditChainVerifier</name>
    <message>
        <location filename="../core/platform/AuditChainVerifier.cpp" line="+20"/>
        <source>The platform&apos;s audit chain of %1 is broken at event %2</source>
        <translation>La chaîne d’audit de la plateforme pour %1 est rompue à l’événement %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not trust this chain&apos;s events from here on; keep the ledger as evidence and tell the platform&apos;s operators</source>
        <translation>Ne vous fiez plus aux événements de cette chaîne à partir d’ici ; conservez le registre comme preuve et prévenez les exploitants de la plateforme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the platform chain</source>
        <translation>la chaîne de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>event ids must grow, but this one follows event %1</source>
        <translation>les identifiants d’événement doivent croître, mais celui-ci suit l’événement %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its prev_hash %1 is not the hash of the chain&apos;s previous event (%2): an event was removed, inserted or rewritten before it</source>
        <translation>son prev_hash %1 n’est pas le hachage de l’événement précédent de la chaîne (%2) : un événement a été supprimé, inséré ou réécrit avant lui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the event cannot be canonicalised (%1)</source>
        <translation>l’événement ne peut pas être mis sous forme canonique (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its content does not match its integrity_hash (computed %1, recorded %2): the event was modified after it was written</source>
        <translation>son contenu ne correspond pas à son integrity_hash (calculé %1, enregistré %2) : l’événement a été modifié après son écriture</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the platform reports this chain up to event %1, but the feed never showed it</source>
        <translation>la plateforme annonce cette chaîne jusqu’à l’événement %1, mais le flux ne l’a jamais montré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the platform&apos;s newest hash of this chain is %1, but the verified chain ends with %2: events were removed or rewritten after they were read</source>
        <translation>le hachage le plus récent de cette chaîne sur la plateforme est %1, mais la chaîne vérifiée se termine par %2 : des événements ont été supprimés ou réécrits après leur lecture</translation>
    </message>
</context>
<context>
    <name>custos::AuditFilterBar</name>
    <message>
        <location filename="../ui/audit/AuditFilterBar.cpp" line="+34"/>
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
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search anywhere in the record</source>
        <translation>Rechercher dans tout l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Helpdesk verifications</source>
        <translation>Vérifications du &amp;support</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the helpdesk resets, with how the caller was verified</source>
        <translation>Seulement les réinitialisations du support, avec la façon dont l’appelant a été vérifié</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../ui/audit/AuditLogModel.cpp" line="+187"/>
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
        <location line="+48"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not checked</source>
        <translation>non contrôlé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>custos::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+37"/>
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
        <location line="+7"/>
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
        <location line="+58"/>
        <source>Opening the ledger…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indexing the export…</source>
        <translation>Indexation de l’export…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Effacer les données personnelles…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erase for good the personal data of the person this record is about</source>
        <translation>Effacer définitivement les données personnelles de la personne que concerne cet enregistrement</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
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
        <location filename="../ui/reports/AuditReport.cpp" line="+57"/>
        <source>The report was cancelled</source>
        <translation>Le rapport a été annulé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Selecting records…</source>
        <translation>Sélection des enregistrements…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+41"/>
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
        <translation>Client contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contains</source>
        <translation>Texte contient</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Witness cosignatures</source>
        <translation>Cosignatures des témoins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checkpoint carries no witness cosignature.</source>
        <translation>Le point de contrôle ne porte aucune cosignature de témoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key hash</source>
        <translation>Hachage de la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pinned and valid?</source>
        <translation>Épinglé et valide ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosigned (UTC)</source>
        <translation>Cosigné (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cosigned (local time)</source>
        <translation>Cosigné (heure locale)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit report</source>
        <translation>Rapport d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger %1 (%2 records).</source>
        <translation>Registre %1 (%2 enregistrements).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
        <source>%1/%2 records valid; complete: not proven (selective export: %3 records of a log of %4)</source>
        <translation>%1/%2 enregistrements valides ; complétude : non prouvée (export sélectif : %3 enregistrements d’un journal de %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records valid</source>
        <translation>Enregistrements valides</translation>
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
        <location line="+7"/>
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
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+62"/>
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
        <location line="+1"/>
        <source>Choose another file name</source>
        <translation>Choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying the ledger…</source>
        <translation>Copie du registre d’audit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Verifying %n record(s)…</source>
        <translation>
            <numerusform>Vérification de %n enregistrement…</numerusform>
            <numerusform>Vérification de %n enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No record matches the filter.</source>
        <translation>Aucun enregistrement ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+24"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Audit report: %1</source>
        <translation>Rapport d’audit : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Custos audit report · %1</source>
        <translation>Rapport d’audit Custos · %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/reports/AuditReportDialog.cpp" line="+26"/>
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
        <location line="+38"/>
        <source>Recording the report in the audit ledger…</source>
        <translation>Enregistrement du rapport dans le registre d’audit…</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+2"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Wrote %2: %3, %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2 écrit : %3, %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>custos::AuditTrail</name>
    <message>
        <location filename="../core/audit/AuditTrail.cpp" line="+25"/>
        <source>Refused: nothing was changed, because the audit ledger could not record what was about to be done</source>
        <translation>Refusé : rien n’a été modifié, car le registre d’audit n’a pas pu enregistrer ce qui allait être fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure no other program holds the audit ledger open for writing and that its disk is not full, then try again</source>
        <translation>Vérifiez qu’aucun autre programme n’a ouvert le registre d’audit en écriture et que son disque n’est pas plein, puis réessayez</translation>
    </message>
</context>
<context>
    <name>custos::AuditedOperation</name>
    <message>
        <location filename="../core/actions/AuditedOperation.cpp" line="+42"/>
        <source>Recording what is about to be done in the audit ledger</source>
        <translation>Enregistrement de ce qui va être fait dans le registre d’audit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undoing: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Confirming it is you: sign in again in your browser if it asks…</source>
        <translation>Confirmation de votre identité : reconnectez-vous dans votre navigateur s’il le demande…</translation>
    </message>
</context>
<context>
    <name>custos::AuditorTrustStore</name>
    <message>
        <location filename="../core/ledger/AuditorTrustStore.cpp" line="+106"/>
        <source>Could not pin the key</source>
        <translation>Impossible d’épingler la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is named %1, not %2</source>
        <translation>la clé s’appelle %1, et non %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not pin the witness key</source>
        <translation>Impossible d’épingler la clé du témoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key is already pinned for the witness %1</source>
        <translation>une clé est déjà épinglée pour le témoin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the witness first if its key really changed</source>
        <translation>Retirez d’abord le témoin si sa clé a réellement changé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same key is already pinned as the witness %1</source>
        <translation>la même clé est déjà épinglée pour le témoin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One witness counts once: keep one name for it</source>
        <translation>Un témoin compte une seule fois : gardez-lui un seul nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not remove the witness %1</source>
        <translation>Impossible de retirer le témoin %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the quorum requires %n pinned witness(es)</source>
        <translation>
            <numerusform>le quorum exige %n témoin épinglé</numerusform>
            <numerusform>le quorum exige %n témoins épinglés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the quorum first</source>
        <translation>Abaissez d’abord le quorum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not set the witness quorum</source>
        <translation>Impossible de fixer le quorum de témoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not between 0 and the %2 witness(es) pinned</source>
        <translation>%1 n’est pas compris entre 0 et les %2 témoins épinglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin more witnesses first</source>
        <translation>Épinglez d’abord d’autres témoins</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save what this computer trusts</source>
        <translation>Impossible d’enregistrer ce à quoi cet ordinateur fait confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings file %1 could not be written</source>
        <translation>le fichier de paramètres %1 n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>custos::AuditorWindow</name>
    <message>
        <location filename="../ui/audit/AuditorWindow.cpp" line="+38"/>
        <source>&amp;Pin this key</source>
        <translation>É&amp;pingler cette clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custos — Auditor</source>
        <translation>Custos — Auditeur</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+3"/>
        <source>&amp;Witnesses…</source>
        <translation>&amp;Témoins…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+13"/>
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
        <location line="+9"/>
        <source>The audit report was saved to %1</source>
        <translation>Le rapport d’audit a été enregistré dans %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — Custos Auditor</source>
        <translation>%1 — Custos Auditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+54"/>
        <source>Could not open the export. %1</source>
        <translation>Impossible d’ouvrir l’export. %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Pin the key</source>
        <translation>Épingler la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key pinned for %1</source>
        <translation>Clé épinglée pour %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>UNTRUSTED KEY. This export is signed by a key other than the one you pinned for %1. Do not rely on it.</source>
        <translation>CLÉ NON FIABLE. Cet export est signé par une autre clé que celle que vous avez épinglée pour %1. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LOOK-ALIKE ORIGIN. This export claims to come from %1, which only resembles %2, whose key you pinned; it is not signed by that key. Do not rely on it.</source>
        <translation>ORIGINE TROMPEUSE. Cet export prétend venir de %1, qui ressemble seulement à %2, dont vous avez épinglé la clé ; il n’est pas signé par cette clé. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HISTORY REWRITTEN. This export does not extend the checkpoint of %1 records you saw before from %2: records were changed, removed or replaced since.</source>
        <translation>HISTORIQUE RÉÉCRIT. Cet export ne prolonge pas le point de contrôle de %1 enregistrements que vous avez vu auparavant pour %2 : des enregistrements ont été modifiés, supprimés ou remplacés depuis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KEY CHANGED. The checkpoint you saw before from %1 was signed by another key than this export&apos;s: its history cannot be linked to what you saw.</source>
        <translation>CLÉ CHANGÉE. Le point de contrôle que vous avez vu auparavant pour %1 a été signé par une autre clé que celle de cet export : son historique ne peut pas être relié à ce que vous avez vu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VERIFICATION FAILED: %1%2. %3</source>
        <translation>ÉCHEC DE LA VÉRIFICATION : %1%2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NOT WITNESSED. Records verified: %1/%2, checkpoint of %3 records from %4, but %5. Cosignatures from witnesses you did not pin, or that do not verify, do not count.</source>
        <translation>NON ATTESTÉ. Enregistrements vérifiés : %1/%2, point de contrôle de %3 enregistrements pour %4, mais %5. Les cosignatures de témoins que vous n’avez pas épinglés, ou qui ne se vérifient pas, ne comptent pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records verified: %1/%2, checkpoint of %3 records from %4, but complete: not proven (selective export: %5 records of a log of %6).</source>
        <translation>Enregistrements vérifiés : %1/%2, point de contrôle de %3 enregistrements pour %4, mais complétude non prouvée (export sélectif : %5 enregistrements d’un journal de %6).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified: %1/%2 records, checkpoint of %3 records from %4.</source>
        <translation>Vérifié : %1/%2 enregistrements, point de contrôle de %3 enregistrements pour %4.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source> at seq %1</source>
        <translation> au n° %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Complete: not proven (selective export: %1 records of a log of %2).</source>
        <translation>Complétude : non prouvée (export sélectif : %1 enregistrements d’un journal de %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Witnessed: %1.</source>
        <translation>Attesté : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by the key you pinned.</source>
        <translation>Signé par la clé que vous avez épinglée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is not pinned: compare its fingerprint below with the one your organisation publishes, then pin it.</source>
        <translation>La clé n’est pas épinglée : comparez son empreinte ci-dessous avec celle que publie votre organisation, puis épinglez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First export seen from this origin.</source>
        <translation>Premier export vu pour cette origine.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+27"/>
        <source>&amp;Load a CSV file…</source>
        <translation>&amp;Charger un fichier CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line per user: username,action[,change[,reason]] where action is leaver, role-change, unlock or mfa-reset, change is &quot;+role -role&quot; for role-change, and reason (optional) replaces the run&apos;s reason for that line.</source>
        <translation>Une ligne par utilisateur : nom_utilisateur,action[,modification[,motif]] où action vaut leaver, role-change, unlock ou mfa-reset, modification vaut « +rôle -rôle » pour role-change, et le motif (facultatif) remplace pour cette ligne le motif de l’exécution.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+37"/>
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
        <location line="+38"/>
        <source>Select users in the list, or load a CSV file.</source>
        <translation>Sélectionnez des utilisateurs dans la liste ou chargez un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the realm&apos;s roles to read the CSV file&apos;s role changes…</source>
        <translation>Attente des rôles du realm pour lire les changements de rôles du fichier CSV…</translation>
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
        <location line="+17"/>
        <source>Load a bulk CSV</source>
        <translation>Charger un fichier CSV groupé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is too large for a bulk file (more than %2 MiB).</source>
        <translation>%1 est trop volumineux pour un fichier groupé (plus de %2 Mio).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The realm&apos;s roles are still being read: the file is read again once they are.</source>
        <translation>Les rôles du realm sont encore en cours de lecture : le fichier sera relu dès qu’ils seront disponibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role changes cannot be resolved: %1</source>
        <translation>Les changements de rôles ne peuvent pas être résolus : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
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
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Lines of the CSV file with their own reason are recorded with it; the others with the reason below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les lignes du fichier CSV qui ont leur propre motif sont enregistrées avec celui-ci ; les autres avec le motif ci-dessous.&lt;/p&gt;</translation>
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
        <location line="+34"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 effectués</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
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
        <location line="+5"/>
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
        <location filename="../ui/users/dialogs/BulkResultsModel.cpp" line="+77"/>
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
    <name>custos::BulkRun</name>
    <message>
        <location filename="../core/users/BulkRun.cpp" line="+51"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the bulk run was cancelled</source>
        <translation>l’action groupée a été annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled before it started</source>
        <translation>Annulé avant de démarrer</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+10"/>
        <source>Could not read the CSV file</source>
        <translation>Impossible de lire le fichier CSV</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>line %1 has a quote that is never closed</source>
        <translation>la ligne %1 contient un guillemet qui n’est jamais fermé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is larger than 16 MiB</source>
        <translation>il dépasse 16 Mio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split it into smaller files</source>
        <translation>Découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save it as UTF-8 CSV</source>
        <translation>Enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has more than %1 lines</source>
        <translation>il compte plus de %1 lignes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: expected username,action[,change[,reason]]</source>
        <translation>ligne %1 : attendu nom_utilisateur,action[,modification[,motif]]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: the username is empty</source>
        <translation>ligne %1 : le nom d’utilisateur est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: unknown action “%2” (use leaver, role-change, unlock or mfa-reset)</source>
        <translation>ligne %1 : action inconnue « %2 » (utilisez leaver, role-change, unlock ou mfa-reset)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: role-change needs roles, like &quot;+auditor -helpdesk&quot;</source>
        <translation>ligne %1 : role-change nécessite des rôles, par exemple &quot;+auditor -helpdesk&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: “%2” must be +role or -role</source>
        <translation>ligne %1 : « %2 » doit être +rôle ou -rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: the realm has no role “%2”</source>
        <translation>ligne %1 : le realm n’a pas de rôle « %2 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: only role-change takes a third column</source>
        <translation>ligne %1 : seul role-change accepte une troisième colonne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: the reason needs at least %2 characters</source>
        <translation>ligne %1 : le motif doit compter au moins %2 caractères</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct these lines and load the file again</source>
        <translation>Corrigez ces lignes et chargez à nouveau le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it names no user</source>
        <translation>il ne désigne aucun utilisateur</translation>
    </message>
</context>
<context>
    <name>custos::CaBundle</name>
    <message>
        <location filename="../core/http/CaBundle.cpp" line="+22"/>
        <source>Could not use the CA bundle %1</source>
        <translation>Impossible d’utiliser le bundle d’AC %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the profile&apos;s CA bundle to a PEM file with your organization&apos;s CA certificates, or clear it to trust only the system&apos;s certificate store</source>
        <translation>Indiquez comme bundle d’AC du profil un fichier PEM contenant les certificats d’AC de votre organisation, ou videz-le pour ne faire confiance qu’au magasin de certificats du système</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n’a été indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>the file is larger than %1 KiB</source>
        <translation>le fichier dépasse %1 Kio</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file contains a private key, which does not belong in a CA bundle</source>
        <translation>le fichier contient une clé privée, qui n’a pas sa place dans un bundle d’AC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file contains no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;)</source>
        <translation>le fichier ne contient aucun certificat PEM (&quot;-----BEGIN CERTIFICATE-----&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of its %2 certificates cannot be read</source>
        <translation>%1 de ses %2 certificats ne peuvent pas être lus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a certificate in it cannot be read</source>
        <translation>un de ses certificats ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate &quot;%1&quot; is not a CA certificate (no basicConstraints CA:TRUE)</source>
        <translation>le certificat &quot;%1&quot; n’est pas un certificat d’AC (pas de basicConstraints CA:TRUE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
</context>
<context>
    <name>custos::CallerAttributes</name>
    <message>
        <location filename="../core/users/CallerAttributes.cpp" line="+31"/>
        <source>The profile&apos;s caller verification is not usable</source>
        <translation>La vérification de l’appelant du profil est inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callerVerification must be an object whose phoneAttribute and managerAttribute name user attributes</source>
        <translation>callerVerification doit être un objet dont phoneAttribute et managerAttribute nomment des attributs utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it as {&quot;phoneAttribute&quot;: &quot;phone&quot;, &quot;managerAttribute&quot;: &quot;manager&quot;}</source>
        <translation>Écrivez-la ainsi : {&quot;phoneAttribute&quot;: &quot;phone&quot;, &quot;managerAttribute&quot;: &quot;manager&quot;}</translation>
    </message>
</context>
<context>
    <name>custos::CallerVerification</name>
    <message>
        <location filename="../core/users/CallerVerification.cpp" line="+119"/>
        <source>Could not tell whether %1 is privileged</source>
        <translation>Impossible de savoir si %1 est privilégié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your account cannot see the realm-management client</source>
        <translation>votre compte ne voit pas le client realm-management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a realm administrator for the view-clients role</source>
        <translation>Demandez le rôle view-clients à un administrateur du realm</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Until Custos supports approvals, ask a second operator (an IAM administrator) to handle this request, or send the user the required-actions e-mail</source>
        <translation>Tant que Custos ne gère pas les approbations, demandez à un second opérateur (un administrateur IAM) de traiter cette demande, ou envoyez à l’utilisateur l’e-mail des actions requises</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>This reset needs a second operator</source>
        <translation>Cette réinitialisation demande un second opérateur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 is a privileged account (%2)</source>
        <translation>%1 est un compte privilégié (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a credential of %1 changed less than %2 hours ago (%3)</source>
        <translation>un identifiant de %1 a changé il y a moins de %2 heures (%3)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>I called back the number on record</source>
        <translation>J’ai rappelé le numéro enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manager on record confirmed the request</source>
        <translation>Le responsable enregistré a confirmé la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person, with a photo ID</source>
        <translation>En personne, avec une pièce d’identité avec photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket system&apos;s verified identity</source>
        <translation>L’identité vérifiée par le système de tickets</translation>
    </message>
</context>
<context>
    <name>custos::CallerVerificationPanel</name>
    <message>
        <location filename="../ui/users/dialogs/CallerVerificationPanel.cpp" line="+35"/>
        <source>Send the required-actions &amp;e-mail instead</source>
        <translation>Envoyer plutôt l’&amp;e-mail des actions requises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did you verify the caller?</source>
        <translation>Comment avez-vous vérifié l’appelant ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I &amp;confirm that I verified the caller this way</source>
        <translation>Je &amp;confirme avoir vérifié l’appelant de cette façon</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading what the directory knows about this user…</source>
        <translation>Lecture de ce que l’annuaire sait de cet utilisateur…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none on record</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n, the last on %1</source>
        <translation>
            <numerusform>%n, le dernier le %1</numerusform>
            <numerusform>%n, le dernier le %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Check the caller against what the directory knows, never against what they tell you:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vérifiez l’appelant d’après ce que sait l’annuaire, jamais d’après ce qu’il vous dit :&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone on record:</source>
        <translation>Téléphone enregistré :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager on record:</source>
        <translation>Responsable enregistré :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (verified)</source>
        <translation>%1 (vérifiée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not verified)</source>
        <translation>%1 (non vérifiée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last credential change:</source>
        <translation>Dernier changement d’identifiant :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none since the account was set up</source>
        <translation>aucun depuis la création du compte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Failed sign-ins in the last %n day(s):</source>
        <translation>
            <numerusform>Connexions échouées au cours du dernier %n jour :</numerusform>
            <numerusform>Connexions échouées au cours des %n derniers jours :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privileged account:</source>
        <translation>Compte privilégié :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (%1)</source>
        <translation>oui (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user has a verified e-mail address: sending them the required-actions e-mail is safer than a reset over the phone.</source>
        <translation>L’utilisateur a une adresse e-mail vérifiée : lui envoyer l’e-mail des actions requises est plus sûr qu’une réinitialisation au téléphone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Without these facts the reset cannot be confirmed: %1</source>
        <translation>Sans ces informations, la réinitialisation ne peut pas être confirmée : %1</translation>
    </message>
</context>
<context>
    <name>custos::CertificateBundle</name>
    <message>
        <location filename="../core/x509/CertificateBundle.cpp" line="+40"/>
        <source>Could not read the certificate</source>
        <translation>Impossible de lire le certificat</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>the certificate file is empty</source>
        <translation>le fichier du certificat est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the PEM file with the certificate chain</source>
        <translation>Sélectionnez le fichier PEM contenant la chaîne de certificats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the certificate file is larger than %1 KiB</source>
        <translation>le fichier du certificat dépasse %1 Kio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Select the server certificate and its intermediates only</source>
        <translation>Sélectionnez uniquement le certificat du serveur et ses intermédiaires</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+155"/>
        <source>the file holds more than %1 certificates</source>
        <translation>le fichier contient plus de %1 certificats</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>the file holds no PEM certificate</source>
        <translation>le fichier ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a PEM file starting with -----BEGIN CERTIFICATE-----</source>
        <translation>Sélectionnez un fichier PEM commençant par -----BEGIN CERTIFICATE-----</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate %1 of the file is damaged (%2)</source>
        <translation>le certificat %1 du fichier est endommagé (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the chain again as PEM</source>
        <translation>Exportez à nouveau la chaîne au format PEM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the private key</source>
        <translation>Impossible de lire la clé privée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file is larger than %1 KiB</source>
        <translation>le fichier de clé dépasse %1 Kio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the private key file</source>
        <translation>Sélectionnez le fichier de la clé privée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key is encrypted and no password was given</source>
        <translation>la clé est chiffrée et aucun mot de passe n’a été fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the key&apos;s password</source>
        <translation>Saisissez le mot de passe de la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password does not decrypt the key</source>
        <translation>le mot de passe ne déchiffre pas la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key&apos;s password</source>
        <translation>Vérifiez le mot de passe de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds no readable PEM private key (%1)</source>
        <translation>le fichier ne contient aucune clé privée PEM lisible (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the PEM private key that belongs to the certificate</source>
        <translation>Sélectionnez la clé privée PEM qui correspond au certificat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a certificate without subject</source>
        <translation>un certificat sans sujet</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Could not read the PKCS#12 file</source>
        <translation>Impossible de lire le fichier PKCS#12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty or larger than %1 KiB</source>
        <translation>le fichier est vide ou dépasse %1 Kio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the .p12 or .pfx file of the server certificate</source>
        <translation>Sélectionnez le fichier .p12 ou .pfx du certificat du serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not PKCS#12 (%1)</source>
        <translation>le fichier n’est pas au format PKCS#12 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a .p12 or .pfx file</source>
        <translation>Sélectionnez un fichier .p12 ou .pfx</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the password is wrong, or the file is damaged</source>
        <translation>le mot de passe est incorrect, ou le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the password the file was exported with</source>
        <translation>Saisissez le mot de passe utilisé lors de l’export du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its contents cannot be decrypted (%1)</source>
        <translation>son contenu ne peut pas être déchiffré (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the file again with AES-256 encryption</source>
        <translation>Exportez à nouveau le fichier avec un chiffrement AES-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export only the server certificate, its key and its intermediates</source>
        <translation>Exportez uniquement le certificat du serveur, sa clé et ses intermédiaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds no certificate</source>
        <translation>le fichier ne contient aucun certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the server certificate&apos;s file</source>
        <translation>Sélectionnez le fichier du certificat du serveur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the certificate is empty or too large</source>
        <translation>le certificat est vide ou trop volumineux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a DER certificate (%1)</source>
        <translation>ce n’est pas un certificat DER (%1)</translation>
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
        <location line="+47"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staged</source>
        <translation>préparé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
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
        <location line="+11"/>
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
    <name>custos::CertificateValidator</name>
    <message>
        <location filename="../core/x509/CertificateValidator.cpp" line="+25"/>
        <source>The certificate cannot be used</source>
        <translation>Le certificat ne peut pas être utilisé</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no private key was given for %1</source>
        <translation>aucune clé privée n’a été fournie pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the private key file, or a PKCS#12 file that contains it</source>
        <translation>Sélectionnez le fichier de la clé privée, ou un fichier PKCS#12 qui la contient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key does not belong to %1</source>
        <translation>la clé privée ne correspond pas à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the key the certificate was issued for</source>
        <translation>Sélectionnez la clé pour laquelle le certificat a été émis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a CA certificate (basicConstraints CA:TRUE), not a server certificate</source>
        <translation>%1 est un certificat d’AC (basicConstraints CA:TRUE), pas un certificat de serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the server certificate; its issuers belong after it in the chain</source>
        <translation>Sélectionnez le certificat du serveur ; ses émetteurs viennent après lui dans la chaîne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no readable validity dates</source>
        <translation>%1 n’a pas de dates de validité lisibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a new certificate</source>
        <translation>Demandez un nouveau certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 expired on %2</source>
        <translation>%1 a expiré le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the certificate</source>
        <translation>Renouvelez le certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid before %2</source>
        <translation>%1 n’est pas valide avant le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until %1, or check the issuing CA&apos;s clock</source>
        <translation>Attendez le %1, ou vérifiez l’horloge de l’AC émettrice</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has a %2-bit RSA key; at least %3 bits are required</source>
        <translation>%1 a une clé RSA de %2 bits ; au moins %3 bits sont requis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a certificate with a 2048-bit (or larger) RSA key, or a P-256 key</source>
        <translation>Demandez un certificat avec une clé RSA de 2048 bits (ou plus), ou une clé P-256</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a %2-bit elliptic-curve key (%3); at least P-256 is required</source>
        <translation>%1 a une clé à courbe elliptique de %2 bits (%3) ; au moins P-256 est requis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a certificate with a P-256, P-384 or P-521 key</source>
        <translation>Demandez un certificat avec une clé P-256, P-384 ou P-521</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a DSA key, which is not supported</source>
        <translation>%1 a une clé DSA, qui n’est pas prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a certificate with an RSA or EC key</source>
        <translation>Demandez un certificat avec une clé RSA ou EC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no subject alternative names, so no client will accept it for %2</source>
        <translation>%1 n’a pas de noms alternatifs du sujet : aucun client ne l’acceptera pour %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a certificate whose subjectAltName lists the host names</source>
        <translation>Demandez un certificat dont le subjectAltName liste les noms d’hôte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not cover %2 (its names: %3)</source>
        <translation>%1 ne couvre pas %2 (ses noms : %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a certificate whose subjectAltName lists every host name</source>
        <translation>Demandez un certificat dont le subjectAltName liste chaque nom d’hôte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OpenSSL could not create a certificate store</source>
        <translation>OpenSSL n’a pas pu créer de magasin de certificats</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>certificate %1 of the chain</source>
        <translation>le certificat %1 de la chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is self-signed and not among the trusted CAs</source>
        <translation>%1 est auto-signé et ne fait pas partie des AC de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a certificate issued by a trusted CA, or add this one as the trusted CA</source>
        <translation>Utilisez un certificat émis par une AC de confiance, ou ajoutez celui-ci comme AC de confiance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chain does not lead to a trusted root: the issuer of %1 is missing or not trusted (%2)</source>
        <translation>la chaîne ne mène pas à une racine de confiance : l’émetteur de %1 est manquant ou n’est pas de confiance (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the intermediate certificates, or supply the issuing CA</source>
        <translation>Incluez les certificats intermédiaires, ou fournissez l’AC émettrice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature on %1 does not verify: the chain is broken</source>
        <translation>la signature de %1 n’est pas vérifiée : la chaîne est rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chain again from the issuing CA</source>
        <translation>Exportez à nouveau la chaîne depuis l’AC émettrice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chain does not verify at %1: %2</source>
        <translation>la chaîne n’est pas vérifiée au niveau de %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the chain&apos;s order and the issuing CA</source>
        <translation>Vérifiez l’ordre de la chaîne et l’AC émettrice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file holds %1 certificates; a tenant CA is exactly one</source>
        <translation>le fichier contient %1 certificats ; une AC de client en est exactement un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the file with only the CA certificate</source>
        <translation>Sélectionnez le fichier contenant uniquement le certificat d’AC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a CA certificate (basicConstraints CA:TRUE is missing)</source>
        <translation>%1 n’est pas un certificat d’AC (basicConstraints CA:TRUE est absent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the CA that issues the tenant&apos;s client certificates</source>
        <translation>Sélectionnez l’AC qui émet les certificats clients de ce client</translation>
    </message>
</context>
<context>
    <name>custos::CertificatesPage</name>
    <message>
        <location filename="../ui/certificates/CertificatesPage.cpp" line="+91"/>
        <source>Your account cannot see the platform&apos;s certificates.</source>
        <translation>Votre compte ne peut pas voir les certificats de la plateforme.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+39"/>
        <source>&amp;Platform certificates</source>
        <translation>Certificats de la &amp;plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant CA certificates</source>
        <translation>Certificats d’AC des &amp;clients</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+48"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
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
        <location line="+23"/>
        <source>%1 active &amp;nbsp; %2 staged &amp;nbsp; %3 archived &amp;nbsp; %4 ends within %5 days &amp;nbsp; %6 expired &amp;nbsp; %7 today</source>
        <translation>%1 actif &amp;nbsp; %2 préparé &amp;nbsp; %3 archivé &amp;nbsp; %4 expire sous %5 jours &amp;nbsp; %6 expiré &amp;nbsp; %7 aujourd’hui</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+3"/>
        <source>Discard the selected staged certificate (asks you to confirm your identity)</source>
        <translation>Abandonner le certificat préparé sélectionné (vous demande de confirmer votre identité)</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+7"/>
        <source>You will be asked to confirm your identity unless you signed in within the last %n minute(s).</source>
        <translation>
            <numerusform>Il vous sera demandé de confirmer votre identité, sauf si vous vous êtes connecté dans la dernière minute.</numerusform>
            <numerusform>Il vous sera demandé de confirmer votre identité, sauf si vous vous êtes connecté dans les %n dernières minutes.</numerusform>
        </translation>
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
    <name>custos::Checkpoint</name>
    <message>
        <location filename="../core/ledger/Checkpoint.cpp" line="+16"/>
        <source>Could not read the checkpoint</source>
        <translation>Impossible de lire le point de contrôle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it is too long</source>
        <translation>il est trop long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not end with a newline</source>
        <translation>il ne se termine pas par un saut de ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has fewer than three lines</source>
        <translation>il compte moins de trois lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has an empty line</source>
        <translation>il contient une ligne vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its origin line is not a valid name</source>
        <translation>sa ligne d’origine n’est pas un nom valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its size line is not a plain decimal number</source>
        <translation>sa ligne de taille n’est pas un simple nombre décimal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its root hash line is not 32 bytes of standard base64</source>
        <translation>sa ligne de hachage racine n’est pas 32 octets en base64 standard</translation>
    </message>
</context>
<context>
    <name>custos::ChunkedProver</name>
    <message>
        <location filename="../core/ledger/ChunkedProver.cpp" line="+36"/>
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
        <location line="+12"/>
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
    <name>custos::CosignatureList</name>
    <message>
        <location filename="../ui/audit/CosignatureList.cpp" line="+22"/>
        <source>Witness cosignatures</source>
        <translation>Cosignatures des témoins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key hash</source>
        <translation>Hachage de la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pinned and valid?</source>
        <translation>Épinglé et valide ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cosigned (UTC)</source>
        <translation>Cosigné (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cosigned (local time)</source>
        <translation>Cosigné (heure locale)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>custos::DatabaseReader</name>
    <message>
        <location filename="../core/ledger/DatabaseReader.cpp" line="+83"/>
        <source>the database %1 answered: %2</source>
        <translation>la base de données %1 a répondu : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the ledger</source>
        <translation>Impossible de lire le registre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the ledger</source>
        <translation>Impossible d’ouvrir le registre</translation>
    </message>
    <message>
        <location line="+125"/>
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
        <location line="+55"/>
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
    <name>custos::Ed25519Key</name>
    <message>
        <location filename="../core/crypto/Ed25519Key.cpp" line="+44"/>
        <source>Could not create a signing key</source>
        <translation>Impossible de créer une clé de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenSSL refused to generate one</source>
        <translation>OpenSSL a refusé d’en générer une</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>Could not read the signing key</source>
        <translation>Impossible de lire la clé de signature</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>it is not a PEM private key</source>
        <translation>ce n’est pas une clé privée PEM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not an Ed25519 key</source>
        <translation>ce n’est pas une clé Ed25519</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an Ed25519 seed has 32 bytes</source>
        <translation>une graine Ed25519 fait 32 octets</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not sign</source>
        <translation>Impossible de signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenSSL refused to sign with the key</source>
        <translation>OpenSSL a refusé de signer avec la clé</translation>
    </message>
</context>
<context>
    <name>custos::ErasureController</name>
    <message>
        <location filename="../ui/audit/ErasureController.cpp" line="+36"/>
        <source>The audit ledger is not open.</source>
        <translation>Le registre d’audit n’est pas ouvert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <source>Erase personal data</source>
        <translation>Effacer des données personnelles</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Confirming it is you: sign in again in your browser if it asks…</source>
        <translation>Confirmation de votre identité : reconnectez-vous dans votre navigateur s’il le demande…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erasing a person&apos;s personal data from the audit ledger</source>
        <translation>Effacement des données personnelles d’une personne du registre d’audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was erased</source>
        <translation>Rien n’a été effacé</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n personal field(s) erased for good; the ledger records the erasure and still verifies</source>
        <translation>
            <numerusform>%n champ personnel effacé définitivement ; le registre d’audit consigne l’effacement et se vérifie toujours</numerusform>
            <numerusform>%n champs personnels effacés définitivement ; le registre d’audit consigne l’effacement et se vérifie toujours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n personal field(s) erased; the ledger records the erasure and still verifies, but its file could not be rebuilt afterwards (%1): its free pages may still hold older copies. Free some space, then erase the same person again to rebuild it.</source>
        <translation>
            <numerusform>%n champ personnel effacé ; le registre d’audit consigne l’effacement et se vérifie toujours, mais son fichier n’a pas pu être reconstruit ensuite (%1) : ses pages libres peuvent encore contenir des copies antérieures. Libérez de l’espace, puis effacez à nouveau la même personne pour le reconstruire.</numerusform>
            <numerusform>%n champs personnels effacés ; le registre d’audit consigne l’effacement et se vérifie toujours, mais son fichier n’a pas pu être reconstruit ensuite (%1) : ses pages libres peuvent encore contenir des copies antérieures. Libérez de l’espace, puis effacez à nouveau la même personne pour le reconstruire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ErasureDialog</name>
    <message>
        <location filename="../ui/audit/ErasureDialog.cpp" line="+14"/>
        <source>Erase personal data</source>
        <translation>Effacer des données personnelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Erases from this computer&apos;s audit ledger every personal value recorded about one person: their username, name, e-mail address, IP addresses, and the free text of the records they acted in or were the target of. The records stay, with their ids, actions and times, and the ledger still verifies; the erased values show as “erased”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Exports made before keep their copies.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Efface du registre d’audit de cet ordinateur toutes les valeurs personnelles enregistrées sur une personne : son nom d’utilisateur, son nom, son adresse e-mail, ses adresses IP, et le texte libre des enregistrements où elle a agi ou qui la visaient. Les enregistrements restent, avec leurs identifiants, actions et heures, et le registre d’audit se vérifie toujours ; les valeurs effacées apparaissent comme « effacé ».&lt;/p&gt;&lt;p&gt;&lt;b&gt;C’est irréversible.&lt;/b&gt; Les exports faits auparavant gardent leurs copies.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak id or username</source>
        <translation>Identifiant Keycloak ou nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the person&apos;s Keycloak id or username.</source>
        <translation>Saisissez l’identifiant Keycloak ou le nom d’utilisateur de la personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for their personal data in the ledger…</source>
        <translation>Recherche de ses données personnelles dans le registre d’audit…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the ledger is about %1: there is nothing to erase.</source>
        <translation>Rien dans le registre d’audit ne concerne %1 : il n’y a rien à effacer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n personal field(s) in %1 will be erased.</source>
        <translation>
            <numerusform>%n champ personnel dans %1 sera effacé.</numerusform>
            <numerusform>%n champs personnels dans %1 seront effacés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not name the person in the reason: the reason stays in the ledger.</source>
        <translation>Ne nommez pas la personne dans le motif : le motif reste dans le registre d’audit.</translation>
    </message>
</context>
<context>
    <name>custos::Error</name>
    <message>
        <location filename="../core/common/Error.cpp" line="+12"/>
        <source>%1: %2</source>
        <extracomment>Joins what failed and why; French typography puts a space before the colon.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>custos::ExpiryCollector</name>
    <message>
        <location filename="../core/platform/ExpiryCollector.cpp" line="+30"/>
        <source>Platform certificates</source>
        <translation>Certificats de la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant CA certificates</source>
        <translation>Certificats d’AC des clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Realm keys</source>
        <translation>Clés du realm</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>platform certificates</source>
        <translation>certificats de la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform certificate (%1)</source>
        <translation>certificat de la plateforme (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>tenant CA certificates</source>
        <translation>certificats d’AC des clients</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tenant CA certificate (active)</source>
        <translation>certificat d’AC du client (actif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant CA certificate (staged)</source>
        <translation>certificat d’AC du client (préparé)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>realm keys</source>
        <translation>clés du realm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>realm key (%1)</source>
        <translation>clé du realm (%1)</translation>
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
        <location line="+10"/>
        <source>Keycloak</source>
        <translation>Keycloak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+19"/>
        <source>%1 not checked: %2</source>
        <translation>%1 — contrôle impossible : %2</translation>
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
    <message>
        <location line="+3"/>
        <source>Nothing could be checked.</source>
        <translation>Rien n’a pu être contrôlé.</translation>
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
        <source>%1 not checked: %2</source>
        <translation>%1 — contrôle impossible : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: %1 (%2)</source>
        <translation>Non contrôlé : %1 (%2)</translation>
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
        <location filename="../core/ledger/ExportIndex.cpp" line="+26"/>
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
        <location filename="../core/ledger/ExportReader.cpp" line="+44"/>
        <location line="+15"/>
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
        <location line="+31"/>
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
    <name>custos::GrantPreview</name>
    <message>
        <location filename="../ui/users/dialogs/GrantPreview.cpp" line="+12"/>
        <source>Administration roles this gives</source>
        <translation>Rôles d’administration donnés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No role or group is added: this gives no administration roles.</source>
        <translation>Aucun rôle ni groupe n’est ajouté : cela ne donne aucun rôle d’administration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading which administration roles this gives…</source>
        <translation>Lecture des rôles d’administration que cela donne…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not tell which administration roles this gives: %1</source>
        <translation>Impossible de savoir quels rôles d’administration cela donne : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This gives no administration roles.</source>
        <translation>Cela ne donne aucun rôle d’administration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privileged: this gives administration roles (realm-management): %1.</source>
        <translation>Privilégié : cela donne des rôles d’administration (realm-management) : %1.</translation>
    </message>
</context>
<context>
    <name>custos::GrantedAdminRoles</name>
    <message>
        <location filename="../core/users/GrantedAdminRoles.cpp" line="+24"/>
        <source>Custos cannot tell what this grant gives</source>
        <translation>Custos ne peut pas savoir ce que donne cette attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your account lacks %1</source>
        <translation>il manque %1 à votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a realm administrator for it</source>
        <translation>Demandez-le à un administrateur du realm</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>realm role %1</source>
        <translation>rôle de realm %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client role %1 of %2</source>
        <translation>rôle client %1 de %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view-clients (or a “view” admin permission on the client realm-management)</source>
        <translation>view-clients (ou une permission d’administration « view » sur le client realm-management)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 gives %2</source>
        <translation>%1 donne %2</translation>
    </message>
</context>
<context>
    <name>custos::HelpdeskDialog</name>
    <message>
        <location filename="../ui/users/dialogs/HelpdeskDialog.cpp" line="+22"/>
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
        <location line="+14"/>
        <source>Temporary password:</source>
        <translation>Mot de passe temporaire :</translation>
    </message>
    <message>
        <location line="+74"/>
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
    <name>custos::HistoryPanel</name>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="+19"/>
        <source>&amp;History of this session</source>
        <translation>&amp;Historique de cette session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History of this session</source>
        <translation>Historique de cette session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes of this session&apos;s actions</source>
        <translation>Résultats des actions de cette session</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;History of this session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique de cette session&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>Fermer l’historique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
</context>
<context>
    <name>custos::HttpClient</name>
    <message>
        <location filename="../core/http/HttpClient.cpp" line="+99"/>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 n’a pas répondu dans les %2 secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the server is running and reachable, then try again</source>
        <translation>Vérifiez que le serveur fonctionne et qu’il est joignable, puis réessayez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the request was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent more than %2 MiB</source>
        <translation>%1 a envoyé plus de %2 Mio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the TLS connection to %1 failed (%2)</source>
        <translation>la connexion TLS à %1 a échoué (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate presented by %1 is not trusted (%2); its SHA-256 fingerprint is %3</source>
        <translation>le certificat présenté par %1 n’est pas de confiance (%2) ; son empreinte SHA-256 est %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you trust this server, add the certificate of the authority that issued it to the profile&apos;s CA bundle</source>
        <translation>Si vous faites confiance à ce serveur, ajoutez le certificat de l’autorité qui l’a émis au bundle d’AC du profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 refused the connection</source>
        <translation>%1 a refusé la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the server is running and the address in the profile is right</source>
        <translation>Vérifiez que le serveur fonctionne et que l’adresse du profil est correcte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host name %1 could not be resolved</source>
        <translation>le nom d’hôte %1 n’a pas pu être résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address in the profile and your network connection</source>
        <translation>Vérifiez l’adresse du profil et votre connexion réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake with %1 failed (%2)</source>
        <translation>la négociation TLS avec %1 a échoué (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to %1 failed (%2)</source>
        <translation>la connexion à %1 a échoué (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your network connection and try again</source>
        <translation>Vérifiez votre connexion réseau et réessayez</translation>
    </message>
</context>
<context>
    <name>custos::HttpErrors</name>
    <message>
        <location filename="../core/http/HttpErrors.cpp" line="+52"/>
        <source> (the server said: %1)</source>
        <translation> (le serveur a répondu : %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rejected the request as invalid%2</source>
        <translation>%1 a rejeté la requête comme non valide%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the values you entered</source>
        <translation>Vérifiez les valeurs que vous avez saisies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 no longer accepts your session%2</source>
        <translation>%1 n’accepte plus votre session%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Reconnectez-vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your account is not allowed to do this on %1%2</source>
        <translation>votre compte n’est pas autorisé à faire cela sur %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a realm administrator for the role this action needs</source>
        <translation>Demandez à un administrateur du realm le rôle nécessaire à cette action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know this object any more%2</source>
        <translation>%1 ne connaît plus cet objet%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list; someone may have deleted it</source>
        <translation>Actualisez la liste ; quelqu’un l’a peut-être supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it conflicts with something that already exists%1</source>
        <translation>cela entre en conflit avec quelque chose qui existe déjà%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing object or choose another name</source>
        <translation>Ouvrez l’objet existant ou choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had an internal error (HTTP %2)%3</source>
        <translation>%1 a rencontré une erreur interne (HTTP %2)%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment; if it persists, check the server&apos;s log</source>
        <translation>Réessayez dans un instant ; si le problème persiste, consultez le journal du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 a répondu HTTP %2%3</translation>
    </message>
</context>
<context>
    <name>custos::IdTokenVerifier</name>
    <message>
        <location filename="../core/auth/IdTokenVerifier.cpp" line="+22"/>
        <source>Could not verify your sign-in</source>
        <translation>Impossible de vérifier votre connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again; if it keeps failing, ask the Keycloak administrator to check the client&apos;s settings</source>
        <translation>Reconnectez-vous ; si l’échec persiste, demandez à l’administrateur Keycloak de vérifier les paramètres du client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check that this computer&apos;s date, time and time zone are right</source>
        <translation>Vérifiez que la date, l’heure et le fuseau horaire de cet ordinateur sont corrects</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the ID token is not signed</source>
        <translation>le jeton d’identité n’est pas signé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ID token is signed with a shared secret (%1), which Custos never accepts</source>
        <translation>le jeton d’identité est signé avec un secret partagé (%1), ce que Custos n’accepte jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the ID token uses the signature algorithm %1, which Custos does not accept</source>
        <translation>le jeton d’identité utilise l’algorithme de signature %1, que Custos n’accepte pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ID token requires header extensions that Custos does not understand</source>
        <translation>le jeton d’identité exige des extensions d’en-tête que Custos ne comprend pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ID token does not name the key it was signed with</source>
        <translation>le jeton d’identité n’indique pas la clé avec laquelle il a été signé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ID token was signed with a key the identity provider does not publish</source>
        <translation>le jeton d’identité a été signé avec une clé que le fournisseur d’identité ne publie pas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ID token&apos;s signing key does not match its algorithm %1</source>
        <translation>la clé de signature du jeton d’identité ne correspond pas à son algorithme %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID token&apos;s signature is not valid</source>
        <translation>la signature du jeton d’identité n’est pas valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ID token&apos;s audience is malformed</source>
        <translation>l’audience du jeton d’identité est malformée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the ID token was issued for another client</source>
        <translation>le jeton d’identité a été émis pour un autre client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the ID token has several audiences but does not say which client it was issued to</source>
        <translation>le jeton d’identité a plusieurs audiences mais n’indique pas pour quel client il a été émis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the ID token&apos;s authorized party is another client</source>
        <translation>la partie autorisée du jeton d’identité est un autre client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the ID token has no valid expiry time</source>
        <translation>le jeton d’identité n’a pas de date d’expiration valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ID token expired at %1</source>
        <translation>le jeton d’identité a expiré le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ID token has no valid issue time</source>
        <translation>le jeton d’identité n’a pas de date d’émission valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID token claims to be issued in the future</source>
        <translation>le jeton d’identité prétend avoir été émis dans le futur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ID token is not valid yet</source>
        <translation>le jeton d’identité n’est pas encore valide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the ID token does not say when you signed in</source>
        <translation>le jeton d’identité n’indique pas quand vous vous êtes connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identity provider did not ask you to sign in again</source>
        <translation>le fournisseur d’identité ne vous a pas demandé de vous reconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again when asked; this action needs a fresh sign-in</source>
        <translation>Reconnectez-vous lorsque cela vous est demandé ; cette action nécessite une connexion récente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sign-in did not reach the required authentication level</source>
        <translation>la connexion n’a pas atteint le niveau d’authentification requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again with the stronger method this action needs</source>
        <translation>Reconnectez-vous avec la méthode plus forte qu’exige cette action</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the expected issuer or client is unknown</source>
        <translation>l’émetteur ou le client attendu est inconnu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the token is not an ID token</source>
        <translation>le jeton n’est pas un jeton d’identité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ID token was issued by another server than the profile&apos;s issuer</source>
        <translation>le jeton d’identité a été émis par un autre serveur que l’émetteur du profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID token does not name a user</source>
        <translation>le jeton d’identité ne désigne aucun utilisateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the ID token does not belong to this sign-in (its nonce differs)</source>
        <translation>le jeton d’identité n’appartient pas à cette connexion (son nonce diffère)</translation>
    </message>
</context>
<context>
    <name>custos::InterruptedActions</name>
    <message>
        <location filename="../core/actions/InterruptedActions.cpp" line="+121"/>
        <source>Custos does not read the state of a %1 here; check it by hand</source>
        <translation>Custos ne lit pas ici l’état d’un objet « %1 » ; vérifiez-le à la main</translation>
    </message>
</context>
<context>
    <name>custos::Jcs</name>
    <message>
        <location filename="../core/ledger/Jcs.cpp" line="+22"/>
        <source>Could not put JSON into canonical form</source>
        <translation>Impossible de mettre le JSON sous forme canonique</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>it is nested too deeply</source>
        <translation>il est trop profondément imbriqué</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+113"/>
        <source>a string holds an unpaired surrogate</source>
        <translation>une chaîne contient un demi-codet d’indirection isolé</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>a property name occurs twice</source>
        <translation>un nom de propriété apparaît deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a property name holds an unpaired surrogate</source>
        <translation>un nom de propriété contient un demi-codet d’indirection isolé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it holds an undefined value</source>
        <translation>il contient une valeur indéfinie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NaN and infinity have no JSON form</source>
        <translation>NaN et l’infini n’ont pas de forme JSON</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Could not read JSON</source>
        <translation>Impossible de lire le JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not one JSON value</source>
        <translation>ce n’est pas une valeur JSON unique</translation>
    </message>
</context>
<context>
    <name>custos::JoinerDialog</name>
    <message>
        <location filename="../ui/users/dialogs/JoinerDialog.cpp" line="+34"/>
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
        <location line="+2"/>
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
        <location line="+8"/>
        <source>Reading the realm&apos;s roles…</source>
        <translation>Lecture des rôles du realm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the realm&apos;s groups…</source>
        <translation>Lecture des groupes du realm…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the first %1 groups are listed.</source>
        <translation>Seuls les %1 premiers groupes sont listés.</translation>
    </message>
</context>
<context>
    <name>custos::JoinerOperation</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="-398"/>
        <source>create the account %1 (%2)</source>
        <translation>créer le compte %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>delete the incomplete account %1 in Keycloak</source>
        <translation>supprimer le compte incomplet %1 dans Keycloak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send the set-up e-mail to %1</source>
        <translation>envoyer l’e-mail de configuration à %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set a temporary password</source>
        <translation>définir un mot de passe temporaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grant the realm role %1</source>
        <translation>attribuer le rôle du realm %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add to the group %1</source>
        <translation>ajouter au groupe %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a user with this username or e-mail address already exists</source>
        <translation>un utilisateur avec ce nom d’utilisateur ou cette adresse e-mail existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing user instead, or choose another username</source>
        <translation>Ouvrez plutôt l’utilisateur existant, ou choisissez un autre nom d’utilisateur</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 was created; a set-up e-mail was sent to %2</source>
        <translation>%1 a été créé ; un e-mail de configuration a été envoyé à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was created with a temporary password</source>
        <translation>%1 a été créé avec un mot de passe temporaire</translation>
    </message>
</context>
<context>
    <name>custos::JoinerRequest</name>
    <message>
        <location line="-104"/>
        <source>%1 is not valid</source>
        <translation>%1 n’est pas valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the field and try again</source>
        <translation>Corrigez le champ et réessayez</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The username</source>
        <translation>Le nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 2 to 63 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>utilisez 2 à 63 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address</source>
        <translation>L’adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it must look like name@example.org</source>
        <translation>elle doit ressembler à nom@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>use letters, spaces, apostrophes, dots or dashes (1 to 100)</source>
        <translation>utilisez des lettres, espaces, apostrophes, points ou tirets (1 à 100)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The last name</source>
        <translation>Le nom de famille</translation>
    </message>
</context>
<context>
    <name>custos::JustificationFields</name>
    <message>
        <location filename="../ui/widgets/JustificationFields.cpp" line="+21"/>
        <source>Why is this done? At least %1 characters, in your own words.</source>
        <translation>Pourquoi le faire ? Au moins %1 caractères, avec vos propres mots.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ticket (optional):</source>
        <translation>&amp;Ticket (facultatif) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
</context>
<context>
    <name>custos::JustificationPolicy</name>
    <message>
        <location filename="../core/audit/JustificationPolicy.cpp" line="+32"/>
        <location line="+46"/>
        <location line="+3"/>
        <source>The profile&apos;s ticket policy is not usable</source>
        <translation>La politique de tickets du profil est inutilisable</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>ticketPattern &quot;%1&quot; is not a valid regular expression: %2 at character %3</source>
        <translation>ticketPattern « %1 » n’est pas une expression régulière valide : %2 au caractère %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct ticketPattern in the profile, e.g. ^(INC|CHG)-[0-9]+$</source>
        <translation>Corrigez ticketPattern dans le profil, par exemple ^(INC|CHG)-[0-9]+$</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reason is too short</source>
        <translation>Le motif est trop court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reason needs at least %1 characters; it has %2</source>
        <translation>un motif doit compter au moins %1 caractères ; il en a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say in your own words why this is done</source>
        <translation>Dites avec vos propres mots pourquoi cela est fait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A ticket is needed</source>
        <translation>Un ticket est nécessaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this profile requires a ticket for every change</source>
        <translation>ce profil exige un ticket pour chaque modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the ticket this change belongs to</source>
        <translation>Saisissez le ticket auquel cette modification se rattache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the ticket this change belongs to (format: %1)</source>
        <translation>Saisissez le ticket auquel cette modification se rattache (format : %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket is not in the expected format</source>
        <translation>Le ticket n’est pas au format attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not match %2</source>
        <translation>« %1 » ne correspond pas à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the ticket number as your ticket system shows it</source>
        <translation>Saisissez le numéro du ticket tel que votre système de tickets l’affiche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticketPattern must be a string</source>
        <translation>ticketPattern doit être une chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticketRequired must be true or false</source>
        <translation>ticketRequired doit valoir true ou false</translation>
    </message>
</context>
<context>
    <name>custos::Jwks</name>
    <message>
        <location filename="../core/auth/Jwks.cpp" line="+23"/>
        <source>Could not read the identity provider&apos;s signing keys</source>
        <translation>Impossible de lire les clés de signature du fournisseur d’identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the profile&apos;s issuer points at a Keycloak realm</source>
        <translation>Vérifiez que l’émetteur du profil désigne un realm Keycloak</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an RSA key lacks a valid &quot;n&quot; or &quot;e&quot;</source>
        <translation>une clé RSA n’a pas de &quot;n&quot; ou de &quot;e&quot; valide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an EC key lacks a valid &quot;x&quot; or &quot;y&quot;</source>
        <translation>une clé EC n’a pas de &quot;x&quot; ou de &quot;y&quot; valide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key set is larger than %1 KiB</source>
        <translation>le jeu de clés dépasse %1 Kio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key set is not a JSON object</source>
        <translation>le jeu de clés n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key set has no &quot;keys&quot; array</source>
        <translation>le jeu de clés n’a pas de tableau &quot;keys&quot;</translation>
    </message>
</context>
<context>
    <name>custos::JwksCache</name>
    <message>
        <location filename="../core/auth/JwksCache.cpp" line="+68"/>
        <source>Could not read the identity provider&apos;s signing keys</source>
        <translation>Impossible de lire les clés de signature du fournisseur d’identité</translation>
    </message>
</context>
<context>
    <name>custos::Jwt</name>
    <message>
        <location filename="../core/auth/Jwt.cpp" line="+19"/>
        <source>Could not read the token from the identity provider</source>
        <translation>Impossible de lire le jeton du fournisseur d’identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again; if this keeps happening, the identity provider is misconfigured</source>
        <translation>Reconnectez-vous ; si cela se reproduit, le fournisseur d’identité est mal configuré</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the token is empty</source>
        <translation>le jeton est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token is larger than %1 KiB</source>
        <translation>le jeton dépasse %1 Kio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token does not have exactly three parts</source>
        <translation>le jeton n’a pas exactement trois parties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token&apos;s header is not a base64url-encoded JSON object</source>
        <translation>l’en-tête du jeton n’est pas un objet JSON encodé en base64url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token&apos;s claims are not a base64url-encoded JSON object</source>
        <translation>les revendications du jeton ne sont pas un objet JSON encodé en base64url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token&apos;s signature is not base64url-encoded</source>
        <translation>la signature du jeton n’est pas encodée en base64url</translation>
    </message>
</context>
<context>
    <name>custos::KeyFileDialog</name>
    <message>
        <location filename="../ui/widgets/KeyFileDialog.cpp" line="+40"/>
        <source>Keep the ledger&apos;s keys in a key file</source>
        <translation>Conserver les clés du registre dans un fichier de clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keychain that can hold the audit ledger&apos;s signing keys, so every change stays blocked. Custos can keep the keys in a file protected by a passphrase instead:
%1

You type the passphrase once per session; it is never stored. If you lose it, this ledger can no longer be extended: its records stay verifiable, but Custos has to start a new ledger. Keep the passphrase somewhere safe, and back up the key file with the ledger.</source>
        <translation>Cet ordinateur n’a pas de trousseau capable de conserver les clés de signature du registre d’audit : toute modification reste donc bloquée. Custos peut à la place conserver les clés dans un fichier protégé par une phrase secrète :
%1

Vous saisissez la phrase secrète une fois par session ; elle n’est jamais enregistrée. Si vous la perdez, plus rien ne pourra être ajouté à ce registre : ses enregistrements resteront vérifiables, mais Custos devra créer un nouveau registre. Conservez la phrase secrète en lieu sûr et sauvegardez le fichier de clés avec le registre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create key file</source>
        <translation>&amp;Créer le fichier de clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the audit ledger</source>
        <translation>Déverrouiller le registre d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit ledger&apos;s keys are in the key file
%1

Type its passphrase to open the ledger for this session. Until then, nothing can be changed.</source>
        <translation>Les clés du registre d’audit se trouvent dans le fichier de clés
%1

Saisissez sa phrase secrète pour ouvrir le registre pour cette session. D’ici là, aucune modification n’est possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Au moins %n caractère ; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
            <numerusform>Au moins %n caractères ; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the key file&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète du fichier de clés.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Creating the key file…</source>
        <translation>Création du fichier de clés…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlocking the key file…</source>
        <translation>Déverrouillage du fichier de clés…</translation>
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
        <location line="+5"/>
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
        <location line="+21"/>
        <source>The realm&apos;s token lifetimes have not been read yet.</source>
        <translation>Les durées de vie des jetons du realm n’ont pas encore été lues.</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+7"/>
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
        <location line="+7"/>
        <source>Done %1: the old key %2 is passive (verifies, no longer signs).</source>
        <translation>Fait le %1 : l’ancienne clé %2 est passive (elle vérifie, mais ne signe plus).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
        <source>It is earlier than recommended (%1): tokens the old key signed may still be in use.</source>
        <translation>C’est plus tôt que recommandé (%1) : des jetons signés par l’ancienne clé sont peut-être encore utilisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key rotation</source>
        <translation>Rotation des clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>custos::KeycloakAdmin</name>
    <message>
        <location filename="../core/keycloak/KeycloakAdmin.cpp" line="+56"/>
        <source>Ask a realm administrator for the realm-management role &quot;%1&quot;</source>
        <translation>Demandez à un administrateur du realm le rôle realm-management &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keycloak&apos;s answer is not valid JSON (%1)</source>
        <translation>La réponse de Keycloak n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the profile points at a Keycloak server</source>
        <translation>Vérifiez que le profil désigne un serveur Keycloak</translation>
    </message>
</context>
<context>
    <name>custos::KeycloakEventIngestor</name>
    <message>
        <location filename="../core/audit/KeycloakEventIngestor.cpp" line="+19"/>
        <source>Could not record a Keycloak event</source>
        <translation>Impossible d’enregistrer un événement Keycloak</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not read Keycloak&apos;s admin events</source>
        <translation>Impossible de lire les événements d’administration de Keycloak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not read Keycloak&apos;s user events</source>
        <translation>Impossible de lire les événements utilisateur de Keycloak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keycloak answered something that is not a list of events</source>
        <translation>Keycloak a répondu autre chose qu’une liste d’événements</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Event ingestion was cancelled</source>
        <translation>L’ingestion des événements a été annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the events read so far are in the ledger</source>
        <translation>les événements lus jusqu’ici sont dans le registre</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>an admin event has no id, time or operation (Keycloak 26.2 or later is needed)</source>
        <translation>un événement d’administration n’a pas d’identifiant, d’heure ou d’opération (Keycloak 26.2 ou ultérieur est nécessaire)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a user event has no id, time or type (Keycloak 26.2 or later is needed)</source>
        <translation>un événement utilisateur n’a pas d’identifiant, d’heure ou de type (Keycloak 26.2 ou ultérieur est nécessaire)</translation>
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
        <location line="+4"/>
        <source>%1 &amp;lt;%2&amp;gt;</source>
        <translation>%1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Offboard &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Every session of this user is ended at once, then the account is disabled. The account and its history are kept; it can be enabled again later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Traiter le départ de &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Toutes les sessions de cet utilisateur sont fermées immédiatement, puis le compte est désactivé. Le compte et son historique sont conservés ; il pourra être réactivé plus tard.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>custos::LeaverOperation</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="+271"/>
        <source>end every session of %1</source>
        <translation>fermer toutes les sessions de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>disable %1</source>
        <translation>désactiver %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>remove %1 from the group %2</source>
        <translation>retirer %1 du groupe %2</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Reading %1&apos;s sessions</source>
        <translation>Lecture des sessions de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+7"/>
        <source>%1 is disabled; %n session(s) ended</source>
        <translation>
            <numerusform>%1 est désactivé ; %n session fermée</numerusform>
            <numerusform>%1 est désactivé ; %n sessions fermées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; removed from %n group(s)</source>
        <translation>
            <numerusform> ; retiré de %n groupe</numerusform>
            <numerusform> ; retiré de %n groupes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::LedgerAuditTrail</name>
    <message>
        <location filename="../core/audit/LedgerAuditTrail.cpp" line="+270"/>
        <source>Could not export the audit ledger</source>
        <translation>Impossible d’exporter le registre d’audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is the ledger itself</source>
        <translation>%1 est le registre lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file name</source>
        <translation>Choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location line="+223"/>
        <location line="+36"/>
        <location line="+38"/>
        <location line="+25"/>
        <location line="+16"/>
        <source>Could not open the audit ledger %1</source>
        <translation>Impossible d’ouvrir le registre d’audit %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>its signing keys are not in this computer&apos;s keychain</source>
        <translation>ses clés de signature ne sont pas dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the keychain entry, or move the ledger file aside (keep it: it can still be verified and exported) so that Custos starts a new one</source>
        <translation>Restaurez l’entrée du trousseau, ou mettez le fichier du registre de côté (conservez-le : il peut encore être vérifié et exporté) pour que Custos en crée un nouveau</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>its keys are kept in a key file, not in the keychain</source>
        <translation>ses clés sont conservées dans un fichier de clés, pas dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a ledger created by Custos, or move this one away</source>
        <translation>Utilisez un registre créé par Custos, ou déplacez celui-ci</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>its key file %1 is missing</source>
        <translation>son fichier de clés %1 est introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the key file back from your backup</source>
        <translation>Remettez en place le fichier de clés à partir de votre sauvegarde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>its key file could not be read</source>
        <translation>son fichier de clés n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its keys are kept in the keychain, not in a key file</source>
        <translation>ses clés sont conservées dans le trousseau, pas dans un fichier de clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file belongs to another ledger</source>
        <translation>le fichier de clés appartient à un autre registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep each ledger with its own key file</source>
        <translation>Conservez chaque registre avec son propre fichier de clés</translation>
    </message>
</context>
<context>
    <name>custos::LedgerController</name>
    <message>
        <location filename="../ui/LedgerController.cpp" line="+56"/>
        <source>Ledger: not open</source>
        <translation>Registre : non ouvert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ledger: open</source>
        <translation>Registre : ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger: %1 records</source>
        <translation>Registre : %1 enregistrements</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ledger: opening…</source>
        <translation>Registre : ouverture…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <location line="+37"/>
        <source>Ledger: not open (%1)</source>
        <translation>Registre : non ouvert (%1)</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Ledger: locked (waiting for the key file&apos;s passphrase)</source>
        <translation>Registre : verrouillé (en attente de la phrase secrète du fichier de clés)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its key file was not unlocked</source>
        <translation>son fichier de clés n’a pas été déverrouillé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit ledger is not open</source>
        <translation>Le registre d’audit n’est pas ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in again to type the key file&apos;s passphrase</source>
        <translation>Reconnectez-vous pour saisir la phrase secrète du fichier de clés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger: refused: %1. %2</source>
        <translation>Registre : refusé : %1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ledger: checking with its witnesses…</source>
        <translation>Registre d’audit : vérification auprès de ses témoins…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not witnessed yet</source>
        <translation>Pas encore attesté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last witnessed just now</source>
        <translation>Attesté à l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last witnessed %n minute(s) ago</source>
        <translation>
            <numerusform>Attesté il y a %n minute</numerusform>
            <numerusform>Attesté il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witnesses unreachable since %1</source>
        <translation>Témoins injoignables depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enrolled with the witnesses</source>
        <translation>Non enregistré auprès des témoins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Witnesses saw this ledger forked</source>
        <translation>Les témoins ont vu ce registre d’audit bifurquer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ledger: recording Keycloak events… %1</source>
        <translation>Registre : enregistrement des événements Keycloak… %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ledger: Keycloak events not recorded (%1)</source>
        <translation>Registre : événements Keycloak non enregistrés (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ledger: recording Keycloak events…</source>
        <translation>Registre : enregistrement des événements Keycloak…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ledger: recording platform audit events… %1</source>
        <translation>Registre : enregistrement des événements d’audit de la plateforme… %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform&apos;s audit chain is broken at event %1: %2</source>
        <translation>La chaîne d’audit de la plateforme est rompue à l’événement %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit chain of tenant %1 is broken at event %2: %3</source>
        <translation>La chaîne d’audit du client %1 est rompue à l’événement %2 : %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ledger: platform audit chain BROKEN, recording stopped</source>
        <translation>Registre : chaîne d’audit de la plateforme ROMPUE, enregistrement arrêté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledger: platform audit events not recorded (%1)</source>
        <translation>Registre : événements d’audit de la plateforme non enregistrés (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledger: recording platform audit events…</source>
        <translation>Registre : enregistrement des événements d’audit de la plateforme…</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+0"/>
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
    <name>custos::LedgerExport</name>
    <message>
        <location filename="../core/ledger/LedgerExport.cpp" line="+44"/>
        <source>The export file is malformed</source>
        <translation>Le fichier d’export est malformé</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot filter on &quot;%1&quot;</source>
        <translation>Impossible de filtrer sur &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters work on action, actor, outcome, source, tenant and target</source>
        <translation>les filtres portent sur action, actor, outcome, source, tenant et target</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Could not export the ledger</source>
        <translation>Impossible d’exporter le registre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>it has no signed checkpoint yet</source>
        <translation>il n’a pas encore de point de contrôle signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append records first</source>
        <translation>Ajoutez d’abord des enregistrements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record %1 is damaged</source>
        <translation>l’enregistrement %1 est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run custos-ledger verify</source>
        <translation>Lancez custos-ledger verify</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export was cancelled</source>
        <translation>L’export a été annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cancelled it</source>
        <translation>vous l’avez annulé</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Could not write the JSON Lines export with HMAC</source>
        <translation>Impossible d’écrire l’export JSON Lines avec HMAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a filtered export in this format cannot be checked for completeness: its verification would fail on the first record left out</source>
        <translation>un export filtré dans ce format ne peut pas être contrôlé quant à sa complétude : sa vérification échouerait au premier enregistrement omis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export without a filter, or use the verifiable Custos format (--format custos), whose filtered exports carry inclusion proofs</source>
        <translation>Exportez sans filtre, ou utilisez le format vérifiable de Custos (--format custos), dont les exports filtrés portent des preuves d’inclusion</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the record has no seq while the records before it have one</source>
        <translation>l’enregistrement n’a pas de seq alors que les enregistrements précédents en ont un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record has a seq while the records before it have none</source>
        <translation>l’enregistrement a un seq alors que les enregistrements précédents n’en ont pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its prev is not the start of a ledger</source>
        <translation>son prev n’est pas le début d’un registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its prev is not the hash of the record before it</source>
        <translation>son prev n’est pas le hachage de l’enregistrement précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seq %1 is missing before it</source>
        <translation>le seq %1 manque avant lui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seq %1 to %2 are missing before it</source>
        <translation>les seq %1 à %2 manquent avant lui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it repeats the record before it</source>
        <translation>il répète l’enregistrement précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is out of order: seq %1 comes after seq %2</source>
        <translation>il est hors séquence : le seq %1 vient après le seq %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>an opening is not {path, salt, seq, value} or {erased, path, seq}</source>
        <translation>une ouverture n’est pas {path, salt, seq, value} ni {erased, path, seq}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an opening&apos;s salt is not %1 bytes of lowercase hex</source>
        <translation>le sel d’une ouverture n’est pas fait de %1 octets en hexadécimal minuscule</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it has too many lines</source>
        <translation>il compte trop de lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <source>its first line is not a custos-ledger-export version 1 header</source>
        <translation>sa première ligne n’est pas un en-tête custos-ledger-export version 1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>its header names an unknown filter &quot;%1&quot;</source>
        <translation>son en-tête nomme un filtre inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its header&apos;s filter values are not text</source>
        <translation>les valeurs du filtre de son en-tête ne sont pas du texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header&apos;s &quot;records&quot; is not &quot;all&quot;</source>
        <translation>le champ « records » de son en-tête ne vaut pas « all »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: a record after the trailer</source>
        <translation>ligne %1 : un enregistrement après le bloc final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 is not a trailer object</source>
        <translation>la ligne %1 n’est pas un objet du bloc final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: a proof hash is not 32 bytes of hex</source>
        <translation>ligne %1 : un hachage de preuve ne fait pas 32 octets en hexadécimal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the openings are not in (seq, path) order</source>
        <translation>ligne %1 : les ouvertures ne sont pas dans l’ordre (seq, path)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 is an unknown or repeated trailer</source>
        <translation>la ligne %1 est un élément du bloc final inconnu ou répété</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it carries no verifier key</source>
        <translation>il ne contient aucune clé de vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a filtered export needs one inclusion proof per record</source>
        <translation>un export filtré nécessite une preuve d’inclusion par enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unfiltered export carries no inclusion proofs</source>
        <translation>un export non filtré ne contient aucune preuve d’inclusion</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+42"/>
        <source>it does not end with a newline (it may be cut short)</source>
        <translation>il ne se termine pas par un saut de ligne (il est peut-être tronqué)</translation>
    </message>
</context>
<context>
    <name>custos::LedgerKeyFile</name>
    <message>
        <location filename="../core/ledger/LedgerKeyFile.cpp" line="+85"/>
        <location line="+219"/>
        <source>Could not read the ledger key file %1</source>
        <translation>Impossible de lire le fichier de clés du registre %1</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Restore the key file from your backup</source>
        <translation>Restaurez le fichier de clés à partir de votre sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not unlock the ledger key file %1</source>
        <translation>Impossible de déverrouiller le fichier de clés du registre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase is not the one it was created with</source>
        <translation>la phrase secrète n’est pas celle avec laquelle il a été créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase again; it is case-sensitive</source>
        <translation>Saisissez de nouveau la phrase secrète ; elle distingue les majuscules et les minuscules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the ledger key file %1</source>
        <translation>Impossible d’écrire le fichier de clés du registre %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not use this passphrase</source>
        <translation>Impossible d’utiliser cette phrase secrète</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it is longer than %n bytes</source>
        <translation>
            <numerusform>elle dépasse %n octet</numerusform>
            <numerusform>elle dépasse %n octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter one</source>
        <translation>Choisissez-en une plus courte</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Une phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>Une phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase of so few different characters is easy to guess.</source>
        <translation>Une phrase secrète composée de si peu de caractères différents est facile à deviner.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A passphrase may have at most %n bytes.</source>
        <translation>
            <numerusform>Une phrase secrète ne peut pas dépasser %n octet.</numerusform>
            <numerusform>Une phrase secrète ne peut pas dépasser %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create the ledger key file %1</source>
        <translation>Impossible de créer le fichier de clés du registre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of that name exists</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file that does not exist yet; never replace a key file that a ledger still needs</source>
        <translation>Choisissez un fichier qui n’existe pas encore ; ne remplacez jamais un fichier de clés dont un registre a encore besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenSSL could not encrypt the keys</source>
        <translation>OpenSSL n’a pas pu chiffrer les clés</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>its permissions could not be limited to you</source>
        <translation>ses droits d’accès n’ont pas pu être limités à votre seul compte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is larger than a key file can be</source>
        <translation>il est plus volumineux qu’un fichier de clés ne peut l’être</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a passphrase-protected Custos ledger key file</source>
        <translation>ce n’est pas un fichier de clés de registre Custos protégé par une phrase secrète</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>its HMAC key does not match its signing key: the file was changed or damaged</source>
        <translation>sa clé HMAC ne correspond pas à sa clé de signature : le fichier a été modifié ou endommagé</translation>
    </message>
</context>
<context>
    <name>custos::LedgerKeys</name>
    <message>
        <location filename="../core/ledger/LedgerKeys.cpp" line="+28"/>
        <location line="+63"/>
        <source>Could not read the ledger key file %1</source>
        <translation>Impossible de lire le fichier de clés du registre %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Use the key file written by `custos-ledger init --key-file`</source>
        <translation>Utilisez le fichier de clés écrit par `custos-ledger init --key-file`</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not create the ledger&apos;s HMAC key</source>
        <translation>Impossible de créer la clé HMAC du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system random generator failed</source>
        <translation>le générateur aléatoire du système a échoué</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has no %1 block of %2 bytes</source>
        <translation>il n’a pas de bloc %1 de %2 octets</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not create the ledger key file %1</source>
        <translation>Impossible de créer le fichier de clés du registre %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file that does not exist yet</source>
        <translation>Choisissez un fichier qui n’existe pas encore</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write the ledger key file %1</source>
        <translation>Impossible d’écrire le fichier de clés du registre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk refused the write</source>
        <translation>le disque a refusé l’écriture</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not read the ledger&apos;s HMAC key</source>
        <translation>Impossible de lire la clé HMAC du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain entry has the wrong size</source>
        <translation>l’entrée du trousseau n’a pas la bonne taille</translation>
    </message>
</context>
<context>
    <name>custos::LedgerRecord</name>
    <message>
        <location filename="../core/ledger/LedgerRecord.cpp" line="+32"/>
        <source>Not a valid ledger record</source>
        <translation>Pas un enregistrement de registre valide</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ &quot;%1&quot; est absent</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the field &quot;%1&quot; is not a string</source>
        <translation>le champ &quot;%1&quot; n’est pas une chaîne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the field &quot;%1&quot; is not an object</source>
        <translation>le champ &quot;%1&quot; n’est pas un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;%1&quot; has an unknown member &quot;%2&quot;</source>
        <translation>le champ &quot;%1&quot; a un membre inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in &quot;%1&quot;: %2</source>
        <translation>dans &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has an unknown field &quot;%1&quot;</source>
        <translation>il a un champ inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;seq&quot; is not a non-negative integer</source>
        <translation>&quot;seq&quot; n’est pas un entier positif ou nul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;seq&quot; and &quot;prev&quot; are assigned by the ledger</source>
        <translation>&quot;seq&quot; et &quot;prev&quot; sont attribués par le registre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;details&quot; is not an object</source>
        <translation>&quot;details&quot; n’est pas un objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;action&quot; is empty</source>
        <translation>&quot;action&quot; est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;source&quot; is not one of %1</source>
        <translation>&quot;source&quot; ne fait pas partie de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;outcome&quot; is neither SUCCESS nor FAILURE</source>
        <translation>&quot;outcome&quot; ne vaut ni SUCCESS ni FAILURE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;time&quot; is not RFC 3339 UTC with milliseconds</source>
        <translation>&quot;time&quot; n’est pas au format RFC 3339 UTC avec millisecondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;prev&quot; is not 64 lowercase hex digits</source>
        <translation>&quot;prev&quot; n’est pas composé de 64 chiffres hexadécimaux minuscules</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its bytes are not in RFC 8785 canonical form</source>
        <translation>ses octets ne sont pas sous la forme canonique RFC 8785</translation>
    </message>
</context>
<context>
    <name>custos::LedgerSnapshot</name>
    <message>
        <location filename="../core/ledger/LedgerSnapshot.cpp" line="+20"/>
        <source>Could not make a private copy of %1 to verify</source>
        <translation>Impossible de faire une copie privée de %1 à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file is readable and that the disk has room</source>
        <translation>Vérifiez que le fichier est lisible et que le disque a de la place</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the database answered: %1</source>
        <translation>la base de données a répondu : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the copy could not be made read-only</source>
        <translation>la copie n’a pas pu être mise en lecture seule</translation>
    </message>
</context>
<context>
    <name>custos::LedgerStore</name>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="+130"/>
        <source>the database %1 answered: %2</source>
        <translation>la base de données %1 a répondu : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not update the ledger</source>
        <translation>Impossible de mettre à jour le registre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the ledger</source>
        <translation>Impossible de lire le registre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+25"/>
        <source>Could not create the ledger</source>
        <translation>Impossible de créer le registre</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new file name</source>
        <translation>Choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no ledger format version %1</source>
        <translation>il n’existe pas de version %1 du format de registre d’audit</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+18"/>
        <source>Could not open the ledger</source>
        <translation>Impossible d’ouvrir le registre</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 has a write-ahead log that cannot be read from here (%2)</source>
        <translation>%1 a un journal d’écriture anticipée (WAL) illisible depuis cet emplacement (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the ledger with its -wal and -shm files to a writable directory</source>
        <translation>Copiez le registre avec ses fichiers -wal et -shm dans un répertoire accessible en écriture</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it with `custos-ledger init`</source>
        <translation>Créez-le avec `custos-ledger init`</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a ledger database</source>
        <translation>%1 n’est pas une base de données de registre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not count the ledger records</source>
        <translation>Impossible de compter les enregistrements du registre</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+58"/>
        <source>Could not read the ledger&apos;s hashes</source>
        <translation>Impossible de lire les hachages du registre</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Custos will not extend the ledger %1: it is not what Custos wrote</source>
        <translation>Custos ne prolongera pas le registre %1 : il ne correspond pas à ce que Custos a écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first bad record is record %1: %2</source>
        <translation>le premier enregistrement invalide est l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the file as evidence and report it; run `custos-ledger verify` on a copy with the key to see the damage; move the file aside so that a new ledger is started</source>
        <translation>Conservez le fichier comme preuve et signalez-le ; lancez `custos-ledger verify` sur une copie avec la clé pour voir les dégâts ; mettez le fichier de côté pour qu’un nouveau registre soit commencé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keys do not belong to it (its public key differs)</source>
        <translation>les clés ne lui appartiennent pas (sa clé publique est différente)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its latest checkpoint is not signed with its key</source>
        <translation>son dernier point de contrôle n’est pas signé avec sa clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its latest checkpoint names another ledger</source>
        <translation>son dernier point de contrôle désigne un autre registre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is missing or out of place</source>
        <translation>il est manquant ou mal placé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its stored hash is damaged</source>
        <translation>son hachage enregistré est endommagé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signed checkpoint covers %1 records, only %2 are left</source>
        <translation>le point de contrôle signé couvre %1 enregistrements, il n’en reste que %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the records its latest checkpoint covers (%1) do not hash to the signed root</source>
        <translation>le hachage des enregistrements couverts par son dernier point de contrôle (%1) ne donne pas la racine signée</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+470"/>
        <source>it is not a valid record</source>
        <translation>ce n’est pas un enregistrement valide</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>it does not match its stored hash</source>
        <translation>il ne correspond pas à son hachage enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not chain on from the record before it</source>
        <translation>il ne s’enchaîne pas à l’enregistrement précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its HMAC is wrong</source>
        <translation>son HMAC est incorrect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no signed checkpoint covers these records</source>
        <translation>aucun point de contrôle signé ne couvre ces enregistrements</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+79"/>
        <location line="+16"/>
        <source>Could not append to the ledger</source>
        <translation>Impossible d’ajouter au registre</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+2"/>
        <source>Could not add the witness</source>
        <translation>Impossible d’ajouter le témoin</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the ledger already has a witness with this key</source>
        <translation>le registre d’audit a déjà un témoin avec cette clé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the ledger&apos;s witnesses</source>
        <translation>Impossible de lire les témoins du registre d’audit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not store the witness&apos;s cosignature</source>
        <translation>Impossible d’enregistrer la cosignature du témoin</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the ledger&apos;s cosignatures</source>
        <translation>Impossible de lire les cosignatures du registre d’audit</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+26"/>
        <source>Could not read the ledger&apos;s personal data</source>
        <translation>Impossible de lire les données personnelles du registre d’audit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>record %1 is damaged</source>
        <translation>l’enregistrement %1 est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run custos-ledger verify</source>
        <translation>Lancez custos-ledger verify</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+6"/>
        <source>Could not erase personal data from %1</source>
        <translation>Impossible d’effacer les données personnelles de %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>it is a format %1 ledger: its records hold personal data in clear and cannot change</source>
        <translation>c’est un registre d’audit au format %1 : ses enregistrements contiennent les données personnelles en clair et ne peuvent pas changer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only ledgers of format 2 or later can erase a person&apos;s data</source>
        <translation>Seuls les registres d’audit au format 2 ou ultérieur peuvent effacer les données d’une personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the subject and the reason are both required</source>
        <translation>la personne et le motif sont tous deux requis</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not erase personal data</source>
        <translation>Impossible d’effacer les données personnelles</translation>
    </message>
    <message>
        <location line="-570"/>
        <source>Entry %1 of the batch is not a valid ledger event</source>
        <translation>L’entrée %1 du lot n’est pas un événement de registre valide</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>%1 is not a ledger of format version 1 to %2</source>
        <translation>%1 n’est pas un registre d’audit au format 1 à %2</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>a record was prepared for ledger format %1, this ledger has format %2</source>
        <translation>un enregistrement a été préparé pour le format de registre %1, ce registre d’audit est au format %2</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Could not store the checkpoint</source>
        <translation>Impossible d’enregistrer le point de contrôle</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <location line="+186"/>
        <source>Could not read the ledger records</source>
        <translation>Impossible de lire les enregistrements du registre</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Could not read the ledger checkpoints</source>
        <translation>Impossible de lire les points de contrôle du registre</translation>
    </message>
</context>
<context>
    <name>custos::LedgerVerifier</name>
    <message>
        <location filename="../core/ledger/LedgerVerifier.cpp" line="+59"/>
        <source>%1 is not signed by %2</source>
        <translation>%1 n’est pas signé par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an invalid signature</source>
        <translation>%1 a une signature non valide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names origin %2, not %3</source>
        <translation>%1 indique l’origine %2, et non %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the ledger&apos;s verifier key: %1</source>
        <translation>la clé de vérification du registre : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the ledger names key %1, not the trusted key</source>
        <translation>le registre indique la clé %1, et non la clé de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the latest checkpoint</source>
        <translation>le dernier point de contrôle</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+519"/>
        <source>the export carries no checkpoint</source>
        <translation>l’export ne contient aucun point de contrôle</translation>
    </message>
    <message>
        <location line="-508"/>
        <source>an earlier checkpoint</source>
        <translation>un point de contrôle antérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the --since checkpoint</source>
        <translation>le point de contrôle --since</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the record at position %1 is not part of the ledger</source>
        <translation>l’enregistrement en position %1 ne fait pas partie du registre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record %1 is missing (found record %2 in its place)</source>
        <translation>l’enregistrement %1 est absent (l’enregistrement %2 se trouve à sa place)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a record claiming seq %1 was inserted before record %2</source>
        <translation>un enregistrement se déclarant seq %1 a été inséré avant l’enregistrement %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record %1 is at position %2</source>
        <translation>l’enregistrement %1 est en position %2</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>a record cannot be read</source>
        <translation>un enregistrement est illisible</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>record %1 cannot be read</source>
        <translation>l’enregistrement %1 est illisible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>record %1 holds no commitment at %2, yet the export opens it</source>
        <translation>l’enregistrement %1 ne contient aucun engagement en %2, et pourtant l’export l’ouvre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record %1: the opening of %2 does not match its commitment</source>
        <translation>enregistrement %1 : l’ouverture de %2 ne correspond pas à son engagement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record %1 does not match the export&apos;s filter</source>
        <translation>l’enregistrement %1 ne correspond pas au filtre de l’export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 is disclosed, but the export&apos;s filter does not select it</source>
        <translation>l’enregistrement %1 est divulgué, mais le filtre de l’export ne le sélectionne pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>record %1 matches the export&apos;s filter, but its %2 is not disclosed</source>
        <translation>l’enregistrement %1 correspond au filtre de l’export, mais son champ %2 n’est pas divulgué</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the export opens record %1, which it does not hold in that place</source>
        <translation>l’export ouvre l’enregistrement %1, qu’il ne contient pas à cet endroit</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>the record on line %1 is not a valid canonical record</source>
        <translation>l’enregistrement de la ligne %1 n’est pas un enregistrement canonique valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 comes after record %2</source>
        <translation>l’enregistrement %1 vient après l’enregistrement %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 is beyond the checkpoint</source>
        <translation>l’enregistrement %1 est au-delà du point de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 is not in the signed tree</source>
        <translation>l’enregistrement %1 n’est pas dans l’arbre signé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 does not chain to it</source>
        <translation>l’enregistrement %1 ne s’y enchaîne pas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>record %1: %2</source>
        <translation>enregistrement %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record %1 is stored under seq %2</source>
        <translation>l’enregistrement %1 est stocké sous seq %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 does not match its stored hash</source>
        <translation>l’enregistrement %1 ne correspond pas à son hachage stocké</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record %1 was changed: the hash chain breaks</source>
        <translation>l’enregistrement %1 a été modifié : la chaîne de hachage est rompue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record %1 is not covered by a checkpoint and its HMAC is wrong</source>
        <translation>l’enregistrement %1 n’est couvert par aucun point de contrôle et son HMAC est incorrect</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the checkpoint covers %1 records, only %2 are present</source>
        <translation>le point de contrôle couvre %1 enregistrements, seuls %2 sont présents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records are not covered by the checkpoint</source>
        <translation>%1 enregistrements ne sont pas couverts par le point de contrôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record %1 has a wrong HMAC</source>
        <translation>l’enregistrement %1 a un HMAC incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record %1 was changed: its HMAC is wrong</source>
        <translation>l’enregistrement %1 a été modifié : son HMAC est incorrect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the records do not hash to the signed root</source>
        <translation>le hachage des enregistrements ne donne pas la racine signée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 covers %2 records, only %3 are present</source>
        <translation>%1 couvre %2 enregistrements, seuls %3 sont présents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than the latest one</source>
        <translation>%1 est plus grand que le dernier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (size %2) is not a prefix of the latest one</source>
        <translation>%1 (taille %2) n’est pas un préfixe du dernier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no signed checkpoint covers these records</source>
        <translation>aucun point de contrôle signé ne couvre ces enregistrements</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not check %1 against the earlier checkpoint</source>
        <translation>Impossible de vérifier %1 par rapport au point de contrôle antérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a filtered export holds only some records, so no consistency proof can be built</source>
        <translation>un export filtré ne contient qu’une partie des enregistrements : aucune preuve de cohérence ne peut être construite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the database or an unfiltered export</source>
        <translation>Vérifiez la base de données ou un export non filtré</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a filtered export of %1 MiB is larger than one is checked in memory (%2 MiB)</source>
        <translation>un export filtré de %1 Mio dépasse la taille vérifiée en mémoire (%2 Mio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it fails verification; at %1 MiB it is too large to locate the first bad record in memory (%2 MiB)</source>
        <translation>il échoue à la vérification ; avec %1 Mio, il est trop volumineux pour localiser en mémoire le premier enregistrement erroné (%2 Mio)</translation>
    </message>
</context>
<context>
    <name>custos::LedgerWitnessing</name>
    <message>
        <location filename="../core/audit/LedgerWitnessing.cpp" line="+136"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The audit ledger is not enrolled with its witnesses</source>
        <translation>Le registre d’audit n’est pas enregistré auprès de ses témoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the witness %1 (%2) does not know this ledger: %3</source>
        <translation>le témoin %1 (%2) ne connaît pas ce registre d’audit : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the ledger&apos;s key enrolled, then sign in again. In production, send it to your organisation&apos;s witness operator; on the devstack, run: devstack/devstack enroll-ledger &apos;%1&apos;. The ledger&apos;s key: %1</source>
        <translation>Faites enregistrer la clé du registre d’audit, puis reconnectez-vous. En production, envoyez-la à l’opérateur des témoins de votre organisation ; sur le devstack, lancez : devstack/devstack enroll-ledger &apos;%1&apos;. La clé du registre d’audit : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit ledger was rolled back or forked</source>
        <translation>Le registre d’audit a été restauré à un état antérieur ou a bifurqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the witness %1 refused its checkpoint: %2</source>
        <translation>le témoin %1 a refusé son point de contrôle : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop using this ledger and tell your security team: a restored or altered copy of it is being written. LEDGER_FORK_DETECTED is recorded, and nothing is submitted again</source>
        <translation>Cessez d’utiliser ce registre d’audit et prévenez votre équipe de sécurité : une copie restaurée ou modifiée est en cours d’écriture. LEDGER_FORK_DETECTED est enregistré, et plus rien n’est soumis</translation>
    </message>
</context>
<context>
    <name>custos::LineReader</name>
    <message>
        <location filename="../core/common/LineReader.cpp" line="+18"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Could not read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a line is longer than %1 KiB</source>
        <translation>une ligne dépasse %1 Kio</translation>
    </message>
</context>
<context>
    <name>custos::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+115"/>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording events into the ledger; the next run resumes where this one stopped</source>
        <translation>Arrêter l’enregistrement des événements dans le registre ; la prochaine exécution reprendra là où celle-ci s’est arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording events</source>
        <translation>Arrêter l’enregistrement des événements</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Audit ledger not enrolled</source>
        <translation>Registre d’audit non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The ledger&apos;s key:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;La clé du registre d’audit :&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n action(s) were interrupted before their outcome was recorded; checking their targets on the server</source>
        <translation>
            <numerusform>%n action a été interrompue avant que son résultat soit enregistré ; vérification de sa cible sur le serveur</numerusform>
            <numerusform>%n actions ont été interrompues avant que leur résultat soit enregistré ; vérification de leurs cibles sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Platform audit chain broken</source>
        <translation>Chaîne d’audit de la plateforme rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Recording the platform&apos;s audit feed stopped at that event, and the break is recorded in the ledger. Report it to the platform team: an event was changed, removed or inserted after it was written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;L’enregistrement du flux d’audit de la plateforme s’est arrêté à cet événement, et la rupture est consignée dans le registre. Signalez-la à l’équipe plateforme : un événement a été modifié, supprimé ou inséré après son écriture.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its key file is locked until its passphrase is typed</source>
        <translation>son fichier de clés reste verrouillé tant que sa phrase secrète n’est pas saisie</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open this address in your browser to confirm it is you: %1</source>
        <translation>Ouvrez cette adresse dans votre navigateur pour confirmer votre identité : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacting %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your saved session could not be read: %1 You can still sign in; this session will not be remembered.</source>
        <translation>Votre session enregistrée n’a pas pu être lue : %1 Vous pouvez tout de même vous connecter ; cette session ne sera pas mémorisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your saved session has ended (%1). Please sign in again.</source>
        <translation>Votre session enregistrée a pris fin (%1). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has ended: %1</source>
        <translation>Votre session a pris fin : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended (%1). Sign in again? What you were editing stays open.</source>
        <translation>Votre session a pris fin (%1). Vous reconnecter ? Ce que vous étiez en train de modifier reste ouvert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tenants</source>
        <translation>Clients</translation>
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
        <location line="+10"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this session</source>
        <translation>Historique de cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcomes of this session&apos;s actions</source>
        <translation>Les résultats des actions de cette session</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resuming your session…</source>
        <translation>Reprise de votre session…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+5"/>
        <source>&amp;Bulk action from a CSV file…</source>
        <translation>Action &amp;groupée depuis un fichier CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
        <source>Erase &amp;personal data from the ledger…</source>
        <translation>Effacer les données &amp;personnelles du registre d’audit…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+31"/>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the folder %1 could not be created</source>
        <translation>le dossier %1 n’a pas pu être créé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is being opened</source>
        <translation>il est en cours d’ouverture</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>JSON Lines with HMAC, compatible with the Flask JML tool (*.jsonl)</source>
        <translation>JSON Lines avec HMAC, compatible avec l’outil JML Flask (*.jsonl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm your identity to export the audit ledger…</source>
        <translation>Confirmez votre identité pour exporter le registre d’audit…</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+18"/>
        <source>Confirm your identity to write the audit report…</source>
        <translation>Confirmez votre identité pour écrire le rapport d’audit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit report was saved to %1</source>
        <translation>Le rapport d’audit a été enregistré dans %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+16"/>
        <source>Sign in first</source>
        <translation>Connectez-vous d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaver, role change, unlock or MFA reset for the users a CSV file names</source>
        <translation>Départ, changement de rôles, déverrouillage ou réinitialisation de la MFA pour les utilisateurs nommés dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 on %3 · session only</source>
        <translation>%1 · %2 sur %3 · session uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>custos::MemberOperations</name>
    <message>
        <location filename="../core/tenants/MemberOperations.cpp" line="+20"/>
        <source>The tenant %1 has no Keycloak organization</source>
        <translation>Le client %1 n’a pas d’organisation Keycloak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not linked to one</source>
        <translation>il n’est lié à aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the tenant to its organization first</source>
        <translation>Liez d’abord le client à son organisation</translation>
    </message>
</context>
<context>
    <name>custos::MerkleTree</name>
    <message>
        <location filename="../core/ledger/MerkleTree.cpp" line="+111"/>
        <source>Could not build an inclusion proof</source>
        <translation>Impossible de construire une preuve d’inclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record %1 is not in a tree of %2 records</source>
        <translation>l’enregistrement %1 n’est pas dans un arbre de %2 enregistrements</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not build a consistency proof</source>
        <translation>Impossible de construire une preuve de cohérence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sizes %1 and %2 do not fit a tree of %3 records</source>
        <translation>les tailles %1 et %2 ne correspondent pas à un arbre de %3 enregistrements</translation>
    </message>
</context>
<context>
    <name>custos::MfaResetOperation</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="+61"/>
        <source>reset %1&apos;s second factor</source>
        <translation>réinitialiser le second facteur de %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>delete the %1 credential of %2</source>
        <translation>supprimer l’identifiant %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>require a new authenticator at the next sign-in</source>
        <translation>exiger un nouvel authentificateur à la prochaine connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>end every session of %1</source>
        <translation>fermer toutes les sessions de %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Reading %1&apos;s credentials</source>
        <translation>Lecture des identifiants de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1&apos;s MFA was reset (%n credential(s) deleted); a new authenticator is required at the next sign-in</source>
        <translation>
            <numerusform>La MFA de %1 a été réinitialisée (%n identifiant supprimé) ; un nouvel authentificateur est exigé à la prochaine connexion</numerusform>
            <numerusform>La MFA de %1 a été réinitialisée (%n identifiants supprimés) ; un nouvel authentificateur est exigé à la prochaine connexion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::MoverDialog</name>
    <message>
        <location filename="../ui/users/dialogs/MoverDialog.cpp" line="+28"/>
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
        <location line="+6"/>
        <source>Realm roles</source>
        <translation>Rôles du realm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading roles…</source>
        <translation>Lecture des rôles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading groups…</source>
        <translation>Lecture des groupes…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No change yet.</source>
        <translation>Aucune modification pour l’instant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading %1&apos;s roles and groups…</source>
        <translation>Lecture des rôles et groupes de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone after the failure:
%1</source>
        <translation>Annulé après l’échec :
%1</translation>
    </message>
</context>
<context>
    <name>custos::MoverOperation</name>
    <message numerus="yes">
        <location filename="../core/users/Operations.cpp" line="-110"/>
        <source>%n change(s) applied to %1</source>
        <translation>
            <numerusform>%n modification appliquée à %1</numerusform>
            <numerusform>%n modifications appliquées à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::NoteVerifier</name>
    <message>
        <location filename="../core/ledger/NoteVerifier.cpp" line="+22"/>
        <source>Could not read the verifier key</source>
        <translation>Impossible de lire la clé de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it as name+hash+key, as printed by `custos-ledger pubkey`</source>
        <translation>Indiquez-la sous la forme nom+hachage+clé, telle qu’affichée par `custos-ledger pubkey`</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>it does not have three parts separated by &apos;+&apos;</source>
        <translation>elle n’a pas trois parties séparées par &apos;+&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its name is empty or holds spaces</source>
        <translation>son nom est vide ou contient des espaces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its key hash is not 8 lowercase hex digits</source>
        <translation>le hachage de sa clé n’est pas composé de 8 chiffres hexadécimaux minuscules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its key is not an Ed25519 public key</source>
        <translation>sa clé n’est pas une clé publique Ed25519</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its key hash does not match its name and key</source>
        <translation>le hachage de sa clé ne correspond pas à son nom et à sa clé</translation>
    </message>
</context>
<context>
    <name>custos::OrganizationMemberAddition</name>
    <message>
        <location filename="../core/tenants/MemberOperations.cpp" line="+21"/>
        <location line="+7"/>
        <source>Nobody was added</source>
        <translation>Personne n’a été ajouté</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no username or e-mail was entered</source>
        <translation>aucun nom d’utilisateur ni e-mail n’a été saisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the username or e-mail address of an existing account</source>
        <translation>Saisissez le nom d’utilisateur ou l’adresse e-mail d’un compte existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no account is called “%1”</source>
        <translation>aucun compte ne s’appelle « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling; new people are invited from the tenant wizard</source>
        <translation>Vérifiez l’orthographe ; les nouvelles personnes sont invitées depuis l’assistant de création de client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add %1 to the organization of %2</source>
        <translation>ajouter %1 à l’organisation de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now a member of %2</source>
        <translation>%1 est désormais membre de %2</translation>
    </message>
</context>
<context>
    <name>custos::OrganizationMemberRemoval</name>
    <message>
        <location line="+25"/>
        <source>remove %1 from the organization of %2; the account stays</source>
        <translation>retirer %1 de l’organisation de %2 ; le compte est conservé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is no longer a member of %2; the account stays</source>
        <translation>%1 n’est plus membre de %2 ; le compte est conservé</translation>
    </message>
</context>
<context>
    <name>custos::OrganizationsApi</name>
    <message>
        <location filename="../core/keycloak/OrganizationsApi.cpp" line="+24"/>
        <location line="+75"/>
        <source>Could not read the organizations</source>
        <translation>Impossible de lire les organisations</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Check that the profile points at Keycloak 26 with organizations enabled</source>
        <translation>Vérifiez que le profil désigne Keycloak 26 avec les organisations activées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an organization in Keycloak&apos;s answer has no id or alias</source>
        <translation>une organisation de la réponse de Keycloak n’a pas d’identifiant ou d’alias</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keycloak answered something that is not a list</source>
        <translation>Keycloak a répondu autre chose qu’une liste</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not read the organization</source>
        <translation>Impossible de lire l’organisation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not create the organization “%1”</source>
        <translation>Impossible de créer l’organisation « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keycloak did not say where the new organization is</source>
        <translation>Keycloak n’a pas indiqué où se trouve la nouvelle organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the organization before trying again</source>
        <translation>Recherchez l’organisation avant de réessayer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not update the organization “%1”</source>
        <translation>Impossible de mettre à jour l’organisation « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not delete the organization</source>
        <translation>Impossible de supprimer l’organisation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the organization&apos;s members</source>
        <translation>Impossible de lire les membres de l’organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not add the member to the organization</source>
        <translation>Impossible d’ajouter le membre à l’organisation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not remove the member from the organization</source>
        <translation>Impossible de retirer le membre de l’organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not invite %1 to the organization</source>
        <translation>Impossible d’inviter %1 dans l’organisation</translation>
    </message>
</context>
<context>
    <name>custos::OutcomeBar</name>
    <message>
        <location filename="../ui/tenants/OutcomeBar.cpp" line="+27"/>
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
        <location line="+5"/>
        <source>renewed automatically until %1</source>
        <translation>renouvelée automatiquement jusqu’au %1</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+12"/>
        <source>counting…</source>
        <translation>décompte…</translation>
    </message>
</context>
<context>
    <name>custos::PasswordResetOperation</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="+172"/>
        <source>set a temporary password for %1, to be changed at the next sign-in</source>
        <translation>définir pour %1 un mot de passe temporaire, à changer à la prochaine connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a temporary password; they must change it at the next sign-in</source>
        <translation>%1 a un mot de passe temporaire ; il devra le changer à la prochaine connexion</translation>
    </message>
</context>
<context>
    <name>custos::PersonalDataErasure</name>
    <message>
        <location filename="../core/audit/PersonalDataErasure.cpp" line="+33"/>
        <location line="+51"/>
        <source>Nothing was erased</source>
        <translation>Rien n’a été effacé</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the audit ledger is not open</source>
        <translation>le registre d’audit n’est pas ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again so the ledger can be opened</source>
        <translation>Reconnectez-vous pour que le registre d’audit puisse être ouvert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete for good the openings of one person&apos;s personal data, then rebuild the ledger file</source>
        <translation>Supprimer définitivement les ouvertures des données personnelles d’une personne, puis reconstruire le fichier du registre d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record PERSONAL_DATA_ERASED with the number of fields erased</source>
        <translation>Enregistrer PERSONAL_DATA_ERASED avec le nombre de champs effacés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording the intent…</source>
        <translation>Enregistrement de l’intention…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasing and rebuilding the ledger file…</source>
        <translation>Effacement et reconstruction du fichier du registre d’audit…</translation>
    </message>
</context>
<context>
    <name>custos::Pkce</name>
    <message>
        <location filename="../core/auth/Pkce.cpp" line="+43"/>
        <source>Could not use the PKCE verifier</source>
        <translation>Impossible d’utiliser le vérificateur PKCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it must be 43 to 128 letters, digits or the characters - . _ ~</source>
        <translation>il doit compter 43 à 128 lettres, chiffres ou caractères - . _ ~</translation>
    </message>
</context>
<context>
    <name>custos::PlatformApi</name>
    <message>
        <location filename="../core/platform/PlatformApi.cpp" line="+36"/>
        <source>the platform&apos;s answer is not a JSON object</source>
        <translation>la réponse de la plateforme n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the profile&apos;s platform URL points at a Platform Admin API v1</source>
        <translation>Vérifiez que l’URL de plateforme du profil désigne une Platform Admin API v1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>this profile has no platform URL</source>
        <translation>ce profil n’a pas d’URL de plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;platformUrl&quot; to the profile</source>
        <translation>Ajoutez &quot;platformUrl&quot; au profil</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not read who you are on the platform</source>
        <translation>Impossible de savoir qui vous êtes sur la plateforme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the tenants</source>
        <translation>Impossible de lire les clients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the tenant</source>
        <translation>Impossible de lire le client</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not create the tenant %1 on the platform</source>
        <translation>Impossible de créer le client %1 sur la plateforme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not update the tenant</source>
        <translation>Impossible de mettre à jour le client</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not suspend the tenant</source>
        <translation>Impossible de suspendre le client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not reactivate the tenant</source>
        <translation>Impossible de réactiver le client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not delete the tenant</source>
        <translation>Impossible de supprimer le client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the platform certificates</source>
        <translation>Impossible de lire les certificats de la plateforme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the platform certificate</source>
        <translation>Impossible de lire le certificat de la plateforme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not stage the certificate</source>
        <translation>Impossible de préparer le certificat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not activate the certificate</source>
        <translation>Impossible d’activer le certificat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not restore the certificate</source>
        <translation>Impossible de restaurer le certificat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not discard the staged certificate</source>
        <translation>Impossible d’abandonner le certificat préparé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the tenant&apos;s CA certificates</source>
        <translation>Impossible de lire les certificats d’AC du client</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not stage the tenant&apos;s CA certificate</source>
        <translation>Impossible de préparer le certificat d’AC du client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not activate the tenant&apos;s CA certificate</source>
        <translation>Impossible d’activer le certificat d’AC du client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete the tenant&apos;s CA certificate</source>
        <translation>Impossible de supprimer le certificat d’AC du client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the platform&apos;s audit feed</source>
        <translation>Impossible de lire le flux d’audit de la plateforme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the platform&apos;s audit chain heads</source>
        <translation>Impossible de lire les têtes des chaînes d’audit de la plateforme</translation>
    </message>
</context>
<context>
    <name>custos::PlatformAuditIngestor</name>
    <message>
        <location filename="../core/platform/PlatformAuditIngestor.cpp" line="+165"/>
        <source>Recording the platform&apos;s audit feed was cancelled</source>
        <translation>L’enregistrement du flux d’audit de la plateforme a été annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the events read so far are in the ledger</source>
        <translation>les événements lus jusqu’ici sont dans le registre</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1; the break could not be recorded in the ledger either (%2)</source>
        <translation>%1 ; la rupture n’a pas non plus pu être enregistrée dans le registre d’audit (%2)</translation>
    </message>
</context>
<context>
    <name>custos::PlatformCertificateChange</name>
    <message>
        <location filename="../core/tenants/CertificateOperations.cpp" line="+126"/>
        <source>make %1 the active platform certificate</source>
        <translation>faire de %1 le certificat actif de la plateforme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore %1 as the active platform certificate</source>
        <translation>rétablir %1 comme certificat actif de la plateforme</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>discard the staged certificate %1</source>
        <translation>abandonner le certificat préparé %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Activate certificate</source>
        <translation>Activer le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore certificate</source>
        <translation>Restaurer le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard certificate</source>
        <translation>Abandonner le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate the platform certificate %1</source>
        <translation>activer le certificat de la plateforme %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the platform certificate %1</source>
        <translation>restaurer le certificat de la plateforme %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is now the active platform certificate; the previous one is archived</source>
        <translation>%1 est désormais le certificat actif de la plateforme ; le précédent est archivé</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The staged certificate %1 was discarded</source>
        <translation>Le certificat préparé %1 a été abandonné</translation>
    </message>
</context>
<context>
    <name>custos::PlatformContext</name>
    <message>
        <location filename="../ui/tenants/PlatformContext.cpp" line="+26"/>
        <source>This profile has no platform URL.</source>
        <translation>Ce profil n’a pas d’URL de plateforme.</translation>
    </message>
</context>
<context>
    <name>custos::PlatformProblem</name>
    <message>
        <location filename="../core/platform/PlatformProblem.cpp" line="+36"/>
        <source>the file holds no readable PEM certificate</source>
        <translation>le fichier ne contient aucun certificat PEM lisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the certificate chain as PEM</source>
        <translation>Exportez la chaîne de certificats au format PEM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no readable private key was found</source>
        <translation>aucune clé privée lisible n’a été trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the private key that belongs to the certificate</source>
        <translation>Sélectionnez la clé privée qui correspond au certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the private key&apos;s password is missing or wrong</source>
        <translation>le mot de passe de la clé privée est absent ou incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the key&apos;s password</source>
        <translation>Saisissez le mot de passe de la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PKCS#12 file is damaged or the password is wrong</source>
        <translation>le fichier PKCS#12 est endommagé ou le mot de passe est incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file and its password</source>
        <translation>Vérifiez le fichier et son mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the private key does not belong to the certificate</source>
        <translation>la clé privée ne correspond pas au certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the key the certificate was issued for</source>
        <translation>Sélectionnez la clé pour laquelle le certificat a été émis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server certificate is a CA certificate</source>
        <translation>le certificat du serveur est un certificat d’AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the server certificate, not its issuer</source>
        <translation>Sélectionnez le certificat du serveur, pas son émetteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate has no subject alternative names</source>
        <translation>le certificat n’a pas de noms alternatifs du sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a certificate that names the platform&apos;s hosts</source>
        <translation>Demandez un certificat qui nomme les hôtes de la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a certificate of the chain has expired</source>
        <translation>un certificat de la chaîne a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the certificate</source>
        <translation>Renouvelez le certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate is not valid yet</source>
        <translation>le certificat n’est pas encore valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until its validity starts, then try again</source>
        <translation>Attendez le début de sa validité, puis réessayez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is too weak (RSA under 2048 bits)</source>
        <translation>la clé est trop faible (RSA de moins de 2048 bits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a certificate with a 2048-bit RSA or a P-256 key</source>
        <translation>Demandez un certificat avec une clé RSA de 2048 bits ou une clé P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key type is not supported</source>
        <translation>le type de clé n’est pas pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an RSA or P-256/384/521 EC key</source>
        <translation>Utilisez une clé RSA ou une clé EC P-256/384/521</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain does not link up (a certificate is not signed by the next one)</source>
        <translation>la chaîne ne s’enchaîne pas (un certificat n’est pas signé par le suivant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the intermediate certificates in order</source>
        <translation>Incluez les certificats intermédiaires dans l’ordre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the certificate is not a CA certificate (basicConstraints CA:TRUE is missing)</source>
        <translation>le certificat n’est pas un certificat d’AC (basicConstraints CA:TRUE est absent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the CA that issues the tenant&apos;s client certificates</source>
        <translation>Sélectionnez l’AC qui émet les certificats clients de ce client</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Ask a platform administrator for the role %1</source>
        <translation>Demandez à un administrateur de la plateforme le rôle %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sign in again</source>
        <translation>Reconnectez-vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask a platform administrator for the role this action needs</source>
        <translation>Demandez à un administrateur de la plateforme le rôle nécessaire à cette action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh the list; someone may have deleted it</source>
        <translation>Actualisez la liste ; quelqu’un l’a peut-être supprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh to see its current state</source>
        <translation>Actualisez pour voir son état actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the existing object, or choose another name</source>
        <translation>Ouvrez l’objet existant, ou choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>someone changed it since you read it%1</source>
        <translation>quelqu’un l’a modifié depuis que vous l’avez lu%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (its version is now %1)</source>
        <translation> (sa version est désormais %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload it, check what changed, and try again</source>
        <translation>Rechargez-le, vérifiez ce qui a changé, puis réessayez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the platform only accepts this change with the version you read (If-Match)</source>
        <translation>la plateforme n’accepte cette modification qu’avec la version que vous avez lue (If-Match)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload it and try again</source>
        <translation>Rechargez-le et réessayez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a smaller file (the platform accepts up to 1 MiB)</source>
        <translation>Sélectionnez un fichier plus petit (la plateforme accepte jusqu’à 1 Mio)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the certificate and try again</source>
        <translation>Vérifiez le certificat et réessayez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the action again</source>
        <translation>Relancez l’action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the values you entered</source>
        <translation>Vérifiez les valeurs que vous avez saisies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform cannot reach the identity provider; try again in a moment</source>
        <translation>La plateforme ne parvient pas à joindre le fournisseur d’identité ; réessayez dans un instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment; if it persists, give the trace id to the platform team</source>
        <translation>Réessayez dans un instant ; si le problème persiste, transmettez l’identifiant de trace à l’équipe plateforme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> [trace id %1]</source>
        <translation> [identifiant de trace %1]</translation>
    </message>
</context>
<context>
    <name>custos::PlatformTypes</name>
    <message>
        <location filename="../core/platform/PlatformTypes.cpp" line="+34"/>
        <source>is missing or not a string</source>
        <translation>est absent ou n’est pas une chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not an RFC 3339 time</source>
        <translation>n’est pas une heure RFC 3339</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a non-negative integer</source>
        <translation>n’est pas un entier positif ou nul</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not true or false</source>
        <translation>ne vaut ni true ni false</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>is not a list</source>
        <translation>n’est pas une liste</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>holds something that is not a string</source>
        <translation>contient autre chose qu’une chaîne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the platform&apos;s answer is not what the API promises: &quot;%1&quot; %2</source>
        <translation>la réponse de la plateforme n’est pas conforme à ce que promet l’API : &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the profile&apos;s platform URL points at a Platform Admin API v1</source>
        <translation>Vérifiez que l’URL de plateforme du profil désigne une Platform Admin API v1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an item of the platform&apos;s list is not an object</source>
        <translation>un élément de la liste de la plateforme n’est pas un objet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read a tenant</source>
        <translation>Impossible de lire un client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is neither active nor suspended</source>
        <translation>n’est ni active ni suspended</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the tenants</source>
        <translation>Impossible de lire les clients</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The tenant cannot be created</source>
        <translation>Le client ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the slug &quot;%1&quot; is not 3–63 lower-case letters, digits and hyphens starting with a letter</source>
        <translation>le slug &quot;%1&quot; ne compte pas 3 à 63 lettres minuscules, chiffres et tirets en commençant par une lettre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a slug like &quot;acme&quot; or &quot;acme-eu&quot;</source>
        <translation>Choisissez un slug comme &quot;acme&quot; ou &quot;acme-eu&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is empty or longer than 200 characters</source>
        <translation>le nom est vide ou dépasse 200 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a display name</source>
        <translation>Saisissez un nom d’affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan &quot;%1&quot; is not free, standard or enterprise</source>
        <translation>le forfait &quot;%1&quot; n’est ni free, ni standard, ni enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the plans</source>
        <translation>Choisissez l’un des forfaits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the tenant administrator&apos;s e-mail address, or leave it empty</source>
        <translation>Saisissez l’adresse e-mail de l’administrateur du client, ou laissez-la vide</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+112"/>
        <location line="+2"/>
        <location line="+32"/>
        <source>is not 64 lower-case hex digits</source>
        <translation>n’est pas composé de 64 chiffres hexadécimaux minuscules</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Could not read a platform certificate</source>
        <translation>Impossible de lire un certificat de la plateforme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not staged, active or archived</source>
        <translation>n’est ni staged, ni active, ni archived</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the platform certificates</source>
        <translation>Impossible de lire les certificats de la plateforme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read a tenant CA certificate</source>
        <translation>Impossible de lire un certificat d’AC de client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is neither staged nor active</source>
        <translation>n’est ni staged ni active</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the tenant&apos;s CA certificates</source>
        <translation>Impossible de lire les certificats d’AC du client</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Could not read an event of the platform&apos;s audit feed</source>
        <translation>Impossible de lire un événement du flux d’audit de la plateforme</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>is not a positive integer</source>
        <translation>n’est pas un entier strictement positif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is neither a tenant id nor null</source>
        <translation>n’est ni un identifiant de client ni null</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the platform&apos;s audit feed</source>
        <translation>Impossible de lire le flux d’audit de la plateforme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the platform&apos;s audit chain heads</source>
        <translation>Impossible de lire les têtes des chaînes d’audit de la plateforme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read an audit chain head</source>
        <translation>Impossible de lire une tête de chaîne d’audit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read who you are on the platform</source>
        <translation>Impossible de savoir qui vous êtes sur la plateforme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is neither an object nor null</source>
        <translation>n’est ni un objet ni null</translation>
    </message>
</context>
<context>
    <name>custos::Profile</name>
    <message>
        <location filename="../core/auth/Profile.cpp" line="+19"/>
        <source>The profile is not usable</source>
        <translation>Le profil n’est pas utilisable</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it has no name</source>
        <translation>il n’a pas de nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the profile a name</source>
        <translation>Donnez un nom au profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the issuer URL &quot;%1&quot; is not a valid URL</source>
        <translation>l’URL de l’émetteur &quot;%1&quot; n’est pas une URL valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the issuer must use https (plain http is only accepted on this computer&apos;s loopback)</source>
        <translation>l’émetteur doit utiliser https (http simple n’est accepté que sur la boucle locale de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the issuer URL does not name a realm (expected …/realms/&lt;name&gt;)</source>
        <translation>l’URL de l’émetteur ne désigne pas de realm (attendu : …/realms/&lt;nom&gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no client id</source>
        <translation>il n’a pas d’identifiant client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client id registered for Custos, e.g. custos-console</source>
        <translation>Saisissez l’identifiant client enregistré pour Custos, par exemple custos-console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform URL is not a valid URL</source>
        <translation>l’URL de la plateforme n’est pas une URL valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the platform URL %1 uses plain http, which would send your access token in clear text (plain http is only accepted on this computer&apos;s loopback)</source>
        <translation>l’URL de plateforme %1 utilise http simple, qui enverrait votre jeton d’accès en clair (http simple n’est accepté que sur la boucle locale de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change platformUrl to its https:// address</source>
        <translation>Remplacez platformUrl par son adresse https://</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Could not read the profile file %1</source>
        <translation>Impossible de lire le fichier de profil %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a profile</source>
        <translation>%1 est trop volumineux pour être un profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 n’est pas un objet JSON (%2)</translation>
    </message>
</context>
<context>
    <name>custos::ProviderMetadata</name>
    <message>
        <location filename="../core/auth/ProviderMetadata.cpp" line="+25"/>
        <location line="+47"/>
        <source>Could not read the sign-in configuration of %1</source>
        <translation>Impossible de lire la configuration de connexion de %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Check the issuer URL of the profile; it must be the realm&apos;s URL</source>
        <translation>Vérifiez l’URL de l’émetteur du profil ; ce doit être l’URL du realm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server did not send a JSON document</source>
        <translation>le serveur n’a pas envoyé de document JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server calls itself &quot;%1&quot;, not the issuer of the profile</source>
        <translation>le serveur se nomme &quot;%1&quot;, et non l’émetteur du profil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an endpoint is missing or not https: &quot;%1&quot;</source>
        <translation>un point de terminaison est absent ou n’est pas en https : &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an endpoint is not https: &quot;%1&quot;</source>
        <translation>un point de terminaison n’est pas en https : &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not offer PKCE with S256, which Custos requires</source>
        <translation>le serveur ne propose pas PKCE avec S256, que Custos exige</translation>
    </message>
</context>
<context>
    <name>custos::PublicKey</name>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="+47"/>
        <source>Could not use a signing key</source>
        <translation>Impossible d’utiliser une clé de signature</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the RSA key has no modulus or exponent</source>
        <translation>la clé RSA n’a pas de module ou d’exposant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the RSA key has %1 bits; only 2048 to 16384 are accepted</source>
        <translation>la clé RSA fait %1 bits ; seules les tailles de 2048 à 16384 sont acceptées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the RSA key has an unusable public exponent</source>
        <translation>la clé RSA a un exposant public inutilisable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenSSL could not build the RSA key</source>
        <translation>OpenSSL n’a pas pu construire la clé RSA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenSSL rejected the RSA key</source>
        <translation>OpenSSL a rejeté la clé RSA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a P-256 key needs two coordinates of 32 bytes each</source>
        <translation>une clé P-256 nécessite deux coordonnées de 32 octets chacune</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the P-256 key is not a valid point on the curve</source>
        <translation>la clé P-256 n’est pas un point valide de la courbe</translation>
    </message>
</context>
<context>
    <name>custos::RealmKeyAddition</name>
    <message>
        <location filename="../core/keys/RealmKeyOperations.cpp" line="+43"/>
        <source>Reading the realm&apos;s keys</source>
        <translation>Lecture des clés du realm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>add the %1 key provider %2 with priority %3, so that its new key signs</source>
        <translation>ajouter le fournisseur de clé %2, de type %1, avec la priorité %3, pour que sa nouvelle clé signe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new key was added but does not sign</source>
        <translation>La nouvelle clé a été ajoutée mais ne signe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak still signs %1 with %2</source>
        <translation>Keycloak signe toujours %1 avec %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the providers&apos; priorities in the realm keys view</source>
        <translation>Vérifiez les priorités des fournisseurs dans la vue des clés du realm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new %1 key (kid %2) now signs new tokens; the previous key %3 still verifies. After the token and session lifetimes, make the old provider passive</source>
        <translation>Une nouvelle clé %1 (kid %2) signe désormais les nouveaux jetons ; la clé précédente %3 sert toujours à la vérification. Une fois écoulées les durées de vie des jetons et des sessions, rendez l’ancien fournisseur passif</translation>
    </message>
</context>
<context>
    <name>custos::RealmKeyDeletion</name>
    <message>
        <location line="+82"/>
        <source>Reading the realm&apos;s keys</source>
        <translation>Lecture des clés du realm</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Refused to delete the key provider</source>
        <translation>Suppression du fournisseur de clés refusée</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the realm has no keys from provider %1</source>
        <translation>le realm n’a aucune clé du fournisseur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the realm keys view</source>
        <translation>Actualisez la vue des clés du realm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its key %1 still signs %2 tokens</source>
        <translation>sa clé %1 signe toujours les jetons %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new key and make this one passive first</source>
        <translation>Ajoutez d’abord une nouvelle clé et rendez celle-ci passive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete the key provider %1 and its keys</source>
        <translation>supprimer le fournisseur de clé %1 et ses clés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key provider was not deleted</source>
        <translation>Le fournisseur de clés n’a pas été supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keycloak still lists its keys</source>
        <translation>Keycloak liste toujours ses clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh and try again</source>
        <translation>Actualisez et réessayez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key provider and its keys are deleted</source>
        <translation>Le fournisseur de clés et ses clés sont supprimés</translation>
    </message>
</context>
<context>
    <name>custos::RealmKeyPassivation</name>
    <message>
        <location line="-96"/>
        <source>Reading the key provider</source>
        <translation>Lecture du fournisseur de clés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refused to make the key provider %1 passive</source>
        <translation>Refus de rendre passif le fournisseur de clés %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds the realm&apos;s only active %1 key</source>
        <translation>il détient la seule clé %1 active du realm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new key first (the first step of the rotation)</source>
        <translation>Ajoutez d’abord une nouvelle clé (la première étape de la rotation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make the key provider %1 passive</source>
        <translation>rendre passif le fournisseur de clé %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key provider %1 still signs</source>
        <translation>Le fournisseur de clés %1 signe toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak reports its key as ACTIVE after the change</source>
        <translation>Keycloak indique que sa clé est ACTIVE après la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the realm keys view and try again</source>
        <translation>Actualisez la vue des clés du realm et réessayez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key provider %1 is passive: its keys verify existing tokens but sign nothing new. Delete it once those tokens have expired</source>
        <translation>Le fournisseur de clés %1 est passif : ses clés vérifient les jetons existants mais ne signent plus rien de nouveau. Supprimez-le une fois ces jetons expirés</translation>
    </message>
</context>
<context>
    <name>custos::RealmKeysApi</name>
    <message>
        <location filename="../core/keycloak/RealmKeysApi.cpp" line="+24"/>
        <source>Check that the profile points at a supported Keycloak (26.x) and try again</source>
        <translation>Vérifiez que le profil désigne une version prise en charge de Keycloak (26.x) et réessayez</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>Could not read the realm&apos;s keys</source>
        <translation>Impossible de lire les clés du realm</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Keycloak&apos;s answer has no list of keys</source>
        <translation>La réponse de Keycloak ne contient pas de liste de clés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a key in Keycloak&apos;s answer has no provider or kid</source>
        <translation>une clé de la réponse de Keycloak n’a pas de fournisseur ou de kid</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+12"/>
        <location line="+51"/>
        <source>Could not read the realm&apos;s key providers</source>
        <translation>Impossible de lire les fournisseurs de clés du realm</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>a key provider in Keycloak&apos;s answer has no id</source>
        <translation>un fournisseur de clés de la réponse de Keycloak n’a pas d’identifiant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keycloak answered something that is not a list</source>
        <translation>Keycloak a répondu autre chose qu’une liste</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not read the key provider</source>
        <translation>Impossible de lire le fournisseur de clés</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Could not read the realm</source>
        <translation>Impossible de lire le realm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keycloak&apos;s answer has no realm id</source>
        <translation>La réponse de Keycloak ne contient pas d’identifiant de realm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not add the key provider “%1”</source>
        <translation>Impossible d’ajouter le fournisseur de clés « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keycloak did not say where the new key provider is</source>
        <translation>Keycloak n’a pas indiqué où se trouve le nouveau fournisseur de clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the realm keys before trying again</source>
        <translation>Actualisez les clés du realm avant de réessayer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change the key provider “%1”</source>
        <translation>Impossible de modifier le fournisseur de clés « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not delete the key provider</source>
        <translation>Impossible de supprimer le fournisseur de clés</translation>
    </message>
</context>
<context>
    <name>custos::RealmKeysPage</name>
    <message>
        <location filename="../ui/keys/RealmKeysPage.cpp" line="+13"/>
        <source>Your account cannot see the realm&apos;s keys.</source>
        <translation>Votre compte ne peut pas voir les clés du realm.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+0"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../ui/audit/RecordDetailPane.cpp" line="+65"/>
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
        <location line="+26"/>
        <source>Select a record to see it in full.</source>
        <translation>Sélectionnez un enregistrement pour le voir en entier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1

%2 bytes, SHA-256 %3</source>
        <translation>%1

%2 octets, SHA-256 %3</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Inclusion proof hashes</source>
        <translation>Hachages de la preuve d’inclusion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not a valid ledger record: %1</source>
        <translation>Pas un enregistrement valide du registre d’audit : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket: %1</source>
        <translation>Ticket : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller verified by: %1 (confirmed by the agent)</source>
        <translation>Appelant vérifié par : %1 (confirmé par l’agent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller verified by: %1 (not confirmed)</source>
        <translation>Appelant vérifié par : %1 (non confirmé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: exports carry no HMAC; their records are covered by the signed checkpoint</source>
        <translation>aucun : les exports ne contiennent pas de HMAC ; leurs enregistrements sont couverts par le point de contrôle signé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (stored; not checked: the ledger&apos;s HMAC key is not available here)</source>
        <translation>%1 (stocké ; non contrôlé : la clé HMAC du registre n’est pas disponible ici)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>prev %1 — the genesis value: the first record follows no other</source>
        <translation>prev %1 — la valeur initiale : le premier enregistrement ne fait suite à aucun autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prev %1 — matches the hash of record %2</source>
        <translation>prev %1 — correspond au hachage de l’enregistrement %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prev %1 — does NOT match the genesis value %2</source>
        <translation>prev %1 — ne correspond PAS à la valeur initiale %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prev %1 — does NOT match the hash of record %2, %3</source>
        <translation>prev %1 — ne correspond PAS au hachage de l’enregistrement %2, %3</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>custos::Representations</name>
    <message>
        <location filename="../core/keycloak/Representations.cpp" line="+19"/>
        <source>Check that the profile points at a supported Keycloak (26.x) and try again</source>
        <translation>Vérifiez que le profil désigne une version prise en charge de Keycloak (26.x) et réessayez</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+69"/>
        <location line="+89"/>
        <source>Keycloak answered something that is not a list</source>
        <translation>Keycloak a répondu autre chose qu’une liste</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>an entry in Keycloak&apos;s answer has no id</source>
        <translation>une entrée de la réponse de Keycloak n’a pas d’identifiant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the brute-force status</source>
        <translation>Impossible de lire l’état de la protection contre la force brute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak&apos;s answer has no &quot;disabled&quot; flag</source>
        <translation>La réponse de Keycloak ne contient pas d’indicateur &quot;disabled&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read a user</source>
        <translation>Impossible de lire un utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a user in Keycloak&apos;s answer has no id or username</source>
        <translation>un utilisateur de la réponse de Keycloak n’a pas d’identifiant ou de nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the users</source>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not read the credentials</source>
        <translation>Impossible de lire les identifiants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the sessions</source>
        <translation>Impossible de lire les sessions</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not read the roles</source>
        <translation>Impossible de lire les rôles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the groups</source>
        <translation>Impossible de lire les groupes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the organizations</source>
        <translation>Impossible de lire les organisations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the clients</source>
        <translation>Impossible de lire les clients</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Could not read the events</source>
        <translation>Impossible de lire les événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an event in Keycloak&apos;s answer has no type</source>
        <translation>un événement de la réponse de Keycloak n’a pas de type</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Could not read the realm&apos;s user profile</source>
        <translation>Impossible de lire le profil utilisateur du realm</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keycloak&apos;s answer has no list of attributes</source>
        <translation>La réponse de Keycloak ne contient pas de liste d’attributs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an attribute in the user profile has no name</source>
        <translation>un attribut du profil utilisateur n’a pas de nom</translation>
    </message>
</context>
<context>
    <name>custos::RevokeSessionOperation</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="+70"/>
        <source>end %1&apos;s session from %2</source>
        <translation>fermer la session de %1 ouverte depuis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s session from %2 was ended</source>
        <translation>La session de %1 ouverte depuis %2 a été fermée</translation>
    </message>
</context>
<context>
    <name>custos::RoleHolders</name>
    <message>
        <location filename="../core/users/RoleHolders.cpp" line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>via group %1</source>
        <translation>par le groupe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via group %1, inherited from %2</source>
        <translation>par le groupe %1, hérité de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>via composite %1</source>
        <translation>par le rôle composite %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>composite %1</source>
        <translation>rôle composite %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not start another search</source>
        <translation>Impossible de lancer une autre recherche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one is still running</source>
        <translation>une recherche est encore en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for it, or cancel it</source>
        <translation>Attendez-la, ou annulez-la</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the realm&apos;s roles, the clients&apos; and what the composite roles contain</source>
        <translation>Lecture des rôles du domaine, de ceux des clients et du contenu des rôles composites</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped finding who holds %1</source>
        <translation>Recherche des détenteurs de %1 arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cancelled the search</source>
        <translation>vous avez annulé la recherche</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+33"/>
        <location line="+110"/>
        <source>Could not find who holds %1</source>
        <translation>Impossible de trouver qui détient %1</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>the realm has more than %1 roles, more than one search reads</source>
        <translation>le domaine a plus de %1 rôles, plus qu’une recherche n’en lit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Keycloak&apos;s administrators which composite roles contain it</source>
        <translation>Demandez aux administrateurs de Keycloak quels rôles composites le contiennent</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keycloak shows your account no such role</source>
        <translation>Keycloak ne montre aucun rôle de ce nom à votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the role&apos;s name</source>
        <translation>Vérifiez le nom du rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the role&apos;s name; a client&apos;s roles are shown only to accounts that may view the client</source>
        <translation>Vérifiez le nom du rôle ; les rôles d’un client ne sont montrés qu’aux comptes qui peuvent voir ce client</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Finding the users and groups given %1 or one of %n role(s) containing it</source>
        <translation>
            <numerusform>Recherche des utilisateurs et groupes qui ont reçu %1 ou le rôle qui le contient</numerusform>
            <numerusform>Recherche des utilisateurs et groupes qui ont reçu %1 ou l’un des %n rôles qui le contiennent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Reading the members of %n group(s) and their subgroups</source>
        <translation>
            <numerusform>Lecture des membres de %n groupe et de ses sous-groupes</numerusform>
            <numerusform>Lecture des membres de %n groupes et de leurs sous-groupes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the groups that give it have more than %1 subgroups, more than one search reads</source>
        <translation>les groupes qui le donnent ont plus de %1 sous-groupes, plus qu’une recherche n’en lit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Keycloak&apos;s administrators which groups give it</source>
        <translation>Demandez aux administrateurs de Keycloak quels groupes le donnent</translation>
    </message>
</context>
<context>
    <name>custos::RoleHoldersAction</name>
    <message>
        <location filename="../ui/roles/RoleHoldersAction.cpp" line="+13"/>
        <source>Who holds a &amp;role…</source>
        <translation>Qui détient un &amp;rôle…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every user who holds a role, and how: directly, through groups, through composite roles</source>
        <translation>Chaque utilisateur qui détient un rôle, et comment : directement, par des groupes, par des rôles composites</translation>
    </message>
</context>
<context>
    <name>custos::RoleHoldersDialog</name>
    <message>
        <location filename="../ui/roles/RoleHoldersDialog.cpp" line="+40"/>
        <source>Your account cannot list who holds a role.</source>
        <translation>Votre compte ne peut pas lister qui détient un rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find holders</source>
        <translation>&amp;Trouver les détenteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who holds a role</source>
        <translation>Qui détient un rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every user who holds the role: directly, through groups and their parent groups, and through composite roles</source>
        <translation>Chaque utilisateur qui détient le rôle : directement, par des groupes et leurs groupes parents, et par des rôles composites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the search</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in progress</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holders of the role</source>
        <translation>Détenteurs du rôle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1… %n holder(s) so far</source>
        <translation>
            <numerusform>%1… %n détenteur jusqu’ici</numerusform>
            <numerusform>%1… %n détenteurs jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the roles…</source>
        <translation>Lecture des rôles…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not list the roles of %1</source>
        <translation>Impossible de lister les rôles de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak does not show your account that client</source>
        <translation>Keycloak ne montre pas ce client à votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for view-clients, or the admin permission “view” on it</source>
        <translation>Demandez view-clients, ou la permission d’administration « view » sur ce client</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopped. Find the holders again to see them.</source>
        <translation>Arrêté. Relancez la recherche des détenteurs pour les voir.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n user(s) hold %1.</source>
        <translation>
            <numerusform>%n utilisateur détient %1.</numerusform>
            <numerusform>%n utilisateurs détiennent %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More hold it: only the first %1 are shown.</source>
        <translation>D’autres le détiennent : seuls les %1 premiers sont affichés.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n composite role(s) contain it.</source>
        <translation>
            <numerusform>%n rôle composite le contient.</numerusform>
            <numerusform>%n rôles composites le contiennent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searched the realm&apos;s roles; Keycloak shows your account no client&apos;s roles, so a client role containing it would not be found.</source>
        <translation>Recherche faite dans les rôles du domaine ; Keycloak ne montre à votre compte aucun rôle de client, donc un rôle de client qui le contient ne serait pas trouvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searched the realm&apos;s roles and the roles of the clients Keycloak shows your account (%1); a role of another client containing it would not be found.</source>
        <translation>Recherche faite dans les rôles du domaine et ceux des clients que Keycloak montre à votre compte (%1) ; un rôle d’un autre client qui le contient ne serait pas trouvé.</translation>
    </message>
</context>
<context>
    <name>custos::RoleHoldersModel</name>
    <message>
        <location filename="../ui/roles/RoleHoldersModel.cpp" line="+45"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How they hold it</source>
        <translation>Comment ils le détiennent</translation>
    </message>
</context>
<context>
    <name>custos::RolesApi</name>
    <message>
        <location filename="../core/keycloak/RolesApi.cpp" line="+53"/>
        <source>Could not list the clients</source>
        <translation>Impossible de lister les clients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the realm roles</source>
        <translation>Impossible de lire les rôles du realm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the roles of client %1</source>
        <translation>Impossible de lire les rôles du client %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not list the users of role %1</source>
        <translation>Impossible de lister les utilisateurs du rôle %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not list the groups of role %1</source>
        <translation>Impossible de lister les groupes du rôle %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not list the subgroups of a group</source>
        <translation>Impossible de lister les sous-groupes d’un groupe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not list the members of a group</source>
        <translation>Impossible de lister les membres d’un groupe</translation>
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
    <name>custos::SecretStore</name>
    <message>
        <location filename="../core/keychain/SecretStore.cpp" line="+27"/>
        <source>there is no such entry in the system keychain</source>
        <translation>cette entrée n’existe pas dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the system keychain refused access (%1)</source>
        <translation>le trousseau du système a refusé l’accès (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Unlock your keyring and try again</source>
        <translation>Déverrouillez votre trousseau et réessayez</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the system keychain is not available (%1)</source>
        <translation>le trousseau du système n’est pas disponible (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start your desktop&apos;s keyring service (for example GNOME Keyring or KWallet)</source>
        <translation>Démarrez le service de trousseau de votre bureau (par exemple GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the system keychain did not answer in time</source>
        <translation>le trousseau du système n’a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read a secret from the system keychain</source>
        <translation>Impossible de lire un secret dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not store a secret in the system keychain</source>
        <translation>Impossible d’enregistrer un secret dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not delete a secret from the system keychain</source>
        <translation>Impossible de supprimer un secret du trousseau du système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No such secret</source>
        <translation>Ce secret n’existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was never stored in this session</source>
        <translation>il n’a jamais été enregistré dans cette session</translation>
    </message>
</context>
<context>
    <name>custos::Session</name>
    <message>
        <location filename="../core/auth/Session.cpp" line="+51"/>
        <source>The confirmation was not accepted</source>
        <translation>La confirmation n’a pas été acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you confirmed as %1, but %2 is signed in</source>
        <translation>vous avez confirmé en tant que %1, mais c’est %2 qui est connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with the account that is signed in</source>
        <translation>Confirmez avec le compte qui est connecté</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+26"/>
        <source>Could not renew your session</source>
        <translation>Impossible de renouveler votre session</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the session changed while it was being renewed</source>
        <translation>la session a changé pendant son renouvellement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>you are not signed in</source>
        <translation>vous n’êtes pas connecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Connectez-vous</translation>
    </message>
</context>
<context>
    <name>custos::SessionHistory</name>
    <message>
        <location filename="../ui/history/SessionHistory.cpp" line="+14"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not recorded in the audit ledger: %1</source>
        <translation>non enregistré dans le registre d’audit : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation id</source>
        <translation>Identifiant de corrélation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save audit report</source>
        <translation>Enregistrer le rapport d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export audit ledger</source>
        <translation>Exporter le registre d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create tenant</source>
        <translation>Créer le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend tenant</source>
        <translation>Suspendre le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate tenant</source>
        <translation>Réactiver le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete tenant</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage certificate</source>
        <translation>Préparer le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate certificate</source>
        <translation>Activer le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore certificate</source>
        <translation>Restaurer le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard certificate</source>
        <translation>Abandonner le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage tenant CA certificate</source>
        <translation>Préparer le certificat d’AC du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate tenant CA certificate</source>
        <translation>Activer le certificat d’AC du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete tenant CA certificate</source>
        <translation>Supprimer le certificat d’AC du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add organization member</source>
        <translation>Ajouter un membre à l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove organization member</source>
        <translation>Retirer un membre de l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add realm key</source>
        <translation>Ajouter une clé au realm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make realm key passive</source>
        <translation>Rendre une clé du realm passive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete realm key</source>
        <translation>Supprimer une clé du realm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase personal data</source>
        <translation>Effacer des données personnelles</translation>
    </message>
</context>
<context>
    <name>custos::SessionResume</name>
    <message>
        <location filename="../core/auth/SessionResume.cpp" line="+46"/>
        <location line="+10"/>
        <source>Could not resume your session</source>
        <translation>Impossible de reprendre votre session</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the server sent no ID token</source>
        <translation>le serveur n’a envoyé aucun jeton d’identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Sign in again</source>
        <translation>Reconnectez-vous</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the stored session belongs to another user</source>
        <translation>la session enregistrée appartient à un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>custos::Shortcuts</name>
    <message>
        <location filename="../ui/widgets/Shortcuts.cpp" line="+15"/>
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
        <location line="+78"/>
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
    <name>custos::SignInFlow</name>
    <message>
        <location filename="../core/auth/SignInFlow.cpp" line="+65"/>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not start the sign-in</source>
        <translation>Impossible de démarrer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no local port could be opened for the browser&apos;s answer (%1)</source>
        <translation>aucun port local n’a pu être ouvert pour la réponse du navigateur (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in did not complete</source>
        <translation>La connexion n’a pas abouti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the browser did not come back to Custos in time</source>
        <translation>le navigateur n’est pas revenu vers Custos à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the sign-in again</source>
        <translation>Relancez la connexion</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the answer came from &quot;%1&quot;, not from %2</source>
        <translation>la réponse provient de &quot;%1&quot;, et non de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer does not say which server issued it, although the server promises to</source>
        <translation>la réponse n’indique pas quel serveur l’a émise, bien que le serveur s’y engage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity provider did not sign you in</source>
        <translation>Le fournisseur d’identité ne vous a pas connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or ask your administrator whether your account may use Custos</source>
        <translation>Réessayez, ou demandez à votre administrateur si votre compte peut utiliser Custos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+36"/>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the answer carries no authorization code</source>
        <translation>la réponse ne contient aucun code d’autorisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server sent no ID token</source>
        <translation>le serveur n’a envoyé aucun jeton d’identité</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in to Custos as %1.</source>
        <translation>Vous êtes connecté à Custos en tant que %1.</translation>
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
        <location line="+70"/>
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
    <name>custos::SignedNote</name>
    <message>
        <location filename="../core/ledger/SignedNote.cpp" line="+23"/>
        <source>Could not read the signed checkpoint</source>
        <translation>Impossible de lire le point de contrôle signé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the text or key name cannot be signed as a note</source>
        <translation>le texte ou le nom de clé ne peut pas être signé sous forme de note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is too long</source>
        <translation>il est trop long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no signature block</source>
        <translation>il n’a pas de bloc de signatures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its text is not newline-terminated UTF-8 without control characters</source>
        <translation>son texte n’est pas de l’UTF-8 terminé par un saut de ligne et sans caractères de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its signature block does not end with a newline</source>
        <translation>son bloc de signatures ne se termine pas par un saut de ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has too many signatures</source>
        <translation>il a trop de signatures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signature line does not start with an em dash</source>
        <translation>une ligne de signature ne commence pas par un tiret cadratin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a signature line is not &quot;name signature&quot;</source>
        <translation>une ligne de signature n’est pas de la forme &quot;nom signature&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a signature line has an invalid key name</source>
        <translation>une ligne de signature a un nom de clé non valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a signature is not base64 of a key hash and signature</source>
        <translation>une signature n’est pas le base64 d’un hachage de clé et d’une signature</translation>
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
        <location line="+7"/>
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
        <location line="+68"/>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <location line="-106"/>
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
        <location line="+184"/>
        <source>Check the certificate first</source>
        <translation>Vérifiez d’abord le certificat</translation>
    </message>
    <message>
        <location line="-141"/>
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
        <location line="+9"/>
        <source>%n problem(s): nothing will be sent until they are fixed.</source>
        <translation>
            <numerusform>%n problème : rien ne sera envoyé tant qu’il n’est pas corrigé.</numerusform>
            <numerusform>%n problèmes : rien ne sera envoyé tant qu’ils ne sont pas corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Valid until: %1</source>
        <translation>Valide jusqu’au : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key: %1 %2</source>
        <translation>Clé : %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>custos::StagePlatformCertificate</name>
    <message>
        <location filename="../core/tenants/CertificateOperations.cpp" line="-102"/>
        <source>Checking the certificate</source>
        <translation>Vérification du certificat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stage the platform certificate %1 (not yet in service)</source>
        <translation>préparer le certificat de la plateforme %1 (pas encore en service)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is staged; activate it to put it in service</source>
        <translation>%1 est préparé ; activez-le pour le mettre en service</translation>
    </message>
</context>
<context>
    <name>custos::StageTenantCaCertificate</name>
    <message>
        <location line="+108"/>
        <source>Checking the CA certificate</source>
        <translation>Vérification du certificat d’AC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate cannot be staged</source>
        <translation>Le certificat d’AC ne peut pas être préparé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it has no label</source>
        <translation>il n’a pas de libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a label, e.g. the CA&apos;s name</source>
        <translation>Saisissez un libellé, par exemple le nom de l’AC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stage the CA certificate %1 (%2) for %3</source>
        <translation>préparer le certificat d’AC %1 (%2) pour %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CA certificate %1 is staged for %2</source>
        <translation>Le certificat d’AC %1 est préparé pour %2</translation>
    </message>
</context>
<context>
    <name>custos::StageTenantCaDialog</name>
    <message>
        <location filename="../ui/certificates/StageTenantCaDialog.cpp" line="+32"/>
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
        <location line="+7"/>
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
        <location line="+15"/>
        <location line="+30"/>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter a label, e.g. the CA&apos;s name.</source>
        <translation>Saisissez un libellé, par exemple le nom de l’AC.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A usable CA: %1, valid until %2.</source>
        <translation>Une AC utilisable : %1, valide jusqu’au %2.</translation>
    </message>
</context>
<context>
    <name>custos::StepRunner</name>
    <message>
        <location filename="../core/actions/StepRunner.cpp" line="+19"/>
        <source>The operation was cancelled</source>
        <translation>L’opération a été annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you stopped it before the next step</source>
        <translation>vous l’avez arrêtée avant l’étape suivante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: planned</source>
        <translation>%1 : prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done</source>
        <translation>%1 : fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done, then undone</source>
        <translation>%1 : fait, puis annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done; undoing it failed (%2), so it is still in place</source>
        <translation>%1 : fait ; son annulation a échoué (%2), il reste donc en place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not done</source>
        <translation>%1 : non fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed (%2)</source>
        <translation>%1 : échec (%2)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>undo “%1” by hand (its undo failed: %2)</source>
        <translation>annulez « %1 » à la main (son annulation a échoué : %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (its undo failed: %2)</source>
        <translation>%1 (son annulation a échoué : %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>these steps were undone: %1</source>
        <translation>ces étapes ont été annulées : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>these steps stay done: %1</source>
        <translation>ces étapes restent faites : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing failed, so some changes are still there</source>
        <translation>l’annulation a échoué, certains changements sont donc toujours là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To finish by hand: %1</source>
        <translation>À terminer à la main : %1</translation>
    </message>
</context>
<context>
    <name>custos::StepUpPolicy</name>
    <message>
        <location filename="../core/actions/Actions.cpp" line="+150"/>
        <source>%1 needs a stronger sign-in</source>
        <translation>L’action « %1 » demande une connexion plus forte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your sign-in reached acr “%1”; this action needs “%2”</source>
        <translation>votre connexion a atteint l’acr « %1 » ; cette action demande « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your identity with your second factor (step-up), then try again</source>
        <translation>Confirmez votre identité avec votre second facteur (confirmation d’identité), puis réessayez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a fresh sign-in</source>
        <translation>L’action « %1 » nécessite une connexion récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your session does not say when you last authenticated</source>
        <translation>votre session n’indique pas quand vous vous êtes authentifié pour la dernière fois</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>you last authenticated %n minute(s) ago</source>
        <translation>
            <numerusform>vous vous êtes authentifié pour la dernière fois il y a %n minute</numerusform>
            <numerusform>vous vous êtes authentifié pour la dernière fois il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Confirm your identity (step-up), then try again within %n minute(s)</source>
        <translation>
            <numerusform>Confirmez votre identité, puis réessayez dans un délai de %n minute</numerusform>
            <numerusform>Confirmez votre identité, puis réessayez dans un délai de %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::TenantAdminPage</name>
    <message>
        <location filename="../ui/tenants/TenantWizard.cpp" line="+90"/>
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
        <translation>L’administrateur du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who looks after the tenant. An existing account is added to the organization; an invitation is sent by Keycloak, which needs the realm&apos;s mail settings.</source>
        <translation>La personne responsable du client. Un compte existant est ajouté à l’organisation ; une invitation est envoyée par Keycloak, qui a besoin des paramètres de messagerie du realm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant administrator</source>
        <translation>Administrateur du client</translation>
    </message>
    <message>
        <location line="+49"/>
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
    <name>custos::TenantCaCertificateChange</name>
    <message>
        <location filename="../core/tenants/CertificateOperations.cpp" line="+25"/>
        <source>activate the CA certificate %1 of %2</source>
        <translation>activer le certificat d’AC %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete the CA certificate %1 of %2</source>
        <translation>supprimer le certificat d’AC %1 de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The CA certificate %1 of %2 is active</source>
        <translation>Le certificat d’AC %1 de %2 est actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate %1 of %2 was deleted</source>
        <translation>Le certificat d’AC %1 de %2 a été supprimé</translation>
    </message>
</context>
<context>
    <name>custos::TenantCaPanel</name>
    <message>
        <location filename="../ui/certificates/TenantCaPanel.cpp" line="+36"/>
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
        <location line="+2"/>
        <source>Your account cannot see tenant CA certificates.</source>
        <translation>Votre compte ne peut pas voir les certificats d’AC des clients.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant CA certificates</source>
        <translation>Certificats d’AC du client</translation>
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
        <translation>Client :</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staged</source>
        <translation>préparé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stage a CA certificate for this tenant</source>
        <translation>Préparer un certificat d’AC pour ce client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust the selected staged CA certificate</source>
        <translation>Faire confiance au certificat d’AC préparé sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
    <name>custos::TenantCreation</name>
    <message>
        <location filename="../core/tenants/TenantOperations.cpp" line="+54"/>
        <source>create the tenant %1 on the platform</source>
        <translation>créer le client %1 sur la plateforme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete the tenant %1 on the platform</source>
        <translation>supprimer le client %1 sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the Keycloak organization %1</source>
        <translation>créer l’organisation Keycloak %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>remove the organization %1 in Keycloak</source>
        <translation>retirer l’organisation %1 dans Keycloak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link the tenant to its organization</source>
        <translation>lier le client à son organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>make %1 a member of the organization (or invite them by e-mail)</source>
        <translation>faire de %1 un membre de l’organisation (ou l’inviter par e-mail)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>no tenant administrator was assigned</source>
        <translation>aucun administrateur de client n’a été désigné</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not assign the tenant administrator</source>
        <translation>Impossible de désigner l’administrateur du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account has the username “%1”</source>
        <translation>aucun compte n’a le nom d’utilisateur « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the username, or enter an e-mail address to invite someone new</source>
        <translation>Vérifiez le nom d’utilisateur, ou saisissez une adresse e-mail pour inviter une nouvelle personne</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 is a member of the organization</source>
        <translation>%1 est membre de l’organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was invited by e-mail</source>
        <translation>%1 a été invité par e-mail</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Tenant %1 created on the platform and linked to the Keycloak organization %1; %2</source>
        <translation>Client %1 créé sur la plateforme et lié à l’organisation Keycloak %1 ; %2</translation>
    </message>
</context>
<context>
    <name>custos::TenantDeleteDialog</name>
    <message>
        <location filename="../ui/tenants/TenantDeleteDialog.cpp" line="+18"/>
        <source>Also remove its Keycloak organization (members keep their accounts)</source>
        <translation>Supprimer aussi son organisation Keycloak (les membres conservent leurs comptes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete tenant %1</source>
        <translation>Supprimer le client %1</translation>
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
        <location line="-10"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>custos::TenantDeletion</name>
    <message>
        <location filename="../core/tenants/TenantOperations.cpp" line="+170"/>
        <source>delete the tenant %1 from the platform</source>
        <translation>supprimer le client %1 de la plateforme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove its Keycloak organization %1</source>
        <translation>supprimer son organisation Keycloak %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tenant %1 deleted from the platform; its Keycloak organization was kept</source>
        <translation>Client %1 supprimé de la plateforme ; son organisation Keycloak a été conservée</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Remove the organization in Keycloak by hand</source>
        <translation>Supprimez l’organisation à la main dans Keycloak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenant %1 deleted from the platform and its Keycloak organization removed</source>
        <translation>Client %1 supprimé de la plateforme et son organisation Keycloak supprimée</translation>
    </message>
</context>
<context>
    <name>custos::TenantDetailPane</name>
    <message>
        <location filename="../ui/tenants/TenantDetailPane.cpp" line="+43"/>
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
        <location line="+36"/>
        <source>No tenant selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the tenant…</source>
        <translation>Lecture du client…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tenant could not be read</source>
        <translation>Le client n’a pas pu être lu</translation>
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
        <location line="+2"/>
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
        <translation>Identifiant du client</translation>
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
        <location line="+4"/>
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
        <location line="+12"/>
        <source>Add a member to %1</source>
        <translation>Ajouter un membre à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 to the Keycloak organization of %2? They can then sign in to the tenant.</source>
        <translation>Ajouter %1 à l’organisation Keycloak de %2 ? Il pourra alors se connecter au client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove a member from %1</source>
        <translation>Retirer un membre de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the Keycloak organization of %2? The account itself stays.</source>
        <translation>Retirer %1 de l’organisation Keycloak de %2 ? Le compte lui-même est conservé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add this account to the organization</source>
        <translation>Ajouter ce compte à l’organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected member from the organization</source>
        <translation>Retirer le membre sélectionné de l’organisation</translation>
    </message>
</context>
<context>
    <name>custos::TenantFieldsPage</name>
    <message>
        <location filename="../ui/tenants/TenantWizard.cpp" line="-120"/>
        <source>The tenant</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slug names the tenant everywhere: on the platform and as the Keycloak organization&apos;s alias. It cannot be changed later.</source>
        <translation>Le slug désigne le client partout : sur la plateforme et comme alias de l’organisation Keycloak. Il ne pourra plus être modifié.</translation>
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
        <location line="+177"/>
        <source>&amp;Change and try again</source>
        <translation>&amp;Modifier et réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the tenant</source>
        <translation>Création du client</translation>
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
    <name>custos::TenantStatusChange</name>
    <message>
        <location filename="../core/tenants/TenantOperations.cpp" line="-45"/>
        <source>Tenant %1 is suspended</source>
        <translation>Le client %1 est suspendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenant %1 is active again</source>
        <translation>Le client %1 est de nouveau actif</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>suspend the tenant %1</source>
        <translation>suspendre le client %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reactivate the tenant %1</source>
        <translation>réactiver le client %1</translation>
    </message>
</context>
<context>
    <name>custos::TenantSummaryPage</name>
    <message>
        <location filename="../ui/tenants/TenantWizard.cpp" line="-71"/>
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
        <location line="+31"/>
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
        <translation>&lt;ol&gt;&lt;li&gt;Plateforme : créer le client &lt;b&gt;%1&lt;/b&gt; « %2 » avec l’offre %3&lt;/li&gt;&lt;li&gt;Keycloak : créer l’organisation d’alias &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Plateforme : lier le client à l’organisation&lt;/li&gt;&lt;li&gt;Keycloak : %4&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>custos::TenantWizard</name>
    <message>
        <location line="+127"/>
        <source>New tenant</source>
        <translation>Nouveau client</translation>
    </message>
</context>
<context>
    <name>custos::TenantsModel</name>
    <message>
        <location filename="../ui/tenants/TenantsModel.cpp" line="+127"/>
        <source>Suspended: its users cannot sign in to the platform</source>
        <translation>Suspendu : ses utilisateurs ne peuvent pas se connecter à la plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>⏸ Suspended</source>
        <translation>⏸ Suspendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Active</source>
        <translation>● Actif</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin e-mail</source>
        <translation>E-mail admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>custos::TenantsPage</name>
    <message>
        <location filename="../ui/tenants/TenantsPage.cpp" line="+44"/>
        <source>Your account cannot see tenants.</source>
        <translation>Votre compte ne peut pas voir les clients.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search slug, name or admin e-mail</source>
        <translation>Rechercher par slug, nom ou e-mail de l’administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search tenants</source>
        <translation>Rechercher des clients</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;New tenant…</source>
        <translation>&amp;Nouveau client…</translation>
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
        <translation>Relire les clients</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Create a tenant and its Keycloak organization</source>
        <translation>Créer un client et son organisation Keycloak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend the selected tenant</source>
        <translation>Suspendre le client sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate the selected tenant</source>
        <translation>Réactiver le client sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected tenant</source>
        <translation>Supprimer le client sélectionné</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading tenants…</source>
        <translation>Lecture des clients…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As tenant-admin you see your own tenant only.</source>
        <translation>En tant que tenant-admin, vous ne voyez que votre propre client.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n tenant(s) listed</source>
        <translation>
            <numerusform>%1 sur %n client listé</numerusform>
            <numerusform>%1 sur %n clients listés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend the tenant %1? Its users can no longer use the platform until it is reactivated.</source>
        <translation>Suspendre le client %1 ? Ses utilisateurs ne pourront plus utiliser la plateforme jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate the tenant %1? Its users can use the platform again.</source>
        <translation>Réactiver le client %1 ? Ses utilisateurs pourront de nouveau utiliser la plateforme.</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>custos::TokenEndpoint</name>
    <message>
        <location filename="../core/auth/TokenEndpoint.cpp" line="+28"/>
        <source>Could not complete the sign-in</source>
        <translation>Impossible de terminer la connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not renew your session</source>
        <translation>Impossible de renouveler votre session</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server no longer accepts this session (%1)</source>
        <translation>le serveur n’accepte plus cette session (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Reconnectez-vous</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Could not revoke your session</source>
        <translation>Impossible de révoquer votre session</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the server offers no revocation endpoint</source>
        <translation>le serveur ne propose aucun point de terminaison de révocation</translation>
    </message>
</context>
<context>
    <name>custos::TokenSet</name>
    <message>
        <location filename="../core/auth/TokenSet.cpp" line="+11"/>
        <source>Could not complete the sign-in</source>
        <translation>Impossible de terminer la connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token endpoint did not answer with JSON</source>
        <translation>le point de terminaison des jetons n’a pas répondu en JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token endpoint issued a token type Custos does not use</source>
        <translation>le point de terminaison des jetons a émis un type de jeton que Custos n’utilise pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token endpoint sent no access token</source>
        <translation>le point de terminaison des jetons n’a envoyé aucun jeton d’accès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint did not say when the access token expires</source>
        <translation>le point de terminaison des jetons n’a pas indiqué quand le jeton d’accès expire</translation>
    </message>
</context>
<context>
    <name>custos::UnlockOperation</name>
    <message>
        <location filename="../core/users/Operations.cpp" line="-56"/>
        <source>clear %1&apos;s sign-in lockout and failure count</source>
        <translation>lever le verrouillage de connexion de %1 et remettre à zéro son compteur d’échecs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is unlocked</source>
        <translation>%1 est déverrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not locked; the failure count was reset</source>
        <translation>%1 n’était pas verrouillé ; le compteur d’échecs a été remis à zéro</translation>
    </message>
</context>
<context>
    <name>custos::UserAccessApi</name>
    <message>
        <location filename="../core/keycloak/UserAccessApi.cpp" line="+27"/>
        <source>Could not read the realm roles</source>
        <translation>Impossible de lire les rôles du realm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the user&apos;s realm roles</source>
        <translation>Impossible de lire les rôles du realm de l’utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not grant the realm roles</source>
        <translation>Impossible d’attribuer les rôles du realm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not remove the realm roles</source>
        <translation>Impossible de retirer les rôles du realm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not look up the client “%1”</source>
        <translation>Impossible de trouver le client « %1 »</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the user&apos;s roles of client %1</source>
        <translation>Impossible de lire les rôles de l’utilisateur pour le client %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read what a composite role contains</source>
        <translation>Impossible de lire le contenu d’un rôle composite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the group %1</source>
        <translation>Impossible de lire le groupe %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Could not read the group&apos;s roles of client %1</source>
        <translation>Impossible de lire les rôles du groupe pour le client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak did not show them to your account</source>
        <translation>Keycloak ne les a pas montrés à votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for view-clients on the realm</source>
        <translation>Demandez view-clients sur le realm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the groups</source>
        <translation>Impossible de lire les groupes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the user&apos;s groups</source>
        <translation>Impossible de lire les groupes de l’utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not add the user to group %1</source>
        <translation>Impossible d’ajouter l’utilisateur au groupe %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not remove the user from group %1</source>
        <translation>Impossible de retirer l’utilisateur du groupe %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the user&apos;s organizations</source>
        <translation>Impossible de lire les organisations de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>custos::UserAction</name>
    <message>
        <location filename="../core/users/UserAction.cpp" line="+42"/>
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
        <translation>Départ</translation>
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
        <location filename="../ui/users/UserActionsController.cpp" line="+64"/>
        <source>%1 works on one user at a time: select only one.</source>
        <translation>%1 ne s’applique qu’à un utilisateur à la fois : n’en sélectionnez qu’un.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Could not read the failed sign-ins</source>
        <translation>Impossible de lire les connexions échouées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the audit ledger is not open</source>
        <translation>le registre d’audit n’est pas ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to open it</source>
        <translation>Reconnectez-vous pour l’ouvrir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The caller is not verified</source>
        <translation>L’appelant n’est pas vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reset needs the way you verified the caller, and your confirmation</source>
        <translation>une réinitialisation demande la façon dont vous avez vérifié l’appelant, et votre confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how you verified the caller and confirm it</source>
        <translation>Choisissez comment vous avez vérifié l’appelant et confirmez-le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bulk action: %1 of %2 done</source>
        <translation>Action groupée : %1 sur %2 effectuées</translation>
    </message>
</context>
<context>
    <name>custos::UserDetailPanel</name>
    <message>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+30"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+157"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+187"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>A composite role: it grants other roles too</source>
        <translation>Un rôle composite : il accorde aussi d’autres rôles</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Your account cannot see this. %1</source>
        <translation>Votre compte ne peut pas voir ces informations. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+130"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="-130"/>
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
        <location line="+110"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="-105"/>
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
        <location line="+40"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="-40"/>
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
        <location line="+1"/>
        <source>yes: sign-in is refused until the lockout ends or is cleared</source>
        <translation>oui : la connexion est refusée jusqu’à la fin ou la levée du verrouillage</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+8"/>
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
        <source>Not shown. %1</source>
        <translation>Non affiché. %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+73"/>
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
        <location line="+12"/>
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
    <name>custos::UserOperation</name>
    <message>
        <location filename="../core/users/UserOperation.cpp" line="+35"/>
        <source>Refused: %1 needs the realm-management role “%2”</source>
        <translation>Refusé : l’action « %1 » nécessite le rôle realm-management « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your account lacks %1; nothing was changed</source>
        <translation>votre compte n’a pas %1 ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a realm administrator for the realm-management role &quot;%1&quot;</source>
        <translation>Demandez à un administrateur du realm le rôle realm-management &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not find the user “%1”</source>
        <translation>Impossible de trouver l’utilisateur « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no user of the realm has this username</source>
        <translation>aucun utilisateur du realm n’a ce nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or search for the user</source>
        <translation>Vérifiez l’orthographe, ou recherchez l’utilisateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refused to act on your own account</source>
        <translation>Refus d’agir sur votre propre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator may not %1 themselves</source>
        <translation>un administrateur ne peut pas appliquer « %1 » à son propre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask another administrator to do it</source>
        <translation>Demandez à un autre administrateur de le faire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s administration roles</source>
        <translation>les rôles d’administration de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Checking %1</source>
        <translation>Vérification en cours : %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the administration roles this change gives %1</source>
        <translation>les rôles d’administration que cette modification attribue à %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused to give %1 administration roles you do not hold</source>
        <translation>Refus d’attribuer à %1 des rôles d’administration que vous n’avez pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chosen roles or groups carry roles you do not hold: %1</source>
        <translation>les rôles ou groupes choisis portent des rôles que vous ne détenez pas : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave these roles and groups out, or ask an administrator who holds these roles</source>
        <translation>Retirez ces rôles et ces groupes de la sélection, ou demandez à un administrateur qui détient ces rôles</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Custos could not check %1</source>
        <translation>Custos n’a pas pu vérifier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; nothing was changed</source>
        <translation>%1 ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custos cannot check %1</source>
        <translation>Custos ne peut pas vérifier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your account lacks %1, which Custos needs to read them; nothing was changed</source>
        <translation>votre compte n’a pas %1, dont Custos a besoin pour les lire ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a realm administrator to give you %1 (the README lists each role Custos needs)</source>
        <translation>Demandez à un administrateur du realm de vous attribuer %1 (le README liste chaque rôle dont Custos a besoin)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Refused to act on %1</source>
        <translation>Refus d’agir sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds administration roles you do not hold: %2</source>
        <translation>%1 détient des rôles d’administration que vous n’avez pas : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask an administrator who holds these roles</source>
        <translation>Demandez à un administrateur qui détient ces rôles</translation>
    </message>
</context>
<context>
    <name>custos::UserQuery</name>
    <message>
        <location filename="../core/keycloak/UserQuery.cpp" line="+45"/>
        <source>all users</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>users starting with “%1”</source>
        <translation>utilisateurs commençant par « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users containing “%1”</source>
        <translation>utilisateurs contenant « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users named exactly “%1”</source>
        <translation>utilisateurs nommés exactement « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users whose %1 is “%2”</source>
        <translation>utilisateurs dont l’attribut %1 vaut « %2 »</translation>
    </message>
</context>
<context>
    <name>custos::UserSecurityApi</name>
    <message>
        <location filename="../core/keycloak/UserSecurityApi.cpp" line="+26"/>
        <source>Could not read the user&apos;s credentials</source>
        <translation>Impossible de lire les identifiants de l’utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the %1 credential</source>
        <translation>Impossible de supprimer l’identifiant %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not reset the password</source>
        <translation>Impossible de réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not send the required-actions e-mail</source>
        <translation>Impossible d’envoyer l’e-mail des actions requises</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the user&apos;s sessions</source>
        <translation>Impossible de lire les sessions de l’utilisateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not end the user&apos;s sessions</source>
        <translation>Impossible de fermer les sessions de l’utilisateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not end the session</source>
        <translation>Impossible de fermer la session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the user&apos;s lockout status</source>
        <translation>Impossible de lire l’état de verrouillage de l’utilisateur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not unlock the user</source>
        <translation>Impossible de déverrouiller l’utilisateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the user&apos;s events</source>
        <translation>Impossible de lire les événements de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>custos::UsersApi</name>
    <message>
        <location filename="../core/keycloak/UsersApi.cpp" line="+34"/>
        <source>Could not search for %1</source>
        <translation>Impossible de rechercher %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not count %1</source>
        <translation>Impossible de compter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keycloak answered something that is not a count</source>
        <translation>Keycloak a répondu autre chose qu’un nombre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the user</source>
        <translation>Impossible de lire l’utilisateur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not look up the user “%1”</source>
        <translation>Impossible de trouver l’utilisateur « %1 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not create the user “%1”</source>
        <translation>Impossible de créer l’utilisateur « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keycloak did not say where the new user is</source>
        <translation>Keycloak n’a pas indiqué où se trouve le nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for the user before trying again</source>
        <translation>Recherchez l’utilisateur avant de réessayer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not update the user “%1”</source>
        <translation>Impossible de mettre à jour l’utilisateur « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not delete the user</source>
        <translation>Impossible de supprimer l’utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the realm&apos;s user profile</source>
        <translation>Impossible de lire le profil utilisateur du realm</translation>
    </message>
</context>
<context>
    <name>custos::UsersModel</name>
    <message>
        <location filename="../ui/users/UsersModel.cpp" line="+182"/>
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
        <location filename="../ui/users/UsersPage.cpp" line="+66"/>
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
        <location line="+65"/>
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
        <location line="+143"/>
        <source>Search users on the server (empty lists everyone)</source>
        <translation>Rechercher des utilisateurs sur le serveur (vide : tout le monde)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read again from the server</source>
        <translation>Relire depuis le serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;fresh the list</source>
        <translation>Actualiser la &amp;liste</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No suggestions: %1</source>
        <translation>Aucune suggestion : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An attribute of the realm&apos;s user profile, or any other attribute name</source>
        <translation>Un attribut du profil utilisateur du realm, ou tout autre nom d’attribut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value of the attribute (exact)</source>
        <translation>Valeur de l’attribut (exacte)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the attribute to search in.</source>
        <translation>Indiquez l’attribut dans lequel rechercher.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The user “%1” vanished: Keycloak no longer has it, so it left the list.</source>
        <translation>L’utilisateur « %1 » a disparu : Keycloak ne le connaît plus, il a donc quitté la liste.</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <location line="+7"/>
        <source>The list stopped at %1 users. %2</source>
        <translation>La liste s’est arrêtée à %1 utilisateurs. %2</translation>
    </message>
</context>
<context>
    <name>custos::VerificationJob</name>
    <message>
        <location filename="../core/ledger/VerificationJob.cpp" line="+30"/>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Verifying %n record(s)…</source>
        <translation>
            <numerusform>Vérification de %n enregistrement…</numerusform>
            <numerusform>Vérification de %n enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Counting activity…</source>
        <translation>Décompte de l’activité…</translation>
    </message>
</context>
<context>
    <name>custos::VerificationText</name>
    <message>
        <location filename="../ui/audit/VerificationText.cpp" line="+25"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing record</source>
        <translation>enregistrement manquant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted record</source>
        <translation>enregistrement inséré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reordered</source>
        <translation>réordonné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad checkpoint signature</source>
        <translation>signature du point de contrôle invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untrusted key</source>
        <translation>clé non fiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconsistent with an earlier checkpoint</source>
        <translation>incohérent avec un point de contrôle antérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad HMAC</source>
        <translation>HMAC invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed</source>
        <translation>malformé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/%2 records valid</source>
        <translation>%1/%2 enregistrements valides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 pass their own checks, but the ledger as a whole does not verify)</source>
        <translation>%1 (%2 passent leurs propres contrôles, mais la vérification du registre dans son ensemble échoue)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not witnessed: valid cosignatures from pinned witnesses: %1 found, %2 required</source>
        <translation>non attesté : cosignatures valides de témoins épinglés : %1 trouvées, %2 requises</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No witness quorum is required; valid cosignatures from pinned witnesses: %1</source>
        <translation>Aucun quorum de témoins n’est exigé ; cosignatures valides de témoins épinglés : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 required cosignatures from pinned witnesses are valid</source>
        <translation>%1 des %2 cosignatures requises de témoins épinglés sont valides</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pinned, valid: counted</source>
        <translation>épinglé, valide : comptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pinned, INVALID (changed or forged): not counted</source>
        <translation>épinglé, INVALIDE (modifiée ou falsifiée) : non comptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pinned, no cosignature on this checkpoint</source>
        <translation>épinglé, aucune cosignature sur ce point de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not pinned: cannot be checked, not counted</source>
        <translation>non épinglé : ne peut pas être vérifiée, non comptée</translation>
    </message>
</context>
<context>
    <name>custos::VerificationView</name>
    <message>
        <location filename="../ui/audit/VerificationView.cpp" line="+48"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+1"/>
        <source>Witness cosignatures:</source>
        <translation>Cosignatures des témoins :</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Verification cancelled: records added since are not verified until you verify again.</source>
        <translation>Vérification annulée : les enregistrements ajoutés depuis ne sont pas vérifiés tant que vous ne relancez pas la vérification.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Not yet verified&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pas encore vérifié&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Could not verify&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérification impossible&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No records to verify yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun enregistrement à vérifier pour l’instant&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>complete: not proven (selective export: %1 records of a log of %2)</source>
        <translation>complétude : non prouvée (export sélectif : %1 enregistrements d’un journal de %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;⚠ %1; %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ %1 ; %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;✔ %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;✔ %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+26"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&lt;b&gt;✘ Verification FAILED: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;✘ ÉCHEC DE LA VÉRIFICATION : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+4"/>
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
    <name>custos::WitnessKey</name>
    <message>
        <location filename="../core/ledger/WitnessKey.cpp" line="+25"/>
        <source>Could not read the witness key</source>
        <translation>Impossible de lire la clé du témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the witness&apos;s verifier key as name+hash+key (a cosignature/v1 key, as the witness&apos;s operator publishes it)</source>
        <translation>Donnez la clé de vérification du témoin sous la forme nom+hachage+clé (une clé cosignature/v1, telle que l’opérateur du témoin la publie)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it does not have three parts separated by &apos;+&apos;</source>
        <translation>elle n’a pas trois parties séparées par &apos;+&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its name is empty or holds spaces</source>
        <translation>son nom est vide ou contient des espaces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its key hash is not 8 lowercase hex digits</source>
        <translation>le hachage de sa clé n’est pas composé de 8 chiffres hexadécimaux minuscules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its key is not a cosignature/v1 Ed25519 key</source>
        <translation>sa clé n’est pas une clé Ed25519 cosignature/v1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its key hash does not match its name and key</source>
        <translation>le hachage de sa clé ne correspond pas à son nom et à sa clé</translation>
    </message>
</context>
<context>
    <name>custos::WitnessPolicy</name>
    <message>
        <location filename="../core/ledger/WitnessPolicy.cpp" line="+22"/>
        <source>The profile&apos;s witnesses are not usable</source>
        <translation>Les témoins du profil sont inutilisables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>witness %1 has no valid URL (&quot;%2&quot;)</source>
        <translation>le témoin %1 n’a pas d’URL valide (« %2 »)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each witness its base URL, e.g. https://witness.example.org</source>
        <translation>Donnez à chaque témoin son URL de base, par exemple https://witness.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>witness %1 (%2) uses plain http, which is only accepted on this computer&apos;s loopback</source>
        <translation>le témoin %1 (%2) utilise http en clair, qui n’est accepté que sur la boucle locale de cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the witness&apos;s https:// address</source>
        <translation>Utilisez l’adresse https:// du témoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key of witness %1 is not a cosignature/v1 verifier key: %2</source>
        <translation>la clé du témoin %1 n’est pas une clé de vérification cosignature/v1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the key the witness&apos;s operator publishes (name+hash+base64, the base64 starting with B)</source>
        <translation>Copiez la clé que publie l’opérateur du témoin (nom+hachage+base64, le base64 commençant par B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>witness %1 has the same key as an earlier one</source>
        <translation>le témoin %1 a la même clé qu’un témoin précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List each witness once</source>
        <translation>Indiquez chaque témoin une seule fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>witnessQuorum is %1 but the profile lists no witnesses</source>
        <translation>witnessQuorum vaut %1 mais le profil n’indique aucun témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the witnesses, or remove witnessQuorum</source>
        <translation>Ajoutez les témoins, ou retirez witnessQuorum</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>witnessQuorum is %1 but the profile lists %n witness(es)</source>
        <translation>
            <numerusform>witnessQuorum vaut %1 mais le profil indique %n témoin</numerusform>
            <numerusform>witnessQuorum vaut %1 mais le profil indique %n témoins</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set witnessQuorum between 1 and the number of witnesses</source>
        <translation>Fixez witnessQuorum entre 1 et le nombre de témoins</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;witnesses&quot; is not a list</source>
        <translation>« witnesses » n’est pas une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it as [{&quot;url&quot;: …, &quot;key&quot;: …}, …]</source>
        <translation>Écrivez-la ainsi : [{&quot;url&quot;: …, &quot;key&quot;: …}, …]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>witness %1 is not an object with a &quot;url&quot; and a &quot;key&quot;</source>
        <translation>le témoin %1 n’est pas un objet avec une « url » et une « key »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it as {&quot;url&quot;: &quot;https://…&quot;, &quot;key&quot;: &quot;name+hash+base64&quot;}</source>
        <translation>Écrivez-le ainsi : {&quot;url&quot;: &quot;https://…&quot;, &quot;key&quot;: &quot;nom+hachage+base64&quot;}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>witnessQuorum is not a whole number</source>
        <translation>witnessQuorum n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set witnessQuorum to how many witnesses must cosign, e.g. 2</source>
        <translation>Fixez witnessQuorum au nombre de témoins qui doivent cosigner, par exemple 2</translation>
    </message>
</context>
<context>
    <name>custos::WitnessProtocol</name>
    <message>
        <location filename="../core/ledger/WitnessProtocol.cpp" line="+21"/>
        <source>The witness %1 answered something Custos cannot accept</source>
        <translation>Le témoin %1 a répondu quelque chose que Custos ne peut pas accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the witness&apos;s URL and key with its operator</source>
        <translation>Vérifiez l’URL et la clé du témoin auprès de son opérateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its cosignature does not end with a newline</source>
        <translation>sa cosignature ne se termine pas par un saut de ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a line of its answer is not a signature line</source>
        <translation>une ligne de sa réponse n’est pas une ligne de signature</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it carries no valid cosignature by the key %1</source>
        <translation>elle ne porte aucune cosignature valide de la clé %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its 409 answer does not give its size</source>
        <translation>sa réponse 409 n’indique pas sa taille</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it answered HTTP %1</source>
        <translation>il a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>custos::WitnessSubmission</name>
    <message>
        <location filename="../core/ledger/WitnessSubmission.cpp" line="+59"/>
        <source>the ledger has no checkpoint yet</source>
        <translation>le registre d’audit n’a pas encore de point de contrôle</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>its URL %1 is neither https nor http on this computer</source>
        <translation>son URL %1 n’est ni en https ni en http sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not submit the checkpoint to the witness %1</source>
        <translation>Impossible de soumettre le point de contrôle au témoin %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the witness has cosigned %1 records of this ledger, the ledger holds only %2: it was rolled back or forked</source>
        <translation>le témoin a cosigné %1 enregistrements de ce registre d’audit, qui n’en contient que %2 : il a été restauré à un état antérieur ou bifurqué</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the witness refuses the checkpoint even from its own size %1</source>
        <translation>le témoin refuse le point de contrôle même à partir de sa propre taille %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the witness cosigned a different checkpoint of %1 records: this ledger was rolled back or forked</source>
        <translation>le témoin a cosigné un autre point de contrôle de %1 enregistrements : ce registre d’audit a été restauré à un état antérieur ou bifurqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checkpoint of %1 records does not extend the checkpoint of %2 records the witness cosigned: this ledger was rolled back or forked</source>
        <translation>le point de contrôle de %1 enregistrements ne prolonge pas celui de %2 enregistrements que le témoin a cosigné : ce registre d’audit a été restauré à un état antérieur ou bifurqué</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the witness does not know this ledger (HTTP %1): have its operator enroll the ledger&apos;s key (custos-ledger pubkey DB)</source>
        <translation>le témoin ne connaît pas ce registre d’audit (HTTP %1) : faites enregistrer la clé du registre par son opérateur (custos-ledger pubkey DB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the witness refused the request (HTTP %1)</source>
        <translation>le témoin a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the witness failed on this ledger, which it never cosigned (HTTP %1): it most likely does not know it; have its operator enroll the ledger&apos;s key (custos-ledger pubkey DB)</source>
        <translation>le témoin a échoué sur ce registre d’audit, qu’il n’a jamais cosigné (HTTP %1) : il ne le connaît probablement pas ; faites enregistrer la clé du registre par son opérateur (custos-ledger pubkey DB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the witness answered HTTP %1</source>
        <translation>le témoin a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>custos::WitnessTrustDialog</name>
    <message>
        <location filename="../ui/audit/WitnessTrustDialog.cpp" line="+26"/>
        <source>&amp;Pin witness</source>
        <translation>&amp;Épingler le témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove witness</source>
        <translation>&amp;Retirer le témoin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Witnesses you trust</source>
        <translation>Témoins de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned witnesses</source>
        <translation>Témoins épinglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key hash</source>
        <translation>Hachage de la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verifier key</source>
        <translation>Clé de vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witness key</source>
        <translation>Clé du témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name+hash+key, as the witness&apos;s operator publishes it</source>
        <translation>nom+hachage+clé, telle que l’opérateur du témoin la publie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Required cosignatures</source>
        <translation>Cosignatures requises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none required</source>
        <translation>aucune requise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A witness cosigns a checkpoint only if it extends every checkpoint of that ledger it saw before. Get each witness&apos;s key from its operator, never from an export. An export whose checkpoint lacks valid cosignatures from as many pinned witnesses as the quorum requires is shown as not witnessed.</source>
        <translation>Un témoin ne cosigne un point de contrôle que s’il prolonge tous les points de contrôle de ce registre qu’il a déjà vus. Obtenez la clé de chaque témoin auprès de son opérateur, jamais dans un export. Un export dont le point de contrôle n’a pas autant de cosignatures valides de témoins épinglés que le quorum l’exige est présenté comme non attesté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Witness key:</source>
        <translation>Clé du témoin :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required cosignatures:</source>
        <translation>Cosignatures requises :</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Paste a witness&apos;s verifier key to see the witness it names.</source>
        <translation>Collez la clé de vérification d’un témoin pour voir le témoin qu’elle désigne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witness %1, key hash %2.</source>
        <translation>Témoin %1, hachage de clé %2.</translation>
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
        <location line="+15"/>
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
        <location filename="../app/main.cpp" line="+32"/>
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
