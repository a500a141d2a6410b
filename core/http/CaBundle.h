#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace custos {

class HttpClient;

// The largest CA bundle file accepted (a real bundle of a few CAs is a few KiB).
inline constexpr qint64 kMaxCaBundleBytes = 1024 * 1024;

// Reads a profile's CA bundle: a PEM file of one or more CA certificates (basicConstraints CA:TRUE), at most
// kMaxCaBundleBytes. Anything else (a missing or unreadable file, DER, a private key, a server certificate)
// is an Error in plain words naming the file.
[[nodiscard]] Result<QList<QSslCertificate>> loadCaBundle(const QString& pemPath);

// Makes `http` trust the system store plus the bundle at `pemPath` (only the system store when the path is
// empty). On an Error the client is left trusting only the system store.
[[nodiscard]] Status trustCaBundle(HttpClient& http, const QString& pemPath);

} // namespace custos
