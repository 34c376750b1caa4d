// quaysidectl's up, status and down, called in-process against the sandbox cloud in-process (SandboxServer
// over the in-memory backend), with the credentials the sandbox writes for its users.
#include "Await.h"
#include "TestSecretService.h"

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
    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return QString();
        return file.fileName();
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    }
    QStringList recordOption() const { return {QStringLiteral("--fleet"), recordPath()}; }
    QStringList sandboxOptions() const
    {
        return recordOption() +
               QStringList{QStringLiteral("--sandbox-data"), m_dir.filePath(QStringLiteral("sandbox"))};
    }

    QTemporaryDir m_dir;
    quayside::test::TestSecretService m_keyring; // the fleet's certificate authority goes into the keychain
    std::unique_ptr<InMemorySandboxBackend> m_backend;
    std::unique_ptr<SandboxServer> m_server;
    QString m_keyFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        // Quayside's data folder (known_hosts, the fleet's certificates) inside the test's own.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
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
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        VERIFY_OK(key.value().writePrivateKeyFile(m_keyFile));
        VERIFY_OK(key.value().writePublicKeyFile(m_keyFile + QStringLiteral(".pub")));
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

        const QByteArray dockerfile = "FROM debian:bookworm-slim\nRUN echo from the command line\n";
        const QByteArray war = QByteArray("PK\x03\x04", 4) + QByteArray(100, 'a');
        const QString dockerfileFile = writeFile(QStringLiteral("Dockerfile"), dockerfile);
        const QString warFile = writeFile(QStringLiteral("app.war"), war);
        const QString savedDockerfile = FleetSession::tomcatDockerfilePath(recordPath(), QStringLiteral("demo"));
        const QString savedWar = FleetSession::tomcatWarPath(recordPath(), QStringLiteral("demo"));

        const Outcome up =
            run(QStringLiteral("up"),
                sandboxOptions() + QStringList{QStringLiteral("--name"), QStringLiteral("demo"),
                                               QStringLiteral("--docker-hosts"), QStringLiteral("2"),
                                               QStringLiteral("--ssh-key"), m_keyFile, QStringLiteral("--dockerfile"),
                                               dockerfileFile, QStringLiteral("--war"), warFile});
        // The in-memory servers print no host key on their console: up refuses to trust them and says why.
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err.contains(QStringLiteral("shows no SSH host key fingerprints")), qPrintable(up.err));
        QVERIFY2(up.err.contains(QStringLiteral("Run quaysidectl up again to resume")), qPrintable(up.err));
        QVERIFY2(up.out.contains(QStringLiteral("==> Docker on the first host")), qPrintable(up.out));
        // The Tomcat sources are the fleet's, for every later run.
        QCOMPARE(contents(savedDockerfile), dockerfile);
        QCOMPARE(contents(savedWar), war);
        QVERIFY2(up.out.contains(QStringLiteral("Wall time of up")), qPrintable(up.out));
        QCOMPARE(m_backend->servers().size(), 2); // bystander and demo-docker-1: nothing more before it is set up
        QCOMPARE(m_backend->images().size(), 1);

        const Outcome status = run(QStringLiteral("status"), recordOption());
        QCOMPARE(status.exitCode, 0);
        for (const char *name : {"demo-docker-1", "key pair demo-key"})
            QVERIFY2(status.out.contains(QLatin1String(name)), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("to do:    docker-host-setup")), qPrintable(status.out));

        // Running up again resumes: nothing new is made.
        const Outcome again = run(QStringLiteral("up"), sandboxOptions());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(QStringLiteral("Resuming fleet demo")), qPrintable(again.out));
        QCOMPARE(m_backend->servers().size(), 2);
        QCOMPARE(contents(savedDockerfile), dockerfile);
        QCOMPARE(contents(savedWar), war);

        // A file that is no WAR is refused before anything runs; "" goes back to the welcome page.
        const Outcome notWar =
            run(QStringLiteral("up"), sandboxOptions() + QStringList{QStringLiteral("--war"), dockerfileFile});
        QCOMPARE(notWar.exitCode, 1);
        QVERIFY2(notWar.err.contains(QStringLiteral("not a WAR file")), qPrintable(notWar.err));
        QVERIFY2(!notWar.out.contains(QStringLiteral("==>")), qPrintable(notWar.out));
        QCOMPARE(contents(savedWar), war);
        const Outcome welcome =
            run(QStringLiteral("up"), sandboxOptions() + QStringList{QStringLiteral("--war"), QString()});
        QCOMPARE(welcome.exitCode, 1); // the host key again
        QVERIFY(!QFile::exists(savedWar));
        QCOMPARE(contents(savedDockerfile), dockerfile); // not given: kept

        // Once the image is built, they no longer apply.
        Fleet built = FleetFile::load(recordPath()).value();
        built.finishedPhases << QStringLiteral("tomcat-image");
        VERIFY_OK(FleetFile::save(recordPath(), built));
        const Outcome late =
            run(QStringLiteral("up"), sandboxOptions() + QStringList{QStringLiteral("--war"), warFile});
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains(QStringLiteral("built already")), qPrintable(late.err));
        built.finishedPhases.removeAll(QStringLiteral("tomcat-image"));
        VERIFY_OK(FleetFile::save(recordPath(), built));

        const Outcome down = run(QStringLiteral("down"), sandboxOptions());
        QCOMPARE(down.exitCode, 0);
        QVERIFY2(down.out.contains(QStringLiteral("Fleet demo is gone.")), qPrintable(down.out + down.err));
        QCOMPARE(m_backend->servers().size(), 1);
        QCOMPARE(m_backend->servers().first().id, bystander.value().id);
        QCOMPARE(m_backend->images().size(), 1);
        QVERIFY(m_backend->keypairs().isEmpty());
        QVERIFY(!QFile::exists(recordPath()));
        QVERIFY(!QFile::exists(Fleet::folderFor(recordPath(), QStringLiteral("demo"))));

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
