#include "core/ledger/LedgerFailedLogins.h"

#include "core/ledger/AuditFilter.h"
#include "core/ledger/DatabaseReader.h"

#include <QPointer>
#include <QThreadPool>
#include <algorithm>

namespace custos {

namespace {

// Enough for the agent to see a pattern; a week of more failures than this is itself the fact to show.
constexpr int maxFailures = 200;

Result<QList<QDateTime>> scan(const QString& ledgerPath, const QString& userId, const QDateTime& since)
{
    auto reader = DatabaseReader::open(ledgerPath);
    if (!reader)
        return reader.error();
    AuditFilter filter;
    filter.from = since;
    filter.action = QStringLiteral("LOGIN_ERROR");
    filter.actor = userId;
    filter.source = QStringLiteral("keycloak-user");
    auto page = reader.value()->scan(filter, 0, maxFailures, [] { return false; });
    if (!page)
        return page.error();
    auto entries = reader.value()->read(page->positions);
    if (!entries)
        return entries.error();
    QList<QDateTime> times;
    for (const AuditEntry& entry : entries.value())
        // The filter's actor is a substring match: keep this user's records only.
        if (entry.text(u"actor", u"id") == userId)
            times.append(QDateTime::fromString(entry.text(u"time"), Qt::ISODateWithMs));
    std::sort(times.begin(), times.end(), std::greater<>());
    return times;
}

} // namespace

void LedgerFailedLogins::read(const QString& ledgerPath, const QString& userId, const QDateTime& since,
                              QObject* context, std::function<void(const Result<QList<QDateTime>>&)> done)
{
    QThreadPool::globalInstance()->start(
        [ledgerPath, userId, since, context = QPointer<QObject>(context), done = std::move(done)]() mutable {
            const Result<QList<QDateTime>> times = scan(ledgerPath, userId, since);
            if (context)
                QMetaObject::invokeMethod(
                    context.data(), [done = std::move(done), times] { done(times); }, Qt::QueuedConnection);
        });
}

} // namespace custos
