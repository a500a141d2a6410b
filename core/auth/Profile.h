#pragma once

#include "core/audit/JustificationPolicy.h"
#include "core/common/Result.h"
#include "core/ledger/WitnessPolicy.h"
#include "core/users/CallerAttributes.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace custos {

// An environment the operator signs in to: one Keycloak realm (the issuer) plus the platform API.
struct Profile
{
    QString name;                      // "Local devstack", "Production"
    QUrl issuer;                       // https://sso.example.org/realms/acme
    QString clientId;                  // custos-console
    QUrl platformUrl;                  // Platform Admin API base URL; may be empty
    QString caBundle;                  // PEM file trusted in addition to the system store; may be empty
    QString acrValues;                 // requested for step-up when set, e.g. "gold"
    JustificationPolicy justification; // the ticket policy every write action's reason and ticket meet
    CallerAttributes callerAttributes; // where the directory keeps a caller's phone and manager
    WitnessPolicy witnesses;           // who cosigns the window's ledger checkpoints; may be empty

    // Keycloak's base URL and realm name, derived from an issuer of the form <base>/realms/<realm>.
    [[nodiscard]] QUrl keycloakBaseUrl() const;
    [[nodiscard]] QString realm() const;

    [[nodiscard]] Status validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Profile> fromJson(const QJsonObject& object);
    // Reads a profile file as written by `devstack up` (profile.json) or exported by Custos.
    [[nodiscard]] static Result<Profile> fromFile(const QString& path);
};

} // namespace custos
