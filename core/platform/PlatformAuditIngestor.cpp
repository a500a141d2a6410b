#include "core/platform/PlatformAuditIngestor.h"

#include "core/audit/LedgerAuditTrail.h"
#include "core/common/Logging.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/LedgerRecord.h"
#include "core/platform/PlatformApi.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

namespace custos {
namespace {

// The feed's RFC 3339 microseconds, cut to the ledger's milliseconds; empty when `ts` has another shape (the
// ledger then stamps the time of ingestion, and `ts` stays in the details).
QString ledgerTime(const QString& ts)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)\\.(\\d{3})\\d*Z$"));
    const auto match = shape.match(ts);
    if (!match.hasMatch())
        return {};
    const QString time = match.captured(1) + u'.' + match.captured(2) + u'Z';
    return LedgerRecord::isValidTime(time) ? time : QString();
}

// What a feed event's resource names: tenants/{id}, tenants/{id}/ca-certificates/{id}, platform-certificates/{id},
// or the request path of an ACCESS_DENIED.
QPair<QString, QString> targetOf(const QString& resource)
{
    const QStringList parts = resource.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts.at(0) == u"tenants")
        return {QStringLiteral("tenant"), parts.at(1)};
    if (parts.size() == 4 && parts.at(0) == u"tenants" && parts.at(2) == u"ca-certificates")
        return {QStringLiteral("tenant-ca-certificate"), parts.at(3)};
    if (parts.size() == 2 && parts.at(0) == u"platform-certificates")
        return {QStringLiteral("platform-certificate"), parts.at(1)};
    return {QStringLiteral("request"), resource};
}

} // namespace

PlatformAuditIngestor::PlatformAuditIngestor(PlatformApi* platform, LedgerAuditTrail* ledger, QSettings* state,
                                             const Operator& actor, QObject* parent)
    : QObject(parent)
    , m_platform(platform)
    , m_ledger(ledger)
    , m_state(state)
    , m_actor(actor)
{
}

QString PlatformAuditIngestor::settingsGroup() const
{
    // One resume point per (ledger, platform, scope): the same ledger may ingest several platforms and vice versa,
    // and a tenant admin's partial view must not move the whole feed's cursor.
    QByteArray identity = m_ledger->path().toUtf8() + '\n' + m_platform->serviceRoot().toString().toUtf8();
    if (!m_scope.isEmpty())
        identity += '\n' + m_scope.toUtf8();
    return QStringLiteral("platform-audit/") + QString::fromLatin1(Sha256::hash(identity).toHex().left(32));
}

void PlatformAuditIngestor::load()
{
    m_state->beginGroup(m_settingsGroup);
    m_cursor = m_state->value(QStringLiteral("cursor")).toString();
    const qint64 lastEventId = m_state->value(QStringLiteral("last_event_id"), 0).toLongLong();
    const QJsonObject heads = QJsonDocument::fromJson(m_state->value(QStringLiteral("heads")).toByteArray()).object();
    m_state->endGroup();
    QHash<QString, QString> known;
    for (auto it = heads.begin(); it != heads.end(); ++it)
        known.insert(it.key(), it.value().toString());
    m_verifier.resume(known, lastEventId);
}

void PlatformAuditIngestor::save()
{
    QJsonObject heads;
    for (auto it = m_verifier.heads().begin(); it != m_verifier.heads().end(); ++it)
        heads.insert(it.key(), it.value());
    m_state->beginGroup(m_settingsGroup);
    m_state->setValue(QStringLiteral("cursor"), m_cursor);
    m_state->setValue(QStringLiteral("last_event_id"), m_verifier.lastEventId());
    m_state->setValue(QStringLiteral("heads"), QJsonDocument(heads).toJson(QJsonDocument::Compact));
    m_state->endGroup();
    m_state->sync();
}

void PlatformAuditIngestor::reset()
{
    if (m_running)
        return;
    m_state->remove(settingsGroup());
    m_state->sync();
}

