#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace quayside {

// A certificate and its private key, both PEM. The key is a secret: keep it in the SecretStore.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// Every name a Docker host is reached by; all of them go into the server certificate's subjectAltName.
struct ServerIdentity
{
    QString hostName;              // the server's name, also the certificate's common name
    QStringList dnsNames;          // extra DNS names
    QList<QHostAddress> addresses; // public IPv4/IPv6, private/ServiceNet, and any the user adds
};

// A fleet's own certificate authority for the Docker Engine TLS API (ECDSA P-256, SHA-256), made with
// OpenSSL 3. It issues one client certificate for Quayside and a server certificate per host, so a
// daemon accepts only Quayside and Quayside trusts only its own daemons.
class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)

public:
    static constexpr int kAuthorityValidityDays = 3650;
    static constexpr int kLeafValidityDays = 825;

    static Result<CertificateAuthority> create(const QString &fleetName, int validityDays = kAuthorityValidityDays);
    static Result<CertificateAuthority> load(const QByteArray &certificatePem, const QByteArray &privateKeyPem);

    CertificateAuthority(CertificateAuthority &&) noexcept;
    CertificateAuthority &operator=(CertificateAuthority &&) noexcept;
    ~CertificateAuthority();

    QByteArray certificatePem() const;
    QByteArray privateKeyPem() const;
    QDateTime expiresAt() const;

    Result<IssuedCertificate> issueClient(const QString &commonName, int validityDays = kLeafValidityDays) const;
    // Issuing again for a changed identity (a new address, a clone's new IP) is this same call.
    Result<IssuedCertificate> issueServer(const ServerIdentity &identity, int validityDays = kLeafValidityDays) const;

    // Whether `issued` is a pair this authority signed and whose key belongs to the certificate; gives
    // the certificate's expiry. Anything else (another authority, a mismatched key, damage) is an error.
    Result<QDateTime> checkIssued(const IssuedCertificate &issued) const;

    // A DNS name acceptable in a certificate: letters, digits and hyphens in dot-separated labels of at
    // most 63 characters, 253 in all. Anything else (commas, spaces, slashes...) is refused, never encoded.
    static bool isValidDnsName(const QString &name);

private:
    struct Private;
    explicit CertificateAuthority(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace quayside
