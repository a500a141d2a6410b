// Semantic colours for light and dark palettes: readable text (WCAG 4.5:1) and readable tinted rows, and labels
// that follow a change of the system palette.
#include "ui/widgets/StatusColours.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTest>

using namespace custos;
using StatusColours::Role;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

// A grey theme between the two: the presets alone would not reach 4.5:1 on it.
QPalette greyPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Base, QColor(0x88, 0x88, 0x88));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

const QList<Role> roles{Role::Success, Role::Warning, Role::Danger, Role::Neutral, Role::Info};

} // namespace

class TestStatusColours : public QObject
{
    Q_OBJECT
private slots:
    void contrastFollowsWcag()
    {
        QCOMPARE(StatusColours::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColours::contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(StatusColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void tellsDarkFromLight()
    {
        QVERIFY(StatusColours::isDark(darkPalette()));
        QVERIFY(!StatusColours::isDark(lightPalette()));
        QVERIFY(!StatusColours::isDark(QApplication::style()->standardPalette()));
    }

    void textIsReadableOnEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("grey") << greyPalette();
        QTest::newRow("style") << QApplication::style()->standardPalette();
    }

    void textIsReadableOnEveryPalette()
    {
        QFETCH(QPalette, palette);
        for (Role role : roles) {
            const QColor text = StatusColours::text(role, palette);
            for (QPalette::ColorRole under : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
                const double ratio = StatusColours::contrast(text, palette.color(under));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("role %1: %2 on %3 is %4:1")
                                                      .arg(int(role))
                                                      .arg(text.name(), palette.color(under).name())
                                                      .arg(ratio)));
            }
            const QColor tint = StatusColours::background(role, palette);
            const double ratio = StatusColours::contrast(palette.color(QPalette::Text), tint);
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(
                    QStringLiteral("role %1: text on the tint %2 is %3:1").arg(int(role)).arg(tint.name()).arg(ratio)));
        }
    }

    void darkThemesGetLighterShades()
    {
        for (Role role : roles) {
            QVERIFY(StatusColours::text(role, darkPalette()).lightness() >
                    StatusColours::text(role, lightPalette()).lightness());
            QVERIFY(StatusColours::background(role, darkPalette()).lightness() <
                    StatusColours::background(role, lightPalette()).lightness());
        }
        // The roles stay apart from each other.
        QVERIFY(StatusColours::text(Role::Danger, lightPalette()) !=
                StatusColours::text(Role::Success, lightPalette()));
    }

    void labelsFollowThePaletteWhenItChanges()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(lightPalette());
        QWidget window;
        auto* label = new QLabel(QStringLiteral("The request failed"), &window);
        StatusColours::colourText(label, Role::Danger);
        QCOMPARE(label->palette().color(QPalette::WindowText), StatusColours::text(Role::Danger, lightPalette()));

        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents(); // the widgets hear of it from the event loop
        QCOMPARE(label->palette().color(QPalette::WindowText), StatusColours::text(Role::Danger, darkPalette()));
        QCOMPARE(label->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));

        StatusColours::colourText(label, Role::Success);
        QCOMPARE(label->palette().color(QPalette::WindowText), StatusColours::text(Role::Success, darkPalette()));
        StatusColours::colourText(label, std::nullopt);
        QCOMPARE(label->palette().color(QPalette::WindowText), darkPalette().color(QPalette::WindowText));
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestStatusColours)
#include "test_status_colours.moc"
