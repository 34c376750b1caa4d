#include "sandbox/SandboxServer.h"

#include "cloud/NovaTypes.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>
#include <QUuid>

namespace quayside {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

// One authorized request: what it asked, at which microversion (the minor number: 45 for 2.45).
struct SandboxServer::Call
{
    const QHttpServerRequest &request;
    int microversion = 1;
};

namespace {

constexpr int kMaxMicroversion = 45;
constexpr int kMaxPageSize = 1000;
constexpr int kMaxUserDataBytes = 65535;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// Keystone's and Nova's launched_at: microseconds, no zone.
QString preciseTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"));
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QHttpServerResponse reply(const QJsonObject &body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), compact(body), status);
}

QHttpServerResponse empty(Status status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArray(), status);
    return response;
}

QJsonObject novaFaultBody(int status, const QString &message)
{
    return QJsonObject{{NovaJson::faultName(status),
                        QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}}};
}

QHttpServerResponse novaFault(int status, const QString &message)
{
    return reply(novaFaultBody(status, message), Status(status));
}

QHttpServerResponse novaFault(const Error &error)
{
    return novaFault(error.httpStatus > 0 ? error.httpStatus : 500, error.message);
}

QString keystoneTitle(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    default: return QStringLiteral("Internal Server Error");
    }
}

QJsonObject keystoneErrorBody(int status, const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                             {QStringLiteral("title"), keystoneTitle(status)},
                                                             {QStringLiteral("message"), message}}}};
}

QHttpServerResponse keystoneError(int status, const QString &message)
{
    return reply(keystoneErrorBody(status, message), Status(status));
}

// Glance answers errors as webob does: plain text, status line, blank line, explanation.
QByteArray glanceErrorText(int status, const QString &message)
{
    return QByteArray::number(status) + ' ' + keystoneTitle(status).toUtf8() + "\n\n" + message.toUtf8() + "\n\n";
}

QHttpServerResponse glanceError(int status, const QString &message)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=UTF-8"), glanceErrorText(status, message),
                               Status(status));
}

// The request body as a JSON object holding `key`, or the 400 to answer.
Result<QJsonObject> bodyObject(const QHttpServerRequest &request, const QString &key)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{
            Error::Kind::InvalidInput, 400,
            SandboxServer::tr("Malformed request body: %1.")
                .arg(document.isNull() ? parseError.errorString() : SandboxServer::tr("a JSON object was expected"))};
    const QJsonValue inner = document.object().value(key);
    if (!inner.isObject())
        return Error{Error::Kind::InvalidInput, 400,
                     SandboxServer::tr("Invalid input: the body needs a \"%1\" object.").arg(key)};
    return inner.toObject();
}

// The last path segment of a reference that may be a URL (imageRef, flavorRef).
QString referenceId(const QString &reference)
{
    return reference.section(QLatin1Char('/'), -1);
}

// The compute microversion a request asks for, as its minor number; the error says why it cannot be had.
Result<int> requestedMicroversion(const QHttpServerRequest &request)
{
    QByteArray asked;
    const QByteArray modern = request.value(QByteArrayLiteral("OpenStack-API-Version")).trimmed();
    if (modern.toLower().startsWith("compute "))
        asked = modern.mid(8).trimmed();
    else
        asked = request.value(QByteArrayLiteral("X-OpenStack-Nova-API-Version")).trimmed();
    if (asked.isEmpty())
        return 1;
    if (asked.toLower() == "latest")
        return kMaxMicroversion;
    static const QRegularExpression pattern(QStringLiteral("^2\\.(0|[1-9][0-9]*)\\z"));
    const auto match = pattern.match(QString::fromLatin1(asked));
    if (!match.hasMatch())
        return Error{
            Error::Kind::InvalidInput, 400,
            SandboxServer::tr("API Version String %1 is of invalid format. Must be of format MajorNum.MinorNum.")
                .arg(QString::fromLatin1(asked))};
    const int minor = match.captured(1).toInt();
    if (minor < 1 || minor > kMaxMicroversion)
        return Error{Error::Kind::Unsupported, 406,
                     SandboxServer::tr("Version %1 is not supported by the API. Minimum is 2.1 and maximum is %2.")
                         .arg(QString::fromLatin1(asked), SandboxServer::maxMicroversion())};
    return minor;
}

QString imageStatusForNova(SandboxImage::Status status)
{
    switch (status) {
    case SandboxImage::Status::Queued:
    case SandboxImage::Status::Saving: return QStringLiteral("SAVING");
    case SandboxImage::Status::Active: return QStringLiteral("ACTIVE");
    case SandboxImage::Status::Killed: return QStringLiteral("ERROR");
    case SandboxImage::Status::Deleted: return QStringLiteral("DELETED");
    }
    return QStringLiteral("UNKNOWN");
}

int imageProgressForNova(SandboxImage::Status status)
{
    switch (status) {
    case SandboxImage::Status::Queued: return 25;
    case SandboxImage::Status::Saving: return 50;
    case SandboxImage::Status::Active: return 100;
    default: return 0;
    }
}

QString imageStatusForGlance(SandboxImage::Status status)
{
    switch (status) {
    case SandboxImage::Status::Queued: return QStringLiteral("queued");
    case SandboxImage::Status::Saving: return QStringLiteral("saving");
    case SandboxImage::Status::Active: return QStringLiteral("active");
    case SandboxImage::Status::Killed: return QStringLiteral("killed");
    case SandboxImage::Status::Deleted: return QStringLiteral("deleted");
    }
    return QStringLiteral("unknown");
}

QString vmState(const SandboxInstance &server)
{
    if (server.status == QLatin1String("BUILD"))
        return QStringLiteral("building");
    if (server.status == QLatin1String("ERROR"))
        return QStringLiteral("error");
    return QStringLiteral("active");
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toHex());
}

// Compares without giving away, by the time it takes, how much of a secret matched.
bool sameSecret(const QByteArray &given, const QByteArray &expected)
{
    if (expected.isEmpty() || given.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (int i = 0; i < given.size(); ++i)
        difference |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    return difference == 0;
}

bool isCompute(const QString &path)
{
    return path.startsWith(QLatin1String("/compute"));
}

} // namespace

