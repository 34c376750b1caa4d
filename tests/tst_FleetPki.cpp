// FleetPki with a real gnome-keyring: the authority and client certificate made once and kept, server
// certificates issued and re-issued, the Docker CLI environment exported; and a real dockerd serving the
// certificates Quayside issued, reached by DockerClient and by the docker command with that environment.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestDockerEngine.h"
#include "TestSecretService.h"
#include "TinyDisk.h"

#include "core/ShellQuote.h"
#include "docker/DockerClient.h"
#include "pki/FleetPki.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace quayside;
using quayside::test::await;
using quayside::test::fileMode;
using quayside::test::readFile;
using quayside::test::runTool;
using quayside::test::TestDockerEngine;
using quayside::test::TestSecretService;
using quayside::test::TinyDisk;

class tst_FleetPki : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FleetPki> openFleet(const QString &id, Result<void> *outcome = nullptr)
    {
        auto pki = std::make_unique<FleetPki>(id, m_dir.filePath(id), m_store.get());
        const auto opened = await<void>([&](auto done) { pki->open(this, done); });
        if (outcome)
            *outcome = opened;
        return pki;
    }

    Result<QByteArray> readSecret(const QString &key)
    {
        return await<QByteArray>([&](auto done) { m_store->read(key, this, done); });
    }

    TestSecretService m_keyring;
    std::unique_ptr<KeychainSecretStore> m_store;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("Quayside-test"));
    }

    void cleanupTestCase() { m_store.reset(); }

    void firstOpenMakesTheAuthorityAndKeepsKeysInTheKeychainOnly()
    {
        Result<void> opened;
        auto pki = openFleet(QStringLiteral("first"), &opened);
        VERIFY_OK(opened);
        QVERIFY(pki->isOpen());
        QCOMPARE(readFile(pki->certificateFolder() + QStringLiteral("/ca.pem")), pki->authorityCertificatePem());
        QCOMPARE(readFile(pki->certificateFolder() + QStringLiteral("/client.pem")), pki->clientCertificatePem());
        QVERIFY(pki->clientExpiresAt() > QDateTime::currentDateTimeUtc().addDays(365));

        const auto authority = readSecret(pki->secretKeyOfAuthority());
        VERIFY_OK(authority);
        QVERIFY(authority.value().contains("PRIVATE KEY"));
        VERIFY_OK(readSecret(pki->secretKeyOfClient()));
        QDirIterator files(m_dir.filePath(QStringLiteral("first")), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!readFile(path).contains("PRIVATE KEY"), qPrintable(path));
        }

        // Opened again, elsewhere in the program or after a restart: the same authority.
        auto again = openFleet(QStringLiteral("first"), &opened);
        VERIFY_OK(opened);
        QCOMPARE(again->authorityCertificatePem(), pki->authorityCertificatePem());
        QCOMPARE(again->clientCertificatePem(), pki->clientCertificatePem());
    }

    void lostCopiesAreWrittenAgain()
    {
        auto pki = openFleet(QStringLiteral("copies"));
        QVERIFY(pki->isOpen());
        const QString ca = pki->certificateFolder() + QStringLiteral("/ca.pem");
        QVERIFY(QFile::remove(pki->certificateFolder() + QStringLiteral("/client.pem")));
        QFile damaged(ca);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("garbage");
        damaged.close();
        Result<void> opened;
        auto again = openFleet(QStringLiteral("copies"), &opened);
        VERIFY_OK(opened);
        QCOMPARE(readFile(ca), pki->authorityCertificatePem());
        QCOMPARE(readFile(again->certificateFolder() + QStringLiteral("/client.pem")), pki->clientCertificatePem());
    }

    void refusesToReplaceAnAuthorityWhoseKeyIsGone()
    {
        auto pki = openFleet(QStringLiteral("orphaned"));
        QVERIFY(pki->isOpen());
        const QByteArray before = readFile(pki->certificateFolder() + QStringLiteral("/ca.pem"));
        VERIFY_OK(await<void>([&](auto done) { m_store->remove(pki->secretKeyOfAuthority(), this, done); }));
        Result<void> opened;
        auto again = openFleet(QStringLiteral("orphaned"), &opened);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Secrets);
        QVERIFY2(opened.error().message.contains(QLatin1String("Restore the keychain")),
                 qPrintable(opened.error().message));
        QVERIFY(!again->isOpen());
        QCOMPARE(readFile(pki->certificateFolder() + QStringLiteral("/ca.pem")), before);
        QCOMPARE(readSecret(pki->secretKeyOfAuthority()).error().kind, Error::Kind::NotFound);
    }

    void damagedKeychainEntryIsAnError()
    {
        auto pki = std::make_unique<FleetPki>(QStringLiteral("damaged"), m_dir.filePath(QStringLiteral("damaged")),
                                              m_store.get());
        VERIFY_OK(await<void>(
            [&](auto done) { m_store->write(pki->secretKeyOfAuthority(), "not a certificate", this, done); }));
        const auto opened = await<void>([&](auto done) { pki->open(this, done); });
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Protocol);
        QVERIFY(!pki->isOpen());
        QVERIFY(!QFileInfo::exists(pki->certificateFolder() + QStringLiteral("/ca.pem")));
    }

    void renewsAClientCertificateNearItsEnd()
    {
        auto pki = openFleet(QStringLiteral("renewal"));
        QVERIFY(pki->isOpen());
        const QByteArray authority = readSecret(pki->secretKeyOfAuthority()).value();
        const qsizetype split = authority.indexOf("-----BEGIN CERTIFICATE-----");
        const auto ca = CertificateAuthority::load(authority.mid(split), authority.left(split));
        VERIFY_OK(ca);
        const auto shortLived = ca.value().issueClient(QStringLiteral("quayside-renewal"), 10);
        VERIFY_OK(shortLived);
        VERIFY_OK(await<void>([&](auto done) {
            m_store->write(pki->secretKeyOfClient(),
                           shortLived.value().privateKeyPem + shortLived.value().certificatePem, this, done);
        }));
        Result<void> opened;
        auto again = openFleet(QStringLiteral("renewal"), &opened);
        VERIFY_OK(opened);
        QVERIFY(again->clientCertificatePem() != shortLived.value().certificatePem);
        QVERIFY(again->clientExpiresAt() > QDateTime::currentDateTimeUtc().addDays(365));
        const QByteArray kept = readSecret(pki->secretKeyOfClient()).value();
        QVERIFY(kept.contains(again->clientCertificatePem()));
    }

    void replacesAClientCertificateOfAnotherAuthority()
    {
        auto other = openFleet(QStringLiteral("other"));
        auto pki = openFleet(QStringLiteral("mine"));
        QVERIFY(other->isOpen() && pki->isOpen());
        VERIFY_OK(await<void>([&](auto done) {
            m_store->write(pki->secretKeyOfClient(), readSecret(other->secretKeyOfClient()).value(), this, done);
        }));
        Result<void> opened;
        auto again = openFleet(QStringLiteral("mine"), &opened);
        VERIFY_OK(opened);
        QVERIFY(again->clientCertificatePem() != other->clientCertificatePem());
        QVERIFY(again->clientCertificatePem() != pki->clientCertificatePem());
    }

    void issuesKeepsReissuesAndForgetsServerCertificates()
    {
        auto pki = openFleet(QStringLiteral("servers"));
        QVERIFY(pki->isOpen());
        ServerIdentity identity{QStringLiteral("Web-1"),
                                {QStringLiteral("web-1.example.net")},
                                {QHostAddress(QStringLiteral("203.0.113.10")),
                                 QHostAddress(QStringLiteral("2001:db8::10")),
                                 QHostAddress(QStringLiteral("10.176.1.10"))}};
        const auto first = await<IssuedCertificate>([&](auto done) { pki->issueServer(identity, this, done); });
        VERIFY_OK(first);
        const QString copy = pki->certificateFolder() + QStringLiteral("/hosts/web-1.pem");
        QCOMPARE(readFile(copy), first.value().certificatePem);
        QCOMPARE(fileMode(copy), 0644);
        const auto kept =
            await<IssuedCertificate>([&](auto done) { pki->serverCertificate(QStringLiteral("web-1"), this, done); });
        VERIFY_OK(kept);
        QCOMPARE(kept.value().certificatePem, first.value().certificatePem);
        QCOMPARE(kept.value().privateKeyPem, first.value().privateKeyPem);

        // The host got a new public address: one call re-issues with every address it is reached by.
        identity.addresses[0] = QHostAddress(QStringLiteral("198.51.100.7"));
        const auto second = await<IssuedCertificate>([&](auto done) { pki->issueServer(identity, this, done); });
        VERIFY_OK(second);
        const QSslCertificate certificate = QSslCertificate::fromData(second.value().certificatePem).first();
        const QStringList addresses = certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        QVERIFY2(addresses.contains(QStringLiteral("198.51.100.7")), qPrintable(addresses.join(QLatin1Char(','))));
        QVERIFY(!addresses.contains(QStringLiteral("203.0.113.10")));
        QVERIFY(addresses.contains(QStringLiteral("10.176.1.10")));
        QCOMPARE(readFile(copy), second.value().certificatePem);
        const auto reread =
            await<IssuedCertificate>([&](auto done) { pki->serverCertificate(QStringLiteral("web-1"), this, done); });
        QCOMPARE(reread.value().certificatePem, second.value().certificatePem);

        VERIFY_OK(await<void>([&](auto done) { pki->forgetServer(QStringLiteral("web-1"), this, done); }));
        QVERIFY(!QFileInfo::exists(copy));
        const auto gone =
            await<IssuedCertificate>([&](auto done) { pki->serverCertificate(QStringLiteral("web-1"), this, done); });
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void hostileHostNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent folder") << QStringLiteral("../../etc/passwd");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("space") << QStringLiteral("web 1");
        QTest::newRow("comma") << QStringLiteral("web,1");
        QTest::newRow("empty") << QString();
    }

    void hostileHostNamesAreRefused()
    {
        QFETCH(QString, name);
        auto pki = openFleet(QStringLiteral("hostile"));
        QVERIFY(pki->isOpen());
        const auto issued = await<IssuedCertificate>([&](auto done) {
            pki->issueServer(ServerIdentity{name, {}, {}}, this, done);
        });
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().kind, Error::Kind::InvalidInput);
        const auto read = await<IssuedCertificate>([&](auto done) { pki->serverCertificate(name, this, done); });
        QCOMPARE(read.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!QFileInfo::exists(pki->certificateFolder() + QStringLiteral("/hosts")));
    }

    void exportsTheDockerCliEnvironment()
    {
        auto pki = openFleet(QStringLiteral("export"));
        QVERIFY(pki->isOpen());
        const QString folder = m_dir.filePath(QStringLiteral("it's my \"docker\" $HOME"));
        const auto lines = pki->exportDockerCliEnvironment(folder, QUrl(QStringLiteral("https://[2001:db8::5]:2376")));
        VERIFY_OK(lines);
        QCOMPARE(fileMode(folder), 0700);
        for (const char *name : {"ca.pem", "cert.pem", "key.pem"})
            QCOMPARE(fileMode(folder + QLatin1Char('/') + QLatin1String(name)), 0600);
        QCOMPARE(readFile(folder + QStringLiteral("/ca.pem")), pki->authorityCertificatePem());
        QCOMPARE(readFile(folder + QStringLiteral("/cert.pem")), pki->clientCertificatePem());
        QVERIFY(readFile(folder + QStringLiteral("/key.pem")).contains("PRIVATE KEY"));

        // What a shell makes of the printed lines.
        const auto shell = runTool(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), lines.value() + QStringLiteral("printf '%s|%s|%s' \"$DOCKER_HOST\" "
                                                                  "\"$DOCKER_TLS_VERIFY\" \"$DOCKER_CERT_PATH\"")});
        QVERIFY2(shell.ok(), shell.err.constData());
        QCOMPARE(QString::fromUtf8(shell.out), QStringLiteral("tcp://[2001:db8::5]:2376|1|") + folder);

        const auto plain = pki->exportDockerCliEnvironment(folder, QUrl(QStringLiteral("http://127.0.0.1:2375")));
        QCOMPARE(plain.error().kind, Error::Kind::InvalidInput);
    }

    void exportOnAFullDiskSaysSoAndKeepsWhatWasThere()
    {
        auto pki = openFleet(QStringLiteral("full"));
        QVERIFY(pki->isOpen());
        TinyDisk disk(m_dir.filePath(QStringLiteral("tiny")), 16);
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        const QString folder = disk.path() + QStringLiteral("/env");
        const QUrl engine(QStringLiteral("https://127.0.0.1:2376"));
        VERIFY_OK(pki->exportDockerCliEnvironment(folder, engine));
        const QByteArray key = readFile(folder + QStringLiteral("/key.pem"));

        // Fill the disk; a second export must fail clearly and leave the first one whole.
        QVERIFY2(disk.fill(), qPrintable(disk.errorString()));
        auto other = openFleet(QStringLiteral("full-other"));
        const auto failed = other->exportDockerCliEnvironment(folder, engine);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Io);
        QVERIFY2(failed.error().message.contains(QLatin1String("No space left")), qPrintable(failed.error().message));
        QCOMPARE(readFile(folder + QStringLiteral("/key.pem")), key);
        QCOMPARE(readFile(folder + QStringLiteral("/ca.pem")), pki->authorityCertificatePem());
    }

    void dockerdServesWhatQuaysideIssued()
    {
        auto pki = openFleet(QStringLiteral("live"));
        QVERIFY(pki->isOpen());
        const auto server = await<IssuedCertificate>([&](auto done) {
            pki->issueServer(ServerIdentity{QStringLiteral("docker-1"),
                                            {QStringLiteral("localhost")},
                                            {QHostAddress(QHostAddress::LocalHost)}},
                             this, done);
        });
        VERIFY_OK(server);
        TestDockerEngine engine;
        engine.useServerTls(pki->authorityCertificatePem(), server.value().certificatePem,
                            server.value().privateKeyPem);
        QVERIFY2(engine.start(), qPrintable(engine.errorString()));

        QNetworkAccessManager network;
        DockerClient client(DockerEndpoint{QStringLiteral("docker-1"), engine.url(), pki->dockerClientTls()}, &network);
        const auto info = await<DockerInfo>([&](auto done) { client.info(this, done); });
        VERIFY_OK(info);
        QVERIFY(info.value().cpus >= 1);

        // The harness's own client certificate is of another authority: refused.
        QNetworkAccessManager otherNetwork;
        DockerClient stranger(DockerEndpoint{QStringLiteral("docker-1"), engine.url(), engine.clientTlsConfiguration()},
                              &otherNetwork);
        const auto refused = await<void>([&](auto done) { stranger.ping(this, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Tls);

        // The user's own docker command, with the exported environment, reaches the same engine.
        const QString folder = m_dir.filePath(QStringLiteral("live-env"));
        const auto lines = pki->exportDockerCliEnvironment(folder, engine.url());
        VERIFY_OK(lines);
        const QString script = lines.value() + QStringLiteral("export DOCKER_CONFIG=") +
                               ShellQuote::quote(folder + QStringLiteral("/cli")).value() +
                               QStringLiteral("\ndocker version --format '{{.Server.APIVersion}}'");
        const auto cli = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QVERIFY2(cli.ok(), cli.err.constData());
        QVERIFY2(cli.out.trimmed().startsWith("1."), cli.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_FleetPki)
#include "tst_FleetPki.moc"
