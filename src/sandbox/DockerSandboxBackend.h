#pragma once

#include "sandbox/DockerCli.h"
#include "sandbox/SandboxBackend.h"

#include <QHash>
#include <QSet>

namespace quayside {

struct DockerSandboxOptions
{
    // The image the base image "debian-12" boots: a Debian 12 root file system whose entry point acts as
    // a cloud image's first boot does. It reads the key to let in from the environment variable
    // AUTHORIZED_KEY (for root and the default user), makes fresh SSH host keys, prints their
    // fingerprints between cloud-init's BEGIN/END SSH HOST KEY FINGERPRINTS lines and runs sshd
    // (resources/sandbox/quayside-boot is such an entry point; defaultHostImage() is the sandbox's own).
    QString hostImage;
    // The Docker network the servers join; their address on it is the server's address.
    QString network = QStringLiteral("bridge");
    // Set on every container and snapshot as the label quayside.sandbox, so that a sandbox finds (and
    // removes) exactly what it made; two sandboxes on one engine need different ids.
    QString instanceId = QStringLiteral("quayside-sandbox");
    // More NAME=VALUE variables for every server's entry point (an apt source, say).
    QStringList environment;
    // How long a server may take from `docker start` until its sshd answers.
    int sshWaitMs = 90000;
    // Limits for the engine's calls: ordinary ones, and `docker commit` (a snapshot copies the disk).
    int callTimeoutMs = 60000;
    int commitTimeoutMs = 600000;
};

// A sandbox backend whose servers are containers on a Docker Engine, reached with the docker command line
// (DockerCli). A server is a container of the host image (or of a snapshot) on the sandbox's network,
// labelled with the sandbox's id and the server's id; it is ACTIVE once its sshd answers on port 22 of its
// address, which becomes the server's address and accessIPv4. A clone (a server booted from a snapshot)
// boots with its SSH host keys removed, so that it makes its own, as a cloud's new instance does. Personality files are
// put in place before the container starts, and user_data where cloud-init keeps it
// (/var/lib/cloud/instance/user-data.txt; it is not run). A snapshot is `docker commit` of the container into the image
// quayside-sandbox/snapshot:<image id>, which boots as a clone; deleting the image removes it. Whatever
// fails (no such image, the engine unreachable, a container that exits at once, sshd that never answers)
// puts the server in ERROR with the reason as its fault.
class DockerSandboxBackend : public SandboxBackend
{
    Q_OBJECT

public:
    static QString instanceLabel() { return QStringLiteral("quayside.sandbox"); }
    static QString serverLabel() { return QStringLiteral("quayside.sandbox.server"); }
    static QString imageLabel() { return QStringLiteral("quayside.sandbox.image"); }
    static QString snapshotRepository() { return QStringLiteral("quayside-sandbox/snapshot"); }
    static QString containerName(const QString &serverId);
    // The sandbox's own host image, which HostImageBuilder makes from resources/sandbox/make-host-rootfs.sh
    // and quayside-boot: quayside-sandbox/host:<the first 12 hex digits of the SHA-256 of the two files'
    // contents, in that order>, so that a changed script makes a new image and an unchanged one is reused.
    static QString defaultHostImage();
    // The host image's entry point, as `docker import --change` takes it: the first boot under tini.
    static QString hostImageEntrypoint()
    {
        return QStringLiteral("ENTRYPOINT [\"/usr/bin/tini\", \"--\", \"/usr/local/sbin/quayside-boot\"]");
    }
    // Where a server of the host image keeps a plain Debian 12 (minbase) root file system as a gzipped
    // tar: `docker import` it on the server for the Tomcat image's base (the stand-in for
    // debian:bookworm-slim where no registry is reachable). make-host-rootfs.sh puts it there.
    static QString baseImageTarPath();
    // `docker run`/`create` options under which a container behaves like a cloud server that runs its own
    // Docker Engine (--privileged is refused on some hosts; see the notes on real servers), with `key`
    // authorized for root and the default user by the host image's boot script.
    static QStringList cloudHostOptions(const QString &authorizedKey);

    // `docker` must outlive the backend.
    DockerSandboxBackend(DockerCli *docker, DockerSandboxOptions options, QObject *parent = nullptr);

    // Whether the engine answers and has the host image; `done` gets the image's size (which the base
    // image then shows), or an error that says what to do.
    void checkHostImage(QObject *context, const std::function<void(const Result<qint64> &)> &done);

    // How many containers and images removeLeftovers() removed.
    struct Leftovers
    {
        int containers = 0;
        int images = 0;
    };
    // Removes the containers and snapshot images labelled with this sandbox's id that it does not know:
    // what an earlier run made, whose records ended with that run, so nothing can reach them any more.
    // Call it before the first server is created.
    void removeLeftovers(QObject *context, const std::function<void(const Result<Leftovers> &)> &done);

protected:
    void boot(const SandboxInstance &server) override;
    void destroy(const SandboxInstance &server) override;
    void snapshot(const SandboxInstance &server, const SandboxImage &image) override;
    void discardImage(const SandboxImage &image) override;

private:
    // `cloneCommand`: for a clone, the snapshot's entry point and command, run after its host keys are removed.
    QStringList runArguments(const SandboxInstance &server, const QString &image,
                             const QStringList &cloneCommand) const;
    void create(const SandboxInstance &server, const QString &image, const QStringList &cloneCommand);
    // After each step of a boot: false (and the container removed, the server gone) if it was deleted meanwhile.
    bool stillWanted(const QString &serverId);
    void fail(const QString &serverId, const QString &message);
    void seed(const SandboxInstance &server);
    void start(const QString &serverId);
    void waitForSsh(const QString &serverId, qint64 deadline);
    void probeSsh(const QString &serverId, const QString &address, const QString &mac, qint64 deadline);
    void finishBoot(const QString &serverId, const QString &address, const QString &mac);
    void remove(const QString &serverId);
    // Runs `list` (docker ps/images -q ...), then `remove` with the ids it gave; `done` gets how many went.
    void removeListed(const QStringList &list, const QStringList &remove,
                      const std::function<void(const Result<int> &)> &done);

    DockerCli *m_docker;
    DockerSandboxOptions m_options;
    QSet<QString> m_booting;
    QSet<QString> m_created; // servers with a container (or one possibly made: a create that timed out)
};

} // namespace quayside
