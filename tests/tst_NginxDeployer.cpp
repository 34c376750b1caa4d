// NginxDeployer against the harness's real nginx, over a real sshd: requests follow each deployment, every
// version is kept with diffs and roll back, a candidate nginx refuses (at the check or at the reload) leaves
// the old configuration serving byte for byte, and a connection cut or a full disk mid-deployment never
// leaves half of one; apply() returns only once nginx's old workers have answered what they held. The
// fine-grained faults run through a local shell on a second nginx.
#include "Await.h"
#include "LocalShell.h"
#include "LoopbackHttpServer.h"
#include "ManagedProcess.h"
#include "NamedBackends.h"
#include "TcpRelay.h"
#include "TestCertificates.h"
#include "TestNginx.h"
#include "TestSshServer.h"
#include "TinyDisk.h"

#include "provision/NginxDeployer.h"
#include "provision/SshRemoteShell.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using namespace quayside::test;

class tst_NginxDeployer : public QObject
{
    Q_OBJECT

private:
    using Pool = NamedBackends;

    static Pool makePool(const QByteArray &name, int size) { return namedBackends(name, size); }

    static BalancerConfig config(const TestNginx &nginx, const Pool &servers)
    {
        return balancerFor(servers, nginx.port());
    }

    QByteArray get(const TestNginx &nginx) { return fetchBody(m_network, nginx.url(QStringLiteral("/"))); }

    // Who answered a few requests in a row (round robin over the pool).
    QSet<QByteArray> served(const TestNginx &nginx, int requests = 6)
    {
        return answeredBy(m_network, nginx.url(QStringLiteral("/")), requests);
    }

    static QSet<QByteArray> names(const QByteArray &name, int size) { return backendNames(name, size); }

    static QByteArray live(const TestNginx &nginx)
    {
        return readFile(nginx.confDir() + QStringLiteral("/backends")) + "\n--\n" +
               readFile(nginx.confDir() + QStringLiteral("/default.conf"));
    }

    static Result<DeployedVersion> deploy(NginxDeployer &deployer, const BalancerConfig &config)
    {
        return await<DeployedVersion>([&](auto done) { deployer.deploy(config, &deployer, done); });
    }

    static QList<DeployedVersion> versions(NginxDeployer &deployer)
    {
        const auto listed = await<QList<DeployedVersion>>([&](auto done) { deployer.versions(&deployer, done); });
        return listed ? listed.value() : QList<DeployedVersion>();
    }

    static QList<int> numbers(const QList<DeployedVersion> &list, bool currentOnly = false)
    {
        QList<int> out;
        for (const DeployedVersion &version : list) {
            if (!currentOnly || version.current)
                out << version.number;
        }
        return out;
    }

