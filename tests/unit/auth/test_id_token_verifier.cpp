#include "TestTokens.h"
#include "core/auth/IdTokenVerifier.h"
#include "core/auth/Jwks.h"
#include "core/auth/Jwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <optional>

using namespace custos;

namespace {

const QString issuer = QStringLiteral("https://sso.example.org/realms/acme");
const QString clientId = QStringLiteral("custos-console");
const QString nonce = QStringLiteral("n-0S6_WzA2Mj");

// Sets each member of `overrides` on `base`; a JSON null removes the member.
QJsonObject merged(QJsonObject base, const QJsonObject& overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

class TestIdTokenVerifier : public QObject
{
    Q_OBJECT
private:
    std::optional<TestKey> m_rsa;
    std::optional<TestKey> m_ec;
    Jwks m_jwks;
    QDateTime m_now;

    QJsonObject defaultClaims() const
    {
        const qint64 now = m_now.toSecsSinceEpoch();
        return QJsonObject{{"iss", issuer},
                           {"sub", "7c1b2a8e-0d1f-4c39-9f0e-2f7f1f3a9b10"},
                           {"aud", clientId},
                           {"azp", clientId},
                           {"typ", "ID"},
                           {"exp", now + 300},
                           {"iat", now - 10},
                           {"auth_time", now - 20},
                           {"nonce", nonce},
                           {"acr", "1"},
                           {"sid", "b7f3c0de-session"},
                           {"preferred_username", "alice"},
                           {"name", "Alice Admin"},
                           {"email", "alice@example.org"}};
    }

    IdTokenExpectations defaultExpectations() const
    {
        IdTokenExpectations expectations;
        expectations.issuer = issuer;
        expectations.clientId = clientId;
        expectations.nonce = nonce;
        return expectations;
    }

private slots:
    void initTestCase()
    {
        m_rsa = TestKey::rsa2048();
        m_ec = TestKey::ecP256();
        // Real Keycloak key sets also list the realm's encryption key; it must be ignored, not trusted.
        const TestKey encryption = TestKey::rsa2048();
        const auto jwks =
            Jwks::parse(jwksDocument({m_rsa->jwk("rsa-1"), m_ec->jwk("ec-1"), encryption.jwk("enc-1", "enc")}));
        QVERIFY(jwks.ok());
        m_jwks = jwks.value();
        QCOMPARE(m_jwks.keys().size(), 2);
        m_now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    }

    void verification_data()
    {
        QTest::addColumn<QString>("signer"); // rsa, ec, unsigned, hmac-with-public-key
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QJsonObject>("claims"); // overrides of the default claims
        QTest::addColumn<QJsonObject>("expect"); // minimumAuthTimeAgo (s), acceptedAcr, nonce
        QTest::addColumn<bool>("tamper");        // flip one signature bit
        QTest::addColumn<QString>("why");        // empty: must verify

        const QJsonObject rs256{{"alg", "RS256"}, {"kid", "rsa-1"}, {"typ", "JWT"}};
        const QJsonObject ps256{{"alg", "PS256"}, {"kid", "rsa-1"}, {"typ", "JWT"}};
        const QJsonObject es256{{"alg", "ES256"}, {"kid", "ec-1"}, {"typ", "JWT"}};
        const qint64 now = 1'790'000'000;
        const QJsonObject none;
        const QString ok;

        QTest::newRow("RS256 valid") << "rsa" << rs256 << none << none << false << ok;
        QTest::newRow("PS256 valid") << "rsa" << ps256 << none << none << false << ok;
        QTest::newRow("ES256 valid") << "ec" << es256 << none << none << false << ok;
        QTest::newRow("RS256 bad signature") << "rsa" << rs256 << none << none << true << "signature is not valid";
        QTest::newRow("PS256 bad signature") << "rsa" << ps256 << none << none << true << "signature is not valid";
        QTest::newRow("ES256 bad signature") << "ec" << es256 << none << none << true << "signature is not valid";
        QTest::newRow("RS256 signature under PS256 header")
            << "rsa-as-rs256" << ps256 << none << none << false << "signature is not valid";
        QTest::newRow("wrong iss") << "rsa" << rs256 << QJsonObject{{"iss", "https://evil.example.org/realms/acme"}}
                                   << none << false << "issued by another server";
        QTest::newRow("iss with trailing slash") << "rsa" << rs256 << QJsonObject{{"iss", QString(issuer + "/")}}
                                                 << none << false << "issued by another server";
        QTest::newRow("wrong aud") << "rsa" << rs256 << QJsonObject{{"aud", "other-client"}, {"azp", "other-client"}}
                                   << none << false << "issued for another client";
        QTest::newRow("aud array with us and azp")
            << "rsa" << rs256 << QJsonObject{{"aud", QJsonArray{"account", clientId}}} << none << false << ok;
        QTest::newRow("aud array without azp")
            << "rsa" << rs256 << QJsonObject{{"aud", QJsonArray{"account", clientId}}, {"azp", QJsonValue::Null}}
            << none << false << "several audiences";
        QTest::newRow("single aud without azp")
            << "rsa" << rs256 << QJsonObject{{"azp", QJsonValue::Null}} << none << false << ok;
        QTest::newRow("wrong azp") << "rsa" << rs256 << QJsonObject{{"azp", "other-client"}} << none << false
                                   << "authorized party is another client";
        QTest::newRow("expired") << "rsa" << rs256 << QJsonObject{{"exp", now - 61}} << none << false << "expired";
        QTest::newRow("expired within skew") << "rsa" << rs256 << QJsonObject{{"exp", now - 30}} << none << false << ok;
        QTest::newRow("no exp") << "rsa" << rs256 << QJsonObject{{"exp", QJsonValue::Null}} << none << false
                                << "no valid expiry";
        QTest::newRow("exp as string") << "rsa" << rs256 << QJsonObject{{"exp", QString::number(now + 300)}} << none
                                       << false << "no valid expiry";
        QTest::newRow("future iat") << "rsa" << rs256 << QJsonObject{{"iat", now + 120}} << none << false
                                    << "issued in the future";
        QTest::newRow("future nbf") << "rsa" << rs256 << QJsonObject{{"nbf", now + 120}} << none << false
                                    << "not valid yet";
        QTest::newRow("wrong nonce") << "rsa" << rs256 << QJsonObject{{"nonce", "replayed"}} << none << false
                                     << "nonce differs";
        QTest::newRow("missing nonce") << "rsa" << rs256 << QJsonObject{{"nonce", QJsonValue::Null}} << none << false
                                       << "nonce differs";
        QTest::newRow("refresh: no nonce expected")
            << "rsa" << rs256 << QJsonObject{{"nonce", QJsonValue::Null}} << QJsonObject{{"nonce", ""}} << false << ok;
        QTest::newRow("no sub") << "rsa" << rs256 << QJsonObject{{"sub", QJsonValue::Null}} << none << false
                                << "does not name a user";
        QTest::newRow("alg none") << "unsigned" << QJsonObject{{"alg", "none"}, {"kid", "rsa-1"}} << none << none
                                  << false << "not signed";
        QTest::newRow("alg NONE") << "unsigned" << QJsonObject{{"alg", "NONE"}, {"kid", "rsa-1"}} << none << none
                                  << false << "not signed";
        QTest::newRow("no alg") << "rsa-as-rs256" << QJsonObject{{"kid", "rsa-1"}} << none << none << false
                                << "not signed";
        QTest::newRow("HS256 keyed with the RSA public key")
            << "hmac-with-public-key" << QJsonObject{{"alg", "HS256"}, {"kid", "rsa-1"}} << none << none << false
            << "shared secret";
        QTest::newRow("RS512") << "rsa" << QJsonObject{{"alg", "RS512"}, {"kid", "rsa-1"}} << none << none << false
                               << "does not accept";
        QTest::newRow("RS256 header naming the EC key")
            << "rsa-as-rs256" << QJsonObject{{"alg", "RS256"}, {"kid", "ec-1"}} << none << none << false
            << "does not match its algorithm";
        QTest::newRow("ES256 header naming the RSA key")
            << "ec-as-es256" << QJsonObject{{"alg", "ES256"}, {"kid", "rsa-1"}} << none << none << false
            << "does not match its algorithm";
        QTest::newRow("encryption key's kid")
            << "rsa" << QJsonObject{{"alg", "RS256"}, {"kid", "enc-1"}} << none << none << false << "does not publish";
        QTest::newRow("unknown kid") << "rsa" << QJsonObject{{"alg", "RS256"}, {"kid", "rotated"}} << none << none
                                     << false << "does not publish";
        QTest::newRow("no kid") << "rsa" << QJsonObject{{"alg", "RS256"}} << none << none << false
                                << "does not name the key";
        QTest::newRow("crit header") << "rsa" << merged(rs256, {{"crit", QJsonArray{"exp"}}}) << none << none << false
                                     << "header extensions";
        QTest::newRow("typ Bearer") << "rsa" << rs256 << QJsonObject{{"typ", "Bearer"}} << none << false
                                    << "not an ID token";
        QTest::newRow("no typ") << "rsa" << rs256 << QJsonObject{{"typ", QJsonValue::Null}} << none << false
                                << "not an ID token";
        QTest::newRow("fresh auth_time") << "rsa" << rs256 << none << QJsonObject{{"minimumAuthTimeAgo", 60}} << false
                                         << ok;
        QTest::newRow("auth_time too old")
            << "rsa" << rs256 << QJsonObject{{"auth_time", now - 3600}} << QJsonObject{{"minimumAuthTimeAgo", 60}}
            << false << "did not ask you to sign in again";
        QTest::newRow("auth_time missing")
            << "rsa" << rs256 << QJsonObject{{"auth_time", QJsonValue::Null}} << QJsonObject{{"minimumAuthTimeAgo", 60}}
            << false << "does not say when you signed in";
        QTest::newRow("acr accepted") << "rsa" << rs256 << QJsonObject{{"acr", "gold"}}
                                      << QJsonObject{{"acceptedAcr", QJsonArray{"gold", "platinum"}}} << false << ok;
        QTest::newRow("acr not accepted")
            << "rsa" << rs256 << QJsonObject{{"acr", "1"}} << QJsonObject{{"acceptedAcr", QJsonArray{"gold"}}} << false
            << "required authentication level";
        QTest::newRow("acr missing") << "rsa" << rs256 << QJsonObject{{"acr", QJsonValue::Null}}
                                     << QJsonObject{{"acceptedAcr", QJsonArray{"gold"}}} << false
                                     << "required authentication level";
    }

    void verification()
    {
        QFETCH(QString, signer);
        QFETCH(QJsonObject, header);
        QFETCH(QJsonObject, claims);
        QFETCH(QJsonObject, expect);
        QFETCH(bool, tamper);
        QFETCH(QString, why);

        const QJsonObject payload = merged(defaultClaims(), claims);
        QByteArray token;
        if (signer == "rsa") {
            token = mintToken(*m_rsa, header, payload);
        } else if (signer == "ec") {
            token = mintToken(*m_ec, header, payload);
        } else if (signer == "rsa-as-rs256" || signer == "ec-as-es256") {
            // A genuine signature by the key, whatever the header claims.
            const QByteArray input = compactJws(header, payload, {}).chopped(1);
            const QByteArray signature =
                signer == "rsa-as-rs256" ? m_rsa->sign("RS256", input) : m_ec->sign("ES256", input);
            QVERIFY(!signature.isEmpty());
            token = input + '.' + base64Url(signature);
        } else if (signer == "unsigned") {
            token = compactJws(header, payload, {});
        } else if (signer == "hmac-with-public-key") {
            const QByteArray input = compactJws(header, payload, {}).chopped(1);
            token =
                input + '.' +
                base64Url(QMessageAuthenticationCode::hash(input, m_rsa->publicKeyPem(), QCryptographicHash::Sha256));
        }
        QVERIFY(!token.isEmpty());
        if (tamper) {
            // Flip a bit in the middle of the signature (the last base64 character may carry padding bits).
            QByteArray signature =
                QByteArray::fromBase64(token.mid(token.lastIndexOf('.') + 1), QByteArray::Base64UrlEncoding);
            signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
            token = token.left(token.lastIndexOf('.') + 1) + base64Url(signature);
        }

        IdTokenExpectations expectations = defaultExpectations();
        if (expect.contains("nonce"))
            expectations.nonce = expect.value("nonce").toString();
        if (expect.contains("minimumAuthTimeAgo"))
            expectations.minimumAuthTime = m_now.addSecs(-expect.value("minimumAuthTimeAgo").toInteger());
        for (const QJsonValue& acr : expect.value("acceptedAcr").toArray())
            expectations.acceptedAcr.append(acr.toString());

        const auto result = IdTokenVerifier::verify(token, m_jwks, expectations, m_now);
        if (why.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
            QCOMPARE(result->subject, payload.value("sub").toString());
            QCOMPARE(result->raw, payload);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Protocol);
        QVERIFY2(result.error().why.contains(why), qPrintable(result.error().why));
        QVERIFY(!result.error().what.isEmpty());
        QVERIFY(!result.error().action.isEmpty());
        // Plain words for the operator, never the token itself.
        QVERIFY(!result.error().userMessage().contains(QString::fromLatin1(token.left(20))));
    }

    void verifiedClaimsAreExposed()
    {
        const QJsonObject claims = defaultClaims();
        const QByteArray token = mintToken(*m_ec, {{"alg", "ES256"}, {"kid", "ec-1"}}, claims);
        const auto result = IdTokenVerifier::verify(token, m_jwks, defaultExpectations(), m_now);
        QVERIFY(result.ok());
        QCOMPARE(result->subject, QString("7c1b2a8e-0d1f-4c39-9f0e-2f7f1f3a9b10"));
        QCOMPARE(result->preferredUsername, QString("alice"));
        QCOMPARE(result->name, QString("Alice Admin"));
        QCOMPARE(result->email, QString("alice@example.org"));
        QCOMPARE(result->acr, QString("1"));
        QCOMPARE(result->sessionId, QString("b7f3c0de-session"));
        QCOMPARE(result->authTime, m_now.addSecs(-20));
        QCOMPARE(result->issuedAt, m_now.addSecs(-10));
        QCOMPARE(result->expiresAt, m_now.addSecs(300));
        QCOMPARE(result->raw.value("email").toString(), QString("alice@example.org"));
    }

    void incompleteExpectationsFailClosed()
    {
        const QByteArray token = mintToken(*m_rsa, {{"alg", "RS256"}, {"kid", "rsa-1"}}, defaultClaims());
        IdTokenExpectations expectations = defaultExpectations();
        expectations.issuer.clear();
        QVERIFY(!IdTokenVerifier::verify(token, m_jwks, expectations, m_now).ok());
        expectations = defaultExpectations();
        expectations.clientId.clear();
        QVERIFY(!IdTokenVerifier::verify(token, m_jwks, expectations, m_now).ok());
    }

    void malformedTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray header = base64Url(R"({"alg":"RS256","kid":"rsa-1"})");
        const QByteArray claims = base64Url(R"({"sub":"x"})");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << QByteArray(header + '.' + claims);
        QTest::newRow("four parts") << QByteArray(header + '.' + claims + ".c2ln.c2ln");
        QTest::newRow("only dots") << QByteArray("..");
        QTest::newRow("bad base64 header") << QByteArray("e30*." + claims + ".c2ln");
        QTest::newRow("standard base64 alphabet") << QByteArray(header + '.' + claims + ".a+b/");
        QTest::newRow("padded") << QByteArray(header + '.' + claims + ".c2lnbg==");
        QTest::newRow("header not JSON") << QByteArray(base64Url("not json") + '.' + claims + ".c2ln");
        QTest::newRow("claims not JSON") << QByteArray(header + '.' + base64Url("{\"sub\":") + ".c2ln");
        QTest::newRow("header is an array") << QByteArray(base64Url("[1,2]") + '.' + claims + ".c2ln");
        QTest::newRow("claims are a string") << QByteArray(header + '.' + base64Url("\"x\"") + ".c2ln");
        QTest::newRow("huge") << QByteArray(header + '.' + base64Url(QByteArray(200 * 1024, 'a')) + ".c2ln");
        QTest::newRow("binary garbage") << QByteArray("\x00\xff.\x01\x02.\x03", 7);
    }

    void malformedTokensAreRefused()
    {
        QFETCH(QByteArray, token);
        // Refused while splitting, before any key or claim is looked at.
        QVERIFY(!Jwt::parse(token).ok());
        const auto result = IdTokenVerifier::verify(token, m_jwks, defaultExpectations(), m_now);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Protocol);
        QVERIFY(!result.error().why.isEmpty());
    }

