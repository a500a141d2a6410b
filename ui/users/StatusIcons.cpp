#include "ui/users/StatusIcons.h"

#include "core/keycloak/Representations.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

namespace custos::StatusIcons {

namespace {

QColor colourOf(State state)
{
    switch (state) {
    case State::Ok:
        return QColor(0x9e, 0xa7, 0xb0); // neutral: active, nothing to note
    case State::Mfa:
        return QColor(0x2e, 0x9e, 0x5b);
    case State::Pending:
        return QColor(0xe0, 0x9b, 0x1a);
    case State::Locked:
        return QColor(0xd6, 0x45, 0x3d);
    case State::Disabled:
        return QColor(0x5f, 0x66, 0x6d);
    }
    return Qt::gray;
}

QPixmap badge(State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle = QRectF(pixmap.rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourOf(state));
    painter.drawEllipse(circle);
    painter.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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

int severity(const KeycloakUser& user) { return int(stateOf(user)); }

QIcon forState(State state)
{
    // QPixmapCache rather than a static: it is emptied while the application still exists.
    QIcon icon;
    for (int size : {16, 24, 32}) {
        const QString key = QStringLiteral("custos-status-%1-%2").arg(int(state)).arg(size);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = badge(state, size);
            QPixmapCache::insert(key, pixmap);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon forUser(const KeycloakUser& user) { return forState(stateOf(user)); }

} // namespace custos::StatusIcons
