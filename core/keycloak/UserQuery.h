#pragma once

#include <QString>
#include <QUrlQuery>

namespace custos {

// A server-side user search in each of Keycloak's modes. The text is sent as typed apart from the mode's
// decoration (`*…*`, `"…"`, `key:value`), so a search means on the console what it means on the server.
struct UserQuery
{
    enum class Mode {
        Prefix,    // search=foo: username, e-mail, first or last name starting with foo
        Infix,     // search=*foo*
        Exact,     // search="foo"
        Attribute, // q=name:value (exact match on a user attribute)
    };

    Mode mode = Mode::Prefix;
    QString text;
    QString attribute; // the attribute name in Attribute mode

    [[nodiscard]] bool isEmpty() const { return text.trimmed().isEmpty(); }
    // The filter parameters shared by GET users and GET users/count.
    [[nodiscard]] QUrlQuery toUrlQuery() const;
    // "a search for …" in plain words, for status lines.
    [[nodiscard]] QString describe() const;
};

} // namespace custos
