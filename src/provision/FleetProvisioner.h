#pragma once

#include "core/Fleet.h"
#include "nginx/BalancerConfig.h"
#include "provision/DockerHostRecipe.h"
#include "provision/Recipe.h"
#include "provision/TomcatImageRecipe.h"
#include "ssh/SshKey.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace quayside {

class DockerClient;
class FleetPki;
class FleetPlan;
class NginxDeployer;
class NovaClient;
class SshRemoteShell;
class SshSession;

struct FleetProvisionOptions
{
    SshKey identity;        // the private key of the fleet's key pair
    QString knownHostsPath; // Quayside's own known_hosts
    QString balancerPath;   // where the fleet's balancer configuration is kept (BalancerFile)
    DockerHostOptions dockerHost;
    TomcatImageOptions tomcat;
    // A root file system archive (a path or URL the first Docker host can read) that `docker import` turns
    // into tomcat.baseImage when the host's engine lacks it: the sandbox's hosts reach no registry.
    QString baseImageArchive;
    QString pool = QStringLiteral("tomcat");
    int tomcatPort = 8080;              // inside the container
    int firstHostPort = 8081;           // the n-th container of a host is published on firstHostPort + n - 1
    int checkRequests = 20;             // the final check's requests through nginx
    int consoleWaitMs = 10 * 60 * 1000; // for the host key fingerprints on a new server's console
    int sshAttempts = 20;               // sshd may start a while after the cloud calls a server ACTIVE
    int sshRetryPauseMs = 3000;
    int tomcatReadyMs = 5 * 60 * 1000; // for every container to answer through nginx
};

// Where one Tomcat container of the fleet runs.
struct ContainerPlacement
{
    QString name; // <fleet>-tomcat-<n>
    QString host; // the Docker host's server name
    int hostPort = 0;
};

// What the final check saw through nginx.
struct FleetCheckReport
{
    QString url;
    int requests = 0;
    int answered = 0;            // 200 with the expected page
    QMap<QString, int> backends; // "address:port" -> how many of the requests it served
    QStringList unreached;       // containers' backends that served none
    QByteArray page;             // the body of one answer through nginx (its first TomcatPage::kMaxBody bytes)
    QByteArray contentType;      // that answer's Content-Type
};

// The SSH and Docker phases of a FleetPlan (its hooks), done for real on the fleet's servers:
// - every new server's host key is trusted only when the cloud's console log shows the same key;
// - the first Docker host gets Docker (DockerHostRecipe, with a server certificate from the fleet's own
//   authority), then, in a phase of its own, the Tomcat image (TomcatImageRecipe), before it is snapshotted;
// - the nginx host gets nginx (NginxHostRecipe);
// - hosts booted from the snapshot get their own server certificate (their address differs) and their
//   Docker restarted with it; then the Tomcat containers are spread over the hosts, labelled for
//   LiveBackends (quayside.pool, quayside.port), each published on a fixed port of its host;
// - nginx's backends are deployed as a new version (NginxDeployer) and kept in the fleet's balancer file;
// - the final check sends requests through nginx and learns from X-Quayside-Backend (shown only to
//   requests carrying the fleet's check token) which container served each.
// Every step can run again: what is in place is left alone, so `up` resumes after an interruption.
class FleetProvisioner : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // `nova`, `pki` (open) and `network` must outlive the provisioner.
    FleetProvisioner(NovaClient *nova, FleetPki *pki, QNetworkAccessManager *network, FleetProvisionOptions options,
                     QObject *parent = nullptr);
    ~FleetProvisioner() override;

    // Supplies the plan's hooks; the plan must outlive its run.
    void install(FleetPlan *plan);

    // The fleet's containers: the n-th of fleet.containers on Docker host (n-1) mod H, in the order the
    // hosts were made, published on firstHostPort + (n-1) div H.
    static QList<ContainerPlacement> placements(const Fleet &fleet, int firstHostPort);
    // The fleet's Docker hosts in the order they were made, at most fleet.dockerHosts of them.
    static QStringList dockerHosts(const Fleet &fleet);
    // nginx in front of the containers the record lists (or, before there are any, those planned on hosts
    // that have an address): one pool, one site on port 80.
    static BalancerConfig balancerFor(const Fleet &fleet, const FleetProvisionOptions &options,
                                      const QString &checkToken);

    const FleetCheckReport &lastCheck() const { return m_lastCheck; }
    // The page a container of the Tomcat image served when the image was last checked (status 0 before).
    const TomcatPage &lastTomcatPage() const { return m_tomcatPage; }
    const TomcatImageOptions &tomcatOptions() const { return m_options.tomcat; }
    // What the next run of the Tomcat image phase builds (the user's Dockerfile and WAR).
    void setTomcatOptions(const TomcatImageOptions &options) { m_options.tomcat = options; }

Q_SIGNALS:
    // A line a host printed while a recipe ran on it, for a detailed log.
    void output(const QString &host, const QString &line);

private:
    struct Host;

    void note(const QString &line);
    Host &host(const QString &name);
    void connectHost(Fleet &fleet, const QString &name, Callback<Host *> done);
    void readConsole(const QString &name, const QString &serverId, qint64 deadline, Callback<QString> done);
    void login(Fleet &fleet, const QString &name, bool trusted, const QString &consoleLog, Callback<Host *> done);
    void runRecipe(const QString &name, Host *host, const Result<Recipe> &recipe, Callback<void> done);
    DockerClient *docker(const Fleet &fleet, const QString &name);
    void markProvisioned(Fleet &fleet, const QString &name);

    void setupFirstDockerHost(Fleet &fleet, Callback<void> done);
    void setupDockerHost(Fleet &fleet, const QString &name, bool first, Callback<void> done);
    void buildTomcatImage(Fleet &fleet, Callback<void> done);
    void importBaseImage(const QString &name, Host *host, Callback<void> done);
    void setupNginxHost(Fleet &fleet, Callback<void> done);
    void setupContainers(Fleet &fleet, Callback<void> done);
    void placeContainers(Fleet &fleet, Callback<void> done);
    void placeOnHost(Fleet &fleet, const QString &hostName, const QList<ContainerPlacement> &wanted,
                     Callback<QList<FleetContainer>> done);
    void deployBackends(Fleet &fleet, Callback<void> done);
    void retireExtras(Fleet &fleet, Callback<void> done);
    void finalCheck(Fleet &fleet, Callback<void> done);
    QString checkToken();

    QPointer<NovaClient> m_nova;
    QPointer<FleetPki> m_pki;
    QNetworkAccessManager *m_network;
    FleetProvisionOptions m_options;
    QPointer<FleetPlan> m_plan;
    std::map<QString, std::unique_ptr<Host>> m_hosts;
    std::unique_ptr<NginxDeployer> m_deployer;
    QString m_checkToken;
    FleetCheckReport m_lastCheck;
    TomcatPage m_tomcatPage;
};

} // namespace quayside
