#include "core/auth/LoopbackReceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace custos;
using namespace std::chrono_literals;

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_browser;

    QNetworkReply* get(const LoopbackReceiver& receiver, const QString& pathAndQuery)
    {
        return m_browser.get(
            QNetworkRequest(QUrl(QString("http://127.0.0.1:%1%2").arg(receiver.port()).arg(pathAndQuery))));
    }
    static bool finishes(QNetworkReply* reply)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
    }
    static int status(QNetworkReply* reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void bindsLoopbackOnlyOnAnEphemeralPort()
    {
        LoopbackReceiver receiver("/callback", "s");
        QVERIFY(receiver.listen(10s));
        QVERIFY(receiver.port() != 0);
        QCOMPARE(receiver.redirectUri(), QString("http://127.0.0.1:%1/callback").arg(receiver.port()));
        // Not reachable on any non-loopback address of this machine.
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket probe;
            probe.connectToHost(address, receiver.port());
            QVERIFY2(!probe.waitForConnected(1000), qPrintable(address.toString()));
        }
    }

    void wrongStateIsAnsweredAndIgnored_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("forged code") << "?code=evil&state=WRONG";
        QTest::newRow("forged error") << "?error=access_denied&state=WRONG";
        QTest::newRow("no state") << "?code=evil";
    }
    void wrongStateIsAnsweredAndIgnored()
    {
        QFETCH(QString, query);
        LoopbackReceiver receiver("/callback", "expected-state");
        QVERIFY(receiver.listen(10s));
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        QNetworkReply* forged = get(receiver, "/callback" + query);
        QVERIFY(finishes(forged));
        QCOMPARE(status(forged), 400);
        QCOMPARE(received.size(), 0);

        // The real response still completes the sign-in afterwards.
        QNetworkReply* real = get(receiver, "/callback?code=abc&state=expected-state&iss=https%3A%2F%2Fidp");
        QVERIFY(received.wait(5000));
        const auto response = received.first().first().value<AuthorizationResponse>();
        QCOMPARE(response.code, QString("abc"));
        QCOMPARE(response.iss, QString("https://idp"));
        QVERIFY(response.hasIss);
        QVERIFY(!real->isFinished()); // held until the token exchange is done
        receiver.respond(true, "Signed in", "Welcome");
        QVERIFY(finishes(real));
        QCOMPARE(status(real), 200);
        QVERIFY(real->readAll().contains("Welcome"));
    }

    void errorResponseWithTheRightStateIsDelivered()
    {
        LoopbackReceiver receiver("/callback", "st");
        QVERIFY(receiver.listen(10s));
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        get(receiver, "/callback?error=access_denied&error_description=User%20said%20no&state=st");
        QVERIFY(received.wait(5000));
        const auto response = received.first().first().value<AuthorizationResponse>();
        QCOMPARE(response.error, QString("access_denied"));
        QCOMPARE(response.errorDescription, QString("User said no"));
        QVERIFY(response.code.isEmpty());
        QVERIFY(!response.hasIss);
    }

    void secondRequestIsRefused()
    {
        LoopbackReceiver receiver("/callback", "st");
        QVERIFY(receiver.listen(10s));
        const quint16 port = receiver.port();
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        get(receiver, "/callback?code=one&state=st");
        QVERIFY(received.wait(5000));
        QCOMPARE(receiver.port(), port); // the redirect URI is still needed for the code exchange
        QCOMPARE(receiver.redirectUri(), QString("http://127.0.0.1:%1/callback").arg(port));
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!second.waitForConnected(2000));
        QCOMPARE(received.size(), 1);
    }

    void otherPathsAndMethodsAreRefused()
    {
        LoopbackReceiver receiver("/callback", "st");
        QVERIFY(receiver.listen(10s));
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        QNetworkReply* wrongPath = get(receiver, "/other?code=x&state=st");
        QVERIFY(finishes(wrongPath));
        QCOMPARE(status(wrongPath), 404);
        QNetworkReply* post = m_browser.post(
            QNetworkRequest(QUrl(QString("http://127.0.0.1:%1/callback?code=x&state=st").arg(receiver.port()))),
            QByteArray("x"));
        QVERIFY(finishes(post));
        QCOMPARE(status(post), 405);
        QTcpSocket huge;
        huge.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(huge.waitForConnected(2000));
        huge.write("GET /callback?state=st&x=" + QByteArray(40000, 'a'));
        QVERIFY(QTest::qWaitFor(
            [&] { return huge.state() == QAbstractSocket::UnconnectedState || huge.bytesAvailable(); }, 5000));
        QCOMPARE(received.size(), 0);
    }

    void timeoutCancels()
    {
        LoopbackReceiver receiver("/callback", "st");
        QSignalSpy timedOut(&receiver, &LoopbackReceiver::timedOut);
        QVERIFY(receiver.listen(200ms));
        QVERIFY(timedOut.wait(5000));
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(!late.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "test_loopback_receiver.moc"
