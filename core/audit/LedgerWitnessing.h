#pragma once

#include "core/common/Result.h"
#include "core/ledger/WitnessPolicy.h"
#include "core/ledger/WitnessSubmission.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>

namespace custos {

class LedgerAuditTrail;

// Keeps the window's ledger witnessed: gives it the profile's witnesses, then submits every new checkpoint in the
// background (one submission at a time; appends made meanwhile go with the next). A checkpoint no witness could
// take stays queued and is tried again with back-off, and at once after the next append.
//   - A witness refusing a checkpoint that does not extend what it cosigned is a fork or a rollback: each such
//     refusal is recorded as LEDGER_FORK_DETECTED and nothing is submitted again in this session.
//   - A witness that does not know the ledger (403/404 on the first submission) means it was never enrolled.
// Both stop writing: ready() or stopped() say why in plain words.
class LedgerWitnessing : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotWitnessed, // no checkpoint cosigned by the quorum yet
        Witnessed,    // the latest submitted checkpoint has the quorum's cosignatures
        Unreachable,  // the quorum could not be reached; the checkpoint is queued
        NotEnrolled,  // a witness does not know this ledger
        Forked,       // a witness saw a checkpoint this ledger does not extend
    };
    static constexpr std::chrono::milliseconds firstRetryDelay{5000};
    static constexpr std::chrono::milliseconds longestRetryDelay{5 * 60 * 1000};

    LedgerWitnessing(LedgerAuditTrail* trail, WitnessPolicy policy, QObject* parent = nullptr);

    // Adds the witnesses to the ledger (recording LEDGER_WITNESSES_CONFIGURED when it did), submits the latest
    // checkpoint and gives `ready` the verdict: success unless the ledger is not enrolled or forked. Unreachable
    // witnesses do not stop writing; their checkpoint is queued.
    void start(QObject* context, std::function<void(const Status&)> ready);

    [[nodiscard]] State state() const { return m_state; }
    // When the quorum last cosigned (the witnesses' own timestamps); invalid before.
    [[nodiscard]] QDateTime lastWitnessed() const { return m_lastWitnessed; }
    // Since when the queued checkpoint could not reach the quorum; invalid while it could.
    [[nodiscard]] QDateTime unreachableSince() const { return m_unreachableSince; }
    // The last refusal or network problem, in plain words.
    [[nodiscard]] QString detail() const { return m_detail; }

signals:
    void changed();
    // A fork was detected after start(): the ledger must not be written any more. `error` says what to do.
    void stopped(const custos::Error& error);

private:
    void submit();
    void submitted(const Result<QList<WitnessSubmission::Outcome>>& outcomes);
    void recordForks(const QList<WitnessSubmission::Outcome>& forks);
    void retryLater();
    [[nodiscard]] Error notEnrolledError(const WitnessSubmission::Outcome& outcome) const;
    [[nodiscard]] Error forkError(const WitnessSubmission::Outcome& outcome) const;
    void finishStart(const Status& verdict);

    QPointer<LedgerAuditTrail> m_trail;
    WitnessPolicy m_policy;
    State m_state = State::NotWitnessed;
    QDateTime m_lastWitnessed;
    QDateTime m_unreachableSince;
    QString m_detail;
    bool m_submitting = false;
    bool m_again = false; // appended while a submission ran: submit again once it answers
    std::chrono::milliseconds m_retryDelay = firstRetryDelay;
    QTimer m_retry;
    QPointer<QObject> m_readyContext;
    std::function<void(const Status&)> m_ready; // until the first submission answers
};

} // namespace custos
