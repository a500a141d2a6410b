#include "ui/audit/AuditPage.h"

#include "core/audit/LedgerAuditTrail.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditLedger.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/RecordDetailPane.h"
#include "ui/audit/VerificationView.h"
#include "ui/widgets/HeaderStateKeeper.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace custos {

AuditPage::AuditPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(this))
    , m_filters(new AuditFilterBar(this))
    , m_table(new QTableView(this))
    , m_detail(new RecordDetailPane(this))
    , m_verification(new VerificationView(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_opening(new QProgressBar(this))
    , m_cancelOpening(new QPushButton(tr("&Cancel"), this))
    , m_report(new QPushButton(tr("PDF &report…"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditLogView"));
    m_table->setAccessibleName(tr("Audit records"));
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextFormat(Qt::PlainText); // search errors may quote the file or the search
    m_opening->setObjectName(QStringLiteral("openingProgress"));
    m_cancelOpening->setObjectName(QStringLiteral("cancelOpeningButton"));
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_report->setToolTip(tr("Save the verification summary and the records the filter shows as a PDF report"));
    m_report->setEnabled(false);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths{{AuditLogModel::SeqColumn, 50},     {AuditLogModel::TimeColumn, 170},
                                            {AuditLogModel::SourceColumn, 100}, {AuditLogModel::ActorColumn, 70},
                                            {AuditLogModel::ActionColumn, 120}, {AuditLogModel::TargetColumn, 130},
                                            {AuditLogModel::TenantColumn, 60},  {AuditLogModel::OutcomeColumn, 80}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    // Whether a record verifies is what an auditor looks at first.
    m_table->setColumnWidth(AuditLogModel::StatusColumn, 90);
    m_table->horizontalHeader()->moveSection(AuditLogModel::StatusColumn, 0);
    HeaderStateKeeper::keep(m_table);

    auto* detailScroll = new QScrollArea(this);
    detailScroll->setAccessibleName(tr("Record details"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460}); // the log first: the detail pane scrolls
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_opening);
    statusRow->addWidget(m_cancelOpening);
    statusRow->addWidget(m_report);
    auto* log = new QWidget(this);
    auto* logColumn = new QVBoxLayout(log);
    logColumn->addWidget(m_filters);
    logColumn->addWidget(splitter, 1);
    logColumn->addLayout(statusRow);
    m_tabs->addTab(log, tr("&Log"));
    m_tabs->addTab(m_verification, tr("&Verification"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_tabs);
    m_opening->hide();
    m_cancelOpening->hide();

    connect(m_report, &QPushButton::clicked, this, &AuditPage::reportRequested);
    connect(m_filters, &AuditFilterBar::filterChanged, m_model, &AuditLogModel::setFilter);
    connect(m_model, &AuditLogModel::searchingChanged, this, &AuditPage::showRowCount);
    connect(m_model, &AuditLogModel::searchFailed, m_status, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showCurrentRecord);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showCurrentRecord);
    connect(m_verification, &VerificationView::finished, this, [this](const VerificationOutcome& outcome) {
        if (outcome.error.isEmpty())
            m_model->setVerification(outcome.report);
    });
}

AuditPage::AuditPage(const QString& ledgerPath, QWidget* parent)
    : AuditPage(parent)
{
    setLedger(ledgerPath);
}

AuditPage::~AuditPage() = default;

QString AuditPage::ledgerPath() const
{
    return m_ledger ? m_ledger->path() : QString();
}

AuditReportRequest AuditPage::reportRequest() const
{
    AuditReportRequest request;
    request.ledgerPath = ledgerPath();
    request.filter = m_model->filter();
    request.hmacKey = m_hmacKey;
    return request;
}

void AuditPage::setHmacKey(const QByteArray& key)
{
    m_hmacKey = key;
    m_detail->setHmacKey(key);
    m_verification->setHmacKey(key);
}

void AuditPage::setAuditorTrust(const QString& settingsPath)
{
    m_verification->setAuditorTrust(settingsPath);
}

void AuditPage::setLedger(const QString& path)
{
    delete m_ledger;
    m_ledger = new AuditLedger(path, this);
    m_report->setEnabled(false);
    m_status->setText(m_ledger->isDatabase() ? tr("Opening the ledger…") : tr("Indexing the export…"));
    m_opening->setRange(0, 0);
    m_opening->setVisible(!m_ledger->isDatabase());
    m_cancelOpening->setVisible(!m_ledger->isDatabase());
    connect(m_cancelOpening, &QPushButton::clicked, m_ledger, &AuditLedger::cancelOpening);
    connect(m_ledger, &AuditLedger::progress, this, [this](qint64 done, qint64 total) {
        m_opening->setRange(0, 1000);
        m_opening->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_ledger, &AuditLedger::opened, this, [this] {
        m_report->setEnabled(true);
        m_opening->hide();
        m_cancelOpening->hide();
    });
    connect(m_ledger, &AuditLedger::failed, this, [this](const QString& message) {
        m_opening->hide();
        m_cancelOpening->hide();
        m_status->setText(message);
    });
    m_model->setLedger(m_ledger);
    m_detail->setLedger(m_ledger);
    m_verification->verify(path);
}

void AuditPage::follow(LedgerAuditTrail* trail)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = trail;
    setHmacKey(trail->hmacKey());
    setLedger(trail->path());
    connect(trail, &LedgerAuditTrail::appended, this, &AuditPage::recordsAppended);
}

void AuditPage::reload()
{
    // The rows are read again from the same open ledger; verification runs again on its own (recordsAppended).
    if (m_ledger && m_ledger->isOpen())
        m_model->setLedger(m_ledger);
}

void AuditPage::offerErasure(const QString& whyNot)
{
    if (!m_erase) {
        m_erase = new QAction(tr("&Erase personal data…"), this);
        m_erase->setObjectName(QStringLiteral("erasePersonalDataAction"));
        m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_table->addAction(m_erase);
        connect(m_erase, &QAction::triggered, this, [this] {
            const QModelIndex current = m_table->selectionModel()->currentIndex();
            const std::optional<AuditEntry> entry = current.isValid() ? m_model->entry(current.row()) : std::nullopt;
            QString subject;
            if (entry && entry->text(u"target", u"type") == u"user")
                subject = entry->text(u"target", u"id");
            if (entry && subject.isEmpty())
                subject = entry->text(u"actor", u"id");
            emit erasureRequested(subject);
        });
    }
    m_erase->setEnabled(whyNot.isEmpty());
    m_erase->setToolTip(whyNot.isEmpty() ? tr("Erase for good the personal data of the person this record is about")
                                         : whyNot);
}

void AuditPage::recordsAppended()
{
    if (!m_ledger)
        return;
    m_model->recordsAppended();
    m_verification->recordsAdded();
}

void AuditPage::showRowCount()
{
    if (!m_ledger || !m_ledger->isOpen())
        return;
    const QString shown = tr("%n record(s) shown", nullptr, m_model->rowCount());
    if (m_model->isSearching())
        m_status->setText(tr("%1; searching…").arg(shown));
    else if (m_model->canFetchMore({}))
        m_status->setText(tr("%1; more as you scroll").arg(shown));
    else
        m_status->setText(shown);
}

void AuditPage::showCurrentRecord()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->showEntry(current.isValid() ? m_model->entry(current.row()) : std::nullopt);
}

} // namespace custos
