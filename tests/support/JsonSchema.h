#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace custos::test {

// A validator for the subset of JSON Schema (2020-12) that docs/ledger-record.schema.json uses: type, enum,
// properties, required, additionalProperties (false or a schema), items, minItems, minLength, minimum, maximum,
// pattern. A keyword it does not know is reported as a problem rather than ignored, so the schema cannot
// silently say more than is checked.
class JsonSchema
{
public:
    explicit JsonSchema(QJsonObject schema)
        : m_schema(std::move(schema))
    {
    }

    // Reads a schema file; an empty schema (that every check refuses) when it cannot be read or parsed.
    [[nodiscard]] static JsonSchema fromFile(const QString& path);

    // What is wrong with `value` (empty: it is valid), each problem with the JSON path where it is.
    [[nodiscard]] QStringList problems(const QJsonValue& value) const;

private:
    void check(const QJsonObject& schema, const QJsonValue& value, const QString& path, QStringList& out) const;

    QJsonObject m_schema;
};

} // namespace custos::test
