#include "TestSshServer.h"

#include "Await.h"
#include "Network.h"

#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFile>

#include <pwd.h>
#include <unistd.h>

namespace quayside::test {

TestSshServer::TestSshServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/quayside-sshd-XXXXXX"))
{}

TestSshServer::~TestSshServer()
{
    m_daemon.stop();
}

bool TestSshServer::fail(const QString &message)
{
    m_error = QStringLiteral("test sshd: ") + message;
    return false;
}

QString TestSshServer::userName() const
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

bool TestSshServer::generateKey(const QString &path)
{
    const QStringList arguments = {QStringLiteral("-q"),
                                   QStringLiteral("-t"),
                                   QStringLiteral("ed25519"),
                                   QStringLiteral("-N"),
                                   QString(),
                                   QStringLiteral("-C"),
                                   QStringLiteral("quayside-test"),
                                   QStringLiteral("-f"),
                                   path};
    const ToolResult result = runTool(QStringLiteral("ssh-keygen"), arguments);
    return result.ok() || fail(result.describe(QStringLiteral("ssh-keygen"), arguments));
}

bool TestSshServer::authorize(const QByteArray &publicKeyLine)
{
    QFile keys(m_dir.filePath(QStringLiteral("authorized_keys")));
    if (!keys.open(QIODevice::Append) || keys.write(publicKeyLine.trimmed() + '\n') < 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(keys.fileName(), keys.errorString()));
    return true;
}

bool TestSshServer::start()
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString());
    const QString sshd = QStringLiteral("/usr/sbin/sshd");
    if (!QFile::exists(sshd))
        return fail(QStringLiteral("/usr/sbin/sshd is missing: install openssh-server"));
    // sshd insists on its privilege-separation folder.
    if (!QDir(QStringLiteral("/run/sshd")).exists() && !QDir().mkpath(QStringLiteral("/run/sshd")))
        return fail(QStringLiteral("cannot create /run/sshd (run the tests as root)"));

    const QString hostKey = m_dir.filePath(QStringLiteral("ssh_host_ed25519_key"));
    if (!generateKey(hostKey) || !generateKey(clientKey()))
        return false;
    QFile clientPublic(clientPublicKey());
    if (!clientPublic.open(QIODevice::ReadOnly) || !authorize(clientPublic.readAll()))
        return fail(QStringLiteral("cannot authorize the test key"));
    const QStringList fingerprintArguments = {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                              QStringLiteral("-f"), hostPublicKey()};
    const ToolResult fingerprint = runTool(QStringLiteral("ssh-keygen"), fingerprintArguments);
    if (!fingerprint.ok())
        return fail(fingerprint.describe(QStringLiteral("ssh-keygen"), fingerprintArguments));
    m_hostFingerprint = QString::fromLatin1(fingerprint.out.split(' ').value(1));

    const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
    m_port = launchOnFreePort([&](quint16 port) {
        const QByteArray text = QStringLiteral("Port %1\n"
                                               "ListenAddress 127.0.0.1\n"
                                               "HostKey %2\n"
                                               "AuthorizedKeysFile %3\n"
                                               "PidFile %4\n"
                                               "PasswordAuthentication no\n"
                                               "KbdInteractiveAuthentication no\n"
                                               "PubkeyAuthentication yes\n"
                                               "PermitRootLogin prohibit-password\n"
                                               "StrictModes no\n"
                                               "UsePAM no\n"
                                               "Subsystem sftp internal-sftp\n"
                                               "LogLevel VERBOSE\n")
                                    .arg(port)
                                    .arg(hostKey, m_dir.filePath(QStringLiteral("authorized_keys")),
                                         m_dir.filePath(QStringLiteral("sshd.pid")))
                                    .toLocal8Bit();
        if (!writeFile(config, text) ||
            !m_daemon.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config}))
            return Launch::Failed;
        if (m_daemon.waitForOutput(QStringLiteral("Server listening on 127.0.0.1 port %1").arg(port).toLatin1(), 10000))
            return Launch::Ready;
        return m_daemon.stopAfterFailedStart() ? Launch::PortTaken : Launch::Failed;
    });
    return m_port != 0 || fail(QStringLiteral("sshd did not start with %1: ").arg(config) + m_daemon.report());
}

Result<void> TestSshServer::connectSession(SshSession &session, const KnownHosts &hosts, quint16 port) const
{
    const Result<SshKey> key = SshKey::fromPrivateKeyFile(clientKey());
    if (!key)
        return key.error();
    SshTarget to;
    to.host = host();
    to.port = port ? port : m_port;
    to.user = userName();
    to.identity = key.value();
    to.connectTimeoutMs = 10000;
    return await<void>([&](auto done) {
        session.connectToHost(to, &hosts, HostKeyPolicy::trustOnFirstUse(m_hostFingerprint), &session, done);
    });
}

} // namespace quayside::test