void PlatformAuditIngestor::start()
{
    if (m_running || !m_ledger)
        return;
    m_running = true;
    m_cancelled = false;
    m_settingsGroup = settingsGroup();
    m_summary = Summary{};
    load();
    learnSlugs();
}

void PlatformAuditIngestor::learnSlugs()
{
    // Best effort: slugs make the ledger's tenant field readable; a caller who may not list tenants (a tenant
    // admin sees only their own) still ingests, with ids where a slug is unknown.
    m_platform->tenants(TenantQuery{{}, {}, 200, {}}, this, [this](const Result<TenantPage>& page) {
        if (page.ok())
            for (const Tenant& tenant : page->items)
                m_slugs.insert(tenant.id, tenant.slug);
        fetch();
    });
}

void PlatformAuditIngestor::fetch()
{
    m_platform->auditEvents(m_cursor, m_pageSize, this, [this](const Result<PlatformAuditPage>& page) {
        if (!page.ok())
            return finish(page.error());
        ++m_summary.pages;
        ingest(page->items, page->nextCursor);
    });
}

void PlatformAuditIngestor::ingest(const QList<PlatformAuditEvent>& events, const QString& nextCursor)
{
    QList<QJsonObject> entries;
    std::optional<ChainBreak> broken;
    for (const PlatformAuditEvent& event : events) {
        // Verified and ingested by an earlier run (a resumed run re-reads the page it stopped in); a change to
        // such an event since then shows in the comparison of the chain heads at the end.
        if (event.id <= m_verifier.lastEventId())
            continue;
        broken = m_verifier.verify(event);
        if (broken)
            break;
        const QJsonObject tenant = event.details.value(QLatin1String("tenant")).toObject();
        if (!tenant.value(QLatin1String("slug")).toString().isEmpty())
            m_slugs.insert(event.tenantId, tenant.value(QLatin1String("slug")).toString());
        entries.append(ledgerEntry(event));
    }
    auto afterAppend = [this, broken, nextCursor](const Result<LedgerAuditTrail::Appended>& appended) {
        if (!appended.ok())
            return finish(appended.error()); // nothing saved: the next run verifies and appends these again
        m_summary.appended += appended->appended;
        m_summary.duplicates += appended->duplicates;
        m_summary.lastEventId = m_verifier.lastEventId();
        emit progress(m_summary.lastEventId);
        if (broken) {
            save(); // up to the last verified event; the break is found again by the next run
            return flagBreak(broken.value());
        }
        if (!nextCursor.isEmpty())
            m_cursor = nextCursor;
        save();
        if (m_cancelled)
            return finish(Error::cancelled(tr("Recording the platform's audit feed was cancelled"),
                                           tr("the events read so far are in the ledger")));
        if (nextCursor.isEmpty())
            return compareHeads();
        fetch();
    };
    if (entries.isEmpty())
        return afterAppend(LedgerAuditTrail::Appended{});
    m_ledger->recordAll(entries, this, afterAppend);
}

void PlatformAuditIngestor::compareHeads()
{
    m_platform->auditHeads(this, [this](const Result<QList<PlatformAuditHead>>& heads) {
        if (!heads.ok())
            return finish(heads.error());
        if (const auto broken = m_verifier.verifyHeads(heads.value()))
            return flagBreak(broken.value());
        finish(m_summary);
    });
}

