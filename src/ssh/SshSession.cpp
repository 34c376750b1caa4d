#include "ssh/SshSession.h"

#include "core/Logging.h"
#include "ssh/SshConnection.h"

#include <QMutex>
#include <QThread>

#include <openssl/crypto.h>

#include <csignal>
#include <optional>

#include <pthread.h>

namespace quayside {

// An operation as the session's thread keeps it: what the worker is to do, and whom to tell.
struct SshSession::Operation
{
    OperationKind kind = OperationKind::Run;
    quint64 id = 0;
    QPointer<QObject> context;
    bool guarded = false;
    bool cancelled = false;
    // Runs on the worker thread and reports back through the mailbox.
    std::function<void(SshConnection &connection)> work;
    LineCallback onLine;
    Callback<void> doneVoid;
    Callback<RunResult> doneRun;
    Callback<QByteArray> doneData;

    bool contextAlive() const { return !guarded || context; }
    void fail(const Error &error) const
    {
        if (doneVoid)
            doneVoid(error);
        else if (doneRun)
            doneRun(error);
        else if (doneData)
            doneData(error);
    }
};

// How the worker reaches the session: a queued call on the session's thread, or nothing once the session
// is being destroyed (the destructor clears `session` under the mutex before anything else).
struct SshSession::Mailbox
{
    QMutex mutex;
    SshSession *session = nullptr;

    void post(std::function<void(SshSession *)> call)
    {
        const QMutexLocker locker(&mutex);
        if (!session)
            return;
        QMetaObject::invokeMethod(
            session, [target = session, call = std::move(call)] { call(target); }, Qt::QueuedConnection);
    }
};

// The session's worker thread: an event loop that runs posted operations one after another with the
// connection it owns. The connection is made and destroyed on this thread.
class SshSession::WorkerThread : public QThread
{
public:
    explicit WorkerThread(std::shared_ptr<SshInterrupt> interrupt)
        : m_interrupt(std::move(interrupt))
        , m_receiver(new QObject)
    {
        m_receiver->moveToThread(this);
    }
    ~WorkerThread() override { delete m_receiver; }

    void post(std::function<void(SshConnection &)> work)
    {
        QMetaObject::invokeMethod(
            m_receiver, [this, work = std::move(work)] { work(*m_connection); }, Qt::QueuedConnection);
    }

protected:
    void run() override
    {
        // A write to a socket the server closed must fail with EPIPE, not kill the application.
        sigset_t pipe;
        sigemptyset(&pipe);
        sigaddset(&pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe, nullptr);

        m_connection = std::make_unique<SshConnection>(m_interrupt);
        exec();
        m_connection.reset();
        // libssh's OpenSSL keeps state per thread (random generators, the error queue) that OpenSSL frees only as
        // the thread ends, after the destructor's wait() has returned: freed here instead, it cannot outlive a
        // process that ends right after the session (quaysidectl), nor show up as a leak there.
        OPENSSL_thread_stop();
        delete m_receiver;
        m_receiver = nullptr;
    }

private:
    std::shared_ptr<SshInterrupt> m_interrupt;
    std::unique_ptr<SshConnection> m_connection;
    QObject *m_receiver;
};

SshSession::SshSession(QObject *parent)
    : QObject(parent)
    , m_interrupt(std::make_shared<SshInterrupt>())
    , m_mailbox(std::make_shared<Mailbox>())
    , m_thread(new WorkerThread(m_interrupt))
{
    m_mailbox->session = this;
    m_thread->setObjectName(QStringLiteral("ssh worker"));
    m_thread->start();
}

SshSession::~SshSession()
{
    {
        const QMutexLocker locker(&m_mailbox->mutex);
        m_mailbox->session = nullptr;
    }
    // Nothing to finish politely in the middle of a handshake: cut it at once.
    if (m_current && m_current->kind == OperationKind::Connect)
        m_interrupt->forceStop();
    else
        m_interrupt->requestStop();
    m_thread->quit();
    if (!m_thread->wait(kGracefulStopMs)) {
        m_interrupt->forceStop();
        if (!m_thread->wait(kForcedStopMs)) {
            qCWarning(lcSsh) << "the SSH worker for" << m_target.where()
                             << "did not stop in time; leaving it to end on its own";
            connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
            m_thread = nullptr;
        }
    }
    delete m_thread;
}

Error SshSession::notConnectedError() const
{
    return Error{Error::Kind::Network, 0,
                 m_target.host.isEmpty() ? tr("Not connected to a server; connect first.")
                                         : tr("Not connected to %1; connect first.").arg(m_target.where())};
}

std::unique_ptr<SshSession::Operation> SshSession::makeOperation(OperationKind kind, QObject *context)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = kind;
    operation->id = m_nextId++;
    operation->context = context;
    operation->guarded = context != nullptr;
    return operation;
}

