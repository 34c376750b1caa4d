#include "TestDockerEngine.h"

#include "Network.h"

#include <QDir>
#include <QFile>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <algorithm>

#include <sys/mount.h>
#include <unistd.h>

namespace quayside::test {

namespace {

// Bridges are named qstest<slot> with 172.30.<slot>.0/24; a lock file per slot keeps concurrent test
// executables apart, and a lock left by a crashed run is stale (its PID is gone) and taken over.
constexpr int kBridgeSlots = 200;

bool linkExists(const QString &name)
{
    return runTool(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("show"), name}).ok();
}

// Processes of ours that outlive dockerd (containerd, shims) carry our folder in their command line.
void killProcessesMentioning(const QString &path)
{
    const QByteArray needle = path.toLocal8Bit();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isPid = false;
        const qint64 value = pid.toLongLong(&isPid);
        if (!isPid || value == ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            ::kill(static_cast<pid_t>(value), SIGKILL);
    }
}

// Lazily unmounts whatever is still mounted below `path`, deepest first.
void unmountBelow(const QString &path)
{
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountInfo.open(QIODevice::ReadOnly))
        return;
    QStringList mountPoints;
    const QString prefix = path + QLatin1Char('/');
    for (const QByteArray &line : mountInfo.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4) {
            const QString point = QString::fromLocal8Bit(fields.at(4));
            if (point.startsWith(prefix) || point == path)
                mountPoints << point;
        }
    }
    std::sort(mountPoints.begin(), mountPoints.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &point : mountPoints)
        ::umount2(point.toLocal8Bit().constData(), MNT_DETACH);
}

} // namespace

TestDockerEngine::TestDockerEngine() = default;

TestDockerEngine::~TestDockerEngine()
{
    tearDown();
}

bool TestDockerEngine::fail(const QString &message)
{
    m_error = QStringLiteral("test Docker Engine: ") + message;
    return false;
}

QUrl TestDockerEngine::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString TestDockerEngine::unixSocket() const
{
    return filePath(QStringLiteral("docker.sock"));
}

QSslConfiguration TestDockerEngine::clientTlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caCertificate()));
    const QList<QSslCertificate> own = QSslCertificate::fromPath(clientCertificate());
    if (!own.isEmpty())
        tls.setLocalCertificate(own.first());
    QFile key(clientKey());
    if (key.open(QIODevice::ReadOnly))
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

void TestDockerEngine::useServerTls(const QByteArray &authorityPem, const QByteArray &certificatePem,
                                    const QByteArray &keyPem)
{
    m_serverTls = ServerTls{authorityPem, certificatePem, keyPem};
}

ToolResult TestDockerEngine::docker(const QStringList &arguments, const ToolOptions &options) const
{
    ToolOptions withHost = options;
    withHost.environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + unixSocket());
    withHost.environment.insert(QStringLiteral("DOCKER_CONFIG"), filePath(QStringLiteral("cli")));
    withHost.environment.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    withHost.environment.remove(QStringLiteral("DOCKER_CERT_PATH"));
    return runTool(QStringLiteral("docker"), arguments, withHost);
}

