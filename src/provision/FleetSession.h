#pragma once

#include "cloud/CloudAccount.h"
#include "core/Fleet.h"
#include "provision/FleetPlan.h"
#include "provision/FleetProvisioner.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace quayside {

class CloudSession;
class FleetPki;
class NovaClient;
class SecretStore;
class SshKeyPassphrases;

// The cloud a fleet lives on: an account and its secret (password, API key or credential secret).
struct FleetCloud
{
    CloudAccount account;
    QByteArray secret;

    bool isSandbox() const;
};

// One fleet's run of the seed's plan, wired in one place for quaysidectl and the GUI: it owns the network
// access, the cloud session and Nova client, the fleet's certificate authority (FleetPki, opened
// asynchronously), the SSH key, the FleetProvisioner that does the SSH and Docker phases and the FleetPlan,
// and forwards the plan's and the provisioner's signals. The sandbox cloud gets the settings its hosts need
// (Docker on vfs, the Tomcat base image from an archive on the host, quick console and SSH waits).
//
// Use: construct, then open() with the fleet (a new one, or the record loaded from `recordPath`); then
// runThrough()/run() as often as needed (each goes on from where the record says), cancel(), takeDown().
class FleetSession : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // The account id a fleet record gives the sandbox cloud: not a valid account id, so no account of the
    // user's is ever taken for it.
    static QString sandboxAccountId() { return QStringLiteral("(sandbox)"); }
    // The sandbox's credentials from its data folder (the clouds.yaml quayside-sandbox writes there), as
    // FleetCloud with sandboxAccountId(); `authUrl`, when valid, replaces the identity URL written there.
    // NotFound when the folder has no credentials.
    static Result<FleetCloud> sandboxCloud(const QString &dataFolder, const QUrl &authUrl = {});
    // Where the sandbox's hosts keep a Debian 12 root file system for the Tomcat image's base (they reach
    // no registry), and the image it becomes. DockerSandboxBackend::baseImageTarPath() returns this path,
    // and a test checks that make-host-rootfs.sh writes it there.
    static QString sandboxBaseArchive() { return QStringLiteral("/var/lib/quayside-sandbox/debian-bookworm.tar.gz"); }
    static QString sandboxBaseImage() { return QStringLiteral("quayside-sandbox/debian:bookworm"); }

    // `secrets` (the keychain: the fleet's certificate keys, an SSH key's passphrase) must outlive the
    // session. `sshKeyPath` is the private key of the fleet's key pair.
    FleetSession(FleetCloud cloud, QString recordPath, QString sshKeyPath, SecretStore *secrets,
                 QObject *parent = nullptr);
    ~FleetSession() override;

    const FleetCloud &cloud() const { return m_cloud; }
    QString recordPath() const { return m_recordPath; }
    // For what comes before a fleet exists (flavors, images, the region) and for the wizard's pages.
    NovaClient *nova() const { return m_nova.get(); }
    CloudSession *cloudSession() const { return m_session.get(); }
    QNetworkAccessManager *network() const { return m_network.get(); }

    // One line "deb ..." the Tomcat image installs its packages from (a local mirror); before open().
    void setAptSource(const QString &line) { m_aptSource = line; }
    // What the provisioner gets for `fleet` on this cloud, with the fleet's Tomcat sources (see
    // setTomcatSources()); an error when those cannot be read.
    Result<FleetProvisionOptions> provisionOptions(const Fleet &fleet, const SshKey &identity) const;

    // The fleet's own Tomcat sources, in its folder beside the record, each there only when the user gave one:
    // the Dockerfile the image is built from (else the built-in one) and the application (else Tomcat's
    // welcome page).
    static QString tomcatDockerfilePath(const QString &recordPath, const QString &fleetName);
    static QString tomcatWarPath(const QString &recordPath, const QString &fleetName);
    static constexpr qint64 kMaxWarBytes = 512 * 1024 * 1024;
    static constexpr qint64 kMaxDockerfileBytes = 1024 * 1024;
    // Reads the sources saved for the fleet into `tomcat` (leaving the built-in ones where there are none).
    static Result<void> loadTomcatSources(const QString &recordPath, const QString &fleetName,
                                          TomcatImageOptions &tomcat);
    // Keeps `dockerfile` (empty: the built-in one; a saved one is removed) and a copy of the WAR at `warPath`
    // (empty: none; a saved one is removed) as the fleet's Tomcat sources, read and written on a worker
    // thread. A WAR that is not a zip archive or is larger than kMaxWarBytes, or a Dockerfile without FROM or
    // larger than kMaxDockerfileBytes, is refused and nothing changes. Once saved, the open provisioner builds with
    // them the next time the Tomcat image phase runs. The fleet is the open one, else the record's at recordPath(); the
    // overload names it (a new fleet before open()). Calls `done` once, unless `context` is gone.
    void setTomcatSources(const QByteArray &dockerfile, const QString &warPath, QObject *context, Callback<void> done);
    void setTomcatSources(const QString &fleetName, const QByteArray &dockerfile, const QString &warPath,
                          QObject *context, Callback<void> done);

    // Loads the SSH key (a passphrase from the keychain), opens the fleet's certificate authority (made on
    // first use) and sets up the plan over `fleet`, which is saved to the record as the plan goes. Calls
    // `done` once, unless `context` is gone.
    void open(const Fleet &fleet, QObject *context, Callback<void> done);
    // open() with the record at recordPath() (an app that starts again resumes with it).
    void openRecord(QObject *context, Callback<void> done);
    bool isOpen() const { return m_provisioner != nullptr; }
    // Whether open() got as far as loading the SSH key (its failure was about something else).
    bool hasIdentity() const { return m_hasIdentity; }

    // The plan's: see FleetPlan. Before open() they fail at once (failed()).
    void run();
    void runThrough(FleetPlan::Phase last);
    void cancel();
    bool isRunning() const;
    // Deletes what the record lists (servers, snapshot, key pair) and the record: ends with takenDown() or
    // failed(). Needs no open(): without one it works from the record on disk. A run under way is
    // cancelled first (failed() with Cancelled is then reported before the removal starts).
    void takeDown();

    // The fleet as the plan holds it (what was made so far); before open(), an empty fleet.
    const Fleet &fleet() const;
    FleetPlan *plan() const { return m_plan.get(); }
    // Once open(): the SSH and Docker phases' worker (its options, the pages it saw).
    FleetProvisioner *provisioner() const { return m_provisioner.get(); }
    // What the last final check saw through nginx.
    FleetCheckReport lastCheck() const;
    // The page a container of the fleet's Tomcat image served when the image was last checked (status 0
    // before that, in this session).
    TomcatPage tomcatPage() const;

