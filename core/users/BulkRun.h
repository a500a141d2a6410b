#pragma once

#include "core/users/Operations.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

namespace custos {

// One line of a bulk job: a user, what to do, and for a role change the roles to add and remove.
struct BulkItem
{
    UserRef user;
    UserAction action = UserAction::Offboard;
    AccessChange change; // ChangeAccess only
    QString reason;      // the CSV line's own reason; empty: the run's
};

// Runs one operation per item with bounded concurrency: progress, cancel (nothing new starts; running
// operations finish and are recorded), and one outcome per item, in item order, when all are done.
class BulkRun : public QObject
{
    Q_OBJECT
public:
    // Creates the operation for an item (the caller decides the services, the operator, leaver options…).
    using Factory = std::function<UserOperation*(const BulkItem& item, QObject* parent)>;

    static constexpr int defaultConcurrency = 8;

    BulkRun(QList<BulkItem> items, Factory factory, int concurrency = defaultConcurrency, QObject* parent = nullptr);

    void start();
    void cancel();

    [[nodiscard]] const QList<BulkItem>& items() const { return m_items; }
    [[nodiscard]] const QList<OperationOutcome>& outcomes() const { return m_outcomes; }

signals:
    void itemFinished(int index, const custos::OperationOutcome& outcome);
    void progress(int finished, int total);
    // Every item has an outcome (items never started after a cancel are reported as cancelled).
    void finished();

private:
    void launchMore();
    void onItemFinished(int index, const OperationOutcome& outcome);

    QList<BulkItem> m_items;
    Factory m_factory;
    int m_concurrency;
    QList<OperationOutcome> m_outcomes;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    bool m_cancelled = false;
    QSet<UserOperation*> m_active;
};

// Reads a bulk CSV: `username,action[,change[,reason]]` per line (RFC 4180 quoting, optional header line, UTF-8, at
// most 100,000 lines). action is leaver, role-change, unlock or mfa-reset; change is "+role -role …" for
// role-change (empty otherwise); reason, when given, is the line's own reason (JustificationPolicy's minimum length).
// Role names are resolved against `realmRoles`. Every bad line is reported with its number; nothing is partial.
[[nodiscard]] Result<QList<BulkItem>> parseBulkCsv(const QByteArray& csv, const QList<RoleRef>& realmRoles);
// The per-user results as CSV (username, action, outcome, summary or error, correlation id) for export.
[[nodiscard]] QByteArray bulkResultsCsv(const QList<BulkItem>& items, const QList<OperationOutcome>& outcomes);

} // namespace custos
