#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace custos {

// One personal field's opening: the salt and the canonical JSON value its commitment hides. An erased opening
// has neither any more (the record still carries the commitment).
struct RecordOpening
{
    qint64 seq = 0;
    QString path;     // "actor.username", "target.name", "error" or "details.KEY"
    QByteArray salt;  // 16 random bytes
    QByteArray value; // RFC 8785 canonical JSON of the value
    bool erased = false;
};

// Ledger format 2: the fields of a record that hold personal data are salted commitments in the signed record,
// as SD-JWT disclosures are: "sha256:" + hex(SHA-256(salt || canonical value)), a fresh 128-bit salt per field.
// The openings are kept beside the records, so they can be left out of an export or erased without touching the
// signed bytes. docs/ledger-records.md lists the fields.
class PersonalData
{
public:
    static constexpr qsizetype saltSize = 16;

    [[nodiscard]] static const QStringList& detailKeys();
    [[nodiscard]] static bool isCommitment(const QJsonValue& value);
    [[nodiscard]] static QString commitmentOf(QByteArrayView salt, QByteArrayView canonicalValue);
    // Replaces each personal value of `record` (not empty, not already a commitment) by its commitment and
    // returns the openings, with a fresh salt each; their seq is the record's.
    [[nodiscard]] static Result<QList<RecordOpening>> commit(LedgerRecord& record);
    // The commitments a record carries, as (path, commitment), in path order.
    [[nodiscard]] static QList<std::pair<QString, QString>> commitments(const LedgerRecord& record);
    // Whether `opening` opens the commitment `record` carries at its path (an erased opening opens nothing).
    [[nodiscard]] static bool opens(const LedgerRecord& record, const RecordOpening& opening);
    // What a commitment without an opening means: left out of an export, or erased from the ledger.
    enum class Unopened { Kept, Erased };
    // The record as a reader sees it: each commitment replaced by its opened value when `openings` holds one
    // that opens it, by "erased" when it was erased, and otherwise as `unopened` says.
    [[nodiscard]] static LedgerRecord opened(LedgerRecord record, const QList<RecordOpening>& openings,
                                             Unopened unopened = Unopened::Kept);
    [[nodiscard]] static QString erasedText();
};

} // namespace custos
