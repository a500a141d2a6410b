#include "core/auth/Session.h"

#include "core/auth/TokenEndpoint.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/keychain/SecretStore.h"

#include <QUrlQuery>

namespace custos {
namespace {
// Refresh this long before the access token expires, so calls in flight do not meet a 401.
constexpr qint64 refreshLeadSeconds = 30;
// After a transient failure of a timed refresh (network, 5xx), try again this much later.
constexpr qint64 refreshRetrySeconds = 20;
} // namespace

Session::Session(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshAccessToken(this, [](const Status&) {}); });
}

Session::~Session() = default;

QString Session::keychainKey(const Profile& profile, const QString& subject)
{
    return QStringLiteral("refresh-token|%1|%2|%3").arg(profile.issuer.toString(), profile.clientId, subject);
}

void Session::establish(const Profile& profile, std::shared_ptr<TokenEndpoint> endpoint, const TokenSet& tokens,
                        const Identity& identity)
{
    abandonRefresh();
    m_profile = profile;
    m_endpoint = std::move(endpoint);
    m_tokens = tokens;
    m_identity = identity;
    qCInfo(lcAuth).noquote() << "signed in as" << identity.username << "on" << profile.issuer.toString();
    storeRefreshToken();
    scheduleRefresh();
    emit signedIn();
}

Status Session::adoptStepUp(const TokenSet& tokens, const Identity& identity)
{
    if (identity.subject != m_identity.subject)
        return Error::invalid(
            tr("The confirmation was not accepted"),
            tr("you confirmed as %1, but %2 is signed in").arg(identity.username, m_identity.username),
            tr("Confirm with the account that is signed in"));
    abandonRefresh();
    m_tokens = tokens;
    m_identity = identity;
    storeRefreshToken();
    scheduleRefresh();
    emit refreshed();
    return success();
}

void Session::storeRefreshToken()
{
    if (m_tokens.refreshToken.isEmpty())
        return;
    m_secrets->write(keychainKey(m_profile, m_identity.subject), m_tokens.refreshToken, this,
                     [this](const Status& stored) {
                         const Persistence now = stored.ok() ? Persistence::Keychain : Persistence::SessionOnly;
                         if (!stored.ok())
                             qCWarning(lcAuth).noquote() << "running session-only:" << stored.error().why;
                         if (now != m_persistence) {
                             m_persistence = now;
                             emit persistenceChanged(now);
                         }
                     });
}

void Session::scheduleRefresh()
{
    scheduleRefresh(Clock::now().secsTo(m_tokens.accessExpiresAt) - refreshLeadSeconds);
}

void Session::scheduleRefresh(qint64 seconds)
{
    m_refreshTimer.start(std::chrono::seconds(std::max<qint64>(seconds, 1)));
}

void Session::abandonRefresh()
{
    ++m_epoch;
    m_refreshCall.cancel();
    if (!m_refreshing)
        return;
    m_refreshing = false;
    const Status abandoned =
        Error::cancelled(tr("Could not renew your session"), tr("the session changed while it was being renewed"));
    for (const auto& waiter : std::exchange(m_waiting, {}))
        waiter(abandoned);
}

bool Session::accessTokenStale() const
{
    return !m_tokens.accessToken.isEmpty() && m_tokens.accessExpiresAt.isValid() &&
           Clock::now().secsTo(m_tokens.accessExpiresAt) <= refreshLeadSeconds;
}

void Session::refreshAccessToken(QObject* context, std::function<void(const Status&)> done)
{
    m_waiting.append([context = QPointer<QObject>(context), done = std::move(done)](const Status& status) {
        if (context)
            done(status);
    });
    // Single-flight: a rotated refresh token may be redeemed once only, so concurrent callers share one refresh.
    if (m_refreshing)
        return;
    auto finish = [this](const Status& status) {
        m_refreshing = false;
        for (const auto& waiter : std::exchange(m_waiting, {}))
            waiter(status);
    };
    if (!m_endpoint || m_tokens.refreshToken.isEmpty()) {
        finish(Error::unauthorized(tr("Could not renew your session"), tr("you are not signed in"), tr("Sign in")));
        return;
    }
    m_refreshing = true;
    const quint64 epoch = m_epoch;
    m_refreshCall =
        m_endpoint->refresh(m_tokens.refreshToken, this, [this, finish, epoch](const Result<TokenSet>& tokens) {
            if (epoch != m_epoch)
                return; // signed out, signed in again or stepped up meanwhile: this answer is stale
            if (!tokens.ok()) {
                if (tokens.error().kind == Error::Kind::Unauthorized) {
                    // The server ended the session: drop the dead token everywhere, keep the UI's state.
                    m_secrets->remove(keychainKey(m_profile, m_identity.subject), this, [](const Status&) {});
                    m_tokens = {};
                    m_refreshTimer.stop();
                    finish(tokens.error());
                    emit expired(tokens.error());
                    return;
                }
                if (tokens.error().kind != Error::Kind::Cancelled)
                    scheduleRefresh(refreshRetrySeconds); // a blip must not let an idle session die
                finish(tokens.error());
                return;
            }
            TokenSet next = tokens.value();
            if (next.refreshToken.isEmpty())
                next.refreshToken = m_tokens.refreshToken;
            if (next.idToken.isEmpty())
                next.idToken = m_tokens.idToken;
            m_tokens = next;
            m_identity.roles = Identity::realmManagementRoles(m_tokens.accessToken);
            qCInfo(lcAuth) << "session renewed; access token valid until" << m_tokens.accessExpiresAt;
            storeRefreshToken();
            scheduleRefresh();
            emit refreshed();
            finish(success());
        });
}

void Session::signOut(const QString& postLogoutRedirectUri, const QString& logoutState, QObject* context,
                      std::function<void(const QUrl& logout, const Status& revoked)> done)
{
    const QByteArray refreshToken = m_tokens.refreshToken;
    const QByteArray idToken = m_tokens.idToken;
    const QString key = keychainKey(m_profile, m_identity.subject);
    const auto endpoint = m_endpoint;
    clear();
    m_secrets->remove(key, this, [](const Status& removed) {
        if (!removed.ok())
            qCWarning(lcAuth).noquote() << "could not delete the stored session:" << removed.error().why;
    });

    QUrl logout;
    if (endpoint && !endpoint->metadata().endSessionEndpoint.isEmpty()) {
        logout = endpoint->metadata().endSessionEndpoint;
        QUrlQuery query;
        // Pre-encoded: QUrlQuery takes '%' as an escape and leaves '+' alone, which servers read as a space.
        auto add = [&query](const QString& name, const QString& value) {
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        add(QStringLiteral("client_id"), endpoint->clientId());
        if (!idToken.isEmpty())
            add(QStringLiteral("id_token_hint"), QString::fromLatin1(idToken));
        if (!postLogoutRedirectUri.isEmpty()) {
            add(QStringLiteral("post_logout_redirect_uri"), postLogoutRedirectUri);
            add(QStringLiteral("state"), logoutState);
        }
        logout.setQuery(query);
    }
    emit signedOut();
    if (!endpoint || refreshToken.isEmpty()) {
        done(logout, success());
        return;
    }
    endpoint->revoke(refreshToken, context,
                     [logout, done = std::move(done)](const Status& revoked) { done(logout, revoked); });
}

void Session::clear()
{
    abandonRefresh();
    m_refreshTimer.stop();
    m_tokens = {};
    m_identity = {};
    m_endpoint.reset();
}

} // namespace custos
