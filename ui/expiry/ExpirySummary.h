#pragma once

#include "core/platform/ExpiryCollector.h"

#include <QLabel>

namespace custos {

// One sentence for the overview at sign-in: "2 certificates expire within 30 days", or that nothing does, plus what
// could not be read. It follows the collector's reports; linkActivated() asks to open the expiry page.
class ExpirySummary : public QLabel
{
    Q_OBJECT
public:
    explicit ExpirySummary(ExpiryCollector* collector, QWidget* parent = nullptr);

    void setReport(const ExpiryReport& report);
    // The sentence for `report` (plain text), also used as the accessible description.
    [[nodiscard]] static QString describe(const ExpiryReport& report, int warningDays);

signals:
    void openRequested();

private:
    int m_warningDays = 30;
};

} // namespace custos
