#include "ui/widgets/Gating.h"

#include <QAbstractButton>
#include <QAction>

namespace custos::Gating {

void apply(QAction* action, const QString& denied, const QString& tip, bool applies)
{
    action->setEnabled(denied.isEmpty() && applies);
    action->setToolTip(denied.isEmpty() ? tip : denied);
}

void apply(QAbstractButton* button, const QString& denied, const QString& tip, bool applies)
{
    button->setEnabled(denied.isEmpty() && applies);
    button->setToolTip(denied.isEmpty() ? tip : denied);
}

} // namespace custos::Gating
