#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace custos {

// Installs Custos's catalogue for `locale`, or the English one (for its plural forms) when Custos has none for that
// language, plus Qt's own catalogue for its standard buttons and dialogs when this system has one. A second call
// replaces what the first installed. Returns the language of the Custos catalogue installed: "fr", "en".
QString installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace custos
