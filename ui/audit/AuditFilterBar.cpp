#include "ui/audit/AuditFilterBar.h"

#include "core/common/Clock.h"
#include "ui/widgets/Shortcuts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace custos {
namespace {

constexpr int settleMs = 400;

QDateTimeEdit* timeEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(Clock::now(), parent);
    edit->setObjectName(name);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(timeEdit(QStringLiteral("fromEdit"), this))
    , m_toEnabled(new QCheckBox(tr("U&ntil"), this))
    , m_to(timeEdit(QStringLiteral("toEdit"), this))
    , m_actor(lineEdit(QStringLiteral("actorFilter"), tr("Actor")))
    , m_action(lineEdit(QStringLiteral("actionFilter"), tr("Action")))
    , m_target(lineEdit(QStringLiteral("targetFilter"), tr("Target")))
    , m_tenant(lineEdit(QStringLiteral("tenantFilter"), tr("Tenant")))
    , m_text(lineEdit(QStringLiteral("textFilter"), tr("Search anywhere in the record")))
    , m_reason(lineEdit(QStringLiteral("reasonFilter"), tr("Reason")))
    , m_ticket(lineEdit(QStringLiteral("ticketFilter"), tr("Ticket")))
    , m_helpdesk(new QCheckBox(tr("&Helpdesk verifications"), this))
    , m_outcome(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_helpdesk->setObjectName(QStringLiteral("helpdeskVerificationsFilter"));
    m_helpdesk->setToolTip(tr("Only the helpdesk resets, with how the caller was verified"));
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    // The check boxes in front say what the date fields are, but they are not labels: the fields need names.
    m_from->setAccessibleName(tr("From (UTC)"));
    m_to->setAccessibleName(tr("Until (UTC)"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_source->setAccessibleName(tr("Source"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char* outcome : {"SUCCESS", "FAILURE"})
        m_outcome->addItem(QString::fromLatin1(outcome), QString::fromLatin1(outcome));
    m_source->addItem(tr("Any source"), QString());
    for (const char* source : {"local", "keycloak-admin", "keycloak-user", "platform"})
        m_source->addItem(QString::fromLatin1(source), QString::fromLatin1(source));
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_fromEnabled, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_toEnabled, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(m_outcome, 0, 4);
    grid->addWidget(m_source, 0, 5);
    grid->addWidget(m_text, 0, 6);
    grid->addWidget(m_actor, 1, 0, 1, 2);
    grid->addWidget(m_action, 1, 2, 1, 2);
    grid->addWidget(m_target, 1, 4);
    grid->addWidget(m_tenant, 1, 5);
    grid->addWidget(m_reason, 1, 6);
    grid->addWidget(m_ticket, 2, 0, 1, 2);
    grid->addWidget(m_helpdesk, 2, 2, 1, 2);
    grid->setColumnStretch(6, 1);
    Shortcuts::addFind(this, m_text);

    connect(m_settle, &QTimer::timeout, this, &AuditFilterBar::apply);
    connect(m_helpdesk, &QCheckBox::toggled, this, &AuditFilterBar::apply);
    for (QLineEdit* edit : {m_actor, m_action, m_target, m_tenant, m_text, m_reason, m_ticket}) {
        connect(edit, &QLineEdit::textChanged, m_settle, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &AuditFilterBar::apply);
    }
    for (QComboBox* box : {m_outcome, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditFilterBar::apply);
    for (auto [check, edit] : {std::pair{m_fromEnabled, m_from}, std::pair{m_toEnabled, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &AuditFilterBar::apply);
        connect(edit, &QDateTimeEdit::dateTimeChanged, m_settle, qOverload<>(&QTimer::start));
    }
}

QLineEdit* AuditFilterBar::lineEdit(const QString& name, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder); // the placeholder is all the label there is, and it goes when typing
    edit->setClearButtonEnabled(true);
    return edit;
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter filter;
    if (m_fromEnabled->isChecked())
        filter.from = m_from->dateTime();
    if (m_toEnabled->isChecked())
        filter.to = m_to->dateTime();
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->text().trimmed();
    filter.target = m_target->text().trimmed();
    filter.tenant = m_tenant->text().trimmed();
    filter.text = m_text->text().trimmed();
    filter.reason = m_reason->text().trimmed();
    filter.ticket = m_ticket->text().trimmed();
    filter.helpdeskVerifications = m_helpdesk->isChecked();
    filter.outcome = m_outcome->currentData().toString();
    filter.source = m_source->currentData().toString();
    return filter;
}

void AuditFilterBar::apply()
{
    m_settle->stop();
    const AuditFilter current = filter();
    if (current == m_applied)
        return;
    m_applied = current;
    emit filterChanged(current);
}

} // namespace custos
