// libFuzzer target: the certificate import behind "stage a platform certificate" (PEM chain + PEM key, or
// PKCS#12) and the validator run on whatever parses. The first byte picks the format; the rest is the file.
// Nothing may crash, hang or read out of bounds, whatever the bytes.
#include "core/x509/CertificateBundle.h"
#include "core/x509/CertificateValidator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const auto bundle = [&]() {
        switch (data[0] % 3) {
        case 0:
            return custos::CertificateBundle::fromPem(input, input, "fuzz-pass");
        case 1:
            return custos::CertificateBundle::fromPkcs12(input, "fuzz-pass");
        default:
            return custos::CertificateBundle::fromDer(input);
        }
    }();
    if (!bundle)
        return 0;
    // A parsed bundle always has a leaf with a fingerprint, and the validator gives an answer about it.
    if (bundle->chain().isEmpty() || bundle->leaf().fingerprintSha256.size() != 64)
        std::abort();
    custos::ValidationPolicy policy;
    policy.hostNames = {QStringLiteral("fuzz.example.org"), QStringLiteral("127.0.0.1")};
    policy.trustSystemStore = false;
    (void)custos::CertificateValidator(policy).problems(bundle.value());
    return 0;
}
