#include "core/audit/LedgerWitnessing.h"

#include "core/audit/LedgerAuditTrail.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace custos {
namespace {

using Outcome = WitnessSubmission::Outcome;

// Who added which witnesses to the ledger, and how many must cosign: part of the record like any change.
QJsonObject configuredEvent(const QString& origin, const QList<WitnessPolicy::Witness>& added, int quorum)
{
    QJsonArray witnesses;
    for (const WitnessPolicy::Witness& witness : added)
        witnesses.append(QJsonObject{{QStringLiteral("url"), witness.url}, {QStringLiteral("key"), witness.key}});
    return QJsonObject{
        {QStringLiteral("action"), QStringLiteral("LEDGER_WITNESSES_CONFIGURED")},
        {QStringLiteral("outcome"), QStringLiteral("SUCCESS")},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ledger")},
                                               {QStringLiteral("id"), origin},
                                               {QStringLiteral("name"), origin}}},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("witnesses"), witnesses}, {QStringLiteral("quorum"), quorum}}},
    };
}

} // namespace

LedgerWitnessing::LedgerWitnessing(LedgerAuditTrail* trail, WitnessPolicy policy, QObject* parent)
    : QObject(parent)
    , m_trail(trail)
    , m_policy(std::move(policy))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LedgerWitnessing::submit);
    // Every new checkpoint goes out at once; one that is still being submitted is followed by the next.
    connect(trail, &LedgerAuditTrail::appended, this, &LedgerWitnessing::submit);
}

void LedgerWitnessing::start(QObject* context, std::function<void(const Status&)> ready)
{
    m_readyContext = context;
    m_ready = std::move(ready);
    m_submitting = true; // appends before the first submission wait for it
    m_trail->addWitnesses(m_policy, this, [this](const Result<QList<WitnessPolicy::Witness>>& added) {
        if (!added)
            return finishStart(added.error());
        if (added->isEmpty()) {
            m_submitting = false;
            return submit();
        }
        const QString origin = m_trail->verifierKey().section(u'+', 0, 0);
        m_trail->recordAll({configuredEvent(origin, added.value(), m_policy.quorum)}, this,
                           [this](const Result<LedgerAuditTrail::Appended>& recorded) {
                               if (!recorded)
                                   return finishStart(recorded.error());
                               m_submitting = false;
                               submit();
                           });
    });
}

void LedgerWitnessing::finishStart(const Status& verdict)
{
    if (!m_ready)
        return;
    auto ready = std::move(m_ready);
    m_ready = nullptr;
    if (m_readyContext)
        ready(verdict);
}

void LedgerWitnessing::submit()
{
    if (!m_trail || m_state == State::Forked || m_state == State::NotEnrolled)
        return;
    if (m_submitting) {
        m_again = true;
        return;
    }
    m_submitting = true;
    m_again = false;
    m_retry.stop();
    m_trail->submitToWitnesses(this, [this](const Result<QList<Outcome>>& outcomes) { submitted(outcomes); });
}

void LedgerWitnessing::submitted(const Result<QList<Outcome>>& outcomes)
{
    m_submitting = false;
    if (!outcomes) {
        // The ledger's own witness list could not be read: nothing can be witnessed, so nothing is written.
        m_detail = outcomes.error().why;
        if (m_ready)
            return finishStart(outcomes.error());
        m_state = State::Unreachable;
        emit changed();
        return retryLater();
    }
    QList<Outcome> forks;
    std::copy_if(outcomes->cbegin(), outcomes->cend(), std::back_inserter(forks),
                 [](const Outcome& outcome) { return outcome.kind == Outcome::Kind::Fork; });
    if (!forks.isEmpty()) {
        m_state = State::Forked;
        m_retry.stop();
        m_detail = forkError(forks.constFirst()).why;
        return recordForks(forks);
    }
    const auto notEnrolled = std::find_if(outcomes->cbegin(), outcomes->cend(), [](const Outcome& outcome) {
        return outcome.kind == Outcome::Kind::NotEnrolled;
    });
    if (notEnrolled != outcomes->cend()) {
        m_state = State::NotEnrolled;
        m_retry.stop();
        const Error error = notEnrolledError(*notEnrolled);
        m_detail = error.why;
        emit changed();
        if (m_ready)
            return finishStart(error);
        emit stopped(error);
        return;
    }
    qsizetype cosigned = 0;
    quint64 latest = 0;
    QString problem;
    for (const Outcome& outcome : *outcomes) {
        if (outcome.kind == Outcome::Kind::Cosigned) {
            ++cosigned;
            latest = std::max(latest, outcome.time);
        } else if (problem.isEmpty()) {
            problem = tr("%1: %2").arg(outcome.name, outcome.detail);
        }
    }
    if (cosigned >= m_policy.quorum) {
        m_state = State::Witnessed;
        m_lastWitnessed = QDateTime::fromSecsSinceEpoch(qint64(latest), Qt::UTC);
        m_unreachableSince = {};
        m_detail.clear();
    } else {
        m_state = State::Unreachable;
        if (!m_unreachableSince.isValid())
            m_unreachableSince = Clock::now();
        m_detail = problem;
    }
    if (cosigned < outcomes->size()) {
        retryLater();
    } else {
        m_retryDelay = firstRetryDelay;
    }
    emit changed();
    finishStart(success());
    if (m_again)
        submit();
}

void LedgerWitnessing::retryLater()
{
    qCInfo(lcLedger).noquote() << "witnesses: checkpoint queued, next try in" << m_retryDelay.count()
                               << "ms:" << m_detail;
    m_retry.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, longestRetryDelay);
}

void LedgerWitnessing::recordForks(const QList<Outcome>& forks)
{
    const QString origin = m_trail->verifierKey().section(u'+', 0, 0);
    QList<QJsonObject> events;
    for (const Outcome& fork : forks)
        events.append(WitnessSubmission::forkEvent(origin, fork));
    const Error error = forkError(forks.constFirst());
    m_trail->recordAll(events, this, [this, error](const Result<LedgerAuditTrail::Appended>& recorded) {
        if (!recorded)
            qCWarning(lcLedger).noquote() << "could not record LEDGER_FORK_DETECTED:" << recorded.error().why;
        emit changed();
        if (m_ready)
            return finishStart(error);
        emit stopped(error);
    });
}

Error LedgerWitnessing::notEnrolledError(const Outcome& outcome) const
{
    const QString key = m_trail ? m_trail->verifierKey() : QString();
    return Error::forbidden(
        tr("The audit ledger is not enrolled with its witnesses"),
        tr("the witness %1 (%2) does not know this ledger: %3").arg(outcome.name, outcome.witness.url, outcome.detail),
        tr("Have the ledger's key enrolled, then sign in again. In production, send it to your "
           "organisation's witness operator; on the devstack, run: devstack/devstack enroll-ledger '%1'. "
           "The ledger's key: %1")
            .arg(key));
}

Error LedgerWitnessing::forkError(const Outcome& outcome) const
{
    return Error::integrity(
        tr("The audit ledger was rolled back or forked"),
        tr("the witness %1 refused its checkpoint: %2").arg(outcome.name, outcome.detail),
        tr("Stop using this ledger and tell your security team: a restored or altered copy of it is being "
           "written. LEDGER_FORK_DETECTED is recorded, and nothing is submitted again"));
}

} // namespace custos
