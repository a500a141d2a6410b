#pragma once

#include "core/users/CallerVerification.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace custos {

// The verification step of a helpdesk reset: what the directory knows about the user (never what the caller says),
// the method the agent used to verify the caller, and the agent's confirmation. Complete only once the facts are
// read, no second operator is needed, a method is chosen and the agent has confirmed.
class CallerVerificationPanel : public QWidget
{
    Q_OBJECT
public:
    // `offerEmail`: the action could be replaced by the required-actions e-mail (MFA and password resets).
    CallerVerificationPanel(bool offerEmail, QWidget* parent = nullptr);

    void showReading();
    void showFacts(const CallerFacts& facts, const std::optional<Error>& secondOperator);
    void showError(const Error& error);

    [[nodiscard]] bool isComplete() const;
    // The intent record's "verification" (empty until complete).
    [[nodiscard]] QJsonObject verification() const;

signals:
    void changed();
    // The agent chose to send the required-actions e-mail instead of resetting.
    void emailInsteadRequested();

private:
    [[nodiscard]] std::optional<VerificationMethod> chosenMethod() const;

    bool m_offerEmail;
    std::optional<CallerFacts> m_facts;
    bool m_refused = false;
    QLabel* m_factsLabel;
    QLabel* m_notice;
    QPushButton* m_emailInstead;
    QGroupBox* m_methodsBox;
    QButtonGroup* m_methods;
    QCheckBox* m_confirmed;
};

} // namespace custos
