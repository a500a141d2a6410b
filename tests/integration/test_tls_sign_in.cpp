// Against the devstack's Keycloak over HTTPS (a certificate from the devstack's throw-away CA): without the
// profile's CA bundle the connection is refused with the host and the certificate's fingerprint; with it a browser
// sign-in and an admin call succeed. The browser trusts the server through its own flag (the SPKI hash), never
// through Custos: Custos's client trusts only the system store plus the CA bundle.
#include "core/auth/ProviderMetadata.h"
#include "core/auth/Session.h"
#include "core/auth/SignInFlow.h"
#include "core/http/ApiClient.h"
#include "core/http/CaBundle.h"
#include "core/http/HttpClient.h"
#include "core/keychain/SecretStore.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UsersApi.h"
#include "tests/support/BrowserLogin.h"
#include "tests/support/DevStack.h"

#include <QTest>

using namespace custos;

class TestTlsSignIn : public QObject
{
    Q_OBJECT

    test::DevStack m_stack;
    Profile m_profile;
    QUrl m_httpsIssuer;

    Result<ProviderMetadata> discover(HttpClient* http)
    {
        std::optional<Result<ProviderMetadata>> outcome;
        ProviderMetadata::discover(http, m_httpsIssuer, this,
                                   [&](const Result<ProviderMetadata>& r) { outcome.emplace(r); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return Error::timeout("discovery", "no answer");
        return *outcome;
    }

    // One browser sign-in; Chromium trusts the devstack's server key by its SPKI hash (browser-login.mjs).
    Result<SignInResult> signInWithBrowser(HttpClient* http, const QString& username, const QString& password)
    {
        return test::signInWithBrowser(http, m_profile, username, password, {},
                                       m_stack.value(QStringLiteral("CUSTOS_TLS_SERVER_SPKI_SHA256")));
    }

private slots:
    void initTestCase()
    {
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up");
        m_httpsIssuer = QUrl(m_stack.value(QStringLiteral("CUSTOS_ISSUER_HTTPS")));
        QVERIFY2(m_httpsIssuer.scheme() == QLatin1String("https"), "the devstack has no CUSTOS_ISSUER_HTTPS");
        QVERIFY(!m_stack.value(QStringLiteral("CUSTOS_CA_BUNDLE")).isEmpty());
        m_profile = m_stack.profile();
        m_profile.issuer = m_httpsIssuer;
        m_profile.caBundle = m_stack.value(QStringLiteral("CUSTOS_CA_BUNDLE"));
    }

    void withoutTheBundleTheCertificateIsRefusedNamingHostAndFingerprint()
    {
        const QList<QSslCertificate> served =
            QSslCertificate::fromPath(m_stack.value(QStringLiteral("CUSTOS_TLS_SERVER_CERT")), QSsl::Pem);
        QCOMPARE(served.size(), 1);
        const QString fingerprint =
            QString::fromLatin1(served.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());

        HttpClient systemTrustOnly; // what Custos does for a profile without a CA bundle
        const Result<ProviderMetadata> result = discover(&systemTrustOnly);
        QVERIFY2(!result.ok(), "an untrusted certificate was accepted");
        QCOMPARE(result.error().kind, Error::Kind::Tls);
        const QString message = result.error().userMessage();
        qInfo().noquote() << "refused:" << message;
        QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
        QVERIFY2(message.contains(fingerprint), qPrintable(message + " / expected " + fingerprint));
    }

    void withTheBundleTheBrowserSignInAndAnAdminCallSucceed()
    {
        const Result<QList<QSslCertificate>> bundle = loadCaBundle(m_profile.caBundle);
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().userMessage()));
        HttpClient http;
        http.setExtraCaCertificates(bundle.value());

        const Result<ProviderMetadata> metadata = discover(&http);
        QVERIFY2(metadata.ok(), qPrintable(metadata.ok() ? QString() : metadata.error().userMessage()));

        const auto result = signInWithBrowser(&http, QStringLiteral("alice"),
                                              m_stack.value(QStringLiteral("CUSTOS_DEMO_ALICE_PASSWORD")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        QCOMPARE(result->identity.username, QString("alice"));

        MemorySecretStore secrets;
        Session session(&secrets);
        session.establish(m_profile, result->endpoint, result->tokens, result->identity);
        ApiClient api(&http, &session);
        QCOMPARE(m_profile.keycloakBaseUrl().scheme(), QString("https"));
        KeycloakAdmin admin(&api, m_profile.keycloakBaseUrl(), m_profile.realm());
        UsersApi users(&admin);
        std::optional<Result<int>> count;
        users.count(UserQuery{}, this, [&](const Result<int>& r) { count.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return count.has_value(); }, 30000));
        QVERIFY2(count->ok(), qPrintable(count->ok() ? QString() : count->error().userMessage()));
        QVERIFY2(count->value() >= 1000, qPrintable(QString::number(count->value())));
    }
};

QTEST_GUILESS_MAIN(TestTlsSignIn)
#include "test_tls_sign_in.moc"
