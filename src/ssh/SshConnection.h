#pragma once

#include "core/Result.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshTypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

struct ssh_session_struct;
struct sftp_session_struct;

namespace quayside {

// How another thread stops or cancels what an SshConnection is doing. Operations are numbered in the order
// they start; cancelling one cancels every earlier one too. Waits for the network watch the wake descriptor,
// so they end at once; a blocking libssh call (the SSH handshake, login, SFTP) is cut short by shutting its
// socket down, which also ends the connection.
class SshInterrupt
{
public:
    SshInterrupt();
    ~SshInterrupt();
    SshInterrupt(const SshInterrupt &) = delete;
    SshInterrupt &operator=(const SshInterrupt &) = delete;

    void cancelUpTo(quint64 operation);
    bool isCancelled(quint64 operation) const;
    // The worker is to finish: commands stop, waits end, nothing new starts.
    void requestStop();
    // requestStop(), and the socket is shut down under whatever libssh call waits on it.
    void forceStop();
    bool isStopping() const;
    bool isInterrupted(quint64 operation) const { return isStopping() || isCancelled(operation); }

    // Waits up to `ms`; false if interrupted first.
    bool sleep(int ms, quint64 operation);
    // Readable after any interrupt, to poll() beside a socket; drainWake() empties it.
    int wakeDescriptor() const { return m_wake[0]; }
    void drainWake();

    // The connection's socket, which forceStop() shuts down, as does cancelling `operation` (0: no
    // operation) while a blocking call of it may sit on the socket. unwatchSocket() before closing it.
    void watchSocket(int descriptor, quint64 operation);
    void unwatchSocket();

private:
    void wakeLocked();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    quint64 m_cancelledUpTo = 0;
    bool m_stopping = false;
    int m_socket = -1;
    quint64 m_socketOperation = 0;
    int m_wake[2] = {-1, -1};
};

// One SSH connection driven through libssh with blocking calls: the worker under SshSession, used by one
// thread at a time and never by the GUI thread. Every wait has a bound (the connect timeout, the command's
// timeout, the target's ioTimeoutMs) and ends early through the SshInterrupt.
class SshConnection
{
    Q_DECLARE_TR_FUNCTIONS(SshConnection)

public:
    using LinesSink = std::function<void(OutputStream stream, const QStringList &lines)>;

    explicit SshConnection(std::shared_ptr<SshInterrupt> interrupt);
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    // Connects (with retries), checks the host key against `knownHosts` under `policy`, and logs in with
    // the target's identity. Ends any earlier connection first.
    Result<void> connectToHost(const SshTarget &target, const KnownHosts &knownHosts, const HostKeyPolicy &policy,
                               quint64 operation);
    void disconnectFromHost();
    bool isConnected() const { return m_connected; }
    const SshTarget &target() const { return m_target; }
    // The host key check of the last connection attempt that got as far as the server's key.
    const HostKeyCheck &hostKeyCheck() const { return m_hostKeyCheck; }

    // Runs one command; its output goes to `sink` line by line as it arrives.
    Result<RunResult> run(const QString &command, const RunOptions &options, const LinesSink &sink, quint64 operation);
    // Writes `data` to a temporary file beside `remotePath` (mode 0600 while written), gives it `owner`
    // ("user" or "user:group", empty: leave it) and `mode`, and renames it over `remotePath`.
    Result<void> upload(const QByteArray &data, const QString &remotePath, int mode, const QString &owner,
                        quint64 operation);
    Result<QByteArray> download(const QString &remotePath, qint64 maxBytes, quint64 operation);

    // What actually runs for `command`: itself, or `sudo -n sh -c '<command>'` when `sudo` is asked for and
    // `user` is not root.
    static Result<QString> commandLine(const QString &command, const QString &user, bool sudo);

private:
    struct Attempt;
    struct OpenedSocket;

    OpenedSocket openSocket(int timeoutMs, quint64 operation);
    Attempt connectOnce(const KnownHosts &knownHosts, quint64 operation);
    Result<void> verifyHostKey(const KnownHosts &knownHosts, const HostKeyPolicy &policy);
    Result<void> authenticate();
    // `operation` 0 is not cancellable (the clean-up after a cancel). A `killable` command first reports the
    // process group it runs in, so that killLeftovers() can end it if it is stopped.
    Result<RunResult> runCommand(const QString &command, const RunOptions &options, const LinesSink &sink,
                                 quint64 operation, bool killable = true);
    void killLeftovers();
    Result<void> moveIntoPlace(const QString &from, const QString &to, quint64 operation);
    Result<void> uploadFile(const QByteArray &data, const QString &remotePath, int mode, const QString &owner,
                            quint64 operation);
    Result<QByteArray> downloadFile(const QString &remotePath, qint64 maxBytes, quint64 operation);
    Result<void> ensureSftp();
    Result<void> changeOwner(const QString &path, const QString &owner, quint64 operation);
    // The error for a failed libssh call: a lost connection (which ends this one), or else `refused` with
    // %1 the target and %2 libssh's words.
    Error failure(const QString &refused);
    Error sftpFailure(const QString &path);
    Error interrupted(quint64 operation) const;
    void closeSocket();

    std::shared_ptr<SshInterrupt> m_interrupt;
    SshTarget m_target;
    HostKeyCheck m_hostKeyCheck;
    ssh_session_struct *m_session = nullptr;
    sftp_session_struct *m_sftp = nullptr;
    int m_socket = -1;
    bool m_connected = false;
    // A call found the connection gone; it is taken down once the call has released its channel or file.
    bool m_lost = false;
    // The process group of a command that was stopped, still to be killed (OpenSSH does not pass signals on
    // to root's sessions, and closing the channel does not end a command that writes nothing).
    struct Leftover
    {
        qint64 processGroup = 0;
        bool sudo = false;
    };
    std::optional<Leftover> m_leftover;
};

} // namespace quayside
