// custos-ledger: create, append to, export and verify a signed audit ledger.
// Exit codes: 0 success (verify: all valid), 1 verification found a problem, 2 usage or I/O error.
#include "core/common/Error.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerKeyFile.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/NoteVerifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

#include <openssl/crypto.h>

#include <cstdio>
#include <limits>
#include <optional>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace custos;

namespace {

constexpr int exitOk = 0;
constexpr int exitInvalid = 1;
constexpr int exitUsage = 2;
constexpr char passphraseVariable[] = "CUSTOS_LEDGER_PASSPHRASE";
// Events per append transaction: each commit waits for the disk (synchronous=FULL), so larger batches append
// faster; a crash loses at most the batch in flight, which was never acknowledged.
constexpr qsizetype defaultBatchSize = 10000;

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

int fail(const QString& message, int code = exitUsage)
{
    const QByteArray line = QByteArray("custos-ledger: ") + message.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    return code;
}

int fail(const Error& error) { return fail(error.userMessage()); }

// Parses a subcommand's options; prints help or a usage error itself. Returns an exit code when done.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, int minPositional,
                                  int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        // QCommandLineParser names only the program in its usage line; name the command too.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst();
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: ") + arguments.constFirst());
        writeOut(text.toUtf8());
        return exitOk;
    }
    const auto count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional)
        return fail(QStringLiteral("wrong number of arguments (see --help)"));
    return std::nullopt;
}

