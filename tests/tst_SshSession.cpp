// SshSession against a real OpenSSH sshd on loopback: host-key trust, commands and their output, files,
// servers that are not (yet) there, and many sessions at once without blocking the caller's thread.
#include "Await.h"
#include "ManagedProcess.h"
#include "Network.h"
#include "TcpRelay.h"
#include "TestSshServer.h"

#include "core/ShellQuote.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using quayside::Error;
using quayside::HostKeyCheck;
using quayside::HostKeyPolicy;
using quayside::KnownHosts;
using quayside::OutputStream;
using quayside::Result;
using quayside::RunOptions;
using quayside::RunResult;
using quayside::ShellQuote;
using quayside::SshKey;
using quayside::SshSession;
using quayside::SshTarget;
using quayside::test::await;
using quayside::test::fileMode;
using quayside::test::freeLoopbackPort;
using quayside::test::readFile;
using quayside::test::runTool;
using quayside::test::TcpRelay;
using quayside::test::TestSshServer;
using quayside::test::writeFile;

namespace {

struct Output
{
    QStringList out;
    QStringList err;
};

// Whether a process whose command line is exactly `commandLine` runs on this machine (where the sshd is).
bool isRunning(const QString &commandLine)
{
    return runTool(QStringLiteral("pgrep"), {QStringLiteral("-f"), QLatin1Char('^') + commandLine + QLatin1Char('$')})
        .ok();
}

} // namespace

class tst_SshSession : public QObject
{
    Q_OBJECT

private:
    TestSshServer m_server;
    SshKey m_key;
    QTemporaryDir m_dir;
    std::unique_ptr<KnownHosts> m_trusting;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    SshTarget target(quint16 port = 0) const
    {
        SshTarget target;
        target.host = m_server.host();
        target.port = port ? port : m_server.port();
        target.user = m_server.userName();
        target.identity = m_key;
        target.connectTimeoutMs = 10000;
        return target;
    }

    Result<void> connectSession(SshSession &session, const SshTarget &to, const KnownHosts &hosts,
                                const HostKeyPolicy &policy = HostKeyPolicy::refuseUnknown())
    {
        return await<void>([&](auto done) { session.connectToHost(to, &hosts, policy, &session, done); });
    }
    Result<void> connectSession(SshSession &session) { return connectSession(session, target(), *m_trusting); }

    Result<RunResult> run(SshSession &session, const QString &command, Output *output = nullptr,
                          const RunOptions &options = RunOptions())
    {
        return await<RunResult>([&](auto done) {
            session.run(
                command, options, &session,
                [output](OutputStream stream, const QString &line) {
                    if (output)
                        (stream == OutputStream::Stdout ? output->out : output->err) << line;
                },
                done);
        });
    }

    // The one line a command printed, or the error.
    QString runForLine(SshSession &session, const QString &command)
    {
        Output output;
        const auto ran = run(session, command, &output);
        if (!ran)
            return ran.error().toString();
        return output.out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const auto key = SshKey::fromPrivateKeyFile(m_server.clientKey());
        VERIFY_OK(key);
        m_key = key.value();
        const auto hostKey = SshKey::fromPublicKeyFile(m_server.hostPublicKey());
        VERIFY_OK(hostKey);
        m_trusting = std::make_unique<KnownHosts>(path(QStringLiteral("trusting_known_hosts")));
        VERIFY_OK(m_trusting->trust(m_server.host(), m_server.port(), hostKey.value()));
    }

    // ---- host keys

    void firstContactNeedsTheRightFingerprintAndIsRemembered()
    {
        const QString file = path(QStringLiteral("first-use/known_hosts"));
        const KnownHosts hosts(file);
        SshSession session;

        const auto refused = connectSession(session, target(), hosts);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Tls);
        QVERIFY2(refused.error().message.contains(m_server.hostKeyFingerprint()), qPrintable(refused.error().message));
        QCOMPARE(session.hostKeyCheck().status, HostKeyCheck::Status::Unknown);
        QCOMPARE(session.hostKeyCheck().presentedFingerprint, m_server.hostKeyFingerprint());
        QVERIFY(!session.isConnected());

        const QString wrong = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
        const auto mistaken = connectSession(session, target(), hosts, HostKeyPolicy::trustOnFirstUse(wrong));
        QVERIFY(!mistaken.ok());
        QCOMPARE(mistaken.error().kind, Error::Kind::Tls);
        QVERIFY2(mistaken.error().message.contains(wrong) &&
                     mistaken.error().message.contains(m_server.hostKeyFingerprint()),
                 qPrintable(mistaken.error().message));
        QVERIFY(!QFile::exists(file));

