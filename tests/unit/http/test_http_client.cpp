#include "FakeHttpServer.h"
#include "core/http/AccessTokenSource.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace custos;
using namespace std::chrono_literals;

namespace {

class CountingTokens : public AccessTokenSource
{
public:
    QByteArray token = "stale";
    bool refreshSucceeds = true;
    int refreshes = 0;
    QByteArray accessToken() const override { return token; }
    void refreshAccessToken(QObject*, std::function<void(const Status&)> done) override
    {
        ++refreshes;
        token = "fresh";
        done(refreshSucceeds ? success() : Status(Error::unauthorized("refresh", "no").withHttpStatus(400)));
    }
};

// Waits (on the event loop, never sleeping) for a callback-style call to deliver its result.
template <typename T> struct Outcome
{
    std::optional<Result<T>> result;
    auto callback()
    {
        return [this](const Result<T>& r) { result.emplace(r); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 10000);
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void deadlineEndsAHangingRequest()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::hang()});
        HttpClient http;
        auto request = HttpRequest::get(server.url("/slow"), "Read something");
        request.timeout = 300ms;
        Outcome<HttpResponse> outcome;
        http.send(request, this, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Timeout);
        QVERIFY(outcome.result->error().userMessage().contains("127.0.0.1"));
    }

    void resetIsANetworkError()
    {
        FakeHttpServer server;
        // Qt's HTTP stack itself resends once on a fresh connection after a reset; every attempt is reset.
        server.script({FakeHttpServer::reset(), FakeHttpServer::reset(), FakeHttpServer::reset()});
        HttpClient http;
        Outcome<HttpResponse> outcome;
        http.send(HttpRequest::get(server.url("/"), "Read"), this, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Network);
    }

    void refusedConnectionSaysSo()
    {
        quint16 port = 0;
        {
            FakeHttpServer closed;
            port = closed.serverPort();
        }
        HttpClient http;
        Outcome<HttpResponse> outcome;
        http.send(HttpRequest::get(QUrl(QString("http://127.0.0.1:%1/").arg(port)), "Read"), this, outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Network);
        QVERIFY(outcome.result->error().why.contains("refused"));
    }

    void oversizedAnswerIsRefused()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::flood()});
        HttpClient http;
        auto request = HttpRequest::get(server.url("/big"), "Read");
        request.maxResponseBytes = 1024 * 1024;
        Outcome<HttpResponse> outcome;
        http.send(request, this, outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Protocol);
    }

    void cancelFinishesWithCancelled()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::hang()});
        HttpClient http;
        Outcome<HttpResponse> outcome;
        PendingCall call = http.send(HttpRequest::get(server.url("/"), "Read"), this, outcome.callback());
        QVERIFY(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }));
        call.cancel();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Cancelled);
    }

    void destroyedContextIsNeverCalledBack()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(200, "{}"), FakeHttpServer::respond(200, "{}")});
        HttpClient http;
        bool called = false;
        auto* context = new QObject;
        http.send(HttpRequest::get(server.url("/a"), "Read"), context,
                  [&](const Result<HttpResponse>&) { called = true; });
        delete context;
        // A later request on a live context completing proves the event loop ran past the first one's answer.
        Outcome<HttpResponse> later;
        http.send(HttpRequest::get(server.url("/b"), "Read"), this, later.callback());
        QVERIFY(later.wait());
        QVERIFY(!called);
    }

    void idempotentReadIsRetriedAfter5xx()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(503), FakeHttpServer::respond(200, "42")});
        HttpClient http;
        CountingTokens tokens;
        ApiClient api(&http, &tokens);
        api.setRetryDelays({10ms, 10ms});
        Outcome<HttpResponse> outcome;
        api.send(HttpRequest::get(server.url("/count"), "Count"), this, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result->ok());
        QCOMPARE(outcome.result->value().body, QByteArray("42"));
        QCOMPARE(server.requests().size(), 2);
    }

    void postIsNeverRetried()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(503), FakeHttpServer::respond(201)});
        HttpClient http;
        ApiClient api(&http, nullptr);
        api.setRetryDelays({10ms});
        Outcome<HttpResponse> outcome;
        api.send(HttpRequest::sendJson("POST", server.url("/users"), QJsonDocument(QJsonObject{}), "Create"), this,
                 outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Server);
        QCOMPARE(server.requests().size(), 1);
    }

    void unauthorizedRefreshesOnceAndRetriesOnce()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(401), FakeHttpServer::respond(200, "7")});
        HttpClient http;
        CountingTokens tokens;
        ApiClient api(&http, &tokens);
        Outcome<HttpResponse> outcome;
        api.send(HttpRequest::get(server.url("/count"), "Count"), this, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result->ok());
        QCOMPARE(tokens.refreshes, 1);
        QVERIFY(server.requests().at(0).contains("Authorization: Bearer stale"));
        QVERIFY(server.requests().at(1).contains("Authorization: Bearer fresh"));
    }

    void secondUnauthorizedIsFinal()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::respond(401), FakeHttpServer::respond(401), FakeHttpServer::respond(200)});
        HttpClient http;
        CountingTokens tokens;
        ApiClient api(&http, &tokens);
        Outcome<HttpResponse> outcome;
        api.send(HttpRequest::get(server.url("/count"), "Count"), this, outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.result->error().kind, Error::Kind::Unauthorized);
        QCOMPARE(tokens.refreshes, 1);
        QCOMPARE(server.requests().size(), 2);
    }

    void forbiddenCarriesTheServersExplanation()
    {
        FakeHttpServer server;
        server.script(
            {FakeHttpServer::respond(403, R"({"error":"unknown_error","errorMessage":"HTTP 403 Forbidden"})")});
        HttpClient http;
        ApiClient api(&http, nullptr);
        Outcome<HttpResponse> outcome;
        api.send(HttpRequest::get(server.url("/users"), "Could not list users"), this, outcome.callback());
        QVERIFY(outcome.wait());
        const Error& error = outcome.result->error();
        QCOMPARE(error.kind, Error::Kind::Forbidden);
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(error.userMessage().startsWith("Could not list users"));
        QVERIFY(error.why.contains("HTTP 403 Forbidden"));
        QVERIFY(!error.action.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
