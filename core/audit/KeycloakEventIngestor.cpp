#include "core/audit/KeycloakEventIngestor.h"

#include "core/common/Logging.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/ledger/LedgerRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace custos {

namespace {

Error unusable(const QString& why)
{
    return Error::protocol(
        QCoreApplication::translate("custos::KeycloakEventIngestor", "Could not record a Keycloak event"), why);
}

QString eventTime(const QJsonObject& event)
{
    const qint64 ms = static_cast<qint64>(event.value(QLatin1String("time")).toDouble(-1));
    if (ms <= 0)
        return {};
    return LedgerRecord::formatTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

// Keycloak's event details name token ids and authorization-code ids: identifiers, not secrets, but nothing an
// audit needs, and the ledger is exported to third parties.
QJsonObject auditableDetails(QJsonObject details)
{
    for (const char* key : {"token_id", "refresh_token_id", "code_id", "refresh_token_type"})
        details.remove(QLatin1String(key));
    return details;
}

} // namespace

KeycloakEventIngestor::KeycloakEventIngestor(KeycloakAdmin* admin, LedgerAuditTrail* ledger, QSettings* settings,
                                             const QString& cursorKey, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
    , m_ledger(ledger)
    , m_settings(settings)
    , m_cursorKey(cursorKey)
{
}

QString KeycloakEventIngestor::cursorName(Feed feed) const
{
    return QStringLiteral("ingest/%1/%2")
        .arg(m_cursorKey, feed == Feed::Admin ? QStringLiteral("admin") : QStringLiteral("user"));
}

void KeycloakEventIngestor::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_summary = {};
    readFeed(Feed::Admin);
}

void KeycloakEventIngestor::cancel()
{
    m_cancelled = true;
}

void KeycloakEventIngestor::readFeed(Feed feed)
{
    // An event's time is taken when it happens but it is stored when its transaction commits, so a slow
    // transaction can store an event older than one already read. Re-reading a margin before the position catches
    // those; de-duplication absorbs the rest.
    const qint64 position = m_settings->value(cursorName(feed), 0).toLongLong();
    readPage(feed, qMax<qint64>(0, position - lateEventMarginMs), 0);
}

void KeycloakEventIngestor::readPage(Feed feed, qint64 since, qint64 first)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("dateFrom"), QString::number(since));
    query.addQueryItem(QStringLiteral("direction"), QStringLiteral("asc"));
    query.addQueryItem(QStringLiteral("first"), QString::number(first));
    query.addQueryItem(QStringLiteral("max"), QString::number(m_pageSize));
    const bool admin = feed == Feed::Admin;
    const QUrl url = m_admin->adminUrl(admin ? QStringLiteral("admin-events") : QStringLiteral("events"), query);
    const QString what =
        admin ? tr("Could not read Keycloak's admin events") : tr("Could not read Keycloak's user events");
    m_call = m_admin->getJson(
        url, what, QStringLiteral("view-events"), this,
        [this, feed, since, first, admin](const Result<QJsonValue>& page) {
            if (!page.ok())
                return finish(page.error());
            if (!page->isArray())
                return finish(unusable(tr("Keycloak answered something that is not a list of events")));
            const QJsonArray events = page->toArray();
            QList<QJsonObject> entries;
            entries.reserve(events.size());
            qint64 newest = 0;
            for (const QJsonValue& value : events) {
                const QJsonObject event = value.toObject();
                auto entry = admin ? adminEventEntry(event) : userEventEntry(event);
                if (!entry)
                    return finish(entry.error());
                entries.append(entry.value());
                newest = qMax(newest, static_cast<qint64>(event.value(QLatin1String("time")).toDouble()));
            }
            const bool lastPage = events.size() < m_pageSize;
            // Keycloak orders events by time only, so events of the same millisecond come in any order from one
            // request to the next, and offset paging across them could skip one. The next page therefore starts
            // at the newest millisecond read (its events are read again and de-duplicated); offsets are used only
            // when a whole page shares one millisecond.
            const qint64 nextSince = newest > since ? newest : since;
            const qint64 nextFirst = newest > since ? 0 : first + events.size();
            const auto next = [this, feed, nextSince, nextFirst, lastPage] {
                if (m_cancelled)
                    return finish(Error::cancelled(tr("Event ingestion was cancelled"),
                                                   tr("the events read so far are in the ledger")));
                if (!lastPage)
                    return readPage(feed, nextSince, nextFirst);
                if (feed == Feed::Admin)
                    return readFeed(Feed::User);
                finish(m_summary);
            };
            if (entries.isEmpty())
                return next();
            m_ledger->recordAll(entries, this,
                                [this, feed, newest, next](const Result<LedgerAuditTrail::Appended>& done) {
                                    if (!done.ok())
                                        return finish(done.error());
                                    m_summary.appended += done->appended;
                                    m_summary.duplicates += done->duplicates;
                                    // Only after the commit: a crash before this line re-reads the page, and
                                    // de-duplication absorbs it. The cursor never moves backwards; events of the same
                                    // millisecond are read again next time.
                                    if (newest > m_settings->value(cursorName(feed), 0).toLongLong())
                                        m_settings->setValue(cursorName(feed), newest);
                                    emit progress(m_summary.appended, feed == Feed::Admin ? QStringLiteral("admin")
                                                                                          : QStringLiteral("user"));
                                    next();
                                });
        });
}

