#include "docker/DockerClient.h"

#include "core/HttpDate.h"
#include "core/Logging.h"
#include "docker/DockerStreams.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace quayside {

namespace {

// An HTTP Date header in nanoseconds since the epoch, or 0.
qint64 httpDateNano(const QByteArray &header)
{
    const QDateTime time = parseHttpDate(header);
    return time.isValid() ? time.toSecsSinceEpoch() * 1000000000 : 0;
}

} // namespace

void DockerStream::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

DockerClient::DockerClient(DockerEndpoint endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(network)
{}

DockerClient::~DockerClient()
{
    // Abort what is in flight without running callbacks into a half-destroyed caller.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
    }
}

Error DockerClient::networkError(QNetworkReply *reply, bool timedOut, const QList<QSslError> &sslErrors) const
{
    const QString where = m_endpoint.name;
    if (timedOut)
        return Error{Error::Kind::Timeout, 0,
                     tr("The Docker Engine at %1 did not answer within %2 s. The host may be overloaded or a "
                        "firewall may be dropping port %3.")
                         .arg(where)
                         .arg(m_timeoutMs / 1000.0)
                         .arg(m_endpoint.url.port())};
    for (const QSslError &error : sslErrors) {
        if (error.error() == QSslError::HostNameMismatch) {
            const auto names = error.certificate().subjectAlternativeNames();
            QStringList listed;
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                listed << it.value();
            return Error{Error::Kind::CertificateNameMismatch, 0,
                         tr("The Docker Engine at %1 presented a certificate for other names (%2), not for %3. "
                            "Re-issue the host's server certificate with every address it is reached by.")
                             .arg(where, listed.join(QStringLiteral(", ")), m_endpoint.url.host())};
        }
    }
    if (!sslErrors.isEmpty())
        return Error{Error::Kind::Tls, 0,
                     tr("Quayside refused the certificate of the Docker Engine at %1: %2. It was not issued by "
                        "this fleet's certificate authority; re-run the host's Docker setup to install one that is.")
                         .arg(where, sslErrors.first().errorString())};
    const QString detail = reply->errorString();
    // The engine's refusal of our client certificate arrives as a TLS alert, during or (TLS 1.3) just
    // after the handshake.
    if (detail.contains(QLatin1String("alert"), Qt::CaseInsensitive))
        return Error{Error::Kind::Tls, 0,
                     tr("The Docker Engine at %1 refused Quayside's client certificate (%2). The daemon trusts "
                        "another certificate authority; re-run the host's Docker setup to install this fleet's.")
                         .arg(where, detail)};
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error{Error::Kind::Tls, 0,
                     tr("The TLS handshake with the Docker Engine at %1 failed: %2").arg(where, detail)};
    case QNetworkReply::ConnectionRefusedError:
        return Error{Error::Kind::Network, 0,
                     tr("%1 refused the connection on port %2: is the Docker daemon running and listening there "
                        "with TLS?")
                         .arg(where)
                         .arg(m_endpoint.url.port())};
    case QNetworkReply::HostNotFoundError:
        return Error{Error::Kind::Network, 0,
                     tr("The host name of %1 (%2) cannot be resolved.").arg(where, m_endpoint.url.host())};
    case QNetworkReply::OperationCanceledError:
        return Error{Error::Kind::Cancelled, 0, tr("The request to the Docker Engine at %1 was cancelled.").arg(where)};
    default:
        return Error{Error::Kind::Network, 0,
                     tr("The connection to the Docker Engine at %1 failed: %2").arg(where, detail)};
    }
}

Error DockerClient::httpError(int status, const QByteArray &body) const
{
    const QString message = DockerJson::errorMessage(body);
    const QString where = m_endpoint.name;
    if (status == 400 && message.contains(QLatin1String("HTTPS server")))
        return Error{Error::Kind::Tls, status,
                     tr("The Docker Engine at %1 speaks only TLS: use an https:// address.").arg(where)};
    switch (status) {
    case 404: return Error{Error::Kind::NotFound, status, tr("%1 (on %2)").arg(message, where)};
    case 409: return Error{Error::Kind::Conflict, status, tr("%1 (on %2)").arg(message, where)};
    case 401:
    case 403: return Error{Error::Kind::Unauthorized, status, tr("%1 (on %2)").arg(message, where)};
    case 400:
        return Error{Error::Kind::InvalidInput, status,
                     tr("The Docker Engine at %1 refused the request: %2").arg(where, message)};
    default:
        return Error{Error::Kind::Http, status,
                     tr("The Docker Engine at %1 failed (HTTP %2): %3").arg(where).arg(status).arg(message)};
    }
}

