// The sandbox cloud with its Docker backend on the harness's real Docker Engine (reached over mutual TLS,
// as a remote engine would be), driven by Quayside's own cloud clients and reached over real SSH: a server
// is a container of the test host image that lets in the key pair's key, a snapshot boots a clone with
// what the original held, deleting leaves nothing behind, and faults end in ERROR with a clear reason.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"

#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "sandbox/DockerSandboxBackend.h"
#include "sandbox/SandboxServer.h"
#include "ssh/SshKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace quayside;
using namespace quayside::test;

namespace {

const QByteArray kPassword = "sandbox docker test password";
constexpr int kBootMs = 120000;

// One sandbox cloud on its own port: a backend, the API in front of it, and Quayside's clients to it.
struct Cloud
{
    std::unique_ptr<DockerCli> docker;
    std::unique_ptr<DockerSandboxBackend> backend;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<CloudSession> session;
    std::unique_ptr<NovaClient> nova;
};

} // namespace

class tst_SandboxDocker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Cloud> makeCloud(const DockerCliEndpoint &endpoint, const QString &hostImage)
    {
        auto cloud = std::make_unique<Cloud>();
        cloud->docker = std::make_unique<DockerCli>(endpoint);
        DockerSandboxOptions options;
        options.hostImage = hostImage;
        options.instanceId = m_instanceId;
        options.environment = {QStringLiteral("APT_REPOSITORY=") + m_aptRepository};
        options.sshWaitMs = 60000;
        options.callTimeoutMs = 30000;
        cloud->backend = std::make_unique<DockerSandboxBackend>(cloud->docker.get(), options);
        SandboxIdentity identity;
        identity.password = kPassword;
        cloud->server = std::make_unique<SandboxServer>(cloud->backend.get(), identity);
        if (!cloud->server->listen())
            qWarning() << cloud->server->errorString();
        CloudAccount account;
        account.id = QStringLiteral("sandbox");
        account.method = CloudAuthMethod::KeystoneV3Password;
        account.authUrl = cloud->server->authUrl();
        account.region = SandboxServer::region();
        account.userName = QStringLiteral("quayside");
        account.userDomainName = QStringLiteral("Default");
        account.projectName = QStringLiteral("quayside");
        account.projectDomainName = QStringLiteral("Default");
        cloud->session = std::make_unique<CloudSession>(account, kPassword, &m_network);
        cloud->nova = std::make_unique<NovaClient>(cloud->session.get(), &m_network);
        cloud->nova->setPollInterval(250);
        return cloud;
    }

    Result<NovaServer> boot(Cloud &cloud, const QString &name, const QString &imageId,
                            const QList<NovaFile> &files = {})
    {
        NovaServerSpec spec;
        spec.name = name;
        spec.imageId = imageId;
        spec.flavorId = QStringLiteral("1");
        spec.keyName = QStringLiteral("test key");
        spec.files = files;
        const auto created = await<NovaServer>([&](auto done) { cloud.nova->createServer(spec, this, done); });
        if (!created)
            return created.error();
        return await<NovaServer>(
            [&](auto done) { cloud.nova->waitForActive(created.value().id, false, kBootMs, this, {}, done); },
            kBootMs + 5000);
    }

    // A call the clients do not make (yet), with the session's token.
    QPair<int, QByteArray> raw(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        const auto token = await<KeystoneToken>([&](auto done) { m_cloud->session->token(this, done); });
        QNetworkRequest request(QUrl(m_cloud->server->baseUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Auth-Token", token ? token.value().id : QByteArray());
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        QPair<int, QByteArray> result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                      reply->readAll()};
        reply->deleteLater();
        return result;
    }

    QString consoleOutput(const QString &serverId, int lines = 50)
    {
        const auto output =
            await<QString>([&](auto done) { m_cloud->nova->consoleOutput(serverId, lines, this, done); });
        // A failure shows in the checks on the text.
        return output ? output.value() : QStringLiteral("(no console: %1)").arg(output.error().message);
    }

    static QString hostKeyFingerprints(const QString &console)
    {
        const qsizetype begin = console.lastIndexOf(QLatin1String("-----BEGIN SSH HOST KEY FINGERPRINTS-----"));
        const qsizetype end = console.lastIndexOf(QLatin1String("-----END SSH HOST KEY FINGERPRINTS-----"));
        return begin >= 0 && end > begin ? console.mid(begin, end - begin) : QString();
    }

    // Logs in as `user` over SSH, trusting the host key the server's console shows, and runs `command`.
    Result<QString> ssh(const NovaServer &server, const QString &user, const QString &command)
    {
        return runOnCloudServer(server.accessIPv4, user, m_key, consoleOutput(server.id),
                                m_dir.filePath(QStringLiteral("known_hosts-%1").arg(++m_logins)), command);
    }

    QStringList labelledContainers()
    {
        const ToolResult listed =
            m_engine.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                             QStringLiteral("label=quayside.sandbox=") + m_instanceId});
        return QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QTemporaryDir m_dir;
    TestDockerEngine m_engine;
    std::unique_ptr<TestCloudHost> m_harnessHost;
    QString m_aptRepository;
    QString m_instanceId = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    DockerCliEndpoint m_tls;
    QNetworkAccessManager m_network;
    SshKey m_key;
    std::unique_ptr<Cloud> m_cloud;
    int m_logins = 0;
    NovaServer m_first;
    NovaServer m_clone;
    QString m_snapshotId;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("sandbox-docker-test"));
        VERIFY_OK(key);
        m_key = key.value();
        // The harness's own cloud host puts the host image on the engine and serves the apt repository
        // that the image's boot script points apt at.
        m_harnessHost = std::make_unique<TestCloudHost>(&m_engine);
        QVERIFY2(m_harnessHost->start(m_key.publicKeyLine().toUtf8()), qPrintable(m_harnessHost->errorString()));
        m_aptRepository = m_harnessHost->aptSource().section(QLatin1Char(' '), 2, 2);
        QVERIFY(m_aptRepository.startsWith(QLatin1String("http://")));
        // The engine over TCP with mutual TLS, the way the docker CLI reaches a remote one.
        m_tls.host = QStringLiteral("tcp://127.0.0.1:%1").arg(m_engine.port());
        m_tls.tlsDirectory = m_engine.cliTlsDirectory();
        m_cloud = makeCloud(m_tls, TestCloudHost::imageName());
        QVERIFY(m_cloud->server->port() > 0);
        const auto imported = await<NovaKeypair>([&](auto done) {
            m_cloud->nova->importKeypair(QStringLiteral("test key"), m_key.publicKeyLine(), this, done);
        });
        VERIFY_OK(imported);
    }

    void cleanupTestCase()
    {
        m_cloud.reset();
        // Whatever a failed test left: the engine goes with the test, but say what was left.
        const QStringList left = labelledContainers();
        if (!left.isEmpty())
            m_engine.docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + left);
    }

    void checksItsHostImage()
    {
        const auto size = await<qint64>([&](auto done) { m_cloud->backend->checkHostImage(this, done); });
        VERIFY_OK(size);
        QVERIFY(size.value() > qint64(10) * 1024 * 1024);
        QCOMPARE(m_cloud->backend->image(SandboxBackend::baseImageId())->sizeBytes, size.value());

        auto absent = makeCloud(m_tls, QStringLiteral("quayside-test/absent:nothing"));
        const auto missing = await<qint64>([&](auto done) { absent->backend->checkHostImage(this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("quayside-test/absent:nothing")) &&
                     missing.error().message.contains(QLatin1String("--host-image")),
                 qPrintable(missing.error().message));
    }

    void bootsAServerThatLetsInTheKey()
    {
        const QByteArray personality = "written by the sandbox before boot\n";
        const auto active = boot(*m_cloud, QStringLiteral("web 1"), SandboxBackend::baseImageId(),
                                 {NovaFile{QStringLiteral("/etc/quayside/personality.txt"), personality}});
        VERIFY_OK(active);
        m_first = active.value();
        QCOMPARE(m_first.status, QStringLiteral("ACTIVE"));
        QVERIFY(!m_first.accessIPv4.isEmpty());
        QCOMPARE(m_first.addresses.size(), 1);
        QCOMPARE(m_first.addresses.constFirst().address, m_first.accessIPv4);

        // The container carries the sandbox's labels, and sits at the server's address.
        const ToolResult labelled =
            m_engine.docker({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                             QStringLiteral("label=quayside.sandbox.server=") + m_first.id, QStringLiteral("--filter"),
                             QStringLiteral("label=quayside.sandbox=") + m_instanceId});
        QCOMPARE(QString::fromUtf8(labelled.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);

        const QString console = consoleOutput(m_first.id);
        QVERIFY2(console.contains(QLatin1String("-----BEGIN SSH HOST KEY FINGERPRINTS-----")), qPrintable(console));
        const QString tail = consoleOutput(m_first.id, 2);
        QCOMPARE(tail.count(QLatin1Char('\n')), 2);
        QVERIFY2(console.endsWith(tail), qPrintable(tail));

        const auto version = ssh(m_first, QStringLiteral("root"), QStringLiteral("cat /etc/debian_version"));
        VERIFY_OK(version);
        QVERIFY2(version.value().startsWith(QLatin1String("12.")), qPrintable(version.value()));
        const auto asDebian = ssh(m_first, QStringLiteral("debian"), QStringLiteral("id -un; sudo -n id -u"));
        VERIFY_OK(asDebian);
        QCOMPARE(asDebian.value(), QStringLiteral("debian\n0"));
        const auto file = ssh(m_first, QStringLiteral("root"), QStringLiteral("cat /etc/quayside/personality.txt"));
        VERIFY_OK(file);
        QCOMPARE(file.value().toUtf8() + '\n', personality);
        // Another key is not let in.
        auto stranger = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("stranger"));
        VERIFY_OK(stranger);
        const SshKey own = m_key;
        m_key = stranger.value();
        const auto refused = ssh(m_first, QStringLiteral("root"), QStringLiteral("true"));
        m_key = own;
        QVERIFY(!refused.ok());
    }

    void snapshotBootsACloneWithWhatItHeld()
    {
        QVERIFY(!m_first.id.isEmpty());
        const auto marked =
            ssh(m_first, QStringLiteral("root"), QStringLiteral("echo held-by-the-snapshot > /root/marker && sync"));
        VERIFY_OK(marked);
        const auto imageId = await<QString>(
            [&](auto done) {
                m_cloud->nova->createImage(m_first.id, QStringLiteral("web-snapshot"), {}, 60000, this, done);
            },
            70000);
        VERIFY_OK(imageId);
        m_snapshotId = imageId.value();
        const auto saved = await<NovaImage>(
            [&](auto done) { m_cloud->nova->waitForImage(m_snapshotId, 300000, this, {}, done); }, 310000);
        VERIFY_OK(saved);
        QCOMPARE(saved.value().status, QStringLiteral("ACTIVE"));
        QVERIFY(saved.value().sizeBytes > 0);
        const QString tag = DockerSandboxBackend::snapshotRepository() + QLatin1Char(':') + m_snapshotId;
        const ToolResult label =
            m_engine.docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                             QStringLiteral("{{index .Config.Labels \"quayside.sandbox.image\"}}"), tag});
        QVERIFY2(label.ok(), label.err.constData());
        QCOMPARE(QString::fromUtf8(label.out).trimmed(), m_snapshotId);

        const auto clone = boot(*m_cloud, QStringLiteral("web-2"), m_snapshotId);
        VERIFY_OK(clone);
        m_clone = clone.value();
        QVERIFY(m_clone.accessIPv4 != m_first.accessIPv4);
        const auto marker = ssh(m_clone, QStringLiteral("root"), QStringLiteral("cat /root/marker; hostname"));
        VERIFY_OK(marker);
        QCOMPARE(marker.value(), QStringLiteral("held-by-the-snapshot\nweb-2"));
        // Like a cloud's new instance, the clone made its own SSH host keys.
        const QString originalKeys = hostKeyFingerprints(consoleOutput(m_first.id));
        const QString cloneKeys = hostKeyFingerprints(consoleOutput(m_clone.id));
        QVERIFY2(originalKeys.contains(QLatin1String("SHA256:")), qPrintable(originalKeys));
        QVERIFY2(cloneKeys.contains(QLatin1String("SHA256:")), qPrintable(cloneKeys));
        QVERIFY2(originalKeys != cloneKeys, qPrintable(cloneKeys));
    }

    void deletingLeavesNothingBehind()
    {
        QVERIFY(!m_first.id.isEmpty() && !m_clone.id.isEmpty() && !m_snapshotId.isEmpty());
        for (const QString &id : {m_first.id, m_clone.id}) {
            VERIFY_OK(await<void>([&](auto done) { m_cloud->nova->deleteServer(id, this, done); }));
            VERIFY_OK(await<void>([&](auto done) { m_cloud->nova->waitForDeletion(id, 60000, this, done); }, 65000));
        }
        QVERIFY2(labelledContainers().isEmpty(), qPrintable(labelledContainers().join(QLatin1Char(' '))));
        QCOMPARE(raw("DELETE", QStringLiteral("/image/v2/images/") + m_snapshotId).first, 204);
        const QString tag = DockerSandboxBackend::snapshotRepository() + QLatin1Char(':') + m_snapshotId;
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine.docker({QStringLiteral("image"), QStringLiteral("inspect"), tag}).ok(),
                                 30000);
    }

    void deletingWhileBootingLeavesNothing()
    {
        NovaServerSpec spec;
        spec.name = QStringLiteral("short-lived");
        spec.imageId = SandboxBackend::baseImageId();
        spec.flavorId = QStringLiteral("1");
        spec.keyName = QStringLiteral("test key");
        const auto created = await<NovaServer>([&](auto done) { m_cloud->nova->createServer(spec, this, done); });
        VERIFY_OK(created);
        const QString id = created.value().id;
        // Once the container exists, before sshd answers: the boot notices at its next step.
        QTRY_VERIFY_WITH_TIMEOUT(!labelledContainers().isEmpty(), 30000);
        VERIFY_OK(await<void>([&](auto done) { m_cloud->nova->deleteServer(id, this, done); }));
        QTRY_VERIFY_WITH_TIMEOUT(!m_cloud->backend->server(id), 60000);
        QVERIFY2(labelledContainers().isEmpty(), qPrintable(labelledContainers().join(QLatin1Char(' '))));
    }

    void removesWhatAnEarlierRunLeft()
    {
        // An earlier run's server and snapshot, and a container of another sandbox, which must stay.
        const QString label = QStringLiteral("quayside.sandbox=") + m_instanceId;
        const ToolResult server = m_engine.docker(
            {QStringLiteral("create"), QStringLiteral("--label"), label, TestDockerEngine::busyboxImage()});
        QVERIFY2(server.ok(), server.err.constData());
        const QString tag = DockerSandboxBackend::snapshotRepository() + QStringLiteral(":earlier-run");
        const ToolResult snapshot =
            m_engine.docker({QStringLiteral("commit"), QStringLiteral("--change"), QStringLiteral("LABEL ") + label,
                             QString::fromUtf8(server.out).trimmed(), tag});
        QVERIFY2(snapshot.ok(), snapshot.err.constData());
        const ToolResult foreign =
            m_engine.docker({QStringLiteral("create"), QStringLiteral("--label"),
                             QStringLiteral("quayside.sandbox=another-sandbox"), TestDockerEngine::busyboxImage()});
        QVERIFY2(foreign.ok(), foreign.err.constData());

        const auto removed =
            await<DockerSandboxBackend::Leftovers>([&](auto done) { m_cloud->backend->removeLeftovers(this, done); });
        VERIFY_OK(removed);
        QCOMPARE(removed.value().containers, 1);
        QCOMPARE(removed.value().images, 1);
        QVERIFY(labelledContainers().isEmpty());
        QVERIFY(!m_engine.docker({QStringLiteral("image"), QStringLiteral("inspect"), tag}).ok());
        const QString foreignId = QString::fromUtf8(foreign.out).trimmed();
        QVERIFY(m_engine.docker({QStringLiteral("inspect"), foreignId}).ok());
        QVERIFY(m_engine.docker({QStringLiteral("image"), QStringLiteral("inspect"), TestCloudHost::imageName()}).ok());
        m_engine.docker({QStringLiteral("rm"), foreignId});
    }

    void faultsEndInErrorWithTheReason_data()
    {
        QTest::addColumn<bool>("engineReachable");
        QTest::addColumn<QString>("hostImage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no such image") << true << QStringLiteral("quayside-test/absent:nothing")
                                       << QStringLiteral("quayside-test/absent:nothing");
        QTest::newRow("engine unreachable") << false << TestCloudHost::imageName() << QStringLiteral("127.0.0.1:1");
        QTest::newRow("exits at once") << true << TestDockerEngine::busyboxImage()
                                       << QStringLiteral("stopped while booting");
    }

    void faultsEndInErrorWithTheReason()
    {
        QFETCH(bool, engineReachable);
        QFETCH(QString, hostImage);
        QFETCH(QString, reason);
        DockerCliEndpoint endpoint = m_tls;
        if (!engineReachable)
            endpoint.host = QStringLiteral("tcp://127.0.0.1:1");
        auto cloud = makeCloud(endpoint, hostImage);
        VERIFY_OK(await<NovaKeypair>([&](auto done) {
            cloud->nova->importKeypair(QStringLiteral("test key"), m_key.publicKeyLine(), this, done);
        }));
        const auto failed = boot(*cloud, QStringLiteral("doomed"), SandboxBackend::baseImageId());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(reason), qPrintable(failed.error().message));
        const auto servers = await<QList<NovaServer>>([&](auto done) { cloud->nova->servers({}, this, done); });
        VERIFY_OK(servers);
        QCOMPARE(servers.value().size(), 1);
        QCOMPARE(servers.value().constFirst().status, QStringLiteral("ERROR"));
        // Deleting a server in ERROR removes whatever container it got (with an unreachable engine, none).
        const QString id = servers.value().constFirst().id;
        VERIFY_OK(await<void>([&](auto done) { cloud->nova->deleteServer(id, this, done); }));
        // (Not NovaClient::waitForDeletion: it takes a server still in ERROR with a fault for a failed deletion.)
        QTRY_VERIFY_WITH_TIMEOUT(!cloud->backend->server(id), 30000);
        QVERIFY(labelledContainers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxDocker)
#include "tst_SandboxDocker.moc"
