#include "core/keycloak/OrganizationsApi.h"

#include "core/keycloak/KeycloakAdmin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace custos {
namespace {

const QString viewOrganizations = QStringLiteral("view-realm");
const QString manageOrganizations = QStringLiteral("manage-realm");
constexpr int aliasPageSize = 100;

struct OrganizationsApiText
{
    Q_DECLARE_TR_FUNCTIONS(custos::OrganizationsApi)
};

Error malformed(const QString& why)
{
    return Error::protocol(
        OrganizationsApiText::tr("Could not read the organizations"), why,
        OrganizationsApiText::tr("Check that the profile points at Keycloak 26 with organizations enabled"));
}

QString orgPath(const QString& id, const QString& rest = {})
{
    return QStringLiteral("organizations/") + KeycloakAdmin::segment(id) + (rest.isEmpty() ? QString() : u'/' + rest);
}

} // namespace

Result<Organization> Organization::fromJson(const QJsonObject& object)
{
    Organization organization;
    organization.id = object.value(QLatin1String("id")).toString();
    organization.alias = object.value(QLatin1String("alias")).toString();
    if (organization.id.isEmpty() || organization.alias.isEmpty())
        return malformed(OrganizationsApiText::tr("an organization in Keycloak's answer has no id or alias"));
    organization.name = object.value(QLatin1String("name")).toString();
    organization.description = object.value(QLatin1String("description")).toString();
    organization.redirectUrl = object.value(QLatin1String("redirectUrl")).toString();
    organization.enabled = object.value(QLatin1String("enabled")).toBool(true);
    for (const QJsonValue& domain : object.value(QLatin1String("domains")).toArray()) {
        const QString name = domain.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            organization.domains.append(name);
    }
    organization.raw = object;
    return organization;
}

Result<QList<Organization>> Organization::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return malformed(OrganizationsApiText::tr("Keycloak answered something that is not a list"));
    QList<Organization> out;
    for (const QJsonValue& item : value.toArray()) {
        auto organization = fromJson(item.toObject());
        if (!organization)
            return organization.error();
        out.append(std::move(organization).value());
    }
    return out;
}

QJsonObject OrganizationDraft::toJson() const
{
    QJsonObject body{
        {QStringLiteral("name"), name}, {QStringLiteral("alias"), alias}, {QStringLiteral("enabled"), true}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    QJsonArray domainList;
    for (const QString& domain : domains)
        domainList.append(QJsonObject{{QStringLiteral("name"), domain}, {QStringLiteral("verified"), false}});
    if (!domainList.isEmpty())
        body.insert(QStringLiteral("domains"), domainList);
    return body;
}

OrganizationsApi::OrganizationsApi(KeycloakAdmin* admin, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
{
}

PendingCall OrganizationsApi::list(const QString& search, int first, int max, QObject* context,
                                   Callback<QList<Organization>> done)
{
    QUrlQuery params;
    if (!search.isEmpty())
        params.addQueryItem(QStringLiteral("search"), KeycloakAdmin::segment(search));
    params.addQueryItem(QStringLiteral("first"), QString::number(first));
    params.addQueryItem(QStringLiteral("max"), QString::number(max));
    params.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("false"));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("organizations"), params),
                            tr("Could not read the organizations"), viewOrganizations, context,
                            KeycloakAdmin::parseList<Organization>(std::move(done)));
}

PendingCall OrganizationsApi::get(const QString& id, QObject* context, Callback<Organization> done)
{
    return m_admin->getJson(m_admin->adminUrl(orgPath(id)), tr("Could not read the organization"), viewOrganizations,
                            context, [done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                done(Organization::fromJson(reply->toObject()));
                            });
}

void OrganizationsApi::findByAlias(const QString& alias, QObject* context, Callback<std::optional<Organization>> done)
{
    findByAliasFrom(alias, 0, context, std::move(done));
}

void OrganizationsApi::findByAliasFrom(const QString& alias, int first, QObject* context,
                                       Callback<std::optional<Organization>> done)
{
    list({}, first, aliasPageSize, context,
         [this, alias, first, context, done = std::move(done)](const Result<QList<Organization>>& page) mutable {
             if (!page.ok())
                 return done(page.error());
             for (const Organization& organization : page.value())
                 if (organization.alias == alias)
                     return done(std::optional<Organization>(organization));
             if (page->size() < aliasPageSize)
                 return done(std::optional<Organization>());
             findByAliasFrom(alias, first + aliasPageSize, context, std::move(done));
         });
}

