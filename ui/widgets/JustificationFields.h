#pragma once

#include "core/audit/JustificationPolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace custos {

// The reason and ticket every write action asks for, checked live against the profile's JustificationPolicy:
// the hint under the fields says what is still missing, and isComplete() tells the dialog whether it may confirm.
// Every dialog and prompt that changes something uses this one part.
class JustificationFields : public QWidget
{
    Q_OBJECT
public:
    explicit JustificationFields(QWidget* parent = nullptr);

    void setPolicy(const JustificationPolicy& policy);
    [[nodiscard]] const JustificationPolicy& policy() const { return m_policy; }

    // The reason and ticket as typed, trimmed.
    [[nodiscard]] Justification justification() const;
    // Fills in a reason and ticket typed elsewhere (an action that replaces another keeps what was said).
    void setJustification(const Justification& justification);
    [[nodiscard]] bool isComplete() const;

signals:
    // The reason or the ticket changed; isComplete() may have changed with them.
    void changed();

private:
    void update();

    JustificationPolicy m_policy;
    QPlainTextEdit* m_reason;
    QLineEdit* m_ticket;
    QLabel* m_ticketLabel;
    QLabel* m_hint;
};

} // namespace custos
