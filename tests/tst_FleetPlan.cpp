// The fleet plan's cloud phases against the sandbox cloud in-process (SandboxServer over the in-memory
// backend), through Quayside's real cloud clients over HTTP: a whole run, interruptions and resumes, and
// taking a fleet down.
#include "Await.h"

#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "provision/FleetPlan.h"
#include "sandbox/InMemorySandboxBackend.h"
#include "sandbox/SandboxServer.h"
#include "ssh/SshKey.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace quayside;
using quayside::test::await;

namespace {

const QByteArray kPassword = "fleet plan password";

// The in-memory backend, with a look at each boot as the create request arrives (before its reply leaves).
class WatchedBackend : public InMemorySandboxBackend
{
public:
    std::function<void(const SandboxInstance &)> onBoot;
    std::function<void(const SandboxImage &)> onSnapshot;

protected:
    void snapshot(const SandboxInstance &server, const SandboxImage &image) override
    {
        InMemorySandboxBackend::snapshot(server, image);
        if (onSnapshot)
            onSnapshot(image);
    }

    void boot(const SandboxInstance &server) override
    {
        InMemorySandboxBackend::boot(server);
        if (onBoot)
            onBoot(server);
    }
};

} // namespace

class tst_FleetPlan : public QObject
{
    Q_OBJECT

private:
    Fleet newFleet(int dockerHosts) const
    {
        Fleet fleet;
        fleet.name = QStringLiteral("demo");
        fleet.cloudAccountId = QStringLiteral("sandbox");
        fleet.region = SandboxServer::region();
        fleet.flavorId = QStringLiteral("1");
        fleet.baseImageId = InMemorySandboxBackend::baseImageId();
        fleet.dockerHosts = dockerHosts;
        fleet.containers = 4;
        return fleet;
    }

    std::unique_ptr<FleetPlan> makePlan(const Fleet &fleet)
    {
        auto plan = std::make_unique<FleetPlan>(m_nova.get(), recordPath(), fleet);
        plan->setPublicKey(m_publicKey);
        plan->setTimeouts(10000, 10000);
        connect(plan.get(), &FleetPlan::logLine, this, [this](const QString &line) { m_log << line; });
        return plan;
    }

