#include "core/ledger/LedgerSnapshot.h"

#include "core/ledger/LedgerVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace custos {
namespace {

struct LedgerSnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LedgerSnapshot)
};

Error copyFailed(const QString& path, const QString& why)
{
    return Error::io(LedgerSnapshotText::tr("Could not make a private copy of %1 to verify").arg(path), why,
                     LedgerSnapshotText::tr("Check that the file is readable and that the disk has room"));
}

// VACUUM INTO writes one consistent database, the write-ahead log's committed records included, in one read
// transaction: a ledger appended to meanwhile is copied as it was at one moment.
Status copyDatabase(const QString& from, const QString& to)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(from.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt* stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "VACUUM INTO ?", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray target = to.toUtf8();
            sqlite3_bind_text(stmt, 1, target.constData(), static_cast<int>(target.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
        }
        sqlite3_finalize(stmt);
    }
    const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close_v2(db);
    if (rc != SQLITE_OK)
        return copyFailed(from, LedgerSnapshotText::tr("the database answered: %1").arg(message));
    return success();
}

} // namespace

Result<std::shared_ptr<const LedgerSnapshot>> LedgerSnapshot::take(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return copyFailed(path, LedgerSnapshotText::tr("%1 does not exist").arg(path));
    std::shared_ptr<LedgerSnapshot> snapshot(new LedgerSnapshot);
    if (!snapshot->m_dir.isValid())
        return copyFailed(path, snapshot->m_dir.errorString());
    // QTemporaryDir makes its directory 0700: nobody else can swap the copy.
    snapshot->m_source = path;
    snapshot->m_path = snapshot->m_dir.filePath(QFileInfo(path).fileName());
    if (LedgerVerifier::isDatabase(path)) {
        if (auto copied = copyDatabase(path, snapshot->m_path); !copied)
            return copied.error();
    } else {
        QFile source(path);
        if (!source.copy(snapshot->m_path))
            return copyFailed(path, source.errorString());
    }
    if (!QFile::setPermissions(snapshot->m_path, QFileDevice::ReadOwner))
        return copyFailed(path, LedgerSnapshotText::tr("the copy could not be made read-only"));
    return std::shared_ptr<const LedgerSnapshot>(std::move(snapshot));
}

} // namespace custos
