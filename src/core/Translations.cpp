#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace quayside {

namespace {

bool installOne(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QStringList installTranslators(QCoreApplication *app, const QLocale &locale)
{
    QStringList installed;
    if (installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed << QStringLiteral("qtbase");
    // The .qm files are compiled into quayside_core by qt_add_translations (prefix /i18n).
    if (installOne(app, locale, QStringLiteral("quayside"), QStringLiteral(":/i18n")))
        installed << QStringLiteral("quayside");
    qCDebug(lcCore) << "translations for" << locale.name() << ":" << installed;
    return installed;
}

} // namespace quayside
