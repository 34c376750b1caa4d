// KeystoneClient: request bodies and addresses for every sign-in method, and the official v2.0, v3 and
// Rackspace replies read back.
#include "Await.h"
#include "CloudEmulator.h"

#include "cloud/KeystoneClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace quayside;

namespace {

QByteArray sample(const QString &path)
{
    QFile file(QStringLiteral(QUAYSIDE_TEST_DATA "/api-samples/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject bodyOf(const CloudAccount &account, const QByteArray &secret)
{
    const auto body = KeystoneClient::requestBody(account, secret);
    return body ? QJsonDocument::fromJson(body.value()).object() : QJsonObject();
}

CloudAccount account(CloudAuthMethod method, const QString &authUrl)
{
    CloudAccount account;
    account.id = QStringLiteral("test");
    account.method = method;
    account.authUrl = QUrl(authUrl);
    return account;
}

} // namespace

class tst_KeystoneClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensUrl_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("authUrl");
        QTest::addColumn<QString>("expected");
        const int rax = int(CloudAuthMethod::RackspaceApiKey);
        const int v3 = int(CloudAuthMethod::KeystoneV3Password);
        const int app = int(CloudAuthMethod::KeystoneV3ApplicationCredential);
        const int v2 = int(CloudAuthMethod::KeystoneV2Password);
        QTest::newRow("rackspace us") << rax << QStringLiteral("https://identity.api.rackspacecloud.com/v2.0")
                                      << QStringLiteral("https://identity.api.rackspacecloud.com/v2.0/tokens");
        QTest::newRow("rackspace uk, slash")
            << rax << QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0/")
            << QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0/tokens");
        QTest::newRow("v3") << v3 << QStringLiteral("https://keystone.example.com:5000/v3")
                            << QStringLiteral("https://keystone.example.com:5000/v3/auth/tokens");
        QTest::newRow("v3 without version") << app << QStringLiteral("https://keystone.example.com/identity")
                                            << QStringLiteral("https://keystone.example.com/identity/v3/auth/tokens");
        QTest::newRow("v2 without version")
            << v2 << QStringLiteral("http://127.0.0.1:5000") << QStringLiteral("http://127.0.0.1:5000/v2.0/tokens");
    }

    void tokensUrl()
    {
        QFETCH(int, method);
        QFETCH(QString, authUrl);
        QFETCH(QString, expected);
        const auto url = KeystoneClient::tokensUrl(account(CloudAuthMethod(method), authUrl));
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QCOMPARE(url.value().toString(), expected);
    }

    void tokensUrlRefusesMismatchesAndNonsense()
    {
        QCOMPARE(KeystoneClient::tokensUrl(
                     account(CloudAuthMethod::KeystoneV3Password, QStringLiteral("https://identity.example.com/v2.0")))
                     .error()
                     .kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(
            KeystoneClient::tokensUrl(account(CloudAuthMethod::RackspaceApiKey, QStringLiteral("https://x.example/v3")))
                .error()
                .kind,
            Error::Kind::InvalidInput);
        QCOMPARE(KeystoneClient::tokensUrl(account(CloudAuthMethod::KeystoneV3Password, QStringLiteral("ftp://x/v3")))
                     .error()
                     .kind,
                 Error::Kind::InvalidInput);
    }

    void rackspaceBody()
    {
        CloudAccount rackspace =
            account(CloudAuthMethod::RackspaceApiKey, QStringLiteral("https://identity.api.rackspacecloud.com/v2.0"));
        rackspace.userName = QStringLiteral("maeker123");
        const QJsonObject credentials = bodyOf(rackspace, "0123456789abcdef")
                                            .value(QLatin1String("auth"))
                                            .toObject()
                                            .value(QLatin1String("RAX-KSKEY:apiKeyCredentials"))
                                            .toObject();
        QCOMPARE(credentials.value(QLatin1String("username")).toString(), QStringLiteral("maeker123"));
        QCOMPARE(credentials.value(QLatin1String("apiKey")).toString(), QStringLiteral("0123456789abcdef"));
    }

    void v2PasswordBodyMatchesTheSampleShape()
    {
        CloudAccount old =
            account(CloudAuthMethod::KeystoneV2Password, QStringLiteral("https://keystone.example.com/v2.0"));
        old.userName = QStringLiteral("demo");
        old.projectName = QStringLiteral("demo");
        const QJsonObject ours = bodyOf(old, "secretsecret");
        const QJsonObject official =
            QJsonDocument::fromJson(
                sample(QStringLiteral("keystone-v2.0/client/authenticate-credentials-request.json")))
                .object();
        QCOMPARE(ours.value(QLatin1String("auth")).toObject().keys(),
                 official.value(QLatin1String("auth")).toObject().keys());
        QCOMPARE(
            ours.value(QLatin1String("auth")).toObject().value(QLatin1String("passwordCredentials")).toObject().keys(),
            official.value(QLatin1String("auth"))
                .toObject()
                .value(QLatin1String("passwordCredentials"))
                .toObject()
                .keys());
    }

    void v3PasswordBodyMatchesTheSampleShape()
    {
        CloudAccount v3 =
            account(CloudAuthMethod::KeystoneV3Password, QStringLiteral("https://keystone.example.com/v3"));
        v3.userId = QStringLiteral("ee4dfb6e5540447cb3741905149d9b6e");
        v3.projectName = QStringLiteral("admin");
        v3.projectDomainId = QStringLiteral("default");
        const QJsonObject ours = bodyOf(v3, "devstacker");
        const QJsonObject official =
            QJsonDocument::fromJson(sample(QStringLiteral("keystone-v3/auth/requests/project-name-password.json")))
                .object();
        const auto path = [](const QJsonObject &root, const QStringList &keys) {
            QJsonObject at = root;
            for (const QString &key : keys)
                at = at.value(key).toObject();
            return at;
        };
        const QStringList user = {QStringLiteral("auth"), QStringLiteral("identity"), QStringLiteral("password"),
                                  QStringLiteral("user")};
        QCOMPARE(path(ours, user).keys(), path(official, user).keys());
        const QStringList project = {QStringLiteral("auth"), QStringLiteral("scope"), QStringLiteral("project")};
        QCOMPARE(path(ours, project).keys(), path(official, project).keys());
        QCOMPARE(path(ours, user).value(QLatin1String("password")).toString(), QStringLiteral("devstacker"));
        // By name: in the domain given, or else in Keystone's default domain.
        v3.userId.clear();
        v3.userName = QStringLiteral("admin");
        v3.userDomainName = QStringLiteral("Users");
        QCOMPARE(path(bodyOf(v3, "x"), user)
                     .value(QLatin1String("domain"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Users"));
        v3.userDomainName.clear();
        QCOMPARE(
            path(bodyOf(v3, "x"), user).value(QLatin1String("domain")).toObject().value(QLatin1String("id")).toString(),
            QStringLiteral("default"));
    }

    void applicationCredentialBodies()
    {
        CloudAccount byId =
            account(CloudAuthMethod::KeystoneV3ApplicationCredential, QStringLiteral("https://k.example/v3"));
        byId.applicationCredentialId = QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c");
        const QJsonObject identity = bodyOf(byId, "rEaqvJka48mpv")
                                         .value(QLatin1String("auth"))
                                         .toObject()
                                         .value(QLatin1String("identity"))
                                         .toObject();
        QCOMPARE(identity.value(QLatin1String("methods")).toArray().first().toString(),
                 QStringLiteral("application_credential"));
        const QJsonObject credential = identity.value(QLatin1String("application_credential")).toObject();
        QCOMPARE(credential.value(QLatin1String("id")).toString(), byId.applicationCredentialId);
        QCOMPARE(credential.value(QLatin1String("secret")).toString(), QStringLiteral("rEaqvJka48mpv"));
        QVERIFY(!bodyOf(byId, "x").value(QLatin1String("auth")).toObject().contains(QLatin1String("scope")));

        CloudAccount byName = byId;
        byName.applicationCredentialId.clear();
        byName.applicationCredentialName = QStringLiteral("monitoring");
        byName.userName = QStringLiteral("alice");
        byName.userDomainName = QStringLiteral("example");
        const QJsonObject named = bodyOf(byName, "s")
                                      .value(QLatin1String("auth"))
                                      .toObject()
                                      .value(QLatin1String("identity"))
                                      .toObject()
                                      .value(QLatin1String("application_credential"))
                                      .toObject();
        QCOMPARE(named.value(QLatin1String("name")).toString(), QStringLiteral("monitoring"));
        QCOMPARE(named.value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("domain"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("example"));
    }

    void unscopedBodiesNameNoProject()
    {
        CloudAccount v3 = account(CloudAuthMethod::KeystoneV3Password, QStringLiteral("https://k.example/v3"));
        v3.userName = QStringLiteral("alice");
        v3.projectName = QStringLiteral("web");
        const auto scoped = KeystoneClient::requestBody(v3, "pw");
        const auto unscoped = KeystoneClient::requestBody(v3, "pw", KeystoneClient::Scope::Unscoped);
        QVERIFY(scoped && unscoped);
        QVERIFY(QJsonDocument::fromJson(scoped.value())
                    .object()
                    .value(QLatin1String("auth"))
                    .toObject()
                    .contains(QLatin1String("scope")));
        const QJsonObject auth =
            QJsonDocument::fromJson(unscoped.value()).object().value(QLatin1String("auth")).toObject();
        QVERIFY(!auth.contains(QLatin1String("scope")));
        QVERIFY(auth.contains(QLatin1String("identity")));

        CloudAccount v2 = account(CloudAuthMethod::KeystoneV2Password, QStringLiteral("https://k.example/v2.0"));
        v2.userName = QStringLiteral("alice");
        const auto v2Unscoped = KeystoneClient::requestBody(v2, "pw", KeystoneClient::Scope::Unscoped);
        QVERIFY(v2Unscoped); // no project needed without a scope
        QVERIFY(!v2Unscoped.value().contains("tenant"));
        QVERIFY(!KeystoneClient::requestBody(v2, "pw")); // but a scoped sign-in needs one
        QVERIFY(!KeystoneClient::canSignInUnscoped(CloudAuthMethod::RackspaceApiKey));
        QVERIFY(!KeystoneClient::canSignInUnscoped(CloudAuthMethod::KeystoneV3ApplicationCredential));
    }

    // What tells a wrong project from a wrong password: the user alone signs in, or not.
    void checkUserUnscopedAgainstTheEmulator()
    {
        test::CloudEmulator cloud;
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        test::CloudEmulator::User alice;
        alice.name = QStringLiteral("alice");
        alice.password = QStringLiteral("secret");
        alice.projectName = QStringLiteral("web");
        cloud.addUser(alice);
        QNetworkAccessManager network;
        KeystoneClient client(&network);
        CloudAccount wrongProject = account(CloudAuthMethod::KeystoneV3Password, cloud.identityV3Url().toString());
        wrongProject.userName = QStringLiteral("alice");
        wrongProject.userDomainName = QStringLiteral("Default");
        wrongProject.projectName = QStringLiteral("nope");
        wrongProject.projectDomainName = QStringLiteral("Default");
        const auto scoped =
            test::await<KeystoneToken>([&](auto done) { client.authenticate(wrongProject, "secret", this, done); });
        QVERIFY(!scoped);
        QCOMPARE(scoped.error().httpStatus, 401);
        VERIFY_OK(test::await<void>([&](auto done) { client.checkUserUnscoped(wrongProject, "secret", this, done); }));
        const auto wrongPassword =
            test::await<void>([&](auto done) { client.checkUserUnscoped(wrongProject, "not it", this, done); });
        QVERIFY(!wrongPassword);
        QCOMPARE(wrongPassword.error().kind, Error::Kind::Unauthorized);
        CloudAccount credential =
            account(CloudAuthMethod::KeystoneV3ApplicationCredential, cloud.identityV3Url().toString());
        credential.applicationCredentialId = QStringLiteral("x");
        const auto refused =
            test::await<void>([&](auto done) { client.checkUserUnscoped(credential, "secret", this, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
    }

    void incompleteAccountsAreRefused_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("no api key") << int(CloudAuthMethod::RackspaceApiKey) << QByteArray();
        QTest::newRow("rackspace without user") << int(CloudAuthMethod::RackspaceApiKey) << QByteArray("k");
        QTest::newRow("v2 without user") << int(CloudAuthMethod::KeystoneV2Password) << QByteArray("p");
        QTest::newRow("v3 without user") << int(CloudAuthMethod::KeystoneV3Password) << QByteArray("p");
        QTest::newRow("app credential without id or name")
            << int(CloudAuthMethod::KeystoneV3ApplicationCredential) << QByteArray("s");
    }

    void incompleteAccountsAreRefused()
    {
        QFETCH(int, method);
        QFETCH(QByteArray, secret);
        const auto body =
            KeystoneClient::requestBody(account(CloudAuthMethod(method), QStringLiteral("https://k.example")), secret);
        QVERIFY(!body.ok());
        QCOMPARE(body.error().kind, Error::Kind::InvalidInput);
    }

    void readsRackspaceReply()
    {
        // The cloud's clock says it is five minutes before the token expires; ours is elsewhere.
        const QDateTime cloudNow = QDateTime(QDate(2016, 8, 11), QTime(19, 55, 44, 526), Qt::UTC);
        const auto token =
            KeystoneClient::readV2(sample(QStringLiteral("rackspace-identity-v2.0/auth-response.json")), cloudNow);
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));
        QVERIFY(token.value().id.startsWith("AABRRAegTP0X"));
        QCOMPARE(token.value().defaultRegion, QStringLiteral("IAD"));
        QCOMPARE(token.value().projectId, QStringLiteral("929418"));
        QCOMPARE(token.value().userName, QStringLiteral("maeker123"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(token.value().expiresAt);
        QVERIFY2(left > 290 && left <= 300, qPrintable(QString::number(left)));
        QVERIFY(token.value()
                    .catalog.endpoint(QStringLiteral("compute"), QStringLiteral("DFW"), EndpointInterface::Public)
                    .ok());
    }

    void readsV3Reply()
    {
        const auto token = KeystoneClient::readV3(
            "ffe47524401e4d61adc7310f7e5b6191",
            sample(QStringLiteral("keystone-v3/auth/responses/project-scoped-password.json")), {});
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));
        QCOMPARE(token.value().id, QByteArray("ffe47524401e4d61adc7310f7e5b6191"));
        QCOMPARE(token.value().projectName, QStringLiteral("admin"));
        QCOMPARE(token.value().expiresAt, QDateTime(QDate(2015, 11, 7), QTime(2, 58, 43, 578), Qt::UTC));
        QCOMPARE(KeystoneClient::readV3(
                     {}, sample(QStringLiteral("keystone-v3/auth/responses/project-scoped-password.json")), {})
                     .error()
                     .kind,
                 Error::Kind::Protocol);
    }

    void readsV2Reply()
    {
        const auto token =
            KeystoneClient::readV2(sample(QStringLiteral("keystone-v2.0/client/authenticate-response.json")), {});
        QVERIFY(token.ok());
        QCOMPARE(token.value().id, QByteArray("aaaaa-bbbbb-ccccc-dddd"));
        QCOMPARE(token.value().projectName, QStringLiteral("demo"));
    }

    void refusesDamagedReplies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>bad gateway</html>");
        QTest::newRow("no token") << QByteArray("{\"access\": {\"serviceCatalog\": []}}");
        QTest::newRow("no expiry") << QByteArray("{\"access\": {\"token\": {\"id\": \"t\"}}}");
        QTest::newRow("bad expiry") << QByteArray("{\"access\": {\"token\": {\"id\": \"t\", \"expires\": \"soon\"}}}");
    }

    void refusesDamagedReplies()
    {
        QFETCH(QByteArray, body);
        const auto token = KeystoneClient::readV2(body, {});
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, Error::Kind::Protocol);
    }

    void v3TokenWithoutProjectSaysSo()
    {
        const QByteArray unscoped =
            "{\"token\": {\"expires_at\": \"2030-01-01T00:00:00Z\", \"user\": {\"id\": \"u\"}}}";
        const auto token = KeystoneClient::readV3("t", unscoped, {});
        QCOMPARE(token.error().kind, Error::Kind::InvalidInput);
        QVERIFY(token.error().message.contains(QLatin1String("project")));
    }

    void parsesKeystoneTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDate day(2015, 11, 7);
        QTest::newRow("micro, Z") << QStringLiteral("2015-11-07T02:58:43.578887Z")
                                  << QDateTime(day, QTime(2, 58, 43, 578), Qt::UTC);
        QTest::newRow("plain Z") << QStringLiteral("2015-11-07T02:58:43Z") << QDateTime(day, QTime(2, 58, 43), Qt::UTC);
        QTest::newRow("no zone is UTC") << QStringLiteral("2015-11-07T02:58:43.5")
                                        << QDateTime(day, QTime(2, 58, 43, 500), Qt::UTC);
        QTest::newRow("offset") << QStringLiteral("2015-11-07T04:58:43+02:00")
                                << QDateTime(day, QTime(2, 58, 43), Qt::UTC);
        QTest::newRow("garbage") << QStringLiteral("tomorrow") << QDateTime();
    }

    void parsesKeystoneTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(KeystoneClient::parseTime(text), expected);
    }
};

QTEST_GUILESS_MAIN(tst_KeystoneClient)
#include "tst_KeystoneClient.moc"
