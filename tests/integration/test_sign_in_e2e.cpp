// End to end, against the devstack's real Keycloak, with Debian's Chromium driven by playwright-core signing in on
// Keycloak's own login page, and the real GNOME keyring of the test's D-Bus session (scripts/with-keyring).
#include "core/auth/ProfileStore.h"
#include "core/auth/Session.h"
#include "core/auth/SessionResume.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/TokenEndpoint.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keychain/SecretStore.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UsersApi.h"
#include "tests/support/BrowserLogin.h"
#include "tests/support/DevStack.h"
#include "tests/support/ShiftedClock.h"

#include <QDirIterator>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace custos;

namespace {

QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message.toUtf8() + '\n';
    }
    previousHandler(type, context, message);
}

} // namespace

class TestSignInEndToEnd : public QObject
{
    Q_OBJECT

    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    KeychainSecretStore* m_keychain = nullptr;
    Profile m_profile;
    QList<QByteArray> m_seenTokens; // every token this test saw, to scan logs and files for afterwards
    QString m_subject;

    Result<SignInResult> signInWithBrowser(const QString& username, const QString& password,
                                           SignInFlow::Options options = {})
    {
        return test::signInWithBrowser(m_http, m_profile, username, password, options);
    }

    Result<int> countUsers(Session* session)
    {
        ApiClient api(m_http, session);
        KeycloakAdmin admin(&api, m_profile.keycloakBaseUrl(), m_profile.realm());
        UsersApi users(&admin);
        std::optional<Result<int>> count;
        users.count(UserQuery{}, this, [&](const Result<int>& r) { count.emplace(r); });
        if (!QTest::qWaitFor([&] { return count.has_value(); }, 30000))
            return Error::timeout("count", "no answer");
        return *count;
    }

