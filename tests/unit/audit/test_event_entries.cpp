#include "core/audit/KeycloakEventIngestor.h"
#include "core/ledger/LedgerRecord.h"

#include <QJsonDocument>
#include <QTest>

using namespace custos;

// How Keycloak's events become ledger entries: what is kept, what is left out, what is refused.
class TestEventEntries : public QObject
{
    Q_OBJECT
private:
    static QJsonObject json(const char* text) { return QJsonDocument::fromJson(text).object(); }

private slots:
    void adminEventBecomesAnEntry()
    {
        const auto entry = KeycloakEventIngestor::adminEventEntry(json(
            R"({ "id": "e1", "time": 1795531339605, "realmId": "r1", "operationType": "UPDATE", "resourceType": "USER", "resourcePath": "users/u-42", "authDetails": {"userId": "admin-1", "ipAddress": "10.0.0.1", "clientId": "c"}, "representation": "credentials hunter2"})"));
        QVERIFY(entry.ok());
        QCOMPARE(entry->value("source").toString(), QStringLiteral("keycloak-admin"));
        QCOMPARE(entry->value("source_id").toString(), QStringLiteral("e1"));
        QCOMPARE(entry->value("time").toString(), QStringLiteral("2026-11-24T14:42:19.605Z"));
        QCOMPARE(entry->value("action").toString(), QStringLiteral("ADMIN_UPDATE_USER"));
        QCOMPARE(entry->value("target").toObject().value("id").toString(), QStringLiteral("u-42"));
        QCOMPARE(entry->value("actor").toObject().value("id").toString(), QStringLiteral("admin-1"));
        QCOMPARE(entry->value("outcome").toString(), QStringLiteral("SUCCESS"));
        QVERIFY2(!QJsonDocument(entry.value()).toJson().contains("hunter2"), "the representation is left out");
        QVERIFY(LedgerRecord::fromEntry(entry.value()).ok());
    }

    void userEventBecomesAnEntryWithoutTokenIds()
    {
        const auto entry = KeycloakEventIngestor::userEventEntry(json(
            R"({ "id": "e2", "time": 1795531339605, "type": "LOGIN_ERROR", "clientId": "custos-console", "userId": "u-1", "ipAddress": "10.0.0.2", "error": "invalid_user_credentials", "details": {"username": "bob", "token_id": "t-1", "refresh_token_id": "r-1", "auth_method": "openid-connect"}})"));
        QVERIFY(entry.ok());
        QCOMPARE(entry->value("action").toString(), QStringLiteral("LOGIN_ERROR"));
        QCOMPARE(entry->value("outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(entry->value("error").toString(), QStringLiteral("invalid_user_credentials"));
        QCOMPARE(entry->value("actor").toObject().value("username").toString(), QStringLiteral("bob"));
        const QJsonObject kept = entry->value("details").toObject().value("keycloak").toObject();
        QCOMPARE(kept.value("auth_method").toString(), QStringLiteral("openid-connect"));
        QVERIFY(!kept.contains("token_id"));
        QVERIFY(!kept.contains("refresh_token_id"));
        QVERIFY(LedgerRecord::fromEntry(entry.value()).ok());
    }

    void eventsWithoutIdTimeOrTypeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<bool>("admin");
        QTest::newRow("admin without id") << QByteArray(R"({"time": 1, "operationType": "CREATE"})") << true;
        QTest::newRow("admin without time") << QByteArray(R"({"id": "a", "operationType": "CREATE"})") << true;
        QTest::newRow("admin with text time")
            << QByteArray(R"({"id": "a", "time": "x", "operationType": "CREATE"})") << true;
        QTest::newRow("admin without operation") << QByteArray(R"({"id": "a", "time": 1})") << true;
        QTest::newRow("user without id (Keycloak < 26.2)") << QByteArray(R"({"time": 1, "type": "LOGIN"})") << false;
        QTest::newRow("user without type") << QByteArray(R"({"id": "a", "time": 1})") << false;
        QTest::newRow("empty") << QByteArray("{}") << false;
    }

    void eventsWithoutIdTimeOrTypeAreRefused()
    {
        QFETCH(QByteArray, event);
        QFETCH(bool, admin);
        const QJsonObject object = QJsonDocument::fromJson(event).object();
        const auto entry =
            admin ? KeycloakEventIngestor::adminEventEntry(object) : KeycloakEventIngestor::userEventEntry(object);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().kind, Error::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestEventEntries)
#include "test_event_entries.moc"
