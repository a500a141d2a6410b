#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace custos {

namespace {

// Marks the translators installed here, so that a later call (a test switching languages) finds and replaces them.
const QString installedName = QStringLiteral("custosInstalledTranslator");

} // namespace

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    for (QTranslator* previous : app.findChildren<QTranslator*>(installedName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }

    auto* custos = new QTranslator(&app);
    custos->setObjectName(installedName);
    // load() tries each of the locale's UI languages (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), "fr_FR" then "fr".
    if (!custos->load(locale, QStringLiteral("custos"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !custos->load(QStringLiteral(":/i18n/custos_en.qm")))
        qWarning("custos: the English catalogue is missing from the resources");
    QCoreApplication::installTranslator(custos);

    auto* qt = new QTranslator(&app);
    qt->setObjectName(installedName);
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // this system has no Qt catalogue for the language (Debian: qt6-translations-l10n)
    return custos->language();
}

} // namespace custos
