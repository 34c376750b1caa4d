#pragma once

#include "ssh/SshKey.h"

#include <QByteArray>
#include <QString>

namespace quayside {

// Where to log in and how patiently. A server that was just created may refuse connections, or accept them
// and drop them before its sshd answers, for a while: `attempts` connections are tried, `retryPauseMs`
// apart, each allowed `connectTimeoutMs` for TCP and the SSH handshake together. Failed logins and host-key
// problems are never retried.
struct SshTarget
{
    QString host;
    quint16 port = 22;
    QString user;
    SshKey identity;
    int connectTimeoutMs = 15000;
    int attempts = 1;
    int retryPauseMs = 2000;
    // The longest silence any later step (login, opening a channel, each SFTP request) waits for.
    int ioTimeoutMs = 30000;

    // "user@host:port" ("user@[::1]:2222" for IPv6), for messages.
    QString where() const;
};

// What to do with a host key that Quayside's known_hosts file does not have yet. A key that differs from the
// one kept for the host is always refused: KnownHosts::replace is the only way past that, after the user
// confirmed it.
struct HostKeyPolicy
{
    enum class Mode {
        RefuseUnknown,            // the error names the fingerprint for the user to confirm
        TrustIfConsoleLogMatches, // the cloud's console output shows the same key (cloud-init prints it)
        TrustOnFirstUse,          // the user saw and accepted exactly `acceptedFingerprint`
    };

    Mode mode = Mode::RefuseUnknown;
    QString consoleLog;
    QString acceptedFingerprint;

    static HostKeyPolicy refuseUnknown() { return {}; }
    static HostKeyPolicy trustIfConsoleLogMatches(const QString &consoleLog)
    {
        return {Mode::TrustIfConsoleLogMatches, consoleLog, QString()};
    }
    static HostKeyPolicy trustOnFirstUse(const QString &acceptedFingerprint)
    {
        return {Mode::TrustOnFirstUse, QString(), acceptedFingerprint};
    }
};

struct RunOptions
{
    // 0 or less: no limit.
    int timeoutMs = 60000;
    // Run as root through `sudo -n sh -c '<command>'` when the session's user is not root.
    bool sudo = false;
    // Given to the command's standard input, then closed. Secrets go here, never into the command line.
    QByteArray stdinData;
};

struct RunResult
{
    // -1 when the command ended by a signal (exitSignal then names it, "KILL") or said nothing.
    int exitStatus = -1;
    QString exitSignal;
    qint64 durationMs = 0;
};

enum class OutputStream { Stdout, Stderr };

} // namespace quayside
