// The custos GUI: parse the command line, wire the objects, show the window. Nothing else lives here.
#include "core/auth/ProfileStore.h"
#include "core/keychain/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/audit/AuditorWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <cstdio>

#ifdef __linux__
#include <sys/prctl.h>
#endif

int main(int argc, char* argv[])
{
#ifdef __linux__
    // Tokens live in this process's memory: keep them out of core dumps and ptrace by other users.
    prctl(PR_SET_DUMPABLE, 0);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Custos"));
    QApplication::setApplicationName(QStringLiteral("custos"));
    QApplication::setApplicationDisplayName(QStringLiteral("Custos"));
    QApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.custos.Custos"));
    custos::installTranslations(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Custos: identity and access administration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Select the environment named <name>."),
                                           QStringLiteral("name"));
    const QCommandLineOption importOption(
        QStringLiteral("import-profile"),
        QApplication::translate("main", "Add or update the environment described in <file> (JSON), then select it."),
        QStringLiteral("file"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QApplication::translate("main", "Verify the ledger export <file> in auditor mode, without signing in."),
        QStringLiteral("file"));
    parser.addOption(profileOption);
    parser.addOption(importOption);
    parser.addOption(openOption);
    // Desktops pass the file opened from a file manager as an argument: Exec=custos %f.
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A ledger export to verify, as with --open."),
                                 QStringLiteral("[file]"));
    // process() exits with 1 on a bad argument; the documented code for that is 2.
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "custos: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    parser.process(app); // prints and exits for --help, --help-all and --version
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (!files.isEmpty() && parser.isSet(openOption))) {
        std::fprintf(stderr, "custos: %s\n",
                     qPrintable(QApplication::translate("main", "open one ledger export at a time")));
        return 2;
    }
    const QString exportPath = parser.isSet(openOption) ? parser.value(openOption) : files.value(0);

    // Auditor mode needs no server, profile or keychain: only the export and what this computer trusts.
    if (!exportPath.isEmpty()) {
        custos::AuditorWindow auditor;
        auditor.openExport(exportPath);
        auditor.show();
        return app.exec();
    }

    custos::ProfileStore profiles;
    QString selected = parser.value(profileOption);
    if (parser.isSet(importOption)) {
        const auto profile = custos::Profile::fromFile(parser.value(importOption));
        if (!profile.ok()) {
            std::fprintf(stderr, "custos: %s\n", qPrintable(profile.error().userMessage()));
            return 2;
        }
        if (custos::Status saved = profiles.save(profile.value()); !saved.ok()) {
            std::fprintf(stderr, "custos: %s\n", qPrintable(saved.error().userMessage()));
            return 2;
        }
        if (selected.isEmpty())
            selected = profile->name;
    }
    if (!selected.isEmpty() && !profiles.find(selected)) {
        std::fprintf(stderr, "custos: %s\n",
                     qPrintable(QApplication::translate("main", "no environment is named \"%1\"").arg(selected)));
        return 2;
    }

    custos::KeychainSecretStore secrets;
    custos::MainWindow window(&profiles, &secrets);
    if (!selected.isEmpty())
        window.selectProfile(selected);
    window.show();
    window.resumeSession();
    return app.exec();
}
