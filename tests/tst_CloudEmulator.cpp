// The cloud emulator, driven by a raw QNetworkAccessManager: Keystone v2.0 (Rackspace API key, password)
// and v3 (password, application credential), Nova's server, image and key pair life cycles, pagination,
// microversions, every injectable fault, and responses that keep the official samples' shape.
#include "CloudEmulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using quayside::test::CloudEmulator;
using Fault = CloudEmulator::Fault;

namespace {

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

QJsonObject readSample(const QString &relativePath)
{
    QFile file(CloudEmulator::samplesDirectory() + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

// An OpenSSH public key that Nova's own samples show with its fingerprint.
QJsonObject sampleKeypair()
{
    return readSample(QStringLiteral("nova/os-keypairs/keypairs-import-post-resp.json"))
        .value(QLatin1String("keypair"))
        .toObject();
}

QString urlOf(const QJsonArray &catalog, const QString &type, const QString &interface)
{
    for (const QJsonValue service : catalog) {
        if (service.toObject().value(QLatin1String("type")).toString() != type)
            continue;
        for (const QJsonValue endpoint : service.toObject().value(QLatin1String("endpoints")).toArray()) {
            if (endpoint.toObject().value(QLatin1String("interface")).toString() == interface)
                return endpoint.toObject().value(QLatin1String("url")).toString();
        }
    }
    return {};
}

} // namespace

class tst_CloudEmulator : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    Response send(const QByteArray &method, const QString &url, const QJsonObject &body = {},
                  const Headers &headers = {})
    {
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(5000);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QByteArray payload;
        if (!body.isEmpty()) {
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        }
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Response response;
        response.elapsedMs = timer.elapsed();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.body = reply->readAll();
        response.json = QJsonDocument::fromJson(response.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        delete reply;
        return response;
    }

    Response get(const QString &url, const QString &token, const Headers &extra = {})
    {
        return send("GET", url, {}, Headers{{"X-Auth-Token", token.toLatin1()}} + extra);
    }

    static void addDemoUser(CloudEmulator &cloud)
    {
        CloudEmulator::User user;
        user.name = QStringLiteral("demo");
        user.password = QStringLiteral("secretsecret");
        user.projectName = QStringLiteral("demo");
        cloud.addUser(user);
    }

    static QJsonObject v3PasswordAuth(const QString &password)
    {
        const QJsonObject domain{{QStringLiteral("name"), QStringLiteral("Default")}};
        return {{QStringLiteral("auth"),
                 QJsonObject{{QStringLiteral("identity"),
                              QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                          {QStringLiteral("password"),
                                           QJsonObject{{QStringLiteral("user"),
                                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("demo")},
                                                                    {QStringLiteral("domain"), domain},
                                                                    {QStringLiteral("password"), password}}}}}}},
                             {QStringLiteral("scope"),
                              QJsonObject{{QStringLiteral("project"),
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("demo")},
                                                       {QStringLiteral("domain"), domain}}}}}}}};
    }

    // Logs in to an OpenStack-profile emulator with Keystone v3; the token, and the compute URL for interface.
    QPair<QString, QString> loginV3(CloudEmulator &cloud, const QString &interface = QStringLiteral("public"))
    {
        const Response response = send("POST", cloud.identityV3Url().toString() + QStringLiteral("/auth/tokens"),
                                       v3PasswordAuth(QStringLiteral("secretsecret")));
        const QJsonArray catalog =
            response.json.value(QLatin1String("token")).toObject().value(QLatin1String("catalog")).toArray();
        return {QString::fromLatin1(response.header("X-Subject-Token")),
                urlOf(catalog, QStringLiteral("compute"), interface)};
    }

    static void startOpenStack(CloudEmulator &cloud)
    {
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        addDemoUser(cloud);
    }

    // Signs in to the emulated Rackspace Identity with the user's API key; the token's id.
    QString rackspaceToken(const CloudEmulator &cloud, const CloudEmulator::User &user)
    {
        const Response login =
            send("POST", cloud.identityV2Url().toString() + QStringLiteral("/tokens"),
                 {{QStringLiteral("auth"), QJsonObject{{QStringLiteral("RAX-KSKEY:apiKeyCredentials"),
                                                        QJsonObject{{QStringLiteral("username"), user.name},
                                                                    {QStringLiteral("apiKey"), user.apiKey}}}}}});
        return login.json.value(QLatin1String("access"))
            .toObject()
            .value(QLatin1String("token"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }

    QJsonObject createServerBody(const QString &name) const
    {
        return {{QStringLiteral("server"),
                 QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("imageRef"), QStringLiteral("70a599e0-31e7-49b7-b260-868f441e862b")},
                             {QStringLiteral("flavorRef"), QStringLiteral("1")}}}};
    }

    // Polls a server until it leaves BUILD; the statuses seen on the way.
    QStringList pollServer(const QString &serverUrl, const QString &token, int maxPolls = 10)
    {
        QStringList seen;
        for (int i = 0; i < maxPolls; ++i) {
            const Response response = get(serverUrl, token);
            seen.append(
                response.json.value(QLatin1String("server")).toObject().value(QLatin1String("status")).toString());
            if (seen.constLast() != QLatin1String("BUILD"))
                break;
        }
        return seen;
    }

