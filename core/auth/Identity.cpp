#include "core/auth/Identity.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custos {

QStringList Identity::realmManagementRoles(const QByteArray& accessToken)
{
    const QList<QByteArray> parts = accessToken.split('.');
    if (parts.size() != 3)
        return {};
    const auto payload =
        QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return {};
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    const QJsonArray roles =
        claims.value(u"resource_access").toObject().value(u"realm-management").toObject().value(u"roles").toArray();
    QStringList result;
    for (const QJsonValue& role : roles) {
        if (role.isString())
            result.append(role.toString());
    }
    result.sort();
    return result;
}

} // namespace custos
