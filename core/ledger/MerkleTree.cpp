#include "core/ledger/MerkleTree.h"

#include "core/crypto/Sha256.h"

#include <QCoreApplication>
#include <algorithm>

namespace custos {
namespace {

struct MerkleTreeText
{
    Q_DECLARE_TR_FUNCTIONS(custos::MerkleTree)
};

// The largest power of two strictly below n (n > 1): where RFC 6962 splits a tree.
qint64 splitPoint(qint64 n)
{
    qint64 k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

Sha256::Digest nodeDigest(const Sha256::Digest& left, const Sha256::Digest& right)
{
    thread_local Sha256 hash;
    const char prefix = 0x01;
    hash.addData(QByteArrayView(&prefix, 1));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(left.data()), Sha256::size));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(right.data()), Sha256::size));
    return hash.digest();
}

} // namespace

MerkleTree::MerkleTree(std::vector<QByteArray> leafHashes)
    : m_leaves(std::move(leafHashes))
{
}

void MerkleTree::append(const QByteArray& leafHash)
{
    m_leaves.push_back(leafHash);
}

void MerkleTree::truncate(qint64 size)
{
    if (size >= 0 && size < this->size())
        m_leaves.resize(static_cast<size_t>(size));
}

QByteArray MerkleTree::leafHashOf(QByteArrayView leaf)
{
    thread_local Sha256 hash; // one context per thread: creating one costs more than hashing a record
    hash.addData(QByteArrayView("\x00", 1));
    hash.addData(leaf);
    return hash.result();
}

QByteArray MerkleTree::nodeHash(QByteArrayView left, QByteArrayView right)
{
    char buffer[1 + 2 * Sha256::size];
    buffer[0] = 0x01;
    if (left.size() != Sha256::size || right.size() != Sha256::size) {
        Sha256 hash;
        hash.addData(QByteArrayView(buffer, 1));
        hash.addData(left);
        hash.addData(right);
        return hash.result();
    }
    std::copy(left.begin(), left.end(), buffer + 1);
    std::copy(right.begin(), right.end(), buffer + 1 + Sha256::size);
    return Sha256::hash(QByteArrayView(buffer, sizeof buffer));
}

QByteArray MerkleTree::subtreeRoot(qint64 begin, qint64 end) const
{
    const qint64 n = end - begin;
    if (n == 1)
        return m_leaves[static_cast<size_t>(begin)];
    const qint64 k = splitPoint(n);
    return nodeHash(subtreeRoot(begin, begin + k), subtreeRoot(begin + k, end));
}

QByteArray MerkleTree::root(qint64 size) const
{
    if (size <= 0 || size > this->size())
        return size == 0 ? Sha256::hash({}) : QByteArray();
    return subtreeRoot(0, size);
}

void MerkleTree::path(qint64 index, qint64 begin, qint64 end, QList<QByteArray>& proof) const
{
    const qint64 n = end - begin;
    if (n <= 1)
        return;
    const qint64 k = splitPoint(n);
    if (index < k) {
        path(index, begin, begin + k, proof);
        proof.append(subtreeRoot(begin + k, end));
    } else {
        path(index - k, begin + k, end, proof);
        proof.append(subtreeRoot(begin, begin + k));
    }
}

Result<QList<QByteArray>> MerkleTree::inclusionProof(qint64 index, qint64 size) const
{
    if (size < 1 || size > this->size() || index < 0 || index >= size)
        return Error::invalid(MerkleTreeText::tr("Could not build an inclusion proof"),
                              MerkleTreeText::tr("record %1 is not in a tree of %2 records").arg(index).arg(size));
    QList<QByteArray> proof;
    path(index, 0, size, proof);
    return proof;
}