void SshSession::enqueue(std::unique_ptr<Operation> operation)
{
    m_queue.push_back(std::move(operation));
    scheduleDispatch();
}

void SshSession::scheduleDispatch()
{
    // Always from the event loop, so that no callback runs inside the call that asked for it.
    if (m_dispatchScheduled || m_current || m_queue.empty())
        return;
    m_dispatchScheduled = true;
    QMetaObject::invokeMethod(this, &SshSession::dispatch, Qt::QueuedConnection);
}

void SshSession::dispatch()
{
    m_dispatchScheduled = false;
    while (!m_current && !m_queue.empty()) {
        std::unique_ptr<Operation> next = std::move(m_queue.front());
        m_queue.pop_front();
        if (!next->contextAlive())
            continue;
        const bool needsConnection = next->kind != OperationKind::Connect && next->kind != OperationKind::Disconnect;
        if (needsConnection && !m_connected) {
            const QPointer<SshSession> self(this);
            next->fail(notConnectedError());
            if (!self)
                return;
            continue;
        }
        m_current = std::move(next);
        m_thread->post(m_current->work);
    }
}

void SshSession::complete(quint64 id, bool connected, const std::function<void(const Operation &)> &call)
{
    if (!m_current || m_current->id != id)
        return;
    const std::unique_ptr<Operation> finished = std::move(m_current);
    m_connected = connected;
    scheduleDispatch();
    // The callback may destroy the session: nothing of it is touched afterwards.
    if (finished->contextAlive())
        call(*finished);
}

void SshSession::deliverLines(quint64 id, OutputStream stream, const QStringList &lines)
{
    if (!m_current || m_current->id != id || m_current->cancelled || !m_current->contextAlive() || !m_current->onLine)
        return;
    const LineCallback onLine = m_current->onLine;
    const QPointer<SshSession> self(this);
    for (const QString &line : lines) {
        onLine(stream, line);
        if (!self || !m_current || m_current->id != id || m_current->cancelled)
            return;
    }
}

void SshSession::connectToHost(const SshTarget &target, const KnownHosts *knownHosts, const HostKeyPolicy &policy,
                               QObject *context, Callback<void> done)
{
    auto operation = makeOperation(OperationKind::Connect, context);
    operation->doneVoid = std::move(done);
    std::optional<KnownHosts> hosts;
    if (knownHosts)
        hosts = *knownHosts;
    operation->work = [mailbox = m_mailbox, id = operation->id, target, hosts, policy](SshConnection &connection) {
        const Result<void> result =
            hosts ? connection.connectToHost(target, *hosts, policy, id)
                  : Result<void>(Error{Error::Kind::Internal, 0,
                                       tr("No known hosts file was given, so no host key can be checked.")});
        mailbox->post([id, result, check = connection.hostKeyCheck(), target,
                       connected = connection.isConnected()](SshSession *session) {
            if (!session->m_current || session->m_current->id != id)
                return;
            session->m_target = target;
            session->m_hostKeyCheck = check;
            session->complete(id, connected, [&result](const Operation &op) { op.doneVoid(result); });
        });
    };
    enqueue(std::move(operation));
}

