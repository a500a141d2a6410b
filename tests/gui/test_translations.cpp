// The French catalogue covers the main window, its workspace pages and auditor mode; the language follows the
// locale. No server: the window is built as at start-up, and the workspace is shown without a session.
#include "core/auth/ProfileStore.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerStore.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/audit/AuditorWindow.h"
#include "ui/widgets/WorkspacePage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChartView>

using namespace custos;

namespace {

// A string shown to people, and where: "QLabel mainWindow/…/profileDetails: text".
struct Shown
{
    QString text;
    QString where;
};

QString pathOf(const QObject* object)
{
    QStringList parts;
    for (const QObject* o = object; o; o = o->parent())
        parts.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return parts.join(u'/');
}

// Everything a person can read on `window`: texts, titles, placeholders, tool tips, accessible names, menus and
// actions, tab texts, item models' headers and rows, charts.
QList<Shown> shownStrings(QWidget* window)
{
    QList<Shown> shown;
    const auto add = [&shown](const QString& text, const QObject* object, const char* what) {
        if (!text.trimmed().isEmpty())
            shown.append({text, QStringLiteral("%1 %2: %3")
                                    .arg(QString::fromLatin1(object->metaObject()->className()), pathOf(object),
                                         QString::fromLatin1(what))});
    };
    const auto addModel = [&add](const QAbstractItemModel* model, const QObject* view) {
        for (int column = 0; column < model->columnCount(); ++column) {
            add(model->headerData(column, Qt::Horizontal).toString(), view, "header");
            add(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), view, "header tool tip");
        }
        // Without a server the models hold only the console's own rows (navigation, filter choices).
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                add(index.data().toString(), view, "item");
                add(index.data(Qt::ToolTipRole).toString(), view, "item tool tip");
            }
        }
    };

    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : std::as_const(widgets)) {
        // A tab bar's own buttons ("Scroll Left") are Qt's: its catalogue, qtbase_fr.qm, translates them.
        if (qobject_cast<QTabBar*>(widget->parentWidget()))
            continue;
        if (widget->isWindow() || qobject_cast<QMenu*>(widget))
            add(widget->windowTitle(), widget, "window title");
        add(widget->toolTip(), widget, "tool tip");
        add(widget->statusTip(), widget, "status tip");
        add(widget->whatsThis(), widget, "what's this");
        add(widget->accessibleName(), widget, "accessible name");
        add(widget->accessibleDescription(), widget, "accessible description");
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text(), widget, "text");
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text(), widget, "text");
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title(), widget, "title");
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(edit->placeholderText(), widget, "placeholder");
        if (auto* edit = qobject_cast<QTextEdit*>(widget)) {
            add(edit->placeholderText(), widget, "placeholder");
            if (edit->isReadOnly())
                add(edit->toPlainText(), widget, "text");
        }
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            add(edit->placeholderText(), widget, "placeholder");
        if (auto* box = qobject_cast<QComboBox*>(widget)) {
            add(box->placeholderText(), widget, "placeholder");
            // An item showing its own value ("SUCCESS", "keycloak-admin") offers the value as records hold it.
            for (int i = 0; i < box->count(); ++i)
                add(box->itemText(i) == box->itemData(i).toString() ? QString() : box->itemText(i), widget, "item");
        }
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i), widget, "tab");
                add(tabs->tabToolTip(i), widget, "tab tool tip");
            }
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
            addModel(view->model(), widget);
        if (auto* chart = qobject_cast<QChartView*>(widget); chart && chart->chart()) {
            add(chart->chart()->title(), widget, "chart title");
            for (const QAbstractSeries* series : chart->chart()->series())
                add(series->name(), widget, "series");
            for (const QAbstractAxis* axis : chart->chart()->axes())
                add(axis->titleText(), widget, "axis title");
        }
        if (auto* menu = qobject_cast<QMenu*>(widget))
            add(menu->title(), widget, "menu title");
        if (auto* bar = qobject_cast<QStatusBar*>(widget))
            add(bar->currentMessage(), widget, "message");
        for (const QAction* action : widget->actions()) {
            add(action->text(), action, "action text");
            add(action->toolTip(), action, "action tool tip");
            add(action->statusTip(), action, "action status tip");
        }
    }
    for (const QAction* action : window->findChildren<QAction*>()) {
        add(action->text(), action, "action text");
        add(action->toolTip(), action, "action tool tip");
        add(action->statusTip(), action, "action status tip");
    }
    return shown;
}

// Every section of the workspace in turn (and every tab in them), so that what a page sets up when it is first
// shown is read too.
QList<Shown> shownInEverySection(MainWindow& window)
{
    window.findChild<QStackedWidget*>()->setCurrentWidget(window.workspace());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("workspaceNavigation"));
    QList<Shown> shown;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
        for (QTabBar* tabs : window.findChildren<QTabBar*>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                shown += shownStrings(&window);
            }
        }
        shown += shownStrings(&window);
    }
    return shown;
}

// Both windows as a person sees them in the current language: the main window on the sign-in screen and then in
// every workspace section, and the auditor window before an export is opened.
QList<Shown> shownEverywhere()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("custos.ini")));
    MemorySecretStore secrets;
    MainWindow window(&profiles, &secrets);
    window.show();
    QList<Shown> shown = shownStrings(&window);
    shown += shownInEverySection(window);
    AuditorWindow auditor;
    auditor.show();
    shown += shownStrings(&auditor);
    return shown;
}

