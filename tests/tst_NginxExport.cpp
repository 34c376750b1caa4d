// NginxExport on real file systems and a real nginx: an exported folder passes `nginx -t` and serves, the
// .tar.gz holds exactly the two files with the renderer's bytes and is the same file every time, and a
// destination that is a file, read-only or full fails with a clear message and leaves nothing half-written.
#include "LoopbackHttpServer.h"
#include "ManagedProcess.h"
#include "SampleBalancer.h"
#include "TestNginx.h"
#include "TinyDisk.h"

#include "nginx/NginxExport.h"

#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace quayside;
using namespace quayside::test;

namespace {

struct TarEntry
{
    QString name;
    int mode = 0;
    qint64 mtime = -1;
    QByteArray content;
};

// The archive as libarchive reads it back; empty with a failure message if it cannot.
QList<TarEntry> readTarGz(const QByteArray &data, QString *error)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), &archive_read_free);
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(reader.get()));
        return {};
    }
    QList<TarEntry> entries;
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
        TarEntry item{QString::fromUtf8(archive_entry_pathname(entry)),
                      int(archive_entry_perm(entry)),
                      qint64(archive_entry_mtime(entry)),
                      {}};
        char buffer[4096];
        la_ssize_t got = 0;
        while ((got = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0)
            item.content.append(buffer, qsizetype(got));
        if (archive_entry_filetype(entry) != AE_IFREG)
            item.mode = -1;
        entries << item;
    }
    return entries;
}

// Every path below `folder`, relative, sorted.
QStringList tree(const QString &folder)
{
    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(folder).relativeFilePath(it.next());
    paths.sort();
    return paths;
}

} // namespace

class tst_NginxExport : public QObject
{
    Q_OBJECT

private:
    static RenderedBalancer rendered(const BalancerConfig &config = sampleBalancer())
    {
        const auto result = NginxRenderer::render(config);
        Q_ASSERT(result.ok());
        return result.value();
    }

