#pragma once

#include "core/platform/PlatformApi.h"
#include "core/tenants/PlatformOperation.h"
#include "core/x509/CertificateValidator.h"

// The certificate lifecycle: platform certificates (stage after local validation, activate, restore, discard)
// and tenant CA certificates (stage after local validation, activate, delete).
namespace custos {

// Validates the upload locally with OpenSSL (refused with the precise reason when it fails: nothing is sent),
// then stages it. The ledger gets the certificate's facts, never its key or password.
class StagePlatformCertificate : public PlatformOperation
{
    Q_OBJECT
public:
    StagePlatformCertificate(const PlatformServices& services, const Operator& actor, const CertificateUpload& upload,
                             const ValidationPolicy& policy, QObject* parent = nullptr);
    [[nodiscard]] const PlatformCertificate& staged() const { return m_staged; }

protected:
    void run() override;

private:
    CertificateUpload m_upload;
    ValidationPolicy m_policy;
    PlatformCertificate m_staged;
};

// Activate (staged → active), restore (archived → active) or discard (staged → gone).
class PlatformCertificateChange : public PlatformOperation
{
    Q_OBJECT
public:
    enum class Change { Activate, Restore, Discard };

    PlatformCertificateChange(const PlatformServices& services, const Operator& actor,
                              const PlatformCertificate& certificate, Change change, QObject* parent = nullptr);

protected:
    // The step-up first: changing the active certificate needs a recent, strong sign-in.
    void run() override;

private:
    void changeCertificate();
    void apply(const StepDone& done);

    PlatformCertificate m_certificate;
    Change m_change;
};

// Stages one CA certificate (PEM) for a tenant after checking locally that it is a usable CA.
class StageTenantCaCertificate : public PlatformOperation
{
    Q_OBJECT
public:
    StageTenantCaCertificate(const PlatformServices& services, const Operator& actor, const Tenant& tenant,
                             const QString& label, const QByteArray& pem, QObject* parent = nullptr);
    [[nodiscard]] const TenantCaCertificate& staged() const { return m_staged; }

protected:
    void run() override;

private:
    Tenant m_tenant;
    QString m_label;
    QByteArray m_pem;
    TenantCaCertificate m_staged;
};

// Activate (staged → active) or delete a tenant CA certificate.
class TenantCaCertificateChange : public PlatformOperation
{
    Q_OBJECT
public:
    enum class Change { Activate, Delete };

    TenantCaCertificateChange(const PlatformServices& services, const Operator& actor, const Tenant& tenant,
                              const TenantCaCertificate& certificate, Change change, QObject* parent = nullptr);

protected:
    void run() override;

private:
    Tenant m_tenant;
    TenantCaCertificate m_certificate;
    Change m_change;
};

} // namespace custos
