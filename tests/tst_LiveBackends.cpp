// LiveBackends with the harness's real dockerd and nginx: labelled busybox httpd containers join their pool
// through nginx, a burst of starts is one deployment, stopped and killed containers leave, retiring a
// backend under load fails no request, failed health checks mark a backend down and passing ones bring it
// back, and a lost event stream keeps the last backends and catches up when it returns.
#include "Await.h"
#include "Network.h"
#include "TcpRelay.h"
#include "TestDockerEngine.h"
#include "TestNginx.h"
#include "TestNginxApplier.h"
#include "TestSshServer.h"

#include "provision/LiveBackends.h"
#include "provision/NginxDeployer.h"
#include "provision/SshRemoteShell.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace quayside;
using namespace quayside::test;

namespace {

const QString kHost = QStringLiteral("engine-1");

// Concurrent request loops through nginx: each sends its next request when the last one is answered.
class RequestLoops : public QObject
{
public:
    struct Answer
    {
        bool ok = false;
        QByteArray body;
        QString error;
        int startedGeneration = 0; // what the test's `generation` was when the request left
    };

    RequestLoops(QUrl url, int loops)
        : m_url(std::move(url))
    {
        m_running = true;
        for (int i = 0; i < loops; ++i)
            send();
    }

    void stop() { m_running = false; }
    bool idle() const { return m_inFlight == 0; }
    const QList<Answer> &answers() const { return m_answers; }
    int generation = 0;

private:
    void send()
    {
        QNetworkRequest request(m_url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.get(request);
        ++m_inFlight;
        const int started = generation;
        connect(reply, &QNetworkReply::finished, this, [this, reply, started] {
            reply->deleteLater();
            --m_inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            Answer answer;
            answer.ok = reply->error() == QNetworkReply::NoError && status == 200;
            answer.body = reply->readAll().trimmed();
            answer.error = QStringLiteral("%1 (HTTP %2)").arg(reply->errorString()).arg(status);
            answer.startedGeneration = started;
            m_answers << answer;
            if (m_running && m_answers.size() < 20000)
                send();
        });
    }

    QUrl m_url;
    QNetworkAccessManager m_network;
    QList<Answer> m_answers;
    int m_inFlight = 0;
    bool m_running = false;
};

// Where and how a test container runs; the defaults are the ordinary backend on the test's engine.
struct Placement
{
    DockerClient *client = nullptr; // the test's engine
    int servicePort = 8080;         // other ports are named by the quayside.port label
    QString weight;                 // the quayside.weight label, when set
};

} // namespace

class tst_LiveBackends : public QObject
{
    Q_OBJECT

private:
    // A busybox httpd serving a page with the container's name; httpd runs beside the shell (not as its
    // process 1), so a test can kill it and start it again inside a running container.
    QString createContainer(const QString &pool, const QString &name, const Placement &placement = {})
    {
        DockerClient *client = placement.client ? placement.client : m_client.get();
        ContainerSpec spec;
        spec.name = name;
        spec.image = TestDockerEngine::busyboxImage();
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("mkdir -p /www; echo \"$NAME\" > /www/index.html; trap 'exit 0' TERM; "
                                       "httpd -p $PORT -h /www; while :; do sleep 1; done")};
        spec.environment = {{QStringLiteral("NAME"), name},
                            {QStringLiteral("PORT"), QString::number(placement.servicePort)}};
        spec.labels = {{QStringLiteral("quayside.pool"), pool}, {QStringLiteral("quayside.test.run"), m_run}};
        if (placement.servicePort != 8080)
            spec.labels.insert(QStringLiteral("quayside.port"), QString::number(placement.servicePort));
        if (!placement.weight.isEmpty())
            spec.labels.insert(QStringLiteral("quayside.weight"), placement.weight);
        // A port chosen here rather than by the engine: two engines on one machine would both pick the
        // first of their range.
        spec.ports = {PortBinding{placement.servicePort, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"),
                                  quayside::test::freeLoopbackPort()}};
        spec.restartPolicy = RestartPolicy::No;
        const auto created = await<QString>([&](auto done) { client->createContainer(spec, this, done); });
        if (!created)
            return QString();
        if (client == m_client.get())
            m_containers << created.value();
        return created.value();
    }

