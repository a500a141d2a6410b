#include "AuditLedgerFixture.h"

#include "core/ledger/LedgerStore.h"
#include "core/ledger/SignedNote.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTimeZone>

using namespace custos;

namespace AuditLedgerFixture {

QList<QJsonObject> events(int from, int to)
{
    static const QStringList actions{"user.create", "LOGIN", "LOGIN_ERROR", "role.grant"};
    static const QStringList sources{"local", "keycloak-user", "keycloak-user", "keycloak-admin"};
    static const QStringList actors{"alice", "bob", "ada"};
    const QDateTime start(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc());
    static const QStringList teams{"red", "green", "blue"};
    QList<QJsonObject> out;
    for (int i = from; i < to; ++i) {
        // Console actions (every 4th) carry the operator's reason, every 20th a ticket, every 40th a helpdesk
        // verification, as Justification writes them.
        QJsonObject details{{"i", i}};
        if (i % 4 == 0)
            details.insert("reason", QStringLiteral("Joiner for team %1").arg(teams.at(i / 4 % 3)));
        if (i % 20 == 0)
            details.insert("ticket", QStringLiteral("INC-%1").arg(i));
        if (i % 40 == 0)
            details.insert("verification", QJsonObject{{"method", "callback"}, {"agent_confirmed", true}});
        const QDateTime time = start.addSecs(static_cast<qint64>(i) * 3 * 24 * 3600 / 1200);
        out.append(QJsonObject{
            {"time", time.toString("yyyy-MM-ddTHH:mm:ss.zzzZ")},
            {"source", sources.at(i % 4)},
            {"source_id", QStringLiteral("event-%1").arg(i)},
            {"action", actions.at(i % 4)},
            {"actor",
             QJsonObject{{"id", QStringLiteral("id-%1").arg(actors.at(i % 3))}, {"username", actors.at(i % 3)}}},
            {"target", QJsonObject{{"type", "user"},
                                   {"id", QStringLiteral("u%1").arg(i)},
                                   {"name", QStringLiteral("user-%1").arg(i)}}},
            {"tenant", i % 2 == 0 ? "acme" : "globex"},
            {"outcome", i % 4 == 2 ? "FAILURE" : "SUCCESS"},
            {"details", details},
        });
    }
    return out;
}

int countLoginErrors(int n)
{
    return (n + 1) / 4;
}

LedgerKeys newKeys()
{
    return LedgerKeys::generate().value();
}

bool create(const QString& path, const LedgerKeys& keys, int count, const QString& ledgerOrigin)
{
    LedgerStore::Meta meta;
    meta.origin = ledgerOrigin;
    meta.publicKey = keys.signingKey().publicKey();
    meta.ledgerId = QStringLiteral("test-ledger");
    meta.keyStorage = QStringLiteral("key-file");
    if (!LedgerStore::create(path, meta))
        return false; // the store closes here: append() opens it again, as the CLI would
    return append(path, keys, 0, count);
}

bool append(const QString& path, const LedgerKeys& keys, int from, int to)
{
    auto store = LedgerStore::open(path);
    if (!store)
        return false;
    auto appended =
        (*store)->append(events(from, to), keys.hmacKey(), &keys.signingKey(), QDateTime::currentDateTimeUtc());
    return appended && appended->appended == to - from;
}

bool exportTo(const QString& database, const QString& out, const LedgerExport::Filter& filter)
{
    auto store = LedgerStore::open(database);
    return store && LedgerExport::write(**store, out, filter).ok();
}

bool cosign(const QString& database, const test::TestWitness& witness, quint64 time)
{
    auto store = LedgerStore::open(database);
    if (!store)
        return false;
    auto latest = (*store)->latestCheckpoint();
    if (!latest || !latest.value())
        return false;
    auto note = SignedNote::parse(latest.value()->ledgerNote);
    return note && (*store)->addCosignature(latest.value()->id, witness.vkey(), witness.line(note->text(), time), time);
}

QString pdfPageText(const QString& pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                                QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace AuditLedgerFixture
