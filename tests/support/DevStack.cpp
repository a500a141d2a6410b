#include "tests/support/DevStack.h"

#include <QFile>
#include <QProcessEnvironment>

namespace custos::test {
namespace {

// Undo the shell quoting of `KEY='value'` / `KEY="value"` / `KEY=value` lines.
QString unquote(QString value)
{
    if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
        return value.mid(1, value.size() - 2).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return value.mid(1, value.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\""));
    return value;
}

} // namespace

DevStack DevStack::fromEnvironment()
{
    DevStack stack;
    const QString dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CUSTOS_DEVSTACK_DIR"));
    QFile file(dir + QStringLiteral("/env"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return stack;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7);
        const qsizetype equals = line.indexOf(u'=');
        if (line.isEmpty() || line.startsWith(u'#') || equals <= 0)
            continue;
        stack.m_values.insert(line.left(equals), unquote(line.mid(equals + 1)));
    }
    return stack;
}

QUrl DevStack::tokenEndpoint() const
{
    QUrl url = issuer();
    url.setPath(url.path() + QStringLiteral("/protocol/openid-connect/token"));
    return url;
}

Profile DevStack::profile() const
{
    Profile profile;
    profile.name = QStringLiteral("Local devstack");
    profile.issuer = issuer();
    profile.clientId = value(QStringLiteral("CUSTOS_CLIENT_ID"));
    profile.platformUrl = QUrl(value(QStringLiteral("CUSTOS_PLATFORM_URL")));
    return profile;
}

} // namespace custos::test
