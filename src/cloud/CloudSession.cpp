#include "cloud/CloudSession.h"

#include "core/Logging.h"

#include <QPointer>

namespace quayside {

CloudSession::CloudSession(CloudAccount account, QByteArray secret, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_secret(std::move(secret))
    , m_keystone(network, this)
{}

CloudSession::~CloudSession()
{
    // The secret and token leave memory with the session.
    m_secret.fill('\0');
    if (m_token)
        m_token->id.fill('\0');
}

QString CloudSession::region() const
{
    if (!m_account.region.isEmpty() || !m_token)
        return m_account.region;
    return m_token->defaultRegion;
}

void CloudSession::token(QObject *context, Callback<KeystoneToken> done)
{
    QPointer<QObject> guard(context);
    if (m_token && QDateTime::currentDateTimeUtc().msecsTo(m_token->expiresAt) > qint64(m_renewBeforeS) * 1000) {
        const KeystoneToken token = *m_token;
        // Asynchronous like a fresh sign-in, so callers have one path.
        QMetaObject::invokeMethod(
            this,
            [guard, done, token] {
                if (guard)
                    done(token);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiting << [guard, done](const Result<KeystoneToken> &token) {
        if (guard)
            done(token);
    };
    if (!m_signingIn)
        signIn();
}

void CloudSession::signIn()
{
    m_signingIn = true;
    m_token.reset();
    m_keystone.authenticate(m_account, m_secret, this, [this](const Result<KeystoneToken> &token) {
        m_signingIn = false;
        ++m_signIns;
        if (token) {
            m_token = token.value();
            qCInfo(lcCloud) << "signed in as" << m_account.id << "until" << token.value().expiresAt;
            Q_EMIT signedIn(token.value().expiresAt);
        }
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &callback : waiting)
            callback(token);
    });
}

void CloudSession::endpoint(const QString &serviceType, const QString &preferredName, QObject *context,
                            Callback<QUrl> done)
{
    token(context, [this, serviceType, preferredName, done](const Result<KeystoneToken> &token) {
        if (!token) {
            done(token.error());
            return;
        }
        done(token.value().catalog.endpoint(serviceType, region(), m_account.interface, preferredName));
    });
}

void CloudSession::send(CloudHttp &http, const QString &serviceType, const QString &preferredName,
                        const CloudRequest &request, QObject *context, Callback<CloudResponse> done)
{
    sendWithToken(http, serviceType, preferredName, request, context, std::move(done), true);
}

void CloudSession::sendWithToken(CloudHttp &http, const QString &serviceType, const QString &preferredName,
                                 const CloudRequest &request, QObject *context, Callback<CloudResponse> done,
                                 bool mayRenew)
{
    QPointer<CloudHttp> httpGuard(&http);
    QPointer<QObject> guard(context);
    token(context, [=](const Result<KeystoneToken> &token) {
        if (!httpGuard || !guard)
            return;
        if (!token) {
            done(token.error());
            return;
        }
        auto base = token.value().catalog.endpoint(serviceType, region(), m_account.interface, preferredName);
        if (!base) {
            done(base.error());
            return;
        }
        CloudRequest sent = request;
        QUrl url = base.value();
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + request.url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
        if (request.url.hasQuery())
            url.setQuery(request.url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
        sent.url = url;
        sent.headers << qMakePair(QByteArrayLiteral("X-Auth-Token"), token.value().id);
        const QByteArray usedToken = token.value().id;
        httpGuard->send(sent, guard, [=](const Result<CloudResponse> &response) {
            if (!response && response.error().httpStatus == 401 && mayRenew && httpGuard) {
                // Renew only if no one else has already: the token we used may be long replaced.
                if (m_token && m_token->id == usedToken)
                    m_token.reset();
                qCInfo(lcCloud) << "the token of" << m_account.id << "was refused; signing in again";
                sendWithToken(*httpGuard, serviceType, preferredName, request, guard, done, false);
                return;
            }
            done(response);
        });
    });
}

} // namespace quayside