void KeycloakEventIngestor::finish(const Result<Summary>& result)
{
    m_running = false;
    m_settings->sync();
    if (result.ok())
        qCInfo(lcLedger) << "ingested" << result->appended << "Keycloak events," << result->duplicates
                         << "already recorded";
    else
        qCWarning(lcLedger) << "event ingestion stopped:" << result.error().why;
    emit finished(result);
}

Result<QJsonObject> KeycloakEventIngestor::adminEventEntry(const QJsonObject& event)
{
    const QString id = event.value(QLatin1String("id")).toString();
    const QString time = eventTime(event);
    const QString operation = event.value(QLatin1String("operationType")).toString();
    const QString resource = event.value(QLatin1String("resourceType")).toString();
    if (id.isEmpty() || time.isEmpty() || operation.isEmpty())
        return unusable(tr("an admin event has no id, time or operation (Keycloak 26.2 or later is needed)"));
    const QJsonObject auth = event.value(QLatin1String("authDetails")).toObject();
    const QString path = event.value(QLatin1String("resourcePath")).toString();
    const QString error = event.value(QLatin1String("error")).toString();
    QJsonObject details{{QStringLiteral("resource_path"), path},
                        {QStringLiteral("ip"), auth.value(QLatin1String("ipAddress")).toString()},
                        {QStringLiteral("client"), auth.value(QLatin1String("clientId")).toString()},
                        {QStringLiteral("realm"), event.value(QLatin1String("realmId")).toString()}};
    // The representation is left out: it can carry personal data the ledger's readers need not see, and a
    // reset-password body. The resource path says what was changed.
    if (event.value(QLatin1String("details")).isObject())
        details.insert(QStringLiteral("keycloak"), auditableDetails(event.value(QLatin1String("details")).toObject()));
    return QJsonObject{
        {QStringLiteral("source"), QStringLiteral("keycloak-admin")},
        {QStringLiteral("source_id"), id},
        {QStringLiteral("time"), time},
        {QStringLiteral("action"),
         QStringLiteral("ADMIN_%1_%2").arg(operation, resource.isEmpty() ? QStringLiteral("RESOURCE") : resource)},
        {QStringLiteral("actor"), QJsonObject{{QStringLiteral("id"), auth.value(QLatin1String("userId")).toString()},
                                              {QStringLiteral("username"), QString()}}},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), resource.toLower()},
                                               {QStringLiteral("id"), path.section(u'/', -1)},
                                               {QStringLiteral("name"), path}}},
        {QStringLiteral("outcome"), error.isEmpty() ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE")},
        {QStringLiteral("error"), error},
        {QStringLiteral("details"), details},
    };
}

Result<QJsonObject> KeycloakEventIngestor::userEventEntry(const QJsonObject& event)
{
    const QString id = event.value(QLatin1String("id")).toString();
    const QString time = eventTime(event);
    const QString type = event.value(QLatin1String("type")).toString();
    if (id.isEmpty() || time.isEmpty() || type.isEmpty())
        return unusable(tr("a user event has no id, time or type (Keycloak 26.2 or later is needed)"));
    const QJsonObject keycloakDetails = auditableDetails(event.value(QLatin1String("details")).toObject());
    const QString userId = event.value(QLatin1String("userId")).toString();
    const QString username = keycloakDetails.value(QLatin1String("username")).toString();
    const QString error = event.value(QLatin1String("error")).toString();
    return QJsonObject{
        {QStringLiteral("source"), QStringLiteral("keycloak-user")},
        {QStringLiteral("source_id"), id},
        {QStringLiteral("time"), time},
        {QStringLiteral("action"), type},
        {QStringLiteral("actor"), QJsonObject{{QStringLiteral("id"), userId}, {QStringLiteral("username"), username}}},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("client")},
                     {QStringLiteral("id"), event.value(QLatin1String("clientId")).toString()},
                     {QStringLiteral("name"), event.value(QLatin1String("clientId")).toString()}}},
        {QStringLiteral("outcome"), error.isEmpty() ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE")},
        {QStringLiteral("error"), error},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("ip"), event.value(QLatin1String("ipAddress")).toString()},
                     {QStringLiteral("session"), event.value(QLatin1String("sessionId")).toString()},
                     {QStringLiteral("keycloak"), keycloakDetails}}},
    };
}

} // namespace custos
