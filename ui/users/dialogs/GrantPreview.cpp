#include "ui/users/dialogs/GrantPreview.h"

#include "core/users/GrantedAdminRoles.h"

namespace custos {

GrantPreview::GrantPreview(UserAccessApi* access, QWidget* parent)
    : QLabel(parent)
    , m_access(access)
{
    setObjectName(QStringLiteral("grantPreview"));
    setAccessibleName(tr("Administration roles this gives"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    preview({}, {});
}

void GrantPreview::preview(const QList<RoleRef>& roles, const QList<GroupRef>& groups)
{
    delete m_pending; // its read and answer go with it
    m_pending = nullptr;
    setProperty("privileged", false);
    if (roles.isEmpty() && groups.isEmpty())
        return setText(tr("No role or group is added: this gives no administration roles."));
    setText(tr("Reading which administration roles this gives…"));
    m_pending = new QObject(this);
    QObject* context = m_pending;
    GrantedAdminRoles::preview(
        m_access, roles, groups, context, [this, context](const Result<GrantedAdminRoles::Preview>& conferred) {
            context->deleteLater();
            m_pending = nullptr;
            if (!conferred.ok())
                return setText(tr("Could not tell which administration roles this gives: %1")
                                   .arg(conferred.error().userMessage()));
            if (conferred->roles.isEmpty())
                return setText(tr("This gives no administration roles."));
            setProperty("privileged", true);
            setText(tr("Privileged: this gives administration roles (realm-management): %1.").arg(conferred->sources));
        });
}

} // namespace custos
