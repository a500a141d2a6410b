#include "ui/certificates/StageCertificateDialog.h"

#include "core/actions/ActionContext.h"
#include "core/tenants/CertificateOperations.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/JustificationFields.h"
#include "ui/widgets/StatusColours.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace custos {

Result<QByteArray> readCertificateFile(const QString& path, qsizetype maxBytes, const QString& what)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(QObject::tr("No %1 was chosen").arg(what), QObject::tr("the field is empty"),
                              QObject::tr("Choose the file"));
    QFile file(path.trimmed());
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QObject::tr("The %1 could not be read").arg(what), file.errorString(),
                         QObject::tr("Check the path and the file's permissions"));
    if (file.size() > maxBytes)
        return Error::invalid(QObject::tr("The %1 is too large").arg(what),
                              QObject::tr("%1 has %2 bytes; at most %3 are accepted")
                                  .arg(QFileInfo(file).fileName())
                                  .arg(file.size())
                                  .arg(maxBytes),
                              QObject::tr("Choose the certificate file itself"));
    return file.readAll();
}

StageCertificateDialog::StageCertificateDialog(PlatformContext* context, const QStringList& hostNames, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_pem(new QRadioButton(tr("PEM: certificate chain and private key"), this))
    , m_pkcs12(new QRadioButton(tr("PKCS#12 (.p12 / .pfx) with its password"), this))
    , m_formats(new QStackedWidget(this))
    , m_chainFile(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_keyPassword(new QLineEdit(this))
    , m_pkcs12File(new QLineEdit(this))
    , m_pkcs12Password(new QLineEdit(this))
    , m_hostNames(new QLineEdit(hostNames.join(QStringLiteral(", ")), this))
    , m_trustedCaFile(new QLineEdit(this))
    , m_trustSystem(new QCheckBox(tr("Also trust the system's root certificates"), this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_stageButton(new QPushButton(tr("&Stage"), this))
    , m_problems(new QListWidget(this))
    , m_verdict(new QLabel(this))
    , m_justification(new JustificationFields(this))
    , m_outcome(new OutcomeBar(this))
{
    setObjectName(QStringLiteral("stageCertificateDialog"));
    setWindowTitle(tr("Stage a platform certificate"));
    m_pem->setObjectName(QStringLiteral("formatPem"));
    m_pkcs12->setObjectName(QStringLiteral("formatPkcs12"));
    m_pem->setChecked(true);
    m_chainFile->setObjectName(QStringLiteral("chainFileField"));
    m_chainFile->setAccessibleName(tr("Certificate chain file"));
    m_keyFile->setObjectName(QStringLiteral("keyFileField"));
    m_keyFile->setAccessibleName(tr("Private key file"));
    m_keyPassword->setObjectName(QStringLiteral("keyPasswordField"));
    m_keyPassword->setAccessibleName(tr("Private key password"));
    m_keyPassword->setEchoMode(QLineEdit::Password);
    m_keyPassword->setPlaceholderText(tr("only for an encrypted key"));
    m_pkcs12File->setObjectName(QStringLiteral("pkcs12FileField"));
    m_pkcs12File->setAccessibleName(tr("PKCS#12 file"));
    m_pkcs12Password->setObjectName(QStringLiteral("pkcs12PasswordField"));
    m_pkcs12Password->setAccessibleName(tr("PKCS#12 password"));
    m_pkcs12Password->setEchoMode(QLineEdit::Password);
    m_hostNames->setObjectName(QStringLiteral("hostNamesField"));
    m_hostNames->setAccessibleName(tr("Host names the certificate must cover"));
    m_trustedCaFile->setObjectName(QStringLiteral("trustedCaField"));
    m_trustedCaFile->setAccessibleName(tr("Trusted CA file"));
    m_trustedCaFile->setPlaceholderText(tr("optional: PEM file of the CA that issued it"));
    m_trustSystem->setObjectName(QStringLiteral("trustSystemBox"));
    m_trustSystem->setChecked(true);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_stageButton->setObjectName(QStringLiteral("stageButton"));
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Validation result"));
    m_problems->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("checkVerdict"));
    m_verdict->setWordWrap(true);

    auto fileRow = [this](QLineEdit* field, const QString& title, const QString& filter) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* button = new QToolButton(row);
        button->setText(tr("Browse…"));
        button->setAccessibleName(tr("Browse for the %1").arg(field->accessibleName()));
        layout->addWidget(field, 1);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, field, title, filter] { browse(field, title, filter); });
        return row;
    };
    const QString pemFilter = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    auto* pemPage = new QWidget(this);
    auto* pemForm = new QFormLayout(pemPage);
    pemForm->addRow(tr("C&hain (leaf first, or any order):"), fileRow(m_chainFile, tr("Certificate chain"), pemFilter));
    pemForm->addRow(tr("Private &key:"), fileRow(m_keyFile, tr("Private key"), pemFilter));
    pemForm->addRow(tr("Key pass&word:"), m_keyPassword);
    auto* pkcs12Page = new QWidget(this);
    auto* pkcs12Form = new QFormLayout(pkcs12Page);
    pkcs12Form->addRow(tr("PKCS#12 &file:"),
                       fileRow(m_pkcs12File, tr("PKCS#12 file"), tr("PKCS#12 (*.p12 *.pfx);;All files (*)")));
    pkcs12Form->addRow(tr("Pass&word:"), m_pkcs12Password);
    m_formats->addWidget(pemPage);
    m_formats->addWidget(pkcs12Page);

    auto* policyForm = new QFormLayout;
    policyForm->addRow(tr("Host &names:"), m_hostNames);
    policyForm->addRow(tr("Trusted &CA:"), fileRow(m_trustedCaFile, tr("Trusted CA"), pemFilter));
    policyForm->addRow(QString(), m_trustSystem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stageButton, QDialogButtonBox::AcceptRole);
    m_stageButton->setEnabled(false);
    m_stageButton->setToolTip(tr("Check the certificate first"));
    m_justification->setPolicy(context->actions()->justificationPolicy());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pem);
    layout->addWidget(m_pkcs12);
    layout->addWidget(m_formats);
    layout->addLayout(policyForm);
    layout->addWidget(m_verdict);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_justification);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(640, 620);

    connect(m_pem, &QRadioButton::toggled, this, [this](bool pem) {
        m_formats->setCurrentIndex(pem ? 0 : 1);
        invalidate();
    });
    for (QLineEdit* field :
         {m_chainFile, m_keyFile, m_keyPassword, m_pkcs12File, m_pkcs12Password, m_hostNames, m_trustedCaFile})
        connect(field, &QLineEdit::textChanged, this, &StageCertificateDialog::invalidate);
    connect(m_trustSystem, &QCheckBox::toggled, this, &StageCertificateDialog::invalidate);
    connect(m_justification, &JustificationFields::changed, this, &StageCertificateDialog::updateStage);
    connect(m_checkButton, &QPushButton::clicked, this, &StageCertificateDialog::check);
    connect(m_stageButton, &QPushButton::clicked, this, &StageCertificateDialog::stage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StageCertificateDialog::browse(QLineEdit* field, const QString& title, const QString& filter)
{
    auto* chooser = new QFileDialog(this, title, QFileInfo(field->text()).path(), filter);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, field, &QLineEdit::setText);
    chooser->open();
}

