#pragma once

#include "core/ledger/AuditFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

namespace custos {

// The audit log's filters. Typing settles for a moment before the filter applies, so a search over a million
// records starts once per word rather than once per key; Return applies at once.
class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    [[nodiscard]] AuditFilter filter() const;
    // Applies what the fields say now, without waiting for typing to settle.
    void apply();

signals:
    void filterChanged(const custos::AuditFilter& filter);

private:
    QLineEdit* lineEdit(const QString& name, const QString& placeholder);

    QCheckBox* m_fromEnabled;
    QDateTimeEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_to;
    QLineEdit* m_actor;
    QLineEdit* m_action;
    QLineEdit* m_target;
    QLineEdit* m_tenant;
    QLineEdit* m_text;
    QLineEdit* m_reason;
    QLineEdit* m_ticket;
    QCheckBox* m_helpdesk;
    QComboBox* m_outcome;
    QComboBox* m_source;
    QTimer* m_settle;
    AuditFilter m_applied;
};

} // namespace custos
