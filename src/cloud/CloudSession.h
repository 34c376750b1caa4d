#pragma once

#include "cloud/CloudAccount.h"
#include "cloud/CloudHttp.h"
#include "cloud/KeystoneClient.h"

#include <QObject>

#include <optional>

namespace quayside {

// One signed-in account: it signs in when first needed, keeps the token, renews it before it runs out and
// once more when a service answers 401 (a token revoked or expired early), and sends the services'
// requests with it. Callers queue behind a sign-in in flight rather than each starting their own.
class CloudSession : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // A token is renewed when less than this is left of it.
    static constexpr int kRenewBeforeS = 300;
    void setRenewBeforeSeconds(int seconds) { m_renewBeforeS = seconds; }

    CloudSession(CloudAccount account, QByteArray secret, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CloudSession() override;

    const CloudAccount &account() const { return m_account; }
    KeystoneClient &keystone() { return m_keystone; }
    // The account's region, or the one the identity service named as the user's default (Rackspace).
    QString region() const;
    // Sends the services' requests to another region of the same cloud from now on. The token stays: its
    // catalog lists every region.
    void setRegion(const QString &region) { m_account.region = region; }
    // How many times it signed in (for tests and the log view).
    int signIns() const { return m_signIns; }

    // A token good for at least the renewal margin (kRenewBeforeS) more.
    void token(QObject *context, Callback<KeystoneToken> done);
    // The URL of a service in the account's region and interface.
    void endpoint(const QString &serviceType, const QString &preferredName, QObject *context, Callback<QUrl> done);

    // Sends `request` to the service, its URL taken as relative to the service's endpoint (path and
    // query), with the token; on 401 signs in again once and sends it again: the 401 means nothing was done.
    void send(CloudHttp &http, const QString &serviceType, const QString &preferredName, const CloudRequest &request,
              QObject *context, Callback<CloudResponse> done);

Q_SIGNALS:
    void signedIn(const QDateTime &expiresAt);

private:
    void signIn();
    void sendWithToken(CloudHttp &http, const QString &serviceType, const QString &preferredName,
                       const CloudRequest &request, QObject *context, Callback<CloudResponse> done, bool mayRenew);

    CloudAccount m_account;
    QByteArray m_secret;
    KeystoneClient m_keystone;
    std::optional<KeystoneToken> m_token;
    bool m_signingIn = false;
    int m_signIns = 0;
    int m_renewBeforeS = kRenewBeforeS;
    QList<std::function<void(const Result<KeystoneToken> &)>> m_waiting;
};

} // namespace quayside