Result<CertificateUpload> StageCertificateDialog::upload() const
{
    CertificateUpload upload;
    if (m_pem->isChecked()) {
        upload.format = CertificateUpload::Format::Pem;
        auto chain = readCertificateFile(m_chainFile->text(), CertificateBundle::maxPemBytes, tr("certificate chain"));
        if (!chain)
            return chain.error();
        auto key = readCertificateFile(m_keyFile->text(), CertificateBundle::maxPemBytes, tr("private key"));
        if (!key)
            return key.error();
        upload.chainPem = chain.value();
        upload.keyPem = key.value();
        upload.keyPassword = m_keyPassword->text().toUtf8();
    } else {
        upload.format = CertificateUpload::Format::Pkcs12;
        auto file = readCertificateFile(m_pkcs12File->text(), CertificateBundle::maxPkcs12Bytes, tr("PKCS#12 file"));
        if (!file)
            return file.error();
        upload.pkcs12 = file.value();
        upload.pkcs12Password = m_pkcs12Password->text().toUtf8();
    }
    return upload;
}

Result<ValidationPolicy> StageCertificateDialog::policy() const
{
    ValidationPolicy policy;
    policy.hostNames = m_hostNames->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    policy.trustSystemStore = m_trustSystem->isChecked();
    if (!m_trustedCaFile->text().trimmed().isEmpty()) {
        auto ca = readCertificateFile(m_trustedCaFile->text(), CertificateBundle::maxPemBytes, tr("trusted CA file"));
        if (!ca)
            return ca.error();
        policy.trustedCaPem = ca.value();
    }
    return policy;
}

