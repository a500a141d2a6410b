#pragma once

#include "core/audit/AuditTrail.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/WitnessPolicy.h"
#include "core/ledger/WitnessSubmission.h"

#include <QThread>
#include <memory>

namespace custos {

class SecretStore;

// The audit trail in the local signed ledger. Appends run on a worker thread (each one a durable SQLite
// transaction with a fresh signed checkpoint), so the UI thread never waits for the disk.
class LedgerAuditTrail : public AuditTrail
{
    Q_OBJECT
public:
    LedgerAuditTrail(std::unique_ptr<LedgerStore> store, LedgerKeys keys, const QString& path,
                     QObject* parent = nullptr);
    ~LedgerAuditTrail() override;

    // Opens the ledger at `path` with its keys from the keychain, or creates it (origin `origin`, new keys saved
    // to the keychain first) when the file does not exist yet. An existing ledger that is not what Custos wrote
    // (see LedgerStore::checkBeforeAppend) is refused with Error::Kind::Integrity naming its first bad record.
    static void open(const QString& path, const QString& origin, SecretStore* secrets, QObject* context,
                     std::function<void(const Result<LedgerAuditTrail*>&)> done);
    // The same with the keys in the passphrase-protected `keyFile` (LedgerKeyFile), for machines without a
    // keychain: an existing key file is unlocked, a missing one created (mode 0600) before a new ledger is. The
    // key derivation runs on a thread of its own.
    static void openWithKeyFile(const QString& path, const QString& origin, const QString& keyFile,
                                QByteArray passphrase, QObject* context,
                                std::function<void(const Result<LedgerAuditTrail*>&)> done);

    [[nodiscard]] QString path() const { return m_path; }

    void recordWithSeq(const QJsonObject& entry, QObject* context,
                       std::function<void(const Result<qint64>&)> done) override;

    struct Appended
    {
        qint64 appended = 0;
        qint64 duplicates = 0; // already in the ledger (same source and source_id): ingestion resumes safely
        QList<qint64> seqs;    // per entry, the seq it got; -1 for a duplicate
    };
    enum class ExportFormat {
        Evidence,      // the verifiable JSON Lines export (records, proofs, checkpoint, key)
        JsonLinesHmac, // one JSON object per line with an HMAC "signature" (the Flask JML tool's format)
        Csv,           // for spreadsheets; not verifiable
    };
    // Writes an export on the ledger's thread, after every append queued before it: a consistent snapshot.
    // `progress` (records scanned of those covered) is called on `context`'s thread; setting `*cancelled` stops
    // the export at its next 10,000 records, and `done` then gets Error::Kind::Cancelled with nothing written.
    using ExportProgress = std::function<void(qint64 done, qint64 total)>;
    void exportTo(const QString& path, ExportFormat format, const QList<std::pair<QString, QString>>& filter,
                  QObject* context, std::function<void(const Status&)> done, ExportProgress progress = {},
                  std::shared_ptr<std::atomic<bool>> cancelled = {});
    // The records' HMAC key, for views that check each record's HMAC. It never leaves the process.
    [[nodiscard]] QByteArray hmacKey() const { return m_hmacKey; }

    // The intents of Custos's own actions that have no outcome (the process stopped between the two), oldest first,
    // each entry with its "seq"; read on the ledger's thread after the appends already queued.
    void unansweredIntents(QObject* context, std::function<void(const Result<QList<QJsonObject>>&)> done);

    // What erasing `subject` would delete (LedgerStore::previewErasure), read from a read-only connection on a pool
    // thread; `done` runs on `context`'s thread.
    void previewErasure(const QString& subject, QObject* context,
                        std::function<void(const Result<LedgerStore::ErasurePreview>&)> done);
    // Erases `subject`'s personal data on the ledger's thread, after the appends already queued (the action's
    // intent among them): LedgerStore::erase, whose PERSONAL_DATA_ERASED record is `action`'s outcome. That
    // record counts as an action's outcome (actionRecorded) and as an append; the views that showed the erased
    // values must read them again.
    struct Erased
    {
        LedgerStore::Erasure erasure;
        QJsonObject entry; // the PERSONAL_DATA_ERASED record, opened
    };
    void erase(const QString& subject, const QString& reason, const QString& actorId, const QString& actorUsername,
               const LedgerStore::ErasureAction& action, QObject* context,
               std::function<void(const Result<Erased>&)> done);

    // Appends many entries in one transaction (ingested Keycloak and platform events).
    void recordAll(const QList<QJsonObject>& entries, QObject* context,
                   std::function<void(const Result<Appended>&)> done);

    // The ledger's verifier key (name+hash+base64, as `custos-ledger pubkey` prints it): what a witness enrolls.
    [[nodiscard]] QString verifierKey() const { return m_verifierKey; }
    // Adds the policy's witnesses the ledger does not list yet (the list lives in the ledger, so every writer of it
    // submits to the same ones); `done` gets the ones added, on the ledger's thread after the appends queued.
    void addWitnesses(const WitnessPolicy& policy, QObject* context,
                      std::function<void(const Result<QList<WitnessPolicy::Witness>>&)> done);
    // Submits the latest checkpoint to every witness the ledger lists (WitnessSubmission, one try each) on the
    // ledger's thread, after the appends queued before; cosignatures are stored as they arrive.
    void submitToWitnesses(QObject* context,
                           std::function<void(const Result<QList<WitnessSubmission::Outcome>>&)> done);

signals:
    // A record was committed; the ledger now holds `size` records. Views refresh on it.
    void appended(qint64 size);
    // An action's entry given to record() is durable, or could not be written (`durable` says why): the outcomes of
    // this session's actions, whoever asked for the record and whether they still wait for it. Ingested events
    // (recordAll) are not actions of this session, and intents (ActionRecord::isIntent) are not outcomes.
    void actionRecorded(const QJsonObject& entry, const custos::Status& durable);

private:
    class Worker;
    // Checks the ledger on its thread before anything is appended (LedgerStore::checkBeforeAppend), then gives
    // `done` this trail, or the refusal (and deletes the trail).
    void checkThenHandOver(QObject* context, std::function<void(const Result<LedgerAuditTrail*>&)> done);
    void enqueue(const QList<QJsonObject>& entries, QObject* context,
                 std::function<void(const Result<Appended>&)> done);
    // Runs `job` on the ledger's thread after the appends already queued, and its result on this object's thread.
    template <typename T>
    void onWorker(std::function<Result<T>(Worker&)> job, QObject* context, std::function<void(const Result<T>&)> done);
    QString m_path;
    QString m_verifierKey;
    QByteArray m_hmacKey;
    QThread m_thread;
    Worker* m_worker;
};

} // namespace custos
