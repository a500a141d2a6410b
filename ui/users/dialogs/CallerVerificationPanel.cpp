#include "ui/users/dialogs/CallerVerificationPanel.h"

#include "ui/widgets/StatusColours.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace custos {

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CallerVerificationPanel::CallerVerificationPanel(bool offerEmail, QWidget* parent)
    : QWidget(parent)
    , m_offerEmail(offerEmail)
    , m_factsLabel(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_emailInstead(new QPushButton(tr("Send the required-actions &e-mail instead"), this))
    , m_methodsBox(new QGroupBox(tr("How did you verify the caller?"), this))
    , m_methods(new QButtonGroup(this))
    , m_confirmed(new QCheckBox(tr("I &confirm that I verified the caller this way"), this))
{
    setObjectName(QStringLiteral("callerVerification"));
    m_factsLabel->setObjectName(QStringLiteral("callerFacts"));
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("verificationNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_emailInstead->setObjectName(QStringLiteral("emailInsteadButton"));
    m_emailInstead->hide();
    m_confirmed->setObjectName(QStringLiteral("verificationConfirmed"));

    auto* methods = new QVBoxLayout(m_methodsBox);
    for (const VerificationMethod method : CallerVerification::methods()) {
        auto* button = new QRadioButton(CallerVerification::methodName(method), m_methodsBox);
        button->setObjectName(QStringLiteral("method_") + CallerVerification::methodKey(method));
        m_methods->addButton(button, int(method));
        methods->addWidget(button);
    }
    methods->addWidget(m_confirmed);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_factsLabel);
    column->addWidget(m_notice);
    column->addWidget(m_emailInstead, 0, Qt::AlignLeft);
    column->addWidget(m_methodsBox);

    connect(m_methods, &QButtonGroup::idToggled, this, &CallerVerificationPanel::changed);
    connect(m_confirmed, &QCheckBox::toggled, this, &CallerVerificationPanel::changed);
    connect(m_emailInstead, &QPushButton::clicked, this, &CallerVerificationPanel::emailInsteadRequested);
    showReading();
}

void CallerVerificationPanel::showReading()
{
    m_facts.reset();
    m_factsLabel->setText(tr("Reading what the directory knows about this user…"));
    m_methodsBox->setEnabled(false);
    emit changed();
}

void CallerVerificationPanel::showFacts(const CallerFacts& facts, const std::optional<Error>& secondOperator)
{
    m_facts = facts;
    m_refused = secondOperator.has_value();
    const QString none = tr("none on record");
    QString failures = tr("none");
    if (!facts.recentFailedLogins.isEmpty())
        failures = tr("%n, the last on %1", nullptr, int(facts.recentFailedLogins.size()))
                       .arg(when(facts.recentFailedLogins.constFirst()));
    QString text = tr("<p>Check the caller against what the directory knows, never against what they tell you:</p>");
    text += QStringLiteral("<table>");
    text += row(tr("Phone on record:"), facts.phone.isEmpty() ? none : facts.phone);
    text += row(tr("Manager on record:"), facts.manager.isEmpty() ? none : facts.manager);
    text += row(tr("E-mail:"), facts.email.isEmpty() ? none
                               : facts.emailVerified ? tr("%1 (verified)").arg(facts.email)
                                                     : tr("%1 (not verified)").arg(facts.email));
    text += row(tr("Last credential change:"),
                facts.lastCredentialChange.isValid()
                    ? tr("%1 (%2)").arg(when(facts.lastCredentialChange), facts.lastCredentialType)
                    : tr("none since the account was set up"));
    text += row(tr("Failed sign-ins in the last %n day(s):", nullptr, CallerVerification::failedLoginDays), failures);
    text += row(tr("Privileged account:"),
                facts.isPrivileged() ? tr("yes (%1)").arg(facts.privilegedRoles.join(QStringLiteral(", "))) : tr("no"));
    text += QStringLiteral("</table>");
    m_factsLabel->setText(text);

    QString notice;
    if (secondOperator)
        notice = secondOperator->userMessage();
    else if (m_offerEmail && facts.emailVerified)
        notice = tr("The user has a verified e-mail address: sending them the required-actions e-mail is safer "
                    "than a reset over the phone.");
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    StatusColours::colourText(m_notice, secondOperator ? std::optional(StatusColours::Role::Danger) : std::nullopt);
    m_emailInstead->setVisible(m_offerEmail && facts.emailVerified);
    m_methodsBox->setEnabled(!m_refused);
    emit changed();
}

void CallerVerificationPanel::showError(const Error& error)
{
    m_facts.reset();
    m_factsLabel->setText(tr("Without these facts the reset cannot be confirmed: %1").arg(error.userMessage()));
    StatusColours::colourText(m_factsLabel, StatusColours::Role::Danger);
    m_methodsBox->setEnabled(false);
    emit changed();
}

std::optional<VerificationMethod> CallerVerificationPanel::chosenMethod() const
{
    const int id = m_methods->checkedId();
    if (id < 0)
        return std::nullopt;
    return VerificationMethod(id);
}

bool CallerVerificationPanel::isComplete() const
{
    return m_facts && !m_refused && chosenMethod() && m_confirmed->isChecked();
}

QJsonObject CallerVerificationPanel::verification() const
{
    if (!isComplete())
        return {};
    return CallerVerification::record(*chosenMethod(), *m_facts, true);
}

} // namespace custos
