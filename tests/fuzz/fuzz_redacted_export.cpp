// libFuzzer target: the openings and completeness of an export (format 2 ledgers), on arbitrary bytes. The
// export parser reads the opening lines; the verifier checks them against the records' commitments and the
// header's filter. Whatever verifies as complete must really open what it claims, and the streaming verifier
// (the CLI's and the window's) must agree with the in-memory one on completeness and the records disclosed.
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/PersonalData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdlib>

namespace {

QString writeInput(QByteArrayView input)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("fuzz-redacted-%1.jsonl").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(input.data(), input.size()) != input.size())
        std::abort();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto evidence = custos::LedgerExport::parse(input);
    if (!evidence)
        return 0;
    // The parser keeps openings in strictly increasing (seq, path) order.
    for (qsizetype i = 1; i < evidence->openings.size(); ++i)
        if (std::pair(evidence->openings[i - 1].seq, evidence->openings[i - 1].path) >=
            std::pair(evidence->openings[i].seq, evidence->openings[i].path))
            std::abort();
    const custos::VerificationReport report = custos::LedgerVerifier::verify(evidence.value(), {});
    const auto streamed = custos::LedgerVerifier::verifyExport(writeInput(input), {});
    if (!streamed || streamed->ok() != report.ok() || streamed->completeness != report.completeness ||
        streamed->disclosed != report.disclosed)
        std::abort();
    if (!report.ok())
        return 0;
    if (report.completeness == custos::VerificationReport::Completeness::Unknown || report.disclosed < 0 ||
        report.disclosed > report.checked)
        std::abort();
    // Every opening of a verified export opens its record's commitment.
    for (const custos::RecordOpening& opening : std::as_const(evidence->openings)) {
        if (opening.erased)
            continue;
        const QByteArray* bytes = nullptr;
        for (const QByteArray& record : std::as_const(evidence->records)) {
            auto parsed = custos::LedgerRecord::fromBytes(record);
            if (parsed && parsed->seq == opening.seq)
                bytes = &record;
        }
        if (!bytes || !custos::PersonalData::opens(custos::LedgerRecord::fromBytes(*bytes).value(), opening))
            std::abort();
    }
    return 0;
}
