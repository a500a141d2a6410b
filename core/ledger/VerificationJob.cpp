#include "core/ledger/VerificationJob.h"

#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/LedgerFile.h"
#include "core/ledger/LedgerReader.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/NoteVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace custos {
namespace {

constexpr qint64 progressEvery = 20000;

} // namespace

VerificationJob::VerificationJob(std::shared_ptr<std::atomic<quint64>> current)
    : m_current(std::move(current))
{
}

void VerificationJob::run(quint64 job, const VerificationRequest& request)
{
    if (cancelled(job))
        return;
    // Streamed: a ledger of a million records is verified and counted one record at a time, never loaded whole.
    emit progress(job, tr("Reading the ledger…"), 0, 0);
    VerificationOutcome outcome;
    outcome.auditor = request.auditor;
    auto claims = LedgerFile::readClaims(request.path);
    if (cancelled(job))
        return;
    if (!claims && claims.error().kind == Error::Kind::Integrity) {
        // A damaged export is a finding, as `custos-ledger verify` reports it.
        outcome.report.kind = VerificationReport::Kind::Malformed;
        outcome.report.detail = claims.error().why;
        emit finished(job, outcome);
        return;
    }
    if (!claims) {
        outcome.error = claims.error().userMessage();
        emit finished(job, outcome);
        return;
    }
    LedgerVerifier::Options options;
    options.hmacKey = request.hmacKey;
    std::optional<TrustDecision> trust = describeClaims(request, claims->evidence, options, outcome);
    emit progress(job, tr("Verifying %n record(s)…", nullptr, static_cast<int>(claims->recordCount)), 0, 0);
    auto report = LedgerVerifier::isDatabase(request.path) ? LedgerVerifier::verifyDatabase(request.path, options)
                                                           : LedgerVerifier::verifyExport(request.path, options);
    if (!report) {
        outcome.error = report.error().userMessage();
        emit finished(job, outcome);
        return;
    }
    outcome.report = report.value();
    if (trust) {
        trust->judge(options, outcome.report);
        outcome.keyTrust = trust->keyTrust;
        outcome.history = trust->history;
        outcome.rememberedSize = trust->rememberedSize;
        outcome.lookAlikeOf = trust->lookAlikeOf;
        outcome.witnesses = trust->witnesses;
    }
    if (!countActivity(job, request.path, claims->recordCount, outcome))
        return;
    emit finished(job, outcome);
}

std::optional<TrustDecision> VerificationJob::describeClaims(const VerificationRequest& request,
                                                             const LedgerEvidence& claims,
                                                             LedgerVerifier::Options& options,
                                                             VerificationOutcome& outcome)
{
    outcome.checkpointNote = claims.latestNote;
    if (auto checkpoint = LedgerReader::checkpointIn(claims.latestNote)) {
        outcome.checkpointSize = checkpoint->size();
        outcome.checkpointRoot = checkpoint->rootHash();
    }
    auto key = NoteVerifier::parse(claims.verifierKey);
    if (!key)
        return std::nullopt;
    outcome.verifierKey = key->toString();
    outcome.origin = key->name();
    outcome.publicKey = key->publicKey();
    if (!request.auditor)
        return std::nullopt;
    return TrustDecision::prepare(AuditorTrustStore(request.trustSettingsPath), claims, key.value(), options);
}

bool VerificationJob::countActivity(quint64 job, const QString& path, qint64 total, VerificationOutcome& outcome)
{
    std::map<QDate, ActivityDay> days;
    qint64 i = 0;
    bool stopped = false;
    // A read error part-way (the file changed since it was verified) leaves the chart with what was read.
    static_cast<void>(LedgerFile::forEachRecord(path, [&](qint64, QByteArrayView bytes) {
        if (i++ % progressEvery == 0) {
            if (cancelled(job)) {
                stopped = true;
                return false;
            }
            emit progress(job, tr("Counting activity…"), i - 1, total);
        }
        const QJsonObject record = QJsonDocument::fromJson(bytes.toByteArray()).object();
        const QDate day = QDate::fromString(record.value(u"time").toString().left(10), Qt::ISODate);
        if (!day.isValid())
            return true;
        ActivityDay& counts = days[day];
        counts.day = day;
        if (record.value(u"outcome").toString() == u"FAILURE")
            ++counts.failure;
        else
            ++counts.success;
        if (record.value(u"action").toString() == u"LOGIN_ERROR")
            ++counts.failedLogins;
        return true;
    }));
    if (stopped)
        return false;
    for (const auto& [day, counts] : days)
        outcome.activity.append(counts);
    return true;
}

} // namespace custos