void SshSession::run(const QString &command, const RunOptions &options, QObject *context, LineCallback onLine,
                     Callback<RunResult> done)
{
    auto operation = makeOperation(OperationKind::Run, context);
    operation->onLine = std::move(onLine);
    operation->doneRun = std::move(done);
    operation->work = [mailbox = m_mailbox, id = operation->id, command, options](SshConnection &connection) {
        const auto sink = [&mailbox, id](OutputStream stream, const QStringList &lines) {
            mailbox->post([id, stream, lines](SshSession *session) { session->deliverLines(id, stream, lines); });
        };
        const Result<RunResult> result = connection.run(command, options, sink, id);
        mailbox->post([id, result, connected = connection.isConnected()](SshSession *session) {
            session->complete(id, connected, [&result](const Operation &op) { op.doneRun(result); });
        });
    };
    enqueue(std::move(operation));
}

void SshSession::upload(const QByteArray &data, const QString &remotePath, int mode, const QString &owner,
                        QObject *context, Callback<void> done)
{
    auto operation = makeOperation(OperationKind::Upload, context);
    operation->doneVoid = std::move(done);
    operation->work = [mailbox = m_mailbox, id = operation->id, data, remotePath, mode,
                       owner](SshConnection &connection) {
        const Result<void> result = connection.upload(data, remotePath, mode, owner, id);
        mailbox->post([id, result, connected = connection.isConnected()](SshSession *session) {
            session->complete(id, connected, [&result](const Operation &op) { op.doneVoid(result); });
        });
    };
    enqueue(std::move(operation));
}

void SshSession::download(const QString &remotePath, QObject *context, Callback<QByteArray> done)
{
    auto operation = makeOperation(OperationKind::Download, context);
    operation->doneData = std::move(done);
    operation->work = [mailbox = m_mailbox, id = operation->id, remotePath](SshConnection &connection) {
        const Result<QByteArray> result = connection.download(remotePath, kLargestDownload, id);
        mailbox->post([id, result, connected = connection.isConnected()](SshSession *session) {
            session->complete(id, connected, [&result](const Operation &op) { op.doneData(result); });
        });
    };
    enqueue(std::move(operation));
}

void SshSession::cancel()
{
    if (m_current) {
        m_current->cancelled = true;
        m_interrupt->cancelUpTo(m_current->id);
    }
    std::deque<std::unique_ptr<Operation>> dropped;
    std::deque<std::unique_ptr<Operation>> kept;
    for (std::unique_ptr<Operation> &operation : m_queue)
        (operation->kind == OperationKind::Disconnect ? kept : dropped).push_back(std::move(operation));
    m_queue.swap(kept);
    if (dropped.empty())
        return;
    // Told from the event loop, like every other outcome.
    auto shared = std::make_shared<std::deque<std::unique_ptr<Operation>>>(std::move(dropped));
    QMetaObject::invokeMethod(
        this,
        [this, shared] {
            const QPointer<SshSession> self(this);
            for (const std::unique_ptr<Operation> &operation : *shared) {
                if (!operation->contextAlive())
                    continue;
                operation->fail(Error{Error::Kind::Cancelled, 0,
                                      m_target.host.isEmpty()
                                          ? tr("Cancelled before it started.")
                                          : tr("Cancelled on %1 before it started.").arg(m_target.where())});
                if (!self)
                    return;
            }
        },
        Qt::QueuedConnection);
}

void SshSession::disconnectFromHost()
{
    cancel();
    m_connected = false;
    auto operation = makeOperation(OperationKind::Disconnect, nullptr);
    operation->work = [mailbox = m_mailbox, id = operation->id](SshConnection &connection) {
        connection.disconnectFromHost();
        mailbox->post([id](SshSession *session) { session->complete(id, false, [](const Operation &) {}); });
    };
    enqueue(std::move(operation));
}

} // namespace quayside