void PlatformAuditIngestor::flagBreak(const ChainBreak& broken)
{
    const QString& chain = broken.chain;
    const qint64 eventId = broken.eventId;
    const Error& error = broken.error;
    qCWarning(lcPlatform) << "audit chain broken:" << AuditChainVerifier::chainName(chain) << "event" << eventId;
    const QString slug = slugOf(chain);
    const QString platformUrl = m_platform->serviceRoot().toString();
    const QJsonObject entry{
        {QStringLiteral("source"), QStringLiteral("local")},
        // The same break found again is the same record: the ledger keeps one per chain and event.
        {QStringLiteral("source_id"), QStringLiteral("platform-chain-broken:%1:%2:%3")
                                          .arg(platformUrl, chain.isEmpty() ? QStringLiteral("platform") : chain)
                                          .arg(eventId)},
        {QStringLiteral("action"), QStringLiteral("PLATFORM_AUDIT_CHAIN_BROKEN")},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), m_actor.id}, {QStringLiteral("username"), m_actor.username}}},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("platform-audit-chain")},
                     {QStringLiteral("id"), chain.isEmpty() ? QStringLiteral("platform") : chain},
                     {QStringLiteral("name"), slug}}},
        {QStringLiteral("tenant"), slug},
        {QStringLiteral("outcome"), QStringLiteral("FAILURE")},
        {QStringLiteral("error"),
         QString(Error::kindName(error.kind) + QStringLiteral(": ") + error.what + QStringLiteral(" — ") + error.why)},
        {QStringLiteral("details"), QJsonObject{{QStringLiteral("platform_url"), platformUrl},
                                                {QStringLiteral("event_id"), eventId},
                                                {QStringLiteral("tenant_id"), chain}}},
    };
    m_ledger->record(entry, this, [this, chain, eventId, error](const Status& recorded) {
        Error reported = error;
        if (!recorded.ok())
            reported.why = tr("%1; the break could not be recorded in the ledger either (%2)")
                               .arg(reported.why, recorded.error().why);
        emit chainBroken(chain, eventId, reported);
        finish(reported);
    });
}

void PlatformAuditIngestor::finish(const Result<Summary>& result)
{
    m_running = false;
    emit finished(result);
}

QString PlatformAuditIngestor::slugOf(const QString& tenantId) const
{
    if (tenantId.isEmpty())
        return {};
    return m_slugs.value(tenantId, tenantId);
}

QJsonObject PlatformAuditIngestor::ledgerEntry(const PlatformAuditEvent& event) const
{
    const auto [targetType, targetId] = targetOf(event.resource);
    QString targetName;
    if (targetType == u"tenant")
        targetName = slugOf(targetId);
    else
        targetName = event.details.value(QLatin1String("subject"))
                         .toString(event.details.value(QLatin1String("label")).toString());
    const bool denied = event.action == u"ACCESS_DENIED";
    QJsonObject entry{
        {QStringLiteral("source"), QStringLiteral("platform")},
        {QStringLiteral("source_id"), QString::number(event.id)},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), event.actorSub}, {QStringLiteral("username"), event.actorUsername}}},
        {QStringLiteral("action"), event.action},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType},
                                               {QStringLiteral("id"), targetId},
                                               {QStringLiteral("name"), targetName}}},
        {QStringLiteral("tenant"), slugOf(event.tenantId)},
        {QStringLiteral("outcome"), denied ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS")},
        {QStringLiteral("error"),
         denied ? QString(QStringLiteral("forbidden: ") + event.details.value(QLatin1String("reason")).toString())
                : QString()},
        // Everything needed to re-verify the event later from the ledger alone.
        {QStringLiteral("details"), QJsonObject{{QStringLiteral("event_id"), event.id},
                                                {QStringLiteral("resource"), event.resource},
                                                {QStringLiteral("tenant_id"), event.tenantId},
                                                {QStringLiteral("trace_id"), event.traceId},
                                                {QStringLiteral("ts"), event.ts},
                                                {QStringLiteral("prev_hash"), event.prevHash},
                                                {QStringLiteral("integrity_hash"), event.integrityHash},
                                                {QStringLiteral("event_details"), event.details}}},
    };
    const QString time = ledgerTime(event.ts);
    if (!time.isEmpty())
        entry.insert(QStringLiteral("time"), time);
    return entry;
}

} // namespace custos
