#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace custos {

// Where Custos writes what it did: one record per action, durable before the action is reported done.
// An entry is a ledger entry (see LedgerRecord::fromEntry): action, actor, target, outcome, error, details…
class AuditTrail : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `done` runs once the record is durable (committed with synchronous=FULL), or with the reason it is not.
    virtual void record(const QJsonObject& entry, QObject* context, std::function<void(const Status&)> done) = 0;
};

} // namespace custos
