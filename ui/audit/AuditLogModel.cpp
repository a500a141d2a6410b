#include "ui/audit/AuditLogModel.h"

#include "core/common/Logging.h"
#include "ui/audit/AuditLedger.h"
#include "ui/audit/VerificationText.h"
#include "ui/widgets/StatusColours.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QTextDocument>
#include <utility>

namespace custos {
namespace {

constexpr int readBlock = 128;   // rows decoded together on a cache miss
constexpr int cachedRows = 4096; // a few screens either way; about 10 MB at the most

// A tool tip guesses whether its text is markup; text quoting the file is made explicitly plain.
QString plainToolTip(const QString& text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_cache(cachedRows)
{
}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setLedger(AuditLedger* ledger)
{
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    m_report.reset();
    if (m_ledger) {
        connect(m_ledger, &AuditLedger::opened, this, &AuditLogModel::restart);
        connect(m_ledger, &AuditLedger::fetched, this, &AuditLogModel::onFetched);
    }
    restart();
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void AuditLogModel::recordsAppended()
{
    if (!m_ledger || !m_ledger->isOpen())
        return; // still opening: the first page is read once it is open, and includes them
    if (isSearching()) {
        m_grown = true;
        return;
    }
    if (m_exhausted) {
        m_exhausted = false;
        requestPage();
    }
}

void AuditLogModel::setVerification(const VerificationReport& report)
{
    m_report = report;
    if (!m_positions.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void AuditLogModel::restart()
{
    beginResetModel();
    m_positions.clear();
    m_cache.clear();
    m_exhausted = !m_ledger || !m_ledger->isOpen();
    m_grown = false; // the new search starts after the appends
    const bool wasSearching = isSearching();
    if (wasSearching && m_ledger)
        m_ledger->cancelFetch();
    m_job = 0;
    endResetModel();
    if (!m_exhausted && !isSearching()) // a view may have asked for the first page from its modelReset handler
        requestPage();
    else if (wasSearching)
        emit searchingChanged(false);
}

void AuditLogModel::requestPage()
{
    const bool wasSearching = isSearching();
    const qint64 after = m_positions.isEmpty() ? -1 : m_positions.last();
    m_job = m_ledger->fetch(m_filter, after, pageSize);
    if (!wasSearching)
        emit searchingChanged(true);
}

void AuditLogModel::onFetched(quint64 job, const QList<qint64>& positions, bool exhausted, const QString& error)
{
    if (job != m_job)
        return; // an answer to a filter that has since changed
    m_exhausted = exhausted;
    // Still searching while the rows go in: a view that asks for more from its rowsInserted handlers must wait
    // for this page to be complete, or it would ask for the same page again.
    if (!positions.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(positions.size()) - 1);
        m_positions += positions;
        endInsertRows();
    }
    m_job = 0;
    emit searchingChanged(false);
    if (!error.isEmpty())
        emit searchFailed(error);
    else if (std::exchange(m_grown, false) && m_exhausted)
        recordsAppended();
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !isSearching();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_positions.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AuditEntry* AuditLogModel::cached(int row) const
{
    const qint64 position = m_positions.at(row);
    if (const AuditEntry* entry = m_cache.object(position))
        return entry;
    if (!m_ledger || !m_ledger->isOpen())
        return nullptr;
    const int first = row - row % readBlock;
    const QList<qint64> block = m_positions.mid(first, readBlock);
    auto entries = m_ledger->reader()->read(block);
    if (!entries) {
        qCWarning(lcUi).noquote() << "audit log:" << entries.error().userMessage();
        return nullptr;
    }
    for (const AuditEntry& entry : entries.value())
        m_cache.insert(entry.position, new AuditEntry(entry));
    return m_cache.object(position);
}

std::optional<AuditEntry> AuditLogModel::entry(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const AuditEntry* found = cached(row);
    return found ? std::optional<AuditEntry>(*found) : std::nullopt;
}

AuditLogModel::RowStatus AuditLogModel::status(const AuditEntry& entry) const
{
    // A record added to a database after the verification ran has not been looked at.
    if (!m_report || entry.position >= m_report->checked)
        return RowStatus::NotChecked;
    if (m_report->ok())
        return RowStatus::Verified;
    return entry.seq() == m_report->firstBadSeq ? RowStatus::Failed : RowStatus::Unverified;
}

QString AuditLogModel::statusText(const AuditEntry& entry) const
{
    switch (status(entry)) {
    case RowStatus::NotChecked:
        return tr("Not yet checked");
    case RowStatus::Verified:
        if (entry.seq() >= m_report->checkpointSize)
            return tr("Verified by the hash chain%1; not yet covered by a signed checkpoint")
                .arg(m_report->hmacChecked ? tr(" and its HMAC") : QString());
        return tr("Verified: in the signed tree of %1 records, hash chain intact").arg(m_report->checkpointSize);
    case RowStatus::Failed:
        return tr("Failed: %1 — %2").arg(VerificationText::kindLabel(m_report->kind), m_report->detail);
    case RowStatus::Unverified:
        return m_report->firstBadSeq >= 0 ? tr("Not verified: the ledger failed verification (%1 at seq %2)")
                                                .arg(VerificationText::kindLabel(m_report->kind))
                                                .arg(m_report->firstBadSeq)
                                          : tr("Not verified: the ledger failed verification (%1)")
                                                .arg(VerificationText::kindLabel(m_report->kind));
    }
    return {};
}

QIcon AuditLogModel::statusIcon(RowStatus status) const
{
    // Drawn rather than taken from the icon theme, which may have none of these: a mark in the status's colour
    // for the current palette (light or dark).
    using StatusColours::Role;
    QString mark;
    Role role = Role::Neutral;
    switch (status) {
    case RowStatus::NotChecked:
        return {};
    case RowStatus::Verified:
        mark = QStringLiteral("✔"), role = Role::Success;
        break;
    case RowStatus::Failed:
        mark = QStringLiteral("✘"), role = Role::Danger;
        break;
    case RowStatus::Unverified:
        mark = QStringLiteral("?"), role = Role::Warning;
        break;
    }
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(14);
    painter.setFont(font);
    painter.setPen(StatusColours::text(role));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, mark);
    return QIcon(pixmap);
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == PositionRole)
        return m_positions.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole && role != StatusRole)
        return {};
    const AuditEntry* entry = cached(index.row());
    if (!entry)
        return role == Qt::DisplayRole && index.column() == StatusColumn ? QVariant(tr("unreadable")) : QVariant();
    if (role == StatusRole)
        return QVariant::fromValue(status(*entry));
    if (index.column() == StatusColumn) {
        const RowStatus rowStatus = status(*entry);
        if (role == Qt::DecorationRole)
            return statusIcon(rowStatus);
        if (role == Qt::ToolTipRole)
            return plainToolTip(statusText(*entry));
        switch (rowStatus) {
        case RowStatus::NotChecked:
            return tr("not checked");
        case RowStatus::Verified:
            return tr("verified");
        case RowStatus::Failed:
            return tr("failed: %1").arg(VerificationText::kindLabel(m_report->kind));
        case RowStatus::Unverified:
            return tr("not verified");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return role == Qt::ToolTipRole && !entry->problem.isEmpty() ? QVariant(plainToolTip(entry->problem))
                                                                    : QVariant();
    switch (index.column()) {
    case SeqColumn:
        return entry->seq();
    case TimeColumn:
        return entry->text(u"time");
    case SourceColumn:
        return entry->text(u"source");
    case ActorColumn: {
        const QString username = entry->text(u"actor", u"username");
        return username.isEmpty() ? entry->text(u"actor", u"id") : username;
    }
    case ActionColumn:
        return entry->text(u"action");
    case TargetColumn: {
        const QString name = entry->text(u"target", u"name");
        const QString type = entry->text(u"target", u"type");
        const QString shown = name.isEmpty() ? entry->text(u"target", u"id") : name;
        return type.isEmpty() ? shown : QStringLiteral("%1 %2").arg(type, shown);
    }
    case TenantColumn:
        return entry->text(u"tenant");
    case OutcomeColumn:
        return entry->text(u"outcome");
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time (UTC)");
    case SourceColumn:
        return tr("Source");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case TenantColumn:
        return tr("Tenant");
    case OutcomeColumn:
        return tr("Outcome");
    case StatusColumn:
        return tr("Verification");
    default:
        return {};
    }
}

} // namespace custos
