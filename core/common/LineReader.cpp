#include "core/common/LineReader.h"

#include <QCoreApplication>
#include <QFile>

namespace custos {
namespace {

constexpr qint64 chunkBytes = 4 * 1024 * 1024;

struct LineReaderText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LineReader)
};

Error tooLong(const QString& path, qsizetype maxLineBytes)
{
    return Error::integrity(LineReaderText::tr("Could not read %1").arg(path),
                            LineReaderText::tr("a line is longer than %1 KiB").arg(maxLineBytes / 1024));
}

} // namespace

Result<LineReader::Outcome> LineReader::read(const QString& path, qsizetype maxLineBytes,
                                             const std::function<bool(QByteArrayView line)>& visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(LineReaderText::tr("Could not read %1").arg(path), file.errorString());
    Outcome outcome;
    QByteArray& pending = outcome.unterminated; // the start of a line whose end is in a later chunk
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error::io(LineReaderText::tr("Could not read %1").arg(path), file.errorString());
        qsizetype start = 0;
        for (qsizetype end = chunk.indexOf('\n'); end >= 0; start = end + 1, end = chunk.indexOf('\n', start)) {
            QByteArrayView line = QByteArrayView(chunk).sliced(start, end - start);
            if (!pending.isEmpty()) {
                pending.append(line);
                line = pending;
            }
            if (line.size() > maxLineBytes)
                return tooLong(path, maxLineBytes);
            if (!visit(line)) {
                outcome.stopped = true;
                pending.clear();
                return outcome;
            }
            pending.clear();
        }
        pending.append(QByteArrayView(chunk).sliced(start));
        if (pending.size() > maxLineBytes)
            return tooLong(path, maxLineBytes);
    }
    return outcome;
}

} // namespace custos
