#include "core/ledger/ExportReader.h"

#include "core/ledger/Jcs.h"
#include "core/ledger/MerkleTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos {
namespace {

constexpr qint64 scanBlock = 1024;

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well; a helper taking the text as a variable hides it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ExportReader)
};

} // namespace

ExportReader::ExportReader(std::shared_ptr<const ExportIndex> index)
    : m_index(std::move(index))
    , m_file(m_index->path)
    , m_prover([this](qint64 from, qint64 to) -> Result<QList<QByteArray>> {
        auto records = lines(m_index->recordOffsets, from, to);
        if (!records)
            return records.error();
        QList<QByteArray> leaves;
        leaves.reserve(records->size());
        for (const QByteArray& record : records.value())
            leaves.append(MerkleTree::leafHashOf(record));
        return leaves;
    })
{
}

Result<std::unique_ptr<ExportReader>> ExportReader::open(std::shared_ptr<const ExportIndex> index)
{
    std::unique_ptr<ExportReader> reader(new ExportReader(std::move(index)));
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Could not read %1").arg(reader->m_file.fileName()), reader->m_file.errorString());
    return reader;
}

Result<QList<QByteArray>> ExportReader::lines(const std::vector<qint64>& offsets, qint64 from, qint64 to)
{
    const auto count = static_cast<qint64>(offsets.size()) - 1;
    from = std::clamp<qint64>(from, 0, std::max<qint64>(count, 0));
    to = std::clamp<qint64>(to, from, std::max<qint64>(count, 0));
    QList<QByteArray> out;
    if (from == to)
        return out;
    const auto at = [&](qint64 i) { return offsets[static_cast<size_t>(i)]; };
    QByteArray block;
    if (!m_file.seek(at(from)) || (block = m_file.read(at(to) - at(from))).size() != at(to) - at(from))
        return Error::io(Text::tr("Could not read %1").arg(m_file.fileName()),
                         Text::tr("the file changed or could not be read: %1").arg(m_file.errorString()));
    out.reserve(to - from);
    for (qint64 i = from; i < to; ++i)
        out.append(block.sliced(at(i) - at(from), at(i + 1) - at(i) - 1));
    return out;
}

Result<QList<AuditEntry>> ExportReader::read(const QList<qint64>& positions)
{
    QList<AuditEntry> entries;
    entries.reserve(positions.size());
    // Neighbouring positions are read in one go: the rows on screen are mostly consecutive.
    for (qsizetype i = 0; i < positions.size();) {
        qsizetype j = i + 1;
        while (j < positions.size() && positions.at(j) == positions.at(j - 1) + 1)
            ++j;
        auto run = lines(m_index->recordOffsets, positions.at(i), positions.at(j - 1) + 1);
        if (!run)
            return run.error();
        for (qsizetype k = 0; k < run->size(); ++k)
            entries.append(AuditEntry::decode(positions.at(i) + k, run->at(k)));
        i = j;
    }
    return entries;
}

Result<LedgerReader::Page> ExportReader::scan(const AuditFilter& filter, qint64 after, int limit,
                                              const Cancelled& cancelled)
{
    Page page;
    const qint64 count = m_index->recordCount();
    qint64 next = after + 1;
    if (filter.isEmpty()) {
        for (; next < count && page.positions.size() < limit; ++next)
            page.positions.append(next);
        page.exhausted = next >= count;
        return page;
    }
    while (next < count && page.positions.size() < limit) {
        if (cancelled())
            return Error::cancelled(Text::tr("The search was cancelled"), {});
        auto block = lines(m_index->recordOffsets, next, std::min(next + scanBlock, count));
        if (!block)
            return block.error();
        qint64 position = next;
        for (const QByteArray& bytes : block.value()) {
            if (page.positions.size() == limit)
                break;
            if (filter.mayMatch(QString::fromUtf8(bytes)) &&
                filter.matches(QJsonDocument::fromJson(bytes).object(), bytes))
                page.positions.append(position);
            ++position;
        }
        next = position;
    }
    page.exhausted = next >= count;
    return page;
}

Result<QList<QByteArray>> ExportReader::inclusionProof(qint64 position, qint64 seq, qint64 treeSize,
                                                       const Cancelled& cancelled)
{
    if (!m_index->filtered)
        return m_prover.prove(position, treeSize, cancelled);
    // A filtered export carries each record's proof; it is shown as given, and checked against the root.
    auto line = lines(m_index->proofOffsets, position, position + 1);
    if (!line)
        return line.error();
    auto json = Jcs::parse(line->value(0));
    const QJsonObject proof = json ? json->toObject().value(u"custos-ledger-proof").toObject() : QJsonObject();
    if (line->isEmpty() || proof.value(u"index").toInteger(-1) != seq)
        return Error::integrity(Text::tr("No inclusion proof"),
                                Text::tr("the export carries no proof for record %1").arg(seq));
    QList<QByteArray> hashes;
    for (const QJsonValue hash : proof.value(u"hashes").toArray())
        hashes.append(QByteArray::fromHex(hash.toString().toLatin1()));
    return hashes;
}

} // namespace custos
