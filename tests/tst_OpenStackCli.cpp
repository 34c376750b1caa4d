// The official OpenStack command line client (Debian's python3-openstackclient) drives the quayside-sandbox
// executable, whose servers are containers on the harness's Docker Engine, the way an operator would: with
// the clouds.yaml and secure.yaml the sandbox wrote (the password never on a command line), flavors, a key
// pair from a public key file, a server that the key logs into over real SSH (its host key trusted from
// the console log the CLI shows), a snapshot that boots a clone holding what the original held, deletion
// that leaves no container behind, and failures that the CLI reports with the cloud's reason.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"

#include "sandbox/DockerSandboxBackend.h"
#include "sandbox/InMemorySandboxBackend.h"
#include "ssh/SshKey.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using namespace quayside::test;

namespace {

constexpr int kCommandMs = 60000;
// `--wait` commands: a boot (until sshd answers) or a snapshot (docker commit), polled every 5 s by the CLI.
constexpr int kWaitMs = 150000;
const QString kKeyName = QStringLiteral("operator key");

} // namespace

class tst_OpenStackCli : public QObject
{
    Q_OBJECT

private:
    // `openstack arguments` against the sandbox, with its clouds.yaml and the given secure.yaml.
    ToolResult openstack(const QStringList &arguments, int timeoutMs = kCommandMs, const QString &secureFile = {})
    {
        ToolOptions options;
        options.timeoutMs = timeoutMs;
        options.environment = m_environment;
        if (!secureFile.isEmpty())
            options.environment.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), secureFile);
        return runTool(m_openstack, arguments, options);
    }

    // The command's `-f json` output, or an error that quotes what the CLI said.
    Result<QJsonValue> openstackJson(const QStringList &arguments, int timeoutMs = kCommandMs)
    {
        const QStringList withFormat = arguments + QStringList{QStringLiteral("-f"), QStringLiteral("json")};
        const ToolResult ran = openstack(withFormat, timeoutMs);
        if (!ran.ok())
            return Error{Error::Kind::Http, 0, ran.describe(QStringLiteral("openstack"), withFormat)};
        // `--wait` reports "Progress: N" (after carriage returns) on stdout before the result.
        static const QRegularExpression progress(QStringLiteral("^(\\s*Progress: [0-9]+)*\\s*"));
        const QByteArray json = QString::fromUtf8(ran.out).remove(progress).toUtf8();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Error{Error::Kind::Protocol, 0,
                         QStringLiteral("openstack %1 printed no JSON (%2): %3")
                             .arg(withFormat.join(QLatin1Char(' ')), parseError.errorString(),
                                  QString::fromUtf8(ran.out + ran.err))};
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    // The row with this value in `column` of a `list -f json` table, or an empty object.
    static QJsonObject rowWith(const QJsonValue &table, const QString &column, const QString &value)
    {
        for (const QJsonValue &row : table.toArray()) {
            if (row.toObject().value(column).toString() == value)
                return row.toObject();
        }
        return {};
    }

    // Every address of `addresses` ({"network": ["a.b.c.d", ...]}), as `server show` prints them.
    static QStringList addressesOf(const QJsonValue &addresses)
    {
        QStringList all;
        const QJsonObject networks = addresses.toObject();
        for (auto network = networks.begin(); network != networks.end(); ++network) {
            for (const QJsonValue &address : network.value().toArray())
                all << address.toString();
        }
        return all;
    }

    QStringList labelled(const QStringList &command, const QString &label)
    {
        const ToolResult listed =
            m_engine.docker(command + QStringList{QStringLiteral("--filter"), QStringLiteral("label=") + label});
        return QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QStringList sandboxContainers()
    {
        return labelled({QStringLiteral("ps"), QStringLiteral("-aq")}, DockerSandboxBackend::serverLabel());
    }

    // Logs in as root with the test's key, trusting the host key that `openstack console log show` shows,
    // and runs `command`; its output, or why that failed.
    Result<QString> ssh(const QString &serverId, const QString &address, const QString &command)
    {
        const QStringList arguments = {QStringLiteral("console"), QStringLiteral("log"), QStringLiteral("show"),
                                       serverId};
        const ToolResult console = openstack(arguments);
        if (!console.ok())
            return Error{Error::Kind::Http, 0, console.describe(QStringLiteral("openstack"), arguments)};
        return runOnCloudServer(address, QStringLiteral("root"), m_key, QString::fromUtf8(console.out),
                                m_dir.filePath(QStringLiteral("known_hosts-") + serverId), command);
    }

    // `server show` of an ACTIVE server with the test's key: its one address, which must be on the
    // harness's bridge and be the address of the server's container.
    void checkActiveServer(const QString &serverId, QString *address)
    {
        const auto shown = openstackJson({QStringLiteral("server"), QStringLiteral("show"), serverId});
        VERIFY_OK(shown);
        const QJsonObject server = shown.value().toObject();
        QCOMPARE(server.value(QLatin1String("id")).toString(), serverId);
        QCOMPARE(server.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(server.value(QLatin1String("key_name")).toString(), kKeyName);
        const QStringList addresses = addressesOf(server.value(QLatin1String("addresses")));
        QCOMPARE(addresses.size(), 1);
        const QHostAddress ip(addresses.constFirst());
        QCOMPARE(ip.protocol(), QAbstractSocket::IPv4Protocol);
        QVERIFY2(ip.isInSubnet(QHostAddress(m_engine.bridgeAddress()), 24), qPrintable(addresses.constFirst()));
        QCOMPARE(server.value(QLatin1String("accessIPv4")).toString(), addresses.constFirst());
        const QStringList container = labelled({QStringLiteral("ps"), QStringLiteral("-q")},
                                               DockerSandboxBackend::serverLabel() + QLatin1Char('=') + serverId);
        QCOMPARE(container.size(), 1);
        const ToolResult inspected = m_engine.docker(
            {QStringLiteral("inspect"), QStringLiteral("-f"),
             QStringLiteral("{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}"), container.constFirst()});
        QCOMPARE(QString::fromUtf8(inspected.out).trimmed(), addresses.constFirst());
        *address = addresses.constFirst();
    }

    // `server create --wait` from `image`: the new server's id, ACTIVE.
    void createServer(const QString &name, const QString &image, QString *serverId)
    {
        const auto created =
            openstackJson({QStringLiteral("server"), QStringLiteral("create"), QStringLiteral("--flavor"),
                           QStringLiteral("sandbox.small"), QStringLiteral("--image"), image,
                           QStringLiteral("--key-name"), kKeyName, QStringLiteral("--wait"), name},
                          kWaitMs);
        VERIFY_OK(created);
        const QJsonObject server = created.value().toObject();
        QCOMPARE(server.value(QLatin1String("name")).toString(), name);
        QCOMPARE(server.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QVERIFY2(!addressesOf(server.value(QLatin1String("addresses"))).isEmpty(),
                 QJsonDocument(server).toJson().constData());
        *serverId = server.value(QLatin1String("id")).toString();
        QVERIFY(!serverId->isEmpty());
    }

    QTemporaryDir m_dir;
    TestDockerEngine m_engine;
    std::unique_ptr<TestCloudHost> m_harnessHost;
    ManagedProcess m_sandbox{QStringLiteral("quayside-sandbox")};
    QString m_openstack;
    QString m_dataFolder;
    QProcessEnvironment m_environment;
    SshKey m_key;
    QString m_firstId;
    QString m_firstAddress;
    QString m_cloneId;
    QString m_snapshotId;

private Q_SLOTS:
    void initTestCase()
    {
        m_openstack = QStandardPaths::findExecutable(QStringLiteral("openstack"));
        QVERIFY2(!m_openstack.isEmpty(), "the openstack command is missing: apt-get install python3-openstackclient");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("openstack-cli-test"));
        VERIFY_OK(key);
        m_key = key.value();
        // The harness's cloud host puts the host image on the engine and serves the apt repository that the
        // image's boot script points apt at.
        m_harnessHost = std::make_unique<TestCloudHost>(&m_engine);
        QVERIFY2(m_harnessHost->start(m_key.publicKeyLine().toUtf8()), qPrintable(m_harnessHost->errorString()));

        m_dataFolder = m_dir.filePath(QStringLiteral("sandbox"));
        QProcessEnvironment sandboxEnvironment = QProcessEnvironment::systemEnvironment();
        sandboxEnvironment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_engine.unixSocket());
        const QStringList arguments = {QStringLiteral("--port"),
                                       QStringLiteral("0"),
                                       QStringLiteral("--data"),
                                       m_dataFolder,
                                       QStringLiteral("--backend"),
                                       QStringLiteral("docker"),
                                       QStringLiteral("--host-image"),
                                       TestCloudHost::imageName(),
                                       QStringLiteral("--server-env"),
                                       QStringLiteral("APT_REPOSITORY=") +
                                           m_harnessHost->aptSource().section(QLatin1Char(' '), 2, 2)};
        QVERIFY2(m_sandbox.start(QStringLiteral(QUAYSIDE_SANDBOX_BINARY), arguments, sandboxEnvironment),
                 qPrintable(m_sandbox.report()));
        QVERIFY2(m_sandbox.waitForOutput("clouds.yaml:", 30000), qPrintable(m_sandbox.report()));
        QVERIFY2(!m_sandbox.output().contains("will fail"), qPrintable(m_sandbox.report()));

        // The CLI sees only the sandbox's files: no OS_* variable of the caller's, no clouds.yaml of its home.
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : m_environment.keys()) {
            if (name.startsWith(QLatin1String("OS_")))
                m_environment.remove(name);
        }
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        m_environment.insert(QStringLiteral("HOME"), home);
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        m_environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1"));
        m_environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), m_dataFolder + QStringLiteral("/clouds.yaml"));
        m_environment.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), m_dataFolder + QStringLiteral("/secure.yaml"));
        m_environment.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("quayside-sandbox"));
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        // Whatever a failed test left goes with the engine; removed here so that the engine stops quickly.
        const QStringList left = sandboxContainers();
        if (!left.isEmpty())
            m_engine.docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + left);
    }

    void listsTheSandboxsFlavors()
    {
        const auto listed = openstackJson({QStringLiteral("flavor"), QStringLiteral("list")});
        VERIFY_OK(listed);
        const InMemorySandboxBackend catalog;
        const QList<SandboxFlavor> flavors = catalog.flavors();
        QCOMPARE(listed.value().toArray().size(), flavors.size());
        for (const SandboxFlavor &flavor : flavors) {
            const QJsonObject row = rowWith(listed.value(), QStringLiteral("ID"), flavor.id);
            QCOMPARE(row.value(QLatin1String("Name")).toString(), flavor.name);
            QCOMPARE(row.value(QLatin1String("VCPUs")).toInt(), flavor.vcpus);
            QCOMPARE(row.value(QLatin1String("RAM")).toInt(), flavor.ramMb);
            QCOMPARE(row.value(QLatin1String("Disk")).toInt(), flavor.diskGb);
        }
        const auto images = openstackJson({QStringLiteral("image"), QStringLiteral("list")});
        VERIFY_OK(images);
        const QJsonObject base = rowWith(images.value(), QStringLiteral("ID"), SandboxBackend::baseImageId());
        QCOMPARE(base.value(QLatin1String("Name")).toString(), QStringLiteral("debian-12"));
        QCOMPARE(base.value(QLatin1String("Status")).toString(), QStringLiteral("active"));
    }

    void createsAKeypairFromAPublicKeyFile()
    {
        const QString publicKeyFile = m_dir.filePath(QStringLiteral("operator.pub"));
        VERIFY_OK(m_key.writePublicKeyFile(publicKeyFile));
        const auto created = openstackJson({QStringLiteral("keypair"), QStringLiteral("create"),
                                            QStringLiteral("--public-key"), publicKeyFile, kKeyName});
        VERIFY_OK(created);
        QCOMPARE(created.value()[QLatin1String("name")].toString(), kKeyName);
        // Nova's fingerprint of a key is its MD5 one, as ssh-keygen prints it.
        const ToolResult md5 =
            runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("md5"),
                                                   QStringLiteral("-f"), publicKeyFile});
        QVERIFY2(md5.ok(), md5.err.constData());
        const QString fingerprint = QString::fromUtf8(md5.out).section(QLatin1Char(' '), 1, 1);
        QVERIFY2(fingerprint.startsWith(QLatin1String("MD5:")), md5.out.constData());
        QCOMPARE(created.value()[QLatin1String("fingerprint")].toString(), fingerprint.mid(4));

        const auto listed = openstackJson({QStringLiteral("keypair"), QStringLiteral("list")});
        VERIFY_OK(listed);
        QCOMPARE(listed.value().toArray().size(), 1);
        QCOMPARE(rowWith(listed.value(), QStringLiteral("Name"), kKeyName).value(QLatin1String("Fingerprint")),
                 QJsonValue(fingerprint.mid(4)));
        const ToolResult publicKey =
            openstack({QStringLiteral("keypair"), QStringLiteral("show"), QStringLiteral("--public-key"), kKeyName});
        QVERIFY2(publicKey.ok(), publicKey.err.constData());
        QCOMPARE(QString::fromUtf8(publicKey.out).trimmed(), m_key.publicKeyLine());
    }

    void bootsAServerTheKeyLogsInto()
    {
        createServer(QStringLiteral("web-1"), QStringLiteral("debian-12"), &m_firstId);
        if (QTest::currentTestFailed())
            return;
        const auto listed = openstackJson({QStringLiteral("server"), QStringLiteral("list")});
        VERIFY_OK(listed);
        const QJsonObject row = rowWith(listed.value(), QStringLiteral("ID"), m_firstId);
        QCOMPARE(row.value(QLatin1String("Name")).toString(), QStringLiteral("web-1"));
        QCOMPARE(row.value(QLatin1String("Status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(row.value(QLatin1String("Image")).toString(), QStringLiteral("debian-12"));
        QCOMPARE(row.value(QLatin1String("Flavor")).toString(), QStringLiteral("sandbox.small"));

        checkActiveServer(m_firstId, &m_firstAddress);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(addressesOf(row.value(QLatin1String("Networks"))), QStringList{m_firstAddress});
        // The key let in by the cloud opens the server; what the server was given is there.
        const auto login = ssh(m_firstId, m_firstAddress,
                               QStringLiteral("hostname && echo held-by-the-snapshot > /root/marker && sync"));
        VERIFY_OK(login);
        QCOMPARE(login.value(), QStringLiteral("web-1"));
    }

    void snapshotBootsAClone()
    {
        QVERIFY(!m_firstId.isEmpty());
        const auto saved = openstackJson({QStringLiteral("server"), QStringLiteral("image"), QStringLiteral("create"),
                                          QStringLiteral("--wait"), QStringLiteral("--name"),
                                          QStringLiteral("web-snapshot"), m_firstId},
                                         kWaitMs);
        VERIFY_OK(saved);
        m_snapshotId = saved.value()[QLatin1String("id")].toString();
        QVERIFY(!m_snapshotId.isEmpty());
        QCOMPARE(saved.value()[QLatin1String("status")].toString(), QStringLiteral("active"));
        const auto images = openstackJson({QStringLiteral("image"), QStringLiteral("list")});
        VERIFY_OK(images);
        const QJsonObject row = rowWith(images.value(), QStringLiteral("ID"), m_snapshotId);
        QCOMPARE(row.value(QLatin1String("Name")).toString(), QStringLiteral("web-snapshot"));
        QCOMPARE(row.value(QLatin1String("Status")).toString(), QStringLiteral("active"));

        createServer(QStringLiteral("web-2"), QStringLiteral("web-snapshot"), &m_cloneId);
        if (QTest::currentTestFailed())
            return;
        QString cloneAddress;
        checkActiveServer(m_cloneId, &cloneAddress);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(cloneAddress != m_firstAddress);
        const auto marker = ssh(m_cloneId, cloneAddress, QStringLiteral("hostname; cat /root/marker"));
        VERIFY_OK(marker);
        QCOMPARE(marker.value(), QStringLiteral("web-2\nheld-by-the-snapshot"));
    }

    void deletingLeavesNothingBehind()
    {
        QVERIFY(!m_firstId.isEmpty() && !m_cloneId.isEmpty() && !m_snapshotId.isEmpty());
        const ToolResult deleted = openstack(
            {QStringLiteral("server"), QStringLiteral("delete"), QStringLiteral("--wait"), m_firstId, m_cloneId},
            kWaitMs);
        QVERIFY2(deleted.ok(), qPrintable(deleted.describe(QStringLiteral("openstack"), {})));
        const auto servers = openstackJson({QStringLiteral("server"), QStringLiteral("list")});
        VERIFY_OK(servers);
        QCOMPARE(servers.value().toArray().size(), 0);
        QVERIFY2(sandboxContainers().isEmpty(), qPrintable(sandboxContainers().join(QLatin1Char(' '))));

        const ToolResult imageDeleted =
            openstack({QStringLiteral("image"), QStringLiteral("delete"), QStringLiteral("web-snapshot")});
        QVERIFY2(imageDeleted.ok(), qPrintable(imageDeleted.describe(QStringLiteral("openstack"), {})));
        const auto images = openstackJson({QStringLiteral("image"), QStringLiteral("list")});
        VERIFY_OK(images);
        QVERIFY(rowWith(images.value(), QStringLiteral("ID"), m_snapshotId).isEmpty());
        QCOMPARE(images.value().toArray().size(), 1);
        // The snapshot's Docker image goes too, a moment after the API forgot it.
        QTRY_VERIFY_WITH_TIMEOUT(
            labelled({QStringLiteral("images"), QStringLiteral("-q")}, DockerSandboxBackend::imageLabel()).isEmpty(),
            30000);
    }

    void reportsFailuresWithTheReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such server") << QStringList{QStringLiteral("server"), QStringLiteral("show"),
                                                       QStringLiteral("no-such-server")}
                                        << QByteArray()
                                        << QStringLiteral("No server with a name or ID of 'no-such-server' exists.");
        QTest::newRow("no such image") << QStringList{QStringLiteral("server"),   QStringLiteral("create"),
                                                      QStringLiteral("--flavor"), QStringLiteral("sandbox.small"),
                                                      QStringLiteral("--image"),  QStringLiteral("no-such-image"),
                                                      QStringLiteral("web-3")}
                                       << QByteArray() << QStringLiteral("No Image found for no-such-image");
        QTest::newRow("wrong password") << QStringList{QStringLiteral("flavor"), QStringLiteral("list")}
                                        << QByteArray("not the sandbox's password") << QStringLiteral("(HTTP 401)");
    }

    void reportsFailuresWithTheReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, password);
        QFETCH(QString, message);
        QString secureFile;
        if (!password.isEmpty()) {
            secureFile = m_dir.filePath(QStringLiteral("wrong-secure.yaml"));
            QVERIFY(writeFile(secureFile,
                              "clouds:\n  quayside-sandbox:\n    auth:\n      password: \"" + password + "\"\n"));
        }
        const ToolResult failed = openstack(arguments, kCommandMs, secureFile);
        QVERIFY(failed.started && !failed.timedOut);
        QVERIFY(failed.exitCode != 0);
        QVERIFY2(QString::fromUtf8(failed.err).contains(message), failed.err.constData());
        const auto servers = openstackJson({QStringLiteral("server"), QStringLiteral("list")});
        VERIFY_OK(servers);
        QCOMPARE(servers.value().toArray().size(), 0);
        QVERIFY(sandboxContainers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OpenStackCli)
#include "tst_OpenStackCli.moc"
