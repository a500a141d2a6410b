#pragma once

#include <QLabel>

namespace custos {

class ActionGate;
enum class ActionId;

// The one line a page shows instead of its content when the operator may not read it ("Your account cannot see
// tenants. Needs the platform scope tenants:read. …"): the page then sends no request that would be refused.
class AccessNotice : public QLabel
{
    Q_OBJECT
public:
    // `subject` is the page's own sentence, e.g. tr("Your account cannot see tenants.").
    AccessNotice(ActionId read, const QString& subject, QWidget* parent = nullptr);

    // Shows the line when `gate` refuses the read and hides it otherwise; true when the page may read (false also
    // while the platform scopes the read needs are not known yet).
    bool update(const ActionGate& gate);

private:
    ActionId m_read;
    QString m_subject;
};

} // namespace custos
