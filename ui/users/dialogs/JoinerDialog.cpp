#include "ui/users/dialogs/JoinerDialog.h"

#include "ui/users/dialogs/CheckableList.h"
#include "ui/users/dialogs/GrantPreview.h"
#include "ui/users/dialogs/SecretField.h"
#include "ui/widgets/StatusColours.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace custos {

namespace {

// Values every rule of JoinerRequest accepts: the other fields of a probe (see validate()).
JoinerRequest acceptedRequest()
{
    JoinerRequest request;
    request.username = QStringLiteral("joiner");
    request.email = QStringLiteral("joiner@example.org");
    request.firstName = QStringLiteral("Joiner");
    request.lastName = QStringLiteral("Joiner");
    return request;
}

} // namespace

JoinerDialog::JoinerDialog(UserAccessApi* access, QWidget* parent)
    : ActionDialog(QStringLiteral("joinerDialog"), tr("New user"), tr("C&reate"), parent)
    , m_requestError(new QLabel(this))
    , m_temporaryPassword(new QRadioButton(tr("Generate a &temporary password (shown once)"), this))
    , m_actionsEmail(
          new QRadioButton(tr("Send an &e-mail asking the user to set a password and verify the address"), this))
    , m_roles(new CheckableList(QStringLiteral("joinerRoles"), this))
    , m_groups(new CheckableList(QStringLiteral("joinerGroups"), this))
    , m_grantPreview(new GrantPreview(access, this))
    , m_secret(new SecretField(tr("Temporary password:"), this))
    , m_openExisting(new QPushButton(tr("&Open the existing user"), this))
{
    auto* fields = new QFormLayout;
    m_username = addField(fields, QStringLiteral("username"), tr("&Username:"));
    m_email = addField(fields, QStringLiteral("email"), tr("E-&mail:"));
    m_firstName = addField(fields, QStringLiteral("firstName"), tr("&First name:"));
    m_lastName = addField(fields, QStringLiteral("lastName"), tr("&Last name:"));
    m_requestError->setObjectName(QStringLiteral("requestError"));
    StatusColours::colourText(m_requestError, StatusColours::Role::Danger);
    m_requestError->setWordWrap(true);
    m_requestError->hide();

    m_temporaryPassword->setObjectName(QStringLiteral("temporaryPasswordMode"));
    m_actionsEmail->setObjectName(QStringLiteral("actionsEmailMode"));
    m_temporaryPassword->setChecked(true);
    auto* credentials = new QGroupBox(tr("First sign-in"), this);
    auto* credentialsColumn = new QVBoxLayout(credentials);
    credentialsColumn->addWidget(m_temporaryPassword);
    credentialsColumn->addWidget(m_actionsEmail);

    formLayout()->addLayout(fields);
    formLayout()->addWidget(m_requestError);
    formLayout()->addWidget(credentials);
    formLayout()->addLayout(CheckableList::sideBySide(tr("Realm roles"), m_roles, tr("Groups"), m_groups), 1);
    formLayout()->addWidget(m_grantPreview);
    m_openExisting->setObjectName(QStringLiteral("openExistingButton"));
    m_openExisting->hide();
    resultLayout()->addWidget(m_secret);
    resultLayout()->addWidget(m_openExisting, 0, Qt::AlignLeft);
    resize(640, 620);

    m_roles->showMessage(tr("Reading the realm's roles…"));
    m_groups->showMessage(tr("Reading the realm's groups…"));
    // Each list on its own: the user can be created without either, and roles and groups given afterwards.
    AccessChoices::loadRoles(access, this, [this](const Result<QList<RoleRef>>& roles) {
        if (!roles.ok())
            return m_roles->showMessage(roles.error().userMessage());
        m_choices.roles = roles.value();
        m_roles->setEntries(CheckableList::entries(m_choices.roles));
    });
    AccessChoices::loadGroups(access, this, [this](const Result<AccessChoices>& groups) {
        if (!groups.ok())
            return m_groups->showMessage(groups.error().userMessage());
        m_choices.groups = groups->groups;
        m_choices.groupsTruncated = groups->groupsTruncated;
        m_groups->setEntries(CheckableList::entries(m_choices.groups));
        if (m_choices.groupsTruncated)
            m_groups->showMessage(tr("Only the first %1 groups are listed.").arg(AccessChoices::maxGroups));
    });
    const auto previewGrant = [this] { m_grantPreview->preview(request().realmRoles, request().groups); };
    connect(m_roles, &CheckableList::checkedChanged, this, previewGrant);
    connect(m_groups, &CheckableList::checkedChanged, this, previewGrant);
    connect(m_openExisting, &QPushButton::clicked, this, [this] { emit openUserRequested(m_existing); });
    validate();
    m_username.edit->setFocus(); // typing starts with the username as the dialog opens
}

