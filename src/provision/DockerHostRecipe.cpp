#include "provision/DockerHostRecipe.h"

#include "docker/DockerClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace quayside {

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// One script serves as check and as apply: QUAYSIDE_MODE says which.
ProvisionStep scripted(const QString &id, const QString &title, const QString &script,
                       const QMap<QString, QString> &variables)
{
    ProvisionStep step;
    step.id = id;
    step.title = title;
    step.checkScript = QStringLiteral("QUAYSIDE_MODE=check\n") + script;
    step.applyScript = QStringLiteral("QUAYSIDE_MODE=apply\n") + script;
    step.variables = variables;
    return step;
}

} // namespace

QString DockerHostRecipe::script(const QString &name)
{
    QFile file(QStringLiteral(":/recipes/docker-host/%1.sh").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Result<Recipe> DockerHostRecipe::make(const DockerHostOptions &options, const QByteArray &authorityPem,
                                      const IssuedCertificate &server, ApiCheck apiAnswers)
{
    static const QRegularExpression safeFlags(QStringLiteral("^[A-Za-z0-9 =_./:-]*$"));
    static const QRegularExpression safePath(QStringLiteral("^/[A-Za-z0-9_./-]+$"));
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
    const QStringList names = {QStringLiteral("cloud-init"),    QStringLiteral("install-docker"),
                               QStringLiteral("tls-folder"),    QStringLiteral("tls-material"),
                               QStringLiteral("daemon-config"), QStringLiteral("daemon-running"),
                               QStringLiteral("firewall")};
    for (const QString &name : names) {
        if (script(name).isEmpty())
            return Error{Error::Kind::Internal, 0,
                         tr("The provisioning script %1 is missing from this build.").arg(name)};
    }

    const QMap<QString, QString> common = {
        {QStringLiteral("TLS_DIR"), options.tlsDirectory},
        {QStringLiteral("DOCKER_PORT"), QString::number(options.port)},
        {QStringLiteral("EXTRA_DAEMON_FLAGS"), options.extraDaemonFlags},
        {QStringLiteral("DOCKER_SOURCE"), options.source == DockerHostOptions::Source::DockerRepository
                                              ? QStringLiteral("docker")
                                              : QStringLiteral("distribution")},
        {QStringLiteral("OPEN_PORTS"), openPorts.join(QLatin1Char(' '))},
    };
    Recipe recipe;
    recipe.id = QStringLiteral("docker-host");
    recipe.title = tr("Docker host");
    ProvisionStep wait =
        scripted(names[0], tr("Wait for the server's first boot (cloud-init)"), script(names[0]), common);
    wait.timeoutMs = 20 * 60 * 1000;
    recipe.steps << wait;
    ProvisionStep install = scripted(names[1], tr("Install Docker"), script(names[1]), common);
    install.timeoutMs = 20 * 60 * 1000;
    recipe.steps << install;
    recipe.steps << scripted(names[2], tr("Make the folder for the TLS certificates"), script(names[2]), common);

    QMap<QString, QString> digests = common;
    digests.insert(QStringLiteral("CA_SHA256"), sha256(authorityPem));
    digests.insert(QStringLiteral("CERT_SHA256"), sha256(server.certificatePem));
    digests.insert(QStringLiteral("KEY_SHA256"), sha256(server.privateKeyPem));
    ProvisionStep material = scripted(names[3], tr("Install the host's TLS certificates"), script(names[3]), digests);
    material.uploads = {
        ProvisionUpload{options.tlsDirectory + QStringLiteral("/ca.pem"), authorityPem, 0644},
        ProvisionUpload{options.tlsDirectory + QStringLiteral("/server-cert.pem"), server.certificatePem, 0644},
        ProvisionUpload{options.tlsDirectory + QStringLiteral("/server-key.pem"), server.privateKeyPem, 0600},
    };
    recipe.steps << material;
    recipe.steps << scripted(names[4], tr("Make Docker listen on port %1 with TLS").arg(options.port), script(names[4]),
                             common);
    ProvisionStep running =
        scripted(names[5], tr("Restart Docker and wait for its API over TLS"), script(names[5]), common);
    running.localCheck = std::move(apiAnswers);
    recipe.steps << running;
    if (options.firewall)
        recipe.steps << scripted(names[6], tr("Close the firewall around SSH and Docker"), script(names[6]), common);
    return recipe;
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
