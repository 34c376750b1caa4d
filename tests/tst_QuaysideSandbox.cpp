// The quayside-sandbox executable as a user runs it: it starts, says where its API and credentials are,
// keeps the password out of its output, answers Quayside's clients with the credentials it wrote, keeps
// the password across restarts, refuses a taken port clearly, ends cleanly on SIGTERM, and by default boots
// its servers as containers on the Docker Engine that DOCKER_HOST names.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"

#include "cloud/CloudAccountImport.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "ssh/SshKey.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::await;

namespace {

// A running quayside-sandbox, its output collected as it comes.
class Sandbox
{
public:
    explicit Sandbox(const QStringList &arguments,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(QStringLiteral(QUAYSIDE_SANDBOX_BINARY));
        m_process.setArguments(arguments);
        m_process.start();
    }

    ~Sandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The auth URL it printed, once it has; empty if it ended or said nothing within the time.
    QString waitForAuthUrl(int timeoutMs = 20000)
    {
        static const QRegularExpression url(QStringLiteral("auth URL: +(http://127\\.0\\.0\\.1:[0-9]+/identity/v3)"));
        QString found;
        [[maybe_unused]] const bool ended = QTest::qWaitFor(
            [&] {
                const auto match = url.match(QString::fromUtf8(output()));
                found = match.captured(1);
                return !found.isEmpty() || m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return found;
    }

    bool waitForEnd(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }

    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        m_output += m_process.readAllStandardError();
        return m_output;
    }

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class tst_QuaysideSandbox : public QObject
{
    Q_OBJECT

private:
    Result<ImportedAccount> importCredentials(const QString &data)
    {
        CloudAccountImport import;
        const auto accounts = import.fromCloudsYamlFile(data + QStringLiteral("/clouds.yaml"));
        if (!accounts)
            return accounts.error();
        if (accounts.value().size() != 1)
            return Error{Error::Kind::Protocol, 0, QStringLiteral("clouds.yaml should name one cloud")};
        return accounts.value().first();
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void startsAnswersAndStopsOnSigterm()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString data = home.filePath(QStringLiteral("sandbox"));
        Sandbox sandbox({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data,
                         QStringLiteral("--build-seconds"), QStringLiteral("0.2"), QStringLiteral("--backend"),
                         QStringLiteral("memory")});
        const QString authUrl = sandbox.waitForAuthUrl();
        QVERIFY2(!authUrl.isEmpty(), sandbox.output().constData());
        QVERIFY(sandbox.output().contains("clouds.yaml"));

        QCOMPARE(test::fileMode(data + QStringLiteral("/secure.yaml")), 0600);
        QCOMPARE(test::fileMode(data + QStringLiteral("/clouds.yaml")), 0644);
        const auto imported = importCredentials(data);
        VERIFY_OK(imported);
        QCOMPARE(imported.value().account.authUrl.toString(), authUrl);
        QCOMPARE(imported.value().account.region, QStringLiteral("sandbox"));
        const QByteArray password = imported.value().secret;
        QVERIFY(password.size() >= 24);

        CloudSession session(imported.value().account, password, &m_network);
        NovaClient nova(&session, &m_network);
        const auto flavors = await<QList<NovaFlavor>>([&](auto done) { nova.flavors(this, done); });
        VERIFY_OK(flavors);
        QVERIFY(!flavors.value().isEmpty());
        CloudSession wrong(imported.value().account, password + "x", &m_network);
        const auto refused = await<KeystoneToken>([&](auto done) { wrong.token(this, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 401);

        sandbox.process().terminate(); // SIGTERM
        QVERIFY(sandbox.waitForEnd());
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 0);
        QVERIFY(sandbox.output().contains("stopped"));
        QVERIFY2(!sandbox.output().contains(password), "the password reached the output");

        // Started again on the same folder: the same password, so accounts made against it keep working.
        Sandbox again({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data});
        const QString secondUrl = again.waitForAuthUrl();
        QVERIFY2(!secondUrl.isEmpty(), again.output().constData());
        const auto reimported = importCredentials(data);
        VERIFY_OK(reimported);
        QCOMPARE(reimported.value().secret, password);
        QCOMPARE(reimported.value().account.authUrl.toString(), secondUrl);

        // A second sandbox on the port the first holds says so and ends.
        const QString port = QUrl(secondUrl).port() > 0 ? QString::number(QUrl(secondUrl).port()) : QString();
        Sandbox clash({QStringLiteral("--port"), port, QStringLiteral("--data"), data});
        QVERIFY(clash.waitForEnd());
        QCOMPARE(clash.process().exitCode(), 1);
        QVERIFY2(clash.output().contains(QByteArray("could not listen on 127.0.0.1 port " + port.toLatin1())),
                 clash.output().constData());
        QVERIFY(again.process().state() == QProcess::Running);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
        QTest::newRow("too high") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("address") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost.example")};
        QTest::newRow("backend") << QStringList{QStringLiteral("--backend"), QStringLiteral("openstack")};
        QTest::newRow("server-env") << QStringList{QStringLiteral("--server-env"), QStringLiteral("=nothing")};
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir home;
        Sandbox sandbox(arguments + QStringList{QStringLiteral("--data"), home.path()});
        QVERIFY(sandbox.waitForEnd());
        QCOMPARE(sandbox.process().exitCode(), 2);
        QVERIFY2(sandbox.output().contains("--port"), sandbox.output().constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("secure.yaml"))));
    }

    // The default backend: servers are containers on the Docker Engine that DOCKER_HOST names.
    void bootsServersOnTheDockerEngine()
    {
        test::TestDockerEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.errorString()));
        auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("sandbox-executable-test"));
        VERIFY_OK(key);
        // The harness's cloud host puts the host image on the engine and serves the apt repository its boot
        // script needs.
        test::TestCloudHost harness(&engine);
        QVERIFY2(harness.start(key.value().publicKeyLine().toUtf8()), qPrintable(harness.errorString()));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString data = home.filePath(QStringLiteral("sandbox"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + engine.unixSocket());
        Sandbox sandbox({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data,
                         QStringLiteral("--host-image"), test::TestCloudHost::imageName(),
                         QStringLiteral("--server-env"),
                         QStringLiteral("APT_REPOSITORY=") + harness.aptSource().section(QLatin1Char(' '), 2, 2)},
                        environment);
        QVERIFY2(!sandbox.waitForAuthUrl().isEmpty(), sandbox.output().constData());
        const auto imported = importCredentials(data);
        VERIFY_OK(imported);
        CloudSession session(imported.value().account, imported.value().secret, &m_network);
        NovaClient nova(&session, &m_network);
        nova.setPollInterval(250);
        VERIFY_OK(await<NovaKeypair>(
            [&](auto done) { nova.importKeypair(QStringLiteral("key"), key.value().publicKeyLine(), this, done); }));
        NovaServerSpec spec;
        spec.name = QStringLiteral("first");
        spec.imageId = QStringLiteral("5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60"); // debian-12
        spec.flavorId = QStringLiteral("1");
        spec.keyName = QStringLiteral("key");
        const auto created = await<NovaServer>([&](auto done) { nova.createServer(spec, this, done); });
        VERIFY_OK(created);
        const auto active = await<NovaServer>(
            [&](auto done) { nova.waitForActive(created.value().id, false, 90000, this, {}, done); }, 95000);
        VERIFY_OK(active);
        QVERIFY(!active.value().accessIPv4.isEmpty());
        const QStringList labelled = {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                      QStringLiteral("label=quayside.sandbox.server=") + created.value().id};
        QCOMPARE(QString::fromUtf8(engine.docker(labelled).out).trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!engine.docker(labelled).out.trimmed().isEmpty());
        VERIFY_OK(await<void>([&](auto done) { nova.deleteServer(created.value().id, this, done); }));
        VERIFY_OK(await<void>([&](auto done) { nova.waitForDeletion(created.value().id, 30000, this, done); }, 35000));
        QVERIFY(engine.docker(labelled).out.trimmed().isEmpty());

        // A server still there when the sandbox stops is removed when it starts again: its record is gone.
        const auto second = await<NovaServer>([&](auto done) { nova.createServer(spec, this, done); });
        VERIFY_OK(second);
        VERIFY_OK(await<NovaServer>(
            [&](auto done) { nova.waitForActive(second.value().id, false, 90000, this, {}, done); }, 95000));
        sandbox.process().terminate();
        QVERIFY(sandbox.waitForEnd());
        const QStringList anyOfItsServers = {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                             QStringLiteral("label=quayside.sandbox.server")};
        QVERIFY(!engine.docker(anyOfItsServers).out.trimmed().isEmpty());
        Sandbox again({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data,
                       QStringLiteral("--host-image"), test::TestCloudHost::imageName()},
                      environment);
        QVERIFY2(!again.waitForAuthUrl().isEmpty(), again.output().constData());
        QVERIFY2(again.output().contains("Removed 1 server container(s) and 0 snapshot image(s)"),
                 again.output().constData());
        QVERIFY(engine.docker(anyOfItsServers).out.trimmed().isEmpty());
        QVERIFY2(!again.output().contains("will fail"), again.output().constData());
        again.process().terminate();
        QVERIFY(again.waitForEnd());

        // A host image the engine lacks is said at once.
        Sandbox unready({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data,
                         QStringLiteral("--host-image"), QStringLiteral("quayside-test/absent:nothing")},
                        environment);
        QVERIFY2(!unready.waitForAuthUrl().isEmpty(), unready.output().constData());
        QVERIFY2(unready.output().contains("servers will fail to boot: The Docker Engine has no image "
                                           "quayside-test/absent:nothing"),
                 unready.output().constData());
    }
};

QTEST_GUILESS_MAIN(tst_QuaysideSandbox)
#include "tst_QuaysideSandbox.moc"