    // What a deployment leaves behind when it ends: nothing. (An upload cut with the connection stays in
    // incoming/ until a later deployment finds it an hour old.)
    static QStringList leftovers(const QString &state, bool uploads = true)
    {
        QStringList found = QDir(state).entryList({QStringLiteral("check.*")}, QDir::AllEntries | QDir::Hidden);
        if (uploads)
            found += QDir(state + QStringLiteral("/incoming")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        found += QDir(state + QStringLiteral("/versions")).entryList({QStringLiteral("*.tmp")}, QDir::AllEntries);
        return found;
    }

    bool connectSession(SshSession &session, quint16 port, const KnownHosts &hosts)
    {
        const Result<void> connected = m_sshd.connectSession(session, hosts, port);
        if (!connected)
            qWarning() << connected.error().toString();
        return connected.ok();
    }

    QTemporaryDir m_dir;
    TestNginx m_nginx;
    TestSshServer m_sshd;
    std::unique_ptr<KnownHosts> m_hosts;
    SshSession m_session;
    std::unique_ptr<SshRemoteShell> m_shell;
    std::unique_ptr<NginxDeployer> m_deployer;
    Pool m_poolA;
    Pool m_poolB;
    QNetworkAccessManager m_network;
    TestCertificates m_certificates;

    QString state() const { return m_dir.filePath(QStringLiteral("state")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_hosts = std::make_unique<KnownHosts>(m_dir.filePath(QStringLiteral("known_hosts")));
        QVERIFY(connectSession(m_session, m_sshd.port(), *m_hosts));
        m_shell = std::make_unique<SshRemoteShell>(&m_session, false);
        m_deployer = std::make_unique<NginxDeployer>(m_shell.get(), m_nginx.deployTarget(state()));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("pki"))));
        QVERIFY2(m_certificates.createAuthority(m_dir.filePath(QStringLiteral("pki")), QStringLiteral("test CA")) &&
                     m_certificates.issueServer(QStringLiteral("balancer"), QStringLiteral("secure.example"),
                                                {QStringLiteral("DNS:secure.example")}),
                 qPrintable(m_certificates.errorString()));
        m_poolA = makePool("A", 2);
        m_poolB = makePool("B", 2);
        QCOMPARE(m_poolA.size(), 2);
        QCOMPARE(m_poolB.size(), 2);
    }

    void theFirstDeploymentKeepsTheFilesFoundAsVersionZero()
    {
        const QByteArray handWritten = readFile(m_nginx.confDir() + QStringLiteral("/default.conf"));
        QVERIFY(get(m_nginx).contains("served by the test harness"));
        QSignalSpy progress(m_deployer.get(), &NginxDeployer::progress);

        const auto first = deploy(*m_deployer, config(m_nginx, m_poolA));
        VERIFY_OK(first);
        QCOMPARE(first.value().number, 1);
        QVERIFY(first.value().current);
        QCOMPARE(first.value().origin, DeployedVersion::Origin::Deployed);
        QVERIFY(!first.value().unchanged);
        QCOMPARE(served(m_nginx), names("A", 2));
        QVERIFY(QFileInfo(m_nginx.confDir() + QStringLiteral("/default.conf")).isSymLink());
        QVERIFY(progress.size() >= 4);

        const QList<DeployedVersion> list = versions(*m_deployer);
        QCOMPARE(numbers(list), QList<int>({0, 1}));
        QCOMPARE(numbers(list, true), QList<int>({1}));
        QCOMPARE(list.first().origin, DeployedVersion::Origin::FoundOnHost);
        QVERIFY(!list.first().note.isEmpty());
        QVERIFY(qAbs(list.last().deployedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const auto found = await<RenderedBalancer>([&](auto done) { m_deployer->fetch(0, this, done); });
        VERIFY_OK(found);
        QCOMPARE(found.value().site, handWritten);
        QVERIFY(found.value().backends.isEmpty());
        QVERIFY2(leftovers(state()).isEmpty(), qPrintable(leftovers(state()).join(QLatin1Char(' '))));
    }

    void aNewVersionReachesTheNewBackends()
    {
        const auto second = deploy(*m_deployer, config(m_nginx, m_poolB));
        VERIFY_OK(second);
        QCOMPARE(second.value().number, 2);
        QCOMPARE(served(m_nginx), names("B", 2));
        const QList<DeployedVersion> list = versions(*m_deployer);
        QCOMPARE(numbers(list), QList<int>({0, 1, 2}));
        QCOMPARE(numbers(list, true), QList<int>({2}));
        QCOMPARE(list.last().sha256, second.value().sha256);
        QVERIFY(list.at(1).sha256 != list.at(2).sha256);

        const auto diff = await<QString>([&](auto done) { m_deployer->diff(1, 2, this, done); });
        VERIFY_OK(diff);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(diff.value().contains(QStringLiteral("\n-    server 127.0.0.1:%1 ").arg(m_poolA.at(i)->port())),
                     qPrintable(diff.value()));
            QVERIFY2(diff.value().contains(QStringLiteral("\n+    server 127.0.0.1:%1 ").arg(m_poolB.at(i)->port())),
                     qPrintable(diff.value()));
        }
        QVERIFY(diff.value().contains(QStringLiteral("(version 1)")));
        QVERIFY(!diff.value().contains(QStringLiteral("proxy_pass"))); // the site did not change
        const auto none = await<QString>([&](auto done) { m_deployer->diff(2, 2, this, done); });
        VERIFY_OK(none);
        QVERIFY(none.value().isEmpty());
        const auto missing = await<QString>([&](auto done) { m_deployer->diff(1, 99, this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void anUnchangedModelMakesNoVersionAndNoReload()
    {
        const QStringList workers = m_nginx.workers();
        const auto again = deploy(*m_deployer, config(m_nginx, m_poolB));
        VERIFY_OK(again);
        QCOMPARE(again.value().number, 2);
        QVERIFY(again.value().unchanged);
        QCOMPARE(numbers(versions(*m_deployer)), QList<int>({0, 1, 2}));
        QCOMPARE(m_nginx.workers(), workers);
    }

    void aCandidateNginxRefusesChangesNothing_data()
    {
        // Both pass the model's validate(); only nginx knows better.
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("nginxSays");
        QTest::newRow("certificate file missing") << 0 << QStringLiteral("cannot load certificate");
        QTest::newRow("plain and TLS on one port") << 1 << QStringLiteral("no \"ssl_certificate\" is defined");
    }

    void aCandidateNginxRefusesChangesNothing()
    {
        QFETCH(int, fault);
        QFETCH(QString, nginxSays);
        BalancerConfig broken = config(m_nginx, m_poolA);
        ServerBlock tls = broken.sites.first();
        if (fault == 0) {
            tls.tlsCertificatePath = m_dir.filePath(QStringLiteral("missing.pem"));
            tls.tlsKeyPath = m_dir.filePath(QStringLiteral("missing.key"));
            broken.sites = {tls};
        } else {
            // The second site makes the port a TLS one, and the first has no certificate for it.
            tls.serverNames = {QStringLiteral("secure.example")};
            tls.tlsCertificatePath = m_certificates.certificate(QStringLiteral("balancer"));
            tls.tlsKeyPath = m_certificates.privateKey(QStringLiteral("balancer"));
            broken.sites << tls;
        }
        VERIFY_OK(broken.validate());
        const QByteArray before = live(m_nginx);
        const QStringList workers = m_nginx.workers();

        const auto refused = deploy(*m_deployer, broken);
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(message.contains(QLatin1String("[emerg]")) && message.contains(nginxSays), qPrintable(message));
        // nginx's words, about the real files rather than the copy it checked.
        QVERIFY2(message.contains(m_nginx.mainConfig() + QStringLiteral(" test failed")), qPrintable(message));
        if (fault == 1)
            QVERIFY2(message.contains(QStringLiteral("directive in %1/default.conf:").arg(m_nginx.confDir())),
                     qPrintable(message));
        QVERIFY2(!message.contains(state()), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("inherited")), qPrintable(message));

        QCOMPARE(live(m_nginx), before);
        QCOMPARE(m_nginx.workers(), workers);
        QCOMPARE(served(m_nginx), names("B", 2));
        QCOMPARE(numbers(versions(*m_deployer), true), QList<int>({2}));
        QCOMPARE(numbers(versions(*m_deployer)), QList<int>({0, 1, 2}));
        QVERIFY2(leftovers(state()).isEmpty(), qPrintable(leftovers(state()).join(QLatin1Char(' '))));
    }

    void aReloadNginxRefusesPutsThePreviousVersionBack()
    {
        // nginx -t does not bind: a port another process holds passes the check and fails the reload.
        BalancerConfig taken = config(m_nginx, m_poolA);
        ServerBlock second = taken.sites.first();
        second.listenPort = m_poolB.first()->port();
        taken.sites << second;
        const QByteArray before = live(m_nginx);

        const auto refused = deploy(*m_deployer, taken);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        qInfo().noquote() << refused.error().message;
        QCOMPARE(live(m_nginx), before);
        QCOMPARE(served(m_nginx), names("B", 2));
        QCOMPARE(numbers(versions(*m_deployer)), QList<int>({0, 1, 2}));
        QCOMPARE(numbers(versions(*m_deployer), true), QList<int>({2}));
    }

    void rollBackWalksBackThroughTheVersions()
    {
        const auto back = await<DeployedVersion>([&](auto done) { m_deployer->rollback(this, done); });
        VERIFY_OK(back);
        QCOMPARE(back.value().number, 3);
        QCOMPARE(back.value().origin, DeployedVersion::Origin::RolledBack);
        QCOMPARE(back.value().restoredFrom, 1);
        QCOMPARE(served(m_nginx), names("A", 2));
        const auto first = await<RenderedBalancer>([&](auto done) { m_deployer->fetch(1, this, done); });
        const auto third = await<RenderedBalancer>([&](auto done) { m_deployer->fetch(3, this, done); });
        VERIFY_OK(third);
        QCOMPARE(third.value().backends, first.value().backends);
        QCOMPARE(third.value().site, first.value().site);

        // Again: before version 1, which version 3 restored, is the configuration found on the host.
        const auto further = await<DeployedVersion>([&](auto done) { m_deployer->rollback(this, done); });
        VERIFY_OK(further);
        QCOMPARE(further.value().number, 4);
        QCOMPARE(further.value().restoredFrom, 0);
        QVERIFY(get(m_nginx).contains("served by the test harness"));

        const auto none = await<DeployedVersion>([&](auto done) { m_deployer->rollback(this, done); });
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Error::Kind::NotFound);

        const auto chosen = await<DeployedVersion>([&](auto done) { m_deployer->rollbackTo(2, this, done); });
        VERIFY_OK(chosen);
        QCOMPARE(chosen.value().number, 5);
        QCOMPARE(served(m_nginx), names("B", 2));
        QCOMPARE(numbers(versions(*m_deployer), true), QList<int>({5}));
    }

    void aCutConnectionNeverLeavesHalfADeployment()
    {
        TcpRelay relay(QHostAddress::LocalHost, m_sshd.port());
        QVERIFY(relay.listen());
        const KnownHosts hosts(m_dir.filePath(QStringLiteral("relay_known_hosts")));
        const QByteArray before = live(m_nginx);

        // A deployment through the relay, cut when its progress line starting with `when` arrives.
        const auto cutAt = [&](const QString &when) {
            SshSession session;
            if (!connectSession(session, relay.port(), hosts))
                return Result<DeployedVersion>(Error{Error::Kind::Network, 0, QStringLiteral("no session")});
            SshRemoteShell shell(&session, false);
            NginxDeployer deployer(&shell, m_nginx.deployTarget(state()));
            bool cut = false;
            connect(&deployer, &NginxDeployer::progress, &relay, [&](const QString &line) {
                if (line.startsWith(when)) {
                    cut = true;
                    relay.dropAll();
                }
            });
            const auto outcome = deploy(deployer, config(m_nginx, m_poolA));
            if (!cut)
                return Result<DeployedVersion>(Error{Error::Kind::Internal, 0, QStringLiteral("never cut")});
            return outcome;
        };

        // Cut while the candidate is being uploaded: nothing changed on the host.
        const auto duringUpload = cutAt(QStringLiteral("Uploading"));
        QVERIFY(!duringUpload.ok());
        QVERIFY2(duringUpload.error().message.contains(QLatin1String("configuration in service is unchanged")),
                 qPrintable(duringUpload.error().message));
        QCOMPARE(live(m_nginx), before);
        QCOMPARE(served(m_nginx), names("B", 2));
        QCOMPARE(numbers(versions(*m_deployer), true), QList<int>({5}));

        // Cut while nginx checks the candidate: the host finishes on its own, so afterwards the version
        // in service is whole, and it is what nginx serves.
        const auto duringCheck = cutAt(QStringLiteral("nginx checks"));
        QVERIFY(!duringCheck.ok());
        QVERIFY2(duringCheck.error().message.contains(QLatin1String("was cut off")),
                 qPrintable(duringCheck.error().message));
        // Waits for the lock the cut deployment held, then finds pool A in service either way.
        const auto settled = deploy(*m_deployer, config(m_nginx, m_poolA));
        VERIFY_OK(settled);
        QCOMPARE(settled.value().number, 6);
        QCOMPARE(served(m_nginx), names("A", 2));
        QCOMPARE(numbers(versions(*m_deployer), true), QList<int>({6}));
        QVERIFY2(leftovers(state(), false).isEmpty(), qPrintable(leftovers(state(), false).join(QLatin1Char(' '))));
    }

    void applyReturnsOnceTheOldWorkersFinishedTheirRequests()
    {
        // A backend that takes its time: a request to it holds one of nginx's old workers after the reload.
        bool arrived = false;
        LoopbackHttpServer slow([&arrived](const HttpRequest &) {
            arrived = true;
            HttpReply reply;
            reply.body = "slow";
            reply.delayMs = 2500;
            return reply;
        });
        QVERIFY(slow.listen());
        BalancerConfig slowConfig = config(m_nginx, m_poolA);
        slowConfig.pools.first().servers.first().port = slow.port();
        slowConfig.pools.first().servers.removeLast();
        VERIFY_OK(deploy(*m_deployer, slowConfig));

        const auto startRequest = [&] {
            arrived = false;
            QNetworkRequest request(m_nginx.url(QStringLiteral("/")));
            request.setTransferTimeout(20000);
            QNetworkReply *reply = m_network.get(request);
            return QTest::qWaitFor([&arrived] { return arrived; }, 10000) ? reply : nullptr;
        };
        std::unique_ptr<QNetworkReply> held(startRequest());
        QVERIFY(held);
        bool finishedFirst = false;
        const auto applied = await<void>([&](auto done) {
            m_deployer->apply(config(m_nginx, m_poolB), this, [&, done](const Result<void> &result) {
                finishedFirst = held->isFinished();
                done(result);
            });
        });
        VERIFY_OK(applied);
        QVERIFY2(finishedFirst, "apply() reported before the request held by an old worker was answered");
        QCOMPARE(held->readAll(), QByteArray("slow"));
        QCOMPARE(served(m_nginx), names("B", 2));

        // Old workers that take longer than allowed: the new version is in service, and the caller is told.
        VERIFY_OK(deploy(*m_deployer, slowConfig));
        NginxDeployTarget impatient = m_nginx.deployTarget(state());
        impatient.drainTimeoutS = 1;
        NginxDeployer deployer(m_shell.get(), impatient);
        held.reset(startRequest());
        QVERIFY(held);
        const auto late = deploy(deployer, config(m_nginx, m_poolB));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, Error::Kind::Timeout);
        QVERIFY2(late.error().message.contains(QLatin1String("is in service")), qPrintable(late.error().message));
        QVERIFY(!held->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 10000);
        QCOMPARE(held->readAll(), QByteArray("slow"));
        QCOMPARE(served(m_nginx), names("B", 2));
        const QList<DeployedVersion> list = versions(*m_deployer);
        QCOMPARE(numbers(list, true), QList<int>({list.last().number}));
    }

    // ---- faults, through a local shell on an nginx of their own

    void faultsLeaveTheServiceAsItWas()
    {
        TestNginx nginx;
        QVERIFY2(nginx.start(), qPrintable(nginx.errorString()));
        LocalShell shell(QString{});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TinyDisk disk(dir.filePath(QStringLiteral("tiny")), 256);
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        const QString diskState = disk.path() + QStringLiteral("/state");
        NginxDeployer deployer(&shell, nginx.deployTarget(diskState));
        VERIFY_OK(deploy(deployer, config(nginx, m_poolA)));
        QCOMPARE(served(nginx), names("A", 2));
        const QByteArray before = live(nginx);
        const QStringList workers = nginx.workers();

        // The disk under Quayside's folder is full.
        QVERIFY2(disk.fill(), qPrintable(disk.errorString()));
        const auto full = deploy(deployer, config(nginx, m_poolB));
        QVERIFY(!full.ok());
        qInfo() << "full disk:" << full.error().message;
        QCOMPARE(live(nginx), before);
        QCOMPARE(nginx.workers(), workers);
        QCOMPARE(served(nginx), names("A", 2));
        QCOMPARE(numbers(versions(deployer)), QList<int>({0, 1}));
        QFile::remove(disk.path() + QStringLiteral("/filler"));

        // Quayside's folder cannot be made: a file is in the way.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "in the way\n"));
        NginxDeployer blocked(&shell, nginx.deployTarget(dir.filePath(QStringLiteral("file/state"))));
        const auto noFolder = deploy(blocked, config(nginx, m_poolB));
        QVERIFY(!noFolder.ok());
        QCOMPARE(noFolder.error().kind, Error::Kind::Io);
        QVERIFY2(noFolder.error().message.contains(dir.filePath(QStringLiteral("file/state"))),
                 qPrintable(noFolder.error().message));

        // nginx is not running (the pid file names no process).
        NginxDeployTarget stopped = nginx.deployTarget(diskState);
        stopped.pidFile = dir.filePath(QStringLiteral("stale.pid"));
        QVERIFY(writeFile(stopped.pidFile, "999999\n"));
        NginxDeployer notRunning(&shell, stopped);
        const auto noNginx = deploy(notRunning, config(nginx, m_poolB));
        QVERIFY(!noNginx.ok());
        QCOMPARE(noNginx.error().kind, Error::Kind::NotFound);

        // The nginx program itself fails.
        NginxDeployTarget failing = nginx.deployTarget(diskState);
        failing.nginx = dir.filePath(QStringLiteral("no-such-nginx"));
        NginxDeployer noProgram(&shell, failing);
        const auto gone = deploy(noProgram, config(nginx, m_poolB));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().message.contains(QLatin1String("no-such-nginx")), qPrintable(gone.error().message));

        QCOMPARE(live(nginx), before);
        QCOMPARE(nginx.workers(), workers);
        QCOMPARE(served(nginx), names("A", 2));
        QCOMPARE(numbers(versions(deployer), true), QList<int>({1}));
        QVERIFY2(leftovers(diskState).isEmpty(), qPrintable(leftovers(diskState).join(QLatin1Char(' '))));

        // A deployment stopped between its swap and its reload (as a killed one would be): the next one of
        // the same model makes no new version but does the reload.
        QVERIFY(writeFile(diskState + QStringLiteral("/loaded"), "000000\n"));
        const auto resumed = deploy(deployer, config(nginx, m_poolA));
        VERIFY_OK(resumed);
        QCOMPARE(resumed.value().number, 1);
        QVERIFY(nginx.workers() != workers);
        QCOMPARE(readFile(diskState + QStringLiteral("/loaded")), QByteArray("000001\n"));

        // Hostile settings never reach a shell.
        NginxDeployTarget hostile = nginx.deployTarget(diskState);
        hostile.stateDirectory = QStringLiteral("/tmp/x'; rm -rf /; '");
        NginxDeployer refused(&shell, hostile);
        const qsizetype commands = shell.commands().size();
        const auto bad = deploy(refused, config(nginx, m_poolB));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(shell.commands().size(), commands);
    }
};

QTEST_GUILESS_MAIN(tst_NginxDeployer)
#include "tst_NginxDeployer.moc"
