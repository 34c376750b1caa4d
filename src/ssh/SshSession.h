#pragma once

#include "core/Result.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshTypes.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

namespace quayside {

class SshConnection;
class SshInterrupt;

// An SSH connection to one host, driven from the thread it lives on (the GUI thread, typically) while
// libssh works on a thread of its own: one QThread per session, so many hosts can be worked on at once and
// a slow or failing host holds up no other. Nothing here blocks the caller's thread (the destructor aside,
// see below).
//
// Operations (connect, run, upload, download) queue up and run one at a time, in the order they were
// asked for: a session is one conversation with one host. Each finishes exactly once with a Result on the
// session's thread, always after the call that started it has returned, and not at all once its `context`
// is destroyed (an operation whose context is gone before its turn does not run). Operations asked for
// before the connection is up wait for it; if connecting fails, they fail with it.
//
// Destroying the session drops every pending callback and stops the worker: a running command is killed
// and a blocking libssh call is cut short by closing the socket. The destructor waits for that at most
// kGracefulStopMs + kForcedStopMs (2.3 s) and in practice a few milliseconds; a worker that still has not
// ended then (it should not happen) is left to end on its own.
class SshSession : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using LineCallback = std::function<void(OutputStream stream, const QString &line)>;

    static constexpr int kGracefulStopMs = 300;
    static constexpr int kForcedStopMs = 2000;
    static constexpr qint64 kLargestDownload = qint64(16) * 1024 * 1024;

    explicit SshSession(QObject *parent = nullptr);
    ~SshSession() override;

    // Connects and logs in; see SshTarget for retries and HostKeyPolicy for unknown host keys. `knownHosts`
    // is copied (it is only a path). After a failure hostKeyCheck() tells the UI which key the server showed.
    void connectToHost(const SshTarget &target, const KnownHosts *knownHosts, const HostKeyPolicy &policy,
                       QObject *context, Callback<void> done);
    // Runs `command` through the login shell; stdout and stderr reach `onLine` a line at a time as they
    // arrive (a last line without a newline too), in order within each stream. A non-zero exit status is
    // a result, not an error; errors are a timeout (the command is killed), cancel(), a lost connection.
    void run(const QString &command, const RunOptions &options, QObject *context, LineCallback onLine,
             Callback<RunResult> done);
    // Writes `data` to `remotePath` through SFTP: into a temporary file in the same folder first, which is
    // renamed into place once complete, so an interrupted upload never leaves a half-written file. `mode`
    // is the file's permission bits (0600, 0644, 0755); `owner` ("user" or "user:group", empty to leave it)
    // is set with chown, through sudo when the user is not root.
    void upload(const QByteArray &data, const QString &remotePath, int mode, const QString &owner, QObject *context,
                Callback<void> done);
    // Reads a small remote file (a config) of at most kLargestDownload bytes.
    void download(const QString &remotePath, QObject *context, Callback<QByteArray> done);

    // Stops the running operation and drops every queued one; each finishes with a Cancelled error. The
    // connection stays up (unless it was being made). Operations asked for afterwards run as usual.
    void cancel();
    // cancel(), then closes the connection.
    void disconnectFromHost();

    // As of the last finished operation.
    bool isConnected() const { return m_connected; }
    bool isBusy() const { return m_current || !m_queue.empty(); }
    const SshTarget &target() const { return m_target; }
    const HostKeyCheck &hostKeyCheck() const { return m_hostKeyCheck; }

private:
    enum class OperationKind { Connect, Run, Upload, Download, Disconnect };
    struct Operation;
    struct Mailbox;
    class WorkerThread;

    std::unique_ptr<Operation> makeOperation(OperationKind kind, QObject *context);
    void enqueue(std::unique_ptr<Operation> operation);
    void scheduleDispatch();
    void dispatch();
    // The worker finished operation `id`; `call` hands its result to the operation's callback.
    void complete(quint64 id, bool connected, const std::function<void(const Operation &)> &call);
    void deliverLines(quint64 id, OutputStream stream, const QStringList &lines);
    Error notConnectedError() const;

    std::shared_ptr<SshInterrupt> m_interrupt;
    std::shared_ptr<Mailbox> m_mailbox;
    WorkerThread *m_thread = nullptr;
    std::deque<std::unique_ptr<Operation>> m_queue;
    std::unique_ptr<Operation> m_current;
    quint64 m_nextId = 1;
    bool m_dispatchScheduled = false;
    bool m_connected = false;
    SshTarget m_target;
    HostKeyCheck m_hostKeyCheck;
};

} // namespace quayside
