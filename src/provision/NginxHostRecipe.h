#pragma once

#include "provision/Recipe.h"

#include <QCoreApplication>

namespace quayside {

struct NginxHostOptions
{
    QString confDirectory = QStringLiteral("/etc/nginx/conf.d");
    QString backendsName = QStringLiteral("backends"); // the upstream pools, included by the site
    QString siteName = QStringLiteral("default.conf"); // the server block
};

// Turns a fresh cloud server into the fleet's load balancer, as the seed's steps 14 and 15 do by hand:
// install nginx, turn off sites-enabled, put the backends and site files in place (only if nginx accepts
// them, keeping the last good ones), start it at boot, and have the running nginx serve them.
class NginxHostRecipe
{
    Q_DECLARE_TR_FUNCTIONS(NginxHostRecipe)

public:
    static Result<Recipe> make(const NginxHostOptions &options, const QByteArray &backends, const QByteArray &site);
};

} // namespace quayside
