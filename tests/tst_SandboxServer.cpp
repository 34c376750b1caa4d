// The sandbox cloud's API, driven by Quayside's own cloud clients (CloudSession, KeystoneClient, NovaClient)
// as they drive a real cloud, and by plain HTTP where the clients hide what the cloud answered: fault
// shapes, status codes, microversions, and the shapes of the official API samples.
#include "Await.h"

#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "sandbox/InMemorySandboxBackend.h"
#include "sandbox/SandboxServer.h"
#include "ssh/SshKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace quayside;
using quayside::test::await;

namespace {

const QByteArray kPassword = "correct horse battery staple";

struct RawReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// The object at a path such as "servers/0/keypair" in a JSON document.
QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(step);
    }
    return value;
}

QSet<QString> keysOf(const QJsonValue &value)
{
    const QStringList keys = value.toObject().keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> setOf(const QString &commaSeparated)
{
    const QStringList items = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return QSet<QString>(items.begin(), items.end());
}

} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private:
    CloudAccount account(const QString &userName = QStringLiteral("quayside")) const
    {
        CloudAccount made;
        made.id = QStringLiteral("sandbox");
        made.method = CloudAuthMethod::KeystoneV3Password;
        made.authUrl = m_server->authUrl();
        made.region = SandboxServer::region();
        made.userName = userName;
        made.userDomainName = QStringLiteral("Default");
        made.projectName = QStringLiteral("quayside");
        made.projectDomainName = QStringLiteral("Default");
        return made;
    }

    RawReply raw(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                 const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withToken = true)
    {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (withToken)
            request.setRawHeader("X-Auth-Token", token());
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        RawReply result;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    QByteArray token()
    {
        const auto signedIn = await<KeystoneToken>([&](auto done) { m_session->token(this, done); });
        return signedIn ? signedIn.value().id : QByteArray();
    }

    NovaServerSpec spec(const QString &name, const QString &imageId, const QString &keyName = {}) const
    {
        NovaServerSpec made;
        made.name = name;
        made.imageId = imageId;
        made.flavorId = QStringLiteral("1");
        made.keyName = keyName;
        made.metadata = {{QStringLiteral("quayside.fleet"), QStringLiteral("demo")}};
        return made;
    }

    Result<NovaServer> bootAndWait(const NovaServerSpec &spec)
    {
        const auto created = await<NovaServer>([&](auto done) { m_nova->createServer(spec, this, done); });
        if (!created)
            return created.error();
        return await<NovaServer>(
            [&](auto done) { m_nova->waitForActive(created.value().id, false, 10000, this, {}, done); });
    }

    QString makeServer(const QString &name)
    {
        const auto active = bootAndWait(spec(name, InMemorySandboxBackend::baseImageId()));
        return active ? active.value().id : QString();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<InMemorySandboxBackend> m_backend;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<CloudSession> m_session;
    std::unique_ptr<NovaClient> m_nova;

private Q_SLOTS:
    void init()
    {
        m_backend = std::make_unique<InMemorySandboxBackend>();
        m_backend->setBuildMs(200);
        m_backend->setSnapshotMs(200);
        m_backend->setDeleteMs(100);
        SandboxIdentity identity;
        identity.password = kPassword;
        m_server = std::make_unique<SandboxServer>(m_backend.get(), identity);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() > 0);
        m_session = std::make_unique<CloudSession>(account(), kPassword, &m_network);
        m_nova = std::make_unique<NovaClient>(m_session.get(), &m_network);
        m_nova->setPollInterval(50);
    }

    void cleanup()
    {
        m_nova.reset();
        m_session.reset();
        m_server.reset();
        m_backend.reset();
    }

    void wholeLifeWithQuaysidesClients()
    {
        const auto signedIn = await<KeystoneToken>([&](auto done) { m_session->token(this, done); });
        VERIFY_OK(signedIn);
        QCOMPARE(signedIn.value().projectName, QStringLiteral("quayside"));
        QVERIFY(signedIn.value().expiresAt > QDateTime::currentDateTimeUtc().addSecs(3600));

        const auto flavors = await<QList<NovaFlavor>>([&](auto done) { m_nova->flavors(this, done); });
        VERIFY_OK(flavors);
        QCOMPARE(flavors.value().size(), 3);
        QCOMPARE(flavors.value().first().name, QStringLiteral("sandbox.small"));
        QCOMPARE(flavors.value().first().ramMb, 1024);
        const auto images = await<QList<NovaImage>>([&](auto done) { m_nova->images(this, done); });
        VERIFY_OK(images);
        QCOMPARE(images.value().size(), 1);
        QCOMPARE(images.value().first().name, QStringLiteral("debian-12"));
        QCOMPARE(images.value().first().status, QStringLiteral("ACTIVE"));

        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("quayside@test"));
        VERIFY_OK(key);
        const QString keyLine = key.value().publicKeyLine();
        const auto imported = await<NovaKeypair>(
            [&](auto done) { m_nova->importKeypair(QStringLiteral("quayside key"), keyLine, this, done); });
        VERIFY_OK(imported);
        QCOMPARE(imported.value().name, QStringLiteral("quayside key"));
        QCOMPARE(imported.value().fingerprint.count(QLatin1Char(':')), 15); // Nova's MD5, colon-separated
        const auto keypairs = await<QList<NovaKeypair>>([&](auto done) { m_nova->keypairs(this, done); });
        VERIFY_OK(keypairs);
        QCOMPARE(keypairs.value().size(), 1);
        QCOMPARE(keypairs.value().first().publicKey, keyLine);

        NovaServerSpec web =
            spec(QStringLiteral("web-1"), InMemorySandboxBackend::baseImageId(), QStringLiteral("quayside key"));
        web.userData = "#cloud-config\npackages: [docker.io]\n";
        web.networks = {QStringLiteral("00000000-0000-0000-0000-000000000000"),
                        QStringLiteral("11111111-1111-1111-1111-111111111111")};
        web.files = {NovaFile{QStringLiteral("/root/.ssh/authorized_keys"), keyLine.toUtf8() + '\n'}};
        const auto created = await<NovaServer>([&](auto done) { m_nova->createServer(web, this, done); });
        VERIFY_OK(created);
        QVERIFY(!created.value().adminPass.isEmpty());
        const QString webId = created.value().id;
        QCOMPARE(m_backend->server(webId)->status, QStringLiteral("BUILD"));
        QList<QString> seen;
        const auto active = await<NovaServer>([&](auto done) {
            m_nova->waitForActive(
                webId, false, 10000, this, [&seen](const NovaServer &server) { seen << server.status; }, done);
        });
        VERIFY_OK(active);
        QCOMPARE(seen.first(), QStringLiteral("BUILD"));
        QCOMPARE(active.value().status, QStringLiteral("ACTIVE"));
        QCOMPARE(active.value().progress, 100);
        QVERIFY(!active.value().publicIPv4().isEmpty());
        QCOMPARE(active.value().accessIPv4, active.value().addresses.first().address);
        QCOMPARE(active.value().keyName, QStringLiteral("quayside key"));
        QCOMPARE(active.value().metadata.value(QStringLiteral("quayside.fleet")), QStringLiteral("demo"));
        QVERIFY(!active.value().metadata.value(NovaClient::requestIdKey()).isEmpty());
        // What the backend was asked to make: the key to let in, user data and files, decoded.
        const auto made = m_backend->server(webId);
        QCOMPARE(made->publicKey, keyLine);
        QCOMPARE(made->userData, web.userData);
        QCOMPARE(made->networks, web.networks);
        QCOMPARE(made->personality.size(), 1);
        QCOMPARE(made->personality.first().second, keyLine.toUtf8() + '\n');

        const auto listed =
            await<QList<NovaServer>>([&](auto done) { m_nova->servers(QStringLiteral("web"), this, done); });
        VERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().id, webId);

        // A snapshot, as before microversion 2.45 (Location header) ...
        const auto imageId = await<QString>([&](auto done) {
            m_nova->createImage(webId, QStringLiteral("web-snap"),
                                {{QStringLiteral("role"), QStringLiteral("docker-host")}}, 10000, this, done);
        });
        VERIFY_OK(imageId);
        QCOMPARE(m_backend->server(webId)->taskState, QStringLiteral("image_snapshot"));
        QList<QString> imageStates;
        const auto saved = await<NovaImage>([&](auto done) {
            m_nova->waitForImage(
                imageId.value(), 10000, this, [&imageStates](const NovaImage &image) { imageStates << image.status; },
                done);
        });
        VERIFY_OK(saved);
        QCOMPARE(imageStates.first(), QStringLiteral("SAVING"));
        QCOMPARE(saved.value().status, QStringLiteral("ACTIVE"));
        QCOMPARE(saved.value().name, QStringLiteral("web-snap"));
        QCOMPARE(saved.value().serverId, webId);
        QCOMPARE(saved.value().metadata.value(QStringLiteral("role")), QStringLiteral("docker-host"));
        QVERIFY(m_backend->server(webId)->taskState.isEmpty());

        // ... and from 2.45 on (image_id in the body).
        m_nova->setMicroversion(QStringLiteral("2.45"));
        const auto second = await<QString>(
            [&](auto done) { m_nova->createImage(webId, QStringLiteral("web-snap-2"), {}, 10000, this, done); });
        VERIFY_OK(second);
        QVERIFY(second.value() != imageId.value());
        VERIFY_OK(await<NovaImage>([&](auto done) { m_nova->waitForImage(second.value(), 10000, this, {}, done); }));

        // A clone booted from the snapshot.
        const auto clone = bootAndWait(spec(QStringLiteral("web-2"), imageId.value(), QStringLiteral("quayside key")));
        VERIFY_OK(clone);
        QCOMPARE(clone.value().imageId, imageId.value());
        QVERIFY(clone.value().publicIPv4() != active.value().publicIPv4());

        for (const QString &id : {webId, clone.value().id}) {
            VERIFY_OK(await<void>([&](auto done) { m_nova->deleteServer(id, this, done); }));
            VERIFY_OK(await<void>([&](auto done) { m_nova->waitForDeletion(id, 10000, this, done); }));
        }
        VERIFY_OK(await<void>([&](auto done) { m_nova->deleteKeypair(QStringLiteral("quayside key"), this, done); }));
        QCOMPARE(raw("DELETE", QStringLiteral("/image/v2/images/") + imageId.value()).status, 204);
        QCOMPARE(raw("DELETE", QStringLiteral("/compute/v2.1/images/") + second.value()).status, 204);
        QVERIFY(m_backend->servers().isEmpty());
        QVERIFY(m_backend->keypairs().isEmpty());
        QCOMPARE(m_backend->images().size(), 1);
        QCOMPARE(m_session->signIns(), 1);
    }

    // What the openstack client asks for besides (its flavor list reads each flavor's extra specs).
    void flavorExtraSpecs()
    {
        const RawReply specs = raw("GET", QStringLiteral("/compute/v2.1/flavors/1/os-extra_specs"));
        QCOMPARE(specs.status, 200);
        QVERIFY(specs.json().value(QLatin1String("extra_specs")).isObject());
        QCOMPARE(raw("GET", QStringLiteral("/compute/v2.1/flavors/99/os-extra_specs")).status, 404);
    }

    void badCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("wrong password") << QStringLiteral("quayside") << QByteArray("guess");
        QTest::newRow("password with a newline") << QStringLiteral("quayside") << kPassword + '\n';
        QTest::newRow("unknown user") << QStringLiteral("mallory") << kPassword;
    }

    void badCredentialsAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, password);
        CloudSession session(account(user), password, &m_network);
        const auto signedIn = await<KeystoneToken>([&](auto done) { session.token(this, done); });
        QVERIFY(!signedIn.ok());
        QCOMPARE(signedIn.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(signedIn.error().httpStatus, 401);
        QVERIFY2(signedIn.error().message.contains(QLatin1String("requires authentication")),
                 qPrintable(signedIn.error().message));
        QVERIFY2(signedIn.error().message.contains(QLatin1String("password")), qPrintable(signedIn.error().message));
        QCOMPARE(m_server->issuedTokens(), 0);
    }

    void servicesNeedAGoodToken_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("no token") << QStringLiteral("/compute/v2.1/servers") << QByteArray();
        QTest::newRow("made-up token") << QStringLiteral("/compute/v2.1/flavors") << QByteArray("qs0123456789abcdef");
        QTest::newRow("glance, no token") << QStringLiteral("/image/v2/images") << QByteArray();
    }

    void servicesNeedAGoodToken()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, token);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers << qMakePair(QByteArrayLiteral("X-Auth-Token"), token);
        const RawReply refused = raw("GET", path, {}, headers, false);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 401);
        QVERIFY(refused.header("WWW-Authenticate").startsWith("Keystone uri="));
        QVERIFY(refused.header("x-openstack-request-id").startsWith("req-"));
    }

    void expiredTokensAreRenewed()
    {
        m_server->setTokenLifetimeSeconds(1);
        m_session->setRenewBeforeSeconds(0);
        VERIFY_OK(await<QList<NovaFlavor>>([&](auto done) { m_nova->flavors(this, done); }));
        QTest::qWait(1100);
        // The token has run out at the sandbox: a 401, on which the session signs in again once.
        VERIFY_OK(await<QList<NovaFlavor>>([&](auto done) { m_nova->flavors(this, done); }));
        QCOMPARE(m_session->signIns(), 2);
        QCOMPARE(m_server->issuedTokens(), 1); // the expired one is gone
    }

    void malformedBodiesAre400_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("fault"); // the error object's key
        QTest::newRow("server, not JSON")
            << QStringLiteral("/compute/v2.1/servers") << QByteArray("{\"server\": ") << QStringLiteral("badRequest");
        QTest::newRow("server, array") << QStringLiteral("/compute/v2.1/servers") << QByteArray("[1, 2]")
                                       << QStringLiteral("badRequest");
        QTest::newRow("server, no name") << QStringLiteral("/compute/v2.1/servers")
                                         << QByteArray("{\"server\": {\"imageRef\": \"x\", \"flavorRef\": \"1\"}}")
                                         << QStringLiteral("badRequest");
        QTest::newRow("server, user_data not base64")
            << QStringLiteral("/compute/v2.1/servers")
            << QByteArray("{\"server\": {\"name\": \"a\", \"imageRef\": \"5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60\", "
                          "\"flavorRef\": \"1\", \"user_data\": \"***\"}}")
            << QStringLiteral("badRequest");
        QTest::newRow("server, unknown flavor")
            << QStringLiteral("/compute/v2.1/servers")
            << QByteArray("{\"server\": {\"name\": \"a\", \"imageRef\": \"5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60\", "
                          "\"flavorRef\": \"99\"}}")
            << QStringLiteral("badRequest");
        QTest::newRow("server, unknown key pair")
            << QStringLiteral("/compute/v2.1/servers")
            << QByteArray("{\"server\": {\"name\": \"a\", \"imageRef\": \"5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60\", "
                          "\"flavorRef\": \"1\", \"key_name\": \"nope\"}}")
            << QStringLiteral("badRequest");
        QTest::newRow("server, network without uuid")
            << QStringLiteral("/compute/v2.1/servers")
            << QByteArray("{\"server\": {\"name\": \"a\", \"imageRef\": \"5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60\", "
                          "\"flavorRef\": \"1\", \"networks\": [{\"port\": \"p\"}]}}")
            << QStringLiteral("badRequest");
        QTest::newRow("keypair, not JSON")
            << QStringLiteral("/compute/v2.1/os-keypairs") << QByteArray("keypair=x") << QStringLiteral("badRequest");
        QTest::newRow("keypair, bad key")
            << QStringLiteral("/compute/v2.1/os-keypairs")
            << QByteArray("{\"keypair\": {\"name\": \"k\", \"public_key\": \"ssh-ed25519 not-a-key\"}}")
            << QStringLiteral("badRequest");
        QTest::newRow("keypair, bad name")
            << QStringLiteral("/compute/v2.1/os-keypairs")
            << QByteArray("{\"keypair\": {\"name\": \"a/b\", \"public_key\": \"ssh-ed25519 AAAA\"}}")
            << QStringLiteral("badRequest");
        QTest::newRow("token, not JSON") << QStringLiteral("/identity/v3/auth/tokens") << QByteArray("{auth")
                                         << QStringLiteral("error");
    }

    void malformedBodiesAre400()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, fault);
        const RawReply refused = raw("POST", path, body);
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.json().value(fault).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toInt(), 400);
        QVERIFY2(!error.value(QLatin1String("message")).toString().isEmpty(), refused.body.constData());
        QVERIFY(m_backend->servers().isEmpty());
        QVERIFY(m_backend->keypairs().isEmpty());
    }

    void unknownThingsAre404_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("novaFault");
        const QString nova = QStringLiteral("/compute/v2.1");
        QTest::newRow("server") << QByteArray("GET") << nova + QStringLiteral("/servers/no-such-server") << QByteArray()
                                << true;
        QTest::newRow("delete server") << QByteArray("DELETE") << nova + QStringLiteral("/servers/no-such-server")
                                       << QByteArray() << true;
        QTest::newRow("createImage") << QByteArray("POST") << nova + QStringLiteral("/servers/no-such-server/action")
                                     << QByteArray("{\"createImage\": {\"name\": \"x\"}}") << true;
        QTest::newRow("console output") << QByteArray("POST") << nova + QStringLiteral("/servers/no-such-server/action")
                                        << QByteArray("{\"os-getConsoleOutput\": {\"length\": 10}}") << true;
        QTest::newRow("flavor") << QByteArray("GET") << nova + QStringLiteral("/flavors/42") << QByteArray() << true;
        QTest::newRow("image") << QByteArray("GET") << nova + QStringLiteral("/images/nope") << QByteArray() << true;
        QTest::newRow("keypair") << QByteArray("DELETE") << nova + QStringLiteral("/os-keypairs/nope") << QByteArray()
                                 << true;
        QTest::newRow("no such route") << QByteArray("GET") << nova + QStringLiteral("/os-hypervisors") << QByteArray()
                                       << true;
        QTest::newRow("glance image") << QByteArray("GET") << QStringLiteral("/image/v2/images/nope") << QByteArray()
                                      << false;
    }

    void unknownThingsAre404()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, novaFault);
        const RawReply missing = raw(verb, path, body);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.header("x-openstack-request-id").startsWith("req-"));
        if (novaFault)
            QCOMPARE(
                missing.json().value(QLatin1String("itemNotFound")).toObject().value(QLatin1String("code")).toInt(),
                404);
        else
            QVERIFY2(missing.body.startsWith("404 Not Found"), missing.body.constData());
    }

    void consoleOutput()
    {
        const QString id = makeServer(QStringLiteral("quiet"));
        QVERIFY(!id.isEmpty());
        const QString action = QStringLiteral("/compute/v2.1/servers/%1/action").arg(id);
        // The in-memory servers print nothing.
        for (const QByteArray &length : {QByteArray("50"), QByteArray("\"50\""), QByteArray("null")}) {
            const RawReply answered = raw("POST", action, "{\"os-getConsoleOutput\": {\"length\": " + length + "}}");
            QCOMPARE(answered.status, 200);
            QVERIFY(answered.json().value(QLatin1String("output")).isString());
            QCOMPARE(answered.json().value(QLatin1String("output")).toString(), QString());
        }
        const RawReply refused = raw("POST", action, "{\"os-getConsoleOutput\": {\"length\": \"many\"}}");
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("number of lines"), refused.body.constData());
    }

    void clientsReadTheConsoleLog()
    {
        const QString id = makeServer(QStringLiteral("chatty"));
        QVERIFY(!id.isEmpty());
        const QString log =
            QStringLiteral("Cloud-init v. 22.4.2 running 'modules:final'\n"
                           "-----BEGIN SSH HOST KEY FINGERPRINTS-----\n"
                           "256 SHA256:qLzK1mUVhM3bq8e3c5yGdJ0ZC2kFSe7V1yQe3QH2m9A root@chatty (ED25519)\n"
                           "-----END SSH HOST KEY FINGERPRINTS-----\n"
                           "Cloud-init v. 22.4.2 finished\n");
        m_backend->setConsoleLog(id, log);
        const auto whole = await<QString>([&](auto done) { m_nova->consoleOutput(id, 0, this, done); });
        VERIFY_OK(whole);
        QCOMPARE(whole.value(), log);
        const auto tail = await<QString>([&](auto done) { m_nova->consoleOutput(id, 2, this, done); });
        VERIFY_OK(tail);
        QCOMPARE(tail.value(),
                 QStringLiteral("-----END SSH HOST KEY FINGERPRINTS-----\nCloud-init v. 22.4.2 finished\n"));

        const auto missing =
            await<QString>([&](auto done) { m_nova->consoleOutput(QStringLiteral("nope"), 0, this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("nope")), qPrintable(missing.error().message));
    }

    void clientsSeeMissingServers()
    {
        const auto missing = await<NovaServer>([&](auto done) { m_nova->server(QStringLiteral("nope"), this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("Instance nope could not be found")),
                 qPrintable(missing.error().message));
    }

    void aFailedBuildSaysWhy()
    {
        m_backend->failNextBuilds(1, SandboxFault{500, QStringLiteral("No valid host was found.")});
        const auto failed = bootAndWait(spec(QStringLiteral("doomed"), InMemorySandboxBackend::baseImageId()));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QLatin1String("No valid host was found.")),
                 qPrintable(failed.error().message));
        QCOMPARE(m_backend->servers().first().status, QStringLiteral("ERROR"));
    }

    void conflictsAre409()
    {
        const auto created = await<NovaServer>([&](auto done) {
            m_nova->createServer(spec(QStringLiteral("busy"), InMemorySandboxBackend::baseImageId()), this, done);
        });
        VERIFY_OK(created);
        const QString action = QStringLiteral("/compute/v2.1/servers/%1/action").arg(created.value().id);
        const QByteArray snapshot = "{\"createImage\": {\"name\": \"too-early\"}}";
        // Still building.
        RawReply busy = raw("POST", action, snapshot);
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.json().value(QLatin1String("conflictingRequest")).toObject().value(QLatin1String("code")).toInt(),
                 409);
        QVERIFY(QTest::qWaitFor(
            [&] { return m_backend->server(created.value().id)->status == QLatin1String("ACTIVE"); }, 5000));
        QCOMPARE(raw("POST", action, snapshot).status, 202);
        // A second snapshot while the first is saving.
        QCOMPARE(raw("POST", action, snapshot).status, 409);
        QCOMPARE(m_backend->images().size(), 2);

        const QByteArray keypair = "{\"keypair\": {\"name\": \"twice\"}}";
        QCOMPARE(raw("POST", QStringLiteral("/compute/v2.1/os-keypairs"), keypair).status, 200);
        QCOMPARE(raw("POST", QStringLiteral("/compute/v2.1/os-keypairs"), keypair).status, 409);
    }

    void microversions()
    {
        const auto compute = [](const QByteArray &version) {
            return QList<QPair<QByteArray, QByteArray>>{
                qMakePair(QByteArrayLiteral("OpenStack-API-Version"), "compute " + version)};
        };
        RawReply answered = raw("GET", QStringLiteral("/compute/v2.1/flavors"), {}, compute("2.45"));
        QCOMPARE(answered.status, 200);
        QCOMPARE(answered.header("OpenStack-API-Version"), QByteArray("compute 2.45"));
        QCOMPARE(
            raw("GET", QStringLiteral("/compute/v2.1/flavors"), {}, compute("latest")).header("OpenStack-API-Version"),
            QByteArray("compute 2.45"));
        QCOMPARE(raw("GET", QStringLiteral("/compute/v2.1/flavors"), {}, compute("2.99")).status, 406);
        QCOMPARE(raw("GET", QStringLiteral("/compute/v2.1/flavors"), {}, compute("two")).status, 400);
        // The image proxy is gone from 2.36.
        QCOMPARE(raw("GET", QStringLiteral("/compute/v2.1/images"), {}, compute("2.36")).status, 404);

        // Key pairs: generated by the sandbox, with "type" and 201 from 2.2, deleted with 204.
        RawReply generated = raw("POST", QStringLiteral("/compute/v2.1/os-keypairs"),
                                 "{\"keypair\": {\"name\": \"made-here\"}}", compute("2.2"));
        QCOMPARE(generated.status, 201);
        const QJsonObject keypair = generated.json().value(QLatin1String("keypair")).toObject();
        QCOMPARE(keypair.value(QLatin1String("type")).toString(), QStringLiteral("ssh"));
        const QString privateKey = keypair.value(QLatin1String("private_key")).toString();
        QVERIFY(privateKey.contains(QLatin1String("PRIVATE KEY")));
        const auto parsed = SshKey::fromPrivateKeyText(privateKey.toLatin1(), {}, QStringLiteral("made-here"));
        VERIFY_OK(parsed);
        QCOMPARE(parsed.value().publicKeyLine().section(QLatin1Char(' '), 0, 1),
                 keypair.value(QLatin1String("public_key")).toString().section(QLatin1Char(' '), 0, 1));
        QCOMPARE(raw("DELETE", QStringLiteral("/compute/v2.1/os-keypairs/made-here"), {}, compute("2.2")).status, 204);

        // Networks are required from 2.37.
        const QByteArray server =
            "{\"server\": {\"name\": \"a\", \"imageRef\": \"5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60\", "
            "\"flavorRef\": \"1\"}}";
        QCOMPARE(raw("POST", QStringLiteral("/compute/v2.1/servers"), server, compute("2.37")).status, 400);
        RawReply created = raw("POST", QStringLiteral("/compute/v2.1/servers"), server, compute("2.1"));
        QCOMPARE(created.status, 202);
        QVERIFY(created.header("Location")
                    .endsWith(created.json()
                                  .value(QLatin1String("server"))
                                  .toObject()
                                  .value(QLatin1String("id"))
                                  .toString()
                                  .toLatin1()));
    }

    void pagesOfServers()
    {
        for (int i = 0; i < 5; ++i) {
            const QByteArray body =
                "{\"server\": {\"name\": \"page-" + QByteArray::number(i) +
                "\", \"imageRef\": \"5e3c2d1a-7b8f-4c6d-9e0a-1b2c3d4e5f60\", \"flavorRef\": \"1\"}}";
            QCOMPARE(raw("POST", QStringLiteral("/compute/v2.1/servers"), body).status, 202);
        }
        m_nova->setPageSize(2);
        const auto all =
            await<QList<NovaServer>>([&](auto done) { m_nova->servers(QStringLiteral("page"), this, done); });
        VERIFY_OK(all);
        QCOMPARE(all.value().size(), 5);
        RawReply page = raw("GET", QStringLiteral("/compute/v2.1/servers?limit=2"));
        QCOMPARE(page.json().value(QLatin1String("servers")).toArray().size(), 2);
        QVERIFY(page.json().contains(QLatin1String("servers_links")));
        QCOMPARE(raw("GET", QStringLiteral("/compute/v2.1/servers?marker=nope")).status, 400);
        QCOMPARE(raw("GET", QStringLiteral("/compute/v2.1/servers?limit=-1")).status, 400);
    }

    // Each reply against its official sample: the same keys, but for the differences listed here.
    void shapesFollowTheSamples_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("samplePath");
        QTest::addColumn<QString>("replyPath");
        QTest::addColumn<QString>("missing"); // keys of the sample the sandbox leaves out
        QTest::addColumn<QString>("extra");   // keys the sandbox adds
        const QString nova = QStringLiteral("/compute/v2.1");
        const QString admin =
            QStringLiteral("OS-EXT-SRV-ATTR:host,OS-EXT-SRV-ATTR:hypervisor_hostname,OS-EXT-SRV-ATTR:instance_name");
        QTest::newRow("server") << nova + QStringLiteral("/servers/{server}")
                                << QStringLiteral("nova/servers/server-get-resp.json") << QStringLiteral("server")
                                << QStringLiteral("server") << admin << QString();
        QTest::newRow("servers detail") << nova + QStringLiteral("/servers/detail")
                                        << QStringLiteral("nova/servers/servers-details-resp.json")
                                        << QStringLiteral("servers/0") << QStringLiteral("servers/0") << admin
                                        << QString();
        QTest::newRow("servers") << nova + QStringLiteral("/servers")
                                 << QStringLiteral("nova/servers/servers-list-resp.json") << QStringLiteral("servers/0")
                                 << QStringLiteral("servers/0") << QString() << QString();
        QTest::newRow("flavor") << nova + QStringLiteral("/flavors/1")
                                << QStringLiteral("nova/flavors/flavor-get-resp.json") << QStringLiteral("flavor")
                                << QStringLiteral("flavor") << QString() << QString();
        QTest::newRow("flavors detail") << nova + QStringLiteral("/flavors/detail")
                                        << QStringLiteral("nova/flavors/flavors-detail-resp.json")
                                        << QStringLiteral("flavors/0") << QStringLiteral("flavors/0") << QString()
                                        << QString();
        QTest::newRow("flavors") << nova + QStringLiteral("/flavors")
                                 << QStringLiteral("nova/flavors/flavors-list-resp.json") << QStringLiteral("flavors/0")
                                 << QStringLiteral("flavors/0") << QString() << QString();
        QTest::newRow("image") << nova + QStringLiteral("/images/{image}")
                               << QStringLiteral("nova/images/image-get-resp.json") << QStringLiteral("image")
                               << QStringLiteral("image") << QStringLiteral("OS-DCF:diskConfig") << QString();
        QTest::newRow("images detail") << nova + QStringLiteral("/images/detail")
                                       << QStringLiteral("nova/images/images-details-get-resp.json")
                                       << QStringLiteral("images/0") << QStringLiteral("images/0") << QString()
                                       << QString();
        QTest::newRow("keypairs") << nova + QStringLiteral("/os-keypairs")
                                  << QStringLiteral("nova/os-keypairs/keypairs-list-resp.json")
                                  << QStringLiteral("keypairs/0/keypair") << QStringLiteral("keypairs/0/keypair")
                                  << QString() << QString();
        QTest::newRow("keypair") << nova + QStringLiteral("/os-keypairs/shape")
                                 << QStringLiteral("nova/os-keypairs/keypairs-get-resp.json")
                                 << QStringLiteral("keypair") << QStringLiteral("keypair") << QString() << QString();
        QTest::newRow("glance image") << QStringLiteral("/image/v2/images/{image}")
                                      << QStringLiteral("glance-v2/image-show-response.json") << QString() << QString()
                                      << QString() << QStringLiteral("os_distro,os_version");
        QTest::newRow("glance images") << QStringLiteral("/image/v2/images")
                                       << QStringLiteral("glance-v2/images-list-response.json") << QString()
                                       << QString() << QString() << QString();
        QTest::newRow("compute versions")
            << QStringLiteral("/compute") << QStringLiteral("nova/versions/versions-get-resp.json")
            << QStringLiteral("versions/1") << QStringLiteral("versions/0") << QString() << QString();
    }

    void shapesFollowTheSamples()
    {
        QFETCH(QString, path);
        QFETCH(QString, sample);
        QFETCH(QString, samplePath);
        QFETCH(QString, replyPath);
        QFETCH(QString, missing);
        QFETCH(QString, extra);
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("shape"));
        VERIFY_OK(key);
        VERIFY_OK(await<NovaKeypair>([&](auto done) {
            m_nova->importKeypair(QStringLiteral("shape"), key.value().publicKeyLine(), this, done);
        }));
        const QString serverId = makeServer(QStringLiteral("shape"));
        QVERIFY(!serverId.isEmpty());
        path.replace(QLatin1String("{server}"), serverId)
            .replace(QLatin1String("{image}"), InMemorySandboxBackend::baseImageId());

        QFile file(QStringLiteral(QUAYSIDE_TEST_DATA "/api-samples/") + sample);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonValue expected = at(QJsonDocument::fromJson(file.readAll()).object(), samplePath);
        QVERIFY(expected.isObject());
        const RawReply answered = raw("GET", path);
        QVERIFY2(answered.status == 200 || answered.status == 300, answered.body.constData());
        const QJsonValue got = at(answered.json(), replyPath);
        QVERIFY2(got.isObject(), answered.body.constData());
        QCOMPARE(keysOf(expected) - keysOf(got), setOf(missing));
        QCOMPARE(keysOf(got) - keysOf(expected), setOf(extra));
    }

    void tokenShapeFollowsTheSample()
    {
        QFile file(
            QStringLiteral(QUAYSIDE_TEST_DATA "/api-samples/keystone-v3/auth/responses/project-scoped-password.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonValue expected = at(QJsonDocument::fromJson(file.readAll()).object(), QStringLiteral("token"));
        const QByteArray body = "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": "
                                "{\"name\": \"quayside\", \"domain\": {\"name\": \"Default\"}, \"password\": \"" +
                                kPassword + "\"}}}}}";
        const RawReply issued = raw("POST", QStringLiteral("/identity/v3/auth/tokens"), body, {}, false);
        QCOMPARE(issued.status, 201);
        QVERIFY(!issued.header("X-Subject-Token").isEmpty());
        const QJsonValue token = issued.json().value(QLatin1String("token"));
        QCOMPARE(keysOf(token), keysOf(expected));
        QCOMPARE(keysOf(at(token, QStringLiteral("user"))), keysOf(at(expected, QStringLiteral("user"))));
        QCOMPARE(keysOf(at(token, QStringLiteral("project"))), keysOf(at(expected, QStringLiteral("project"))));
        QCOMPARE(keysOf(at(token, QStringLiteral("catalog/0/endpoints/0"))),
                 keysOf(at(expected, QStringLiteral("catalog/0/endpoints/0"))));
        QStringList types;
        for (const QJsonValue &service : at(token, QStringLiteral("catalog")).toArray())
            types << service.toObject().value(QLatin1String("type")).toString();
        QCOMPARE(types, QStringList({QStringLiteral("identity"), QStringLiteral("compute"), QStringLiteral("image")}));
        // Unscoped requests get the user's one project, as Keystone does for a default project.
        QCOMPARE(at(token, QStringLiteral("project/name")).toString(), QStringLiteral("quayside"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_SandboxServer.moc"
