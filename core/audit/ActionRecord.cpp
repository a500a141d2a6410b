#include "core/audit/ActionRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace custos {

namespace {
const QString intentSuffix = QStringLiteral("_INTENT");
const QString intentSourceSuffix = QStringLiteral(":intent");
} // namespace

QJsonObject ActionRecord::toEntry() const
{
    QJsonObject recorded = details;
    if (intentSeq)
        recorded.insert(QStringLiteral("intent_seq"), *intentSeq);
    if (error && error->httpStatus != 0)
        recorded.insert(QStringLiteral("http_status"), error->httpStatus);
    QString errorText;
    if (error)
        errorText = Error::kindName(error->kind) + QStringLiteral(": ") + error->what +
                    (error->why.isEmpty() ? QString() : QStringLiteral(" — ") + error->why);
    return QJsonObject{
        {QStringLiteral("source"), QStringLiteral("local")},
        {QStringLiteral("source_id"), correlationId},
        {QStringLiteral("action"), action},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), actorId}, {QStringLiteral("username"), actorUsername}}},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType},
                                               {QStringLiteral("id"), targetId},
                                               {QStringLiteral("name"), targetName}}},
        {QStringLiteral("tenant"), tenant},
        {QStringLiteral("outcome"), error ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS")},
        {QStringLiteral("error"), errorText},
        {QStringLiteral("details"), recorded},
    };
}

QJsonObject ActionRecord::intentEntry(const QStringList& plannedSteps) const
{
    ActionRecord intent = *this;
    intent.action = action + intentSuffix;
    intent.correlationId = correlationId + intentSourceSuffix;
    intent.error.reset();
    intent.intentSeq.reset();
    intent.details = QJsonObject{{QStringLiteral("correlation_id"), correlationId},
                                 {QStringLiteral("planned_steps"), QJsonArray::fromStringList(plannedSteps)}};
    justification.addTo(intent.details);
    return intent.toEntry();
}

bool ActionRecord::isIntent(const QJsonObject& entry)
{
    return entry.value(QStringLiteral("source")).toString() == u"local" &&
           entry.value(QStringLiteral("action")).toString().endsWith(intentSuffix);
}

QString ActionRecord::correlationOfIntent(const QString& sourceId)
{
    return sourceId.endsWith(intentSourceSuffix) ? sourceId.chopped(intentSourceSuffix.size()) : sourceId;
}

QString ActionRecord::actionOfIntent(const QString& intentAction)
{
    return intentAction.endsWith(intentSuffix) ? intentAction.chopped(intentSuffix.size()) : intentAction;
}

Error unrecordedError(const Error& ledgerError, bool actionSucceeded, const QString& summary)
{
    Error error = ledgerError;
    error.what =
        actionSucceeded
            ? QCoreApplication::translate("custos::ActionRecord", "%1 — but the audit ledger could not record it")
                  .arg(summary)
            : QCoreApplication::translate("custos::ActionRecord",
                                          "The failure could not be recorded in the audit ledger either");
    return error;
}

Error unrecordedRefusal(const Error& refusal, const Error& ledgerError)
{
    Error error = refusal;
    error.why += QCoreApplication::translate("custos::ActionRecord",
                                             "; the refusal could not be recorded in the audit ledger either (%1)")
                     .arg(ledgerError.why.isEmpty() ? ledgerError.what : ledgerError.why);
    return error;
}

} // namespace custos
