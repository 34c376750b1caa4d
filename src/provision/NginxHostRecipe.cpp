#include "provision/NginxHostRecipe.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace quayside {

Result<Recipe> NginxHostRecipe::make(const NginxHostOptions &options, const QByteArray &backends,
                                     const QByteArray &site)
{
    static const QRegularExpression safePath(QStringLiteral("^/[A-Za-z0-9_./-]+\\z"));
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\z"));
    if (!safePath.match(options.confDirectory).hasMatch() || options.confDirectory.contains(QLatin1String("..")) ||
        !safeName.match(options.backendsName).hasMatch() || !safeName.match(options.siteName).hasMatch() ||
        options.backendsName == options.siteName)
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The nginx host settings are not valid: check the folder and file names.")};

    const QString incoming = QStringLiteral("/etc/nginx/.quayside-incoming");
    const auto digest = [](const QByteArray &data) {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    };
    const QMap<QString, QString> common = {
        {QStringLiteral("CONF_DIR"), options.confDirectory},
        {QStringLiteral("BACKENDS_NAME"), options.backendsName},
        {QStringLiteral("SITE_NAME"), options.siteName},
        {QStringLiteral("BACKENDS_SHA256"), digest(backends)},
        {QStringLiteral("SITE_SHA256"), digest(site)},
        {QStringLiteral("INCOMING"), incoming},
        {QStringLiteral("FOLDER"), incoming},
        {QStringLiteral("FOLDER_MODE"), QStringLiteral("700")},
    };

    Recipe recipe;
    recipe.id = QStringLiteral("nginx-host");
    recipe.title = tr("nginx load balancer");
    recipe.steps << ProvisionStep::waitForCloudInit(common);
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("install-nginx"), tr("Install nginx"),
                                              QStringLiteral("nginx-host/install-nginx"), common)
                        .withTimeout(20 * 60 * 1000);
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("sites-disabled"), tr("Turn off nginx's sites-enabled"),
                                              QStringLiteral("nginx-host/sites-disabled"), common);
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("incoming-folder"),
                                              tr("Make the folder for new configurations"),
                                              QStringLiteral("common/folder"), common);
    ProvisionStep configs =
        ProvisionStep::fromScript(QStringLiteral("configs"), tr("Put the balancer's configuration in place"),
                                  QStringLiteral("nginx-host/configs"), common);
    configs.uploads = {ProvisionUpload{incoming + QLatin1Char('/') + options.backendsName, backends, 0644},
                       ProvisionUpload{incoming + QLatin1Char('/') + options.siteName, site, 0644}};
    recipe.steps << configs;
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("boot"), tr("Start nginx at every boot"),
                                              QStringLiteral("nginx-host/boot"), common);
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("loaded"), tr("Have nginx serve the configuration"),
                                              QStringLiteral("nginx-host/loaded"), common);
    return recipe.complete();
}

} // namespace quayside
