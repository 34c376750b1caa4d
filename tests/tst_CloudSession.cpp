// CloudSession and KeystoneClient against the cloud emulator: every sign-in method, token reuse and
// renewal, one new sign-in on a 401, the region and interface of the compute endpoint.
#include "Await.h"
#include "CloudEmulator.h"

#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

using namespace quayside;
using quayside::test::await;
using quayside::test::CloudEmulator;

class tst_CloudSession : public QObject
{
    Q_OBJECT

private:
    static CloudAccount account(const CloudEmulator &cloud, CloudAuthMethod method)
    {
        CloudAccount account;
        account.id = QStringLiteral("test");
        account.method = method;
        const bool v3 =
            method == CloudAuthMethod::KeystoneV3Password || method == CloudAuthMethod::KeystoneV3ApplicationCredential;
        account.authUrl = v3 ? cloud.identityV3Url() : cloud.identityV2Url();
        account.userName = QStringLiteral("alice");
        account.projectName = QStringLiteral("web");
        return account;
    }

    static CloudEmulator::User alice()
    {
        CloudEmulator::User user;
        user.name = QStringLiteral("alice");
        user.password = QStringLiteral("correct horse battery staple");
        user.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        user.projectName = QStringLiteral("web");
        user.defaultRegion = QStringLiteral("DFW");
        return user;
    }

    // Signs in through a Nova call, which needs the token and the catalog.
    static Result<QList<NovaFlavor>> flavors(CloudSession &session, QNetworkAccessManager &network, QObject *context)
    {
        NovaClient nova(&session, &network);
        return await<QList<NovaFlavor>>([&](auto done) { nova.flavors(context, done); });
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void signsIn_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<int>("method");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("region"); // of the compute endpoint used
        QTest::newRow("rackspace api key")
            << int(CloudEmulator::Profile::Rackspace) << int(CloudAuthMethod::RackspaceApiKey)
            << QByteArray("0123456789abcdef0123456789abcdef") << QStringLiteral("dfw");
        QTest::newRow("keystone v2.0 password")
            << int(CloudEmulator::Profile::OpenStack) << int(CloudAuthMethod::KeystoneV2Password)
            << QByteArray("correct horse battery staple") << QStringLiteral("regionone");
        QTest::newRow("keystone v3 password")
            << int(CloudEmulator::Profile::OpenStack) << int(CloudAuthMethod::KeystoneV3Password)
            << QByteArray("correct horse battery staple") << QStringLiteral("regionone");
    }

