// NovaClient against the cloud emulator: the whole life of a server and of a snapshot, paging, keypairs,
// RackConnect, and every fault a cloud or the network between throws at a create.
#include "Await.h"
#include "CloudEmulator.h"

#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace quayside;
using quayside::test::await;
using quayside::test::CloudEmulator;
using Fault = quayside::test::CloudEmulator::Fault;

namespace {

Fault fault(const QByteArray &method, const QString &path, Fault::Kind kind, int count = 1)
{
    Fault made;
    made.method = method;
    made.pathPattern = path;
    made.kind = kind;
    made.count = count;
    return made;
}

} // namespace

class tst_NovaClient : public QObject
{
    Q_OBJECT

private:
    // A Rackspace-like cloud (or a generic one) with one user signed in, and a Nova client that polls fast.
    void open(CloudEmulator::Profile profile = CloudEmulator::Profile::Rackspace)
    {
        m_cloud = std::make_unique<CloudEmulator>(profile);
        QVERIFY2(m_cloud->start(), qPrintable(m_cloud->errorString()));
        CloudEmulator::User user;
        user.name = QStringLiteral("alice");
        user.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        user.password = QStringLiteral("pw");
        user.projectName = QStringLiteral("web");
        user.projectId = QStringLiteral("929418");
        m_cloud->addUser(user);
        CloudAccount account;
        account.id = QStringLiteral("test");
        account.userName = QStringLiteral("alice");
        account.projectName = QStringLiteral("web");
        if (profile == CloudEmulator::Profile::Rackspace) {
            account.method = CloudAuthMethod::RackspaceApiKey;
            account.authUrl = m_cloud->identityV2Url();
            account.region = QStringLiteral("DFW");
        } else {
            account.method = CloudAuthMethod::KeystoneV3Password;
            account.authUrl = m_cloud->identityV3Url();
        }
        m_session = std::make_unique<CloudSession>(
            account, profile == CloudEmulator::Profile::Rackspace ? user.apiKey.toUtf8() : QByteArray("pw"),
            &m_network);
        m_nova = std::make_unique<NovaClient>(m_session.get(), &m_network);
        m_nova->setPollInterval(20);
        CloudHttp::Policy policy;
        policy.firstPauseMs = 20;
        policy.timeoutMs = 3000;
        m_nova->http().setPolicy(policy);
    }

    NovaServerSpec spec(const QString &name) const
    {
        NovaServerSpec made;
        made.name = name;
        made.imageId = QStringLiteral("70a599e0-31e7-49b7-b260-868f441e862b");
        made.flavorId = QStringLiteral("1");
        made.networks = {rackspacePublicNet(), rackspaceServiceNet()};
        made.metadata = {{QStringLiteral("quayside.fleet"), QStringLiteral("demo")}};
        return made;
    }

    Result<NovaServer> create(const NovaServerSpec &spec)
    {
        return await<NovaServer>([&](auto done) { m_nova->createServer(spec, this, done); });
    }

    Result<NovaServer> waitActive(const QString &id, bool rackConnect = false, QList<int> *progress = nullptr)
    {
        return await<NovaServer>([&](auto done) {
            m_nova->waitForActive(
                id, rackConnect, 10000, this,
                [progress](const NovaServer &server) {
                    if (progress)
                        *progress << server.progress;
                },
                done);
        });
    }

