#pragma once

#include "docker/DockerApiVersion.h"
#include "docker/DockerTypes.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace quayside {

// Where an engine is and how to prove who we are: https://host:2376 with the fleet's CA and Quayside's
// client certificate. `name` is how messages call it (a host name).
struct DockerEndpoint
{
    QString name;
    QUrl url;
    QSslConfiguration tls;
};

struct ContainerLogs
{
    QByteArray out;
    QByteArray err;
};

// A long-lived response (events, followed logs): cancel() ends it; the client deletes it once ended.
class DockerStream : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void cancel();
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    // The engine accepted the request and the stream is flowing; engineTimeNano is the engine's clock
    // at that moment (whole seconds, from its Date header), or 0 when it did not say.
    void opened(qint64 engineTimeNano);

private:
    friend class DockerClient;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
};

// An asynchronous client of one Docker Engine's REST API over mutual TLS, on an injected
// QNetworkAccessManager. The API version is negotiated with the engine before the first versioned call.
// Every call finishes exactly once with a Result on the context's thread (not at all if the context is
// gone); every request has a timeout; destroying the client aborts what is in flight.
class DockerClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using LineCallback = std::function<void(const QString &line)>;
    using OutputCallback = std::function<void(int stream, const QByteArray &data)>;
    using EventCallback = std::function<void(const DockerEvent &event)>;

    DockerClient(DockerEndpoint endpoint, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DockerClient() override;

    const DockerEndpoint &endpoint() const { return m_endpoint; }
    std::optional<DockerApiVersion> apiVersion() const { return m_apiVersion; }
    // For ordinary requests; builds and image uploads use it as the longest silence they allow.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    void ping(QObject *context, Callback<void> done);
    void version(QObject *context, Callback<DockerVersion> done);
    void info(QObject *context, Callback<DockerInfo> done);

    void images(QObject *context, Callback<QList<DockerImage>> done);
    void inspectImage(const QString &name, QObject *context, Callback<DockerImage> done);
    void removeImage(const QString &name, bool force, QObject *context, Callback<void> done);
    // Builds from a tar of the build context (BuildContext makes one); each output line is passed to
    // `progress`; finishes with the new image's id.
    void buildImage(const QByteArray &contextTar, const QString &tag, const QString &dockerfile, QObject *context,
                    LineCallback progress, Callback<QString> done);
    // The same with build arguments and labels.
    void buildImage(const QByteArray &contextTar, const ImageBuild &build, QObject *context, LineCallback progress,
                    Callback<QString> done);
    // `docker load`: a tar made by `docker save`; finishes with the names of the loaded images.
    void loadImage(const QByteArray &imageTar, QObject *context, Callback<QStringList> done);
    // `docker import`: a root file system tar becomes an image named `reference` (repository:tag).
    void importImage(const QByteArray &rootfsTar, const QString &reference, const QStringList &changes,
                     QObject *context, Callback<QString> done);

    void createContainer(const ContainerSpec &spec, QObject *context, Callback<QString> done);
    void startContainer(const QString &id, QObject *context, Callback<void> done);
    void stopContainer(const QString &id, int graceSeconds, QObject *context, Callback<void> done);
    void restartContainer(const QString &id, int graceSeconds, QObject *context, Callback<void> done);
    void removeContainer(const QString &id, bool force, QObject *context, Callback<void> done);
    // Containers carrying every one of `labels` (all states when `all`).
    void containers(const QMap<QString, QString> &labels, bool all, QObject *context,
                    Callback<QList<ContainerSummary>> done);
    void inspectContainer(const QString &id, QObject *context, Callback<ContainerDetails> done);
    void logs(const QString &id, int tailLines, QObject *context, Callback<ContainerLogs> done);
    // Follows a container's output until it stops or the stream is cancelled; nullptr if `id` is refused
    // (`ended` then gets the error).
    DockerStream *followLogs(const QString &id, QObject *context, OutputCallback output, Callback<void> ended);
    void stats(const QString &id, QObject *context, Callback<ContainerStats> done);
    // The engine's event stream from `sinceNano` (0: from now), filtered like `docker events --filter`.
    // DockerEventStream adds reconnection on top.
    DockerStream *events(qint64 sinceNano, const QMap<QString, QStringList> &filters, QObject *context,
                         EventCallback onEvent, Callback<void> ended);

    // What may name a container (an id or a name) or an image (repository[:tag][@digest], or an id).
    // Anything else is refused with InvalidInput before a request is made.
    static bool isValidContainerReference(const QString &reference);
    static bool isValidImageReference(const QString &reference);

private:
    struct Request
    {
        QByteArray verb = "GET";
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        bool versioned = true;
        enum class Timeout { Whole, Idle, UntilHeaders } timeoutMode = Timeout::Whole;
    };
    struct Response
    {
        int status = 0;
        QByteArray body;
    };
    using ResponseHandler = std::function<void(const Result<Response> &)>;
    using ChunkHandler = std::function<void(const QByteArray &)>;

    // Sends once the API version is known; `onChunk`, when given, receives a 2xx body as it arrives.
    void send(const Request &request, QObject *context, ResponseHandler done, ChunkHandler onChunk = {},
              DockerStream *stream = nullptr);
    void sendNow(const Request &request, QObject *context, ResponseHandler done, ChunkHandler onChunk,
                 DockerStream *stream);
    void negotiate();
    // Delivers an error from a call that never reached the network, after the caller has returned.
    template<typename T>
    static void refuse(QObject *context, const Callback<T> &done, const Error &error);
    template<typename T>
    bool checkContainer(const QString &reference, QObject *context, const Callback<T> &done);
    template<typename T>
    bool checkImage(const QString &reference, QObject *context, const Callback<T> &done);
    // POST /containers/{id}/{action}, with ?t= when graceSeconds is not negative.
    void containerAction(const QString &id, const QString &action, int graceSeconds, QObject *context,
                         Callback<void> done);
    void expectNoContent(const Request &request, QObject *context, Callback<void> done);
    template<typename T>
    void fetch(const Request &request, QObject *context, Callback<T> done, Result<T> (*parse)(const QByteArray &));
    Error networkError(QNetworkReply *reply, bool timedOut, const QList<class QSslError> &sslErrors) const;
    Error httpError(int status, const QByteArray &body) const;

    DockerEndpoint m_endpoint;
    QPointer<QNetworkAccessManager> m_network;
    int m_timeoutMs = 30000;
    std::optional<DockerApiVersion> m_apiVersion;
    bool m_negotiating = false;
    QList<std::function<void(const std::optional<Error> &)>> m_waitingForVersion;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace quayside
