#include "core/ledger/DatabaseReader.h"

#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/PersonalData.h"

#include <QCoreApplication>
#include <algorithm>
#include <sqlite3.h>

namespace custos {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well; a helper taking the text as a variable hides it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::DatabaseReader)
};

struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

QByteArray columnBlob(sqlite3_stmt* stmt, int column)
{
    return QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, column)), sqlite3_column_bytes(stmt, column));
}

QString argumentText(sqlite3_value* value)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
}

void containsFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL || sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    sqlite3_result_int(context, AuditFilter::contains(argumentText(arguments[0]), argumentText(arguments[1])));
}

// While alive, interrupts the connection's running query once the job it serves is cancelled (a new filter, or
// the view closed), so a long scan does not hold the worker after nobody wants its answer.
class Interruptible
{
public:
    Interruptible(sqlite3* db, const LedgerReader::Cancelled& cancelled)
        : m_db(db)
    {
        sqlite3_progress_handler(db, 1000, handler, const_cast<LedgerReader::Cancelled*>(&cancelled));
    }
    ~Interruptible() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    Interruptible(const Interruptible&) = delete;
    Interruptible& operator=(const Interruptible&) = delete;

private:
    static int handler(void* cancelled) { return (*static_cast<LedgerReader::Cancelled*>(cancelled))() ? 1 : 0; }

    sqlite3* m_db;
};

} // namespace

DatabaseReader::DatabaseReader(std::unique_ptr<LedgerStore> store, sqlite3* db, QString path)
    : m_store(std::move(store))
    , m_db(db)
    , m_path(std::move(path))
    , m_prover([this](qint64 from, qint64 to) { return leafHashes(from, to); })
{
}

DatabaseReader::~DatabaseReader()
{
    sqlite3_close_v2(m_db);
}

