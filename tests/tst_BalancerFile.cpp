// BalancerFile: saves and loads through the JSON form, in the app's data folder by default; a refused
// model, a broken file or a full disk leaves the last good file as it was.
#include "ManagedProcess.h"
#include "SampleBalancer.h"
#include "TinyDisk.h"

#include "nginx/BalancerFile.h"
#include "nginx/BalancerJson.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::readFile;
using quayside::test::sampleBalancer;
using quayside::test::TinyDisk;
using quayside::test::writeFile;

class tst_BalancerFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Quayside-test"));
        QCoreApplication::setApplicationName(QStringLiteral("Quayside"));
    }

    void defaultPathIsInTheDataFolder()
    {
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/balancer.json");
        QCOMPARE(BalancerFile::defaultPath(), expected);
        // quaysidectl has a name of its own but shares the GUI's balancer.
        QCoreApplication::setApplicationName(QStringLiteral("quaysidectl"));
        QCOMPARE(BalancerFile::defaultPath(), expected);
        QCoreApplication::setApplicationName(QStringLiteral("Quayside"));
    }

    void savesAndLoadsCreatingTheFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/folder/balancer.json"));
        QVERIFY(BalancerFile::save(path, sampleBalancer()).ok());
        QCOMPARE(readFile(path), BalancerJson::toJson(sampleBalancer()));
        const auto loaded = BalancerFile::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), sampleBalancer());
    }

    void aMissingFileIsNotFound()
    {
        const auto loaded = BalancerFile::load(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::NotFound);
        QVERIFY2(loaded.error().message.contains(QLatin1String("import an nginx configuration")),
                 qPrintable(loaded.error().message));
    }

    void aBrokenFileNamesTheFileAndThePlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QByteArray json = BalancerJson::toJson(sampleBalancer());
        json.replace("\"port\": 18091", "\"port\": 0");
        QVERIFY(writeFile(path, json));
        const auto loaded = BalancerFile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(QLatin1String("pools[1].servers[0].port: expected a number from 1 "
                                                               "to 65535")),
                 qPrintable(loaded.error().message));
    }

    void anInvalidModelIsNotSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.json"));
        QVERIFY(BalancerFile::save(path, sampleBalancer()).ok());
        BalancerConfig bad = sampleBalancer();
        bad.pools[0].servers[0].address = QStringLiteral("10.0.0.1;");
        const auto saved = BalancerFile::save(path, bad);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(readFile(path), BalancerJson::toJson(sampleBalancer()));
    }

    void aFullDiskKeepsTheLastGoodFile()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("tiny")), 16);
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        const QString path = disk.path() + QStringLiteral("/balancer.json");
        QVERIFY(BalancerFile::save(path, sampleBalancer()).ok());
        QVERIFY2(disk.fill(), qPrintable(disk.errorString()));
        BalancerConfig bigger = sampleBalancer();
        for (int i = 0; i < 100; ++i)
            bigger.pools[0].servers << UpstreamServer{QStringLiteral("10.1.0.%1").arg(i + 1)};
        const auto saved = BalancerFile::save(path, bigger);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QLatin1String("No space left")), qPrintable(saved.error().message));
        QCOMPARE(readFile(path), BalancerJson::toJson(sampleBalancer()));
    }
};

QTEST_GUILESS_MAIN(tst_BalancerFile)
#include "tst_BalancerFile.moc"
