#pragma once

#include "ManagedProcess.h"

#include "core/Result.h"

#include <QTemporaryDir>

namespace quayside {
class KnownHosts;
class SshSession;
} // namespace quayside

namespace quayside::test {

// A real OpenSSH sshd on 127.0.0.1 with a freshly generated ed25519 host key, public-key login only,
// and one authorized test key (clientKey()). Logs in as the user running the tests.
class TestSshServer
{
public:
    TestSshServer();
    ~TestSshServer();

    bool start();
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString userName() const;
    QString directory() const { return m_dir.path(); }

    QString clientKey() const { return m_dir.filePath(QStringLiteral("client_ed25519")); }
    QString clientPublicKey() const { return clientKey() + QStringLiteral(".pub"); }
    QString hostPublicKey() const { return m_dir.filePath(QStringLiteral("ssh_host_ed25519_key.pub")); }
    // "SHA256:..." as ssh-keygen -l prints it.
    QString hostKeyFingerprint() const { return m_hostFingerprint; }
    // Adds another public key (one OpenSSH line) to the authorized keys.
    bool authorize(const QByteArray &publicKeyLine);
    // Logs `session` in with clientKey(), trusting exactly this server's host key (through `port` when a
    // relay stands between; 0: the server's own port).
    Result<void> connectSession(SshSession &session, const KnownHosts &hosts, quint16 port = 0) const;

private:
    bool fail(const QString &message);
    bool generateKey(const QString &path);

    QTemporaryDir m_dir;
    ManagedProcess m_daemon{QStringLiteral("sshd")};
    quint16 m_port = 0;
    QString m_hostFingerprint;
    QString m_error;
};

} // namespace quayside::test
