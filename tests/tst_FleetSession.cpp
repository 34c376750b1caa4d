// FleetSession against the sandbox cloud in-process (SandboxServer over the in-memory backend), with the
// fleet's certificate authority in a real keyring: the sandbox's credentials and their refusals, the
// settings the sandbox's hosts get, a run through a phase and its signals, a session that is not open, a
// removal from the record alone (no SSH key needed), and a removal asked for while a run is under way.
#include "Await.h"
#include "InProcessSandbox.h"
#include "TestSecretService.h"

#include "cloud/NovaClient.h"
#include "provision/FleetSession.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshKey.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using Phase = FleetPlan::Phase;

class tst_FleetSession : public QObject
{
    Q_OBJECT

private:
    QString sandboxFolder() const { return m_dir.filePath(QStringLiteral("sandbox")); }
    QString recordPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".json")); }

    std::unique_ptr<FleetSession> makeSession(const QString &name, const QString &keyFile)
    {
        const auto cloud = FleetSession::sandboxCloud(sandboxFolder());
        if (!cloud)
            return nullptr;
        return std::make_unique<FleetSession>(cloud.value(), recordPath(name), keyFile, &m_secrets);
    }

    Result<void> open(FleetSession &session, const Fleet &fleet)
    {
        return quayside::test::await<void>([&](auto done) { session.open(fleet, this, done); });
    }

    QTemporaryDir m_dir;
    quayside::test::TestSecretService m_keyring;
    KeychainSecretStore m_secrets;
    quayside::test::InProcessSandbox m_sandbox;
    QString m_keyFile;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<FleetPlan::Phase>>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY2(m_sandbox.start(sandboxFolder(), "fleet session password"), qPrintable(m_sandbox.errorString()));
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("session@test"));
        VERIFY_OK(key);
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        VERIFY_OK(key.value().writePrivateKeyFile(m_keyFile));
    }

    void sandboxCredentials()
    {
        const auto cloud = FleetSession::sandboxCloud(sandboxFolder());
        VERIFY_OK(cloud);
        QVERIFY(cloud.value().isSandbox());
        QCOMPARE(cloud.value().account.authUrl, m_sandbox.server()->authUrl());
        QCOMPARE(cloud.value().secret, QByteArray("fleet session password"));

        const QUrl other(QStringLiteral("http://127.0.0.1:1/identity/v3"));
        QCOMPARE(FleetSession::sandboxCloud(sandboxFolder(), other).value().account.authUrl, other);

        const auto missing = FleetSession::sandboxCloud(m_dir.filePath(QStringLiteral("nowhere")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QStringLiteral("Start the sandbox")),
                 qPrintable(missing.error().message));

        // Plain http to another machine would send the password in the clear.
        const auto plain = FleetSession::sandboxCloud(sandboxFolder(), QUrl(QStringLiteral("http://example.com/v3")));
        QVERIFY(!plain);
        QCOMPARE(plain.error().kind, Error::Kind::InvalidInput);
    }

    void sandboxSettings()
    {
        auto session = makeSession(QStringLiteral("settings"), m_keyFile);
        QVERIFY(session);
        session->setAptSource(QStringLiteral("deb http://127.0.0.1/debian bookworm main"));
        const auto key = SshKey::fromPrivateKeyFile(m_keyFile);
        VERIFY_OK(key);
        const auto sandboxOptions =
            session->provisionOptions(m_sandbox.newFleet(QStringLiteral("settings")), key.value());
        VERIFY_OK(sandboxOptions);
        const FleetProvisionOptions &sandbox = sandboxOptions.value();
        QCOMPARE(sandbox.dockerHost.extraDaemonFlags, QStringLiteral("--storage-driver vfs"));
        QCOMPARE(sandbox.baseImageArchive, FleetSession::sandboxBaseArchive());
        QCOMPARE(sandbox.tomcat.baseImage, FleetSession::sandboxBaseImage());
        QCOMPARE(sandbox.consoleWaitMs, 15000);
        QCOMPARE(sandbox.sshAttempts, 5);
        QCOMPARE(sandbox.tomcat.aptSource, QStringLiteral("deb http://127.0.0.1/debian bookworm main"));
        QCOMPARE(sandbox.balancerPath,
                 Fleet::folderFor(recordPath(QStringLiteral("settings")), QStringLiteral("settings")) +
                     QStringLiteral("/balancer.json"));

        // A cloud of the user's gets the provisioner's defaults.
        FleetCloud cloud = FleetSession::sandboxCloud(sandboxFolder()).value();
        cloud.account.id = QStringLiteral("rackspace");
        FleetSession real(cloud, recordPath(QStringLiteral("real")), m_keyFile, &m_secrets);
        const auto defaultOptions = real.provisionOptions(m_sandbox.newFleet(QStringLiteral("real")), key.value());
        VERIFY_OK(defaultOptions);
        const FleetProvisionOptions &defaults = defaultOptions.value();
        QVERIFY(defaults.dockerHost.extraDaemonFlags.isEmpty());
        QVERIFY(defaults.baseImageArchive.isEmpty());
        QCOMPARE(defaults.consoleWaitMs, FleetProvisionOptions().consoleWaitMs);
        QCOMPARE(defaults.sshAttempts, FleetProvisionOptions().sshAttempts);
    }

    void notOpenYet()
    {
        auto session = makeSession(QStringLiteral("closed"), m_keyFile);
        QVERIFY(session);
        QVERIFY(!session->isOpen());
        QSignalSpy failed(session.get(), &FleetSession::failed);
        session->runThrough(Phase::FirstDockerHost);
        QCOMPARE(failed.size(), 1);
        QVERIFY(session->fleet().name.isEmpty());
        QCOMPARE(m_sandbox.backend()->servers().size(), 0);

        // A key that cannot be read: open() says so, and which part failed.
        auto keyless = makeSession(QStringLiteral("keyless"), m_dir.filePath(QStringLiteral("no-such-key")));
        const auto opened = open(*keyless, m_sandbox.newFleet(QStringLiteral("keyless")));
        QVERIFY(!opened);
        QVERIFY(!keyless->hasIdentity());
        QVERIFY(!keyless->isOpen());
    }

    void runsThroughAPhaseAndTakesDownFromTheRecord()
    {
        auto session = makeSession(QStringLiteral("run"), m_keyFile);
        QVERIFY(session);
        VERIFY_OK(open(*session, m_sandbox.newFleet(QStringLiteral("run"))));
        QVERIFY(session->isOpen());
        QVERIFY(session->hasIdentity());
        QSignalSpy started(session.get(), &FleetSession::phaseStarted);
        QSignalSpy finishedPhases(session.get(), &FleetSession::phaseFinished);
        QSignalSpy lines(session.get(), &FleetSession::logLine);
        QSignalSpy finished(session.get(), &FleetSession::finished);
        session->runThrough(Phase::FirstDockerHost);
        QVERIFY(session->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(started.size(), 2);
        QCOMPARE(finishedPhases.size(), 2);
        QVERIFY(!lines.isEmpty());
        QVERIFY(session->fleet().isFinished(FleetPlan::phaseId(Phase::FirstDockerHost)));
        QCOMPARE(m_sandbox.serversNamed(QStringLiteral("run-")), 1);
        QVERIFY(session->lastCheck().url.isEmpty());

        // Another session (quaysidectl down) removes it from the record alone, without the SSH key.
        auto down = makeSession(QStringLiteral("run"), QString());
        QSignalSpy takenDown(down.get(), &FleetSession::takenDown);
        down->takeDown();
        QTRY_COMPARE_WITH_TIMEOUT(takenDown.size(), 1, 10000);
        QCOMPARE(m_sandbox.serversNamed(QStringLiteral("run-")), 0);
        QVERIFY(m_sandbox.backend()->keypairs().isEmpty());
        QVERIFY(!QFile::exists(recordPath(QStringLiteral("run"))));
    }

    // The user's Dockerfile and WAR: kept in the fleet's folder, read by provisionOptions() and open(), handed
    // to the open provisioner, refused when they cannot be what they claim, removed when no longer wanted.
    void tomcatSources()
    {
        const QString name = QStringLiteral("sources");
        auto session = makeSession(name, m_keyFile);
        QVERIFY(session);
        const QString dockerfilePath = FleetSession::tomcatDockerfilePath(recordPath(name), name);
        const QString warPath = FleetSession::tomcatWarPath(recordPath(name), name);
        QCOMPARE(dockerfilePath, Fleet::folderFor(recordPath(name), name) + QStringLiteral("/tomcat/Dockerfile"));
        QCOMPARE(warPath, Fleet::folderFor(recordPath(name), name) + QStringLiteral("/tomcat/ROOT.war"));
        const auto setSources = [&](const QString &fleetName, const QByteArray &dockerfile, const QString &war) {
            return quayside::test::await<void>([&](auto done) {
                if (fleetName.isEmpty())
                    session->setTomcatSources(dockerfile, war, this, done);
                else
                    session->setTomcatSources(fleetName, dockerfile, war, this, done);
            });
        };
        const auto writeFile = [this](const QString &fileName, const QByteArray &data) {
            QFile file(m_dir.filePath(fileName));
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
                return QString();
            return file.fileName();
        };
        const auto contents = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
        };
        const QByteArray dockerfile = "FROM debian:bookworm-slim\nRUN echo mine\n";
        const QByteArray war = QByteArray("PK\x03\x04", 4) + QByteArray(4096, 'w');
        const QString warFile = writeFile(QStringLiteral("app.war"), war);
        QVERIFY(!warFile.isEmpty());

        // Before open() and before a record exists, the fleet must be named.
        const auto unnamed = setSources(QString(), dockerfile, warFile);
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!QFile::exists(dockerfilePath));

        VERIFY_OK(setSources(name, dockerfile, warFile));
        QCOMPARE(contents(dockerfilePath), dockerfile);
        QCOMPARE(contents(warPath), war);
        const auto key = SshKey::fromPrivateKeyFile(m_keyFile);
        VERIFY_OK(key);
        const auto options = session->provisionOptions(m_sandbox.newFleet(name), key.value());
        VERIFY_OK(options);
        QCOMPARE(options.value().tomcat.dockerfile, dockerfile);
        QCOMPARE(options.value().tomcat.war, war);

        // Refused, and what was kept stays as it was.
        const auto notZip = setSources(name, dockerfile, writeFile(QStringLiteral("text.war"), "<html>no</html>"));
        QVERIFY(!notZip);
        QCOMPARE(notZip.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(notZip.error().message.contains(QStringLiteral("not a WAR file")), qPrintable(notZip.error().message));
        QFile huge(m_dir.filePath(QStringLiteral("huge.war")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QCOMPARE(huge.write("PK\x03\x04", 4), qint64(4));
        QVERIFY(huge.resize(FleetSession::kMaxWarBytes + 1)); // sparse: takes no room
        huge.close();
        const auto tooLarge = setSources(name, dockerfile, huge.fileName());
        QVERIFY(!tooLarge);
        QVERIFY2(tooLarge.error().message.contains(QStringLiteral("512 MiB")), qPrintable(tooLarge.error().message));
        const auto missing = setSources(name, dockerfile, m_dir.filePath(QStringLiteral("no-such.war")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        const auto noFrom = setSources(name, "RUN echo nothing to build from\n", QString());
        QVERIFY(!noFrom);
        QVERIFY2(noFrom.error().message.contains(QStringLiteral("FROM")), qPrintable(noFrom.error().message));
        const auto hugeDockerfile =
            setSources(name, dockerfile + QByteArray(FleetSession::kMaxDockerfileBytes, '#'), QString());
        QVERIFY(!hugeDockerfile);
        QCOMPARE(hugeDockerfile.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(contents(dockerfilePath), dockerfile);
        QCOMPARE(contents(warPath), war);

        // open() reads them (on a worker thread) into the provisioner's options.
        VERIFY_OK(open(*session, m_sandbox.newFleet(name)));
        QCOMPARE(session->provisioner()->tomcatOptions().dockerfile, dockerfile);
        QCOMPARE(session->provisioner()->tomcatOptions().war, war);
        QCOMPARE(session->provisioner()->tomcatOptions().baseImage, FleetSession::sandboxBaseImage());
        QCOMPARE(session->tomcatPage().status, 0); // no image checked yet

        // Open: the fleet is the open one; empty means the built-in Dockerfile and no WAR, files removed.
        VERIFY_OK(setSources(QString(), QByteArray(), QString()));
        QVERIFY(!QFile::exists(dockerfilePath));
        QVERIFY(!QFile::exists(warPath));
        QVERIFY(session->provisioner()->tomcatOptions().dockerfile.isEmpty());
        QVERIFY(session->provisioner()->tomcatOptions().war.isEmpty());
        QCOMPARE(session->provisioner()->tomcatOptions().baseImage, FleetSession::sandboxBaseImage());
        const auto none = session->provisionOptions(m_sandbox.newFleet(name), key.value());
        VERIFY_OK(none);
        QVERIFY(none.value().tomcat.dockerfile.isEmpty());
        QVERIFY(none.value().tomcat.war.isEmpty());

        // And back: the open provisioner builds with them next time.
        VERIFY_OK(setSources(QString(), dockerfile, warFile));
        QCOMPARE(session->provisioner()->tomcatOptions().dockerfile, dockerfile);
        QCOMPARE(session->provisioner()->tomcatOptions().war, war);
    }

    void takeDownDuringARunStopsItFirst()
    {
        auto session = makeSession(QStringLiteral("busy"), m_keyFile);
        QVERIFY(session);
        VERIFY_OK(open(*session, m_sandbox.newFleet(QStringLiteral("busy"))));
        m_sandbox.backend()->setBuildMs(5000);
        QSignalSpy failed(session.get(), &FleetSession::failed);
        QSignalSpy takenDown(session.get(), &FleetSession::takenDown);
        QSignalSpy progress(session.get(), &FleetSession::phaseProgress);
        session->runThrough(Phase::FirstDockerHost);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000); // the server is building
        session->takeDown();
        QTRY_COMPARE_WITH_TIMEOUT(takenDown.size(), 1, 10000);
        m_sandbox.backend()->setBuildMs(200);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
        QVERIFY(!session->isRunning());
        QCOMPARE(m_sandbox.serversNamed(QStringLiteral("busy-")), 0);
        QVERIFY(!QFile::exists(recordPath(QStringLiteral("busy"))));
    }
};

QTEST_GUILESS_MAIN(tst_FleetSession)
#include "tst_FleetSession.moc"
