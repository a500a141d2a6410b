#include "ui/widgets/AccessNotice.h"

#include "core/actions/ActionGate.h"
#include "ui/widgets/StatusColours.h"

namespace custos {

AccessNotice::AccessNotice(ActionId read, const QString& subject, QWidget* parent)
    : QLabel(parent)
    , m_read(read)
    , m_subject(subject)
{
    setObjectName(QStringLiteral("accessNotice"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColours::colourText(this, StatusColours::Role::Info);
    hide();
}

bool AccessNotice::update(const ActionGate& gate)
{
    // Before GET /me has answered, the page neither reads nor claims the account cannot.
    if (!gate.platformAnswered() && !actionSpec(m_read).scopes.isEmpty()) {
        hide();
        return false;
    }
    const QString missing = gate.missingAccess(m_read);
    setText(missing.isEmpty() ? QString() : tr("%1 %2").arg(m_subject, missing));
    setVisible(!missing.isEmpty());
    return missing.isEmpty();
}

} // namespace custos
