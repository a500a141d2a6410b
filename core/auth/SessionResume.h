#pragma once

#include "core/auth/Profile.h"
#include "core/auth/SignInFlow.h"

#include <QObject>

namespace custos {

class HttpClient;
class SecretStore;

// Resumes a session at start-up without the browser: the refresh token stored in the keychain for this profile
// and user is redeemed, and the new ID token verified. finished() carries Error::Kind::NotFound when nothing is
// stored, Keychain when the keychain is unavailable, Unauthorized when the server ended the session.
class SessionResume : public QObject
{
    Q_OBJECT
public:
    SessionResume(HttpClient* http, SecretStore* secrets, Profile profile, QString subject, QObject* parent = nullptr);

    void start();

signals:
    void finished(const custos::Result<custos::SignInResult>& result);

private:
    void redeem(const ProviderMetadata& metadata, const QByteArray& refreshToken);

    HttpClient* m_http;
    SecretStore* m_secrets;
    Profile m_profile;
    QString m_subject;
    JwksCache* m_jwks = nullptr;
};

} // namespace custos
