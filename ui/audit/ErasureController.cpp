#include "ui/audit/ErasureController.h"

#include "core/actions/ActionContext.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/audit/PersonalDataErasure.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/ErasureDialog.h"
#include "ui/widgets/MessageBoxes.h"

#include <QWidget>

namespace custos {

ErasureController::ErasureController(ActionContext* actions, AuditPage* page, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_page(page)
    , m_window(window)
{
    connect(m_page, &AuditPage::erasureRequested, this, &ErasureController::request);
    connect(m_actions, &ActionContext::accessChanged, this, &ErasureController::updateOffer);
    connect(this, &ErasureController::offerChanged, m_page, &AuditPage::offerErasure);
}

void ErasureController::setLedger(LedgerAuditTrail* ledger)
{
    m_ledger = ledger;
    updateOffer();
}

QString ErasureController::whyNot() const
{
    const QString gate = m_actions->gate().whyNot(ActionId::LedgerErasePersonalData);
    if (!gate.isEmpty())
        return gate;
    return m_ledger ? QString() : tr("The audit ledger is not open.");
}

void ErasureController::updateOffer()
{
    emit offerChanged(whyNot());
}

void ErasureController::request(const QString& subject)
{
    // The offer is disabled when erasing is not allowed; this is the last line of defence.
    if (const QString why = whyNot(); !why.isEmpty())
        return showMessageBox(m_window, QMessageBox::Warning, tr("Erase personal data"), why.toHtmlEscaped());
    auto* dialog = new ErasureDialog(subject, m_window);
    dialog->setJustificationPolicy(m_actions->justificationPolicy());
    connect(dialog, &ErasureDialog::previewRequested, this, [this, dialog](const QString& previewed) {
        if (m_ledger)
            m_ledger->previewErasure(previewed, dialog,
                                     [dialog, previewed](const Result<LedgerStore::ErasurePreview>& preview) {
                                         dialog->showPreview(previewed, preview);
                                     });
    });
    connect(dialog, &ActionDialog::confirmed, this, [this, dialog] {
        const Justification justification = dialog->justification();
        const QString person = dialog->subject();
        dialog->setBusy(tr("Confirming it is you: sign in again in your browser if it asks…"));
        m_actions->whenAllowed(
            ActionId::LedgerErasePersonalData, justification,
            [this, dialog, person, justification] { confirmIdentityAndErase(dialog, person, justification); },
            [dialog](const Error& error) { dialog->showError(error); });
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void ErasureController::confirmIdentityAndErase(ErasureDialog* dialog, const QString& person,
                                                const Justification& justification)
{
    m_actions->confirmIdentity(ActionId::LedgerErasePersonalData, tr("Erase personal data"),
                               tr("Erasing a person's personal data from the audit ledger"), dialog,
                               [this, dialog, person, justification](const Result<Operator>& actor) {
                                   if (!actor.ok())
                                       return dialog->showError(actor.error());
                                   // The roles again, as they are after the step-up.
                                   if (const QString why = whyNot(); !why.isEmpty())
                                       return dialog->showError(Error::forbidden(tr("Nothing was erased"), why));
                                   auto* erasure =
                                       new PersonalDataErasure(m_ledger, actor.value(), person, justification, this);
                                   const QPointer<ErasureDialog> shownIn(dialog);
                                   connect(erasure, &PersonalDataErasure::progress, dialog, &ActionDialog::setBusy);
                                   connect(erasure, &PersonalDataErasure::finished, this,
                                           [this, erasure, shownIn](const Result<qint64>& erased) {
                                               showOutcome(*erasure, erased, shownIn);
                                               erasure->deleteLater();
                                           });
                                   erasure->start();
                               });
}

void ErasureController::showOutcome(const PersonalDataErasure& erasure, const Result<qint64>& erased,
                                    ErasureDialog* dialog)
{
    OperationOutcome outcome;
    outcome.action = QStringLiteral("PERSONAL_DATA_ERASED");
    outcome.succeeded = erased.ok();
    outcome.correlationId = erasure.correlationId();
    if (!erased.ok())
        outcome.error = erased.error();
    else if (erasure.notRebuilt().isEmpty())
        outcome.summary = tr("%n personal field(s) erased for good; the ledger records the erasure and still verifies",
                             nullptr, int(erased.value()));
    else
        outcome.summary = tr("%n personal field(s) erased; the ledger records the erasure and still verifies, but its "
                             "file could not be rebuilt afterwards (%1): its free pages may still hold older copies. "
                             "Free some space, then erase the same person again to rebuild it.",
                             nullptr, int(erased.value()))
                              .arg(erasure.notRebuilt());
    if (dialog)
        dialog->showOutcome(outcome);
    emit outcomeReported(ActionDialog::describe(outcome));
    // The erased values were on screen: the page reads the ledger again.
    if (erased.ok() && m_page)
        m_page->reload();
}

} // namespace custos
