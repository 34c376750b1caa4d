#pragma once

#include "ManagedProcess.h"
#include "TestCertificates.h"

#include <QLockFile>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

namespace quayside::test {

// A real Docker Engine (Debian's dockerd) for one test executable: its own bridge, state and exec
// folders, overlay2 storage, the TCP API on 127.0.0.1 speaking only mutual TLS, and a tiny busybox image
// imported locally (no registry is reachable). Needs root. Torn down by the destructor: containers
// removed, daemon stopped, mounts and bridge removed, folder deleted. If a test crashes, the daemon
// still stops (parent-death signal) and the next run that takes the same bridge slot removes the rest.
class TestDockerEngine
{
public:
    TestDockerEngine();
    ~TestDockerEngine();

    bool start();
    QString errorString() const { return m_error; }

    QUrl url() const; // https://127.0.0.1:<port>
    quint16 port() const { return m_port; }
    QString directory() const { return m_dir; }
    QString unixSocket() const;

    // Mutual TLS material: the CA both sides trust, and the client certificate the daemon accepts.
    QString caCertificate() const { return m_certificates.authorityCertificate(); }
    QString clientCertificate() const { return m_certificates.certificate(QStringLiteral("client")); }
    QString clientKey() const { return m_certificates.privateKey(QStringLiteral("client")); }
    QSslConfiguration clientTlsConfiguration() const;
    // The client material as the docker CLI wants it: ca.pem, cert.pem and key.pem, for DOCKER_CERT_PATH
    // (with DOCKER_HOST=tcp://127.0.0.1:<port> and DOCKER_TLS_VERIFY=1).
    QString cliTlsDirectory() const { return filePath(QStringLiteral("cli-tls")); }
    // Before start(): serve the TCP API with this material (PEM) instead of the harness's own, to test
    // certificates Quayside issued. The harness's client certificate is then refused, as it should be.
    void useServerTls(const QByteArray &authorityPem, const QByteArray &certificatePem, const QByteArray &keyPem);

    // busybox with all its applets (sh, httpd, nc, ...), CMD sh.
    static QString busyboxImage() { return QStringLiteral("quayside-test/busybox:latest"); }
    QString bridge() const { return m_bridge; }
    QString bridgeAddress() const { return m_bridgeAddress; }

    // The docker command line against this engine's unix socket, for test setup and cross-checks.
    ToolResult docker(const QStringList &arguments, const ToolOptions &options = {}) const;

private:
    bool fail(const QString &message);
    bool claimBridge();
    bool allowBridgedTraffic();
    QStringList bridgeRule(const QString &action) const;
    bool launchDaemon();
    bool importBusybox();
    void removeLeftovers();
    void tearDown();

    // Per bridge slot, so that a run which crashed is cleaned up by the next one to take its slot.
    QString m_dir;
    QString filePath(const QString &name) const { return m_dir + QLatin1Char('/') + name; }
    TestCertificates m_certificates;
    struct ServerTls
    {
        QByteArray authority, certificate, key;
    };
    std::optional<ServerTls> m_serverTls;
    QString m_daemonCa, m_daemonCertificate, m_daemonKey; // the files dockerd is started with
    ManagedProcess m_daemon{QStringLiteral("dockerd")};
    std::unique_ptr<QLockFile> m_bridgeLock;
    QString m_bridge;
    QString m_bridgeAddress;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace quayside::test