SandboxServer::SandboxServer(SandboxBackend *backend, SandboxIdentity identity, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_identity(std::move(identity))
    , m_http(std::make_unique<QHttpServer>())
{
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        m_error = tr("The sandbox could not listen on %1 port %2. Another program may use the port; choose another "
                     "one with --port.")
                      .arg(address.toString())
                      .arg(port);
        return false;
    }
    m_port = bound;
    m_host = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString())
                                                                 : address.toString();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        m_host = QStringLiteral("127.0.0.1");
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(m_host).arg(m_port));
}

QUrl SandboxServer::authUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/identity/v3"));
}

QUrl SandboxServer::computeUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/compute/v2.1"));
}

QUrl SandboxServer::imageUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/image"));
}

void SandboxServer::addRoutes()
{
    QHttpServer &http = *m_http;
    using R = const QHttpServerRequest &;

    http.route(QStringLiteral("/identity"), Method::Get,
               [this](R r) { return versions(r, QStringLiteral("identity"), true); });
    http.route(QStringLiteral("/identity/v3"), Method::Get,
               [this](R r) { return versions(r, QStringLiteral("identity"), false); });
    http.route(QStringLiteral("/identity/v3/auth/tokens"), Method::Post, [this](R r) { return issueToken(r); });
    http.route(QStringLiteral("/compute"), Method::Get,
               [this](R r) { return versions(r, QStringLiteral("compute"), true); });
    http.route(QStringLiteral("/compute/v2.1"), Method::Get,
               [this](R r) { return versions(r, QStringLiteral("compute"), false); });
    http.route(QStringLiteral("/image"), Method::Get,
               [this](R r) { return versions(r, QStringLiteral("image"), true); });
    // Version discovery follows the links above, which end in a slash.
    http.route(QStringLiteral("/identity/v3/"), Method::Get,
               [this](R r) { return versions(r, QStringLiteral("identity"), false); });
    http.route(QStringLiteral("/compute/v2.1/"), Method::Get,
               [this](R r) { return versions(r, QStringLiteral("compute"), false); });

    const QString nova = QStringLiteral("/compute/v2.1");
    auto authed = [this](R r, std::function<QHttpServerResponse(const Call &)> handle) {
        return authorized(r, handle);
    };
    http.route(nova + QStringLiteral("/flavors"), Method::Get,
               [=](R r) { return authed(r, [this](const Call &c) { return flavors(c, false); }); });
    http.route(nova + QStringLiteral("/flavors/detail"), Method::Get,
               [=](R r) { return authed(r, [this](const Call &c) { return flavors(c, true); }); });
    http.route(nova + QStringLiteral("/flavors/<arg>"), Method::Get,
               [=](const QString &id, R r) { return authed(r, [this, id](const Call &c) { return flavor(c, id); }); });
    http.route(nova + QStringLiteral("/flavors/<arg>/os-extra_specs"), Method::Get, [=](const QString &id, R r) {
        return authed(r, [this, id](const Call &c) { return flavorExtraSpecs(c, id); });
    });
    http.route(nova + QStringLiteral("/images"), Method::Get,
               [=](R r) { return authed(r, [this](const Call &c) { return novaImages(c, false); }); });
    http.route(nova + QStringLiteral("/images/detail"), Method::Get,
               [=](R r) { return authed(r, [this](const Call &c) { return novaImages(c, true); }); });
    http.route(nova + QStringLiteral("/images/<arg>"), Method::Get, [=](const QString &id, R r) {
        return authed(r, [this, id](const Call &c) { return novaImage(c, id); });
    });
    http.route(nova + QStringLiteral("/images/<arg>"), Method::Delete, [=](const QString &id, R r) {
        return authed(r, [this, id](const Call &c) { return deleteNovaImage(c, id); });
    });
    http.route(nova + QStringLiteral("/os-keypairs"), Method::Get,
               [=](R r) { return authed(r, [this](const Call &c) { return keypairs(c); }); });
    http.route(nova + QStringLiteral("/os-keypairs"), Method::Post,
               [=](R r) { return authed(r, [this](const Call &c) { return createKeypair(c); }); });
    http.route(nova + QStringLiteral("/os-keypairs/<arg>"), Method::Get, [=](const QString &name, R r) {
        return authed(r, [this, name](const Call &c) { return keypair(c, name); });
    });
    http.route(nova + QStringLiteral("/os-keypairs/<arg>"), Method::Delete, [=](const QString &name, R r) {
        return authed(r, [this, name](const Call &c) { return deleteKeypair(c, name); });
    });
    http.route(nova + QStringLiteral("/servers"), Method::Get,
               [=](R r) { return authed(r, [this](const Call &c) { return servers(c, false); }); });
    http.route(nova + QStringLiteral("/servers"), Method::Post,
               [=](R r) { return authed(r, [this](const Call &c) { return createServer(c); }); });
    http.route(nova + QStringLiteral("/servers/detail"), Method::Get,
               [=](R r) { return authed(r, [this](const Call &c) { return servers(c, true); }); });
    http.route(nova + QStringLiteral("/servers/<arg>"), Method::Get,
               [=](const QString &id, R r) { return authed(r, [this, id](const Call &c) { return server(c, id); }); });
    http.route(nova + QStringLiteral("/servers/<arg>"), Method::Delete, [=](const QString &id, R r) {
        return authed(r, [this, id](const Call &c) { return deleteServer(c, id); });
    });
    http.route(nova + QStringLiteral("/servers/<arg>/action"), Method::Post, [=](const QString &id, R r) {
        return authed(r, [this, id](const Call &c) { return serverAction(c, id); });
    });

    const QString glance = QStringLiteral("/image/v2/images");
    http.route(glance, Method::Get, [=](R r) { return authed(r, [this](const Call &c) { return glanceImages(c); }); });
    http.route(glance + QStringLiteral("/<arg>"), Method::Get, [=](const QString &id, R r) {
        return authed(r, [this, id](const Call &c) { return glanceImage(c, id); });
    });
    http.route(glance + QStringLiteral("/<arg>"), Method::Delete, [=](const QString &id, R r) {
        return authed(r, [this, id](const Call &c) { return deleteGlanceImage(c, id); });
    });

    http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        const QByteArray requestId = "req-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        response.setHeader(QByteArrayLiteral("x-openstack-request-id"), requestId);
        response.setHeader(QByteArrayLiteral("Date"), httpDate(QDateTime::currentDateTimeUtc()));
        const QString path = request.url().path();
        if (isCompute(path)) {
            response.setHeader(QByteArrayLiteral("x-compute-request-id"), requestId);
            const auto asked = requestedMicroversion(request);
            const QByteArray version = "2." + QByteArray::number(asked ? asked.value() : 1);
            response.setHeader(QByteArrayLiteral("OpenStack-API-Version"), "compute " + version);
            response.setHeader(QByteArrayLiteral("X-OpenStack-Nova-API-Version"), version);
            response.setHeader(QByteArrayLiteral("Vary"),
                               QByteArrayLiteral("OpenStack-API-Version, X-OpenStack-Nova-API-Version"));
        }
        qCDebug(lcSandbox) << request.method() << path << int(response.statusCode());
        return std::move(response);
    });

    http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        const QByteArray requestId = "req-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        qCDebug(lcSandbox) << request.method() << path << "no such resource";
        if (path.startsWith(QLatin1String("/image"))) {
            responder.write(glanceErrorText(404, tr("The resource could not be found.")),
                            {{"Content-Type", "text/plain; charset=UTF-8"}, {"x-openstack-request-id", requestId}},
                            QHttpServerResponder::StatusCode::NotFound);
            return;
        }
        const QJsonObject body = path.startsWith(QLatin1String("/identity"))
                                     ? keystoneErrorBody(404, tr("The resource could not be found."))
                                     : novaFaultBody(404, tr("The resource could not be found."));
        responder.write(compact(body), {{"Content-Type", "application/json"}, {"x-openstack-request-id", requestId}},
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

QHttpServerResponse SandboxServer::versions(const QHttpServerRequest &request, const QString &service, bool list) const
{
    Q_UNUSED(request)
    const QString base = baseUrl().toString();
    const auto self = [](const QString &href) {
        return QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")}, {QStringLiteral("href"), href}}};
    };
    if (service == QLatin1String("identity")) {
        const QJsonObject v3{{QStringLiteral("id"), QStringLiteral("v3.14")},
                             {QStringLiteral("status"), QStringLiteral("stable")},
                             {QStringLiteral("updated"), QStringLiteral("2020-04-07T00:00:00Z")},
                             {QStringLiteral("links"), self(base + QStringLiteral("/identity/v3/"))},
                             {QStringLiteral("media-types"),
                              QJsonArray{QJsonObject{{QStringLiteral("base"), QStringLiteral("application/json")},
                                                     {QStringLiteral("type"),
                                                      QStringLiteral("application/vnd.openstack.identity-v3+json")}}}}};
        if (list)
            return reply(
                QJsonObject{{QStringLiteral("versions"), QJsonObject{{QStringLiteral("values"), QJsonArray{v3}}}}},
                Status::MultipleChoices);
        return reply(QJsonObject{{QStringLiteral("version"), v3}});
    }
    if (service == QLatin1String("compute")) {
        QJsonObject v21{{QStringLiteral("id"), QStringLiteral("v2.1")},
                        {QStringLiteral("status"), QStringLiteral("CURRENT")},
                        {QStringLiteral("version"), maxMicroversion()},
                        {QStringLiteral("min_version"), QStringLiteral("2.1")},
                        {QStringLiteral("updated"), QStringLiteral("2013-07-23T11:33:21Z")},
                        {QStringLiteral("links"), self(base + QStringLiteral("/compute/v2.1/"))}};
        if (list)
            return reply(QJsonObject{{QStringLiteral("versions"), QJsonArray{v21}}});
        v21.insert(QStringLiteral("media-types"),
                   QJsonArray{QJsonObject{{QStringLiteral("base"), QStringLiteral("application/json")},
                                          {QStringLiteral("type"),
                                           QStringLiteral("application/vnd.openstack.compute+json;version=2.1")}}});
        return reply(QJsonObject{{QStringLiteral("version"), v21}});
    }
    const QJsonObject v2{{QStringLiteral("id"), QStringLiteral("v2.6")},
                         {QStringLiteral("status"), QStringLiteral("CURRENT")},
                         {QStringLiteral("links"), self(base + QStringLiteral("/image/v2/"))}};
    return reply(QJsonObject{{QStringLiteral("versions"), QJsonArray{v2}}}, Status::MultipleChoices);
}

QJsonObject SandboxServer::catalog() const
{
    const auto service = [](const QString &type, const QString &name, const QString &url, const QString &id) {
        const QJsonObject endpoint{{QStringLiteral("id"), QString(id + QStringLiteral("e"))},
                                   {QStringLiteral("interface"), QStringLiteral("public")},
                                   {QStringLiteral("region"), region()},
                                   {QStringLiteral("region_id"), region()},
                                   {QStringLiteral("url"), url}};
        return QJsonObject{{QStringLiteral("endpoints"), QJsonArray{endpoint}},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("name"), name}};
    };
    return QJsonObject{
        {QStringLiteral("catalog"),
         QJsonArray{service(QStringLiteral("identity"), QStringLiteral("keystone"),
                            baseUrl().toString() + QStringLiteral("/identity"), QStringLiteral("1d0e7a3b")),
                    service(QStringLiteral("compute"), QStringLiteral("nova"), computeUrl().toString(),
                            QStringLiteral("2c4f8b1e")),
                    service(QStringLiteral("image"), QStringLiteral("glance"), imageUrl().toString(),
                            QStringLiteral("3a5d9c2f"))}}};
}

