#include "ui/widgets/StatusColours.h"

#include <QEvent>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace custos::StatusColours {

namespace {

constexpr double minimumContrast = 4.5;

// WCAG 2 relative luminance.
double luminance(const QColor& colour)
{
    const auto channel = [](float value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Starting points, from Material's palette: 800-900 shades for light themes, 200-300 for dark ones.
QColor preset(Role role, bool dark)
{
    switch (role) {
    case Role::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Role::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa6, 0x4b, 0x00);
    case Role::Danger:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Role::Neutral:
        return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x61, 0x61, 0x61);
    case Role::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QColor presetTint(Role role, bool dark)
{
    switch (role) {
    case Role::Success:
        return dark ? QColor(0x1e, 0x46, 0x20) : QColor(0xdf, 0xf0, 0xd8);
    case Role::Warning:
        return dark ? QColor(0x4d, 0x3b, 0x12) : QColor(0xfd, 0xec, 0xc8);
    case Role::Danger:
        return dark ? QColor(0x5a, 0x1e, 0x24) : QColor(0xf8, 0xd7, 0xda);
    case Role::Neutral:
        return dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xec, 0xec, 0xec);
    case Role::Info:
        return dark ? QColor(0x17, 0x3a, 0x5e) : QColor(0xd6, 0xe6, 0xf8);
    }
    return {};
}

// Moves `colour` towards black (or white) in small steps, keeping its hue, until it reaches the minimum contrast
// against every one of `against` (an unusual palette, say mid-grey, may need more than the preset gives).
QColor withContrast(QColor colour, const QList<QColor>& against, bool lighten)
{
    const auto enough = [&against](const QColor& candidate) {
        return std::all_of(against.begin(), against.end(),
                           [&candidate](const QColor& other) { return contrast(candidate, other) >= minimumContrast; });
    };
    for (int step = 0; step < 20 && !enough(colour); ++step)
        colour = lighten ? colour.lighter(112) : colour.darker(112);
    if (!enough(colour))
        colour = lighten ? QColor(Qt::white) : QColor(Qt::black);
    return colour;
}

// Keeps a widget's text colour in step with its palette; the widget's own palette change triggers it too, but the
// colour computed from an unchanged palette is the same, and setting an equal palette sends no further event.
class TextColourer : public QObject
{
    Q_OBJECT
public:
    TextColourer(QWidget* widget, Role role)
        : QObject(widget)
        , m_role(role)
    {
        setObjectName(QStringLiteral("statusTextColourer"));
        widget->installEventFilter(this);
        apply(widget);
    }

    void setRole(Role role, QWidget* widget)
    {
        m_role = role;
        apply(widget);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
            apply(static_cast<QWidget*>(watched));
        return false;
    }

private:
    void apply(QWidget* widget) const
    {
        // Only WindowText is set: every other role keeps following the parent and the application.
        QPalette palette;
        palette.setColor(QPalette::WindowText, text(m_role, widget->palette()));
        widget->setPalette(palette);
    }

    Role m_role;
};

} // namespace

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    // Below about 0.18 relative luminance, white has more contrast than black.
    constexpr double midpoint = 0.179;
    return (luminance(palette.color(QPalette::Window)) + luminance(palette.color(QPalette::Base))) / 2 < midpoint;
}

QColor text(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    return withContrast(
        preset(role, dark),
        {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), palette.color(QPalette::Window)}, dark);
}

QColor background(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    // The tint moves away from the text: darker under light text, lighter under dark text.
    return withContrast(presetTint(role, dark), {palette.color(QPalette::Text)}, !dark);
}

void colourText(QWidget* widget, std::optional<Role> role)
{
    auto* colourer = widget->findChild<TextColourer*>(QStringLiteral("statusTextColourer"), Qt::FindDirectChildrenOnly);
    if (role) {
        if (colourer)
            colourer->setRole(*role, widget);
        else
            new TextColourer(widget, *role);
        return;
    }
    if (!colourer)
        return;
    delete colourer;
    widget->setPalette(QPalette()); // an empty palette: everything inherited again
}

} // namespace custos::StatusColours

#include "StatusColours.moc"
