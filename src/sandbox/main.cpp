#include "core/Application.h"
#include "core/BuildInfo.h"
#include "sandbox/DockerCli.h"
#include "sandbox/DockerSandboxBackend.h"
#include "sandbox/HostImageBuilder.h"
#include "sandbox/InMemorySandboxBackend.h"
#include "sandbox/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using namespace quayside;

class SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
};

int g_signalPipe[2] = {-1, -1};
bool g_stopRequested = false;

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop (and so the process) cleanly, from the loop's own thread.
bool quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        g_stopRequested = true;
        // exit(), unlike quit(), also ends the nested event loops of the start-up.
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
}

// Makes the sandbox's own host image unless the engine has it, saying how it goes on `err`. A signal stops
// the build (and its cleanup runs) before this returns.
Result<void> ensureHostImage(QCoreApplication &app, DockerCli &docker, const HostImageOptions &options,
                             QTextStream &err)
{
    HostImageBuilder builder(&docker, options);
    QEventLoop waiting;
    Result<bool> outcome = Error{Error::Kind::Cancelled, 0,
                                 SandboxMain::tr("stopped before the host image %1 was made.").arg(options.image)};
    builder.ensure(
        &app,
        [&err](const QString &line) {
            err << line << '\n';
            err.flush();
        },
        [&](const Result<bool> &result) {
            outcome = result;
            waiting.quit();
        });
    if (!g_stopRequested)
        waiting.exec();
    if (!outcome)
        return outcome.error();
    if (outcome.value())
        err << SandboxMain::tr("quayside-sandbox: made the host image %1.").arg(options.image) << '\n';
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApplication(&app, QStringLiteral("quayside-sandbox"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        SandboxMain::tr("A small OpenStack-compatible cloud on this machine (Keystone v3, Nova v2.1), for trying "
                        "Quayside without a cloud account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), SandboxMain::tr("The port to listen on (0: any free one)."),
                                  SandboxMain::tr("port"), QStringLiteral("8770"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    SandboxMain::tr("The address to listen on. The API is plain HTTP: keep it on "
                                                    "loopback unless the network between is yours."),
                                    SandboxMain::tr("address"), QStringLiteral("127.0.0.1"));
    const QString defaultData = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                    .filePath(QStringLiteral("quayside/sandbox"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  SandboxMain::tr("The sandbox's data folder (credentials, later its servers)."),
                                  SandboxMain::tr("folder"), defaultData);
    const QCommandLineOption buildSeconds(QStringLiteral("build-seconds"),
                                          SandboxMain::tr("How long a server stays in BUILD (in-memory servers)."),
                                          SandboxMain::tr("seconds"), QStringLiteral("3"));
    const QCommandLineOption backendKind(
        QStringLiteral("backend"),
        SandboxMain::tr("What the servers are: \"docker\", a container each on the local Docker Engine (DOCKER_HOST "
                        "and the docker CLI's other variables apply), or \"memory\", records only."),
        SandboxMain::tr("kind"), QStringLiteral("docker"));
    const QString ownImage = DockerSandboxBackend::defaultHostImage();
    const QCommandLineOption hostImage(
        QStringLiteral("host-image"),
        SandboxMain::tr("The Docker image the base image debian-12 boots (docker backend); without it, the sandbox's "
                        "own, %1, made from Debian's packages on first use (as root).")
            .arg(ownImage),
        SandboxMain::tr("image"));
    const QCommandLineOption prepareImage(
        QStringLiteral("prepare-image"),
        SandboxMain::tr("Make the sandbox's own host image unless the Docker Engine has it (as root, about two "
                        "minutes, once), print its name and exit."));
    const QCommandLineOption mirror(QStringLiteral("mirror"),
                                    SandboxMain::tr("The Debian mirror to make the host image from (default: the one "
                                                    "this machine's apt uses)."),
                                    SandboxMain::tr("URL"));
    const QCommandLineOption network(QStringLiteral("network"),
                                     SandboxMain::tr("The Docker network the servers join (docker backend)."),
                                     SandboxMain::tr("network"), QStringLiteral("bridge"));
    const QCommandLineOption serverEnvironment(
        QStringLiteral("server-env"),
        SandboxMain::tr("A NAME=VALUE variable for every server's boot (docker backend; may be given more than once)."),
        SandboxMain::tr("variable"));
    parser.addOptions(
        {port, listen, data, buildSeconds, backendKind, hostImage, prepareImage, mirror, network, serverEnvironment});
    parser.process(app);

    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    const QHostAddress address(parser.value(listen));
    bool secondsOk = false;
    const double seconds = parser.value(buildSeconds).toDouble(&secondsOk);
    const QString kind = parser.value(backendKind);
    const QStringList variables = parser.values(serverEnvironment);
    const bool variablesOk = std::all_of(variables.begin(), variables.end(), [](const QString &variable) {
        return variable.indexOf(QLatin1Char('=')) > 0;
    });
    const QUrl mirrorUrl(parser.value(mirror), QUrl::StrictMode);
    const bool mirrorOk =
        !parser.isSet(mirror) ||
        (mirrorUrl.isValid() && !mirrorUrl.host().isEmpty() &&
         (mirrorUrl.scheme() == QLatin1String("http") || mirrorUrl.scheme() == QLatin1String("https")));
    if (!portOk || portNumber > 65535 || address.isNull() || !secondsOk || seconds < 0 ||
        (kind != QLatin1String("docker") && kind != QLatin1String("memory")) || !variablesOk || !mirrorOk ||
        (parser.isSet(prepareImage) && parser.isSet(hostImage))) {
        err << SandboxMain::tr("quayside-sandbox: --port takes 0 to 65535, --listen an IP address, --build-seconds a "
                               "number of seconds, --backend docker or memory, --server-env NAME=VALUE, --mirror an "
                               "http or https URL; --prepare-image makes the sandbox's own image, not one named with "
                               "--host-image.")
            << '\n';
        return 2;
    }
    if (!quitOnSignals(app)) {
        err << SandboxMain::tr("quayside-sandbox: could not set up the handling of SIGTERM.") << '\n';
        return 1;
    }
    HostImageOptions imageOptions;
    imageOptions.image = ownImage;
    imageOptions.mirror = parser.value(mirror);
    if (parser.isSet(prepareImage)) {
        DockerCli docker;
        const auto prepared = ensureHostImage(app, docker, imageOptions, err);
        if (!prepared) {
            err << "quayside-sandbox: " << prepared.error().message << '\n';
            return 1;
        }
        out << ownImage << '\n';
        return 0;
    }
    if (!address.isLoopback())
        err << SandboxMain::tr("quayside-sandbox: listening on %1, which is not loopback: the API is plain HTTP and "
                               "its password crosses the network readable.")
                   .arg(address.toString())
            << '\n';

    const QString folder = QDir(parser.value(data)).absolutePath();
    SandboxIdentity identity;
    const auto password = SandboxCredentials::loadOrCreatePassword(folder);
    if (!password) {
        err << "quayside-sandbox: " << password.error().message << '\n';
        return 1;
    }
    identity.password = password.value();

    DockerCli docker;
    std::unique_ptr<SandboxBackend> backend;
    if (kind == QLatin1String("memory")) {
        auto memory = std::make_unique<InMemorySandboxBackend>();
        memory->setBuildMs(int(seconds * 1000));
        memory->setSnapshotMs(int(seconds * 1000));
        backend = std::move(memory);
    } else {
        DockerSandboxOptions options;
        options.hostImage = parser.isSet(hostImage) ? parser.value(hostImage) : ownImage;
        options.network = parser.value(network);
        options.environment = variables;
        // One id per data folder: a restart finds what the earlier run of the same sandbox made.
        options.instanceId =
            QStringLiteral("quayside-sandbox-") +
            QString::fromLatin1(QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        auto containers = std::make_unique<DockerSandboxBackend>(&docker, options);
        if (!parser.isSet(hostImage)) {
            const auto prepared = ensureHostImage(app, docker, imageOptions, err);
            // An engine out of reach may come back: the sandbox serves anyway, and says so below.
            if (!prepared && prepared.error().kind != Error::Kind::Network) {
                err << "quayside-sandbox: " << prepared.error().message << '\n';
                return 1;
            }
        }
        // The servers of an earlier run ended with its records: nothing could reach them any more.
        QEventLoop starting;
        containers->removeLeftovers(&starting, [&](const Result<DockerSandboxBackend::Leftovers> &removed) {
            if (!removed)
                err << SandboxMain::tr("quayside-sandbox: what an earlier run left on the Docker Engine could not be "
                                       "removed: %1")
                           .arg(removed.error().message)
                    << '\n';
            else if (removed.value().containers > 0 || removed.value().images > 0)
                out << SandboxMain::tr("Removed %1 server container(s) and %2 snapshot image(s) an earlier run left.")
                           .arg(removed.value().containers)
                           .arg(removed.value().images)
                    << '\n';
            containers->checkHostImage(&starting, [&](const Result<qint64> &checked) {
                if (!checked)
                    err << SandboxMain::tr("quayside-sandbox: servers will fail to boot: %1")
                               .arg(checked.error().message)
                        << '\n';
                starting.quit();
            });
        });
        if (!g_stopRequested)
            starting.exec();
        out.flush();
        err.flush();
        backend = std::move(containers);
    }
    if (g_stopRequested) {
        out << SandboxMain::tr("quayside-sandbox stopped.") << '\n';
        return 0;
    }
    SandboxServer server(backend.get(), identity);
    if (!server.listen(address, quint16(portNumber))) {
        err << "quayside-sandbox: " << server.errorString() << '\n';
        return 1;
    }
    const auto written = SandboxCredentials::write(folder, server.authUrl(), identity);
    if (!written) {
        err << "quayside-sandbox: " << written.error().message << '\n';
        return 1;
    }
    const QString clouds = SandboxCredentials::cloudsPath(folder);
    const QString secure = SandboxCredentials::securePath(folder);
    out << SandboxMain::tr("quayside-sandbox %1 is running; stop it with Ctrl+C or SIGTERM.").arg(BuildInfo::version())
        << '\n'
        << SandboxMain::tr("  auth URL:    %1").arg(server.authUrl().toString()) << '\n'
        << SandboxMain::tr("  user:        %1 (domain %2), project %3, region %4")
               .arg(identity.userName, identity.domainName, identity.projectName, SandboxServer::region())
        << '\n'
        << SandboxMain::tr("  password:    in %1 (readable by you only)").arg(secure) << '\n'
        << SandboxMain::tr("  clouds.yaml: %1, cloud \"%2\"").arg(clouds, SandboxCredentials::cloudName()) << '\n'
        << SandboxMain::tr("  try:         OS_CLIENT_CONFIG_FILE=%1 OS_CLIENT_SECURE_FILE=%2 openstack --os-cloud %3 "
                           "flavor list")
               .arg(clouds, secure, SandboxCredentials::cloudName())
        << '\n';
    out.flush();

    const int code = app.exec();
    out << SandboxMain::tr("quayside-sandbox stopped.") << '\n';
    return code;
}