void MerkleTree::subproof(qint64 m, qint64 begin, qint64 end, bool complete, QList<QByteArray>& proof) const
{
    const qint64 n = end - begin;
    if (m == n) {
        if (!complete)
            proof.append(subtreeRoot(begin, end));
        return;
    }
    const qint64 k = splitPoint(n);
    if (m <= k) {
        subproof(m, begin, begin + k, complete, proof);
        proof.append(subtreeRoot(begin + k, end));
    } else {
        subproof(m - k, begin + k, end, false, proof);
        proof.append(subtreeRoot(begin, begin + k));
    }
}

Result<QList<QByteArray>> MerkleTree::consistencyProof(qint64 fromSize, qint64 toSize) const
{
    if (fromSize < 0 || fromSize > toSize || toSize > size())
        return Error::invalid(MerkleTreeText::tr("Could not build a consistency proof"),
                              MerkleTreeText::tr("sizes %1 and %2 do not fit a tree of %3 records")
                                  .arg(fromSize)
                                  .arg(toSize)
                                  .arg(size()));
    QList<QByteArray> proof;
    if (fromSize > 0 && fromSize < toSize)
        subproof(fromSize, 0, toSize, true, proof);
    return proof;
}

// RFC 9162 §2.1.3.2.
bool MerkleTree::verifyInclusion(qint64 index, qint64 size, const QByteArray& leafHash, const QList<QByteArray>& proof,
                                 const QByteArray& root)
{
    if (index < 0 || index >= size || leafHash.size() != Sha256::size || root.size() != Sha256::size)
        return false;
    quint64 fn = static_cast<quint64>(index);
    quint64 sn = static_cast<quint64>(size - 1);
    QByteArray r = leafHash;
    for (const QByteArray& p : proof) {
        if (sn == 0 || p.size() != Sha256::size)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

// RFC 9162 §2.1.4.2.
bool MerkleTree::verifyConsistency(qint64 fromSize, qint64 toSize, const QList<QByteArray>& proof,
                                   const QByteArray& fromRoot, const QByteArray& toRoot)
{
    if (fromSize < 0 || fromSize > toSize)
        return false;
    if (fromSize == toSize)
        return proof.isEmpty() && fromRoot == toRoot;
    if (fromSize == 0)
        return proof.isEmpty(); // the empty tree is a prefix of every tree
    if (proof.isEmpty())
        return false;
    for (const QByteArray& p : proof)
        if (p.size() != Sha256::size)
            return false;
    QList<QByteArray> path = proof;
    if ((fromSize & (fromSize - 1)) == 0)
        path.prepend(fromRoot);
    quint64 fn = static_cast<quint64>(fromSize - 1);
    quint64 sn = static_cast<quint64>(toSize - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.first();
    QByteArray sr = path.first();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray& c = path.at(i);
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && fr == fromRoot && sr == toRoot;
}

void MerkleFrontier::append(const Sha256::Digest& leafHash)
{
    // Each trailing one bit of the old size is a perfect subtree of the new leaf's height: merge them.
    Sha256::Digest node = leafHash;
    for (qint64 bits = m_size; bits & 1; bits >>= 1) {
        node = nodeDigest(m_peaks.back(), node);
        m_peaks.pop_back();
    }
    m_peaks.push_back(node);
    ++m_size;
}

void MerkleFrontier::append(QByteArrayView leafHash)
{
    Sha256::Digest digest{};
    std::copy_n(leafHash.begin(), std::min<qsizetype>(leafHash.size(), Sha256::size), digest.begin());
    append(digest);
}

QByteArray MerkleFrontier::root() const
{
    if (m_peaks.empty())
        return Sha256::hash({});
    // RFC 6962 splits at the largest power of two: the root folds the subtrees from the right.
    Sha256::Digest root = m_peaks.back();
    for (auto it = m_peaks.rbegin() + 1; it != m_peaks.rend(); ++it)
        root = nodeDigest(*it, root);
    return QByteArray(reinterpret_cast<const char*>(root.data()), Sha256::size);
}

} // namespace custos
