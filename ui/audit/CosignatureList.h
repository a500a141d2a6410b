#pragma once

#include "core/ledger/WitnessQuorum.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTreeWidget;

namespace custos {

// Auditor mode: the witnesses' cosignatures on the verified checkpoint, one row each: the witness's name and key
// hash, whether it is pinned and valid (and so counts towards the quorum), and when it cosigned, in UTC and in
// this computer's time zone; above them, how many valid ones were found against how many are required.
class CosignatureList : public QWidget
{
    Q_OBJECT
public:
    explicit CosignatureList(QWidget* parent = nullptr);

    // nullopt: no witness policy applies (not auditor mode), and the list hides.
    void setReport(const std::optional<WitnessQuorum::Report>& report);

private:
    QLabel* m_count;
    QTreeWidget* m_list;
};

} // namespace custos
