// The whole seed architecture on one machine, as a user gets it: quayside-sandbox on the harness's real
// Docker Engine, and `quaysidectl up` against it: a key pair, the first Docker host set up over SSH (its
// host key checked against its console), Docker over mutual TLS and the Tomcat image on it (from a Dockerfile
// of the test's own, given with --dockerfile, whose extra page every container serves), its snapshot,
// the nginx host, a second Docker host booted from the snapshot, 4 Tomcat containers spread over both, nginx
// sending to them, and the final check. Then 20 requests of the test's own through nginx all get Tomcat's
// page and reach all 4 containers, and `quaysidectl down` leaves no container, image or file of the run.
// Nothing reaches the internet: the servers' packages come from the harness's apt repository on the bridge.
#include "Await.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"
#include "TestSecretService.h"

#include "core/Fleet.h"
#include "nginx/BalancerFile.h"
#include "provision/FleetSession.h"
#include "provision/TomcatImageRecipe.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace quayside;
using namespace quayside::test;

namespace {

constexpr int kUpMs = 40 * 60 * 1000;

// The test's child processes end with it, also when the test is killed.
void endWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_EndToEnd : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = m_keyring.environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quayside.*.debug=false"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_engine.unixSocket());
        // Leaks are still checked, but not OpenSSL's per-thread state at exit (see the file).
        env.insert(QStringLiteral("LSAN_OPTIONS"),
                   QStringLiteral("suppressions=%1:print_suppressions=0").arg(QStringLiteral(QUAYSIDECTL_LSAN_SUPP)));
        return env;
    }

    // Runs quaysidectl, its output shown in the test's log as it comes (the phases' times among it).
    Run ctl(const QStringList &arguments, int timeoutMs)
    {
        QProcess process;
        endWithParent(process);
        process.setProcessEnvironment(environment());
        Run result;
        QByteArray pending;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            const QByteArray more = process.readAllStandardOutput();
            result.out += QString::fromUtf8(more);
            pending += more;
            while (pending.contains('\n')) {
                const int end = pending.indexOf('\n');
                qInfo().noquote() << "quaysidectl:" << QString::fromUtf8(pending.left(end));
                pending.remove(0, end + 1);
            }
        });
        process.start(QStringLiteral(QUAYSIDECTL_PATH), arguments);
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("quaysidectl did not end within %1 s").arg(timeoutMs / 1000);
            return result;
        }
        result.out += QString::fromUtf8(process.readAllStandardOutput());
        result.err += QString::fromUtf8(process.readAllStandardError());
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return result;
    }

    QStringList fleetOptions() const
    {
        return {QStringLiteral("--fleet"), recordPath(), QStringLiteral("--sandbox-data"), sandboxData()};
    }
    QString recordPath() const { return m_dir.filePath(QStringLiteral("fleet.json")); }
    QString sandboxData() const { return m_dir.filePath(QStringLiteral("sandbox")); }

    QSet<QString> engineList(const QStringList &arguments) const
    {
        const QStringList lines = QString::fromUtf8(m_engine.docker(arguments).out).split(QLatin1Char('\n'));
        QSet<QString> found;
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                found << line.trimmed();
        }
        return found;
    }
    QSet<QString> containers() const
    {
        return engineList({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")});
    }
    QSet<QString> images() const
    {
        return engineList({QStringLiteral("images"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")});
    }

    QTemporaryDir m_dir;
    TestSecretService m_keyring;
    TestDockerEngine m_engine;
    std::unique_ptr<TestCloudHost> m_harnessHost;
    QProcess m_sandbox;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        // The harness's cloud host puts the host image on the engine and serves the apt repository.
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("end-to-end"));
        VERIFY_OK(key);
        m_harnessHost = std::make_unique<TestCloudHost>(&m_engine);
        QVERIFY2(m_harnessHost->start(key.value().publicKeyLine().toUtf8()), qPrintable(m_harnessHost->errorString()));
        // The sandbox boots its own host image, which the test harness prepared (as it would on first use).
        QVERIFY2(m_harnessHost->tagAsSandboxImage(), qPrintable(m_harnessHost->errorString()));

        endWithParent(m_sandbox);
        m_sandbox.setProcessEnvironment(environment());
        m_sandbox.setProcessChannelMode(QProcess::MergedChannels);
        m_sandbox.start(
            QStringLiteral(QUAYSIDE_SANDBOX_BINARY),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), sandboxData(),
             QStringLiteral("--host-image"), TestCloudHost::imageName(), QStringLiteral("--server-env"),
             QStringLiteral("APT_REPOSITORY=") + m_harnessHost->aptSource().section(QLatin1Char(' '), 2, 2)});
        QByteArray said;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         said += m_sandbox.readAll();
                         return said.contains("auth URL") || m_sandbox.state() == QProcess::NotRunning;
                     },
                     30000),
                 said.constData());
        QVERIFY2(said.contains("auth URL"), said.constData());
    }

    void cleanupTestCase()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate();
            if (!m_sandbox.waitForFinished(30000))
                m_sandbox.kill();
        }
        qInfo().noquote() << "sandbox:" << QString::fromUtf8(m_sandbox.readAll()).right(3000);
    }

    void upCheckDown()
    {
        const QSet<QString> containersBefore = containers();
        const QSet<QString> imagesBefore = images();

        // The user's own Dockerfile (the built-in one, edited): it adds a page to Tomcat's ROOT application.
        QByteArray dockerfile = TomcatImageRecipe::dockerfile();
        const QByteArray mark = "Built from the Dockerfile of the end-to-end test";
        dockerfile.replace("\nUSER tomcat\n", QByteArray("\nRUN echo '" + mark +
                                                         "' > /var/lib/tomcat10/webapps/ROOT/e2e.txt\nUSER tomcat\n"));
        QVERIFY(dockerfile.contains(mark));
        const QString dockerfilePath = m_dir.filePath(QStringLiteral("Dockerfile"));
        QFile dockerfileFile(dockerfilePath);
        QVERIFY(dockerfileFile.open(QIODevice::WriteOnly));
        QCOMPARE(dockerfileFile.write(dockerfile), dockerfile.size());
        dockerfileFile.close();

        QElapsedTimer clock;
        clock.start();
        const Run up =
            ctl(QStringList{QStringLiteral("up")} + fleetOptions() +
                    QStringList{QStringLiteral("--name"), QStringLiteral("e2e"), QStringLiteral("--docker-hosts"),
                                QStringLiteral("2"), QStringLiteral("--containers"), QStringLiteral("4"),
                                QStringLiteral("--apt-source"), m_harnessHost->aptSource(),
                                QStringLiteral("--dockerfile"), dockerfilePath},
                kUpMs);
        qInfo() << "quaysidectl up took" << clock.elapsed() / 1000 << "s";
        if (up.exitCode != 0)
            qWarning().noquote() << "quaysidectl up said on stderr:\n" << up.err.right(6000);
        QVERIFY2(up.exitCode == 0, qPrintable(up.err + QLatin1Char('\n') + up.out.right(4000)));
        // The wall time of up and of each phase are printed.
        QVERIFY2(up.out.contains(QStringLiteral("Wall time of up")), qPrintable(up.out));
        for (const char *phase : {"SSH key pair", "First Docker host", "Docker on the first host",
                                  "Tomcat image on the first Docker host", "Snapshot of the first Docker host",
                                  "nginx host", "nginx on its host", "More Docker hosts from the snapshot",
                                  "Tomcat containers", "nginx backends", "Final check through nginx"}) {
            const QRegularExpression timed(
                QStringLiteral("\\n +[0-9]+\\.[0-9] s  %1\\n").arg(QRegularExpression::escape(QLatin1String(phase))));
            QVERIFY2(timed.match(up.out).hasMatch(), phase);
        }
        const auto served =
            QRegularExpression(QStringLiteral("nginx serves Tomcat at (http://[0-9.]+/)")).match(up.out);
        QVERIFY2(served.hasMatch(), qPrintable(up.out.right(2000)));
        // The pages Tomcat served: the image's test container's, and one through nginx in the final check.
        const QRegularExpression imagePage(
            QStringLiteral("\\n    http://[0-9.]+:[0-9]+/ answered 200 with [1-9][0-9]* bytes of text/html"));
        QVERIFY2(imagePage.match(up.out).hasMatch(), qPrintable(up.out));
        const QRegularExpression checkPage(QStringLiteral("\\n    %1 answered 200 with [1-9][0-9]* bytes of text/html")
                                               .arg(QRegularExpression::escape(served.captured(1))));
        QVERIFY2(checkPage.match(up.out).hasMatch(), qPrintable(up.out));

        // What the record says was made: 1 nginx host, 2 Docker hosts (the second from the snapshot), 4
        // containers, 2 on each host.
        const auto record = FleetFile::load(recordPath());
        VERIFY_OK(record);
        const Fleet fleet = record.value();
        QCOMPARE(fleet.servers.size(), 3);
        const FleetServer *first = fleet.server(QStringLiteral("e2e-docker-1"));
        const FleetServer *second = fleet.server(QStringLiteral("e2e-docker-2"));
        const FleetServer *nginx = fleet.server(QStringLiteral("e2e-nginx"));
        QVERIFY(first && second && nginx);
        QVERIFY(!first->fromSnapshot);
        QVERIFY(second->fromSnapshot);
        for (const FleetServer *server : {first, second, nginx}) {
            QCOMPARE(server->phase, FleetServer::Phase::Provisioned);
            QVERIFY(server->hostKeyFingerprint.startsWith(QLatin1String("SHA256:")));
        }
        QVERIFY(fleet.snapshot && fleet.snapshot->active);
        QCOMPARE(fleet.containerList.size(), 4);
        QSet<QString> backends;
        for (const FleetContainer &container : fleet.containerList)
            backends << QStringLiteral("%1:%2").arg(fleet.server(container.host)->address).arg(container.hostPort);
        QCOMPARE(backends.size(), 4);
        int onFirst = 0;
        for (const FleetContainer &container : fleet.containerList)
            onFirst += container.host == first->name ? 1 : 0;
        QCOMPARE(onFirst, 2);

        // 20 requests of the test's own through nginx: all get Tomcat's page, and the backend header (shown
        // only with the fleet's check token) names all 4 containers.
        const auto balancer =
            BalancerFile::load(Fleet::folderFor(recordPath(), fleet.name) + QStringLiteral("/balancer.json"));
        VERIFY_OK(balancer);
        QVERIFY(!balancer.value().checkToken.isEmpty());
        const QUrl url(served.captured(1));
        QMap<QString, int> answeredBy;
        for (int i = 0; i < 20; ++i) {
            QNetworkRequest request(url);
            request.setTransferTimeout(10000);
            request.setRawHeader("X-Quayside-Check", balancer.value().checkToken.toLatin1());
            QNetworkReply *reply = m_network.get(request);
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
            const QByteArray body = reply->readAll();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY2(body.contains("Tomcat"), body.left(400).constData());
            answeredBy[QString::fromLatin1(reply->rawHeader("X-Quayside-Backend"))] += 1;
            reply->deleteLater();
        }
        qInfo() << "answered by" << answeredBy;
        QCOMPARE(QSet<QString>(answeredBy.keyBegin(), answeredBy.keyEnd()), backends);
        // Every container, the ones on the host from the snapshot too, runs the image of the user's Dockerfile.
        QCOMPARE(QFile(FleetSession::tomcatDockerfilePath(recordPath(), fleet.name)).size(), dockerfile.size());
        QSet<QString> markedBy;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest request(url.resolved(QUrl(QStringLiteral("e2e.txt"))));
            request.setTransferTimeout(10000);
            request.setRawHeader("X-Quayside-Check", balancer.value().checkToken.toLatin1());
            QNetworkReply *reply = m_network.get(request);
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->readAll().trimmed(), mark);
            markedBy << QString::fromLatin1(reply->rawHeader("X-Quayside-Backend"));
            reply->deleteLater();
        }
        QCOMPARE(markedBy, backends);
        // Without the token nginx names no backend.
        QNetworkReply *plain = m_network.get(QNetworkRequest(url));
        QVERIFY(QTest::qWaitFor([plain] { return plain->isFinished(); }, 15000));
        QCOMPARE(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!plain->hasRawHeader("X-Quayside-Backend"));
        plain->deleteLater();

        // status shows the fleet as finished.
        const Run status = ctl(QStringList{QStringLiteral("status"), QStringLiteral("--fleet"), recordPath()}, 30000);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("to do:    -")), qPrintable(status.out));

        // Scaled down to 3: the fourth container goes once nginx no longer sends to it, and the exported
        // configuration lists the 3 that are left.
        const Run scaled = ctl(
            QStringList{QStringLiteral("scale"), QStringLiteral("--containers"), QStringLiteral("3")} + fleetOptions(),
            10 * 60 * 1000);
        QVERIFY2(scaled.exitCode == 0, qPrintable(scaled.err.right(3000) + scaled.out));
        QVERIFY2(scaled.out.contains(QStringLiteral("removing container")), qPrintable(scaled.out));
        const auto smaller = FleetFile::load(recordPath());
        VERIFY_OK(smaller);
        QCOMPARE(smaller.value().containerList.size(), 3);
        QStringList names;
        for (const FleetContainer &container : smaller.value().containerList)
            names << container.name;
        QCOMPARE(names, QStringList({QStringLiteral("e2e-tomcat-1"), QStringLiteral("e2e-tomcat-2"),
                                     QStringLiteral("e2e-tomcat-3")}));
        const QString exported = m_dir.filePath(QStringLiteral("exported"));
        const Run exportRun =
            ctl({QStringLiteral("export-nginx"), exported, QStringLiteral("--fleet"), recordPath()}, 30000);
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QFile backendsFile(exported + QStringLiteral("/conf.d/backends"));
        QVERIFY(backendsFile.open(QIODevice::ReadOnly));
        const QString backendsText = QString::fromUtf8(backendsFile.readAll());
        QCOMPARE(backendsText.count(QRegularExpression(QStringLiteral("\\n +server [0-9.]+:[0-9]+"))), 3);

        // down: nothing of the run is left on the engine, in the data folder or in known_hosts.
        const Run down = ctl(QStringList{QStringLiteral("down")} + fleetOptions(), 10 * 60 * 1000);
        QVERIFY2(down.exitCode == 0, qPrintable(down.err + down.out));
        QCOMPARE(containers(), containersBefore);
        QCOMPARE(images(), imagesBefore);
        QVERIFY(!QFile::exists(recordPath()));
        QVERIFY(!QFile::exists(Fleet::folderFor(recordPath(), fleet.name)));
        const KnownHosts known(m_dir.filePath(QStringLiteral("data/Quayside/Quayside/known_hosts")));
        for (const FleetServer &server : fleet.servers) {
            const auto kept = known.keysOf(server.address, 22);
            QVERIFY(!kept || kept.value().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_EndToEnd.moc"