QHttpServerResponse SandboxServer::issueToken(const QHttpServerRequest &request)
{
    const auto auth = bodyObject(request, QStringLiteral("auth"));
    if (!auth)
        return keystoneError(400, auth.error().message);
    const QJsonObject identity = auth.value().value(QLatin1String("identity")).toObject();
    const QJsonArray methods = identity.value(QLatin1String("methods")).toArray();
    if (!methods.contains(QStringLiteral("password")))
        return keystoneError(401, tr("The sandbox signs in by password only (auth method \"password\")."));
    const QJsonObject user =
        identity.value(QLatin1String("password")).toObject().value(QLatin1String("user")).toObject();
    const auto inDomain = [this](const QJsonObject &domain) {
        return domain.value(QLatin1String("id")).toString() == m_identity.domainId ||
               domain.value(QLatin1String("name")).toString() == m_identity.domainName;
    };
    bool userMatches = false;
    if (user.contains(QLatin1String("id"))) {
        userMatches = user.value(QLatin1String("id")).toString() == m_identity.userId;
    } else if (user.contains(QLatin1String("name"))) {
        if (!user.value(QLatin1String("domain")).isObject())
            return keystoneError(400, tr("Expecting to find domain in user. The server could not comply with the "
                                         "request since it is either malformed or otherwise incorrect."));
        userMatches = user.value(QLatin1String("name")).toString() == m_identity.userName &&
                      inDomain(user.value(QLatin1String("domain")).toObject());
    } else {
        return keystoneError(400, tr("Expecting to find id or name in user."));
    }
    const QByteArray password = user.value(QLatin1String("password")).toString().toUtf8();
    // Checked whatever the user name said, so the time taken does not tell whether the user exists.
    const bool passwordMatches = sameSecret(password, m_identity.password);
    if (!userMatches || !passwordMatches) {
        qCInfo(lcSandbox) << "sign-in refused for user" << user.value(QLatin1String("name")).toString()
                          << user.value(QLatin1String("id")).toString();
        return keystoneError(401, tr("The request you have made requires authentication."));
    }
    const QJsonObject scope = auth.value().value(QLatin1String("scope")).toObject();
    if (!scope.isEmpty()) {
        const QJsonObject project = scope.value(QLatin1String("project")).toObject();
        const bool projectMatches = project.contains(QLatin1String("id"))
                                        ? project.value(QLatin1String("id")).toString() == m_identity.projectId
                                        : project.value(QLatin1String("name")).toString() == m_identity.projectName &&
                                              inDomain(project.value(QLatin1String("domain")).toObject());
        if (!projectMatches)
            return keystoneError(401, tr("User %1 has no access to that scope; the sandbox has one project, %2.")
                                          .arg(m_identity.userName, m_identity.projectName));
    }

    const QByteArray tokenId = "qs" + randomHex(32).toLatin1();
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    const QDateTime expires = issued.addSecs(m_tokenLifetimeS);
    m_tokens.removeIf([&issued](const auto &token) { return token.value() <= issued; });
    m_tokens.insert(tokenId, expires);
    const QJsonObject domain{{QStringLiteral("id"), m_identity.domainId},
                             {QStringLiteral("name"), m_identity.domainName}};
    QJsonObject token{
        {QStringLiteral("audit_ids"), QJsonArray{randomHex(11)}},
        {QStringLiteral("expires_at"), QString(preciseTime(expires) + QLatin1Char('Z'))},
        {QStringLiteral("is_domain"), false},
        {QStringLiteral("issued_at"), QString(preciseTime(issued) + QLatin1Char('Z'))},
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("domain"), domain},
                                                {QStringLiteral("id"), m_identity.projectId},
                                                {QStringLiteral("name"), m_identity.projectName}}},
        {QStringLiteral("roles"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("51cc68287d524c759f47c811e6463340")},
                                {QStringLiteral("name"), QStringLiteral("member")}}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("domain"), domain},
                                             {QStringLiteral("id"), m_identity.userId},
                                             {QStringLiteral("name"), m_identity.userName},
                                             {QStringLiteral("password_expires_at"), QJsonValue::Null}}}};
    token.insert(QStringLiteral("catalog"), catalog().value(QLatin1String("catalog")));
    qCInfo(lcSandbox) << "token issued to" << m_identity.userName << "until" << expires.toString(Qt::ISODate);
    QHttpServerResponse response = reply(QJsonObject{{QStringLiteral("token"), token}}, Status::Created);
    response.setHeader(QByteArrayLiteral("X-Subject-Token"), tokenId);
    return response;
}