        VERIFY_OK(
            connectSession(session, target(), hosts, HostKeyPolicy::trustOnFirstUse(m_server.hostKeyFingerprint())));
        QVERIFY(session.isConnected());
        QCOMPARE(runForLine(session, QStringLiteral("echo first")), QStringLiteral("first"));
        const QByteArray entry =
            KnownHosts::hostPattern(m_server.host(), m_server.port()).toLatin1() + " ssh-ed25519 AAAA";
        QVERIFY(readFile(file).startsWith(entry));

        // Kept: a new session with a new object on the same file needs no confirmation.
        SshSession again;
        const KnownHosts reread(file);
        VERIFY_OK(connectSession(again, target(), reread));
        QCOMPARE(again.hostKeyCheck().status, HostKeyCheck::Status::Trusted);
        QCOMPARE(runForLine(again, QStringLiteral("echo again")), QStringLiteral("again"));
    }

    void aChangedHostKeyIsAHardStop()
    {
        TestSshServer rebuilt;
        QVERIFY2(rebuilt.start(), qPrintable(rebuilt.errorString()));
        const auto firstKey = SshKey::fromPublicKeyFile(m_server.hostPublicKey());
        VERIFY_OK(firstKey);
        // The file knows the rebuilt server's address by the first server's key.
        const QString file = path(QStringLiteral("changed_known_hosts"));
        KnownHosts hosts(file);
        VERIFY_OK(hosts.trust(rebuilt.host(), rebuilt.port(), firstKey.value()));
        const QByteArray before = readFile(file);
        const auto rebuiltKey = SshKey::fromPublicKeyFile(rebuilt.hostPublicKey());
        VERIFY_OK(rebuiltKey);
        const QString consoleLog = QStringLiteral("ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----\n"
                                                  "ec2: 256 %1 root@rebuilt (ED25519)\n"
                                                  "ec2: -----END SSH HOST KEY FINGERPRINTS-----\n")
                                       .arg(rebuilt.hostKeyFingerprint());

        const HostKeyPolicy policies[] = {HostKeyPolicy::refuseUnknown(),
                                          HostKeyPolicy::trustOnFirstUse(rebuilt.hostKeyFingerprint()),
                                          HostKeyPolicy::trustIfConsoleLogMatches(consoleLog)};
        for (const HostKeyPolicy &policy : policies) {
            SshSession session;
            const auto refused = connectSession(session, target(rebuilt.port()), hosts, policy);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Tls);
            const QString &message = refused.error().message;
            QVERIFY2(message.contains(rebuilt.hostKeyFingerprint()) &&
                         message.contains(m_server.hostKeyFingerprint()) && message.contains(QLatin1String("attack")) &&
                         message.contains(QLatin1String("rebuilt")),
                     qPrintable(message));
            QCOMPARE(session.hostKeyCheck().status, HostKeyCheck::Status::Changed);
            QCOMPARE(session.hostKeyCheck().storedFingerprints, QStringList{m_server.hostKeyFingerprint()});
            QVERIFY(!session.isConnected());
            QCOMPARE(readFile(file), before);
        }

        // After the user confirmed the new key, replace() lets the session in.
        VERIFY_OK(hosts.replace(rebuilt.host(), rebuilt.port(), rebuiltKey.value()));
        SshTarget to = target(rebuilt.port());
        const auto rebuiltClientKey = SshKey::fromPrivateKeyFile(rebuilt.clientKey());
        VERIFY_OK(rebuiltClientKey);
        to.identity = rebuiltClientKey.value();
        SshSession session;
        VERIFY_OK(connectSession(session, to, hosts));
    }

    void theConsoleLogDecidesFirstContact_data()
    {
        QTest::addColumn<QString>("fingerprints");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("says");
        QTest::newRow("listed") << QStringLiteral("SERVER") << true << QString();
        QTest::newRow("other keys") << QStringLiteral("SHA256:Qd2qt8q/Ro5XuzyI8cRtvAe/bKmJYCldjdLtzbxx1iQ") << false
                                    << QStringLiteral("not among those in its console log");
        QTest::newRow("nothing printed yet") << QString() << false << QStringLiteral("shows no SSH host key");
    }
    void theConsoleLogDecidesFirstContact()
    {
        QFETCH(QString, fingerprints);
        QFETCH(bool, accepted);
        QFETCH(QString, says);
        QString log = QStringLiteral("[   10.1] cloud-init[600]: Cloud-init v. 22.4.2 running 'modules:final'\n");
        if (!fingerprints.isEmpty()) {
            const QString fingerprint =
                fingerprints == QLatin1String("SERVER") ? m_server.hostKeyFingerprint() : fingerprints;
            log += QStringLiteral(
                       "<14>Nov  3 10:00:01 cloud-init: -----BEGIN SSH HOST KEY FINGERPRINTS-----\n"
                       "<14>Nov  3 10:00:01 cloud-init: 3072 SHA256:7jMFGC8q5wNRYnr4qyKlHX1U2wYdUbyqBKSKQ6EXJqM "
                       "root@web-1 (RSA)\n"
                       "<14>Nov  3 10:00:01 cloud-init: 256 %1 root@web-1 (ED25519)\n"
                       "<14>Nov  3 10:00:01 cloud-init: -----END SSH HOST KEY FINGERPRINTS-----\n")
                       .arg(fingerprint);
        }
        const QString file =
            path(QStringLiteral("console-%1/known_hosts")
                     .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        const KnownHosts hosts(file);
        SshSession session;
        const auto connected = connectSession(session, target(), hosts, HostKeyPolicy::trustIfConsoleLogMatches(log));
        QCOMPARE(connected.ok(), accepted);
        QCOMPARE(QFile::exists(file), accepted);
        if (accepted) {
            QCOMPARE(runForLine(session, QStringLiteral("echo verified")), QStringLiteral("verified"));
            return;
        }
        QCOMPARE(connected.error().kind, Error::Kind::Tls);
        QVERIFY2(connected.error().message.contains(says) &&
                     connected.error().message.contains(m_server.hostKeyFingerprint()),
                 qPrintable(connected.error().message));
    }

    // ---- commands

    void linesArriveInOrderPerStream()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        Output output;
        const auto ran = run(session,
                             QStringLiteral("for i in 1 2 3; do echo out$i; echo err$i >&2; done; "
                                            "printf 'tab\\there \\303\\244\\n\\n'; printf 'last without newline'"),
                             &output);
        VERIFY_OK(ran);
        QCOMPARE(ran.value().exitStatus, 0);
        QCOMPARE(output.out,
                 (QStringList{QStringLiteral("out1"), QStringLiteral("out2"), QStringLiteral("out3"),
                              QStringLiteral("tab\there \u00e4"), QString(), QStringLiteral("last without newline")}));
        QCOMPARE(output.err, (QStringList{QStringLiteral("err1"), QStringLiteral("err2"), QStringLiteral("err3")}));
        QVERIFY(ran.value().durationMs >= 0);
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("signal");
        QTest::newRow("0") << QStringLiteral("true") << 0 << QString();
        QTest::newRow("3") << QStringLiteral("exit 3") << 3 << QString();
        QTest::newRow("missing command") << QStringLiteral("no-such-command-quayside") << 127 << QString();
        QTest::newRow("killed") << QStringLiteral("kill -TERM $$") << -1 << QStringLiteral("TERM");
    }
    void exitStatuses()
    {
        QFETCH(QString, command);
        QFETCH(int, status);
        QFETCH(QString, signal);
        SshSession session;
        VERIFY_OK(connectSession(session));
        const auto ran = run(session, command);
        VERIFY_OK(ran);
        QCOMPARE(ran.value().exitStatus, status);
        QCOMPARE(ran.value().exitSignal, signal);
    }

    void largeOutputOnBothStreamsAtOnce()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        qint64 outLines = 0;
        qint64 errLines = 0;
        bool allWhole = true;
        const QString a(100, QLatin1Char('a'));
        const QString b(100, QLatin1Char('b'));
        const auto ran = await<RunResult>([&](auto done) {
            session.run(
                QStringLiteral("(head -c 3000000 /dev/zero | tr '\\0' a | fold -w 100 >&2) & "
                               "head -c 3000000 /dev/zero | tr '\\0' b | fold -w 100; wait"),
                RunOptions(), &session,
                [&](OutputStream stream, const QString &line) {
                    if (stream == OutputStream::Stdout) {
                        ++outLines;
                        allWhole = allWhole && line == b;
                    } else {
                        ++errLines;
                        allWhole = allWhole && line == a;
                    }
                },
                done);
        });
        VERIFY_OK(ran);
        QCOMPARE(ran.value().exitStatus, 0);
        QCOMPARE(outLines, qint64(30000));
        QCOMPARE(errLines, qint64(30000));
        QVERIFY(allWhole);
        QVERIFY2(ticks > 0, "the caller's event loop did not turn while output was streaming");
    }

    void standardInput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("out");
        QTest::newRow("lines") << QStringLiteral("cat") << QByteArray("one\ntwo\n")
                               << QStringList{QStringLiteral("one"), QStringLiteral("two")};
        QTest::newRow("none, closed at once")
            << QStringLiteral("cat; echo done") << QByteArray() << QStringList{QStringLiteral("done")};
        QTest::newRow("5 MB") << QStringLiteral("wc -c") << QByteArray(5000000, 'x')
                              << QStringList{QStringLiteral("5000000")};
        QTest::newRow("5 MB nobody reads")
            << QStringLiteral("echo ignored") << QByteArray(5000000, 'x') << QStringList{QStringLiteral("ignored")};
        QTest::newRow("secret through stdin") << QStringLiteral("read -r secret; echo ${#secret}")
                                              << QByteArray("p4ss w0rd\n") << QStringList{QStringLiteral("9")};
    }
    void standardInput()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, out);
        SshSession session;
        VERIFY_OK(connectSession(session));
        RunOptions options;
        options.stdinData = input;
        Output output;
        const auto ran = run(session, command, &output, options);
        VERIFY_OK(ran);
        QCOMPARE(output.out, out);
    }

    void aTimeoutKillsTheCommandAndKeepsTheSession()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        RunOptions options;
        options.timeoutMs = 800;
        QElapsedTimer clock;
        clock.start();
        const auto ran = run(session, QStringLiteral("echo before; sleep 31.4159; echo never"), nullptr, options);
        QVERIFY(!ran.ok());
        QCOMPARE(ran.error().kind, Error::Kind::Timeout);
        QVERIFY2(ran.error().message.contains(QLatin1String("0.8 s")), qPrintable(ran.error().message));
        QVERIFY2(clock.elapsed() < 20000, "the timeout did not end the command");
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(QStringLiteral("sleep 31.4159")), 10000);
        QVERIFY(session.isConnected());
        QCOMPARE(runForLine(session, QStringLiteral("echo still-here")), QStringLiteral("still-here"));
    }

    void cancelStopsTheRunningAndTheQueued()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        std::optional<Result<RunResult>> first;
        std::optional<Result<RunResult>> second;
        QStringList lines;
        session.run(
            QStringLiteral("echo started; sleep 32.718"), RunOptions(), &session,
            [&](OutputStream, const QString &line) {
                lines << line;
                session.cancel();
            },
            [&first](const Result<RunResult> &result) { first = result; });
        session.run(QStringLiteral("echo queued"), RunOptions(), &session, {},
                    [&second](const Result<RunResult> &result) { second = result; });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 20000);
        QCOMPARE(lines, QStringList{QStringLiteral("started")});
        QVERIFY(!first->ok());
        QCOMPARE(first->error().kind, Error::Kind::Cancelled);
        QVERIFY(!second->ok());
        QCOMPARE(second->error().kind, Error::Kind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(QStringLiteral("sleep 32.718")), 10000);
        QCOMPARE(runForLine(session, QStringLiteral("echo afterwards")), QStringLiteral("afterwards"));
    }

    void hostileValuesStayLiteral_data()
    {
        QTest::addColumn<QString>("value");
        const QString marker = path(QStringLiteral("pwned"));
        QTest::newRow("single quotes") << QStringLiteral("it's 'quoted' ''");
        QTest::newRow("command substitution") << QStringLiteral("$(touch %1)").arg(marker);
        QTest::newRow("backticks") << QStringLiteral("`touch %1`").arg(marker);
        QTest::newRow("newlines") << QStringLiteral("first\ntouch %1\nlast").arg(marker);
        QTest::newRow("semicolon") << QStringLiteral("x; touch %1").arg(marker);
        QTest::newRow("spaces and globs") << QStringLiteral("  two  spaces * ? [a] ~ ");
        QTest::newRow("variables") << QStringLiteral("$HOME ${PATH} $0");
        QTest::newRow("double quotes and backslashes") << QStringLiteral("\"a\\\" \\\\ \\n");
        QTest::newRow("pipes and redirections") << QStringLiteral("| touch %1 > %1 && touch %1 &").arg(marker);
    }
    void hostileValuesStayLiteral()
    {
        QFETCH(QString, value);
        SshSession session;
        VERIFY_OK(connectSession(session));
        const auto quoted = ShellQuote::quote(value);
        VERIFY_OK(quoted);
        Output output;
        const auto ran = run(session, QStringLiteral("printf '%s' ") + quoted.value(), &output);
        VERIFY_OK(ran);
        QCOMPARE(ran.value().exitStatus, 0);
        QCOMPARE(output.out.join(QLatin1Char('\n')), value);
        QVERIFY(output.err.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("pwned"))));
    }

    // ---- files

    void uploadsWithTheirMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("content");
        QByteArray everyByte;
        for (int byte = 0; byte < 256; ++byte)
            everyByte += char(byte);
        QTest::newRow("0600 secret") << 0600 << QByteArray("-----BEGIN PRIVATE KEY-----\nsecret\n");
        QTest::newRow("0644 every byte") << 0644 << everyByte;
        QTest::newRow("0755 script") << 0755 << QByteArray("#!/bin/sh\necho hello\n");
        QTest::newRow("0644 two megabytes") << 0644 << QByteArray(2 * 1024 * 1024 + 7, 'z');
        QTest::newRow("0644 empty") << 0644 << QByteArray();
    }
    void uploadsWithTheirMode()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, content);
        const QString folder = path(QStringLiteral("uploads"));
        QVERIFY(QDir().mkpath(folder));
        const QString remote = folder + QStringLiteral("/file-") + QString::number(mode, 8);
        QVERIFY(writeFile(remote, "an older version that is longer than some of the new ones\n"));
        QVERIFY(QFile::setPermissions(remote, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ReadOther | QFileDevice::WriteOther));

        SshSession session;
        VERIFY_OK(connectSession(session));
        VERIFY_OK(await<void>([&](auto done) { session.upload(content, remote, mode, QString(), &session, done); }));
        QCOMPARE(readFile(remote), content);
        QCOMPARE(fileMode(remote), mode);
        QCOMPARE(runForLine(session, QStringLiteral("stat -c %a ") + ShellQuote::quote(remote).value()),
                 QString::number(mode, 8));
        const QStringList left =
            QDir(folder).entryList({QStringLiteral("*quayside-*")}, QDir::Files | QDir::Hidden | QDir::System);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

        const auto downloaded = await<QByteArray>([&](auto done) { session.download(remote, &session, done); });
        VERIFY_OK(downloaded);
        QCOMPARE(downloaded.value(), content);
    }

    void uploadSetsTheOwner()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        const QString remote = path(QStringLiteral("owned.conf"));
        VERIFY_OK(await<void>([&](auto done) {
            session.upload("owned\n", remote, 0640, QStringLiteral("nobody:nogroup"), &session, done);
        }));
        QCOMPARE(runForLine(session, QStringLiteral("stat -c '%U:%G %a' ") + ShellQuote::quote(remote).value()),
                 QStringLiteral("nobody:nogroup 640"));

        const QString refusedPath = path(QStringLiteral("not-owned.conf"));
        const auto refused = await<void>([&](auto done) {
            session.upload("x", refusedPath, 0644, QStringLiteral("no-such-user-quayside"), &session, done);
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Io);
        QVERIFY2(refused.error().message.contains(QLatin1String("no-such-user-quayside")),
                 qPrintable(refused.error().message));
        QVERIFY(!QFile::exists(refusedPath));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral(".not-owned.conf.quayside-*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());

        const auto hostile = await<void>(
            [&](auto done) { session.upload("x", refusedPath, 0644, QStringLiteral("root;touch x"), &session, done); });
        QVERIFY(!hostile.ok());
        QCOMPARE(hostile.error().kind, Error::Kind::InvalidInput);
    }

    void fileErrorsAreClear()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        const QString missingFolder = path(QStringLiteral("no/such/folder/nginx.conf"));
        const auto uploaded =
            await<void>([&](auto done) { session.upload("x", missingFolder, 0644, QString(), &session, done); });
        QVERIFY(!uploaded.ok());
        QCOMPARE(uploaded.error().kind, Error::Kind::NotFound);
        QVERIFY2(uploaded.error().message.contains(path(QStringLiteral("no/such/folder/"))) &&
                     uploaded.error().message.contains(QLatin1String("does not exist")) &&
                     uploaded.error().message.contains(target().where()),
                 qPrintable(uploaded.error().message));

        const auto downloaded = await<QByteArray>(
            [&](auto done) { session.download(path(QStringLiteral("no-such-file")), &session, done); });
        QVERIFY(!downloaded.ok());
        QCOMPARE(downloaded.error().kind, Error::Kind::NotFound);

        QFile large(path(QStringLiteral("too-large")));
        QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(SshSession::kLargestDownload + 1));
        large.close();
        const auto tooLarge = await<QByteArray>([&](auto done) { session.download(large.fileName(), &session, done); });
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(tooLarge.error().message.contains(QLatin1String("larger than")), qPrintable(tooLarge.error().message));

        const auto intoFolder =
            await<void>([&](auto done) { session.upload("x", m_dir.path(), 0644, QString(), &session, done); });
        QVERIFY(!intoFolder.ok());
        QCOMPARE(intoFolder.error().kind, Error::Kind::InvalidInput);
        // The session is still good.
        QCOMPARE(runForLine(session, QStringLiteral("echo fine")), QStringLiteral("fine"));
    }

    void aDroppedConnectionEndsTheCommand()
    {
        TcpRelay relay(QHostAddress::LocalHost, m_server.port());
        QVERIFY(relay.listen());
        const KnownHosts hosts(path(QStringLiteral("dropped-command_known_hosts")));
        SshSession session;
        VERIFY_OK(connectSession(session, target(relay.port()), hosts,
                                 HostKeyPolicy::trustOnFirstUse(m_server.hostKeyFingerprint())));
        Output output;
        std::optional<Result<RunResult>> ran;
        session.run(
            QStringLiteral("echo started; sleep 9.75"), RunOptions(), &session,
            [&](OutputStream, const QString &line) {
                output.out << line;
                relay.dropAll();
            },
            [&ran](const Result<RunResult> &result) { ran = result; });
        QTRY_VERIFY_WITH_TIMEOUT(ran.has_value(), 20000);
        QCOMPARE(output.out, QStringList{QStringLiteral("started")});
        QVERIFY(!ran->ok());
        QCOMPARE(ran->error().kind, Error::Kind::Network);
        QVERIFY2(ran->error().message.contains(QLatin1String("was lost")), qPrintable(ran->error().message));
        QVERIFY(!session.isConnected());
        const auto after = run(session, QStringLiteral("echo no"));
        QVERIFY(!after.ok());
        QVERIFY2(after.error().message.contains(QLatin1String("Not connected")), qPrintable(after.error().message));
    }

    void aDroppedUploadLeavesTheOldFileWhole()
    {
        TcpRelay relay(QHostAddress::LocalHost, m_server.port());
        QVERIFY(relay.listen());
        const KnownHosts hosts(path(QStringLiteral("dropped-upload_known_hosts")));
        SshSession session;
        VERIFY_OK(connectSession(session, target(relay.port()), hosts,
                                 HostKeyPolicy::trustOnFirstUse(m_server.hostKeyFingerprint())));
        const QString folder = path(QStringLiteral("dropped-upload"));
        QVERIFY(QDir().mkpath(folder));
        const QString remote = folder + QStringLiteral("/site.conf");
        QVERIFY(writeFile(remote, "the good config\n"));
        // Cut the connection once the temporary file exists, while the data is still on its way.
        bool dropped = false;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (QDir(folder).entryList({QStringLiteral(".site.conf.quayside-*")}, QDir::Files | QDir::Hidden).isEmpty())
                return;
            relay.dropAll();
            dropped = true;
            watcher.stop();
        });
        watcher.start(1);
        const auto uploaded = await<void>([&](auto done) {
            session.upload(QByteArray(64 * 1024 * 1024, 'x'), remote, 0644, QString(), &session, done);
        });
        QVERIFY(dropped);
        QVERIFY(!uploaded.ok());
        QCOMPARE(uploaded.error().kind, Error::Kind::Network);
        QCOMPARE(readFile(remote), QByteArray("the good config\n"));
        QVERIFY(!session.isConnected());
    }

    // ---- servers that are not there yet, or never

    void nothingListeningFailsFast()
    {
        SshSession session;
        SshTarget to = target(freeLoopbackPort());
        to.attempts = 1;
        QElapsedTimer clock;
        clock.start();
        const auto connected = connectSession(session, to, *m_trusting);
        QVERIFY(!connected.ok());
        QVERIFY2(clock.elapsed() < to.connectTimeoutMs / 4, "a refused connection waited for the connect timeout");
        QCOMPARE(connected.error().kind, Error::Kind::Network);
        QVERIFY2(connected.error().message.contains(QLatin1String("refused")) &&
                     connected.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(to.port)),
                 qPrintable(connected.error().message));
    }

    void retriesUntilTheServerAnswers_data()
    {
        QTest::addColumn<bool>("refusedAtFirst");
        QTest::newRow("refused, then listening") << true;
        QTest::newRow("dropped before the greeting, then answering") << false;
    }
    void retriesUntilTheServerAnswers()
    {
        QFETCH(bool, refusedAtFirst);
        TcpRelay relay(QHostAddress::LocalHost, m_server.port());
        quint16 port = 0;
        bool listening = false;
        if (refusedAtFirst) {
            port = freeLoopbackPort();
            QTimer::singleShot(1000, &relay, [&] { listening = relay.listen(port); });
        } else {
            QVERIFY(relay.listen());
            port = relay.port();
            relay.setMode(TcpRelay::Mode::Cut);
            QTimer::singleShot(1000, &relay, [&] {
                relay.setMode(TcpRelay::Mode::Forward);
                listening = true;
            });
        }
        SshTarget to = target(port);
        to.attempts = 30;
        to.retryPauseMs = 200;
        to.connectTimeoutMs = 3000;
        const KnownHosts hosts(path(QStringLiteral("retry-%1_known_hosts").arg(port)));
        SshSession session;
        QElapsedTimer clock;
        clock.start();
        VERIFY_OK(connectSession(session, to, hosts, HostKeyPolicy::trustOnFirstUse(m_server.hostKeyFingerprint())));
        QVERIFY(listening);
        QVERIFY2(clock.elapsed() >= 900, "connected before the server was there");
        QCOMPARE(runForLine(session, QStringLiteral("echo through-the-relay")), QStringLiteral("through-the-relay"));
    }

    void aSilentServerTimesOut()
    {
        TcpRelay relay(QHostAddress::LocalHost, m_server.port());
        QVERIFY(relay.listen());
        relay.setMode(TcpRelay::Mode::BlackHole);
        SshTarget to = target(relay.port());
        to.connectTimeoutMs = 1500;
        to.attempts = 1;
        SshSession session;
        QElapsedTimer clock;
        clock.start();
        const auto connected = connectSession(session, to, *m_trusting);
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().kind, Error::Kind::Timeout);
        QVERIFY2(connected.error().message.contains(QLatin1String("no SSH greeting within 1.5 s")),
                 qPrintable(connected.error().message));
        QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void cancelEndsAHandshake()
    {
        TcpRelay relay(QHostAddress::LocalHost, m_server.port());
        QVERIFY(relay.listen());
        relay.setMode(TcpRelay::Mode::BlackHole);
        SshTarget to = target(relay.port());
        to.connectTimeoutMs = 60000;
        to.attempts = 5;
        SshSession session;
        std::optional<Result<void>> connected;
        session.connectToHost(to, m_trusting.get(), HostKeyPolicy::refuseUnknown(), &session,
                              [&connected](const Result<void> &result) { connected = result; });
        QTRY_VERIFY_WITH_TIMEOUT(relay.connectionCount() == 1, 10000);
        QElapsedTimer clock;
        clock.start();
        session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(connected.has_value(), 10000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!connected->ok());
        QCOMPARE(connected->error().kind, Error::Kind::Cancelled);
        QVERIFY(!session.isConnected());
        // The session is usable again: the next connect goes to the real server.
        VERIFY_OK(connectSession(session));
    }

    void aRefusedLoginIsNotRetried()
    {
        const auto stranger = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("stranger"));
        VERIFY_OK(stranger);
        SshTarget to = target();
        to.identity = stranger.value();
        to.attempts = 5;
        to.retryPauseMs = 3000;
        SshSession session;
        QElapsedTimer clock;
        clock.start();
        const auto connected = connectSession(session, to, *m_trusting);
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(clock.elapsed() < 3000, "a refused login was tried again");
        QVERIFY2(connected.error().message.contains(stranger.value().fingerprint()) &&
                     connected.error().message.contains(to.where()),
                 qPrintable(connected.error().message));
    }

    // ---- the caller's side

    void operationsWaitForTheConnection()
    {
        SshSession session;
        std::optional<Result<void>> connected;
        std::optional<Result<RunResult>> ran;
        QStringList lines;
        session.connectToHost(target(), m_trusting.get(), HostKeyPolicy::refuseUnknown(), &session,
                              [&connected](const Result<void> &result) { connected = result; });
        session.run(
            QStringLiteral("echo queued-behind-connect"), RunOptions(), &session,
            [&lines](OutputStream, const QString &line) { lines << line; },
            [&ran](const Result<RunResult> &result) { ran = result; });
        // Nothing is answered inside the call that asked.
        QVERIFY(!connected && !ran);
        QVERIFY(session.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(ran.has_value(), 20000);
        QVERIFY(connected && connected->ok());
        VERIFY_OK(*ran);
        QCOMPARE(lines, QStringList{QStringLiteral("queued-behind-connect")});
        QVERIFY(!session.isBusy());

        // If connecting fails, what waited for it fails too.
        SshSession failing;
        SshTarget nowhere = target(freeLoopbackPort());
        std::optional<Result<RunResult>> orphan;
        failing.connectToHost(nowhere, m_trusting.get(), HostKeyPolicy::refuseUnknown(), &failing,
                              [](const Result<void> &) {});
        failing.run(QStringLiteral("echo never"), RunOptions(), &failing, {},
                    [&orphan](const Result<RunResult> &result) { orphan = result; });
        QTRY_VERIFY_WITH_TIMEOUT(orphan.has_value(), 20000);
        QVERIFY(!orphan->ok());
        QCOMPARE(orphan->error().kind, Error::Kind::Network);
        QVERIFY2(orphan->error().message.contains(QLatin1String("Not connected")), qPrintable(orphan->error().message));
    }

    void aDestroyedContextGetsNoCallback()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        bool running = false;
        bool skipped = false;
        auto *runningContext = new QObject;
        auto *queuedContext = new QObject;
        const QString marker = path(QStringLiteral("must-not-exist"));
        session.run(
            QStringLiteral("sleep 0.5; echo late"), RunOptions(), runningContext,
            [&running](OutputStream, const QString &) { running = true; },
            [&running](const Result<RunResult> &) { running = true; });
        session.run(QStringLiteral("touch ") + ShellQuote::quote(marker).value(), RunOptions(), queuedContext, {},
                    [&skipped](const Result<RunResult> &) { skipped = true; });
        QTest::qWait(100);
        delete runningContext;
        delete queuedContext;
        // Runs after both: by then the first has ended and the second was passed over.
        QCOMPARE(runForLine(session, QStringLiteral("echo last")), QStringLiteral("last"));
        QVERIFY(!running);
        QVERIFY(!skipped);
        QVERIFY(!QFile::exists(marker));
    }

    void disconnectedSessionsRefuseWork()
    {
        SshSession session;
        VERIFY_OK(connectSession(session));
        session.disconnectFromHost();
        QVERIFY(!session.isConnected());
        const auto ran = run(session, QStringLiteral("echo no"));
        QVERIFY(!ran.ok());
        QCOMPARE(ran.error().kind, Error::Kind::Network);
        QVERIFY2(ran.error().message.contains(target().where()), qPrintable(ran.error().message));
        VERIFY_OK(connectSession(session));
        QCOMPARE(runForLine(session, QStringLiteral("echo back")), QStringLiteral("back"));
    }

    void manySessionsAtOnceWithoutBlockingTheCaller()
    {
        constexpr int kSessions = 4;
        const QString folder = path(QStringLiteral("together"));
        QVERIFY(QDir().mkpath(folder));
        const QString quotedFolder = ShellQuote::quote(folder).value();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);

        std::vector<std::unique_ptr<SshSession>> sessions;
        std::vector<std::optional<Result<RunResult>>> results(kSessions);
        std::vector<QStringList> lines(kSessions);
        for (int n = 0; n < kSessions; ++n) {
            sessions.push_back(std::make_unique<SshSession>());
            SshSession &session = *sessions.back();
            session.connectToHost(target(), m_trusting.get(), HostKeyPolicy::refuseUnknown(), &session,
                                  [](const Result<void> &) {});
            // Each command waits until every one has started: they can only all finish if they run at once.
            session.run(
                QStringLiteral("touch %1/started-%2; i=0; "
                               "while [ $(ls %1 | grep -c started-) -lt %3 ]; do "
                               "sleep 0.1; i=$((i+1)); [ $i -gt 300 ] && exit 9; done; echo together-%2")
                    .arg(quotedFolder)
                    .arg(n)
                    .arg(kSessions),
                RunOptions(), &session, [&lines, n](OutputStream, const QString &line) { lines[size_t(n)] << line; },
                [&results, n](const Result<RunResult> &result) { results[size_t(n)] = result; });
        }
        // And a host that is not there fails on its own, holding up no one.
        SshSession broken;
        std::optional<Result<void>> brokenResult;
        broken.connectToHost(target(freeLoopbackPort()), m_trusting.get(), HostKeyPolicy::refuseUnknown(), &broken,
                             [&brokenResult](const Result<void> &result) { brokenResult = result; });

        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(results.cbegin(), results.cend(), [](const auto &result) { return result.has_value(); }),
            60000);
        for (int n = 0; n < kSessions; ++n) {
            VERIFY_OK(*results[size_t(n)]);
            QCOMPARE(results[size_t(n)]->value().exitStatus, 0);
            QCOMPARE(lines[size_t(n)], QStringList{QStringLiteral("together-%1").arg(n)});
        }
        QVERIFY(brokenResult.has_value() && !brokenResult->ok());
        QVERIFY2(ticks >= 5, qPrintable(QStringLiteral("the timer ticked %1 times").arg(ticks)));
    }

    void destroyingASessionDoesNotWaitForItsWork_data()
    {
        QTest::addColumn<bool>("duringHandshake");
        QTest::newRow("running a command") << false;
        QTest::newRow("in the handshake") << true;
    }
    void destroyingASessionDoesNotWaitForItsWork()
    {
        QFETCH(bool, duringHandshake);
        TcpRelay relay(QHostAddress::LocalHost, m_server.port());
        QVERIFY(relay.listen());
        relay.setMode(TcpRelay::Mode::BlackHole);
        bool called = false;
        auto *session = new SshSession;
        if (duringHandshake) {
            SshTarget to = target(relay.port());
            to.connectTimeoutMs = 60000;
            session->connectToHost(to, m_trusting.get(), HostKeyPolicy::refuseUnknown(), this,
                                   [&called](const Result<void> &) { called = true; });
            QTRY_VERIFY_WITH_TIMEOUT(relay.connectionCount() == 1, 10000);
        } else {
            VERIFY_OK(connectSession(*session));
            session->run(QStringLiteral("sleep 33.5"), RunOptions(), this, {},
                         [&called](const Result<RunResult> &) { called = true; });
            QTRY_VERIFY_WITH_TIMEOUT(isRunning(QStringLiteral("sleep 33.5")), 10000);
        }
        QElapsedTimer clock;
        clock.start();
        delete session;
        QVERIFY2(clock.elapsed() < SshSession::kGracefulStopMs + SshSession::kForcedStopMs,
                 qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(200);
        QVERIFY(!called);
        if (!duringHandshake)
            QTRY_VERIFY_WITH_TIMEOUT(!isRunning(QStringLiteral("sleep 33.5")), 10000);
    }
};

QTEST_GUILESS_MAIN(tst_SshSession)
#include "tst_SshSession.moc"
