#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace custos {

// A C2SP tlog-checkpoint body: "<origin>\n<size>\n<base64 root>\n". It is the text a SignedNote signs.
class Checkpoint
{
public:
    Checkpoint() = default;
    Checkpoint(QString origin, qint64 size, QByteArray rootHash);

    [[nodiscard]] const QString& origin() const { return m_origin; }
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] const QByteArray& rootHash() const { return m_rootHash; }

    [[nodiscard]] QByteArray toText() const;
    // Strict: decimal size without leading zeros, a 32-byte root, newline-terminated lines; extension lines
    // after the root are allowed by the spec and ignored here.
    [[nodiscard]] static Result<Checkpoint> parse(QByteArrayView text);
    // An origin must be a non-empty line without spaces or '+' (it is also the note key name).
    [[nodiscard]] static bool isValidOrigin(const QString& origin);

private:
    QString m_origin;
    qint64 m_size = 0;
    QByteArray m_rootHash;
};

} // namespace custos