Error DatabaseReader::sqlError(const QString& what) const
{
    return Error::io(what,
                     Text::tr("the database %1 answered: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Result<sqlite3_stmt*> DatabaseReader::prepare(const QByteArray& sql) const
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return sqlError(Text::tr("Could not read the ledger"));
    return stmt;
}

Result<std::unique_ptr<DatabaseReader>> DatabaseReader::open(const QString& path)
{
    auto store = LedgerStore::openReadOnly(path);
    if (!store)
        return store.error();
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<DatabaseReader> reader(new DatabaseReader(std::move(store).value(), db, path));
    if (rc != SQLITE_OK)
        return reader->sqlError(Text::tr("Could not open the ledger"));
    // The ledger may be appended to while it is shown: wait for a writer's commit instead of failing.
    sqlite3_busy_timeout(db, 2000);
    sqlite3_create_function(db, "custos_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, containsFunction,
                            nullptr, nullptr);
    auto columns = reader->prepare("SELECT name FROM pragma_table_info('records')");
    if (!columns)
        return columns.error();
    Statement columnList{columns.value()};
    while (sqlite3_step(columnList.stmt) == SQLITE_ROW)
        reader->m_columns.insert(QString::fromUtf8(columnBlob(columnList.stmt, 0)));
    return reader;
}

QByteArray DatabaseReader::checkpointNote() const
{
    // An error leaves the note empty: the detail pane then proves nothing rather than against a stale root.
    auto latest = m_store->latestCheckpoint();
    return latest && latest.value() ? latest.value()->note : QByteArray();
}

QByteArray DatabaseReader::field(const char* name) const
{
    if (m_columns.contains(QString::fromLatin1(name)))
        return QByteArray(name);
    return QByteArray("json_extract(CAST(bytes AS TEXT), '$.") + name + "')";
}

Result<QList<AuditEntry>> DatabaseReader::read(const QList<qint64>& positions)
{
    QList<AuditEntry> entries;
    entries.reserve(positions.size());
    // Format 2 ledgers keep personal data as commitments, opened from their own table for display (none for a
    // format 1 ledger).
    const auto append = [this, &entries, &positions](qint64 from, qint64 to) -> Status {
        auto stored = m_store->records(from, to);
        if (!stored)
            return stored.error();
        auto openings = m_store->openings(from, to);
        if (!openings)
            return openings.error();
        qsizetype next = 0;
        for (const LedgerStore::StoredRecord& record : std::as_const(stored.value())) {
            if (!std::binary_search(positions.cbegin(), positions.cend(), record.seq))
                continue;
            entries.append(AuditEntry::decode(record.seq, record.bytes, record.hmac));
            QList<RecordOpening> own;
            for (; next < openings->size() && openings->at(next).seq <= record.seq; ++next)
                if (openings->at(next).seq == record.seq)
                    own.append(openings->at(next));
            if (m_store->meta().formatVersion < 2)
                continue;
            if (auto parsed = LedgerRecord::fromBytes(record.bytes))
                entries.last().object =
                    PersonalData::opened(std::move(parsed).value(), own, PersonalData::Unopened::Erased).toJson();
        }
        return success();
    };
    // The rows on screen are mostly one run of seqs: one query then; scattered search hits one query each.
    if (positions.isEmpty())
        return entries;
    if (positions.last() - positions.first() < 2 * positions.size() + 64) {
        if (auto read = append(positions.first(), positions.last() + 1); !read)
            return read.error();
        return entries;
    }
    for (const qint64 seq : positions)
        if (auto read = append(seq, seq + 1); !read)
            return read.error();
    return entries;
}

Result<LedgerReader::Page> DatabaseReader::scan(const AuditFilter& filter, qint64 after, int limit,
                                                const Cancelled& cancelled)
{
    // Explicit return types: QStringBuilder expressions would otherwise outlive the temporaries they refer to.
    auto json = [](const char* path) -> QByteArray {
        return QByteArray("json_extract(CAST(bytes AS TEXT), '$.") + path + "')";
    };
    auto contains = [](const QByteArray& haystack, const char* parameter) -> QByteArray {
        return "custos_contains(" + haystack + ", " + parameter + ')';
    };
    QByteArray sql = "SELECT seq FROM records WHERE seq > :after";
    QList<std::pair<const char*, QString>> bindings;
    auto condition = [&](const char* parameter, const QString& value, const QByteArray& clause) {
        if (value.isEmpty())
            return;
        sql += " AND (" + clause + ')';
        bindings.append({parameter, value});
    };
    condition(":from", filter.fromText(), QByteArray(field("time") + " >= :from"));
    condition(":to", filter.toText(), QByteArray(field("time") + " < :to"));
    condition(":actor", filter.actor,
              QByteArray(contains(json("actor.id"), ":actor") + " OR " + contains(json("actor.username"), ":actor")));
    condition(":action", filter.action, contains(field("action"), ":action"));
    condition(":target", filter.target,
              QByteArray(contains(json("target.type"), ":target") + " OR " + contains(json("target.id"), ":target") +
                         " OR " + contains(json("target.name"), ":target")));
    condition(":outcome", filter.outcome, QByteArray(field("outcome") + " = :outcome"));
    condition(":source", filter.source, QByteArray(field("source") + " = :source"));
    condition(":tenant", filter.tenant, contains(field("tenant"), ":tenant"));
    condition(":text", filter.text, contains("CAST(bytes AS TEXT)", ":text"));
    condition(":reason", filter.reason, contains(json("details.reason"), ":reason"));
    condition(":ticket", filter.ticket, contains(json("details.ticket"), ":ticket"));
    if (filter.helpdeskVerifications)
        sql += " AND (" + json("details.verification.method") + " IS NOT NULL)";
    sql += " ORDER BY seq LIMIT :limit";

    auto select = prepare(sql);
    if (!select)
        return select.error();
    Statement statement{select.value()};
    sqlite3_bind_int64(statement.stmt, sqlite3_bind_parameter_index(statement.stmt, ":after"), after);
    sqlite3_bind_int(statement.stmt, sqlite3_bind_parameter_index(statement.stmt, ":limit"), limit);
    for (const auto& [parameter, value] : std::as_const(bindings)) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(statement.stmt, sqlite3_bind_parameter_index(statement.stmt, parameter), utf8.constData(),
                          static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    Page page;
    const Interruptible interruptible(m_db, cancelled);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW)
        page.positions.append(sqlite3_column_int64(statement.stmt, 0));
    if (rc == SQLITE_INTERRUPT)
        return Error::cancelled(Text::tr("The search was cancelled"), {});
    if (rc != SQLITE_DONE)
        return sqlError(Text::tr("Could not search the ledger"));
    page.exhausted = page.positions.size() < limit;
    return page;
}

Result<QList<QByteArray>> DatabaseReader::leafHashes(qint64 from, qint64 to) const
{
    auto select = prepare("SELECT leaf_hash FROM records WHERE seq >= ? AND seq < ? ORDER BY seq");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    sqlite3_bind_int64(statement.stmt, 1, from);
    sqlite3_bind_int64(statement.stmt, 2, to);
    QList<QByteArray> hashes;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW)
        hashes.append(columnBlob(statement.stmt, 0));
    if (rc != SQLITE_DONE)
        return sqlError(Text::tr("Could not read the ledger's hashes"));
    return hashes;
}

Result<QList<QByteArray>> DatabaseReader::inclusionProof(qint64 position, qint64, qint64 treeSize,
                                                         const Cancelled& cancelled)
{
    const Interruptible interruptible(m_db, cancelled);
    return m_prover.prove(position, treeSize, cancelled);
}

} // namespace custos
