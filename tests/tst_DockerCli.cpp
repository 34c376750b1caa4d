// The docker command line as the sandbox runs it: a real docker CLI against the harness's dockerd over
// mutual TLS, its failures as errors that say what failed, a program that hangs killed at its time limit,
// a missing program reported with what to install, and `docker inspect` output read or refused.
#include "Await.h"
#include "TestDockerEngine.h"

#include "sandbox/DockerCli.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using namespace quayside::test;

class tst_DockerCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestDockerEngine m_engine;
    DockerCliEndpoint m_endpoint;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        m_endpoint.host = QStringLiteral("tcp://127.0.0.1:%1").arg(m_engine.port());
        m_endpoint.tlsDirectory = m_engine.cliTlsDirectory();
    }

    void runsAndInspectsOverTls()
    {
        DockerCli docker(m_endpoint);
        const auto created = await<QByteArray>([&](auto done) {
            docker.run({QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("test=cli"),
                        TestDockerEngine::busyboxImage(), QStringLiteral("sleep"), QStringLiteral("30")},
                       20000, this, done);
        });
        VERIFY_OK(created);
        const QString id = QString::fromUtf8(created.value()).trimmed();
        VERIFY_OK(await<QByteArray>([&](auto done) { docker.run({QStringLiteral("start"), id}, 20000, this, done); }));
        const auto inspected = await<QByteArray>([&](auto done) {
            docker.run({QStringLiteral("inspect"), id}, 20000, this, done);
        });
        VERIFY_OK(inspected);
        const auto state = DockerCli::parseInspect(inspected.value(), QStringLiteral("bridge"));
        VERIFY_OK(state);
        QCOMPARE(state.value().id, id);
        QVERIFY(state.value().running);
        QCOMPARE(state.value().status, QStringLiteral("running"));
        QVERIFY(state.value().address.startsWith(m_engine.bridgeAddress().section(QLatin1Char('.'), 0, 2)));
        QVERIFY(!state.value().mac.isEmpty());
        // Standard input reaches the command.
        const auto copied = await<QByteArray>([&](auto done) {
            docker.run({QStringLiteral("exec"), QStringLiteral("-i"), id, QStringLiteral("cat")}, 20000, this, done,
                       QByteArrayLiteral("through stdin"));
        });
        VERIFY_OK(copied);
        QCOMPARE(copied.value(), QByteArrayLiteral("through stdin"));
        VERIFY_OK(await<QByteArray>([&](auto done) {
            docker.run({QStringLiteral("rm"), QStringLiteral("-f"), id}, 20000, this, done);
        }));
    }

    void failuresSayWhatFailed()
    {
        DockerCli docker(m_endpoint);
        const auto missing = await<QByteArray>([&](auto done) {
            docker.run({QStringLiteral("inspect"), QStringLiteral("no-such-container")}, 20000, this, done);
        });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.startsWith(QLatin1String("docker inspect no-such-container failed: ")),
                 qPrintable(missing.error().message));

        DockerCli unreachable(DockerCliEndpoint{QStringLiteral("tcp://127.0.0.1:1"), {}});
        const auto refused =
            await<QByteArray>([&](auto done) { unreachable.run({QStringLiteral("version")}, 20000, this, done); });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("127.0.0.1:1")), qPrintable(refused.error().message));
    }

    void aHangingCallIsKilledAtItsLimit()
    {
        DockerCli slow;
        slow.setProgram(QStringLiteral("sleep"));
        QElapsedTimer clock;
        clock.start();
        QList<Result<QByteArray>> answers;
        slow.run({QStringLiteral("30")}, 500, this,
                 [&answers](const Result<QByteArray> &answer) { answers << answer; });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10000);
        QTest::qWait(500); // and only once
        QCOMPARE(answers.size(), 1);
        QVERIFY(!answers.constFirst().ok());
        QCOMPARE(answers.constFirst().error().kind, Error::Kind::Timeout);
        QVERIFY2(answers.constFirst().error().message.contains(QLatin1String("did not finish within 1 s")),
                 qPrintable(answers.constFirst().error().message));
        QVERIFY(clock.elapsed() < 10000);
    }

    void aMissingProgramSaysWhatToInstall()
    {
        DockerCli absent;
        absent.setProgram(m_dir.filePath(QStringLiteral("no-docker-here")));
        const auto failed =
            await<QByteArray>([&](auto done) { absent.run({QStringLiteral("version")}, 5000, this, done); });
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QLatin1String("docker.io")), qPrintable(failed.error().message));
    }

    void inspectOutputIsCheckedNotGuessed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("Error: nothing");
        QTest::newRow("empty array") << QByteArray("[]");
        QTest::newRow("no state") << QByteArray(R"([{"Id": "abc"}])");
        QTest::newRow("no id") << QByteArray(R"([{"State": {"Running": true}}])");
    }

    void inspectOutputIsCheckedNotGuessed()
    {
        QFETCH(QByteArray, json);
        const auto parsed = DockerCli::parseInspect(json, QStringLiteral("bridge"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::Protocol);
    }

    void aCallerThatIsGoneIsNotCalled()
    {
        DockerCli docker(m_endpoint);
        bool called = false;
        {
            QObject context;
            docker.run({QStringLiteral("version")}, 20000, &context,
                       [&called](const Result<QByteArray> &) { called = true; });
        }
        QTest::qWait(3000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_DockerCli)
#include "tst_DockerCli.moc"