    QString runContainer(const QString &pool, const QString &name, const Placement &placement = {})
    {
        DockerClient *client = placement.client ? placement.client : m_client.get();
        const QString id = createContainer(pool, name, placement);
        if (id.isEmpty() || !await<void>([&](auto done) { client->startContainer(id, this, done); }))
            return QString();
        return id;
    }

    QString uniqueName(const QString &what) { return QStringLiteral("live-%1-%2-%3").arg(what, m_run).arg(++m_serial); }

    int hostPortOf(const QString &id, DockerClient *client = nullptr)
    {
        const auto details = await<ContainerDetails>(
            [&](auto done) { (client ? client : m_client.get())->inspectContainer(id, this, done); });
        return details && !details.value().ports.isEmpty() ? details.value().ports.first().hostPort : 0;
    }

    BalancerConfig templateFor(const QString &poolName) const
    {
        UpstreamPool pool;
        pool.name = poolName;
        ServerBlock site;
        site.listenAddress = QStringLiteral("127.0.0.1");
        site.listenPort = m_nginx.port();
        site.pool = poolName;
        site.connectTimeoutS = 2;
        return BalancerConfig{{pool}, {site}};
    }

    std::unique_ptr<LiveBackends> makeLive(BalancerApplier *applier, const QString &pool, DockerClient *client)
    {
        auto live = std::make_unique<LiveBackends>(applier, &m_healthNetwork);
        live->setTemplate(templateFor(pool));
        live->setDebounce(300, 2000);
        live->setRetryDelays(200, 800);
        live->addHost(kHost, client ? client : m_client.get(), QStringLiteral("127.0.0.1"));
        return live;
    }

    // The servers of the one pool in service, as "port" or "port down".
    static QStringList servers(const LiveBackends &live)
    {
        QStringList out;
        if (live.appliedConfig().pools.isEmpty())
            return out;
        for (const UpstreamServer &server : live.appliedConfig().pools.first().servers)
            out << QString::number(server.port) + (server.down ? QStringLiteral(" down") : QString());
        return out;
    }

    static QStringList upPorts(const QList<int> &ports)
    {
        QStringList out;
        for (int port : ports)
            out << QString::number(port);
        return out;
    }

    static QByteArray serverLine(int port, bool down)
    {
        return "server 127.0.0.1:" + QByteArray::number(port) + " weight=1 max_fails=1 fail_timeout=10s" +
               (down ? " down;" : ";");
    }

    // How a backends file names a server on `port`.
    static QByteArray mentionOf(int port)
    {
        const QByteArray mention = "127.0.0.1:" + QByteArray::number(port) + ' ';
        return mention;
    }

    QByteArray get(int *status = nullptr)
    {
        QNetworkRequest request(m_nginx.url(QStringLiteral("/")));
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll().trimmed();
        delete reply;
        return body;
    }

    QSet<QByteArray> namesThroughNginx(int requests)
    {
        QSet<QByteArray> names;
        for (int i = 0; i < requests; ++i)
            names << get();
        return names;
    }

    static QSet<QByteArray> toNames(const QStringList &names)
    {
        QSet<QByteArray> out;
        for (const QString &name : names)
            out << name.toUtf8();
        return out;
    }

    ToolResult exec(const QString &id, const QStringList &command)
    {
        return m_engine.docker(QStringList{QStringLiteral("exec"), id} + command);
    }

