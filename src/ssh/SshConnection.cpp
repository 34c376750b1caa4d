#include "ssh/SshConnection.h"

#include "core/Logging.h"
#include "core/ShellQuote.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace quayside {

namespace {

// Output arrives in pieces of any size; lines are handed on whole. A "line" this long without a newline
// (a binary blob, a progress bar redrawn with \r) is handed on in pieces rather than held without limit.
constexpr qsizetype kLongestLine = qsizetype(1024) * 1024;
constexpr int kReadChunk = 64 * 1024;
constexpr int kSftpChunk = 32 * 1024;
constexpr char kProcessMarker[] = "quayside-process-group:";

class LineSplitter
{
public:
    QStringList append(const char *data, int size)
    {
        m_pending.append(data, size);
        QStringList lines;
        qsizetype start = 0;
        for (qsizetype newline = m_pending.indexOf('\n'); newline >= 0; newline = m_pending.indexOf('\n', start)) {
            lines << QString::fromUtf8(m_pending.constData() + start, newline - start);
            start = newline + 1;
        }
        m_pending.remove(0, start);
        if (m_pending.size() >= kLongestLine) {
            lines << QString::fromUtf8(m_pending);
            m_pending.clear();
        }
        return lines;
    }
    // The last line, which had no newline after it.
    QStringList finish()
    {
        if (m_pending.isEmpty())
            return {};
        const QString last = QString::fromUtf8(m_pending);
        m_pending.clear();
        return {last};
    }

private:
    QByteArray m_pending;
};

// How a command ended, as the server reports it on the channel.
struct ExitState
{
    int status = -1;
    QString signal;
    bool known = false;
};

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->status = status;
    state->known = true;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->signal = QString::fromLatin1(signal ? signal : "");
    state->known = true;
}

// A channel and its callbacks, released together: libssh may keep a channel that is closed locally until
// the server confirms, so the callbacks (pointing at this object) must be gone before it is freed.
class Channel
{
public:
    explicit Channel(ssh_session session)
        : m_channel(ssh_channel_new(session))
    {
        ssh_callbacks_init(&m_callbacks);
        m_callbacks.userdata = &m_exit;
        m_callbacks.channel_exit_status_function = onExitStatus;
        m_callbacks.channel_exit_signal_function = onExitSignal;
        if (m_channel)
            ssh_set_channel_callbacks(m_channel, &m_callbacks);
    }
    ~Channel()
    {
        if (!m_channel)
            return;
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        ssh_channel_free(m_channel);
    }
    Channel(const Channel &) = delete;
    Channel &operator=(const Channel &) = delete;

    ssh_channel get() const { return m_channel; }
    const ExitState &exit() const { return m_exit; }

private:
    ssh_channel m_channel;
    ssh_channel_callbacks_struct m_callbacks{};
    ExitState m_exit;
};

// run() drives its channel without blocking; everything else in this file uses blocking calls.
class NonBlocking
{
public:
    explicit NonBlocking(ssh_session session)
        : m_session(session)
    {
        ssh_set_blocking(m_session, 0);
    }
    ~NonBlocking() { ssh_set_blocking(m_session, 1); }
    NonBlocking(const NonBlocking &) = delete;
    NonBlocking &operator=(const NonBlocking &) = delete;

private:
    ssh_session m_session;
};

struct SftpFileCloser
{
    void operator()(sftp_file file) const { sftp_close(file); }
};
using SftpFile = std::unique_ptr<sftp_file_struct, SftpFileCloser>;

void setTimeout(ssh_session session, int milliseconds)
{
    const long seconds = std::max(0, milliseconds) / 1000;
    const long microseconds = long(std::max(0, milliseconds) % 1000) * 1000;
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &microseconds);
}

// "host:port", "[::1]:port" for IPv6, for messages about the network before any login.
QString hostAndPort(const SshTarget &target)
{
    const QString host =
        target.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + target.host + QLatin1Char(']') : target.host;
    return host + QLatin1Char(':') + QString::number(target.port);
}

QString seconds(int milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'g', 3);
}

// The host-key algorithms to offer, those of keys already kept for the host first, so that a server with
// several host keys shows the one Quayside knows rather than one it would take for a changed key.
QByteArray preferredHostKeyAlgorithms(const QList<SshKey> &kept)
{
    const QStringList defaults = {QStringLiteral("ssh-ed25519"),         QStringLiteral("ecdsa-sha2-nistp521"),
                                  QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp256"),
                                  QStringLiteral("rsa-sha2-512"),        QStringLiteral("rsa-sha2-256")};
    QStringList order;
    for (const SshKey &key : kept) {
        const QString type = key.typeName();
        if (type == QLatin1String("ssh-rsa"))
            order << QStringLiteral("rsa-sha2-512") << QStringLiteral("rsa-sha2-256");
        else if (defaults.contains(type))
            order << type;
    }
    order << defaults;
    order.removeDuplicates();
    return order.join(QLatin1Char(',')).toLatin1();
}

