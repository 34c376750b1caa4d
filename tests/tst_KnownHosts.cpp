// KnownHosts: the file format as OpenSSH writes it (ssh-keyscan, ssh-keygen -H), trust and replacement,
// and the fingerprints cloud-init prints to a new server's console.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestSshServer.h"

#include "ssh/KnownHosts.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using quayside::ConsoleFingerprint;
using quayside::Error;
using quayside::HostKeyCheck;
using quayside::KnownHosts;
using quayside::SshKey;
using quayside::test::readFile;
using quayside::test::runTool;
using quayside::test::TestSshServer;
using quayside::test::ToolResult;
using quayside::test::writeFile;

namespace {

// Console output as a Nova server's log shows it after cloud-init's first boot (syslog-style prefixes, the
// fingerprint block, then the key block), around the fingerprint lines given.
QString cloudInitLog(const QStringList &fingerprintLines, const QStringList &keyLines, const QString &prefix)
{
    QString log = QStringLiteral("[    0.000000] Linux version 6.1.0-13-cloud-amd64 (debian-kernel@lists.debian.org)\n"
                                 "[   12.345678] cloud-init[612]: Cloud-init v. 22.4.2 running 'modules:final'\n"
                                 "%1#############################################################\n"
                                 "%1-----BEGIN SSH HOST KEY FINGERPRINTS-----\n")
                      .arg(prefix);
    for (const QString &line : fingerprintLines)
        log += prefix + line + QLatin1Char('\n');
    log += QStringLiteral("%1-----END SSH HOST KEY FINGERPRINTS-----\n"
                          "%1#############################################################\n"
                          "-----BEGIN SSH HOST KEY KEYS-----\n")
               .arg(prefix);
    for (const QString &line : keyLines)
        log += line + QLatin1Char('\n');
    log += QStringLiteral("-----END SSH HOST KEY KEYS-----\n"
                          "[   13.000001] cloud-init[612]: Cloud-init v. 22.4.2 finished. Up 13.00 seconds\n"
                          "\n"
                          "Debian GNU/Linux 12 web-1 ttyS0\n"
                          "\n"
                          "web-1 login: \n");
    return log;
}

QString keygenListing(const QString &publicKeyPath, const QString &hash)
{
    const ToolResult listed = runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), hash,
                                                                     QStringLiteral("-f"), publicKeyPath});
    return listed.ok() ? QString::fromLatin1(listed.out).trimmed() : QString();
}

} // namespace

