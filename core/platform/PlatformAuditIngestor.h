#pragma once

#include "core/common/Result.h"
#include "core/platform/AuditChainVerifier.h"
#include "core/users/Operator.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSettings;

namespace custos {

class LedgerAuditTrail;
class PlatformApi;

// Pulls the platform's audit feed into the local ledger, page by page from where the last run stopped:
// every event is re-verified against its tenant's hash chain before it is appended (source "platform",
// source_id = the event id), and at the end each chain's head is compared with the platform's (GET audit/heads),
// so a removed or rewritten event is noticed even after it was ingested. A break is never accepted silently:
// chainBroken() is emitted, a FAILURE record PLATFORM_AUDIT_CHAIN_BROKEN goes to the ledger, the run stops at
// the break and finished() reports an Integrity error naming the chain and the event.
//
// The resume point (cursor, newest event id, chain heads) is kept in QSettings under a key derived from the
// ledger's path and the platform's URL. Re-ingesting is harmless: the ledger skips (source, source_id) it has.
class PlatformAuditIngestor : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int pages = 0;
        qint64 appended = 0;
        qint64 duplicates = 0;
        qint64 lastEventId = 0;
    };

    PlatformAuditIngestor(PlatformApi* platform, LedgerAuditTrail* ledger, QSettings* state, const Operator& actor,
                          QObject* parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    // The part of the feed the caller sees: empty for the whole feed (cpi-admin, viewer), a tenant's id for a
    // tenant admin, who is given only that tenant's chain. Each scope keeps its own resume point.
    void setScope(const QString& tenantId) { m_scope = tenantId; }
    // Starts a run unless one is running; finished() follows exactly once per run.
    void start();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Stops after the page being recorded; finished() reports Error::Kind::Cancelled and the next run resumes.
    void cancel() { m_cancelled = true; }
    // Forgets the resume point: the next run reads (and re-verifies) the whole feed.
    void reset();

signals:
    void progress(qint64 lastEventId);
    // chain: the tenant id, empty for the platform chain.
    void chainBroken(const QString& chain, qint64 eventId, const custos::Error& error);
    void finished(const custos::Result<custos::PlatformAuditIngestor::Summary>& result);

private:
    [[nodiscard]] QString settingsGroup() const;
    void load();
    void save();
    void learnSlugs();
    void fetch();
    void ingest(const QList<PlatformAuditEvent>& events, const QString& nextCursor);
    void compareHeads();
    void flagBreak(const ChainBreak& broken);
    void finish(const Result<Summary>& result);
    [[nodiscard]] QJsonObject ledgerEntry(const PlatformAuditEvent& event) const;
    [[nodiscard]] QString slugOf(const QString& tenantId) const;

    PlatformApi* m_platform;
    QPointer<LedgerAuditTrail> m_ledger;
    QSettings* m_state;
    Operator m_actor;
    int m_pageSize = 200;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_scope;
    QString m_settingsGroup; // fixed when a run starts: the platform's URL may change while a page is in flight
    AuditChainVerifier m_verifier;
    QString m_cursor;
    QHash<QString, QString> m_slugs; // tenant id → slug, for the ledger's tenant field
    Summary m_summary;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::PlatformAuditIngestor::Summary)
