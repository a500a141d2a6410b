#include "core/auth/Pkce.h"

#include "core/crypto/Random.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>

namespace custos {
namespace {

constexpr qsizetype verifierEntropyBytes = 32;

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

} // namespace

Pkce::Pkce(QByteArray verifier)
    : m_verifier(std::move(verifier))
    , m_challenge(challengeFor(m_verifier))
{
}

Pkce::~Pkce()
{
    cleanse(m_verifier);
}

Pkce Pkce::generate()
{
    return Pkce(randomToken(verifierEntropyBytes));
}

Result<Pkce> Pkce::fromVerifier(const QByteArray& verifier)
{
    const bool valid =
        verifier.size() >= 43 && verifier.size() <= 128 && std::all_of(verifier.begin(), verifier.end(), isUnreserved);
    if (!valid)
        return Error::invalid(QCoreApplication::translate("custos::Pkce", "Could not use the PKCE verifier"),
                              QCoreApplication::translate(
                                  "custos::Pkce", "it must be 43 to 128 letters, digits or the characters - . _ ~"));
    return Pkce(verifier);
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace custos
