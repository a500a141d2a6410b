#pragma once

#include "core/platform/PlatformApi.h"
#include "core/x509/CertificateValidator.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace custos {

class JustificationFields;
class OutcomeBar;
class PlatformContext;

// Stages a platform certificate from a PEM chain + key or a PKCS#12 file. "Check" validates locally with OpenSSL
// (parses, key matches, validity, key strength, SANs cover the host names, chain builds to a trusted root) and lists
// every problem in plain words; only a bundle that passes may be staged, and any edit asks for a new check.
// Passwords live in their fields only: never stored, and cleared once the certificate is staged or the dialog closes.
// Staging also needs the operator's reason (and ticket) under the profile's policy.
class StageCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    // `hostNames`: the names the new certificate must cover (the active certificate's DNS names).
    StageCertificateDialog(PlatformContext* context, const QStringList& hostNames, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* problemList() const { return m_problems; }
    [[nodiscard]] OutcomeBar* outcomeBar() const { return m_outcome; }

public slots:
    // Validates locally what the fields say; the list shows the result.
    void check();
    void stage();
    void done(int result) override;

signals:
    void staged(const custos::PlatformCertificate& certificate);

private:
    [[nodiscard]] Result<CertificateUpload> upload() const;
    [[nodiscard]] Result<ValidationPolicy> policy() const;
    void invalidate();
    void updateStage();
    void browse(QLineEdit* field, const QString& title, const QString& filter);
    void clearSecrets();

    PlatformContext* m_context;
    QRadioButton* m_pem;
    QRadioButton* m_pkcs12;
    QStackedWidget* m_formats;
    QLineEdit* m_chainFile;
    QLineEdit* m_keyFile;
    QLineEdit* m_keyPassword;
    QLineEdit* m_pkcs12File;
    QLineEdit* m_pkcs12Password;
    QLineEdit* m_hostNames;
    QLineEdit* m_trustedCaFile;
    QCheckBox* m_trustSystem;
    QPushButton* m_checkButton;
    QPushButton* m_stageButton;
    QListWidget* m_problems;
    QLabel* m_verdict;
    JustificationFields* m_justification;
    OutcomeBar* m_outcome;
    bool m_checked = false;
    bool m_running = false;
};

// Reads a file the operator chose, capped at `maxBytes` (certificate files are small; anything bigger is refused
// before it is parsed).
[[nodiscard]] Result<QByteArray> readCertificateFile(const QString& path, qsizetype maxBytes, const QString& what);

} // namespace custos
