#include "core/auth/Jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <optional>

namespace custos {
namespace {

struct JwtText
{
    Q_DECLARE_TR_FUNCTIONS(custos::Jwt)
};

Error malformed(const QString& why)
{
    return Error::protocol(
        JwtText::tr("Could not read the token from the identity provider"), why,
        JwtText::tr("Sign in again; if this keeps happening, the identity provider is misconfigured"));
}

// Strict base64url: only the URL alphabet, no '=' padding (RFC 7515 §2), and nothing Qt would silently skip.
std::optional<QByteArray> decodeBase64Url(const QByteArray& text)
{
    if (text.contains('='))
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QString printable(QString text)
{
    constexpr qsizetype maximumLength = 64;
    if (text.size() > maximumLength)
        text = text.left(maximumLength) + u'…';
    for (QChar& c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    return text;
}

std::optional<QJsonObject> decodeObject(const QByteArray& part)
{
    const auto json = decodeBase64Url(part);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

Result<Jwt> Jwt::parse(const QByteArray& compact)
{
    if (compact.isEmpty())
        return malformed(JwtText::tr("the token is empty"));
    if (compact.size() > maximumSize)
        return malformed(JwtText::tr("the token is larger than %1 KiB").arg(maximumSize / 1024));
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return malformed(JwtText::tr("the token does not have exactly three parts"));

    Jwt jwt;
    const auto header = decodeObject(parts.at(0));
    if (!header)
        return malformed(JwtText::tr("the token's header is not a base64url-encoded JSON object"));
    const auto claims = decodeObject(parts.at(1));
    if (!claims)
        return malformed(JwtText::tr("the token's claims are not a base64url-encoded JSON object"));
    const auto signature = decodeBase64Url(parts.at(2));
    if (!signature)
        return malformed(JwtText::tr("the token's signature is not base64url-encoded"));
    jwt.m_header = *header;
    jwt.m_claims = *claims;
    jwt.m_signature = *signature;
    jwt.m_signingInput = parts.at(0) + '.' + parts.at(1);
    return jwt;
}

QString Jwt::algorithm() const
{
    return m_header.value(QLatin1String("alg")).toString();
}

QString Jwt::keyId() const
{
    return m_header.value(QLatin1String("kid")).toString();
}

QString Jwt::describeForLog() const
{
    return QStringLiteral("kid %1, alg %2").arg(printable(keyId()), printable(algorithm()));
}

} // namespace custos