    void signsIn()
    {
        QFETCH(int, profile);
        QFETCH(int, method);
        QFETCH(QByteArray, secret);
        QFETCH(QString, region);
        CloudEmulator cloud{CloudEmulator::Profile(profile)};
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        CloudSession session(account(cloud, CloudAuthMethod(method)), secret, &m_network);
        const auto listed = flavors(session, m_network, this);
        VERIFY_OK(listed);
        QVERIFY(!listed.value().isEmpty());
        QCOMPARE(session.signIns(), 1);
        const auto calls = cloud.requests("GET", QStringLiteral("/flavors"));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().region, region);
        QCOMPARE(calls.first().interface, QStringLiteral("public"));
        QVERIFY(!calls.first().header("X-Auth-Token").isEmpty());
        // The secret went in the body of the sign-in only, never in an address.
        for (const auto &request : cloud.requests())
            QVERIFY2(!request.target.contains(QString::fromUtf8(secret)), qPrintable(request.target));
    }

    void signsInWithApplicationCredentials()
    {
        CloudEmulator cloud;
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        cloud.addApplicationCredential(QStringLiteral("4f2ba7e6c2d34d0c9b2c5f1f04e1a001"), QStringLiteral("quayside"),
                                       QStringLiteral("alice"), QStringLiteral("app-secret"));
        CloudAccount byId = account(cloud, CloudAuthMethod::KeystoneV3ApplicationCredential);
        byId.applicationCredentialId = QStringLiteral("4f2ba7e6c2d34d0c9b2c5f1f04e1a001");
        CloudSession first(byId, "app-secret", &m_network);
        VERIFY_OK(flavors(first, m_network, this));

        CloudAccount byName = account(cloud, CloudAuthMethod::KeystoneV3ApplicationCredential);
        byName.applicationCredentialName = QStringLiteral("quayside");
        CloudSession second(byName, "app-secret", &m_network);
        VERIFY_OK(flavors(second, m_network, this));

        CloudSession wrong(byId, "not-the-secret", &m_network);
        const auto refused = flavors(wrong, m_network, this);
        QCOMPARE(refused.error().kind, Error::Kind::Unauthorized);
    }

    void aWrongSecretIsRefusedWithoutRetrying()
    {
        CloudEmulator cloud{CloudEmulator::Profile::Rackspace};
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        CloudSession session(account(cloud, CloudAuthMethod::RackspaceApiKey), "wrong-key", &m_network);
        const auto refused = flavors(session, m_network, this);
        QCOMPARE(refused.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(refused.error().message.contains(QLatin1String("API key")), qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QLatin1String("wrong-key")));
        QCOMPARE(cloud.requestCount("POST", QStringLiteral("/tokens")), 1);
        QCOMPARE(cloud.requestCount(QByteArray(), QStringLiteral("/flavors")), 0);
    }

    void choosesTheInternalInterfaceAndTheAccountsRegion()
    {
        CloudEmulator cloud{CloudEmulator::Profile::Rackspace};
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        CloudAccount inside = account(cloud, CloudAuthMethod::RackspaceApiKey);
        inside.region = QStringLiteral("SYD");
        inside.interface = EndpointInterface::Internal;
        CloudSession session(inside, "0123456789abcdef0123456789abcdef", &m_network);
        VERIFY_OK(flavors(session, m_network, this));
        const auto calls = cloud.requests("GET", QStringLiteral("/flavors"));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().region, QStringLiteral("syd"));
        // Rackspace lists Cloud Servers with a public URL only: that one is used from inside too.
        QCOMPARE(calls.first().interface, QStringLiteral("public"));

        CloudEmulator openstack;
        QVERIFY2(openstack.start(), qPrintable(openstack.errorString()));
        openstack.addUser(alice());
        CloudAccount internal = account(openstack, CloudAuthMethod::KeystoneV3Password);
        internal.interface = EndpointInterface::Internal;
        CloudSession second(internal, "correct horse battery staple", &m_network);
        VERIFY_OK(flavors(second, m_network, this));
        QCOMPARE(openstack.requests("GET", QStringLiteral("/flavors")).first().interface, QStringLiteral("internal"));

        CloudAccount nowhere = account(cloud, CloudAuthMethod::RackspaceApiKey);
        nowhere.region = QStringLiteral("LON");
        CloudSession third(nowhere, "0123456789abcdef0123456789abcdef", &m_network);
        const auto missing = flavors(third, m_network, this);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("LON")));
    }

    void reusesATokenAndRenewsItBeforeItEnds()
    {
        CloudEmulator cloud;
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        // The session's idea of the expiry may be up to a second early (the cloud's Date header counts whole
        // seconds), so the numbers leave a second's room either way.
        cloud.setTokenLifetimeMs(4000);
        CloudSession session(account(cloud, CloudAuthMethod::KeystoneV3Password), "correct horse battery staple",
                             &m_network);
        session.setRenewBeforeSeconds(2);
        VERIFY_OK(flavors(session, m_network, this));
        VERIFY_OK(flavors(session, m_network, this));
        QCOMPARE(session.signIns(), 1);
        QTest::qWait(2100); // now less than the margin is left
        VERIFY_OK(flavors(session, m_network, this));
        QCOMPARE(session.signIns(), 2);
        QCOMPARE(cloud.requestCount("GET", QStringLiteral("/flavors")), 3); // no request was refused
    }

    void callersShareOneSignIn()
    {
        CloudEmulator cloud;
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        CloudSession session(account(cloud, CloudAuthMethod::KeystoneV3Password), "correct horse battery staple",
                             &m_network);
        NovaClient nova(&session, &m_network);
        int finished = 0;
        for (int i = 0; i < 5; ++i)
            nova.flavors(this,
                         [&finished](const Result<QList<NovaFlavor>> &result) { finished += result.ok() ? 1 : 0; });
        QTRY_COMPARE(finished, 5);
        QCOMPARE(session.signIns(), 1);
        QCOMPARE(cloud.requestCount("POST", QStringLiteral("/auth/tokens")), 1);
    }

    void aRefusedTokenLeadsToOneNewSignIn()
    {
        CloudEmulator cloud{CloudEmulator::Profile::Rackspace};
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        CloudSession session(account(cloud, CloudAuthMethod::RackspaceApiKey), "0123456789abcdef0123456789abcdef",
                             &m_network);
        VERIFY_OK(flavors(session, m_network, this));
        cloud.expireAllTokens(); // revoked early, as when the user changes the API key elsewhere
        VERIFY_OK(flavors(session, m_network, this));
        QCOMPARE(session.signIns(), 2);
        QCOMPARE(cloud.requestCount("GET", QStringLiteral("/flavors")), 3);

        // A service that keeps refusing: one new sign-in, then the error.
        CloudEmulator::Fault refusing;
        refusing.pathPattern = QStringLiteral("/flavors");
        refusing.kind = CloudEmulator::Fault::Kind::Unauthorized;
        refusing.count = -1;
        cloud.injectFault(refusing);
        cloud.clearRequests();
        const auto refused = flavors(session, m_network, this);
        QCOMPARE(refused.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(cloud.requestCount("GET", QStringLiteral("/flavors")), 2);
        QCOMPARE(cloud.requestCount("POST", QStringLiteral("/tokens")), 1);
    }

    void noSecretOrTokenReachesTheLog()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("quayside.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { captured << message; });
        {
            CloudEmulator cloud{CloudEmulator::Profile::Rackspace};
            QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
            cloud.addUser(alice());
            CloudSession session(account(cloud, CloudAuthMethod::RackspaceApiKey), "0123456789abcdef0123456789abcdef",
                                 &m_network);
            VERIFY_OK(flavors(session, m_network, this));
            cloud.expireAllTokens();
            VERIFY_OK(flavors(session, m_network, this));
            CloudSession wrong(account(cloud, CloudAuthMethod::RackspaceApiKey), "fedcba9876543210", &m_network);
            QVERIFY(!flavors(wrong, m_network, this).ok());
            QStringList secrets = {QStringLiteral("0123456789abcdef0123456789abcdef"),
                                   QStringLiteral("fedcba9876543210")};
            for (const auto &request : cloud.requests()) {
                if (!request.header("X-Auth-Token").isEmpty())
                    secrets << QString::fromLatin1(request.header("X-Auth-Token"));
            }
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
            QVERIFY2(captured.size() > 3, "the sign-ins were logged");
            for (const QString &line : std::as_const(captured)) {
                for (const QString &secret : std::as_const(secrets))
                    QVERIFY2(!line.contains(secret), qPrintable(line));
            }
        }
    }

    void rateLimitedSignInWaits()
    {
        CloudEmulator cloud;
        QVERIFY2(cloud.start(), qPrintable(cloud.errorString()));
        cloud.addUser(alice());
        CloudEmulator::Fault limited;
        limited.method = "POST";
        limited.pathPattern = QStringLiteral("/auth/tokens");
        limited.kind = CloudEmulator::Fault::Kind::OverLimit429;
        limited.retryAfterSeconds = 1;
        cloud.injectFault(limited);
        CloudSession session(account(cloud, CloudAuthMethod::KeystoneV3Password), "correct horse battery staple",
                             &m_network);
        VERIFY_OK(flavors(session, m_network, this));
        QCOMPARE(cloud.requestCount("POST", QStringLiteral("/auth/tokens")), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CloudSession)
#include "tst_CloudSession.moc"
