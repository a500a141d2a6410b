#include "core/users/Operator.h"

#include "core/auth/Identity.h"

namespace custos {

Operator Operator::from(const Identity& identity, const QString& requiredAcr)
{
    return Operator{identity.subject, identity.username, identity.roles, identity.authTime, identity.acr, requiredAcr};
}

} // namespace custos
