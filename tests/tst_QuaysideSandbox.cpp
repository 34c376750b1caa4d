// The quayside-sandbox executable as a user runs it: it starts, says where its API and credentials are,
// keeps the password out of its output, answers Quayside's clients with the credentials it wrote, keeps
// the password across restarts, refuses a taken port clearly, ends cleanly on SIGTERM, and by default boots
// its servers as containers on the Docker Engine that DOCKER_HOST names, from its own host image (found by
// the name made from its scripts; the tests' prepared image is that image), and a build of that image that
// cannot work says why and leaves nothing behind.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"

#include "cloud/CloudAccountImport.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "sandbox/DockerSandboxBackend.h"
#include "ssh/SshKey.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
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

    // Logs in to the sandbox at `data` and boots a debian-12 server with `key`; its id, or an error.
    Result<QString> bootServer(const QString &data, const SshKey &key, const QString &name)
    {
        const auto imported = importCredentials(data);
        if (!imported)
            return imported.error();
        CloudSession session(imported.value().account, imported.value().secret, &m_network);
        NovaClient nova(&session, &m_network);
        nova.setPollInterval(250);
        const auto keypair =
            await<NovaKeypair>([&](auto done) { nova.importKeypair(name, key.publicKeyLine(), this, done); });
        if (!keypair)
            return keypair.error();
        NovaServerSpec spec;
        spec.name = name;
        spec.imageId = QStringLiteral("5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60"); // debian-12
        spec.flavorId = QStringLiteral("1");
        spec.keyName = name;
        const auto created = await<NovaServer>([&](auto done) { nova.createServer(spec, this, done); });
        if (!created)
            return created.error();
        const auto active = await<NovaServer>(
            [&](auto done) { nova.waitForActive(created.value().id, false, 90000, this, {}, done); }, 95000);
        if (!active)
            return active.error();
        return active.value().id;
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
        QTest::newRow("mirror") << QStringList{QStringLiteral("--mirror"),
                                               QStringLiteral("ftp://ftp.debian.org/debian")};
        QTest::newRow("prepare another image")
            << QStringList{QStringLiteral("--prepare-image"), QStringLiteral("--host-image"), QStringLiteral("x:y")};
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
        // The prepared image is what the sandbox would make for itself: under that name it needs no build.
        QVERIFY2(harness.tagAsSandboxImage(), qPrintable(harness.errorString()));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString data = home.filePath(QStringLiteral("sandbox"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + engine.unixSocket());
        Sandbox prepared({QStringLiteral("--prepare-image")}, environment);
        QVERIFY(prepared.waitForEnd());
        QCOMPARE(prepared.process().exitCode(), 0);
        QCOMPARE(prepared.process().readAllStandardOutput(), DockerSandboxBackend::defaultHostImage().toUtf8() + '\n');
        QVERIFY2(!prepared.output().contains("host image:"), prepared.output().constData()); // no build

        Sandbox sandbox({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data,
                         QStringLiteral("--server-env"),
                         QStringLiteral("APT_REPOSITORY=") + harness.aptSource().section(QLatin1Char(' '), 2, 2)},
                        environment);
        QVERIFY2(!sandbox.waitForAuthUrl().isEmpty(), sandbox.output().constData());
        QVERIFY2(!sandbox.output().contains("will fail") && !sandbox.output().contains("made the host image"),
                 sandbox.output().constData());
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
        // Without --server-env this time: its servers keep the Debian mirror the image was made from.
        Sandbox again({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data}, environment);
        QVERIFY2(!again.waitForAuthUrl().isEmpty(), again.output().constData());
        QVERIFY2(again.output().contains("Removed 1 server container(s) and 0 snapshot image(s)"),
                 again.output().constData());
        QVERIFY(engine.docker(anyOfItsServers).out.trimmed().isEmpty());
        QVERIFY2(!again.output().contains("will fail"), again.output().constData());
        const auto plain = bootServer(data, key.value(), QStringLiteral("plain"));
        VERIFY_OK(plain);
        const QString container = DockerSandboxBackend::containerName(plain.value());
        auto onServer = [&](const QString &command) {
            const test::ToolResult ran =
                engine.docker({QStringLiteral("exec"), container, QStringLiteral("sh"), QStringLiteral("-c"), command});
            return ran.ok() ? QString::fromUtf8(ran.out) : QStringLiteral("failed: ") + QString::fromUtf8(ran.err);
        };
        const QString sources = onServer(QStringLiteral("cat /etc/apt/sources.list; ls /etc/apt/sources.list.d"));
        QVERIFY2(sources.startsWith(QLatin1String("deb http")) && sources.contains(QLatin1String(" bookworm main")) &&
                     !sources.contains(QLatin1String("quayside-test")),
                 qPrintable(sources));
        // The plain Debian it carries for `docker import`: a gzipped tar of a root file system ...
        const QString base = DockerSandboxBackend::baseImageTarPath();
        const QString listed = onServer(QStringLiteral("tar -tzf %1").arg(base));
        QVERIFY2(listed.split(QLatin1Char('\n')).contains(QLatin1String("./etc/debian_version")),
                 qPrintable(listed.left(500)));
        QVERIFY(!listed.contains(QLatin1String("usr/local/sbin/quayside-boot")));
        QVERIFY(!listed.contains(QLatin1String("./usr/sbin/sshd")));
        // ... that the engine imports as an image, whose containers run.
        QTemporaryDir copied;
        QVERIFY(copied.isValid());
        test::ToolOptions slow;
        slow.timeoutMs = 120000;
        const QStringList copy = {QStringLiteral("cp"), container + QLatin1Char(':') + base, copied.path()};
        const test::ToolResult fetched = engine.docker(copy, slow);
        QVERIFY2(fetched.ok(), fetched.err.constData());
        const QStringList import = {QStringLiteral("import"), copied.filePath(QStringLiteral("debian-bookworm.tar.gz")),
                                    QStringLiteral("quayside-test/base:bookworm")};
        const test::ToolResult importedBase = engine.docker(import, slow);
        QVERIFY2(importedBase.ok(), importedBase.err.constData());
        const test::ToolResult version =
            engine.docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("quayside-test/base:bookworm"),
                           QStringLiteral("cat"), QStringLiteral("/etc/debian_version")});
        QVERIFY2(version.ok() && version.out.startsWith("12."), version.err.constData());
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

    // SIGTERM while the host image is being made stops the build, which cleans up after itself.
    void sigtermWhileMakingTheImageLeavesNothing()
    {
        test::TestDockerEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.errorString()));
        QTcpServer silentMirror; // takes the connection, never answers: debootstrap waits on it
        QVERIFY(silentMirror.listen(QHostAddress::LocalHost));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), home.path());
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + engine.unixSocket());
        Sandbox sandbox({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                         home.filePath(QStringLiteral("data")), QStringLiteral("--mirror"),
                         QStringLiteral("http://127.0.0.1:%1/debian").arg(silentMirror.serverPort())},
                        environment);
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.output().contains("host image: debootstrap"), 20000);
        QVERIFY(QDir(home.path()).entryList({QStringLiteral("quayside-sandbox-image-*")}, QDir::Dirs).size() == 1);
        sandbox.process().terminate();
        QVERIFY2(sandbox.waitForEnd(40000), sandbox.output().constData());
        QCOMPARE(sandbox.process().exitCode(), 1);
        QVERIFY2(sandbox.output().contains("stopped before the host image"), sandbox.output().constData());
        QVERIFY2(QDir(home.path()).entryList({QStringLiteral("quayside-sandbox-image-*")}, QDir::Dirs).isEmpty(),
                 sandbox.output().constData());
        QVERIFY(
            !engine
                 .docker({QStringLiteral("image"), QStringLiteral("inspect"), DockerSandboxBackend::defaultHostImage()})
                 .ok());
    }

    // A host image that cannot be made (no mirror answers, debootstrap missing, not root) is said clearly,
    // by --prepare-image and by a sandbox about to serve, and leaves no image and no work folder.
    void failedHostImageLeavesNothing_data()
    {
        QTest::addColumn<bool>("serve");
        QTest::addColumn<QString>("denial"); // "": as root with debootstrap; "path": no debootstrap; "user": not root
        QTest::addColumn<QString>("reason");
        QTest::newRow("mirror unreachable") << false << QString() << QStringLiteral("failed (exit status 1)");
        QTest::newRow("serving, mirror unreachable") << true << QString() << QStringLiteral("failed (exit status 1)");
        QTest::newRow("no debootstrap") << false << QStringLiteral("path")
                                        << QStringLiteral("install the Debian package debootstrap");
        QTest::newRow("not root") << true << QStringLiteral("user")
                                  << QStringLiteral("run `sudo quayside-sandbox --prepare-image` once");
    }

    void failedHostImageLeavesNothing()
    {
        QFETCH(bool, serve);
        QFETCH(QString, denial);
        QFETCH(QString, reason);
        test::TestDockerEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.errorString()));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // Open to the unprivileged user of the "not root" case, as its HOME, TMPDIR and data folder.
        QVERIFY(QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        const QString temporary = home.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(temporary));
        QVERIFY(QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), temporary);
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + engine.unixSocket());
        QStringList arguments = serve ? QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                    QStringLiteral("--data"), home.filePath(QStringLiteral("data"))}
                                      : QStringList{QStringLiteral("--prepare-image")};
        arguments << QStringLiteral("--mirror") << QStringLiteral("http://127.0.0.1:9/debian");
        QString program = QStringLiteral(QUAYSIDE_SANDBOX_BINARY);
        if (denial == QLatin1String("path")) {
            // Only the docker CLI on PATH.
            const QString bin = home.filePath(QStringLiteral("bin"));
            QVERIFY(QDir().mkpath(bin));
            QVERIFY(
                QFile::link(QStandardPaths::findExecutable(QStringLiteral("docker")), bin + QStringLiteral("/docker")));
            environment.insert(QStringLiteral("PATH"), bin);
        } else if (denial == QLatin1String("user")) {
            // nobody reaches the engine over TCP with a copy of the client's TLS material it can read.
            const QString tls = home.filePath(QStringLiteral("tls"));
            QVERIFY(QDir().mkpath(tls));
            for (const char *file : {"ca.pem", "cert.pem", "key.pem"}) {
                const QString target = tls + QLatin1Char('/') + QString::fromLatin1(file);
                QVERIFY(QFile::copy(engine.cliTlsDirectory() + QLatin1Char('/') + QString::fromLatin1(file), target));
                QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadOther));
            }
            QVERIFY(
                QFile::setPermissions(tls, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
            environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://127.0.0.1:%1").arg(engine.port()));
            environment.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
            environment.insert(QStringLiteral("DOCKER_CERT_PATH"), tls);
            environment.insert(QStringLiteral("HOME"), home.path());
            arguments.prepend(program);
            arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--")} +
                        arguments;
            program = QStringLiteral("setpriv");
        }
        QProcess sandbox;
        sandbox.setProcessEnvironment(environment);
        sandbox.start(program, arguments);
        QVERIFY(sandbox.waitForFinished(120000));
        const QByteArray output = sandbox.readAllStandardOutput() + sandbox.readAllStandardError();
        QCOMPARE(sandbox.exitCode(), 1);
        QVERIFY2(output.contains(reason.toUtf8()), output.constData());
        QVERIFY2(output.contains(DockerSandboxBackend::defaultHostImage().toUtf8()), output.constData());
        QVERIFY2(!output.contains("auth URL"), output.constData());
        QVERIFY2(QDir(temporary).isEmpty(), output.constData());
        QVERIFY(
            !engine
                 .docker({QStringLiteral("image"), QStringLiteral("inspect"), DockerSandboxBackend::defaultHostImage()})
                 .ok());
    }
};

QTEST_GUILESS_MAIN(tst_QuaysideSandbox)
#include "tst_QuaysideSandbox.moc"
