#include "ui/users/dialogs/LeaverDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace custos {

LeaverDialog::LeaverDialog(const KeycloakUser& user, QWidget* parent)
    : ActionDialog(QStringLiteral("leaverDialog"), tr("Offboard %1").arg(user.username), tr("&Offboard"), parent)
    , m_user(user)
    , m_leaveGroups(new QCheckBox(tr("Also remove &group memberships"), this))
{
    const QString who = user.email.isEmpty()
                            ? user.displayName().toHtmlEscaped()
                            : tr("%1 &lt;%2&gt;").arg(user.displayName().toHtmlEscaped(), user.email.toHtmlEscaped());
    auto* question = new QLabel(tr("<p>Offboard <b>%1</b>?</p><p>Every session of this user is ended at once, then the "
                                   "account is disabled. The account and its history are kept; it can be enabled "
                                   "again later.</p>")
                                    .arg(who),
                                this);
    question->setObjectName(QStringLiteral("questionLabel"));
    question->setWordWrap(true);
    m_leaveGroups->setObjectName(QStringLiteral("leaveGroupsCheck"));
    formLayout()->addWidget(question);
    formLayout()->addWidget(m_leaveGroups);
    formLayout()->addStretch();
    resize(480, 260);
}

bool LeaverDialog::leaveGroups() const
{
    return m_leaveGroups->isChecked();
}

} // namespace custos