void StageCertificateDialog::check()
{
    m_problems->clear();
    m_checked = false;
    QList<Error> problems;
    const auto files = upload();
    const auto rules = policy();
    if (!files)
        problems.append(files.error());
    if (!rules)
        problems.append(rules.error());
    std::optional<CertificateBundle> bundle;
    if (problems.isEmpty()) {
        const CertificateUpload& up = files.value();
        auto read = up.format == CertificateUpload::Format::Pem
                        ? CertificateBundle::fromPem(up.chainPem, up.keyPem, up.keyPassword)
                        : CertificateBundle::fromPkcs12(up.pkcs12, up.pkcs12Password);
        if (!read)
            problems.append(read.error());
        else
            bundle = read.value();
    }
    if (bundle) {
        if (rules->hostNames.isEmpty())
            problems.append(Error::invalid(tr("No host names to check"),
                                           tr("the certificate must cover the platform's host names"),
                                           tr("Enter them, separated by commas")));
        problems.append(CertificateValidator(rules.value()).problems(*bundle));
    }
    for (const Error& problem : problems) {
        auto* item = new QListWidgetItem(problem.userMessage(), m_problems);
        item->setForeground(StatusColours::text(StatusColours::Role::Danger, m_problems->palette()));
    }
    if (!problems.isEmpty()) {
        m_verdict->setText(
            tr("%n problem(s): nothing will be sent until they are fixed.", nullptr, int(problems.size())));
    } else {
        const CertificateInfo& leaf = bundle->leaf();
        m_verdict->setText(tr("Every check passed. Stage it to hand it to the platform; it goes into service only "
                              "when activated."));
        m_problems->addItem(tr("Subject: %1").arg(leaf.subject));
        m_problems->addItem(tr("Issuer: %1").arg(leaf.issuer));
        m_problems->addItem(tr("Names: %1").arg(leaf.sans.join(QStringLiteral(", "))));
        m_problems->addItem(
            tr("Valid until: %1").arg(QLocale().toString(leaf.notAfter.toLocalTime(), QLocale::LongFormat)));
        m_problems->addItem(tr("Key: %1 %2").arg(leaf.keyType).arg(leaf.keyBits));
        m_problems->addItem(tr("SHA-256: %1").arg(leaf.fingerprintSha256));
        m_checked = true;
    }
    m_stageButton->setToolTip(m_checked ? tr("Send the certificate to the platform as staged")
                                        : tr("Fix the problems listed, then check again"));
    updateStage();
}

void StageCertificateDialog::updateStage()
{
    m_stageButton->setEnabled(m_checked && m_justification->isComplete() && !m_running);
}

void StageCertificateDialog::stage()
{
    if (!m_checked || m_running)
        return;
    const auto files = upload();
    const auto rules = policy();
    if (!files || !rules)
        return check();
    m_running = true;
    m_stageButton->setEnabled(false);
    m_checkButton->setEnabled(false);
    const CertificateUpload up = files.value();
    const ValidationPolicy checkedPolicy = rules.value();
    const Justification justification = m_justification->justification();
    m_context->actions()->whenAllowed(
        ActionId::PlatformCertificateStage, justification,
        [this, up, checkedPolicy, justification] {
            // Owned by the context: closing the dialog never abandons a staging in flight.
            auto* operation = new StagePlatformCertificate(
                m_context->services(), m_context->actions()->currentOperator(), up, checkedPolicy, m_context);
            operation->setJustification(justification);
            m_outcome->track(operation);
            connect(operation, &PlatformOperation::finished, this, [this, operation](const OperationOutcome& outcome) {
                m_running = false;
                m_checkButton->setEnabled(true);
                if (outcome.succeeded) {
                    clearSecrets();
                    m_checked = false;
                    emit staged(operation->staged());
                }
                updateStage();
            });
            operation->start();
        },
        [this](const Error& error) {
            m_running = false;
            m_checkButton->setEnabled(true);
            updateStage();
            m_outcome->showError(error);
        });
}

void StageCertificateDialog::invalidate()
{
    if (m_running)
        return;
    m_checked = false;
    m_stageButton->setEnabled(false);
    m_stageButton->setToolTip(tr("Check the certificate first"));
}

void StageCertificateDialog::clearSecrets()
{
    m_keyPassword->clear();
    m_pkcs12Password->clear();
}

void StageCertificateDialog::done(int result)
{
    clearSecrets();
    QDialog::done(result);
}

} // namespace custos
