#include "ui/history/SessionHistory.h"

#include "core/audit/LedgerAuditTrail.h"
#include "core/users/UserAction.h"
#include "ui/widgets/StatusColours.h"

#include <QHash>
#include <QJsonObject>

namespace custos {

QString SessionHistory::Outcome::sentence() const
{
    return target.isEmpty() ? SessionHistory::tr("%1: %2").arg(action, result)
                            : SessionHistory::tr("%1 · %2: %3").arg(action, target, result);
}

SessionHistory::SessionHistory(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SessionHistory::watch(LedgerAuditTrail* trail)
{
    connect(trail, &LedgerAuditTrail::actionRecorded, this, &SessionHistory::add, Qt::UniqueConnection);
}

void SessionHistory::clear()
{
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
}

void SessionHistory::add(const QJsonObject& entry, const Status& durable)
{
    Outcome outcome;
    outcome.time = QDateTime::currentDateTime();
    outcome.action = actionName(entry);
    const QJsonObject target = entry.value(QStringLiteral("target")).toObject();
    outcome.target = target.value(QStringLiteral("name")).toString();
    if (outcome.target.isEmpty())
        outcome.target = target.value(QStringLiteral("id")).toString();
    outcome.correlationId = entry.value(QStringLiteral("source_id")).toString();
    outcome.succeeded = durable.ok() && entry.value(QStringLiteral("outcome")).toString() == QLatin1String("SUCCESS");
    // The ledger keeps an error as "Kind: what — why"; the kind is for machines.
    QString error = entry.value(QStringLiteral("error")).toString();
    if (const qsizetype colon = error.indexOf(QStringLiteral(": ")); colon > 0 && !error.left(colon).contains(u' '))
        error = error.mid(colon + 2);
    const bool refused = entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("refused")).toBool();
    if (!durable.ok())
        outcome.result = tr("not recorded in the audit ledger: %1").arg(durable.error().userMessage());
    else if (outcome.succeeded)
        outcome.result = tr("done");
    else if (refused)
        outcome.result = tr("refused: %1").arg(error);
    else
        outcome.result = tr("failed: %1").arg(error);
    beginInsertRows({}, 0, 0);
    m_outcomes.prepend(outcome);
    endInsertRows();
    emit added(outcome);
}

int SessionHistory::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int SessionHistory::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionHistory::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_outcomes.size())
        return {};
    const Outcome& outcome = m_outcomes.at(index.row());
    if (role == Qt::ToolTipRole)
        return outcome.sentence();
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && !outcome.succeeded)
        return StatusColours::text(StatusColours::Role::Danger);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return outcome.time.toString(QStringLiteral("HH:mm:ss"));
    case ActionColumn:
        return outcome.action;
    case TargetColumn:
        return outcome.target;
    case OutcomeColumn:
        return outcome.result;
    case CorrelationColumn:
        return outcome.correlationId;
    default:
        return {};
    }
}

QVariant SessionHistory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case CorrelationColumn:
        return tr("Correlation id");
    default:
        return {};
    }
}

QString SessionHistory::actionName(const QJsonObject& entry)
{
    const QString code = entry.value(QStringLiteral("action")).toString();
    for (UserAction action :
         {UserAction::Create, UserAction::ChangeAccess, UserAction::Offboard, UserAction::ResetMfa,
          UserAction::ResetPassword, UserAction::Unlock, UserAction::SendActionsEmail, UserAction::RevokeSession})
        if (auditActionName(action) == code)
            return displayName(action);
    if (code == QLatin1String("LEDGER_EXPORTED"))
        return entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("format")).toString() ==
                       QLatin1String("pdf-report")
                   ? tr("Save audit report")
                   : tr("Export audit ledger");
    static const QHash<QString, const char*> platform{
        {QStringLiteral("TENANT_CREATE"), QT_TR_NOOP("Create tenant")},
        {QStringLiteral("TENANT_SUSPEND"), QT_TR_NOOP("Suspend tenant")},
        {QStringLiteral("TENANT_REACTIVATE"), QT_TR_NOOP("Reactivate tenant")},
        {QStringLiteral("TENANT_DELETE"), QT_TR_NOOP("Delete tenant")},
        {QStringLiteral("CERTIFICATE_STAGED"), QT_TR_NOOP("Stage certificate")},
        {QStringLiteral("CERTIFICATE_ACTIVATED"), QT_TR_NOOP("Activate certificate")},
        {QStringLiteral("CERTIFICATE_RESTORED"), QT_TR_NOOP("Restore certificate")},
        {QStringLiteral("CERTIFICATE_DISCARDED"), QT_TR_NOOP("Discard certificate")},
        {QStringLiteral("TENANT_CA_CERT_STAGED"), QT_TR_NOOP("Stage tenant CA certificate")},
        {QStringLiteral("TENANT_CA_CERT_ACTIVATED"), QT_TR_NOOP("Activate tenant CA certificate")},
        {QStringLiteral("TENANT_CA_CERT_DELETED"), QT_TR_NOOP("Delete tenant CA certificate")},
        {QStringLiteral("ORGANIZATION_MEMBER_ADDED"), QT_TR_NOOP("Add organization member")},
        {QStringLiteral("ORGANIZATION_MEMBER_REMOVED"), QT_TR_NOOP("Remove organization member")},
        {QStringLiteral("REALM_KEY_ADDED"), QT_TR_NOOP("Add realm key")},
        {QStringLiteral("REALM_KEY_PASSIVATED"), QT_TR_NOOP("Make realm key passive")},
        {QStringLiteral("REALM_KEY_DELETED"), QT_TR_NOOP("Delete realm key")},
        {QStringLiteral("PERSONAL_DATA_ERASED"), QT_TR_NOOP("Erase personal data")},
    };
    // An action this table does not know yet still shows, by its ledger name.
    const char* name = platform.value(code);
    return name ? tr(name) : code;
}

} // namespace custos
