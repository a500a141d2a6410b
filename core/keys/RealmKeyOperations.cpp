#include "core/keys/RealmKeyOperations.h"

#include "core/common/Clock.h"

#include <QJsonArray>

namespace custos {
namespace {

const QString providerType = QStringLiteral("realm-key-provider");

// The keys of one provider as the ledger keeps them: kid, algorithm, status.
QJsonArray keysOf(const RealmKeys& keys, const QString& providerId)
{
    QJsonArray out;
    for (const RealmKey& key : keys.keys)
        if (key.providerId == providerId)
            out.append(QJsonObject{{QStringLiteral("kid"), key.kid},
                                   {QStringLiteral("algorithm"), key.algorithm},
                                   {QStringLiteral("status"), key.status}});
    return out;
}

Error refusal(const QString& what, const QString& why, const QString& action)
{
    return Error::invalid(what, why, action);
}

} // namespace

// --- RealmKeyAddition -------------------------------------------------------------------------------------------

RealmKeyAddition::RealmKeyAddition(RealmKeysApi* keys, AuditTrail* audit, const Operator& actor,
                                   const QString& algorithm, QObject* parent)
    : RealmKeyOperation(QStringLiteral("REALM_KEY_ADDED"), keys, audit, actor, parent)
    , m_algorithm(algorithm)
{
    setTarget(providerType, {}, {});
}

void RealmKeyAddition::run()
{
    emit progress(tr("Reading the realm's keys"));
    keysApi()->keys(this, [this](const Result<RealmKeys>& keys) {
        if (!keys.ok())
            return fail(keys.error());
        // Above every enabled key of the algorithm, so the new key is the one that signs.
        qint64 highest = 0;
        for (const RealmKey& key : keys->keys)
            if (key.algorithm == m_algorithm && key.status != u"DISABLED")
                highest = std::max(highest, key.providerPriority);
        const QString previousKid = keys->activeKids.value(m_algorithm);
        KeyProviderDraft draft;
        draft.algorithm = m_algorithm;
        draft.priority = highest + 100;
        draft.name = QStringLiteral("rsa-rotated-%1").arg(Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        setTarget(providerType, {}, draft.name);
        note(QStringLiteral("algorithm"), m_algorithm);
        note(QStringLiteral("priority"), draft.priority);
        note(QStringLiteral("previous_active_kid"), previousKid);
        const Step add{tr("add the %1 key provider %2 with priority %3, so that its new key signs")
                           .arg(m_algorithm, draft.name)
                           .arg(draft.priority),
                       [this, draft](const StepDone& done) {
                           keysApi()->createProvider(draft, this,
                                                     [this, done, name = draft.name](const Result<QString>& id) {
                                                         if (!id.ok())
                                                             return done(id.error());
                                                         m_providerId = id.value();
                                                         setTarget(providerType, m_providerId, name);
                                                         done(success());
                                                     });
                       },
                       {},
                       {}};
        runSteps({add}, [this, previousKid] { confirm(previousKid); });
    });
}

void RealmKeyAddition::confirm(const QString& previousKid)
{
    keysApi()->keys(this, [this, previousKid](const Result<RealmKeys>& keys) {
        if (!keys.ok())
            return fail(keys.error());
        note(QStringLiteral("keys"), keysOf(keys.value(), m_providerId));
        const QString activeKid = keys->activeKids.value(m_algorithm);
        note(QStringLiteral("active_kid"), activeKid);
        bool signsNow = false;
        for (const RealmKey& key : keys->keys)
            signsNow = signsNow || (key.providerId == m_providerId && key.kid == activeKid);
        if (!signsNow)
            return fail(Error::protocol(tr("The new key was added but does not sign"),
                                        tr("Keycloak still signs %1 with %2").arg(m_algorithm, activeKid),
                                        tr("Check the providers' priorities in the realm keys view")));
        succeed(tr("A new %1 key (kid %2) now signs new tokens; the previous key %3 still verifies. After the token "
                   "and session lifetimes, make the old provider passive")
                    .arg(m_algorithm, activeKid, previousKid));
    });
}

// --- RealmKeyPassivation ----------------------------------------------------------------------------------------

RealmKeyPassivation::RealmKeyPassivation(RealmKeysApi* keys, AuditTrail* audit, const Operator& actor,
                                         const QString& providerId, QObject* parent)
    : RealmKeyOperation(QStringLiteral("REALM_KEY_PASSIVATED"), keys, audit, actor, parent)
    , m_providerId(providerId)
{
    setTarget(providerType, providerId, {});
}

void RealmKeyPassivation::run()
{
    emit progress(tr("Reading the key provider"));
    keysApi()->provider(m_providerId, this, [this](const Result<KeyProvider>& provider) {
        if (!provider.ok())
            return fail(provider.error());
        setTarget(providerType, m_providerId, provider->name);
        keysApi()->keys(this, [this, provider = provider.value()](const Result<RealmKeys>& keys) {
            if (!keys.ok())
                return fail(keys.error());
            note(QStringLiteral("keys_before"), keysOf(keys.value(), m_providerId));
            // The realm must keep an active key for every algorithm this provider signs with; otherwise no token
            // could be issued any more.
            for (const RealmKey& key : keys->keys) {
                if (key.providerId != m_providerId || !key.isActive())
                    continue;
                const bool another = std::any_of(keys->keys.begin(), keys->keys.end(), [&key](const RealmKey& other) {
                    return other.providerId != key.providerId && other.algorithm == key.algorithm && other.isActive();
                });
                if (!another)
                    return refuse(refusal(tr("Refused to make the key provider %1 passive").arg(provider.name),
                                          tr("it holds the realm's only active %1 key").arg(key.algorithm),
                                          tr("Add a new key first (the first step of the rotation)")));
            }
            KeyProvider changed = provider;
            changed.setConfigValue(QStringLiteral("active"), QStringLiteral("false"));
            const Step passivate{
                tr("make the key provider %1 passive").arg(provider.name),
                [this, changed](const StepDone& done) { keysApi()->updateProvider(changed, this, done); },
                {},
                {}};
            runSteps({passivate}, [this, name = provider.name] { confirm(name); });
        });
    });
}

void RealmKeyPassivation::confirm(const QString& name)
{
    keysApi()->keys(this, [this, name](const Result<RealmKeys>& keys) {
        if (!keys.ok())
            return fail(keys.error());
        const QJsonArray state = keysOf(keys.value(), m_providerId);
        note(QStringLiteral("keys"), state);
        for (const QJsonValue& key : state)
            if (key.toObject().value(QLatin1String("status")).toString() == u"ACTIVE")
                return fail(Error::protocol(tr("The key provider %1 still signs").arg(name),
                                            tr("Keycloak reports its key as ACTIVE after the change"),
                                            tr("Refresh the realm keys view and try again")));
        succeed(tr("The key provider %1 is passive: its keys verify existing tokens but sign nothing new. "
                   "Delete it once those tokens have expired")
                    .arg(name));
    });
}

// --- RealmKeyDeletion -------------------------------------------------------------------------------------------

RealmKeyDeletion::RealmKeyDeletion(RealmKeysApi* keys, AuditTrail* audit, const Operator& actor,
                                   const QString& providerId, QObject* parent)
    : RealmKeyOperation(QStringLiteral("REALM_KEY_DELETED"), keys, audit, actor, parent)
    , m_providerId(providerId)
{
    setTarget(providerType, providerId, {});
}

void RealmKeyDeletion::run()
{
    emit progress(tr("Reading the realm's keys"));
    keysApi()->keys(this, [this](const Result<RealmKeys>& keys) {
        if (!keys.ok())
            return fail(keys.error());
        const QJsonArray before = keysOf(keys.value(), m_providerId);
        note(QStringLiteral("keys_before"), before);
        if (before.isEmpty())
            return refuse(refusal(tr("Refused to delete the key provider"),
                                  tr("the realm has no keys from provider %1").arg(m_providerId),
                                  tr("Refresh the realm keys view")));
        // Deleting the key that signs would break every sign-in at once: the rotation makes it passive first.
        for (const RealmKey& key : keys->keys)
            if (key.providerId == m_providerId && keys->activeKids.value(key.algorithm) == key.kid)
                return refuse(refusal(tr("Refused to delete the key provider"),
                                      tr("its key %1 still signs %2 tokens").arg(key.kid, key.algorithm),
                                      tr("Add a new key and make this one passive first")));
        const Step remove{tr("delete the key provider %1 and its keys").arg(m_providerId),
                          [this](const StepDone& done) { keysApi()->removeProvider(m_providerId, this, done); },
                          {},
                          {}};
        runSteps({remove}, [this] { confirm(); });
    });
}

void RealmKeyDeletion::confirm()
{
    keysApi()->keys(this, [this](const Result<RealmKeys>& after) {
        if (!after.ok())
            return fail(after.error());
        if (!keysOf(after.value(), m_providerId).isEmpty())
            return fail(Error::protocol(tr("The key provider was not deleted"), tr("Keycloak still lists its keys"),
                                        tr("Refresh and try again")));
        succeed(tr("The key provider and its keys are deleted"));
    });
}

} // namespace custos
