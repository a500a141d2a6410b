#include "core/auth/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
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
        QTest::newRow("root") << "https://sso.example.org/realms/acme"
                              << "https://sso.example.org"
                              << "acme";
        QTest::newRow("context path") << "https://h.example.org/auth/realms/x-y"
                                      << "https://h.example.org/auth"
                                      << "x-y";
        QTest::newRow("port") << "http://127.0.0.1:8080/realms/custos-demo"
                              << "http://127.0.0.1:8080"
                              << "custos-demo";
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
        QTest::newRow("https") << "https://sso.example.org/realms/acme"
                               << "custos-console" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/realms/acme"
                                       << "custos-console" << true;
        QTest::newRow("remote http refused") << "http://sso.example.org/realms/acme"
                                             << "custos-console" << false;
        QTest::newRow("no realm") << "https://sso.example.org/"
                                  << "custos-console" << false;
        QTest::newRow("no client") << "https://sso.example.org/realms/acme"
                                   << "" << false;
        QTest::newRow("garbage") << "::not a url::"
                                 << "custos-console" << false;
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
        Profile direct{
            "P", QUrl("https://sso.example.org/realms/acme"), "custos-console", QUrl(platformUrl), {}, {}, {}, {}, {}};
        QVERIFY(!ProfileStore(dir.filePath("custos.ini")).save(direct).ok());
    }

    // The witnesses every checkpoint of the window's ledger goes to: each URL https (http only on loopback), each
    // key a cosignature/v1 verifier key, the quorum at most their number; every refusal says what to correct.
    void witnesses_data()
    {
        const QString key1 = "custos.devstack/witness1+c24196fb+BM/Oy+LbzjxowO4PMA514r0uAXqaZjFzGeSR/olLYT4g";
        const QString key2 = "custos.devstack/witness2+0783ac9f+BCAOGEKWeJIdcvVdpUbw9UMkX9V2ZBu2SeYTA9vV+LAX";
        // A ledger's Ed25519 note key (type 0x01), not a witness's cosignature key.
        const QString ledgerKey = "custos.test/wit+9a9d7c2b+AbVogsqKIx3ZRNMnHN6Dbb6P6V1RGBHMh5Q0hmYqjJmP";
        const auto witness = [](const QString& url, const QString& key) {
            return QJsonObject{{"url", url}, {"key", key}};
        };
        QTest::addColumn<QJsonValue>("witnesses");
        QTest::addColumn<QJsonValue>("quorum");
        QTest::addColumn<int>("expectedQuorum"); // -1: refused
        QTest::addColumn<QString>("why");        // part of the refusal's reason
        QTest::newRow("none") << QJsonValue() << QJsonValue() << 0 << "";
        QTest::newRow("two, quorum defaults to all")
            << QJsonValue(QJsonArray{witness("https://w1.example.org", key1), witness("http://127.0.0.1:9001", key2)})
            << QJsonValue() << 2 << "";
        QTest::newRow("quorum 1 of 2") << QJsonValue(QJsonArray{witness("https://w1.example.org", key1),
                                                                witness("https://w2.example.org", key2)})
                                       << QJsonValue(1) << 1 << "";
        QTest::newRow("quorum above count") << QJsonValue(QJsonArray{witness("https://w1.example.org", key1)})
                                            << QJsonValue(2) << -1 << "witnessQuorum is 2";
        QTest::newRow("quorum 0") << QJsonValue(QJsonArray{witness("https://w1.example.org", key1)}) << QJsonValue(0)
                                  << -1 << "witnessQuorum is 0";
        QTest::newRow("quorum not a number") << QJsonValue(QJsonArray{witness("https://w1.example.org", key1)})
                                             << QJsonValue("2") << -1 << "whole number";
        QTest::newRow("quorum without witnesses") << QJsonValue() << QJsonValue(1) << -1 << "lists no witnesses";
        QTest::newRow("remote http") << QJsonValue(QJsonArray{witness("http://w1.example.org", key1)}) << QJsonValue()
                                     << -1 << "plain http";
        QTest::newRow("no URL") << QJsonValue(QJsonArray{witness("", key1)}) << QJsonValue() << -1 << "no valid URL";
        QTest::newRow("ledger key, not a witness key")
            << QJsonValue(QJsonArray{witness("https://w1.example.org", ledgerKey)}) << QJsonValue() << -1
            << "not a cosignature/v1 verifier key";
        QTest::newRow("garbage key") << QJsonValue(QJsonArray{witness("https://w1.example.org", "nope")})
                                     << QJsonValue() << -1 << "not a cosignature/v1 verifier key";
        QTest::newRow("same key twice") << QJsonValue(QJsonArray{witness("https://w1.example.org", key1),
                                                                 witness("https://w2.example.org", key1)})
                                        << QJsonValue() << -1 << "same key";
        QTest::newRow("not a list") << QJsonValue(QJsonObject{{"url", "https://w1.example.org"}}) << QJsonValue() << -1
                                    << "not a list";
        QTest::newRow("entry without key") << QJsonValue(QJsonArray{QJsonObject{{"url", "https://w1.example.org"}}})
                                           << QJsonValue() << -1 << "witness 1 is not an object";
    }
    void witnesses()
    {
        QFETCH(QJsonValue, witnesses);
        QFETCH(QJsonValue, quorum);
        QFETCH(int, expectedQuorum);
        QFETCH(QString, why);
        QJsonObject object{{"name", "P"}, {"issuer", "https://sso.example.org/realms/acme"}, {"clientId", "c"}};
        if (!witnesses.isUndefined())
            object.insert("witnesses", witnesses);
        if (!quorum.isUndefined())
            object.insert("witnessQuorum", quorum);
        const auto profile = Profile::fromJson(object);
        if (expectedQuorum < 0) {
            QVERIFY(!profile.ok());
            QVERIFY2(profile.error().why.contains(why), qPrintable(profile.error().why));
            QVERIFY(!profile.error().action.isEmpty());
            return;
        }
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().userMessage()));
        QCOMPARE(profile->witnesses.quorum, expectedQuorum);
        QCOMPARE(profile->witnesses.witnesses.size(), witnesses.toArray().size());
        // Exported and imported again, the witnesses stay the same.
        const auto again = Profile::fromJson(profile->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->witnesses.quorum, expectedQuorum);
        for (qsizetype i = 0; i < witnesses.toArray().size(); ++i) {
            QCOMPARE(again->witnesses.witnesses.at(i).url,
                     witnesses.toArray().at(i).toObject().value("url").toString());
            QCOMPARE(again->witnesses.witnesses.at(i).key,
                     witnesses.toArray().at(i).toObject().value("key").toString());
        }
    }

    void storeRoundTripsAndReplacesByName()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath("custos.ini"));
        QVERIFY(store.profiles().isEmpty());

        Profile a{"Local devstack",
                  QUrl("http://127.0.0.1:8080/realms/custos-demo"),
                  "custos-console",
                  {},
                  {},
                  {},
                  {},
                  {},
                  {}};
        Profile b{"Prod",
                  QUrl("https://sso.example.org/realms/acme"),
                  "custos",
                  QUrl("https://api.example.org"),
                  "/etc/ca.pem",
                  "gold",
                  {},
                  {},
                  {}};
        b.witnesses.witnesses = {{"https://w1.example.org",
                                  "custos.devstack/witness1+c24196fb+BM/Oy+LbzjxowO4PMA514r0uAXqaZjFzGeSR/olLYT4g"}};
        b.witnesses.quorum = 1;
        b.justification.ticketPattern = "^(INC|CHG)-[0-9]+$";
        b.justification.ticketRequired = true;
        b.callerAttributes.phoneAttribute = "mobile";
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
        Profile bad{"Bad", QUrl("http://evil.example.org/realms/x"), "c", {}, {}, {}, {}, {}, {}};
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