void DockerClient::negotiate()
{
    if (m_negotiating)
        return;
    m_negotiating = true;
    Request request;
    request.path = QStringLiteral("/version");
    request.versioned = false;
    sendNow(
        request, this,
        [this](const Result<Response> &response) {
            m_negotiating = false;
            std::optional<Error> failure;
            if (!response) {
                failure = response.error();
            } else {
                const auto version = DockerJson::version(response.value().body);
                if (!version) {
                    failure = version.error();
                } else {
                    const auto chosen = DockerApiNegotiation::negotiate(version.value().apiVersion,
                                                                        version.value().minApiVersion, m_endpoint.name);
                    if (chosen) {
                        m_apiVersion = chosen.value();
                        qCInfo(lcDocker) << m_endpoint.name << "engine" << version.value().version << "API"
                                         << m_apiVersion->toString();
                    } else {
                        failure = chosen.error();
                    }
                }
            }
            const auto waiting = std::exchange(m_waitingForVersion, {});
            for (const auto &resume : waiting)
                resume(failure);
        },
        {}, nullptr);
}

void DockerClient::send(const Request &request, QObject *context, ResponseHandler done, ChunkHandler onChunk,
                        DockerStream *stream)
{
    if (!request.versioned || m_apiVersion) {
        sendNow(request, context, std::move(done), std::move(onChunk), stream);
        return;
    }
    QPointer<QObject> guard(context);
    m_waitingForVersion << [this, request, guard, done, onChunk, stream](const std::optional<Error> &failure) {
        if (!guard)
            return;
        if (failure)
            done(*failure);
        else if (stream && stream->isCancelled())
            done(Error{Error::Kind::Cancelled, 0, tr("The stream from %1 was cancelled.").arg(m_endpoint.name)});
        else
            sendNow(request, guard, done, onChunk, stream);
    };
    negotiate();
}

void DockerClient::sendNow(const Request &request, QObject *context, ResponseHandler done, ChunkHandler onChunk,
                           DockerStream *stream)
{
    if (!m_network) {
        done(Error{Error::Kind::Internal, 0, tr("No network access for %1.").arg(m_endpoint.name)});
        return;
    }
    QUrl url = m_endpoint.url;
    url.setPath((request.versioned ? QStringLiteral("/v") + m_apiVersion->toString() : QString()) + request.path);
    url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    // TLS 1.2: there the engine checks the client certificate inside the handshake, so a refusal arrives as
    // a handshake alert that says which side refused and why. Under TLS 1.3 it comes after the handshake
    // and often reads as a plain dropped connection.
    QSslConfiguration tls = m_endpoint.tls;
    tls.setProtocol(QSsl::TlsV1_2);
    networkRequest.setSslConfiguration(tls);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    qCDebug(lcDocker) << request.verb.constData() << url.toString(QUrl::RemoveUserInfo) << request.body.size()
                      << "bytes";
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.verb, request.body);
    m_inFlight << reply;
    if (stream)
        stream->m_reply = reply;

    struct State
    {
        bool timedOut = false;
        QList<QSslError> sslErrors;
        QByteArray errorBody;
    };
    auto state = std::make_shared<State>();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start();

    connect(reply, &QNetworkReply::sslErrors, reply,
            [state](const QList<QSslError> &errors) { state->sslErrors = errors; });
    if (request.timeoutMode == Request::Timeout::UntilHeaders)
        connect(reply, &QNetworkReply::metaDataChanged, timer, &QTimer::stop);
    if (stream) {
        connect(reply, &QNetworkReply::metaDataChanged, stream, [reply, stream] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status >= 300)
                return;
            // The engine's own clock, from its Date header (RFC 7231, whole seconds), or 0 without one.
            Q_EMIT stream->opened(httpDateNano(reply->rawHeader(QByteArrayLiteral("Date"))));
        });
    }
    if (onChunk) {
        const bool idle = request.timeoutMode == Request::Timeout::Idle;
        connect(reply, &QNetworkReply::readyRead, context, [reply, onChunk, state, timer, idle] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 300) {
                state->errorBody += reply->readAll();
                return;
            }
            if (idle)
                timer->start();
            onChunk(reply->readAll());
        });
    }
    connect(reply, &QNetworkReply::finished, context, [this, reply, state, done, onChunk] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status >= 300) {
            done(httpError(status, state->errorBody + rest));
        } else if (reply->error() != QNetworkReply::NoError) {
            done(networkError(reply, state->timedOut, state->sslErrors));
        } else {
            if (onChunk && !rest.isEmpty())
                onChunk(rest);
            done(Response{status, onChunk ? QByteArray() : rest});
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
    });
}

