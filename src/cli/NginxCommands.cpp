#include "cli/NginxCommands.h"

#include "nginx/BalancerFile.h"
#include "provision/NginxDeployer.h"
#include "provision/SshRemoteShell.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKeyPassphrases.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdlib>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace quayside::cli {

namespace {

constexpr auto kIdentity = "identity";
constexpr auto kSudo = "sudo";
constexpr auto kTrust = "trust";
constexpr auto kKnownHosts = "known-hosts";
constexpr auto kConfigRoot = "config-root";
constexpr auto kMainConfig = "main-config";
constexpr auto kConfDir = "conf-dir";
constexpr auto kStateDir = "state-dir";
constexpr auto kPidFile = "pid-file";
constexpr auto kNginx = "nginx";
constexpr auto kNginxPrefix = "nginx-prefix";
constexpr auto kTo = "to";

using Finish = std::function<void(int exitCode)>;

// Everything a command needs to reach the balancer, read from its command line before anything connects.
struct RemoteSettings
{
    SshTarget target; // the identity is loaded later, from identityPath
    QString identityPath;
    bool sudo = false;
    HostKeyPolicy policy;
    QString knownHostsPath;
    NginxDeployTarget nginx;
};

Error misuse(const QString &message)
{
    return Error{Error::Kind::InvalidInput, 0, message};
}

// USER@HOST, USER@HOST:PORT, USER@[IPv6] or USER@[IPv6]:PORT.
Result<SshTarget> parseDestination(const QString &text)
{
    const auto refuse = [&text](const QString &why) {
        return misuse(NginxCommands::tr("\"%1\" is not a destination (USER@HOST[:PORT]): %2").arg(text, why));
    };
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return refuse(NginxCommands::tr("it names no user"));
    SshTarget to;
    to.user = text.left(at);
    const QString rest = text.mid(at + 1);
    QString portText;
    bool hasPort = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(NginxCommands::tr("the \"]\" after the IPv6 address is missing"));
        to.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return refuse(NginxCommands::tr("only \":PORT\" may follow the address"));
        hasPort = !after.isEmpty();
        portText = after.mid(1);
    } else {
        const qsizetype colons = rest.count(QLatin1Char(':'));
        if (colons > 1)
            return refuse(NginxCommands::tr("put an IPv6 address in brackets, as in root@[2001:db8::5]:22"));
        to.host = rest.section(QLatin1Char(':'), 0, 0);
        hasPort = colons == 1;
        portText = rest.section(QLatin1Char(':'), 1);
    }
    if (to.host.isEmpty())
        return refuse(NginxCommands::tr("it names no host"));
    if (hasPort) {
        bool isNumber = false;
        const uint port = portText.toUInt(&isNumber);
        if (!isNumber || port == 0 || port > 65535)
            return refuse(NginxCommands::tr("the port must be a number from 1 to 65535"));
        to.port = quint16(port);
    }
    return to;
}

// A remote path as given, without a trailing slash; NginxDeployTarget::validate() judges it.
QString remotePath(const QCommandLineParser &parser, const char *option)
{
    const QString path = parser.value(QLatin1String(option));
    return path.size() > 1 && path.endsWith(QLatin1Char('/')) ? path.chopped(1) : path;
}

