#pragma once

#include "core/ledger/AuditEntry.h"
#include "core/ledger/AuditFilter.h"
#include "core/ledger/VerificationReport.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <optional>

namespace custos {

class AuditLedger;

// The audit log as a table, lazily: it holds the positions of the records that pass the filter (eight bytes a
// row, fetched a page at a time by the ledger's worker as the view scrolls) and decodes only the rows on screen,
// keeping a bounded cache of them. A million records cost a few megabytes, whatever the filter.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        SourceColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        TenantColumn,
        OutcomeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { PositionRole = Qt::UserRole + 1, StatusRole };
    enum class RowStatus { NotChecked, Verified, Failed, Unverified };
    Q_ENUM(RowStatus)

    static constexpr int pageSize = 500;

    explicit AuditLogModel(QObject* parent = nullptr);
    ~AuditLogModel() override;

    // Shows `ledger` (not owned); the first page is asked for as soon as it is open.
    void setLedger(AuditLedger* ledger);
    void setFilter(const AuditFilter& filter);
    // The ledger gained records at its end. Those that pass the filter join as rows: at once when every row so
    // far is shown (one page after the last row, nothing re-read), else as the view scrolls there.
    void recordsAppended();
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    // Per-row verification status from a finished verification of the same ledger.
    void setVerification(const VerificationReport& report);
    [[nodiscard]] bool isSearching() const { return m_job != 0; }

    [[nodiscard]] std::optional<AuditEntry> entry(int row) const;
    [[nodiscard]] RowStatus status(const AuditEntry& entry) const;
    [[nodiscard]] QString statusText(const AuditEntry& entry) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void searchingChanged(bool searching);
    void searchFailed(const QString& message);

private:
    void restart();
    void requestPage();
    void onFetched(quint64 job, const QList<qint64>& positions, bool exhausted, const QString& error);
    // The decoded entry of `row`, reading its neighbours along on a miss; null if it cannot be read.
    [[nodiscard]] const AuditEntry* cached(int row) const;
    [[nodiscard]] QIcon statusIcon(RowStatus status) const;

    QPointer<AuditLedger> m_ledger;
    AuditFilter m_filter;
    QList<qint64> m_positions;
    bool m_exhausted = true;
    quint64 m_job = 0;    // the page asked for and not yet answered
    bool m_grown = false; // records were appended while a page was asked for: its answer may miss them
    mutable QCache<qint64, AuditEntry> m_cache;
    std::optional<VerificationReport> m_report;
};

} // namespace custos
