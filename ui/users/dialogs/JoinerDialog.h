#pragma once

#include "core/users/Operations.h"
#include "ui/users/dialogs/AccessChoices.h"
#include "ui/users/dialogs/ActionDialog.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace custos {

class CheckableList;
class GrantPreview;
class SecretField;
class UserAccessApi;

// Joiner: a new user's names and e-mail, validated as they are typed, how they get their first credential, and
// their initial realm roles and groups. After the operation: the temporary password, once; or after a conflict,
// the way to the existing user.
class JoinerDialog : public ActionDialog
{
    Q_OBJECT
public:
    JoinerDialog(UserAccessApi* access, QWidget* parent = nullptr);

    // The request as typed (not normalised: the operation normalises it again).
    [[nodiscard]] JoinerRequest request() const;

    void showOutcome(const OperationOutcome& outcome) override;
    // The generated temporary password of a successful joiner; shown here and nowhere else.
    void showTemporaryPassword(const QString& password);
    // After a Conflict, the user who already has the username or e-mail (empty id when it was not found).
    void offerExistingUser(const UserRef& existing);

signals:
    void openUserRequested(const custos::UserRef& user);

private:
    struct Field
    {
        QLineEdit* edit;
        QLabel* error;
    };
    Field addField(QFormLayout* layout, const QString& name, const QString& label);
    void validate();

    Field m_username;
    Field m_email;
    Field m_firstName;
    Field m_lastName;
    QLabel* m_requestError;
    QRadioButton* m_temporaryPassword;
    QRadioButton* m_actionsEmail;
    CheckableList* m_roles;
    CheckableList* m_groups;
    GrantPreview* m_grantPreview;
    SecretField* m_secret;
    QPushButton* m_openExisting;
    AccessChoices m_choices;
    UserRef m_existing;
};

} // namespace custos