class tst_KnownHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SshKey m_first;
    SshKey m_second;
    QString m_firstPublicPath;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    SshKey makeKey(const QString &name, const QString &type)
    {
        const QString keyPath = path(name);
        const ToolResult made =
            runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString(),
                     QStringLiteral("-C"), QStringLiteral("root@web-1"), QStringLiteral("-f"), keyPath});
        if (!made.ok())
            return {};
        const auto key = SshKey::fromPublicKeyFile(keyPath + QStringLiteral(".pub"));
        return key ? key.value() : SshKey();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = makeKey(QStringLiteral("host_ed25519"), QStringLiteral("ed25519"));
        m_second = makeKey(QStringLiteral("other_ed25519"), QStringLiteral("ed25519"));
        m_firstPublicPath = path(QStringLiteral("host_ed25519.pub"));
        QVERIFY(!m_first.isNull() && !m_second.isNull());
    }

    void defaultPathIsTheAppsForBothFrontEnds()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Quayside-test"));
        QCoreApplication::setApplicationName(QStringLiteral("Quayside"));
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
        QCOMPARE(KnownHosts::defaultPath(), expected);
        // quaysidectl trusts the hosts the app trusts, and the other way round.
        QCoreApplication::setApplicationName(QStringLiteral("quaysidectl"));
        QCOMPARE(KnownHosts::defaultPath(), expected);
        QCoreApplication::setApplicationName(QStringLiteral("Quayside"));
    }

    void hostPatterns_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("port 22") << QStringLiteral("203.0.113.7") << 22 << QStringLiteral("203.0.113.7");
        QTest::newRow("other port") << QStringLiteral("203.0.113.7") << 2222 << QStringLiteral("[203.0.113.7]:2222");
        QTest::newRow("name in capitals")
            << QStringLiteral("Web-1.Example.COM") << 22 << QStringLiteral("web-1.example.com");
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::5") << 2200 << QStringLiteral("[2001:db8::5]:2200");
    }
    void hostPatterns()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, pattern);
        QCOMPARE(KnownHosts::hostPattern(host, quint16(port)), pattern);
    }

    void trustIsKeptAndSeenByEveryObjectOnTheFile()
    {
        const QString file = path(QStringLiteral("new-folder/known_hosts"));
        KnownHosts hosts(file);
        const auto before = hosts.check(QStringLiteral("203.0.113.7"), 2222, m_first);
        VERIFY_OK(before);
        QCOMPARE(before.value().status, HostKeyCheck::Status::Unknown);
        QCOMPARE(before.value().presentedFingerprint, m_first.fingerprint());

        VERIFY_OK(hosts.trust(QStringLiteral("203.0.113.7"), 2222, m_first));
        const QByteArray written = readFile(file);
        QCOMPARE(written, QStringLiteral("[203.0.113.7]:2222 ssh-ed25519 %1\n")
                              .arg(QString::fromLatin1(m_first.publicKeyBlob().toBase64()))
                              .toLatin1());
        QCOMPARE(quayside::test::fileMode(file), 0644);

        const KnownHosts fresh(file);
        const auto after = fresh.check(QStringLiteral("203.0.113.7"), 2222, m_first);
        VERIFY_OK(after);
        QCOMPARE(after.value().status, HostKeyCheck::Status::Trusted);
        // Another port of the same address is another host.
        QCOMPARE(fresh.check(QStringLiteral("203.0.113.7"), 22, m_first).value().status, HostKeyCheck::Status::Unknown);

        // Trusting again changes nothing: no second line.
        VERIFY_OK(hosts.trust(QStringLiteral("203.0.113.7"), 2222, m_first));
        QCOMPARE(readFile(file), written);
    }

    void aChangedKeyIsRefusedUntilReplaced()
    {
        const QString file = path(QStringLiteral("changed_known_hosts"));
        KnownHosts hosts(file);
        VERIFY_OK(hosts.trust(QStringLiteral("web-1.example.com"), 22, m_first));
        const QByteArray before = readFile(file);

        const auto changed = hosts.check(QStringLiteral("WEB-1.example.com"), 22, m_second);
        VERIFY_OK(changed);
        QCOMPARE(changed.value().status, HostKeyCheck::Status::Changed);
        QCOMPARE(changed.value().presentedFingerprint, m_second.fingerprint());
        QCOMPARE(changed.value().storedFingerprints, QStringList{m_first.fingerprint()});

        const auto refused = hosts.trust(QStringLiteral("web-1.example.com"), 22, m_second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(m_first.fingerprint()) &&
                     refused.error().message.contains(m_second.fingerprint()),
                 qPrintable(refused.error().message));
        QCOMPARE(readFile(file), before);

        VERIFY_OK(hosts.replace(QStringLiteral("web-1.example.com"), 22, m_second));
        QCOMPARE(hosts.check(QStringLiteral("web-1.example.com"), 22, m_second).value().status,
                 HostKeyCheck::Status::Trusted);
        QCOMPARE(hosts.check(QStringLiteral("web-1.example.com"), 22, m_first).value().status,
                 HostKeyCheck::Status::Changed);
        QCOMPARE(readFile(file).count('\n'), 1);

        VERIFY_OK(hosts.forget(QStringLiteral("web-1.example.com"), 22));
        QCOMPARE(hosts.check(QStringLiteral("web-1.example.com"), 22, m_second).value().status,
                 HostKeyCheck::Status::Unknown);
    }

    void readsWhatOpenSshWrites()
    {
        TestSshServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QStringList arguments = {QStringLiteral("-p"), QString::number(server.port()), QStringLiteral("-t"),
                                       QStringLiteral("ed25519"), server.host()};
        const ToolResult scanned = runTool(QStringLiteral("ssh-keyscan"), arguments);
        QVERIFY2(scanned.ok() && !scanned.out.isEmpty(),
                 qPrintable(scanned.describe(QStringLiteral("ssh-keyscan"), arguments)));
        const QString file = path(QStringLiteral("scanned_known_hosts"));
        QVERIFY(writeFile(file, "# made by ssh-keyscan\n\n" + scanned.out));
        const auto hostKey = SshKey::fromPublicKeyFile(server.hostPublicKey());
        VERIFY_OK(hostKey);

        const KnownHosts hosts(file);
        auto checked = hosts.check(server.host(), server.port(), hostKey.value());
        VERIFY_OK(checked);
        QCOMPARE(checked.value().status, HostKeyCheck::Status::Trusted);
        QCOMPARE(checked.value().presentedFingerprint, server.hostKeyFingerprint());

        // Hashed host names (HashKnownHosts) are understood too.
        const ToolResult hashed =
            runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), file});
        QVERIFY2(hashed.ok(), hashed.err.constData());
        QVERIFY(readFile(file).startsWith("# made by ssh-keyscan\n"));
        QVERIFY(readFile(file).contains("|1|"));
        QVERIFY(!readFile(file).contains(server.host().toLatin1()));
        checked = hosts.check(server.host(), server.port(), hostKey.value());
        VERIFY_OK(checked);
        QCOMPARE(checked.value().status, HostKeyCheck::Status::Trusted);
        QCOMPARE(hosts.check(server.host(), server.port(), m_first).value().status, HostKeyCheck::Status::Changed);
    }

    void replacingKeepsEverythingElse()
    {
        const QString file = path(QStringLiteral("shared_known_hosts"));
        const QByteArray blob = m_first.publicKeyBlob().toBase64();
        QVERIFY(writeFile(file, "# kept by hand\n"
                                "web-1,web-1.example.com ssh-ed25519 " +
                                    blob +
                                    " a comment\n"
                                    "[db-1]:2222 ssh-ed25519 " +
                                    blob +
                                    "\n"
                                    "@cert-authority *.example.com ssh-ed25519 " +
                                    blob + "\n"));
        KnownHosts hosts(file);
        QCOMPARE(hosts.check(QStringLiteral("web-1"), 22, m_first).value().status, HostKeyCheck::Status::Trusted);
        QCOMPARE(hosts.check(QStringLiteral("web-1.example.com"), 22, m_first).value().status,
                 HostKeyCheck::Status::Trusted);
        // A @cert-authority line is no host key of its own.
        QCOMPARE(hosts.check(QStringLiteral("app.example.com"), 22, m_first).value().status,
                 HostKeyCheck::Status::Unknown);

        VERIFY_OK(hosts.replace(QStringLiteral("web-1"), 22, m_second));
        const QByteArray after = readFile(file);
        const QByteArray kept = "# kept by hand\nweb-1.example.com ssh-ed25519 " + blob +
                                " a comment\n"
                                "[db-1]:2222 ssh-ed25519 " +
                                blob + "\n@cert-authority";
        QVERIFY2(after.startsWith(kept), after.constData());
        const QByteArray added = "web-1 ssh-ed25519 " + m_second.publicKeyBlob().toBase64() + "\n";
        QVERIFY2(after.endsWith(added), after.constData());
        QCOMPARE(hosts.check(QStringLiteral("web-1"), 22, m_second).value().status, HostKeyCheck::Status::Trusted);
        QCOMPARE(hosts.check(QStringLiteral("web-1.example.com"), 22, m_first).value().status,
                 HostKeyCheck::Status::Trusted);
        QCOMPARE(hosts.check(QStringLiteral("db-1"), 2222, m_first).value().status, HostKeyCheck::Status::Trusted);
    }

    void anUnreadableFileIsAnError()
    {
        const QString folder = path(QStringLiteral("a-folder-not-a-file"));
        QVERIFY(QDir().mkpath(folder));
        KnownHosts hosts(folder);
        const auto checked = hosts.check(QStringLiteral("web-1"), 22, m_first);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::Io);
        QVERIFY2(checked.error().message.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(checked.error().message));
        QVERIFY(!hosts.trust(QStringLiteral("web-1"), 22, m_first).ok());
    }

    void consoleLogFingerprints_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<bool>("matches");

        const QString sha256 = keygenListing(m_firstPublicPath, QStringLiteral("sha256")); // 256 SHA256:... c (ED25519)
        const QString md5 = keygenListing(m_firstPublicPath, QStringLiteral("md5"));       // 256 MD5:aa:... c (ED25519)
        const QString otherSha256 = keygenListing(path(QStringLiteral("other_ed25519.pub")), QStringLiteral("sha256"));
        const QString rsaLine =
            QStringLiteral("3072 SHA256:7jMFGC8q5wNRYnr4qyKlHX1U2wYdUbyqBKSKQ6EXJqM root@web-1 (RSA)");
        const QString ecdsaLine =
            QStringLiteral("256 SHA256:Qd2qt8q/Ro5XuzyI8cRtvAe/bKmJYCldjdLtzbxx1iQ root@web-1 (ECDSA)");
        const QString keyLine = m_first.publicKeyLine();
        const QString syslog = QStringLiteral("<14>Nov  3 10:00:01 cloud-init: ");

        QTest::newRow("cloud-init, syslog prefix") << cloudInitLog({ecdsaLine, sha256, rsaLine}, {}, syslog) << true;
        QTest::newRow("cloud-init, ec2: prefix")
            << cloudInitLog({ecdsaLine, sha256}, {}, QStringLiteral("ec2: ")) << true;
        QTest::newRow("no prefix, CRLF")
            << cloudInitLog({sha256}, {}, QString()).replace(QLatin1Char('\n'), QStringLiteral("\r\n")) << true;
        // Old cloud-init: bare MD5 hex and the key file's path.
        QString oldMd5 = md5;
        oldMd5.replace(QStringLiteral("MD5:"), QString());
        oldMd5 =
            oldMd5.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" /etc/ssh/ssh_host_ed25519_key.pub (ED25519)");
        QTest::newRow("old cloud-init, MD5") << cloudInitLog({oldMd5}, {}, QStringLiteral("ec2: ")) << true;
        QTest::newRow("key block only") << cloudInitLog({ecdsaLine}, {keyLine}, syslog) << true;

        QTest::newRow("other keys only") << cloudInitLog({ecdsaLine, otherSha256, rsaLine}, {}, syslog) << false;
        QTest::newRow("no block at all") << QStringLiteral("[    0.000000] Linux version 6.1.0\nweb-1 login: \n")
                                         << false;
        QTest::newRow("fingerprint outside the block")
            << QStringLiteral("someone echoed: ") + sha256 + QLatin1Char('\n') + cloudInitLog({ecdsaLine}, {}, syslog)
            << false;
        QTest::newRow("unfinished block")
            << QStringLiteral("ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----\nec2: ") + sha256 + QLatin1Char('\n')
            << false;
        // A rebuilt server: the earlier boot printed this key, the latest boot another one.
        QTest::newRow("only an earlier boot")
            << cloudInitLog({sha256}, {keyLine}, syslog) + cloudInitLog({otherSha256}, {}, syslog) << false;
    }
    void consoleLogFingerprints()
    {
        QFETCH(QString, log);
        QFETCH(bool, matches);
        QCOMPARE(KnownHosts::matchesConsoleLog(m_first, log), matches);
    }

    void consoleLogFingerprintsAreListed()
    {
        const QString sha256 = keygenListing(m_firstPublicPath, QStringLiteral("sha256"));
        const QString log = cloudInitLog(
            {QStringLiteral("256 SHA256:Qd2qt8q/Ro5XuzyI8cRtvAe/bKmJYCldjdLtzbxx1iQ root@web-1 (ECDSA)"), sha256}, {},
            QStringLiteral("ec2: "));
        const QList<ConsoleFingerprint> found = KnownHosts::fingerprintsFromConsoleLog(log);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).bits, 256);
        QCOMPARE(found.at(0).fingerprint, QStringLiteral("SHA256:Qd2qt8q/Ro5XuzyI8cRtvAe/bKmJYCldjdLtzbxx1iQ"));
        QCOMPARE(found.at(0).keyType, QStringLiteral("ECDSA"));
        QCOMPARE(found.at(1).fingerprint, m_first.fingerprint());
        QCOMPARE(found.at(1).keyType, QStringLiteral("ED25519"));
        QVERIFY(KnownHosts::fingerprintsFromConsoleLog(QString()).isEmpty());
        QVERIFY(KnownHosts::keysFromConsoleLog(log).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KnownHosts)
#include "tst_KnownHosts.moc"
