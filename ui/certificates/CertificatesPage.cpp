#include "ui/certificates/CertificatesPage.h"

#include "core/actions/ActionContext.h"
#include "core/platform/PlatformApi.h"
#include "ui/certificates/CertificateTimeline.h"
#include "ui/certificates/StageCertificateDialog.h"
#include "ui/certificates/TenantCaPanel.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/AccessNotice.h"
#include "ui/widgets/ActionBar.h"
#include "ui/widgets/ConfirmationDialog.h"
#include "ui/widgets/Gating.h"
#include "ui/widgets/HeaderStateKeeper.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/StatusColours.h"
#include "ui/widgets/TableSelection.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace custos {
namespace {

enum Column {
    StateColumn,
    SubjectColumn,
    NamesColumn,
    FromColumn,
    UntilColumn,
    LeftColumn,
    KeyColumn,
    FingerprintColumn,
    ColumnCount
};

CertificateTimeline::State timelineState(PlatformCertificate::State state)
{
    switch (state) {
    case PlatformCertificate::State::Active:
        return CertificateTimeline::State::Active;
    case PlatformCertificate::State::Staged:
        return CertificateTimeline::State::Staged;
    case PlatformCertificate::State::Archived:
        return CertificateTimeline::State::Archived;
    }
    return CertificateTimeline::State::Archived;
}

int stateOrder(PlatformCertificate::State state)
{
    switch (state) {
    case PlatformCertificate::State::Active:
        return 0;
    case PlatformCertificate::State::Staged:
        return 1;
    case PlatformCertificate::State::Archived:
        return 2;
    }
    return 3;
}

// The common name is what operators recognise; the whole subject is in the table and the tooltip.
QString commonName(const QString& subject)
{
    for (const QString& part : subject.split(u','))
        if (part.trimmed().startsWith(QStringLiteral("CN=")))
            return part.trimmed().mid(3);
    return subject;
}

} // namespace

