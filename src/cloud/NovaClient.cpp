#include "cloud/NovaClient.h"

#include "core/Logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace quayside {

namespace {

// Looks, and looks again every interval, until the look says it has finished or time is up.
class Repeat : public std::enable_shared_from_this<Repeat>
{
public:
    using Look = std::function<void(const std::function<void(bool finished)> &)>;

    Repeat(QObject *owner, QObject *context, int intervalMs, int timeoutMs, Look look, std::function<void()> expired)
        : m_owner(owner)
        , m_context(context)
        , m_intervalMs(intervalMs)
        , m_timeoutMs(timeoutMs)
        , m_look(std::move(look))
        , m_expired(std::move(expired))
    {
        m_clock.start();
    }

    void run()
    {
        if (!m_owner || !m_context)
            return;
        auto self = shared_from_this();
        m_look([self](bool finished) {
            if (finished || !self->m_owner || !self->m_context)
                return;
            if (self->m_clock.elapsed() >= self->m_timeoutMs) {
                self->m_expired();
                return;
            }
            QTimer::singleShot(self->m_intervalMs, self->m_owner, [self] { self->run(); });
        });
    }

private:
    QPointer<QObject> m_owner;
    QPointer<QObject> m_context;
    int m_intervalMs;
    int m_timeoutMs;
    Look m_look;
    std::function<void()> m_expired;
    QElapsedTimer m_clock;
};

void repeat(QObject *owner, QObject *context, int intervalMs, int timeoutMs, Repeat::Look look,
            std::function<void()> expired)
{
    std::make_shared<Repeat>(owner, context, intervalMs, timeoutMs, std::move(look), std::move(expired))->run();
}

CloudRequest get(const QString &pathAndQuery)
{
    CloudRequest request;
    request.url = QUrl(pathAndQuery);
    return request;
}

QUrl actionUrl(const QString &serverId)
{
    return QUrl(QStringLiteral("/servers/%1/action").arg(QString::fromLatin1(QUrl::toPercentEncoding(serverId))));
}

QString minutes(int milliseconds)
{
    return QString::number(milliseconds / 60000.0, 'f', 1);
}

// Whether the cloud may have done what a failed request asked: it answered nothing we could read.
bool leavesOpen(const Error &error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout || error.httpStatus >= 500;
}

} // namespace

NovaClient::NovaClient(CloudSession *session, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_http(tr("the compute service"), network, this)
{}

QString NovaClient::serviceName() const
{
    // Rackspace lists its first-generation servers as a compute service too; Quayside uses the OpenStack one.
    return m_session && m_session->account().method == CloudAuthMethod::RackspaceApiKey
               ? QStringLiteral("cloudServersOpenStack")
               : QString();
}

void NovaClient::send(const CloudRequest &request, QObject *context, CloudHttp::Callback done)
{
    if (!m_session) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(Error{Error::Kind::Internal, 0, tr("The cloud account is no longer open.")});
            },
            Qt::QueuedConnection);
        return;
    }
    m_session->send(m_http, QStringLiteral("compute"), serviceName(), request, context, std::move(done));
}

template<typename T>
void NovaClient::fetch(const QString &path, QObject *context, Callback<T> done, Result<T> (*parse)(const QByteArray &))
{
    send(get(path), context, [done, parse](const Result<CloudResponse> &response) {
        if (!response)
            done(response.error());
        else
            done(parse(response.value().body));
    });
}

void NovaClient::flavors(QObject *context, Callback<QList<NovaFlavor>> done)
{
    fetch<QList<NovaFlavor>>(QStringLiteral("/flavors/detail"), context, std::move(done), &NovaJson::flavors);
}

void NovaClient::images(QObject *context, Callback<QList<NovaImage>> done)
{
    fetch<QList<NovaImage>>(QStringLiteral("/images/detail"), context, std::move(done), &NovaJson::images);
}

void NovaClient::image(const QString &id, QObject *context, Callback<NovaImage> done)
{
    fetch<NovaImage>(QStringLiteral("/images/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), context,
                     std::move(done), &NovaJson::image);
}

void NovaClient::keypairs(QObject *context, Callback<QList<NovaKeypair>> done)
{
    fetch<QList<NovaKeypair>>(QStringLiteral("/os-keypairs"), context, std::move(done), &NovaJson::keypairs);
}

void NovaClient::importKeypair(const QString &name, const QString &publicKey, QObject *context,
                               Callback<NovaKeypair> done)
{
    CloudRequest request;
    request.verb = "POST";
    request.url = QUrl(QStringLiteral("/os-keypairs"));
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("keypair"),
                                              QJsonObject{{QStringLiteral("name"), name},
                                                          {QStringLiteral("public_key"), publicKey.trimmed()}}}})
                       .toJson(QJsonDocument::Compact);
    send(request, context, [done](const Result<CloudResponse> &response) {
        if (!response)
            done(response.error());
        else
            done(NovaJson::keypair(response.value().body));
    });
}

