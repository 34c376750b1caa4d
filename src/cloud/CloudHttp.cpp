#include "cloud/CloudHttp.h"

#include "core/BuildInfo.h"
#include "core/HttpDate.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstring>

namespace quayside {

namespace {

// The cloud's own explanation, from the shapes OpenStack services use for errors.
QString cloudMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.value(QLatin1String("message")).isString())
            return object.value(QLatin1String("message")).toString();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue message = it.value().toObject().value(QLatin1String("message"));
            if (message.isString())
                return message.toString();
        }
        return {};
    }
    // Plain text is passed on; an HTML error page from a proxy is not worth reading out.
    const QByteArray text = body.trimmed();
    if (text.isEmpty() || text.startsWith('<'))
        return {};
    return QString::fromUtf8(text.left(300));
}

// A request body that is read once and cannot be rewound.
class OnceReadableBody : public QIODevice
{
public:
    explicit OnceReadableBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count == 0 && m_position >= m_data.size() ? -1 : count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

struct CloudHttp::Attempt
{
    CloudRequest request;
    QPointer<QObject> context;
    Callback done;
    int number = 1;
    int rateLimitWaits = 0;
    int pauseMs = 0;
};

QByteArray CloudResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

CloudHttp::CloudHttp(QString serviceName, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
    , m_network(network)
{}

CloudHttp::~CloudHttp()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
    }
}

int CloudHttp::retryAfterSeconds(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds;
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

Error CloudHttp::errorFromResponse(const QString &serviceName, int status, const QByteArray &body,
                                   const QByteArray &retryAfter)
{
    QString said = cloudMessage(body);
    if (said.isEmpty())
        said = tr("HTTP %1").arg(status);
    switch (status) {
    case 400: return Error{Error::Kind::InvalidInput, status, tr("%1 refused the request: %2").arg(serviceName, said)};
    case 401:
        return Error{Error::Kind::Unauthorized, status,
                     tr("%1 did not accept the credentials (%2). Check the user name and the API key or "
                        "password of the account.")
                         .arg(serviceName, said)};
    case 403:
        return Error{Error::Kind::Unauthorized, status,
                     tr("%1 does not allow this (%2). The account may lack a role, or a quota is used up.")
                         .arg(serviceName, said)};
    case 404: return Error{Error::Kind::NotFound, status, tr("%1 has no such thing: %2").arg(serviceName, said)};
    case 409:
        return Error{Error::Kind::Conflict, status, tr("%1 refused because of a conflict: %2").arg(serviceName, said)};
    case 413:
    case 429: {
        const int seconds = retryAfterSeconds(retryAfter);
        return Error{Error::Kind::Http, status,
                     seconds >= 0 ? tr("%1 asks Quayside to slow down (%2); it can be tried again in %3 s.")
                                        .arg(serviceName, said)
                                        .arg(seconds)
                                  : tr("%1 refused the request as over a limit (%2). Check the account's quotas.")
                                        .arg(serviceName, said)};
    }
    default: break;
    }
    if (status >= 500)
        return Error{Error::Kind::Http, status,
                     tr("%1 failed (HTTP %2): %3. Try again later; if it goes on, check the cloud's status page.")
                         .arg(serviceName)
                         .arg(status)
                         .arg(said)};
    return Error{Error::Kind::Http, status, tr("%1 answered HTTP %2: %3").arg(serviceName).arg(status).arg(said)};
}

Error CloudHttp::networkError(QNetworkReply *reply, bool timedOut, const QUrl &url) const
{
    const QString where = url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    if (timedOut)
        return Error{Error::Kind::Timeout, 0,
                     tr("%1 at %2 did not answer within %3 s. The cloud may be slow or unreachable from here.")
                         .arg(m_serviceName, where)
                         .arg(m_policy.timeoutMs / 1000.0)};
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return Error{Error::Kind::Network, 0,
                     tr("The host name of %1 (%2) cannot be resolved. Check the address and the network.")
                         .arg(m_serviceName, url.host())};
    case QNetworkReply::ConnectionRefusedError:
        return Error{Error::Kind::Network, 0, tr("%1 at %2 refused the connection.").arg(m_serviceName, where)};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{Error::Kind::Tls, 0,
                     tr("The secure connection to %1 at %2 failed: %3. Its certificate is not trusted by this "
                        "system.")
                         .arg(m_serviceName, where, reply->errorString())};
    case QNetworkReply::OperationCanceledError:
        return Error{Error::Kind::Cancelled, 0, tr("The request to %1 was cancelled.").arg(m_serviceName)};
    default:
        return Error{Error::Kind::Network, 0,
                     tr("The connection to %1 at %2 failed: %3").arg(m_serviceName, where, reply->errorString())};
    }
}