bool isValidOwner(const QString &owner)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*(:[A-Za-z0-9_][A-Za-z0-9._-]*)?\\z"));
    return owner.size() <= 65 && pattern.match(owner).hasMatch();
}

} // namespace

// ---- SshInterrupt

SshInterrupt::SshInterrupt()
{
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        qCWarning(lcSsh) << "cannot make the wake pipe:" << std::strerror(errno);
}

SshInterrupt::~SshInterrupt()
{
    for (const int end : m_wake) {
        if (end >= 0)
            ::close(end);
    }
}

void SshInterrupt::wakeLocked()
{
    if (m_wake[1] >= 0) {
        const char byte = 1;
        // A full pipe is awake already.
        [[maybe_unused]] const ssize_t written = ::write(m_wake[1], &byte, 1);
    }
    m_changed.notify_all();
}

void SshInterrupt::drainWake()
{
    char buffer[64];
    while (m_wake[0] >= 0 && ::read(m_wake[0], buffer, sizeof buffer) > 0) {
    }
}

void SshInterrupt::cancelUpTo(quint64 operation)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelledUpTo = std::max(m_cancelledUpTo, operation);
    if (m_socket >= 0 && m_socketOperation != 0 && m_socketOperation <= operation)
        ::shutdown(m_socket, SHUT_RDWR);
    wakeLocked();
}

bool SshInterrupt::isCancelled(quint64 operation) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return operation != 0 && operation <= m_cancelledUpTo;
}

void SshInterrupt::requestStop()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_stopping = true;
    wakeLocked();
}

void SshInterrupt::forceStop()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_stopping = true;
    if (m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
    wakeLocked();
}

bool SshInterrupt::isStopping() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_stopping;
}

bool SshInterrupt::sleep(int ms, quint64 operation)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const bool woken = m_changed.wait_for(lock, std::chrono::milliseconds(std::max(0, ms)), [&] {
        return m_stopping || (operation != 0 && operation <= m_cancelledUpTo);
    });
    return !woken;
}

void SshInterrupt::watchSocket(int descriptor, quint64 operation)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_socket = descriptor;
    m_socketOperation = operation;
    if (m_socket >= 0 && (m_stopping || (operation != 0 && operation <= m_cancelledUpTo)))
        ::shutdown(m_socket, SHUT_RDWR);
}

void SshInterrupt::unwatchSocket()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_socket = -1;
    m_socketOperation = 0;
}

// ---- SshConnection

struct SshConnection::Attempt
{
    std::optional<Error> error;
    bool retryable = false;
};

struct SshConnection::OpenedSocket
{
    int descriptor = -1;
    std::optional<Error> error;
    bool retryable = false;
};

SshConnection::SshConnection(std::shared_ptr<SshInterrupt> interrupt)
    : m_interrupt(std::move(interrupt))
{}

SshConnection::~SshConnection()
{
    disconnectFromHost();
}

void SshConnection::closeSocket()
{
    m_interrupt->unwatchSocket();
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
}