    // Runs the plan to its end; the error if it failed.
    Result<QList<FleetPlan::Phase>> runToEnd(FleetPlan &plan)
    {
        QSignalSpy finished(&plan, &FleetPlan::finished);
        QSignalSpy failed(&plan, &FleetPlan::failed);
        plan.run();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000))
            return Error{Error::Kind::Timeout, 0, QStringLiteral("the plan did not end")};
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return finished.first().first().value<QList<FleetPlan::Phase>>();
    }

    // Runs the plan through `last`; the error if it failed.
    Result<QList<FleetPlan::Phase>> runThrough(FleetPlan &plan, FleetPlan::Phase last)
    {
        QSignalSpy finished(&plan, &FleetPlan::finished);
        QSignalSpy failed(&plan, &FleetPlan::failed);
        plan.runThrough(last);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000))
            return Error{Error::Kind::Timeout, 0, QStringLiteral("the plan did not end")};
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return finished.first().first().value<QList<FleetPlan::Phase>>();
    }

    Result<void> takeDown(FleetPlan &plan)
    {
        QSignalSpy done(&plan, &FleetPlan::takenDown);
        QSignalSpy failed(&plan, &FleetPlan::failed);
        plan.takeDown();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000))
            return Error{Error::Kind::Timeout, 0, QStringLiteral("taking down did not end")};
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return {};
    }

    QString recordPath() const { return m_dir->filePath(QStringLiteral("fleet.json")); }

    Fleet savedRecord() const
    {
        const auto loaded = FleetFile::load(recordPath());
        return loaded ? loaded.value() : Fleet{};
    }

    QList<SandboxInstance> serversNamed(const QString &prefix) const
    {
        QList<SandboxInstance> found;
        for (const SandboxInstance &server : m_backend->servers()) {
            if (server.name.startsWith(prefix))
                found << server;
        }
        return found;
    }

    QString handMadeServer(const QString &name)
    {
        NovaServerSpec spec;
        spec.name = name;
        spec.imageId = InMemorySandboxBackend::baseImageId();
        spec.flavorId = QStringLiteral("1");
        const auto created = await<NovaServer>([&](auto done) { m_nova->createServer(spec, this, done); });
        return created ? created.value().id : QString();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WatchedBackend> m_backend;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<CloudSession> m_session;
    std::unique_ptr<NovaClient> m_nova;
    QString m_publicKey;
    QStringList m_log;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<FleetPlan::Phase>>();
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("fleet@test"));
        VERIFY_OK(key);
        m_publicKey = key.value().publicKeyLine();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_log.clear();
        m_backend = std::make_unique<WatchedBackend>();
        m_backend->setBuildMs(150);
        m_backend->setSnapshotMs(150);
        m_backend->setDeleteMs(50);
        SandboxIdentity identity;
        identity.password = kPassword;
        m_server = std::make_unique<SandboxServer>(m_backend.get(), identity);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        CloudAccount account;
        account.id = QStringLiteral("sandbox");
        account.method = CloudAuthMethod::KeystoneV3Password;
        account.authUrl = m_server->authUrl();
        account.region = SandboxServer::region();
        account.userName = QStringLiteral("quayside");
        account.userDomainName = QStringLiteral("Default");
        account.projectName = QStringLiteral("quayside");
        account.projectDomainName = QStringLiteral("Default");
        m_session = std::make_unique<CloudSession>(account, kPassword, &m_network);
        m_nova = std::make_unique<NovaClient>(m_session.get(), &m_network);
        m_nova->setPollInterval(30);
    }

    void cleanup()
    {
        m_nova.reset();
        m_session.reset();
        m_server.reset();
        m_backend.reset();
        m_dir.reset();
    }

    void phasesInOrder()
    {
        QStringList ids;
        for (const FleetPlan::Phase phase : FleetPlan::phases()) {
            ids << FleetPlan::phaseId(phase);
            QVERIFY(!FleetPlan::phaseTitle(phase).isEmpty());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("key-pair"), QStringLiteral("first-docker-host"),
                                   QStringLiteral("docker-host-setup"), QStringLiteral("tomcat-image"),
                                   QStringLiteral("snapshot"), QStringLiteral("nginx-host"),
                                   QStringLiteral("nginx-host-setup"), QStringLiteral("more-docker-hosts"),
                                   QStringLiteral("containers"), QStringLiteral("nginx-backends"),
                                   QStringLiteral("final-check")}));
        QVERIFY(FleetPlan::isHook(FleetPlan::Phase::TomcatImage));
        QVERIFY(!FleetPlan::isHook(FleetPlan::Phase::Snapshot));
    }

    void cloudPhasesMakeTheFleet()
    {
        // The clones boot side by side: when the first of them is ACTIVE, the other exists already.
        int clonesWhenFirstActive = -1;
        connect(m_backend.get(), &SandboxBackend::serverChanged, this, [&](const QString &id) {
            const auto server = m_backend->server(id);
            if (server && server->status == QLatin1String("ACTIVE") &&
                server->name.startsWith(QLatin1String("demo-docker-")) &&
                server->name != QLatin1String("demo-docker-1") && clonesWhenFirstActive < 0)
                clonesWhenFirstActive = int(serversNamed(QStringLiteral("demo-docker-")).size()) - 1;
        });
        Fleet fleet = newFleet(3);
        fleet.networks = {QStringLiteral("00000000-0000-0000-0000-000000000000"),
                          QStringLiteral("11111111-1111-1111-1111-111111111111")};
        auto plan = makePlan(fleet);
        const auto ran = runToEnd(*plan);
        VERIFY_OK(ran);
        // Every SSH phase is reported as not wired, none is recorded as finished.
        QCOMPARE(ran.value(), (QList<FleetPlan::Phase>{FleetPlan::Phase::DockerHostSetup, FleetPlan::Phase::TomcatImage,
                                                       FleetPlan::Phase::NginxHostSetup, FleetPlan::Phase::Containers,
                                                       FleetPlan::Phase::NginxBackends, FleetPlan::Phase::FinalCheck}));
        QCOMPARE(clonesWhenFirstActive, 2);

        const Fleet record = savedRecord();
        QCOMPARE(record.finishedPhases, (QStringList{QStringLiteral("key-pair"), QStringLiteral("first-docker-host"),
                                                     QStringLiteral("snapshot"), QStringLiteral("nginx-host"),
                                                     QStringLiteral("more-docker-hosts")}));
        QCOMPARE(record.keyPairName, QStringLiteral("demo-key"));
        QVERIFY(record.keyPairImported);
        QCOMPARE(m_backend->keypairs().size(), 1);
        QCOMPARE(m_backend->keypairs().first().publicKey, m_publicKey);

        QCOMPARE(record.servers.size(), 4);
        QCOMPARE(m_backend->servers().size(), 4);
        QVERIFY(record.snapshot);
        QVERIFY(record.snapshot->active);
        const auto image = m_backend->image(record.snapshot->id);
        QVERIFY(image);
        QCOMPARE(image->status, SandboxImage::Status::Active);
        for (const FleetServer &server : record.servers) {
            const auto made = m_backend->server(server.novaId);
            QVERIFY2(made, qPrintable(server.name));
            QCOMPARE(made->name, server.name);
            QCOMPARE(made->status, QStringLiteral("ACTIVE"));
            QCOMPARE(made->keyName, QStringLiteral("demo-key"));
            QCOMPARE(server.phase, FleetServer::Phase::Active);
            QVERIFY(!server.address.isEmpty());
            QCOMPARE(made->metadata.value(NovaClient::requestIdKey()), server.requestId);
            QCOMPARE(made->imageId, server.fromSnapshot ? record.snapshot->id : InMemorySandboxBackend::baseImageId());
            // Every create asked for the fleet's networks (the first host, the nginx host, the clones).
            QCOMPARE(made->networks, fleet.networks);
        }
        QCOMPARE(record.networks, fleet.networks);
        QCOMPARE(record.server(QStringLiteral("demo-nginx"))->role, FleetServer::Role::NginxHost);
        QVERIFY(record.server(QStringLiteral("demo-docker-2"))->fromSnapshot);
        QVERIFY(record.server(QStringLiteral("demo-docker-3"))->fromSnapshot);
        QVERIFY(!record.server(QStringLiteral("demo-docker-1"))->fromSnapshot);

        // Run again: nothing left to do, nothing made.
        auto again = makePlan(record);
        m_log.clear();
        VERIFY_OK(runToEnd(*again));
        QCOMPARE(m_backend->servers().size(), 4);
        QCOMPARE(m_backend->images().size(), 2);
        QCOMPARE(m_log.filter(QStringLiteral("finished before")).size(), 5);
    }

    void interruptedCreateIsFoundAgain()
    {
        // The plan goes away while the first server's create is in flight: the cloud makes the server, the
        // reply is never read, and the record has the request id but no server id.
        std::unique_ptr<FleetPlan> plan = makePlan(newFleet(2));
        m_backend->onBoot = [&plan](const SandboxInstance &) { plan.reset(); };
        plan->run();
        QTRY_VERIFY(!plan);
        m_backend->onBoot = nullptr;
        QCOMPARE(m_backend->servers().size(), 1);
        Fleet record = savedRecord();
        QCOMPARE(record.servers.size(), 1);
        QVERIFY(record.servers.first().novaId.isEmpty());
        QCOMPARE(record.servers.first().phase, FleetServer::Phase::Requested);
        QCOMPARE(record.finishedPhases, QStringList{QStringLiteral("key-pair")});

        auto resumed = makePlan(record);
        QSignalSpy started(resumed.get(), &FleetPlan::phaseStarted);
        VERIFY_OK(runToEnd(*resumed));
        QVERIFY(!started.isEmpty());
        QCOMPARE(started.first().first().value<FleetPlan::Phase>(), FleetPlan::Phase::FirstDockerHost);
        QCOMPARE(m_log.filter(QStringLiteral("Found server demo-docker-1")).size(), 1);
        QCOMPARE(serversNamed(QStringLiteral("demo-docker-1")).size(), 1);
        QCOMPARE(m_backend->servers().size(), 3);
        QCOMPARE(m_backend->keypairs().size(), 1);
        record = savedRecord();
        QCOMPARE(record.server(QStringLiteral("demo-docker-1"))->novaId,
                 serversNamed(QStringLiteral("demo-docker-1")).first().id);
    }

    void failedBuildIsReplacedOnResume()
    {
        m_backend->failNextBuilds(1, SandboxFault{500, QStringLiteral("No valid host was found.")});
        auto plan = makePlan(newFleet(2));
        const auto ran = runToEnd(*plan);
        QVERIFY(!ran);
        QVERIFY2(ran.error().message.contains(QStringLiteral("No valid host was found.")),
                 qPrintable(ran.error().message));
        QVERIFY2(ran.error().message.contains(QStringLiteral("Running up again")), qPrintable(ran.error().message));
        QCOMPARE(m_backend->servers().size(), 1);
        const QString broken = m_backend->servers().first().id;
        QCOMPARE(m_backend->servers().first().status, QStringLiteral("ERROR"));
        QCOMPARE(savedRecord().server(QStringLiteral("demo-docker-1"))->novaId, broken);

        auto resumed = makePlan(savedRecord());
        VERIFY_OK(runToEnd(*resumed));
        QVERIFY(!m_backend->server(broken));
        QCOMPARE(serversNamed(QStringLiteral("demo-docker-1")).size(), 1);
        QCOMPARE(m_backend->servers().size(), 3); // docker-1, nginx, docker-2
        QCOMPARE(m_log.filter(QStringLiteral("SSH key pair: finished before")).size(), 1);
    }

    void interruptedSnapshotIsFoundAgain()
    {
        std::unique_ptr<FleetPlan> plan = makePlan(newFleet(2));
        m_backend->onSnapshot = [&plan](const SandboxImage &) { plan.reset(); };
        plan->run();
        QTRY_VERIFY(!plan);
        m_backend->onSnapshot = nullptr;
        QCOMPARE(m_backend->images().size(), 2);
        Fleet record = savedRecord();
        QVERIFY(record.snapshot);
        QVERIFY(record.snapshot->id.isEmpty());

        auto resumed = makePlan(record);
        VERIFY_OK(runToEnd(*resumed));
        QCOMPARE(m_backend->images().size(), 2);
        QCOMPARE(m_log.filter(QStringLiteral("Found the snapshot demo-snapshot")).size(), 1);
        record = savedRecord();
        QCOMPARE(record.snapshot->id, m_backend->images().last().id);
        QCOMPARE(m_backend->server(record.server(QStringLiteral("demo-docker-2"))->novaId)->imageId,
                 record.snapshot->id);
    }

    void failedCloneIsReplacedAndTheOtherKept()
    {
        auto plan = makePlan(newFleet(3));
        connect(plan.get(), &FleetPlan::phaseStarted, this, [this](FleetPlan::Phase phase) {
            if (phase == FleetPlan::Phase::MoreDockerHosts)
                m_backend->failNextBuilds(1, SandboxFault{500, QStringLiteral("No valid host was found.")});
        });
        QVERIFY(!runToEnd(*plan));
        Fleet record = savedRecord();
        QVERIFY(!record.isFinished(FleetPlan::phaseId(FleetPlan::Phase::MoreDockerHosts)));
        QCOMPARE(m_backend->servers().size(), 4);
        QStringList active;
        for (const FleetServer &server : record.servers) {
            if (server.phase == FleetServer::Phase::Active)
                active << server.novaId;
        }
        QCOMPARE(active.size(), 3); // docker-1, nginx and the clone that built

        auto resumed = makePlan(record);
        VERIFY_OK(runToEnd(*resumed));
        QCOMPARE(m_backend->servers().size(), 4);
        record = savedRecord();
        for (const QString &id : active)
            QVERIFY(record.servers.end() != std::find_if(record.servers.begin(), record.servers.end(),
                                                         [&id](const FleetServer &s) { return s.novaId == id; }));
        for (const SandboxInstance &server : m_backend->servers())
            QCOMPARE(server.status, QStringLiteral("ACTIVE"));
    }

    void hooksRunInTheirPlaceAndAreRecorded()
    {
        auto plan = makePlan(newFleet(2));
        QStringList order;
        connect(plan.get(), &FleetPlan::phaseStarted, this,
                [&order](FleetPlan::Phase phase) { order << FleetPlan::phaseId(phase); });
        plan->setHook(FleetPlan::Phase::DockerHostSetup, [this](Fleet &fleet, const FleetPlan::HookDone &done) {
            // The host is up and recorded before its setup starts; no snapshot yet.
            FleetServer *host = fleet.server(FleetPlan::firstDockerHostName(fleet));
            QVERIFY(host && host->phase == FleetServer::Phase::Active && !fleet.snapshot);
            host->hostKeyFingerprint = QStringLiteral("SHA256:test");
            host->phase = FleetServer::Phase::Trusted;
            QTimer::singleShot(10, this, [done] { done(Result<void>()); });
        });
        // The image comes after Docker and before the snapshot, which must carry it.
        plan->setHook(FleetPlan::Phase::TomcatImage, [this](Fleet &fleet, const FleetPlan::HookDone &done) {
            FleetServer *host = fleet.server(FleetPlan::firstDockerHostName(fleet));
            QVERIFY(host && host->phase == FleetServer::Phase::Trusted && !fleet.snapshot);
            QVERIFY(fleet.isFinished(QStringLiteral("docker-host-setup")));
            host->phase = FleetServer::Phase::Provisioned;
            QTimer::singleShot(10, this, [done] { done(Result<void>()); });
        });
        plan->setHook(FleetPlan::Phase::Containers, [](Fleet &, const FleetPlan::HookDone &done) {
            done(Error{Error::Kind::Network, 0, QStringLiteral("docker-2 did not answer")});
        });
        const auto ran = runToEnd(*plan);
        QVERIFY(!ran);
        QCOMPARE(ran.error().message, QStringLiteral("docker-2 did not answer"));
        QCOMPARE(order, (QStringList{QStringLiteral("key-pair"), QStringLiteral("first-docker-host"),
                                     QStringLiteral("docker-host-setup"), QStringLiteral("tomcat-image"),
                                     QStringLiteral("snapshot"), QStringLiteral("nginx-host"),
                                     QStringLiteral("more-docker-hosts"), QStringLiteral("containers")}));
        const Fleet record = savedRecord();
        QVERIFY(record.isFinished(QStringLiteral("docker-host-setup")));
        QVERIFY(record.isFinished(QStringLiteral("tomcat-image")));
        QVERIFY(!record.isFinished(QStringLiteral("containers")));
        QCOMPARE(record.server(QStringLiteral("demo-docker-1"))->hostKeyFingerprint, QStringLiteral("SHA256:test"));
        QCOMPARE(record.server(QStringLiteral("demo-docker-1"))->phase, FleetServer::Phase::Provisioned);
    }

    void runThroughStopsAfterThePhaseAndGoesOnLater()
    {
        auto plan = makePlan(newFleet(2));
        QStringList started;
        connect(plan.get(), &FleetPlan::phaseStarted, this,
                [&started](FleetPlan::Phase phase) { started << FleetPlan::phaseId(phase); });
        QSignalSpy skipped(plan.get(), &FleetPlan::phaseSkipped);
        const auto first = runThrough(*plan, FleetPlan::Phase::FirstDockerHost);
        VERIFY_OK(first);
        QVERIFY(first.value().isEmpty());
        QCOMPARE(started, (QStringList{QStringLiteral("key-pair"), QStringLiteral("first-docker-host")}));
        QCOMPARE(skipped.size(), 0); // the phases after it are not reported at all
        QVERIFY(!plan->isRunning());
        QCOMPARE(savedRecord().finishedPhases,
                 (QStringList{QStringLiteral("key-pair"), QStringLiteral("first-docker-host")}));
        QCOMPARE(m_backend->servers().size(), 1);
        QCOMPARE(m_backend->images().size(), 1);
        QVERIFY(m_backend->servers().first().networks.isEmpty()); // none chosen: the cloud's default

        // The same plan goes on: the hook nobody supplied is reported, the snapshot is made, nothing after.
        started.clear();
        const auto second = runThrough(*plan, FleetPlan::Phase::Snapshot);
        VERIFY_OK(second);
        QCOMPARE(second.value(),
                 (QList<FleetPlan::Phase>{FleetPlan::Phase::DockerHostSetup, FleetPlan::Phase::TomcatImage}));
        QCOMPARE(started, QStringList{QStringLiteral("snapshot")});
        QCOMPARE(m_backend->images().size(), 2);
        QCOMPARE(m_backend->servers().size(), 1);

        // An earlier phase than the ones done: nothing to do.
        started.clear();
        VERIFY_OK(runThrough(*plan, FleetPlan::Phase::KeyPair));
        QVERIFY(started.isEmpty());

        // A new plan over the saved record (the app started again) runs the rest.
        auto resumed = makePlan(savedRecord());
        VERIFY_OK(runToEnd(*resumed));
        QCOMPARE(m_backend->servers().size(), 3);
        QCOMPARE(savedRecord().finishedPhases.size(), 5); // the cloud phases: no hooks here
    }

    void cancelWhileWaitingLeavesTheRecordedServer()
    {
        auto plan = makePlan(newFleet(2));
        m_backend->setBuildMs(3000);
        bool cancelled = false;
        connect(plan.get(), &FleetPlan::phaseProgress, this, [&](FleetPlan::Phase phase, const QString &) {
            if (phase == FleetPlan::Phase::FirstDockerHost && !cancelled) {
                cancelled = true;
                plan->cancel();
                QVERIFY(plan->isCancelling());
            }
        });
        QSignalSpy phaseFailed(plan.get(), &FleetPlan::phaseFailed);
        QElapsedTimer clock;
        clock.start();
        const auto ran = runToEnd(*plan);
        QVERIFY(!ran);
        QCOMPARE(ran.error().kind, Error::Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 2500, "cancel waited for the server to build");
        QCOMPARE(phaseFailed.size(), 1);
        QCOMPARE(phaseFailed.first().first().value<FleetPlan::Phase>(), FleetPlan::Phase::FirstDockerHost);
        QVERIFY(!plan->isRunning());
        QVERIFY(!plan->isCancelling());
        Fleet record = savedRecord();
        QCOMPARE(record.finishedPhases, QStringList{QStringLiteral("key-pair")});
        QCOMPARE(record.servers.size(), 1);
        QCOMPARE(record.servers.first().phase, FleetServer::Phase::Created);
        QCOMPARE(record.servers.first().novaId, m_backend->servers().first().id);

        // Later waits no longer report to the cancelled run; a new run waits again and makes nothing new.
        m_backend->setBuildMs(150);
        auto resumed = makePlan(record);
        VERIFY_OK(runThrough(*resumed, FleetPlan::Phase::FirstDockerHost));
        QCOMPARE(m_backend->servers().size(), 1);
        QCOMPARE(savedRecord().server(QStringLiteral("demo-docker-1"))->phase, FleetServer::Phase::Active);
    }

    void cancelDuringACreateRecordsItsAnswer()
    {
        std::unique_ptr<FleetPlan> plan = makePlan(newFleet(2));
        // The create has reached the cloud; its reply is still to come.
        m_backend->onBoot = [&plan](const SandboxInstance &) { plan->cancel(); };
        const auto ran = runToEnd(*plan);
        m_backend->onBoot = nullptr;
        QVERIFY(!ran);
        QCOMPARE(ran.error().kind, Error::Kind::Cancelled);
        QCOMPARE(m_backend->servers().size(), 1);
        const Fleet record = savedRecord();
        QCOMPARE(record.servers.size(), 1);
        QCOMPARE(record.servers.first().novaId, m_backend->servers().first().id);
        QVERIFY(!record.isFinished(QStringLiteral("first-docker-host")));
        QTest::qWait(300); // nothing more is sent once it ended
        QCOMPARE(m_backend->servers().size(), 1);
    }

    void cancelDuringAHookEndsAfterIt()
    {
        auto plan = makePlan(newFleet(2));
        QSignalSpy cancelRequested(plan.get(), &FleetPlan::cancelRequested);
        plan->cancel(); // not running: nothing to cancel
        QCOMPARE(cancelRequested.size(), 0);
        plan->setHook(FleetPlan::Phase::DockerHostSetup, [&](Fleet &fleet, const FleetPlan::HookDone &done) {
            plan->cancel();
            QCOMPARE(cancelRequested.size(), 1);
            fleet.server(FleetPlan::firstDockerHostName(fleet))->phase = FleetServer::Phase::Provisioned;
            QTimer::singleShot(50, this, [done] { done(Result<void>()); });
        });
        QSignalSpy started(plan.get(), &FleetPlan::phaseStarted);
        const auto ran = runToEnd(*plan);
        QVERIFY(!ran);
        QCOMPARE(ran.error().kind, Error::Kind::Cancelled);
        const Fleet record = savedRecord();
        QVERIFY(record.isFinished(QStringLiteral("docker-host-setup")));
        QVERIFY(!record.isFinished(QStringLiteral("snapshot")));
        QCOMPARE(started.size(), 3);
        QCOMPARE(m_backend->images().size(), 1);
    }

    void takeDownWaitsForTheRunToEnd()
    {
        auto plan = makePlan(newFleet(2));
        QSignalSpy failed(plan.get(), &FleetPlan::failed);
        QSignalSpy finished(plan.get(), &FleetPlan::finished);
        plan->runThrough(FleetPlan::Phase::FirstDockerHost);
        plan->takeDown();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::InvalidInput);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        VERIFY_OK(takeDown(*plan));
        QVERIFY(m_backend->servers().isEmpty());
    }

    void downDeletesWhatTheRecordListsOnly()
    {
        const QString bystander = handMadeServer(QStringLiteral("demo-docker-9"));
        QVERIFY(!bystander.isEmpty());
        auto plan = makePlan(newFleet(2));
        VERIFY_OK(runToEnd(*plan));
        QCOMPARE(m_backend->servers().size(), 4);
        QCOMPARE(m_backend->images().size(), 2);

        auto down = makePlan(savedRecord());
        VERIFY_OK(takeDown(*down));
        QCOMPARE(m_backend->servers().size(), 1);
        QCOMPARE(m_backend->servers().first().id, bystander);
        QCOMPARE(m_backend->images().size(), 1);
        QCOMPARE(m_backend->images().first().id, InMemorySandboxBackend::baseImageId());
        QVERIFY(m_backend->keypairs().isEmpty());
        QVERIFY(!QFile::exists(recordPath()));
    }

    void downFindsAnInterruptedCreate()
    {
        std::unique_ptr<FleetPlan> plan = makePlan(newFleet(2));
        m_backend->onBoot = [&plan](const SandboxInstance &) { plan.reset(); };
        plan->run();
        QTRY_VERIFY(!plan);
        m_backend->onBoot = nullptr;
        QCOMPARE(m_backend->servers().size(), 1);

        auto down = makePlan(savedRecord());
        VERIFY_OK(takeDown(*down));
        QVERIFY(m_backend->servers().isEmpty());
        QVERIFY(m_backend->keypairs().isEmpty());
        QVERIFY(!QFile::exists(recordPath()));
    }
};

QTEST_GUILESS_MAIN(tst_FleetPlan)
#include "tst_FleetPlan.moc"