QHttpServerResponse SandboxServer::authorized(const QHttpServerRequest &request,
                                              const std::function<QHttpServerResponse(const Call &)> &handle) const
{
    const QByteArray token = request.value(QByteArrayLiteral("X-Auth-Token"));
    const auto known = m_tokens.constFind(token);
    const bool valid =
        !token.isEmpty() && known != m_tokens.constEnd() && known.value() > QDateTime::currentDateTimeUtc();
    const bool compute = isCompute(request.url().path());
    if (!valid) {
        // keystonemiddleware's answer, the same for every service behind it.
        QHttpServerResponse refused = reply(
            keystoneErrorBody(401, tr("The request you have made requires authentication.")), Status::Unauthorized);
        refused.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                          "Keystone uri=\"" + baseUrl().toString().toUtf8() + "/identity\"");
        return refused;
    }
    Call call{request};
    if (compute) {
        const auto microversion = requestedMicroversion(request);
        if (!microversion)
            return novaFault(microversion.error());
        call.microversion = microversion.value();
    }
    return handle(call);
}

QJsonObject SandboxServer::links(const QString &collection, const QString &id) const
{
    const QString ref = QString::fromLatin1(QUrl::toPercentEncoding(id));
    const QString self = computeUrl().toString() + QLatin1Char('/') + collection + QLatin1Char('/') + ref;
    const QString bookmark = baseUrl().toString() + QStringLiteral("/compute/") + collection + QLatin1Char('/') + ref;
    return QJsonObject{
        {QStringLiteral("links"),
         QJsonArray{
             QJsonObject{{QStringLiteral("href"), self}, {QStringLiteral("rel"), QStringLiteral("self")}},
             QJsonObject{{QStringLiteral("href"), bookmark}, {QStringLiteral("rel"), QStringLiteral("bookmark")}}}}};
}

