// libFuzzer target: a witness's answer to add-checkpoint (WitnessProtocol::parseAnswer), whatever the status and
// body. The first input byte picks the status, the rest is the body. A 200 is accepted only with a cosignature
// that verifies under the pinned key on the checkpoint; a 409 only with a size that is a plain decimal.
#include "core/ledger/SignedNote.h"
#include "core/ledger/WitnessKey.h"
#include "core/ledger/WitnessProtocol.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray body = "custos.test/rb1\n5\nfHkXLO4bCIat1aBHBxyvQEhMOAYoumCtQjQzhZCLpW8=\n";
    static const custos::WitnessKey key =
        custos::WitnessKey::parse(QStringLiteral("custos.devstack/witness1+61b508c3+"
                                                 "BK00L0aHaz8tC5cF74VdVMNV4pe9IRic2AFh0BNHSKRY"))
            .value();
    static const int statuses[] = {200, 409, 403, 404, 422, 400, 500, 302};
    if (size == 0)
        return 0;
    const int status = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    const QByteArrayView input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const auto answer = custos::WitnessProtocol::parseAnswer(status, input, key, body);
    if (!answer)
        return 0;
    using Kind = custos::WitnessProtocol::Answer::Kind;
    if (answer->kind == Kind::Cosigned) {
        const auto note = custos::SignedNote::parse(QByteArray(body + '\n' + answer->line));
        if (!note || key.cosignatureTime(note.value()) != answer->time || !input.contains(answer->line))
            std::abort();
    }
    if (answer->kind == Kind::Conflict && (answer->witnessSize < 0 || status != 409))
        std::abort();
    return 0;
}
