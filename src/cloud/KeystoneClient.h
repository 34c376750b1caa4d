#pragma once

#include "cloud/CloudAccount.h"
#include "cloud/CloudHttp.h"
#include "cloud/ServiceCatalog.h"

#include <QDateTime>
#include <QObject>

namespace quayside {

// What the identity service hands out. The token id is a secret: it is sent as X-Auth-Token and never
// written anywhere else.
struct KeystoneToken
{
    QByteArray id;
    // When the token stops working, on this machine's clock: the cloud's expiry shifted by the difference
    // between its clock and ours, so a machine whose clock is off neither renews in a loop nor too late.
    QDateTime expiresAt;
    QString userId;
    QString userName;
    QString projectId; // v3 project, v2.0 tenant
    QString projectName;
    QString defaultRegion; // Rackspace names the user's default region
    ServiceCatalog catalog;
};

// Signs in to Keystone v2.0 (and Rackspace Identity, whose v2.0 takes an API key) or v3, by password or
// application credential, and reads the token and service catalog.
class KeystoneClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    explicit KeystoneClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    CloudHttp &http() { return m_http; }

    // Whether a sign-in asks for a token of the account's project, or for one of the user alone.
    enum class Scope { Project, Unscoped };

    // `secret`: the API key, password or application-credential secret of the account.
    void authenticate(const CloudAccount &account, const QByteArray &secret, QObject *context,
                      Callback<KeystoneToken> done);
    // Signs in without naming the project (Keystone v2.0 and v3 passwords only) and succeeds if the identity
    // service accepts the user and password. A project-scoped sign-in refused with 401 does not say whether
    // the user or the project was wrong; this tells the two apart. The token is not kept.
    void checkUserUnscoped(const CloudAccount &account, const QByteArray &secret, QObject *context,
                           Callback<void> done);
    static bool canSignInUnscoped(CloudAuthMethod method);

    // The request body of each method, for tests and for nothing else: it holds the secret.
    static Result<QByteArray> requestBody(const CloudAccount &account, const QByteArray &secret,
                                          Scope scope = Scope::Project);
    // Where the request goes: <auth url>/tokens (v2.0) or <auth url>/auth/tokens (v3).
    static Result<QUrl> tokensUrl(const CloudAccount &account);
    static Result<KeystoneToken> readV2(const QByteArray &body, const QDateTime &cloudNow);
    static Result<KeystoneToken> readV3(const QByteArray &tokenId, const QByteArray &body, const QDateTime &cloudNow);
    // An ISO 8601 time as Keystone writes it, with or without fractions and zone (UTC is meant).
    static QDateTime parseTime(const QString &text);

private:
    void finishEarly(QObject *context, const std::function<void()> &report);
    static Result<CloudRequest> tokensRequest(const CloudAccount &account, const QByteArray &secret, Scope scope);

    CloudHttp m_http;
};

} // namespace quayside
