#pragma once

#include <QString>

namespace custos {

// One RFC 4180 CSV field, always quoted. A value a spreadsheet would run as a formula (starting with = + - @) gets
// a leading apostrophe: exported audit data is opened in spreadsheets and must not execute there.
[[nodiscard]] QString csvField(QString value);

} // namespace custos