bool TestDockerEngine::start()
{
    if (::geteuid() != 0)
        return fail(QStringLiteral("dockerd needs root (it creates a bridge and mounts); run the tests as root"));
    for (const char *tool : {"dockerd", "docker", "openssl", "ip", "tar"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty() &&
            QStandardPaths::findExecutable(QString::fromLatin1(tool),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty())
            return fail(QStringLiteral("%1 is not installed (README: the test command installs it)")
                            .arg(QString::fromLatin1(tool)));
    }
    if (!claimBridge())
        return false;
    const QString tlsDir = filePath(QStringLiteral("tls"));
    if (!QDir().mkpath(tlsDir))
        return fail(QStringLiteral("cannot create %1").arg(tlsDir));
    if (!m_certificates.createAuthority(tlsDir, QStringLiteral("Quayside test CA")) ||
        !m_certificates.issueServer(QStringLiteral("server"), QStringLiteral("127.0.0.1"),
                                    {QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost")}) ||
        !m_certificates.issueClient(QStringLiteral("client"), QStringLiteral("quayside-test-client")))
        return fail(m_certificates.errorString());
    // The client material where the docker CLI looks for it (DOCKER_CERT_PATH).
    const QString cliTls = cliTlsDirectory();
    if (!QDir().mkpath(cliTls) || !QFile::copy(caCertificate(), cliTls + QStringLiteral("/ca.pem")) ||
        !QFile::copy(clientCertificate(), cliTls + QStringLiteral("/cert.pem")) ||
        !QFile::copy(clientKey(), cliTls + QStringLiteral("/key.pem")))
        return fail(QStringLiteral("cannot write the docker CLI's TLS files into %1").arg(cliTls));
    m_daemonCa = caCertificate();
    m_daemonCertificate = m_certificates.certificate(QStringLiteral("server"));
    m_daemonKey = m_certificates.privateKey(QStringLiteral("server"));
    if (m_serverTls) {
        m_daemonCa = tlsDir + QStringLiteral("/given-ca.pem");
        m_daemonCertificate = tlsDir + QStringLiteral("/given-server.pem");
        m_daemonKey = tlsDir + QStringLiteral("/given-server-key.pem");
        if (!writeFile(m_daemonCa, m_serverTls->authority) ||
            !writeFile(m_daemonCertificate, m_serverTls->certificate) || !writeFile(m_daemonKey, m_serverTls->key))
            return fail(QStringLiteral("cannot write the given TLS material into %1").arg(tlsDir));
    }
    return launchDaemon() && importBusybox();
}

bool TestDockerEngine::claimBridge()
{
    for (int slot = 0; slot < kBridgeSlots; ++slot) {
        auto lock =
            std::make_unique<QLockFile>(QDir::tempPath() + QStringLiteral("/quayside-test-bridge-%1.lock").arg(slot));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue;
        m_bridge = QStringLiteral("qstest%1").arg(slot);
        m_bridgeAddress = QStringLiteral("172.30.%1.1").arg(slot);
        m_dir = QDir::tempPath() + QStringLiteral("/quayside-docker-%1").arg(slot);
        removeLeftovers(); // of a run that crashed while holding this slot
        const QList<QStringList> commands = {
            {QStringLiteral("link"), QStringLiteral("add"), m_bridge, QStringLiteral("type"), QStringLiteral("bridge")},
            {QStringLiteral("addr"), QStringLiteral("add"), m_bridgeAddress + QStringLiteral("/24"),
             QStringLiteral("dev"), m_bridge},
            {QStringLiteral("link"), QStringLiteral("set"), m_bridge, QStringLiteral("up")},
        };
        for (const QStringList &command : commands) {
            const ToolResult result = runTool(QStringLiteral("ip"), command);
            if (!result.ok())
                return fail(result.describe(QStringLiteral("ip"), command));
        }
        m_bridgeLock = std::move(lock);
        return allowBridgedTraffic();
    }
    return fail(QStringLiteral("all %1 bridge slots are taken by other test runs").arg(kBridgeSlots));
}

bool TestDockerEngine::launchDaemon()
{
    m_port = launchOnFreePort([this](quint16 port) {
        const QStringList arguments = {
            QStringLiteral("-H"),
            QStringLiteral("unix://") + unixSocket(),
            QStringLiteral("-H"),
            QStringLiteral("tcp://127.0.0.1:%1").arg(port),
            QStringLiteral("--tlsverify"),
            QStringLiteral("--tlscacert"),
            m_daemonCa,
            QStringLiteral("--tlscert"),
            m_daemonCertificate,
            QStringLiteral("--tlskey"),
            m_daemonKey,
            QStringLiteral("--storage-driver"),
            QStringLiteral("overlay2"),
            QStringLiteral("--bridge"),
            m_bridge,
            QStringLiteral("--data-root"),
            filePath(QStringLiteral("root")),
            QStringLiteral("--exec-root"),
            filePath(QStringLiteral("exec")),
            QStringLiteral("--pidfile"),
            filePath(QStringLiteral("docker.pid")),
            // Leaves the machine's firewall and forwarding alone (dockerd 20.10 does not remove its rules
            // on exit); published ports still work through docker-proxy.
            QStringLiteral("--iptables=false"),
            QStringLiteral("--ip-masq=false"),
            QStringLiteral("--ip-forward=false"),
            QStringLiteral("--shutdown-timeout"),
            QStringLiteral("2"),
        };
        if (!m_daemon.start(QStringLiteral("dockerd"), arguments))
            return Launch::Failed;
        if (m_daemon.waitForOutput(QStringLiteral("API listen on 127.0.0.1:%1").arg(port).toLatin1(), 60000))
            return Launch::Ready;
        return m_daemon.stopAfterFailedStart() ? Launch::PortTaken : Launch::Failed;
    });
    return m_port != 0 || fail(QStringLiteral("dockerd did not start: ") + m_daemon.report());
}

bool TestDockerEngine::importBusybox()
{
    QString busybox = QStringLiteral("/bin/busybox");
    if (!QFile::exists(busybox))
        return fail(QStringLiteral("/bin/busybox is missing: install busybox-static"));
    const QString rootfs = filePath(QStringLiteral("busybox-rootfs"));
    QDir().mkpath(rootfs + QStringLiteral("/bin"));
    QDir().mkpath(rootfs + QStringLiteral("/tmp"));
    QDir().mkpath(rootfs + QStringLiteral("/www"));
    if (!QFile::copy(busybox, rootfs + QStringLiteral("/bin/busybox")))
        return fail(QStringLiteral("cannot copy busybox into the image"));
    const ToolResult applets = runTool(busybox, {QStringLiteral("--list")});
    if (!applets.ok())
        return fail(applets.describe(busybox, {QStringLiteral("--list")}));
    for (const QByteArray &applet : applets.out.split('\n')) {
        if (!applet.isEmpty() && applet != "busybox")
            QFile::link(QStringLiteral("busybox"), rootfs + QStringLiteral("/bin/") + QString::fromLatin1(applet));
    }
    const QString tarball = filePath(QStringLiteral("busybox.tar"));
    const QStringList tarArguments = {QStringLiteral("-C"), rootfs, QStringLiteral("-cf"), tarball,
                                      QStringLiteral(".")};
    const ToolResult packed = runTool(QStringLiteral("tar"), tarArguments);
    if (!packed.ok())
        return fail(packed.describe(QStringLiteral("tar"), tarArguments));
    const QStringList importArguments = {QStringLiteral("import"), QStringLiteral("--change"),
                                         QStringLiteral("CMD [\"sh\"]"), tarball, busyboxImage()};
    const ToolResult imported = docker(importArguments);
    if (!imported.ok())
        return fail(imported.describe(QStringLiteral("docker"), importArguments));
    return true;
}

// Where a Docker of the machine's own ran, bridged frames pass the firewall's FORWARD chain (br_netfilter)
// and its policy is DROP: containers on the test bridge could not reach each other. One rule lets the
// bridge's own traffic through while it exists; nothing else of the firewall is touched.
QStringList TestDockerEngine::bridgeRule(const QString &action) const
{
    return {QStringLiteral("-w"), action,   QStringLiteral("FORWARD"), QStringLiteral("-i"),    m_bridge,
            QStringLiteral("-o"), m_bridge, QStringLiteral("-j"),      QStringLiteral("ACCEPT")};
}

bool TestDockerEngine::allowBridgedTraffic()
{
    QFile filtered(QStringLiteral("/proc/sys/net/bridge/bridge-nf-call-iptables"));
    if (!filtered.open(QIODevice::ReadOnly) || filtered.readAll().trimmed() != "1")
        return true;
    const ToolResult added = runTool(QStringLiteral("iptables"), bridgeRule(QStringLiteral("-I")));
    return added.ok() || fail(added.describe(QStringLiteral("iptables"), bridgeRule(QStringLiteral("-I"))));
}

void TestDockerEngine::removeLeftovers()
{
    killProcessesMentioning(m_dir);
    unmountBelow(m_dir);
    QDir(m_dir).removeRecursively();
    // A rule of this slot's bridge, left by a run that crashed, or this run's own.
    if (QFile::exists(QStringLiteral("/proc/sys/net/bridge/bridge-nf-call-iptables"))) {
        while (runTool(QStringLiteral("iptables"), bridgeRule(QStringLiteral("-C"))).ok() &&
               runTool(QStringLiteral("iptables"), bridgeRule(QStringLiteral("-D"))).ok()) {
        }
    }
    if (linkExists(m_bridge))
        runTool(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("delete"), m_bridge});
}

void TestDockerEngine::tearDown()
{
    if (m_daemon.isRunning()) {
        const ToolResult containers = docker({QStringLiteral("ps"), QStringLiteral("-aq")},
                                             {{}, 20000, QProcessEnvironment::systemEnvironment()});
        const QStringList ids = QString::fromLatin1(containers.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!ids.isEmpty())
            docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids,
                   {{}, 30000, QProcessEnvironment::systemEnvironment()});
        m_daemon.stop(20000);
    }
    if (m_bridgeLock) {
        removeLeftovers();
        m_bridgeLock.reset();
    }
}

} // namespace quayside::test
