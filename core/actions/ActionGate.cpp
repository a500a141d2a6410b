#include "core/actions/ActionGate.h"

#include <algorithm>

namespace custos {

namespace {

bool isOwnScope(const QString& scope)
{
    return scope.endsWith(QLatin1String(":own"));
}

} // namespace

void ActionGate::setPlatformIdentity(const PlatformIdentity& identity)
{
    m_platform = identity;
    m_platformKnown = true;
    m_platformUnknown.clear();
}

void ActionGate::setPlatformUnknown(const QString& why)
{
    m_platform = {};
    m_platformKnown = false;
    m_platformUnknown = why;
}

QString ActionGate::whyNot(ActionId action, const Selection& selection) const
{
    const ActionSpec& spec = actionSpec(action);
    if (QString missing = missingAccess(action, selection.tenantId); !missing.isEmpty())
        return missing;
    if (spec.needsLedger && !m_ledgerBlocked.isEmpty())
        return m_ledgerBlocked;
    return selectionNeeded(spec.selection, selection.count);
}

QString ActionGate::missingAccess(ActionId action, const QString& tenantId) const
{
    const ActionSpec& spec = actionSpec(action);
    if (QString roles = missingRoles(spec); !roles.isEmpty())
        return roles;
    return missingScopes(spec, tenantId);
}

QString ActionGate::missingRoles(const ActionSpec& spec) const
{
    QStringList missing;
    for (const QStringList& choice : spec.roles) {
        if (std::any_of(choice.begin(), choice.end(), [this](const QString& role) { return m_roles.contains(role); }))
            continue;
        QString named = choice.constFirst();
        for (qsizetype i = 1; i < choice.size(); ++i)
            named = tr("%1 or %2").arg(named, choice.at(i));
        missing.append(named);
    }
    if (missing.isEmpty())
        return {};
    const QString held = m_roles.isEmpty() ? tr("no realm-management roles") : m_roles.join(QStringLiteral(", "));
    if (missing.size() == 1)
        return tr("Needs the realm-management role %1; you have: %2").arg(missing.constFirst(), held);
    return tr("Needs the realm-management roles %1; you have: %2").arg(missing.join(QStringLiteral(", ")), held);
}

QString ActionGate::missingScopes(const ActionSpec& spec, const QString& tenantId) const
{
    if (spec.scopes.isEmpty())
        return {};
    if (!m_platformKnown)
        return m_platformUnknown.isEmpty() ? tr("Your platform scopes are not known yet.")
                                           : tr("Your platform scopes could not be read: %1").arg(m_platformUnknown);
    for (const QStringList& choice : spec.scopes) {
        QString ownButOther;
        bool met = false;
        for (const QString& scope : choice) {
            if (!m_platform.may(scope))
                continue;
            // An ":own" scope covers only the operator's own tenant (and a page listing just that tenant).
            if (isOwnScope(scope) && !tenantId.isEmpty() && tenantId != m_platform.tenantId) {
                ownButOther = scope;
                continue;
            }
            met = true;
            break;
        }
        if (met)
            continue;
        const QString needed = choice.constFirst();
        if (!ownButOther.isEmpty())
            return tr("Needs the platform scope %1: with %2 you manage only your own tenant (%3).")
                .arg(needed, ownButOther, m_platform.tenantClaim);
        return tr("Needs the platform scope %1; a platform administrator can grant it.").arg(needed);
    }
    return {};
}

QString ActionGate::selectionNeeded(SelectionNeed need, qsizetype count)
{
    switch (need) {
    case SelectionNeed::None:
        return {};
    case SelectionNeed::OneUser:
        return count == 1 ? QString() : tr("Select one user");
    case SelectionNeed::SomeUsers:
        return count > 0 ? QString() : tr("Select one or more users");
    case SelectionNeed::Tenant:
        return count == 1 ? QString() : tr("Select a tenant");
    case SelectionNeed::Certificate:
        return count == 1 ? QString() : tr("Select a certificate");
    case SelectionNeed::TenantCaCertificate:
        return count == 1 ? QString() : tr("Select a CA certificate");
    case SelectionNeed::Member:
        return count == 1 ? QString() : tr("Select a member");
    }
    return {};
}

} // namespace custos
