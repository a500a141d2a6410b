#include "TestTokens.h"
#include "core/auth/JwksCache.h"
#include "core/http/HttpClient.h"
#include "tests/unit/http/FakeHttpServer.h"

#include <QDateTime>
#include <QTest>
#include <optional>

using namespace custos;

namespace {

const QString issuer = QStringLiteral("https://sso.example.org/realms/acme");
const QString clientId = QStringLiteral("custos-console");

// Waits (on the event loop, never sleeping) for the callback to deliver its result.
struct Outcome
{
    std::optional<Result<IdTokenClaims>> result;
    auto callback()
    {
        return [this](const Result<IdTokenClaims>& r) { result.emplace(r); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 10000);
    }
};

IdTokenExpectations expectations()
{
    IdTokenExpectations expected;
    expected.issuer = issuer;
    expected.clientId = clientId;
    expected.nonce = QStringLiteral("nonce-1");
    return expected;
}

QByteArray idToken(const TestKey& key, const QString& keyId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return mintToken(key, {{"alg", "RS256"}, {"kid", keyId}},
                     {{"iss", issuer},
                      {"sub", "user-1"},
                      {"aud", clientId},
                      {"azp", clientId},
                      {"typ", "ID"},
                      {"exp", now + 300},
                      {"iat", now},
                      {"nonce", "nonce-1"}});
}

} // namespace

class TestJwksCache : public QObject
{
    Q_OBJECT
private:
    std::optional<TestKey> m_old;
    std::optional<TestKey> m_new;

private slots:
    void initTestCase()
    {
        m_old = TestKey::rsa2048();
        m_new = TestKey::rsa2048();
    }

    void rotatedKeyIsFoundWithOneRefetch()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(200, jwksDocument({m_old->jwk("old")})),
                       FakeHttpServer::respond(200, jwksDocument({m_old->jwk("old"), m_new->jwk("new")}))});
        HttpClient http;
        JwksCache cache(&http, server.url("/realms/acme/protocol/openid-connect/certs"));

        Outcome first;
        cache.verify(idToken(*m_new, "new"), expectations(), this, first.callback());
        QVERIFY(first.wait());
        QVERIFY2(first.result->ok(), qPrintable(first.result->ok() ? QString() : first.result->error().userMessage()));
        QCOMPARE(first.result->value().subject, QString("user-1"));
        QCOMPARE(server.requests().size(), 2);

        // Both keys are now cached: neither token costs another request.
        Outcome second;
        cache.verify(idToken(*m_old, "old"), expectations(), this, second.callback());
        QVERIFY(second.wait());
        QVERIFY(second.result->ok());
        Outcome third;
        cache.verify(idToken(*m_new, "new"), expectations(), this, third.callback());
        QVERIFY(third.wait());
        QVERIFY(third.result->ok());
        QCOMPARE(server.requests().size(), 2);
    }

    void unknownKeyFailsAfterOneRefetchOnly()
    {
        FakeHttpServer server;
        const QByteArray keys = jwksDocument({m_old->jwk("old")});
        server.script({FakeHttpServer::respond(200, keys), FakeHttpServer::respond(200, keys),
                       FakeHttpServer::respond(200, keys)});
        HttpClient http;
        JwksCache cache(&http, server.url("/certs"));

        Outcome first;
        cache.verify(idToken(*m_new, "forged"), expectations(), this, first.callback());
        QVERIFY(first.wait());
        QVERIFY(!first.result->ok());
        QCOMPARE(first.result->error().kind, Error::Kind::Protocol);
        QVERIFY(first.result->error().why.contains("does not publish"));
        QCOMPARE(server.requests().size(), 2);

        // Within the rate limit another unknown kid is refused from the cache, without asking the server.
        Outcome second;
        cache.verify(idToken(*m_new, "forged-again"), expectations(), this, second.callback());
        QVERIFY(second.wait());
        QVERIFY(!second.result->ok());
        QVERIFY(second.result->error().why.contains("does not publish"));
        QCOMPARE(server.requests().size(), 2);
    }

    void concurrentVerificationsShareOneFetch()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(200, jwksDocument({m_old->jwk("old")}))});
        HttpClient http;
        JwksCache cache(&http, server.url("/certs"));
        Outcome a;
        Outcome b;
        cache.verify(idToken(*m_old, "old"), expectations(), this, a.callback());
        cache.verify(idToken(*m_old, "old"), expectations(), this, b.callback());
        QVERIFY(a.wait());
        QVERIFY(b.wait());
        QVERIFY(a.result->ok());
        QVERIFY(b.result->ok());
        QCOMPARE(server.requests().size(), 1);
    }

    void unreachableKeySetIsANetworkError()
    {
        quint16 port = 0;
        {
            FakeHttpServer closed;
            port = closed.serverPort();
        }
        HttpClient http;
        JwksCache cache(&http, QUrl(QStringLiteral("http://127.0.0.1:%1/certs").arg(port)));
        Outcome outcome;
        cache.verify(idToken(*m_old, "old"), expectations(), this, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Network);
    }

    void brokenKeySetIsAProtocolError()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(200, "<html>maintenance</html>")});
        HttpClient http;
        JwksCache cache(&http, server.url("/certs"));
        Outcome outcome;
        cache.verify(idToken(*m_old, "old"), expectations(), this, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Protocol);
    }

    void destroyedContextIsNeverCalledBack()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(200, jwksDocument({m_old->jwk("old")}))});
        HttpClient http;
        JwksCache cache(&http, server.url("/certs"));
        bool called = false;
        auto* context = new QObject;
        cache.verify(idToken(*m_old, "old"), expectations(), context,
                     [&](const Result<IdTokenClaims>&) { called = true; });
        delete context;
        // A later verification on a live context completing proves the first one's answer was processed.
        Outcome later;
        cache.verify(idToken(*m_old, "old"), expectations(), this, later.callback());
        QVERIFY(later.wait());
        QVERIFY(later.result->ok());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestJwksCache)
#include "test_jwks_cache.moc"
