#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace quayside {

struct CloudRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body; // JSON, or empty
    QList<QPair<QByteArray, QByteArray>> headers;
    // A POST that only reads (a server action such as os-getConsoleOutput) may say so, and is then repeated
    // like a GET. Never set on anything that creates or changes: a second create bills a second server.
    bool readOnly = false;
    // Only a request that changes nothing is repeated after a failure the cloud may not have seen.
    bool isRepeatable() const { return verb == "GET" || verb == "HEAD" || readOnly; }
};

struct CloudResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

// HTTP for the cloud's APIs (Keystone, Nova, Glance): asynchronous through QNetworkAccessManager, every
// request with a timeout, and the cloud's errors turned into typed errors with the cloud's own words.
//
// What it repeats, and what never:
// - 413 and 429 with a Retry-After: the cloud refused the request unprocessed and said when to come back,
//   so any request is sent again after that wait (up to a limit).
// - 5xx, timeouts and dropped connections: a GET (or a POST marked readOnly) is sent again with growing
//   pauses. Anything else is not:
//   a POST that may have reached the cloud is never repeated blindly (a second server would bill too);
//   the caller decides, e.g. by looking for what it asked to create.
// Bodies are never logged: requests to the identity service carry passwords and API keys.
class CloudHttp : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<CloudResponse> &)>;

    struct Policy
    {
        int timeoutMs = 30000;
        int attempts = 4;             // for a repeatable request that failed in passing
        int firstPauseMs = 500;       // doubled after each failed attempt
        int rateLimitWaits = 3;       // how many Retry-After waits one request may sit through
        int longestRetryAfterS = 120; // a longer wait is reported instead of sat through
    };

    CloudHttp(QString serviceName, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CloudHttp() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }
    QString serviceName() const { return m_serviceName; }

    void send(const CloudRequest &request, QObject *context, Callback done);

    // The cloud's error in words a person can act on, with its own message where it gave one (Nova's
    // {"itemNotFound": {"message": ...}}, Keystone's {"error": {"message": ...}}, and the like).
    static Error errorFromResponse(const QString &serviceName, int status, const QByteArray &body,
                                   const QByteArray &retryAfter = {});
    // Retry-After in seconds: a number of seconds or an HTTP date; -1 when absent or unreadable.
    static int retryAfterSeconds(const QByteArray &value);

private:
    struct Attempt;
    void sendAttempt(const std::shared_ptr<Attempt> &attempt);
    void finishAttempt(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply, bool timedOut);
    Error networkError(QNetworkReply *reply, bool timedOut, const QUrl &url) const;

    QString m_serviceName;
    QPointer<QNetworkAccessManager> m_network;
    Policy m_policy;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace quayside
