#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace custos {

class AuditorTrustStore;

// Auditor mode: the witnesses this computer trusts. The auditor pastes a witness's verifier key as its operator
// publishes it, sees the witness name and key hash it names before pinning it, removes a witness, and sets how
// many pinned witnesses must have cosigned an export's checkpoint (the quorum, for every origin).
class WitnessTrustDialog : public QDialog
{
    Q_OBJECT
public:
    WitnessTrustDialog(AuditorTrustStore& store, QWidget* parent = nullptr);

signals:
    // A witness was pinned or removed, or the quorum changed: what is shown must be judged again.
    void changed();

private:
    void showPinned();
    void preview();
    void pin();
    void removeSelected();
    void setQuorum(int quorum);

    AuditorTrustStore& m_store;
    QTreeWidget* m_pinned;
    QLineEdit* m_key;
    QLabel* m_preview;
    QPushButton* m_pin;
    QPushButton* m_remove;
    QSpinBox* m_quorum;
    QLabel* m_problem;
};

} // namespace custos
