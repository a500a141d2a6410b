#include "core/keycloak/UserSecurityApi.h"

#include "core/keycloak/KeycloakAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos {

namespace {
const QString viewUsers = QStringLiteral("view-users");
const QString manageUsers = QStringLiteral("manage-users");

} // namespace

UserSecurityApi::UserSecurityApi(KeycloakAdmin* admin, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
{
}

PendingCall UserSecurityApi::credentials(const QString& userId, QObject* context, Callback<QList<Credential>> done)
{
    return m_admin->getJson(m_admin->adminUrl(KeycloakAdmin::userPath(userId, QStringLiteral("credentials"))),
                            tr("Could not read the user's credentials"), viewUsers, context,
                            KeycloakAdmin::parseList<Credential>(std::move(done)));
}

PendingCall UserSecurityApi::deleteCredential(const QString& userId, const Credential& credential, QObject* context,
                                              StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody("DELETE",
                                 m_admin->adminUrl(KeycloakAdmin::userPath(
                                     userId, QStringLiteral("credentials/") + KeycloakAdmin::segment(credential.id))),
                                 tr("Could not delete the %1 credential").arg(credential.type)),
        manageUsers, context, std::move(done));
}

PendingCall UserSecurityApi::resetPassword(const QString& userId, const QString& password, bool temporary,
                                           QObject* context, StatusCallback done)
{
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("password")},
                           {QStringLiteral("value"), password},
                           {QStringLiteral("temporary"), temporary}};
    return m_admin->sendStatus(
        HttpRequest::sendJson("PUT",
                              m_admin->adminUrl(KeycloakAdmin::userPath(userId, QStringLiteral("reset-password"))),
                              QJsonDocument(body), tr("Could not reset the password")),
        manageUsers, context, std::move(done));
}

PendingCall UserSecurityApi::sendActionsEmail(const QString& userId, const QStringList& actions, int lifespanSeconds,
                                              QObject* context, StatusCallback done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("lifespan"), QString::number(lifespanSeconds));
    return m_admin->sendStatus(
        HttpRequest::sendJson(
            "PUT", m_admin->adminUrl(KeycloakAdmin::userPath(userId, QStringLiteral("execute-actions-email")), params),
            QJsonDocument(QJsonArray::fromStringList(actions)), tr("Could not send the required-actions e-mail")),
        manageUsers, context, std::move(done));
}

PendingCall UserSecurityApi::sessions(const QString& userId, QObject* context, Callback<QList<UserSession>> done)
{
    return m_admin->getJson(m_admin->adminUrl(KeycloakAdmin::userPath(userId, QStringLiteral("sessions"))),
                            tr("Could not read the user's sessions"), viewUsers, context,
                            KeycloakAdmin::parseList<UserSession>(std::move(done)));
}

PendingCall UserSecurityApi::logout(const QString& userId, QObject* context, StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody("POST", m_admin->adminUrl(KeycloakAdmin::userPath(userId, QStringLiteral("logout"))),
                                 tr("Could not end the user's sessions")),
        manageUsers, context, std::move(done));
}

PendingCall UserSecurityApi::deleteSession(const QString& sessionId, QObject* context, StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody("DELETE",
                                 m_admin->adminUrl(QStringLiteral("sessions/") + KeycloakAdmin::segment(sessionId)),
                                 tr("Could not end the session")),
        manageUsers, context, std::move(done));
}

PendingCall UserSecurityApi::bruteForce(const QString& userId, QObject* context, Callback<BruteForceStatus> done)
{
    return m_admin->getJson(
        m_admin->adminUrl(QStringLiteral("attack-detection/brute-force/users/") + KeycloakAdmin::segment(userId)),
        tr("Could not read the user's lockout status"), viewUsers, context,
        [done = std::move(done)](const Result<QJsonValue>& reply) {
            if (!reply.ok())
                return done(reply.error());
            done(BruteForceStatus::fromJson(reply->toObject()));
        });
}

PendingCall UserSecurityApi::unlock(const QString& userId, QObject* context, StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody(
            "DELETE",
            m_admin->adminUrl(QStringLiteral("attack-detection/brute-force/users/") + KeycloakAdmin::segment(userId)),
            tr("Could not unlock the user")),
        manageUsers, context, std::move(done));
}

PendingCall UserSecurityApi::events(const QString& userId, int max, QObject* context, Callback<QList<UserEvent>> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("user"), KeycloakAdmin::segment(userId));
    params.addQueryItem(QStringLiteral("max"), QString::number(max));
    params.addQueryItem(QStringLiteral("direction"), QStringLiteral("desc"));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("events"), params), tr("Could not read the user's events"),
                            QStringLiteral("view-events"), context,
                            KeycloakAdmin::parseList<UserEvent>(std::move(done)));
}

} // namespace custos