void DockerClient::expectNoContent(const Request &request, QObject *context, Callback<void> done)
{
    send(request, context, [done](const Result<Response> &response) {
        if (!response)
            done(response.error());
        else
            done(Result<void>());
    });
}

template<typename T>
void DockerClient::fetch(const Request &request, QObject *context, Callback<T> done,
                         Result<T> (*parse)(const QByteArray &))
{
    send(request, context, [done, parse](const Result<Response> &response) {
        if (!response)
            done(response.error());
        else
            done(parse(response.value().body));
    });
}

void DockerClient::ping(QObject *context, Callback<void> done)
{
    Request request;
    request.path = QStringLiteral("/_ping");
    request.versioned = false;
    send(request, context, [this, done](const Result<Response> &response) {
        if (!response)
            done(response.error());
        else if (response.value().body.trimmed() != "OK")
            done(Error{
                Error::Kind::Protocol, 0,
                tr("%1 answered the ping with something other than a Docker Engine's \"OK\".").arg(m_endpoint.name)});
        else
            done(Result<void>());
    });
}

void DockerClient::version(QObject *context, Callback<DockerVersion> done)
{
    Request request;
    request.path = QStringLiteral("/version");
    request.versioned = false;
    fetch<DockerVersion>(request, context, std::move(done), &DockerJson::version);
}

void DockerClient::info(QObject *context, Callback<DockerInfo> done)
{
    Request request;
    request.path = QStringLiteral("/info");
    fetch<DockerInfo>(request, context, std::move(done), &DockerJson::info);
}

void DockerClient::images(QObject *context, Callback<QList<DockerImage>> done)
{
    Request request;
    request.path = QStringLiteral("/images/json");
    fetch<QList<DockerImage>>(request, context, std::move(done), &DockerJson::images);
}

bool DockerClient::isValidContainerReference(const QString &reference)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}\\z"));
    return pattern.match(reference).hasMatch();
}

bool DockerClient::isValidImageReference(const QString &reference)
{
    // The grammar of Docker's reference package, without its rarely used corners.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:sha256:)?[a-f0-9]{12,64}"
                       "|(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?:"
                       ":[0-9]{1,5})?/)?"
                       "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
                       "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?)$"));
    return reference.size() <= 512 && pattern.match(reference).hasMatch();
}

template<typename T>
void DockerClient::refuse(QObject *context, const Callback<T> &done, const Error &error)
{
    QMetaObject::invokeMethod(
        context, [done, error] { done(error); }, Qt::QueuedConnection);
}

template<typename T>
bool DockerClient::checkContainer(const QString &reference, QObject *context, const Callback<T> &done)
{
    if (isValidContainerReference(reference))
        return true;
    refuse(context, done,
           Error{Error::Kind::InvalidInput, 0,
                 tr("\"%1\" cannot name a container: use letters, digits, \"_\", \".\" and \"-\".")
                     .arg(reference.left(80))});
    return false;
}

template<typename T>
bool DockerClient::checkImage(const QString &reference, QObject *context, const Callback<T> &done)
{
    if (isValidImageReference(reference))
        return true;
    refuse(context, done,
           Error{Error::Kind::InvalidInput, 0,
                 tr("\"%1\" cannot name an image: use a lowercase repository name with an optional :tag, as in "
                    "\"quayside/tomcat:10.1\".")
                     .arg(reference.left(80))});
    return false;
}

void DockerClient::inspectImage(const QString &name, QObject *context, Callback<DockerImage> done)
{
    if (!checkImage(name, context, done))
        return;
    Request request;
    request.path = QStringLiteral("/images/%1/json").arg(name);
    fetch<DockerImage>(request, context, std::move(done), &DockerJson::image);
}