    Result<QString> consoleOutput(const QString &id, int lines)
    {
        return await<QString>([&](auto done) { m_nova->consoleOutput(id, lines, this, done); });
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<CloudEmulator> m_cloud;
    std::unique_ptr<CloudSession> m_session;
    std::unique_ptr<NovaClient> m_nova;

private Q_SLOTS:
    void cleanup()
    {
        m_nova.reset();
        m_session.reset();
        m_cloud.reset();
    }

    void buildsAServerAsTheSeedDoes()
    {
        open();
        m_cloud->setServerBuildPolls(4);
        NovaServerSpec web = spec(QStringLiteral("web-1"));
        web.files = {NovaFile{QStringLiteral("/root/.ssh/authorized_keys"), "ssh-ed25519 AAAAC3 quayside\n"}};
        web.userData = "#cloud-config\npackages: [docker.io]\n";
        const auto created = create(web);
        VERIFY_OK(created);
        QVERIFY(!created.value().id.isEmpty());

        QList<int> progress;
        const auto active = waitActive(created.value().id, false, &progress);
        VERIFY_OK(active);
        QCOMPARE(active.value().status, QStringLiteral("ACTIVE"));
        QVERIFY2(progress.size() >= 4, qPrintable(QString::number(progress.size())));
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY(!active.value().publicIPv4().isEmpty());
        QVERIFY(!active.value().publicIPv6().isEmpty());
        QVERIFY(!active.value().privateIPv4().isEmpty());
        QVERIFY(active.value().publicIPv4() != active.value().privateIPv4());

        // What the cloud was asked for, seen on its side.
        const auto made = m_cloud->server(created.value().id);
        QVERIFY(made);
        QCOMPARE(made->name, QStringLiteral("web-1"));
        QCOMPARE(made->userData, web.userData);
        QCOMPARE(made->personality.size(), 1);
        QCOMPARE(made->personality.first().second, QByteArray("ssh-ed25519 AAAAC3 quayside\n"));
        QCOMPARE(made->networks, web.networks);
        QCOMPARE(made->metadata.value(QLatin1String("quayside.fleet")).toString(), QStringLiteral("demo"));
        QVERIFY(!made->metadata.value(NovaClient::requestIdKey()).toString().isEmpty());

        VERIFY_OK(await<void>([&](auto done) { m_nova->deleteServer(created.value().id, this, done); }));
        VERIFY_OK(await<void>([&](auto done) { m_nova->waitForDeletion(created.value().id, 10000, this, done); }));
        const auto after = m_cloud->server(created.value().id);
        QVERIFY(!after || after->status == QLatin1String("DELETED"));
        // Deleting what is gone is no error: the goal is met.
        VERIFY_OK(await<void>([&](auto done) { m_nova->deleteServer(created.value().id, this, done); }));
    }

    void aFailedBuildSaysWhy()
    {
        open();
        m_cloud->failServerBuilds(1, 500,
                                  QStringLiteral("No valid host was found. There are not enough hosts available."));
        const auto created = create(spec(QStringLiteral("doomed")));
        VERIFY_OK(created);
        const auto active = waitActive(created.value().id);
        QVERIFY(!active.ok());
        QVERIFY2(active.error().message.contains(QLatin1String("No valid host was found")),
                 qPrintable(active.error().message));
        QVERIFY(active.error().message.contains(QLatin1String("doomed")));
    }

    void waitsForRackConnect()
    {
        open();
        m_cloud->setRackConnect(CloudEmulator::RackConnect::Deployed, 3);
        const auto created = create(spec(QStringLiteral("rc-1")));
        VERIFY_OK(created);
        const auto plain = await<NovaServer>(
            [&](auto done) { m_nova->waitForActive(created.value().id, false, 10000, this, {}, done); });
        VERIFY_OK(plain);
        const auto deployed = waitActive(created.value().id, true);
        VERIFY_OK(deployed);
        QCOMPARE(deployed.value().metadata.value(QStringLiteral("rackconnect_automation_status")),
                 QStringLiteral("DEPLOYED"));
        // RackConnect gives the server its public address: the one read after DEPLOYED.
        QCOMPARE(deployed.value().publicIPv4(), m_cloud->server(created.value().id)->accessIPv4);
        QVERIFY(deployed.value().publicIPv4() != plain.value().publicIPv4());

        m_cloud->setRackConnect(CloudEmulator::RackConnect::Unprocessable, 1);
        const auto second = create(spec(QStringLiteral("rc-2")));
        VERIFY_OK(second);
        const auto refused = waitActive(second.value().id, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("UNPROCESSABLE")), qPrintable(refused.error().message));
    }

