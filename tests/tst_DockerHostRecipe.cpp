// DockerHostRecipe's composition: the steps in order, the certificates uploaded with their modes and
// checked by digest, the options reaching the scripts, and bad options refused. The recipe running on a
// real host is tested with the SSH harness.
#include "pki/CertificateAuthority.h"
#include "provision/DockerHostRecipe.h"

#include <QCryptographicHash>
#include <QTest>

using namespace quayside;

class tst_DockerHostRecipe : public QObject
{
    Q_OBJECT

private:
    IssuedCertificate m_server{"-----BEGIN CERTIFICATE-----\nserver\n", "-----BEGIN PRIVATE KEY-----\nkey\n"};
    QByteArray m_authority = "-----BEGIN CERTIFICATE-----\nca\n";

    static DockerHostRecipe::ApiCheck never()
    {
        return [](QObject *, std::function<void(const Result<bool> &)> done) { done(false); };
    }

    static QStringList ids(const Recipe &recipe)
    {
        QStringList ids;
        for (const ProvisionStep &step : recipe.steps)
            ids << step.id;
        return ids;
    }

private Q_SLOTS:
    void stepsInOrder()
    {
        const auto recipe = DockerHostRecipe::make(DockerHostOptions(), m_authority, m_server, never());
        QVERIFY(recipe.ok());
        QCOMPARE(ids(recipe.value()), QStringList({QStringLiteral("cloud-init"), QStringLiteral("install-docker"),
                                                   QStringLiteral("tls-folder"), QStringLiteral("tls-material"),
                                                   QStringLiteral("daemon-config"), QStringLiteral("daemon-running")}));
        for (const ProvisionStep &step : recipe.value().steps) {
            QVERIFY2(step.checkScript.startsWith(QLatin1String("QUAYSIDE_MODE=check\n")), qPrintable(step.id));
            QVERIFY2(step.applyScript.startsWith(QLatin1String("QUAYSIDE_MODE=apply\n")), qPrintable(step.id));
            QVERIFY(step.checkScript.contains(QLatin1String("set -eu")));
            QVERIFY(!step.title.isEmpty());
        }
        QVERIFY(recipe.value().steps.last().localCheck);

        DockerHostOptions closed;
        closed.firewall = true;
        closed.openPorts = {8080, 8081};
        const auto withFirewall = DockerHostRecipe::make(closed, m_authority, m_server, never());
        QVERIFY(withFirewall.ok());
        QCOMPARE(withFirewall.value().steps.last().id, QStringLiteral("firewall"));
        QCOMPARE(withFirewall.value().steps.last().variables.value(QStringLiteral("OPEN_PORTS")),
                 QStringLiteral("8080 8081"));
    }

    void certificatesGoUpWithTheirModesAndDigests()
    {
        DockerHostOptions options;
        options.port = 2377;
        options.source = DockerHostOptions::Source::DockerRepository;
        options.extraDaemonFlags = QStringLiteral("--storage-driver vfs");
        const auto recipe = DockerHostRecipe::make(options, m_authority, m_server, never());
        QVERIFY(recipe.ok());
        const ProvisionStep &material = recipe.value().steps.at(3);
        QCOMPARE(material.uploads.size(), 3);
        QCOMPARE(material.uploads.at(2).path, QStringLiteral("/etc/docker/quayside/server-key.pem"));
        QCOMPARE(material.uploads.at(2).mode, 0600);
        QCOMPARE(material.uploads.at(2).data, m_server.privateKeyPem);
        QCOMPARE(material.uploads.at(0).mode, 0644);
        QCOMPARE(
            material.variables.value(QStringLiteral("KEY_SHA256")),
            QString::fromLatin1(QCryptographicHash::hash(m_server.privateKeyPem, QCryptographicHash::Sha256).toHex()));
        // The key itself is never in a command line, only its digest.
        for (const auto &value : material.variables)
            QVERIFY(!value.contains(QLatin1String("PRIVATE KEY")));
        const ProvisionStep &config = recipe.value().steps.at(4);
        QCOMPARE(config.variables.value(QStringLiteral("DOCKER_PORT")), QStringLiteral("2377"));
        QCOMPARE(config.variables.value(QStringLiteral("EXTRA_DAEMON_FLAGS")), QStringLiteral("--storage-driver vfs"));
        QCOMPARE(config.variables.value(QStringLiteral("DOCKER_SOURCE")), QStringLiteral("docker"));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("folder");
        QTest::newRow("port 0") << 0 << QString() << QStringLiteral("/etc/docker/quayside");
        QTest::newRow("port too big") << 70000 << QString() << QStringLiteral("/etc/docker/quayside");
        QTest::newRow("flags with a command")
            << 2376 << QStringLiteral("--debug; rm -rf /") << QStringLiteral("/etc/docker/quayside");
        QTest::newRow("relative folder") << 2376 << QString() << QStringLiteral("etc/docker");
        QTest::newRow("climbing folder") << 2376 << QString() << QStringLiteral("/etc/../root");
        QTest::newRow("folder with a space") << 2376 << QString() << QStringLiteral("/etc/my docker");
    }

    void badOptionsAreRefused()
    {
        QFETCH(int, port);
        QFETCH(QString, flags);
        QFETCH(QString, folder);
        DockerHostOptions options;
        options.port = port;
        options.extraDaemonFlags = flags;
        options.tlsDirectory = folder;
        const auto recipe = DockerHostRecipe::make(options, m_authority, m_server, never());
        QVERIFY(!recipe.ok());
        QCOMPARE(recipe.error().kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_DockerHostRecipe)
#include "tst_DockerHostRecipe.moc"
