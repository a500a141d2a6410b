#include "core/auth/ProfileStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void derivesRealmAndBase_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("realm");
        QTest::newRow("root") << "https://sso.example.org/realms/acme" << "https://sso.example.org" << "acme";
        QTest::newRow("context path") << "https://h.example.org/auth/realms/x-y" << "https://h.example.org/auth" << "x-y";
        QTest::newRow("port") << "http://127.0.0.1:8080/realms/custos-demo" << "http://127.0.0.1:8080" << "custos-demo";
    }
    void derivesRealmAndBase()
    {
        QFETCH(QString, issuer);
        Profile profile;
        profile.issuer = QUrl(issuer);
        QTEST(profile.keycloakBaseUrl().toString(), "base");
        QTEST(profile.realm(), "realm");
    }

    void validation_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://sso.example.org/realms/acme" << "custos-console" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/realms/acme" << "custos-console" << true;
        QTest::newRow("remote http refused") << "http://sso.example.org/realms/acme" << "custos-console" << false;
        QTest::newRow("no realm") << "https://sso.example.org/" << "custos-console" << false;
        QTest::newRow("no client") << "https://sso.example.org/realms/acme" << "" << false;
        QTest::newRow("garbage") << "::not a url::" << "custos-console" << false;
    }
    void validation()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, clientId);
        QFETCH(bool, valid);
        const auto profile = Profile::fromJson(QJsonObject{{"name", "P"}, {"issuer", issuer}, {"clientId", clientId}});
        QCOMPARE(profile.ok(), valid);
        if (!valid)
            QVERIFY(!profile.error().userMessage().isEmpty());
    }

    // The platform API receives the operator's access token on every call: https, as for the issuer, except on
    // this computer's loopback. Both imports (--import-profile and File → Import profile) read through fromFile.
    void platformUrlNeedsHttpsOffLoopback_data()
    {
        QTest::addColumn<QString>("platformUrl");
        QTest::addColumn<bool>("valid");
        QTest::newRow("none") << "" << true;
        QTest::newRow("https") << "https://api.example.org/api/v1" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8099/api/v1" << true;
        QTest::newRow("localhost http") << "http://localhost:8099" << true;
        QTest::newRow("ipv6 loopback http") << "http://[::1]:8099" << true;
        QTest::newRow("remote http") << "http://api.example.org/api/v1" << false;
        QTest::newRow("lan http") << "http://192.168.1.20:8099" << false;
        QTest::newRow("loopback-looking host") << "http://127.0.0.1.example.org" << false;
        QTest::newRow("other scheme") << "ftp://api.example.org" << false;
        QTest::newRow("no host") << "https:///api/v1" << false;
    }
    void platformUrlNeedsHttpsOffLoopback()
    {
        QFETCH(QString, platformUrl);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        QFile file(dir.filePath("profile.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{"name", "P"},
                                             {"issuer", "https://sso.example.org/realms/acme"},
                                             {"clientId", "custos-console"},
                                             {"platformUrl", platformUrl}})
                       .toJson());
        file.close();
        const auto profile = Profile::fromFile(file.fileName());
        QCOMPARE(profile.ok(), valid);
        if (valid)
            return;
        const QString message = profile.error().userMessage();
        QVERIFY2(message.contains("platform URL"), qPrintable(message));
        if (platformUrl.startsWith("http://")) {
            QVERIFY2(message.contains(platformUrl), qPrintable(message));
            QVERIFY2(message.contains("clear text"), qPrintable(message));
            QVERIFY2(message.contains("https://"), qPrintable(message));
        }
        Profile direct{"P", QUrl("https://sso.example.org/realms/acme"), "custos-console", QUrl(platformUrl), {}, {},
                       {}, {}};
        QVERIFY(!ProfileStore(dir.filePath("custos.ini")).save(direct).ok());
    }

    void storeRoundTripsAndReplacesByName()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath("custos.ini"));
        QVERIFY(store.profiles().isEmpty());

        Profile a{"Local devstack", QUrl("http://127.0.0.1:8080/realms/custos-demo"), "custos-console", {}, {}, {}, {},
                  {}};
        Profile b{"Prod", QUrl("https://sso.example.org/realms/acme"), "custos", QUrl("https://api.example.org"),
                  "/etc/ca.pem", "gold", {}, {}};
        QVERIFY(store.save(a).ok());
        QVERIFY(store.save(b).ok());
        a.clientId = "other";
        QVERIFY(store.save(a).ok());

        ProfileStore reopened(dir.filePath("custos.ini"));
        const auto all = reopened.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).clientId, QString("other"));
        QCOMPARE(all.at(1).toJson(), b.toJson());
        QVERIFY(reopened.find("Prod").has_value());

        reopened.setLastUsed("Prod");
        QCOMPARE(ProfileStore(dir.filePath("custos.ini")).lastUsed(), QString("Prod"));
        reopened.remove("Prod");
        QVERIFY(!reopened.find("Prod"));
    }

    void refusesInvalidProfile()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath("custos.ini"));
        Profile bad{"Bad", QUrl("http://evil.example.org/realms/x"), "c", {}, {}, {}, {}, {}};
        QVERIFY(!store.save(bad).ok());
        QVERIFY(store.profiles().isEmpty());
    }

    void readsDevstackProfileFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("profile.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name":"Local devstack","issuer":"http://127.0.0.1:4321/realms/custos-demo",)"
                   R"("clientId":"custos-console","platformUrl":"","caBundle":""})");
        file.close();
        const auto profile = Profile::fromFile(file.fileName());
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().userMessage()));
        QCOMPARE(profile->realm(), QString("custos-demo"));

        QVERIFY(!Profile::fromFile(dir.filePath("missing.json")).ok());
        QFile garbage(dir.filePath("garbage.json"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("\x00\xff{{{", 5);
        garbage.close();
        QCOMPARE(Profile::fromFile(garbage.fileName()).error().kind, Error::Kind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "test_profile.moc"