    void keySetSkipsUnusableKeys_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        const QJsonObject rsa = m_rsa->jwk("k");
        const QJsonObject ec = m_ec->jwk("k");
        const QByteArray shortModulus =
            QByteArray::fromBase64(rsa.value("n").toString().toLatin1(), QByteArray::Base64UrlEncoding).left(128);
        QTest::newRow("RSA 1024-bit modulus") << merged(rsa, {{"n", QString::fromLatin1(base64Url(shortModulus))}});
        QTest::newRow("RSA modulus not base64url") << merged(rsa, {{"n", "!!!"}});
        QTest::newRow("RSA without e") << merged(rsa, {{"e", QJsonValue::Null}});
        QTest::newRow("RSA even exponent") << merged(rsa, {{"e", "AQAA"}});
        QTest::newRow("RSA n is a number") << merged(rsa, {{"n", 12345}});
        QTest::newRow("EC point off the curve") << merged(ec, {{"y", ec.value("x")}});
        QTest::newRow("EC short coordinate") << merged(ec, {{"x", "AAEC"}});
        QTest::newRow("EC P-384") << merged(ec, {{"crv", "P-384"}});
        QTest::newRow("use enc") << merged(rsa, {{"use", "enc"}});
        QTest::newRow("key_ops without verify") << merged(rsa, {{"key_ops", QJsonArray{"encrypt"}}});
        QTest::newRow("kty oct") << QJsonObject{{"kty", "oct"}, {"kid", "k"}, {"k", "c2VjcmV0"}};
        QTest::newRow("kty missing") << merged(rsa, {{"kty", QJsonValue::Null}});
        QTest::newRow("no kid") << merged(rsa, {{"kid", QJsonValue::Null}});
    }

    void keySetSkipsUnusableKeys()
    {
        QFETCH(QJsonObject, jwk);
        const auto jwks = Jwks::parse(jwksDocument({jwk, m_ec->jwk("good")}));
        QVERIFY(jwks.ok());
        QCOMPARE(jwks->keys().size(), 1);
        QCOMPARE(jwks->keys().first().keyId, QString("good"));
    }

    void keySetAcceptsBothKeyTypes()
    {
        const auto jwks = Jwks::parse(jwksDocument({m_rsa->jwk("r", ""), m_ec->jwk("e")}));
        QVERIFY(jwks.ok());
        QCOMPARE(jwks->keys().size(), 2);
        QCOMPARE(jwks->find("r").first().key.type(), PublicKey::Type::Rsa);
        QCOMPARE(jwks->find("r").first().key.bits(), 2048);
        QCOMPARE(jwks->find("e").first().key.type(), PublicKey::Type::EcP256);
    }

    void keySetDocumentMustBeAKeySet_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no keys") << QByteArray("{}");
        QTest::newRow("keys not an array") << QByteArray(R"({"keys":{}})");
        QTest::newRow("huge") << QByteArray("{\"keys\":[],\"x\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}");
    }

    void keySetDocumentMustBeAKeySet()
    {
        QFETCH(QByteArray, document);
        const auto jwks = Jwks::parse(document);
        QVERIFY(!jwks.ok());
        QCOMPARE(jwks.error().kind, Error::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestIdTokenVerifier)
#include "test_id_token_verifier.moc"