QJsonObject SandboxServer::renderFlavor(const SandboxFlavor &flavor, bool detail) const
{
    QJsonObject object{{QStringLiteral("id"), flavor.id}, {QStringLiteral("name"), flavor.name}};
    object.insert(QStringLiteral("links"), links(QStringLiteral("flavors"), flavor.id).value(QLatin1String("links")));
    if (detail) {
        object.insert(QStringLiteral("OS-FLV-DISABLED:disabled"), false);
        object.insert(QStringLiteral("disk"), flavor.diskGb);
        object.insert(QStringLiteral("OS-FLV-EXT-DATA:ephemeral"), 0);
        object.insert(QStringLiteral("os-flavor-access:is_public"), true);
        object.insert(QStringLiteral("ram"), flavor.ramMb);
        object.insert(QStringLiteral("swap"), QString());
        object.insert(QStringLiteral("vcpus"), flavor.vcpus);
        object.insert(QStringLiteral("rxtx_factor"), 1.0);
    }
    return object;
}

QHttpServerResponse SandboxServer::flavors(const Call &call, bool detail) const
{
    Q_UNUSED(call)
    QJsonArray list;
    for (const SandboxFlavor &flavor : m_backend->flavors())
        list << renderFlavor(flavor, detail);
    return reply(QJsonObject{{QStringLiteral("flavors"), list}});
}

QHttpServerResponse SandboxServer::flavor(const Call &call, const QString &id) const
{
    Q_UNUSED(call)
    const auto found = m_backend->flavor(id);
    if (!found)
        return novaFault(404, tr("Flavor %1 could not be found.").arg(id));
    return reply(QJsonObject{{QStringLiteral("flavor"), renderFlavor(*found, true)}});
}

QHttpServerResponse SandboxServer::flavorExtraSpecs(const Call &call, const QString &id) const
{
    Q_UNUSED(call)
    if (!m_backend->flavor(id))
        return novaFault(404, tr("Flavor %1 could not be found.").arg(id));
    return reply(QJsonObject{{QStringLiteral("extra_specs"), QJsonObject()}});
}

QJsonObject SandboxServer::renderNovaImage(const SandboxImage &image, bool detail) const
{
    QJsonObject object{{QStringLiteral("id"), image.id}, {QStringLiteral("name"), image.name}};
    QJsonArray imageLinks = links(QStringLiteral("images"), image.id).value(QLatin1String("links")).toArray();
    imageLinks << QJsonObject{
        {QStringLiteral("href"), QString(imageUrl().toString() + QStringLiteral("/images/") + image.id)},
        {QStringLiteral("rel"), QStringLiteral("alternate")},
        {QStringLiteral("type"), QStringLiteral("application/vnd.openstack.image")}};
    object.insert(QStringLiteral("links"), imageLinks);
    if (!detail)
        return object;
    // No "OS-DCF:diskConfig": Nova shows it only for images with the auto_disk_config property.
    object.insert(QStringLiteral("OS-EXT-IMG-SIZE:size"), image.sizeBytes);
    object.insert(QStringLiteral("created"), isoTime(image.created));
    object.insert(QStringLiteral("metadata"), toJson(image.metadata));
    object.insert(QStringLiteral("minDisk"), image.minDiskGb);
    object.insert(QStringLiteral("minRam"), image.minRamMb);
    object.insert(QStringLiteral("progress"), imageProgressForNova(image.status));
    object.insert(QStringLiteral("status"), imageStatusForNova(image.status));
    object.insert(QStringLiteral("updated"), isoTime(image.updated));
    if (!image.serverId.isEmpty()) {
        QJsonObject server{{QStringLiteral("id"), image.serverId}};
        server.insert(QStringLiteral("links"),
                      links(QStringLiteral("servers"), image.serverId).value(QLatin1String("links")));
        object.insert(QStringLiteral("server"), server);
    }
    return object;
}

QHttpServerResponse SandboxServer::novaImages(const Call &call, bool detail) const
{
    if (call.microversion >= 36)
        return novaFault(404, tr("The image proxy API is gone from microversion 2.36; use the image service."));
    QJsonArray list;
    for (const SandboxImage &image : m_backend->images())
        list << renderNovaImage(image, detail);
    return reply(QJsonObject{{QStringLiteral("images"), list}});
}

QHttpServerResponse SandboxServer::novaImage(const Call &call, const QString &id) const
{
    if (call.microversion >= 36)
        return novaFault(404, tr("The image proxy API is gone from microversion 2.36; use the image service."));
    const auto found = m_backend->image(id);
    if (!found)
        return novaFault(404, tr("Image not found."));
    return reply(QJsonObject{{QStringLiteral("image"), renderNovaImage(*found, true)}});
}

QHttpServerResponse SandboxServer::deleteNovaImage(const Call &call, const QString &id)
{
    if (call.microversion >= 36)
        return novaFault(404, tr("The image proxy API is gone from microversion 2.36; use the image service."));
    const auto deleted = m_backend->deleteImage(id);
    if (!deleted)
        return novaFault(deleted.error());
    return empty(Status::NoContent);
}

QJsonObject SandboxServer::renderKeypair(const SandboxKeypair &keypair, const Call &call, bool full) const
{
    QJsonObject object{{QStringLiteral("fingerprint"), keypair.fingerprint},
                       {QStringLiteral("name"), keypair.name},
                       {QStringLiteral("public_key"), keypair.publicKey}};
    if (call.microversion >= 2)
        object.insert(QStringLiteral("type"), keypair.type);
    if (full) {
        object.insert(QStringLiteral("user_id"), m_identity.userId);
        object.insert(QStringLiteral("deleted"), false);
        object.insert(QStringLiteral("created_at"), preciseTime(keypair.created));
        object.insert(QStringLiteral("updated_at"), QJsonValue::Null);
        object.insert(QStringLiteral("deleted_at"), QJsonValue::Null);
        object.insert(QStringLiteral("id"), int(qHash(keypair.name) % 100000) + 1);
    }
    return object;
}

QHttpServerResponse SandboxServer::keypairs(const Call &call) const
{
    QJsonArray list;
    for (const SandboxKeypair &keypair : m_backend->keypairs())
        list << QJsonObject{{QStringLiteral("keypair"), renderKeypair(keypair, call, false)}};
    return reply(QJsonObject{{QStringLiteral("keypairs"), list}});
}

QHttpServerResponse SandboxServer::keypair(const Call &call, const QString &name) const
{
    const auto found = m_backend->keypair(name);
    if (!found)
        return novaFault(404, tr("Keypair %1 not found.").arg(name));
    return reply(QJsonObject{{QStringLiteral("keypair"), renderKeypair(*found, call, true)}});
}

