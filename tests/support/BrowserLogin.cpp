#include "tests/support/BrowserLogin.h"

#include <QTest>

namespace custos::test {

BrowserLogin::BrowserLogin(QString username, QString password, QString trustedSpki, QString totpSecret)
    : m_username(std::move(username))
    , m_password(std::move(password))
    , m_trustedSpki(std::move(trustedSpki))
    , m_totpSecret(std::move(totpSecret))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

BrowserLogin::~BrowserLogin()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void BrowserLogin::open(const QUrl& url)
{
    QStringList arguments{QStringLiteral(CUSTOS_E2E_DIR "/browser-login.mjs"), url.toString(QUrl::FullyEncoded),
                          m_username, m_password};
    if (!m_trustedSpki.isEmpty())
        arguments << QStringLiteral("Signed in") << m_trustedSpki;
    // In the environment, not on the command line other processes can read.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_totpSecret.isEmpty())
        environment.insert(QStringLiteral("CUSTOS_BROWSER_TOTP_SECRET"), m_totpSecret);
    m_process.setProcessEnvironment(environment);
    m_process.start(QStringLiteral("node"), arguments);
    m_started = true;
}

bool BrowserLogin::succeeded(int timeoutMs)
{
    if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs))
        m_process.kill();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

Result<SignInResult> signInWithBrowser(HttpClient* http, const Profile& profile, const QString& username,
                                       const QString& password, SignInFlow::Options options, const QString& trustedSpki)
{
    SignInFlow flow(http, profile, options);
    BrowserLogin browser(username, password, trustedSpki);
    std::optional<Result<SignInResult>> outcome;
    QObject context;
    QObject::connect(&flow, &SignInFlow::authorizationUrlReady, &context, [&](const QUrl& url) { browser.open(url); });
    QObject::connect(&flow, &SignInFlow::finished, &context,
                     [&](const Result<SignInResult>& result) { outcome.emplace(result); });
    flow.start();
    const bool finished = QTest::qWaitFor([&] { return outcome.has_value(); }, 120000);
    if (!browser.succeeded() || !finished)
        qWarning().noquote() << "browser:" << browser.output();
    if (!finished)
        return Error::timeout(QStringLiteral("sign-in"), QStringLiteral("the flow did not finish"));
    return *outcome;
}

} // namespace custos::test