Result<LedgerKeys> keysFromKeychain(const QString& origin, const QString& ledgerId)
{
    KeychainSecretStore store;
    QEventLoop loop;
    std::optional<Result<LedgerKeys>> result;
    LedgerKeys::loadFromSecretStore(store, origin, ledgerId, &loop, [&](const Result<LedgerKeys>& keys) {
        result = keys;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Status keysToKeychain(const LedgerKeys& keys, const QString& origin, const QString& ledgerId)
{
    KeychainSecretStore store;
    QEventLoop loop;
    std::optional<Status> result;
    keys.saveToSecretStore(store, origin, ledgerId, &loop, [&](const Status& status) {
        result = status;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void wipe(QByteArray& secret)
{
    OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

// A passphrase-protected key file's passphrase: from CUSTOS_LEDGER_PASSPHRASE, or typed on the terminal without
// echo (never read from standard input, which carries the events to append).
Result<QByteArray> readPassphrase(const char* prompt)
{
    if (qEnvironmentVariableIsSet(passphraseVariable))
        return qgetenv(passphraseVariable);
    const Error none{Error::Kind::Invalid, QStringLiteral("No passphrase for the key file"),
                     QStringLiteral("there is no terminal to ask on"),
                     QStringLiteral("Set %1, or run the command on a terminal").arg(QLatin1String(passphraseVariable)),
                     0};
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (tty < 0)
        return none;
    termios saved = {};
    const bool quiet = ::tcgetattr(tty, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &noEcho);
    }
    [[maybe_unused]] ssize_t shown = ::write(tty, prompt, qstrlen(prompt));
    QByteArray passphrase;
    char c = 0;
    bool complete = false;
    while (::read(tty, &c, 1) == 1) {
        if (c == '\n') {
            complete = true;
            break;
        }
        if (c != '\r' && passphrase.size() < 4096)
            passphrase += c;
    }
    if (quiet)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    shown = ::write(tty, "\n", 1);
    ::close(tty);
    if (!complete) {
        wipe(passphrase);
        return none;
    }
    return passphrase;
}

// A key file's keys: a passphrase-protected one (LedgerKeyFile) or the plain one of `init --key-file` alone.
Result<LedgerKeys> keysFromFile(const QString& path)
{
    if (!LedgerKeyFile::isProtected(path))
        return LedgerKeys::loadKeyFile(path);
    auto passphrase = readPassphrase("Passphrase of the ledger key file: ");
    if (!passphrase)
        return passphrase.error();
    QByteArray secret = passphrase.value();
    auto keys = LedgerKeyFile::read(path, secret);
    wipe(secret);
    return keys;
}

// The ledger's keys from --key-file or the keychain, checked against the public key the ledger records.
Result<LedgerKeys> loadKeys(const LedgerStore& store, const QString& keyFile)
{
    if (keyFile.isEmpty() && store.meta().keyStorage == u"key-file")
        return Error{Error::Kind::Invalid, QStringLiteral("This ledger keeps its keys in a key file"), {},
                     QStringLiteral("Pass --key-file FILE"), 0};
    auto keys = keyFile.isEmpty() ? keysFromKeychain(store.meta().origin, store.meta().ledgerId)
                                  : keysFromFile(keyFile);
    if (!keys)
        return keys.error();
    if (keys->signingKey().publicKey() != store.meta().publicKey)
        return Error{Error::Kind::Integrity, QStringLiteral("The key does not belong to this ledger"),
                     QStringLiteral("its public key differs from the one the ledger was created with"), {}, 0};
    return keys;
}

QByteArray readKeyFileBytes(const QString& path, QString& problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("could not read %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray key = file.readAll();
    while (key.endsWith('\n') || key.endsWith('\r'))
        key.chop(1);
    if (key.isEmpty())
        problem = QStringLiteral("%1 is empty").arg(path);
    return key;
}

int cmdInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create a new, empty ledger database and its keys."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database to create."));
    const QCommandLineOption origin(QStringLiteral("origin"),
                                    QStringLiteral("Checkpoint origin and key name (default: custos.local/ledger)."),
                                    QStringLiteral("NAME"), QStringLiteral("custos.local/ledger"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("Keep the keys in FILE (created with mode 0600) instead of the "
                                                    "system keychain."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase"),
                                        QStringLiteral("Encrypt the key file with a passphrase (PKCS#8, scrypt; at "
                                                       "least %1 characters), taken from %2 or asked twice on the "
                                                       "terminal. The other commands then ask for it the same way.")
                                            .arg(LedgerKeyFile::minPassphraseLength)
                                            .arg(QLatin1String(passphraseVariable)));
    const QCommandLineOption formatVersion(
        QStringLiteral("format-version"),
        QStringLiteral("Ledger format: 2 (default) keeps personal data as salted commitments in the records, their "
                       "openings beside them, so exports can leave them out and `erase` can delete them; 1 keeps "
                       "every value in clear, as ledgers before it did."),
        QStringLiteral("N"), QString::number(LedgerStore::latestFormatVersion));
    parser.addOptions({origin, keyFile, passphrase, formatVersion});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    bool versionOk = false;
    const int version = parser.value(formatVersion).toInt(&versionOk);
    if (!versionOk || version < 1 || version > LedgerStore::latestFormatVersion)
        return fail(QStringLiteral("--format-version is 1 or %1").arg(LedgerStore::latestFormatVersion));
    if (parser.isSet(passphrase) && !parser.isSet(keyFile))
        return fail(QStringLiteral("--passphrase protects a key file: pass --key-file FILE too"));
    const QString path = parser.positionalArguments().at(0);
    const QString originName = parser.value(origin);
    if (!Checkpoint::isValidOrigin(originName))
        return fail(QStringLiteral("the origin must be a non-empty name without spaces or '+'"));
    if (QFile::exists(path))
        return fail(QStringLiteral("%1 already exists").arg(path));
    auto keys = LedgerKeys::generate();
    if (!keys)
        return fail(keys.error());
    LedgerStore::Meta meta;
    meta.origin = originName;
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.keyStorage = parser.isSet(keyFile) ? QStringLiteral("key-file") : QStringLiteral("keychain");
    meta.formatVersion = version;
    Status saved = success();
    if (parser.isSet(passphrase)) {
        if (QFile::exists(parser.value(keyFile)))
            return fail(QStringLiteral("%1 already exists").arg(parser.value(keyFile)));
        auto typed = readPassphrase("New passphrase for the ledger key file: ");
        if (!typed)
            return fail(typed.error());
        QByteArray secret = typed.value();
        if (const QString problem = LedgerKeyFile::passphraseProblem(QString::fromUtf8(secret)); !problem.isEmpty()) {
            wipe(secret);
            return fail(problem);
        }
        if (!qEnvironmentVariableIsSet(passphraseVariable)) {
            auto again = readPassphrase("The same passphrase again: ");
            QByteArray repeated = again ? again.value() : QByteArray();
            const bool same = repeated == secret;
            wipe(repeated);
            if (!same) {
                wipe(secret);
                return fail(QStringLiteral("the two passphrases differ; nothing was created"));
            }
        }
        saved = LedgerKeyFile::write(parser.value(keyFile), keys.value(), secret);
        wipe(secret);
    } else {
        saved = parser.isSet(keyFile) ? keys->saveKeyFile(parser.value(keyFile))
                                      : keysToKeychain(keys.value(), meta.origin, meta.ledgerId);
    }
    if (!saved)
        return fail(saved.error());
    auto store = LedgerStore::create(path, meta);
    if (!store)
        return fail(store.error());
    writeOut(NoteVerifier(meta.origin, meta.publicKey).toString().toUtf8() + '\n');
    return exitOk;
}

int cmdAppend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Append events (JSON objects, one per line on standard input) and sign a new checkpoint. "
                       "Prints the number of records appended. seq, prev and (unless given) time are filled in; "
                       "an event whose source and source_id are already recorded is skipped. The whole input is "
                       "checked before anything is appended; it is then committed in batches, each with its "
                       "checkpoint. A ledger that is not what Custos wrote (wrong keys, records that do not match "
                       "the signed checkpoint or their HMACs, records without a checkpoint) is not extended: exit 1."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database."));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("The ledger's key file (its passphrase, if it has one, from %1 or "
                                                    "the terminal).")
                                         .arg(QLatin1String(passphraseVariable)),
                                     QStringLiteral("FILE"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       QStringLiteral("Events per transaction (default %1).").arg(defaultBatchSize),
                                       QStringLiteral("N"), QString::number(defaultBatchSize));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      QStringLiteral("After each committed batch print \"committed N\" on standard "
                                                     "error: the N records appended so far are durable."));
    parser.addOptions({keyFile, batchSize, progress});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    bool batchOk = false;
    const qsizetype batch = parser.value(batchSize).toLongLong(&batchOk);
    if (!batchOk || batch < 1)
        return fail(QStringLiteral("--batch-size takes a positive number"));
    auto store = LedgerStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    // The lines are kept as read and parsed again batch by batch: Qt JSON objects for a large input would take
    // several times its size.
    QByteArrayList lines;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("could not read standard input"));
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        QByteArray line = input.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        auto value = Jcs::parse(line);
        if (!value || !value->isObject())
            return fail(QStringLiteral("line %1 of the input is not a JSON object; nothing was appended")
                            .arg(lineNumber));
        auto record = LedgerRecord::fromEntry(value->toObject());
        if (!record)
            return fail(QStringLiteral("line %1: %2; nothing was appended").arg(lineNumber).arg(record.error().why));
        lines.append(std::move(line));
    }
    if (lines.isEmpty()) {
        writeOut("0\n");
        return exitOk;
    }
    auto keys = loadKeys(**store, parser.value(keyFile));
    if (!keys)
        return fail(keys.error().userMessage(), keys.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    // Nothing is appended to, or signed over, a ledger that is not what Custos wrote.
    if (auto checked = (*store)->checkBeforeAppend(keys->hmacKey(), keys->signingKey().publicKey()); !checked)
        return fail(checked.error().userMessage(),
                    checked.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    qint64 appended = 0;
    qint64 duplicates = 0;
    QList<QJsonObject> entries;
    for (qsizetype start = 0; start < lines.size(); start += batch) {
        const qsizetype end = std::min(lines.size(), start + batch);
        entries.clear();
        for (qsizetype i = start; i < end; ++i)
            entries.append(Jcs::parse(lines.at(i))->toObject()); // checked above
        // Each batch commits with its checkpoint: an append killed after a batch leaves signed records behind.
        auto outcome = (*store)->append(entries, keys->hmacKey(), &keys->signingKey(), QDateTime::currentDateTimeUtc());
        if (!outcome)
            return fail(outcome.error());
        appended += outcome->appended;
        duplicates += outcome->duplicates;
        if (parser.isSet(progress)) {
            const QByteArray line = "committed " + QByteArray::number(appended) + '\n';
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
            std::fflush(stderr);
        }
    }
    if (duplicates > 0)
        fail(QStringLiteral("skipped %1 events already recorded").arg(duplicates), exitOk);
    writeOut(QByteArray::number(appended) + '\n');
    return exitOk;
}

int cmdExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export the records the latest checkpoint covers, with the signed checkpoint and the verifier "
                       "key. With --filter every record is still written, but only the matching ones carry their "
                       "personal data (the openings of their commitments, format 2 ledgers); the others carry the "
                       "commitments only. `verify` then proves that no record is missing and every matching one is "
                       "disclosed. With --proofs-only only the matching records are written, each with its "
                       "inclusion proof: smaller, but nothing proves that none was left out."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QStringLiteral("The export file to write. Name it NAME.custos-ledger: desktops "
                                                "open that with Custos, which verifies it."));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Keep records whose FIELD (action, actor, outcome, source, tenant, "
                                                   "target) equals VALUE. Repeat to combine."),
                                    QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("custos (default) or jsonl-hmac (one object per line with an HMAC "
                                                   "\"signature\" field)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("custos"));
    const QCommandLineOption hmacKeyFile(QStringLiteral("hmac-key-file"),
                                         QStringLiteral("The HMAC key for --format jsonl-hmac (the file's bytes, "
                                                        "without a trailing newline)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption proofsOnly(QStringLiteral("proofs-only"),
                                        QStringLiteral("With --filter: write only the matching records, each with "
                                                       "its inclusion proof (a selective export)."));
    parser.addOptions({filter, format, hmacKeyFile, proofsOnly});
    if (auto done = parseArguments(parser, arguments, 2, 2))
        return *done;
    if (parser.isSet(proofsOnly) && !parser.isSet(filter))
        return fail(QStringLiteral("--proofs-only needs --filter FIELD=VALUE"));
    LedgerExport::Filter filters;
    for (const QString& item : parser.values(filter)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0 || !LedgerRecord::isFilterField(item.left(equals)))
            return fail(QStringLiteral("--filter wants FIELD=VALUE with FIELD one of action, actor, outcome, source, "
                                       "tenant, target"));
        filters.append({item.left(equals), item.mid(equals + 1)});
    }
    auto store = LedgerStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    const QString out = parser.positionalArguments().at(1);
    if (parser.value(format) == u"jsonl-hmac") {
        if (!parser.isSet(hmacKeyFile))
            return fail(QStringLiteral("--format jsonl-hmac needs --hmac-key-file FILE"));
        QString problem;
        QByteArray key = readKeyFileBytes(parser.value(hmacKeyFile), problem);
        if (!problem.isEmpty())
            return fail(problem);
        const Status written = LedgerExport::writeHmacJsonl(**store, out, filters, key);
        OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
        return written ? exitOk : fail(written.error());
    }
    if (parser.value(format) != u"custos")
        return fail(QStringLiteral("--format is custos or jsonl-hmac"));
    const Status written = LedgerExport::writeExport(**store, out, filters,
                                                     parser.isSet(proofsOnly) ? LedgerExport::Form::ProofsOnly
                                                                              : LedgerExport::Form::Complete);
    return written ? exitOk : fail(written.error());
}

int cmdErase(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Erase a person's personal data from a format 2 ledger, for good: the openings of their "
                       "fields (in the records they acted in or were the target of, and wherever else their id, "
                       "username or e-mail address appears) are deleted with SQLite's secure_delete, then the file "
                       "is vacuumed. A PERSONAL_DATA_ERASED record (the subject as a commitment, the number of "
                       "fields erased, the reason) is appended with a new checkpoint. The records themselves do not "
                       "change: the ledger verifies as before, and exports show the erased fields as \"erased\". "
                       "Prints the number of fields erased."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database."));
    const QCommandLineOption subject(QStringLiteral("subject"),
                                     QStringLiteral("The person: their Keycloak user id or their username."),
                                     QStringLiteral("ID|USERNAME"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why (a request's reference, say); kept in the record."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("The ledger's key file (its passphrase, if it has one, from %1 or "
                                                    "the terminal).")
                                         .arg(QLatin1String(passphraseVariable)),
                                     QStringLiteral("FILE"));
    parser.addOptions({subject, reason, keyFile});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    if (parser.value(subject).trimmed().isEmpty() || parser.value(reason).trimmed().isEmpty())
        return fail(QStringLiteral("erase needs --subject ID|USERNAME and --reason TEXT"));
    auto store = LedgerStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    auto keys = loadKeys(**store, parser.value(keyFile));
    if (!keys)
        return fail(keys.error().userMessage(), keys.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    // The operating system account that ran the command is the record's actor: the CLI has no other sign-in.
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    auto erased = (*store)->erase(parser.value(subject), parser.value(reason), QString(), account, keys->hmacKey(),
                                  keys->signingKey(), QDateTime::currentDateTimeUtc());
    if (!erased)
        return fail(erased.error().userMessage(),
                    erased.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    writeOut(QByteArray::number(erased->fieldsErased) + '\n');
    return exitOk;
}

// What a jsonl-hmac verification says about the records' order and completeness, the same in text and JSON.
QString hmacOrderVerdict(const LedgerExport::HmacJsonlReport& report)
{
    if (report.total == 0)
        return QStringLiteral("not checkable (the file holds no record)");
    if (!report.sequenced)
        return QStringLiteral("not checkable (records carry no sequence)");
    if (report.orderBadLine > 0) {
        const QString seq = report.orderBadSeq >= 0 ? QStringLiteral(" (seq %1)").arg(report.orderBadSeq) : QString();
        return QStringLiteral("FAILED at line %1%2: %3").arg(report.orderBadLine).arg(seq, report.orderProblem);
    }
    return QStringLiteral("seq %1 to %2, contiguous and in order (lines cut off after the last cannot be detected)")
        .arg(report.firstSeq)
        .arg(report.lastSeq);
}

QString hmacReportText(const LedgerExport::HmacJsonlReport& report)
{
    if (report.total == 0)
        return QStringLiteral("no record in the file: nothing is proven\n");
    QString text = QStringLiteral("%1/%2 events with valid signatures\n").arg(report.valid).arg(report.total);
    if (report.firstBadLine > 0)
        text += QStringLiteral("first bad event on line %1\n").arg(report.firstBadLine);
    return text + QStringLiteral("order and completeness: %1\n").arg(hmacOrderVerdict(report));
}

QJsonObject hmacReportJson(const LedgerExport::HmacJsonlReport& report)
{
    const auto orNull = [](qint64 value) { return value >= 0 ? QJsonValue(value) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("events_total"), report.total},
        {QStringLiteral("events_valid"), report.valid},
        {QStringLiteral("first_bad_line"), orNull(report.firstBadLine)},
        {QStringLiteral("sequenced"), report.sequenced},
        {QStringLiteral("order_and_completeness"), hmacOrderVerdict(report)},
        {QStringLiteral("order_bad_line"), orNull(report.orderBadLine)},
        {QStringLiteral("order_bad_seq"), orNull(report.orderBadSeq)},
    };
}

int cmdVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Verify a ledger database or export. Exit 0: all valid; 1: a problem was found (the first "
                       "bad record's seq and the kind are printed); 2: usage or I/O error."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A ledger database or export file."));
    const QCommandLineOption trustedKey(QStringLiteral("trusted-key"),
                                        QStringLiteral("The verifier key (name+hash+key) the checkpoint must be signed "
                                                       "with."),
                                        QStringLiteral("VKEY"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("An earlier signed checkpoint the ledger must be consistent with."),
                                   QStringLiteral("CHECKPOINT_FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("Also check the database's record HMACs with this key file (its "
                                                    "passphrase, if it has one, from %1 or the terminal).")
                                         .arg(QLatin1String(passphraseVariable)),
                                     QStringLiteral("FILE"));
    const QCommandLineOption keychain(QStringLiteral("keychain"),
                                      QStringLiteral("Also check the database's record HMACs with the key in the "
                                                     "system keychain."));
    const QCommandLineOption hmacKeyFile(QStringLiteral("hmac-key-file"),
                                         QStringLiteral("Verify a jsonl-hmac export with this HMAC key."),
                                         QStringLiteral("FILE"));
    parser.addOptions({trustedKey, since, json, keyFile, keychain, hmacKeyFile});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    const QString path = parser.positionalArguments().at(0);

    if (parser.isSet(hmacKeyFile)) {
        QString problem;
        QByteArray key = readKeyFileBytes(parser.value(hmacKeyFile), problem);
        if (!problem.isEmpty())
            return fail(problem);
        auto report = LedgerExport::verifyHmacJsonl(path, key);
        OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
        if (!report)
            return fail(report.error());
        writeOut(parser.isSet(json) ? QJsonDocument(hmacReportJson(*report)).toJson(QJsonDocument::Compact) + '\n'
                                    : hmacReportText(*report).toUtf8());
        return report->ok() ? exitOk : exitInvalid;
    }

    LedgerVerifier::Options options;
    if (parser.isSet(trustedKey)) {
        options.trustedKey = parser.value(trustedKey);
        if (auto key = NoteVerifier::parse(options.trustedKey); !key)
            return fail(key.error());
    }
    if (parser.isSet(since)) {
        QFile file(parser.value(since));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("could not read %1: %2").arg(parser.value(since), file.errorString()));
        options.sinceNote = file.readAll();
    }
    if (!QFile::exists(path))
        return fail(QStringLiteral("%1 does not exist").arg(path));
    auto printReport = [&](const VerificationReport& report) {
        writeOut(parser.isSet(json) ? QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) + '\n'
                                    : report.toText().toUtf8());
        return report.ok() ? exitOk : exitInvalid;
    };
    if (LedgerVerifier::isDatabase(path)) {
        if (parser.isSet(keyFile) || parser.isSet(keychain)) {
            auto store = LedgerStore::openReadOnly(path);
            if (!store)
                return fail(store.error());
            auto keys = loadKeys(**store, parser.value(keyFile));
            if (!keys)
                return fail(keys.error());
            options.hmacKey = keys->hmacKey();
        }
        auto report = LedgerVerifier::verifyDatabase(path, options);
        if (!report)
            return fail(report.error());
        return printReport(report.value());
    }
    auto report = LedgerVerifier::verifyExport(path, options);
    if (!report) {
        // A file that is no export at all is a usage error; a damaged export is an integrity finding.
        if (report.error().kind != Error::Kind::Integrity)
            return fail(report.error());
        VerificationReport malformed;
        malformed.kind = VerificationReport::Kind::Malformed;
        malformed.detail = report.error().why;
        return printReport(malformed);
    }
    return printReport(report.value());
}

// checkpoint, pubkey, records and prove read a database or an export the same way.
int cmdRead(const QString& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption index(QStringLiteral("index"), QStringLiteral("Inclusion proof for record I."),
                                   QStringLiteral("I"));
    const QCommandLineOption fromSize(QStringLiteral("from-size"),
                                      QStringLiteral("Consistency proof from the tree of N records."),
                                      QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Prove against the tree of this many records (default: the latest "
                                                 "checkpoint's size)."),
                                  QStringLiteral("SIZE"));
    if (command == u"checkpoint")
        parser.setApplicationDescription(QStringLiteral("Print the latest signed checkpoint note, byte for byte."));
    else if (command == u"pubkey")
        parser.setApplicationDescription(QStringLiteral("Print the verifier key: name+hash+base64(0x01 || key)."));
    else if (command == u"records")
        parser.setApplicationDescription(QStringLiteral("Print each record's exact bytes (the Merkle leaf), one per "
                                                        "line, in seq order."));
    else {
        parser.setApplicationDescription(QStringLiteral("Print an RFC 6962 inclusion (--index) or consistency "
                                                        "(--from-size) proof, one lowercase hex hash per line."));
        parser.addOptions({index, fromSize, size});
    }
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A ledger database or export file."));
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    const QString path = parser.positionalArguments().at(0);
    if (!QFile::exists(path))
        return fail(QStringLiteral("%1 does not exist").arg(path));
    auto evidence = LedgerVerifier::load(path);
    if (!evidence)
        return fail(evidence.error());
    if (command == u"checkpoint") {
        if (evidence->latestNote.isEmpty())
            return fail(QStringLiteral("the ledger has no checkpoint yet"));
        writeOut(evidence->latestNote);
        return exitOk;
    }
    if (command == u"pubkey") {
        writeOut(evidence->verifierKey.toUtf8() + '\n');
        return exitOk;
    }
    if (command == u"records") {
        QByteArray out;
        for (const QByteArray& record : std::as_const(evidence->records))
            out += record + '\n';
        writeOut(out);
        return exitOk;
    }
    if (evidence->filtered)
        return fail(QStringLiteral("proofs need the database or an unfiltered export"));
    if (parser.isSet(index) == parser.isSet(fromSize))
        return fail(QStringLiteral("prove needs exactly one of --index and --from-size"));
    std::vector<QByteArray> leaves;
    leaves.reserve(static_cast<size_t>(evidence->records.size()));
    for (const QByteArray& record : std::as_const(evidence->records))
        leaves.push_back(MerkleTree::leafHashOf(record));
    const MerkleTree tree(std::move(leaves));
    qint64 treeSize = tree.size();
    bool ok = true;
    if (parser.isSet(size)) {
        treeSize = parser.value(size).toLongLong(&ok);
    } else if (!evidence->latestNote.isEmpty()) {
        const QByteArray& note = evidence->latestNote;
        auto checkpoint = Checkpoint::parse(note.left(note.indexOf("\n\n") + 1));
        if (checkpoint)
            treeSize = checkpoint->size();
    }
    if (!ok || treeSize < 0 || treeSize > tree.size())
        return fail(QStringLiteral("--size must be between 0 and %1").arg(tree.size()));
    const qint64 value = parser.value(parser.isSet(index) ? index : fromSize).toLongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--index and --from-size take a number"));
    auto proof = parser.isSet(index) ? tree.inclusionProof(value, treeSize) : tree.consistencyProof(value, treeSize);
    if (!proof)
        return fail(proof.error());
    QByteArray out;
    for (const QByteArray& hash : proof.value())
        out += hash.toHex() + '\n';
    writeOut(out);
    return exitOk;
}

QString usage()
{
    return QStringLiteral(
        "Usage: custos-ledger COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  init DB [--origin NAME] [--key-file FILE [--passphrase]] [--format-version 1|2]\n"
        "                                              create a ledger and its keys\n"
        "  append DB [--key-file FILE] [--progress]    append JSON events from standard input, sign a checkpoint\n"
        "  export DB OUT [--filter FIELD=VALUE ... [--proofs-only]]\n"
        "                                              write an export file: every record, the matching ones\n"
        "                                              disclosed (--proofs-only: only those, with inclusion\n"
        "                                              proofs; --format jsonl-hmac for seed format)\n"
        "  erase DB --subject ID|USERNAME --reason TEXT [--key-file FILE]\n"
        "                                              erase a person's personal data, print the fields erased\n"
        "  verify PATH [--trusted-key VKEY] [--since CHECKPOINT_FILE] [--json]\n"
        "                                              verify a database or export (exit 0 valid, 1 invalid)\n"
        "  checkpoint PATH                             print the latest signed checkpoint note\n"
        "  pubkey PATH                                 print the verifier key\n"
        "  records PATH                                print the records' bytes, one per line\n"
        "  prove PATH --index I | --from-size N        print an inclusion or consistency proof\n"
        "\n"
        "\n"
        "A key file made with --passphrase asks for its passphrase on the terminal, or takes it from\n"
        "CUSTOS_LEDGER_PASSPHRASE. A wrong passphrase is an error (exit 2).\n"
        "Every command takes --help. Exit codes: 0 success, 1 verification failed, 2 usage or I/O error.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custos-ledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));
    // Errors are reported as one line on stderr; library logging only with QT_LOGGING_RULES, which overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("custos.*=false"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return fail(QStringLiteral("missing command (see --help)"));
    const QString command = arguments.at(1);
    if (command == u"--version" || command == u"-v") {
        writeOut(QByteArray("custos-ledger " CUSTOS_VERSION "\n"));
        return exitOk;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        writeOut(usage().toUtf8());
        return exitOk;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + u' ' + command);
    if (command == u"init")
        return cmdInit(rest);
    if (command == u"append")
        return cmdAppend(rest);
    if (command == u"export")
        return cmdExport(rest);
    if (command == u"verify")
        return cmdVerify(rest);
    if (command == u"erase")
        return cmdErase(rest);
    if (command == u"checkpoint" || command == u"pubkey" || command == u"records" || command == u"prove")
        return cmdRead(command, rest);
    return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
}
