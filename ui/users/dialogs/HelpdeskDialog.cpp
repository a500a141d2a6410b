#include "ui/users/dialogs/HelpdeskDialog.h"

#include "core/actions/Actions.h"
#include "core/users/Operations.h"
#include "ui/users/dialogs/CallerVerificationPanel.h"
#include "ui/users/dialogs/SecretField.h"
#include "ui/widgets/JustificationFields.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace custos {

namespace {

QString emailActionText(const QString& action)
{
    if (action == u"UPDATE_PASSWORD")
        return HelpdeskDialog::tr("Set a new password");
    if (action == u"CONFIGURE_TOTP")
        return HelpdeskDialog::tr("Set up an authenticator app (OTP)");
    if (action == u"VERIFY_EMAIL")
        return HelpdeskDialog::tr("Verify the e-mail address");
    return HelpdeskDialog::tr("Review the profile");
}

} // namespace

HelpdeskDialog::HelpdeskDialog(UserAction action, const KeycloakUser& user, const std::optional<UserSession>& session,
                               QWidget* parent)
    : ActionDialog(QStringLiteral("helpdeskDialog"), tr("%1: %2").arg(displayName(action), user.username),
                   displayName(action), parent)
    , m_action(action)
    , m_user(user)
    , m_session(session)
{
    auto* text = new QLabel(question(), this);
    text->setObjectName(QStringLiteral("questionLabel"));
    text->setWordWrap(true);
    formLayout()->addWidget(text);

    if (action == UserAction::SendActionsEmail) {
        auto* box = new QGroupBox(tr("Ask the user to"), this);
        auto* column = new QVBoxLayout(box);
        for (const QString& name : emailActions()) {
            auto* check = new QCheckBox(emailActionText(name), box);
            check->setObjectName(QStringLiteral("emailAction_") + name);
            check->setProperty("requiredAction", name);
            check->setChecked(name == u"UPDATE_PASSWORD");
            column->addWidget(check);
            m_emailActions.append(check);
            connect(check, &QCheckBox::toggled, this, [this] { setConfirmAllowed(!checkedEmailActions().isEmpty()); });
        }
        formLayout()->addWidget(box);
    }
    if (action == UserAction::ResetPassword) {
        m_secret = new SecretField(tr("Temporary password:"), this);
        resultLayout()->addWidget(m_secret);
    }
    if (needsCallerVerification(action)) {
        m_verification = new CallerVerificationPanel(action != UserAction::Unlock, this);
        formLayout()->addWidget(m_verification);
        connect(m_verification, &CallerVerificationPanel::changed, this,
                [this] { setConfirmAllowed(m_verification->isComplete()); });
        connect(m_verification, &CallerVerificationPanel::emailInsteadRequested, this,
                &HelpdeskDialog::emailInsteadRequested);
        setConfirmAllowed(false);
    }
    formLayout()->addStretch();
    resize(560, m_verification ? 640 : 280);
}

bool HelpdeskDialog::needsCallerVerification(UserAction action)
{
    return action == UserAction::ResetMfa || action == UserAction::ResetPassword || action == UserAction::Unlock;
}

void HelpdeskDialog::showCallerFacts(const Result<CallerFacts>& facts, const std::optional<Error>& secondOperator)
{
    if (!m_verification)
        return;
    if (facts.ok())
        m_verification->showFacts(facts.value(), secondOperator);
    else
        m_verification->showError(facts.error());
}

Justification HelpdeskDialog::justification() const
{
    Justification justification = ActionDialog::justification();
    if (m_verification)
        justification.verification = m_verification->verification();
    return justification;
}

QStringList HelpdeskDialog::emailActions()
{
    return {QStringLiteral("UPDATE_PASSWORD"), QStringLiteral("CONFIGURE_TOTP"), QStringLiteral("VERIFY_EMAIL"),
            QStringLiteral("UPDATE_PROFILE")};
}

QStringList HelpdeskDialog::checkedEmailActions() const
{
    QStringList checked;
    for (const QCheckBox* check : m_emailActions)
        if (check->isChecked())
            checked.append(check->property("requiredAction").toString());
    return checked;
}

void HelpdeskDialog::replaceReset(const HelpdeskDialog& reset)
{
    const QString fixes =
        reset.action() == UserAction::ResetMfa ? QStringLiteral("CONFIGURE_TOTP") : QStringLiteral("UPDATE_PASSWORD");
    for (QCheckBox* check : std::as_const(m_emailActions))
        check->setChecked(check->property("requiredAction").toString() == fixes);
    justificationFields()->setJustification(reset.justification());
}

void HelpdeskDialog::showTemporaryPassword(const QString& password)
{
    if (m_secret)
        m_secret->setSecret(password);
}

QString HelpdeskDialog::question() const
{
    const QString who = QStringLiteral("<b>%1</b>").arg(m_user.displayName().toHtmlEscaped());
    switch (m_action) {
    case UserAction::ResetMfa:
        return tr("<p>Reset the second factor of %1?</p><p>Their authenticator apps and security keys are removed, "
                  "they must set up a new authenticator at the next sign-in, and every session they have is ended."
                  "</p><p>You will be asked to sign in again first if you have not within the last %2 minutes.</p>")
            .arg(who)
            .arg(actionSpec(ActionId::UserResetMfa).stepUp.maxAgeSeconds / 60);
    case UserAction::ResetPassword:
        return tr("<p>Reset the password of %1?</p><p>A temporary password is generated and shown to you once; the "
                  "user must change it at the next sign-in.</p>")
            .arg(who);
    case UserAction::Unlock:
        return m_user.bruteForce.locked
                   ? tr("<p>Unlock %1?</p><p>The account is locked after %2 failed sign-ins (the last from %3).</p>")
                         .arg(who)
                         .arg(m_user.bruteForce.failures)
                         .arg(m_user.bruteForce.lastFailureIp.toHtmlEscaped())
                   : tr("<p>Clear the failed sign-ins of %1?</p>").arg(who);
    case UserAction::SendActionsEmail:
        return tr("<p>Send %1 an e-mail at %2 with a link to do the following:</p>")
            .arg(who, m_user.email.toHtmlEscaped());
    case UserAction::RevokeSession: {
        const QLocale locale;
        return m_session ? tr("<p>End this session of %1?</p><p>Started %2 from %3, last used %4; clients: %5.</p>")
                               .arg(who, locale.toString(m_session->started.toLocalTime(), QLocale::ShortFormat),
                                    m_session->ipAddress.toHtmlEscaped(),
                                    locale.toString(m_session->lastAccess.toLocalTime(), QLocale::ShortFormat),
                                    m_session->clients.join(QStringLiteral(", ")).toHtmlEscaped())
                         : QString();
    }
    case UserAction::Create:
    case UserAction::ChangeAccess:
    case UserAction::Offboard:
        break; // their own dialogs
    }
    return {};
}

} // namespace custos
