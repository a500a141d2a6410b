#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/PersonalData.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace custos {

class Ed25519Key;
class PreparedRecord;

// The action an erasure answers, when one asked for it: the window records its intent first, and the
// PERSONAL_DATA_ERASED record is that action's outcome (source_id the correlation id, details.intent_seq).
struct LedgerErasureAction
{
    QString correlationId;
    qint64 intentSeq = -1;
};

// The ledger's SQLite file: append-only records (triggers refuse UPDATE and DELETE), signed checkpoints and a
// meta table. Each append is one transaction with synchronous=FULL; leaf hashes are stored beside the records
// so a checkpoint over a large ledger does not re-hash its JSON.
class LedgerStore
{
public:
    // 1: records hold every value in clear. 2: personal data are salted commitments in the records, their
    // openings in a table beside them (PersonalData), so that exports can leave them out and erasure can delete them.
    static constexpr int latestFormatVersion = 2;

    struct Meta
    {
        QString origin;
        QByteArray publicKey; // raw Ed25519, 32 bytes
        QString ledgerId;     // random; names the ledger's keychain entries
        QString keyStorage;   // "keychain" or "key-file"
        // Custos and `custos-ledger init` create latestFormatVersion ledgers; 1 stays for readers of old ones.
        int formatVersion = 1;
    };
    struct StoredRecord
    {
        qint64 seq = 0;
        QByteArray bytes;
        QByteArray leafHash;
        QByteArray hmac;
    };
    // A stored record without copies: the views are valid only during the scanRecords callback.
    struct RecordView
    {
        qint64 seq = 0;
        QByteArrayView bytes;
        QByteArrayView leafHash;
        QByteArrayView hmac;
    };
    struct StoredCheckpoint
    {
        qint64 id = 0;
        qint64 size = 0;
        QByteArray note;       // as signed, followed by the witnesses' cosignature lines: what readers check
        QByteArray ledgerNote; // as signed, without cosignatures: what is sent to witnesses
    };
    // A witness the ledger submits its checkpoints to (C2SP tlog-witness).
    struct Witness
    {
        QString url;
        QString key; // its cosignature/v1 verifier key, name+hash+base64
    };
    struct Erasure
    {
        qint64 fieldsErased = 0;
        qint64 recordSeq = -1; // the PERSONAL_DATA_ERASED record
        // Why the file could not be rebuilt after the erasure was committed (a full disk); empty when it was. The
        // erasure stands either way; until the file is rebuilt, its free pages may still hold older copies.
        QString notRebuilt;
    };
    // What an erasure of a subject would delete, before it does.
    struct ErasurePreview
    {
        qint64 fields = 0;
        qint64 records = 0; // records holding at least one of those fields
        QString keycloakId; // the person's id as a record gave it; empty when none did
    };
    using ErasureAction = LedgerErasureAction;
    struct AppendOutcome
    {
        qint64 appended = 0;
        qint64 duplicates = 0; // entries skipped because their source and source_id were already recorded
        QList<qint64> seqs;    // per entry given, the seq it got; -1 for a skipped duplicate
    };

    ~LedgerStore();
    LedgerStore(const LedgerStore&) = delete;
    LedgerStore& operator=(const LedgerStore&) = delete;

    // Refuses to overwrite an existing file.
    [[nodiscard]] static Result<std::unique_ptr<LedgerStore>> create(const QString& path, const Meta& meta);
    [[nodiscard]] static Result<std::unique_ptr<LedgerStore>> open(const QString& path);
    // For readers (verification): SQLite opened read-only, so verifying never changes the file. Works on a
    // ledger in a read-only directory too, with or without a write-ahead log beside it.
    [[nodiscard]] static Result<std::unique_ptr<LedgerStore>> openReadOnly(const QString& path);

    [[nodiscard]] const Meta& meta() const { return m_meta; }
    [[nodiscard]] Result<qint64> recordCount() const;

    // Before anything is appended to this opened ledger (append() runs it too, once): `signingKey` is the
    // ledger's public key; the latest checkpoint is signed with it and its root is the tree of the stored leaf
    // hashes; the records after it chain on and carry valid HMACs. A ledger with records but no checkpoint is
    // refused as well. Fails with Error::Kind::Integrity naming the first bad record, and nothing is written.
    [[nodiscard]] Status checkBeforeAppend(QByteArrayView hmacKey, QByteArrayView signingKey);

    // Appends `entries` (see LedgerRecord::fromEntry) in one transaction. With `signer`, a checkpoint over the
    // new size is signed and stored in the same transaction. `now` stamps entries without a time.
    [[nodiscard]] Result<AppendOutcome> append(const QList<QJsonObject>& entries, QByteArrayView hmacKey,
                                               const Ed25519Key* signer, const QDateTime& now);
    // The same for events already checked and prepared (PreparedRecord::fromRecord of LedgerRecord::fromEntry).
    [[nodiscard]] Result<AppendOutcome> append(std::span<const PreparedRecord> records, QByteArrayView hmacKey,
                                               const Ed25519Key* signer, const QDateTime& now);

