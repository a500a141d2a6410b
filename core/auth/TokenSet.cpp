#include "core/auth/TokenSet.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos {

Result<TokenSet> TokenSet::parse(const QByteArray& body, const QDateTime& now)
{
    const QString what = QCoreApplication::translate("custos::TokenSet", "Could not complete the sign-in");
    auto bad = [&](const char* why) {
        return Error::protocol(what, QCoreApplication::translate("custos::TokenSet", why));
    };
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return bad(QT_TRANSLATE_NOOP("custos::TokenSet", "the token endpoint did not answer with JSON"));
    const QJsonObject object = document.object();
    if (object.value(u"token_type").toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return bad(QT_TRANSLATE_NOOP("custos::TokenSet", "the token endpoint issued a token type Custos does not use"));
    TokenSet tokens;
    tokens.accessToken = object.value(u"access_token").toString().toLatin1();
    tokens.refreshToken = object.value(u"refresh_token").toString().toLatin1();
    tokens.idToken = object.value(u"id_token").toString().toLatin1();
    tokens.scope = object.value(u"scope").toString();
    if (tokens.accessToken.isEmpty())
        return bad(QT_TRANSLATE_NOOP("custos::TokenSet", "the token endpoint sent no access token"));
    const int expiresIn = object.value(u"expires_in").toInt(0);
    if (expiresIn <= 0)
        return bad(
            QT_TRANSLATE_NOOP("custos::TokenSet", "the token endpoint did not say when the access token expires"));
    tokens.accessExpiresAt = now.addSecs(expiresIn);
    if (const int refreshIn = object.value(u"refresh_expires_in").toInt(0); refreshIn > 0)
        tokens.refreshExpiresAt = now.addSecs(refreshIn);
    return tokens;
}

} // namespace custos
