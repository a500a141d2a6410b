#include "tests/support/JsonSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace custos::test {

namespace {

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"null")
        return value.isNull();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    return false;
}

const QSet<QString>& knownKeywords()
{
    static const QSet<QString> known{"$schema",     "$id",      "title",
                                     "description", "type",     "enum",
                                     "properties",  "required", "additionalProperties",
                                     "items",       "minItems", "minLength",
                                     "minimum",     "maximum",  "pattern"};
    return known;
}

} // namespace

JsonSchema JsonSchema::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return JsonSchema({});
    return JsonSchema(QJsonDocument::fromJson(file.readAll()).object());
}

QStringList JsonSchema::problems(const QJsonValue& value) const
{
    QStringList out;
    if (m_schema.isEmpty())
        out.append(QStringLiteral("the schema is empty or could not be read"));
    else
        check(m_schema, value, QStringLiteral("$"), out);
    return out;
}

void JsonSchema::check(const QJsonObject& schema, const QJsonValue& value, const QString& path, QStringList& out) const
{
    for (auto it = schema.begin(); it != schema.end(); ++it)
        if (!knownKeywords().contains(it.key()))
            out.append(QStringLiteral("%1: the validator does not know the keyword %2").arg(path, it.key()));

    if (schema.contains(u"type")) {
        const QJsonValue type = schema.value(u"type");
        QStringList types;
        if (type.isArray())
            for (const QJsonValue& one : type.toArray())
                types.append(one.toString());
        else
            types.append(type.toString());
        if (std::none_of(types.begin(), types.end(), [&value](const QString& t) { return hasType(value, t); })) {
            out.append(QStringLiteral("%1: not of type %2").arg(path, types.join(u'|')));
            return;
        }
    }
    if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
        out.append(QStringLiteral("%1: %2 is not one of the allowed values")
                       .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(u"minLength") && text.size() < schema.value(u"minLength").toInt())
            out.append(QStringLiteral("%1: shorter than %2").arg(path).arg(schema.value(u"minLength").toInt()));
        if (schema.contains(u"pattern") &&
            !QRegularExpression(schema.value(u"pattern").toString()).match(text).hasMatch())
            out.append(
                QStringLiteral("%1: “%2” does not match %3").arg(path, text, schema.value(u"pattern").toString()));
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            out.append(QStringLiteral("%1: below the minimum").arg(path));
        if (schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            out.append(QStringLiteral("%1: above the maximum").arg(path));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems") && array.size() < schema.value(u"minItems").toInt())
            out.append(QStringLiteral("%1: fewer than %2 items").arg(path).arg(schema.value(u"minItems").toInt()));
        if (schema.contains(u"items"))
            for (qsizetype i = 0; i < array.size(); ++i)
                check(schema.value(u"items").toObject(), array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue& key : schema.value(u"required").toArray())
            if (!object.contains(key.toString()))
                out.append(QStringLiteral("%1: the key %2 is missing").arg(path, key.toString()));
        const QJsonObject properties = schema.value(u"properties").toObject();
        const QJsonValue additional = schema.value(u"additionalProperties");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString where = path + u'.' + it.key();
            if (properties.contains(it.key()))
                check(properties.value(it.key()).toObject(), it.value(), where, out);
            else if (additional.isBool() && !additional.toBool())
                out.append(QStringLiteral("%1: a key the schema does not allow").arg(where));
            else if (additional.isObject())
                check(additional.toObject(), it.value(), where, out);
        }
    }
}

} // namespace custos::test
