// The builder of quayside-sandbox's own host image, against the harness's real Docker Engine: the image is
// named after the scripts that make it, an image the engine has is left alone without building, and a
// build that fails (an unreachable mirror), runs over its time limit (a mirror that never answers) or is
// dropped half-way leaves no image, no work folder and no process behind. The tests reach no mirror, so no
// build here succeeds; the tests' cloud server image is the same script's output (tests/host-image/prepare.sh),
// which tst_QuaysideSandbox boots as the sandbox's own.
#include "Await.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"

#include "sandbox/DockerSandboxBackend.h"
#include "sandbox/HostImageBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using namespace quayside::test;

namespace {

QByteArray sourceFile(const QString &path)
{
    QFile file(QStringLiteral(QUAYSIDE_SOURCE_DIR "/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The processes whose command line mentions `text` (a build's folder, say).
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    const QByteArray needle = text.toUtf8();
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            found << pid;
    }
    return found;
}

} // namespace

class tst_HostImageBuilder : public QObject
{
    Q_OBJECT

private:
    bool engineHas(const QString &image)
    {
        return m_engine.docker({QStringLiteral("image"), QStringLiteral("inspect"), image}).ok();
    }

    TestDockerEngine m_engine;
    std::unique_ptr<DockerCli> m_docker;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        m_docker =
            std::make_unique<DockerCli>(DockerCliEndpoint{QStringLiteral("unix://") + m_engine.unixSocket(), {}});
    }

    void namesTheImageByItsScripts()
    {
        const QByteArray script = sourceFile(QStringLiteral("resources/sandbox/make-host-rootfs.sh"));
        const QByteArray boot = sourceFile(QStringLiteral("resources/sandbox/quayside-boot"));
        QVERIFY(script.startsWith("#!/usr/bin/env bash"));
        QVERIFY(boot.startsWith("#!/bin/sh"));
        QCOMPARE(HostImageBuilder::script(), script);
        QCOMPARE(HostImageBuilder::bootScript(), boot);
        const QByteArray digest =
            QCryptographicHash::hash(QByteArray(script + boot), QCryptographicHash::Sha256).toHex();
        QCOMPARE(DockerSandboxBackend::defaultHostImage(),
                 QStringLiteral("quayside-sandbox/host:") + QString::fromLatin1(digest.left(12)));
        // The script and the backend agree on where the plain Debian for `docker import` is.
        QVERIFY(script.contains(DockerSandboxBackend::baseImageTarPath().toUtf8()));
    }

    void leavesAnImageTheEngineHasAlone()
    {
        TestCloudHost harness(&m_engine);
        QVERIFY2(harness.tagAsSandboxImage(), qPrintable(harness.errorString()));
        QTemporaryDir work;
        QVERIFY(work.isValid());
        HostImageOptions options;
        options.image = DockerSandboxBackend::defaultHostImage();
        options.mirror = QStringLiteral("http://127.0.0.1:9/"); // would fail, were a build started
        options.temporaryParent = work.path();
        HostImageBuilder builder(m_docker.get(), options);
        QStringList progress;
        const auto made = await<bool>([&](auto done) {
            builder.ensure(
                this, [&progress](const QString &line) { progress << line; }, done);
        });
        VERIFY_OK(made);
        QCOMPARE(made.value(), false);
        QVERIFY2(progress.isEmpty(), qPrintable(progress.join(QLatin1Char('\n'))));
        QVERIFY(QDir(work.path()).isEmpty());
        m_engine.docker({QStringLiteral("rmi"), options.image});
    }

    void failedBuildsLeaveNothing_data()
    {
        QTest::addColumn<bool>("hangingMirror");
        QTest::addColumn<int>("dropAfterMs"); // 0: wait for the outcome
        QTest::addColumn<QString>("reason");
        QTest::newRow("mirror unreachable") << false << 0 << QStringLiteral("failed (exit status 1)");
        QTest::newRow("over its time limit") << true << 0 << QStringLiteral("did not finish within");
        QTest::newRow("dropped half-way") << true << 3000 << QString();
    }

    void failedBuildsLeaveNothing()
    {
        QFETCH(bool, hangingMirror);
        QFETCH(int, dropAfterMs);
        QFETCH(QString, reason);
        // A mirror that takes the connection and never answers: debootstrap waits on it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir work;
        QVERIFY(work.isValid());
        HostImageOptions options;
        options.image = QStringLiteral("quayside-test/never-made:%1")
                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                            .replace(QLatin1Char(' '), QLatin1Char('-'));
        options.mirror = hangingMirror ? QStringLiteral("http://127.0.0.1:%1/debian").arg(silent.serverPort())
                                       : QStringLiteral("http://127.0.0.1:9/debian");
        options.temporaryParent = work.path();
        options.buildTimeoutMs = 4000;
        options.stopGraceMs = 10000;
        auto builder = std::make_unique<HostImageBuilder>(m_docker.get(), options);
        QStringList progress;
        bool called = false;
        Result<bool> outcome = false;
        builder->ensure(
            this, [&progress](const QString &line) { progress << line; },
            [&](const Result<bool> &result) {
                called = true;
                outcome = result;
            });
        if (dropAfterMs > 0) {
            // Once the script runs, drop the builder: it stops the build and removes its folder.
            QTRY_VERIFY_WITH_TIMEOUT(!QDir(work.path()).isEmpty(), 10000);
            QTest::qWait(dropAfterMs);
            QVERIFY(!processesMentioning(work.path()).isEmpty());
            builder.reset();
            QVERIFY(!called);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(called, 60000);
            QVERIFY(!outcome.ok());
            QVERIFY2(outcome.error().message.contains(reason), qPrintable(outcome.error().message));
            QVERIFY2(outcome.error().message.contains(options.image), qPrintable(outcome.error().message));
            // Its progress came line by line, from the script's first stage on.
            QVERIFY2(!progress.isEmpty() && progress.constFirst().contains(QLatin1String("debootstrap")),
                     qPrintable(progress.join(QLatin1Char('\n'))));
        }
        QVERIFY2(
            QDir(work.path()).isEmpty(),
            qPrintable(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' '))));
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(work.path()).isEmpty(), 5000);
        QVERIFY(!engineHas(options.image));
    }

    void aSecondCallWhileBusyIsRefused()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir work;
        QVERIFY(work.isValid());
        HostImageOptions options;
        options.image = QStringLiteral("quayside-test/never-made:busy");
        options.mirror = QStringLiteral("http://127.0.0.1:%1/debian").arg(silent.serverPort());
        options.temporaryParent = work.path();
        bool firstEnded = false;
        {
            HostImageBuilder builder(m_docker.get(), options);
            builder.ensure(this, {}, [&firstEnded](const Result<bool> &) { firstEnded = true; });
            const auto second = await<bool>([&](auto done) { builder.ensure(this, {}, done); });
            QVERIFY(!second.ok());
            QCOMPARE(second.error().kind, Error::Kind::Conflict);
        }
        QVERIFY(!firstEnded);
        QVERIFY(QDir(work.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HostImageBuilder)
#include "tst_HostImageBuilder.moc"
