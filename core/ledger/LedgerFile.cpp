#include "core/ledger/LedgerFile.h"

#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/NoteVerifier.h"

namespace custos {

Result<LedgerFile::Claims> LedgerFile::readClaims(const QString& path)
{
    Claims claims;
    if (!LedgerVerifier::isDatabase(path)) {
        auto scanned = LedgerExport::scanFile(path, [&claims](qint64, QByteArrayView) {
            ++claims.recordCount;
            return true;
        });
        if (!scanned)
            return scanned.error();
        claims.evidence = std::move(scanned).value();
        return claims;
    }
    auto opened = LedgerStore::openReadOnly(path);
    if (!opened)
        return opened.error();
    const std::unique_ptr<LedgerStore> store = std::move(opened).value();
    const auto count = store->recordCount();
    if (!count)
        return count.error();
    const auto latest = store->latestCheckpoint();
    if (!latest)
        return latest.error();
    claims.recordCount = count.value();
    claims.evidence.origin = LedgerEvidence::Origin::Database;
    if (latest.value())
        claims.evidence.latestNote = latest.value()->note;
    claims.evidence.verifierKey = NoteVerifier(store->meta().origin, store->meta().publicKey).toString();
    return claims;
}

Status LedgerFile::forEachRecord(const QString& path, const Visitor& visit)
{
    if (!LedgerVerifier::isDatabase(path)) {
        auto scanned =
            LedgerExport::scanFile(path, [&visit](qint64, QByteArrayView bytes) { return visit(-1, bytes); });
        if (!scanned)
            return scanned.error();
        return success();
    }
    auto opened = LedgerStore::openReadOnly(path);
    if (!opened)
        return opened.error();
    return opened.value()->scanRecords(
        [&visit](const LedgerStore::RecordView& record) { return visit(record.seq, record.bytes); });
}

} // namespace custos
