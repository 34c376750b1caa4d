#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace quayside {

// How an account proves who it is to the cloud's identity service.
enum class CloudAuthMethod {
    RackspaceApiKey,                 // Identity v2.0, username + API key (RAX-KSKEY:apiKeyCredentials)
    KeystoneV2Password,              // Keystone v2.0, username + password + tenant, for old clouds
    KeystoneV3Password,              // Keystone v3, user/project/domain + password
    KeystoneV3ApplicationCredential, // Keystone v3, application credential id (or name + user) + secret
};

// Which of an endpoint's URLs to use: public, or internal (Rackspace's ServiceNet) when Quayside itself
// runs inside the cloud.
enum class EndpointInterface { Public, Internal };

// One cloud account, as the user sees it and as QSettings keeps it. It holds no secret: the API key,
// password or application-credential secret lives in the keychain under secretKey().
struct CloudAccount
{
    QString id;          // unique among the user's accounts; a-z, 0-9, '-' and '_'
    QString displayName; // what the user calls it ("Rackspace London", "OVH GRA")
    CloudAuthMethod method = CloudAuthMethod::KeystoneV3Password;
    QUrl authUrl;   // the identity endpoint, e.g. https://identity.api.rackspacecloud.com/v2.0
    QString region; // DFW, ORD, IAD, LON, SYD, HKG, or the cloud's own; empty: the catalog's only one
    EndpointInterface interface = EndpointInterface::Public;

    QString userName;
    QString userId;
    QString userDomainName; // v3; "Default" when the cloud says nothing
    QString userDomainId;
    QString projectName; // v3 project, v2.0 tenant
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialName;

    // The keychain entry holding this account's secret: quayside/<kind>/<auth-host>/<account-id>, e.g.
    // quayside/rackspace-apikey/identity.api.rackspacecloud.com/my-account.
    QString secretKey() const;
    // The part of secretKey() that names the kind of secret.
    static QString secretKind(CloudAuthMethod method);
    static bool isValidId(const QString &id);

    // Rackspace's identity endpoints.
    static QUrl rackspaceUsIdentity() { return QUrl(QStringLiteral("https://identity.api.rackspacecloud.com/v2.0")); }
    static QUrl rackspaceUkIdentity()
    {
        return QUrl(QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0"));
    }

    bool operator==(const CloudAccount &other) const;
};

} // namespace quayside