PendingCall OrganizationsApi::create(const OrganizationDraft& draft, QObject* context, Callback<QString> done)
{
    const HttpRequest request =
        HttpRequest::sendJson("POST", m_admin->adminUrl(QStringLiteral("organizations")), QJsonDocument(draft.toJson()),
                              tr("Could not create the organization “%1”").arg(draft.alias));
    return m_admin->send(
        request, manageOrganizations, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
            if (!reply.ok())
                return done(reply.error());
            const QString location = QString::fromUtf8(reply->header("Location"));
            const QString id = location.section(u'/', -1);
            if (!location.contains(QLatin1String("/organizations/")) || id.isEmpty())
                return done(Error::protocol(request.what, tr("Keycloak did not say where the new organization is"),
                                            tr("Look for the organization before trying again"))
                                .withHttpStatus(reply->status));
            done(QUrl::fromPercentEncoding(id.toUtf8()));
        });
}

PendingCall OrganizationsApi::update(const Organization& organization, QObject* context, StatusCallback done)
{
    QJsonObject representation = organization.raw;
    representation.insert(QStringLiteral("name"), organization.name);
    representation.insert(QStringLiteral("description"), organization.description);
    representation.insert(QStringLiteral("enabled"), organization.enabled);
    if (!organization.redirectUrl.isEmpty())
        representation.insert(QStringLiteral("redirectUrl"), organization.redirectUrl);
    return m_admin->sendStatus(
        HttpRequest::sendJson("PUT", m_admin->adminUrl(orgPath(organization.id)), QJsonDocument(representation),
                              tr("Could not update the organization “%1”").arg(organization.alias)),
        manageOrganizations, context, std::move(done));
}

PendingCall OrganizationsApi::remove(const QString& id, QObject* context, StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody("DELETE", m_admin->adminUrl(orgPath(id)), tr("Could not delete the organization")),
        manageOrganizations, context, std::move(done));
}

PendingCall OrganizationsApi::members(const QString& organizationId, const QString& search, int first, int max,
                                      QObject* context, Callback<QList<KeycloakUser>> done)
{
    QUrlQuery params;
    if (!search.isEmpty())
        params.addQueryItem(QStringLiteral("search"), KeycloakAdmin::segment(search));
    params.addQueryItem(QStringLiteral("first"), QString::number(first));
    params.addQueryItem(QStringLiteral("max"), QString::number(max));
    return m_admin->getJson(m_admin->adminUrl(orgPath(organizationId, QStringLiteral("members")), params),
                            tr("Could not read the organization's members"), viewOrganizations, context,
                            KeycloakAdmin::parseList<KeycloakUser>(std::move(done)));
}

PendingCall OrganizationsApi::addMember(const QString& organizationId, const QString& userId, QObject* context,
                                        StatusCallback done)
{
    // The body is the user id as a JSON string.
    HttpRequest request =
        HttpRequest::withoutBody("POST", m_admin->adminUrl(orgPath(organizationId, QStringLiteral("members"))),
                                 tr("Could not add the member to the organization"));
    request.body = QJsonDocument(QJsonArray{userId}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    request.setHeader("Content-Type", "application/json");
    return m_admin->sendStatus(std::move(request), manageOrganizations, context, std::move(done));
}

PendingCall OrganizationsApi::removeMember(const QString& organizationId, const QString& userId, QObject* context,
                                           StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody(
            "DELETE",
            m_admin->adminUrl(orgPath(organizationId, QStringLiteral("members/") + KeycloakAdmin::segment(userId))),
            tr("Could not remove the member from the organization")),
        manageOrganizations, context, std::move(done));
}

PendingCall OrganizationsApi::inviteByEmail(const QString& organizationId, const QString& email,
                                            const QString& firstName, const QString& lastName, QObject* context,
                                            StatusCallback done)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("email"), email}};
    if (!firstName.isEmpty())
        fields.append({QStringLiteral("firstName"), firstName});
    if (!lastName.isEmpty())
        fields.append({QStringLiteral("lastName"), lastName});
    return m_admin->sendStatus(
        HttpRequest::postForm(m_admin->adminUrl(orgPath(organizationId, QStringLiteral("members/invite-user"))), fields,
                              tr("Could not invite %1 to the organization").arg(email)),
        manageOrganizations, context, std::move(done));
}

} // namespace custos
