#pragma once

#include "core/ledger/WitnessKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace custos {

// Whether a checkpoint note carries valid cosignatures by at least `quorum` of the witness keys an auditor pins.
// Each pinned key counts once, however many times it is given or signed, and so does one Ed25519 key pinned under
// two names. Cosignatures by witnesses nobody pinned are listed too, never counted: their key is unknown, so
// nothing about them can be checked.
class WitnessQuorum
{
public:
    struct Cosigner
    {
        enum class Status {
            Valid,     // pinned; its cosignature verifies
            Invalid,   // pinned; the note carries a line by its key that does not verify (changed or forged)
            Missing,   // pinned; the note carries no line by its key
            NotPinned, // a cosignature/v1 line by a key that is not pinned: listed, not counted
        };
        QString name;
        QString key; // the pinned verifier key; empty when not pinned
        quint32 keyHash = 0;
        Status status = Status::Missing;
        std::optional<quint64> time; // seconds since the epoch of a valid cosignature; nullopt otherwise
    };
    struct Report
    {
        QList<Cosigner> cosigners; // the pinned keys in the order given, then the lines by unpinned keys
        int valid = 0;
        int quorum = 0;
        [[nodiscard]] bool met() const { return valid >= quorum; }
        // One line per cosigner and one for the quorum, as `custos-ledger verify` prints them.
        [[nodiscard]] QString toText() const;
        [[nodiscard]] QJsonObject toJson() const;
    };

    [[nodiscard]] static Report check(const QByteArray& note, const QList<WitnessKey>& keys, int quorum);
    // "2026-12-06T13:47:29Z"
    [[nodiscard]] static QString timeText(quint64 time);
};

} // namespace custos