    void listsEveryPage()
    {
        open();
        for (int i = 0; i < 25; ++i) {
            CloudEmulator::ServerSeed seed;
            seed.name = QStringLiteral("seeded-%1").arg(i, 2, 10, QLatin1Char('0'));
            seed.tenantId = QStringLiteral("929418");
            seed.region = QStringLiteral("DFW");
            m_cloud->addServer(seed);
        }
        m_nova->setPageSize(10);
        const auto all = await<QList<NovaServer>>([&](auto done) { m_nova->servers(QString(), this, done); });
        VERIFY_OK(all);
        QCOMPARE(all.value().size(), 25);
        QCOMPARE(m_cloud->requestCount("GET", QStringLiteral("/servers/detail")), 3);
        QStringList names;
        for (const NovaServer &server : all.value())
            names << server.name;
        names.removeDuplicates();
        QCOMPARE(names.size(), 25);

        const auto some =
            await<QList<NovaServer>>([&](auto done) { m_nova->servers(QStringLiteral("seeded-1"), this, done); });
        VERIFY_OK(some);
        QCOMPARE(some.value().size(), 10); // seeded-10 ... seeded-19
    }

    void keepsKeypairs()
    {
        open();
        const QString key =
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHWfYQ5mMi0yhL0x8kQ2bgS1G6sKb1Wl0N0m0e0e0e0e quayside");
        const auto imported =
            await<NovaKeypair>([&](auto done) { m_nova->importKeypair(QStringLiteral("quayside"), key, this, done); });
        VERIFY_OK(imported);
        QCOMPARE(imported.value().name, QStringLiteral("quayside"));
        QVERIFY(!imported.value().fingerprint.isEmpty());
        const auto again =
            await<NovaKeypair>([&](auto done) { m_nova->importKeypair(QStringLiteral("quayside"), key, this, done); });
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        const auto listed = await<QList<NovaKeypair>>([&](auto done) { m_nova->keypairs(this, done); });
        VERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().publicKey.trimmed(), key);
        VERIFY_OK(await<void>([&](auto done) { m_nova->deleteKeypair(QStringLiteral("quayside"), this, done); }));
        const auto gone = await<QList<NovaKeypair>>([&](auto done) { m_nova->keypairs(this, done); });
        QVERIFY(gone.value().isEmpty());
        const auto missing =
            await<void>([&](auto done) { m_nova->deleteKeypair(QStringLiteral("quayside"), this, done); });
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void listsFlavorsAndTellsSnapshotsFromImages()
    {
        open(CloudEmulator::Profile::OpenStack);
        const auto flavors = await<QList<NovaFlavor>>([&](auto done) { m_nova->flavors(this, done); });
        VERIFY_OK(flavors);
        QVERIFY(!flavors.value().isEmpty());
        QVERIFY(flavors.value().first().ramMb > 0);
        const auto images = await<QList<NovaImage>>([&](auto done) { m_nova->images(this, done); });
        VERIFY_OK(images);
        const int snapshots = int(std::count_if(images.value().begin(), images.value().end(),
                                                [](const NovaImage &image) { return image.isSnapshot; }));
        QVERIFY2(snapshots >= 1, "the emulator seeds a snapshot");
        QVERIFY(snapshots < images.value().size());
    }

    void snapshotsInBothStyles_data()
    {
        QTest::addColumn<QString>("microversion");
        QTest::newRow("Location header") << QString();
        QTest::newRow("2.45 body") << QStringLiteral("2.45");
    }

    void snapshotsInBothStyles()
    {
        QFETCH(QString, microversion);
        open(CloudEmulator::Profile::OpenStack);
        m_nova->setMicroversion(microversion);
        const auto created = create(spec(QStringLiteral("golden")));
        VERIFY_OK(created);
        VERIFY_OK(waitActive(created.value().id));
        const auto imageId = await<QString>([&](auto done) {
            m_nova->createImage(created.value().id, QStringLiteral("golden-image"),
                                {{QStringLiteral("quayside.role"), QStringLiteral("tomcat")}}, 10000, this, done);
        });
        VERIFY_OK(imageId);
        const auto post = m_cloud->requests("POST", QStringLiteral("/action"));
        QCOMPARE(post.size(), 1);
        QCOMPARE(post.first().header("X-OpenStack-Nova-API-Version"), microversion.toLatin1());
        QVERIFY(m_cloud->image(imageId.value()));
        QCOMPARE(m_cloud->image(imageId.value())->serverId, created.value().id);
        QList<int> seen;
        const auto saved = await<NovaImage>([&](auto done) {
            m_nova->waitForImage(
                imageId.value(), 10000, this, [&seen](const NovaImage &image) { seen << image.progress; }, done);
        });
        VERIFY_OK(saved);
        QCOMPARE(saved.value().status, QStringLiteral("ACTIVE"));
        QVERIFY(saved.value().isSnapshot);
        QVERIFY(seen.size() >= 2);
    }