void DockerClient::removeImage(const QString &name, bool force, QObject *context, Callback<void> done)
{
    if (!checkImage(name, context, done))
        return;
    Request request;
    request.verb = "DELETE";
    request.path = QStringLiteral("/images/%1").arg(name);
    request.query.addQueryItem(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    expectNoContent(request, context, std::move(done));
}

namespace {

// Reads a progress stream (build, load): lines go to `line`, the engine's error objects become the error,
// and aux.ID (the built image) is remembered.
struct ProgressReader
{
    JsonLineSplitter splitter;
    std::optional<QString> error;
    QString imageId;
    QStringList streamLines;

    void feed(const QByteArray &chunk, const DockerClient::LineCallback &line)
    {
        for (const QByteArray &document : splitter.feed(chunk))
            take(document, line);
    }
    void take(const QByteArray &document, const DockerClient::LineCallback &line)
    {
        const QJsonObject o = QJsonDocument::fromJson(document).object();
        if (o.isEmpty()) {
            error = DockerClient::tr("an unreadable progress line: %1").arg(QString::fromUtf8(document.left(200)));
            return;
        }
        const QString errorText = o.value(QLatin1String("errorDetail"))
                                      .toObject()
                                      .value(QLatin1String("message"))
                                      .toString(o.value(QLatin1String("error")).toString());
        if (!errorText.isEmpty())
            error = errorText;
        const QString id = o.value(QLatin1String("aux")).toObject().value(QLatin1String("ID")).toString();
        if (!id.isEmpty())
            imageId = id;
        QString text = o.value(QLatin1String("stream")).toString(o.value(QLatin1String("status")).toString());
        for (const QString &part : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            streamLines << part;
            if (line)
                line(part);
        }
    }
};

} // namespace

void DockerClient::buildImage(const QByteArray &contextTar, const QString &tag, const QString &dockerfile,
                              QObject *context, LineCallback progress, Callback<QString> done)
{
    buildImage(contextTar, ImageBuild{tag, dockerfile, {}, {}}, context, std::move(progress), std::move(done));
}

void DockerClient::buildImage(const QByteArray &contextTar, const ImageBuild &build, QObject *context,
                              LineCallback progress, Callback<QString> done)
{
    const QString &tag = build.tag;
    if (!checkImage(tag, context, done))
        return;
    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("/build");
    request.query.addQueryItem(QStringLiteral("t"), tag);
    request.query.addQueryItem(QStringLiteral("dockerfile"),
                               build.dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : build.dockerfile);
    const auto asJson = [](const QMap<QString, QString> &map) {
        QJsonObject object;
        for (auto it = map.begin(); it != map.end(); ++it)
            object.insert(it.key(), it.value());
        return QString::fromUtf8(
            QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))));
    };
    if (!build.buildArgs.isEmpty())
        request.query.addQueryItem(QStringLiteral("buildargs"), asJson(build.buildArgs));
    if (!build.labels.isEmpty())
        request.query.addQueryItem(QStringLiteral("labels"), asJson(build.labels));
    request.query.addQueryItem(QStringLiteral("rm"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("forcerm"), QStringLiteral("1"));
    request.body = contextTar;
    request.contentType = "application/x-tar";
    request.timeoutMode = Request::Timeout::Idle;
    auto reader = std::make_shared<ProgressReader>();
    send(
        request, context,
        [this, reader, progress, done, tag](const Result<Response> &response) {
            if (!response) {
                done(response.error());
                return;
            }
            if (!reader->splitter.remainder().isEmpty())
                reader->take(reader->splitter.remainder(), progress);
            if (reader->error)
                done(Error{Error::Kind::Http, 0,
                           tr("Building %1 on %2 failed: %3").arg(tag, m_endpoint.name, *reader->error)});
            else if (reader->imageId.isEmpty())
                done(Error{
                    Error::Kind::Protocol, 0,
                    tr("The build of %1 on %2 ended without naming the image it made.").arg(tag, m_endpoint.name)});
            else
                done(reader->imageId);
        },
        [reader, progress](const QByteArray &chunk) { reader->feed(chunk, progress); });
}

void DockerClient::loadImage(const QByteArray &imageTar, QObject *context, Callback<QStringList> done)
{
    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("/images/load");
    request.query.addQueryItem(QStringLiteral("quiet"), QStringLiteral("1"));
    request.body = imageTar;
    request.contentType = "application/x-tar";
    request.timeoutMode = Request::Timeout::Idle;
    auto reader = std::make_shared<ProgressReader>();
    send(
        request, context,
        [this, reader, done](const Result<Response> &response) {
            if (!response) {
                done(response.error());
                return;
            }
            if (!reader->splitter.remainder().isEmpty())
                reader->take(reader->splitter.remainder(), {});
            if (reader->error) {
                done(Error{Error::Kind::InvalidInput, 0,
                           tr("Loading the image into %1 failed: %2").arg(m_endpoint.name, *reader->error)});
                return;
            }
            QStringList loaded;
            for (const QString &line : reader->streamLines) {
                for (const QLatin1String prefix :
                     {QLatin1String("Loaded image: "), QLatin1String("Loaded image ID: ")}) {
                    if (line.startsWith(prefix))
                        loaded << line.mid(prefix.size()).trimmed();
                }
            }
            done(loaded);
        },
        [reader](const QByteArray &chunk) { reader->feed(chunk, {}); });
}

