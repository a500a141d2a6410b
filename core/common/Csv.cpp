#include "core/common/Csv.h"

namespace custos {

QString csvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0)))
        value.prepend(u'\'');
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

} // namespace custos
