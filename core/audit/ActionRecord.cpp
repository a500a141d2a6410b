#include "core/audit/ActionRecord.h"

#include <QCoreApplication>

namespace custos {

QJsonObject ActionRecord::toEntry() const
{
    QString errorText;
    if (error)
        errorText = Error::kindName(error->kind) + QStringLiteral(": ") + error->what
                    + (error->why.isEmpty() ? QString() : QStringLiteral(" — ") + error->why);
    return QJsonObject{
        {QStringLiteral("source"), QStringLiteral("local")},
        {QStringLiteral("source_id"), correlationId},
        {QStringLiteral("action"), action},
        {QStringLiteral("actor"), QJsonObject{{QStringLiteral("id"), actorId}, {QStringLiteral("username"), actorUsername}}},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType},
                                               {QStringLiteral("id"), targetId},
                                               {QStringLiteral("name"), targetName}}},
        {QStringLiteral("tenant"), tenant},
        {QStringLiteral("outcome"), error ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS")},
        {QStringLiteral("error"), errorText},
        {QStringLiteral("details"), details},
    };
}

Error unrecordedError(const Error& ledgerError, bool actionSucceeded, const QString& summary)
{
    Error error = ledgerError;
    error.what = actionSucceeded
                     ? QCoreApplication::translate("custos::ActionRecord",
                                                   "%1 — but the audit ledger could not record it").arg(summary)
                     : QCoreApplication::translate("custos::ActionRecord",
                                                   "The failure could not be recorded in the audit ledger either");
    return error;
}

} // namespace custos
