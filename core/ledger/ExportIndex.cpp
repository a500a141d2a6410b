#include "core/ledger/ExportIndex.h"

#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <cstring>

namespace custos {
namespace {

constexpr qint64 maxHeaderBytes = 64 * 1024;
constexpr qint64 maxLineBytes = 64 * 1024 * 1024;
constexpr qint64 blockBytes = 4 * 1024 * 1024;

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well; a helper taking the text as a variable hides it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ExportIndex)
};

Error malformed(const QString& path, const QString& why)
{
    return Error::integrity(Text::tr("Could not read the export %1").arg(path), why);
}

} // namespace

Result<ExportIndex> ExportIndex::build(const QString& path, const std::function<bool(qint64, qint64)>& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Could not read %1").arg(path), file.errorString());
    const qint64 total = file.size();
    ExportIndex index;
    index.path = path;
    const QByteArray header = file.readLine(maxHeaderBytes);
    if (!LedgerExport::isExport(header) || !header.endsWith('\n'))
        return malformed(path, Text::tr("it is not a custos ledger export"));
    auto headerJson = Jcs::parse(QByteArrayView(header).chopped(1));
    if (!headerJson || headerJson->toObject().value(u"custos-ledger-export").toInt() != 1)
        return malformed(path, Text::tr("its first line is not a version 1 export header"));
    index.origin = headerJson->toObject().value(u"origin").toString();
    index.filtered = !headerJson->toObject().value(u"filter").toObject().isEmpty();

    // Blocks, not readLine(): a million lines are found with memchr in well under a second.
    bool inTrailer = false;
    qint64 recordsEnd = file.pos();
    qint64 proofsEnd = 0;
    qint64 blockStart = file.pos(); // file offset of buffer[0]
    QByteArray buffer;
    while (!file.atEnd()) {
        if (!progress(blockStart, total))
            return Error::cancelled(Text::tr("Opening the export was cancelled"), {});
        const QByteArray block = file.read(blockBytes);
        if (block.isEmpty())
            return Error::io(Text::tr("Could not read %1").arg(path), file.errorString());
        buffer += block;
        qsizetype lineStart = 0;
        while (const char* newline = static_cast<const char*>(
                   std::memchr(buffer.constData() + lineStart, '\n', static_cast<size_t>(buffer.size() - lineStart)))) {
            const qsizetype lineEnd = newline - buffer.constData() + 1;
            const QByteArrayView line(buffer.constData() + lineStart, lineEnd - lineStart - 1);
            const qint64 start = blockStart + lineStart;
            const qint64 end = blockStart + lineEnd;
            // The proof lines are only indexed; the checkpoint and key are the only trailer lines kept.
            if (line.startsWith("{\"custos-ledger-proof\":")) {
                inTrailer = true;
                index.proofOffsets.push_back(start);
                proofsEnd = end;
            } else if (line.startsWith("{\"custos-ledger-")) {
                inTrailer = true;
                auto json = Jcs::parse(line);
                const QJsonObject trailer = json ? json->toObject() : QJsonObject();
                if (trailer.contains(u"custos-ledger-checkpoint"))
                    index.checkpointNote = trailer.value(u"custos-ledger-checkpoint").toString().toUtf8();
                else if (trailer.contains(u"custos-ledger-key"))
                    index.verifierKey = trailer.value(u"custos-ledger-key").toString();
            } else if (inTrailer) {
                return malformed(path, Text::tr("a record follows the trailer at byte %1").arg(start));
            } else {
                index.recordOffsets.push_back(start);
                recordsEnd = end;
            }
            lineStart = lineEnd;
        }
        if (buffer.size() - lineStart > maxLineBytes)
            return malformed(path, Text::tr("a line at byte %1 is too long").arg(blockStart + lineStart));
        buffer.remove(0, lineStart);
        blockStart += lineStart;
    }
    if (!buffer.isEmpty())
        return malformed(path, Text::tr("it does not end with a newline (it may be cut short)"));
    index.recordOffsets.push_back(recordsEnd);
    if (!index.proofOffsets.empty())
        index.proofOffsets.push_back(proofsEnd);
    progress(total, total);
    return index;
}

} // namespace custos
