// libFuzzer target: the export parser and the verifier behind `custos-ledger verify EXPORT`, on arbitrary
// bytes. Nothing may crash, hang or read out of bounds; a parsed export is verified end to end. The streaming
// reader and verifier (the ones the CLI and the GUI use) must agree with the in-memory ones on every input.
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdlib>

namespace {

// The input as a file, for the streaming reader; one per process, rewritten for each input.
QString writeInput(QByteArrayView input)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("fuzz-export-%1.jsonl").arg(QCoreApplication::applicationPid()));
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
    const QString path = writeInput(input);
    qint64 visited = 0;
    // Streaming, records are handed over before a later line can show the file is malformed; for a file that
    // parses they must be exactly the parsed records.
    auto scanned = custos::LedgerExport::scanFile(path, [&](qint64 index, QByteArrayView record) {
        if (index != visited || (evidence && record != evidence->records.value(visited)))
            std::abort();
        ++visited;
        return true;
    });
    if (scanned.ok() != evidence.ok())
        std::abort();
    const auto streamed = custos::LedgerVerifier::verifyExport(path, {});
    if (!evidence) {
        if (streamed.ok())
            std::abort();
        return 0;
    }
    if (visited != evidence->records.size())
        std::abort();
    const custos::VerificationReport report = custos::LedgerVerifier::verify(evidence.value(), {});
    // A report is consistent with itself whatever the input, and the streaming verifier finds the same.
    if (report.valid < 0 || report.valid > report.checked || report.checked != evidence->records.size())
        std::abort();
    if (!streamed || streamed->kind != report.kind || streamed->firstBadSeq != report.firstBadSeq ||
        streamed->valid != report.valid)
        std::abort();
    return 0;
}