private Q_SLOTS:
    void rackspaceApiKeyGivesTheRackspaceCatalogOnTheEmulator()
    {
        CloudEmulator cloud(CloudEmulator::Profile::Rackspace);
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        CloudEmulator::User user;
        user.name = QStringLiteral("maeker123");
        user.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        user.projectId = QStringLiteral("929418");
        cloud.addUser(user);

        const QJsonObject body{
            {QStringLiteral("auth"), QJsonObject{{QStringLiteral("RAX-KSKEY:apiKeyCredentials"),
                                                  QJsonObject{{QStringLiteral("username"), user.name},
                                                              {QStringLiteral("apiKey"), user.apiKey}}}}}};
        const Response response = send("POST", cloud.identityV2Url().toString() + QStringLiteral("/tokens"), body);
        QCOMPARE(response.status, 200);
        const QJsonObject access = response.json.value(QLatin1String("access")).toObject();
        const QJsonObject token = access.value(QLatin1String("token")).toObject();
        QVERIFY(!token.value(QLatin1String("id")).toString().isEmpty());
        QCOMPARE(token.value(QLatin1String("tenant")).toObject().value(QLatin1String("id")).toString(), user.projectId);
        QCOMPARE(token.value(QLatin1String("RAX-AUTH:authenticatedBy")).toArray(),
                 QJsonArray{QStringLiteral("APIKEY")});
        const QDateTime expires =
            QDateTime::fromString(token.value(QLatin1String("expires")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60);

        // Same keys as the Rackspace sample, at each level a client reads.
        const QJsonObject sampleAccess = readSample(QStringLiteral("rackspace-identity-v2.0/auth-response.json"))
                                             .value(QLatin1String("access"))
                                             .toObject();
        QCOMPARE(keysOf(access), keysOf(sampleAccess));
        QCOMPARE(keysOf(token), keysOf(sampleAccess.value(QLatin1String("token")).toObject()));
        QCOMPARE(keysOf(access.value(QLatin1String("user")).toObject()),
                 keysOf(sampleAccess.value(QLatin1String("user")).toObject()));

        QSet<QString> regions;
        QSet<QString> computeRegions;
        const QString origin = cloud.baseUrl().toString() + QLatin1Char('/');
        for (const QJsonValue service : access.value(QLatin1String("serviceCatalog")).toArray()) {
            const QJsonObject serviceObject = service.toObject();
            for (const QJsonValue endpointValue : serviceObject.value(QLatin1String("endpoints")).toArray()) {
                const QJsonObject endpoint = endpointValue.toObject();
                const QString region = endpoint.value(QLatin1String("region")).toString();
                if (!region.isEmpty())
                    regions.insert(region);
                for (const char *key : {"publicURL", "internalURL", "versionInfo", "versionList"}) {
                    const QString url = endpoint.value(QLatin1String(key)).toString();
                    QVERIFY2(url.isEmpty() || url.startsWith(origin), qPrintable(url)); // nothing leaves 127.0.0.1
                }
                if (serviceObject.value(QLatin1String("name")).toString() == QLatin1String("cloudServersOpenStack")) {
                    computeRegions.insert(region);
                    const QString publicUrl = endpoint.value(QLatin1String("publicURL")).toString();
                    QCOMPARE(publicUrl, cloud.computePrefix(region).toString() + QStringLiteral("/v2/929418"));
                }
            }
        }
        QCOMPARE(regions, (QSet<QString>{QStringLiteral("DFW"), QStringLiteral("ORD"), QStringLiteral("IAD"),
                                         QStringLiteral("LON"), QStringLiteral("SYD"), QStringLiteral("HKG")}));
        // The sample's compute service covers four of them.
        QCOMPARE(computeRegions, (QSet<QString>{QStringLiteral("DFW"), QStringLiteral("IAD"), QStringLiteral("SYD"),
                                                QStringLiteral("HKG")}));

        // The token opens the compute URL; the log tells which region and interface were used.
        const QString tokenId = token.value(QLatin1String("id")).toString();
        const Response flavors =
            get(cloud.computePrefix(QStringLiteral("SYD")).toString() + QStringLiteral("/v2/929418/flavors"), tokenId);
        QCOMPARE(flavors.status, 200);
        const auto logged = cloud.requests("GET", QStringLiteral("/flavors$"));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().region, QStringLiteral("syd"));
        QCOMPARE(logged.first().interface, QStringLiteral("public"));
        QCOMPARE(logged.first().header("X-Auth-Token"), tokenId.toLatin1());

        QJsonObject wrong = body;
        wrong[QLatin1String("auth")] = QJsonObject{
            {QStringLiteral("RAX-KSKEY:apiKeyCredentials"),
             QJsonObject{{QStringLiteral("username"), user.name}, {QStringLiteral("apiKey"), QStringLiteral("nope")}}}};
        const Response refused = send("POST", cloud.identityV2Url().toString() + QStringLiteral("/tokens"), wrong);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(QLatin1String("unauthorized")).toObject().value(QLatin1String("code")).toInt(),
                 401);
        for (const auto &request : cloud.requests())
            QVERIFY(!request.target.contains(user.apiKey));
    }

    void rackspaceComputeRegionsCanBeWidened()
    {
        CloudEmulator cloud(CloudEmulator::Profile::Rackspace);
        QVERIFY(cloud.start());
        CloudEmulator::User user;
        user.name = QStringLiteral("racker");
        user.password = QStringLiteral("pw");
        cloud.addUser(user);
        cloud.setComputeRegions({QStringLiteral("ORD"), QStringLiteral("LON")});
        const QJsonObject body{
            {QStringLiteral("auth"), QJsonObject{{QStringLiteral("passwordCredentials"),
                                                  QJsonObject{{QStringLiteral("username"), user.name},
                                                              {QStringLiteral("password"), user.password}}}}}};
        const Response response = send("POST", cloud.identityV2Url().toString() + QStringLiteral("/tokens"), body);
        QCOMPARE(response.status, 200);
        const QJsonObject access = response.json.value(QLatin1String("access")).toObject();
        QCOMPARE(
            access.value(QLatin1String("token")).toObject().value(QLatin1String("RAX-AUTH:authenticatedBy")).toArray(),
            QJsonArray{QStringLiteral("PASSWORD")});
        QStringList computeRegions;
        for (const QJsonValue service : access.value(QLatin1String("serviceCatalog")).toArray()) {
            if (service.toObject().value(QLatin1String("type")).toString() != QLatin1String("compute"))
                continue;
            for (const QJsonValue endpoint : service.toObject().value(QLatin1String("endpoints")).toArray())
                computeRegions.append(endpoint.toObject().value(QLatin1String("region")).toString());
        }
        QCOMPARE(computeRegions, (QStringList{QStringLiteral("ORD"), QStringLiteral("LON")}));
    }

    void keystoneV2PasswordCatalogTellsInterfacesApart()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto auth = [](const QString &password, bool withTenant) {
            QJsonObject inner{{QStringLiteral("passwordCredentials"),
                               QJsonObject{{QStringLiteral("username"), QStringLiteral("demo")},
                                           {QStringLiteral("password"), password}}}};
            if (withTenant)
                inner.insert(QStringLiteral("tenantName"), QStringLiteral("demo"));
            return QJsonObject{{QStringLiteral("auth"), inner}};
        };
        const QString tokensUrl = cloud.identityV2Url().toString() + QStringLiteral("/tokens");
        const Response response = send("POST", tokensUrl, auth(QStringLiteral("secretsecret"), true));
        QCOMPARE(response.status, 200);
        const QJsonObject access = response.json.value(QLatin1String("access")).toObject();
        QCOMPARE(keysOf(access), keysOf(readSample(QStringLiteral("keystone-v2.0/client/authenticate-response.json"))
                                            .value(QLatin1String("access"))
                                            .toObject()));
        QJsonObject compute;
        for (const QJsonValue service : access.value(QLatin1String("serviceCatalog")).toArray()) {
            if (service.toObject().value(QLatin1String("type")).toString() == QLatin1String("compute"))
                compute = service.toObject().value(QLatin1String("endpoints")).toArray().first().toObject();
        }
        const QString publicUrl = compute.value(QLatin1String("publicURL")).toString();
        const QString internalUrl = compute.value(QLatin1String("internalURL")).toString();
        QVERIFY(publicUrl.startsWith(
            cloud.computePrefix(QStringLiteral("RegionOne"), QStringLiteral("public")).toString()));
        QVERIFY(internalUrl.startsWith(
            cloud.computePrefix(QStringLiteral("RegionOne"), QStringLiteral("internal")).toString()));
        QVERIFY(compute.value(QLatin1String("adminURL")).toString().contains(QLatin1String("/admin/")));

        const QString token = access.value(QLatin1String("token")).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(get(internalUrl + QStringLiteral("/flavors/detail"), token).status, 200);
        QCOMPARE(cloud.requests("GET", QStringLiteral("/flavors/detail$")).first().interface,
                 QStringLiteral("internal"));

        // Without a tenant Keystone v2.0 gives an unscoped token: no catalog, and no way into Nova.
        const Response unscoped = send("POST", tokensUrl, auth(QStringLiteral("secretsecret"), false));
        QCOMPARE(unscoped.status, 200);
        const QJsonObject unscopedAccess = unscoped.json.value(QLatin1String("access")).toObject();
        QVERIFY(unscopedAccess.value(QLatin1String("serviceCatalog")).toArray().isEmpty());
        const QString unscopedToken =
            unscopedAccess.value(QLatin1String("token")).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(get(publicUrl + QStringLiteral("/flavors"), unscopedToken).status, 401);

        const Response refused = send("POST", tokensUrl, auth(QStringLiteral("wrong"), true));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(QLatin1String("error")).toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Unauthorized"));
    }

    void keystoneV3PasswordGivesSubjectToken()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const QString tokensUrl = cloud.identityV3Url().toString() + QStringLiteral("/auth/tokens");
        const Response response = send("POST", tokensUrl, v3PasswordAuth(QStringLiteral("secretsecret")));
        QCOMPARE(response.status, 201);
        const QByteArray subject = response.header("X-Subject-Token");
        QCOMPARE(subject.size(), 32);
        const QJsonObject token = response.json.value(QLatin1String("token")).toObject();
        QCOMPARE(keysOf(token),
                 keysOf(readSample(QStringLiteral("keystone-v3/admin/auth-password-project-scoped-response.json"))
                            .value(QLatin1String("token"))
                            .toObject()));
        QCOMPARE(token.value(QLatin1String("methods")).toArray(), QJsonArray{QStringLiteral("password")});
        const QString projectId =
            token.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString();
        const QJsonArray catalog = token.value(QLatin1String("catalog")).toArray();
        for (const char *interface : {"public", "internal", "admin"}) {
            QCOMPARE(urlOf(catalog, QStringLiteral("compute"), QLatin1String(interface)),
                     cloud.computePrefix(QStringLiteral("RegionOne"), QLatin1String(interface)).toString() +
                         QStringLiteral("/v2.1/") + projectId);
        }
        QVERIFY(urlOf(catalog, QStringLiteral("image"), QStringLiteral("public"))
                    .startsWith(cloud.imagePrefix(QStringLiteral("RegionOne")).toString()));
        QCOMPARE(get(urlOf(catalog, QStringLiteral("compute"), QStringLiteral("admin")) + QStringLiteral("/servers"),
                     QString::fromLatin1(subject))
                     .status,
                 200);

        // By user id and project id too.
        const QString userId = token.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
        const QJsonObject byId{
            {QStringLiteral("auth"),
             QJsonObject{
                 {QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                              {QStringLiteral("password"),
                               QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                                                                {QStringLiteral("password"),
                                                                                 QStringLiteral("secretsecret")}}}}}}},
                 {QStringLiteral("scope"),
                  QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), projectId}}}}}}}};
        QCOMPARE(send("POST", tokensUrl, byId).status, 201);

        const Response refused = send("POST", tokensUrl, v3PasswordAuth(QStringLiteral("wrong")));
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("X-Subject-Token").isEmpty());
    }

    void keystoneV3ApplicationCredential()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.addApplicationCredential(QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c"), QStringLiteral("monitoring"),
                                       QStringLiteral("demo"), QStringLiteral("rEaqvJka48mpv"));
        const auto auth = [](const QJsonObject &credential) {
            return QJsonObject{{QStringLiteral("auth"),
                                QJsonObject{{QStringLiteral("identity"),
                                             QJsonObject{{QStringLiteral("methods"),
                                                          QJsonArray{QStringLiteral("application_credential")}},
                                                         {QStringLiteral("application_credential"), credential}}}}}};
        };
        const QString tokensUrl = cloud.identityV3Url().toString() + QStringLiteral("/auth/tokens");
        const Response byId = send("POST", tokensUrl,
                                   auth({{QStringLiteral("id"), QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c")},
                                         {QStringLiteral("secret"), QStringLiteral("rEaqvJka48mpv")}}));
        QCOMPARE(byId.status, 201);
        QVERIFY(!byId.header("X-Subject-Token").isEmpty());
        const QJsonObject token = byId.json.value(QLatin1String("token")).toObject();
        QCOMPARE(token.value(QLatin1String("methods")).toArray(), QJsonArray{QStringLiteral("application_credential")});
        QCOMPARE(token.value(QLatin1String("application_credential_restricted")).toBool(), true);
        QVERIFY(
            !urlOf(token.value(QLatin1String("catalog")).toArray(), QStringLiteral("compute"), QStringLiteral("public"))
                 .isEmpty());

        const QJsonObject user{
            {QStringLiteral("name"), QStringLiteral("demo")},
            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("id"), QStringLiteral("default")}}}};
        const Response byName = send("POST", tokensUrl,
                                     auth({{QStringLiteral("name"), QStringLiteral("monitoring")},
                                           {QStringLiteral("user"), user},
                                           {QStringLiteral("secret"), QStringLiteral("rEaqvJka48mpv")}}));
        QCOMPARE(byName.status, 201);

        const Response wrongSecret =
            send("POST", tokensUrl,
                 auth({{QStringLiteral("id"), QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c")},
                       {QStringLiteral("secret"), QStringLiteral("guess")}}));
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 401);
    }

    void serverBuildsThenGoesActive()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setServerBuildPolls(2);
        const auto [token, compute] = loginV3(cloud);
        const QJsonObject key = sampleKeypair();
        QCOMPARE(send("POST", compute + QStringLiteral("/os-keypairs"),
                      {{QStringLiteral("keypair"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("deploy")},
                                    {QStringLiteral("public_key"), key.value(QLatin1String("public_key"))}}}},
                      {{"X-Auth-Token", token.toLatin1()}})
                     .status,
                 200);

        QJsonObject server = createServerBody(QStringLiteral("tomcat-1")).value(QLatin1String("server")).toObject();
        server.insert(QStringLiteral("key_name"), QStringLiteral("deploy"));
        server.insert(QStringLiteral("personality"),
                      QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/etc/quayside/hello")},
                                             {QStringLiteral("contents"), QStringLiteral("aGVsbG8=")}}});
        server.insert(QStringLiteral("user_data"), QString::fromLatin1(QByteArray("#!/bin/sh\necho hi\n").toBase64()));
        server.insert(QStringLiteral("metadata"),
                      QJsonObject{{QStringLiteral("quayside:role"), QStringLiteral("tomcat")}});
        server.insert(QStringLiteral("networks"),
                      QJsonArray{QJsonObject{{QStringLiteral("uuid"), QStringLiteral("net-1")}}});
        const Response created = send("POST", compute + QStringLiteral("/servers"),
                                      {{QStringLiteral("server"), server}}, {{"X-Auth-Token", token.toLatin1()}});
        QCOMPARE(created.status, 202);
        const QJsonObject createdServer = created.json.value(QLatin1String("server")).toObject();
        QCOMPARE(keysOf(createdServer), keysOf(readSample(QStringLiteral("nova/servers/server-create-resp.json"))
                                                   .value(QLatin1String("server"))
                                                   .toObject()));
        const QString id = createdServer.value(QLatin1String("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(!createdServer.value(QLatin1String("adminPass")).toString().isEmpty());
        const QString serverUrl = compute + QStringLiteral("/servers/") + id;
        QCOMPARE(QString::fromLatin1(created.header("Location")), serverUrl);
        QCOMPARE(createdServer.value(QLatin1String("links"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("href"))
                     .toString(),
                 serverUrl);
        QCOMPARE(cloud.requestCount("POST", QStringLiteral("/servers$")), 1);

        const Response first = get(serverUrl, token);
        const QJsonObject building = first.json.value(QLatin1String("server")).toObject();
        QCOMPARE(building.value(QLatin1String("status")).toString(), QStringLiteral("BUILD"));
        QCOMPARE(building.value(QLatin1String("OS-EXT-STS:task_state")).toString(), QStringLiteral("scheduling"));
        QVERIFY(building.value(QLatin1String("addresses")).toObject().isEmpty());
        const int firstProgress = building.value(QLatin1String("progress")).toInt();
        const QJsonObject spawning = get(serverUrl, token).json.value(QLatin1String("server")).toObject();
        QCOMPARE(spawning.value(QLatin1String("status")).toString(), QStringLiteral("BUILD"));
        QVERIFY(spawning.value(QLatin1String("progress")).toInt() > firstProgress);

        const Response third = get(serverUrl, token);
        QCOMPARE(third.status, 200);
        const QJsonObject active = third.json.value(QLatin1String("server")).toObject();
        QCOMPARE(active.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QVERIFY(active.value(QLatin1String("OS-EXT-STS:task_state")).isNull());
        QCOMPARE(active.value(QLatin1String("key_name")).toString(), QStringLiteral("deploy"));
        QCOMPARE(active.value(QLatin1String("metadata")).toObject().value(QLatin1String("quayside:role")).toString(),
                 QStringLiteral("tomcat"));
        const QJsonArray addresses =
            active.value(QLatin1String("addresses")).toObject().value(QLatin1String("private")).toArray();
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first().toObject().value(QLatin1String("version")).toInt(), 4);
        // The body has exactly the keys of Nova's server-get sample.
        QCOMPARE(keysOf(active), keysOf(readSample(QStringLiteral("nova/servers/server-get-resp.json"))
                                            .value(QLatin1String("server"))
                                            .toObject()));

        const auto state = cloud.server(id);
        QVERIFY(state.has_value());
        QCOMPARE(state->status, QStringLiteral("ACTIVE"));
        QCOMPARE(state->polls, 3);
        QCOMPARE(state->userData, QByteArray("#!/bin/sh\necho hi\n"));
        QCOMPARE(state->personality.size(), 1);
        QCOMPARE(state->personality.first().second, QByteArray("hello"));
        QCOMPARE(state->networks, QStringList{QStringLiteral("net-1")});
        QCOMPARE(cloud.serverCount(), 1);
    }

    void serverBuildCanEndInError()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setServerBuildPolls(1);
        cloud.failServerBuilds(1, 500, QStringLiteral("No valid host was found."));
        const auto [token, compute] = loginV3(cloud);
        const Response created = send("POST", compute + QStringLiteral("/servers"),
                                      createServerBody(QStringLiteral("doomed")), {{"X-Auth-Token", token.toLatin1()}});
        const QString url = QString::fromLatin1(created.header("Location"));
        QCOMPARE(pollServer(url, token), (QStringList{QStringLiteral("BUILD"), QStringLiteral("ERROR")}));
        const QJsonObject failed = get(url, token).json.value(QLatin1String("server")).toObject();
        const QJsonObject fault = failed.value(QLatin1String("fault")).toObject();
        QCOMPARE(fault.value(QLatin1String("code")).toInt(), 500);
        QCOMPARE(fault.value(QLatin1String("message")).toString(), QStringLiteral("No valid host was found."));
        QVERIFY(QDateTime::fromString(fault.value(QLatin1String("created")).toString(), Qt::ISODate).isValid());
        QCOMPARE(failed.value(QLatin1String("OS-EXT-STS:vm_state")).toString(), QStringLiteral("error"));

        // Only the next one failed.
        const Response next = send("POST", compute + QStringLiteral("/servers"),
                                   createServerBody(QStringLiteral("fine")), {{"X-Auth-Token", token.toLatin1()}});
        QCOMPARE(pollServer(QString::fromLatin1(next.header("Location")), token).constLast(), QStringLiteral("ACTIVE"));
    }

    void serverBuildCanEndByTime()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setServerBuildPolls(1000);
        cloud.setServerBuildMs(150);
        const auto [token, compute] = loginV3(cloud);
        const Response created = send("POST", compute + QStringLiteral("/servers"),
                                      createServerBody(QStringLiteral("timed")), {{"X-Auth-Token", token.toLatin1()}});
        const QString url = QString::fromLatin1(created.header("Location"));
        QCOMPARE(
            get(url, token).json.value(QLatin1String("server")).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("BUILD"));
        QTRY_COMPARE_WITH_TIMEOUT(
            get(url, token).json.value(QLatin1String("server")).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("ACTIVE"), 3000);
    }

    void deletedServerGoesAway()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setServerDeletePolls(2);
        const auto [token, compute] = loginV3(cloud);
        const QString project = compute.section(QLatin1Char('/'), -1);
        const QString id = cloud.addServer(QStringLiteral("old"), project);
        const QString url = compute + QStringLiteral("/servers/") + id;
        QCOMPARE(send("DELETE", url, {}, {{"X-Auth-Token", token.toLatin1()}}).status, 204);
        const QJsonObject deleting = get(url, token).json.value(QLatin1String("server")).toObject();
        QCOMPARE(deleting.value(QLatin1String("OS-EXT-STS:task_state")).toString(), QStringLiteral("deleting"));
        const QJsonObject deleted = get(url, token).json.value(QLatin1String("server")).toObject();
        QCOMPARE(deleted.value(QLatin1String("status")).toString(), QStringLiteral("DELETED"));
        QVERIFY(!deleted.value(QLatin1String("OS-SRV-USG:terminated_at")).isNull());
        const Response gone = get(url, token);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.json.value(QLatin1String("itemNotFound")).toObject().value(QLatin1String("code")).toInt(), 404);
        QCOMPARE(cloud.serverCount(), 0);
        QCOMPARE(send("DELETE", url, {}, {{"X-Auth-Token", token.toLatin1()}}).status, 404);
    }

    void serversArePagedAndFiltered()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        const QString project = compute.section(QLatin1Char('/'), -1);
        QStringList made;
        for (const char *name : {"web-1", "web-2", "db-1", "web-3", "cache-1"})
            made.prepend(cloud.addServer(QLatin1String(name), project));
        // Another tenant's server and another region's stay out of the list.
        cloud.addServer(QStringLiteral("web-foreign"), QStringLiteral("someone-else"));
        cloud.addServer(QStringLiteral("web-far"), project, QStringLiteral("RegionTwo"));

        QStringList seen;
        QString next = compute + QStringLiteral("/servers/detail?limit=2");
        int pages = 0;
        while (!next.isEmpty() && pages < 10) {
            const Response page = get(next, token);
            QCOMPARE(page.status, 200);
            ++pages;
            for (const QJsonValue server : page.json.value(QLatin1String("servers")).toArray())
                seen.append(server.toObject().value(QLatin1String("id")).toString());
            next.clear();
            for (const QJsonValue link : page.json.value(QLatin1String("servers_links")).toArray()) {
                if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
                    next = link.toObject().value(QLatin1String("href")).toString();
            }
            if (!next.isEmpty())
                QCOMPARE(QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, made); // newest first, each once

        const Response filtered = get(compute + QStringLiteral("/servers?name=web"), token);
        QStringList names;
        for (const QJsonValue server : filtered.json.value(QLatin1String("servers")).toArray())
            names.append(server.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("web-3"), QStringLiteral("web-2"), QStringLiteral("web-1")}));
        QVERIFY(!filtered.json.contains(QLatin1String("servers_links")));
        const Response anchored = get(compute + QStringLiteral("/servers?name=%5Eweb-%5B12%5D%24"), token);
        QCOMPARE(anchored.json.value(QLatin1String("servers")).toArray().size(), 2);

        QCOMPARE(get(compute + QStringLiteral("/servers?marker=no-such-server"), token).status, 400);
    }

    void createImageBeforeAndFrom245()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setImageSavePolls(2);
        const auto [token, compute] = loginV3(cloud);
        const QString project = compute.section(QLatin1Char('/'), -1);
        const QString serverId = cloud.addServer(QStringLiteral("golden"), project);
        const QString actionUrl = compute + QStringLiteral("/servers/") + serverId + QStringLiteral("/action");
        const QJsonObject createImage{
            {QStringLiteral("createImage"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("golden-1")},
                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("quayside"), QStringLiteral("yes")}}}}}};
        const Headers auth{{"X-Auth-Token", token.toLatin1()}};

        const Response legacy = send("POST", actionUrl, createImage, auth);
        QCOMPARE(legacy.status, 202);
        QVERIFY(legacy.body.isEmpty());
        const QString location = QString::fromLatin1(legacy.header("Location"));
        QVERIFY2(location.contains(QLatin1String("/images/")), qPrintable(location));
        const QString imageId = location.section(QLatin1Char('/'), -1);
        QCOMPARE(legacy.header("OpenStack-API-Version"), QByteArray("compute 2.1"));

        // While it is imaging, a second createImage is refused.
        const Response busy = send("POST", actionUrl, createImage, auth);
        QCOMPARE(busy.status, 409);
        QVERIFY(busy.json.value(QLatin1String("conflictingRequest"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("image_snapshot")));

        const QString imageUrl = compute + QStringLiteral("/images/") + imageId;
        QStringList statuses;
        for (int i = 0; i < 4; ++i)
            statuses.append(get(imageUrl, token)
                                .json.value(QLatin1String("image"))
                                .toObject()
                                .value(QLatin1String("status"))
                                .toString());
        QCOMPARE(statuses, (QStringList{QStringLiteral("SAVING"), QStringLiteral("SAVING"), QStringLiteral("ACTIVE"),
                                        QStringLiteral("ACTIVE")}));
        const QJsonObject snapshot = get(imageUrl, token).json.value(QLatin1String("image")).toObject();
        // A snapshot carries the server it came from and Nova's image_type: that is how clients tell them apart.
        QCOMPARE(snapshot.value(QLatin1String("server")).toObject().value(QLatin1String("id")).toString(), serverId);
        QCOMPARE(snapshot.value(QLatin1String("metadata")).toObject().value(QLatin1String("image_type")).toString(),
                 QStringLiteral("snapshot"));
        QCOMPARE(snapshot.value(QLatin1String("metadata")).toObject().value(QLatin1String("quayside")).toString(),
                 QStringLiteral("yes"));
        QSet<QString> expectedKeys = keysOf(
            readSample(QStringLiteral("nova/images/image-get-resp.json")).value(QLatin1String("image")).toObject());
        expectedKeys.insert(QStringLiteral("server"));
        QCOMPARE(keysOf(snapshot), expectedKeys);
        const QJsonObject glance =
            get(cloud.imagePrefix(QStringLiteral("RegionOne")).toString() + QStringLiteral("/v2/images/") + imageId,
                token)
                .json;
        QCOMPARE(glance.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(glance.value(QLatin1String("image_type")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(glance.value(QLatin1String("instance_uuid")).toString(), serverId);

        // From 2.45 the id comes in the body and there is no Location; both microversion headers are understood.
        const QList<Headers> microversions = {
            {{"OpenStack-API-Version", "compute 2.45"}},
            {{"X-OpenStack-Nova-API-Version", "2.60"}},
        };
        for (const Headers &microversion : microversions) {
            const Response modern = send("POST", actionUrl, createImage, auth + microversion);
            QCOMPARE(modern.status, 202);
            QVERIFY(modern.header("Location").isEmpty());
            const QString modernId = modern.json.value(QLatin1String("image_id")).toString();
            QVERIFY(!QUuid::fromString(modernId).isNull());
            QCOMPARE(keysOf(modern.json),
                     keysOf(readSample(QStringLiteral("nova/servers/v2.45/server-action-create-image-resp.json"))));
            for (int i = 0; i < 3; ++i)
                get(compute + QStringLiteral("/images/") + modernId, token);
            QCOMPARE(cloud.image(modernId)->glanceStatus, QStringLiteral("active"));
        }
        QCOMPARE(get(compute + QStringLiteral("/flavors"), token, {{"OpenStack-API-Version", "compute 2.9999"}}).status,
                 406);
    }

    void rackspaceIgnoresMicroversions()
    {
        CloudEmulator cloud(CloudEmulator::Profile::Rackspace);
        QVERIFY(cloud.start());
        CloudEmulator::User user;
        user.name = QStringLiteral("racker");
        user.apiKey = QStringLiteral("key");
        user.projectId = QStringLiteral("123456");
        cloud.addUser(user);
        const QString token = rackspaceToken(cloud, user);
        const QString compute = cloud.computePrefix(QStringLiteral("DFW")).toString() + QStringLiteral("/v2/123456");
        const QString serverId = cloud.addServer(QStringLiteral("golden"), user.projectId, QStringLiteral("DFW"));
        const Response reply =
            send("POST", compute + QStringLiteral("/servers/") + serverId + QStringLiteral("/action"),
                 {{QStringLiteral("createImage"), QJsonObject{{QStringLiteral("name"), QStringLiteral("img")}}}},
                 {{"X-Auth-Token", token.toLatin1()}, {"X-OpenStack-Nova-API-Version", "2.45"}});
        QCOMPARE(reply.status, 202);
        QVERIFY(reply.header("Location").startsWith(QByteArray(compute.toLatin1() + "/images/")));
        QVERIFY(reply.header("OpenStack-API-Version").isEmpty());
    }

    void imageSaveCanFail()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setImageSavePolls(0);
        cloud.failImageSaves(1, CloudEmulator::ImageOutcome::Killed);
        const auto [token, compute] = loginV3(cloud);
        const QString project = compute.section(QLatin1Char('/'), -1);
        const QString serverId = cloud.addServer(QStringLiteral("s"), project);
        const QString actionUrl = compute + QStringLiteral("/servers/") + serverId + QStringLiteral("/action");
        const QJsonObject createImage{
            {QStringLiteral("createImage"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}};
        const Headers auth{{"X-Auth-Token", token.toLatin1()}};
        const QString killed = QString::fromLatin1(send("POST", actionUrl, createImage, auth).header("Location"))
                                   .section(QLatin1Char('/'), -1);
        QCOMPARE(get(compute + QStringLiteral("/images/") + killed, token)
                     .json.value(QLatin1String("image"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("ERROR"));

        cloud.failImageSaves(1, CloudEmulator::ImageOutcome::Deleted);
        const QString deleted = QString::fromLatin1(send("POST", actionUrl, createImage, auth).header("Location"))
                                    .section(QLatin1Char('/'), -1);
        QCOMPARE(get(compute + QStringLiteral("/images/") + deleted, token).status, 404);
        QCOMPARE(cloud.image(deleted)->glanceStatus, QStringLiteral("deleted"));
    }

    void keypairsImportListGetDelete()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        const Headers auth{{"X-Auth-Token", token.toLatin1()}};
        const QJsonObject key = sampleKeypair();
        const QString url = compute + QStringLiteral("/os-keypairs");
        const QJsonObject import{{QStringLiteral("keypair"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("quayside")},
                                              {QStringLiteral("public_key"), key.value(QLatin1String("public_key"))}}}};
        const Response imported = send("POST", url, import, auth);
        QCOMPARE(imported.status, 200);
        const QJsonObject importedKey = imported.json.value(QLatin1String("keypair")).toObject();
        QCOMPARE(keysOf(importedKey), keysOf(key));
        // The fingerprint Nova computed for this very key in its sample.
        QCOMPARE(importedKey.value(QLatin1String("fingerprint")), key.value(QLatin1String("fingerprint")));

        const Response duplicate = send("POST", url, import, auth);
        QCOMPARE(duplicate.status, 409);
        QVERIFY(duplicate.json.contains(QLatin1String("conflictingRequest")));

        const QJsonArray listed = get(url, token).json.value(QLatin1String("keypairs")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()
                     .toObject()
                     .value(QLatin1String("keypair"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("quayside"));
        const Response shown = get(url + QStringLiteral("/quayside"), token);
        QCOMPARE(shown.status, 200);
        QCOMPARE(keysOf(shown.json.value(QLatin1String("keypair")).toObject()),
                 keysOf(readSample(QStringLiteral("nova/os-keypairs/keypairs-get-resp.json"))
                            .value(QLatin1String("keypair"))
                            .toObject()));

        QCOMPARE(send("DELETE", url + QStringLiteral("/quayside"), {}, auth).status, 202);
        QCOMPARE(get(url + QStringLiteral("/quayside"), token).status, 404);
        QVERIFY(cloud.keypairNames(importedKey.value(QLatin1String("user_id")).toString()).isEmpty());

        // From microversion 2.2 import answers 201 and delete 204.
        const Headers modern = auth + Headers{{"OpenStack-API-Version", "compute 2.2"}};
        QCOMPARE(send("POST", url, import, modern).status, 201);
        QCOMPARE(send("DELETE", url + QStringLiteral("/quayside"), {}, modern).status, 204);

        QJsonObject broken = import;
        broken[QLatin1String("keypair")] =
            QJsonObject{{QStringLiteral("name"), QStringLiteral("bad")},
                        {QStringLiteral("public_key"), QStringLiteral("ssh-rsa not-base64!")}};
        QCOMPARE(send("POST", url, broken, auth).status, 400);
    }

    void tokensExpire()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setTokenLifetimeMs(1000);
        const auto [shortLived, compute] = loginV3(cloud);
        QCOMPARE(get(compute + QStringLiteral("/flavors"), shortLived).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(get(compute + QStringLiteral("/flavors"), shortLived).status, 401, 5000);

        cloud.setTokenLifetimeMs(qint64(3600) * 1000);
        const QString fresh = loginV3(cloud).first;
        QCOMPARE(get(compute + QStringLiteral("/flavors"), fresh).status, 200);
        cloud.expireAllTokens();
        const Response expired = get(compute + QStringLiteral("/flavors"), fresh);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.header("WWW-Authenticate").startsWith("Keystone uri="));
        QCOMPARE(get(compute + QStringLiteral("/flavors"), QString()).status, 401);
        QCOMPARE(get(compute + QStringLiteral("/flavors"), loginV3(cloud).first).status, 200);
        QCOMPARE(cloud.issuedTokenCount(), 3);
    }

    void statusFaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("faultName");
        QTest::newRow("401") << int(Fault::Kind::Unauthorized) << 401 << QStringLiteral("error");
        QTest::newRow("413") << int(Fault::Kind::OverLimit413) << 413 << QStringLiteral("overLimit");
        QTest::newRow("429") << int(Fault::Kind::OverLimit429) << 429 << QStringLiteral("overLimit");
        QTest::newRow("500") << int(Fault::Kind::InternalError) << 500 << QStringLiteral("computeFault");
        QTest::newRow("503") << int(Fault::Kind::Unavailable) << 503 << QStringLiteral("serviceUnavailable");
    }

    void statusFaults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, faultName);
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        Fault fault;
        fault.method = "POST";
        fault.pathPattern = QStringLiteral("/servers$");
        fault.kind = static_cast<Fault::Kind>(kind);
        fault.retryAfterSeconds = 7;
        fault.count = 1;
        cloud.injectFault(fault);
        const Headers auth{{"X-Auth-Token", token.toLatin1()}};

        QCOMPARE(get(compute + QStringLiteral("/servers"), token).status, 200); // a GET does not match
        const Response faulty =
            send("POST", compute + QStringLiteral("/servers"), createServerBody(QStringLiteral("a")), auth);
        QCOMPARE(faulty.status, status);
        QVERIFY2(faulty.json.contains(faultName), faulty.body.constData());
        if (status == 413 || status == 429) {
            QCOMPARE(faulty.header("Retry-After"), QByteArray("7"));
            QCOMPARE(faulty.json.value(faultName).toObject().value(QLatin1String("retryAfter")).toString(),
                     QStringLiteral("7"));
        }
        QCOMPARE(cloud.serverCount(), 0); // a status fault answers before anything happens
        const auto logged = cloud.requests("POST", QStringLiteral("/servers$"));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().status, status);
        QCOMPARE(logged.first().faults, QList<Fault::Kind>{fault.kind});
        QCOMPARE(logged.first().service, QStringLiteral("compute"));
        QCOMPARE(logged.first().interface, QStringLiteral("public"));

        // Used up: the next one goes through.
        QCOMPARE(send("POST", compute + QStringLiteral("/servers"), createServerBody(QStringLiteral("b")), auth).status,
                 202);
        QCOMPARE(cloud.serverCount(), 1);
    }

    void droppedConnections_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("before reply") << int(Fault::Kind::DropBeforeReply);
        QTest::newRow("after headers") << int(Fault::Kind::DropAfterHeaders);
        QTest::newRow("mid body") << int(Fault::Kind::DropMidBody);
    }

    void droppedConnections()
    {
        QFETCH(int, kind);
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        Fault fault;
        fault.pathPattern = QStringLiteral("/flavors/detail$");
        fault.kind = static_cast<Fault::Kind>(kind);
        fault.count = -1; // QNetworkAccessManager resends a request whose connection closed before any reply
        cloud.injectFault(fault);
        const Response dropped = get(compute + QStringLiteral("/flavors/detail"), token);
        QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.status)));
        QVERIFY(dropped.json.isEmpty());
        const auto logged = cloud.requests("GET", QStringLiteral("/flavors/detail$"));
        QVERIFY(!logged.isEmpty());
        QCOMPARE(logged.first().faults, QList<Fault::Kind>{fault.kind});
        QCOMPARE(logged.first().status, fault.kind == Fault::Kind::DropBeforeReply ? 0 : 200);

        cloud.clearFaults();
        QCOMPARE(get(compute + QStringLiteral("/flavors/detail"), token).status, 200);
    }

    void slowChunkedAndLocationFaults()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        const Headers auth{{"X-Auth-Token", token.toLatin1()}};

        cloud.injectFault({"GET", QStringLiteral("/flavors$"), Fault::Kind::Slow, 1, 1, 300});
        const Response slow = get(compute + QStringLiteral("/flavors"), token);
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 250, qPrintable(QString::number(slow.elapsedMs)));
        const Response quick = get(compute + QStringLiteral("/flavors"), token);
        QCOMPARE(quick.status, 200);

        cloud.injectFault({"GET", QStringLiteral("/flavors/detail$"), Fault::Kind::Chunked, 1, 1, 0});
        const Response chunked = get(compute + QStringLiteral("/flavors/detail"), token);
        QCOMPARE(chunked.status, 200);
        QCOMPARE(chunked.header("Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(chunked.header("Content-Length").isEmpty());
        QCOMPARE(chunked.json.value(QLatin1String("flavors")).toArray().size(),
                 readSample(QStringLiteral("nova/flavors/flavors-detail-resp.json"))
                     .value(QLatin1String("flavors"))
                     .toArray()
                     .size());

        cloud.injectFault({"POST", QStringLiteral("/servers$"), Fault::Kind::OmitLocation, 1, 1, 0});
        const Response noLocation =
            send("POST", compute + QStringLiteral("/servers"), createServerBody(QStringLiteral("n")), auth);
        QCOMPARE(noLocation.status, 202);
        QVERIFY(noLocation.header("Location").isEmpty());
        QVERIFY(
            !noLocation.json.value(QLatin1String("server")).toObject().value(QLatin1String("id")).toString().isEmpty());
    }

    void valueFaults()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        const Headers auth{{"X-Auth-Token", token.toLatin1()}};
        const QString project = compute.section(QLatin1Char('/'), -1);
        const QString id = cloud.addServer(QStringLiteral("s"), project);

        cloud.injectFault({"GET", QStringLiteral("/servers/[^/]+$"), Fault::Kind::SloppyValues, 1, 1, 0});
        const QJsonObject sloppy =
            get(compute + QStringLiteral("/servers/") + id, token).json.value(QLatin1String("server")).toObject();
        QVERIFY(sloppy.value(QLatin1String("progress")).isString());
        QCOMPARE(sloppy.value(QLatin1String("progress")).toString(), QString());
        cloud.injectFault({"GET", QStringLiteral("/flavors/detail$"), Fault::Kind::SloppyValues, 1, 1, 0});
        const QJsonObject flavor = get(compute + QStringLiteral("/flavors/detail"), token)
                                       .json.value(QLatin1String("flavors"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(flavor.value(QLatin1String("ram")), QJsonValue(QString()));

        cloud.injectFault({"POST", QStringLiteral("/servers$"), Fault::Kind::NonUuidIds, 1, 1, 0});
        const Response created =
            send("POST", compute + QStringLiteral("/servers"), createServerBody(QStringLiteral("n")), auth);
        const QString odd =
            created.json.value(QLatin1String("server")).toObject().value(QLatin1String("id")).toString();
        QVERIFY(QUuid::fromString(odd).isNull());
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+$")).match(odd).hasMatch(), qPrintable(odd));
        QCOMPARE(get(compute + QStringLiteral("/servers/") + odd, token).status, 200);

        cloud.injectFault({"GET", QStringLiteral("/servers/[^/]+$"), Fault::Kind::ExtraFields, 1, 1, 0});
        const QJsonObject extra = get(compute + QStringLiteral("/servers/") + id, token).json;
        const QJsonObject server = extra.value(QLatin1String("server")).toObject();
        QVERIFY(extra.contains(QLatin1String("EMULATOR-EXT:unknown_field")));
        QVERIFY(server.contains(QLatin1String("EMULATOR-EXT:unknown_field")));
        QVERIFY(keysOf(server).contains(keysOf(readSample(QStringLiteral("nova/servers/server-get-resp.json"))
                                                   .value(QLatin1String("server"))
                                                   .toObject())));
    }

    void rackConnectDeploysAndChangesThePublicAddress()
    {
        CloudEmulator cloud(CloudEmulator::Profile::Rackspace);
        QVERIFY(cloud.start());
        CloudEmulator::User user;
        user.name = QStringLiteral("racker");
        user.apiKey = QStringLiteral("key");
        user.projectId = QStringLiteral("777777");
        cloud.addUser(user);
        cloud.setServerBuildPolls(0);
        cloud.setRackConnect(CloudEmulator::RackConnect::Deployed, 2);
        const QString token = rackspaceToken(cloud, user);
        const QString compute = cloud.computePrefix(QStringLiteral("IAD")).toString() + QStringLiteral("/v2/777777");
        const Response created = send("POST", compute + QStringLiteral("/servers"),
                                      createServerBody(QStringLiteral("rc")), {{"X-Auth-Token", token.toLatin1()}});
        const QString url = QString::fromLatin1(created.header("Location"));

        QStringList automation;
        QStringList accessIps;
        for (int i = 0; i < 4; ++i) {
            const QJsonObject server = get(url, token).json.value(QLatin1String("server")).toObject();
            QCOMPARE(server.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
            QCOMPARE(server.value(QLatin1String("progress")).toInt(), 100);
            const QJsonObject addresses = server.value(QLatin1String("addresses")).toObject();
            QCOMPARE(addresses.value(QLatin1String("public")).toArray().size(), 2);  // IPv4 and IPv6
            QCOMPARE(addresses.value(QLatin1String("private")).toArray().size(), 1); // ServiceNet
            automation.append(server.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("rackconnect_automation_status"))
                                  .toString());
            accessIps.append(server.value(QLatin1String("accessIPv4")).toString());
        }
        QCOMPARE(automation, (QStringList{QStringLiteral("DEPLOYING"), QStringLiteral("DEPLOYING"),
                                          QStringLiteral("DEPLOYED"), QStringLiteral("DEPLOYED")}));
        QCOMPARE(accessIps.at(0), accessIps.at(1));
        QVERIFY(!accessIps.at(0).isEmpty());
        QVERIFY(accessIps.at(2) != accessIps.at(1)); // RackConnect's public address replaces the cloud one
        QCOMPARE(accessIps.at(2), accessIps.at(3));

        cloud.setRackConnect(CloudEmulator::RackConnect::Failed, 0);
        const Response failing = send("POST", compute + QStringLiteral("/servers"),
                                      createServerBody(QStringLiteral("rc2")), {{"X-Auth-Token", token.toLatin1()}});
        const QJsonObject failed =
            get(QString::fromLatin1(failing.header("Location")), token).json.value(QLatin1String("server")).toObject();
        QCOMPARE(failed.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("rackconnect_automation_status"))
                     .toString(),
                 QStringLiteral("FAILED"));
    }

    void requestLogKeepsHeadersAndBodies()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        send("POST", compute + QStringLiteral("/servers"), createServerBody(QStringLiteral("logged")),
             {{"X-Auth-Token", token.toLatin1()}, {"OpenStack-API-Version", "compute 2.1"}});
        const auto posts = cloud.requests("POST", QStringLiteral("/servers$"));
        QCOMPARE(posts.size(), 1);
        const auto &post = posts.first();
        QCOMPARE(post.service, QStringLiteral("compute"));
        QCOMPARE(post.header("openstack-api-version"), QByteArray("compute 2.1"));
        QCOMPARE(post.json().value(QLatin1String("server")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("logged"));
        QCOMPARE(post.status, 202);
        QVERIFY(post.faults.isEmpty());
        const auto logins = cloud.requests("POST", QStringLiteral("^/identity/v3/auth/tokens$"));
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins.first().service, QStringLiteral("identity"));
        cloud.clearRequests();
        QVERIFY(cloud.requests().isEmpty());
    }

    void imagesAndFlavorsKeepTheSampleShapes()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const auto [token, compute] = loginV3(cloud);
        const QJsonArray images =
            get(compute + QStringLiteral("/images/detail"), token).json.value(QLatin1String("images")).toArray();
        const QJsonArray sampleImages = readSample(QStringLiteral("nova/images/images-details-get-resp.json"))
                                            .value(QLatin1String("images"))
                                            .toArray();
        QCOMPARE(images.size(), sampleImages.size() + 1); // and the seeded snapshot
        int snapshots = 0;
        for (const QJsonValue image : images) {
            const QJsonObject object = image.toObject();
            const QString href = object.value(QLatin1String("links"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("href"))
                                     .toString();
            QVERIFY2(href.startsWith(compute + QStringLiteral("/images/")), qPrintable(href));
            snapshots += object.contains(QLatin1String("server")) ? 1 : 0;
        }
        QCOMPARE(snapshots, 1);
        const QJsonObject first = readSample(QStringLiteral("nova/images/images-details-get-resp.json"))
                                      .value(QLatin1String("images"))
                                      .toArray()
                                      .first()
                                      .toObject();
        const Response shown =
            get(compute + QStringLiteral("/images/") + first.value(QLatin1String("id")).toString(), token);
        QCOMPARE(keysOf(shown.json.value(QLatin1String("image")).toObject()), keysOf(first));

        const Response flavor = get(compute + QStringLiteral("/flavors/1"), token);
        QCOMPARE(keysOf(flavor.json.value(QLatin1String("flavor")).toObject()),
                 keysOf(readSample(QStringLiteral("nova/flavors/flavor-get-resp.json"))
                            .value(QLatin1String("flavor"))
                            .toObject()));
        QCOMPARE(flavor.json.value(QLatin1String("flavor")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("m1.tiny"));
        QCOMPARE(get(compute + QStringLiteral("/flavors/99"), token).status, 404);
        cloud.addFlavor(QStringLiteral("general1-1"), QStringLiteral("1 GB General Purpose v1"), 1024, 20, 1);
        QCOMPARE(get(compute + QStringLiteral("/flavors/general1-1"), token)
                     .json.value(QLatin1String("flavor"))
                     .toObject()
                     .value(QLatin1String("ram"))
                     .toInt(),
                 1024);

        const Response glance =
            get(cloud.imagePrefix(QStringLiteral("RegionOne")).toString() + QStringLiteral("/v2/images"), token);
        QCOMPARE(glance.status, 200);
        QCOMPARE(keysOf(glance.json), keysOf(readSample(QStringLiteral("glance-v2/images-list-response.json"))));
        QCOMPARE(glance.json.value(QLatin1String("images")).toArray().size(), images.size());

        const Response limits = get(compute + QStringLiteral("/limits"), token);
        QCOMPARE(limits.json.value(QLatin1String("limits"))
                     .toObject()
                     .value(QLatin1String("absolute"))
                     .toObject()
                     .value(QLatin1String("totalInstancesUsed"))
                     .toInt(),
                 0);
    }

    // What keystoneauth and the official CLI ask for before they log in or pick an API version.
    void versionDiscoveryWorksWithoutToken()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        const Response root = send("GET", cloud.identityUrl().toString());
        QCOMPARE(root.status, 300);
        const QJsonArray values =
            root.json.value(QLatin1String("versions")).toObject().value(QLatin1String("values")).toArray();
        QCOMPARE(values.size(), 2);
        const Response v3 = send("GET", cloud.identityV3Url().toString());
        QCOMPARE(v3.status, 200);
        const QJsonObject v3Version = v3.json.value(QLatin1String("version")).toObject();
        QVERIFY(v3Version.value(QLatin1String("id")).toString().startsWith(QLatin1String("v3.")));
        QCOMPARE(v3Version.value(QLatin1String("links"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("href"))
                     .toString(),
                 cloud.identityV3Url().toString() + QLatin1Char('/'));

        const QString computeRoot = cloud.computePrefix(QStringLiteral("RegionOne")).toString();
        const Response versions = send("GET", computeRoot);
        QCOMPARE(keysOf(versions.json), keysOf(readSample(QStringLiteral("nova/versions/versions-get-resp.json"))));
        const Response v21 = send("GET", computeRoot + QStringLiteral("/v2.1"));
        QCOMPARE(v21.status, 200);
        QCOMPARE(v21.json.value(QLatin1String("version")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("v2.1"));
        const QString maxVersion =
            v21.json.value(QLatin1String("version")).toObject().value(QLatin1String("version")).toString();
        const auto [token, compute] = loginV3(cloud);
        QCOMPARE(get(compute + QStringLiteral("/flavors"), token, {{"OpenStack-API-Version", "compute latest"}})
                     .header("OpenStack-API-Version"),
                 QByteArray("compute " + maxVersion.toLatin1()));

        const Response glance = send("GET", cloud.imagePrefix(QStringLiteral("RegionOne")).toString());
        QCOMPARE(glance.status, 300);
        QCOMPARE(glance.json.value(QLatin1String("versions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("links"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("href"))
                     .toString(),
                 cloud.imagePrefix(QStringLiteral("RegionOne")).toString() + QStringLiteral("/v2/"));
        QCOMPARE(
            get(compute + QStringLiteral("/flavors/1/os-extra_specs"), token).json.value(QLatin1String("extra_specs")),
            QJsonValue(QJsonObject()));
        QCOMPARE(get(compute + QStringLiteral("/flavors/nope/os-extra_specs"), token).status, 404);
    }

    void createServerValidatesLikeNova()
    {
        CloudEmulator cloud;
        startOpenStack(cloud);
        cloud.setMaxServers(1);
        const auto [token, compute] = loginV3(cloud);
        const Headers auth{{"X-Auth-Token", token.toLatin1()}};
        const QString url = compute + QStringLiteral("/servers");
        QJsonObject server = createServerBody(QStringLiteral("x")).value(QLatin1String("server")).toObject();

        QJsonObject noFlavor = server;
        noFlavor.remove(QStringLiteral("flavorRef"));
        QCOMPARE(send("POST", url, {{QStringLiteral("server"), noFlavor}}, auth).status, 400);
        QJsonObject badKey = server;
        badKey.insert(QStringLiteral("key_name"), QStringLiteral("missing"));
        QCOMPARE(send("POST", url, {{QStringLiteral("server"), badKey}}, auth).status, 400);
        QJsonObject personality = server;
        personality.insert(QStringLiteral("personality"),
                           QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/a")},
                                                  {QStringLiteral("contents"), QStringLiteral("aGk=")}}});
        personality.insert(QStringLiteral("networks"), QStringLiteral("auto"));
        QCOMPARE(send("POST", url, {{QStringLiteral("server"), personality}},
                      auth + Headers{{"OpenStack-API-Version", "compute 2.57"}})
                     .status,
                 400);
        QCOMPARE(send("POST", url, {{QStringLiteral("server"), server}},
                      auth + Headers{{"OpenStack-API-Version", "compute 2.37"}})
                     .status,
                 400); // networks are required from 2.37

        QCOMPARE(send("POST", url, {{QStringLiteral("server"), server}}, auth).status, 202);
        const Response overQuota = send("POST", url, {{QStringLiteral("server"), server}}, auth);
        QCOMPARE(overQuota.status, 403);
        QVERIFY(overQuota.json.contains(QLatin1String("forbidden")));
        QCOMPARE(cloud.serverCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CloudEmulator)
#include "tst_CloudEmulator.moc"
