// Both executables answer --version without a display; quaysidectl rejects unknown commands.
#include "core/BuildInfo.h"

#include <QProcess>
#include <QTest>

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

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
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
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
