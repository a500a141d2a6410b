// The window's ledger (LedgerAuditTrail) refuses to open, and so to extend or re-sign, a ledger that is not what
// Custos wrote: the rewrite of issue 15 (record rewritten with its leaf hash and every later prev, checkpoints
// deleted) is refused with the first bad record, and the file is left as it was.
#include "core/audit/LedgerAuditTrail.h"
#include "core/crypto/Sha256.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerKeyFile.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/MerkleTree.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <optional>
#include <sqlite3.h>

using namespace custos;

namespace {

const QByteArray passphrase = "trail-test-passphrase";

QJsonObject entry(int i)
{
    return QJsonObject{{"action", "user.reset_mfa"},
                       {"actor", QJsonObject{{"id", "u1"}, {"username", "alice"}}},
                       {"target", QJsonObject{{"type", "user"},
                                              {"id", QStringLiteral("t%1").arg(i)},
                                              {"name", QStringLiteral("user-%1").arg(i)}}},
                       {"tenant", "acme"},
                       {"outcome", "SUCCESS"}};
}

bool execSql(const QString& path, const QString& sql, const QList<QByteArray>& blobs = {})
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_stmt* stmt = nullptr;
    bool ok = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK;
    for (int i = 0; ok && i < blobs.size(); ++i)
        sqlite3_bind_blob(stmt, i + 1, blobs[i].constData(), static_cast<int>(blobs[i].size()), SQLITE_TRANSIENT);
    ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLedgerAuditTrail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ledger;
    QString m_keyFile;

    std::optional<Result<LedgerAuditTrail*>> open(const QString& ledger)
    {
        std::optional<Result<LedgerAuditTrail*>> opened;
        LedgerAuditTrail::openWithKeyFile(ledger, "audit.example.org/trail", m_keyFile, passphrase, this,
                                          [&opened](const Result<LedgerAuditTrail*>& result) { opened = result; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000); }();
        return opened;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ledger = m_dir.filePath("ledger.db");
        m_keyFile = m_dir.filePath("ledger.db.key");
        auto opened = open(m_ledger);
        QVERIFY(opened && opened->ok());
        std::unique_ptr<LedgerAuditTrail> trail(opened->value());
        int recorded = 0;
        for (int i = 0; i < 10; ++i)
            trail->record(entry(i), this, [&recorded](const Status& durable) { recorded += durable ? 1 : 0; });
        QTRY_COMPARE(recorded, 10);
    }

    void cleanLedgerOpensAndAppends()
    {
        const QString copy = m_dir.filePath("clean.db");
        QVERIFY(QFile::copy(m_ledger, copy));
        auto opened = open(copy);
        QVERIFY2(opened && opened->ok(), opened && !opened->ok() ? qPrintable(opened->error().userMessage()) : "");
        std::unique_ptr<LedgerAuditTrail> trail(opened->value());
        std::optional<Status> recorded;
        trail->record(entry(10), this, [&recorded](const Status& durable) { recorded = durable; });
        QTRY_VERIFY(recorded.has_value());
        QVERIFY(recorded->ok());
    }

    void rewrittenLedgerIsRefused()
    {
        const QString copy = m_dir.filePath("rewritten.db");
        QVERIFY(QFile::copy(m_ledger, copy));
        QList<QByteArray> records;
        {
            auto store = LedgerStore::openReadOnly(copy);
            QVERIFY(store.ok());
            auto stored = (*store)->records(0, std::numeric_limits<qint64>::max());
            QVERIFY(stored.ok());
            for (const auto& record : std::as_const(stored.value()))
                records.append(record.bytes);
        }
        QCOMPARE(records.size(), 10);
        // Record 5, an MFA reset, becomes an unlock; every later record is chained on again.
        QVERIFY(execSql(copy, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(copy, "DROP TRIGGER checkpoints_no_delete"));
        for (int seq = 5; seq < records.size(); ++seq) {
            LedgerRecord record = LedgerRecord::fromBytes(records[seq]).value();
            if (seq == 5)
                record.action = QStringLiteral("user.unlock");
            else
                record.prev = QString::fromLatin1(Sha256::hash(records[seq - 1]).toHex());
            records[seq] = record.canonicalBytes().value();
            QVERIFY(execSql(copy, QStringLiteral("UPDATE records SET bytes = ?, leaf_hash = ? WHERE seq = %1").arg(seq),
                            {records[seq], MerkleTree::leafHashOf(records[seq])}));
        }
        QVERIFY(execSql(copy, "DELETE FROM checkpoints"));
        const QByteArray before = readFile(copy);

        auto opened = open(copy);
        QVERIFY(opened && !opened->ok());
        QCOMPARE(opened->error().kind, Error::Kind::Integrity);
        QVERIFY2(opened->error().why.contains("record 5"), qPrintable(opened->error().why));
        QVERIFY(!opened->error().action.isEmpty());

        // A trail built on the store directly (as tests and tools do) refuses its first append all the same.
        auto store = LedgerStore::open(copy);
        QVERIFY(store.ok());
        auto keys = LedgerKeyFile::read(m_keyFile, passphrase);
        QVERIFY(keys.ok());
        std::optional<Status> recorded;
        {
            LedgerAuditTrail trail(std::move(store).value(), keys.value(), copy);
            trail.record(entry(10), this, [&recorded](const Status& durable) { recorded = durable; });
            QTRY_VERIFY(recorded.has_value());
        }
        QVERIFY(!recorded->ok());
        QCOMPARE(readFile(copy), before);
    }

    // The window opens its ledger with the keys the keychain holds for it: keys that are not the ledger's (its
    // entry overwritten, another ledger's keys) are refused before anything is appended or signed, as the CLI does.
    void keychainKeysOfAnotherLedgerAreRefused()
    {
        const QString ledger = m_dir.filePath("keychain.db");
        MemorySecretStore secrets;
        std::optional<Result<LedgerAuditTrail*>> created;
        LedgerAuditTrail::open(ledger, "audit.example.org/keychain", &secrets, this,
                               [&created](const Result<LedgerAuditTrail*>& result) { created = result; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
        QVERIFY(created->ok());
        std::optional<Status> recorded;
        {
            std::unique_ptr<LedgerAuditTrail> trail(created->value());
            trail->record(entry(0), this, [&recorded](const Status& durable) { recorded = durable; });
            QTRY_VERIFY(recorded.has_value());
            QVERIFY(recorded->ok());
        }
        const LedgerStore::Meta meta = LedgerStore::openReadOnly(ledger).value()->meta();
        auto others = LedgerKeys::generate();
        QVERIFY(others.ok());
        std::optional<Status> replaced;
        others->saveToSecretStore(secrets, meta.origin, meta.ledgerId, this,
                                  [&replaced](const Status& saved) { replaced = saved; });
        QTRY_VERIFY(replaced.has_value());
        QVERIFY(replaced->ok());
        const QByteArray before = readFile(ledger);

        std::optional<Result<LedgerAuditTrail*>> opened;
        LedgerAuditTrail::open(ledger, meta.origin, &secrets, this,
                               [&opened](const Result<LedgerAuditTrail*>& result) { opened = result; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        QVERIFY(!opened->ok());
        QCOMPARE(opened->error().kind, Error::Kind::Integrity);
        QVERIFY2(opened->error().why.contains("public key differs"), qPrintable(opened->error().why));
        QCOMPARE(readFile(ledger), before);
    }
};

QTEST_GUILESS_MAIN(TestLedgerAuditTrail)
#include "test_ledger_audit_trail.moc"
