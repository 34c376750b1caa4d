// The recipes for real, over SSH, on a disposable cloud server (TestCloudHost): the docker-host recipe until
// the server's own Docker API answers over mutual TLS, then again to show it changes nothing; the
// nginx-host recipe until nginx serves the site, and a bad configuration refused with the good one kept;
// then NginxDeployer's versions on that nginx.
// First contact is verified against the host key the server printed on its console, as cloud-init does.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"

#include "core/ShellQuote.h"
#include "docker/DockerClient.h"
#include "pki/CertificateAuthority.h"
#include "pki/FleetPki.h"
#include "provision/DockerHostRecipe.h"
#include "provision/NginxDeployer.h"
#include "provision/NginxHostRecipe.h"
#include "provision/RecipeRunner.h"
#include "provision/SshRemoteShell.h"
#include "provision/TomcatImageRecipe.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKey.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::await;
using quayside::test::TestCloudHost;
using quayside::test::TestDockerEngine;

namespace {

struct Run
{
    bool ok = false;
    QString message;
    QList<StepOutcome> outcomes;
    QStringList log;
};

} // namespace

class tst_ProvisionOnHost : public QObject
{
    Q_OBJECT

private:
    // A fresh server and a session to it, its host key trusted because the console shows the same one.
    std::unique_ptr<TestCloudHost> bootHost(std::unique_ptr<SshSession> &session,
                                            const QString &user = QStringLiteral("root"))
    {
        // A new server may get the address of one deleted before it: a fresh known_hosts, as a user would
        // confirm the new key.
        m_knownHosts = KnownHosts(m_dir.filePath(QStringLiteral("known_hosts-%1").arg(++m_hosts)));
        auto host = std::make_unique<TestCloudHost>(&m_engine);
        if (!host->start(m_key.publicKeyLine().toUtf8()))
            return host;
        session = std::make_unique<SshSession>();
        SshTarget target;
        target.host = host->address();
        target.user = user;
        target.identity = m_key;
        target.attempts = 5;
        target.retryPauseMs = 500;
        const auto connected = await<void>([&](auto done) {
            session->connectToHost(target, &m_knownHosts, HostKeyPolicy::trustIfConsoleLogMatches(host->consoleLog()),
                                   this, done);
        });
        if (!connected)
            qWarning() << "connecting failed:" << connected.error().message;
        return host;
    }

    Run run(RemoteShell *shell, const Recipe &recipe)
    {
        RecipeRunner runner(shell, recipe);
        Run result;
        bool finished = false;
        connect(&runner, &RecipeRunner::stepFinished, this,
                [&result](int, StepOutcome outcome, qint64, const QString &) { result.outcomes << outcome; });
        connect(&runner, &RecipeRunner::stepOutput, this,
                [&result](int, RemoteShell::Stream, const QString &line) { result.log << line; });
        connect(&runner, &RecipeRunner::finished, this, [&](bool ok, const QString &message) {
            result.ok = ok;
            result.message = message;
            finished = true;
        });
        runner.start();
        if (!QTest::qWaitFor([&finished] { return finished; }, 600000))
            result.message = QStringLiteral("the test gave up waiting");
        if (!result.ok) // what the host said, for the CI log
            qWarning().noquote()
                << result.log.mid(std::max<qsizetype>(0, result.log.size() - 60)).join(QLatin1Char('\n'));
        return result;
    }

