#pragma once

#include "core/actions/AuditedOperation.h"
#include "core/keycloak/RealmKeysApi.h"

// The guided realm key rotation, one audited operation per step:
//   1. RealmKeyAddition: a new generated provider with a priority above the current active key of its algorithm;
//   2. RealmKeyPassivation: the old provider made passive (active=false: it verifies, it no longer signs);
//   3. RealmKeyDeletion: the old provider deleted.
// Each step reads the realm's keys afterwards and reports the state Keycloak shows.
namespace custos {

// An audited change to the realm's key providers, through Keycloak's Admin API.
class RealmKeyOperation : public AuditedOperation
{
    Q_OBJECT
public:
    RealmKeyOperation(const QString& action, RealmKeysApi* keys, AuditTrail* audit, const Operator& actor,
                      QObject* parent = nullptr)
        : AuditedOperation(action, audit, actor, parent)
        , m_keys(keys)
    {
    }

protected:
    [[nodiscard]] RealmKeysApi* keysApi() const { return m_keys; }

private:
    RealmKeysApi* m_keys;
};

class RealmKeyAddition : public RealmKeyOperation
{
    Q_OBJECT
public:
    // `algorithm`: the signing algorithm whose active key is replaced (RS256 by default).
    RealmKeyAddition(RealmKeysApi* keys, AuditTrail* audit, const Operator& actor,
                     const QString& algorithm = QStringLiteral("RS256"), QObject* parent = nullptr);
    [[nodiscard]] QString providerId() const { return m_providerId; }

protected:
    void run() override;

private:
    // After the step: checks that the new key is the one that signs.
    void confirm(const QString& previousKid);

    QString m_algorithm;
    QString m_providerId;
};

class RealmKeyPassivation : public RealmKeyOperation
{
    Q_OBJECT
public:
    RealmKeyPassivation(RealmKeysApi* keys, AuditTrail* audit, const Operator& actor, const QString& providerId,
                        QObject* parent = nullptr);

protected:
    void run() override;

private:
    // After the step: checks that the provider's keys no longer sign.
    void confirm(const QString& name);

    QString m_providerId;
};

class RealmKeyDeletion : public RealmKeyOperation
{
    Q_OBJECT
public:
    RealmKeyDeletion(RealmKeysApi* keys, AuditTrail* audit, const Operator& actor, const QString& providerId,
                     QObject* parent = nullptr);

protected:
    void run() override;

private:
    // After the step: checks that Keycloak no longer lists the provider's keys.
    void confirm();

    QString m_providerId;
};

} // namespace custos
