#include "cloud/ServiceCatalog.h"

#include <QJsonObject>

#include <algorithm>

namespace quayside {

namespace {

Error malformed(const QString &what)
{
    return Error{Error::Kind::Protocol, 0,
                 ServiceCatalog::tr("The identity service sent a service catalog Quayside cannot read: %1.").arg(what)};
}

} // namespace

Result<ServiceCatalog> ServiceCatalog::fromKeystoneV2(const QJsonArray &serviceCatalog)
{
    ServiceCatalog catalog;
    const std::pair<QLatin1String, QString> interfaces[] = {{QLatin1String("publicURL"), QStringLiteral("public")},
                                                            {QLatin1String("internalURL"), QStringLiteral("internal")},
                                                            {QLatin1String("adminURL"), QStringLiteral("admin")}};
    for (const QJsonValue &serviceValue : serviceCatalog) {
        const QJsonObject service = serviceValue.toObject();
        const QString type = service.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            return malformed(tr("a service has no type"));
        for (const QJsonValue &endpointValue : service.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject endpoint = endpointValue.toObject();
            for (const auto &[key, interface] : interfaces) {
                const QString url = endpoint.value(key).toString();
                if (url.isEmpty())
                    continue;
                catalog.m_endpoints << CatalogEndpoint{type, service.value(QLatin1String("name")).toString(),
                                                       endpoint.value(QLatin1String("region")).toString(), interface,
                                                       QUrl(url)};
            }
        }
    }
    return catalog;
}

Result<ServiceCatalog> ServiceCatalog::fromKeystoneV3(const QJsonArray &entries)
{
    ServiceCatalog catalog;
    for (const QJsonValue &serviceValue : entries) {
        const QJsonObject service = serviceValue.toObject();
        const QString type = service.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            return malformed(tr("a service has no type"));
        for (const QJsonValue &endpointValue : service.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject endpoint = endpointValue.toObject();
            const QString url = endpoint.value(QLatin1String("url")).toString();
            if (url.isEmpty())
                continue;
            // region_id is the newer field; region the older one.
            QString region = endpoint.value(QLatin1String("region_id")).toString();
            if (region.isEmpty())
                region = endpoint.value(QLatin1String("region")).toString();
            catalog.m_endpoints << CatalogEndpoint{type, service.value(QLatin1String("name")).toString(), region,
                                                   endpoint.value(QLatin1String("interface")).toString(), QUrl(url)};
        }
    }
    return catalog;
}

QStringList ServiceCatalog::regions(const QString &serviceType) const
{
    QStringList regions;
    for (const CatalogEndpoint &endpoint : m_endpoints) {
        if (endpoint.serviceType == serviceType && !regions.contains(endpoint.region))
            regions << endpoint.region;
    }
    std::sort(regions.begin(), regions.end());
    return regions;
}

Result<QUrl> ServiceCatalog::endpoint(const QString &serviceType, const QString &region, EndpointInterface interface,
                                      const QString &preferredName) const
{
    QList<CatalogEndpoint> offered;
    for (const CatalogEndpoint &endpoint : m_endpoints) {
        if (endpoint.serviceType == serviceType)
            offered << endpoint;
    }
    if (offered.isEmpty())
        return Error{Error::Kind::NotFound, 0,
                     tr("The account's service catalog offers no %1 service. The account may not be allowed "
                        "to use it, or the cloud calls it otherwise.")
                         .arg(serviceType)};
    if (!preferredName.isEmpty() &&
        std::any_of(offered.begin(), offered.end(), [&preferredName](const CatalogEndpoint &endpoint) {
            return endpoint.serviceName == preferredName;
        }))
        offered.erase(std::remove_if(offered.begin(), offered.end(),
                                     [&preferredName](const CatalogEndpoint &endpoint) {
                                         return endpoint.serviceName != preferredName;
                                     }),
                      offered.end());

    const QStringList available = regions(serviceType);
    QString chosenRegion = region;
    if (chosenRegion.isEmpty()) {
        if (available.size() != 1)
            return Error{Error::Kind::InvalidInput, 0,
                         tr("The %1 service is offered in several regions (%2): choose one for the account.")
                             .arg(serviceType, available.join(QLatin1String(", ")))};
        chosenRegion = available.first();
    }
    // Region names are compared without regard to case: Rackspace writes "DFW", clouds.yaml files "dfw".
    const auto inRegion = [&chosenRegion](const CatalogEndpoint &endpoint) {
        return endpoint.region.compare(chosenRegion, Qt::CaseInsensitive) == 0;
    };
    const QString wanted =
        interface == EndpointInterface::Internal ? QStringLiteral("internal") : QStringLiteral("public");
    for (const QString &candidate : {wanted, QStringLiteral("public")}) {
        for (const CatalogEndpoint &endpoint : std::as_const(offered)) {
            if (inRegion(endpoint) && endpoint.interface == candidate)
                return endpoint.url;
        }
    }
    if (std::none_of(offered.begin(), offered.end(), inRegion))
        return Error{Error::Kind::NotFound, 0,
                     tr("The %1 service is not offered in region %2; it is in: %3.")
                         .arg(serviceType, chosenRegion, available.join(QLatin1String(", ")))};
    return Error{Error::Kind::NotFound, 0,
                 tr("The %1 service in region %2 has no public or internal address.").arg(serviceType, chosenRegion)};
}

} // namespace quayside
