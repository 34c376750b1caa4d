#include "core/Application.h"

#include "core/BuildInfo.h"
#include "core/Logging.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstring>

namespace quayside {

void setUpApplication(QCoreApplication *app, const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quayside"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    installLogFormat();
    installTranslators(app);
}

QString sharedDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
           QCoreApplication::organizationName() + QStringLiteral("/Quayside");
}

bool asksOnlyForVersionOrHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0 || std::strcmp(arg, "--help") == 0 ||
            std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help-all") == 0)
            return true;
    }
    return false;
}

} // namespace quayside
