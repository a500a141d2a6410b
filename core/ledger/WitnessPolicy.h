#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace custos {

// The witnesses a profile gives the window's ledger (C2SP tlog-witness): every new checkpoint goes to each of
// them, and the ledger counts as witnessed once `quorum` of them cosigned its latest checkpoint. Read from the
// profile's "witnesses" ([{url, key}]) and "witnessQuorum" (default: all of them).
struct WitnessPolicy
{
    struct Witness
    {
        QString url; // base URL: https, or http on this computer's loopback
        QString key; // its cosignature/v1 verifier key, name+hash+base64
    };
    QList<Witness> witnesses;
    int quorum = 0;

    [[nodiscard]] bool isEmpty() const { return witnesses.isEmpty(); }

    // Each URL allowed by the transport policy, each key a cosignature/v1 verifier key, no key twice, and
    // 1 ≤ quorum ≤ the number of witnesses (0 without witnesses).
    [[nodiscard]] Status validate() const;
    // Reads the two keys from a profile object; the error says which entry is wrong and how.
    [[nodiscard]] static Result<WitnessPolicy> fromJson(const QJsonObject& profile);
    // Writes the same keys into `profile` (nothing without witnesses).
    void addTo(QJsonObject& profile) const;
};

} // namespace custos
