#include "core/users/CallerAttributes.h"

#include <QCoreApplication>

namespace custos {
namespace {

struct AttributesText
{
    Q_DECLARE_TR_FUNCTIONS(custos::CallerAttributes)
};

const QString key = QStringLiteral("callerVerification");
const QString phoneKey = QStringLiteral("phoneAttribute");
const QString managerKey = QStringLiteral("managerAttribute");

} // namespace

Result<CallerAttributes> CallerAttributes::fromJson(const QJsonObject& profile)
{
    CallerAttributes attributes;
    const QJsonValue value = profile.value(key);
    if (value.isUndefined() || value.isNull())
        return attributes;
    const QJsonObject object = value.toObject();
    const auto usable = [&object](const QString& name) {
        const QJsonValue field = object.value(name);
        return field.isUndefined() || (field.isString() && !field.toString().trimmed().isEmpty());
    };
    if (!value.isObject() || !usable(phoneKey) || !usable(managerKey))
        return Error::invalid(AttributesText::tr("The profile's caller verification is not usable"),
                              AttributesText::tr("callerVerification must be an object whose phoneAttribute and "
                                                 "managerAttribute name user attributes"),
                              AttributesText::tr("Write it as {\"phoneAttribute\": \"phone\", \"managerAttribute\": "
                                                 "\"manager\"}"));
    attributes.phoneAttribute = object.value(phoneKey).toString(attributes.phoneAttribute).trimmed();
    attributes.managerAttribute = object.value(managerKey).toString(attributes.managerAttribute).trimmed();
    return attributes;
}

void CallerAttributes::addTo(QJsonObject& profile) const
{
    const CallerAttributes defaults;
    if (phoneAttribute == defaults.phoneAttribute && managerAttribute == defaults.managerAttribute)
        return;
    profile.insert(key, QJsonObject{{phoneKey, phoneAttribute}, {managerKey, managerAttribute}});
}

} // namespace custos
