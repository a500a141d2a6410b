#pragma once

class QObject;

namespace custos {
class AccessTokenSource;
class ApiClient;
class HttpClient;
class KeycloakAdmin;
class UserAccessApi;
class UserSecurityApi;
class UsersApi;
} // namespace custos

namespace custos::test {

class DevStack;

// The Keycloak Admin API of one token (a person's session or the service account) on the devstack's realm: what a
// test works with to act as that person or to set up and check server state. Every object is parented to `parent`.
struct KeycloakServices
{
    ApiClient* api = nullptr;
    KeycloakAdmin* admin = nullptr;
    UsersApi* users = nullptr;
    UserAccessApi* access = nullptr;
    UserSecurityApi* security = nullptr;

    [[nodiscard]] static KeycloakServices of(HttpClient* http, AccessTokenSource* token, const DevStack& stack,
                                             QObject* parent);
};

} // namespace custos::test