CertificatesPage::CertificatesPage(PlatformContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_timeline(new CertificateTimeline(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_tenantCa(new TenantCaPanel(context, this))
    , m_outcome(new OutcomeBar(this))
    , m_notice(new AccessNotice(ActionId::PlatformCertificatesView,
                                tr("Your account cannot see the platform's certificates."), this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    m_tabs->setObjectName(QStringLiteral("certificateTabs"));
    m_timeline->setWarningDays(warningDays);
    m_table->setObjectName(QStringLiteral("certificateTable"));
    m_table->setAccessibleName(tr("Platform certificates"));
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Subject"), tr("Names (SAN)"), tr("Valid from"),
                                        tr("Valid until"), tr("Days left"), tr("Key"), tr("SHA-256")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columnsSized = HeaderStateKeeper::keep(m_table);

    auto* toolBar = new ActionBar(this);
    toolBar->setObjectName(QStringLiteral("certificateToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    // The selected row's actions on a right click, Shift+F10 or the Menu key; popup(), not exec(): no nested loop.
    auto* rowMenu = new QMenu(this);
    rowMenu->setObjectName(QStringLiteral("certificateContextMenu"));
    rowMenu->addActions({m_activate, m_restore, m_discard});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, rowMenu,
            [this, rowMenu](const QPoint& pos) { rowMenu->popup(m_table->viewport()->mapToGlobal(pos)); });
    toolBar->addAction(m_stage);
    toolBar->addSeparator();
    toolBar->addAction(m_activate);
    toolBar->addAction(m_restore);
    toolBar->addAction(m_discard);
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    updateLegend();

    auto* platformTab = new QWidget(this);
    auto* platformLayout = new QVBoxLayout(platformTab);
    platformLayout->addWidget(toolBar);
    platformLayout->addWidget(m_notice);
    platformLayout->addWidget(m_outcome);
    platformLayout->addWidget(m_timeline);
    platformLayout->addWidget(m_legend);
    platformLayout->addWidget(m_table, 1);
    m_tabs->addTab(platformTab, tr("&Platform certificates"));
    m_tabs->addTab(m_tenantCa, tr("&Tenant CA certificates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CertificatesPage::updateActions);
    connect(m_context->actions(), &ActionContext::accessChanged, this, &CertificatesPage::updateActions);
    connect(m_context, &PlatformContext::identityChanged, this, [this] {
        updateActions();
        reload();
    });
    updateActions();
}

void CertificatesPage::createActions()
{
    //: Hands a certificate to the platform without putting it in service; activating it is a later step.
    m_stage = new QAction(tr("&Stage…"), this);
    m_stage->setObjectName(QStringLiteral("stageCertificateAction"));
    m_activate = new QAction(tr("&Activate…"), this);
    m_activate->setObjectName(QStringLiteral("activateCertificateAction"));
    m_restore = new QAction(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreCertificateAction"));
    m_discard = new QAction(tr("&Discard…"), this);
    m_discard->setObjectName(QStringLiteral("discardCertificateAction"));
    m_refresh = new QAction(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshCertificatesAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(Shortcuts::withShortcut(tr("Read the certificates again"), m_refresh->shortcut()));
    connect(m_stage, &QAction::triggered, this, &CertificatesPage::openStageDialog);
    connect(m_activate, &QAction::triggered, this,
            [this] { confirmChange(PlatformCertificateChange::Change::Activate); });
    connect(m_restore, &QAction::triggered, this,
            [this] { confirmChange(PlatformCertificateChange::Change::Restore); });
    connect(m_discard, &QAction::triggered, this,
            [this] { confirmChange(PlatformCertificateChange::Change::Discard); });
    connect(m_refresh, &QAction::triggered, this, &CertificatesPage::reload);
}

void CertificatesPage::reload()
{
    m_call.cancel();
    m_tenantCa->reload();
    // Asked only when it can be answered: otherwise one line says why, instead of a refusal per request.
    if (!m_notice->update(m_context->actions()->gate())) {
        showCertificates({});
        return;
    }
    m_call = m_context->services().platform->platformCertificates(
        {}, this, [this](const Result<QList<PlatformCertificate>>& listed) {
            if (!listed.ok())
                return m_outcome->showError(listed.error());
            showCertificates(listed.value());
        });
}

void CertificatesPage::showCertificates(const QList<PlatformCertificate>& certificates)
{
    const QString keep = selected() ? selected()->id : QString();
    m_certificates = certificates;
    std::stable_sort(m_certificates.begin(), m_certificates.end(),
                     [](const PlatformCertificate& a, const PlatformCertificate& b) {
                         if (stateOrder(a.state) != stateOrder(b.state))
                             return stateOrder(a.state) < stateOrder(b.state);
                         return a.facts.notAfter > b.facts.notAfter;
                     });
    const QDateTime now = m_timeline->now();
    const QLocale locale;
    QList<CertificateTimeline::Entry> entries;
    m_table->setRowCount(int(m_certificates.size()));
    for (int row = 0; row < m_certificates.size(); ++row) {
        const PlatformCertificate& certificate = m_certificates.at(row);
        const CertificateFacts& facts = certificate.facts;
        entries.append({commonName(facts.subject), facts.notBefore, facts.notAfter, timelineState(certificate.state)});
        const qint64 days = now.daysTo(facts.notAfter);
        const QString left =
            days < 0 ? tr("expired %n day(s) ago", nullptr, int(-days)) : tr("%n day(s)", nullptr, int(days));
        const QString key = facts.keyCurve.isEmpty() ? tr("%1 %2").arg(facts.keyType).arg(facts.keyBits)
                                                     : tr("%1 %2").arg(facts.keyType, facts.keyCurve);
        const QStringList cells{PlatformCertificate::stateName(certificate.state),
                                facts.subject,
                                facts.sans.join(QStringLiteral(", ")),
                                locale.toString(facts.notBefore.toLocalTime().date(), QLocale::ShortFormat),
                                locale.toString(facts.notAfter.toLocalTime().date(), QLocale::ShortFormat),
                                left,
                                key,
                                facts.fingerprintSha256};
        const bool warn = days < warningDays;
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (warn) // a tint the palette's own text reads well on
                item->setBackground(StatusColours::background(
                    days < 0 ? StatusColours::Role::Danger : StatusColours::Role::Warning, palette()));
            item->setToolTip(column == LeftColumn && warn ? tr("Ends within %1 days").arg(warningDays)
                                                          : cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_timeline->setEntries(entries);
    if (!m_columnsSized && m_table->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    if (!keep.isEmpty())
        selectCertificate(keep);
    updateActions();
}

void CertificatesPage::updateLegend()
{
    using StatusColours::Role;
    const auto mark = [this](Role role, const QString& glyph) {
        const QString colour = StatusColours::text(role, palette()).name();
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, glyph);
    };
    const QString square = QStringLiteral("■");
    m_legend->setText(tr("%1 active &nbsp; %2 staged &nbsp; %3 archived &nbsp; %4 ends within %5 days &nbsp; "
                         "%6 expired &nbsp; %7 today")
                          .arg(mark(Role::Success, square), mark(Role::Info, square), mark(Role::Neutral, square),
                               mark(Role::Warning, square), QString::number(warningDays), mark(Role::Danger, square),
                               mark(Role::Danger, QStringLiteral("|"))));
}

void CertificatesPage::changeEvent(QEvent* event)
{
    // A change to a dark theme or back: the legend and the highlighted rows take the new palette's shades.
    if (event->type() == QEvent::PaletteChange && m_legend) {
        updateLegend();
        showCertificates(m_certificates);
    }
    QWidget::changeEvent(event);
}

void CertificatesPage::selectCertificate(const QString& certificateId)
{
    for (int row = 0; row < m_certificates.size(); ++row)
        if (m_certificates.at(row).id == certificateId)
            return m_table->selectRow(row);
}

const PlatformCertificate* CertificatesPage::selected() const
{
    return selectedRow(m_table, m_certificates);
}

void CertificatesPage::updateActions()
{
    const ActionGate gate = m_context->actions()->gate();
    const PlatformCertificate* certificate = selected();
    const bool staged = certificate && certificate->state == PlatformCertificate::State::Staged;
    const bool archived = certificate && certificate->state == PlatformCertificate::State::Archived;
    const ActionGate::Selection chosen{certificate ? 1 : 0, {}};
    Gating::apply(m_stage, gate.whyNot(ActionId::PlatformCertificateStage),
                  tr("Stage a new certificate from a PEM or PKCS#12 file"));
    Gating::apply(m_activate, gate.whyNot(ActionId::PlatformCertificateActivate, chosen),
                  tr("Put the selected staged certificate in service (asks you to confirm your identity)"), staged);
    Gating::apply(m_restore, gate.whyNot(ActionId::PlatformCertificateRestore, chosen),
                  tr("Put the selected archived certificate back in service (asks you to confirm your identity)"),
                  archived);
    Gating::apply(m_discard, gate.whyNot(ActionId::PlatformCertificateDiscard, chosen),
                  tr("Discard the selected staged certificate (asks you to confirm your identity)"), staged);
    m_refresh->setEnabled(gate.allows(ActionId::PlatformCertificatesView) || gate.allows(ActionId::TenantCaView));
}

void CertificatesPage::openStageDialog()
{
    // The new certificate must serve the names the active one serves.
    QStringList hostNames;
    for (const PlatformCertificate& certificate : std::as_const(m_certificates))
        if (certificate.state == PlatformCertificate::State::Active)
            for (const QString& san : certificate.facts.sans)
                if (san.startsWith(QStringLiteral("DNS:")))
                    hostNames.append(san.mid(4));
    auto* dialog = new StageCertificateDialog(m_context, hostNames, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StageCertificateDialog::staged, this, [this](const PlatformCertificate& staged) {
        m_call.cancel();
        m_call = m_context->services().platform->platformCertificates(
            {}, this, [this, id = staged.id](const Result<QList<PlatformCertificate>>& listed) {
                if (!listed.ok())
                    return m_outcome->showError(listed.error());
                showCertificates(listed.value());
                selectCertificate(id);
            });
    });
    dialog->open();
}

void CertificatesPage::confirmChange(PlatformCertificateChange::Change change)
{
    const PlatformCertificate* chosen = selected();
    if (!chosen)
        return;
    const PlatformCertificate certificate = *chosen;
    const QString subject = certificate.facts.subject;
    QString title;
    QString question;
    QString verb;
    switch (change) {
    case PlatformCertificateChange::Change::Activate:
        title = tr("Activate certificate");
        question = tr("Put %1 in service? The active certificate is archived (it can be restored).").arg(subject);
        verb = tr("&Activate");
        break;
    case PlatformCertificateChange::Change::Restore:
        title = tr("Restore certificate");
        question = tr("Put the archived %1 back in service? The active certificate is archived.").arg(subject);
        verb = tr("&Restore");
        break;
    case PlatformCertificateChange::Change::Discard:
        title = tr("Discard certificate");
        question = tr("Discard the staged %1? It has to be staged again to be used.").arg(subject);
        verb = tr("&Discard");
        break;
    }
    const int window = actionSpec(ActionId::PlatformCertificateActivate).stepUp.maxAgeSeconds / 60;
    auto* ask = new ConfirmationDialog(
        QStringLiteral("certificateConfirmBox"), title,
        question + QStringLiteral("\n\n") +
            tr("You will be asked to confirm your identity unless you signed in within the last %n minute(s).", nullptr,
               window),
        verb, m_context->actions()->justificationPolicy(), this);
    connect(ask, &ConfirmationDialog::confirmed, this, [this, certificate, change](const Justification& justification) {
        m_context->actions()->whenAllowed(
            change == PlatformCertificateChange::Change::Activate  ? ActionId::PlatformCertificateActivate
            : change == PlatformCertificateChange::Change::Restore ? ActionId::PlatformCertificateRestore
                                                                   : ActionId::PlatformCertificateDiscard,
            justification,
            [this, certificate, change, justification] {
                auto* operation = new PlatformCertificateChange(
                    m_context->services(), m_context->actions()->currentOperator(), certificate, change, m_context);
                operation->setJustification(justification);
                m_outcome->start(operation, this, [this] { reload(); });
            },
            [this](const Error& error) { m_outcome->showError(error); });
    });
    ask->open();
}

} // namespace custos
