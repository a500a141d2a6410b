#include "core/ledger/PersonalData.h"

#include "core/crypto/Random.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/Jcs.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace custos {
namespace {

const QString commitmentPrefix = QStringLiteral("sha256:");
const QString detailsPrefix = QStringLiteral("details.");

// The string fields of a record that hold personal data, by path.
QString* stringField(LedgerRecord& record, const QString& path)
{
    if (path == u"actor.username")
        return &record.actorUsername;
    if (path == u"target.name")
        return &record.targetName;
    if (path == u"error")
        return &record.error;
    return nullptr;
}

const QStringList& stringPaths()
{
    static const QStringList paths{QStringLiteral("actor.username"), QStringLiteral("error"),
                                   QStringLiteral("target.name")};
    return paths;
}

QJsonValue valueAt(const LedgerRecord& record, const QString& path)
{
    if (path.startsWith(detailsPrefix))
        return record.details.value(path.mid(detailsPrefix.size()));
    if (path == u"actor.username")
        return record.actorUsername;
    if (path == u"target.name")
        return record.targetName;
    if (path == u"error")
        return record.error;
    return QJsonValue(QJsonValue::Undefined);
}

void setValueAt(LedgerRecord& record, const QString& path, const QJsonValue& value)
{
    if (path.startsWith(detailsPrefix))
        record.details.insert(path.mid(detailsPrefix.size()), value);
    else if (auto* field = stringField(record, path))
        *field = value.toString(); // these fields hold strings only
}

// Every personal path of a record with a value worth committing to.
QStringList personalPaths(const LedgerRecord& record)
{
    QStringList paths;
    for (const QString& path : stringPaths())
        paths.append(path);
    for (const QString& key : PersonalData::detailKeys())
        if (record.details.contains(key))
            paths.append(detailsPrefix + key);
    paths.sort();
    return paths;
}

} // namespace

const QStringList& PersonalData::detailKeys()
{
    // Free text in the operator's words, the caller check, network addresses, the identity provider's and the
    // platform's own event details (usernames, e-mail addresses, names, attributes), and names inside the plan.
    static const QStringList keys{
        QStringLiteral("attributes"), QStringLiteral("email"),       QStringLiteral("event_details"),
        QStringLiteral("first_name"), QStringLiteral("ip"),          QStringLiteral("keycloak"),
        QStringLiteral("last_name"),  QStringLiteral("name"),        QStringLiteral("planned_steps"),
        QStringLiteral("reason"),     QStringLiteral("subject"),     QStringLiteral("ticket"),
        QStringLiteral("username"),   QStringLiteral("verification")};
    return keys;
}

bool PersonalData::isCommitment(const QJsonValue& value)
{
    static const QRegularExpression shape(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return value.isString() && shape.match(value.toString()).hasMatch();
}

QString PersonalData::commitmentOf(QByteArrayView salt, QByteArrayView canonicalValue)
{
    Sha256 hash;
    hash.addData(salt);
    hash.addData(canonicalValue);
    return commitmentPrefix + QString::fromLatin1(hash.result().toHex());
}

Result<QList<RecordOpening>> PersonalData::commit(LedgerRecord& record)
{
    QList<RecordOpening> openings;
    for (const QString& path : personalPaths(record)) {
        const QJsonValue value = valueAt(record, path);
        if ((value.isString() && value.toString().isEmpty()) || isCommitment(value))
            continue;
        auto canonical = Jcs::canonicalize(value);
        if (!canonical)
            return canonical.error();
        RecordOpening opening{record.seq, path, randomBytes(saltSize), canonical.value(), false};
        setValueAt(record, path, commitmentOf(opening.salt, opening.value));
        openings.append(std::move(opening));
    }
    return openings;
}

QList<std::pair<QString, QString>> PersonalData::commitments(const LedgerRecord& record)
{
    QList<std::pair<QString, QString>> out;
    for (const QString& path : personalPaths(record))
        if (const QJsonValue value = valueAt(record, path); isCommitment(value))
            out.append({path, value.toString()});
    return out;
}

bool PersonalData::opens(const LedgerRecord& record, const RecordOpening& opening)
{
    if (opening.erased || opening.seq != record.seq || opening.salt.size() != saltSize)
        return false;
    const QJsonValue committed = valueAt(record, opening.path);
    return isCommitment(committed) && commitmentOf(opening.salt, opening.value) == committed.toString();
}

LedgerRecord PersonalData::opened(LedgerRecord record, const QList<RecordOpening>& openings, Unopened unopened)
{
    if (unopened == Unopened::Erased)
        for (const auto& [path, commitment] : commitments(record))
            if (std::none_of(openings.begin(), openings.end(), [&](const RecordOpening& o) { return o.path == path; }))
                setValueAt(record, path, erasedText());
    for (const RecordOpening& opening : openings) {
        if (opening.erased && isCommitment(valueAt(record, opening.path))) {
            setValueAt(record, opening.path, erasedText());
        } else if (opens(record, opening)) {
            auto value = Jcs::parse(opening.value);
            if (value)
                setValueAt(record, opening.path, value.value());
        }
    }
    return record;
}

QString PersonalData::erasedText()
{
    return QStringLiteral("erased");
}

} // namespace custos
