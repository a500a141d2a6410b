// The Debian package, built by CPack from this build tree and unpacked with `dpkg -x` into a scratch root (no root
// needed, nothing installed on the machine): its control fields, its layout, the desktop entry, AppStream
// metainfo and MIME type checked by their own validators, and both programs run from where they were installed.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral("org.custos.Custos");
const QString exportType = QStringLiteral("application/x-custos-ledger-export");
const QString version = QStringLiteral(CUSTOS_VERSION);

struct Ran
{
    int code = -1;
    QString out;
    QString err;
};

Ran run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Ran ran;
    if (!process.waitForStarted()) {
        ran.err = process.errorString();
        return ran;
    }
    process.write(input);
    process.closeWriteChannel();
    // cpack is the slow one: it builds nothing here, but strips, runs dpkg-shlibdeps and compresses.
    if (process.waitForFinished(180000) && process.exitStatus() == QProcess::NormalExit)
        ran.code = process.exitCode();
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

QString describe(const Ran& ran)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(ran.code).arg(ran.out, ran.err);
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void layout();
    void binariesAreStrippedAndUseTheSystemLibraries();
    void desktopEntry();
    void metainfo();
    void mimeTypeRecognisesExports();
    void ledgerToolRunsFromTheInstalledPath();
    void consoleRunsFromTheInstalledPath();

private:
    [[nodiscard]] QString installed(const QString& path) const { return m_root + u'/' + path; }

    QTemporaryDir m_scratch;
    QString m_deb;
    QString m_root;
};

void TestDebPackage::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_root = m_scratch.filePath(QStringLiteral("root"));
    // QMimeDatabase reads the MIME directories once, on first use: only the package's, and Qt's own database.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(installed(QStringLiteral("usr/share"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_scratch.filePath(QStringLiteral("no-user-data"))));

    const QString out = m_scratch.filePath(QStringLiteral("cpack"));
    const Ran cpack =
        run(QStringLiteral("cpack"), {QStringLiteral("--config"), QStringLiteral(CUSTOS_BUILD_DIR "/CPackConfig.cmake"),
                                      QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out});
    QVERIFY2(cpack.code == 0, qPrintable(describe(cpack)));
    const Ran arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QCOMPARE(arch.code, 0);
    m_deb = out + QStringLiteral("/custos_%1_%2.deb").arg(version, arch.out.trimmed());
    QVERIFY2(QFile::exists(m_deb), qPrintable(QDir(out).entryList(QDir::Files).join(u' ')));
    const Ran unpack = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.code == 0, qPrintable(describe(unpack)));
}

void TestDebPackage::controlFields()
{
    const Ran fields = run(QStringLiteral("dpkg-deb"),
                           {QStringLiteral("--show"),
                            QStringLiteral("--showformat=${Package}\\n${Version}\\n${Section}\\n${Maintainer}\\n"
                                           "${Depends}\\n${Recommends}\\n${Description}"),
                            m_deb});
    QVERIFY2(fields.code == 0, qPrintable(describe(fields)));
    const QStringList lines = fields.out.split(u'\n');
    QVERIFY(lines.size() > 7);
    QCOMPARE(lines.at(0), QStringLiteral("custos"));
    QCOMPARE(lines.at(1), version);
    QCOMPARE(lines.at(2), QStringLiteral("admin"));
    QVERIFY(QRegularExpression(QStringLiteral("^.+ <[^@ ]+@[^@ ]+>$")).match(lines.at(3)).hasMatch());
    // dpkg-shlibdeps turned every linked library into its Debian package with a minimum version (Ubuntu's t64
    // names included); the rest are what Custos loads or runs without linking it.
    const QString depends = lines.at(4);
    for (const QString& package :
         {QStringLiteral("libc6"), QStringLiteral("libqt6core6"), QStringLiteral("libqt6gui6"),
          QStringLiteral("libqt6widgets6"), QStringLiteral("libqt6network6"), QStringLiteral("libqt6keychain1"),
          QStringLiteral("libssl3"), QStringLiteral("libsqlite3-0")})
        QVERIFY2(
            QRegularExpression(QStringLiteral("(^|, )%1(t64)? \\(>= [^)]+\\)").arg(package)).match(depends).hasMatch(),
            qPrintable(package + QStringLiteral(" missing from Depends: ") + depends));
    for (const QString& package : {QStringLiteral("qt6-qpa-plugins"), QStringLiteral("xdg-utils")})
        QVERIFY2(depends.split(QStringLiteral(", ")).contains(package), qPrintable(depends));
    QVERIFY2(lines.at(5).contains(QStringLiteral("gnome-keyring")), qPrintable(lines.at(5)));
    QVERIFY(lines.at(6).startsWith(QStringLiteral("identity and access administration console")));
    for (qsizetype i = 7; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).size() < 80, qPrintable(lines.at(i)));
}

