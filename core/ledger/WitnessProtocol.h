#pragma once

#include "core/common/Result.h"
#include "core/ledger/WitnessKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace custos {

// The C2SP tlog-witness add-checkpoint exchange, without the network: the request body and what an answer means.
class WitnessProtocol
{
public:
    struct Answer
    {
        enum class Kind {
            Cosigned,     // 200: `line` is the witness's valid cosignature line, `time` its timestamp
            Conflict,     // 409: the witness has `witnessSize`, not the size the request started from
            NotEnrolled,  // 403/404: the witness does not know this ledger's origin or key
            NotExtending, // 422: the consistency proof from what the witness saw does not verify
            Rejected,     // any other 4xx: the witness refused the request itself
            Unavailable,  // 5xx: try again later
        };
        Kind kind = Kind::Rejected;
        QByteArray line; // "— <name> <base64>\n"
        quint64 time = 0;
        qint64 witnessSize = -1;
        int status = 0;
    };

    // "old <oldSize>\n", one base64 hash per line, a blank line, then the note as the ledger signed it.
    [[nodiscard]] static QByteArray addCheckpointBody(qint64 oldSize, const QList<QByteArray>& proof,
                                                      const QByteArray& note);
    // Defensive: a 200 must carry a valid cosignature by `key` on `checkpointBody` (the note's text); a 409 a
    // decimal size. Anything else malformed is Error::Kind::Protocol.
    [[nodiscard]] static Result<Answer> parseAnswer(int status, QByteArrayView body, const WitnessKey& key,
                                                    const QByteArray& checkpointBody);
};

} // namespace custos
