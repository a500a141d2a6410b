#include "core/audit/LedgerAuditTrail.h"

#include "core/audit/ActionRecord.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/http/HttpClient.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerKeyFile.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/NoteVerifier.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QUuid>
#include <openssl/crypto.h>

namespace custos {

// Owns the store on the worker thread (SQLite is used from this thread only) and commits in groups: whatever
// was queued while the previous transaction was being synced to disk goes into the next one, so a bulk run of
// many concurrent operations costs one fsync per group, not one per record, and every record is still durable
// before its operation reports.
class LedgerAuditTrail::Worker : public QObject
{
public:
    using Reply = std::function<void(const Result<Appended>&, qint64 size)>;

    Worker(std::unique_ptr<LedgerStore> store, LedgerKeys keys)
        : m_store(std::move(store))
        , m_keys(std::move(keys))
    {
    }

    // Any thread.
    void enqueue(QList<QJsonObject> entries, Reply reply)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.append(Pending{std::move(entries), std::move(reply)});
        if (m_drainScheduled)
            return;
        m_drainScheduled = true;
        QMetaObject::invokeMethod(
            this, [this] { drain(); }, Qt::QueuedConnection);
    }

    // Worker thread.
    Status checkBeforeAppend() { return m_store->checkBeforeAppend(m_keys.hmacKey(), m_keys.signingKey().publicKey()); }

    // Worker thread.
    Status exportTo(const QString& path, ExportFormat format, const LedgerExport::Filter& filter,
                    const LedgerExport::Progress& progress)
    {
        switch (format) {
        case ExportFormat::Evidence:
            return LedgerExport::write(*m_store, path, filter, progress);
        case ExportFormat::JsonLinesHmac:
            return LedgerExport::writeHmacJsonl(*m_store, path, filter, m_keys.hmacKey(), progress);
        case ExportFormat::Csv:
            return LedgerExport::writeCsv(*m_store, path, filter, progress);
        }
        return success();
    }

    // Worker thread. The intents of Custos's own actions whose correlation id has no outcome record, oldest first,
    // each with its "seq".
    Result<QList<QJsonObject>> unansweredIntents() const
    {
        QMap<QString, QJsonObject> intents; // by correlation id
        QSet<QString> outcomes;
        const Status scanned = m_store->scanRecords([&](const LedgerStore::RecordView& view) {
            // Canonical JSON: a record of Custos's own is the only kind with this text; the rest is not parsed.
            const QByteArray bytes = QByteArray::fromRawData(view.bytes.data(), view.bytes.size());
            if (!bytes.contains("\"source\":\"local\""))
                return true;
            const QJsonObject entry = QJsonDocument::fromJson(bytes).object();
            const QString sourceId = entry.value(QLatin1String("source_id")).toString();
            if (ActionRecord::isIntent(entry)) {
                QJsonObject intent = entry;
                intent.insert(QStringLiteral("seq"), view.seq);
                intents.insert(ActionRecord::correlationOfIntent(sourceId), intent);
            } else {
                outcomes.insert(sourceId);
            }
            return true;
        });
        if (!scanned)
            return scanned.error();
        QList<QJsonObject> unanswered;
        for (auto it = intents.cbegin(); it != intents.cend(); ++it)
            if (!outcomes.contains(it.key()))
                unanswered.append(it.value());
        std::sort(unanswered.begin(), unanswered.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QLatin1String("seq")).toInteger() < b.value(QLatin1String("seq")).toInteger();
        });
        return unanswered;
    }

    // Worker thread.
    Result<QList<WitnessPolicy::Witness>> addWitnesses(const WitnessPolicy& policy)
    {
        auto listed = m_store->witnesses();
        if (!listed)
            return listed.error();
        QList<WitnessPolicy::Witness> added;
        for (const WitnessPolicy::Witness& witness : policy.witnesses) {
            const bool known = std::any_of(listed->cbegin(), listed->cend(),
                                           [&witness](const LedgerStore::Witness& w) { return w.key == witness.key; });
            if (known)
                continue;
            if (auto stored = m_store->addWitness({witness.url, witness.key}); !stored)
                return stored.error();
            added.append(witness);
        }
        return added;
    }

    // Worker thread. `reply` runs on this thread once every witness has an outcome.
    using SubmissionReply = std::function<void(const Result<QList<WitnessSubmission::Outcome>>&)>;
    void submitToWitnesses(SubmissionReply reply)
    {
        if (!m_http)
            m_http = new HttpClient(this);
        // One try each: the window's LedgerWitnessing keeps an unreachable witness's checkpoint queued and
        // tries again with back-off, across checkpoints.
        auto* submission = new WitnessSubmission(*m_store, *m_http, WitnessSubmission::Options{}, this);
        connect(submission, &WitnessSubmission::finished, this,
                [submission, reply](const QList<WitnessSubmission::Outcome>& outcomes) {
                    submission->deleteLater();
                    reply(outcomes);
                });
        if (auto started = submission->start(); !started) {
            delete submission; // start() failed before anything was sent, so finished() never comes
            reply(started.error());
        }
    }

    // Worker thread. The erasure, then its record as a reader sees it.
    Result<Erased> erase(const QString& subject, const QString& reason, const QString& actorId,
                         const QString& actorUsername, const LedgerStore::ErasureAction& action)
    {
        auto erased = m_store->erase(subject, reason, actorId, actorUsername, m_keys.hmacKey(), m_keys.signingKey(),
                                     Clock::now(), action);
        if (!erased)
            return erased.error();
        auto record = m_store->openedRecords(erased->recordSeq, erased->recordSeq + 1);
        if (!record || record->isEmpty())
            return Erased{erased.value(), {}};
        return Erased{erased.value(), record->constFirst().toJson()};
    }

    // Worker thread.
    Result<qint64> recordCount() const { return m_store->recordCount(); }