void NovaClient::deleteKeypair(const QString &name, QObject *context, Callback<void> done)
{
    CloudRequest request;
    request.verb = "DELETE";
    request.url = QUrl(QStringLiteral("/os-keypairs/") + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    send(request, context, [done](const Result<CloudResponse> &response) {
        if (!response)
            done(response.error());
        else
            done(Result<void>());
    });
}

void NovaClient::servers(const QString &nameContains, QObject *context, Callback<QList<NovaServer>> done)
{
    QUrlQuery query;
    // Nova reads `name` as a regular expression; a plain name is asked for as such, anything else is
    // filtered here instead of being handed to the cloud's regex engine.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]+\\z"));
    if (plain.match(nameContains).hasMatch())
        query.addQueryItem(QStringLiteral("name"), nameContains);
    if (m_pageSize > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    fetchServerPages(query.toString(QUrl::FullyEncoded), nameContains, {}, 0, context, std::move(done));
}

void NovaClient::fetchServerPages(const QString &query, const QString &nameContains, QList<NovaServer> collected,
                                  int pages, QObject *context, Callback<QList<NovaServer>> done)
{
    constexpr int kMostPages = 1000; // a cloud that links pages in a circle must not keep Quayside busy forever
    QString path = QStringLiteral("/servers/detail");
    if (!query.isEmpty())
        path += QLatin1Char('?') + query;
    QPointer<QObject> guard(context);
    send(get(path), context,
         [this, nameContains, collected, pages, guard, done](const Result<CloudResponse> &response) mutable {
             if (!response) {
                 done(response.error());
                 return;
             }
             auto page = NovaJson::servers(response.value().body);
             if (!page) {
                 done(page.error());
                 return;
             }
             for (const NovaServer &server : page.value().first) {
                 if (server.name.contains(nameContains))
                     collected << server;
             }
             const QString next = page.value().second;
             if (next.isEmpty() || page.value().first.isEmpty()) {
                 done(collected);
                 return;
             }
             if (pages + 1 >= kMostPages) {
                 done(Error{Error::Kind::Protocol, 0,
                            tr("The compute service kept sending more pages of servers (over %1); Quayside "
                               "stopped reading.")
                                .arg(kMostPages)});
                 return;
             }
             // The next page's query (marker, limit) on the endpoint Quayside uses: clouds behind proxies
             // write links with their internal host names.
             fetchServerPages(QUrl(next).query(QUrl::FullyEncoded), nameContains, collected, pages + 1, guard, done);
         });
}

void NovaClient::server(const QString &id, QObject *context, Callback<NovaServer> done)
{
    fetch<NovaServer>(QStringLiteral("/servers/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), context,
                      std::move(done), &NovaJson::server);
}

void NovaClient::createServer(const NovaServerSpec &spec, QObject *context, Callback<NovaServer> done)
{
    NovaServerSpec tagged = spec;
    if (tagged.metadata.value(requestIdKey()).isEmpty())
        tagged.metadata.insert(requestIdKey(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    createAttempt(tagged, 1, context, std::move(done));
}

void NovaClient::createAttempt(const NovaServerSpec &spec, int attempt, QObject *context, Callback<NovaServer> done)
{
    CloudRequest request;
    request.verb = "POST";
    request.url = QUrl(QStringLiteral("/servers"));
    request.body = NovaJson::serverCreateBody(spec);
    qCInfo(lcCloud) << "creating server" << spec.name << "attempt" << attempt << "request id"
                    << spec.metadata.value(requestIdKey());
    QPointer<QObject> guard(context);
    send(request, context, [this, spec, attempt, guard, done](const Result<CloudResponse> &response) {
        if (response) {
            auto created = NovaJson::server(response.value().body);
            if (created) {
                NovaServer server = created.value();
                server.name = spec.name;
                server.metadata = spec.metadata;
                done(server);
                return;
            }
            // Made, but the reply is unreadable: find it by its request id rather than guess.
        } else if (!leavesOpen(response.error())) {
            done(response.error());
            return;
        }
        const Error failure =
            response ? Error{Error::Kind::Protocol, 0, tr("the reply could not be read")} : response.error();
        findCreated(
            spec, guard, [this, spec, attempt, guard, done, failure](const Result<std::optional<NovaServer>> &found) {
                if (!found) {
                    done(Error{failure.kind, failure.httpStatus,
                               tr("Creating server %1 failed (%2), and whether the cloud made it anyway could not be "
                                  "checked (%3). Look at the account's server list before trying again, so that no "
                                  "second server is billed.")
                                   .arg(spec.name, failure.message, found.error().message)});
                    return;
                }
                if (found.value()) {
                    qCInfo(lcCloud) << "server" << spec.name << "was made despite the failure:" << found.value()->id;
                    done(*found.value());
                    return;
                }
                if (attempt >= m_createAttempts) {
                    done(Error{failure.kind, failure.httpStatus,
                               tr("Creating server %1 failed %2 times; the cloud made none. Last: %3")
                                   .arg(spec.name)
                                   .arg(attempt)
                                   .arg(failure.message)});
                    return;
                }
                QTimer::singleShot(m_pollMs, this, [this, spec, attempt, guard, done] {
                    if (guard)
                        createAttempt(spec, attempt + 1, guard, done);
                });
            });
    });
}

void NovaClient::findCreated(const NovaServerSpec &spec, QObject *context, Callback<std::optional<NovaServer>> done)
{
    findServerByRequestId(spec.name, spec.metadata.value(requestIdKey()), context, std::move(done));
}

void NovaClient::findServerByRequestId(const QString &name, const QString &requestId, QObject *context,
                                       Callback<std::optional<NovaServer>> done)
{
    servers(name, context, [requestId, done](const Result<QList<NovaServer>> &listed) {
        if (!listed) {
            done(listed.error());
            return;
        }
        for (const NovaServer &server : listed.value()) {
            if (server.metadata.value(requestIdKey()) == requestId)
                return done(std::optional<NovaServer>(server));
        }
        done(std::optional<NovaServer>());
    });
}

void NovaClient::sendDelete(const QString &collection, const QString &id, QObject *context, Callback<void> done)
{
    CloudRequest request;
    request.verb = "DELETE";
    request.url = QUrl(collection + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    send(request, context, [done](const Result<CloudResponse> &response) {
        if (!response && response.error().kind != Error::Kind::NotFound)
            done(response.error());
        else
            done(Result<void>());
    });
}

void NovaClient::deleteServer(const QString &id, QObject *context, Callback<void> done)
{
    sendDelete(QStringLiteral("/servers/"), id, context, std::move(done));
}

void NovaClient::deleteImage(const QString &id, QObject *context, Callback<void> done)
{
    sendDelete(QStringLiteral("/images/"), id, context, std::move(done));
}

void NovaClient::waitForActive(const QString &id, bool rackConnect, int timeoutMs, QObject *context,
                               ServerProgress progress, Callback<NovaServer> done)
{
    QPointer<QObject> guard(context);
    repeat(
        this, context, m_pollMs, timeoutMs,
        [this, id, rackConnect, guard, progress, done](const std::function<void(bool)> &next) {
            server(id, guard, [this, id, rackConnect, guard, progress, done, next](const Result<NovaServer> &found) {
                if (!found) {
                    // A lost poll is not a lost server: look again, unless the server is gone.
                    if (found.error().kind == Error::Kind::NotFound ||
                        found.error().kind == Error::Kind::Unauthorized) {
                        done(found.error());
                        return next(true);
                    }
                    qCInfo(lcCloud) << "looking at server" << id << "failed:" << found.error().message;
                    return next(false);
                }
                const NovaServer &server = found.value();
                if (progress)
                    progress(server);
                if (server.status == QLatin1String("ERROR")) {
                    const QString why = server.fault ? server.fault->message : tr("the cloud gave no reason");
                    done(Error{Error::Kind::Http, server.fault ? server.fault->code : 0,
                               tr("Server %1 failed to build: %2").arg(server.name, why)});
                    return next(true);
                }
                if (server.status == QLatin1String("DELETED")) {
                    done(Error{Error::Kind::NotFound, 0,
                               tr("Server %1 was deleted while it was being built.").arg(server.name)});
                    return next(true);
                }
                if (server.status != QLatin1String("ACTIVE"))
                    return next(false);
                if (!rackConnect) {
                    done(server);
                    return next(true);
                }
                const QString automation = server.metadata.value(QStringLiteral("rackconnect_automation_status"));
                if (automation == QLatin1String("FAILED") || automation == QLatin1String("UNPROCESSABLE")) {
                    const QString reason = server.metadata.value(QStringLiteral("rackconnect_unprocessable_reason"));
                    done(Error{Error::Kind::Http, 0,
                               tr("RackConnect could not set up server %1 (%2)%3. Check the RackConnect "
                                  "configuration of the account.")
                                   .arg(server.name, automation,
                                        reason.isEmpty() ? QString() : QStringLiteral(": ") + reason)});
                    return next(true);
                }
                if (automation != QLatin1String("DEPLOYED"))
                    return next(false);
                // RackConnect moves the public address: read the addresses again now that it is done.
                this->server(id, guard, [done](const Result<NovaServer> &deployed) { done(deployed); });
                next(true);
            });
        },
        [id, timeoutMs, done] {
            done(Error{Error::Kind::Timeout, 0,
                       tr("Server %1 was not ready after %2 minutes. It may still come up; look at it in the "
                          "cloud's console.")
                           .arg(id, minutes(timeoutMs))});
        });
}

void NovaClient::waitForDeletion(const QString &id, int timeoutMs, QObject *context, Callback<void> done)
{
    QPointer<QObject> guard(context);
    repeat(
        this, context, m_pollMs, timeoutMs,
        [this, id, guard, done](const std::function<void(bool)> &next) {
            server(id, guard, [done, next](const Result<NovaServer> &found) {
                if (!found && found.error().kind == Error::Kind::NotFound) {
                    done(Result<void>());
                    return next(true);
                }
                if (found && found.value().status == QLatin1String("DELETED")) {
                    done(Result<void>());
                    return next(true);
                }
                // A server that failed to build keeps its ERROR and fault while it is deleted (task "deleting");
                // only an ERROR once the deletion stopped means the deletion failed.
                if (found && found.value().status == QLatin1String("ERROR") && found.value().fault &&
                    found.value().taskState != QLatin1String("deleting")) {
                    done(Error{
                        Error::Kind::Http, found.value().fault->code,
                        tr("Deleting server %1 failed: %2").arg(found.value().name, found.value().fault->message)});
                    return next(true);
                }
                next(false);
            });
        },
        [id, timeoutMs, done] {
            done(Error{Error::Kind::Timeout, 0,
                       tr("Server %1 was still there after %2 minutes.").arg(id, minutes(timeoutMs))});
        });
}

void NovaClient::createImage(const QString &serverId, const QString &name, const QMap<QString, QString> &metadata,
                             int timeoutMs, QObject *context, Callback<QString> done)
{
    QJsonObject meta;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        meta.insert(it.key(), it.value());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("createImage"),
                                   QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("metadata"), meta}}}})
            .toJson(QJsonDocument::Compact);
    createImageAttempt(serverId, body, name, QDateTime::currentMSecsSinceEpoch() + timeoutMs, context, std::move(done));
}

void NovaClient::createImageAttempt(const QString &serverId, const QByteArray &body, const QString &name,
                                    qint64 deadline, QObject *context, Callback<QString> done)
{
    CloudRequest request;
    request.verb = "POST";
    request.url = actionUrl(serverId);
    request.body = body;
    if (!m_microversion.isEmpty()) {
        request.headers << qMakePair(QByteArrayLiteral("X-OpenStack-Nova-API-Version"), m_microversion.toLatin1())
                        << qMakePair(QByteArrayLiteral("OpenStack-API-Version"),
                                     "compute " + m_microversion.toLatin1());
    }
    QPointer<QObject> guard(context);
    send(request, context, [=](const Result<CloudResponse> &response) {
        if (!response && response.error().kind == Error::Kind::Conflict &&
            QDateTime::currentMSecsSinceEpoch() < deadline) {
            // The server is busy (an earlier snapshot still running): nothing was done, so asking again is safe.
            qCInfo(lcCloud) << "server" << serverId << "is busy; asking for the snapshot again later";
            QTimer::singleShot(m_pollMs, this, [=] {
                if (guard)
                    createImageAttempt(serverId, body, name, deadline, guard, done);
            });
            return;
        }
        if (!response) {
            done(response.error());
            return;
        }
        // From microversion 2.45 the id is in the body; before, in the Location header.
        const QString fromBody =
            QJsonDocument::fromJson(response.value().body).object().value(QLatin1String("image_id")).toString();
        if (!fromBody.isEmpty()) {
            done(fromBody);
            return;
        }
        const QString location = QString::fromUtf8(response.value().header(QByteArrayLiteral("Location")));
        const QString fromLocation = QUrl(location).path().section(QLatin1Char('/'), -1);
        if (!fromLocation.isEmpty()) {
            done(fromLocation);
            return;
        }
        // Neither: find the snapshot of this server by its name, the newest if there are several.
        images(guard, [serverId, name, done](const Result<QList<NovaImage>> &listed) {
            if (!listed) {
                done(listed.error());
                return;
            }
            const NovaImage *newest = nullptr;
            for (const NovaImage &image : listed.value()) {
                if (image.name == name && (image.serverId == serverId || image.serverId.isEmpty()) &&
                    (!newest || image.created > newest->created))
                    newest = &image;
            }
            if (newest)
                done(newest->id);
            else
                done(Error{Error::Kind::Protocol, 0,
                           tr("The compute service accepted the snapshot %1 but did not say which image it is, and "
                              "no image of that name was found.")
                               .arg(name)});
        });
    });
}

void NovaClient::consoleOutput(const QString &serverId, int lines, QObject *context, Callback<QString> done)
{
    CloudRequest request;
    request.verb = "POST";
    request.url = actionUrl(serverId);
    // Nova reads a missing or null length as the whole log.
    const QJsonValue length = lines > 0 ? QJsonValue(lines) : QJsonValue(QJsonValue::Null);
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("os-getConsoleOutput"),
                                              QJsonObject{{QStringLiteral("length"), length}}}})
                       .toJson(QJsonDocument::Compact);
    request.readOnly = true;
    send(request, context, [serverId, done](const Result<CloudResponse> &response) {
        if (!response) {
            const Error &error = response.error();
            if (error.kind == Error::Kind::NotFound)
                done(Error{error.kind, error.httpStatus,
                           tr("The console of server %1 cannot be read: the compute service does not know the "
                              "server (%2). It may have been deleted.")
                               .arg(serverId, error.message)});
            else if (error.kind == Error::Kind::Conflict)
                done(Error{error.kind, error.httpStatus,
                           tr("Server %1 has no console to read in its present state (%2). Wait until it is "
                              "ACTIVE and try again.")
                               .arg(serverId, error.message)});
            else
                done(error);
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.value().body);
        const QJsonValue output = document.object().value(QLatin1String("output"));
        if (!document.isObject() || !output.isString()) {
            done(Error{Error::Kind::Protocol, 0,
                       tr("The compute service's answer for the console of server %1 could not be read: it holds "
                          "no \"output\" text.")
                           .arg(serverId)});
            return;
        }
        done(output.toString());
    });
}

