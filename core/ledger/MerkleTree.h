#pragma once

#include "core/common/Result.h"
#include "core/crypto/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <vector>

namespace custos {

// The RFC 6962 / RFC 9162 Merkle tree over the ledger's records, built from leaf hashes so a large ledger's
// root does not need its records re-read. Proof verification is static and pure: it needs no tree.
class MerkleTree
{
public:
    MerkleTree() = default;
    explicit MerkleTree(std::vector<QByteArray> leafHashes);

    void append(const QByteArray& leafHash);
    void truncate(qint64 size);
    [[nodiscard]] qint64 size() const { return static_cast<qint64>(m_leaves.size()); }
    [[nodiscard]] const QByteArray& leafHash(qint64 index) const { return m_leaves.at(static_cast<size_t>(index)); }

    // The root of the first `size` leaves (the whole tree by default); SHA-256("") when empty.
    [[nodiscard]] QByteArray root() const { return root(size()); }
    [[nodiscard]] QByteArray root(qint64 size) const;
    // Audit path of leaf `index` in the tree of the first `size` leaves, leaf side first.
    [[nodiscard]] Result<QList<QByteArray>> inclusionProof(qint64 index, qint64 size) const;
    // Proof that the tree of `fromSize` leaves is a prefix of the tree of `toSize` leaves.
    [[nodiscard]] Result<QList<QByteArray>> consistencyProof(qint64 fromSize, qint64 toSize) const;

    [[nodiscard]] static QByteArray leafHashOf(QByteArrayView leaf);
    [[nodiscard]] static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    [[nodiscard]] static bool verifyInclusion(qint64 index, qint64 size, const QByteArray& leafHash,
                                              const QList<QByteArray>& proof, const QByteArray& root);
    [[nodiscard]] static bool verifyConsistency(qint64 fromSize, qint64 toSize, const QList<QByteArray>& proof,
                                                const QByteArray& fromRoot, const QByteArray& toRoot);

private:
    [[nodiscard]] QByteArray subtreeRoot(qint64 begin, qint64 end) const;
    void path(qint64 index, qint64 begin, qint64 end, QList<QByteArray>& proof) const;
    void subproof(qint64 m, qint64 begin, qint64 end, bool complete, QList<QByteArray>& proof) const;

    std::vector<QByteArray> m_leaves;
};

// The right edge of an RFC 6962 tree: the roots of its largest perfect subtrees, one per set bit of its size.
// Enough to append leaves and to compute the root in O(log n) memory, so appending to or verifying a ledger of
// any size needs no list of its leaves.
class MerkleFrontier
{
public:
    void append(const Sha256::Digest& leafHash);
    void append(QByteArrayView leafHash); // 32 bytes
    [[nodiscard]] qint64 size() const { return m_size; }
    // Equal to MerkleTree::root() over the same leaves.
    [[nodiscard]] QByteArray root() const;

private:
    qint64 m_size = 0;
    std::vector<Sha256::Digest> m_peaks; // largest subtree first
};

} // namespace custos
