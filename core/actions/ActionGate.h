#pragma once

#include "core/actions/Actions.h"
#include "core/platform/PlatformTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace custos {

// What is selected where an action is offered.
struct ActionSelection
{
    qsizetype count = 0; // how many objects of the kind the action needs are selected
    QString tenantId;    // the tenant concerned, for permissions limited to the operator's own tenant
};

// Whether an action may run now, and if not the sentence that says why, from the table in Actions.cpp and what is
// known of the signed-in operator: their effective realm-management roles, their platform permissions (GET /me),
// whether the audit ledger can be written, and what is selected. A page enables an action only when the gate
// allows it and shows the gate's sentence as the disabled action's tooltip; a page the operator may not read says
// so instead of asking the server. The servers enforce their rules anyway: the gate keeps the console honest
// about them, and fails closed (unknown platform permissions allow nothing that needs one).
class ActionGate
{
    Q_DECLARE_TR_FUNCTIONS(custos::ActionGate)

public:
    using Selection = ActionSelection;

    void setRoles(const QStringList& roles) { m_roles = roles; }
    void setPlatformIdentity(const PlatformIdentity& identity);
    // The platform permissions are not known: not read yet (empty `why`), or could not be read (`why`).
    void setPlatformUnknown(const QString& why);
    // Why the ledger cannot be written (a full sentence); empty when it can.
    void setLedgerBlocked(const QString& reason) { m_ledgerBlocked = reason; }

    // Empty when `action` may run with `selection`; otherwise one sentence for its tooltip, naming what is missing:
    // the roles first, then the platform permissions, the ledger, and last the selection.
    [[nodiscard]] QString whyNot(ActionId action, const Selection& selection = {}) const;
    [[nodiscard]] bool allows(ActionId action, const Selection& selection = {}) const
    {
        return whyNot(action, selection).isEmpty();
    }
    // False until the platform's answer is in (the scopes, or why they could not be read): before that, whether
    // the operator may read what needs a scope is not known either way.
    [[nodiscard]] bool platformAnswered() const { return m_platformKnown || !m_platformUnknown.isEmpty(); }
    // Only the roles and the platform permissions: empty when the operator may ever do this (a page's read).
    [[nodiscard]] QString missingAccess(ActionId action, const QString& tenantId = {}) const;

private:
    [[nodiscard]] QString missingRoles(const ActionSpec& spec) const;
    [[nodiscard]] QString missingScopes(const ActionSpec& spec, const QString& tenantId) const;
    [[nodiscard]] static QString selectionNeeded(SelectionNeed need, qsizetype count);

    QStringList m_roles;
    PlatformIdentity m_platform;
    bool m_platformKnown = false;
    QString m_platformUnknown;
    QString m_ledgerBlocked;
};

} // namespace custos
