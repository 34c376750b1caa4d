#pragma once

#include "core/Result.h"
#include "sandbox/SandboxTypes.h"

#include <QObject>

namespace quayside {

// The sandbox cloud's inventory and rules: flavors, images, key pairs and servers, what a request may ask
// for, and which state follows which (a server BUILD -> ACTIVE or ERROR, deleting -> gone; a snapshot
// queued -> saving -> active or killed, its server in task "image_snapshot" meanwhile). Requests that break
// a rule get an Error whose httpStatus is the one Nova answers with (400, 404, 409) and nothing changes.
//
// What makes the machines is left to a subclass, through the hooks below. Each hook starts work and
// returns at once; the subclass reports how it went, later, with the protected report functions. The
// in-memory backend (InMemorySandboxBackend) reports after timers; the Docker backend
// (DockerSandboxBackend) runs a container per server (boot: create and start it, with the key let in and
// its network address as the server's; destroy: remove it; snapshot: `docker commit` into the image's
// id) and reports from the Docker Engine's answers, the boot's console log among them.
class SandboxBackend : public QObject
{
    Q_OBJECT

public:
    // The base image every sandbox offers: Debian 12 as a minimal cloud image.
    static QString baseImageId() { return QStringLiteral("5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60"); }

    explicit SandboxBackend(QObject *parent = nullptr);
    ~SandboxBackend() override;

    QList<SandboxFlavor> flavors() const { return m_flavors; }
    std::optional<SandboxFlavor> flavor(const QString &id) const;

    // Newest last.
    QList<SandboxImage> images() const { return m_images; }
    std::optional<SandboxImage> image(const QString &id) const;
    Result<void> deleteImage(const QString &id);

    QList<SandboxKeypair> keypairs() const { return m_keypairs; }
    std::optional<SandboxKeypair> keypair(const QString &name) const;
    // `publicKey`: one OpenSSH public key line.
    Result<SandboxKeypair> importKeypair(const QString &name, const QString &publicKey);
    // A new ed25519 key pair; the result's second member is the private key, which the sandbox does not keep.
    Result<QPair<SandboxKeypair, QByteArray>> generateKeypair(const QString &name);
    Result<void> deleteKeypair(const QString &name);

    // Oldest first; servers being deleted included until the backend says they are gone.
    QList<SandboxInstance> servers() const { return m_servers; }
    std::optional<SandboxInstance> server(const QString &id) const;
    // The new server, BUILD, with its adminPass.
    Result<SandboxInstance> createServer(const SandboxServerRequest &request);
    Result<void> deleteServer(const QString &id);
    // The new image, queued; the server is in task "image_snapshot" until the image is saved or failed.
    Result<SandboxImage> createImage(const QString &serverId, const QString &name,
                                     const QMap<QString, QString> &metadata);

Q_SIGNALS:
    // A server or image changed state (for logs and tests; the API reads the state when asked).
    void serverChanged(const QString &id);
    void imageChanged(const QString &id);

protected:
    // Work the subclass does; see the class comment.
    virtual void boot(const SandboxInstance &server) = 0;
    virtual void destroy(const SandboxInstance &server) = 0;
    virtual void snapshot(const SandboxInstance &server, const SandboxImage &image) = 0;
    virtual void discardImage(const SandboxImage &image) = 0;

    void addFlavor(const SandboxFlavor &flavor);
    // A base image, active at once.
    void addImage(const SandboxImage &image);
    // The flavors sandbox.small/medium/large and the base image "debian-12" (baseImageId()).
    void addStandardCatalog(qint64 baseImageBytes);
    void setImageSize(const QString &imageId, qint64 sizeBytes);

    void reportBuildProgress(const QString &serverId, int percent);
    void reportActive(const QString &serverId, const QList<SandboxAddress> &addresses);
    void reportFailed(const QString &serverId, const SandboxFault &fault);
    void reportGone(const QString &serverId);
    void reportConsoleLog(const QString &serverId, const QString &text);
    void reportImageSaving(const QString &imageId);
    void reportImageSaved(const QString &imageId, qint64 sizeBytes);
    void reportImageFailed(const QString &imageId);

private:
    SandboxInstance *findServer(const QString &id);
    SandboxImage *findImage(const QString &id);
    void endSnapshotTask(const QString &serverId);
    Result<void> checkKeypairName(const QString &name) const;
    Result<SandboxKeypair> addKeypair(const QString &name, const QString &publicKey);

    QList<SandboxFlavor> m_flavors;
    QList<SandboxImage> m_images;
    QList<SandboxKeypair> m_keypairs;
    QList<SandboxInstance> m_servers;
};

} // namespace quayside
