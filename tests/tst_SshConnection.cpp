// SshConnection, the blocking driver under SshSession, used directly on the test's thread: the command line
// sudo gets, and interrupts arriving from another thread while a call blocks.
#include "Await.h"
#include "ManagedProcess.h"
#include "TcpRelay.h"
#include "TestSshServer.h"

#include "core/ShellQuote.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using quayside::Error;
using quayside::HostKeyPolicy;
using quayside::KnownHosts;
using quayside::OutputStream;
using quayside::RunOptions;
using quayside::ShellQuote;
using quayside::SshConnection;
using quayside::SshInterrupt;
using quayside::SshKey;
using quayside::SshTarget;
using quayside::test::TcpRelay;
using quayside::test::TestSshServer;
using quayside::test::writeFile;

class tst_SshConnection : public QObject
{
    Q_OBJECT

private:
    TestSshServer m_server;
    QTemporaryDir m_dir;
    SshTarget m_target;
    std::unique_ptr<KnownHosts> m_knownHosts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const auto key = SshKey::fromPrivateKeyFile(m_server.clientKey());
        VERIFY_OK(key);
        m_target.host = m_server.host();
        m_target.port = m_server.port();
        m_target.user = m_server.userName();
        m_target.identity = key.value();
        m_knownHosts = std::make_unique<KnownHosts>(m_dir.filePath(QStringLiteral("known_hosts")));
        const auto hostKey = SshKey::fromPublicKeyFile(m_server.hostPublicKey());
        VERIFY_OK(hostKey);
        VERIFY_OK(m_knownHosts->trust(m_server.host(), m_server.port(), hostKey.value()));
    }

    void commandLines_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("sudo");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << QStringLiteral("systemctl reload nginx") << QStringLiteral("deploy") << false
                               << QStringLiteral("systemctl reload nginx");
        QTest::newRow("sudo as root needs none")
            << QStringLiteral("id -u") << QStringLiteral("root") << true << QStringLiteral("id -u");
        QTest::newRow("sudo") << QStringLiteral("id -u") << QStringLiteral("deploy") << true
                              << QStringLiteral("sudo -n sh -c 'id -u'");
        QTest::newRow("sudo, quotes inside") << QStringLiteral("echo 'a b' >/tmp/x") << QStringLiteral("debian") << true
                                             << QStringLiteral("sudo -n sh -c 'echo '\\''a b'\\'' >/tmp/x'");
    }
    void commandLines()
    {
        QFETCH(QString, command);
        QFETCH(QString, user);
        QFETCH(bool, sudo);
        QFETCH(QString, line);
        const auto made = SshConnection::commandLine(command, user, sudo);
        VERIFY_OK(made);
        QCOMPARE(made.value(), line);
        const auto refused = SshConnection::commandLine(QStringLiteral("echo a") + QChar(u'\0'), user, sudo);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
    }

    void aSudoLineRunsTheCommandAsWritten()
    {
        // A stand-in sudo that insists on -n and runs the rest: what reaches it is the command as written.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const QString sudo = bin + QStringLiteral("/sudo");
        QVERIFY(writeFile(sudo, "#!/bin/sh\n[ \"$1\" = -n ] || exit 99\nshift\nexec \"$@\"\n"));
        QVERIFY(QFile::setPermissions(sudo, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        auto interrupt = std::make_shared<SshInterrupt>();
        SshConnection connection(interrupt);
        VERIFY_OK(connection.connectToHost(m_target, *m_knownHosts, HostKeyPolicy::refuseUnknown(), 1));
        const QString marker = m_dir.filePath(QStringLiteral("pwned"));
        const QString value = QStringLiteral("it's $(touch %1) `touch %1`; \"x\"\nsecond line").arg(marker);
        const auto line = SshConnection::commandLine(QStringLiteral("printf '%s' ") + ShellQuote::quote(value).value(),
                                                     QStringLiteral("deploy"), true);
        VERIFY_OK(line);
        QVERIFY(line.value().startsWith(QLatin1String("sudo -n sh -c '")));
        QStringList out;
        const auto ran = connection.run(
            QStringLiteral("PATH=") + ShellQuote::quote(bin).value() + QStringLiteral(":$PATH; ") + line.value(),
            RunOptions(), [&out](OutputStream, const QStringList &lines) { out << lines; }, 2);
        VERIFY_OK(ran);
        QCOMPARE(ran.value().exitStatus, 0);
        QCOMPARE(out.join(QLatin1Char('\n')), value);
        QVERIFY(!QFile::exists(marker));
    }

    void aCancelFromAnotherThreadEndsACommand()
    {
        auto interrupt = std::make_shared<SshInterrupt>();
        SshConnection connection(interrupt);
        VERIFY_OK(connection.connectToHost(m_target, *m_knownHosts, HostKeyPolicy::refuseUnknown(), 1));
        std::thread canceller([interrupt] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            interrupt->cancelUpTo(2);
        });
        QElapsedTimer clock;
        clock.start();
        const auto ran = connection.run(QStringLiteral("sleep 34.25"), RunOptions(), {}, 2);
        canceller.join();
        QVERIFY(!ran.ok());
        QCOMPARE(ran.error().kind, Error::Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // Cancelling operation 2 leaves the connection, and operation 3, alone.
        QVERIFY(connection.isConnected());
        QStringList out;
        VERIFY_OK(connection.run(
            QStringLiteral("echo next"), RunOptions(), [&out](OutputStream, const QStringList &lines) { out << lines; },
            3));
        QCOMPARE(out, QStringList{QStringLiteral("next")});
    }

    void forceStopCutsABlockingHandshake()
    {
        // The test's thread blocks in the handshake, so the relay never reads: the kernel accepts, nothing
        // answers.
        TcpRelay relay(QHostAddress::LocalHost, m_server.port());
        QVERIFY(relay.listen());
        relay.setMode(TcpRelay::Mode::BlackHole);
        SshTarget silent = m_target;
        silent.port = relay.port();
        silent.connectTimeoutMs = 60000;
        auto interrupt = std::make_shared<SshInterrupt>();
        SshConnection connection(interrupt);
        std::thread stopper([interrupt] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            interrupt->forceStop();
        });
        QElapsedTimer clock;
        clock.start();
        const auto connected = connection.connectToHost(silent, *m_knownHosts, HostKeyPolicy::refuseUnknown(), 1);
        stopper.join();
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().kind, Error::Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!connection.isConnected());
    }
};

QTEST_GUILESS_MAIN(tst_SshConnection)
#include "tst_SshConnection.moc"
