#include "core/ledger/AuditEntry.h"

#include "core/ledger/LedgerRecord.h"

#include <QJsonDocument>

namespace custos {

AuditEntry AuditEntry::decode(qint64 position, QByteArray bytes, QByteArray hmac)
{
    AuditEntry entry;
    entry.position = position;
    entry.object = QJsonDocument::fromJson(bytes).object();
    if (auto record = LedgerRecord::fromBytes(bytes); !record)
        entry.problem = record.error().why;
    entry.bytes = std::move(bytes);
    entry.hmac = std::move(hmac);
    return entry;
}

} // namespace custos
