#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace custos {

class AuditPage;
class ErasureDialog;
class PersonalDataErasure;
struct Justification;
class LedgerAuditTrail;
class ActionContext;

// Erasing a person's personal data from the window's ledger: the audit page's offer (a record's context menu) and
// the window's menu open the dialog; once confirmed, the action runs only if the gate allows it
// (ActionId::LedgerErasePersonalData: the roles, the ledger) and after step-up (ActionContext::confirmIdentity,
// the one step-up every action asks through), then PersonalDataErasure runs on the ledger's thread and the dialog
// shows its progress and outcome. The audit page reads the ledger again afterwards, so the erased values show as
// "erased".
class ErasureController : public QObject
{
    Q_OBJECT
public:
    ErasureController(ActionContext* actions, AuditPage* page, QWidget* window, QObject* parent = nullptr);

    void setLedger(LedgerAuditTrail* ledger);
    // Empty when the operator may erase now, otherwise why not; the page's offer and the menu follow it.
    [[nodiscard]] QString whyNot() const;
    // Tells the page (and whoever listens) whether erasing is allowed now: after sign-in, a step-up, the ledger.
    void updateOffer();

public slots:
    // Opens the dialog for `subject` (may be empty: the operator types it).
    void request(const QString& subject);

signals:
    void offerChanged(const QString& whyNot);
    // One line for the status bar.
    void outcomeReported(const QString& message);

private:
    // After the gate and the justification: the step-up, the roles again, then the erasure.
    void confirmIdentityAndErase(ErasureDialog* dialog, const QString& person, const Justification& justification);
    // In the dialog (when still open) and the status bar; the page reads the ledger again after an erasure.
    void showOutcome(const PersonalDataErasure& erasure, const Result<qint64>& erased, ErasureDialog* dialog);

    ActionContext* m_actions;
    QPointer<AuditPage> m_page;
    QPointer<QWidget> m_window;
    QPointer<LedgerAuditTrail> m_ledger;
};

} // namespace custos
