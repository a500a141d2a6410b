#pragma once

#include "core/auth/Profile.h"

#include <QHash>
#include <QString>

namespace custos::test {

// What `devstack up` wrote to $CUSTOS_DEVSTACK_DIR/env: URLs, client ids, the test client's secret.
class DevStack
{
public:
    // Empty (isUp() false) when the devstack is not running or the variable is not set.
    static DevStack fromEnvironment();

    [[nodiscard]] bool isUp() const { return !m_values.isEmpty(); }
    [[nodiscard]] QString value(const QString& name) const { return m_values.value(name); }
    [[nodiscard]] QUrl keycloakUrl() const { return QUrl(value(QStringLiteral("CUSTOS_KEYCLOAK_URL"))); }
    [[nodiscard]] QString realm() const { return value(QStringLiteral("CUSTOS_REALM")); }
    [[nodiscard]] QUrl issuer() const { return QUrl(value(QStringLiteral("CUSTOS_ISSUER"))); }
    [[nodiscard]] QUrl tokenEndpoint() const;
    [[nodiscard]] Profile profile() const;

private:
    QHash<QString, QString> m_values;
};

} // namespace custos::test