QHttpServerResponse SandboxServer::createKeypair(const Call &call)
{
    const auto body = bodyObject(call.request, QStringLiteral("keypair"));
    if (!body)
        return novaFault(body.error());
    const QJsonValue name = body.value().value(QLatin1String("name"));
    const QJsonValue publicKey = body.value().value(QLatin1String("public_key"));
    if (!name.isString())
        return novaFault(400, tr("Invalid input for field/attribute keypair: \"name\" is a required string."));
    if (!publicKey.isUndefined() && !publicKey.isString())
        return novaFault(400, tr("Invalid input for field/attribute keypair: \"public_key\" must be a string."));
    const QString type = body.value().value(QLatin1String("type")).toString(QStringLiteral("ssh"));
    if (type != QLatin1String("ssh"))
        return novaFault(400, tr("The sandbox makes key pairs of type \"ssh\" only."));
    const Status created = call.microversion >= 2 ? Status::Created : Status::Ok;
    if (publicKey.isString()) {
        const auto imported = m_backend->importKeypair(name.toString(), publicKey.toString());
        if (!imported)
            return novaFault(imported.error());
        QJsonObject object = renderKeypair(imported.value(), call, false);
        object.insert(QStringLiteral("user_id"), m_identity.userId);
        return reply(QJsonObject{{QStringLiteral("keypair"), object}}, created);
    }
    const auto generated = m_backend->generateKeypair(name.toString());
    if (!generated)
        return novaFault(generated.error());
    QJsonObject object = renderKeypair(generated.value().first, call, false);
    object.insert(QStringLiteral("user_id"), m_identity.userId);
    object.insert(QStringLiteral("private_key"), QString::fromLatin1(generated.value().second));
    return reply(QJsonObject{{QStringLiteral("keypair"), object}}, created);
}

QHttpServerResponse SandboxServer::deleteKeypair(const Call &call, const QString &name)
{
    const auto deleted = m_backend->deleteKeypair(name);
    if (!deleted)
        return novaFault(deleted.error());
    return empty(call.microversion >= 2 ? Status::NoContent : Status::Accepted);
}

QJsonObject SandboxServer::renderServer(const SandboxInstance &server, bool detail) const
{
    QJsonObject object{{QStringLiteral("id"), server.id}, {QStringLiteral("name"), server.name}};
    object.insert(QStringLiteral("links"), links(QStringLiteral("servers"), server.id).value(QLatin1String("links")));
    if (!detail)
        return object;
    const auto bookmark = [this](const QString &collection, const QString &id) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("links"), QJsonArray{links(collection, id).value(QLatin1String("links")).toArray().at(1)}}};
    };
    QJsonObject addresses;
    for (const SandboxAddress &address : server.addresses) {
        QJsonArray onNetwork = addresses.value(address.network).toArray();
        onNetwork << QJsonObject{{QStringLiteral("addr"), address.address},
                                 {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), address.mac},
                                 {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("fixed")},
                                 {QStringLiteral("version"), address.version}};
        addresses.insert(address.network, onNetwork);
    }
    object.insert(QStringLiteral("accessIPv4"), server.accessIPv4);
    object.insert(QStringLiteral("accessIPv6"), QString());
    object.insert(QStringLiteral("addresses"), addresses);
    object.insert(QStringLiteral("created"), isoTime(server.created));
    object.insert(QStringLiteral("flavor"), bookmark(QStringLiteral("flavors"), server.flavorId));
    object.insert(QStringLiteral("hostId"),
                  server.status == QLatin1String("BUILD")
                      ? QString()
                      : QString::fromLatin1(QCryptographicHash::hash((m_identity.projectId + server.id).toUtf8(),
                                                                     QCryptographicHash::Sha224)
                                                .toHex()));
    object.insert(QStringLiteral("image"), bookmark(QStringLiteral("images"), server.imageId));
    object.insert(QStringLiteral("key_name"), nullable(server.keyName));
    object.insert(QStringLiteral("metadata"), toJson(server.metadata));
    object.insert(QStringLiteral("config_drive"), QString());
    object.insert(QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL"));
    object.insert(QStringLiteral("OS-EXT-AZ:availability_zone"), QStringLiteral("nova"));
    object.insert(QStringLiteral("OS-EXT-STS:power_state"), server.status == QLatin1String("ACTIVE") ? 1 : 0);
    object.insert(QStringLiteral("OS-EXT-STS:task_state"), nullable(server.taskState));
    object.insert(QStringLiteral("OS-EXT-STS:vm_state"), vmState(server));
    object.insert(QStringLiteral("os-extended-volumes:volumes_attached"), QJsonArray());
    object.insert(QStringLiteral("OS-SRV-USG:launched_at"),
                  server.launched.isValid() ? QJsonValue(preciseTime(server.launched)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("OS-SRV-USG:terminated_at"), QJsonValue::Null);
    object.insert(QStringLiteral("progress"), server.progress);
    object.insert(QStringLiteral("security_groups"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}});
    object.insert(QStringLiteral("status"), server.status);
    object.insert(QStringLiteral("tenant_id"), m_identity.projectId);
    object.insert(QStringLiteral("updated"), isoTime(server.updated));
    object.insert(QStringLiteral("user_id"), m_identity.userId);
    if (server.fault) {
        object.insert(QStringLiteral("fault"), QJsonObject{{QStringLiteral("code"), server.fault->code},
                                                           {QStringLiteral("created"), isoTime(server.updated)},
                                                           {QStringLiteral("message"), server.fault->message}});
    }
    return object;
}