    // A read-only file system (root writes anywhere else): a tmpfs remounted read-only.
    static bool remountReadOnly(const TinyDisk &disk)
    {
        return runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), disk.path()}).ok();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void formatFollowsTheName_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<bool>("archive");
        QTest::newRow("folder") << QStringLiteral("/tmp/balancer") << false;
        QTest::newRow("tar.gz") << QStringLiteral("/tmp/balancer.tar.gz") << true;
        QTest::newRow("tgz upper case") << QStringLiteral("/tmp/BALANCER.TGZ") << true;
        QTest::newRow("plain tar") << QStringLiteral("/tmp/balancer.tar") << false;
    }

    void formatFollowsTheName()
    {
        QFETCH(QString, destination);
        QFETCH(bool, archive);
        QCOMPARE(NginxExport::formatFor(destination) == NginxExport::Format::TarGz, archive);
    }

    void anExportedFolderPassesNginxCheckAndServes()
    {
        TestNginx nginx;
        QVERIFY2(nginx.start(), qPrintable(nginx.errorString()));
        LoopbackHttpServer backend([](const HttpRequest &) {
            HttpReply reply;
            reply.body = "from the exported pool";
            return reply;
        });
        QVERIFY(backend.listen());
        BalancerConfig config = sampleBalancer();
        config.pools[0].servers[0].port = backend.port();
        for (ServerBlock &site : config.sites) {
            site.listenAddress = QStringLiteral("127.0.0.1");
            site.listenPort = nginx.port();
        }
        // Exported over the test server's own conf.d, as a user would unpack it beside nginx.conf.
        const auto exported = NginxExport::toFolder(rendered(config), nginx.prefix());
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        QCOMPARE(readFile(nginx.confDir() + QStringLiteral("/backends")), rendered(config).backends);
        QCOMPARE(readFile(nginx.confDir() + QStringLiteral("/default.conf")), rendered(config).site);
        QCOMPARE(fileMode(nginx.confDir() + QStringLiteral("/backends")), 0644);
        const ToolResult checked = nginx.validate();
        QVERIFY2(checked.ok(), checked.err.constData());
        QVERIFY(nginx.reloadAndWait());

        QNetworkAccessManager network;
        QNetworkRequest request(nginx.url());
        request.setTransferTimeout(5000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->readAll(), QByteArray("from the exported pool"));
    }

    void createsTheFolders()
    {
        const QString folder = m_dir.filePath(QStringLiteral("created/deep/balancer"));
        QVERIFY(NginxExport::write(rendered(), folder, NginxExport::Format::Folder).ok());
        QCOMPARE(tree(folder), (QStringList{QStringLiteral("conf.d"), QStringLiteral("conf.d/backends"),
                                            QStringLiteral("conf.d/default.conf")}));
    }

    void theArchiveHoldsExactlyTheTwoFiles()
    {
        const RenderedBalancer files = rendered();
        const auto archive = NginxExport::tarGz(files);
        QVERIFY(archive.ok());
        QString error;
        const QList<TarEntry> entries = readTarGz(archive.value(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].name, QStringLiteral("conf.d/backends"));
        QCOMPARE(entries[1].name, QStringLiteral("conf.d/default.conf"));
        QCOMPARE(entries[0].content, files.backends);
        QCOMPARE(entries[1].content, files.site);
        for (const TarEntry &entry : entries) {
            QCOMPARE(entry.mode, 0644);
            QCOMPARE(entry.mtime, 0);
        }

        // GNU tar, as a user would list it.
        const QString path = m_dir.filePath(QStringLiteral("listed.tar.gz"));
        QVERIFY(NginxExport::write(files, path, NginxExport::formatFor(path)).ok());
        QCOMPARE(readFile(path), archive.value());
        const ToolResult listed = runTool(QStringLiteral("tar"), {QStringLiteral("-tzvf"), path});
        QVERIFY2(listed.ok(), listed.err.constData());
        const QStringList lines = QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QLatin1String("-rw-r--r-- root/root")), qPrintable(lines[0]));
        QVERIFY2(lines[0].endsWith(QLatin1String(" conf.d/backends")), qPrintable(lines[0]));
        QVERIFY2(lines[1].endsWith(QLatin1String(" conf.d/default.conf")), qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(QLatin1String(" 1970-01-01 00:00 ")), qPrintable(lines[1]));
    }

    void twoExportsAreByteIdentical()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.tgz"));
        const QString second = m_dir.filePath(QStringLiteral("second.tar.gz"));
        QVERIFY(NginxExport::toTarGz(rendered(), first).ok());
        QTest::qWait(1100); // a clock in the archive or the gzip header would now differ
        QVERIFY(NginxExport::toTarGz(rendered(sampleBalancer()), second).ok());
        const QByteArray bytes = readFile(first);
        QVERIFY(bytes.size() > 20);
        QCOMPARE(readFile(second), bytes);
        QCOMPARE(bytes.mid(4, 4), QByteArray(4, '\0')); // gzip MTIME: none
        const QString folderA = m_dir.filePath(QStringLiteral("a"));
        const QString folderB = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(NginxExport::toFolder(rendered(), folderA).ok());
        QVERIFY(NginxExport::toFolder(rendered(), folderB).ok());
        for (const QString &name : NginxExport::entryNames())
            QCOMPARE(readFile(folderA + QLatin1Char('/') + name), readFile(folderB + QLatin1Char('/') + name));
    }

    void aFileInTheWayIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(file, "keep me\n"));
        const auto exported = NginxExport::toFolder(rendered(), file);
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(exported.error().message.contains(file + QStringLiteral(" is a file, not a folder")),
                 qPrintable(exported.error().message));
        QCOMPARE(readFile(file), QByteArray("keep me\n"));

        const QString folder = m_dir.filePath(QStringLiteral("conf-is-a-file"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/conf.d"), "not a folder\n"));
        const auto blocked = NginxExport::toFolder(rendered(), folder);
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().message.contains(QLatin1String("conf.d is a file")),
                 qPrintable(blocked.error().message));
        QCOMPARE(tree(folder), QStringList{QStringLiteral("conf.d")});

        const auto archiveOnFolder = NginxExport::toTarGz(rendered(), folder);
        QVERIFY(!archiveOnFolder.ok());
        QVERIFY2(archiveOnFolder.error().message.contains(QLatin1String("is a folder")),
                 qPrintable(archiveOnFolder.error().message));
    }

    void aReadOnlyFolderFailsAndCreatesNothing()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("readonly")), 64);
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        QVERIFY(remountReadOnly(disk));
        const auto exported = NginxExport::toFolder(rendered(), disk.path() + QStringLiteral("/balancer"));
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().kind, Error::Kind::Io);
        QVERIFY2(exported.error().message.contains(QLatin1String("Cannot create the folder")) &&
                     exported.error().message.contains(QLatin1String("Read-only file system")),
                 qPrintable(exported.error().message));
        const auto archived = NginxExport::toTarGz(rendered(), disk.path() + QStringLiteral("/balancer.tar.gz"));
        QVERIFY(!archived.ok());
        QVERIFY2(archived.error().message.contains(QLatin1String("Read-only file system")),
                 qPrintable(archived.error().message));
        QCOMPARE(tree(disk.path()), QStringList());
    }

    void aFullDiskLeavesTheOldFiles()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("full")), 32);
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        const QString folder = disk.path() + QStringLiteral("/balancer");
        const RenderedBalancer old = rendered();
        QVERIFY(NginxExport::toFolder(old, folder).ok());
        QVERIFY2(disk.fill(), qPrintable(disk.errorString()));
        BalancerConfig bigger = sampleBalancer();
        for (int i = 0; i < 200; ++i)
            bigger.pools[0].servers << UpstreamServer{QStringLiteral("10.1.%1.%2").arg(i / 200).arg(i % 200 + 1)};
        const auto exported = NginxExport::toFolder(rendered(bigger), folder);
        QVERIFY(!exported.ok());
        QVERIFY2(exported.error().message.contains(QLatin1String("No space left")),
                 qPrintable(exported.error().message));
        QCOMPARE(readFile(folder + QStringLiteral("/conf.d/backends")), old.backends);
        QCOMPARE(readFile(folder + QStringLiteral("/conf.d/default.conf")), old.site);
        QCOMPARE(tree(folder), (QStringList{QStringLiteral("conf.d"), QStringLiteral("conf.d/backends"),
                                            QStringLiteral("conf.d/default.conf")}));
    }

    void aFailedSecondFilePutsTheFirstBack()
    {
        // default.conf cannot be replaced (a folder is in its place) after backends was written.
        const QString kept = m_dir.filePath(QStringLiteral("kept"));
        QVERIFY(QDir().mkpath(kept + QStringLiteral("/conf.d/default.conf")));
        QVERIFY(writeFile(kept + QStringLiteral("/conf.d/backends"), "# the old backends\n"));
        const auto exported = NginxExport::toFolder(rendered(), kept);
        QVERIFY(!exported.ok());
        QVERIFY2(exported.error().message.contains(QLatin1String("default.conf")),
                 qPrintable(exported.error().message));
        QCOMPARE(readFile(kept + QStringLiteral("/conf.d/backends")), QByteArray("# the old backends\n"));

        const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
        QVERIFY(QDir().mkpath(fresh + QStringLiteral("/conf.d/default.conf")));
        QVERIFY(!NginxExport::toFolder(rendered(), fresh).ok());
        QCOMPARE(tree(fresh), (QStringList{QStringLiteral("conf.d"), QStringLiteral("conf.d/default.conf")}));
    }
};

QTEST_GUILESS_MAIN(tst_NginxExport)
#include "tst_NginxExport.moc"
