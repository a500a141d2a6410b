#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace custos {

// Who is signed in, from the verified ID token, plus the effective realm-management roles from the access token.
struct Identity
{
    QString subject;
    QString username;
    QString displayName;
    QString email;
    QString sessionId;
    QString acr;
    QDateTime authTime;
    QStringList roles; // effective realm-management client roles (composites already expanded by Keycloak)

    [[nodiscard]] bool hasRole(const QString& role) const { return roles.contains(role); }

    // The realm-management roles in a Keycloak access token. The token came straight from the token endpoint over
    // a trusted connection; it is read for the UI only — the server enforces the roles on every call.
    [[nodiscard]] static QStringList realmManagementRoles(const QByteArray& accessToken);
};

} // namespace custos