void NovaClient::waitForImage(const QString &id, int timeoutMs, QObject *context, ImageProgress progress,
                              Callback<NovaImage> done)
{
    QPointer<QObject> guard(context);
    repeat(
        this, context, m_pollMs, timeoutMs,
        [this, id, guard, progress, done](const std::function<void(bool)> &next) {
            image(id, guard, [id, progress, done, next](const Result<NovaImage> &found) {
                if (!found) {
                    if (found.error().kind == Error::Kind::NotFound) {
                        done(Error{Error::Kind::NotFound, 0,
                                   tr("The image %1 disappeared while it was being saved.").arg(id)});
                        return next(true);
                    }
                    return next(false);
                }
                if (progress)
                    progress(found.value());
                const QString status = found.value().status;
                if (status == QLatin1String("ACTIVE")) {
                    done(found.value());
                    return next(true);
                }
                if (status == QLatin1String("ERROR") || status == QLatin1String("DELETED") ||
                    status == QLatin1String("KILLED")) {
                    done(Error{Error::Kind::Http, 0,
                               tr("Saving the image %1 failed: the cloud reports it %2.")
                                   .arg(found.value().name, status.toLower())});
                    return next(true);
                }
                next(false);
            });
        },
        [id, timeoutMs, done] {
            done(Error{Error::Kind::Timeout, 0,
                       tr("The image %1 was not saved after %2 minutes.").arg(id, minutes(timeoutMs))});
        });
}

} // namespace quayside
