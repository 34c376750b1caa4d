// quaysidectl's nginx deployment commands, the real binary against the harness's real sshd and nginx: an
// unknown host is refused with its fingerprint and accepted only with exactly that one, a changed host key
// never; deployments and roll backs change where requests go, versions and diffs are shown, nginx's refusal
// comes through with nothing changed, an interrupted deployment is never left half done, and an encrypted key
// opens only with the passphrase kept in the (real) keychain through remember-passphrase.
#include "Await.h"
#include "LoopbackHttpServer.h"
#include "ManagedProcess.h"
#include "TestNginx.h"
#include "TestSecretService.h"
#include "TestSshServer.h"

#include "nginx/BalancerFile.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKeyPassphrases.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using namespace quayside::test;

class tst_CliDeploy : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Runs quaysidectl while this test's event loop goes on (the backends answer from it); `onOutput` sees
    // the standard output as it comes and may stop the process.
    Run ctl(const QStringList &arguments, const QByteArray &input = {},
            const std::function<void(QProcess &, const QByteArray &)> &onOutput = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // with the test keyring's bus
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        process.setProcessEnvironment(env);
        Run result;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            result.out += process.readAllStandardOutput();
            if (onOutput)
                onOutput(process, result.out);
        });
        process.start(QStringLiteral(QUAYSIDECTL_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 90000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.out += process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return result;
    }

    // Standard error without the log lines (debug logging may be on), for failure messages.
    static QByteArray said(const Run &run)
    {
        static const QRegularExpression logLine(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\w+ quayside\\."));
        QByteArray kept;
        for (const QByteArray &line : run.err.split('\n')) {
            if (!logLine.match(QString::fromUtf8(line)).hasMatch())
                kept += line + '\n';
        }
        return kept + "(exit status " + QByteArray::number(run.exitCode) + ")";
    }

    QString destination() const { return QStringLiteral("%1@127.0.0.1:%2").arg(m_sshd.userName()).arg(m_sshd.port()); }

    // The harness nginx's layout, and the test's key.
    QStringList remote(const QString &identity = QString()) const
    {
        return {QStringLiteral("--identity"),     identity.isEmpty() ? m_sshd.clientKey() : identity,
                QStringLiteral("--config-root"),  m_nginx.prefix(),
                QStringLiteral("--main-config"),  m_nginx.mainConfig(),
                QStringLiteral("--conf-dir"),     m_nginx.confDir(),
                QStringLiteral("--state-dir"),    state(),
                QStringLiteral("--pid-file"),     m_nginx.pidFile(),
                QStringLiteral("--nginx"),        QStringLiteral("/usr/sbin/nginx"),
                QStringLiteral("--nginx-prefix"), m_nginx.prefix()};
    }

    Run deploy(const QStringList &extra = {})
    {
        return ctl(
            QStringList{QStringLiteral("deploy-nginx"), destination(), QStringLiteral("--balancer"), m_balancer} +
            remote() + extra);
    }

    BalancerConfig config(const LoopbackHttpServer &backend) const
    {
        UpstreamServer server;
        server.address = QStringLiteral("127.0.0.1");
        server.port = backend.port();
        UpstreamPool pool;
        pool.name = QStringLiteral("tomcat_app");
        pool.servers << server;
        ServerBlock site;
        site.listenAddress = QStringLiteral("127.0.0.1");
        site.listenPort = m_nginx.port();
        site.pool = pool.name;
        return BalancerConfig{{pool}, {site}};
    }

    bool saveModel(const BalancerConfig &model) const { return BalancerFile::save(m_balancer, model).ok(); }

    QByteArray get()
    {
        QNetworkRequest request(m_nginx.url(QStringLiteral("/")));
        request.setTransferTimeout(5000);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        return reply->readAll();
    }

    QByteArray live() const
    {
        return readFile(m_nginx.confDir() + QStringLiteral("/backends")) + "\n--\n" +
               readFile(m_nginx.confDir() + QStringLiteral("/default.conf"));
    }

    // The rows of nginx-versions: version number and whether it is marked as in service.
    static QList<QPair<int, bool>> rows(const QByteArray &table)
    {
        QList<QPair<int, bool>> found;
        const QList<QByteArray> lines = table.split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.simplified().split(' ');
            if (cells.isEmpty() || cells.first().isEmpty())
                continue;
            const bool current = cells.first() == "*";
            found << qMakePair(cells.value(current ? 1 : 0).toInt(), current);
        }
        return found;
    }

    QList<QPair<int, bool>> listed()
    {
        const Run run = ctl(QStringList{QStringLiteral("nginx-versions"), destination()} + remote());
        return run.exitCode == 0 ? rows(run.out) : QList<QPair<int, bool>>();
    }

    QString state() const { return m_dir.filePath(QStringLiteral("state")); }
    QString dataHome() const { return m_dir.filePath(QStringLiteral("data")); }
    QString knownHostsPath() const { return dataHome() + QStringLiteral("/Quayside/Quayside/known_hosts"); }

    TestSecretService m_keyring;
    QTemporaryDir m_dir;
    TestNginx m_nginx;
    TestSshServer m_sshd;
    std::unique_ptr<LoopbackHttpServer> m_backendA;
    std::unique_ptr<LoopbackHttpServer> m_backendB;
    QString m_balancer;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        const auto answer = [](const QByteArray &body) {
            return [body](const HttpRequest &) {
                HttpReply reply;
                reply.body = body;
                return reply;
            };
        };
        m_backendA = std::make_unique<LoopbackHttpServer>(answer("A"));
        m_backendB = std::make_unique<LoopbackHttpServer>(answer("B"));
        QVERIFY(m_backendA->listen() && m_backendB->listen());
        m_balancer = m_dir.filePath(QStringLiteral("balancer.json"));
        QVERIFY(saveModel(config(*m_backendA)));
    }

    void anUnknownHostIsRefusedWithItsFingerprint()
    {
        const QByteArray before = live();
        const Run refused = deploy();
        QCOMPARE(refused.exitCode, 1);
        const QByteArray fingerprint = m_sshd.hostKeyFingerprint().toLatin1();
        QVERIFY2(refused.err.contains(QByteArray("--trust " + fingerprint)), said(refused).constData());
        QCOMPARE(live(), before);
        QVERIFY(!QFileInfo::exists(state()));
        QVERIFY(!QFileInfo::exists(knownHostsPath()));
        QVERIFY(get().contains("served by the test harness"));
    }

    void aWrongFingerprintIsRefused()
    {
        const auto other = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("someone else"));
        VERIFY_OK(other);
        const Run refused = deploy({QStringLiteral("--trust"), other.value().fingerprint()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QByteArray("not the accepted " + other.value().fingerprint().toLatin1())),
                 said(refused).constData());
        QVERIFY(!QFileInfo::exists(state()));
        QVERIFY(!QFileInfo::exists(knownHostsPath()));
    }

    void aTrustedDeploymentIsServedAndTheHostRemembered()
    {
        const Run deployed = deploy({QStringLiteral("--trust"), m_sshd.hostKeyFingerprint(), QStringLiteral("--sudo")});
        QVERIFY2(deployed.exitCode == 0, said(deployed).constData());
        QVERIFY2(deployed.out.contains("nginx checks the new configuration") &&
                     deployed.out.contains("Reloading nginx") &&
                     deployed.out.endsWith(QByteArray("Version 1 is in service on " + destination().toUtf8() + ".\n")),
                 deployed.out.constData());
        QCOMPARE(get(), QByteArray("A"));
        qInfo().noquote() << deployed.out;

        const auto hostKey = SshKey::fromPublicKeyFile(m_sshd.hostPublicKey());
        VERIFY_OK(hostKey);
        const auto check =
            KnownHosts(knownHostsPath()).check(QStringLiteral("127.0.0.1"), m_sshd.port(), hostKey.value());
        VERIFY_OK(check);
        QCOMPARE(check.value().status, HostKeyCheck::Status::Trusted);
    }

    void aChangedModelBecomesTheNextVersion()
    {
        QVERIFY(saveModel(config(*m_backendB)));
        const Run second = deploy(); // no --trust: the host is known now
        QVERIFY2(second.exitCode == 0, said(second).constData());
        QVERIFY2(second.out.contains("Version 2 is in service"), second.out.constData());
        QCOMPARE(get(), QByteArray("B"));

        const Run again = deploy();
        QVERIFY2(again.exitCode == 0, said(again).constData());
        QVERIFY2(
            again.out.contains(QByteArray("Version 2 is in service on " + destination().toUtf8() + ", unchanged.")),
            again.out.constData());
    }

    void versionsAreListedWithTheCurrentOneMarked()
    {
        const Run run = ctl(QStringList{QStringLiteral("nginx-versions"), destination()} + remote());
        QVERIFY2(run.exitCode == 0, said(run).constData());
        qInfo().noquote() << run.out;
        QVERIFY2(run.out.startsWith("   VERSION  DEPLOYED (UTC)"), run.out.constData());
        QVERIFY2(run.out.contains("found on the host") && run.out.contains("deployed"), run.out.constData());
        QVERIFY2(run.out.contains(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")).toLatin1()),
                 run.out.constData());
        const QList<QPair<int, bool>> expected = {{0, false}, {1, false}, {2, true}};
        QCOMPARE(rows(run.out), expected);
    }

    void diffShowsTheChangedServer()
    {
        const Run run =
            ctl(QStringList{QStringLiteral("nginx-diff"), destination(), QStringLiteral("1"), QStringLiteral("2")} +
                remote());
        QVERIFY2(run.exitCode == 0, said(run).constData());
        QVERIFY2(run.out.contains(QStringLiteral("\n-    server 127.0.0.1:%1").arg(m_backendA->port()).toUtf8()) &&
                     run.out.contains(QStringLiteral("\n+    server 127.0.0.1:%1").arg(m_backendB->port()).toUtf8()),
                 run.out.constData());
        QVERIFY(!run.out.contains("proxy_pass")); // the site file did not change

        const Run same =
            ctl(QStringList{QStringLiteral("nginx-diff"), destination(), QStringLiteral("2"), QStringLiteral("2")} +
                remote());
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.isEmpty());
        QVERIFY2(same.err.contains("the same files"), said(same).constData());

        const Run missing =
            ctl(QStringList{QStringLiteral("nginx-diff"), destination(), QStringLiteral("1"), QStringLiteral("99")} +
                remote());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("does not exist"), said(missing).constData());
    }

    void rollbackReturnsAndRequestsFollow()
    {
        const Run back = ctl(QStringList{QStringLiteral("rollback-nginx"), destination()} + remote());
        QVERIFY2(back.exitCode == 0, said(back).constData());
        QVERIFY2(back.out.contains(QByteArray("Version 3 is in service on " + destination().toUtf8() +
                                              ", with the files of version 1.")),
                 back.out.constData());
        QVERIFY2(back.out.contains("Reloading nginx"), back.out.constData());
        QCOMPARE(get(), QByteArray("A"));

        const Run chosen = ctl(
            QStringList{QStringLiteral("rollback-nginx"), destination(), QStringLiteral("--to"), QStringLiteral("2")} +
            remote());
        QVERIFY2(chosen.exitCode == 0, said(chosen).constData());
        QVERIFY2(chosen.out.contains("Version 4 is in service"), chosen.out.constData());
        QCOMPARE(get(), QByteArray("B"));
        const QList<QPair<int, bool>> expected = {{0, false}, {1, false}, {2, false}, {3, false}, {4, true}};
        QCOMPARE(listed(), expected);
    }

    void aModelNginxRefusesChangesNothing()
    {
        BalancerConfig broken = config(*m_backendA);
        broken.sites.first().tlsCertificatePath = m_dir.filePath(QStringLiteral("missing.pem"));
        broken.sites.first().tlsKeyPath = m_dir.filePath(QStringLiteral("missing.key"));
        QVERIFY(saveModel(broken));
        const QByteArray before = live();

        const Run refused = deploy();
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("[emerg]") && refused.err.contains("cannot load certificate") &&
                     refused.err.contains("The configuration in service is unchanged."),
                 said(refused).constData());
        QVERIFY2(!refused.out.contains("is in service"), refused.out.constData());
        QCOMPARE(live(), before);
        QCOMPARE(get(), QByteArray("B"));
        QCOMPARE(listed().size(), 5);
    }

    void anInterruptedDeploymentIsNeverLeftHalfDone()
    {
        QVERIFY(saveModel(config(*m_backendA)));
        bool interrupted = false;
        const Run stopped =
            ctl(QStringList{QStringLiteral("deploy-nginx"), destination(), QStringLiteral("--balancer"), m_balancer} +
                    remote(),
                {}, [&interrupted](QProcess &process, const QByteArray &out) {
                    if (!interrupted && out.contains("nginx checks")) {
                        interrupted = true;
                        process.terminate();
                    }
                });
        QVERIFY(interrupted);
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.err.contains("interrupted") &&
                     stopped.err.contains(QByteArray("nginx-versions " + destination().toUtf8())),
                 said(stopped).constData());
        QVERIFY2(!stopped.out.contains("is in service"), stopped.out.constData());

        // The host finished on its own: A is served, and deploying A again changes nothing.
        QTRY_COMPARE_WITH_TIMEOUT(get(), QByteArray("A"), 20000);
        const Run settled = deploy();
        QVERIFY2(settled.exitCode == 0, said(settled).constData());
        QVERIFY2(
            settled.out.contains(QByteArray("Version 5 is in service on " + destination().toUtf8() + ", unchanged.")),
            settled.out.constData());
        QVERIFY(QDir(state() + QStringLiteral("/incoming")).isEmpty());
    }

    void anEncryptedKeyOpensOnlyWithThePassphraseInTheKeychain()
    {
        const QString path = m_dir.filePath(QStringLiteral("encrypted_ed25519"));
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("operator@laptop"));
        VERIFY_OK(key);
        VERIFY_OK(key.value().writePrivateKeyFile(path, "correct horse"));
        VERIFY_OK(key.value().writePublicKeyFile(path + QStringLiteral(".pub")));
        QVERIFY(m_sshd.authorize(key.value().publicKeyLine().toUtf8()));
        const QStringList arguments = QStringList{QStringLiteral("nginx-versions"), destination()} + remote(path);
        const auto refusedWithoutPassphrase = [&] {
            const Run refused = ctl(arguments);
            const bool ok = refused.exitCode == 1 &&
                            refused.err.contains(QByteArray(path.toUtf8() + " is protected by a passphrase")) &&
                            refused.err.contains("never takes a passphrase on its command line") &&
                            refused.err.contains(QByteArray("quaysidectl remember-passphrase " + path.toUtf8()));
            if (!ok)
                qWarning().noquote() << said(refused);
            return ok;
        };
        QVERIFY(refusedWithoutPassphrase());

        // A wrong passphrase is not kept.
        const Run wrong = ctl({QStringLiteral("remember-passphrase"), path}, "battery staple\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("does not open"), said(wrong).constData());
        QVERIFY(refusedWithoutPassphrase());

        // The right one, from standard input, is kept in the keychain, and logging in takes it from there.
        const Run kept = ctl({QStringLiteral("remember-passphrase"), path}, "correct horse\n");
        QVERIFY2(kept.exitCode == 0, said(kept).constData());
        QVERIFY2(kept.out.contains(key.value().fingerprint().toLatin1()), kept.out.constData());
        KeychainSecretStore keychain;
        const auto stored = await<QByteArray>(
            [&](auto done) { keychain.read(SshKeyPassphrases::secretKeyFor(key.value().fingerprint()), this, done); });
        VERIFY_OK(stored);
        QCOMPARE(stored.value(), QByteArray("correct horse"));
        const Run opened = ctl(arguments);
        QVERIFY2(opened.exitCode == 0, said(opened).constData());
        QVERIFY2(opened.out.contains("VERSION"), opened.out.constData());
        for (const Run &run : {wrong, kept, opened})
            QVERIFY(!run.err.contains("horse") && !run.out.contains("horse") && !run.err.contains("staple"));

        const Run forgotten = ctl({QStringLiteral("forget-passphrase"), path});
        QVERIFY2(forgotten.exitCode == 0, said(forgotten).constData());
        QVERIFY(refusedWithoutPassphrase());
    }

    void aChangedHostKeyIsRefusedEvenWithTrust()
    {
        // A known_hosts file of its own that keeps another key for this address: an attacker, or a rebuilt server.
        const QString file = m_dir.filePath(QStringLiteral("other_known_hosts"));
        const auto other = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("impostor"));
        VERIFY_OK(other);
        KnownHosts hosts(file);
        VERIFY_OK(hosts.trust(QStringLiteral("127.0.0.1"), m_sshd.port(), other.value().publicKey()));
        const QByteArray kept = readFile(file);
        const Run refused =
            ctl(QStringList{QStringLiteral("nginx-versions"), destination(), QStringLiteral("--known-hosts"), file,
                            QStringLiteral("--trust"), m_sshd.hostKeyFingerprint()} +
                remote());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("has changed") && refused.err.contains(QByteArray("from " + file.toUtf8())),
                 said(refused).constData());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(readFile(file), kept);
    }

    void aHostWithoutVersionsSaysSo()
    {
        QStringList arguments = QStringList{QStringLiteral("nginx-versions"), destination()} + remote();
        arguments << QStringLiteral("--state-dir") << m_dir.filePath(QStringLiteral("never-deployed"));
        const Run run = ctl(arguments);
        QVERIFY2(run.exitCode == 0, said(run).constData());
        QVERIFY2(run.out.contains("keeps no versions yet"), run.out.constData());
    }

    void anIpv6DestinationIsUnderstood()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHostIPv6));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run run =
            ctl(QStringList{QStringLiteral("nginx-versions"), QStringLiteral("root@[::1]:%1").arg(port)} + remote());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("[::1]:%1 refused the connection").arg(port).toUtf8()),
                 said(run).constData());
    }

    void misuseIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString to = QStringLiteral("root@192.0.2.1");
        QTest::newRow("deploy without a destination")
            << QStringList{QStringLiteral("deploy-nginx")} << QByteArray("usage: quaysidectl deploy-nginx USER@HOST");
        QTest::newRow("no user") << QStringList{QStringLiteral("nginx-versions"), QStringLiteral("192.0.2.1")}
                                 << QByteArray("names no user");
        QTest::newRow("IPv6 without brackets")
            << QStringList{QStringLiteral("nginx-versions"), QStringLiteral("root@2001:db8::5")}
            << QByteArray("in brackets");
        QTest::newRow("port out of range")
            << QStringList{QStringLiteral("nginx-versions"), QStringLiteral("root@192.0.2.1:70000")}
            << QByteArray("from 1 to 65535");
        QTest::newRow("not a fingerprint")
            << QStringList{QStringLiteral("nginx-versions"), to, QStringLiteral("--trust"), QStringLiteral("yes")}
            << QByteArray("--trust takes a host key fingerprint");
        QTest::newRow("diff of a name") << QStringList{QStringLiteral("nginx-diff"), to, QStringLiteral("first"),
                                                       QStringLiteral("2")}
                                        << QByteArray("version numbers");
        QTest::newRow("diff with one version") << QStringList{QStringLiteral("nginx-diff"), to, QStringLiteral("1")}
                                               << QByteArray("usage: quaysidectl nginx-diff USER@HOST[:PORT] FROM TO");
        QTest::newRow("roll back to a name")
            << QStringList{QStringLiteral("rollback-nginx"), to, QStringLiteral("--to"), QStringLiteral("latest")}
            << QByteArray("--to takes a version number");
        QTest::newRow("--to for a deployment")
            << QStringList{QStringLiteral("deploy-nginx"), to, QStringLiteral("--to"), QStringLiteral("1")}
            << QByteArray("--to does not apply to deploy-nginx");
        QTest::newRow("--sudo for a local command")
            << QStringList{QStringLiteral("show-nginx"), QStringLiteral("--sudo")}
            << QByteArray("--sudo does not apply to show-nginx");
        QTest::newRow("a relative configuration root")
            << QStringList{QStringLiteral("nginx-versions"), to, QStringLiteral("--config-root"),
                           QStringLiteral("etc/nginx")}
            << QByteArray("is not a plain absolute path");
        QTest::newRow("state inside nginx's folder")
            << QStringList{QStringLiteral("deploy-nginx"), to, QStringLiteral("--state-dir"),
                           QStringLiteral("/etc/nginx/quayside")}
            << QByteArray("cannot be inside");
    }

    void misuseIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run result = ctl(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), said(result).constData());
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CliDeploy)
#include "tst_CliDeploy.moc"