void TestDebPackage::layout()
{
    const QStringList expected{
        QStringLiteral("usr/bin/custos"),
        QStringLiteral("usr/bin/custos-ledger"),
        QStringLiteral("usr/share/applications/%1.desktop").arg(appId),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("usr/share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("usr/share/icons/hicolor/256x256/apps/%1.png").arg(appId),
    };
    for (const QString& path : expected)
        QVERIFY2(QFileInfo::exists(installed(path)), qPrintable(path));
    for (const QString& program : {QStringLiteral("usr/bin/custos"), QStringLiteral("usr/bin/custos-ledger")})
        QVERIFY(QFileInfo(installed(program)).isExecutable());
    // Debian's file system layout: nothing under /usr/local, /opt or /etc, no stray build files.
    QDirIterator files(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = QDir(m_root).relativeFilePath(files.next());
        QVERIFY2(path.startsWith(QStringLiteral("usr/bin/")) || path.startsWith(QStringLiteral("usr/share/")),
                 qPrintable(path));
    }
    QImageReader png(installed(expected.at(6)));
    QCOMPARE(png.format(), QByteArray("png"));
    QCOMPARE(png.size(), QSize(256, 256));
    QFile svg(installed(expected.at(5)));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader svgXml(&svg);
    QVERIFY(svgXml.readNextStartElement());
    QCOMPARE(svgXml.name(), QStringLiteral("svg"));
}

void TestDebPackage::binariesAreStrippedAndUseTheSystemLibraries()
{
    for (const QString& program : {QStringLiteral("usr/bin/custos"), QStringLiteral("usr/bin/custos-ledger")}) {
        const Ran file = run(QStringLiteral("file"), {QStringLiteral("-b"), installed(program)});
        QVERIFY2(file.code == 0 && file.out.contains(QStringLiteral("ELF")), qPrintable(describe(file)));
        QVERIFY2(!file.out.contains(QStringLiteral("not stripped")), qPrintable(file.out));
        // A run path into the build tree would make the test pass here and the package fail elsewhere.
        const Ran dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), installed(program)});
        QCOMPARE(dynamic.code, 0);
        QVERIFY2(!dynamic.out.contains(QStringLiteral("RPATH")) && !dynamic.out.contains(QStringLiteral("RUNPATH")),
                 qPrintable(dynamic.out));
    }
}

void TestDebPackage::desktopEntry()
{
    const QString path = installed(QStringLiteral("usr/share/applications/%1.desktop").arg(appId));
    const Ran validate = run(QStringLiteral("desktop-file-validate"), {path});
    QVERIFY2(validate.code == 0 && validate.out.isEmpty(), qPrintable(describe(validate)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> entry; // the [Desktop Entry] group's keys
    QString group;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            group = line;
        else if (group == u"[Desktop Entry]" && line.contains(u'='))
            entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    // Opening an export from a file manager runs `custos FILE`: auditor mode. Without a file the field code is
    // dropped and the console starts.
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("custos %f"));
    QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("custos"));
    const QString icon = entry.value(QStringLiteral("Icon"));
    QVERIFY(QFileInfo::exists(installed(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(icon))));
    QCOMPARE(entry.value(QStringLiteral("MimeType")), exportType + u';');
    QCOMPARE(entry.value(QStringLiteral("Categories")), QStringLiteral("System;Security;Qt;"));
}

