#include "tests/support/KeycloakServices.h"

#include "core/http/ApiClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "tests/support/DevStack.h"

namespace custos::test {

KeycloakServices KeycloakServices::of(HttpClient* http, AccessTokenSource* token, const DevStack& stack,
                                      QObject* parent)
{
    KeycloakServices services;
    services.api = new ApiClient(http, token, parent);
    services.admin = new KeycloakAdmin(services.api, stack.keycloakUrl(), stack.realm(), parent);
    services.users = new UsersApi(services.admin, parent);
    services.access = new UserAccessApi(services.admin, parent);
    services.security = new UserSecurityApi(services.admin, parent);
    return services;
}

} // namespace custos::test
