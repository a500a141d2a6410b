#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace custos {

// A generated secret shown once: read-only, copyable to the clipboard, with a note that it will not be shown
// again. Nothing else keeps it: when the dialog closes, it is gone.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    explicit SecretField(const QString& label, QWidget* parent = nullptr);

    void setSecret(const QString& secret);

private:
    QLineEdit* m_field;
    QPushButton* m_copy;
};

} // namespace custos
