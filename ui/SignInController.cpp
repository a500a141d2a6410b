#include "ui/SignInController.h"

#include "core/auth/LoopbackReceiver.h"
#include "core/auth/ProfileStore.h"
#include "core/auth/Session.h"
#include "core/auth/SessionResume.h"
#include "core/common/Logging.h"
#include "core/crypto/Random.h"
#include "core/http/CaBundle.h"

#include <QDesktopServices>

namespace custos {

SignInController::SignInController(HttpClient* http, SecretStore* secrets, Session* session, ProfileStore* profiles,
                                   QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(secrets)
    , m_session(session)
    , m_profiles(profiles)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
}

void SignInController::resume(const Profile& profile)
{
    const QString subject = m_profiles->lastSubject(profile.name);
    if (subject.isEmpty()) {
        emit resumeFailed(Error::notFound(tr("No saved session"), {}));
        return;
    }
    if (const Status trusted = trustCaBundle(*m_http, profile.caBundle); !trusted.ok())
        return emit resumeFailed(trusted.error());
    auto* resume = new SessionResume(m_http, m_secrets, profile, subject, this);
    m_resume = resume;
    connect(resume, &SessionResume::finished, this, [this, resume, profile](const Result<SignInResult>& result) {
        resume->deleteLater();
        if (!result.ok())
            return emit resumeFailed(result.error());
        m_session->establish(profile, result->endpoint, result->tokens, result->identity);
    });
    resume->start();
}

void SignInController::signIn(const Profile& profile)
{
    if (const Status trusted = trustCaBundle(*m_http, profile.caBundle); !trusted.ok())
        return emit signInFailed(trusted.error());
    runFlow(profile, {}, [this, profile](const Result<SignInResult>& result) {
        if (!result.ok())
            return emit signInFailed(result.error());
        m_profiles->setLastUsed(profile.name);
        m_profiles->setLastSubject(profile.name, result->identity.subject);
        m_session->establish(profile, result->endpoint, result->tokens, result->identity);
    });
}

void SignInController::stepUp(const QString& reason, QObject* context, std::function<void(const Status&)> done)
{
    qCInfo(lcAuth).noquote() << "step-up requested:" << reason;
    SignInFlow::Options options;
    options.stepUp = true;
    options.acrValues = m_session->profile().acrValues;
    options.loginHint = m_session->identity().username;
    if (const Status trusted = trustCaBundle(*m_http, m_session->profile().caBundle); !trusted.ok())
        return done(trusted);
    auto guard = QPointer<QObject>(context);
    runFlow(m_session->profile(), options, [this, guard, done = std::move(done)](const Result<SignInResult>& result) {
        Status outcome =
            result.ok() ? m_session->adoptStepUp(result->tokens, result->identity) : Status(result.error());
        if (guard)
            done(outcome);
    });
}

void SignInController::runFlow(const Profile& profile, SignInFlow::Options options,
                               std::function<void(const Result<SignInResult>&)> done)
{
    cancel();
    auto* flow = new SignInFlow(m_http, profile, options, this);
    m_flow = flow;
    connect(flow, &SignInFlow::authorizationUrlReady, this,
            [this](const QUrl& url) { emit waitingForBrowser(url, m_openUrl(url)); });
    connect(flow, &SignInFlow::finished, this, [flow, done = std::move(done)](const Result<SignInResult>& result) {
        flow->deleteLater();
        done(result);
    });
    flow->start();
}

void SignInController::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void SignInController::signOut()
{
    // A step-up still waiting for the browser belongs to the session that ends here: its caller hears "cancelled",
    // and its listener closes.
    cancel();
    // The post-logout redirect lands on a one-shot loopback listener so the browser shows a clear page.
    const QByteArray state = randomToken(16);
    auto* landing = new LoopbackReceiver(QStringLiteral("/logged-out"), QString::fromLatin1(state), this);
    const bool listening = landing->listen(std::chrono::minutes(2));
    connect(landing, &LoopbackReceiver::received, landing, [landing] {
        landing->respond(true, tr("Signed out"), tr("You are signed out of Custos and of this browser's session."));
        landing->deleteLater();
    });
    connect(landing, &LoopbackReceiver::timedOut, landing, &QObject::deleteLater);
    if (!listening)
        landing->deleteLater();
    const QString profileName = m_session->profile().name;
    m_profiles->setLastSubject(profileName, {});
    m_session->signOut(listening ? landing->redirectUri() : QString(), QString::fromLatin1(state), this,
                       [this](const QUrl& logout, const Status& revoked) {
                           // Even when revocation failed, end the browser's SSO session, or the next sign-in
                           // would complete silently.
                           if (!logout.isEmpty())
                               m_openUrl(logout);
                           emit signOutFinished(revoked);
                       });
}

} // namespace custos