private:
    struct Pending
    {
        QList<QJsonObject> entries;
        Reply reply;
    };

    void drain()
    {
        QList<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            batch.swap(m_queue);
            m_drainScheduled = false;
        }
        // An invalid entry fails alone; it must not take the rest of the group down with it.
        QList<QJsonObject> valid;
        QList<std::optional<Error>> rejected;
        for (const Pending& pending : std::as_const(batch)) {
            std::optional<Error> problem;
            for (const QJsonObject& entry : pending.entries) {
                if (auto record = LedgerRecord::fromEntry(entry); !record) {
                    problem = record.error();
                    break;
                }
            }
            rejected.append(problem);
            if (!problem)
                valid.append(pending.entries);
        }
        Result<LedgerStore::AppendOutcome> outcome = LedgerStore::AppendOutcome{};
        if (!valid.isEmpty())
            outcome = m_store->append(valid, m_keys.hmacKey(), &m_keys.signingKey(), Clock::now());
        const Result<qint64> size = m_store->recordCount();
        if (!outcome)
            qCWarning(lcLedger) << "append of" << valid.size() << "records failed:" << outcome.error().why;
        const qint64 total = outcome.ok() ? outcome->appended + outcome->duplicates : 0;
        qsizetype offset = 0; // of this caller's first entry in `valid`, hence in the outcome's seqs
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (rejected.at(i)) {
                batch[i].reply(*rejected.at(i), size.ok() ? size.value() : -1);
            } else if (!outcome) {
                batch[i].reply(outcome.error(), -1);
            } else {
                // Duplicates are counted per group; a caller learns its own share only when it is alone, which is
                // how ingestion calls (one page at a time).
                const qint64 mine = batch[i].entries.size();
                const qint64 duplicates = total == mine ? outcome->duplicates : 0;
                batch[i].reply(Appended{mine - duplicates, duplicates, outcome->seqs.mid(offset, mine)},
                               size.ok() ? size.value() : -1);
                offset += mine;
            }
        }
    }

    std::unique_ptr<LedgerStore> m_store;
    LedgerKeys m_keys;
    HttpClient* m_http = nullptr; // a child, made on this thread when first needed
    QMutex m_mutex;
    QList<Pending> m_queue;
    bool m_drainScheduled = false;
};

LedgerAuditTrail::LedgerAuditTrail(std::unique_ptr<LedgerStore> store, LedgerKeys keys, const QString& path,
                                   QObject* parent)
    : AuditTrail(parent)
    , m_path(path)
    , m_verifierKey(NoteVerifier(store->meta().origin, store->meta().publicKey).toString())
    , m_hmacKey(keys.hmacKey())
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

void LedgerAuditTrail::recordWithSeq(const QJsonObject& entry, QObject* context,
                                     std::function<void(const Result<qint64>&)> done)
{
    QPointer<QObject> guard(context);
    enqueue({entry}, this, [this, entry, guard, done = std::move(done)](const Result<Appended>& appended) {
        const Status durable = appended.ok() ? Status(success()) : Status(appended.error());
        if (!ActionRecord::isIntent(entry))
            emit actionRecorded(entry, durable);
        if (!guard)
            return;
        if (!appended.ok())
            return done(appended.error());
        done(appended->seqs.isEmpty() ? qint64(-1) : appended->seqs.constFirst());
    });
}

