#pragma once

#include "core/actions/ActionGate.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace custos {

class PlatformApi;
class RealmKeysApi;

// One certificate or key and when it expires.
struct ExpiryRow
{
    QString kind;   // "platform certificate (active)", "tenant CA certificate (staged)", "realm key (ACTIVE)"
    QString name;   // subject, label or algorithm + kid
    QString tenant; // slug, for tenant CA certificates
    QDateTime notAfter;
    qint64 daysLeft = 0;        // negative when already expired
    QString source;             // "platform" or "keycloak"
    bool withinWarning = false; // expires within the warning window (and is in service or about to be)
};

// A source that was not asked because the operator may not read it.
struct ExpirySkipped
{
    QString what; // "Realm keys"
    QString why;  // the gate's sentence, naming the missing role or scope
};

struct ExpiryReport
{
    QList<ExpiryRow> rows;        // soonest expiry first
    QStringList checked;          // the sources actually read ("platform certificates"…)
    QList<ExpirySkipped> skipped; // sources not asked: the operator may not read them
    QList<Error> problems;        // sources asked that could not be read
};

// Gathers every certificate and key Custos can see — platform certificates, every tenant's CA certificates, the
// realm keys' certificates (or validTo) — into one list sorted by expiry, for the overview shown at sign-in. It
// says which sources it read, and which it did not and why, so that "nothing expires" is never said of nothing.
class ExpiryCollector : public QObject
{
    Q_OBJECT
public:
    // Either service may be null; a platform without a URL (the profile has none) is not asked either.
    ExpiryCollector(PlatformApi* platform, RealmKeysApi* realmKeys, QObject* parent = nullptr);

    void setWarningDays(int days) { m_warningDays = days; }
    // What the operator may read: a source they may not read is reported as skipped, never asked.
    void setGate(const ActionGate& gate) { m_gate = gate; }
    // The moment days are counted from; now when invalid.
    void setNow(const QDateTime& now) { m_now = now; }
    // Starts a collection unless one is running; finished() follows once.
    void collect();

signals:
    void finished(const custos::ExpiryReport& report);

private:
    void collectPlatformCertificates();
    void collectTenants(const QString& cursor);
    void collectTenantCa(const QString& tenantId, const QString& slug);
    void collectRealmKeys();
    void add(const QString& kind, const QString& name, const QString& tenant, const QDateTime& notAfter,
             const QString& source, bool inService);
    void begin() { ++m_pending; }
    void end();
    // False (and the source noted as skipped) when the gate refuses `read`.
    bool mayRead(ActionId read, const QString& what);

    PlatformApi* m_platform;
    RealmKeysApi* m_realmKeys;
    ActionGate m_gate;
    int m_warningDays = 30;
    QDateTime m_now;
    QDateTime m_started;
    int m_pending = 0;
    bool m_running = false;
    ExpiryReport m_report;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::ExpiryReport)
