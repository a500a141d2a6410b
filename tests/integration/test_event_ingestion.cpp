#include "core/audit/KeycloakEventIngestor.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "tests/support/DevStack.h"
#include "tests/support/KeycloakServices.h"
#include "tests/support/ServiceAccount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace custos;

// Keycloak's admin and user events copied into the ledger: each once, resumable, against the real Keycloak.
class TestEventIngestion : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    test::KeycloakServices m_keycloak; // the service account's
    QTemporaryDir m_dir;
    QString m_userId;
    QString m_username;

    struct Ledger
    {
        QString path;
        std::unique_ptr<LedgerAuditTrail> trail;
        std::unique_ptr<QSettings> settings;
    };

    Ledger makeLedger(const QString& name)
    {
        Ledger ledger;
        ledger.path = m_dir.filePath(name + ".ledger");
        auto keys = LedgerKeys::generate();
        LedgerStore::Meta meta;
        meta.origin = "custos.test/ingestion";
        meta.publicKey = keys->signingKey().publicKey();
        meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        meta.keyStorage = "key-file";
        auto store = LedgerStore::create(ledger.path, meta);
        if (!store)
            qFatal("%s", qPrintable(store.error().userMessage()));
        ledger.trail = std::make_unique<LedgerAuditTrail>(std::move(store).value(), keys.value(), ledger.path);
        ledger.settings = std::make_unique<QSettings>(m_dir.filePath(name + ".ini"), QSettings::IniFormat);
        return ledger;
    }

    Result<KeycloakEventIngestor::Summary> ingest(KeycloakEventIngestor& ingestor)
    {
        std::optional<Result<KeycloakEventIngestor::Summary>> result;
        connect(&ingestor, &KeycloakEventIngestor::finished, this,
                [&result](const Result<KeycloakEventIngestor::Summary>& r) { result.emplace(r); });
        ingestor.start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
            qFatal("ingestion did not finish");
        disconnect(&ingestor, &KeycloakEventIngestor::finished, this, nullptr);
        return *result;
    }

    static QList<QJsonObject> records(const QString& path)
    {
        auto store = LedgerStore::open(path);
        const auto stored = (*store)->records(0, (*store)->recordCount().value());
        QList<QJsonObject> out;
        for (const auto& record : stored.value())
            out.append(QJsonDocument::fromJson(record.bytes).object());
        return out;
    }

    // Every event id Keycloak reports for a feed, straight from the API.
    QSet<QString> serverEventIds(const QString& feed)
    {
        QSet<QString> ids;
        for (int first = 0;; first += 1000) {
            QUrlQuery query;
            query.addQueryItem("first", QString::number(first));
            query.addQueryItem("max", "1000");
            std::optional<Result<QJsonValue>> page;
            m_keycloak.admin->getJson(m_keycloak.admin->adminUrl(feed, query), "events", {}, this,
                                      [&page](const Result<QJsonValue>& r) { page.emplace(r); });
            if (!QTest::qWaitFor([&] { return page.has_value(); }, 60000) || !page->ok())
                qFatal("could not list %s", qPrintable(feed));
            const QJsonArray events = page->value().toArray();
            for (const QJsonValue& event : events)
                ids.insert(event.toObject().value("id").toString());
            if (events.size() < 1000)
                return ids;
        }
    }