    QTemporaryDir m_dir;
    TestDockerEngine m_engine;
    SshKey m_key;
    KnownHosts m_knownHosts{QString()};
    QNetworkAccessManager m_network;
    int m_hosts = 0;
    QStringList m_lines;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("quayside-test"));
        VERIFY_OK(key);
        m_key = key.value();
        m_knownHosts = KnownHosts(m_dir.filePath(QStringLiteral("known_hosts")));
    }

    void dockerHostUntilItsApiAnswersOverTls()
    {
        std::unique_ptr<SshSession> session;
        auto host = bootHost(session);
        QVERIFY2(host->errorString().isEmpty(), qPrintable(host->errorString()));
        QVERIFY(session && session->isConnected());

        auto authority = CertificateAuthority::create(QStringLiteral("test fleet"));
        VERIFY_OK(authority);
        const auto server = authority.value().issueServer(
            ServerIdentity{QStringLiteral("docker-1"), {}, {QHostAddress(host->address())}});
        VERIFY_OK(server);
        const auto client = authority.value().issueClient(QStringLiteral("quayside"));
        VERIFY_OK(client);
        const QSslConfiguration tls = FleetPki::clientTls(authority.value().certificatePem(), client.value());
        QUrl engine;
        engine.setScheme(QStringLiteral("https"));
        engine.setHost(host->address());
        engine.setPort(2376);

        DockerHostOptions options;
        options.extraDaemonFlags = QStringLiteral("--storage-driver vfs"); // overlay on overlay fails here
        const auto recipe = DockerHostRecipe::make(options, authority.value().certificatePem(), server.value(),
                                                   DockerHostRecipe::pingCheck(engine, tls, &m_network, 60000));
        VERIFY_OK(recipe);
        SshRemoteShell shell(session.get(), false);
        const Run first = run(&shell, recipe.value());
        QVERIFY2(first.ok,
                 qPrintable(first.message + QLatin1Char('\n') + first.log.join(QLatin1Char('\n')).right(3000)));
        QVERIFY(first.outcomes.contains(StepOutcome::Applied));

        DockerClient docker(DockerEndpoint{QStringLiteral("docker-1"), engine, tls}, &m_network);
        const auto info = await<DockerInfo>([&](auto done) { docker.info(this, done); });
        VERIFY_OK(info);
        QVERIFY(info.value().cpus >= 1);

        // Again: every check passes, nothing is applied.
        const Run second = run(&shell, recipe.value());
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.outcomes, QList<StepOutcome>(recipe.value().steps.size(), StepOutcome::AlreadyDone));

        // The firewall closed around SSH and Docker: only its own step is applied, and the API still answers.
        DockerHostOptions closed = options;
        closed.firewall = true;
        closed.openPorts = {8080};
        const auto withFirewall = DockerHostRecipe::make(closed, authority.value().certificatePem(), server.value(),
                                                         DockerHostRecipe::pingCheck(engine, tls, &m_network, 60000));
        VERIFY_OK(withFirewall);
        const Run fenced = run(&shell, withFirewall.value());
        QVERIFY2(fenced.ok, qPrintable(fenced.message));
        QCOMPARE(fenced.outcomes.last(), StepOutcome::Applied);
        QCOMPARE(fenced.outcomes.count(StepOutcome::AlreadyDone), recipe.value().steps.size());
        VERIFY_OK(await<void>([&](auto done) { docker.ping(this, done); }));

        // The Tomcat image, built through the new engine's API. No registry is reachable: the base is the
        // plain Debian 12 the host image carries for this, imported, and the packages come from the test's
        // repository.
        QElapsedTimer importing;
        importing.start();
        const auto imported = await<RunResult>(
            [&](auto done) {
                RunOptions options;
                options.timeoutMs = 300000;
                session->run(
                    QStringLiteral("docker import %1 quayside-test/debian:bookworm")
                        .arg(ShellQuote::quote(TestCloudHost::baseImageTarPath()).value()),
                    options, this, [](OutputStream, const QString &) {}, done);
            },
            310000);
        VERIFY_OK(imported);
        QCOMPARE(imported.value().exitStatus, 0);
        qInfo() << "imported the base image in" << importing.elapsed() << "ms";
        TomcatImageOptions tomcat;
        tomcat.baseImage = QStringLiteral("quayside-test/debian:bookworm");
        tomcat.aptSource = host->aptSource();
        QList<TomcatPage> pages;
        tomcat.servedPage = [&pages](const TomcatPage &page) { pages << page; };
        const auto image = TomcatImageRecipe::make(&docker, &m_network, tomcat);
        VERIFY_OK(image);
        const Run built = run(&shell, image.value());
        QVERIFY2(built.ok, qPrintable(built.message));
        QCOMPARE(built.outcomes, QList<StepOutcome>({StepOutcome::Applied, StepOutcome::Applied}));
        QVERIFY2(built.log.join(QLatin1Char('\n')).contains(QLatin1String("Tomcat answered")),
                 qPrintable(built.log.join(QLatin1Char('\n')).right(2000)));
        // The page the test container served, as the wizard shows it.
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().status, 200);
        QCOMPARE(pages.first().url.host(), docker.endpoint().url.host());
        QVERIFY2(pages.first().contentType.startsWith("text/html"), pages.first().contentType.constData());
        QVERIFY2(pages.first().body.contains("Apache Tomcat"), pages.first().body.left(2000).constData());
        QVERIFY(pages.first().body.size() <= TomcatPage::kMaxBody);
        const auto original = await<DockerImage>([&](auto done) { docker.inspectImage(tomcat.tag, this, done); });
        VERIFY_OK(original);
        // Again: the image is not rebuilt, only checked to serve.
        const Run rebuilt = run(&shell, image.value());
        QVERIFY2(rebuilt.ok, qPrintable(rebuilt.message));
        QCOMPARE(rebuilt.outcomes.first(), StepOutcome::AlreadyDone);
        QCOMPARE(pages.size(), 2); // checked again, so seen again
        const auto same = await<DockerImage>([&](auto done) { docker.inspectImage(tomcat.tag, this, done); });
        QCOMPARE(same.value().id, original.value().id);
        const auto leftovers = await<QList<ContainerSummary>>([&](auto done) {
            docker.containers({{QStringLiteral("quayside.role"), QStringLiteral("verify")}}, true, this, done);
        });
        VERIFY_OK(leftovers);
        QVERIFY(leftovers.value().isEmpty());
    }

    void systemdHostsGetADropIn()
    {
        // systemd cannot run here: the server gets its marker folder and a systemctl that notes its calls,
        // so the scripts' systemd branch writes the drop-in that a real Ubuntu or Debian server would get.
        std::unique_ptr<SshSession> session;
        auto host = bootHost(session);
        QVERIFY2(host->errorString().isEmpty(), qPrintable(host->errorString()));
        QVERIFY(session && session->isConnected());
        SshRemoteShell shell(session.get(), false);
        auto authority = CertificateAuthority::create(QStringLiteral("test fleet"));
        VERIFY_OK(authority);
        const auto server = authority.value().issueServer(
            ServerIdentity{QStringLiteral("docker-2"), {}, {QHostAddress(host->address())}});
        VERIFY_OK(server);
        const auto full =
            DockerHostRecipe::make(DockerHostOptions(), authority.value().certificatePem(), server.value(),
                                   [](QObject *, std::function<void(const Result<bool> &)> done) { done(true); });
        VERIFY_OK(full);
        Recipe upToConfig = full.value();
        while (upToConfig.steps.last().id != QLatin1String("daemon-config"))
            upToConfig.steps.removeLast();

        const auto prepared = await<RunResult>([&](auto done) {
            session->run(
                QStringLiteral(
                    "mkdir -p /run/systemd/system && printf '#!/bin/sh\\necho \"$*\" >> /tmp/systemctl.log\\n' "
                    "> /usr/local/bin/systemctl && chmod 755 /usr/local/bin/systemctl"),
                RunOptions(), this, [](OutputStream, const QString &) {}, done);
        });
        VERIFY_OK(prepared);
        QCOMPARE(prepared.value().exitStatus, 0);
        const Run first = run(&shell, upToConfig);
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.outcomes.last(), StepOutcome::Applied);

        const auto dropIn = await<QByteArray>([&](auto done) {
            session->download(QStringLiteral("/etc/systemd/system/docker.service.d/quayside-tls.conf"), this, done);
        });
        VERIFY_OK(dropIn);
        const QList<QByteArray> lines = dropIn.value().split('\n');
        QVERIFY(lines.contains("[Service]"));
        QVERIFY(lines.contains("ExecStart=")); // the unit's own ExecStart is cleared first
        bool listens = false;
        for (const QByteArray &line : lines)
            listens =
                listens || (line.startsWith("ExecStart=/usr/sbin/dockerd -H fd:// -H tcp://0.0.0.0:2376 --tlsverify") &&
                            line.contains("--tlscert=/etc/docker/quayside/server-cert.pem"));
        QVERIFY2(listens, dropIn.value().constData());
        const auto calls =
            await<QByteArray>([&](auto done) { session->download(QStringLiteral("/tmp/systemctl.log"), this, done); });
        VERIFY_OK(calls);
        QVERIFY2(calls.value().contains("daemon-reload"), calls.value().constData());
        // Daemon.json keeps no "hosts": that would clash with the unit's -H fd://.
        const auto daemonJson = await<RunResult>([&](auto done) {
            session->run(
                QStringLiteral("test ! -e /etc/docker/daemon.json || ! grep -q hosts /etc/docker/daemon.json"),
                RunOptions(), this, [](OutputStream, const QString &) {}, done);
        });
        QCOMPARE(daemonJson.value().exitStatus, 0);

        const Run second = run(&shell, upToConfig);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.outcomes, QList<StepOutcome>(upToConfig.steps.size(), StepOutcome::AlreadyDone));
    }

    void nginxHostServesTheSiteAndKeepsTheLastGood()
    {
        // As the ordinary user that most cloud images log in as, with sudo for commands and files.
        std::unique_ptr<SshSession> session;
        auto host = bootHost(session, QStringLiteral("debian"));
        QVERIFY2(host->errorString().isEmpty(), qPrintable(host->errorString()));
        QVERIFY(session && session->isConnected());
        SshRemoteShell shell(session.get(), true);

        const QByteArray backends = "upstream tomcat {\n    server 127.0.0.1:8080;\n}\n";
        const QByteArray site = "include /etc/nginx/conf.d/backends;\nserver {\n    listen 80 default_server;\n"
                                "    location = /health { return 200 'quayside balancer\\n'; }\n"
                                "    location / { proxy_pass http://tomcat; }\n}\n";
        const auto recipe = NginxHostRecipe::make(NginxHostOptions(), backends, site);
        VERIFY_OK(recipe);
        const Run first = run(&shell, recipe.value());
        QVERIFY2(first.ok,
                 qPrintable(first.message + QLatin1Char('\n') + first.log.join(QLatin1Char('\n')).right(3000)));

        const auto fetch = [this, &host](const QString &path = QStringLiteral("/health")) {
            QNetworkRequest request(QUrl(QStringLiteral("http://%1%2").arg(host->address(), path)));
            request.setTransferTimeout(5000);
            QNetworkReply *reply = m_network.get(request);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
                reply->abort();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return body;
        };
        QTRY_COMPARE_WITH_TIMEOUT(fetch(), QByteArray("quayside balancer\n"), 15000);
        const auto owner = await<RunResult>([&](auto done) {
            session->run(
                QStringLiteral("stat -c '%U %a' /etc/nginx/conf.d/default.conf /etc/nginx/conf.d/backends; ls -a /tmp"),
                RunOptions(), this, [&](OutputStream, const QString &line) { m_lines << line; }, done);
        });
        VERIFY_OK(owner);
        QVERIFY2(m_lines.contains(QStringLiteral("root 644")), qPrintable(m_lines.join(QLatin1Char('|'))));
        for (const QString &line : std::as_const(m_lines))
            QVERIFY2(!line.startsWith(QLatin1String(".quayside-upload-")), qPrintable(line)); // staging cleaned up
        const Run second = run(&shell, recipe.value());
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.outcomes, QList<StepOutcome>(recipe.value().steps.size(), StepOutcome::AlreadyDone));

        // A configuration nginx refuses: the run fails with nginx's words, and the good one still serves.
        const auto broken =
            NginxHostRecipe::make(NginxHostOptions(), backends, "server { listen 80; no_such_directive; }\n");
        VERIFY_OK(broken);
        const Run refused = run(&shell, broken.value());
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QLatin1String("no_such_directive")), qPrintable(refused.message));
        QCOMPARE(fetch(), QByteArray("quayside balancer\n"));
        const Run again = run(&shell, recipe.value());
        QVERIFY2(again.ok, qPrintable(again.message));

        // Quayside's versioned deployments, on Debian's layout (/etc/nginx, /run/nginx.pid) through sudo: the
        // recipe's files are kept as version 0, the new version serves a status page the recipe's has not.
        NginxDeployer deployer(&shell, NginxDeployTarget());
        UpstreamPool pool;
        pool.name = QStringLiteral("tomcat");
        pool.servers = {UpstreamServer{m_engine.bridgeAddress(), 8080}};
        ServerBlock withStatus;
        withStatus.pool = pool.name;
        withStatus.statusAllow = {QStringLiteral("0.0.0.0/0")};
        const BalancerConfig model{{pool}, {withStatus}};
        const auto deployed = await<DeployedVersion>([&](auto done) { deployer.deploy(model, this, done); }, 120000);
        VERIFY_OK(deployed);
        QCOMPARE(deployed.value().number, 1);
        QVERIFY(fetch(QStringLiteral("/nginx_status")).contains("Active connections"));
        const auto listed = await<QList<DeployedVersion>>([&](auto done) { deployer.versions(this, done); });
        VERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 2);
        QCOMPARE(listed.value().first().origin, DeployedVersion::Origin::FoundOnHost);
        QVERIFY(listed.value().last().current);

        BalancerConfig missingCertificate = model;
        missingCertificate.sites.first().tlsCertificatePath = QStringLiteral("/etc/ssl/quayside-missing.pem");
        missingCertificate.sites.first().tlsKeyPath = QStringLiteral("/etc/ssl/quayside-missing.key");
        const auto notDeployed =
            await<DeployedVersion>([&](auto done) { deployer.deploy(missingCertificate, this, done); }, 120000);
        QVERIFY(!notDeployed.ok());
        QVERIFY2(notDeployed.error().message.contains(QLatin1String("[emerg]")) &&
                     notDeployed.error().message.contains(QLatin1String("/etc/nginx/nginx.conf test failed")),
                 qPrintable(notDeployed.error().message));
        QVERIFY(fetch(QStringLiteral("/nginx_status")).contains("Active connections"));

        const auto back = await<DeployedVersion>([&](auto done) { deployer.rollback(this, done); }, 120000);
        VERIFY_OK(back);
        QCOMPARE(back.value().restoredFrom, 0);
        QCOMPARE(fetch(), QByteArray("quayside balancer\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ProvisionOnHost)
#include "tst_ProvisionOnHost.moc"