    void remember(const TokenSet& tokens)
    {
        for (const QByteArray& token : {tokens.accessToken, tokens.refreshToken, tokens.idToken}) {
            if (!token.isEmpty())
                m_seenTokens.append(token);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Custos"));
        QCoreApplication::setApplicationName(QStringLiteral("custos-e2e-test"));
        previousHandler = qInstallMessageHandler(captureLog);
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up");
        m_profile = m_stack.profile();
        m_http = new HttpClient(this);
        m_keychain = new KeychainSecretStore(QStringLiteral("custos-e2e-test"), this);
    }

    void signsInThroughTheBrowserAndReadsTheUserCount()
    {
        const auto result = signInWithBrowser(QStringLiteral("alice"), m_stack.value("CUSTOS_DEMO_ALICE_PASSWORD"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        QCOMPARE(result->identity.username, QString("alice"));
        // What the window keeps about a sign-in goes to QSettings (test mode): it is scanned for tokens below.
        ProfileStore profiles;
        QVERIFY(profiles.save(m_profile).ok());
        profiles.setLastUsed(m_profile.name);
        profiles.setLastSubject(m_profile.name, result->identity.subject);
        QVERIFY(result->identity.hasRole("manage-users")); // iam-operator's composite, expanded by Keycloak
        remember(result->tokens);
        m_subject = result->identity.subject;

        Session session(m_keychain);
        QSignalSpy persistence(&session, &Session::persistenceChanged);
        session.establish(m_profile, result->endpoint, result->tokens, result->identity);
        const Result<int> count = countUsers(&session);
        QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : count.error().userMessage()));
        QVERIFY(count.value() >= 1000);

        // The machine slept past the token's expiry (its refresh timer never fired): the next call renews the
        // session without the browser before it goes out.
        const QByteArray before = session.accessToken();
        QSignalSpy refreshed(&session, &Session::refreshed);
        {
            test::ShiftedClock clock;
            clock.advance(QDateTime::currentDateTimeUtc().secsTo(session.accessExpiresAt()) + 1);
            QVERIFY(session.accessTokenStale());
            QVERIFY(countUsers(&session).ok());
        }
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(session.accessToken() != before);
        QVERIFY(!session.accessTokenStale());
        QVERIFY(countUsers(&session).ok());
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(session.persistence(), Session::Persistence::Keychain);
        QCOMPARE(persistence.size(), 0); // the keychain accepted the token: no switch to session-only
    }

    void stepUpForcesAFreshLoginAndChecksAuthTime()
    {
        // The browser keeps no cookies between runs, so this also proves prompt=login is accepted with max_age=0;
        // what matters is that the new ID token's auth_time is not older than the step-up's start.
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        SignInFlow::Options options;
        options.stepUp = true;
        options.loginHint = QStringLiteral("alice");
        const auto result =
            signInWithBrowser(QStringLiteral("alice"), m_stack.value("CUSTOS_DEMO_ALICE_PASSWORD"), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        remember(result->tokens);
        QVERIFY(result->identity.authTime.isValid());
        QVERIFY(result->identity.authTime >= started.addSecs(-60));
        QCOMPARE(result->identity.subject, m_subject);
    }

    void restartResumesFromTheKeychainWithoutTheBrowser()
    {
        QVERIFY(!m_subject.isEmpty());
        SessionResume resume(m_http, m_keychain, m_profile, m_subject);
        std::optional<Result<SignInResult>> resumed;
        connect(&resume, &SessionResume::finished, this, [&](const Result<SignInResult>& r) { resumed.emplace(r); });
        resume.start();
        QVERIFY(QTest::qWaitFor([&] { return resumed.has_value(); }, 30000));
        const Result<SignInResult>& result = *resumed;
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        QCOMPARE(result->identity.subject, m_subject);
        remember(result->tokens);

        Session session(m_keychain);
        session.establish(m_profile, result->endpoint, result->tokens, result->identity);
        QVERIFY(countUsers(&session).ok());

        // Sign-out revokes: the refresh token Custos held is then refused by Keycloak, and the keychain is empty.
        const QByteArray oldRefreshToken = result->tokens.refreshToken;
        std::optional<Status> revoked;
        QUrl logout;
        session.signOut(QStringLiteral("http://127.0.0.1:1/logged-out"), QStringLiteral("st"), this,
                        [&](const QUrl& url, const Status& r) {
                            logout = url;
                            revoked.emplace(r);
                        });
        QVERIFY(QTest::qWaitFor([&] { return revoked.has_value(); }, 30000));
        QVERIFY2(revoked->ok(), qPrintable(revoked->ok() ? QString() : revoked->error().userMessage()));
        QVERIFY(logout.query().contains("id_token_hint"));
        QVERIFY(logout.query().contains("post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Flogged-out"));
        QVERIFY(!session.isSignedIn());

        std::optional<Result<TokenSet>> reused;
        result->endpoint->refresh(oldRefreshToken, this, [&](const Result<TokenSet>& r) { reused.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return reused.has_value(); }, 30000));
        QVERIFY(!reused->ok());
        QCOMPARE(reused->error().kind, Error::Kind::Unauthorized);

        std::optional<Result<QByteArray>> stored;
        m_keychain->read(Session::keychainKey(m_profile, m_subject), this,
                         [&](const Result<QByteArray>& r) { stored.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 30000));
        QCOMPARE(stored->error().kind, Error::Kind::NotFound);
    }

    // Run by ctest in a second process with no D-Bus session (see CMakeLists.txt): the keychain is unavailable.
    void withoutAKeyringTheSessionIsSessionOnly()
    {
        if (qEnvironmentVariableIsEmpty("CUSTOS_E2E_NO_KEYRING"))
            QSKIP("runs in the no-keyring process");
        const auto result = signInWithBrowser(QStringLiteral("harry"), m_stack.value("CUSTOS_DEMO_HARRY_PASSWORD"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        remember(result->tokens);
        ProfileStore profiles;
        QVERIFY(profiles.save(m_profile).ok());
        profiles.setLastSubject(m_profile.name, result->identity.subject);
        Session session(m_keychain);
        QSignalSpy persistence(&session, &Session::persistenceChanged);
        session.establish(m_profile, result->endpoint, result->tokens, result->identity);
        QVERIFY(persistence.wait(30000));
        QCOMPARE(session.persistence(), Session::Persistence::SessionOnly);
        QVERIFY(countUsers(&session).ok());
    }

    void noTokenMaterialInLogsOrFiles()
    {
        QVERIFY(!m_seenTokens.isEmpty());
        // Any 24-character run of a token is enough to count as a leak.
        QList<QByteArray> needles;
        for (const QByteArray& token : std::as_const(m_seenTokens)) {
            for (qsizetype at = 0; at + 24 <= token.size(); at += 97)
                needles.append(token.mid(at, 24));
        }
        {
            QMutexLocker lock(&logMutex);
            for (const QByteArray& needle : std::as_const(needles))
                QVERIFY2(!capturedLog.contains(needle), "token material in the log output");
        }
        const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        int files = 0;
        for (const QString& root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray content = file.readAll();
                for (const QByteArray& needle : std::as_const(needles))
                    QVERIFY2(!content.contains(needle), qPrintable("token material in " + file.fileName()));
            }
        }
        qInfo() << "scanned" << files << "files and" << capturedLog.size() << "bytes of log output";
        QVERIFY2(files > 0, "no settings file was written: the scan would prove nothing");
    }
};

QTEST_GUILESS_MAIN(TestSignInEndToEnd)
#include "test_sign_in_e2e.moc"
