#pragma once

#include "pki/CertificateAuthority.h"
#include "provision/Recipe.h"

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;

namespace quayside {

struct DockerHostOptions
{
    enum class Source { Distribution, DockerRepository };
    Source source = Source::Distribution; // Debian's or Ubuntu's docker.io, or Docker's own apt repository
    int port = 2376;
    QString tlsDirectory = QStringLiteral("/etc/docker/quayside");
    // Passed to dockerd as they are, e.g. "--storage-driver vfs"; only flags Quayside itself chose.
    QString extraDaemonFlags;
    bool firewall = false; // let in only SSH, the Docker port and openPorts (ufw)
    QList<int> openPorts;  // e.g. the published Tomcat ports, for the balancer
};

// Turns a fresh cloud server into a Docker host Quayside drives over mutual TLS: wait for cloud-init,
// install Docker, put the host's certificates in place, make dockerd listen on the TLS port besides its
// unix socket, restart it until the API answers from outside, and optionally close the firewall around it.
class DockerHostRecipe
{
    Q_DECLARE_TR_FUNCTIONS(DockerHostRecipe)

public:
    using ApiCheck = std::function<void(QObject *context, std::function<void(const Result<bool> &)> done)>;

    // `apiAnswers` is asked, after the daemon restarted, whether the API answers over TLS.
    static Result<Recipe> make(const DockerHostOptions &options, const QByteArray &authorityPem,
                               const IssuedCertificate &server, ApiCheck apiAnswers);

    // An ApiCheck that pings the engine at `engine` with `tls`, trying for up to `patienceMs`.
    static ApiCheck pingCheck(const QUrl &engine, const QSslConfiguration &tls, QNetworkAccessManager *network,
                              int patienceMs = 60000);
};

} // namespace quayside