void CloudHttp::send(const CloudRequest &request, QObject *context, Callback done)
{
    Q_ASSERT(context);
    auto attempt = std::make_shared<Attempt>();
    attempt->request = request;
    attempt->context = context;
    attempt->done = std::move(done);
    attempt->pauseMs = m_policy.firstPauseMs;
    sendAttempt(attempt);
}

void CloudHttp::sendAttempt(const std::shared_ptr<Attempt> &attempt)
{
    if (!attempt->context)
        return;
    if (!m_network) {
        attempt->done(Error{Error::Kind::Internal, 0, tr("No network access for %1.").arg(m_serviceName)});
        return;
    }
    const CloudRequest &request = attempt->request;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    networkRequest.setRawHeader(QByteArrayLiteral("User-Agent"), "Quayside/" + BuildInfo::version().toLatin1());
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    // Only the method and address: bodies and headers may hold credentials and tokens.
    qCDebug(lcCloud) << request.verb.constData() << request.url.toString(QUrl::RemoveUserInfo) << "attempt"
                     << attempt->number;
    QNetworkReply *reply = nullptr;
    if (request.isRepeatable()) {
        reply = m_network->sendCustomRequest(networkRequest, request.verb, request.body);
    } else {
        // Qt sends a request again by itself when the connection closes before any reply, whatever the
        // method: a create could reach the cloud twice. A body that can be read only once, unbuffered,
        // cannot be sent again, so Qt reports the failure instead, and Quayside decides what to do.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OnceReadableBody(request.body);
        reply = m_network->sendCustomRequest(networkRequest, request.verb, body);
        body->setParent(reply);
    }
    m_inFlight << reply;

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_policy.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply, timedOut] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        finishAttempt(attempt, reply, *timedOut);
    });
}

void CloudHttp::finishAttempt(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply, bool timedOut)
{
    if (!attempt->context)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const auto again = [this, attempt](int pauseMs) {
        QTimer::singleShot(pauseMs, this, [this, attempt] { sendAttempt(attempt); });
    };

    if (status == 413 || status == 429) {
        const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        const int seconds = retryAfterSeconds(retryAfter);
        if (seconds >= 0 && seconds <= m_policy.longestRetryAfterS &&
            attempt->rateLimitWaits < m_policy.rateLimitWaits) {
            ++attempt->rateLimitWaits;
            qCInfo(lcCloud) << m_serviceName << "asks to wait" << seconds << "s before"
                            << attempt->request.verb.constData() << attempt->request.url.path();
            again(seconds * 1000);
            return;
        }
        attempt->done(errorFromResponse(m_serviceName, status, body, retryAfter));
        return;
    }

    // Failures in passing: the cloud's own 5xx, a timeout, a dropped connection (also in the middle of a
    // 2xx body). A name that does not resolve or a certificate that is not trusted will not pass by itself.
    const QNetworkReply::NetworkError failure = reply->error();
    const bool passing = status >= 500 || (status < 300 && failure != QNetworkReply::NoError &&
                                           failure != QNetworkReply::HostNotFoundError &&
                                           failure != QNetworkReply::SslHandshakeFailedError);
    if (passing && attempt->request.isRepeatable() && attempt->number < m_policy.attempts) {
        qCInfo(lcCloud) << attempt->request.verb.constData() << attempt->request.url.path() << "failed"
                        << (status ? QString::number(status) : reply->errorString()) << "- trying again in"
                        << attempt->pauseMs << "ms";
        ++attempt->number;
        const int pause = attempt->pauseMs;
        attempt->pauseMs *= 2;
        again(pause);
        return;
    }
    if (status == 0) {
        attempt->done(networkError(reply, timedOut, attempt->request.url));
        return;
    }
    if (status >= 300) {
        attempt->done(errorFromResponse(m_serviceName, status, body));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // A 2xx whose body was cut short.
        attempt->done(networkError(reply, timedOut, attempt->request.url));
        return;
    }
    CloudResponse response;
    response.status = status;
    response.body = body;
    response.headers = reply->rawHeaderPairs();
    attempt->done(response);
}

} // namespace quayside
