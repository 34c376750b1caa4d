// AtomicFile on a real file system, and on a real full one (a tiny tmpfs).
#include "ManagedProcess.h"
#include "TinyDisk.h"

#include "core/AtomicFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using quayside::AtomicFile;
using quayside::Error;
using quayside::test::fileMode;
using quayside::test::readFile;
using quayside::test::TinyDisk;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPublic =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

class tst_AtomicFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void writesNewFilesWithTheirModeFromTheStart()
    {
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
        const mode_t previous = ::umask(0); // the file's mode must not depend on the process's umask
        const auto writtenKey = AtomicFile::write(key, "secret", kOwnerOnly);
        const auto writtenCertificate = AtomicFile::write(certificate, "public", kPublic);
        ::umask(previous);
        QVERIFY(writtenKey.ok() && writtenCertificate.ok());
        QCOMPARE(fileMode(key), 0600);
        QCOMPARE(fileMode(certificate), 0644);
        QCOMPARE(readFile(key), QByteArray("secret"));
    }

    void replacesContentAndLeavesNoTemporaryFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.txt"));
        QVERIFY(AtomicFile::write(path, "first", kPublic).ok());
        QVERIFY(AtomicFile::write(path, "second and longer", kOwnerOnly).ok());
        QCOMPARE(readFile(path), QByteArray("second and longer"));
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(AtomicFile::write(path, QByteArray(), kPublic).ok());
        QCOMPARE(QFileInfo(path).size(), 0);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*quayside-*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
    }

    void aMissingFolderIsAnError()
    {
        const auto written = AtomicFile::write(m_dir.filePath(QStringLiteral("no/such/folder/file")), "x", kPublic);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Io);
        QVERIFY2(written.error().message.contains(QLatin1String("No such file")), qPrintable(written.error().message));
    }

    void aFullDiskKeepsTheOldFileWhole()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("tiny")), 16);
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        const QString path = disk.path() + QStringLiteral("/config");
        QVERIFY(AtomicFile::write(path, "the good config\n", kPublic).ok());
        QVERIFY2(disk.fill(), qPrintable(disk.errorString()));
        const auto written = AtomicFile::write(path, QByteArray(8192, 'x'), kPublic);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Io);
        QVERIFY2(written.error().message.contains(QLatin1String("No space left")), qPrintable(written.error().message));
        QCOMPARE(readFile(path), QByteArray("the good config\n"));
        const QStringList left = QDir(disk.path()).entryList({QStringLiteral("*quayside-*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
    }
};

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_AtomicFile.moc"
