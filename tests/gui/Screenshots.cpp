#include "Screenshots.h"

#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QWidget>

namespace Screenshots {

bool wanted()
{
    return !qEnvironmentVariableIsEmpty("CUSTOS_SCREENSHOT_DIR");
}

void prepare()
{
    if (wanted())
        custos::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
}

bool save(QWidget* widget, const QString& name)
{
    if (!wanted())
        return true;
    return widget->grab().save(qEnvironmentVariable("CUSTOS_SCREENSHOT_DIR") + u'/' + name + QStringLiteral(".png"));
}

} // namespace Screenshots