void SshConnection::disconnectFromHost()
{
    m_lost = false;
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
    if (m_session) {
        if (m_connected)
            qCDebug(lcSsh) << "disconnecting from" << m_target.where();
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    closeSocket();
    m_connected = false;
}

Error SshConnection::interrupted(quint64 operation) const
{
    if (m_interrupt->isStopping() && !m_interrupt->isCancelled(operation))
        return Error{Error::Kind::Cancelled, 0,
                     tr("The session with %1 was closed before the operation finished.").arg(m_target.where())};
    return Error{Error::Kind::Cancelled, 0, tr("Cancelled on %1.").arg(m_target.where())};
}

Error SshConnection::failure(const QString &refused)
{
    const QString detail = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    if (!m_session || ssh_is_connected(m_session) == 0) {
        // The caller still holds channels or files of this session; the public call that started it all
        // disconnects once they are released.
        m_lost = true;
        return Error{Error::Kind::Network, 0,
                     tr("The connection to %1 was lost (%2). Connect again; if it keeps happening, check the network "
                        "and the server.")
                         .arg(m_target.where(), detail)};
    }
    return Error{Error::Kind::Protocol, 0, refused.arg(m_target.where(), detail)};
}

SshConnection::OpenedSocket SshConnection::openSocket(int timeoutMs, quint64 operation)
{
    OpenedSocket opened;
    const QDeadlineTimer deadline(timeoutMs);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo *addresses = nullptr;
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray port = QByteArray::number(m_target.port);
    const int resolved = ::getaddrinfo(host.constData(), port.constData(), &hints, &addresses);
    if (resolved != 0) {
        opened.error = Error{Error::Kind::Network, 0,
                             tr("Cannot find the address of %1: %2. Check the host name.")
                                 .arg(m_target.host, QString::fromLocal8Bit(::gai_strerror(resolved)))};
        // A name server that did not answer may answer next time; a name that does not exist will not.
        opened.retryable = resolved == EAI_AGAIN;
        return opened;
    }
    int lastError = ECONNREFUSED;
    for (addrinfo *address = addresses; address; address = address->ai_next) {
        const int descriptor =
            ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, address->ai_protocol);
        if (descriptor < 0) {
            lastError = errno;
            continue;
        }
        int code = 0;
        if (::connect(descriptor, address->ai_addr, address->ai_addrlen) != 0)
            code = errno;
        while (code == EINPROGRESS) {
            if (m_interrupt->isInterrupted(operation) || deadline.hasExpired()) {
                code = ETIMEDOUT;
                break;
            }
            pollfd watched[2] = {{descriptor, POLLOUT, 0}, {m_interrupt->wakeDescriptor(), POLLIN, 0}};
            const int ready = ::poll(watched, 2, int(std::min<qint64>(deadline.remainingTime(), 1000)));
            if (ready < 0 && errno != EINTR) {
                code = errno;
                break;
            }
            if (watched[1].revents != 0)
                m_interrupt->drainWake();
            if (watched[0].revents != 0) {
                socklen_t length = sizeof code;
                if (::getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &code, &length) != 0)
                    code = errno;
            }
        }
        if (code == 0) {
            ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) & ~O_NONBLOCK);
            const int on = 1;
            ::setsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            opened.descriptor = descriptor;
            break;
        }
        ::close(descriptor);
        lastError = code;
        if (m_interrupt->isInterrupted(operation) || deadline.hasExpired())
            break;
    }
    ::freeaddrinfo(addresses);
    if (opened.descriptor >= 0)
        return opened;
    if (m_interrupt->isInterrupted(operation)) {
        opened.error = interrupted(operation);
        return opened;
    }
    opened.retryable = true;
    const QString where = hostAndPort(m_target);
    if (lastError == ECONNREFUSED)
        opened.error = Error{Error::Kind::Network, 0,
                             tr("%1 refused the connection: no SSH server listens there. A server that was just "
                                "created may still be starting; otherwise check the address and the port.")
                                 .arg(where)};
    else if (lastError == ETIMEDOUT)
        opened.error = Error{Error::Kind::Timeout, 0,
                             tr("%1 did not answer within %2 s. Check the address, and that a firewall or security "
                                "group lets SSH through.")
                                 .arg(where, seconds(m_target.connectTimeoutMs))};
    else
        opened.error = Error{Error::Kind::Network, 0,
                             tr("Cannot connect to %1: %2. Check the address and the network.")
                                 .arg(where, QString::fromLocal8Bit(std::strerror(lastError)))};
    return opened;
}

SshConnection::Attempt SshConnection::connectOnce(const KnownHosts &knownHosts, quint64 operation)
{
    QElapsedTimer clock;
    clock.start();
    Attempt attempt;
    OpenedSocket opened = openSocket(m_target.connectTimeoutMs, operation);
    if (opened.error) {
        attempt.error = opened.error;
        attempt.retryable = opened.retryable;
        return attempt;
    }
    m_socket = opened.descriptor;
    m_interrupt->watchSocket(m_socket, operation);

    m_session = ssh_new();
    if (!m_session) {
        attempt.error = Error{Error::Kind::Internal, 0, tr("The SSH library could not start a session.")};
        return attempt;
    }
    const int no = 0;
    // Neither ~/.ssh/config nor the user's known_hosts files have a say: Quayside's own file decides.
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const unsigned int port = m_target.port;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    if (const auto kept = knownHosts.keysOf(m_target.host, m_target.port); kept && !kept.value().isEmpty()) {
        const QByteArray algorithms = preferredHostKeyAlgorithms(kept.value());
        ssh_options_set(m_session, SSH_OPTIONS_HOSTKEYS, algorithms.constData());
    }
    setTimeout(m_session, std::max(1, m_target.connectTimeoutMs - int(clock.elapsed())));
    // libssh gets a duplicate and closes it when it likes; ours stays open until the session is freed, so
    // the interrupt never shuts down a descriptor number that was reused meanwhile.
    int libsshSocket = ::fcntl(m_socket, F_DUPFD_CLOEXEC, 0);
    ssh_options_set(m_session, SSH_OPTIONS_FD, &libsshSocket);

    if (ssh_connect(m_session) == SSH_OK)
        return attempt;
    if (m_interrupt->isInterrupted(operation)) {
        attempt.error = interrupted(operation);
        return attempt;
    }
    const QString detail = QString::fromUtf8(ssh_get_error(m_session));
    const QString where = hostAndPort(m_target);
    // Without a greeting the server's sshd was not (yet) there: a new server's port can accept and drop
    // connections, or say nothing, while it boots. After the greeting, a failure is the server's answer.
    if (!ssh_get_serverbanner(m_session)) {
        attempt.retryable = true;
        attempt.error = detail.contains(QLatin1String("Timeout"))
                            ? Error{Error::Kind::Timeout, 0,
                                    tr("%1 accepted the connection but sent no SSH greeting within %2 s. A server that "
                                       "was just created may still be starting.")
                                        .arg(where, seconds(m_target.connectTimeoutMs))}
                            : Error{Error::Kind::Network, 0,
                                    tr("%1 closed the connection before its SSH greeting (%2). A server that was just "
                                       "created may still be starting.")
                                        .arg(where, detail)};
        return attempt;
    }
    attempt.error = Error{Error::Kind::Protocol, 0,
                          tr("The SSH handshake with %1 failed: %2. The server may only offer algorithms Quayside "
                             "does not support.")
                              .arg(where, detail)};
    return attempt;
}

