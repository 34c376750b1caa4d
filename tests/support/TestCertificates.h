#pragma once

#include <QString>
#include <QStringList>

namespace quayside::test {

// A throw-away certificate authority made with the openssl command (independent of Quayside's own
// src/pki, so tests of that code are checked against a second implementation). ECDSA P-256, valid 2 days.
class TestCertificates
{
public:
    // Creates ca.pem and ca-key.pem in `directory`.
    bool createAuthority(const QString &directory, const QString &commonName);
    // Issues <name>-cert.pem and <name>-key.pem. subjectAltNames like "IP:127.0.0.1", "DNS:localhost".
    bool issueServer(const QString &name, const QString &commonName, const QStringList &subjectAltNames);
    bool issueClient(const QString &name, const QString &commonName);

    QString authorityCertificate() const;
    QString certificate(const QString &name) const;
    QString privateKey(const QString &name) const;
    QString errorString() const { return m_error; }

private:
    bool issue(const QString &name, const QString &commonName, const QString &extensions);
    bool run(const QStringList &arguments);

    QString m_directory;
    QString m_error;
};

} // namespace quayside::test
