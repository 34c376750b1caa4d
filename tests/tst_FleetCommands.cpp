// quaysidectl's up, status and down, called in-process against the sandbox cloud in-process (SandboxServer
// over the in-memory backend), with the credentials the sandbox writes for its users.
#include "Await.h"

#include "cli/FleetCommands.h"
#include "core/Fleet.h"
#include "sandbox/InMemorySandboxBackend.h"
#include "sandbox/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"
#include "ssh/SshKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using namespace quayside::cli;

class tst_FleetCommands : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome run(const QString &command, const QStringList &options)
    {
        QCommandLineParser parser;
        parser.addOptions(FleetCommands::recordOptions());
        parser.addOptions(FleetCommands::cloudOptions());
        parser.addOptions(FleetCommands::upOptions());
        parser.addPositionalArgument(QStringLiteral("command"), QString());
        Outcome outcome;
        if (!parser.parse(QStringList{QStringLiteral("quaysidectl"), command} + options)) {
            outcome.err = parser.errorText();
            return outcome;
        }
        QTextStream out(&outcome.out);
        QTextStream err(&outcome.err);
        const Invocation call{command, {}, parser, QString(), out, err};
        if (command == QLatin1String("up"))
            outcome.exitCode = FleetCommands::up(call);
        else if (command == QLatin1String("status"))
            outcome.exitCode = FleetCommands::status(call);
        else
            outcome.exitCode = FleetCommands::down(call);
        out.flush();
        err.flush();
        return outcome;
    }

    QString recordPath() const { return m_dir.filePath(QStringLiteral("fleet.json")); }
    QStringList recordOption() const { return {QStringLiteral("--fleet"), recordPath()}; }
    QStringList sandboxOptions() const
    {
        return recordOption() +
               QStringList{QStringLiteral("--sandbox-data"), m_dir.filePath(QStringLiteral("sandbox"))};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<InMemorySandboxBackend> m_backend;
    std::unique_ptr<SandboxServer> m_server;
    QString m_publicKeyFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_backend = std::make_unique<InMemorySandboxBackend>();
        m_backend->setBuildMs(100);
        m_backend->setSnapshotMs(100);
        m_backend->setDeleteMs(50);
        SandboxIdentity identity;
        identity.password = "fleet commands password";
        m_server = std::make_unique<SandboxServer>(m_backend.get(), identity);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        VERIFY_OK(SandboxCredentials::write(m_dir.filePath(QStringLiteral("sandbox")), m_server->authUrl(), identity));
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("cli@test"));
        VERIFY_OK(key);
        m_publicKeyFile = m_dir.filePath(QStringLiteral("key.pub"));
        VERIFY_OK(key.value().writePublicKeyFile(m_publicKeyFile));
    }

    void upStatusDown()
    {
        // A server of the user's whose name looks like the fleet's: down must leave it alone.
        SandboxServerRequest request;
        request.name = QStringLiteral("demo-docker-3");
        request.imageId = InMemorySandboxBackend::baseImageId();
        request.flavorId = QStringLiteral("1");
        const auto bystander = m_backend->createServer(request);
        VERIFY_OK(bystander);

        const Outcome up = run(QStringLiteral("up"),
                               sandboxOptions() + QStringList{QStringLiteral("--name"), QStringLiteral("demo"),
                                                              QStringLiteral("--docker-hosts"), QStringLiteral("2"),
                                                              QStringLiteral("--public-key"), m_publicKeyFile});
        QCOMPARE(up.exitCode, 1); // the provisioning phases are not wired yet, and up says so
        QVERIFY2(up.err.contains(QStringLiteral("does not run the provisioning phases yet")), qPrintable(up.err));
        QVERIFY2(up.out.contains(QStringLiteral("==> Snapshot of the first Docker host")), qPrintable(up.out));
        QVERIFY2(up.out.contains(QStringLiteral("Wall time of up")), qPrintable(up.out));
        QCOMPARE(m_backend->servers().size(), 4);
        QCOMPARE(m_backend->images().size(), 2);

        const Outcome status = run(QStringLiteral("status"), recordOption());
        QCOMPARE(status.exitCode, 0);
        for (const char *name : {"demo-docker-1", "demo-docker-2", "demo-nginx", "demo-snapshot", "key pair demo-key"})
            QVERIFY2(status.out.contains(QLatin1String(name)), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("to do:    docker-host-setup")), qPrintable(status.out));

        // Running up again resumes: nothing new is made.
        const Outcome again = run(QStringLiteral("up"), sandboxOptions());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(QStringLiteral("Resuming fleet demo")), qPrintable(again.out));
        QCOMPARE(m_backend->servers().size(), 4);

        const Outcome down = run(QStringLiteral("down"), sandboxOptions());
        QCOMPARE(down.exitCode, 0);
        QVERIFY2(down.out.contains(QStringLiteral("Fleet demo is gone.")), qPrintable(down.out + down.err));
        QCOMPARE(m_backend->servers().size(), 1);
        QCOMPARE(m_backend->servers().first().id, bystander.value().id);
        QCOMPARE(m_backend->images().size(), 1);
        QVERIFY(m_backend->keypairs().isEmpty());
        QVERIFY(!QFile::exists(recordPath()));

        const Outcome downAgain = run(QStringLiteral("down"), sandboxOptions());
        QCOMPARE(downAgain.exitCode, 0);
        QVERIFY(downAgain.out.contains(QStringLiteral("Nothing to take down")));
        QCOMPARE(m_backend->servers().size(), 1);
    }

    void malformedRecord()
    {
        QFile file(recordPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1, \"name\": ");
        file.close();
        for (const QString &command : {QStringLiteral("status"), QStringLiteral("down"), QStringLiteral("up")}) {
            const Outcome outcome = run(command, sandboxOptions());
            QCOMPARE(outcome.exitCode, 1);
            QVERIFY2(outcome.err.contains(QStringLiteral("cannot be used: it is not JSON")), qPrintable(outcome.err));
        }
        QFile kept(recordPath());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"version\": 1, \"name\": "));
        QVERIFY(QFile::remove(recordPath()));
    }

    void statusWithoutRecord()
    {
        const Outcome outcome = run(QStringLiteral("status"), recordOption());
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("no fleet was set up")), qPrintable(outcome.err));
    }
};

QTEST_GUILESS_MAIN(tst_FleetCommands)
#include "tst_FleetCommands.moc"
