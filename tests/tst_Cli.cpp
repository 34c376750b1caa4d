// Both executables answer --version without a display; quaysidectl rejects unknown commands and misuse, and
// imports, shows and exports the nginx configuration of a balancer file.
#include "ManagedProcess.h"

#include "core/BuildInfo.h"
#include "nginx/BalancerFile.h"
#include "nginx/NginxExport.h"
#include "nginx/NginxImporter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::readFile;
using quayside::test::writeFile;

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QString &program, const QStringList &arguments, const QString &dataHome = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (!dataHome.isEmpty())
            env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        Run result;
        if (!process.waitForFinished(30000))
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static Run ctl(const QStringList &arguments, const QString &dataHome = QString())
    {
        return run(QStringLiteral(QUAYSIDECTL_PATH), arguments, dataHome);
    }

    // A balancer set up by hand, with a directive Quayside does not model (access_log).
    static QByteArray handBackends()
    {
        return "upstream app {\n"
               "    least_conn;\n"
               "    server 10.0.0.11:8080 weight=2;\n"
               "    server 10.0.0.12:8080 max_fails=3 fail_timeout=30s;\n"
               "}\n";
    }
    static QByteArray handSite()
    {
        return "include /etc/nginx/conf.d/backends;\n"
               "server {\n"
               "    listen 80;\n"
               "    server_name shop.example.com;\n"
               "    access_log /var/log/nginx/shop.log;\n"
               "    location / { proxy_pass http://app; }\n"
               "}\n";
    }

    // Imports the hand-written pair into `balancer`, as a user would start.
    bool importHandWritten(const QString &balancer)
    {
        const QString backends = m_dir.filePath(QStringLiteral("hand-backends"));
        const QString site = m_dir.filePath(QStringLiteral("hand-default.conf"));
        if (!writeFile(backends, handBackends()) || !writeFile(site, handSite()))
            return false;
        return ctl({QStringLiteral("import-nginx"), backends, site, QStringLiteral("--balancer"), balancer}).exitCode ==
               0;
    }

    static RenderedBalancer expectedFiles()
    {
        const auto imported = NginxImporter::import(handBackends(), handSite());
        Q_ASSERT(imported.ok());
        return NginxRenderer::render(imported.value().config).value();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void versions_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("quaysidectl") << QStringLiteral(QUAYSIDECTL_PATH) << QStringLiteral("quaysidectl");
        QTest::newRow("quayside") << QStringLiteral(QUAYSIDE_PATH) << QStringLiteral("Quayside");
    }

    void versions()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        const Run result = run(program, {QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out).trimmed(), name + QLatin1Char(' ') + quayside::BuildInfo::version());
    }

    void versionCommandNamesLibraries()
    {
        const Run result = run(QStringLiteral(QUAYSIDECTL_PATH), {QStringLiteral("version")});
        QCOMPARE(result.exitCode, 0);
        for (const char *library : {"Qt 6.", "libssh", "OpenSSL 3", "libarchive"})
            QVERIFY2(result.out.contains(library), result.out.constData());
    }

    void unknownCommandFails()
    {
        const Run result = run(QStringLiteral(QUAYSIDECTL_PATH), {QStringLiteral("fly-to-the-moon")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("unknown command \"fly-to-the-moon\""), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void noCommandFails()
    {
        const Run result = run(QStringLiteral(QUAYSIDECTL_PATH), {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--help"));
    }

    void helpListsTheCommands()
    {
        const Run result = ctl({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *text :
             {"export-nginx DEST [--balancer FILE | --fleet FILE]", "import-nginx BACKENDS SITE",
              "show-nginx [--balancer FILE | --fleet FILE]", "scale --containers N", "--ssh-key <KEY>",
              "--balancer <FILE>", ".tar.gz", "deploy-nginx USER@HOST[:PORT] [--balancer FILE]",
              "nginx-versions USER@HOST[:PORT]", "nginx-diff USER@HOST[:PORT] FROM TO",
              "rollback-nginx USER@HOST[:PORT] [--to N]", "--identity <KEY>", "--trust <SHA256:...>",
              "--known-hosts <FILE>", "--sudo", "--config-root <DIR>", "--state-dir <DIR>", "--nginx-prefix <DIR>"})
            QVERIFY2(result.out.contains(text), result.out.constData());
    }

    void importReportsWhatItLeavesOutAndSaves()
    {
        const QString backends = m_dir.filePath(QStringLiteral("backends"));
        const QString site = m_dir.filePath(QStringLiteral("default.conf"));
        QVERIFY(writeFile(backends, handBackends()) && writeFile(site, handSite()));
        const QString balancer = m_dir.filePath(QStringLiteral("imported/balancer.json"));
        const Run result =
            ctl({QStringLiteral("import-nginx"), backends, site, QStringLiteral("--balancer"), balancer});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("warning: ") && result.err.contains("access_log"), result.err.constData());
        QVERIFY2(result.out.contains(balancer.toUtf8()), result.out.constData());
        const auto saved = BalancerFile::load(balancer);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), NginxImporter::import(handBackends(), handSite()).value().config);
    }

    void theDefaultBalancerIsInTheDataFolder()
    {
        const QString dataHome = m_dir.filePath(QStringLiteral("data-home"));
        const QString backends = m_dir.filePath(QStringLiteral("backends"));
        const QString site = m_dir.filePath(QStringLiteral("default.conf"));
        QVERIFY(writeFile(backends, handBackends()) && writeFile(site, handSite()));
        QCOMPARE(ctl({QStringLiteral("import-nginx"), backends, site}, dataHome).exitCode, 0);
        QVERIFY(QFileInfo::exists(dataHome + QStringLiteral("/Quayside/Quayside/balancer.json")));
        const Run shown = ctl({QStringLiteral("show-nginx")}, dataHome);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(expectedFiles().backends));
    }

    void showPrintsTheRenderedFiles()
    {
        const QString balancer = m_dir.filePath(QStringLiteral("show.json"));
        QVERIFY(importHandWritten(balancer));
        const Run result = ctl({QStringLiteral("show-nginx"), QStringLiteral("--balancer"), balancer});
        QCOMPARE(result.exitCode, 0);
        const RenderedBalancer files = expectedFiles();
        QCOMPARE(result.out,
                 "==> conf.d/backends <==\n" + files.backends + "\n==> conf.d/default.conf <==\n" + files.site);
        QVERIFY2(!result.err.contains("quaysidectl:"), result.err.constData()); // (debug logging may be on)
    }

    void exportsAFolderOrAnArchive()
    {
        const QString balancer = m_dir.filePath(QStringLiteral("export.json"));
        QVERIFY(importHandWritten(balancer));
        const RenderedBalancer files = expectedFiles();

        const QString folder = m_dir.filePath(QStringLiteral("exported"));
        const Run toFolder = ctl({QStringLiteral("export-nginx"), folder, QStringLiteral("--balancer"), balancer});
        QCOMPARE(toFolder.exitCode, 0);
        QCOMPARE(readFile(folder + QStringLiteral("/conf.d/backends")), files.backends);
        QCOMPARE(readFile(folder + QStringLiteral("/conf.d/default.conf")), files.site);

        const QString archive = m_dir.filePath(QStringLiteral("exported.tar.gz"));
        const Run toArchive = ctl({QStringLiteral("--balancer"), balancer, QStringLiteral("export-nginx"), archive});
        QCOMPARE(toArchive.exitCode, 0);
        QCOMPARE(readFile(archive), NginxExport::tarGz(files).value());
    }

    void misuseIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("export without a destination")
            << QStringList{QStringLiteral("export-nginx")} << QByteArray("usage: quaysidectl export-nginx DEST");
        QTest::newRow("import with one file") << QStringList{QStringLiteral("import-nginx"), QStringLiteral("a")}
                                              << QByteArray("usage: quaysidectl import-nginx BACKENDS SITE");
        QTest::newRow("show with an argument") << QStringList{QStringLiteral("show-nginx"), QStringLiteral("extra")}
                                               << QByteArray("usage: quaysidectl show-nginx");
        QTest::newRow("balancer without a file")
            << QStringList{QStringLiteral("show-nginx"), QStringLiteral("--balancer")}
            << QByteArray("Missing value after '--balancer'");
    }

    void misuseIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run result = ctl(arguments, m_dir.filePath(QStringLiteral("unused-data")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void failuresSayWhatAndExitOne()
    {
        const QString balancer = m_dir.filePath(QStringLiteral("fail.json"));
        const Run missing = ctl({QStringLiteral("show-nginx"), QStringLiteral("--balancer"), balancer});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("There is no balancer file"), missing.err.constData());

        QVERIFY(importHandWritten(balancer));
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(file, "keep\n"));
        const Run onFile = ctl({QStringLiteral("export-nginx"), file, QStringLiteral("--balancer"), balancer});
        QCOMPARE(onFile.exitCode, 1);
        QVERIFY2(onFile.err.contains("is a file, not a folder"), onFile.err.constData());
        QCOMPARE(readFile(file), QByteArray("keep\n"));

        QVERIFY(writeFile(balancer, readFile(balancer).replace("\"weight\": 2", "\"weight\": \"2\"")));
        const Run broken = ctl({QStringLiteral("export-nginx"), m_dir.filePath(QStringLiteral("never")),
                                QStringLiteral("--balancer"), balancer});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("pools[0].servers[0].weight: expected a number from 1 to 1000"),
                 broken.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));

        const Run unreadable = ctl({QStringLiteral("import-nginx"), m_dir.filePath(QStringLiteral("no-such")), file,
                                    QStringLiteral("--balancer"), balancer});
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY2(unreadable.err.contains("Cannot read"), unreadable.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