Result<void> SshConnection::verifyHostKey(const KnownHosts &knownHosts, const HostKeyPolicy &policy)
{
    ssh_key offered = nullptr;
    if (ssh_get_server_publickey(m_session, &offered) != SSH_OK || !offered)
        return Error{Error::Kind::Protocol, 0, tr("%1 presented no host key.").arg(m_target.where())};
    const SshKey presented = SshKey::adopt(offered);
    const auto checked = knownHosts.check(m_target.host, m_target.port, presented);
    if (!checked)
        return checked.error();
    m_hostKeyCheck = checked.value();
    const QString fingerprint = m_hostKeyCheck.presentedFingerprint;
    switch (m_hostKeyCheck.status) {
    case HostKeyCheck::Status::Trusted: return {};
    case HostKeyCheck::Status::Changed:
        qCWarning(lcSsh) << m_target.where() << "presented" << fingerprint << "instead of"
                         << m_hostKeyCheck.storedFingerprints;
        return Error{
            Error::Kind::Tls, 0,
            tr("The host key of %1 has changed: it presents %2, but Quayside knows the server by %3. Either "
               "someone is intercepting the connection (an attack), or the server was rebuilt or "
               "reinstalled and has new keys. Quayside did not log in. Only if you know the server was "
               "rebuilt, check the new fingerprint (for example in the cloud's console log) and replace "
               "the kept key.")
                .arg(m_target.where(), fingerprint, m_hostKeyCheck.storedFingerprints.join(QStringLiteral(", ")))};
    case HostKeyCheck::Status::Unknown: break;
    }

    switch (policy.mode) {
    case HostKeyPolicy::Mode::RefuseUnknown:
        return Error{Error::Kind::Tls, 0,
                     tr("Quayside does not know %1 yet. Its host key fingerprint is %2. Compare it with the one the "
                        "server shows (its console log, or `ssh-keygen -l -f` on the server) and accept it to go on.")
                         .arg(m_target.where(), fingerprint)};
    case HostKeyPolicy::Mode::TrustIfConsoleLogMatches:
        if (!KnownHosts::matchesConsoleLog(presented, policy.consoleLog)) {
            const QList<ConsoleFingerprint> printed = KnownHosts::fingerprintsFromConsoleLog(policy.consoleLog);
            if (printed.isEmpty() && KnownHosts::keysFromConsoleLog(policy.consoleLog).isEmpty())
                return Error{Error::Kind::Tls, 0,
                             tr("The console log of %1 shows no SSH host key fingerprints (yet), so its host key %2 "
                                "cannot be checked against it. cloud-init prints them at the end of the first "
                                "boot: wait a little and try again, or compare the fingerprint yourself.")
                                 .arg(m_target.where(), fingerprint)};
            QStringList shown;
            for (const ConsoleFingerprint &line : printed)
                shown << line.fingerprint;
            return Error{Error::Kind::Tls, 0,
                         tr("%1 presents the host key %2, which is not among those in its console log (%3). "
                            "Something else may be answering at this address (an attack, or a reused address). "
                            "Quayside did not log in.")
                             .arg(m_target.where(), fingerprint, shown.join(QStringLiteral(", ")))};
        }
        break;
    case HostKeyPolicy::Mode::TrustOnFirstUse:
        if (policy.acceptedFingerprint != fingerprint)
            return Error{Error::Kind::Tls, 0,
                         tr("%1 presents the host key %2, not the accepted %3. Quayside did not log in. Compare the "
                            "fingerprint again before accepting it.")
                             .arg(m_target.where(), fingerprint,
                                  policy.acceptedFingerprint.isEmpty() ? tr("(none)") : policy.acceptedFingerprint)};
        break;
    }
    KnownHosts store = knownHosts;
    return store.trust(m_target.host, m_target.port, presented);
}

Result<void> SshConnection::authenticate()
{
    const int outcome = ssh_userauth_publickey(m_session, nullptr, m_target.identity.handle());
    switch (outcome) {
    case SSH_AUTH_SUCCESS: return {};
    case SSH_AUTH_DENIED:
        return Error{Error::Kind::Unauthorized, 0,
                     tr("%1 did not accept the key %2. Check the user name, and that the key's public half is in "
                        "~%3/.ssh/authorized_keys on the server (for a new cloud server: that it was created with "
                        "this key pair).")
                         .arg(m_target.where(), m_target.identity.fingerprint(), m_target.user)};
    case SSH_AUTH_PARTIAL:
        return Error{Error::Kind::Unauthorized, 0,
                     tr("%1 accepted the key but asks for more (a password or a second factor), which Quayside "
                        "cannot give. Let the user log in with the key alone.")
                         .arg(m_target.where())};
    default: return failure(tr("Logging in to %1 failed: %2"));
    }
}

