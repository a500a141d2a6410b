#pragma once

#include "core/audit/LedgerAuditTrail.h"
#include "core/common/Result.h"
#include "core/http/PendingCall.h"

#include <QJsonObject>
#include <QObject>
#include <QSettings>

namespace custos {

class KeycloakAdmin;

// Copies Keycloak's admin events and user events into the ledger, incrementally and in the background.
// Each event becomes a record with source keycloak-admin or keycloak-user and source_id = the event's id (Keycloak
// 26.2+), so the ledger's (source, source_id) de-duplication makes any re-read harmless. The position reached is
// the time of the newest event committed, kept per ledger and realm; a run starts again a little before it, so an
// interrupted run resumes without a gap.
class KeycloakEventIngestor : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        qint64 appended = 0;
        qint64 duplicates = 0;
    };

    static constexpr int defaultPageSize = 500;
    static constexpr qint64 lateEventMarginMs = 120 * 1000;

    // `cursorKey` names where the positions are kept in `settings` (one ledger, one realm).
    KeycloakEventIngestor(KeycloakAdmin* admin, LedgerAuditTrail* ledger, QSettings* settings, const QString& cursorKey,
                          QObject* parent = nullptr);

    // Reads both feeds until caught up; finished() follows. Starting while running does nothing.
    void start();
    // Stops after the page in flight is committed (a page read is never half recorded).
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Events per request (and per ledger transaction).
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    // The ledger entry for one event, or an Error when Keycloak's JSON is unusable.
    [[nodiscard]] static Result<QJsonObject> adminEventEntry(const QJsonObject& event);
    [[nodiscard]] static Result<QJsonObject> userEventEntry(const QJsonObject& event);

signals:
    void progress(qint64 appended, const QString& feed);
    void finished(const custos::Result<custos::KeycloakEventIngestor::Summary>& summary);

private:
    enum class Feed { Admin, User };
    void readFeed(Feed feed);
    // Events from `since` (epoch ms, inclusive), skipping `first` of them.
    void readPage(Feed feed, qint64 since, qint64 first);
    void finish(const Result<Summary>& result);
    [[nodiscard]] QString cursorName(Feed feed) const;

    KeycloakAdmin* m_admin;
    LedgerAuditTrail* m_ledger;
    QSettings* m_settings;
    QString m_cursorKey;
    PendingCall m_call;
    Summary m_summary;
    int m_pageSize = defaultPageSize;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace custos
