#pragma once

#include "core/ledger/LedgerStore.h"
#include "ui/users/dialogs/ActionDialog.h"

#include <QTimer>

class QLabel;
class QLineEdit;

namespace custos {

// Asks whose personal data to erase from the ledger (a Keycloak id or a username, prefilled from the record the
// operator chose) and why, shows what would be erased (previewRequested(), answered by showPreview()) and warns
// that it cannot be undone. Erase stays disabled until the preview found something to erase and the reason is
// given without naming the person: the reason stays in the ledger. Runs nothing itself (ActionDialog).
class ErasureDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit ErasureDialog(const QString& subject, QWidget* parent = nullptr);

    // The subject as typed, trimmed.
    [[nodiscard]] QString subject() const;
    // What erasing `subject` would delete; ignored when the subject changed meanwhile.
    void showPreview(const QString& subject, const Result<LedgerStore::ErasurePreview>& preview);

signals:
    // The subject changed (and stayed so for a moment): what would its erasure delete?
    void previewRequested(const QString& subject);

private:
    void subjectEdited();
    void updateConfirm();

    QLineEdit* m_subject;
    QLabel* m_preview;
    QTimer m_previewDelay;
    QString m_previewText;
    qint64 m_fields = 0; // found by the preview of the subject as it is now
};

} // namespace custos
