// The disposable cloud server of the provisioning tests: it boots, lets in the key it was given and no
// other, shows the host key it prints on its console, and installs packages from the test's own repository.
#include "ManagedProcess.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace quayside::test;

class tst_CloudHostHarness : public QObject
{
    Q_OBJECT

private:
    ToolResult ssh(const QString &key, const QString &command, int timeoutMs = 60000)
    {
        ToolOptions options;
        options.timeoutMs = timeoutMs;
        return runTool(QStringLiteral("ssh"),
                       {QStringLiteral("-i"), key, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                        QStringLiteral("UserKnownHostsFile=") + m_dir.filePath(QStringLiteral("known_hosts")),
                        QStringLiteral("root@") + m_host->address(), command},
                       options);
    }

    QString key(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), path});
        return path;
    }

    QTemporaryDir m_dir;
    TestDockerEngine m_engine;
    std::unique_ptr<TestCloudHost> m_host;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        m_key = key(QStringLiteral("client"));
        m_host = std::make_unique<TestCloudHost>(&m_engine);
        QVERIFY2(m_host->start(readFile(m_key + QStringLiteral(".pub"))), qPrintable(m_host->errorString()));
    }

    void letsInItsKeyOnly()
    {
        const ToolResult hello = ssh(m_key, QStringLiteral("echo hello from $(hostname)"));
        QVERIFY2(hello.ok(), qPrintable(hello.describe(QStringLiteral("ssh"), {})));
        QVERIFY(hello.out.startsWith("hello from "));
        const ToolResult stranger = ssh(key(QStringLiteral("stranger")), QStringLiteral("true"));
        QVERIFY(!stranger.ok());
        QVERIFY2(stranger.err.contains("Permission denied"), stranger.err.constData());
    }

    void printsItsHostKeyOnTheConsole()
    {
        const ToolResult scanned = runTool(QStringLiteral("ssh-keyscan"),
                                           {QStringLiteral("-t"), QStringLiteral("ed25519"), m_host->address()});
        QVERIFY(scanned.ok());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("scanned")), scanned.out));
        const ToolResult fingerprint =
            runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-l"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("scanned"))});
        QVERIFY(fingerprint.ok());
        const QString sha = QString::fromUtf8(fingerprint.out).section(QLatin1Char(' '), 1, 1);
        QVERIFY(sha.startsWith(QLatin1String("SHA256:")));
        const QString console = m_host->consoleLog();
        QVERIFY(console.contains(QLatin1String("-----BEGIN SSH HOST KEY FINGERPRINTS-----")));
        QVERIFY2(console.contains(sha), qPrintable(console));
    }

    void installsPackagesFromTheTestRepository()
    {
        const ToolResult installed =
            ssh(m_key,
                QStringLiteral("apt-get -q update && DEBIAN_FRONTEND=noninteractive "
                               "apt-get -q install -y --no-install-recommends ufw && ufw version"),
                180000);
        QVERIFY2(installed.ok(), qPrintable(installed.describe(QStringLiteral("ssh"), {})));
        QVERIFY(installed.out.contains("ufw"));
    }
};

QTEST_GUILESS_MAIN(tst_CloudHostHarness)
#include "tst_CloudHostHarness.moc"
