#include "core/Fleet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;

class tst_Fleet : public QObject
{
    Q_OBJECT

private:
    static Fleet sample()
    {
        Fleet fleet;
        fleet.name = QStringLiteral("demo");
        fleet.cloudAccountId = QStringLiteral("rackspace-lon");
        fleet.authUrl = QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0");
        fleet.region = QStringLiteral("LON");
        fleet.flavorId = QStringLiteral("general1-1");
        fleet.baseImageId = QStringLiteral("df27d481");
        fleet.keyPairName = QStringLiteral("demo-key");
        fleet.keyPairImported = true;
        fleet.dockerHosts = 2;
        fleet.containers = 4;
        fleet.networks = {QStringLiteral("00000000-0000-0000-0000-000000000000"),
                          QStringLiteral("11111111-1111-1111-1111-111111111111")};
        FleetServer server;
        server.name = QStringLiteral("demo-docker-1");
        server.requestId = QStringLiteral("r-1");
        server.novaId = QStringLiteral("n-1");
        server.address = QStringLiteral("203.0.113.7");
        server.hostKeyFingerprint = QStringLiteral("SHA256:abc");
        server.phase = FleetServer::Phase::Trusted;
        FleetServer nginx;
        nginx.role = FleetServer::Role::NginxHost;
        nginx.name = QStringLiteral("demo-nginx");
        nginx.requestId = QStringLiteral("r-2");
        fleet.servers = {server, nginx};
        fleet.snapshot = FleetImage{QStringLiteral("demo-snapshot"), QStringLiteral("r-3"), QStringLiteral("i-1"),
                                    QStringLiteral("n-1"), true};
        fleet.containerList = {FleetContainer{QStringLiteral("demo-docker-1"), QStringLiteral("c0ffee"),
                                              QStringLiteral("tomcat"), QStringLiteral("demo-tomcat-1"), 8081}};
        fleet.sshUser = QStringLiteral("debian");
        fleet.sshKeyPath = QStringLiteral("/home/me/.ssh/id_ed25519");
        fleet.finishedPhases = {QStringLiteral("key-pair"), QStringLiteral("first-docker-host")};
        return fleet;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/fleet.json"));
        QVERIFY(FleetFile::save(path, sample()).ok());
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const auto loaded = FleetFile::load(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(FleetFile::toJson(loaded.value()), FleetFile::toJson(sample()));
        QCOMPARE(loaded.value().server(QStringLiteral("demo-docker-1"))->phase, FleetServer::Phase::Trusted);
        QCOMPARE(loaded.value().server(QStringLiteral("demo-nginx"))->role, FleetServer::Role::NginxHost);
        QVERIFY(loaded.value().isFinished(QStringLiteral("first-docker-host")));
        QCOMPARE(loaded.value().sshUser, QStringLiteral("debian"));
        QCOMPARE(loaded.value().sshKeyPath, QStringLiteral("/home/me/.ssh/id_ed25519"));
        QCOMPARE(loaded.value().containerList.first().hostPort, 8081);
        QCOMPARE(loaded.value().containerList.first().name, QStringLiteral("demo-tomcat-1"));
        QCOMPARE(loaded.value().networks, sample().networks);
        QVERIFY(FleetFile::remove(path).ok());
        QVERIFY(FleetFile::remove(path).ok());
        QCOMPARE(FleetFile::load(path).error().kind, Error::Kind::NotFound);
    }

    // Records written before a fleet had an SSH user and its containers a name and port still load.
    void recordWithoutLaterFields()
    {
        QJsonObject root = QJsonDocument::fromJson(FleetFile::toJson(sample())).object();
        root.remove(QStringLiteral("sshUser"));
        root.remove(QStringLiteral("networks"));
        root.remove(QStringLiteral("sshKeyPath"));
        QJsonArray containers = root.value(QStringLiteral("containerList")).toArray();
        QJsonObject container = containers.at(0).toObject();
        container.remove(QStringLiteral("name"));
        container.remove(QStringLiteral("hostPort"));
        containers.replace(0, container);
        root.insert(QStringLiteral("containerList"), containers);
        const auto loaded = FleetFile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("old.json"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded.value().sshUser, QStringLiteral("root"));
        QCOMPARE(loaded.value().containerList.first().hostPort, 0);
        QVERIFY(loaded.value().containerList.first().name.isEmpty());
        QVERIFY(loaded.value().networks.isEmpty());
        QVERIFY(loaded.value().sshKeyPath.isEmpty());
    }

    // Before format 2 the Docker host's setup built the Tomcat image too: such a record has the image.
    void tomcatImagePhaseMigration_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("finished");
        QTest::addColumn<QStringList>("loaded");
        const QString keyPair = QStringLiteral("key-pair");
        const QString host = QStringLiteral("first-docker-host");
        const QString setup = QStringLiteral("docker-host-setup");
        const QString image = QStringLiteral("tomcat-image");
        const QString snapshot = QStringLiteral("snapshot");
        QTest::newRow("format 1, set up")
            << 1 << QStringList{keyPair, host, setup, snapshot} << QStringList{keyPair, host, setup, image, snapshot};
        QTest::newRow("format 1, not set up") << 1 << QStringList{keyPair, host} << QStringList{keyPair, host};
        QTest::newRow("format 2, image not built")
            << 2 << QStringList{keyPair, host, setup} << QStringList{keyPair, host, setup};
        QTest::newRow("format 2, image built")
            << 2 << QStringList{keyPair, host, setup, image} << QStringList{keyPair, host, setup, image};
    }