    // Records with from <= seq < to, in seq order, as stored (nothing is checked).
    [[nodiscard]] Result<QList<StoredRecord>> records(qint64 from, qint64 to) const;
    // Every record in seq order, one row in memory at a time; `visit` returns false to stop early.
    [[nodiscard]] Status scanRecords(const std::function<bool(const RecordView&)>& visit) const;
    [[nodiscard]] Result<QList<StoredCheckpoint>> checkpoints() const;
    [[nodiscard]] Result<std::optional<StoredCheckpoint>> latestCheckpoint() const;
    // The tree over the stored leaf hashes, as stored (nothing is checked).
    [[nodiscard]] Result<MerkleTree> storedTree() const;

    // The witnesses, kept in the ledger so that every writer of it submits to the same ones.
    [[nodiscard]] Status addWitness(const Witness& witness);
    [[nodiscard]] Result<QList<Witness>> witnesses() const;
    // Stores a witness's cosignature line (already verified) of checkpoint `checkpointId`. A second
    // cosignature by the same witness on the same checkpoint is not stored: nothing is duplicated.
    [[nodiscard]] Status addCosignature(qint64 checkpointId, const QString& witnessKey, const QByteArray& line,
                                        quint64 time);
    // The size of the largest checkpoint this witness cosigned, 0 if none: where its next proof starts.
    [[nodiscard]] Result<qint64> lastCosignedSize(const QString& witnessKey) const;
    [[nodiscard]] Result<bool> isCosigned(qint64 checkpointId, const QString& witnessKey) const;

    // Format 2: the openings of the records with from <= seq < to, in (seq, path) order. A commitment without an
    // opening was erased.
    [[nodiscard]] Result<QList<RecordOpening>> openings(qint64 from, qint64 to) const;
    // scanRecords() with each record's openings (empty for a format 1 ledger); the list is valid during the call.
    [[nodiscard]] Status
    scanOpenedRecords(const std::function<bool(const RecordView&, const QList<RecordOpening>&)>& visit) const;
    // Records from <= seq < to as a reader sees them: PersonalData::opened with their openings.
    [[nodiscard]] Result<QList<LedgerRecord>> openedRecords(qint64 from, qint64 to) const;

    // Format 2: deletes for good every opening of the person `subject` (a Keycloak id or a username) names: in the
    // records they acted in or were the target of, and any opening elsewhere that holds their id, username or
    // e-mail address. SQLite's secure_delete overwrites the deleted rows, the write-ahead log is emptied and the
    // file vacuumed, so the values are gone from the disk too. Then appends a PERSONAL_DATA_ERASED record (the
    // subject as a commitment whose opening is not kept, the number of fields erased, the reason) and a
    // checkpoint. The records and their hashes are untouched: the ledger verifies as before.
    // `action`: the window's intent this erasure answers (none from the command line).
    [[nodiscard]] Result<Erasure> erase(const QString& subject, const QString& reason, const QString& actorId,
                                        const QString& actorUsername, QByteArrayView hmacKey, const Ed25519Key& signer,
                                        const QDateTime& now, const ErasureAction& action = {});
    // What erase() would delete for `subject`, found the same way; nothing is changed.
    [[nodiscard]] Result<ErasurePreview> previewErasure(const QString& subject) const;

private:
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    LedgerStore(sqlite3* db, QString path);
    [[nodiscard]] static Result<std::unique_ptr<LedgerStore>> openWith(const QString& path, const QByteArray& name,
                                                                       int flags);
    [[nodiscard]] Status exec(const char* sql) const;
    [[nodiscard]] Result<sqlite3_stmt*> prepare(const char* sql) const;
    [[nodiscard]] Error sqlError(const QString& what) const;
    [[nodiscard]] Status loadMeta();
    [[nodiscard]] Status addWitnessTables();
    [[nodiscard]] Error refusal(qint64 seq, const QString& problem) const;
    // Entries checked and prepared for this ledger's format; fails on the first invalid one.
    [[nodiscard]] Result<std::vector<PreparedRecord>> prepareEntries(const QList<QJsonObject>& entries) const;
    // The openings erase() deletes for `subject`, as (seq, path), and their person's Keycloak id when known.
    struct ErasurePlan
    {
        QList<std::pair<qint64, QString>> doomed;
        QString keycloakId;
    };
    [[nodiscard]] Result<ErasurePlan> planErasure(const QString& subject) const;
    // append() that first runs `inTransaction` inside the transaction (erase() deletes openings there).
    [[nodiscard]] Result<AppendOutcome> appendWith(std::span<const PreparedRecord> records, QByteArrayView hmacKey,
                                                   const Ed25519Key* signer, const QDateTime& now,
                                                   const std::function<Status()>& inTransaction);

    sqlite3* m_db = nullptr;
    QString m_path;
    Meta m_meta;
    bool m_witnessTables = false; // a ledger made before witnesses has none until it is opened for writing
    bool m_tailLoaded = false;
    MerkleFrontier m_tree; // appending needs only the tree's size and root
    QByteArray m_lastRecordHash;
    // Prepared once per store: appends run them for every record.
    StatementPtr m_insertRecord;
    StatementPtr m_insertOpening;
};

} // namespace custos