QHttpServerResponse SandboxServer::servers(const Call &call, bool detail) const
{
    const QUrlQuery query = call.request.query();
    QList<SandboxInstance> matching;
    QRegularExpression name;
    if (query.hasQueryItem(QStringLiteral("name"))) {
        name.setPattern(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
        if (!name.isValid())
            return novaFault(400, tr("Invalid filter \"name\": %1.").arg(name.errorString()));
    }
    const QString status = query.queryItemValue(QStringLiteral("status")).toUpper();
    for (const SandboxInstance &server : m_backend->servers()) {
        if (!name.pattern().isEmpty() && !name.match(server.name).hasMatch())
            continue;
        if (!status.isEmpty() && server.status != status)
            continue;
        matching << server;
    }
    if (query.hasQueryItem(QStringLiteral("marker"))) {
        const QString marker = query.queryItemValue(QStringLiteral("marker"));
        int at = -1;
        for (int i = 0; i < matching.size(); ++i) {
            if (matching.at(i).id == marker)
                at = i;
        }
        if (at < 0)
            return novaFault(400, tr("marker [%1] not found").arg(marker));
        matching = matching.mid(at + 1);
    }
    int limit = kMaxPageSize;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return novaFault(400, tr("Invalid input for query parameters limit: it must be a whole number of at "
                                     "least 0."));
        limit = std::min(limit, kMaxPageSize);
    }
    const bool more = matching.size() > limit;
    matching = matching.mid(0, limit);
    QJsonArray list;
    for (const SandboxInstance &server : matching)
        list << renderServer(server, detail);
    QJsonObject body{{QStringLiteral("servers"), list}};
    if (!matching.isEmpty() && (more || matching.size() == limit) && query.hasQueryItem(QStringLiteral("limit"))) {
        QUrlQuery next = query;
        next.removeAllQueryItems(QStringLiteral("marker"));
        next.addQueryItem(QStringLiteral("marker"), matching.last().id);
        QUrl href(computeUrl().toString() + (detail ? QStringLiteral("/servers/detail") : QStringLiteral("/servers")));
        href.setQuery(next);
        body.insert(QStringLiteral("servers_links"),
                    QJsonArray{QJsonObject{{QStringLiteral("href"), href.toString(QUrl::FullyEncoded)},
                                           {QStringLiteral("rel"), QStringLiteral("next")}}});
    }
    return reply(body);
}

QHttpServerResponse SandboxServer::server(const Call &call, const QString &id) const
{
    Q_UNUSED(call)
    const auto found = m_backend->server(id);
    if (!found)
        return novaFault(404, tr("Instance %1 could not be found.").arg(id));
    return reply(QJsonObject{{QStringLiteral("server"), renderServer(*found, true)}});
}

QHttpServerResponse SandboxServer::createServer(const Call &call)
{
    const auto body = bodyObject(call.request, QStringLiteral("server"));
    if (!body)
        return novaFault(body.error());
    const QJsonObject spec = body.value();
    const auto text = [&spec](const char *key) { return spec.value(QLatin1String(key)); };
    for (const char *required : {"name", "imageRef", "flavorRef"}) {
        if (!text(required).isString())
            return novaFault(400, tr("Invalid input for field/attribute server: \"%1\" is a required string.")
                                      .arg(QLatin1String(required)));
    }
    if (call.microversion >= 37 && !spec.contains(QLatin1String("networks")))
        return novaFault(400, tr("Invalid input for field/attribute server: \"networks\" is required from "
                                 "microversion 2.37 (\"auto\", \"none\" or a list)."));
    SandboxServerRequest request;
    request.name = text("name").toString();
    request.imageId = referenceId(text("imageRef").toString());
    request.flavorId = referenceId(text("flavorRef").toString());
    if (!text("key_name").isUndefined() && !text("key_name").isNull()) {
        if (!text("key_name").isString())
            return novaFault(400, tr("Invalid input for field/attribute key_name: it must be a string."));
        request.keyName = text("key_name").toString();
    }
    const QJsonObject metadata = text("metadata").toObject();
    if (!text("metadata").isUndefined() && !text("metadata").isObject())
        return novaFault(400, tr("Invalid input for field/attribute metadata: it must be an object."));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (!it.value().isString())
            return novaFault(400, tr("Invalid input for field/attribute metadata: the value of \"%1\" must be a "
                                     "string.")
                                      .arg(it.key()));
        request.metadata.insert(it.key(), it.value().toString());
    }
    if (text("user_data").isString()) {
        const QByteArray encoded = text("user_data").toString().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return novaFault(400, tr("Invalid input for field/attribute user_data: it must be base64."));
        if (encoded.size() > kMaxUserDataBytes)
            return novaFault(400, tr("Invalid input for field/attribute user_data: at most %1 bytes (base64) are "
                                     "allowed.")
                                      .arg(kMaxUserDataBytes));
        request.userData = *decoded;
    }
    for (const QJsonValue &file : text("personality").toArray()) {
        const QString path = file.toObject().value(QLatin1String("path")).toString();
        const auto contents =
            QByteArray::fromBase64Encoding(file.toObject().value(QLatin1String("contents")).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!contents)
            return novaFault(400, tr("Personality content for %1 cannot be decoded: it must be base64.").arg(path));
        request.personality << qMakePair(path, *contents);
    }
    // A list of {"uuid"} (or "auto" / "none" from 2.37): the uuids are kept, as the sandbox has one network.
    if (text("networks").isArray()) {
        for (const QJsonValue &network : text("networks").toArray()) {
            if (!network.toObject().value(QLatin1String("uuid")).isString())
                return novaFault(400, tr("Bad networks format: each network needs a \"uuid\"."));
            request.networks << network.toObject().value(QLatin1String("uuid")).toString();
        }
    }
    const auto created = m_backend->createServer(request);
    if (!created)
        return novaFault(created.error());
    QJsonObject server{{QStringLiteral("id"), created.value().id},
                       {QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
                       {QStringLiteral("adminPass"), created.value().adminPass},
                       {QStringLiteral("security_groups"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}}}};
    const QJsonArray serverLinks =
        links(QStringLiteral("servers"), created.value().id).value(QLatin1String("links")).toArray();
    server.insert(QStringLiteral("links"), serverLinks);
    QHttpServerResponse response = reply(QJsonObject{{QStringLiteral("server"), server}}, Status::Accepted);
    response.setHeader(QByteArrayLiteral("Location"),
                       serverLinks.at(0).toObject().value(QLatin1String("href")).toString().toUtf8());
    return response;
}

QHttpServerResponse SandboxServer::deleteServer(const Call &call, const QString &id)
{
    Q_UNUSED(call)
    const auto deleted = m_backend->deleteServer(id);
    if (!deleted)
        return novaFault(deleted.error());
    return empty(Status::NoContent);
}

