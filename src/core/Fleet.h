#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace quayside {

// One cloud server of a fleet, as far as Quayside got with it. A server is written down before its create
// is sent (name and request id), so that after a crash it is found again by that request id instead of
// being made a second time.
struct FleetServer
{
    enum class Role { DockerHost, NginxHost };
    // How far the server got; each step is saved before the next begins.
    enum class Phase {
        Requested, // the create may or may not have reached the cloud: look it up by its request id
        Created,   // the cloud gave it an id
        Active,    // ACTIVE, with an address
        Trusted,   // its SSH host key is known (hostKeyFingerprint)
        Provisioned,
    };

    Role role = Role::DockerHost;
    QString name;
    QString requestId;
    QString novaId;
    QString address;
    QString hostKeyFingerprint;
    Phase phase = Phase::Requested;
    bool fromSnapshot = false;

    static QString roleName(Role role);
    static QString phaseName(Phase phase);
};

// A snapshot image of the first Docker host, written down before createImage is sent (name, request id in
// its metadata), its id once the cloud gives it.
struct FleetImage
{
    QString name;
    QString requestId;
    QString id;
    QString serverId;
    bool active = false;
};

struct FleetContainer
{
    QString host; // a FleetServer's name
    QString id;
    QString pool;
    QString name;     // the container's name on its host: <fleet>-tomcat-<n>
    int hostPort = 0; // where the host publishes the container's Tomcat port
};

// What `quaysidectl up` made in the cloud and needs to remember to resume, scale and take it down again:
// the account (its id only; the secret stays in the keychain), what the servers are made of, the servers,
// the snapshot, the containers and which phases of the plan have finished. Saved as JSON (FleetFile).
struct Fleet
{
    // 2: the Tomcat image became a phase of its own ("tomcat-image"); before, "docker-host-setup" included it.
    static constexpr int kFormatVersion = 2;

    QString name; // prefix of every resource's name: <name>-docker-1, <name>-nginx, <name>-snapshot
    QString cloudAccountId;
    QString authUrl; // where the account signs in, to tell fleets of different clouds apart in `status`
    QString region;
    QString flavorId;
    QString baseImageId;
    QString keyPairName;
    QString sshUser = QStringLiteral("root"); // who Quayside logs in as (sudo when not root)
    QString sshKeyPath; // the private key of the fleet's key pair, when the setup wizard chose it; empty: the default
    bool keyPairImported = false; // Quayside imported it for this fleet, so `down` removes it
    int dockerHosts = 2;
    int containers = 4;
    QStringList networks; // network uuids every server is attached to; empty: the cloud's default
    QList<FleetServer> servers;
    std::optional<FleetImage> snapshot;
    QList<FleetContainer> containerList;
    QStringList finishedPhases;

    // The fleet's own folder beside the record (certificate copies, the balancer's configuration).
    static QString folderFor(const QString &recordPath, const QString &fleetName);
    FleetServer *server(const QString &name);
    const FleetServer *server(const QString &name) const;
    bool isFinished(const QString &phase) const { return finishedPhases.contains(phase); }
};

// The fleet record in a file of its own, by default fleet.json in the app's shared data folder.
class FleetFile
{
    Q_DECLARE_TR_FUNCTIONS(FleetFile)

public:
    static QString defaultPath();

    // NotFound if there is no such file; InvalidInput, naming the file and what is wrong, if it cannot be used.
    static Result<Fleet> load(const QString &path);
    // Replaces the file all at once (AtomicFile, mode 0600), creating its folder if needed.
    static Result<void> save(const QString &path, const Fleet &fleet);
    static Result<void> remove(const QString &path);

    static QByteArray toJson(const Fleet &fleet);
    // `source` names the file in errors.
    static Result<Fleet> fromJson(const QByteArray &json, const QString &source);
};

} // namespace quayside
