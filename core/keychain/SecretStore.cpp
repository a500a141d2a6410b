#include "core/keychain/SecretStore.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace custos {
namespace {

constexpr int keychainTimeoutMs = 20000; // a keychain waiting for an unlock prompt must not hang us forever

struct SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(custos::SecretStore)
};

Error keychainError(const QString& what, QKeychain::Error code, const QString& detail)
{
    Error error;
    error.kind = code == QKeychain::EntryNotFound ? Error::Kind::NotFound : Error::Kind::Keychain;
    error.what = what;
    switch (code) {
    case QKeychain::EntryNotFound:
        error.why = SecretStoreText::tr("there is no such entry in the system keychain");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.why = SecretStoreText::tr("the system keychain refused access (%1)").arg(detail);
        error.action = SecretStoreText::tr("Unlock your keyring and try again");
        break;
    default:
        error.why = SecretStoreText::tr("the system keychain is not available (%1)").arg(detail);
        error.action =
            SecretStoreText::tr("Start your desktop's keyring service (for example GNOME Keyring or KWallet)");
        break;
    }
    return error;
}

// Runs a QtKeychain job with a deadline and hands its outcome to `finish` on `context`.
void runJob(QKeychain::Job* job, QObject* context, const QString& what,
            std::function<void(QKeychain::Job*, std::optional<Error>)> finish)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto* deadline = new QTimer(job);
    deadline->setSingleShot(true);
    auto guard = QPointer<QObject>(context);
    auto done = std::make_shared<bool>(false);
    auto complete = [job, guard, what, finish, done](std::optional<Error> timeout) {
        if (*done)
            return;
        *done = true;
        std::optional<Error> error = timeout;
        if (!error && job->error() != QKeychain::NoError)
            error = keychainError(what, job->error(), job->errorString());
        if (error && error->kind == Error::Kind::Keychain)
            qCWarning(lcKeychain).noquote() << what << "-" << error->why;
        if (guard)
            finish(job, error);
    };
    // A job is deleted only once QtKeychain has finished it: its backend calls back into the job even after our
    // deadline has given up on it.
    QObject::connect(job, &QKeychain::Job::finished, job, [complete] { complete(std::nullopt); });
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    QObject::connect(deadline, &QTimer::timeout, job, [complete, what] {
        complete(Error::keychain(what, SecretStoreText::tr("the system keychain did not answer in time"),
                                 SecretStoreText::tr("Unlock your keyring and try again")));
    });
    deadline->start(keychainTimeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, context, SecretStoreText::tr("Could not read a secret from the system keychain"),
           [done = std::move(done)](QKeychain::Job* finished, std::optional<Error> error) {
               if (error)
                   return done(*error);
               done(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData());
           });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    runJob(job, context, SecretStoreText::tr("Could not store a secret in the system keychain"),
           [done = std::move(done)](QKeychain::Job*, std::optional<Error> error) {
               done(error ? Status(*error) : success());
           });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, context, SecretStoreText::tr("Could not delete a secret from the system keychain"),
           [done = std::move(done)](QKeychain::Job*, std::optional<Error> error) {
               // Deleting what is not there leaves the keychain as the caller wants it.
               done(error && error->kind != Error::Kind::NotFound ? Status(*error) : success());
           });
}

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    Result<QByteArray> result =
        it != m_secrets.constEnd()
            ? Result<QByteArray>(*it)
            : Result<QByteArray>(Error::notFound(SecretStoreText::tr("No such secret"),
                                                 SecretStoreText::tr("it was never stored in this session")));
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(success()); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(success()); });
}

} // namespace custos
