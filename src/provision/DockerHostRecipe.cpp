#include "provision/DockerHostRecipe.h"

#include "docker/DockerClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace quayside {

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<Recipe> DockerHostRecipe::make(const DockerHostOptions &options, const QByteArray &authorityPem,
                                      const IssuedCertificate &server, ApiCheck apiAnswers)
{
    static const QRegularExpression safeFlags(QStringLiteral("^[A-Za-z0-9 =_./:-]*\\z"));
    static const QRegularExpression safePath(QStringLiteral("^/[A-Za-z0-9_./-]+\\z"));
    if (options.port < 1 || options.port > 65535 || !safeFlags.match(options.extraDaemonFlags).hasMatch() ||
        !safePath.match(options.tlsDirectory).hasMatch() || options.tlsDirectory.contains(QLatin1String("..")))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The Docker host settings are not valid: check the port and paths.")};
    QStringList openPorts;
    for (int port : options.openPorts) {
        if (port < 1 || port > 65535)
            return Error{Error::Kind::InvalidInput, 0, tr("%1 is not a port number.").arg(port)};
        openPorts << QString::number(port);
    }

    const QMap<QString, QString> common = {
        {QStringLiteral("TLS_DIR"), options.tlsDirectory},
        {QStringLiteral("DOCKER_PORT"), QString::number(options.port)},
        {QStringLiteral("EXTRA_DAEMON_FLAGS"), options.extraDaemonFlags},
        {QStringLiteral("DOCKER_SOURCE"), options.source == DockerHostOptions::Source::DockerRepository
                                              ? QStringLiteral("docker")
                                              : QStringLiteral("distribution")},
        {QStringLiteral("OPEN_PORTS"), openPorts.join(QLatin1Char(' '))},
        {QStringLiteral("FOLDER"), options.tlsDirectory},
        {QStringLiteral("FOLDER_MODE"), QStringLiteral("755")},
    };
    Recipe recipe;
    recipe.id = QStringLiteral("docker-host");
    recipe.title = tr("Docker host");
    recipe.steps << ProvisionStep::waitForCloudInit(common);
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("install-docker"), tr("Install Docker"),
                                              QStringLiteral("docker-host/install-docker"), common)
                        .withTimeout(20 * 60 * 1000);
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("tls-folder"),
                                              tr("Make the folder for the TLS certificates"),
                                              QStringLiteral("common/folder"), common);

    QMap<QString, QString> digests = common;
    digests.insert(QStringLiteral("CA_SHA256"), sha256(authorityPem));
    digests.insert(QStringLiteral("CERT_SHA256"), sha256(server.certificatePem));
    digests.insert(QStringLiteral("KEY_SHA256"), sha256(server.privateKeyPem));
    ProvisionStep material =
        ProvisionStep::fromScript(QStringLiteral("tls-material"), tr("Install the host's TLS certificates"),
                                  QStringLiteral("docker-host/tls-material"), digests);
    material.uploads = {
        ProvisionUpload{options.tlsDirectory + QStringLiteral("/ca.pem"), authorityPem, 0644},
        ProvisionUpload{options.tlsDirectory + QStringLiteral("/server-cert.pem"), server.certificatePem, 0644},
        ProvisionUpload{options.tlsDirectory + QStringLiteral("/server-key.pem"), server.privateKeyPem, 0600},
    };
    recipe.steps << material;
    recipe.steps << ProvisionStep::fromScript(QStringLiteral("daemon-config"),
                                              tr("Make Docker listen on port %1 with TLS").arg(options.port),
                                              QStringLiteral("docker-host/daemon-config"), common);
    ProvisionStep running =
        ProvisionStep::fromScript(QStringLiteral("daemon-running"), tr("Restart Docker and wait for its API over TLS"),
                                  QStringLiteral("docker-host/daemon-running"), common);
    running.localCheck = std::move(apiAnswers);
    recipe.steps << running;
    if (options.firewall)
        recipe.steps << ProvisionStep::fromScript(QStringLiteral("firewall"),
                                                  tr("Close the firewall around SSH and Docker"),
                                                  QStringLiteral("docker-host/firewall"), common);
    return recipe.complete();
}

DockerHostRecipe::ApiCheck DockerHostRecipe::pingCheck(const QUrl &engine, const QSslConfiguration &tls,
                                                       QNetworkAccessManager *network, int patienceMs)
{
    return [engine, tls, network, patienceMs](QObject *context, std::function<void(const Result<bool> &)> done) {
        // Pings once a second until the engine answers, refuses for good, or patience runs out; then it
        // reports and deletes itself (or goes with the context).
        auto *pinger = new QObject(context);
        auto *client = new DockerClient(DockerEndpoint{engine.host(), engine, tls}, network, pinger);
        client->setTimeout(5000);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        auto attempt = std::make_shared<std::function<void()>>();
        *attempt = [pinger, client, clock, patienceMs, done, attempt = std::weak_ptr(attempt)] {
            client->ping(pinger, [pinger, clock, patienceMs, done, attempt](const Result<void> &pong) {
                // A refusal of the certificates will not pass by waiting; an engine still starting will.
                const bool final = pong || pong.error().kind == Error::Kind::Tls ||
                                   pong.error().kind == Error::Kind::CertificateNameMismatch ||
                                   clock->elapsed() > patienceMs;
                if (final) {
                    pinger->deleteLater();
                    done(pong ? Result<bool>(true) : Result<bool>(pong.error()));
                    return;
                }
                if (auto next = attempt.lock())
                    QTimer::singleShot(1000, pinger, [next] { (*next)(); });
            });
        };
        // The pinger keeps the attempt alive for as long as it lives.
        QObject::connect(pinger, &QObject::destroyed, pinger, [keep = attempt] {});
        (*attempt)();
    };
}

} // namespace quayside
