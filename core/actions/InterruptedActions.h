#pragma once

#include "core/common/Result.h"
#include "core/users/Operator.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <optional>

namespace custos {

class LedgerAuditTrail;
class PlatformApi;
class UsersApi;

// After the ledger is opened: finds the actions whose intent was recorded but whose outcome never was (the process
// was killed, crashed or lost power between the two), reads each target's current state on the server, and
// records that as the action's outcome: INTERRUPTED, linked to its intent (intent_seq), with the observed state.
// The outcome goes through record(), so the window shows it like any other outcome. Running it again finds
// nothing new: every intent then has its outcome.
class InterruptedActions : public QObject
{
    Q_OBJECT
public:
    // `platform` may be null (no platform configured): a tenant is then recorded as not checked.
    InterruptedActions(LedgerAuditTrail* ledger, UsersApi* users, PlatformApi* platform, const Operator& checkedBy,
                       QObject* parent = nullptr);

    // Starts once; finished() follows exactly once.
    void start();

    // After finished(): the outcome entries recorded, and why the check stopped early, if it did (the ledger could
    // not be read or written).
    [[nodiscard]] const QList<QJsonObject>& recorded() const { return m_recorded; }
    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }

signals:
    // The intents found without an outcome, before their targets are checked (each entry as in the ledger).
    void found(const QList<QJsonObject>& intents);
    // Every interrupted action's outcome is durable, or error() says why not.
    void finished();

private:
    void next();
    // Calls `done` with what the server shows of the intent's target now.
    void observe(const QJsonObject& intent, std::function<void(const QJsonObject& observed)> done);
    [[nodiscard]] QJsonObject outcomeEntry(const QJsonObject& intent, const QJsonObject& observed) const;

    LedgerAuditTrail* m_ledger;
    UsersApi* m_users;
    PlatformApi* m_platform;
    Operator m_checkedBy;
    QList<QJsonObject> m_pending;
    QList<QJsonObject> m_recorded;
    std::optional<Error> m_error;
    bool m_started = false;
};

} // namespace custos