// InvalidInput for a command line that cannot be right (a usage error); other kinds are failures.
Result<RemoteSettings> remoteSettings(const Invocation &call)
{
    const QCommandLineParser &parser = call.parser;
    const auto destination = parseDestination(call.arguments.at(0));
    if (!destination)
        return destination.error();
    RemoteSettings settings;
    settings.target = destination.value();
    settings.sudo = parser.isSet(QLatin1String(kSudo));

    if (parser.isSet(QLatin1String(kTrust))) {
        static const QRegularExpression fingerprint(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}\\z"));
        const QString accepted = parser.value(QLatin1String(kTrust));
        if (!fingerprint.match(accepted).hasMatch())
            return misuse(NginxCommands::tr("--trust takes a host key fingerprint as ssh-keygen -l prints it "
                                            "(SHA256: and 43 characters), not \"%1\"")
                              .arg(accepted));
        settings.policy = HostKeyPolicy::trustOnFirstUse(accepted);
    }
    settings.knownHostsPath =
        parser.isSet(QLatin1String(kKnownHosts)) ? parser.value(QLatin1String(kKnownHosts)) : KnownHosts::defaultPath();

    NginxDeployTarget &nginx = settings.nginx;
    if (parser.isSet(QLatin1String(kConfigRoot))) {
        nginx.configRoot = remotePath(parser, kConfigRoot);
        nginx.mainConfig = nginx.configRoot + QStringLiteral("/nginx.conf");
        nginx.confDirectory = nginx.configRoot + QStringLiteral("/conf.d");
    }
    const std::pair<const char *, QString *> paths[] = {{kMainConfig, &nginx.mainConfig},
                                                        {kConfDir, &nginx.confDirectory},
                                                        {kStateDir, &nginx.stateDirectory},
                                                        {kPidFile, &nginx.pidFile},
                                                        {kNginxPrefix, &nginx.prefix}};
    for (const auto &[option, field] : paths) {
        if (parser.isSet(QLatin1String(option)))
            *field = remotePath(parser, option);
    }
    if (parser.isSet(QLatin1String(kNginx)))
        nginx.nginx = parser.value(QLatin1String(kNginx));
    const auto valid = nginx.validate();
    if (!valid)
        return misuse(valid.error().message);
    if (parser.isSet(QLatin1String(kIdentity))) {
        settings.identityPath = parser.value(QLatin1String(kIdentity));
    } else {
        const QList<SshKeyCandidate> keys = SshKey::candidates();
        if (keys.isEmpty())
            return Error{Error::Kind::NotFound, 0,
                         NginxCommands::tr("No key to log in with: %1 holds none of id_ed25519, id_rsa and id_ecdsa. "
                                           "Name one with --identity KEY.")
                             .arg(QDir::toNativeSeparators(SshKey::defaultFolder()))};
        settings.identityPath = keys.first().privateKeyPath;
    }
    return settings;
}

