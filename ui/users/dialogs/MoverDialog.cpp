#include "ui/users/dialogs/MoverDialog.h"

#include "core/keycloak/UserAccessApi.h"
#include "ui/users/dialogs/CheckableList.h"
#include "ui/users/dialogs/GrantPreview.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace custos {

namespace {

QStringList idsOf(const auto& items)
{
    QStringList ids;
    for (const auto& item : items)
        ids.append(item.id);
    return ids;
}

} // namespace

MoverDialog::MoverDialog(UserAccessApi* access, const KeycloakUser& user, QWidget* parent)
    : ActionDialog(QStringLiteral("moverDialog"), tr("Roles and groups of %1").arg(user.username), tr("&Apply"), parent)
    , m_access(access)
    , m_user(user)
    , m_roles(new CheckableList(QStringLiteral("moverRoles"), this))
    , m_groups(new CheckableList(QStringLiteral("moverGroups"), this))
    , m_preview(new QListWidget(this))
    , m_grantPreview(new GrantPreview(access, this))
    , m_undone(new QLabel(this))
{
    auto* intro = new QLabel(tr("Check what <b>%1</b> should have. Only direct memberships are listed: roles that "
                                "come through groups or composites change with those.")
                                 .arg(user.displayName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setAccessibleName(tr("Changes to make"));
    m_preview->setMaximumHeight(140);
    auto* previewBox = new QGroupBox(tr("What applying changes"), this);
    auto* previewColumn = new QVBoxLayout(previewBox);
    previewColumn->addWidget(m_preview);
    previewColumn->addWidget(m_grantPreview);

    formLayout()->addWidget(intro);
    formLayout()->addLayout(CheckableList::sideBySide(tr("Realm roles"), m_roles, tr("Groups"), m_groups), 1);
    formLayout()->addWidget(previewBox);
    m_undone->setObjectName(QStringLiteral("undoneLabel"));
    m_undone->setWordWrap(true);
    m_undone->hide();
    resultLayout()->addWidget(m_undone);
    resize(680, 620);

    connect(m_roles, &CheckableList::checkedChanged, this, &MoverDialog::updatePreview);
    connect(m_groups, &CheckableList::checkedChanged, this, &MoverDialog::updatePreview);
    load(false);
}

void MoverDialog::load(bool keepChecked)
{
    m_rolesLoaded = false;
    m_groupsLoaded = false;
    m_currentRoles.clear();
    m_currentGroups.clear();
    const QStringList checkedRoles = m_roles->checkedIds();
    const QStringList checkedGroups = m_groups->checkedIds();
    m_roles->showMessage(tr("Reading roles…"));
    m_groups->showMessage(tr("Reading groups…"));
    updatePreview();
    // Roles and groups each on their own (each needs its own read role): the realm's list, then the user's direct
    // memberships, which are checked in it. A side that cannot be read shows why and is left out of the change.
    AccessChoices::loadRoles(m_access, this, [=, this](const Result<QList<RoleRef>>& choices) {
        if (!choices.ok())
            return m_roles->showMessage(choices.error().userMessage());
        m_access->userRealmRoles(m_user.id, false, this, [=, this](const Result<QList<RoleRef>>& roles) {
            if (!roles.ok())
                return m_roles->showMessage(roles.error().userMessage());
            m_choices.roles = choices.value();
            m_currentRoles = roles.value();
            m_roles->setEntries(CheckableList::entries(m_choices.roles));
            m_roles->setCheckedIds(keepChecked ? checkedRoles : idsOf(m_currentRoles));
            m_rolesLoaded = true;
            updatePreview();
        });
    });
    AccessChoices::loadGroups(m_access, this, [=, this](const Result<AccessChoices>& choices) {
        if (!choices.ok())
            return m_groups->showMessage(choices.error().userMessage());
        m_access->userGroups(m_user.id, this, [=, this](const Result<QList<GroupRef>>& groups) {
            if (!groups.ok())
                return m_groups->showMessage(groups.error().userMessage());
            m_choices.groups = choices->groups;
            m_currentGroups = groups.value();
            // A membership of a group beyond the listed ones must still be shown (and can be removed).
            for (const GroupRef& group : std::as_const(m_currentGroups))
                if (!m_choices.groups.contains(group))
                    m_choices.groups.append(group);
            m_groups->setEntries(CheckableList::entries(m_choices.groups));
            m_groups->setCheckedIds(keepChecked ? checkedGroups : idsOf(m_currentGroups));
            m_groupsLoaded = true;
            updatePreview();
        });
    });
}

AccessChange MoverDialog::change() const
{
    // A side not read is no change: its current and desired lists are both empty.
    return AccessChange::between(
        m_currentRoles, m_rolesLoaded ? CheckableList::pick(m_choices.roles, m_roles->checkedIds()) : QList<RoleRef>{},
        m_currentGroups,
        m_groupsLoaded ? CheckableList::pick(m_choices.groups, m_groups->checkedIds()) : QList<GroupRef>{});
}

void MoverDialog::updatePreview()
{
    m_preview->clear();
    const bool loaded = m_rolesLoaded || m_groupsLoaded;
    const AccessChange pending = change();
    if (pending.isEmpty())
        m_preview->addItem(loaded ? tr("No change yet.") : tr("Reading %1's roles and groups…").arg(m_user.username));
    else
        m_preview->addItems(pending.describe());
    m_grantPreview->preview(pending.addRoles, pending.joinGroups);
    setConfirmAllowed(!pending.isEmpty());
}

void MoverDialog::showOutcome(const OperationOutcome& outcome)
{
    ActionDialog::showOutcome(outcome);
    // The steps applied, then undone (or whose undo failed) after the failure: the operator sees the state Keycloak
    // is left in.
    QStringList undone;
    for (const StepRecord& step : outcome.steps)
        if (step.state == StepState::Undone || step.state == StepState::UndoFailed)
            undone.append(describeStep(step));
    m_undone->setText(tr("Undone after the failure:\n%1").arg(undone.join(u'\n')));
    m_undone->setVisible(!outcome.succeeded && !undone.isEmpty());
    // Read what the user has now; after a failure the operator's choices stay checked so they can try again.
    load(!outcome.succeeded);
}

} // namespace custos
