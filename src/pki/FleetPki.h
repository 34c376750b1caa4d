#pragma once

#include "core/Result.h"
#include "pki/CertificateAuthority.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

namespace quayside {

class SecretStore;

// One fleet's TLS material for the Docker Engine API: its certificate authority, Quayside's client
// certificate, and a server certificate per host.
//
// The keychain holds the truth: each entry is one private key with its certificate (PEM, key first), so a
// pair is always written and read whole and a failed write can never leave a key beside the wrong
// certificate. The fleet's data folder holds public copies of the certificates (pki/ca.pem,
// pki/client.pem, pki/hosts/<host>.pem), each written to a temporary file and renamed, and re-written
// when missing or stale. Server keys are kept too, so a host's setup can be re-run without re-issuing.
class FleetPki : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // The client certificate is renewed this long before it expires.
    static constexpr int kRenewClientDaysBefore = 30;

    FleetPki(QString fleetId, QString dataFolder, SecretStore *secrets, QObject *parent = nullptr);
    ~FleetPki() override;

    // A fleet id names keychain entries and folders: 1 to 64 of a-z, 0-9, '-' and '_'.
    static bool isValidFleetId(const QString &fleetId);

    // Loads the authority and the client certificate, making them the first time and renewing the client
    // certificate when it nears its end. Refuses to make a new authority where certificates of an old one
    // are on disk but its key is gone from the keychain: hosts would be cut off without a word.
    void open(QObject *context, Callback<void> done);
    bool isOpen() const { return m_authority.has_value(); }

    QByteArray authorityCertificatePem() const;
    QByteArray clientCertificatePem() const { return m_client.certificatePem; }
    QDateTime clientExpiresAt() const;
    // Reaches this fleet's engines: presents the client certificate, trusts this fleet's authority only.
    QSslConfiguration dockerClientTls() const;
    static QSslConfiguration clientTls(const QByteArray &authorityPem, const IssuedCertificate &client);

    // Issues (or re-issues, after an address changed) a host's server certificate, keeps it and hands it
    // back for installing on the host.
    void issueServer(const ServerIdentity &identity, QObject *context, Callback<IssuedCertificate> done);
    // The host's kept certificate; NotFound if none was issued.
    void serverCertificate(const QString &hostName, QObject *context, Callback<IssuedCertificate> done);
    // When a host is deleted: its key and certificate go.
    void forgetServer(const QString &hostName, QObject *context, Callback<void> done);

    // Writes ca.pem, cert.pem and key.pem (mode 0600) into `folder` (made 0700 if missing) and gives the
    // shell lines that point the user's own `docker` command at `engine` with them.
    Result<QString> exportDockerCliEnvironment(const QString &folder, const QUrl &engine) const;

    QString certificateFolder() const;
    QString secretKeyOfAuthority() const;
    QString secretKeyOfClient() const;
    QString secretKeyOfServer(const QString &hostName) const;

private:
    void createAuthority(const std::function<void(const Result<void> &)> &done);
    void loadClient(const std::function<void(const Result<void> &)> &done);
    void issueClient(const std::function<void(const Result<void> &)> &done);
    Result<void> writeCopy(const QString &relativePath, const QByteArray &pem) const;
    Result<void> writeCopies() const;
    Error keychainError(const QString &what, const Error &error) const;

    QString m_fleetId;
    QString m_dataFolder;
    QPointer<SecretStore> m_secrets;
    std::optional<CertificateAuthority> m_authority;
    IssuedCertificate m_client;
};

} // namespace quayside
