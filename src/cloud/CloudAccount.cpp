#include "cloud/CloudAccount.h"

#include <QRegularExpression>

namespace quayside {

QString CloudAccount::secretKind(CloudAuthMethod method)
{
    switch (method) {
    case CloudAuthMethod::RackspaceApiKey: return QStringLiteral("rackspace-apikey");
    case CloudAuthMethod::KeystoneV2Password: return QStringLiteral("keystone2-password");
    case CloudAuthMethod::KeystoneV3Password: return QStringLiteral("keystone3-password");
    case CloudAuthMethod::KeystoneV3ApplicationCredential: return QStringLiteral("keystone3-appcred");
    }
    return QStringLiteral("unknown");
}

bool CloudAccount::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}\\z"));
    return pattern.match(id).hasMatch();
}

QString CloudAccount::secretKey() const
{
    // The host (and a port other than the default) keeps accounts of two clouds apart even when the user
    // gave them the same id; the id keeps two accounts at one cloud apart.
    QString host = authUrl.host().toLower();
    if (authUrl.port() > 0)
        host += QLatin1Char(':') + QString::number(authUrl.port());
    return QStringLiteral("quayside/%1/%2/%3").arg(secretKind(method), host, id);
}

bool CloudAccount::operator==(const CloudAccount &other) const
{
    return id == other.id && displayName == other.displayName && method == other.method && authUrl == other.authUrl &&
           region == other.region && interface == other.interface && userName == other.userName &&
           userId == other.userId && userDomainName == other.userDomainName && userDomainId == other.userDomainId &&
           projectName == other.projectName && projectId == other.projectId &&
           projectDomainName == other.projectDomainName && projectDomainId == other.projectDomainId &&
           applicationCredentialId == other.applicationCredentialId &&
           applicationCredentialName == other.applicationCredentialName;
}

} // namespace quayside
