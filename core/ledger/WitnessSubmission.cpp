#include "core/ledger/WitnessSubmission.h"

#include "core/common/Logging.h"
#include "core/http/HttpClient.h"
#include "core/http/TransportPolicy.h"
#include "core/ledger/SignedNote.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

namespace custos {
namespace {

struct WitnessSubmissionText
{
    Q_DECLARE_TR_FUNCTIONS(custos::WitnessSubmission)
};

QUrl addCheckpointUrl(const QString& base)
{
    return QUrl(base.endsWith(u'/') ? base + QStringLiteral("add-checkpoint")
                                    : base + QStringLiteral("/add-checkpoint"));
}

} // namespace

WitnessSubmission::WitnessSubmission(LedgerStore& store, HttpClient& http, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
    , m_options(options)
{
}

WitnessSubmission::Outcome WitnessSubmission::outcomeFor(const Target& target, Outcome::Kind kind,
                                                         const QString& detail) const
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.witness = target.witness;
    outcome.name = target.key.name().isEmpty() ? target.witness.key.section(u'+', 0, 0) : target.key.name();
    outcome.checkpointSize = m_checkpoint.size;
    outcome.detail = detail;
    return outcome;
}

Status WitnessSubmission::start()
{
    auto witnesses = m_store.witnesses();
    if (!witnesses)
        return witnesses.error();
    auto latest = m_store.latestCheckpoint();
    std::optional<SignedNote> note;
    QString problem;
    if (!latest)
        problem = latest.error().userMessage();
    else if (!latest.value())
        problem = WitnessSubmissionText::tr("the ledger has no checkpoint yet");
    else if (auto parsed = SignedNote::parse(latest.value()->note); !parsed)
        problem = parsed.error().userMessage();
    else {
        m_checkpoint = *latest.value();
        note = std::move(parsed).value();
        m_checkpointBody = note->text();
    }
    for (const LedgerStore::Witness& witness : std::as_const(witnesses.value()))
        m_targets.append(Target{witness, {}, 0, false, 0, std::nullopt});
    if (m_targets.isEmpty()) {
        emit finished({});
        return success();
    }
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        Target& target = m_targets[i];
        if (!problem.isEmpty()) {
            settle(i, Outcome::Kind::Failed, problem);
            continue;
        }
        auto key = WitnessKey::parse(target.witness.key);
        if (!key) {
            settle(i, Outcome::Kind::Failed, key.error().why);
            continue;
        }
        target.key = key.value();
        if (!TransportPolicy::allows(addCheckpointUrl(target.witness.url))) {
            settle(i, Outcome::Kind::Failed,
                   WitnessSubmissionText::tr("its URL %1 is neither https nor http on this computer")
                       .arg(target.witness.url));
            continue;
        }
        if (const auto time = target.key.cosignatureTime(*note)) {
            Outcome outcome = outcomeFor(target, Outcome::Kind::Cosigned, {});
            outcome.time = *time;
            target.outcome = outcome;
            continue;
        }
        auto old = m_store.lastCosignedSize(target.key.text());
        if (!old) {
            settle(i, Outcome::Kind::Failed, old.error().userMessage());
            continue;
        }
        target.oldSize = std::min(old.value(), m_checkpoint.size);
        send(i);
    }
    reportIfDone(); // every witness may already have its outcome
    return success();
}

void WitnessSubmission::send(qsizetype index)
{
    Target& target = m_targets[index];
    ++target.attempt;
    QList<QByteArray> proof;
    if (target.oldSize > 0 && target.oldSize < m_checkpoint.size) {
        if (!m_tree) {
            auto tree = m_store.storedTree();
            if (!tree) {
                settle(index, Outcome::Kind::Failed, tree.error().userMessage());
                return;
            }
            m_tree = std::move(tree).value();
        }
        auto consistency = m_tree->consistencyProof(target.oldSize, m_checkpoint.size);
        if (!consistency) {
            settle(index, Outcome::Kind::Failed, consistency.error().userMessage());
            return;
        }
        proof = consistency.value();
    }
    HttpRequest request;
    request.method = "POST";
    request.url = addCheckpointUrl(target.witness.url);
    request.body = WitnessProtocol::addCheckpointBody(target.oldSize, proof, m_checkpoint.ledgerNote);
    request.setHeader("Content-Type", "text/plain; charset=utf-8");
    request.timeout = m_options.timeout;
    request.maxResponseBytes = 64 * 1024;
    request.what =
        WitnessSubmissionText::tr("Could not submit the checkpoint to the witness %1").arg(target.key.name());
    qCDebug(lcLedger).noquote() << "submitting checkpoint" << m_checkpoint.size << "to witness" << target.key.name()
                                << "from size" << target.oldSize << "attempt" << target.attempt;
    m_http.send(request, this, [this, index](const Result<HttpResponse>& response) { answered(index, response); });
}

void WitnessSubmission::answered(qsizetype index, const Result<HttpResponse>& response)
{
    if (!response) {
        retryLater(index, response.error().why.isEmpty() ? response.error().what : response.error().why);
        return;
    }
    auto answer =
        WitnessProtocol::parseAnswer(response->status, response->body, m_targets.at(index).key, m_checkpointBody);
    if (!answer) {
        settle(index, Outcome::Kind::Failed, answer.error().why);
        return;
    }
    handle(index, answer.value());
}

