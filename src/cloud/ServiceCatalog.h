#pragma once

#include "cloud/CloudAccount.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace quayside {

struct CatalogEndpoint
{
    QString serviceType; // compute, image, identity, ...
    QString serviceName; // nova, cloudServersOpenStack, ...
    QString region;
    QString interface; // public, internal, admin
    QUrl url;
};

// The services and endpoints a token opens, as Keystone v2.0 (and Rackspace Identity) or v3 lists them.
class ServiceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)

public:
    static Result<ServiceCatalog> fromKeystoneV2(const QJsonArray &serviceCatalog);
    static Result<ServiceCatalog> fromKeystoneV3(const QJsonArray &catalog);

    const QList<CatalogEndpoint> &endpoints() const { return m_endpoints; }
    // The regions that offer `serviceType`, sorted.
    QStringList regions(const QString &serviceType) const;

    // The URL of `serviceType` in `region` for `interface`. An empty region is fine when the service is
    // offered in one region only. Where the type is offered under several names (Rackspace lists its
    // first-generation servers as compute too), `preferredName` picks one. Asked for the internal URL
    // where the cloud lists only a public one, it gives the public one: Rackspace offers ServiceNet for
    // some services only, and the public URL works from inside the cloud too.
    Result<QUrl> endpoint(const QString &serviceType, const QString &region, EndpointInterface interface,
                          const QString &preferredName = {}) const;

private:
    QList<CatalogEndpoint> m_endpoints;
};

} // namespace quayside