void LedgerAuditTrail::exportTo(const QString& path, ExportFormat format,
                                const QList<std::pair<QString, QString>>& filter, QObject* context,
                                std::function<void(const Status&)> done, ExportProgress progress,
                                std::shared_ptr<std::atomic<bool>> cancelled)
{
    // The export is written beside its target and renamed over it: over the live database, it would replace it.
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return done(Error::invalid(tr("Could not export the audit ledger"), tr("%1 is the ledger itself").arg(path),
                                   tr("Choose another file name")));
    QPointer<QObject> guard(context);
    QPointer<LedgerAuditTrail> self(this);
    // Runs on the worker: posts to this object (which outlives the worker: its destructor joins it), whose thread
    // checks that the context still exists; and tells the writer whether to go on.
    const LedgerExport::Progress onProgress = [self, guard, progress = std::move(progress), cancelled](qint64 scanned,
                                                                                                       qint64 total) {
        if (progress && self)
            QMetaObject::invokeMethod(
                self.data(),
                [guard, progress, scanned, total] {
                    if (guard)
                        progress(scanned, total);
                },
                Qt::QueuedConnection);
        return !(cancelled && cancelled->load());
    };
    // Queued behind the appends already posted to the worker, so the export includes them.
    onWorker<Done>([path, format, filter,
                    onProgress](Worker& worker) { return worker.exportTo(path, format, filter, onProgress); },
                   context, std::move(done));
}

namespace {

// Hands a worker's `result` to `done` on the trail's thread, once there, if the trail and `context` still exist.
template <typename T>
void deliverTo(const QPointer<LedgerAuditTrail>& self, const QPointer<QObject>& context, const T& result,
               const std::function<void(const T&)>& done)
{
    if (!self)
        return;
    QMetaObject::invokeMethod(
        self.data(),
        [context, result, done] {
            if (context)
                done(result);
        },
        Qt::QueuedConnection);
}

} // namespace

template <typename T>
void LedgerAuditTrail::onWorker(std::function<Result<T>(Worker&)> job, QObject* context,
                                std::function<void(const Result<T>&)> done)
{
    QPointer<QObject> guard(context);
    QPointer<LedgerAuditTrail> self(this);
    Worker* worker = m_worker;
    // Queued behind the appends already posted, like an export.
    QMetaObject::invokeMethod(
        m_worker,
        [worker, self, guard, job = std::move(job), done = std::move(done)] {
            deliverTo(self, guard, job(*worker), done);
        },
        Qt::QueuedConnection);
}

void LedgerAuditTrail::unansweredIntents(QObject* context, std::function<void(const Result<QList<QJsonObject>>&)> done)
{
    onWorker<QList<QJsonObject>>([](Worker& worker) { return worker.unansweredIntents(); }, context, std::move(done));
}

void LedgerAuditTrail::addWitnesses(const WitnessPolicy& policy, QObject* context,
                                    std::function<void(const Result<QList<WitnessPolicy::Witness>>&)> done)
{
    onWorker<QList<WitnessPolicy::Witness>>([policy](Worker& worker) { return worker.addWitnesses(policy); }, context,
                                            std::move(done));
}

void LedgerAuditTrail::submitToWitnesses(QObject* context,
                                         std::function<void(const Result<QList<WitnessSubmission::Outcome>>&)> done)
{
    QPointer<QObject> guard(context);
    QPointer<LedgerAuditTrail> self(this);
    Worker* worker = m_worker;
    // Queued behind the appends already posted, so the checkpoint submitted covers them.
    QMetaObject::invokeMethod(
        m_worker,
        [worker, self, guard, done = std::move(done)] {
            worker->submitToWitnesses([self, guard, done](const Result<QList<WitnessSubmission::Outcome>>& outcomes) {
                deliverTo(self, guard, outcomes, done);
            });
        },
        Qt::QueuedConnection);
}