void TestDebPackage::metainfo()
{
    // validate-tree checks the metainfo together with the desktop entry and the icon it names.
    const Ran validate =
        run(QStringLiteral("appstreamcli"), {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_root});
    QVERIFY2(validate.code == 0, qPrintable(describe(validate)));
    QFile file(installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QString release;
    QStringList mediaTypes;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id")
            id = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"mediatype")
            mediaTypes << xml.readElementText();
        else if (xml.name() == u"release" && release.isEmpty())
            release = xml.attributes().value(QStringLiteral("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    QCOMPARE(mediaTypes, QStringList{exportType});
    // The newest release listed is the version packaged: a version bump must add its release entry.
    QCOMPARE(release, version);
}

void TestDebPackage::mimeTypeRecognisesExports()
{
    const Ran update = run(QStringLiteral("update-mime-database"), {installed(QStringLiteral("usr/share/mime"))});
    QVERIFY2(update.code == 0 && update.err.isEmpty(), qPrintable(describe(update)));

    // An export made by the installed tool: recognised by its name, and by its first bytes under any name.
    const QString ledgerTool = installed(QStringLiteral("usr/bin/custos-ledger"));
    const QString database = m_scratch.filePath(QStringLiteral("ledger.db"));
    const QString keyFile = m_scratch.filePath(QStringLiteral("ledger.key"));
    QCOMPARE(run(ledgerTool, {QStringLiteral("init"), database, QStringLiteral("--key-file"), keyFile}).code, 0);
    const Ran append = run(ledgerTool, {QStringLiteral("append"), database, QStringLiteral("--key-file"), keyFile},
                           R"({"action":"package.installed"})"
                           "\n");
    QVERIFY2(append.code == 0 && append.out == QStringLiteral("1\n"), qPrintable(describe(append)));
    const QString named = m_scratch.filePath(QStringLiteral("evidence.custos-ledger"));
    const QString unnamed = m_scratch.filePath(QStringLiteral("evidence"));
    for (const QString& out : {named, unnamed})
        QCOMPARE(run(ledgerTool, {QStringLiteral("export"), database, out}).code, 0);
    const Ran verify = run(ledgerTool, {QStringLiteral("verify"), named});
    QVERIFY2(verify.code == 0 && verify.out.startsWith(QStringLiteral("1/1 records valid")),
             qPrintable(describe(verify)));

    const QMimeDatabase mime;
    QCOMPARE(mime.mimeTypeForFile(named, QMimeDatabase::MatchExtension).name(), exportType);
    QCOMPARE(mime.mimeTypeForFile(unnamed, QMimeDatabase::MatchContent).name(), exportType);
    QCOMPARE(mime.mimeTypeForFile(unnamed).name(), exportType);
    QVERIFY(mime.mimeTypeForName(exportType).inherits(QStringLiteral("text/plain")));
    // JSON Lines that is no export is not taken for one.
    const QString other = m_scratch.filePath(QStringLiteral("other"));
    QFile otherFile(other);
    QVERIFY(otherFile.open(QIODevice::WriteOnly));
    otherFile.write(R"({"custos-ledger-export":2,"filter":{}})"
                    "\n");
    otherFile.close();
    QVERIFY(mime.mimeTypeForFile(other).name() != exportType);
}

void TestDebPackage::ledgerToolRunsFromTheInstalledPath()
{
    const QString ledgerTool = installed(QStringLiteral("usr/bin/custos-ledger"));
    const Ran versionRun = run(ledgerTool, {QStringLiteral("--version")});
    QCOMPARE(versionRun.code, 0);
    QCOMPARE(versionRun.out, QStringLiteral("custos-ledger %1\n").arg(version));
    const Ran help = run(ledgerTool, {QStringLiteral("--help")});
    QVERIFY2(help.code == 0 && help.out.contains(QStringLiteral("Exit codes: 0 success, 1 verification failed, 2")),
             qPrintable(describe(help)));
    for (const QString& command :
         {QStringLiteral("init"), QStringLiteral("append"), QStringLiteral("export"), QStringLiteral("verify"),
          QStringLiteral("checkpoint"), QStringLiteral("pubkey"), QStringLiteral("records"), QStringLiteral("prove")}) {
        const Ran commandHelp = run(ledgerTool, {command, QStringLiteral("--help")});
        QVERIFY2(commandHelp.code == 0 &&
                     commandHelp.out.startsWith(QStringLiteral("Usage: %1 %2").arg(ledgerTool, command)),
                 qPrintable(command + u'\n' + describe(commandHelp)));
        // Missing arguments are a usage error: exit 2, one line on standard error.
        const Ran bare = run(ledgerTool, {command});
        QVERIFY2(bare.code == 2 && bare.out.isEmpty() && bare.err.startsWith(QStringLiteral("custos-ledger: ")),
                 qPrintable(command + u'\n' + describe(bare)));
    }
    QCOMPARE(run(ledgerTool, {QStringLiteral("no-such-command")}).code, 2);
    const Ran exportHelp = run(ledgerTool, {QStringLiteral("export"), QStringLiteral("--help")});
    QVERIFY(exportHelp.out.contains(QStringLiteral(".custos-ledger")));
}

void TestDebPackage::consoleRunsFromTheInstalledPath()
{
    const QString console = installed(QStringLiteral("usr/bin/custos"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Ran help = run(console, {QStringLiteral("--help")}, {}, environment);
    QVERIFY2(help.code == 0, qPrintable(describe(help)));
    for (const QString& option :
         {QStringLiteral("--profile <name>"), QStringLiteral("--import-profile <file>"),
          QStringLiteral("--open <file>"), QStringLiteral("--version"), QStringLiteral("[file]")})
        QVERIFY2(help.out.contains(option), qPrintable(option + u'\n' + help.out));
    const Ran versionRun = run(console, {QStringLiteral("--version")}, {}, environment);
    QCOMPARE(versionRun.code, 0);
    QCOMPARE(versionRun.out, QStringLiteral("custos %1\n").arg(version));
    // Bad arguments exit 2, as the README documents, before any window or keychain is touched.
    const Ran unknown = run(console, {QStringLiteral("--no-such-option")}, {}, environment);
    QVERIFY2(unknown.code == 2 && unknown.err.contains(QStringLiteral("no-such-option")),
             qPrintable(describe(unknown)));
    const Ran twoFiles =
        run(console, {QStringLiteral("a.custos-ledger"), QStringLiteral("b.custos-ledger")}, {}, environment);
    QVERIFY2(twoFiles.code == 2, qPrintable(describe(twoFiles)));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "test_deb_package.moc"