    void tomcatImagePhaseMigration()
    {
        QFETCH(int, version);
        QFETCH(QStringList, finished);
        QFETCH(QStringList, loaded);
        Fleet fleet = sample();
        fleet.finishedPhases = finished;
        QJsonObject root = QJsonDocument::fromJson(FleetFile::toJson(fleet)).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), Fleet::kFormatVersion);
        root.insert(QStringLiteral("version"), version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const auto read = FleetFile::load(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value().finishedPhases, loaded);
        // Saved again, it is of the current format and stays as loaded.
        QVERIFY(FleetFile::save(path, read.value()).ok());
        QCOMPARE(FleetFile::load(path).value().finishedPhases, loaded);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const QByteArray good = FleetFile::toJson(sample());
        QTest::newRow("not json") << QByteArray("{\"name\": ") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no version") << QByteArray(good).replace("\"version\": 2", "\"versio\": 2")
                                    << QStringLiteral("fleet.version");
        QTest::newRow("newer") << QByteArray(good).replace("\"version\": 2", "\"version\": 7")
                               << QStringLiteral("newer Quayside");
        const auto withNetworks = [&good](const QJsonValue &networks) {
            QJsonObject root = QJsonDocument::fromJson(good).object();
            root.insert(QStringLiteral("networks"), networks);
            return QJsonDocument(root).toJson();
        };
        QTest::newRow("networks type") << withNetworks(QStringLiteral("net-1"))
                                       << QStringLiteral("fleet.networks must be a list");
        QTest::newRow("network type") << withNetworks(QJsonArray{QStringLiteral("net-1"), 7})
                                      << QStringLiteral("fleet.networks must list network ids");
        QTest::newRow("name type") << QByteArray(good).replace("\"name\": \"demo\"", "\"name\": 3")
                                   << QStringLiteral("fleet.name must be a text");
        QTest::newRow("role") << QByteArray(good).replace("\"docker-host\"", "\"web\"")
                              << QStringLiteral("fleet.servers[0].role must be one of");
        QTest::newRow("phase") << QByteArray(good).replace("\"trusted\"", "\"half\"")
                               << QStringLiteral("fleet.servers[0].phase");
        QTest::newRow("server not object")
            << QByteArray(R"({"version":1,"name":"d","cloudAccountId":"a","region":"r","flavorId":"f",)"
                          R"("baseImageId":"i","keyPairName":"k","dockerHosts":1,"containers":0,"servers":[1]})")
            << QStringLiteral("fleet.servers[0] must be an object");
        QTest::newRow("host port") << QByteArray(good).replace("\"hostPort\": 8081", "\"hostPort\": \"8081\"")
                                   << QStringLiteral("fleet.containerList[0].hostPort must be a whole number");
        QTest::newRow("hosts") << QByteArray(good).replace("\"dockerHosts\": 2", "\"dockerHosts\": 0")
                               << QStringLiteral("fleet.dockerHosts must be a whole number of at least 1");
        QTest::newRow("snapshot id") << QByteArray(good).replace("\"id\": \"i-1\"", "\"id\": null")
                                     << QStringLiteral("fleet.snapshot.id");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const auto loaded = FleetFile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
        QFile unchanged(path);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), json);
    }
};

QTEST_GUILESS_MAIN(tst_Fleet)
#include "tst_Fleet.moc"
