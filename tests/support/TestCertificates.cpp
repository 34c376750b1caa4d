#include "TestCertificates.h"

#include "ManagedProcess.h"

#include <QFile>
#include <QRandomGenerator>

namespace quayside::test {

namespace {
const QStringList kNewKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
}

bool TestCertificates::run(const QStringList &arguments)
{
    const ToolResult result = runTool(QStringLiteral("openssl"), arguments);
    if (!result.ok())
        m_error = result.describe(QStringLiteral("openssl"), arguments);
    return result.ok();
}

QString TestCertificates::authorityCertificate() const
{
    return m_directory + QStringLiteral("/ca.pem");
}

QString TestCertificates::certificate(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral("-cert.pem");
}

QString TestCertificates::privateKey(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral("-key.pem");
}

bool TestCertificates::createAuthority(const QString &directory, const QString &commonName)
{
    m_directory = directory;
    return run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kNewKey +
               QStringList{QStringLiteral("-keyout"), m_directory + QStringLiteral("/ca-key.pem"),
                           QStringLiteral("-out"), authorityCertificate(), QStringLiteral("-days"), QStringLiteral("2"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                           QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                           QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool TestCertificates::issueServer(const QString &name, const QString &commonName, const QStringList &subjectAltNames)
{
    return issue(
        name, commonName,
        QStringLiteral("subjectAltName=%1\nextendedKeyUsage=serverAuth\n").arg(subjectAltNames.join(QLatin1Char(','))));
}

bool TestCertificates::issueClient(const QString &name, const QString &commonName)
{
    return issue(name, commonName, QStringLiteral("extendedKeyUsage=clientAuth\n"));
}

bool TestCertificates::issue(const QString &name, const QString &commonName, const QString &extensions)
{
    const QString request = m_directory + QLatin1Char('/') + name + QStringLiteral(".csr");
    const QString extensionFile = m_directory + QLatin1Char('/') + name + QStringLiteral(".ext");
    QFile ext(extensionFile);
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write(extensions.toUtf8() +
                  "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n") < 0) {
        m_error = QStringLiteral("cannot write %1: %2").arg(extensionFile, ext.errorString());
        return false;
    }
    ext.close();
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + kNewKey +
             QStringList{QStringLiteral("-keyout"), privateKey(name), QStringLiteral("-out"), request,
                         QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName}))
        return false;
    const QString serial = QString::number(QRandomGenerator::global()->generate64() >> 2);
    return run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
                authorityCertificate(), QStringLiteral("-CAkey"), m_directory + QStringLiteral("/ca-key.pem"),
                QStringLiteral("-set_serial"), serial, QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-extfile"), extensionFile, QStringLiteral("-out"), certificate(name)});
}

} // namespace quayside::test
