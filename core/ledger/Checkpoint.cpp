#include "core/ledger/Checkpoint.h"

#include <QCoreApplication>
#include <QList>

namespace custos {
namespace {

struct CheckpointText
{
    Q_DECLARE_TR_FUNCTIONS(custos::Checkpoint)
};

Error checkpointError(const QString& why)
{
    return Error::integrity(CheckpointText::tr("Could not read the checkpoint"), why);
}

} // namespace

Checkpoint::Checkpoint(QString origin, qint64 size, QByteArray rootHash)
    : m_origin(std::move(origin))
    , m_size(size)
    , m_rootHash(std::move(rootHash))
{
}

QByteArray Checkpoint::toText() const
{
    return m_origin.toUtf8() + '\n' + QByteArray::number(m_size) + '\n' + m_rootHash.toBase64() + '\n';
}

bool Checkpoint::isValidOrigin(const QString& origin)
{
    if (origin.isEmpty() || origin.size() > 255)
        return false;
    for (const QChar c : origin)
        if (c.isSpace() || c == u'+' || c.category() == QChar::Other_Control || c.isSurrogate())
            return false;
    return true;
}

Result<Checkpoint> Checkpoint::parse(QByteArrayView text)
{
    if (text.size() > 1 << 16)
        return checkpointError(CheckpointText::tr("it is too long"));
    if (!text.endsWith('\n'))
        return checkpointError(CheckpointText::tr("it does not end with a newline"));
    const QList<QByteArray> lines = QByteArray(text.data(), text.size() - 1).split('\n');
    if (lines.size() < 3)
        return checkpointError(CheckpointText::tr("it has fewer than three lines"));
    for (const QByteArray& line : lines)
        if (line.isEmpty())
            return checkpointError(CheckpointText::tr("it has an empty line"));
    const QString origin = QString::fromUtf8(lines.at(0));
    if (origin.toUtf8() != lines.at(0) || !isValidOrigin(origin))
        return checkpointError(CheckpointText::tr("its origin line is not a valid name"));
    const QByteArray& sizeText = lines.at(1);
    bool digitsOnly = sizeText.size() <= 18;
    for (const char c : sizeText)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (!digitsOnly || (sizeText.size() > 1 && sizeText.at(0) == '0'))
        return checkpointError(CheckpointText::tr("its size line is not a plain decimal number"));
    const qint64 size = sizeText.toLongLong();
    const auto decoded = QByteArray::fromBase64Encoding(lines.at(2), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32 || decoded.decoded.toBase64() != lines.at(2))
        return checkpointError(CheckpointText::tr("its root hash line is not 32 bytes of standard base64"));
    return Checkpoint(origin, size, decoded.decoded);
}

} // namespace custos