// Lets SIGINT, SIGTERM and SIGHUP reach the event loop (through a socket pair written by the handler) instead of
// ending the process wherever it is; restores the previous handlers when it goes.
class InterruptWatch
{
public:
    explicit InterruptWatch(std::function<void()> onInterrupt)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pair) != 0)
            return; // the signals keep ending the process at once, which the host copes with as well
        m_notifier = std::make_unique<QSocketNotifier>(s_pair[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [onInterrupt = std::move(onInterrupt)] { onInterrupt(); });
        struct sigaction action = {};
        action.sa_handler = &InterruptWatch::notify;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
    }

    ~InterruptWatch()
    {
        if (!m_notifier)
            return;
        for (size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
        m_notifier.reset();
        ::close(s_pair[0]);
        ::close(s_pair[1]);
        s_pair[0] = s_pair[1] = -1;
    }

    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;

private:
    static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

    static void notify(int)
    {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(s_pair[0], &byte, 1);
    }

    static inline int s_pair[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previous[std::size(kSignals)] = {};
};

// One balancer over one SSH session, for the length of a command.
class Balancer
{
public:
    explicit Balancer(const RemoteSettings &settings)
        : m_settings(settings)
        , m_passphrases(&m_secrets)
        , m_knownHosts(settings.knownHostsPath)
        , m_shell(&m_session, settings.sudo)
        , m_deployer(&m_shell, settings.nginx)
    {}

    QObject *context() { return &m_context; }
    NginxDeployer &deployer() { return m_deployer; }
    QString where() const { return m_settings.target.where(); }

    // Loads the key (an encrypted one with the passphrase kept in the keychain), connects and logs in.
    void open(const std::function<void(const Result<void> &)> &done)
    {
        m_passphrases.load(m_settings.identityPath, &m_context, [this, done](const Result<SshKey> &key) {
            if (!key) {
                done(keyError(key.error()));
                return;
            }
            SshTarget target = m_settings.target;
            target.identity = key.value();
            m_session.connectToHost(target, &m_knownHosts, m_settings.policy, &m_context,
                                    [this, done](const Result<void> &connected) {
                                        done(connected ? connected : Result<void>(connectError(connected.error())));
                                    });
        });
    }

private:
    Error keyError(const Error &error) const
    {
        const QString path = QDir::toNativeSeparators(m_settings.identityPath);
        QFile file(m_settings.identityPath);
        if (error.kind != Error::Kind::Unauthorized || !file.open(QIODevice::ReadOnly) ||
            !SshKey::isEncryptedPrivateKey(file.readAll()))
            return error;
        return Error{error.kind, 0,
                     NginxCommands::tr("%1 is protected by a passphrase, and the keychain holds none that opens it. "
                                       "quaysidectl never takes a passphrase on its command line: keep it in the "
                                       "keychain with quaysidectl remember-passphrase %1, or log in with a key that "
                                       "has none.")
                         .arg(path)};
    }

    Error connectError(const Error &error) const
    {
        const HostKeyCheck &check = m_session.hostKeyCheck();
        if (error.kind != Error::Kind::Tls || check.presentedFingerprint.isEmpty())
            return error;
        if (check.status == HostKeyCheck::Status::Unknown &&
            m_settings.policy.mode == HostKeyPolicy::Mode::RefuseUnknown)
            return Error{error.kind, 0,
                         NginxCommands::tr("%1 If it is the same, run the command again with --trust %2")
                             .arg(error.message, check.presentedFingerprint)};
        if (check.status == HostKeyCheck::Status::Changed)
            return Error{error.kind, 0,
                         NginxCommands::tr("%1 With quaysidectl: remove the host's line from %2, then run the "
                                           "command again with --trust and the new fingerprint.")
                             .arg(error.message, QDir::toNativeSeparators(m_knownHosts.path()))};
        return error;
    }

    RemoteSettings m_settings;
    QObject m_context;
    KeychainSecretStore m_secrets;
    SshKeyPassphrases m_passphrases;
    KnownHosts m_knownHosts;
    SshSession m_session;
    SshRemoteShell m_shell;
    NginxDeployer m_deployer;
};

int refuse(const Invocation &call, const Error &error)
{
    return error.kind == Error::Kind::InvalidInput ? call.misuse(error.message) : call.fail(error.message);
}

// Connects to the balancer of the command line, runs `work` and waits until it calls `finish`. A command
// that `changes` the balancer, once interrupted, leaves the host to finish on its own (see the class).
int onBalancer(const Invocation &call, const RemoteSettings &settings, bool changes,
               const std::function<void(Balancer &, const Finish &)> &work)
{
    const QString where = settings.target.where();
    Balancer balancer(settings);
    bool working = false;
    const InterruptWatch interrupt([&call, &working, changes, where] {
        call.out.flush();
        if (changes && working)
            call.err << NginxCommands::tr("quaysidectl: interrupted. What runs on %1 was not stopped: it completes "
                                          "the change or keeps the version in service before it, never half of "
                                          "one. See which version is in service with: quaysidectl nginx-versions %1")
                            .arg(where)
                     << Qt::endl;
        else
            call.err << NginxCommands::tr("quaysidectl: interrupted; nothing was changed on %1.").arg(where)
                     << Qt::endl;
        // Without the session's destructor, which would stop the command on the host: the connection just
        // ends, as if the network had dropped it, and the host's scripts finish on their own.
        std::_Exit(Failure);
    });
    return runUntilFinished([&](const Finish &finish) {
        balancer.open([&call, &balancer, &working, &work, finish](const Result<void> &opened) {
            if (!opened) {
                finish(call.fail(opened.error().message));
                return;
            }
            working = true;
            work(balancer, finish);
        });
    });
}

int reportVersion(const Invocation &call, const QString &where, const Result<DeployedVersion> &result)
{
    if (!result)
        return call.fail(result.error().message);
    const DeployedVersion &version = result.value();
    if (version.unchanged)
        call.out << NginxCommands::tr("Version %1 is in service on %2, unchanged.").arg(version.number).arg(where);
    else if (version.origin == DeployedVersion::Origin::RolledBack)
        call.out << NginxCommands::tr("Version %1 is in service on %2, with the files of version %3.")
                        .arg(version.number)
                        .arg(where)
                        .arg(version.restoredFrom);
    else
        call.out << NginxCommands::tr("Version %1 is in service on %2.").arg(version.number).arg(where);
    call.out << Qt::endl;
    return Success;
}

// Prints the deployer's progress lines as they come.
void showProgress(const Invocation &call, Balancer &balancer)
{
    QObject::connect(&balancer.deployer(), &NginxDeployer::progress, balancer.context(),
                     [&call](const QString &line) { call.out << line << Qt::endl; });
}

void printVersionTable(QTextStream &out, const QList<DeployedVersion> &versions)
{
    QList<QStringList> rows = {
        {QString(), NginxCommands::tr("VERSION"), NginxCommands::tr("DEPLOYED (UTC)"), NginxCommands::tr("ORIGIN")}};
    for (const DeployedVersion &version : versions) {
        const QString when = version.deployedAt.isValid()
                                 ? version.deployedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 : QStringLiteral("-");
        const QString origin = version.note.isEmpty() ? NginxCommands::tr("deployed") : version.note;
        rows << QStringList{version.current ? QStringLiteral("*") : QString(), QString::number(version.number), when,
                            origin};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column)
            cells << row.at(column).leftJustified(widths[column]);
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
    out.flush();
}

std::optional<int> versionNumber(const QString &text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (!isNumber || number < 0)
        return std::nullopt;
    return number;
}

} // namespace