Result<void> SshConnection::connectToHost(const SshTarget &target, const KnownHosts &knownHosts,
                                          const HostKeyPolicy &policy, quint64 operation)
{
    disconnectFromHost();
    m_target = target;
    m_hostKeyCheck = {};
    static const QRegularExpression plainHost(QStringLiteral("^[A-Za-z0-9._:-]+\\z"));
    if (!plainHost.match(target.host).hasMatch() || target.port == 0)
        return Error{
            Error::Kind::InvalidInput, 0,
            tr("\"%1\" (port %2) is not an address Quayside can connect to.").arg(target.host).arg(target.port)};
    if (target.user.isEmpty() || target.user.contains(QLatin1Char('@')) || target.user.contains(QLatin1Char(' ')))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("\"%1\" is not a user name to log in to %2 with.").arg(target.user, target.host)};
    if (!target.identity.isPrivate())
        return Error{Error::Kind::InvalidInput, 0,
                     tr("No private key was given to log in to %1 with.").arg(target.where())};

    const int attempts = std::max(1, target.attempts);
    Attempt attempt;
    for (int number = 1; number <= attempts; ++number) {
        if (number > 1) {
            qCInfo(lcSsh) << "connecting to" << target.where() << "failed:" << attempt.error->message << "- attempt"
                          << number << "of" << attempts << "in" << target.retryPauseMs << "ms";
            if (!m_interrupt->sleep(target.retryPauseMs, operation))
                return interrupted(operation);
        }
        disconnectFromHost();
        attempt = connectOnce(knownHosts, operation);
        if (!attempt.error || !attempt.retryable || m_interrupt->isInterrupted(operation))
            break;
    }
    if (attempt.error) {
        disconnectFromHost();
        if (attempts > 1 && attempt.retryable)
            return Error{attempt.error->kind, 0,
                         tr("%1 (Gave up after %n attempts.)", nullptr, attempts).arg(attempt.error->message)};
        return *attempt.error;
    }

    auto verified = verifyHostKey(knownHosts, policy);
    if (!verified) {
        disconnectFromHost();
        return verified;
    }
    // From here on a wait is for the server's answer to a request, not for the server to come up.
    setTimeout(m_session, std::max(1000, target.ioTimeoutMs));
    auto authenticated = authenticate();
    if (!authenticated) {
        disconnectFromHost();
        return m_interrupt->isInterrupted(operation) ? Result<void>(interrupted(operation)) : authenticated;
    }
    m_interrupt->watchSocket(m_socket, 0);
    m_connected = true;
    qCInfo(lcSsh) << "logged in to" << target.where() << "with" << target.identity.fingerprint();
    return {};
}

Result<QString> SshConnection::commandLine(const QString &command, const QString &user, bool sudo)
{
    if (command.contains(QChar(u'\0')))
        return Error{Error::Kind::InvalidInput, 0, tr("A command holds a NUL character, which SSH cannot pass on.")};
    if (!sudo || user == QLatin1String("root"))
        return command;
    auto quoted = ShellQuote::quote(command);
    if (!quoted)
        return quoted.error();
    return QString(QStringLiteral("sudo -n sh -c ") + quoted.value());
}

