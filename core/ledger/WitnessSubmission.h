#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/WitnessKey.h"
#include "core/ledger/WitnessProtocol.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <optional>

namespace custos {

class HttpClient;
struct HttpResponse;

// Submits a ledger's latest checkpoint to each witness the ledger lists (C2SP tlog-witness add-checkpoint), and
// stores each cosignature with its checkpoint as it arrives. What is pending is what the database says: a
// checkpoint without a witness's cosignature. So a submission cut short (crash, kill) loses nothing, and running
// it again sends the same checkpoint; a witness answers that with the same cosignature, stored once.
//   - The proof starts from the size that witness last cosigned. A 409 gives the witness's size: one retry from
//     there with the proof from there.
//   - A witness whose size our tree cannot extend (it is larger, or the proof from it is refused) is a fork or a
//     rollback: Outcome::Kind::Fork, never retried.
//   - Unreachable witnesses are retried with back-off (Options), then reported; the checkpoint stays pending.
//   - A witness answering 403/404 does not know the ledger: NotEnrolled. So is a 5xx from a witness that never
//     cosigned this ledger (omniwitness answers an unknown log with 500).
class WitnessSubmission : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Kind { Cosigned, Conflict, Fork, NotEnrolled, Unreachable, Failed };
        Kind kind = Kind::Failed;
        LedgerStore::Witness witness;
        QString name;              // the witness's key name
        qint64 checkpointSize = 0; // the checkpoint submitted
        qint64 witnessSize = -1;   // Conflict, Fork: the size the witness has
        quint64 time = 0;          // Cosigned: the cosignature's timestamp
        QString detail;            // plain words for everything but Cosigned
    };
    struct Options
    {
        int attempts = 1;                                // per witness, for network errors and 5xx
        std::chrono::milliseconds firstRetryDelay{2000}; // doubles after every further attempt
        std::chrono::milliseconds timeout{10000};        // per request
    };

    WitnessSubmission(LedgerStore& store, HttpClient& http, Options options, QObject* parent = nullptr);

    // Submits to every witness at once; finished() follows once each has an outcome (at once when there are none).
    // Fails, without finished(), only if the ledger's witness list cannot be read.
    [[nodiscard]] Status start();

    // The LEDGER_FORK_DETECTED event a Fork outcome is recorded as.
    [[nodiscard]] static QJsonObject forkEvent(const QString& origin, const Outcome& outcome);

signals:
    void finished(const QList<custos::WitnessSubmission::Outcome>& outcomes);

private:
    struct Target
    {
        LedgerStore::Witness witness;
        WitnessKey key;
        qint64 oldSize = 0;
        bool retriedFromWitnessSize = false;
        int attempt = 0;
        std::optional<Outcome> outcome;
    };

    void send(qsizetype index);
    void answered(qsizetype index, const Result<HttpResponse>& response);
    void handle(qsizetype index, const WitnessProtocol::Answer& answer);
    void retryLater(qsizetype index, const QString& problem);
    void settle(qsizetype index, Outcome::Kind kind, const QString& detail, qint64 witnessSize = -1);
    void reportIfDone();
    [[nodiscard]] Outcome outcomeFor(const Target& target, Outcome::Kind kind, const QString& detail) const;

    LedgerStore& m_store;
    HttpClient& m_http;
    Options m_options;
    LedgerStore::StoredCheckpoint m_checkpoint;
    QByteArray m_checkpointBody;
    std::optional<MerkleTree> m_tree;
    QList<Target> m_targets;
    bool m_reported = false;
};

} // namespace custos
