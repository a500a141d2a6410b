#include "ui/tenants/PlatformContext.h"

#include "core/actions/ActionContext.h"
#include "core/platform/PlatformApi.h"

namespace custos {

PlatformContext::PlatformContext(const PlatformServices& services, ActionContext* actions, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_actions(actions)
{
}

PlatformServices PlatformContext::services() const
{
    PlatformServices services = m_services;
    services.audit = m_actions->auditTrail();
    services.stepUp = m_actions->operationStepUp();
    return services;
}

void PlatformContext::refreshIdentity()
{
    if (!m_services.platform || !m_services.platform->isConfigured()) {
        m_actions->setPlatformUnknown(tr("This profile has no platform URL."));
        emit identityChanged();
        return;
    }
    m_services.platform->me(this, [this](const Result<PlatformIdentity>& me) {
        if (me.ok())
            m_actions->setPlatformIdentity(me.value());
        else
            m_actions->setPlatformUnknown(me.error().userMessage());
        emit identityChanged();
    });
}

void PlatformContext::clear()
{
    m_actions->setPlatformUnknown({});
    emit identityChanged();
}

} // namespace custos
