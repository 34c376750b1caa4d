#pragma once

#include "sandbox/SandboxBackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QJsonObject;

namespace quayside {

// The one user and project of a sandbox cloud. The password is a secret: it is compared, never logged.
struct SandboxIdentity
{
    QString userName = QStringLiteral("quayside");
    QString userId = QStringLiteral("5a9d1e3c7b2f4e6a8c0d1f3b5e7a9c1d");
    QString projectName = QStringLiteral("quayside");
    QString projectId = QStringLiteral("8e2f4a6c0b1d3e5f7a9b1c3d5e7f9a0b");
    QString domainId = QStringLiteral("default");
    QString domainName = QStringLiteral("Default");
    QByteArray password;
};

// The sandbox cloud's HTTP API on QtHttpServer: Keystone v3 (password sign-in, tokens with a service
// catalog), Nova v2.1 (flavors, the image proxy, key pairs, servers, createImage) and Glance v2 (images
// list, show, delete), in the shapes of the official API samples, over a SandboxBackend that holds the
// cloud and makes its machines.
//
// URL layout (P is port()); the catalog names each service once, interface public, region "sandbox":
//   identity  http://127.0.0.1:P/identity/v3      POST auth/tokens
//   compute   http://127.0.0.1:P/compute/v2.1     flavors (and their empty os-extra_specs), images, os-keypairs,
//                                                 servers, servers/{id}/action
//   image     http://127.0.0.1:P/image            v2/images, v2/images/{id}
// Version documents (GET /identity, /identity/v3, /compute, /compute/v2.1, /image) answer without a token,
// as the real services do; everything else needs X-Auth-Token with a token this server issued, else 401.
//
// Microversions 2.1 to maxMicroversion() count: key pairs get "type" and 201/204 from 2.2, the image proxy
// is gone from 2.36, networks are required from 2.37, createImage answers {"image_id"} instead of a
// Location header from 2.45. Errors are Nova faults ({"itemNotFound": {"code", "message"}}), Keystone's
// {"error": {"code", "title", "message"}} and Glance's plain text, with the status codes those services use.
// Every reply carries x-openstack-request-id (and x-compute-request-id from Nova).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static QString region() { return QStringLiteral("sandbox"); }
    static QString maxMicroversion() { return QStringLiteral("2.45"); }

    // `backend` must outlive the server.
    SandboxServer(SandboxBackend *backend, SandboxIdentity identity, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on `address` (loopback unless the caller decides otherwise) and `port` (0: any free one).
    // False with errorString() when it cannot.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }

    QUrl baseUrl() const;
    QUrl authUrl() const; // the identity v3 endpoint, as an account's auth URL
    QUrl computeUrl() const;
    QUrl imageUrl() const;

    // Tokens work this long after they are issued (default 12 hours, as Keystone's).
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetimeS = seconds; }
    // Tokens issued and not yet expired (expired ones are dropped at each sign-in).
    int issuedTokens() const { return int(m_tokens.size()); }

private:
    struct Call;

    void addRoutes();
    QHttpServerResponse versions(const QHttpServerRequest &request, const QString &service, bool list) const;
    QHttpServerResponse issueToken(const QHttpServerRequest &request);
    QHttpServerResponse authorized(const QHttpServerRequest &request,
                                   const std::function<QHttpServerResponse(const Call &)> &handle) const;

    QHttpServerResponse flavors(const Call &call, bool detail) const;
    QHttpServerResponse flavor(const Call &call, const QString &id) const;
    QHttpServerResponse flavorExtraSpecs(const Call &call, const QString &id) const;
    QHttpServerResponse novaImages(const Call &call, bool detail) const;
    QHttpServerResponse novaImage(const Call &call, const QString &id) const;
    QHttpServerResponse deleteNovaImage(const Call &call, const QString &id);
    QHttpServerResponse keypairs(const Call &call) const;
    QHttpServerResponse keypair(const Call &call, const QString &name) const;
    QHttpServerResponse createKeypair(const Call &call);
    QHttpServerResponse deleteKeypair(const Call &call, const QString &name);
    QHttpServerResponse servers(const Call &call, bool detail) const;
    QHttpServerResponse server(const Call &call, const QString &id) const;
    QHttpServerResponse createServer(const Call &call);
    QHttpServerResponse deleteServer(const Call &call, const QString &id);
    QHttpServerResponse consoleOutput(const QJsonObject &arguments, const QString &id) const;
    QHttpServerResponse serverAction(const Call &call, const QString &id);
    QHttpServerResponse glanceImages(const Call &call) const;
    QHttpServerResponse glanceImage(const Call &call, const QString &id) const;
    QHttpServerResponse deleteGlanceImage(const Call &call, const QString &id);

    QJsonObject renderFlavor(const SandboxFlavor &flavor, bool detail) const;
    QJsonObject renderNovaImage(const SandboxImage &image, bool detail) const;
    QJsonObject renderGlanceImage(const SandboxImage &image) const;
    QJsonObject renderKeypair(const SandboxKeypair &keypair, const Call &call, bool full) const;
    QJsonObject renderServer(const SandboxInstance &server, bool detail) const;
    QJsonObject links(const QString &collection, const QString &id) const;
    QJsonObject catalog() const;

    SandboxBackend *m_backend;
    SandboxIdentity m_identity;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_host;
    QString m_error;
    int m_tokenLifetimeS = 12 * 3600;
    QHash<QByteArray, QDateTime> m_tokens; // token id -> expiry (UTC)
};

} // namespace quayside
