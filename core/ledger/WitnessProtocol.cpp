#include "core/ledger/WitnessProtocol.h"

#include "core/ledger/SignedNote.h"

#include <QCoreApplication>

namespace custos {
namespace {

constexpr qsizetype maxSizeDigits = 19;                                // qint64
const QByteArray signaturePrefix = QByteArrayLiteral("\xe2\x80\x94 "); // U+2014 EM DASH and a space

struct WitnessProtocolText
{
    Q_DECLARE_TR_FUNCTIONS(custos::WitnessProtocol)
};

Error protocolError(const WitnessKey& key, const QString& why)
{
    return Error::protocol(
        WitnessProtocolText::tr("The witness %1 answered something Custos cannot accept").arg(key.name()), why,
        WitnessProtocolText::tr("Check the witness's URL and key with its operator"));
}

} // namespace

QByteArray WitnessProtocol::addCheckpointBody(qint64 oldSize, const QList<QByteArray>& proof, const QByteArray& note)
{
    QByteArray body = "old " + QByteArray::number(oldSize) + '\n';
    for (const QByteArray& hash : proof)
        body += hash.toBase64() + '\n';
    return body + '\n' + note;
}

Result<WitnessProtocol::Answer> WitnessProtocol::parseAnswer(int status, QByteArrayView body, const WitnessKey& key,
                                                             const QByteArray& checkpointBody)
{
    Answer answer;
    answer.status = status;
    if (status == 200) {
        // One line per witness key; the witness may hold several keys, only the configured one counts.
        if (body.isEmpty() || !body.endsWith('\n'))
            return protocolError(key, WitnessProtocolText::tr("its cosignature does not end with a newline"));
        for (const QByteArray& line : body.toByteArray().split('\n')) {
            if (line.isEmpty())
                continue;
            if (!line.startsWith(signaturePrefix))
                return protocolError(key, WitnessProtocolText::tr("a line of its answer is not a signature line"));
            auto note = SignedNote::parse(QByteArray(checkpointBody + '\n' + line + '\n'));
            if (!note)
                return protocolError(key, note.error().why);
            if (const auto time = key.cosignatureTime(note.value())) {
                answer.kind = Answer::Kind::Cosigned;
                answer.line = line + '\n';
                answer.time = *time;
                return answer;
            }
        }
        return protocolError(key,
                             WitnessProtocolText::tr("it carries no valid cosignature by the key %1").arg(key.text()));
    }
    if (status == 409) {
        QByteArrayView size = body;
        if (size.endsWith('\n'))
            size.chop(1);
        bool ok = !size.isEmpty() && size.size() <= maxSizeDigits && (size == "0" || !size.startsWith('0'));
        for (const char c : size)
            ok = ok && c >= '0' && c <= '9';
        answer.witnessSize = ok ? size.toLongLong(&ok) : -1;
        if (!ok)
            return protocolError(key, WitnessProtocolText::tr("its 409 answer does not give its size"));
        answer.kind = Answer::Kind::Conflict;
        return answer;
    }
    if (status == 403 || status == 404)
        answer.kind = Answer::Kind::NotEnrolled;
    else if (status == 422)
        answer.kind = Answer::Kind::NotExtending;
    else if (status >= 500 && status < 600)
        answer.kind = Answer::Kind::Unavailable;
    else if (status >= 400 && status < 500)
        answer.kind = Answer::Kind::Rejected;
    else
        return protocolError(key, WitnessProtocolText::tr("it answered HTTP %1").arg(status));
    return answer;
}

} // namespace custos
