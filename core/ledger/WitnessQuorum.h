#pragma once

#include "core/ledger/WitnessKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace custos {

// Whether a checkpoint note carries valid cosignatures by at least `quorum` of the witness keys an auditor pins.
// Each pinned key counts once, however many times it is given or signed.
class WitnessQuorum
{
public:
    struct Cosigner
    {
        QString name;
        QString key;
        std::optional<quint64> time; // seconds since the epoch; nullopt: no valid cosignature by this key
    };
    struct Report
    {
        QList<Cosigner> cosigners; // one per distinct pinned key, in the order given
        int valid = 0;
        int quorum = 0;
        [[nodiscard]] bool met() const { return valid >= quorum; }
    };

    [[nodiscard]] static Report check(const QByteArray& note, const QList<WitnessKey>& keys, int quorum);
};

} // namespace custos
