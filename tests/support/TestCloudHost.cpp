#include "TestCloudHost.h"

#include "Await.h"
#include "Network.h"

#include "sandbox/DockerSandboxBackend.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKey.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

namespace quayside::test {

TestCloudHost::TestCloudHost(TestDockerEngine *engine)
    : m_engine(engine)
{}

TestCloudHost::~TestCloudHost()
{
    if (!m_name.isEmpty())
        m_engine->docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), m_name});
    m_repository.stop(2000);
}

QString TestCloudHost::cacheDirectory()
{
    const QString configured = qEnvironmentVariable("QUAYSIDE_TEST_HOST_CACHE");
    return configured.isEmpty() ? QStringLiteral("/var/cache/quayside-test/host-bookworm") : configured;
}

bool TestCloudHost::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString TestCloudHost::aptSource() const
{
    return QStringLiteral("deb [trusted=yes] http://%1:%2/repo/ ./")
        .arg(m_engine->bridgeAddress())
        .arg(m_repositoryPort);
}

QString TestCloudHost::consoleLog() const
{
    const ToolResult logs = m_engine->docker({QStringLiteral("logs"), m_name});
    return QString::fromUtf8(logs.out + logs.err);
}

bool TestCloudHost::serveRepository()
{
    const QString repository = cacheDirectory();
    if (!QFileInfo::exists(repository + QStringLiteral("/repo/Packages")))
        return fail(
            QStringLiteral("%1 is missing: run tests/host-image/prepare.sh (quickstart.sh test does)").arg(repository));
    // The bridge address belongs to this test run, and so does the port on it.
    m_repositoryPort = launchOnFreePort([this, &repository](quint16 port) {
        const QStringList arguments = {
            QStringLiteral("httpd"), QStringLiteral("-f"),
            QStringLiteral("-p"),    QStringLiteral("%1:%2").arg(m_engine->bridgeAddress()).arg(port),
            QStringLiteral("-h"),    repository};
        if (!m_repository.start(QStringLiteral("busybox"), arguments))
            return Launch::Failed;
        for (int i = 0; i < 50; ++i) {
            QTcpSocket probe;
            probe.connectToHost(m_engine->bridgeAddress(), port);
            if (probe.waitForConnected(100))
                return Launch::Ready;
            if (!m_repository.isRunning())
                return m_repository.stopAfterFailedStart() ? Launch::PortTaken : Launch::Failed;
            QThread::msleep(50);
        }
        m_repository.stop();
        return Launch::Failed;
    });
    return m_repositoryPort != 0 ||
           fail(QStringLiteral("the apt repository did not start: %1").arg(m_repository.report()));
}

bool TestCloudHost::importImage()
{
    if (m_engine->docker({QStringLiteral("image"), QStringLiteral("inspect"), imageName()}).ok())
        return true;
    const QString rootfs = cacheDirectory() + QStringLiteral("/rootfs.tar");
    if (!QFileInfo::exists(rootfs))
        return fail(
            QStringLiteral("%1 is missing: run tests/host-image/prepare.sh (quickstart.sh test does)").arg(rootfs));
    const QStringList arguments = {QStringLiteral("import"), QStringLiteral("--change"),
                                   DockerSandboxBackend::hostImageEntrypoint(), rootfs, imageName()};
    ToolOptions options;
    options.timeoutMs = 180000;
    const ToolResult imported = m_engine->docker(arguments, options);
    return imported.ok() || fail(imported.describe(QStringLiteral("docker"), arguments));
}

QString TestCloudHost::baseImageTarPath()
{
    return DockerSandboxBackend::baseImageTarPath();
}

bool TestCloudHost::tagAsSandboxImage()
{
    if (!importImage())
        return false;
    QFile named(cacheDirectory() + QStringLiteral("/sandbox-image"));
    const QString prepared =
        named.open(QIODevice::ReadOnly) ? QString::fromUtf8(named.readAll()).trimmed() : QStringLiteral("(none)");
    const QString own = DockerSandboxBackend::defaultHostImage();
    if (prepared != own)
        return fail(QStringLiteral("the prepared image in %1 was made as %2, but this checkout's quayside-sandbox "
                                   "names its own %3: run tests/host-image/prepare.sh again")
                        .arg(cacheDirectory(), prepared, own));
    const QStringList arguments = {QStringLiteral("tag"), imageName(), own};
    const ToolResult tagged = m_engine->docker(arguments);
    return tagged.ok() || fail(tagged.describe(QStringLiteral("docker"), arguments));
}

bool TestCloudHost::start(const QByteArray &authorizedKeyLine)
{
    if (!serveRepository() || !importImage())
        return false;
    m_name = QStringLiteral("quayside-test-host-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    // The options the sandbox cloud runs its servers with (--privileged is refused in this VM).
    QStringList arguments = {QStringLiteral("run"),        QStringLiteral("-d"), QStringLiteral("--name"), m_name,
                             QStringLiteral("--hostname"), m_name.right(12)};
    arguments << DockerSandboxBackend::cloudHostOptions(QString::fromUtf8(authorizedKeyLine.trimmed()));
    arguments
        << QStringLiteral("--env")
        << QStringLiteral("APT_REPOSITORY=http://%1:%2/repo/").arg(m_engine->bridgeAddress()).arg(m_repositoryPort)
        << imageName();
    const ToolResult started = m_engine->docker(arguments);
    if (!started.ok()) {
        const QString why = started.describe(QStringLiteral("docker"), {QStringLiteral("run"), QStringLiteral("...")});
        m_name.clear();
        return fail(why);
    }
    const ToolResult inspected = m_engine->docker(
        {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.NetworkSettings.IPAddress}}"), m_name});
    m_address = QString::fromUtf8(inspected.out).trimmed();
    if (m_address.isEmpty())
        return fail(QStringLiteral("the host container has no address: %1").arg(consoleLog()));
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(m_address, 22);
        if (probe.waitForConnected(200) && probe.waitForReadyRead(2000) && probe.readAll().startsWith("SSH-"))
            return true;
        QThread::msleep(100);
    }
    return fail(QStringLiteral("sshd on the host container did not answer: %1").arg(consoleLog()));
}

Result<QString> runOnCloudServer(const QString &address, const QString &user, const SshKey &key,
                                 const QString &consoleLog, const QString &knownHostsFile, const QString &command)
{
    KnownHosts knownHosts(knownHostsFile);
    SshTarget target;
    target.host = address;
    target.user = user;
    target.identity = key;
    target.attempts = 3;
    target.retryPauseMs = 500;
    SshSession session;
    const auto connected = await<void>([&](auto done) {
        session.connectToHost(target, &knownHosts, HostKeyPolicy::trustIfConsoleLogMatches(consoleLog), &session, done);
    });
    if (!connected)
        return connected.error();
    QString output;
    const auto ran = await<RunResult>([&](auto done) {
        session.run(
            command, RunOptions{}, &session,
            [&output](OutputStream, const QString &line) { output += line + QLatin1Char('\n'); }, done);
    });
    if (!ran)
        return ran.error();
    if (ran.value().exitStatus != 0)
        return Error{Error::Kind::Http, 0,
                     QStringLiteral("%1 on %2: exit status %3: %4")
                         .arg(command, target.where())
                         .arg(ran.value().exitStatus)
                         .arg(output)};
    return output.trimmed();
}

} // namespace quayside::test