Result<RunResult> SshConnection::runCommand(const QString &command, const RunOptions &options, const LinesSink &sink,
                                            quint64 operation, bool killable)
{
    if (!m_connected)
        return Error{Error::Kind::Network, 0, tr("Not connected to %1; connect first.").arg(m_target.where())};
    const auto stopped = [&] { return operation != 0 && m_interrupt->isInterrupted(operation); };
    if (stopped())
        return interrupted(operation);
    const auto line = commandLine(command, m_target.user, options.sudo);
    if (!line)
        return line.error();
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline =
        options.timeoutMs > 0 ? QDeadlineTimer(options.timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    qCDebug(lcSsh) << "running on" << m_target.where() << ":" << line.value();
    // sshd makes the login shell a session leader, so its pid is the process group of everything the command
    // starts. The marker line is taken out of stderr again below.
    const QString sent =
        killable ? QStringLiteral("echo %1$$ >&2; ").arg(QLatin1String(kProcessMarker)) + line.value() : line.value();

    Channel channel(m_session);
    if (!channel.get())
        return failure(tr("%1 refused to open a channel: %2"));
    if (ssh_channel_open_session(channel.get()) != SSH_OK)
        return failure(tr("%1 refused to open a channel: %2"));
    if (ssh_channel_request_exec(channel.get(), sent.toUtf8().constData()) != SSH_OK)
        return failure(tr("%1 refused to start the command: %2"));

    const NonBlocking nonBlocking(m_session);
    LineSplitter splitters[2];
    qint64 processGroup = 0;
    bool markerSeen = !killable;
    const auto deliver = [&](int stream, QStringList lines) {
        // Normally the first line; a login shell may have said something before it.
        for (qsizetype i = 0; stream == 1 && !markerSeen && i < lines.size(); ++i) {
            if (lines.at(i).startsWith(QLatin1String(kProcessMarker))) {
                markerSeen = true;
                processGroup = lines.takeAt(i).mid(int(qstrlen(kProcessMarker))).toLongLong();
            }
        }
        if (!lines.isEmpty() && sink)
            sink(stream == 0 ? OutputStream::Stdout : OutputStream::Stderr, lines);
    };
    const auto stop = [&](const Error &error) -> Result<RunResult> {
        // The signal reaches the command where OpenSSH passes signals on (not for root); the process group
        // is killed through another channel once this one is gone.
        ssh_channel_request_send_signal(channel.get(), "KILL");
        ssh_channel_close(channel.get());
        for (int stream = 0; stream < 2; ++stream)
            deliver(stream, splitters[stream].finish());
        if (processGroup > 1)
            m_leftover = Leftover{processGroup, options.sudo && m_target.user != QLatin1String("root")};
        return error;
    };

    const QByteArray &input = options.stdinData;
    qsizetype written = 0;
    bool inputClosed = false;
    bool ended[2] = {false, false};
    char buffer[kReadChunk];
    for (;;) {
        if (stopped())
            return stop(interrupted(operation));
        if (deadline.hasExpired())
            return stop(Error{Error::Kind::Timeout, 0,
                              tr("The command did not finish within %1 s on %2 and was stopped.")
                                  .arg(seconds(options.timeoutMs), m_target.where())});

        bool progress = false;
        if (!inputClosed) {
            if (ssh_channel_is_closed(channel.get())) {
                inputClosed = true;
            } else if (written < input.size()) {
                const auto room = qsizetype(ssh_channel_window_size(channel.get()));
                const auto size = std::min<qsizetype>({input.size() - written, room, kReadChunk});
                if (size > 0) {
                    const int sent = ssh_channel_write(channel.get(), input.constData() + written, uint32_t(size));
                    if (sent == SSH_ERROR)
                        return failure(tr("Sending input to the command on %1 failed: %2"));
                    written += sent;
                    // More may fit at once; waiting is for when the server's window is full.
                    progress = progress || sent > 0;
                }
            }
            if (!inputClosed && written == input.size()) {
                ssh_channel_send_eof(channel.get());
                inputClosed = true;
            }
        }

        for (int stream = 0; stream < 2; ++stream) {
            while (!ended[stream]) {
                const int read = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, stream);
                if (read > 0) {
                    deliver(stream, splitters[stream].append(buffer, read));
                    progress = true;
                    continue;
                }
                if (read == SSH_EOF)
                    ended[stream] = true;
                else if (read < 0)
                    return failure(tr("Reading the command's output on %1 failed: %2"));
                break;
            }
        }
        if (ended[0] && ended[1]) {
            // The exit status may come after the end of the output; this also reads what arrived.
            ssh_channel_get_exit_status(channel.get());
            if (channel.exit().known || ssh_channel_is_closed(channel.get()))
                break;
        } else if (ssh_channel_is_closed(channel.get()) && !progress) {
            break;
        }
        if (progress)
            continue;

        const ssh_session session = m_session;
        const short events = POLLIN | ((ssh_get_poll_flags(session) & SSH_WRITE_PENDING) ? POLLOUT : 0);
        pollfd watched[2] = {{ssh_get_fd(session), events, 0}, {m_interrupt->wakeDescriptor(), POLLIN, 0}};
        const qint64 remaining = deadline.isForever() ? 1000 : std::min<qint64>(deadline.remainingTime(), 1000);
        if (::poll(watched, 2, int(remaining)) < 0 && errno != EINTR)
            return failure(tr("Waiting for the command's output on %1 failed: %2"));
        if (watched[1].revents != 0)
            m_interrupt->drainWake();
    }
    for (int stream = 0; stream < 2; ++stream)
        deliver(stream, splitters[stream].finish());

    RunResult result;
    result.exitStatus = channel.exit().signal.isEmpty() ? channel.exit().status : -1;
    result.exitSignal = channel.exit().signal;
    result.durationMs = clock.elapsed();
    ssh_channel_close(channel.get());
    qCDebug(lcSsh) << "command on" << m_target.where() << "ended with" << result.exitStatus << result.exitSignal
                   << "after" << result.durationMs << "ms";
    return result;
}

void SshConnection::killLeftovers()
{
    if (!m_leftover)
        return;
    const Leftover leftover = *m_leftover;
    m_leftover.reset();
    if (m_lost || !m_connected)
        return;
    RunOptions options;
    options.timeoutMs = 5000;
    options.sudo = leftover.sudo;
    const QString command =
        QStringLiteral("kill -KILL -- -%1 2>/dev/null || kill -KILL %1 2>/dev/null; true").arg(leftover.processGroup);
    const auto killed = runCommand(command, options, {}, 0, false);
    if (!killed)
        qCWarning(lcSsh) << "could not kill what a stopped command left running on" << m_target.where() << ":"
                         << killed.error().message;
}

