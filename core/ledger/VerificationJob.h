#pragma once

#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/TrustDecision.h"
#include "core/ledger/VerificationReport.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

namespace custos {

// Events on one day, for the activity chart.
struct ActivityDay
{
    QDate day;
    qint64 success = 0;
    qint64 failure = 0;
    qint64 failedLogins = 0; // action LOGIN_ERROR: Keycloak's failed sign-ins
};

struct VerificationRequest
{
    QString path;
    QByteArray hmacKey;        // checks a database's record HMACs when given
    bool auditor = false;      // check the key and history against what this computer remembers (AuditorTrustStore)
    QString trustSettingsPath; // the AuditorTrustStore's file; empty: its default
};

struct VerificationOutcome
{
    using KeyTrust = TrustDecision::KeyTrust;
    using History = TrustDecision::History;

    QString error; // the ledger could not be read at all; nothing else is set
    VerificationReport report;
    QString verifierKey;
    QString origin;
    QByteArray publicKey;
    QByteArray checkpointNote;
    qint64 checkpointSize = -1;
    QByteArray checkpointRoot;
    bool auditor = false;
    KeyTrust keyTrust = KeyTrust::NotPinned;
    History history = History::FirstSeen;
    qint64 rememberedSize = -1;
    QString lookAlikeOf; // a pinned origin this one only resembles (TrustDecision)
    // Auditor mode: the checkpoint's cosignatures against the pinned witnesses and their quorum (TrustDecision).
    std::optional<WitnessQuorum::Report> witnesses;
    QList<ActivityDay> activity;

    // False when a quorum of pinned witnesses is required and did not cosign: never shown as verified.
    [[nodiscard]] bool witnessed() const { return !witnesses || witnesses->met(); }
};

// Verifies one ledger on a worker thread: reads it, runs LedgerVerifier (the same checks as `custos-ledger
// verify`), in auditor mode against the pinned key and the remembered checkpoint, and counts the activity per
// day. A newer job number cancels the running job at its next step.
class VerificationJob : public QObject
{
    Q_OBJECT
public:
    explicit VerificationJob(std::shared_ptr<std::atomic<quint64>> current);

    void run(quint64 job, const custos::VerificationRequest& request);

signals:
    // `total` 0: a step of unknown length.
    void progress(quint64 job, const QString& step, qint64 done, qint64 total);
    void finished(quint64 job, const custos::VerificationOutcome& outcome);

private:
    [[nodiscard]] bool cancelled(quint64 job) const { return *m_current != job; }
    // The checkpoint and key the ledger names, and in auditor mode what to check them against (TrustDecision).
    static std::optional<TrustDecision> describeClaims(const VerificationRequest& request, const LedgerEvidence& claims,
                                                       LedgerVerifier::Options& options, VerificationOutcome& outcome);
    // Reads the ledger once more, a record at a time; false when a newer job cancelled this one.
    [[nodiscard]] bool countActivity(quint64 job, const QString& path, qint64 total, VerificationOutcome& outcome);

    std::shared_ptr<std::atomic<quint64>> m_current;
};

} // namespace custos