void LedgerAuditTrail::previewErasure(const QString& subject, QObject* context,
                                      std::function<void(const Result<LedgerStore::ErasurePreview>&)> done)
{
    // A read-only connection on a pool thread: scanning a large ledger must not hold up the appends.
    QThreadPool::globalInstance()->start(
        [path = m_path, subject, context = QPointer<QObject>(context), done = std::move(done)]() mutable {
            auto store = LedgerStore::openReadOnly(path);
            const Result<LedgerStore::ErasurePreview> preview =
                store ? (*store)->previewErasure(subject) : Result<LedgerStore::ErasurePreview>(store.error());
            if (context)
                QMetaObject::invokeMethod(
                    context.data(), [done = std::move(done), preview] { done(preview); }, Qt::QueuedConnection);
        });
}

void LedgerAuditTrail::erase(const QString& subject, const QString& reason, const QString& actorId,
                             const QString& actorUsername, const LedgerStore::ErasureAction& action, QObject* context,
                             std::function<void(const Result<Erased>&)> done)
{
    auto size = std::make_shared<qint64>(-1);
    onWorker<Erased>(
        [subject, reason, actorId, actorUsername, action, size](Worker& worker) -> Result<Erased> {
            auto erased = worker.erase(subject, reason, actorId, actorUsername, action);
            if (const Result<qint64> count = worker.recordCount(); count.ok())
                *size = count.value();
            return erased;
        },
        this,
        [this, context = QPointer<QObject>(context), size, done = std::move(done)](const Result<Erased>& erased) {
            // Like any action's outcome: the history lists it, the views read the ledger again.
            if (erased.ok()) {
                emit actionRecorded(erased->entry, success());
                if (*size >= 0)
                    emit appended(*size);
            }
            if (context)
                done(erased);
        });
}

