#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <functional>

namespace custos {

// The failed sign-ins (LOGIN_ERROR events ingested from Keycloak) of one user in the local ledger, for the
// helpdesk's caller verification. Reads the ledger database read-only on a pool thread; `done` runs on `context`'s
// thread, not at all when `context` is gone.
class LedgerFailedLogins
{
public:
    static void read(const QString& ledgerPath, const QString& userId, const QDateTime& since, QObject* context,
                     std::function<void(const Result<QList<QDateTime>>&)> done);
};

} // namespace custos