void DockerClient::importImage(const QByteArray &rootfsTar, const QString &reference, const QStringList &changes,
                               QObject *context, Callback<QString> done)
{
    if (!checkImage(reference, context, done))
        return;
    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("/images/create");
    request.query.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    const bool hasTag = colon > reference.lastIndexOf(QLatin1Char('/'));
    request.query.addQueryItem(QStringLiteral("repo"), hasTag ? reference.left(colon) : reference);
    request.query.addQueryItem(QStringLiteral("tag"), hasTag ? reference.mid(colon + 1) : QStringLiteral("latest"));
    for (const QString &change : changes)
        request.query.addQueryItem(QStringLiteral("changes"), change);
    request.body = rootfsTar;
    request.contentType = "application/x-tar";
    request.timeoutMode = Request::Timeout::Idle;
    auto reader = std::make_shared<ProgressReader>();
    send(
        request, context,
        [this, reader, done](const Result<Response> &response) {
            if (!response) {
                done(response.error());
                return;
            }
            if (!reader->splitter.remainder().isEmpty())
                reader->take(reader->splitter.remainder(), {});
            if (reader->error || reader->streamLines.isEmpty())
                done(Error{Error::Kind::InvalidInput, 0,
                           tr("Importing the image into %1 failed: %2")
                               .arg(m_endpoint.name, reader->error.value_or(tr("no image id in the reply")))});
            else
                done(reader->streamLines.last().trimmed());
        },
        [reader](const QByteArray &chunk) { reader->feed(chunk, {}); });
}

void DockerClient::createContainer(const ContainerSpec &spec, QObject *context, Callback<QString> done)
{
    if ((!spec.name.isEmpty() && !checkContainer(spec.name, context, done)) || !checkImage(spec.image, context, done))
        return;
    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("/containers/create");
    if (!spec.name.isEmpty())
        request.query.addQueryItem(QStringLiteral("name"), spec.name);
    request.body = DockerJson::containerCreateBody(spec);
    request.contentType = "application/json";
    fetch<QString>(request, context, std::move(done), &DockerJson::createdId);
}

void DockerClient::containerAction(const QString &id, const QString &action, int graceSeconds, QObject *context,
                                   Callback<void> done)
{
    if (!checkContainer(id, context, done))
        return;
    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("/containers/%1/%2").arg(id, action);
    if (graceSeconds >= 0)
        request.query.addQueryItem(QStringLiteral("t"), QString::number(graceSeconds));
    expectNoContent(request, context, std::move(done));
}

void DockerClient::startContainer(const QString &id, QObject *context, Callback<void> done)
{
    containerAction(id, QStringLiteral("start"), -1, context, std::move(done));
}

void DockerClient::stopContainer(const QString &id, int graceSeconds, QObject *context, Callback<void> done)
{
    containerAction(id, QStringLiteral("stop"), graceSeconds, context, std::move(done));
}

void DockerClient::restartContainer(const QString &id, int graceSeconds, QObject *context, Callback<void> done)
{
    containerAction(id, QStringLiteral("restart"), graceSeconds, context, std::move(done));
}

