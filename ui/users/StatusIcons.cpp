#include "ui/users/StatusIcons.h"

#include "core/keycloak/Representations.h"
#include "ui/widgets/StatusColours.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

namespace custos::StatusIcons {

namespace {

QColor colourOf(State state, const QPalette& palette)
{
    using StatusColours::Role;
    switch (state) {
    case State::Ok: { // faint: active, nothing to note
        QColor faint = StatusColours::text(Role::Neutral, palette);
        faint.setAlphaF(0.55f);
        return faint;
    }
    case State::Mfa:
        return StatusColours::text(Role::Success, palette);
    case State::Pending:
        return StatusColours::text(Role::Warning, palette);
    case State::Locked:
        return StatusColours::text(Role::Danger, palette);
    case State::Disabled:
        return StatusColours::text(Role::Neutral, palette);
    }
    return StatusColours::text(Role::Neutral, palette);
}

QPixmap badge(State state, int size, const QPalette& palette)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle = QRectF(pixmap.rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourOf(state, palette));
    painter.drawEllipse(circle);
    // The glyph in the view's own background colour: light on the dark badges of a light theme, and the reverse.
    painter.setPen(QPen(palette.color(QPalette::Base), size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF c = circle.center();
    const qreal r = circle.width() / 4.0;
    switch (state) {
    case State::Ok:
        break;
    case State::Mfa: // a tick
        painter.drawPolyline(
            QPolygonF{{c.x() - r, c.y()}, {c.x() - r / 3, c.y() + r * 0.7}, {c.x() + r, c.y() - r * 0.7}});
        break;
    case State::Pending: // an exclamation mark
        painter.drawLine(QPointF(c.x(), c.y() - r * 1.1), QPointF(c.x(), c.y() + r * 0.3));
        painter.drawPoint(QPointF(c.x(), c.y() + r));
        break;
    case State::Locked: // a bar across: blocked for now
    case State::Disabled:
        painter.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
        break;
    }
    return pixmap;
}

} // namespace

State stateOf(const KeycloakUser& user)
{
    if (!user.enabled)
        return State::Disabled;
    if (user.bruteForce.locked)
        return State::Locked;
    if (!user.requiredActions.isEmpty())
        return State::Pending;
    return user.totp ? State::Mfa : State::Ok;
}

int severity(const KeycloakUser& user)
{
    return int(stateOf(user));
}

QIcon forState(State state)
{
    // QPixmapCache rather than a static: it is emptied while the application still exists. The key holds the
    // palette's colours, so a change to a dark theme draws new badges.
    const QPalette palette = QGuiApplication::palette();
    QIcon icon;
    for (int size : {16, 24, 32}) {
        const QString key = QStringLiteral("custos-status-%1-%2-%3-%4")
                                .arg(int(state))
                                .arg(size)
                                .arg(palette.color(QPalette::Base).name(), palette.color(QPalette::Window).name());
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = badge(state, size, palette);
            QPixmapCache::insert(key, pixmap);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon forUser(const KeycloakUser& user)
{
    return forState(stateOf(user));
}

} // namespace custos::StatusIcons
