// RFC 6962 Merkle tree: known roots, and every proof for every size up to 64 against a naive recomputation.
#include "core/crypto/Sha256.h"
#include "core/ledger/MerkleTree.h"

#include <QTest>

using namespace custos;

namespace {

// MTH straight from RFC 6962 §2.1, on the leaf data itself.
QByteArray naiveRoot(const QList<QByteArray>& leaves)
{
    if (leaves.isEmpty())
        return Sha256::hash({});
    if (leaves.size() == 1)
        return Sha256::hash(QByteArray(QByteArray(1, '\0') + leaves.first()));
    qsizetype k = 1;
    while (k * 2 < leaves.size())
        k *= 2;
    return Sha256::hash(QByteArray(QByteArray(1, '\x01') + naiveRoot(leaves.mid(0, k)) + naiveRoot(leaves.mid(k))));
}

QList<QByteArray> leafData(int count)
{
    QList<QByteArray> leaves;
    for (int i = 0; i < count; ++i)
        leaves.append("leaf " + QByteArray::number(i));
    return leaves;
}

MerkleTree treeOf(const QList<QByteArray>& leaves)
{
    MerkleTree tree;
    for (const QByteArray& leaf : leaves)
        tree.append(MerkleTree::leafHashOf(leaf));
    return tree;
}

QList<QByteArray> corrupted(QList<QByteArray> proof, qsizetype index)
{
    proof[index][0] = static_cast<char>(proof[index][0] ^ 1);
    return proof;
}

} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT
private slots:
    void knownRoots()
    {
        // The certificate-transparency reference vectors.
        const QList<QByteArray> leaves{QByteArray(),
                                       QByteArray::fromHex("00"),
                                       QByteArray::fromHex("10"),
                                       QByteArray::fromHex("2021"),
                                       QByteArray::fromHex("3031"),
                                       QByteArray::fromHex("40414243"),
                                       QByteArray::fromHex("5051525354555657"),
                                       QByteArray::fromHex("606162636465666768696a6b6c6d6e6f")};
        const QList<QByteArray> roots{"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                                      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                                      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                                      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                                      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                                      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                                      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                                      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
        const MerkleTree tree = treeOf(leaves);
        QCOMPARE(tree.root(0).toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        for (int size = 1; size <= 8; ++size)
            QCOMPARE(tree.root(size).toHex(), roots.at(size - 1));
    }

    void frontierMatchesTheTree()
    {
        // The O(log n) frontier the store appends with and the verifier streams through: same roots, every size.
        const QList<QByteArray> leaves = leafData(70);
        const MerkleTree tree = treeOf(leaves);
        MerkleFrontier frontier;
        QCOMPARE(frontier.root(), tree.root(0));
        for (qsizetype size = 1; size <= leaves.size(); ++size) {
            frontier.append(QByteArrayView(tree.leafHash(size - 1)));
            QCOMPARE(frontier.size(), size);
            QCOMPARE(frontier.root().toHex(), tree.root(size).toHex());
        }
    }

    void inclusionProofsForEveryIndex()
    {
        const QList<QByteArray> leaves = leafData(64);
        const MerkleTree tree = treeOf(leaves);
        for (int size = 1; size <= 64; ++size) {
            const QByteArray root = naiveRoot(leaves.mid(0, size));
            QCOMPARE(tree.root(size), root);
            for (int index = 0; index < size; ++index) {
                auto proof = tree.inclusionProof(index, size);
                QVERIFY(proof.ok());
                const QByteArray leaf = MerkleTree::leafHashOf(leaves.at(index));
                QVERIFY2(MerkleTree::verifyInclusion(index, size, leaf, proof.value(), root),
                         qPrintable(QStringLiteral("index %1 size %2").arg(index).arg(size)));
                QVERIFY(
                    !MerkleTree::verifyInclusion(index, size, MerkleTree::leafHashOf("other"), proof.value(), root));
                if (size > 1) {
                    QVERIFY(!MerkleTree::verifyInclusion((index + 1) % size, size, leaf, proof.value(), root));
                    QVERIFY(!MerkleTree::verifyInclusion(index, size, leaf, corrupted(proof.value(), 0), root));
                    QVERIFY(!MerkleTree::verifyInclusion(index, size, leaf, proof->mid(1), root));
                }
                QVERIFY(!MerkleTree::verifyInclusion(index, size, leaf, proof.value() + QList<QByteArray>{root}, root));
            }
            QVERIFY(!tree.inclusionProof(size, size).ok());
        }
    }

    void consistencyProofsForEverySize()
    {
        const QList<QByteArray> leaves = leafData(64);
        const MerkleTree tree = treeOf(leaves);
        for (int size2 = 0; size2 <= 64; ++size2) {
            const QByteArray root2 = naiveRoot(leaves.mid(0, size2));
            for (int size1 = 0; size1 <= size2; ++size1) {
                const QByteArray root1 = naiveRoot(leaves.mid(0, size1));
                auto proof = tree.consistencyProof(size1, size2);
                QVERIFY(proof.ok());
                QVERIFY2(MerkleTree::verifyConsistency(size1, size2, proof.value(), root1, root2),
                         qPrintable(QStringLiteral("%1 -> %2").arg(size1).arg(size2)));
                if (size1 > 0 && size1 < size2) {
                    QVERIFY(!MerkleTree::verifyConsistency(size1, size2, proof.value(), root2, root2));
                    QVERIFY(!MerkleTree::verifyConsistency(size1, size2, proof.value(), root1, root1));
                    for (qsizetype i = 0; i < proof->size(); ++i)
                        QVERIFY(
                            !MerkleTree::verifyConsistency(size1, size2, corrupted(proof.value(), i), root1, root2));
                    QVERIFY(!MerkleTree::verifyConsistency(size1, size2, proof->mid(1), root1, root2));
                }
            }
            QVERIFY(!tree.consistencyProof(size2 + 1, size2).ok());
        }
        QVERIFY(!MerkleTree::verifyConsistency(3, 3, {}, naiveRoot(leaves.mid(0, 3)), naiveRoot(leaves.mid(0, 4))));
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "test_merkle_tree.moc"
