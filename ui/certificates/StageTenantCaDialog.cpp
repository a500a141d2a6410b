#include "ui/certificates/StageTenantCaDialog.h"

#include "core/actions/ActionContext.h"
#include "core/tenants/CertificateOperations.h"
#include "ui/certificates/StageCertificateDialog.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/JustificationFields.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace custos {

StageTenantCaDialog::StageTenantCaDialog(PlatformContext* context, const Tenant& tenant, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_tenant(tenant)
    , m_label(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_justification(new JustificationFields(this))
    , m_stageButton(new QPushButton(tr("&Stage"), this))
    , m_outcome(new OutcomeBar(this))
{
    setObjectName(QStringLiteral("stageTenantCaDialog"));
    setWindowTitle(tr("Stage a CA certificate for %1").arg(tenant.slug));
    m_label->setObjectName(QStringLiteral("caLabelField"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("e.g. Acme client CA 2026"));
    m_file->setObjectName(QStringLiteral("caFileField"));
    m_file->setAccessibleName(tr("CA certificate file"));
    m_verdict->setObjectName(QStringLiteral("caVerdict"));
    m_verdict->setWordWrap(true);
    m_stageButton->setObjectName(QStringLiteral("caStageButton"));
    m_stageButton->setEnabled(false);
    m_justification->setPolicy(context->actions()->justificationPolicy());
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Browse for the CA certificate file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("CA certificate (&PEM):"), fileRow);
    auto* check = new QPushButton(tr("&Check"), this);
    check->setObjectName(QStringLiteral("caCheckButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stageButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_justification);
    layout->addWidget(m_outcome);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, 360);

    connect(browse, &QToolButton::clicked, this, [this] {
        auto* chooser = new QFileDialog(this, tr("CA certificate"), QFileInfo(m_file->text()).path(),
                                        tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
        chooser->open();
    });
    auto invalidate = [this] {
        m_checkedPem.clear();
        updateStage();
    };
    connect(m_file, &QLineEdit::textChanged, this, invalidate);
    connect(m_label, &QLineEdit::textChanged, this, invalidate);
    connect(m_justification, &JustificationFields::changed, this, &StageTenantCaDialog::updateStage);
    connect(check, &QPushButton::clicked, this, &StageTenantCaDialog::check);
    connect(m_stageButton, &QPushButton::clicked, this, &StageTenantCaDialog::stage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StageTenantCaDialog::updateStage()
{
    m_stageButton->setEnabled(!m_checkedPem.isEmpty() && m_justification->isComplete() && !m_running);
}

void StageTenantCaDialog::check()
{
    m_checkedPem.clear();
    updateStage();
    if (m_label->text().trimmed().isEmpty())
        return m_verdict->setText(tr("Enter a label, e.g. the CA's name."));
    const auto pem = readCertificateFile(m_file->text(), CertificateBundle::maxPemBytes, tr("CA certificate"));
    if (!pem)
        return m_verdict->setText(pem.error().userMessage());
    const auto bundle = CertificateBundle::fromPem(pem.value());
    if (!bundle)
        return m_verdict->setText(bundle.error().userMessage());
    ValidationPolicy policy;
    policy.requirePrivateKey = false;
    if (const Status usable = CertificateValidator(policy).validateCa(bundle.value()); !usable)
        return m_verdict->setText(usable.error().userMessage());
    const CertificateInfo& ca = bundle->leaf();
    m_verdict->setText(
        tr("A usable CA: %1, valid until %2.")
            .arg(ca.shortName(), QLocale().toString(ca.notAfter.toLocalTime().date(), QLocale::LongFormat)));
    m_checkedPem = pem.value();
    updateStage();
}

void StageTenantCaDialog::stage()
{
    if (m_checkedPem.isEmpty() || m_running)
        return;
    m_running = true;
    updateStage();
    const QByteArray pem = m_checkedPem;
    const QString label = m_label->text();
    const Justification justification = m_justification->justification();
    m_context->actions()->whenAllowed(
        ActionId::TenantCaStage, justification,
        [this, pem, label, justification] {
            auto* operation = new StageTenantCaCertificate(
                m_context->services(), m_context->actions()->currentOperator(), m_tenant, label, pem, m_context);
            operation->setJustification(justification);
            m_outcome->track(operation);
            connect(operation, &PlatformOperation::finished, this, [this](const OperationOutcome& outcome) {
                m_running = false;
                if (outcome.succeeded) {
                    m_checkedPem.clear(); // staged once: the same file is not offered again
                    emit staged();
                }
                updateStage();
            });
            operation->start();
        },
        [this](const Error& error) {
            m_running = false;
            m_outcome->showError(error);
            updateStage();
        });
}

} // namespace custos
