#pragma once

#include "core/tenants/PlatformOperation.h"

#include <QObject>

namespace custos {

class ActionContext;

// What the tenants, certificates and realm-keys pages share next to the window's ActionContext (who acts, what
// they may do, the ledger, the step-up): the platform's services as an operation gets them, and the operator's
// platform permissions, read from GET /me into the ActionContext. UserActionsController is the same for the
// users page.
class PlatformContext : public QObject
{
    Q_OBJECT
public:
    // `services.audit` and `services.stepUp` are ignored: services() hands out the ActionContext's.
    PlatformContext(const PlatformServices& services, ActionContext* actions, QObject* parent = nullptr);

    [[nodiscard]] ActionContext* actions() const { return m_actions; }
    // The services for an operation starting now: the open audit trail and the ActionContext's step-up.
    [[nodiscard]] PlatformServices services() const;

    // Reads GET /me again (after sign-in or a step-up); identityChanged() follows.
    void refreshIdentity();
    // Forgets who was signed in (sign-out): every write action is disabled until the next refreshIdentity().
    void clear();

signals:
    // The platform's answer is in (the permissions, or why they could not be read): pages may read what it allows.
    void identityChanged();

private:
    PlatformServices m_services;
    ActionContext* m_actions;
};

} // namespace custos