QList<QCommandLineOption> NginxCommands::remoteOptions()
{
    const NginxDeployTarget debian;
    const auto option = [](const char *name, const QString &description, const QString &value = QString()) {
        return QCommandLineOption(QLatin1String(name), description, value);
    };
    return {
        option(kIdentity,
               tr("The private key to log in with (default: the first of id_ed25519, id_rsa and id_ecdsa in %1). An "
                  "encrypted key's passphrase comes from the keychain, never from the command line.")
                   .arg(QDir::toNativeSeparators(SshKey::defaultFolder())),
               QStringLiteral("KEY")),
        option(kSudo, tr("Work as root through sudo (without a password) when the user is not root.")),
        option(kTrust,
               tr("Accept the host key with exactly this fingerprint when Quayside does not know the host yet, after "
                  "comparing it with the server's own (its console log, or ssh-keygen -l on the server)."),
               QStringLiteral("SHA256:...")),
        option(kKnownHosts,
               tr("The known_hosts file host keys are checked against and kept in (default: %1, shared with the "
                  "app).")
                   .arg(QDir::toNativeSeparators(KnownHosts::defaultPath())),
               QStringLiteral("FILE")),
        option(kConfigRoot,
               tr("nginx's configuration folder on the host (default: %1); the main configuration and conf.d "
                  "follow it unless given.")
                   .arg(debian.configRoot),
               QStringLiteral("DIR")),
        option(kMainConfig, tr("nginx's main configuration on the host (default: %1).").arg(debian.mainConfig),
               QStringLiteral("FILE")),
        option(kConfDir,
               tr("The folder on the host whose files nginx includes, where the balancer's files go (default: %1).")
                   .arg(debian.confDirectory),
               QStringLiteral("DIR")),
        option(
            kStateDir,
            tr("Where the host keeps the versions, outside nginx's folder (default: %1).").arg(debian.stateDirectory),
            QStringLiteral("DIR")),
        option(kPidFile, tr("nginx's pid file on the host (default: %1).").arg(debian.pidFile), QStringLiteral("FILE")),
        option(kNginx, tr("The nginx program on the host (default: %1).").arg(debian.nginx), QStringLiteral("PROGRAM")),
        option(kNginxPrefix,
               tr("nginx's prefix folder on the host, as for nginx -p (default: the one it was built "
                  "with)."),
               QStringLiteral("DIR")),
    };
}