    void aBusyServerIsWaitedOutAndAMissingLocationLookedUp()
    {
        open(CloudEmulator::Profile::OpenStack);
        m_cloud->setImageSavePolls(3);
        const auto created = create(spec(QStringLiteral("busy")));
        VERIFY_OK(created);
        VERIFY_OK(waitActive(created.value().id));
        const auto first = await<QString>([&](auto done) {
            m_nova->createImage(created.value().id, QStringLiteral("first"), {}, 10000, this, done);
        });
        VERIFY_OK(first);
        // The server is still imaging: the second snapshot gets 409 until the first is done. Its reply
        // also lacks the Location header, so the new image is found by name.
        m_cloud->injectFault(fault("POST", QStringLiteral("/action"), Fault::Kind::OmitLocation, -1));
        std::optional<Result<QString>> second;
        m_nova->createImage(created.value().id, QStringLiteral("second"), {}, 10000, this,
                            [&second](const Result<QString> &id) { second = id; });
        VERIFY_OK(await<NovaImage>([&](auto done) { m_nova->waitForImage(first.value(), 10000, this, {}, done); }));
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 10000);
        VERIFY_OK(*second);
        QVERIFY(second->value() != first.value());
        QCOMPARE(m_cloud->image(second->value())->name, QStringLiteral("second"));
        QVERIFY(m_cloud->requestCount("POST", QStringLiteral("/action")) >= 3); // 202, at least one 409, 202
    }

    void aFailedSnapshotSaysSo()
    {
        open(CloudEmulator::Profile::OpenStack);
        const auto created = create(spec(QStringLiteral("flaky")));
        VERIFY_OK(created);
        VERIFY_OK(waitActive(created.value().id));
        m_cloud->failImageSaves(1, CloudEmulator::ImageOutcome::Killed);
        const auto imageId = await<QString>([&](auto done) {
            m_nova->createImage(created.value().id, QStringLiteral("broken"), {}, 10000, this, done);
        });
        VERIFY_OK(imageId);
        const auto saved =
            await<NovaImage>([&](auto done) { m_nova->waitForImage(imageId.value(), 10000, this, {}, done); });
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QLatin1String("broken")), qPrintable(saved.error().message));
    }

    void aCreateWhoseReplyIsLostIsFoundNotRepeated_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("dropped before the reply") << int(Fault::Kind::DropBeforeReply);
        QTest::newRow("dropped after the headers") << int(Fault::Kind::DropAfterHeaders);
        QTest::newRow("dropped mid-body") << int(Fault::Kind::DropMidBody);
    }

    void aCreateWhoseReplyIsLostIsFoundNotRepeated()
    {
        QFETCH(int, kind);
        open();
        m_cloud->injectFault(fault("POST", QStringLiteral("/servers$"), Fault::Kind(kind)));
        const auto created = create(spec(QStringLiteral("web-lost")));
        VERIFY_OK(created);
        QCOMPARE(m_cloud->requestCount("POST", QStringLiteral("/servers$")), 1);
        QCOMPARE(m_cloud->serverCount(), 1);
        QCOMPARE(m_cloud->servers().first().id, created.value().id);
    }

    void aRefusedCreateIsTriedAgainOnlyWhenNothingWasMade()
    {
        open();
        m_cloud->injectFault(fault("POST", QStringLiteral("/servers$"), Fault::Kind::InternalError));
        const auto created = create(spec(QStringLiteral("web-retry")));
        VERIFY_OK(created);
        QCOMPARE(m_cloud->requestCount("POST", QStringLiteral("/servers$")), 2);
        QCOMPARE(m_cloud->serverCount(), 1);

        m_cloud->clearRequests();
        m_cloud->injectFault(fault("POST", QStringLiteral("/servers$"), Fault::Kind::Unavailable, -1));
        m_nova->setCreateAttempts(3);
        const auto failed = create(spec(QStringLiteral("web-never")));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QLatin1String("made none")), qPrintable(failed.error().message));
        QCOMPARE(m_cloud->requestCount("POST", QStringLiteral("/servers$")), 3);
        QCOMPARE(m_cloud->serverCount(), 1);
    }

    void aCreateRefusedForGoodIsNotRepeated()
    {
        open();
        m_cloud->setMaxServers(0);
        const auto refused = create(spec(QStringLiteral("over-quota")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 403);
        QCOMPARE(m_cloud->requestCount("POST", QStringLiteral("/servers$")), 1);
    }

    void aRateLimitedCreateWaitsAndMakesOne()
    {
        open();
        Fault limited = fault("POST", QStringLiteral("/servers$"), Fault::Kind::OverLimit413);
        limited.retryAfterSeconds = 1;
        m_cloud->injectFault(limited);
        const auto created = create(spec(QStringLiteral("web-limited")));
        VERIFY_OK(created);
        QCOMPARE(m_cloud->requestCount("POST", QStringLiteral("/servers$")), 2);
        QCOMPARE(m_cloud->serverCount(), 1);
    }

    void takesWhatRealCloudsSend()
    {
        open();
        m_cloud->injectFault(fault("POST", QStringLiteral("/servers$"), Fault::Kind::NonUuidIds));
        m_cloud->injectFault(fault("POST", QStringLiteral("/servers$"), Fault::Kind::OmitLocation));
        const auto created = create(spec(QStringLiteral("odd")));
        VERIFY_OK(created);
        bool number = false;
        created.value().id.toLongLong(&number);
        QVERIFY2(number, qPrintable(created.value().id));
        for (Fault::Kind kind :
             {Fault::Kind::SloppyValues, Fault::Kind::ExtraFields, Fault::Kind::Chunked, Fault::Kind::Slow})
            m_cloud->injectFault(fault("GET", QStringLiteral("/servers/"), kind, 2));
        const auto active = waitActive(created.value().id);
        VERIFY_OK(active);
        QCOMPARE(active.value().name, QStringLiteral("odd"));
    }

    void aLostPollIsNotALostServer()
    {
        open();
        const auto created = create(spec(QStringLiteral("patient")));
        VERIFY_OK(created);
        m_cloud->injectFault(fault("GET", QStringLiteral("/servers/"), Fault::Kind::Unavailable, 6));
        m_cloud->injectFault(fault("GET", QStringLiteral("/servers/"), Fault::Kind::DropMidBody, 2));
        VERIFY_OK(waitActive(created.value().id));
    }

    void readsTheConsoleLog()
    {
        open();
        const auto created = create(spec(QStringLiteral("talkative")));
        VERIFY_OK(created);
        const QString id = created.value().id;

        // While it builds, the server has no console yet.
        const auto building = consoleOutput(id, 0);
        QVERIFY(!building.ok());
        QCOMPARE(building.error().kind, Error::Kind::Conflict);
        QVERIFY2(building.error().message.contains(id) && building.error().message.contains(QLatin1String("not ready")),
                 qPrintable(building.error().message));

        VERIFY_OK(waitActive(id));
        const auto whole = consoleOutput(id, 0);
        VERIFY_OK(whole);
        const QString block =
            QStringLiteral("-----BEGIN SSH HOST KEY FINGERPRINTS-----\n256 %1 root@talkative (ED25519)\n"
                           "-----END SSH HOST KEY FINGERPRINTS-----\n")
                .arg(CloudEmulator::consoleFingerprint(id));
        QVERIFY2(whole.value().contains(block), qPrintable(whole.value()));
        const auto tail = consoleOutput(id, 2);
        VERIFY_OK(tail);
        QCOMPARE(tail.value().count(QLatin1Char('\n')), 2);
        QVERIFY2(whole.value().endsWith(tail.value()) && tail.value().startsWith(QLatin1String("-----END")),
                 qPrintable(tail.value()));

        // The action as the API reference writes it: a number of lines, or null for all of them.
        const auto sent = m_cloud->requests("POST", QStringLiteral("/servers/[^/]+/action$"));
        QCOMPARE(sent.size(), 3);
        const auto length = [](const CloudEmulator::LoggedRequest &request) {
            return QJsonDocument::fromJson(request.body)
                .object()
                .value(QLatin1String("os-getConsoleOutput"))
                .toObject()
                .value(QLatin1String("length"));
        };
        QVERIFY(length(sent.at(1)).isNull());
        QCOMPARE(length(sent.at(2)).toInt(), 2);
        QFile official(QStringLiteral(QUAYSIDE_TEST_DATA "/api-samples/") +
                       QStringLiteral("nova/os-console-output/console-output-post-req.json"));
        QVERIFY(official.open(QIODevice::ReadOnly));
        // Shaped as the official request sample.
        const QJsonObject sample = QJsonDocument::fromJson(official.readAll()).object();
        const QJsonObject ours = QJsonDocument::fromJson(sent.at(2).body).object();
        const QLatin1String name("os-getConsoleOutput");
        QCOMPARE(ours.keys(), sample.keys());
        QCOMPARE(ours.value(name).toObject().keys(), sample.value(name).toObject().keys());
        QCOMPARE(length(sent.at(2)).type(), sample.value(name).toObject().value(QLatin1String("length")).type());

        m_cloud->setConsoleOutput(id, QString());
        const auto silent = consoleOutput(id, 10);
        VERIFY_OK(silent);
        QCOMPARE(silent.value(), QString());
    }

    void aMissingServerHasNoConsole()
    {
        open();
        const auto missing = consoleOutput(QStringLiteral("no-such-server"), 0);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("no-such-server")) &&
                     missing.error().message.contains(QLatin1String("could not be found")),
                 qPrintable(missing.error().message));
    }

    void aLostConsoleReplyIsAskedAgainButAnUnreadableOneIsReported()
    {
        open();
        const QString id = m_cloud->addServer(QStringLiteral("quiet"), QStringLiteral("929418"), QStringLiteral("DFW"));
        const QString action = QStringLiteral("/servers/%1/action$").arg(id);
        // Reading changes nothing: after a dropped reply it is asked again.
        m_cloud->injectFault(fault("POST", action, Fault::Kind::DropMidBody, 2));
        const auto read = consoleOutput(id, 0);
        VERIFY_OK(read);
        QVERIFY2(read.value().contains(CloudEmulator::consoleFingerprint(id)), qPrintable(read.value()));
        QCOMPARE(m_cloud->requestCount("POST", action), 3);

        m_cloud->injectFault(fault("POST", action, Fault::Kind::NotJson));
        const auto unreadable = consoleOutput(id, 0);
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.error().kind, Error::Kind::Protocol);
        QVERIFY2(unreadable.error().message.contains(id) &&
                     unreadable.error().message.contains(QLatin1String("output")),
                 qPrintable(unreadable.error().message));
    }

    void aSnapshotIsStillNotRepeated()
    {
        // The console action being repeatable must not make the other actions so: a snapshot whose reply
        // was lost may have been taken.
        open();
        const QString id =
            m_cloud->addServer(QStringLiteral("imaged"), QStringLiteral("929418"), QStringLiteral("DFW"));
        const QString action = QStringLiteral("/servers/%1/action$").arg(id);
        m_cloud->injectFault(fault("POST", action, Fault::Kind::Unavailable));
        const auto image =
            await<QString>([&](auto done) { m_nova->createImage(id, QStringLiteral("once"), {}, 5000, this, done); });
        QVERIFY(!image.ok());
        QCOMPARE(m_cloud->requestCount("POST", action), 1);
    }

    void anEngineThatNeverFinishesTimesOut()
    {
        open();
        m_cloud->setServerBuildPolls(1000000);
        const auto created = create(spec(QStringLiteral("slow")));
        VERIFY_OK(created);
        const auto active = await<NovaServer>(
            [&](auto done) { m_nova->waitForActive(created.value().id, false, 300, this, {}, done); });
        QCOMPARE(active.error().kind, Error::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(tst_NovaClient)
#include "tst_NovaClient.moc"
