// Nova's replies read from the official samples, and from the ways real clouds stray from them.
#include "cloud/NovaTypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quayside;

namespace {

QByteArray sample(const QString &path)
{
    QFile file(QStringLiteral(QUAYSIDE_TEST_DATA "/api-samples/nova/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

NovaServer withAddresses(const QList<NovaAddress> &addresses)
{
    NovaServer server;
    server.addresses = addresses;
    return server;
}

} // namespace

class tst_NovaJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultNamesFollowNova()
    {
        QCOMPARE(NovaJson::faultName(400), QStringLiteral("badRequest"));
        QCOMPARE(NovaJson::faultName(404), QStringLiteral("itemNotFound"));
        QCOMPARE(NovaJson::faultName(409), QStringLiteral("conflictingRequest"));
        QCOMPARE(NovaJson::faultName(413), QStringLiteral("overLimit"));
        QCOMPARE(NovaJson::faultName(429), QStringLiteral("overLimit"));
        QCOMPARE(NovaJson::faultName(500), QStringLiteral("computeFault"));
        QCOMPARE(NovaJson::faultName(418), QStringLiteral("computeFault"));
    }

    void readsTheServerSample()
    {
        const auto server = NovaJson::server(sample(QStringLiteral("servers/server-get-resp.json")));
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
        const NovaServer &s = server.value();
        QCOMPARE(s.id, QStringLiteral("0e44cc9c-e052-415d-afbf-469b0d384170"));
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
        QCOMPARE(s.imageId, QStringLiteral("70a599e0-31e7-49b7-b260-868f441e862b"));
        QCOMPARE(s.flavorId, QStringLiteral("1"));
        QCOMPARE(s.metadata.value(QStringLiteral("My Server Name")), QStringLiteral("Apache1"));
        QCOMPARE(s.publicIPv4(), QStringLiteral("1.2.3.4")); // accessIPv4
        QCOMPARE(s.privateIPv4(), QStringLiteral("192.168.1.30"));
        QVERIFY(!s.fault);
        QCOMPARE(s.created, QDateTime(QDate(2013, 9, 3), QTime(4, 1, 32), Qt::UTC));
    }

    void readsTheCreateReply()
    {
        const auto server = NovaJson::server(sample(QStringLiteral("servers/server-create-resp.json")));
        QVERIFY(server.ok());
        QCOMPARE(server.value().id, QStringLiteral("f5dc173b-6804-445a-a6d8-c705dad5b5eb"));
        QCOMPARE(server.value().adminPass, QByteArray("6NpUwoz2QDRN"));
    }

    void readsPagesOfServers()
    {
        const auto page = NovaJson::servers(sample(QStringLiteral("servers/servers-details-resp.json")));
        QVERIFY(page.ok());
        QCOMPARE(page.value().first.size(), 1);
        QVERIFY(page.value().second.contains(QLatin1String("marker=f5dc173b-6804-445a-a6d8-c705dad5b5eb")));
        const auto last = NovaJson::servers("{\"servers\": []}");
        QVERIFY(last.ok());
        QVERIFY(last.value().second.isEmpty());
    }

    void readsFlavorsImagesAndKeypairs()
    {
        const auto flavors = NovaJson::flavors(sample(QStringLiteral("flavors/flavors-detail-resp.json")));
        QVERIFY(flavors.ok());
        QCOMPARE(flavors.value().first().name, QStringLiteral("m1.tiny"));
        QCOMPARE(flavors.value().first().ramMb, 512);
        QCOMPARE(flavors.value().first().vcpus, 1);

        const auto images = NovaJson::images(sample(QStringLiteral("images/images-details-get-resp.json")));
        QVERIFY(images.ok());
        QVERIFY(images.value().size() >= 5);
        QCOMPARE(images.value().first().status, QStringLiteral("ACTIVE"));
        QCOMPARE(images.value().first().sizeBytes, qint64(25165824));
        QVERIFY(!images.value().first().isSnapshot);

        const auto keypairs = NovaJson::keypairs(sample(QStringLiteral("os-keypairs/keypairs-list-resp.json")));
        QVERIFY(keypairs.ok());
        QCOMPARE(keypairs.value().size(), 1);
        QVERIFY(keypairs.value().first().publicKey.startsWith(QLatin1String("ssh-rsa ")));
        const auto imported = NovaJson::keypair(sample(QStringLiteral("os-keypairs/keypairs-import-post-resp.json")));
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().fingerprint, QStringLiteral("1e:2c:9b:56:79:4b:45:77:f9:ca:7a:98:2c:b0:d5:3c"));
    }

    void tellsSnapshotsFromImages()
    {
        const QByteArray body = "{\"images\": ["
                                "{\"id\": \"a\", \"name\": \"base\", \"status\": \"ACTIVE\", \"metadata\": {}},"
                                "{\"id\": \"b\", \"name\": \"snap\", \"status\": \"SAVING\", \"progress\": 25,"
                                " \"server\": {\"id\": \"srv-1\"}, \"metadata\": {}},"
                                "{\"id\": \"c\", \"name\": \"glance\", \"status\": \"active\","
                                " \"metadata\": {\"image_type\": \"snapshot\", \"instance_uuid\": \"srv-2\"}}]}";
        const auto images = NovaJson::images(body);
        QVERIFY(images.ok());
        QVERIFY(!images.value().at(0).isSnapshot);
        QVERIFY(images.value().at(1).isSnapshot);
        QCOMPARE(images.value().at(1).serverId, QStringLiteral("srv-1"));
        QCOMPARE(images.value().at(1).progress, 25);
        QVERIFY(images.value().at(2).isSnapshot);
        QCOMPARE(images.value().at(2).serverId, QStringLiteral("srv-2"));
        QCOMPARE(images.value().at(2).status, QStringLiteral("ACTIVE"));
    }

    void acceptsWhatRealCloudsSend()
    {
        // Numbers as strings and empty strings, a numeric id, unknown fields, a fault.
        const QByteArray body = "{\"server\": {\"id\": 12345, \"name\": \"web-1\", \"status\": \"error\","
                                " \"progress\": \"\", \"flavor\": {\"id\": 2}, \"image\": \"\","
                                " \"x-unknown\": {\"deep\": [1, 2]},"
                                " \"addresses\": {\"public\": [{\"addr\": \"203.0.113.5\", \"version\": \"4\"},"
                                "  {\"addr\": \"2001:db8::5\", \"version\": 6}],"
                                "  \"private\": [{\"addr\": \"10.180.1.5\", \"version\": 4}]},"
                                " \"fault\": {\"code\": \"500\", \"message\": \"No valid host was found.\"}}}";
        const auto server = NovaJson::server(body);
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
        QCOMPARE(server.value().id, QStringLiteral("12345"));
        QCOMPARE(server.value().status, QStringLiteral("ERROR"));
        QCOMPARE(server.value().progress, 0);
        QCOMPARE(server.value().flavorId, QStringLiteral("2"));
        QVERIFY(server.value().imageId.isEmpty());
        QCOMPARE(server.value().publicIPv4(), QStringLiteral("203.0.113.5"));
        QCOMPARE(server.value().publicIPv6(), QStringLiteral("2001:db8::5"));
        QCOMPARE(server.value().privateIPv4(), QStringLiteral("10.180.1.5"));
        QVERIFY(server.value().fault);
        QCOMPARE(server.value().fault->code, 500);
        QCOMPARE(server.value().fault->message, QStringLiteral("No valid host was found."));
    }

    void choosesAddresses()
    {
        // A generic cloud: a fixed private address and a floating one on a network of its own name.
        const NovaServer floating = withAddresses(
            {{QStringLiteral("tenant-net"), QStringLiteral("192.168.0.4"), 4, QStringLiteral("fixed")},
             {QStringLiteral("tenant-net"), QStringLiteral("198.51.100.9"), 4, QStringLiteral("floating")}});
        QCOMPARE(floating.publicIPv4(), QStringLiteral("198.51.100.9"));
        QCOMPARE(floating.privateIPv4(), QStringLiteral("192.168.0.4"));
        // Only a private address: no public one is made up.
        const NovaServer inside = withAddresses({{QStringLiteral("lan"), QStringLiteral("10.0.0.7"), 4, QString()}});
        QVERIFY(inside.publicIPv4().isEmpty());
        QCOMPARE(inside.privateIPv4(), QStringLiteral("10.0.0.7"));
    }

    void refusesDamagedReplies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"server\": {\"id\": \"a\"");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no server") << QByteArray("{\"server\": null}");
        QTest::newRow("no id") << QByteArray("{\"server\": {\"name\": \"x\"}}");
    }

    void refusesDamagedReplies()
    {
        QFETCH(QByteArray, body);
        const auto server = NovaJson::server(body);
        QVERIFY(!server.ok());
        QCOMPARE(server.error().kind, Error::Kind::Protocol);
        QVERIFY(!NovaJson::servers(body).ok());
    }

    void createBodyMatchesTheSampleShape()
    {
        NovaServerSpec spec;
        spec.name = QStringLiteral("web-1");
        spec.imageId = QStringLiteral("70a599e0-31e7-49b7-b260-868f441e862b");
        spec.flavorId = QStringLiteral("1");
        spec.keyName = QStringLiteral("quayside");
        spec.files = {NovaFile{QStringLiteral("/root/.ssh/authorized_keys"), "ssh-ed25519 AAAA test\n"}};
        spec.userData = "#cloud-config\n";
        spec.metadata = {{QStringLiteral("quayside.fleet"), QStringLiteral("demo")}};
        spec.networks = {rackspacePublicNet(), rackspaceServiceNet()};
        const QJsonObject ours = QJsonDocument::fromJson(NovaJson::serverCreateBody(spec))
                                     .object()
                                     .value(QLatin1String("server"))
                                     .toObject();
        const QJsonObject official = QJsonDocument::fromJson(sample(QStringLiteral("servers/server-create-req.json")))
                                         .object()
                                         .value(QLatin1String("server"))
                                         .toObject();
        for (const char *key : {"name", "imageRef", "flavorRef", "metadata", "personality", "user_data"})
            QVERIFY2(ours.contains(QLatin1String(key)) && official.contains(QLatin1String(key)), key);
        const QJsonObject file = ours.value(QLatin1String("personality")).toArray().first().toObject();
        QCOMPARE(QByteArray::fromBase64(file.value(QLatin1String("contents")).toString().toLatin1()),
                 QByteArray("ssh-ed25519 AAAA test\n"));
        QCOMPARE(QByteArray::fromBase64(ours.value(QLatin1String("user_data")).toString().toLatin1()),
                 QByteArray("#cloud-config\n"));
        const QJsonArray networks = ours.value(QLatin1String("networks")).toArray();
        QCOMPARE(networks.at(1).toObject().value(QLatin1String("uuid")).toString(),
                 QStringLiteral("11111111-1111-1111-1111-111111111111"));
    }
};

QTEST_GUILESS_MAIN(tst_NovaJson)
#include "tst_NovaJson.moc"