    TestDockerEngine m_engine;
    TestNginx m_nginx;
    QNetworkAccessManager m_network;       // the test's requests through nginx
    QNetworkAccessManager m_healthNetwork; // LiveBackends' health checks
    QNetworkAccessManager m_dockerNetwork; // the Docker client
    std::unique_ptr<DockerClient> m_client;
    QStringList m_containers;
    QString m_run = QString::number(QDateTime::currentMSecsSinceEpoch());
    int m_serial = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        m_client = std::make_unique<DockerClient>(
            DockerEndpoint{kHost, m_engine.url(), m_engine.clientTlsConfiguration()}, &m_dockerNetwork);
    }

    void cleanup()
    {
        if (!m_containers.isEmpty())
            m_engine.docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_containers);
        m_containers.clear();
    }

    void everyLabelledContainerServes()
    {
        const QString pool = QStringLiteral("three");
        QStringList names;
        QList<int> ports;
        for (int i = 0; i < 3; ++i) {
            names << uniqueName(pool);
            const QString id = runContainer(pool, names.last());
            QVERIFY(!id.isEmpty());
            ports << hostPortOf(id);
        }
        // A container of another pool, and one without a pool label, stay out of this one.
        QVERIFY(!runContainer(QStringLiteral("other"), uniqueName(QStringLiteral("other"))).isEmpty());
        std::sort(ports.begin(), ports.end());

        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, nullptr);
        QSignalSpy applied(live.get(), &LiveBackends::applied);
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
        QCOMPARE(applied.first().at(0).toBool(), true);
        QStringList inService = servers(*live);
        inService.sort();
        QCOMPARE(inService, upPorts(ports));
        for (int port : ports)
            QVERIFY(applier.backendsText().contains(serverLine(port, false)));
        QCOMPARE(namesThroughNginx(30), toNames(names));
        QCOMPARE(live->backends().size(), 4); // the other pool's container is known, though not deployed
    }

    void containersOnTwoHostsShareAPool()
    {
        TestDockerEngine secondEngine;
        QVERIFY2(secondEngine.start(), qPrintable(secondEngine.errorString()));
        QNetworkAccessManager network;
        DockerClient second(
            DockerEndpoint{QStringLiteral("engine-2"), secondEngine.url(), secondEngine.clientTlsConfiguration()},
            &network);
        const QString pool = QStringLiteral("fleet");
        const Placement onSecond{&second, 9090, QStringLiteral("3")};
        QStringList names{uniqueName(pool), uniqueName(pool)};
        const QString first = runContainer(pool, names.at(0));
        const QString heavy = runContainer(pool, names.at(1), onSecond);
        QVERIFY(!first.isEmpty() && !heavy.isEmpty());
        // A container that is not running, one whose service port is not published and one whose port
        // label means nothing stay out of the pool rather than break it.
        QVERIFY(!createContainer(pool, uniqueName(pool), onSecond).isEmpty());
        for (const QString &port : {QStringLiteral("7070"), QStringLiteral("http")}) {
            const ToolResult ran =
                secondEngine.docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--label"),
                                     QStringLiteral("quayside.pool=") + pool, QStringLiteral("--label"),
                                     QStringLiteral("quayside.port=") + port, TestDockerEngine::busyboxImage(),
                                     QStringLiteral("sleep"), QStringLiteral("600")});
            QVERIFY2(ran.ok(), ran.err.constData());
        }

        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, nullptr);
        live->addHost(QStringLiteral("engine-2"), &second, QStringLiteral("127.0.0.1"));
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 2, 15000);
        QCOMPARE(applier.applyCount(), 1);
        const int heavyPort = hostPortOf(heavy, &second);
        const QByteArray heavyLine =
            "server 127.0.0.1:" + QByteArray::number(heavyPort) + " weight=3 max_fails=1 fail_timeout=10s;";
        QVERIFY(applier.backendsText().contains(heavyLine));
        QMap<QByteArray, int> counts;
        for (int i = 0; i < 40; ++i)
            ++counts[get()];
        QCOMPARE(counts.value(names.at(0).toUtf8()), 10);
        QCOMPARE(counts.value(names.at(1).toUtf8()), 30);

        // A start on each host: both join (aBurstOfStartsIsOneDeployment counts deployments; two engines on a
        // busy machine may finish their starts further apart than a quiet window).
        names << uniqueName(pool) << uniqueName(pool);
        const QString a = createContainer(pool, names.at(2));
        const QString b = createContainer(pool, names.at(3), onSecond);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        int started = 0;
        const auto count = [&started](const Result<void> &result) {
            QVERIFY(result.ok());
            ++started;
        };
        m_client->startContainer(a, this, count);
        second.startContainer(b, this, count);
        QTRY_COMPARE_WITH_TIMEOUT(started, 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 4, 15000);
        QCOMPARE(namesThroughNginx(40), toNames(names));

        // The second host goes away entirely: its backends leave with it, the first host's stay.
        live->removeHost(QStringLiteral("engine-2"));
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 2, 10000);
        QCOMPARE(namesThroughNginx(10), toNames({names.at(0), names.at(2)}));
        live->stop();
    }

    void aBurstOfStartsIsOneDeployment()
    {
        const QString pool = QStringLiteral("burst");
        QStringList names{uniqueName(pool)};
        QVERIFY(!runContainer(pool, names.first()).isEmpty());
        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, nullptr);
        live->setDebounce(1500, 5000); // wide enough for four starts on a busy machine
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(applier.applyCount(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 1, 5000);

        // Four containers start at once (made first, started together: a scale-out).
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            names << uniqueName(pool);
            ids << createContainer(pool, names.last());
            QVERIFY(!ids.last().isEmpty());
        }
        int started = 0;
        for (const QString &id : ids) {
            m_client->startContainer(id, this, [&started](const Result<void> &result) {
                QVERIFY(result.ok());
                ++started;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(started, 4, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 5, 15000);
        QTest::qWait(2000); // longer than the quiet window: a second deployment would have begun
        QCOMPARE(applier.applyCount(), 2);
        QCOMPARE(namesThroughNginx(40), toNames(names));
    }

    void stoppedAndKilledContainersLeaveThePool()
    {
        const QString pool = QStringLiteral("leaving");
        const QString stopped = runContainer(pool, uniqueName(pool));
        const QString killed = runContainer(pool, uniqueName(pool));
        QVERIFY(!stopped.isEmpty() && !killed.isEmpty());
        const int stoppedPort = hostPortOf(stopped);
        const int killedPort = hostPortOf(killed);
        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, nullptr);
        QSignalSpy changed(live.get(), &LiveBackends::poolChanged);
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 2, 15000);

        VERIFY_OK(await<void>([&](auto done) { m_client->stopContainer(stopped, 2, this, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live), QStringList{QString::number(killedPort)}, 10000);
        QVERIFY(!applier.backendsText().contains(mentionOf(stoppedPort)));
        QVERIFY(changed.size() >= 2);

        const ToolResult kill = m_engine.docker({QStringLiteral("kill"), killed});
        QVERIFY2(kill.ok(), kill.err.constData());
        // Nothing serves the pool: nginx keeps a valid configuration and answers 502 at once.
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live), QStringList{QStringLiteral("9 down")}, 10000);
        QVERIFY(!applier.backendsText().contains(mentionOf(killedPort)));
        int status = 0;
        get(&status);
        QCOMPARE(status, 502);
        QVERIFY(live->backends().isEmpty());
    }

    void changesDuringADeploymentBecomeOneMore()
    {
        const QString pool = QStringLiteral("busy");
        QVERIFY(!runContainer(pool, uniqueName(pool)).isEmpty());
        TestNginxApplier applier(&m_nginx);
        applier.setDelay(4000);
        auto live = makeLive(&applier, pool, nullptr);
        live->setDebounce(200, 1000);
        live->start();
        QTRY_VERIFY_WITH_TIMEOUT(applier.isApplying(), 10000);

        // Two changes, each listed on its own, while the first deployment is still on its way.
        QVERIFY(!runContainer(pool, uniqueName(pool)).isEmpty());
        QTest::qWait(500);
        QVERIFY(!runContainer(pool, uniqueName(pool)).isEmpty());
        QTest::qWait(500);
        QVERIFY(applier.isApplying());
        QCOMPARE(applier.applyCount(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 3, 20000);
        QTest::qWait(1000);
        QCOMPARE(applier.applyCount(), 2);
        QCOMPARE(live->applyCount(), 2);
    }

    void aRefusedDeploymentKeepsTheOneInService()
    {
        const QString pool = QStringLiteral("refused");
        const QString id = runContainer(pool, uniqueName(pool));
        QVERIFY(!id.isEmpty());
        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, nullptr);
        QSignalSpy applied(live.get(), &LiveBackends::applied);
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 1, 15000);
        const QByteArray inService = applier.backendsText();

        // A certificate that is not there: nginx -t refuses, and says why.
        BalancerConfig broken = templateFor(pool);
        broken.sites.first().tlsCertificatePath = m_nginx.prefix() + QStringLiteral("/missing.pem");
        broken.sites.first().tlsKeyPath = m_nginx.prefix() + QStringLiteral("/missing.key");
        live->setTemplate(broken);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.last().at(0).toBool(), 10000);
        QVERIFY2(applied.last().at(1).toString().contains(QLatin1String("missing.pem")),
                 qPrintable(applied.last().at(1).toString()));
        QCOMPARE(applier.backendsText(), inService);
        int status = 0;
        get(&status);
        QCOMPARE(status, 200);

        // A drain that cannot be deployed fails, and the backend goes on serving.
        const auto drained = await<void>([&](auto done) { live->drain(kHost, id, this, done); });
        QVERIFY(!drained.ok());
        QVERIFY(drained.error().message.contains(QLatin1String("missing.pem")));
        QCOMPARE(live->backends().size(), 1);
        QVERIFY(!live->backends().first().draining);
        const auto unknown =
            await<void>([&](auto done) { live->drain(kHost, QStringLiteral("feedface"), this, done); });
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);

        // Put right, the model equals the configuration in service again: nothing more is deployed.
        live->setTemplate(templateFor(pool));
        const int attempts = applier.applyCount();
        QTest::qWait(1500);
        QCOMPARE(applier.applyCount(), attempts);
        QCOMPARE(applier.backendsText(), inService);
    }

    // Retires one of three backends while four request loops run through nginx: no request fails, and none
    // that left after the drain was in service reaches the retired backend.
    void retireUnderLoad(BalancerApplier *applier, const QString &pool,
                         const std::function<QByteArray()> &backendsInService)
    {
        QStringList names;
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            names << uniqueName(pool);
            ids << runContainer(pool, names.last());
            QVERIFY(!ids.last().isEmpty());
        }
        const QString retired = ids.at(1);
        const QByteArray retiredName = names.at(1).toUtf8();
        const int retiredPort = hostPortOf(retired);
        auto live = makeLive(applier, pool, nullptr);
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 3, 15000);

        RequestLoops loops(m_nginx.url(QStringLiteral("/")), 4);
        // Once a configuration with the retired backend down is in service, no new request may reach it.
        connect(live.get(), &LiveBackends::applied, &loops, [&] {
            if (servers(*live).contains(QString::number(retiredPort) + QStringLiteral(" down")))
                loops.generation = 1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loops.answers().size() >= 40, 10000);

        std::optional<Result<void>> retiredResult;
        live->retire(kHost, retired, 5, this, [&](const Result<void> &result) { retiredResult = result; });
        QTRY_VERIFY_WITH_TIMEOUT(retiredResult.has_value(), 30000);
        VERIFY_OK(*retiredResult);
        QCOMPARE(loops.generation, 1);
        // Gone from the configuration in service (the file is written before nginx has finished reloading).
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 2, 10000);
        QVERIFY(!backendsInService().contains(mentionOf(retiredPort)));
        const int afterRemoval = loops.answers().size();
        QTRY_VERIFY_WITH_TIMEOUT(loops.answers().size() >= afterRemoval + 40, 10000);
        loops.stop();
        QTRY_VERIFY_WITH_TIMEOUT(loops.idle(), 15000);

        int failed = 0;
        int servedByRetired = 0;
        int reachedRetiredAfterDrain = 0;
        QString firstFailure;
        for (const RequestLoops::Answer &answer : loops.answers()) {
            if (!answer.ok && failed++ == 0)
                firstFailure = answer.error;
            servedByRetired += answer.body == retiredName ? 1 : 0;
            reachedRetiredAfterDrain += answer.body == retiredName && answer.startedGeneration == 1 ? 1 : 0;
        }
        qInfo() << loops.answers().size() << "requests," << servedByRetired << "served by the retired backend";
        QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 of %2 requests failed, the first with %3")
                                             .arg(failed)
                                             .arg(loops.answers().size())
                                             .arg(firstFailure)));
        QVERIFY(servedByRetired > 0); // it did serve before it was drained
        QCOMPARE(reachedRetiredAfterDrain, 0);
        QVERIFY(!servers(*live).contains(QString::number(retiredPort)));
    }

    void retiringABackendUnderLoadFailsNoRequest()
    {
        TestNginxApplier applier(&m_nginx);
        retireUnderLoad(&applier, QStringLiteral("drain"), [&applier] { return applier.backendsText(); });
    }

    // The same through what runs in production: NginxDeployer on the balancer, over SSH.
    void retiringThroughTheDeployerOverSshFailsNoRequest()
    {
        TestSshServer sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const KnownHosts hosts(dir.filePath(QStringLiteral("known_hosts")));
        SshSession session;
        VERIFY_OK(sshd.connectSession(session, hosts));
        SshRemoteShell shell(&session, false);
        NginxDeployer deployer(&shell, m_nginx.deployTarget(dir.filePath(QStringLiteral("state"))));
        retireUnderLoad(&deployer, QStringLiteral("drain_ssh"),
                        [this] { return readFile(m_nginx.confDir() + QStringLiteral("/backends")); });
        if (QTest::currentTestFailed())
            return;
        const auto listed = await<QList<DeployedVersion>>([&](auto done) { deployer.versions(this, done); });
        VERIFY_OK(listed);
        QVERIFY(listed.value().size() >= 3); // the backends in service, one drained, then one removed
    }

    void failedHealthChecksMarkABackendDownUntilItRecovers()
    {
        const QString pool = QStringLiteral("health");
        const QString sick = runContainer(pool, uniqueName(pool));
        const QString well = runContainer(pool, uniqueName(pool));
        QVERIFY(!sick.isEmpty() && !well.isEmpty());
        const int sickPort = hostPortOf(sick);
        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, nullptr);
        live->setHealthChecks(HealthCheckSettings{300, 1000, 2, 2, QStringLiteral("/index.html")});
        QSignalSpy health(live.get(), &LiveBackends::backendHealthChanged);
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live).size(), 2, 15000);
        QTest::qWait(1000); // healthy backends stay as they are
        QCOMPARE(health.size(), 0);

        const ToolResult killed = exec(sick, {QStringLiteral("killall"), QStringLiteral("httpd")});
        QVERIFY2(killed.ok(), killed.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(health.size(), 1, 10000);
        QCOMPARE(health.first().at(1).toString(), sick);
        QCOMPARE(health.first().at(2).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(servers(*live).contains(QString::number(sickPort) + QStringLiteral(" down")), 10000);
        QVERIFY(applier.backendsText().contains(serverLine(sickPort, true)));
        const QByteArray wellName = namesThroughNginx(1).values().value(0);
        QCOMPARE(namesThroughNginx(10), QSet<QByteArray>{wellName});

        const ToolResult revived = exec(sick, {QStringLiteral("httpd"), QStringLiteral("-p"), QStringLiteral("8080"),
                                               QStringLiteral("-h"), QStringLiteral("/www")});
        QVERIFY2(revived.ok(), revived.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(health.size(), 2, 10000);
        QCOMPARE(health.at(1).at(2).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(servers(*live).contains(QString::number(sickPort)), 10000);
        QVERIFY(applier.backendsText().contains(serverLine(sickPort, false)));
        QCOMPARE(namesThroughNginx(10).size(), 2);
    }

    void nothingIsDeployedUntilEveryEngineHasAnswered()
    {
        const QString pool = QStringLiteral("unknown");
        const QString id = runContainer(pool, uniqueName(pool));
        QVERIFY(!id.isEmpty());
        TcpRelay relay(QHostAddress::LocalHost, m_engine.port());
        relay.setMode(TcpRelay::Mode::Cut);
        QVERIFY(relay.listen());
        DockerEndpoint relayed{kHost, m_engine.url(), m_engine.clientTlsConfiguration()};
        relayed.url.setPort(relay.port());
        QNetworkAccessManager network;
        DockerClient throughRelay(relayed, &network);
        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, &throughRelay);
        QSignalSpy reachability(live.get(), &LiveBackends::hostReachabilityChanged);
        live->start();
        QTRY_VERIFY_WITH_TIMEOUT(!reachability.isEmpty(), 10000);
        QVERIFY(reachability.first().at(2).toString().contains(kHost));
        QTest::qWait(1000);
        QCOMPARE(applier.applyCount(), 0); // an empty pool would have replaced what nginx serves

        relay.setMode(TcpRelay::Mode::Forward);
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live), QStringList{QString::number(hostPortOf(id))}, 10000);
        QCOMPARE(applier.applyCount(), 1);
        live->stop();
    }

    void aLostEngineKeepsItsBackendsAndCatchesUp()
    {
        const QString pool = QStringLiteral("relay");
        const QString first = runContainer(pool, uniqueName(pool));
        QVERIFY(!first.isEmpty());
        const int firstPort = hostPortOf(first);
        TcpRelay relay(QHostAddress::LocalHost, m_engine.port());
        QVERIFY(relay.listen());
        DockerEndpoint relayed{kHost, m_engine.url(), m_engine.clientTlsConfiguration()};
        relayed.url.setPort(relay.port());
        QNetworkAccessManager network;
        DockerClient throughRelay(relayed, &network);
        throughRelay.setTimeout(2000);
        TestNginxApplier applier(&m_nginx);
        auto live = makeLive(&applier, pool, &throughRelay);
        QSignalSpy reachability(live.get(), &LiveBackends::hostReachabilityChanged);
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(servers(*live), QStringList{QString::number(firstPort)}, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(relay.connectionCount() > 0, 10000);

        relay.setMode(TcpRelay::Mode::Cut);
        relay.dropAll();
        QTRY_COMPARE_WITH_TIMEOUT(reachability.size(), 1, 10000);
        QCOMPARE(reachability.first().at(1).toBool(), false);
        QVERIFY(!live->isHostReachable(kHost));
        const QString second = runContainer(pool, uniqueName(pool));
        QVERIFY(!second.isEmpty());
        const int secondPort = hostPortOf(second);
        QTest::qWait(1500); // several reconnection attempts fail meanwhile
        // The pool keeps what it had rather than going empty.
        QCOMPARE(servers(*live), QStringList{QString::number(firstPort)});
        QVERIFY(applier.backendsText().contains(serverLine(firstPort, false)));
        QCOMPARE(live->backends().size(), 1);

        relay.setMode(TcpRelay::Mode::Forward);
        QTRY_VERIFY_WITH_TIMEOUT(live->isHostReachable(kHost), 10000);
        QCOMPARE(reachability.last().at(1).toBool(), true);
        QStringList expected{QString::number(firstPort), QString::number(secondPort)};
        expected.sort();
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                QStringList now = servers(*live);
                now.sort();
                return now;
            }(),
            expected, 10000);
        QVERIFY(applier.backendsText().contains(serverLine(secondPort, false)));
        live->stop();
    }
};

QTEST_GUILESS_MAIN(tst_LiveBackends)
#include "tst_LiveBackends.moc"
