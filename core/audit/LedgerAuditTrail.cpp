#include "core/audit/LedgerAuditTrail.h"

#include "core/common/Logging.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerStore.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QUuid>

namespace custos {

// Owns the store on the worker thread: SQLite is used from this thread only.
class LedgerAuditTrail::Worker : public QObject
{
public:
    Worker(std::unique_ptr<LedgerStore> store, LedgerKeys keys)
        : m_store(std::move(store))
        , m_keys(std::move(keys))
    {
    }

    Result<qint64> append(const QJsonObject& entry)
    {
        auto appended = m_store->append({entry}, m_keys.hmacKey(), &m_keys.signingKey(), QDateTime::currentDateTimeUtc());
        if (!appended)
            return appended.error();
        return m_store->recordCount();
    }

private:
    std::unique_ptr<LedgerStore> m_store;
    LedgerKeys m_keys;
};

LedgerAuditTrail::LedgerAuditTrail(std::unique_ptr<LedgerStore> store, LedgerKeys keys, const QString& path,
                                   QObject* parent)
    : AuditTrail(parent)
    , m_path(path)
    , m_worker(new Worker(std::move(store), std::move(keys)))
{
    m_thread.setObjectName(QStringLiteral("custos-ledger"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LedgerAuditTrail::~LedgerAuditTrail()
{
    // Appends already queued are finished first: a record the operator was promised must not be lost at exit.
    m_thread.quit();
    m_thread.wait();
}

void LedgerAuditTrail::record(const QJsonObject& entry, QObject* context, std::function<void(const Status&)> done)
{
    QPointer<QObject> guard(context);
    QPointer<LedgerAuditTrail> self(this);
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, entry, guard, self, done = std::move(done)]() mutable {
            const Result<qint64> size = worker->append(entry);
            if (!size.ok())
                qCWarning(lcLedger) << "append failed:" << size.error().why;
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, guard, size, done = std::move(done)] {
                    if (size.ok())
                        emit self->appended(size.value());
                    if (guard)
                        done(size.ok() ? Status(success()) : Status(size.error()));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LedgerAuditTrail::open(const QString& path, const QString& origin, SecretStore* secrets, QObject* context,
                            std::function<void(const Result<LedgerAuditTrail*>&)> done)
{
    if (QFileInfo::exists(path)) {
        auto store = LedgerStore::open(path);
        if (!store)
            return done(store.error());
        const LedgerStore::Meta meta = (*store)->meta();
        if (meta.keyStorage != u"keychain")
            return done(Error{Error::Kind::Invalid, tr("Could not open the audit ledger %1").arg(path),
                              tr("its keys are kept in a key file, not in the keychain"),
                              tr("Use a ledger created by Custos, or move this one away"), 0});
        auto shared = std::make_shared<std::unique_ptr<LedgerStore>>(std::move(store).value());
        LedgerKeys::loadFromSecretStore(*secrets, meta.origin, meta.ledgerId, context,
                                        [path, shared, done](const Result<LedgerKeys>& keys) {
                                            if (!keys)
                                                return done(keys.error());
                                            done(new LedgerAuditTrail(std::move(*shared), keys.value(), path));
                                        });
        return;
    }
    auto keys = LedgerKeys::generate();
    if (!keys)
        return done(keys.error());
    LedgerStore::Meta meta;
    meta.origin = origin;
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.keyStorage = QStringLiteral("keychain");
    // Keys first: a ledger whose keys were never stored could not be appended to or signed again.
    keys->saveToSecretStore(*secrets, meta.origin, meta.ledgerId, context,
                            [path, meta, keys = keys.value(), done](const Status& saved) {
                                if (!saved)
                                    return done(saved.error());
                                QDir().mkpath(QFileInfo(path).absolutePath());
                                QFile::setPermissions(QFileInfo(path).absolutePath(),
                                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                                auto store = LedgerStore::create(path, meta);
                                if (!store)
                                    return done(store.error());
                                qCInfo(lcLedger) << "created the audit ledger" << path << "origin" << meta.origin;
                                done(new LedgerAuditTrail(std::move(store).value(), keys, path));
                            });
}

} // namespace custos
