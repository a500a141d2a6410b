#include "core/ledger/AuditFilter.h"

#include "core/ledger/LedgerRecord.h"

#include <QJsonObject>

namespace custos {

bool AuditFilter::isEmpty() const
{
    return *this == AuditFilter();
}

QString AuditFilter::fromText() const
{
    return from.isValid() ? LedgerRecord::formatTime(from) : QString();
}

QString AuditFilter::toText() const
{
    return to.isValid() ? LedgerRecord::formatTime(to) : QString();
}

bool AuditFilter::contains(QStringView haystack, QStringView needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool AuditFilter::mayMatch(QStringView bytes) const
{
    // Canonical JSON escapes only '"', '\\' and control characters: any other needle appears in the bytes as is.
    const auto absent = [bytes](const QString& needle) {
        const bool escaped = std::any_of(needle.begin(), needle.end(),
                                         [](QChar c) { return c == u'"' || c == u'\\' || c.unicode() < 0x20; });
        return !needle.isEmpty() && !escaped && !contains(bytes, needle);
    };
    if (helpdeskVerifications && !contains(bytes, u"\"verification\""))
        return false;
    return !absent(actor) && !absent(action) && !absent(target) && !absent(tenant) && !absent(text) &&
           !absent(outcome) && !absent(source) && !absent(reason) && !absent(ticket);
}

bool AuditFilter::matches(const QJsonObject& record, QByteArrayView bytes) const
{
    const QString time = record.value(u"time").toString();
    if (from.isValid() && time < fromText())
        return false;
    if (to.isValid() && time >= toText())
        return false;
    const QJsonObject actorObject = record.value(u"actor").toObject();
    if (!actor.isEmpty() && !contains(actorObject.value(u"id").toString(), actor) &&
        !contains(actorObject.value(u"username").toString(), actor))
        return false;
    if (!action.isEmpty() && !contains(record.value(u"action").toString(), action))
        return false;
    const QJsonObject targetObject = record.value(u"target").toObject();
    if (!target.isEmpty() && !contains(targetObject.value(u"type").toString(), target) &&
        !contains(targetObject.value(u"id").toString(), target) &&
        !contains(targetObject.value(u"name").toString(), target))
        return false;
    if (!outcome.isEmpty() && record.value(u"outcome").toString() != outcome)
        return false;
    if (!source.isEmpty() && record.value(u"source").toString() != source)
        return false;
    if (!tenant.isEmpty() && !contains(record.value(u"tenant").toString(), tenant))
        return false;
    const QJsonObject details = record.value(u"details").toObject();
    if (!reason.isEmpty() && !contains(details.value(u"reason").toString(), reason))
        return false;
    if (!ticket.isEmpty() && !contains(details.value(u"ticket").toString(), ticket))
        return false;
    if (helpdeskVerifications && details.value(u"verification").toObject().value(u"method").toString().isEmpty())
        return false;
    return text.isEmpty() || contains(QString::fromUtf8(bytes), text);
}

} // namespace custos
