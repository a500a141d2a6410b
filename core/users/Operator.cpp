#include "core/users/Operator.h"

#include "core/auth/Identity.h"

namespace custos {

Operator Operator::from(const Identity& identity)
{
    return Operator{identity.subject, identity.username, identity.roles, identity.authTime, identity.acr};
}

} // namespace custos