private slots:
    void initTestCase()
    {
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        QVERIFY(m_dir.isValid());
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        m_keycloak = test::KeycloakServices::of(m_http, m_account, m_stack, this);

        // An admin event (the user's creation) and a user event (a failed login) this test can look for.
        m_username = "ingest-" + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QJsonObject user{{"username", m_username},
                               {"enabled", true},
                               {"firstName", "In"},
                               {"lastName", "Gest"},
                               {"email", QString(m_username + "@example.org")}};
        std::optional<Result<QString>> id;
        m_keycloak.users->create(user, this, [&id](const Result<QString>& r) { id.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return id.has_value(); }, 30000));
        QVERIFY(id->ok());
        m_userId = id->value();
        std::optional<Result<QJsonObject>> login;
        m_account->passwordGrant(m_username, "wrong-password", this,
                                 [&login](const Result<QJsonObject>& r) { login.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return login.has_value(); }, 30000));
        QVERIFY(!login->ok());
    }

    void eventsLandInTheLedgerOnce()
    {
        Ledger ledger = makeLedger("once");
        KeycloakEventIngestor ingestor(m_keycloak.admin, ledger.trail.get(), ledger.settings.get(), "test");
        const auto first = ingest(ingestor);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().userMessage()));
        QVERIFY(first->appended > 0);

        const QList<QJsonObject> all = records(ledger.path);
        const auto created = std::find_if(all.begin(), all.end(), [&](const QJsonObject& r) {
            return r.value("source") == "keycloak-admin" && r.value("action") == "ADMIN_CREATE_USER" &&
                   r.value("target").toObject().value("id") == m_userId;
        });
        QVERIFY2(created != all.end(), "the user's creation is recorded");
        QVERIFY2(!QJsonDocument(*created).toJson().contains("representation"), "representations are left out");
        const auto failed = std::find_if(all.begin(), all.end(), [&](const QJsonObject& r) {
            return r.value("source") == "keycloak-user" && r.value("action") == "LOGIN_ERROR" &&
                   r.value("actor").toObject().value("id") == m_userId;
        });
        QVERIFY2(failed != all.end(), "the failed login is recorded");
        QCOMPARE(failed->value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY(!failed->value("error").toString().isEmpty());
        QVERIFY(!QJsonDocument(*failed).toJson().contains("token_id"));

        // A second run re-reads only a short margin before its position; nothing is recorded twice.
        const auto second = ingest(ingestor);
        QVERIFY(second.ok());
        QVERIFY(second->appended < first->appended);
        QSet<QString> seen;
        for (const QJsonObject& record : records(ledger.path)) {
            const QString key = record.value("source").toString() + '/' + record.value("source_id").toString();
            QVERIFY2(!seen.contains(key), qPrintable("recorded twice: " + key));
            seen.insert(key);
        }
    }

    void aCancelledRunResumesWithoutGapsOrDuplicates()
    {
        Ledger ledger = makeLedger("resume");
        KeycloakEventIngestor ingestor(m_keycloak.admin, ledger.trail.get(), ledger.settings.get(), "test");
        ingestor.setPageSize(7);
        bool cancelled = false;
        connect(&ingestor, &KeycloakEventIngestor::progress, this, [&] {
            if (!cancelled) {
                cancelled = true;
                ingestor.cancel();
            }
        });
        const auto interrupted = ingest(ingestor);
        QVERIFY(!interrupted.ok());
        QCOMPARE(interrupted.error().kind, Error::Kind::Cancelled);
        const qsizetype afterCancel = records(ledger.path).size();
        QVERIFY(afterCancel > 0 && afterCancel <= 7);

        // What Keycloak has now must all be in the ledger after the resumed run (later events may or may not be).
        const QSet<QString> serverAdmin = serverEventIds("admin-events");
        const auto resumed = ingest(ingestor);
        QVERIFY2(resumed.ok(), qPrintable(resumed.ok() ? QString() : resumed.error().userMessage()));
        QSet<QString> admin;
        QSet<QString> user;
        for (const QJsonObject& record : records(ledger.path)) {
            QSet<QString>& ids = record.value("source") == "keycloak-admin" ? admin : user;
            const QString id = record.value("source_id").toString();
            QVERIFY2(!ids.contains(id), qPrintable("recorded twice: " + id));
            ids.insert(id);
        }
        QVERIFY2(admin.contains(serverAdmin),
                 qPrintable(QString::number((serverAdmin - admin).size()) + " admin events missing"));
        QVERIFY(admin.size() >= 1);
        QVERIFY(user.size() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestEventIngestion)
#include "test_event_ingestion.moc"