QList<QCommandLineOption> NginxCommands::rollbackOptions()
{
    return {QCommandLineOption(QLatin1String(kTo),
                               tr("The version rollback-nginx puts back in service (default: the one before the "
                                  "current one)."),
                               QStringLiteral("N"))};
}

int NginxCommands::deploy(const Invocation &call)
{
    const auto settings = remoteSettings(call);
    if (!settings)
        return refuse(call, settings.error());
    const auto loaded = BalancerFile::load(call.balancerPath);
    if (!loaded)
        return call.fail(loaded.error().message);
    const BalancerConfig &config = loaded.value();
    const auto valid = config.validate();
    if (!valid)
        return call.fail(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(call.balancerPath), valid.error().message));
    return onBalancer(call, settings.value(), true, [&call, config](Balancer &balancer, const Finish &finish) {
        showProgress(call, balancer);
        balancer.deployer().deploy(config, balancer.context(),
                                   [&call, &balancer, finish](const Result<DeployedVersion> &deployed) {
                                       finish(reportVersion(call, balancer.where(), deployed));
                                   });
    });
}

int NginxCommands::versions(const Invocation &call)
{
    const auto settings = remoteSettings(call);
    if (!settings)
        return refuse(call, settings.error());
    return onBalancer(call, settings.value(), false, [&call](Balancer &balancer, const Finish &finish) {
        const QString where = balancer.where();
        balancer.deployer().versions(
            balancer.context(), [&call, finish, where](const Result<QList<DeployedVersion>> &listed) {
                if (!listed) {
                    finish(call.fail(listed.error().message));
                    return;
                }
                if (listed.value().isEmpty())
                    call.out << tr("%1 keeps no versions yet: deploy-nginx makes the first.").arg(where) << Qt::endl;
                else
                    printVersionTable(call.out, listed.value());
                finish(Success);
            });
    });
}

int NginxCommands::diff(const Invocation &call)
{
    const std::optional<int> from = versionNumber(call.arguments.at(1));
    const std::optional<int> to = versionNumber(call.arguments.at(2));
    if (!from || !to)
        return call.misuse(tr("FROM and TO are version numbers (0, 1, 2, ...), not \"%1\"")
                               .arg(!from ? call.arguments.at(1) : call.arguments.at(2)));
    const auto settings = remoteSettings(call);
    if (!settings)
        return refuse(call, settings.error());
    return onBalancer(call, settings.value(), false, [&call, from, to](Balancer &balancer, const Finish &finish) {
        balancer.deployer().diff(
            *from, *to, balancer.context(), [&call, finish, from, to](const Result<QString> &diff) {
                if (!diff) {
                    finish(call.fail(diff.error().message));
                    return;
                }
                if (diff.value().isEmpty())
                    call.err << tr("Versions %1 and %2 have the same files.").arg(*from).arg(*to) << Qt::endl;
                call.out << diff.value();
                call.out.flush();
                finish(Success);
            });
    });
}

int NginxCommands::rollback(const Invocation &call)
{
    std::optional<int> target;
    if (call.parser.isSet(QLatin1String(kTo))) {
        target = versionNumber(call.parser.value(QLatin1String(kTo)));
        if (!target)
            return call.misuse(tr("--to takes a version number (0, 1, 2, ...), not \"%1\"")
                                   .arg(call.parser.value(QLatin1String(kTo))));
    }
    const auto settings = remoteSettings(call);
    if (!settings)
        return refuse(call, settings.error());
    return onBalancer(call, settings.value(), true, [&call, target](Balancer &balancer, const Finish &finish) {
        showProgress(call, balancer);
        const auto report = [&call, &balancer, finish](const Result<DeployedVersion> &restored) {
            finish(reportVersion(call, balancer.where(), restored));
        };
        if (target)
            balancer.deployer().rollbackTo(*target, balancer.context(), report);
        else
            balancer.deployer().rollback(balancer.context(), report);
    });
}

} // namespace quayside::cli
