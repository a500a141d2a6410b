#include "ui/LedgerController.h"

#include "core/audit/ActionRecord.h"
#include "core/audit/KeycloakEventIngestor.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/crypto/Sha256.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/ledger/LedgerStore.h"
#include "core/platform/PlatformAuditIngestor.h"
#include "core/users/Operator.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QUuid>

namespace custos {

namespace {

QString formatName(LedgerAuditTrail::ExportFormat format)
{
    switch (format) {
    case LedgerAuditTrail::ExportFormat::Evidence:
        return QStringLiteral("evidence-jsonl");
    case LedgerAuditTrail::ExportFormat::JsonLinesHmac:
        return QStringLiteral("jsonl-hmac");
    case LedgerAuditTrail::ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

// Whether the ledger at `path` keeps its keys in a key file (from its own metadata).
bool keysInKeyFile(const QString& path)
{
    const auto store = LedgerStore::openReadOnly(path);
    return store.ok() && (*store)->meta().keyStorage == u"key-file";
}

} // namespace

LedgerController::LedgerController(SecretStore* secrets, Session* session, KeycloakAdmin* keycloak, StepUp stepUp,
                                   QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_session(session)
    , m_keycloak(keycloak)
    , m_stepUp(std::move(stepUp))
{
    m_ingestionTimer.setInterval(ingestionIntervalMs);
    connect(&m_ingestionTimer, &QTimer::timeout, this, &LedgerController::recordKeycloakEvents);
    m_status = tr("Ledger: not open");
    m_witnessClock.setInterval(30 * 1000);
    connect(&m_witnessClock, &QTimer::timeout, this, [this] { emit witnessStatusChanged(witnessText()); });
}

LedgerController::~LedgerController() = default;

void LedgerController::setStatus(const QString& text)
{
    if (text == m_status)
        return;
    m_status = text;
    emit statusChanged(text);
}

void LedgerController::showSize()
{
    if (isIngesting())
        return;
    setStatus(m_size < 0 ? tr("Ledger: open") : tr("Ledger: %1 records").arg(QLocale().toString(m_size)));
}

void LedgerController::open(const QString& path, const QString& origin)
{
    if (m_trail) {
        m_ingestionTimer.start();
        recordKeycloakEvents();
        return;
    }
    if (m_opening)
        return;
    m_opening = true;
    m_refused = false;
    m_path = path;
    m_origin = origin;
    setStatus(tr("Ledger: opening…"));
    const bool existed = QFileInfo::exists(path);
    if (existed && keysInKeyFile(path))
        return askForKeyFile();
    LedgerAuditTrail::open(path, origin, m_secrets, this, [this, existed](const Result<LedgerAuditTrail*>& result) {
        // A new ledger whose keys the keychain could not take: they can go into a key file instead.
        if (!result.ok() && !existed && result.error().kind == Error::Kind::Keychain)
            return askForKeyFile();
        m_opening = false;
        if (!result.ok() && result.error().kind == Error::Kind::Integrity)
            return refuse(result.error());
        if (!result.ok()) {
            setStatus(tr("Ledger: not open (%1)").arg(result.error().why));
            emit openFailed(result.error().userMessage());
            return;
        }
        adopt(result.value());
    });
}

QString LedgerController::keyFilePath(const QString& ledgerPath)
{
    return ledgerPath + QStringLiteral(".key");
}

void LedgerController::askForKeyFile()
{
    setStatus(tr("Ledger: locked (waiting for the key file's passphrase)"));
    const QString keyFile = keyFilePath(m_path);
    emit keyFileNeeded(keyFile, QFileInfo::exists(keyFile));
}

void LedgerController::openWithKeyFile(QByteArray passphrase, QObject* context, std::function<void(const Status&)> done)
{
    if (m_trail)
        return done(success());
    QPointer<QObject> guard(context);
    LedgerAuditTrail::openWithKeyFile(m_path, m_origin, keyFilePath(m_path), std::move(passphrase), this,
                                      [this, guard, done = std::move(done)](const Result<LedgerAuditTrail*>& result) {
                                          if (result.ok()) {
                                              m_opening = false;
                                              adopt(result.value());
                                          } else if (result.error().kind == Error::Kind::Integrity) {
                                              m_opening = false;
                                              refuse(result.error());
                                          }
                                          if (guard)
                                              done(result.ok() ? Status(success()) : Status(result.error()));
                                      });
}

void LedgerController::declineKeyFile()
{
    if (m_trail || !m_opening)
        return;
    m_opening = false;
    const QString why = tr("its key file was not unlocked");
    setStatus(tr("Ledger: not open (%1)").arg(why));
    emit openFailed(
        Error::cancelled(tr("The audit ledger is not open"), why, tr("Sign in again to type the key file's passphrase"))
            .userMessage());
}

void LedgerController::refuse(const Error& error)
{
    m_refused = true;
    setStatus(tr("Ledger: refused: %1. %2").arg(error.why, error.action));
    emit openFailed(error.userMessage());
}

void LedgerController::adopt(LedgerAuditTrail* trail)
{
    if (m_witnessPolicy.isEmpty())
        return startWriting(trail);
    // Nothing is written before the witnesses answered once: a ledger they do not know, or one they saw forked,
    // must not collect actions that could never be witnessed.
    m_opening = true;
    setStatus(tr("Ledger: checking with its witnesses…"));
    auto* witnessing = new LedgerWitnessing(trail, m_witnessPolicy, trail);
    witnessing->start(this, [this, trail, witnessing](const Status& ready) {
        m_opening = false;
        if (ready.ok()) {
            m_witnessing = witnessing;
            connect(witnessing, &LedgerWitnessing::changed, this, [this] { emit witnessStatusChanged(witnessText()); });
            connect(witnessing, &LedgerWitnessing::stopped, this, &LedgerController::stopWriting);
            m_witnessClock.start();
            emit witnessStatusChanged(witnessText());
            return startWriting(trail);
        }
        // Closed again (its queued records, LEDGER_FORK_DETECTED among them, are written first); the next
        // sign-in tries again.
        trail->deleteLater();
        if (ready.error().kind == Error::Kind::Integrity)
            return refuse(ready.error());
        setStatus(tr("Ledger: not open (%1)").arg(ready.error().why));
        emit enrollmentNeeded(ready.error().userMessage(), trail->verifierKey());
        emit openFailed(ready.error().userMessage());
    });
}

void LedgerController::stopWriting(const Error& error)
{
    m_ingestionTimer.stop();
    cancelIngestion();
    refuse(error);
    emit witnessStatusChanged(witnessText());
}

QString LedgerController::witnessText() const
{
    if (!m_witnessing)
        return {};
    switch (m_witnessing->state()) {
    case LedgerWitnessing::State::NotWitnessed:
        return tr("Not witnessed yet");
    case LedgerWitnessing::State::Witnessed: {
        const qint64 minutes = std::max<qint64>(0, m_witnessing->lastWitnessed().secsTo(Clock::now()) / 60);
        return minutes == 0 ? tr("Last witnessed just now")
                            : tr("Last witnessed %n minute(s) ago", nullptr, int(std::min<qint64>(minutes, 1 << 30)));
    }
    case LedgerWitnessing::State::Unreachable:
        return tr("Witnesses unreachable since %1")
            .arg(QLocale().toString(m_witnessing->unreachableSince().toLocalTime(), QLocale::ShortFormat));
    case LedgerWitnessing::State::NotEnrolled:
        return tr("Not enrolled with the witnesses");
    case LedgerWitnessing::State::Forked:
        return tr("Witnesses saw this ledger forked");
    }
    return {};
}

void LedgerController::startWriting(LedgerAuditTrail* trail)
{
    m_refused = false;
    m_trail = trail;
    m_trail->setParent(this);
    connect(m_trail, &LedgerAuditTrail::appended, this, [this](qint64 size) {
        m_size = size;
        showSize();
    });
    showSize();
    emit opened(m_trail.data());
    m_ingestionTimer.start();
    recordKeycloakEvents();
}

void LedgerController::pause()
{
    m_ingestionTimer.stop();
    cancelIngestion();
}

bool LedgerController::isIngesting() const
{
    return (m_ingestor && m_ingestor->isRunning()) || (m_platformIngestor && m_platformIngestor->isRunning());
}

void LedgerController::recordKeycloakEvents()
{
    if (!m_trail || m_refused || !m_session->isSignedIn() || isIngesting())
        return;
    // Reading events needs view-events; an operator without it simply has no ingestion, not an error.
    if (!m_session->identity().hasRole(QStringLiteral("view-events"))) {
        recordPlatformEvents();
        showSize();
        return;
    }
    if (!m_settings)
        m_settings = std::make_unique<QSettings>();
    // One position per ledger and realm: another profile's realm has its own events.
    const QString key = QString::fromLatin1(
        Sha256::hash((m_trail->path() + u'|' + m_session->profile().issuer.toString()).toUtf8()).toHex().left(16));
    delete m_ingestor;
    m_ingestor = new KeycloakEventIngestor(m_keycloak, m_trail, m_settings.get(), key, this);
    connect(m_ingestor, &KeycloakEventIngestor::progress, this, [this](qint64 appended, const QString&) {
        setStatus(tr("Ledger: recording Keycloak events… %1").arg(QLocale().toString(appended)));
    });
    connect(m_ingestor, &KeycloakEventIngestor::finished, this,
            [this](const Result<KeycloakEventIngestor::Summary>& summary) {
                if (!summary.ok() && summary.error().kind != Error::Kind::Cancelled) {
                    setStatus(tr("Ledger: Keycloak events not recorded (%1)").arg(summary.error().why));
                    return;
                }
                if (summary.ok())
                    recordPlatformEvents();
                showSize();
            });
    // Started first, so that the status change finds it running (the window shows Stop while it runs).
    m_ingestor->start();
    if (m_ingestor->isRunning())
        setStatus(tr("Ledger: recording Keycloak events…"));
}

void LedgerController::setPlatformFeed(PlatformApi* platform, const QString& scope)
{
    if (platform == m_platform && scope == m_platformScope)
        return;
    m_platform = platform;
    m_platformScope = scope;
    // A running run finishes on its own; the next one uses the new feed.
    if (m_platformIngestor && !m_platformIngestor->isRunning()) {
        delete m_platformIngestor;
        m_platformIngestor = nullptr;
    }
    recordPlatformEvents();
}

void LedgerController::recordPlatformEvents()
{
    if (!m_trail || m_refused || !m_platform || !m_session->isSignedIn() || isIngesting())
        return;
    if (!m_settings)
        m_settings = std::make_unique<QSettings>();
    delete m_platformIngestor;
    m_platformIngestor =
        new PlatformAuditIngestor(m_platform, m_trail, m_settings.get(),
                                  Operator::from(m_session->identity(), m_session->profile().acrValues), this);
    m_platformIngestor->setScope(m_platformScope);
    connect(m_platformIngestor, &PlatformAuditIngestor::progress, this, [this](qint64 lastEventId) {
        setStatus(tr("Ledger: recording platform audit events… %1").arg(QLocale().toString(lastEventId)));
    });
    connect(m_platformIngestor, &PlatformAuditIngestor::chainBroken, this,
            [this](const QString& chain, qint64 eventId, const Error& error) {
                // One multi-argument arg(): a "%2" inside the server's texts must stay text.
                const QString message = chain.isEmpty() ? tr("The platform's audit chain is broken at event %1: %2")
                                                              .arg(QString::number(eventId), error.why)
                                                        : tr("The audit chain of tenant %1 is broken at event %2: %3")
                                                              .arg(chain, QString::number(eventId), error.why);
                emit platformChainBroken(message);
            });
    connect(m_platformIngestor, &PlatformAuditIngestor::finished, this,
            [this](const Result<PlatformAuditIngestor::Summary>& summary) {
                if (summary.ok())
                    return showSize();
                if (summary.error().kind == Error::Kind::Integrity)
                    return setStatus(tr("Ledger: platform audit chain BROKEN, recording stopped"));
                // Cancelled by the operator, or the role was taken away meanwhile: nothing to report.
                if (summary.error().kind == Error::Kind::Cancelled || summary.error().kind == Error::Kind::Forbidden)
                    return showSize();
                setStatus(tr("Ledger: platform audit events not recorded (%1)").arg(summary.error().why));
            });
    m_platformIngestor->start();
    if (m_platformIngestor->isRunning())
        setStatus(tr("Ledger: recording platform audit events…"));
}

void LedgerController::cancelIngestion()
{
    if (m_ingestor)
        m_ingestor->cancel();
    if (m_platformIngestor)
        m_platformIngestor->cancel();
}

void LedgerController::exportLedger(const QString& path, LedgerAuditTrail::ExportFormat format, QObject* context,
                                    std::function<void(const Status&)> done, LedgerAuditTrail::ExportProgress progress,
                                    std::shared_ptr<std::atomic<bool>> cancelled)
{
    if (!m_trail)
        return done(notOpenError(tr("Could not export the audit ledger")));
    QPointer<QObject> guard(context);
    m_stepUp(tr("Exporting the audit ledger"), this,
             [this, path, format, guard, done = std::move(done), progress = std::move(progress),
              cancelled = std::move(cancelled)](const Status& confirmed) {
                 if (!guard)
                     return;
                 if (!confirmed.ok())
                     return done(confirmed.error());
                 m_trail->exportTo(
                     path, format, {}, this,
                     [this, path, format, guard, done](const Status& written) {
                         recordExport(path, formatName(format), written, guard, done);
                     },
                     progress, cancelled);
             });
}

void LedgerController::confirmReport(QObject* context, std::function<void(const Status&)> done)
{
    if (!m_trail)
        return done(notOpenError(tr("Could not write the audit report")));
    QPointer<QObject> guard(context);
    m_stepUp(tr("Writing an audit report"), this, [guard, done = std::move(done)](const Status& confirmed) {
        if (guard)
            done(confirmed);
    });
}

void LedgerController::recordReport(const QString& path, const Status& written, QObject* context,
                                    std::function<void(const Status&)> done)
{
    if (!m_trail)
        return done(notOpenError(tr("Could not record the audit report")));
    recordExport(path, QStringLiteral("pdf-report"), written, context, std::move(done));
}

Status LedgerController::notOpenError(const QString& what) const
{
    return Error::io(what, tr("the audit ledger is not open"), tr("Sign in first; the ledger opens with the session"));
}

void LedgerController::recordExport(const QString& path, const QString& format, const Status& written, QObject* context,
                                    std::function<void(const Status&)> done)
{
    const Identity& identity = m_session->identity();
    ActionRecord record;
    record.action = QStringLiteral("LEDGER_EXPORTED");
    record.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.actorId = identity.subject;
    record.actorUsername = identity.username;
    record.targetType = QStringLiteral("ledger");
    record.targetId = m_trail->path();
    record.targetName = QFileInfo(path).fileName();
    record.details =
        QJsonObject{{QStringLiteral("format"), format}, {QStringLiteral("correlation_id"), record.correlationId}};
    if (!written.ok())
        record.error = written.error();
    QPointer<QObject> guard(context);
    m_trail->record(record.toEntry(), this, [written, guard, done](const Status& recorded) {
        if (!guard)
            return;
        if (!recorded.ok())
            return done(unrecordedError(recorded.error(), written.ok(), tr("The export was written")));
        done(written);
    });
}

} // namespace custos
