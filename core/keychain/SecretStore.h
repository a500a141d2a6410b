#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace custos {

// Where secrets live: the refresh token, the ledger's HMAC and signing keys. Asynchronous, because the OS
// keychain may ask the user to unlock it; every callback runs once, on `context`, unless it is destroyed.
// A missing entry is Error::Kind::NotFound; an unavailable or refusing keychain is Error::Kind::Keychain —
// callers must treat the two differently (sign in again vs. "session only" mode).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<QByteArray>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) = 0;
    virtual void remove(const QString& key, QObject* context, StatusCallback done) = 0;
};

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Store).
// Never falls back to plaintext storage.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("custos"), QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

private:
    QString m_service;
};

// Secrets kept in this process only: "session only" mode, and tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace custos