// Words French writes as English does; each is in the French catalogue, translated as itself.
const QStringList sameInFrench{
    QStringLiteral("Custos"),   QStringLiteral("Audit"),    QStringLiteral("Action"),       QStringLiteral("Source"),
    QStringLiteral("Type"),     QStringLiteral("Kid"),      QStringLiteral("Description"),  QStringLiteral("Client"),
    QStringLiteral("Clients"),  QStringLiteral("Sessions"), QStringLiteral("Sections"),     QStringLiteral("Alias"),
    QStringLiteral("Standard"), QStringLiteral("MFA"),      QStringLiteral("ID"),           QStringLiteral("SHA-256"),
    QStringLiteral("Keycloak"), QStringLiteral("Slug"),     QStringLiteral("Notification"), QStringLiteral("Ticket")};

// Whether words are left once those French shares with English and key names ("Ctrl+7", "F5") are taken out:
// "12", "—" and "Audit (Ctrl+7)" read the same in both languages.
bool needsTranslation(const QString& text)
{
    QString rest = text;
    rest.remove(QRegularExpression(QStringLiteral("\\b(?:Ctrl|Shift|Alt|Meta)\\+\\S+|\\bF\\d{1,2}\\b")));
    for (const QString& word : sameInFrench)
        rest.remove(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word))));
    return rest.contains(QRegularExpression(QStringLiteral("\\p{L}{2,}")));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void theLocaleChoosesTheCatalogue_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("fr_FR") << "fr_FR"
                               << "fr";
        QTest::newRow("fr_CA") << "fr_CA"
                               << "fr";
        QTest::newRow("en_US") << "en_US"
                               << "en";
        QTest::newRow("ja_JP, unsupported") << "ja_JP"
                                            << "en";
        QTest::newRow("C") << "C"
                           << "en";
    }

    void theLocaleChoosesTheCatalogue()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QLocale(locale)), language);
        const QString signOut = QCoreApplication::translate("custos::MainWindow", "Sign &out");
        QCOMPARE(signOut, language == u"fr" ? QStringLiteral("Se &déconnecter") : QStringLiteral("Sign &out"));
    }

    void pluralsFollowTheLanguage()
    {
        const auto shown = [](int n) {
            return QCoreApplication::translate("custos::AuditPage", "%n record(s) shown", nullptr, n);
        };
        installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en_GB")));
        QCOMPARE(shown(1), QStringLiteral("1 record shown"));
        QCOMPARE(shown(2), QStringLiteral("2 records shown"));
        installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR")));
        QCOMPARE(shown(0), QStringLiteral("0 enregistrement affiché"));
        QCOMPARE(shown(2), QStringLiteral("2 enregistrements affichés"));
    }

    // core's errors are in the catalogues too: the message a failing core call builds reads in the user's language.
    void coreErrorsFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.ledger"));
        const auto openMissing = [&missing] {
            const auto store = LedgerStore::open(missing);
            return store ? QString() : store.error().userMessage();
        };
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        const QString english = openMissing();
        QCOMPARE(english, QStringLiteral("Could not open the ledger: %1 does not exist. Create it with "
                                         "`custos-ledger init`.")
                              .arg(missing));
        installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR")));
        const QString french = openMissing();
        QCOMPARE(french, QStringLiteral("Impossible d’ouvrir le registre\u00a0: %1 n’existe pas. Créez-le avec "
                                        "`custos-ledger init`.")
                             .arg(missing));
        QVERIFY(french != english);
    }

    // The application itself takes its language from the environment, as a desktop session sets it.
    void theApplicationFollowsTheSystemLocale_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("description");
        const QString french = QStringLiteral("Custos : administration des identités et des accès.");
        const QString english = QStringLiteral("Custos: identity and access administration.");
        QTest::newRow("LANG=fr_FR") << QStringList{QStringLiteral("LANG=fr_FR.UTF-8")} << french;
        QTest::newRow("LANG=ja_JP") << QStringList{QStringLiteral("LANG=ja_JP.UTF-8")} << english;
        QTest::newRow("LC_ALL over LANG")
            << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_ALL=fr_FR.UTF-8")} << french;
        QTest::newRow("LANGUAGE first") << QStringList{QStringLiteral("LANG=fr_FR.UTF-8"),
                                                       QStringLiteral("LANGUAGE=en_US:fr")}
                                        << english;
    }

    void theApplicationFollowsTheSystemLocale()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, description);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        for (const QString& variable : std::as_const(environment))
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess custos;
        custos.setProcessEnvironment(env);
        custos.start(QStringLiteral(CUSTOS_APP), {QStringLiteral("--help")});
        QVERIFY(custos.waitForFinished(30000));
        QCOMPARE(custos.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(custos.readAllStandardOutput()).contains(description),
                 qPrintable(QString::fromUtf8(custos.readAllStandardError())));
    }

    // English first: a text cached at the first construction would then show in English in French too.
    void noVisibleStringIsLeftInEnglish()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QSet<QString> english;
        for (const Shown& shown : shownEverywhere())
            english.insert(shown.text);
        QVERIFY(english.size() > 100);

        QCOMPARE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French)), QStringLiteral("fr"));
        QSet<QString> untranslated;
        for (const Shown& shown : shownEverywhere()) {
            const QString line = QStringLiteral("%1 \"%2\"").arg(shown.where, shown.text);
            if (english.contains(shown.text) && needsTranslation(shown.text) && !untranslated.contains(line)) {
                untranslated.insert(line);
                qWarning().noquote() << "shown in English:" << line; // QVERIFY2 cuts long messages short
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 string(s) shown in English with the French "
                                                                   "catalogue, listed above")
                                                        .arg(untranslated.size())));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
