#include "tests/support/LedgerRecords.h"

#include "core/ledger/LedgerStore.h"

#include <QJsonArray>

namespace custos::test {

QList<LedgerRecord> ledgerRecords(const QString& path)
{
    QList<LedgerRecord> records;
    auto store = LedgerStore::open(path);
    if (!store)
        return records;
    const Result<qint64> count = store.value()->recordCount();
    // Opened: a format 2 ledger (the window's) keeps usernames, names and reasons as commitments.
    const auto opened = store.value()->openedRecords(0, count.ok() ? count.value() : 0);
    return opened ? opened.value() : records;
}

QString writeAheadProblem(const QString& path, const QString& correlationId)
{
    const QList<LedgerRecord> records = ledgerRecords(path);
    const auto find = [&records](const QString& sourceId) -> const LedgerRecord* {
        for (const LedgerRecord& record : records)
            if (record.source == u"local" && record.sourceId == sourceId)
                return &record;
        return nullptr;
    };
    const LedgerRecord* outcome = find(correlationId);
    const LedgerRecord* intent = find(correlationId + QStringLiteral(":intent"));
    if (!outcome)
        return QStringLiteral("no outcome record for %1").arg(correlationId);
    const QJsonValue intentSeq = outcome->details.value(QStringLiteral("intent_seq"));
    if (intentSeq.isUndefined()) {
        if (intent)
            return QStringLiteral("%1: an intent (seq %2) the outcome does not name")
                .arg(outcome->action)
                .arg(intent->seq);
        if (outcome->outcome == u"SUCCESS")
            return QStringLiteral("%1 succeeded without an intent recorded first").arg(outcome->action);
        return {};
    }
    if (!intent)
        return QStringLiteral("%1 names intent_seq %2 but there is no intent")
            .arg(outcome->action)
            .arg(intentSeq.toInteger());
    if (intent->seq != intentSeq.toInteger() || intent->seq >= outcome->seq)
        return QStringLiteral("%1: intent seq %2, outcome seq %3, intent_seq %4")
            .arg(outcome->action)
            .arg(intent->seq)
            .arg(outcome->seq)
            .arg(intentSeq.toInteger());
    if (intent->action != outcome->action + QStringLiteral("_INTENT") || intent->actorId != outcome->actorId ||
        intent->targetType != outcome->targetType || intent->outcome != u"SUCCESS")
        return QStringLiteral("%1: the intent %2 does not match its outcome").arg(outcome->action, intent->action);
    if (intent->details.value(QStringLiteral("planned_steps")).toArray().isEmpty() ||
        intent->details.value(QStringLiteral("correlation_id")).toString() != correlationId)
        return QStringLiteral("%1: the intent lacks its planned steps or correlation id").arg(outcome->action);
    return {};
}

} // namespace custos::test