Result<void> SshConnection::moveIntoPlace(const QString &from, const QString &to, quint64 operation)
{
    const auto command =
        ShellQuote::command({QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"), from, to});
    if (!command)
        return command.error();
    QStringList errors;
    RunOptions options;
    options.timeoutMs = std::max(1000, m_target.ioTimeoutMs);
    const auto moved = runCommand(
        command.value(), options,
        [&errors](OutputStream stream, const QStringList &lines) {
            if (stream == OutputStream::Stderr)
                errors << lines;
        },
        operation);
    if (!moved)
        return moved.error();
    if (moved.value().exitStatus != 0)
        return Error{Error::Kind::Io, 0,
                     tr("Cannot put %1 in place on %2: %3").arg(to, m_target.where(), errors.join(QLatin1Char(' ')))};
    return {};
}

Result<void> SshConnection::ensureSftp()
{
    if (m_sftp)
        return {};
    m_sftp = sftp_new(m_session);
    if (!m_sftp)
        return failure(tr("%1 refused to start SFTP: %2"));
    if (sftp_init(m_sftp) != SSH_OK) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
        if (ssh_is_connected(m_session) == 0)
            return failure(tr("%1 refused to start SFTP: %2"));
        return Error{Error::Kind::Unsupported, 0,
                     tr("%1 offers no SFTP, which Quayside needs to copy files. Enable the sftp subsystem in the "
                        "server's sshd_config.")
                         .arg(m_target.where())};
    }
    return {};
}

Error SshConnection::sftpFailure(const QString &path)
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : SSH_FX_CONNECTION_LOST;
    if (!m_session || ssh_is_connected(m_session) == 0 || code == SSH_FX_CONNECTION_LOST ||
        code == SSH_FX_NO_CONNECTION)
        return failure(tr("The SFTP server of %1 failed: %2"));
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return Error{Error::Kind::NotFound, 0,
                     tr("%1 does not exist on %2. Check the path; a folder has to be created first.")
                         .arg(path, m_target.where())};
    case SSH_FX_PERMISSION_DENIED:
        return Error{
            Error::Kind::Io, 0,
            tr("Permission denied for %1 on %2. Log in as a user who may use it.").arg(path, m_target.where())};
    default:
        return Error{Error::Kind::Io, 0,
                     tr("The SFTP server of %1 failed on %2: %3")
                         .arg(m_target.where(), path, QString::fromUtf8(ssh_get_error(m_session)))};
    }
}

Result<void> SshConnection::changeOwner(const QString &path, const QString &owner, quint64 operation)
{
    const auto command = ShellQuote::command({QStringLiteral("chown"), QStringLiteral("--"), owner, path});
    if (!command)
        return command.error();
    QStringList errors;
    RunOptions options;
    options.timeoutMs = std::max(1000, m_target.ioTimeoutMs);
    options.sudo = true;
    const auto ran = runCommand(
        command.value(), options,
        [&errors](OutputStream stream, const QStringList &lines) {
            if (stream == OutputStream::Stderr)
                errors << lines;
        },
        operation);
    if (!ran)
        return ran.error();
    if (ran.value().exitStatus != 0)
        return Error{Error::Kind::Io, 0,
                     tr("Cannot make %1 the owner of %2 on %3: %4")
                         .arg(owner, path, m_target.where(), errors.join(QLatin1Char(' ')).trimmed())};
    return {};
}

