#pragma once

#include "core/audit/Justification.h"
#include "core/common/Result.h"
#include "core/users/Operator.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace custos {

struct ActionRecord;
class AuditTrail;
class OrganizationsApi;
class PlatformApi;
class RealmKeysApi;
class UsersApi;

// The services tenant, certificate and realm-key operations work with. An operation uses only what it needs.
struct PlatformServices
{
    PlatformApi* platform = nullptr;
    OrganizationsApi* organizations = nullptr;
    RealmKeysApi* realmKeys = nullptr;
    UsersApi* users = nullptr;
    AuditTrail* audit = nullptr;
};

// What a PlatformOperation reports, after its ledger record is durable.
struct PlatformOutcome
{
    QString action; // the ledger's action name: TENANT_CREATE, CERTIFICATE_STAGED, REALM_KEY_ADDED…
    QString targetType;
    QString targetId;
    QString targetName;
    QString tenant; // the tenant's slug, empty for platform-wide or realm-wide objects
    bool succeeded = false;
    bool refused = false; // stopped by a local check before anything was sent
    Error error;
    QString summary; // plain words, including the state each system was left in
    QJsonObject details;
    QString correlationId;
};

// One audited administrative operation on the platform or the realm's keys, run asynchronously: reads and local
// checks, the intent record (recordIntent) before the first change, the steps, then the outcome record (success,
// failure or refusal alike; never a secret), then finished(). The outcome is never
// reported before its record is durable; if the ledger cannot write it, the outcome says so. (UserOperation's
// shape is about one Keycloak user; these target tenants, certificates and key providers.)
class PlatformOperation : public QObject
{
    Q_OBJECT
public:
    PlatformOperation(const QString& action, const PlatformServices& services, const Operator& actor,
                      QObject* parent = nullptr);

    [[nodiscard]] QString action() const { return m_action; }
    [[nodiscard]] QString correlationId() const { return m_correlationId; }
    [[nodiscard]] bool isRunning() const { return m_started && !m_finished; }

    // Why the operator is doing this; the intent record keeps it. Set before start().
    void setJustification(const Justification& justification) { m_justification = justification; }

    // Starts once; finished() follows exactly once.
    void start();
    // Stops before the next step; a call already sent completes and is recorded.
    void cancel() { m_cancelled = true; }

signals:
    void progress(const QString& step);
    void finished(const custos::PlatformOutcome& outcome);

protected:
    virtual void run() = 0;

    void setTarget(const QString& type, const QString& id, const QString& name);
    void setTenant(const QString& slug) { m_tenant = slug; }
    void note(const QString& key, const QJsonValue& value) { m_details.insert(key, value); }
    [[nodiscard]] bool stopRequested() const { return m_cancelled; }
    [[nodiscard]] Error cancelledError() const;

    void succeed(const QString& summary);
    void fail(const Error& error);
    void refuse(const Error& error);
    // Write-ahead: calls `next` once the ledger holds the intent to run `plannedSteps` (plain words). Call it
    // after the local checks, before the first call that changes anything. When the ledger cannot take it,
    // refuses: no server is touched.
    void recordIntent(const QStringList& plannedSteps, std::function<void()> next);

    const PlatformServices& services() const { return m_services; }
    const Operator& actor() const { return m_actor; }

private:
    // The record of this operation as it stands, without the outcome's error.
    [[nodiscard]] ActionRecord actionRecord() const;
    void complete(PlatformOutcome outcome);

    QString m_action;
    PlatformServices m_services;
    Operator m_actor;
    QString m_correlationId;
    QString m_targetType;
    QString m_targetId;
    QString m_targetName;
    QString m_tenant;
    QJsonObject m_details;
    std::optional<qint64> m_intentSeq;
    Justification m_justification;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::PlatformOutcome)