void DockerClient::removeContainer(const QString &id, bool force, QObject *context, Callback<void> done)
{
    if (!checkContainer(id, context, done))
        return;
    Request request;
    request.verb = "DELETE";
    request.path = QStringLiteral("/containers/%1").arg(id);
    request.query.addQueryItem(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    request.query.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
    expectNoContent(request, context, std::move(done));
}

namespace {
QString filtersJson(const QMap<QString, QStringList> &filters)
{
    QJsonObject object;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

void DockerClient::containers(const QMap<QString, QString> &labels, bool all, QObject *context,
                              Callback<QList<ContainerSummary>> done)
{
    Request request;
    request.path = QStringLiteral("/containers/json");
    request.query.addQueryItem(QStringLiteral("all"), all ? QStringLiteral("1") : QStringLiteral("0"));
    if (!labels.isEmpty()) {
        QStringList wanted;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            wanted << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
        request.query.addQueryItem(QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                                  filtersJson({{QStringLiteral("label"), wanted}}))));
    }
    fetch<QList<ContainerSummary>>(request, context, std::move(done), &DockerJson::containers);
}

void DockerClient::inspectContainer(const QString &id, QObject *context, Callback<ContainerDetails> done)
{
    if (!checkContainer(id, context, done))
        return;
    Request request;
    request.path = QStringLiteral("/containers/%1/json").arg(id);
    fetch<ContainerDetails>(request, context, std::move(done), &DockerJson::container);
}

void DockerClient::logs(const QString &id, int tailLines, QObject *context, Callback<ContainerLogs> done)
{
    if (!checkContainer(id, context, done))
        return;
    Request request;
    request.path = QStringLiteral("/containers/%1/logs").arg(id);
    request.query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("stderr"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("tail"),
                               tailLines > 0 ? QString::number(tailLines) : QStringLiteral("all"));
    send(request, context, [this, done](const Result<Response> &response) {
        if (!response) {
            done(response.error());
            return;
        }
        MultiplexedStreamDecoder decoder;
        bool ok = true;
        ContainerLogs logs;
        for (const auto &frame : decoder.feed(response.value().body, &ok))
            (frame.stream == 2 ? logs.err : logs.out) += frame.data;
        if (!ok || decoder.hasPartialFrame())
            done(Error{Error::Kind::Protocol, 0,
                       tr("The log stream from %1 is damaged or cut short.").arg(m_endpoint.name)});
        else
            done(logs);
    });
}

DockerStream *DockerClient::followLogs(const QString &id, QObject *context, OutputCallback output, Callback<void> ended)
{
    if (!checkContainer(id, context, ended))
        return nullptr;
    auto *stream = new DockerStream(this);
    Request request;
    request.path = QStringLiteral("/containers/%1/logs").arg(id);
    request.query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("stderr"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("follow"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("tail"), QStringLiteral("0"));
    request.timeoutMode = Request::Timeout::UntilHeaders;
    auto decoder = std::make_shared<MultiplexedStreamDecoder>();
    auto damaged = std::make_shared<bool>(false);
    send(
        request, context,
        [this, stream, ended, decoder, damaged](const Result<Response> &response) {
            stream->deleteLater();
            if (!response)
                ended(response.error());
            else if (*damaged)
                ended(Error{Error::Kind::Protocol, 0, tr("The log stream from %1 is damaged.").arg(m_endpoint.name)});
            else
                ended(Result<void>());
        },
        [decoder, damaged, output](const QByteArray &chunk) {
            bool ok = true;
            for (const auto &frame : decoder->feed(chunk, &ok))
                output(frame.stream, frame.data);
            if (!ok)
                *damaged = true;
        },
        stream);
    return stream;
}

void DockerClient::stats(const QString &id, QObject *context, Callback<ContainerStats> done)
{
    if (!checkContainer(id, context, done))
        return;
    Request request;
    request.path = QStringLiteral("/containers/%1/stats").arg(id);
    request.query.addQueryItem(QStringLiteral("stream"), QStringLiteral("0"));
    fetch<ContainerStats>(request, context, std::move(done), &DockerJson::stats);
}

DockerStream *DockerClient::events(qint64 sinceNano, const QMap<QString, QStringList> &filters, QObject *context,
                                   EventCallback onEvent, Callback<void> ended)
{
    auto *stream = new DockerStream(this);
    Request request;
    request.path = QStringLiteral("/events");
    if (sinceNano > 0)
        request.query.addQueryItem(
            QStringLiteral("since"),
            QStringLiteral("%1.%2").arg(sinceNano / 1000000000).arg(sinceNano % 1000000000, 9, 10, QLatin1Char('0')));
    if (!filters.isEmpty())
        request.query.addQueryItem(QStringLiteral("filters"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(filtersJson(filters))));
    request.timeoutMode = Request::Timeout::UntilHeaders;
    auto splitter = std::make_shared<JsonLineSplitter>();
    auto damaged = std::make_shared<std::optional<Error>>();
    send(
        request, context,
        [stream, ended, damaged](const Result<Response> &response) {
            stream->deleteLater();
            if (!response)
                ended(response.error());
            else if (*damaged)
                ended(**damaged);
            else
                ended(Result<void>());
        },
        [splitter, damaged, onEvent](const QByteArray &chunk) {
            for (const QByteArray &document : splitter->feed(chunk)) {
                const auto event = DockerJson::event(document);
                if (event)
                    onEvent(event.value());
                else
                    *damaged = event.error();
            }
        },
        stream);
    return stream;
}

} // namespace quayside