JoinerDialog::Field JoinerDialog::addField(QFormLayout* layout, const QString& name, const QString& label)
{
    Field field{new QLineEdit(this), new QLabel(this)};
    field.edit->setObjectName(name + QStringLiteral("Edit"));
    field.error->setObjectName(name + QStringLiteral("Error"));
    StatusColours::colourText(field.error, StatusColours::Role::Danger);
    field.error->setWordWrap(true);
    field.error->hide();
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field.edit);
    column->addWidget(field.error);
    layout->addRow(label, column);
    if (auto* buddy = qobject_cast<QLabel*>(layout->labelForField(column)))
        buddy->setBuddy(field.edit);
    connect(field.edit, &QLineEdit::textEdited, this, &JoinerDialog::validate);
    return field;
}

JoinerRequest JoinerDialog::request() const
{
    JoinerRequest request;
    request.username = m_username.edit->text();
    request.email = m_email.edit->text();
    request.firstName = m_firstName.edit->text();
    request.lastName = m_lastName.edit->text();
    request.credentials = m_actionsEmail->isChecked() ? JoinerRequest::Credentials::ActionsEmail
                                                      : JoinerRequest::Credentials::TemporaryPassword;
    request.realmRoles = CheckableList::pick(m_choices.roles, m_roles->checkedIds());
    request.groups = CheckableList::pick(m_choices.groups, m_groups->checkedIds());
    return request;
}

void JoinerDialog::validate()
{
    const JoinerRequest typed = request();
    const Result<JoinerRequest> whole = typed.normalised();
    setConfirmAllowed(whole.ok());

    // JoinerRequest validates the request as a whole. Checking each field against values the rules accept in
    // every other field tells which field an error belongs to, so it is shown beside that field; a field is
    // judged only once the operator has typed in it.
    const JoinerRequest accepted = acceptedRequest();
    bool shownBesideAField = false;
    const auto check = [&](const Field& field, QString JoinerRequest::*member) {
        JoinerRequest probe = accepted;
        probe.*member = typed.*member;
        const Result<JoinerRequest> result = probe.normalised();
        const bool show = field.edit->isModified() && !result.ok();
        field.error->setText(show ? result.error().userMessage() : QString());
        field.error->setVisible(show);
        shownBesideAField = shownBesideAField || show;
    };
    check(m_username, &JoinerRequest::username);
    check(m_email, &JoinerRequest::email);
    check(m_firstName, &JoinerRequest::firstName);
    check(m_lastName, &JoinerRequest::lastName);

    // A rule across fields (or an empty field not yet typed in) is not shown until the operator has typed in all.
    const bool allTyped = m_username.edit->isModified() && m_email.edit->isModified() &&
                          m_firstName.edit->isModified() && m_lastName.edit->isModified();
    const bool showWhole = !whole.ok() && !shownBesideAField && allTyped;
    m_requestError->setText(showWhole ? whole.error().userMessage() : QString());
    m_requestError->setVisible(showWhole);
}

void JoinerDialog::showOutcome(const OperationOutcome& outcome)
{
    m_secret->setSecret({});
    m_openExisting->hide();
    ActionDialog::showOutcome(outcome);
}

void JoinerDialog::showTemporaryPassword(const QString& password)
{
    m_secret->setSecret(password);
}

void JoinerDialog::offerExistingUser(const UserRef& existing)
{
    m_existing = existing;
    m_openExisting->setVisible(!existing.id.isEmpty());
}

} // namespace custos
