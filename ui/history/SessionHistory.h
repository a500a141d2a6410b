#pragma once

#include "core/common/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

class QJsonObject;

namespace custos {

class LedgerAuditTrail;

// The outcomes of this session's actions, newest first: every action the window records in the ledger (users,
// tenants, certificates, realm keys, ledger exports and reports), with when, what, on what, how it ended and the
// correlation id that finds its ledger record. Fed by the ledger itself, so an action counts once its record is
// durable, and none is missed because its dialog was closed.
class SessionHistory : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActionColumn, TargetColumn, OutcomeColumn, CorrelationColumn, ColumnCount };

    struct Outcome
    {
        QDateTime time;
        QString action; // "Reset MFA", "Suspend tenant"…
        QString target; // "bob", "acme", "custos-2026-12.custos-ledger"
        bool succeeded = false;
        QString result; // "Done", or what went wrong in plain words
        QString correlationId;

        // One line for the window's notification: "Reset MFA · otto: done".
        [[nodiscard]] QString sentence() const;
    };

    explicit SessionHistory(QObject* parent = nullptr);

    // Lists the actions `trail` records from now on (once per trail, however often it is handed over).
    void watch(LedgerAuditTrail* trail);
    // A new session starts with an empty history.
    void clear();
    void add(const QJsonObject& entry, const Status& durable);
    [[nodiscard]] const Outcome& outcome(int row) const { return m_outcomes.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    // The newest outcome, for the notification.
    void added(const custos::SessionHistory::Outcome& outcome);

private:
    [[nodiscard]] static QString actionName(const QJsonObject& entry);

    QList<Outcome> m_outcomes; // newest first
};

} // namespace custos