QHttpServerResponse SandboxServer::serverAction(const Call &call, const QString &id)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body(), &parseError);
    if (!document.isObject())
        return novaFault(400, tr("Malformed request body: %1.").arg(parseError.errorString()));
    if (!m_backend->server(id))
        return novaFault(404, tr("Instance %1 could not be found.").arg(id));
    if (document.object().contains(QLatin1String("os-getConsoleOutput")))
        return consoleOutput(document.object().value(QLatin1String("os-getConsoleOutput")).toObject(), id);
    if (!document.object().contains(QLatin1String("createImage"))) {
        const QString action = document.object().isEmpty() ? QString() : document.object().keys().constFirst();
        return novaFault(400, tr("The sandbox does not offer the server action \"%1\"; it offers createImage and "
                                 "os-getConsoleOutput.")
                                  .arg(action));
    }
    const QJsonObject createImage = document.object().value(QLatin1String("createImage")).toObject();
    if (!createImage.value(QLatin1String("name")).isString())
        return novaFault(400, tr("Invalid input for field/attribute createImage: \"name\" is a required string."));
    QMap<QString, QString> metadata;
    const QJsonObject given = createImage.value(QLatin1String("metadata")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        metadata.insert(it.key(), it.value().toVariant().toString());
    const auto image = m_backend->createImage(id, createImage.value(QLatin1String("name")).toString(), metadata);
    if (!image)
        return novaFault(image.error());
    if (call.microversion >= 45)
        return reply(QJsonObject{{QStringLiteral("image_id"), image.value().id}}, Status::Accepted);
    QHttpServerResponse response = empty(Status::Accepted);
    response.setHeader(QByteArrayLiteral("Location"),
                       (imageUrl().toString() + QStringLiteral("/v2/images/") + image.value().id).toUtf8());
    return response;
}

QHttpServerResponse SandboxServer::consoleOutput(const QJsonObject &arguments, const QString &id) const
{
    // Nova takes the length as a number or a numeric string; none (or -1) means the whole log.
    const QJsonValue given = arguments.value(QLatin1String("length"));
    bool numeric = true;
    const int length = given.isString() ? given.toString().toInt(&numeric) : given.toInt(-1);
    if (!numeric || (!given.isUndefined() && !given.isNull() && !given.isString() && !given.isDouble()))
        return novaFault(400, tr("Invalid input for field/attribute length: give a number of lines."));
    QString log = m_backend->server(id)->consoleLog;
    if (log.endsWith(QLatin1Char('\n')))
        log.chop(1);
    QStringList lines = log.isEmpty() ? QStringList() : log.split(QLatin1Char('\n'));
    if (length >= 0 && lines.size() > length)
        lines = lines.mid(lines.size() - length);
    return reply(QJsonObject{
        {QStringLiteral("output"), lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n')}});
}

QJsonObject SandboxServer::renderGlanceImage(const SandboxImage &image) const
{
    const bool active = image.status == SandboxImage::Status::Active;
    QJsonObject object;
    // Glance shows an image's properties as top-level keys beside its own.
    for (auto it = image.metadata.begin(); it != image.metadata.end(); ++it)
        object.insert(it.key(), it.value());
    const QString self = QStringLiteral("/v2/images/") + image.id;
    object.insert(QStringLiteral("status"), imageStatusForGlance(image.status));
    object.insert(QStringLiteral("name"), image.name);
    object.insert(QStringLiteral("tags"), QJsonArray());
    object.insert(QStringLiteral("container_format"), QStringLiteral("bare"));
    object.insert(QStringLiteral("created_at"), isoTime(image.created));
    object.insert(QStringLiteral("disk_format"), QStringLiteral("raw"));
    object.insert(QStringLiteral("updated_at"), isoTime(image.updated));
    object.insert(QStringLiteral("visibility"),
                  image.serverId.isEmpty() ? QStringLiteral("public") : QStringLiteral("private"));
    object.insert(QStringLiteral("self"), self);
    object.insert(QStringLiteral("min_disk"), image.minDiskGb);
    object.insert(QStringLiteral("protected"), image.serverId.isEmpty());
    object.insert(QStringLiteral("id"), image.id);
    object.insert(QStringLiteral("file"), QString(self + QStringLiteral("/file")));
    object.insert(QStringLiteral("checksum"), QJsonValue::Null);
    object.insert(QStringLiteral("os_hash_algo"), QJsonValue::Null);
    object.insert(QStringLiteral("os_hash_value"), QJsonValue::Null);
    object.insert(QStringLiteral("os_hidden"), false);
    object.insert(QStringLiteral("owner"), m_identity.projectId);
    object.insert(QStringLiteral("size"), active ? QJsonValue(image.sizeBytes) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("min_ram"), image.minRamMb);
    object.insert(QStringLiteral("schema"), QStringLiteral("/v2/schemas/image"));
    object.insert(QStringLiteral("virtual_size"), QJsonValue::Null);
    return object;
}

QHttpServerResponse SandboxServer::glanceImages(const Call &call) const
{
    Q_UNUSED(call)
    QJsonArray list;
    for (const SandboxImage &image : m_backend->images())
        list << renderGlanceImage(image);
    return reply(QJsonObject{{QStringLiteral("images"), list},
                             {QStringLiteral("schema"), QStringLiteral("/v2/schemas/images")},
                             {QStringLiteral("first"), QStringLiteral("/v2/images")}});
}

QHttpServerResponse SandboxServer::glanceImage(const Call &call, const QString &id) const
{
    Q_UNUSED(call)
    const auto found = m_backend->image(id);
    if (!found)
        return glanceError(404, tr("No image found with ID %1").arg(id));
    return reply(renderGlanceImage(*found));
}

QHttpServerResponse SandboxServer::deleteGlanceImage(const Call &call, const QString &id)
{
    Q_UNUSED(call)
    const auto deleted = m_backend->deleteImage(id);
    if (!deleted)
        return glanceError(deleted.error().httpStatus, deleted.error().message);
    return QHttpServerResponse(Status::NoContent);
}

} // namespace quayside
