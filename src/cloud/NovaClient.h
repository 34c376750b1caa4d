#pragma once

#include "cloud/CloudHttp.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaTypes.h"

#include <QObject>
#include <QPointer>

namespace quayside {

// The compute service (Nova v2 / v2.1, and Rackspace's Cloud Servers, which is Nova) of one signed-in
// account: flavors, images, keypairs and servers, with waits for the states a fleet's setup needs.
//
// Creating costs money, so a create is never sent twice blindly: each carries a request id in its
// metadata, and after a failure that leaves open whether the cloud made the server (a dropped
// connection, a timeout, a 5xx), Quayside first looks for a server with that id and only creates again
// when there is none.
class NovaClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using ServerProgress = std::function<void(const NovaServer &server)>;
    using ImageProgress = std::function<void(const NovaImage &image)>;

    static QString requestIdKey() { return QStringLiteral("quayside-request-id"); }

    NovaClient(CloudSession *session, QNetworkAccessManager *network, QObject *parent = nullptr);

    CloudHttp &http() { return m_http; }
    // A compute API microversion ("2.45") sent with the calls where it changes the reply (createImage);
    // empty for none, which every Nova and Rackspace accept.
    void setMicroversion(const QString &microversion) { m_microversion = microversion; }
    // How often waits look again (servers take minutes to build).
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }
    void setCreateAttempts(int attempts) { m_createAttempts = attempts; }
    // Servers per page when listing (0: as many as the cloud gives at once).
    void setPageSize(int servers) { m_pageSize = servers; }

    void flavors(QObject *context, Callback<QList<NovaFlavor>> done);
    void images(QObject *context, Callback<QList<NovaImage>> done);
    void image(const QString &id, QObject *context, Callback<NovaImage> done);

    void keypairs(QObject *context, Callback<QList<NovaKeypair>> done);
    // Imports an OpenSSH public key ("ssh-ed25519 AAAA... comment") under `name`.
    void importKeypair(const QString &name, const QString &publicKey, QObject *context, Callback<NovaKeypair> done);
    void deleteKeypair(const QString &name, QObject *context, Callback<void> done);

    // Every server of the account (all pages), with details; `nameContains` narrows the list.
    void servers(const QString &nameContains, QObject *context, Callback<QList<NovaServer>> done);
    void server(const QString &id, QObject *context, Callback<NovaServer> done);
    // Finishes with the new server as the create reply describes it (id, and adminPass where given). The
    // request id is the spec's metadata[requestIdKey()] when the caller chose one (to record it before the
    // create is sent and find the server again after a crash), else a new one.
    void createServer(const NovaServerSpec &spec, QObject *context, Callback<NovaServer> done);
    // The server named `name` that was created with `requestId`, or none.
    void findServerByRequestId(const QString &name, const QString &requestId, QObject *context,
                               Callback<std::optional<NovaServer>> done);
    // A server already gone counts as deleted.
    void deleteServer(const QString &id, QObject *context, Callback<void> done);

    // Until the server is ACTIVE (and, with `rackConnect`, until RackConnect has DEPLOYED it, after which
    // its addresses are read again); ERROR fails with the server's fault message.
    void waitForActive(const QString &id, bool rackConnect, int timeoutMs, QObject *context, ServerProgress progress,
                       Callback<NovaServer> done);
    void waitForDeletion(const QString &id, int timeoutMs, QObject *context, Callback<void> done);

    // Snapshots a server; finishes with the new image's id. A 409 (the server is still busy with an
    // earlier snapshot) is waited out up to `timeoutMs`.
    void createImage(const QString &serverId, const QString &name, const QMap<QString, QString> &metadata,
                     int timeoutMs, QObject *context, Callback<QString> done);
    // An image already gone counts as deleted (through the compute service's image proxy).
    void deleteImage(const QString &id, QObject *context, Callback<void> done);
    // What the server printed on its console since it booted (Nova's os-getConsoleOutput action): the last
    // `lines` lines, or all with 0. Quayside reads it to check a new server's SSH host key: cloud-init prints
    // the key fingerprints between "-----BEGIN SSH HOST KEY FINGERPRINTS-----" and "-----END ...", and
    // HostKeyPolicy::trustIfConsoleLogMatches (ssh/SshTypes.h) trusts a first key only if it is among them.
    // The action only reads, so it is sent again after a dropped connection like a GET. A server that is
    // missing fails NotFound, one without a console yet (still building, or in a state with none) Conflict.
    void consoleOutput(const QString &serverId, int lines, QObject *context, Callback<QString> done);

    // Until the image is ACTIVE; ERROR, DELETED or KILLED fail.
    void waitForImage(const QString &id, int timeoutMs, QObject *context, ImageProgress progress,
                      Callback<NovaImage> done);

private:
    void send(const CloudRequest &request, QObject *context, CloudHttp::Callback done);
    void sendDelete(const QString &collection, const QString &id, QObject *context, Callback<void> done);
    template<typename T>
    void fetch(const QString &path, QObject *context, Callback<T> done, Result<T> (*parse)(const QByteArray &));
    void fetchServerPages(const QString &query, const QString &nameContains, QList<NovaServer> collected, int pages,
                          QObject *context, Callback<QList<NovaServer>> done);
    void createAttempt(const NovaServerSpec &spec, int attempt, QObject *context, Callback<NovaServer> done);
    void findCreated(const NovaServerSpec &spec, QObject *context, Callback<std::optional<NovaServer>> done);
    void createImageAttempt(const QString &serverId, const QByteArray &body, const QString &name, qint64 deadline,
                            QObject *context, Callback<QString> done);
    QString serviceName() const;

    QPointer<CloudSession> m_session;
    CloudHttp m_http;
    QString m_microversion;
    int m_pollMs = 5000;
    int m_createAttempts = 3;
    int m_pageSize = 0;
};

} // namespace quayside
