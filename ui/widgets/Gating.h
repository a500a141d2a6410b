#pragma once

#include <QString>

class QAbstractButton;
class QAction;

namespace custos::Gating {

// Enables `action` when nothing is `denied` (ActionGate::whyNot) and it `applies` to what is shown now; its
// tooltip is then `tip`, otherwise the gate's sentence naming what is missing.
void apply(QAction* action, const QString& denied, const QString& tip, bool applies = true);
void apply(QAbstractButton* button, const QString& denied, const QString& tip, bool applies = true);

} // namespace custos::Gating