Q_SIGNALS:
    void phaseStarted(quayside::FleetPlan::Phase phase);
    void phaseProgress(quayside::FleetPlan::Phase phase, const QString &what);
    void phaseFinished(quayside::FleetPlan::Phase phase, qint64 elapsedMs);
    void phaseSkipped(quayside::FleetPlan::Phase phase, const QString &why);
    void phaseFailed(quayside::FleetPlan::Phase phase, const quayside::Error &error);
    void logLine(const QString &line);
    // A line a host printed while a recipe ran on it.
    void output(const QString &host, const QString &line);
    void finished(const QList<quayside::FleetPlan::Phase> &skipped);
    void failed(const quayside::Error &error);
    void takenDown();

private:
    void makePlan(const Fleet &fleet);
    FleetProvisionOptions cloudOptions(const Fleet &fleet, const SshKey &identity) const;
    void startProvisioner(const Fleet &fleet, const SshKey &key, const FleetProvisionOptions &options);
    void takeDownNow();

    FleetCloud m_cloud;
    QString m_recordPath;
    QString m_sshKeyPath;
    SecretStore *m_secrets;
    QString m_aptSource;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CloudSession> m_session;
    std::unique_ptr<NovaClient> m_nova;
    std::unique_ptr<SshKeyPassphrases> m_passphrases;
    std::unique_ptr<FleetPki> m_pki;
    std::unique_ptr<FleetProvisioner> m_provisioner;
    std::unique_ptr<FleetPlan> m_plan;
    bool m_takeDownAfterRun = false;
    bool m_hasIdentity = false;
    int m_openAttempt = 0; // a later open() wins over one still under way
};

} // namespace quayside
