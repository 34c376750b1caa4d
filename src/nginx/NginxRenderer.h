#pragma once

#include "nginx/BalancerConfig.h"

#include <QByteArray>

namespace quayside {

struct RenderedBalancer
{
    QByteArray backends; // conf.d/backends: the upstream pools
    QByteArray site;     // conf.d/default.conf: the server blocks, including the backends file
};

// Writes a BalancerConfig in the seed's layout. The same model always gives the same bytes (no dates, a
// fixed order), so versions can be compared and a deployment of an unchanged model changes nothing.
class NginxRenderer
{
public:
    // `backendsInclude`: how default.conf names the backends file; relative paths are taken from the
    // folder of nginx.conf, as nginx does.
    static Result<RenderedBalancer> render(const BalancerConfig &config,
                                           const QString &backendsInclude = QStringLiteral("conf.d/backends"));
    static QByteArray header();
};

} // namespace quayside