void LedgerAuditTrail::checkThenHandOver(QObject* context, std::function<void(const Result<LedgerAuditTrail*>&)> done)
{
    QPointer<QObject> guard(context);
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, guard, done = std::move(done)] {
            const Status checked = worker->checkBeforeAppend();
            // Back on the trail's thread, which owns it until `done` takes it.
            QMetaObject::invokeMethod(
                this,
                [this, guard, checked, done] {
                    if (!checked) {
                        qCWarning(lcLedger).noquote() << "refused the ledger" << m_path << ":" << checked.error().why;
                        deleteLater();
                        if (guard)
                            done(checked.error());
                        return;
                    }
                    if (!guard) {
                        deleteLater();
                        return;
                    }
                    done(this);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LedgerAuditTrail::recordAll(const QList<QJsonObject>& entries, QObject* context,
                                 std::function<void(const Result<Appended>&)> done)
{
    enqueue(entries, context, std::move(done));
}

void LedgerAuditTrail::enqueue(const QList<QJsonObject>& entries, QObject* context,
                               std::function<void(const Result<Appended>&)> done)
{
    QPointer<QObject> guard(context);
    QPointer<LedgerAuditTrail> self(this);
    m_worker->enqueue(entries, [self, guard, done = std::move(done)](const Result<Appended>& appended, qint64 size) {
        if (!self)
            return;
        // Back to the thread the trail lives in.
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, appended, size, done] {
                if (appended.ok() && appended->appended > 0 && size >= 0)
                    emit self->appended(size);
                if (guard)
                    done(appended);
            },
            Qt::QueuedConnection);
    });
}

namespace {

// The ledger is there but this keychain does not hold its keys (a reset keychain, another account, a copied
// file): nothing can be appended or signed, but the records stay verifiable with the key the file names.
Error keysMissing(const QString& path)
{
    return Error::notFound(
        LedgerAuditTrail::tr("Could not open the audit ledger %1").arg(path),
        LedgerAuditTrail::tr("its signing keys are not in this computer's keychain"),
        LedgerAuditTrail::tr("Restore the keychain entry, or move the ledger file aside (keep it: it can "
                             "still be verified and exported) so that Custos starts a new one"));
}

// The ledger's folder (and its key file's) is this OS account's alone.
void makeOwnerOnlyFolder(const QString& path)
{
    const QString directory = QFileInfo(path).absolutePath();
    QDir().mkpath(directory);
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

Result<LedgerAuditTrail*> createLedger(const QString& path, LedgerStore::Meta meta, const LedgerKeys& keys)
{
    makeOwnerOnlyFolder(path);
    meta.formatVersion = LedgerStore::latestFormatVersion; // personal data as commitments, so they can be erased
    auto store = LedgerStore::create(path, meta);
    if (!store)
        return store.error();
    qCInfo(lcLedger) << "created the audit ledger" << path << "origin" << meta.origin << "keys in" << meta.keyStorage;
    return new LedgerAuditTrail(std::move(store).value(), keys, path);
}

} // namespace

void LedgerAuditTrail::open(const QString& path, const QString& origin, SecretStore* secrets, QObject* context,
                            std::function<void(const Result<LedgerAuditTrail*>&)> done)
{
    if (QFileInfo::exists(path)) {
        auto store = LedgerStore::open(path);
        if (!store)
            return done(store.error());
        const LedgerStore::Meta meta = (*store)->meta();
        if (meta.keyStorage != u"keychain")
            return done(Error::invalid(tr("Could not open the audit ledger %1").arg(path),
                                       tr("its keys are kept in a key file, not in the keychain"),
                                       tr("Use a ledger created by Custos, or move this one away")));
        auto shared = std::make_shared<std::unique_ptr<LedgerStore>>(std::move(store).value());
        LedgerKeys::loadFromSecretStore(*secrets, meta.origin, meta.ledgerId, context,
                                        [path, shared, context, done](const Result<LedgerKeys>& keys) {
                                            if (!keys && keys.error().kind == Error::Kind::NotFound)
                                                return done(keysMissing(path));
                                            if (!keys)
                                                return done(keys.error());
                                            auto* trail = new LedgerAuditTrail(std::move(*shared), keys.value(), path);
                                            trail->checkThenHandOver(context, done);
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
                                done(createLedger(path, meta, keys));
                            });
}

void LedgerAuditTrail::openWithKeyFile(const QString& path, const QString& origin, const QString& keyFile,
                                       QByteArray passphrase, QObject* context,
                                       std::function<void(const Result<LedgerAuditTrail*>&)> done)
{
    const bool ledgerExists = QFileInfo::exists(path);
    if (ledgerExists && !QFileInfo::exists(keyFile))
        return done(Error::notFound(tr("Could not open the audit ledger %1").arg(path),
                                    tr("its key file %1 is missing").arg(keyFile),
                                    tr("Put the key file back from your backup")));
    // scrypt takes a quarter of a second on purpose: not on the UI thread. The thread only reads or writes the
    // key file; the ledger is opened back on `context`'s thread, as open() does.
    auto keys = std::make_shared<std::optional<Result<LedgerKeys>>>();
    QThread* thread = QThread::create([keys, keyFile, passphrase = std::move(passphrase)]() mutable {
        if (QFileInfo::exists(keyFile)) {
            keys->emplace(LedgerKeyFile::read(keyFile, passphrase));
        } else {
            // Keys first: a ledger whose keys were never stored could not be appended to or signed again.
            makeOwnerOnlyFolder(keyFile);
            auto generated = LedgerKeys::generate();
            const Status saved =
                generated ? LedgerKeyFile::write(keyFile, generated.value(), passphrase) : Status(generated.error());
            keys->emplace(saved ? std::move(generated) : Result<LedgerKeys>(saved.error()));
        }
        if (passphrase.isDetached())
            OPENSSL_cleanse(passphrase.data(), static_cast<size_t>(passphrase.size()));
    });
    thread->setObjectName(QStringLiteral("custos-key-file"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, context, [path, origin, keys, context, done = std::move(done)] {
        if (!keys->has_value() || !keys->value().ok())
            return done(keys->has_value() ? keys->value().error()
                                          : Error::io(tr("Could not open the audit ledger %1").arg(path),
                                                      tr("its key file could not be read")));
        const LedgerKeys& found = keys->value().value();
        if (!QFileInfo::exists(path)) {
            LedgerStore::Meta meta;
            meta.origin = origin;
            meta.publicKey = found.signingKey().publicKey();
            meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            meta.keyStorage = QStringLiteral("key-file");
            return done(createLedger(path, meta, found));
        }
        auto store = LedgerStore::open(path);
        if (!store)
            return done(store.error());
        const LedgerStore::Meta meta = (*store)->meta();
        if (meta.keyStorage != u"key-file" || meta.publicKey != found.signingKey().publicKey())
            return done(Error::invalid(tr("Could not open the audit ledger %1").arg(path),
                                       meta.keyStorage != u"key-file"
                                           ? tr("its keys are kept in the keychain, not in a key file")
                                           : tr("the key file belongs to another ledger"),
                                       tr("Keep each ledger with its own key file")));
        auto* trail = new LedgerAuditTrail(std::move(store).value(), found, path);
        trail->checkThenHandOver(context, done);
    });
    thread->start();
}

} // namespace custos
