// ServiceCatalog on the official Keystone v2.0, v3 and Rackspace Identity samples.
#include "cloud/ServiceCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quayside;

namespace {

QJsonObject sample(const QString &path)
{
    QFile file(QStringLiteral(QUAYSIDE_TEST_DATA "/api-samples/") + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

ServiceCatalog rackspace()
{
    const auto catalog =
        ServiceCatalog::fromKeystoneV2(sample(QStringLiteral("rackspace-identity-v2.0/auth-response.json"))
                                           .value(QLatin1String("access"))
                                           .toObject()
                                           .value(QLatin1String("serviceCatalog"))
                                           .toArray());
    return catalog ? catalog.value() : ServiceCatalog();
}

} // namespace

class tst_ServiceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRackspaceRegions()
    {
        const ServiceCatalog catalog = rackspace();
        QVERIFY(catalog.endpoints().size() > 20);
        QCOMPARE(
            catalog.regions(QStringLiteral("compute")),
            QStringList({QStringLiteral("DFW"), QStringLiteral("HKG"), QStringLiteral("IAD"), QStringLiteral("SYD")}));
    }

    void choosesByRegionInterfaceAndName_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("internal");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("compute in IAD") << QStringLiteral("compute") << QStringLiteral("IAD") << false
                                        << QStringLiteral("cloudServersOpenStack")
                                        << QStringLiteral("https://iad.servers.api.rackspacecloud.com/v2/929418");
        QTest::newRow("region in lower case")
            << QStringLiteral("compute") << QStringLiteral("syd") << false << QString()
            << QStringLiteral("https://syd.servers.api.rackspacecloud.com/v2/929418");
        // Cloud Servers has no ServiceNet address: the public one serves from inside too.
        QTest::newRow("internal falls back to public")
            << QStringLiteral("compute") << QStringLiteral("DFW") << true << QString()
            << QStringLiteral("https://dfw.servers.api.rackspacecloud.com/v2/929418");
        QTest::newRow("ServiceNet where offered")
            << QStringLiteral("object-store") << QStringLiteral("IAD") << true << QString()
            << QStringLiteral("https://snet-storage101.iad3.clouddrive.com/v1/MossoCloudFS_929418");
        QTest::newRow("public where asked")
            << QStringLiteral("object-store") << QStringLiteral("IAD") << false << QString()
            << QStringLiteral("https://storage101.iad3.clouddrive.com/v1/MossoCloudFS_929418");
    }

    void choosesByRegionInterfaceAndName()
    {
        QFETCH(QString, type);
        QFETCH(QString, region);
        QFETCH(bool, internal);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const auto url = rackspace().endpoint(type, region,
                                              internal ? EndpointInterface::Internal : EndpointInterface::Public, name);
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QCOMPARE(url.value().toString(), expected);
    }

    void saysWhatIsMissing()
    {
        const ServiceCatalog catalog = rackspace();
        const auto elsewhere =
            catalog.endpoint(QStringLiteral("compute"), QStringLiteral("LON"), EndpointInterface::Public);
        QCOMPARE(elsewhere.error().kind, Error::Kind::NotFound);
        QVERIFY2(elsewhere.error().message.contains(QLatin1String("DFW, HKG, IAD, SYD")),
                 qPrintable(elsewhere.error().message));
        const auto ambiguous = catalog.endpoint(QStringLiteral("compute"), QString(), EndpointInterface::Public);
        QCOMPARE(ambiguous.error().kind, Error::Kind::InvalidInput);
        const auto unknown =
            catalog.endpoint(QStringLiteral("teleport"), QStringLiteral("IAD"), EndpointInterface::Public);
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    }

    void readsKeystoneV2()
    {
        const auto catalog =
            ServiceCatalog::fromKeystoneV2(sample(QStringLiteral("keystone-v2.0/client/authenticate-response.json"))
                                               .value(QLatin1String("access"))
                                               .toObject()
                                               .value(QLatin1String("serviceCatalog"))
                                               .toArray());
        QVERIFY(catalog.ok());
        // One region only: no need to name it.
        const auto compute =
            catalog.value().endpoint(QStringLiteral("compute"), QString(), EndpointInterface::Internal);
        QVERIFY(compute.ok());
        QCOMPARE(compute.value().toString(),
                 QStringLiteral("http://23.253.72.207:8774/v2/fc394f2ab2df4114bde39905f800dc57"));
    }

    void readsKeystoneV3()
    {
        const auto catalog = ServiceCatalog::fromKeystoneV3(
            sample(QStringLiteral("keystone-v3/auth/responses/project-scoped-password.json"))
                .value(QLatin1String("token"))
                .toObject()
                .value(QLatin1String("catalog"))
                .toArray());
        QVERIFY(catalog.ok());
        QCOMPARE(catalog.value().endpoints().size(), 3);
        const auto identity = catalog.value().endpoint(QStringLiteral("identity"), QStringLiteral("RegionOne"),
                                                       EndpointInterface::Internal);
        QVERIFY(identity.ok());
        QCOMPARE(identity.value().toString(), QStringLiteral("http://example.com/identity"));
    }

    void refusesAServiceWithoutType()
    {
        const QJsonArray broken = QJsonDocument::fromJson("[{\"name\": \"nova\", \"endpoints\": []}]").array();
        QCOMPARE(ServiceCatalog::fromKeystoneV2(broken).error().kind, Error::Kind::Protocol);
        QCOMPARE(ServiceCatalog::fromKeystoneV3(broken).error().kind, Error::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(tst_ServiceCatalog)
#include "tst_ServiceCatalog.moc"