void WitnessSubmission::handle(qsizetype index, const WitnessProtocol::Answer& answer)
{
    using Kind = WitnessProtocol::Answer::Kind;
    Target& target = m_targets[index];
    switch (answer.kind) {
    case Kind::Cosigned: {
        if (auto stored = m_store.addCosignature(m_checkpoint.id, target.key.text(), answer.line, answer.time);
            !stored) {
            settle(index, Outcome::Kind::Failed, stored.error().userMessage());
            return;
        }
        target.outcome = outcomeFor(target, Outcome::Kind::Cosigned, {});
        target.outcome->time = answer.time;
        reportIfDone();
        return;
    }
    case Kind::Conflict: {
        const qint64 witnessSize = answer.witnessSize;
        if (witnessSize > m_checkpoint.size) {
            settle(
                index, Outcome::Kind::Fork,
                WitnessSubmissionText::tr("the witness has cosigned %1 records of this ledger, the ledger holds only "
                                          "%2: it was rolled back or forked")
                    .arg(witnessSize)
                    .arg(m_checkpoint.size),
                witnessSize);
        } else if (!target.retriedFromWitnessSize) {
            // Once, from the size the witness has (a cosignature this ledger lost, or another copy's submission).
            target.oldSize = witnessSize;
            target.retriedFromWitnessSize = true;
            target.attempt = 0;
            send(index);
        } else if (witnessSize == target.oldSize) {
            settle(index, Outcome::Kind::Fork,
                   WitnessSubmissionText::tr("the witness refuses the checkpoint even from its own size %1")
                       .arg(witnessSize),
                   witnessSize);
        } else {
            settle(index, Outcome::Kind::Conflict, {}, witnessSize);
        }
        return;
    }
    case Kind::NotExtending: {
        const QString detail =
            target.oldSize == m_checkpoint.size
                ? WitnessSubmissionText::tr("the witness cosigned a different checkpoint of %1 records: this ledger "
                                            "was rolled back or forked")
                      .arg(m_checkpoint.size)
                : WitnessSubmissionText::tr("the checkpoint of %1 records does not extend the checkpoint of %2 "
                                            "records the witness cosigned: this ledger was rolled back or forked")
                      .arg(m_checkpoint.size)
                      .arg(target.oldSize);
        settle(index, Outcome::Kind::Fork, detail, target.oldSize);
        return;
    }
    case Kind::NotEnrolled:
        settle(
            index, Outcome::Kind::NotEnrolled,
            WitnessSubmissionText::tr("the witness does not know this ledger (HTTP %1): have its operator enroll the "
                                      "ledger's key (custos-ledger pubkey DB)")
                .arg(answer.status));
        return;
    case Kind::Rejected:
        settle(index, Outcome::Kind::Failed,
               WitnessSubmissionText::tr("the witness refused the request (HTTP %1)").arg(answer.status));
        return;
    case Kind::Unavailable:
        // omniwitness answers a log it does not know with 500 (its lookup finds no row), not the spec's 404: a
        // server error about a ledger this witness never cosigned is read as not enrolled, which fails closed.
        if (target.oldSize == 0 && !target.retriedFromWitnessSize) {
            settle(index, Outcome::Kind::NotEnrolled,
                   WitnessSubmissionText::tr("the witness failed on this ledger, which it never cosigned (HTTP %1): "
                                             "it most likely does not know it; have its operator enroll the "
                                             "ledger's key (custos-ledger pubkey DB)")
                       .arg(answer.status));
            return;
        }
        retryLater(index, WitnessSubmissionText::tr("the witness answered HTTP %1").arg(answer.status));
        return;
    }
}

void WitnessSubmission::retryLater(qsizetype index, const QString& problem)
{
    const Target& target = m_targets.at(index);
    if (target.attempt >= m_options.attempts) {
        settle(index, Outcome::Kind::Unreachable, problem);
        return;
    }
    const auto delay = m_options.firstRetryDelay * (qint64(1) << std::min(target.attempt - 1, 10));
    qCInfo(lcLedger).noquote() << "witness" << target.key.name() << "unreachable (" << problem << "), retrying in"
                               << delay.count() << "ms";
    QTimer::singleShot(delay, this, [this, index] { send(index); });
}

void WitnessSubmission::settle(qsizetype index, Outcome::Kind kind, const QString& detail, qint64 witnessSize)
{
    Target& target = m_targets[index];
    target.outcome = outcomeFor(target, kind, detail);
    target.outcome->witnessSize = witnessSize;
    if (kind == Outcome::Kind::Fork)
        qCWarning(lcLedger).noquote() << "witness" << target.outcome->name << "refused checkpoint" << m_checkpoint.size
                                      << ":" << detail;
    reportIfDone();
}

void WitnessSubmission::reportIfDone()
{
    QList<Outcome> outcomes;
    for (const Target& target : std::as_const(m_targets)) {
        if (!target.outcome)
            return;
        outcomes.append(*target.outcome);
    }
    if (m_reported)
        return;
    m_reported = true;
    emit finished(outcomes);
}

QJsonObject WitnessSubmission::forkEvent(const QString& origin, const Outcome& outcome)
{
    return QJsonObject{
        {QStringLiteral("action"), QStringLiteral("LEDGER_FORK_DETECTED")},
        {QStringLiteral("outcome"), QStringLiteral("FAILURE")},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ledger")},
                                               {QStringLiteral("id"), origin},
                                               {QStringLiteral("name"), origin}}},
        {QStringLiteral("error"), outcome.detail},
        {QStringLiteral("details"), QJsonObject{{QStringLiteral("witness"), outcome.name},
                                                {QStringLiteral("witness_key"), outcome.witness.key},
                                                {QStringLiteral("witness_url"), outcome.witness.url},
                                                {QStringLiteral("witness_size"), outcome.witnessSize},
                                                {QStringLiteral("checkpoint_size"), outcome.checkpointSize}}},
    };
}

} // namespace custos
