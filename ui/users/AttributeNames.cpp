#include "ui/users/AttributeNames.h"

#include "core/keycloak/Representations.h"

#include <QCoreApplication>

namespace custos {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::AttributeNames)
};
} // namespace

QString attributeLabel(const QString& name, const QString& realmLabel)
{
    if (name == QLatin1String("username"))
        return Text::tr("Username");
    if (name == QLatin1String("email"))
        return Text::tr("E-mail");
    if (name == QLatin1String("firstName"))
        return Text::tr("First name");
    if (name == QLatin1String("lastName"))
        return Text::tr("Last name");
    return realmLabel.isEmpty() ? name : realmLabel;
}

QString attributeLabel(const ProfileAttribute& attribute)
{
    return attributeLabel(attribute.name, attribute.displayName);
}

} // namespace custos
