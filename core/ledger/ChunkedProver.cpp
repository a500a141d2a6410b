#include "core/ledger/ChunkedProver.h"

#include "core/ledger/MerkleTree.h"

#include <QCoreApplication>

namespace custos {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well; a helper taking the text as a variable hides it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ChunkedProver)
};

MerkleTree treeOf(const QList<QByteArray>& leaves)
{
    return MerkleTree({leaves.begin(), leaves.end()});
}

} // namespace

ChunkedProver::ChunkedProver(LeafSource leaves, qint64 chunkSize)
    : m_leaves(std::move(leaves))
    , m_chunkSize(chunkSize)
{
}

Status ChunkedProver::computeChunkRoots(qint64 treeSize, const std::function<bool()>& cancelled)
{
    if (m_rootsTreeSize == treeSize)
        return success();
    QList<QByteArray> roots;
    for (qint64 begin = 0; begin < treeSize; begin += m_chunkSize) {
        if (cancelled())
            return Error::cancelled(Text::tr("The inclusion proof was cancelled"), {});
        const qint64 end = std::min(begin + m_chunkSize, treeSize);
        auto leaves = m_leaves(begin, end);
        if (!leaves)
            return leaves.error();
        if (leaves->size() != end - begin)
            return Error::integrity(Text::tr("Could not build the inclusion proof"),
                                    Text::tr("records %1 to %2 are not all present").arg(begin).arg(end - 1));
        roots.append(treeOf(leaves.value()).root());
    }
    m_chunkRoots = std::move(roots);
    m_rootsTreeSize = treeSize;
    return success();
}

Result<QList<QByteArray>> ChunkedProver::prove(qint64 index, qint64 treeSize, const std::function<bool()>& cancelled)
{
    if (index < 0 || index >= treeSize)
        return Error::invalid(
            Text::tr("No inclusion proof"),
            Text::tr("record %1 is not covered by the checkpoint of %2 records").arg(index).arg(treeSize));
    if (auto computed = computeChunkRoots(treeSize, cancelled); !computed)
        return computed.error();
    const qint64 chunk = index / m_chunkSize;
    const qint64 begin = chunk * m_chunkSize;
    auto leaves = m_leaves(begin, std::min(begin + m_chunkSize, treeSize));
    if (!leaves)
        return leaves.error();
    auto inner = treeOf(leaves.value()).inclusionProof(index - begin, leaves->size());
    if (!inner)
        return inner.error();
    auto outer = treeOf(m_chunkRoots).inclusionProof(chunk, m_chunkRoots.size());
    if (!outer)
        return outer.error();
    return inner.value() + outer.value();
}

} // namespace custos
