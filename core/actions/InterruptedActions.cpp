#include "core/actions/InterruptedActions.h"

#include "core/audit/ActionRecord.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/common/Logging.h"
#include "core/keycloak/UsersApi.h"
#include "core/platform/PlatformApi.h"

#include <QJsonArray>

namespace custos {

namespace {

QJsonObject notChecked(const QString& why)
{
    return QJsonObject{{QStringLiteral("checked"), false}, {QStringLiteral("why"), why}};
}

QJsonObject userState(const KeycloakUser& user)
{
    return QJsonObject{{QStringLiteral("checked"), true},
                       {QStringLiteral("exists"), true},
                       {QStringLiteral("id"), user.id},
                       {QStringLiteral("username"), user.username},
                       {QStringLiteral("enabled"), user.enabled},
                       {QStringLiteral("required_actions"), QJsonArray::fromStringList(user.requiredActions)}};
}

QJsonObject absent()
{
    return QJsonObject{{QStringLiteral("checked"), true}, {QStringLiteral("exists"), false}};
}

} // namespace

InterruptedActions::InterruptedActions(LedgerAuditTrail* ledger, UsersApi* users, PlatformApi* platform,
                                       const Operator& checkedBy, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_users(users)
    , m_platform(platform)
    , m_checkedBy(checkedBy)
{
}

void InterruptedActions::start()
{
    if (m_started)
        return;
    m_started = true;
    m_ledger->unansweredIntents(this, [this](const Result<QList<QJsonObject>>& intents) {
        if (!intents.ok()) {
            m_error = intents.error();
            return emit finished();
        }
        m_pending = intents.value();
        if (!m_pending.isEmpty()) {
            qCWarning(lcLedger) << m_pending.size() << "action(s) were interrupted between intent and outcome";
            emit found(m_pending);
        }
        next();
    });
}

void InterruptedActions::next()
{
    if (m_pending.isEmpty())
        return emit finished();
    const QJsonObject intent = m_pending.takeFirst();
    observe(intent, [this, intent](const QJsonObject& observed) {
        const QJsonObject entry = outcomeEntry(intent, observed);
        m_ledger->record(entry, this, [this, entry](const Status& recorded) {
            if (!recorded.ok()) {
                m_error = recorded.error();
                return emit finished();
            }
            m_recorded.append(entry);
            next();
        });
    });
}

void InterruptedActions::observe(const QJsonObject& intent, std::function<void(const QJsonObject&)> done)
{
    const QJsonObject target = intent.value(QLatin1String("target")).toObject();
    const QString type = target.value(QLatin1String("type")).toString();
    const QString id = target.value(QLatin1String("id")).toString();
    const QString name = target.value(QLatin1String("name")).toString();
    if (type == u"user" && m_users) {
        // A joiner interrupted before Keycloak answered has no id yet: its username says whether it was created.
        if (id.isEmpty()) {
            m_users->findByUsername(name, this, [done](const Result<std::optional<KeycloakUser>>& user) {
                if (!user.ok())
                    return done(notChecked(user.error().userMessage()));
                done(user->has_value() ? userState(user->value()) : absent());
            });
            return;
        }
        m_users->get(id, this, [done](const Result<KeycloakUser>& user) {
            if (!user.ok())
                return done(user.error().kind == Error::Kind::NotFound ? absent()
                                                                       : notChecked(user.error().userMessage()));
            done(userState(user.value()));
        });
        return;
    }
    if (type == u"tenant" && m_platform) {
        m_platform->tenantBySlug(name, this, [done](const Result<std::optional<Tenant>>& tenant) {
            if (!tenant.ok())
                return done(notChecked(tenant.error().userMessage()));
            if (!tenant->has_value())
                return done(absent());
            QJsonObject state = tenant->value().toJson();
            state.insert(QStringLiteral("checked"), true);
            state.insert(QStringLiteral("exists"), true);
            done(state);
        });
        return;
    }
    done(notChecked(tr("Custos does not read the state of a %1 here; check it by hand").arg(type)));
}

QJsonObject InterruptedActions::outcomeEntry(const QJsonObject& intent, const QJsonObject& observed) const
{
    const QJsonObject actor = intent.value(QLatin1String("actor")).toObject();
    QJsonObject target = intent.value(QLatin1String("target")).toObject();
    // What the server shows names the target the intent could not (a joiner's new id).
    if (target.value(QLatin1String("id")).toString().isEmpty() && observed.contains(QLatin1String("id")))
        target.insert(QStringLiteral("id"), observed.value(QLatin1String("id")).toString());
    const QString sourceId = intent.value(QLatin1String("source_id")).toString();
    ActionRecord record{
        ActionRecord::actionOfIntent(intent.value(QLatin1String("action")).toString()),
        ActionRecord::correlationOfIntent(sourceId),
        actor.value(QLatin1String("id")).toString(),
        actor.value(QLatin1String("username")).toString(),
        target.value(QLatin1String("type")).toString(),
        target.value(QLatin1String("id")).toString(),
        target.value(QLatin1String("name")).toString(),
        intent.value(QLatin1String("tenant")).toString(),
        std::nullopt,
        QJsonObject{{QStringLiteral("correlation_id"), ActionRecord::correlationOfIntent(sourceId)},
                    {QStringLiteral("interrupted"), true},
                    {QStringLiteral("observed"), observed},
                    {QStringLiteral("checked_by"), QJsonObject{{QStringLiteral("id"), m_checkedBy.id},
                                                               {QStringLiteral("username"), m_checkedBy.username}}}},
        intent.value(QLatin1String("seq")).toInteger(),
        {}};
    QJsonObject entry = record.toEntry();
    // The ledger's outcome is SUCCESS or FAILURE; INTERRUPTED is the error's kind, as "Kind: what — why" reads.
    entry.insert(QStringLiteral("outcome"), QStringLiteral("FAILURE"));
    entry.insert(QStringLiteral("error"),
                 QStringLiteral("INTERRUPTED: the process stopped between the intent and the outcome — the target's "
                                "state on the server was read when the ledger was next opened (details.observed)"));
    return entry;
}

} // namespace custos