Result<void> SshConnection::uploadFile(const QByteArray &data, const QString &remotePath, int mode,
                                       const QString &owner, quint64 operation)
{
    if (!m_connected)
        return Error{Error::Kind::Network, 0, tr("Not connected to %1; connect first.").arg(m_target.where())};
    if (remotePath.isEmpty() || remotePath.endsWith(QLatin1Char('/')) || remotePath.contains(QChar(u'\0')) ||
        remotePath.contains(QLatin1Char('\n')))
        return Error{Error::Kind::InvalidInput, 0, tr("\"%1\" is not a file path.").arg(remotePath)};
    if (mode < 0 || mode > 07777)
        return Error{Error::Kind::InvalidInput, 0,
                     tr("%1 is not a file mode.").arg(QStringLiteral("0") + QString::number(mode, 8))};
    if (!owner.isEmpty() && !isValidOwner(owner))
        return Error{Error::Kind::InvalidInput, 0, tr("\"%1\" is not an owner (user or user:group).").arg(owner)};
    if (m_interrupt->isInterrupted(operation))
        return interrupted(operation);
    auto sftp = ensureSftp();
    if (!sftp)
        return sftp;

    const qsizetype slash = remotePath.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : remotePath.left(slash + 1);
    const QString name = remotePath.mid(slash + 1);
    // Hidden and with a suffix of its own, so that no "*.conf" include picks up a half-written file.
    const QString temporary = QStringLiteral("%1.%2.quayside-%3")
                                  .arg(folder, name)
                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray temporaryPath = temporary.toUtf8();
    qCDebug(lcSsh) << "uploading" << data.size() << "bytes to" << m_target.where() << remotePath;

    SftpFile file(sftp_open(m_sftp, temporaryPath.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600));
    if (!file)
        return sftpFailure(folder.isEmpty() ? remotePath : folder);
    const auto abandon = [&](const Error &error) -> Result<void> {
        file.reset();
        if (!m_lost)
            sftp_unlink(m_sftp, temporaryPath.constData());
        return error;
    };
    for (qsizetype sent = 0; sent < data.size();) {
        if (m_interrupt->isInterrupted(operation))
            return abandon(interrupted(operation));
        const qsizetype size = std::min<qsizetype>(data.size() - sent, kSftpChunk);
        const ssize_t wrote = sftp_write(file.get(), data.constData() + sent, size_t(size));
        if (wrote <= 0)
            return abandon(sftpFailure(remotePath));
        sent += wrote;
    }
    // On disk before it replaces the old file, where the server can tell.
    if (sftp_extension_supported(m_sftp, "fsync@openssh.com", "1") && sftp_fsync(file.get()) != 0)
        return abandon(sftpFailure(remotePath));
    const int closed = sftp_close(file.release());
    if (closed != SSH_NO_ERROR)
        return abandon(sftpFailure(remotePath));
    if (!owner.isEmpty()) {
        auto owned = changeOwner(temporary, owner, operation);
        if (!owned)
            return abandon(owned.error());
    }
    // After chown, which may clear set-id bits.
    if (sftp_chmod(m_sftp, temporaryPath.constData(), mode_t(mode)) != 0)
        return abandon(sftpFailure(remotePath));
    if (m_interrupt->isInterrupted(operation))
        return abandon(interrupted(operation));
    if (sftp_rename(m_sftp, temporaryPath.constData(), remotePath.toUtf8().constData()) == 0)
        return {};
    // SFTP's rename does not replace a file (and libssh 0.10 does not use OpenSSH's posix-rename for it);
    // mv does, with the same atomic rename(2).
    sftp_attributes existing = sftp_lstat(m_sftp, remotePath.toUtf8().constData());
    if (!existing)
        return abandon(sftpFailure(remotePath));
    const bool isFolder = existing->type == SSH_FILEXFER_TYPE_DIRECTORY;
    sftp_attributes_free(existing);
    if (isFolder)
        return abandon(Error{Error::Kind::InvalidInput, 0,
                             tr("%1 is a folder on %2; choose a file name.").arg(remotePath, m_target.where())});
    auto moved = moveIntoPlace(temporary, remotePath, operation);
    if (!moved)
        return abandon(moved.error());
    return {};
}

Result<QByteArray> SshConnection::downloadFile(const QString &remotePath, qint64 maxBytes, quint64 operation)
{
    if (!m_connected)
        return Error{Error::Kind::Network, 0, tr("Not connected to %1; connect first.").arg(m_target.where())};
    if (remotePath.isEmpty() || remotePath.contains(QChar(u'\0')))
        return Error{Error::Kind::InvalidInput, 0, tr("\"%1\" is not a file path.").arg(remotePath)};
    if (m_interrupt->isInterrupted(operation))
        return interrupted(operation);
    auto sftp = ensureSftp();
    if (!sftp)
        return sftp.error();
    SftpFile file(sftp_open(m_sftp, remotePath.toUtf8().constData(), O_RDONLY, 0));
    if (!file)
        return sftpFailure(remotePath);
    const auto tooBig = [&] {
        return Error{Error::Kind::InvalidInput, 0,
                     tr("%1 on %2 is larger than %3 bytes, more than Quayside reads this way.")
                         .arg(remotePath, m_target.where())
                         .arg(maxBytes)};
    };
    if (sftp_attributes attributes = sftp_fstat(file.get())) {
        const quint64 size = attributes->size;
        sftp_attributes_free(attributes);
        if (size > quint64(maxBytes))
            return tooBig();
    }
    QByteArray content;
    char buffer[kSftpChunk];
    for (;;) {
        if (m_interrupt->isInterrupted(operation))
            return interrupted(operation);
        const ssize_t read = sftp_read(file.get(), buffer, sizeof buffer);
        if (read < 0)
            return sftpFailure(remotePath);
        if (read == 0)
            break;
        content.append(buffer, qsizetype(read));
        if (content.size() > maxBytes)
            return tooBig();
    }
    return content;
}

Result<RunResult> SshConnection::run(const QString &command, const RunOptions &options, const LinesSink &sink,
                                     quint64 operation)
{
    auto result = runCommand(command, options, sink, operation);
    killLeftovers();
    if (m_lost)
        disconnectFromHost();
    return result;
}

Result<void> SshConnection::upload(const QByteArray &data, const QString &remotePath, int mode, const QString &owner,
                                   quint64 operation)
{
    auto result = uploadFile(data, remotePath, mode, owner, operation);
    killLeftovers();
    if (m_lost)
        disconnectFromHost();
    return result;
}

Result<QByteArray> SshConnection::download(const QString &remotePath, qint64 maxBytes, quint64 operation)
{
    auto result = downloadFile(remotePath, maxBytes, operation);
    if (m_lost)
        disconnectFromHost();
    return result;
}

} // namespace quayside
