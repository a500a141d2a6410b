#include "core/auth/Profile.h"

#include "core/http/TransportPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace custos {
namespace {

struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(custos::Profile)
};

Error invalid(const QString& why, const QString& action = {})
{
    return Error::invalid(ProfileText::tr("The profile is not usable"), why, action);
}

constexpr qint64 maxProfileFileBytes = 64 * 1024;

} // namespace

QUrl Profile::keycloakBaseUrl() const
{
    QUrl base = issuer;
    const QString path = issuer.path();
    const qsizetype at = path.lastIndexOf(QLatin1String("/realms/"));
    base.setPath(at >= 0 ? path.left(at) : QString());
    return base;
}

QString Profile::realm() const
{
    const QString path = issuer.path();
    const qsizetype at = path.lastIndexOf(QLatin1String("/realms/"));
    return at >= 0 ? path.mid(at + 8).section(u'/', 0, 0) : QString();
}

Status Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return invalid(ProfileText::tr("it has no name"), ProfileText::tr("Give the profile a name"));
    if (!issuer.isValid() || issuer.host().isEmpty())
        return invalid(ProfileText::tr("the issuer URL \"%1\" is not a valid URL").arg(issuer.toString()));
    if (!TransportPolicy::allows(issuer))
        return invalid(
            ProfileText::tr("the issuer must use https (plain http is only accepted on this computer's loopback)"));
    if (realm().isEmpty())
        return invalid(ProfileText::tr("the issuer URL does not name a realm (expected …/realms/<name>)"));
    if (clientId.trimmed().isEmpty())
        return invalid(ProfileText::tr("it has no client id"),
                       ProfileText::tr("Enter the client id registered for Custos, e.g. custos-console"));
    if (!platformUrl.isEmpty() && (!platformUrl.isValid() || platformUrl.host().isEmpty()))
        return invalid(ProfileText::tr("the platform URL is not a valid URL"));
    // Every platform call carries the operator's access token: the same rule as for the issuer.
    if (!platformUrl.isEmpty() && !TransportPolicy::allows(platformUrl))
        return invalid(ProfileText::tr("the platform URL %1 uses plain http, which would send your access token in "
                                       "clear text (plain http is only accepted on this computer's loopback)")
                           .arg(platformUrl.toString()),
                       ProfileText::tr("Change platformUrl to its https:// address"));
    if (Status valid = justification.validate(); !valid)
        return valid;
    return witnesses.validate();
}

QJsonObject Profile::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},         {QStringLiteral("issuer"), issuer.toString()},
        {QStringLiteral("clientId"), clientId}, {QStringLiteral("platformUrl"), platformUrl.toString()},
        {QStringLiteral("caBundle"), caBundle}, {QStringLiteral("acrValues"), acrValues},
    };
    justification.addTo(object);
    callerAttributes.addTo(object);
    witnesses.addTo(object);
    return object;
}

Result<Profile> Profile::fromJson(const QJsonObject& object)
{
    Profile profile;
    profile.name = object.value(QStringLiteral("name")).toString().trimmed();
    profile.issuer = QUrl(object.value(QStringLiteral("issuer")).toString(), QUrl::StrictMode);
    profile.clientId = object.value(QStringLiteral("clientId")).toString().trimmed();
    profile.platformUrl = QUrl(object.value(QStringLiteral("platformUrl")).toString(), QUrl::StrictMode);
    profile.caBundle = object.value(QStringLiteral("caBundle")).toString();
    profile.acrValues = object.value(QStringLiteral("acrValues")).toString();
    Result<JustificationPolicy> justification = JustificationPolicy::fromJson(object);
    if (!justification.ok())
        return justification.error();
    profile.justification = justification.value();
    Result<CallerAttributes> callerAttributes = CallerAttributes::fromJson(object);
    if (!callerAttributes.ok())
        return callerAttributes.error();
    profile.callerAttributes = callerAttributes.value();
    Result<WitnessPolicy> witnesses = WitnessPolicy::fromJson(object);
    if (!witnesses.ok())
        return witnesses.error();
    profile.witnesses = witnesses.value();
    if (Status valid = profile.validate(); !valid.ok())
        return valid.error();
    return profile;
}

Result<Profile> Profile::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(ProfileText::tr("Could not read the profile file %1").arg(path), file.errorString());
    if (file.size() > maxProfileFileBytes)
        return invalid(ProfileText::tr("%1 is too large to be a profile").arg(path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return invalid(ProfileText::tr("%1 is not a JSON object (%2)").arg(path, parseError.errorString()));
    return fromJson(document.object());
}

} // namespace custos
