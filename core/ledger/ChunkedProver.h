#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace custos {

// RFC 6962 inclusion proofs over a ledger too large to hold its leaves in memory. The tree is cut into chunks of
// a power-of-two number of leaves; RFC 6962 splits a tree at the largest power of two below its size, so every
// chunk (the last one possibly short) is a subtree of the whole, and the tree over the chunks' roots has the same
// shape above them. A proof is then the leaf's path inside its chunk followed by the chunk's path among the
// chunk roots. The chunk roots are computed once per tree size (one pass over the leaves) and kept.
class ChunkedProver
{
public:
    // Leaf hashes of the records with from <= seq < to.
    using LeafSource = std::function<Result<QList<QByteArray>>(qint64 from, qint64 to)>;
    static constexpr qint64 defaultChunkSize = 1024;

    explicit ChunkedProver(LeafSource leaves, qint64 chunkSize = defaultChunkSize);

    [[nodiscard]] Result<QList<QByteArray>> prove(qint64 index, qint64 treeSize,
                                                  const std::function<bool()>& cancelled);

private:
    [[nodiscard]] Status computeChunkRoots(qint64 treeSize, const std::function<bool()>& cancelled);

    LeafSource m_leaves;
    qint64 m_chunkSize;
    qint64 m_rootsTreeSize = -1;
    QList<QByteArray> m_chunkRoots;
};

} // namespace custos
